"""rechtspraak.nl open-data XML: every variant in corpora/rechtspraak, exact values."""

from __future__ import annotations

import pytest

from klachtanalyse.read import read_file

XML_DIRS = ("xml", "xml_edge_cases", "xml_annotated")


def all_xml(corpora):
    return sorted(p for d in XML_DIRS for p in (corpora / "rechtspraak" / d).glob("*.xml"))


def test_every_rechtspraak_xml_reads_with_valid_structure(corpora):
    files = all_xml(corpora)
    assert len(files) == 33
    for path in files:
        doc = read_file(path)
        assert doc.kind == "uitspraak" and doc.format == "rechtspraak-xml"
        assert doc.id == doc.metadata["ecli"] == path.stem.replace("_", ":")
        assert doc.metadata["instantie"] and doc.metadata["datum"]
        for seg in doc.segments:
            assert 0 <= seg.start < seg.end <= len(doc.text), (path.name, seg)
            assert doc.text[seg.start:seg.end].strip() == doc.text[seg.start:seg.end], (path.name, seg)


def test_metadata_of_a_tussenuitspraak(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_RBMNE_2016_1780.xml")
    md = doc.metadata
    assert md["ecli"] == "ECLI:NL:RBMNE:2016:1780"
    assert md["instantie"] == "Rechtbank Midden-Nederland"
    assert md["datum"] == "2016-03-25"
    assert md["datum_publicatie"] == "2016-04-01"
    assert md["zaaknummers"] == ["AWB - 14 _ 5548"]
    assert md["rechtsgebieden"] == ["Bestuursrecht"]
    assert md["procedure"] == ["Eerste aanleg - meervoudig", "Tussenbeschikking"]
    assert md["zittingsplaats"] == "Utrecht"
    assert md["titel"] == "ECLI:NL:RBMNE:2016:1780 Rechtbank Midden-Nederland , 25-03-2016 / AWB - 14 _ 5548"
    assert md["inhoudsindicatie"].startswith("Wob rijkbrede fraude\n\nWob, artikel 11 van de Wob")
    inh = doc.segments_of("inhoudsindicatie")[0]
    assert inh.start == 0 and doc.text[inh.start:inh.end] == md["inhoudsindicatie"]


def test_wetsverwijzingen_and_rechtsgebieden_lists(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_CBB_2000_AA9101.xml")
    assert doc.metadata["wetsverwijzingen"] == [
        "Algemene wet bestuursrecht 3:4",
        "Algemene wet bestuursrecht 7:13",
        "Besluit bescherming tegen bepaalde zoönosen en bestrijding besmettelijke dierziekten",
        "Gezondheids- en welzijnswet voor dieren 86",
    ]
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_CRVB_2013_1886.xml")
    assert doc.metadata["rechtsgebieden"] == ["Bestuursrecht", "Socialezekerheidsrecht"]


def test_sections_numbered_paragraphs_and_the_decision(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_GHSHE_2014_1641.xml")
    sections = [s.label for s in doc.segments_of("section")]
    assert sections == ["1 Het geding in eerste aanleg (zaaknr. 362767/CV EXPL 13-228)", "2 Het geding in hoger beroep",
                        "3 De gronden van het hoger beroep", "4 De beoordeling", "5 De uitspraak"]
    paras = [s.label for s in doc.segments_of("paragraph")]
    assert paras[:4] == ["4.1", "4.1.1", "4.1.2", "4.1.3"] and "4.16" in paras
    p = next(s for s in doc.segments_of("paragraph") if s.label == "4.1.1")
    assert doc.text[p.start:p.end].startswith("4.1.1. [appellant], geboren op [geboortedatum] 1949")
    # a paragroup whose number stands before a parablock keeps number and text together
    p = next(s for s in doc.segments_of("paragraph") if s.label == "4.1.6")
    assert doc.text[p.start:p.end].startswith("4.1.6. Op 2 maart 2012")
    (besl,) = doc.segments_of("beslissing")
    assert besl.label == "5 De uitspraak"
    assert doc.text[besl.start:besl.end].startswith("5 De uitspraak\n\nHet hof:\n\nlaat [appellant] toe")
    assert doc.text[besl.start:besl.end].endswith("in het openbaar uitgesproken door de rolraadsheer op 3 juni 2014.")
    (header,) = doc.segments_of("header")
    assert doc.text[header.start:header.end].startswith("GERECHTSHOF ’s-HERTOGENBOSCH\n\nAfdeling civiel recht")


def test_section_role_beslissing(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_RBAMS_2010_BO3979.xml")
    (besl,) = doc.segments_of("beslissing")
    assert besl.label == "Beslissing" and besl.end == len(doc.text)
    assert "De rechtbank" in doc.text[besl.start:besl.end]


def test_old_hoge_raad_inline_decision(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_HR_1995_AA1575.xml")
    (besl,) = doc.segments_of("beslissing")
    assert doc.text[besl.start:besl.end].startswith("5. Beslissing De Hoge Raad verwerpt het beroep.")


def test_linebreak_processing_instructions_and_paragraph_numbers_in_para(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_RBMNE_2016_1780.xml")
    labels = [s.label for s in doc.segments_of("paragraph")]
    assert labels[:5] == ["1", "2", "3", "4", "5"]
    p1 = doc.segments_of("paragraph")[0]
    assert doc.text[p1.start:p1.end].startswith("1. Verweerder heeft in eerste aanleg 62 documenten gevonden")
    assert "Algemeen\n\n1. Verweerder" in doc.text  # <?linebreak?> after the underlined heading


@pytest.mark.parametrize("name", ["ECLI_NL_GHAMS_2007_AZ8310", "ECLI_NL_GHAMS_2007_BC1110", "ECLI_NL_GHARN_2007_53",
                                  "ECLI_NL_RBAMS_2007_YB0083"])
def test_metadata_only_edge_cases(corpora, name):
    doc = read_file(corpora / f"rechtspraak/xml_edge_cases/{name}.xml")
    assert doc.text == "" and doc.segments == []
    assert doc.warnings == ["alleen metadata: het bestand bevat geen uitspraaktekst"]


def test_edge_case_values(corpora):
    no_zaaknr = read_file(corpora / "rechtspraak/xml_edge_cases/ECLI_NL_GHAMS_2007_BC1110.xml")
    assert no_zaaknr.metadata["zaaknummers"] == []
    replaced = read_file(corpora / "rechtspraak/xml_edge_cases/ECLI_NL_RBAMS_2007_YB0083.xml")
    assert replaced.metadata["vervangen_door"] == "ECLI:NL:TGDKG:2007:1"
    no_subject = read_file(corpora / "rechtspraak/xml_edge_cases/ECLI_NL_GHAMS_2007_AZ8310.xml")
    assert no_subject.metadata["rechtsgebieden"] == []
    arn = read_file(corpora / "rechtspraak/xml_edge_cases/ECLI_NL_GHARN_2007_53.xml")
    assert arn.metadata["rechtsgebieden"] == ["Bestuursrecht", "Belastingrecht"]
    assert arn.metadata["zaaknummers"] == ["04-01606"]


def test_annotated_variant_reads_its_numbers(corpora):
    doc = read_file(corpora / "rechtspraak/xml_annotated/ECLI_NL_RBALK_2012_BW5018.xml")
    first = doc.segments_of("paragraph")[0]
    assert first.label == "1.1"
    assert doc.text[first.start:first.end] == ("1.1 De Vlietlanden exploiteert en beheert een gelijknamig "
                                               "recreatie(bungalow)park te Wervershoof, gemeente Medemblik.")


def test_conclusie_body_and_footnotes(corpora):
    doc = read_file(corpora / "rechtspraak/xml/ECLI_NL_PHR_2014_2.xml")
    notes = [s for s in doc.segments_of("section") if s.label == "Voetnoten"]
    assert len(notes) == 1 and doc.text[notes[0].start:].startswith("[1] ")
    assert doc.metadata["type"] == "Conclusie"
