"""Word files and e-mails with attachments (read recursively, offsets into the parent)."""

from __future__ import annotations

import pytest

from klachtanalyse.read import ReadError, read_bytes, read_file
from makefiles import LETTER, make_docx, make_eml, make_nested_eml, make_raw_nested_eml
from pdfgen import make_ruling_pdf


@pytest.fixture(scope="module")
def ruling_text(corpora) -> str:
    return read_file(corpora / "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json").text


def test_docx_headings_paragraphs_tables(ruling_text):
    paras = [(ln, None) for ln in ruling_text.split("\n")[:40]]
    paras.insert(10, ("Procesverloop", "Heading 1"))
    data = make_docx(paras, table=[["Post", "Bedrag"], ["Huurachterstand", "€ 3.250,50"]], title="Uitspraak vovo")
    doc = read_bytes(data, "uitspraak.docx")
    assert doc.format == "docx" and doc.kind == "uitspraak"
    assert doc.metadata["titel"] == "Uitspraak vovo"
    assert doc.text.startswith("RECHTBANK NOORD-NEDERLAND\n\nZittingsplaats Groningen")
    assert "Post | Bedrag\nHuurachterstand | € 3.250,50" in doc.text
    (sec,) = doc.segments_of("section")
    assert sec.label == "Procesverloop" and doc.text[sec.start:].startswith("Procesverloop\n\n")


def test_docx_letter_is_a_klacht():
    data = make_docx([(p, None) for p in LETTER.split("\n\n")])
    doc = read_bytes(data, "brief.docx")
    assert doc.kind == "klacht"
    assert "Niemand heeft met mijn kinderen gesproken" in doc.text


def test_eml_with_attachments_one_document_each_and_offsets_in_the_parent(ruling_text):
    pdf = make_ruling_pdf(ruling_text.split("\n")[:30])
    docx = make_docx([("Aanvullende informatie over mijn situatie: wij wonen nu bij mijn moeder.", None)])
    inner = make_eml("Eerder bericht van mij aan de gemeente.", [("oud.txt", "Oude brief over de woning.".encode(), "text/plain")])
    data = make_eml("Geachte ombudsman,\n\nZie de bijlagen bij mijn klacht.\n\nMet vriendelijke groet,\nS. de Vries\n",
                    [("uitspraak.pdf", pdf, "application/pdf"), ("brief.docx", docx,
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], nested=inner)
    doc = read_bytes(data, "klacht.eml")
    assert doc.format == "eml" and doc.kind == "klacht"
    assert doc.metadata["onderwerp"] == "Klacht over ontruiming" and doc.metadata["datum_verzonden"] == "2022-03-14"
    assert [a.source.split("#", 1)[1] for a in doc.attachments] == ["uitspraak.pdf", "brief.docx", "doorgestuurd.eml"]
    # the forwarded mail is the complainant's own ("Eerder bericht van mij aan de gemeente"): nothing
    # in it speaks for a ruling, regulation or report, so it counts as complaint-side
    assert [a.kind for a in doc.attachments] == ["uitspraak", "klacht", "klacht"]
    for att in doc.attachments:
        assert att.parent_id == doc.id
        assert doc.text[att.offset_in_parent:att.offset_in_parent + len(att.text)] == att.text
    segs = doc.segments_of("attachment")
    assert [s.label for s in segs] == ["uitspraak.pdf", "brief.docx", "doorgestuurd.eml", "oud.txt"]
    nested = doc.attachments[2]
    assert [a.source.rsplit("#", 1)[1] for a in nested.attachments] == ["oud.txt"]
    assert doc.text.index("Oude brief over de woning.") > nested.offset_in_parent
    # the attachment's structure is also there in the parent's coordinates
    assert any(s.kind == "page" and s.start >= doc.attachments[0].offset_in_parent for s in doc.segments)


def test_unreadable_attachment_is_a_warning_not_an_error():
    data = make_eml("Geachte heer, mijn klacht staat in de bijlage.", [("kapot.pdf", b"%PDF-1.4 kapot", "application/pdf")])
    doc = read_bytes(data, "klacht.eml")
    assert doc.attachments == []
    assert doc.warnings == ["bijlage kapot.pdf: PDF is beschadigd of afgebroken: kan niet geopend worden"]


def test_nesting_limits():
    doc = read_bytes(make_nested_eml(4), "vier.eml")
    depth, d = 0, doc
    while d.attachments:
        d, depth = d.attachments[0], depth + 1
    assert depth == 4 and d.text == "Binnenste bericht."
    with pytest.raises(ReadError, match="te diep genest: meer dan 5 niveaus"):
        read_bytes(make_nested_eml(8), "acht.eml")
    with pytest.raises(ReadError, match="te veel onderdelen"):
        read_bytes(make_raw_nested_eml(3000), "diep.eml")


def test_junk_msg_is_an_error():
    with pytest.raises(ReadError, match="msg|MSG"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "bericht.msg")


def test_outlook_msg_with_attachment_and_embedded_message():
    from makefiles import make_msg

    data = make_msg("Klacht over ontruiming", LETTER, [("aanvulling.txt", "Wij wonen nu bij mijn moeder.".encode())],
                    embedded=("Eerder bericht", "Geachte heer, mijn eerdere klacht over de woning is nooit beantwoord."))
    doc = read_bytes(data, "klacht.msg")
    assert (doc.format, doc.kind) == ("msg", "klacht")
    assert doc.metadata["onderwerp"] == "Klacht over ontruiming" and doc.metadata["van"] == "S. de Vries"
    assert doc.text.startswith("Geachte heer, mevrouw,\n\nHierbij wil ik een klacht indienen")
    names = [a.source.rsplit("#", 1)[1] for a in doc.attachments]
    assert names == ["aanvulling.txt", "doorgestuurd.msg"]
    embedded = doc.attachments[1]
    assert embedded.format == "msg" and embedded.metadata["onderwerp"] == "Eerder bericht"
    for att in doc.attachments:
        assert att.parent_id == doc.id
        assert doc.text[att.offset_in_parent:att.offset_in_parent + len(att.text)] == att.text
