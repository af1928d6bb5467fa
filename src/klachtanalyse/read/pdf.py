"""PDF: text layer via pypdfium2 (fast path) or pdfplumber (layout path), one shared cleanup,
OCR with Tesseract only for pages that have no text layer.

Engines:
  pypdfium2   ~100x faster than pdfplumber; text in content-stream order, which is the
              reading order of PDFs written by word processors and court systems.
  pdfplumber  positions of every character: finds a two-column layout (a vertical gutter)
              and reads column by column; use it for tables and odd layouts.
  auto        pypdfium2 (the default).
Both feed the same `clean_pages`, so for an ordinary PDF both give the same text.

Cleanup (why: rulings and letters printed to PDF carry print furniture that breaks sentence
splitting and evidence passages): running headers and footers that repeat on most pages and
page numbers ("3", "- 3 -", "pagina 3 van 12") are removed; words hyphenated across lines are
joined ("woon-\\nruimte" -> "woonruimte", but "Noord-\\nHolland" keeps its hyphen); lines
within a sentence are joined with a space; ligatures (ﬁ, ﬂ) become letters; Unicode is NFC so
diacritics are single characters. `source_offsets` maps each output line back to the raw
extracted text (pages joined by form feeds); pages are "page" segments.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field

from klachtanalyse.document import Document, Segment
from klachtanalyse.read import structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.errors import ReadError
from klachtanalyse.read.limits import MAX_OCR_PAGES, MAX_PDF_PAGES

LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st", "\u00ad": "-", "\x02": "-",
                           "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\t": " "})
_SPACES = re.compile(r" {2,}")
_PAGE_NR = re.compile(r"^(?:(?:pagina|page|blz\.?|bladzijde|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|/|of)\s*\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")
_HYPHEN_END = re.compile(r"[A-Za-zÀ-ÿ]-$")
_SENTENCE_END = (".", ":", ";", "!", "?")
EDGE_LINES = 3  # lines at the top and bottom of a page where headers and footers live


@dataclass
class RawPage:
    text: str | None  # None: no text layer (OCR candidate)
    has_images: bool = False
    ocr: bool = False
    damaged: bool = False
    lines: list[tuple[str, int]] = field(default_factory=list)  # (clean line, raw offset)


def _open_error(err: Exception) -> ReadError:
    msg = str(err).lower()
    if "password" in msg or "encrypt" in msg:
        return ReadError("PDF is versleuteld met een wachtwoord: kan niet gelezen worden")
    return ReadError("PDF is beschadigd of afgebroken: kan niet geopend worden")


def extract_pypdfium2(data: bytes) -> list[RawPage]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as err:  # PdfiumError: bad file / password
        raise _open_error(err) from None
    try:
        n = len(pdf)
        _check_pages(n)
        pages = []
        for i in range(n):
            try:
                page = pdf[i]
            except Exception:  # one damaged page: keep the others, say so
                pages.append(RawPage(None, False, damaged=True))
                continue
            try:
                try:
                    tp = page.get_textpage()
                    text = tp.get_text_range()
                    tp.close()
                except Exception:
                    pages.append(RawPage(None, False, damaged=True))
                    continue
                has_images = False
                if not text.strip():
                    has_images = any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
                pages.append(RawPage(text if text.strip() else None, has_images))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def _check_pages(n: int) -> None:
    if n == 0:
        raise ReadError("PDF zonder pagina's (beschadigd of afgebroken)")
    if n > MAX_PDF_PAGES:
        raise ReadError(f"PDF te groot: {n} pagina's (grens {MAX_PDF_PAGES})")


def _gutter(words: list[dict], width: float, height: float) -> tuple[float, float, float] | None:
    """(x of the gap between two text columns, top and bottom of the body), if there is one."""
    if len(words) < 40:
        return None
    # running headers and footers span the gutter: look only at the body of the page
    words = [w for w in words if height * 0.08 < w["top"] < height * 0.92]
    lo, hi = width * 0.3, width * 0.7
    step = 2.0
    bins = int((hi - lo) / step) + 1
    cover = [0] * bins
    for w in words:
        a, b = max(w["x0"], lo), min(w["x1"], hi)
        for k in range(int((a - lo) / step), int((b - lo) / step) + 1):
            if 0 <= k < bins:
                cover[k] += 1
    # the widest run of empty bins, only if words sit on both sides of it
    best, run_start, best_range = 0, None, None
    for k, c in enumerate(cover + [1]):
        if c == 0 and run_start is None:
            run_start = k
        elif c != 0 and run_start is not None:
            if k - run_start > best:
                best, best_range = k - run_start, (run_start, k)
            run_start = None
    if not best_range or best * step < 8:
        return None
    x = lo + (best_range[0] + best_range[1]) / 2 * step
    left = sum(1 for w in words if w["x1"] <= x)
    right = sum(1 for w in words if w["x0"] >= x)
    if left < 15 or right < 15:
        return None
    return x, min(w["top"] for w in words) - 1, max(w["bottom"] for w in words) + 1


def extract_pdfplumber(data: bytes) -> list[RawPage]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n = len(pdf.pages)
    except Exception as err:
        raise _open_error(err) from None
    _check_pages(n)
    pages = []
    with pdf:
        for page in pdf.pages:
            try:
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                cols = _gutter(words, float(page.width), float(page.height))
                if cols is None:
                    text = page.extract_text() or ""
                else:
                    # read the left column, then the right; full-width lines above and below
                    # the columns (running header, footer) stay where they are
                    x, top, bottom = cols
                    w, h = page.width, page.height
                    parts = [page.crop((0, 0, w, top)), page.crop((0, top, x, bottom)),
                             page.crop((x, top, w, bottom)), page.crop((0, bottom, w, h))]
                    text = "\n".join(p.extract_text() or "" for p in parts)
                has_images = bool(page.images) if not text.strip() else False
                pages.append(RawPage(text if text.strip() else None, has_images))
            except Exception:
                raise ReadError("PDF is beschadigd: een pagina kon niet gelezen worden") from None
            finally:
                page.flush_cache()
    return pages


_PDFIUM_HYPHEN = re.compile("\ufffe(?=[a-zà-ÿ])")


def _norm_line(line: str) -> str:
    if "\ufffe" in line:
        # pdfium already joined a word hyphenated across lines and marks the hyphen U+FFFE
        line = _PDFIUM_HYPHEN.sub("", line).replace("\ufffe", "-")
    line = line.translate(LIGATURES)
    if not line.isascii():
        line = unicodedata.normalize("NFC", line)
    if "  " in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


_LINE = re.compile(r"[^\r\n]*")


def _split_lines(pages: list[RawPage]) -> None:
    """Clean lines of every page with their exact offset in the raw text (pages joined by \f)."""
    offset = 0
    for p in pages:
        raw = p.text or ""
        for m in _LINE.finditer(raw):
            if m.start() == m.end():
                continue
            line = _norm_line(m.group())
            if line:
                lead = len(m.group()) - len(m.group().lstrip())
                p.lines.append((line, offset + m.start() + lead))
        offset += len(raw) + 1  # the form feed between pages


def _remove_furniture(pages: list[RawPage]) -> int:
    """Drop running headers/footers and page numbers; returns the number of lines dropped."""
    with_text = [p for p in pages if p.lines]
    counts: dict[str, int] = {}
    for p in with_text:
        keys = {_DIGITS.sub("#", ln.lower()) for ln, _ in p.lines[:EDGE_LINES] + p.lines[-EDGE_LINES:]}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    need = max(2, (len(with_text) + 1) // 2)
    repeated = {k for k, c in counts.items() if c >= need} if len(with_text) >= 2 else set()
    dropped = 0
    for p in with_text:
        n = len(p.lines)
        keep = []
        for i, (ln, off) in enumerate(p.lines):
            edge = i < EDGE_LINES or i >= n - EDGE_LINES
            if edge and (_DIGITS.sub("#", ln.lower()) in repeated or (
                    (i < 2 or i >= n - 2) and len(ln) <= 20 and _PAGE_NR.match(ln))):
                dropped += 1
                continue
            keep.append((ln, off))
        p.lines = keep
    return dropped


def clean_pages(pages: list[RawPage]) -> tuple[str, list[Segment], list[tuple[int, int]], int]:
    """Cleaned text, page segments and source anchors from raw page texts (any engine)."""
    _split_lines(pages)
    dropped = _remove_furniture(pages)
    b = TextBuilder()
    page_segs: list[Segment] = []
    prev = ""
    for n, p in enumerate(pages, 1):
        if not p.lines:
            continue
        page_start = None
        for ln, off in p.lines:
            if prev and _HYPHEN_END.search(prev) and ln[0].isalpha():
                if ln[0].islower():
                    # "woon-" + "ruimte": the hyphen was only the line break; drop it
                    b.parts[-1] = b.parts[-1][:-1]
                    b.pos -= 1
                sep = ""
            elif not prev:
                sep = ""
            elif page_start is None:
                sep = "\n\n" if prev.endswith(_SENTENCE_END) or not ln[0].islower() else " "
            elif prev.endswith(",") or (not prev.endswith(_SENTENCE_END) and (ln[0].islower() or ln[0] in "(€")):
                sep = " "
            else:
                sep = "\n"
            b.add(sep)
            if page_start is None:
                page_start = b.pos
            b.add(ln, off)
            prev = ln
        page_segs.append(Segment("page", page_start, b.pos, str(n)))
    text = b.finish()
    return text, page_segs, b.anchors, dropped


def read_pdf(data: bytes, source: str, doc_id: str, engine: str = "auto", ocr: bool = True) -> Document:
    if engine not in ("auto", "pypdfium2", "pdfplumber"):
        raise ReadError(f"onbekende PDF-engine: {engine}")
    pages = extract_pdfplumber(data) if engine == "pdfplumber" else extract_pypdfium2(data)
    used = "pdfplumber" if engine == "pdfplumber" else "pypdfium2"
    warnings: list[str] = []
    need_ocr = [i for i, p in enumerate(pages) if p.text is None and p.has_images]
    if need_ocr:
        from klachtanalyse.read import ocr as ocr_mod

        if not ocr:
            warnings.append(f"{len(need_ocr)} pagina('s) zonder tekstlaag overgeslagen (OCR staat uit)")
        elif len(need_ocr) > MAX_OCR_PAGES:
            raise ReadError(f"te veel gescande pagina's voor OCR: {len(need_ocr)} (grens {MAX_OCR_PAGES})")
        else:
            missing = ocr_mod.missing_reason()
            has_text = any(p.text for p in pages)
            if missing and not has_text:
                raise ReadError(missing)
            if missing:
                warnings.append(missing)
            else:
                for i, text in zip(need_ocr, ocr_mod.ocr_pdf_pages(data, need_ocr)):
                    pages[i].text = text or None
                    pages[i].ocr = True
    damaged = [str(i + 1) for i, p in enumerate(pages) if p.damaged]
    if damaged:
        warnings.append(f"PDF deels beschadigd: pagina('s) {', '.join(damaged[:10])} niet gelezen")
    text, page_segs, anchors, dropped = clean_pages(pages)
    if not text.strip():
        raise ReadError("PDF zonder tekst: geen tekstlaag en niets herkend")
    doc = Document(id=doc_id, source=source, text=text, format="pdf", source_offsets=anchors or None)
    doc.metadata["pdf_engine"] = used
    doc.metadata["paginas"] = len(pages)
    ocr_pages = [str(i + 1) for i, p in enumerate(pages) if p.ocr]
    if ocr_pages:
        doc.metadata["ocr_paginas"] = ocr_pages
    doc.warnings.extend(warnings)
    doc.segments.extend(page_segs)
    _add_structure(doc)
    return doc


def _add_structure(doc: Document) -> None:
    from klachtanalyse.read import rechtspraak_web

    if rechtspraak_web.looks_like_web_ruling(doc.text):
        rechtspraak_web.annotate(doc, fmt="pdf")
    else:
        doc.segments.extend(structure.detect(doc.text))
