"""Plain text: encoding detection, line-end normalisation with a map back, structure.

A UTF-8 file with "\n" line ends comes back byte-for-byte (other helpers' annotations point
into those files by character offset). Other encodings are decoded (UTF-16 by BOM, cp1252
when it has cp1252-only characters such as €, else latin-1); CRLF/CR become "\n" and
`source_offsets` maps every position back into the decoded source.
"""

from __future__ import annotations

import codecs
import re

from klachtanalyse.document import Document
from klachtanalyse.read import structure
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_TEXT_CHARS

_CONTROL = set(range(0, 9)) | {11} | set(range(14, 27)) | set(range(28, 32))


def looks_binary(data: bytes) -> bool:
    """True for bytes no text editor wrote: NULs or many control characters."""
    sample = data[:65536]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    bad = sum(1 for b in sample if b in _CONTROL)
    return bad / len(sample) > 0.01


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for the bytes of a text file."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ReadError("tekstbestand met UTF-16-kenmerk maar ongeldige inhoud") from None
    if looks_binary(data):
        raise ReadError("geen tekstbestand: binaire inhoud (verkeerde extensie of beschadigd bestand?)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 and latin-1 agree outside 0x80-0x9F; there cp1252 has €, quotes and dashes.
    if any(0x80 <= b <= 0x9F for b in data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


def normalise_newlines(src: str) -> tuple[str, list[tuple[int, int]] | None]:
    """CRLF/CR to LF; anchors (text_pos, source_pos) after every removed character."""
    if "\r" not in src:
        return src, None
    out: list[str] = []
    anchors: list[tuple[int, int]] = [(0, 0)]
    pos_text = 0
    last = 0
    for m in re.finditer(r"\r\n?", src):
        chunk = src[last:m.start()]
        out.append(chunk)
        out.append("\n")
        pos_text += len(chunk) + 1
        last = m.end()
        anchors.append((pos_text, last))
    out.append(src[last:])
    return "".join(out), anchors


def read_text(data: bytes, source: str, doc_id: str, fmt: str = "text", name: str = "") -> Document:
    if len(data) > 4 * MAX_TEXT_CHARS:  # even at 4 bytes a character this is too much text
        raise ReadError(f"tekst te lang: {len(data) // (1024 * 1024)} MB tekst (grens {MAX_TEXT_CHARS:,} tekens)".replace(",", "."))
    text_src, encoding = decode(data)
    if len(text_src) > MAX_TEXT_CHARS:
        raise ReadError(f"tekst te lang: {len(text_src):,} tekens (grens {MAX_TEXT_CHARS:,})".replace(",", "."))
    text, anchors = normalise_newlines(text_src)
    if not text.strip():
        raise ReadError("leeg bestand: geen tekst")
    if name.lower().endswith((".csv", ".tsv")) or is_table(text):
        fmt = "tabel"
    doc = Document(id=doc_id, source=source, text=text, format=fmt, source_offsets=anchors)
    doc.metadata["encoding"] = encoding
    if fmt == "tabel":
        return doc
    from klachtanalyse.read import rechtspraak_web

    if rechtspraak_web.looks_like_web_ruling(text):
        rechtspraak_web.annotate(doc)
    else:
        doc.segments.extend(structure.detect(text))
        if "\f" in text:
            add_pages_from_formfeeds(doc)
    return doc


def is_table(text: str) -> bool:
    """CSV/TSV data: the first lines all have the same number (>= 2) of tabs or semicolons/commas."""
    head = [ln for ln in text[:20000].split("\n")[:12] if ln.strip()]
    if len(head) < 3:
        return False
    for sep in ("\t", ";", ","):
        counts = {ln.count(sep) for ln in head[:-1]}  # the last line may be cut off
        if len(counts) == 1 and counts.pop() >= 2:
            return True
    return False


def add_pages_from_formfeeds(doc: Document) -> None:
    from klachtanalyse.document import Segment

    start = 0
    for n, part in enumerate(doc.text.split("\f"), 1):
        end = start + len(part)
        if part.strip():
            doc.segments.append(Segment("page", start, end, str(n)))
        start = end + 1
