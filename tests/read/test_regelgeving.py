"""Municipal regulations (CVDR XML and HTML, gemeenteblad) and the national regulations."""

from __future__ import annotations

from klachtanalyse.read import read_file

LEZEN = "geschreven/lezen"
GRONDSLAGEN = ["artikel 174a van de Gemeentewet", "artikel 13b van de Opiumwet",
               "artikel 4:81 van de Algemene wet bestuursrecht"]


def test_cvdr_xml(corpora):
    doc = read_file(corpora / LEZEN / "beleidsregels-woonoverlast-zuiderhaven.cvdr.xml")
    assert (doc.format, doc.kind) == ("cvdr-xml", "beleid")
    md = doc.metadata
    assert md["titel"] == "Beleidsregels aanpak woonoverlast en ontruiming gezinnen Zuiderhaven 2023"
    assert md["gemeente"] == ["Zuiderhaven"]
    assert (md["datum"], md["datum_inwerkingtreding"]) == ("2023-03-28", "2023-04-01")
    assert md["grondslagen"] == GRONDSLAGEN
    assert [s.label for s in doc.segments_of("article")] == [f"Artikel {n}" for n in range(1, 6)]
    art3 = next(s for s in doc.segments_of("article") if s.label == "Artikel 3")
    assert doc.text[art3.start:art3.end].startswith("Artikel 3 Belang van het kind\n\n1. Voordat de burgemeester")
    assert "Hoofdstuk 2 Belangenafweging en alternatieve huisvesting" in [s.label for s in doc.segments_of("section")]
    assert "owmskern" not in doc.text and "CVDR999001_1" not in doc.text  # metadata is not text


def test_cvdr_html(corpora):
    doc = read_file(corpora / LEZEN / "beleidsregels-woonoverlast-zuiderhaven.cvdr.html")
    assert (doc.format, doc.kind) == ("regeling-html", "beleid")
    assert doc.metadata["gemeente"] == ["Zuiderhaven"] and doc.metadata["grondslagen"] == GRONDSLAGEN
    assert doc.metadata["datum_inwerkingtreding"] == "2023-04-01"
    assert [s.label for s in doc.segments_of("article")] == ["Artikel 1", "Artikel 2", "Artikel 3", "Artikel 4"]
    assert "Lokale regelgeving" not in doc.text  # navigation dropped


def test_gemeenteblad_xml(corpora):
    doc = read_file(corpora / LEZEN / "huisvestingsverordening-zuiderhaven.gemeenteblad.xml")
    assert (doc.format, doc.kind) == ("gemeenteblad-xml", "beleid")
    md = doc.metadata
    assert md["titel"] == "Huisvestingsverordening Zuiderhaven 2024" and md["gemeente"] == ["Zuiderhaven"]
    assert md["datum_inwerkingtreding"] == "2024-02-01"  # from "treedt in werking op 1 februari 2024"
    assert md["grondslagen"] == ["artikel 4 van de Huisvestingswet 2014"]
    assert [s.label for s in doc.segments_of("article")] == ["Artikel 1", "Artikel 2", "Artikel 3"]


def test_national_regulation_markdown_articles(corpora):
    doc = read_file(corpora / "regelgeving/nationaal/Huisvestingswet_2014_BWBR0035303.md")
    assert doc.kind == "beleid"
    arts = doc.segments_of("article")
    assert arts[0].label == "Artikel 1" and len(arts) == 53
    assert doc.text[arts[0].start:arts[0].end].startswith("### Artikel  1  \n\n1.  In deze wet")
    bw7 = read_file(corpora / "regelgeving/nationaal/BW_Boek7_BWBR0005290.md")
    assert "Artikel 231" in {s.label for s in bw7.segments_of("article")}
