"""Municipal regulations as officially published: CVDR XML (lokaleregelgeving.overheid.nl)
and gemeenteblad XML (officielebekendmakingen.nl); any other XML as plain text.

Both publications use the same element names for the text of a regulation (regeling, aanhef,
hoofdstuk/afdeling/paragraaf with <kop><label/><nr/><titel/></kop>, artikel, lid/lidnr, al,
lijst/li, regeling-sluiting, toelichting), and the OWMS/CVDR metadata block (dcterms:title,
dcterms:creator or overheid:authority = the gemeente, dcterms:issued, inwerkingtredingDatum,
dcterms:source = wettelijke grondslag). Elements are matched by local name, so namespace
variants read alike.
"""

from __future__ import annotations

import re

from klachtanalyse.document import Document
from klachtanalyse.read import structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.dates import parse_date
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.xmlsafe import local, parse_xml

_DIVISIONS = {"hoofdstuk", "afdeling", "paragraaf", "titeldeel", "deel", "sub-paragraaf", "subparagraaf"}
_NAMED = {"aanhef": "Aanhef", "regeling-sluiting": "Slotformulier", "toelichting": "Toelichting",
          "algemene-toelichting": "Algemene toelichting", "artikelsgewijze-toelichting": "Artikelsgewijze toelichting",
          "bijlage": "Bijlage", "considerans": "Considerans", "wij": "Aanhef", "afkondiging": "Afkondiging"}
_SKIP = {"meta", "metadata", "owmskern", "owmsmantel", "cvdripm", "kop", "lidnr", "nr", "label", "titel",
         "illustratie", "plaatje", "tekstcorrectie", "redactionele-toevoeging"}
_WS = re.compile(r"\s+")
_GELET_OP = re.compile(r"\bgelet op\b(.{5,600}?)(?:;|\.\s|\n|besluit)", re.I | re.S)


def grondslagen_from_text(text: str) -> list[str]:
    """The legal bases named in the preamble: "gelet op artikel 4:81 van de Awb en ..."."""
    m = _GELET_OP.search(text[:20000])
    if not m:
        return []
    clause = " ".join(m.group(1).split()).strip(" ,:")
    parts = [p.strip(" ,") for p in re.split(r";|,\s*(?=(?:artikel|de |het |hoofdstuk))|\s+en\s+(?=artikel|de |het )", clause) if p.strip(" ,")]
    return parts or [clause]


_IN_WERKING_DATE = re.compile(r"\b(?:treedt|treden)\s+in\s+werking\s+(?:op|met ingang van|per)\s+(\d{1,2}\s+\w+\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})", re.I)


def inwerkingtreding_from_text(text: str) -> str | None:
    """"Deze verordening treedt in werking op 1 februari 2024" -> "2024-02-01"."""
    m = _IN_WERKING_DATE.search(text)
    return parse_date(m.group(1)) if m else None


def _text(el) -> str:
    return _WS.sub(" ", "".join(el.itertext())).strip() if el is not None else ""


def _kop(el) -> tuple[str, str, str]:
    kop = next((c for c in el if local(c) == "kop"), None)
    if kop is None:
        return "", el.get("nr") or "", ""
    get = lambda n: _text(next((c for c in kop if local(c) == n), None))  # noqa: E731
    return get("label"), get("nr") or (el.get("nr") or ""), get("titel")


class _Walker:
    def __init__(self) -> None:
        self.b = TextBuilder()

    def inline(self, el) -> str:
        return _text(el)

    def walk(self, el, depth: int = 0) -> None:
        name = local(el)
        if not name or name in _SKIP or depth > 200:
            return
        b = self.b
        if name == "artikel":
            label, nr, titel = _kop(el)
            heading = " ".join(x for x in (label or "Artikel", nr, titel) if x)
            seg = b.open("article", f"Artikel {nr}" if nr else (titel or "Artikel"))
            b.block(heading)
            self.children(el, depth)
            b.close(seg)
        elif name in _DIVISIONS:
            label, nr, titel = _kop(el)
            heading = " ".join(x for x in (label or name.capitalize(), nr, titel) if x)
            seg = b.open("section", heading)
            b.block(heading)
            self.children(el, depth)
            b.close(seg)
        elif name in _NAMED:
            seg = b.open("section", _NAMED[name])
            self.children(el, depth)
            b.close(seg)
        elif name == "lid":
            lidnr = _text(next((c for c in el if local(c) == "lidnr"), None))
            self.pending = (lidnr + " ") if lidnr else ""
            self.children(el, depth)
            if self.pending:
                b.block(self.pending.strip())
            self.pending = ""
        elif name == "li":
            nr = el.get("nr") or _text(next((c for c in el if local(c) in ("li.nr", "linr")), None))
            self.pending = (nr + " ") if nr else ""
            self.children(el, depth)
            self.pending = ""
        elif name in ("al", "intitule", "citeertitel", "dagtekening", "ondertekening", "functie", "naam"):
            text = self.inline(el)
            if getattr(self, "pending", ""):
                text, self.pending = self.pending + text, ""
            b.block(text)
        elif name in ("row", "tr"):
            cells = [self.inline(c) for c in el if local(c) in ("entry", "td", "th")]
            b.block(" | ".join(c for c in cells if c), sep="\n")
        else:
            if el.text and el.text.strip() and len(el) == 0:
                b.block(self.inline(el))
                return
            self.children(el, depth)

    def children(self, el, depth: int) -> None:
        for child in el:
            self.walk(child, depth + 1)


def _first(root, *names: str) -> str | None:
    for name in names:
        for el in root.iter():
            if local(el) == name:
                t = _text(el)
                if t:
                    return t
    return None


def _all(root, name: str) -> list[str]:
    return [t for t in (_text(el) for el in root.iter() if local(el) == name) if t]


def read_regeling_xml(data: bytes, source: str, doc_id: str) -> Document:
    root = parse_xml(data)
    rootname = local(root)
    if rootname == "cvdr":
        fmt = "cvdr-xml"
    elif rootname in ("gemeenteblad", "officiele-publicatie", "regeling") or any(local(e) == "regeling" for e in root.iter()):
        fmt = "gemeenteblad-xml"
    else:
        fmt = "xml"
    w = _Walker()
    w.pending = ""
    w.walk(root)
    text = w.b.finish()
    if not text.strip():
        raise ReadError("XML zonder tekst")
    doc = Document(id=doc_id, source=source, text=text, format=fmt)
    doc.segments = list(w.b.segments)
    if fmt == "xml":
        doc.segments.extend(structure.detect(text))
        return doc
    md = doc.metadata
    md["titel"] = _first(root, "title", "citeertitel", "intitule")
    gemeente = []
    for el in root.iter():
        if local(el) in ("creator", "authority") and _text(el):
            g = re.sub(r"^gemeente\s+", "", _text(el), flags=re.I)
            if g not in gemeente:
                gemeente.append(g)
    md["gemeente"] = gemeente
    md["identifier"] = _first(root, "identifier")
    md["datum"] = parse_date(_first(root, "issued", "datumOndertekening", "dagtekening"))
    md["datum_publicatie"] = parse_date(_first(root, "available", "issued"))
    md["datum_inwerkingtreding"] = (parse_date(_first(root, "inwerkingtredingDatum", "inwerkingtreding"))
                                    or inwerkingtreding_from_text(text))
    grond = _all(root, "source")
    if not grond:
        grond = grondslagen_from_text(text)
    md["grondslagen"] = grond
    md["onderwerp"] = _all(root, "subject")
    have = {s.start for s in doc.segments if s.kind == "paragraph"}
    doc.segments.extend(s for s in structure.detect(text, sections=False, beslissing=False, articles=False)
                        if s.kind == "paragraph" and s.start not in have)
    doc.segments.sort(key=lambda s: (s.start, -s.end))
    return doc
