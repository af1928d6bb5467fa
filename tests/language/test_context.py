"""Context qualifiers on written examples (corpora/geschreven/taal), measured and by case."""

import json

from klachtanalyse.language import qualify


def _q(text, span):
    s = text.index(span)
    return qualify(text, s, s + len(span))


def test_written_sample_accuracy(root):
    rows = [json.loads(x) for x in (root / "corpora/geschreven/taal/kwalificaties.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) == 40
    right = {"negated": 0, "hypothetical": 0, "past": 0, "subject": 0}
    for r in rows:
        q = _q(r["tekst"], r["span"])
        for k in right:
            right[k] += getattr(q, k) == r[k]
    # measured 2026-11-27 (see docs/language.md); a floor, not a target
    assert right["negated"] >= 36 and right["hypothetical"] >= 38 and right["past"] >= 37 and right["subject"] >= 35, right


def test_negation_and_its_scope():
    assert _q("Er is niet met de kinderen gesproken.", "de kinderen").negated
    assert not _q("Er is met de kinderen gesproken.", "de kinderen").negated
    assert not _q("Het is niet in geschil dat de huurachterstand € 3.000 bedraagt.", "€ 3.000").negated
    assert not _q("Er is geen woning aangeboden, maar wel opvang.", "opvang").negated
    assert _q("Er is geen woning aangeboden, maar wel opvang.", "woning").negated


def test_hypothetical_past_and_subject():
    q = _q("Als de ontruiming doorgaat, slapen we in de auto.", "in de auto")
    assert q.hypothetical and not q.past
    assert _q("Vorig jaar sliepen we in de auto.", "in de auto").past
    assert _q("De deurwaarder dreigt met ontruiming.", "ontruiming").subject == "instantie"
    assert _q("mijn zoon van 7 slaapt slecht", "mijn zoon van 7").subject == "kind"


def test_an_empty_tick_box_before_a_word_on_a_form():
    from klachtanalyse.language import unticked_before

    form = "Reden uitzetting:  [X] huurachterstand  [ ] overlast  ☐ drugs"
    assert not unticked_before(form, form.index("huurachterstand"))
    assert unticked_before(form, form.index("overlast")) and unticked_before(form, form.index("drugs"))


def test_pseudo_negations_are_blanked_with_offsets_kept():
    from klachtanalyse.language import blank_pseudo_negations

    text = "Niet in geschil is dat de woning wordt onderverhuurd; de huurder heeft niet betaald."
    out = blank_pseudo_negations(text)
    assert len(out) == len(text) and out.startswith(" " * len("Niet in geschil"))
    assert "niet betaald" in out  # a real denial stays
