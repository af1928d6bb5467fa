"""Structure of a plain Dutch legal text: sections, numbered paragraphs, articles, dictum.

Used by every reader whose source has no markup for it (plain text, PDF, DOCX, HTML, the
rechtspraak.nl web page) and for what the XML does not mark. It only adds `Segment`s; it
never changes the text. The cues (heading words, dictum formulas, article patterns) are data
in structure.yaml.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path

import yaml

from klachtanalyse.document import Segment

_DATA = Path(__file__).with_name("structure.yaml")


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8"))

    def alt(items: list[str]) -> str:
        return "|".join(f"(?:{p})" for p in items)

    return {
        "section": re.compile(rf"^(?:{alt(raw['section_headings'])})\s*:?$", re.I),
        "beslissing": re.compile(rf"^(?:{alt(raw['beslissing_headings'])})\s*:?$", re.I),
        "dictum": re.compile(rf"^(?:{alt(raw['dictum_openers'])})$", re.I),
        "article": re.compile(rf"^{raw['article_heading']}", re.I),
        "chapter": re.compile(rf"^{raw['chapter_heading']}", re.I),
    }


# "2.1. Eiser ...", "4.3.2 De kantonrechter ...", "1.\tVerweerder", "12. In ...", or the
# number alone on its line ("2.1." / "5.") with the text below, as rechtspraak.nl text exports
# have it; a single number needs its dot (or a tab) so that "12 maart 2022" never starts one.
_PARA_NR = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,4})\.?(?:[ \t]+(?=\S)|$)|^(\d{1,3})(?:\.[ \t]*|\t+)(?=[^\d\s])|^(\d{1,3})\.$")
_NUM_PREFIX = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.?|[a-z]\.)\s+")
_MD_HEADING = re.compile(r"^#{1,6}\s*")
_SPACED = re.compile(r"(?:\w ){3,}\w")


def lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line in text[start:end], without surrounding spaces."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a] in " \t\r\f\v\u00a0":
            a += 1
        while b > a and text[b - 1] in " \t\r\f\v\u00a0":
            b -= 1
        if b > a:
            out.append((a, b))
        pos = stop + 1
    return out


def paragraph_number(line: str) -> str | None:
    """The paragraph number a line opens with ("2.1" for "2.1. Eiser ..."), else None."""
    m = _PARA_NR.match(line)
    if not m:
        return None
    return m.group(1) or m.group(2) or m.group(3)


def heading_label(line: str) -> str | None:
    """The line as a section heading label if it is one (known heading, or short numbered)."""
    if len(line) > 90:
        return None
    bare = _MD_HEADING.sub("", line).strip()
    body = _NUM_PREFIX.sub("", bare).strip().rstrip(":").strip()
    if not body:
        return None
    if _SPACED.fullmatch(body):  # "B E S L I S S I N G", "V O N N I S"
        body = body.replace(" ", "")
    cues = _cues()
    if cues["section"].match(body) or cues["beslissing"].match(body):
        return bare.rstrip(":").strip()
    if line.startswith("#") and len(body) <= 80:
        return bare
    words = body.split()
    if (re.match(r"^\d{1,2}\.?\s", bare) and len(words) <= 8 and body[0].isupper()
            and not line.rstrip().endswith((".", ",", ";", ":"))):
        return bare  # "4 De beoordeling", "5. Wat vindt de rechtbank?"
    return None


def is_beslissing_heading(label: str) -> bool:
    body = _NUM_PREFIX.sub("", _MD_HEADING.sub("", label)).strip().rstrip(":").strip()
    if _SPACED.fullmatch(body):
        body = body.replace(" ", "")
    return bool(_cues()["beslissing"].match(body))


def article_label(line: str) -> str | None:
    """"Artikel 4" for an article heading line ("Artikel 4 Begripsbepalingen", "### Artikel  4")."""
    if len(line) > 120:
        return None
    m = _cues()["article"].match(line)
    if not m:
        return None
    rest = line[m.end():].strip(" .:-–")
    if rest and (len(rest.split()) > 10 or rest.endswith((".", ";", ","))):
        return None  # a sentence that starts with "Artikel 4 bepaalt ...", not a heading
    return f"Artikel {m.group(1)}"


def chapter_label(line: str) -> str | None:
    if len(line) > 120:
        return None
    m = _cues()["chapter"].match(line)
    if not m:
        return None
    rest = line[m.end():].strip()
    if rest and (len(rest.split()) > 12 or rest.endswith((".", ";", ","))):
        return None
    return _MD_HEADING.sub("", line).strip()


def detect(text: str, *, start: int = 0, end: int | None = None, sections: bool = True,
           paragraphs: bool = True, beslissing: bool = True, articles: bool | None = None) -> list[Segment]:
    """Segments found in text[start:end]. `articles=None` decides from the text itself."""
    end = len(text) if end is None else end
    spans = lines(text, start, end)
    out: list[Segment] = []
    heads: list[tuple[int, int, str]] = []  # (line index, start, label)
    paras: list[tuple[int, int, str]] = []
    arts: list[tuple[int, int, str]] = []
    chaps: list[tuple[int, int, str]] = []
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        if articles is not False:
            lab = article_label(line)
            if lab:
                arts.append((i, a, lab))
                continue
            lab = chapter_label(line)
            if lab:
                chaps.append((i, a, lab))
                continue
        if sections:
            label = heading_label(line)
            if label:
                heads.append((i, a, label))
                continue
        if paragraphs:
            nr = paragraph_number(line)
            if nr:
                paras.append((i, a, nr))
    regulation = articles if articles is not None else len(arts) >= 3
    if not regulation and (arts or chaps):
        # "Artikel 7:231 BW" lines in a ruling are not article headings: read again without
        return detect(text, start=start, end=end, sections=sections, paragraphs=paragraphs,
                      beslissing=beslissing, articles=False)

    def close_at(index: int, stops: list[int]) -> int:
        """End of the last line before the next stop line after `index` (stops sorted)."""
        k = bisect.bisect_right(stops, index)
        if k < len(stops):
            return spans[stops[k] - 1][1]
        return spans[-1][1] if spans else end

    head_idx = sorted([h[0] for h in heads] + [c[0] for c in chaps])
    for i, a, label in heads:
        out.append(Segment("section", a, close_at(i, head_idx), label))
    for i, a, label in chaps:
        out.append(Segment("section", a, close_at(i, [c[0] for c in chaps]), label))
    para_stops = sorted([p[0] for p in paras] + head_idx)
    for i, a, nr in paras:
        out.append(Segment("paragraph", a, close_at(i, para_stops), nr))
    art_stops = sorted([x[0] for x in arts] + [c[0] for c in chaps])
    for i, a, label in arts:
        out.append(Segment("article", a, close_at(i, art_stops), label))
    if beslissing:  # also where articles are quoted (an annex of a ruling quotes the law)
        seg = find_beslissing(text, spans, heads)
        if seg:
            out.append(seg)
    return out


def find_beslissing(text: str, spans: list[tuple[int, int]], heads: list[tuple[int, int, str]]) -> Segment | None:
    """The decision part: from a "De beslissing"-like heading (or a dictum opener such as
    "De kantonrechter:" / "beslist:") in the latter part of the text, to the end."""
    if not spans:
        return None
    first, last = spans[0][0], spans[-1][1]
    cut = first + 0.35 * (last - first)
    for i, a, label in reversed(heads):
        if a >= cut and is_beslissing_heading(label):
            return Segment("beslissing", a, last, label)
    dictum = _cues()["dictum"]
    for a, b in reversed(spans):
        if a < cut:
            break
        line = text[a:b]
        if len(line) <= 160 and dictum.match(line):
            return Segment("beslissing", a, last, line.rstrip(":").strip()[:60])
    return None
