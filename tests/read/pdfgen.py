"""PDFs generated in the tests from real ruling text (fpdf2 + DejaVuSans: € and diacritics).

Why generated: no real PDF ruling with a licence to redistribute is in corpora/, and a
generated file lets the test know exactly which words it holds. The layout imitates a court
PDF: a running header and a "pagina N van M" footer on every page, a word hyphenated across
lines, a ligature glyph, and one page set in two columns.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib
from fpdf import FPDF

FONT = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
HEADER = "Rechtbank Rotterdam, team kanton - zaaknummer 9876543 CV EXPL 22-1234"


class _Pdf(FPDF):
    def header(self) -> None:
        self.set_font("DejaVu", size=8)
        self.cell(0, 6, HEADER, align="C")
        self.ln(10)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", size=8)
        self.cell(0, 6, f"pagina {self.page_no()} van {{nb}}", align="C")


def _new() -> _Pdf:
    pdf = _Pdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_auto_page_break(False)
    return pdf


def make_ruling_pdf(paragraphs: list[str], hyphenate: tuple[str, str, str] | None = None,
                    two_column: list[str] | None = None, lines_per_page: int = 40, width: int = 95) -> bytes:
    """A PDF with `paragraphs` wrapped to lines; `hyphenate=(word, head, tail)` breaks the first
    occurrence of word as "head-" / "tail" across two lines; `two_column` paragraphs go on a
    last page set in two columns."""
    pdf = _new()
    lines: list[str] = []
    for para in paragraphs:
        wrapped = textwrap.wrap(para, width)
        lines.extend(wrapped)
    if hyphenate:
        word, head, tail = hyphenate
        for i, ln in enumerate(lines):
            k = ln.find(word)
            if k >= 0:
                lines[i] = ln[:k] + head + "-"
                rest = tail + ln[k + len(word):]
                if i + 1 < len(lines):
                    lines[i + 1] = rest + " " + lines[i + 1]
                else:
                    lines.append(rest)
                break
    for start in range(0, len(lines), lines_per_page):
        pdf.add_page()
        pdf.set_font("DejaVu", size=10)
        for ln in lines[start:start + lines_per_page]:
            pdf.set_x(15)
            pdf.cell(180, 6, ln)
            pdf.ln(6)
    if two_column:
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        col: list[str] = []
        for para in two_column:
            col.extend(textwrap.wrap(para, 48))
        half = (len(col) + 1) // 2
        for x, part in ((12, col[:half]), (110, col[half:])):
            pdf.set_y(25)
            for ln in part:
                pdf.set_x(x)
                pdf.cell(88, 5, ln)
                pdf.ln(5)
    return bytes(pdf.output())


def make_scanned_pdf(text_lines: list[str]) -> bytes:
    """A PDF whose only page is an image of text (no text layer): needs OCR."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 42)
    y = 150
    for ln in text_lines:
        draw.text((120, y), ln, fill=0, font=font)
        y += 70
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=210)
    return bytes(pdf.output())
