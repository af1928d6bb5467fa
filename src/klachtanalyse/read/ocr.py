"""OCR with the `tesseract` program and its Dutch model, for scans and image files.

Runs as a subprocess (no Python binding to install, a hard time limit per page). Used only
for PDF pages without a text layer and for image files. Where Tesseract or its Dutch model
is missing, the error says which Debian packages to install.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from klachtanalyse.document import Document
from klachtanalyse.read import structure
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import OCR_DPI, OCR_TIMEOUT_S

INSTALL_HINT = "installeer tesseract-ocr tesseract-ocr-nld (apt-get install tesseract-ocr tesseract-ocr-nld)"
LANG = "nld"


@lru_cache(maxsize=1)
def missing_reason() -> str | None:
    """None when OCR can run, else the one-line reason why not."""
    exe = shutil.which("tesseract")
    if not exe:
        return f"OCR nodig maar Tesseract ontbreekt: {INSTALL_HINT}"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return f"OCR nodig maar Tesseract start niet: {INSTALL_HINT}"
    if LANG not in out.stdout.split():
        return f"OCR nodig maar het Nederlandse taalmodel van Tesseract ontbreekt: {INSTALL_HINT}"
    return None


def ocr_image_file(path: Path) -> str:
    """Text of one image file via tesseract (Dutch model), within OCR_TIMEOUT_S."""
    reason = missing_reason()
    if reason:
        raise ReadError(reason)
    try:
        out = subprocess.run(["tesseract", str(path), "stdout", "-l", LANG, "--psm", "3"],
                             capture_output=True, timeout=OCR_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR duurde te lang (grens {OCR_TIMEOUT_S} s per pagina)") from None
    if out.returncode != 0:
        raise ReadError("OCR mislukt: Tesseract kon de afbeelding niet lezen")
    return out.stdout.decode("utf-8", errors="replace")


def ocr_pdf_pages(data: bytes, page_indexes: list[int]) -> list[str]:
    """OCR text of the given pages of a PDF, rendered at OCR_DPI."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    texts = []
    try:
        with tempfile.TemporaryDirectory(prefix="klachtanalyse-ocr-") as tmp:
            for i in page_indexes:
                page = pdf[i]
                try:
                    image = page.render(scale=OCR_DPI / 72).to_pil()
                finally:
                    page.close()
                png = Path(tmp) / f"p{i}.png"
                image.save(png)
                texts.append(ocr_image_file(png))
                png.unlink()
    finally:
        pdf.close()
    return texts


def read_image(data: bytes, source: str, doc_id: str) -> Document:
    """A scanned page as an image file (PNG, JPEG, TIFF)."""
    from klachtanalyse.read.pdf import RawPage, clean_pages

    reason = missing_reason()
    if reason:
        raise ReadError(reason)
    with tempfile.TemporaryDirectory(prefix="klachtanalyse-ocr-") as tmp:
        img = Path(tmp) / "scan"
        img.write_bytes(data)
        raw = ocr_image_file(img)
    text, pages, anchors, _ = clean_pages([RawPage(raw if raw.strip() else None)])
    if not text.strip():
        raise ReadError("geen tekst herkend in de afbeelding")
    doc = Document(id=doc_id, source=source, text=text, format="ocr", source_offsets=anchors or None)
    doc.metadata["ocr_paginas"] = ["1"]
    doc.segments.extend(pages)
    doc.segments.extend(structure.detect(text))
    return doc
