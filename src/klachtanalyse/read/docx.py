"""Word .docx: paragraphs and tables in document order, headings as sections.

The zip container is checked before python-docx opens it (member count, total size,
compression ratio), so a zip bomb is refused without being unpacked. Running headers and
footers of the Word file are left out (print furniture, as in PDFs).
"""

from __future__ import annotations

import io
import re
import zipfile

from klachtanalyse.document import Document, Segment
from klachtanalyse.read import structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_UNZIPPED_BYTES, MAX_ZIP_MEMBERS, MAX_ZIP_RATIO, MB

_HEADING_STYLE = re.compile(r"^(heading|kop|title|titel)\s*(\d*)", re.I)


def check_zip(data: bytes) -> None:
    """Refuse zip bombs: too many members, too large unpacked, or too high a ratio."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError):
        raise ReadError("DOCX is beschadigd of afgebroken (geen geldig zip-bestand)") from None
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ReadError(f"DOCX met te veel onderdelen: {len(infos)} (grens {MAX_ZIP_MEMBERS})")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > MAX_UNZIPPED_BYTES:
        raise ReadError(f"DOCX uitgepakt te groot: {total // MB} MB (grens {MAX_UNZIPPED_BYTES // MB} MB); mogelijk een zip-bom")
    for i in infos:
        if i.file_size > MB and i.file_size > MAX_ZIP_RATIO * max(i.compress_size, 1):
            raise ReadError(f"DOCX met verdachte compressie (factor {i.file_size // max(i.compress_size, 1)}, grens {MAX_ZIP_RATIO}); mogelijk een zip-bom")
    if total > MB and total > MAX_ZIP_RATIO * packed:
        raise ReadError(f"DOCX met verdachte compressie (factor {total // packed}, grens {MAX_ZIP_RATIO}); mogelijk een zip-bom")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise ReadError("geen Word-document: word/document.xml ontbreekt")


def read_docx(data: bytes, source: str, doc_id: str) -> Document:
    check_zip(data)
    import docx
    from docx.table import Table

    try:
        d = docx.Document(io.BytesIO(data))
    except Exception:
        raise ReadError("DOCX kon niet geopend worden (beschadigd of geen Word-document)") from None
    b = TextBuilder()
    headings: list[tuple[int, int, str]] = []  # (start, level, label)
    for item in d.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    t = " ".join(cell.text.split())
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                if cells:
                    b.block(" | ".join(cells), sep="\n")
            b.separate()
            continue
        text = item.text.replace("\t", " ").strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        m = _HEADING_STYLE.match(style)
        start, _ = b.block(text)
        if m and len(text) <= 200:
            headings.append((start, int(m.group(2) or 1), text))
    text = b.finish()
    if not text.strip():
        raise ReadError("DOCX zonder tekst")
    doc = Document(id=doc_id, source=source, text=text, format="docx")
    for k, (start, level, label) in enumerate(headings):
        end = len(text)
        for start2, level2, _ in headings[k + 1:]:
            if level2 <= level:
                end = start2
                break
        doc.segments.append(Segment("section", start, len(text[:end].rstrip()), label))
    cp = d.core_properties
    if cp.title:
        doc.metadata["titel"] = cp.title
    if cp.created:
        doc.metadata["datum_document"] = cp.created.date().isoformat()
    from klachtanalyse.read import rechtspraak_web

    if rechtspraak_web.looks_like_web_ruling(text):
        rechtspraak_web.annotate(doc, fmt="docx")
    else:
        doc.segments.extend(structure.detect(text, sections=not headings))
        if headings:
            for seg in structure.detect(text, paragraphs=False, articles=False):
                if seg.kind == "beslissing":
                    doc.segments.append(seg)
    return doc
