"""HTML: a saved rechtspraak.nl page, a CVDR / officielebekendmakingen page of a municipal
regulation, or any web page or HTML e-mail body.

Text comes from the <body> in reading order, one line per block element; scripts, styles,
navigation and forms are dropped. Headings (<h1>-<h6>) become sections. Then the content
decides: a rechtspraak.nl header block makes it a ruling, "Artikel N" headings a regulation.
Metadata comes from <meta> (DC/DCTERMS/OVERHEID names as the government sites use them).
"""

from __future__ import annotations

import re

from lxml import etree, html as lxml_html

from klachtanalyse.document import Document, Segment
from klachtanalyse.read import structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.dates import parse_date
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_XML_DEPTH

_DROP = {"script", "style", "noscript", "nav", "form", "button", "svg", "iframe", "head", "template",
         "select", "input", "textarea", "object", "embed", "canvas", "video", "audio", "map"}
_BLOCK = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
          "table", "pre", "blockquote", "ul", "ol", "dl", "header", "footer", "main", "aside", "address",
          "figure", "figcaption", "hr", "br", "tbody", "thead", "caption", "body", "center", "fieldset"}
_HEAD = re.compile(r"^h([1-6])$")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_META = {
    "dc.title": "titel", "dcterms.title": "titel", "og:title": "titel",
    "overheid.authority": "gemeente", "dcterms.creator": "creator", "dc.creator": "creator",
    "dcterms.issued": "datum_publicatie", "dc.date": "datum", "dcterms.date": "datum",
    "dcterms.identifier": "identifier", "dc.identifier": "identifier",
    "overheidrg.inwerkingtredingdatum": "datum_inwerkingtreding", "dcterms.available": "datum_inwerkingtreding",
    "dcterms.type": "type", "dc.type": "type", "dcterms.source": "grondslagen",
    "overheidop.publicationname": "publicatie",
}


class _Walker:
    def __init__(self) -> None:
        self.b = TextBuilder()
        self.line: list[str] = []
        self.heads: list[tuple[int, int, str]] = []

    def flush(self, heading: int = 0) -> None:
        text = _WS.sub(" ", "".join(self.line)).strip()
        self.line = []
        if text:
            start, _ = self.b.block(text, sep="\n")
            if heading:
                self.heads.append((start, heading, text))

    def walk(self, el, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag and tag not in _DROP and depth <= MAX_XML_DEPTH:
            m = _HEAD.match(tag)
            block = tag in _BLOCK or m
            if block:
                self.flush()
            if el.text:
                self.line.append(el.text)
            for child in el:
                self.walk(child, depth + 1)
            if tag in ("td", "th"):
                self.line.append(" | ")
            if block:
                self.flush(int(m.group(1)) if m else 0)
        if el.tail:
            self.line.append(el.tail)


def html_to_text(data: bytes | str) -> tuple[str, list[Segment], dict, int]:
    """(text, heading sections, metadata from <meta>, number of headings) of an HTML page."""
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False,
                                  encoding=None if isinstance(data, str) else _charset(data))
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        raise ReadError("HTML kon niet gelezen worden (leeg of beschadigd)") from None
    md: dict = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        key = _META.get(name)
        if key and content:
            if key == "grondslagen":
                md.setdefault(key, []).append(content)
            else:
                md.setdefault(key, content)
    title = root.find(".//title")
    if "titel" not in md and title is not None and title.text and title.text.strip():
        md["titel"] = " ".join(title.text.split())
    body = root.find("body")
    w = _Walker()
    w.walk(body if body is not None else root, 0)
    w.flush()
    text = w.b.finish()
    segs = []
    for k, (start, level, label) in enumerate(w.heads):
        end = len(text)
        for start2, level2, _ in w.heads[k + 1:]:
            if level2 <= level:
                end = len(text[:start2].rstrip())
                break
        segs.append(Segment("section", start, end, label[:120]))
    return text, segs, md, len(w.heads)


def _charset(data: bytes) -> str:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    if m:
        import codecs

        name = m.group(1).decode("ascii").lower()
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass  # a charset name no codec knows: decide from the bytes
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def read_html(data: bytes, source: str, doc_id: str) -> Document:
    text, heading_segs, md, n_heads = html_to_text(data)
    if not text.strip():
        raise ReadError("HTML zonder tekst")
    doc = Document(id=doc_id, source=source, text=text, format="html")
    from klachtanalyse.read import rechtspraak_web

    if rechtspraak_web.looks_like_web_ruling(text):
        rechtspraak_web.annotate(doc)
        if md.get("titel"):
            doc.metadata.setdefault("titel", md["titel"])
        return doc
    creator = md.pop("creator", None)
    if creator:
        md.setdefault("gemeente", creator)
    if isinstance(md.get("gemeente"), str):
        md["gemeente"] = [re.sub(r"^gemeente\s+", "", md["gemeente"], flags=re.I)]
    for key in ("datum", "datum_publicatie", "datum_inwerkingtreding"):
        if key in md:
            md[key] = parse_date(md[key]) or md[key]
    doc.metadata.update(md)
    found = structure.detect(text, sections=n_heads == 0)
    taken = {s.start for s in found if s.kind in ("article", "section")}
    doc.segments.extend(s for s in heading_segs if s.start not in taken)  # "Artikel 4" h3 = the article
    doc.segments.extend(found)
    doc.segments.sort(key=lambda s: (s.start, -s.end))
    if any(s.kind == "article" for s in found):
        doc.format = "regeling-html"
        from klachtanalyse.read.regelgeving import grondslagen_from_text, inwerkingtreding_from_text

        doc.metadata.setdefault("datum_inwerkingtreding", inwerkingtreding_from_text(text))
        if not doc.metadata.get("grondslagen"):
            g = grondslagen_from_text(text)
            if g:
                doc.metadata["grondslagen"] = g
    return doc
