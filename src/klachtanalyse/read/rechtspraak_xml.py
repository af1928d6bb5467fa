"""rechtspraak.nl open-data XML (<open-rechtspraak>): metadata from the RDF block, the
inhoudsindicatie, and the body of the <uitspraak> or <conclusie> with its structure.

Metadata names follow the contract where it has them (ecli, instantie, datum) and the brief
for the rest (datum_publicatie, zaaknummers, rechtsgebieden, procedure, wetsverwijzingen,
titel, inhoudsindicatie). The body keeps its sections (<section>, role="beslissing" marks the
dictum), numbered paragraphs (<paragroup><nr>, or a number at the start of a <para>) and the
header block (<uitspraak.info>). Also reads the third-party annotated variant
(<potentialnr>/<text>) and metadata-only files (no body: empty text plus a warning).
"""

from __future__ import annotations

import re

from klachtanalyse.document import Document, Segment
from klachtanalyse.read import structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.xmlsafe import local, parse_xml

_SKIP = {"mediaobject", "inlinemediaobject", "imageobject", "imagedata", "colspec", "RDF"}
_NR = {"nr", "potentialnr"}


def _clean_lines(s: str) -> list[str]:
    """Lines (split at <?linebreak?>) with runs of whitespace, incl. no-break spaces, as one space."""
    return [ln for ln in (" ".join(part.split()) for part in s.split("\n")) if ln]


class _Walker:
    def __init__(self) -> None:
        self.b = TextBuilder()
        self.footnotes: list[str] = []
        self.sections = 0
        self.beslissing: Segment | None = None
        self.pending = ""  # a paragraph number waiting for the first text of its paragroup

    # -- inline text ------------------------------------------------------------------
    def inline(self, el, out: list[str]) -> None:
        if el.text:
            out.append(el.text.replace("\n", " "))
        for child in el:
            name = local(child)
            if not name:  # processing instruction or comment
                if getattr(child, "target", None) == "linebreak":
                    out.append("\n")
            elif name == "footnote":
                self.footnotes.append(" ".join(_clean_lines(self.inline_text(child))))
            elif name in _SKIP:
                pass
            elif name in _NR:
                out.append(self.inline_text(child).strip() + " ")
            elif name in ("para", "parablock", "listitem", "row", "entry"):
                out.append("\n" if name != "entry" else " | ")
                self.inline(child, out)
                out.append("\n" if name != "entry" else "")
            else:
                self.inline(child, out)
            if child.tail:
                out.append(child.tail.replace("\n", " "))

    def inline_text(self, el) -> str:
        out: list[str] = []
        self.inline(el, out)
        return "".join(out)

    # -- blocks -------------------------------------------------------------------------
    def para(self, el) -> None:
        text = self.inline_text(el)
        if self.pending and text.strip():
            text, self.pending = self.pending + text.lstrip(), ""
        lines = _clean_lines(text)
        for ln in lines:
            self.b.block(ln)

    def walk(self, el, depth: int = 0) -> None:
        name = local(el)
        if not name or name in _SKIP:
            return
        if depth > 200:
            raise ReadError("XML te diep genest")
        b = self.b
        if name in ("uitspraak.info", "conclusie.info"):
            seg = b.open("header", "kop")
            self.children(el, depth)
            b.close(seg)
        elif name == "section":
            self.sections += 1
            title = next((c for c in el if local(c) == "title"), None)
            label = " ".join(_clean_lines(self.inline_text(title))) if title is not None else (el.get("role") or "")
            seg = b.open("section", label or None)
            besl = None
            if self.beslissing is None and (el.get("role") == "beslissing" or (label and structure.is_beslissing_heading(label))):
                besl = b.open("beslissing", label or "beslissing")
            self.children(el, depth)
            b.close(seg)
            if besl is not None:
                b.close(besl)
                if besl in b.segments:
                    self.beslissing = besl
        elif name in ("title", "bridgehead"):
            self.para(el)
        elif name == "paragroup":
            nr_el = next((c for c in el if local(c) in _NR), None)
            nr = " ".join((nr_el.text or "").split()) if nr_el is not None else ""
            seg = b.open("paragraph", nr.rstrip(".") or None) if nr else None
            self.pending = nr + " " if nr else ""
            for child in el:
                if local(child) not in _NR:
                    self.walk(child, depth + 1)
            if self.pending:
                b.block(self.pending.strip())
                self.pending = ""
            if seg is not None:
                b.close(seg)
        elif name == "para":
            self.para(el)
        elif name == "row":
            cells = [" ".join(_clean_lines(self.inline_text(c))) for c in el if local(c) == "entry"]
            b.block(" | ".join(c for c in cells if c), sep="\n")
        elif name == "footnote":
            self.footnotes.append(" ".join(_clean_lines(self.inline_text(el))))
        else:
            if el.text and el.text.strip() and name not in ("parablock", "paragroup", "itemizedlist",
                                                            "orderedlist", "informaltable", "tgroup", "tbody", "thead"):
                # text directly inside a container element (annotated variant's <text>)
                self.para(el)
                return
            self.children(el, depth)

    def children(self, el, depth: int) -> None:
        for child in el:
            self.walk(child, depth + 1)


def _texts(desc_list, name: str) -> list[str]:
    out = []
    for desc in desc_list:
        for el in desc:
            if local(el) == name:
                t = " ".join("".join(el.itertext()).split())
                if t:
                    out.append(t)
    return out


def _split(values: list[str], seps: str) -> list[str]:
    out: list[str] = []
    for v in values:
        for part in re.split(seps, v):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def read_metadata(root) -> dict:
    descs = [el for el in root.iter() if local(el) == "Description"]
    ecli_descs = [d for d in descs if any(local(c) == "identifier" and (c.text or "").startswith("ECLI") for c in d)]
    main = ecli_descs or descs[:1]
    md: dict = {}
    ids = [t for t in _texts(main, "identifier") if t.startswith("ECLI")]
    md["ecli"] = ids[0] if ids else None
    md["instantie"] = (_texts(main, "creator") or [None])[0]
    md["datum"] = (_texts(main, "date") or [None])[0]
    md["datum_publicatie"] = (_texts(main, "issued") or [None])[0]
    md["zaaknummers"] = _split(_texts(main, "zaaknummer"), r"\s*;\s*|,\s+")
    md["rechtsgebieden"] = _split(_texts(main, "subject"), r"\s*;\s*")
    md["procedure"] = _split(_texts(main, "procedure"), r"\s*;\s*")
    md["wetsverwijzingen"] = _texts(main, "references")
    md["zittingsplaats"] = (_texts(main, "spatial") or [None])[0]
    md["type"] = (_texts(main, "type") or [None])[0]
    md["titel"] = (_texts(descs, "title") or [None])[0]
    md["vervangt"] = _texts(main, "replaces")
    md["relaties"] = _texts(main, "relation")
    replaced = _texts(main, "isReplacedBy")
    if replaced:
        md["vervangen_door"] = replaced[0]
    return md


def read_rechtspraak_xml(data: bytes, source: str, doc_id: str, root=None) -> Document:
    root = parse_xml(data) if root is None else root
    if local(root) != "open-rechtspraak":
        raise ReadError("geen rechtspraak.nl open-data XML")
    md = read_metadata(root)
    w = _Walker()
    b = w.b
    inh = next((el for el in root if local(el) == "inhoudsindicatie"), None)
    if inh is not None:
        seg = b.open("inhoudsindicatie", "Inhoudsindicatie")
        w.children(inh, 0)
        b.close(seg)
        if seg in b.segments:
            md["inhoudsindicatie"] = b.text()[seg.start:seg.end]
    body = next((el for el in root if local(el) in ("uitspraak", "conclusie")), None)
    body_start = None
    if body is not None:
        b.separate()
        body_start = b.pos
        w.walk(body)
        if w.footnotes:
            seg = b.open("section", "Voetnoten")
            for i, note in enumerate(w.footnotes, 1):
                b.block(f"[{i}] {note}")
            b.close(seg)
    text = b.finish()
    doc = Document(id=md["ecli"] or doc_id, source=source, text=text, format="rechtspraak-xml", metadata=md)
    doc.segments = list(b.segments)
    if body is None:
        doc.warnings.append("alleen metadata: het bestand bevat geen uitspraaktekst")
    if body_start is not None and body_start < len(text):
        found = structure.detect(text, start=body_start, sections=w.sections == 0,
                                 beslissing=w.beslissing is None, articles=False)
        have = {(s.kind, s.start) for s in doc.segments}
        header = [s for s in doc.segments if s.kind == "header"]
        for s in found:
            if s.kind == "paragraph" and any(h.start <= s.start < h.end for h in header):
                continue
            if (s.kind, s.start) not in have and not (s.kind == "paragraph" and ("paragraph", s.start) in have):
                doc.segments.append(s)
    doc.segments.sort(key=lambda s: (s.start, -s.end))
    return doc
