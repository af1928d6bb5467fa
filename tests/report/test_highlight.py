"""A document shown with its evidence marked per theme (displaCy style)."""

from __future__ import annotations

import re

from klachtanalyse.document import Evidence, Label, Record
from klachtanalyse.report.highlight import LANG, mark_text, weergave


def _marks(html: str) -> list[str]:
    return re.findall(r'<mark class="ka-ent"[^>]*>(.*?)</mark>', html, flags=re.S)


def test_each_quote_is_marked_and_followed_by_its_theme_name(result):
    html = result.toon("r01-klachtbrief-utrecht")._repr_html_()
    assert "Wij hoorden pas twee dagen van tevoren dat de deurwaarder zou komen." in _marks(html)
    for name in ("Informatie ontbreekt", "Kinderen onzichtbaar", "Tijdelijke woonplekken", "Welzijn kind"):
        assert html.count(f">{name}</span>") == 1
    # legend with the full titles and the number of passages
    assert "Informatie ontbreekt of is onduidelijk (1)" in html
    assert "<b>Gemeente:</b> Utrecht" in html and "<b>Grond:</b> Huurachterstand" in html
    # the unmarked text is all there too: removing the markup gives the document back
    plain = re.sub(r"<span style=[^>]*>[^<]*</span>", "", html.split('pre-wrap; border-top: 1px solid #ddd; padding-top: 0.5em;">', 1)[1])
    plain = re.sub(r"<[^>]+>", "", plain).replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", '"')
    assert plain == result.record("r01-klachtbrief-utrecht").text


def test_overlapping_evidence_of_two_themes_is_striped_and_named_once_each(result):
    html = result.toon("r02-boze-mail-rotterdam").html
    marks = _marks(html)
    # "mijn dochter van 9 plast sindsdien" is evidence for two themes: one striped piece
    assert "mijn dochter van 9 plast sindsdien" in marks
    striped = re.search(r'title="Kinderen niet gezien of gehoord \+ Schade aan welzijn en ontwikkeling van het kind" style="[^"]*repeating-linear-gradient', html)
    assert striped
    # then the rest of the welzijn_kind quote in its own colour
    assert " weer in bed en durft niet meer naar school" in marks
    assert html.count(">Dakloosheid</span>") == 2  # two separate passages


def test_text_is_escaped():
    text = "De brief <b>zei</b> niets & de kinderen \"wisten\" van niets."
    q = 'de kinderen "wisten" van niets'
    rec = Record(id="sha256:00", source="x.txt", kind="klacht", text=text,
                 labels=[Label("informatie_ontbreekt", 0.8, [Evidence(q, text.index(q), text.index(q) + len(q))])])
    html = weergave(rec).html
    assert "<b>zei</b>" not in html and "&lt;b&gt;zei&lt;/b&gt;" in html
    assert "de kinderen &quot;wisten&quot; van niets" in html


def test_evidence_that_does_not_match_the_text_is_not_marked():
    text = "Er is nooit met de kinderen gesproken."
    rec = Record(id="sha256:01", source="y.txt", kind="klacht", text=text,
                 labels=[Label("kinderen_onzichtbaar", 0.9, [Evidence("iets anders", 0, 11)])])
    assert _marks(weergave(rec).html) == []


def test_a_long_ruling_shows_only_the_passages_around_its_evidence():
    filler = "".join(f"{i}. Overweging zonder belang voor de kinderen van dit gezin.\n" for i in range(1, 400))
    quote = "Het hof heeft de belangen van de minderjarige kinderen niet gewogen."
    text = filler + quote + "\n" + filler
    assert len(text) > LANG
    start = text.index(quote)
    rec = Record(id="ECLI:NL:XX:2020:1", source="z.xml", kind="uitspraak", text=text,
                 labels=[Label("kinderen_onzichtbaar", 0.7, [Evidence(quote, start, start + len(quote))])])
    short = weergave(rec).html
    assert "Ingekort" in short and quote in _marks(short) and len(short) < 3000
    assert "regel 396" in short  # where the shown passage starts
    full = weergave(rec, volledig=True).html
    assert len(full) > len(text)


def test_mark_text_of_a_window_uses_document_offsets():
    text = "aaa bbb ccc"
    assert mark_text(text, {"willekeur": [(4, 7)]}, 4, 11).startswith('<mark class="ka-ent"')
