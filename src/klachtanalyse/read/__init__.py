"""Stage 1, read: files in, `Document`s out (text, structure, provenance) or a one-line error.

Public face:
    discover(paths) -> list[Path]      every file under the given files/folders, sorted
    read_file(path) -> Document        raises ReadError with a one-line reason
    read_bytes(data, name) -> Document the same for bytes in memory (attachments, tests)
    ReadError                          the one error for bad input

The format is decided from the bytes first (magic numbers, root element) and the file name
second, so a PDF saved as .docx is still read as a PDF (with a warning), while a file whose
name promises a binary format it does not have gets a clear error. Every reader fills
`doc.metadata` with what the source states, adds structure as `Segment`s, and the kind
(uitspraak, beleid, klacht, rapport, onbekend) is decided last from format and content.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from klachtanalyse.document import Document, sha256_id
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_FILE_BYTES, MB

__all__ = ["ReadError", "discover", "read_file", "read_bytes", "sniff", "PDF_ENGINES"]

PDF_ENGINES = ("auto", "pypdfium2", "pdfplumber")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_MAIL_HEADER = re.compile(
    rb"^(received|from|return-path|mime-version|message-id|subject|date|to|cc|delivered-to|x-[a-z0-9-]+|content-type)\s*:",
    re.I | re.M,
)
_EXT_FORMAT = {
    ".pdf": "pdf", ".docx": "docx", ".msg": "msg", ".eml": "eml", ".html": "html", ".htm": "html",
    ".xml": "xml", ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".json": "json", ".doc": "doc",
}
_BINARY_CLAIMS = {"pdf", "docx", "msg", "image", "doc"}


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """All files under `paths` (files as given, folders recursively), sorted, hidden files skipped."""
    found: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in p.rglob("*"):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    found.add(f)
        elif p.exists():
            found.add(p)
        else:
            raise FileNotFoundError(f"bestaat niet: {p}")
    return sorted(found, key=lambda f: str(f))


def sniff(data: bytes, name: str = "") -> str:
    """The reader for these bytes: pdf, docx, msg, eml, html, rechtspraak-xml, cvdr-xml, xml,
    image, json, text, or an unsupported format (zip, doc, odt)."""
    head = data[:4096]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:200_000] or name.lower().endswith(".docx"):
            return "docx"
        if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200]:
            return "odt"
        return "zip"
    if head.startswith(_OLE):
        return "msg" if (b"_\x00_\x00s\x00u\x00b\x00s\x00t\x00g" in data[:2_000_000] or name.lower().endswith(".msg")) else "doc"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<open-rechtspraak") or stripped.startswith(b"<cvdr"):
        window = data[:20000].lower()
        if b"<open-rechtspraak" in window:
            return "rechtspraak-xml"
        if b"<cvdr" in window or b"standaarden.overheid.nl/cvdr/terms" in window:
            return "cvdr-xml"
        if b"<gemeenteblad" in window or b"<officiele-publicatie" in window or b"<regeling" in window:
            return "gemeenteblad-xml"
        if b"<html" in window:
            return "html"
        return "xml"
    if stripped.startswith((b"<!doctype html", b"<html")) or (b"<html" in stripped[:512] and b"<body" in data[:200_000].lower()):
        return "html"
    if name.lower().endswith(".eml") or len(_MAIL_HEADER.findall(data[:4096])) >= 3 and _MAIL_HEADER.match(data.lstrip()[:200]):
        return "eml"
    if name.lower().endswith(".json") and stripped[:1] in (b"{", b"["):
        return "json"
    return "text"


def read_file(path: str | Path, *, pdf_engine: str = "auto", ocr: bool = True) -> Document:
    """Read one file into a Document; a ReadError says in one line why it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise ReadError(f"kan bestand niet openen: {err.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise ReadError(f"bestand te groot: {size / MB:.0f} MB (grens {MAX_FILE_BYTES // MB} MB)")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"kan bestand niet lezen: {err.strerror}") from None
    return read_bytes(data, path.name, source=str(path), pdf_engine=pdf_engine, ocr=ocr)


def read_bytes(data: bytes, name: str = "", *, source: str | None = None, depth: int = 0,
               pdf_engine: str = "auto", ocr: bool = True, budget: dict | None = None) -> Document:
    """Read a file's bytes (an attachment, a test fixture) into a Document."""
    from klachtanalyse.read.kind import detect_kind

    source = source or name
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"bestand te groot: {len(data) / MB:.0f} MB (grens {MAX_FILE_BYTES // MB} MB)")
    if not data.strip():
        raise ReadError("leeg bestand")
    doc_id = sha256_id(data)
    fmt = sniff(data, name)
    ext = Path(name).suffix.lower()
    claimed = _EXT_FORMAT.get(ext)
    warnings: list[str] = []
    if claimed and claimed in _BINARY_CLAIMS and fmt != claimed and not (claimed == "doc" and fmt == "msg"):
        if fmt in ("text", "zip", "xml"):
            from klachtanalyse.read.text import looks_binary

            what = {"text": "tekst", "zip": "zip-archief", "xml": "XML"}[fmt]
            if fmt == "text" and looks_binary(data):
                what = "onbekende binaire gegevens"
            raise ReadError(f"bestand heet {ext} maar is geen {claimed.upper()} (inhoud: {what}); verkeerde extensie of beschadigd")
        warnings.append(f"bestand heet {ext} maar de inhoud is {fmt}: als {fmt} gelezen")
    budget = budget if budget is not None else {"attachments": 0}
    try:
        doc = _dispatch(fmt, data, name, source, doc_id, depth, pdf_engine, ocr, budget)
    except RecursionError:
        raise ReadError("bestand te diep genest om te lezen") from None
    except MemoryError:
        raise ReadError("bestand te groot om in het geheugen te lezen") from None
    doc.warnings[:0] = warnings
    _trim_segments(doc)
    doc.metadata.setdefault("bestandsnaam", name or None)
    text = doc.text
    if doc.attachments:
        # a message is what its own words say; attachments only decide when those say nothing
        text = text[: min(a.offset_in_parent for a in doc.attachments if a.offset_in_parent is not None)]
    arts = [s for s in doc.segments if s.kind == "article"]
    share = sum(s.end - s.start for s in arts) / max(len(doc.text), 1)
    doc.kind = detect_kind(text, doc.format, doc.metadata, len(arts), share)
    if doc.kind == "onbekend" and doc.attachments:
        doc.kind = next((a.kind for a in doc.attachments if a.kind != "onbekend"), "onbekend")
    return doc


def _trim_segments(doc: Document) -> None:
    """Segments never begin or end on whitespace, and none is empty."""
    text = doc.text
    for seg in doc.segments:
        while seg.start < seg.end and text[seg.start].isspace():
            seg.start += 1
        while seg.end > seg.start and text[seg.end - 1].isspace():
            seg.end -= 1
    doc.segments = [s for s in doc.segments if s.end > s.start]


def _dispatch(fmt: str, data: bytes, name: str, source: str, doc_id: str, depth: int,
              pdf_engine: str, ocr: bool, budget: dict) -> Document:
    if fmt == "pdf":
        from klachtanalyse.read.pdf import read_pdf

        return read_pdf(data, source, doc_id, engine=pdf_engine, ocr=ocr)
    if fmt == "rechtspraak-xml":
        from klachtanalyse.read.rechtspraak_xml import read_rechtspraak_xml

        return read_rechtspraak_xml(data, source, doc_id)
    if fmt in ("cvdr-xml", "gemeenteblad-xml", "xml"):
        from klachtanalyse.read.regelgeving import read_regeling_xml

        return read_regeling_xml(data, source, doc_id)
    if fmt == "docx":
        from klachtanalyse.read.docx import read_docx

        return read_docx(data, source, doc_id)
    if fmt == "html":
        from klachtanalyse.read.html import read_html

        return read_html(data, source, doc_id)
    if fmt in ("eml", "msg"):
        from klachtanalyse.read.mail import read_eml, read_msg

        reader = read_eml if fmt == "eml" else read_msg
        return reader(data, source, doc_id, depth=depth, budget=budget, pdf_engine=pdf_engine, ocr=ocr)
    if fmt == "image":
        from klachtanalyse.read.ocr import read_image

        if not ocr:
            raise ReadError("afbeelding zonder tekstlaag en OCR staat uit")
        return read_image(data, source, doc_id)
    if fmt == "json":
        from klachtanalyse.read.rechtspraak_json import read_json

        return read_json(data, source, doc_id)
    if fmt == "doc":
        raise ReadError("oud Word-formaat (.doc) wordt niet gelezen: sla het op als .docx of PDF")
    if fmt == "odt":
        raise ReadError("OpenDocument-tekst (.odt) wordt niet gelezen: sla het op als .docx of PDF")
    if fmt == "zip":
        raise ReadError("zip-archief wordt niet gelezen: pak het eerst uit")
    from klachtanalyse.read.text import read_text

    return read_text(data, source, doc_id, name=name)
