"""Facts that any document may state: legal provisions cited and the municipality concerned.

Both build on the language layer (`klachtanalyse.language.find_references` and
`find_gemeenten`), which knows the statute names and the list of municipalities; this
module only decides which of its findings count for the record.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from klachtanalyse.document import Document, Evidence
from klachtanalyse.extract.text import rules, rx

log = logging.getLogger(__name__)


def _language(name: str):
    """A finder of the language layer, or None where this build lacks it."""
    from klachtanalyse import language

    fn = getattr(language, name, None)
    if fn is None:
        log.info("taallaag mist %s; veld blijft leeg", name)
    return fn


def read_wetsartikelen(doc: Document) -> tuple[list[str], Evidence | None]:
    """Provisions cited, normalised by the language layer ("art. 7:231 BW"), in text order."""
    find = _language("find_references")
    if find is None:
        return [], None
    out: list[str] = []
    first = None
    for m in find(doc.text):
        if getattr(m, "kind", "wetsverwijzing") not in ("wetsverwijzing", "wetsartikel", "artikel"):
            continue
        value = m.value if isinstance(m.value, str) else None
        if not value or not value.lower().startswith("art"):
            continue
        value = _book_seven(value, doc.text)
        if value not in out:
            out.append(value)
            if first is None:
                first = doc.evidence(m.start, m.end, "wetsartikel")
    return out, first


_BW_NO_BOOK = re.compile(r"^art\. (\d{3}[a-z]?) BW$")


def _book_seven(value: str, text: str) -> str:
    """"art. 230a BW" in a tenancy ruling is art. 7:230a BW: rulings often drop the book
    number of the tenancy title (art. 7:201-7:282 BW) once it is clear from context."""
    m = _BW_NO_BOOK.match(value)
    if m and 201 <= int(re.match(r"\d+", m.group(1)).group(0)) <= 282 and re.search(r"\bhuur", text, re.I):
        return f"art. 7:{m.group(1)} BW"
    return value


# Places that are never the municipality a case is about: courts and counsel sit there.
_NOT_THE_CASE = re.compile(
    r"(?:advoca\w+|gemachtigde|kantoorhoudende|zittingsplaats|locatie|rechtbank|gerechtshof|hof|"
    r"kantonrechter|griffie|deurwaarder|notaris|raad van state|zitting)[^\n.]{0,40}$",
    re.IGNORECASE,
)


def read_gemeente(doc: Document) -> tuple[list[str], Evidence | None]:
    """Municipalities the case is about: the acting burgemeester/college, where the home is.

    Candidates come from the tiers of patterns in data/uitspraken.yaml; the language layer's
    gazetteer decides which are municipalities and maps places to them (Winschoten ->
    Oldambt). The first tier that yields a municipality wins, so a landlord's seat or the
    claimant's home town does not count where the home itself is named.
    """
    find = _language("find_gemeenten")
    for tier in rules()["gemeente_patronen"]:
        out: list[str] = []
        first: Evidence | None = None
        for pat in tier:
            for m in rx(pat).finditer(doc.text):
                a, b = m.span(1)
                lead = doc.text[max(0, m.start() - 60) : m.start()]
                if _NOT_THE_CASE.search(lead) or re.search(r"(?:rechtbank|gerechtshof|hof)\s*$", lead, re.I):
                    continue
                name = _gemeente_in(find, doc.text, a, b) if find is not None else None
                if name is None and find is None and "burgemeester" in pat:
                    name = doc.text[a:b].strip()  # no gazetteer: trust only "burgemeester van X"
                if name and name not in out:
                    out.append(name)
                    if first is None:
                        first = doc.evidence(m.start(), m.end(), "gemeente")
        if out:
            return out, first
    return [], None


def _gemeente_in(find, text: str, a: int, b: int) -> str | None:
    """The gazetteer's municipality for the name at text[a:b], looked up in a small window
    (with the words before it as context) rather than over the whole text: long rulings
    would otherwise pay for every word."""
    lo = max(0, a - 40)
    for m in find(text[lo:b]):
        if lo + m.start >= a:
            return m.value
    return None


def summarise_evidence(ev: Evidence | None) -> dict[str, Any] | None:
    return ev.to_record() if ev else None
