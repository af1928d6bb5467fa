"""PDF with a text layer (both engines, one cleanup) and scanned pages (OCR)."""

from __future__ import annotations

import pytest

from klachtanalyse.read import ReadError, read_bytes, read_file
from klachtanalyse.read import ocr as ocr_mod
from pdfgen import HEADER, make_ruling_pdf, make_scanned_pdf

EXTRA = "Het gaat om een huurachterstand van € 3.250,50 en een eﬃciënte ontruiming van de woonruimte."


@pytest.fixture(scope="module")
def ruling(corpora):
    """Paragraphs of a real ruling (GHSHE 2014:1641) and a PDF made of them."""
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_GHSHE_2014_1641.xml")
    paras = doc.text.split("\n\n")[:60]
    paras[3] = paras[3] + " " + EXTRA
    data = make_ruling_pdf(paras[:52], hyphenate=("woonruimte", "woon", "ruimte"), two_column=paras[52:60])
    return paras, data


def words(s: str) -> list[str]:
    return s.replace("ﬃ", "ffi").split()


def test_fast_path_and_pdfplumber_give_the_same_cleaned_text(ruling):
    paras, data = ruling
    fast = read_bytes(data, "uitspraak.pdf", pdf_engine="pypdfium2")
    layout = read_bytes(data, "uitspraak.pdf", pdf_engine="pdfplumber")
    assert fast.text == layout.text
    assert fast.metadata["pdf_engine"] == "pypdfium2" and layout.metadata["pdf_engine"] == "pdfplumber"
    # every word of the source, in order (the two-column page read column by column)
    assert words(fast.text) == words(" ".join(paras).replace("woonruimte", "woonruimte"))


def test_cleanup_removes_furniture_and_joins_hyphenated_words(ruling):
    _, data = ruling
    doc = read_bytes(data, "uitspraak.pdf")
    assert HEADER not in doc.text and "pagina 1 van" not in doc.text
    assert "efficiënte ontruiming van de woonruimte." in doc.text  # ligature ﬃ, hyphen at line end
    assert "€ 3.250,50" in doc.text and "geïntimeerde" in doc.text
    pages = doc.segments_of("page")
    assert [p.label for p in pages] == ["1", "2", "3", "4"]
    assert doc.metadata["paginas"] == 4
    assert doc.kind == "uitspraak"
    assert [s.label for s in doc.segments_of("paragraph")] == ["4.1"] + [f"4.1.{i}" for i in range(1, 9)]
    assert [s.label for s in doc.segments_of("section")] == ["2 Het geding in hoger beroep",
                                                             "3 De gronden van het hoger beroep", "4 De beoordeling"]


def test_source_offsets_point_into_the_raw_page_text(ruling):
    _, data = ruling
    from klachtanalyse.read.pdf import extract_pypdfium2

    raw = "\f".join(p.text or "" for p in extract_pypdfium2(data))
    doc = read_bytes(data, "uitspraak.pdf")
    for phrase in ("Het verloop van de procedure blijkt uit:", "Voor de tekst van de grieven"):
        pos = doc.text.index(phrase)
        src = doc.to_source(pos)
        assert raw[src:src + len(phrase)] == phrase


def test_broken_pdfs_give_one_line_errors(ruling):
    _, data = ruling
    with pytest.raises(ReadError, match="beschadigd of afgebroken"):
        read_bytes(data[: len(data) // 3], "afgebroken.pdf")
    with pytest.raises(ReadError, match="geen PDF"):
        read_bytes(b"dit is geen pdf maar tekst", "nep.pdf")


def test_encrypted_pdf(ruling):
    _, data = ruling
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Vertrouwelijk")
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    with pytest.raises(ReadError, match="versleuteld met een wachtwoord"):
        read_bytes(bytes(pdf.output()), "versleuteld.pdf")


LINES = ["Geachte heer, mevrouw,", "Hierbij dien ik een klacht in over de", "ontruiming van onze woning op 3 maart 2022.",
         "Niemand heeft met mijn kinderen gesproken.", "Met vriendelijke groet,"]


@pytest.mark.skipif(ocr_mod.missing_reason() is not None, reason="tesseract-ocr-nld not installed")
def test_scanned_page_is_read_with_ocr():
    doc = read_bytes(make_scanned_pdf(LINES), "scan.pdf")
    assert doc.metadata["ocr_paginas"] == ["1"]
    assert "Niemand heeft met mijn kinderen gesproken." in doc.text
    assert "ontruiming van onze woning op 3 maart 2022." in doc.text
    assert doc.kind == "klacht"


def test_missing_tesseract_names_the_packages(monkeypatch):
    monkeypatch.setattr(ocr_mod, "missing_reason", lambda: f"OCR nodig maar Tesseract ontbreekt: {ocr_mod.INSTALL_HINT}")
    with pytest.raises(ReadError) as err:
        read_bytes(make_scanned_pdf(LINES[:2]), "scan.pdf")
    assert "tesseract-ocr tesseract-ocr-nld" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(ReadError, match="PDF zonder tekst"):
        read_bytes(make_scanned_pdf(LINES[:2]), "scan.pdf", ocr=False)


@pytest.mark.skipif(ocr_mod.missing_reason() is not None, reason="tesseract-ocr-nld not installed")
def test_image_file_is_read_with_ocr():
    import io

    from PIL import Image, ImageDraw, ImageFont

    from pdfgen import FONT

    img = Image.new("L", (1400, 260), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 40)
    draw.text((40, 40), "Geachte heer, mijn klacht gaat over", fill=0, font=font)
    draw.text((40, 120), "de ontruiming van onze woning.", fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    doc = read_bytes(buf.getvalue(), "scan.png")
    assert doc.format == "ocr" and doc.metadata["ocr_paginas"] == ["1"]
    assert doc.text == "Geachte heer, mijn klacht gaat over de ontruiming van onze woning."
