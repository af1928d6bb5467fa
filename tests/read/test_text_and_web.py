"""Plain text (encodings, line ends, offsets back to the source) and rulings saved from the
rechtspraak.nl website as text or HTML; the JSON and CSV files of the corpus."""

from __future__ import annotations

from klachtanalyse.read import read_bytes, read_file

LEZEN = "geschreven/lezen"


def test_utf8_text_comes_back_byte_for_byte(corpora, tmp_path):
    path = corpora / LEZEN / "klachtbrief-utf8.txt"
    doc = read_file(path)
    assert doc.text.encode("utf-8") == path.read_bytes()
    assert doc.source_offsets is None and doc.metadata["encoding"] == "utf-8"
    odd = "regel één\n\n\n  ingesprongen € 3.250,50\t\neinde zonder newline"
    (tmp_path / "x.txt").write_bytes(odd.encode("utf-8"))
    assert read_file(tmp_path / "x.txt").text == odd


def test_cp1252_with_crlf_is_decoded_and_mapped_back(corpora):
    path = corpora / LEZEN / "klacht-cp1252-crlf.txt"
    doc = read_file(path)
    assert doc.metadata["encoding"] == "cp1252"
    assert "\r" not in doc.text and "€ 1.200" in doc.text and "fam. Öztürk" in doc.text
    source = path.read_bytes().decode("cp1252")
    for word in ("deurwaarder", "wijkteam", "Öztürk", "mijn klacht"):
        pos = doc.text.index(word)
        start = doc.to_source(pos)
        assert source[start:start + len(word)] == word


def test_latin1_and_utf16_and_bom():
    latin = "Geachte heer, ik woon in Zuid-Holland. Dit is één brief.".encode("latin-1")
    doc = read_bytes(latin, "brief.txt")
    assert doc.metadata["encoding"] == "latin-1" and "één" in doc.text
    doc = read_bytes("Geachte mevrouw, één klacht.".encode("utf-16"), "brief.txt")
    assert doc.text == "Geachte mevrouw, één klacht."
    doc = read_bytes(b"\xef\xbb\xbfGeachte heer,\n", "brief.txt")
    assert doc.text == "Geachte heer,\n" and doc.metadata["encoding"] == "utf-8-sig"


def test_rechtspraak_website_text(corpora):
    doc = read_file(corpora / LEZEN / "rechtspraak-nl-pagina_ECLI_NL_RBNNE_2020_2511.txt")
    assert doc.text.encode() == (corpora / LEZEN / "rechtspraak-nl-pagina_ECLI_NL_RBNNE_2020_2511.txt").read_bytes()
    assert doc.format == "rechtspraak-web" and doc.kind == "uitspraak" and doc.id == "ECLI:NL:RBNNE:2020:2511"
    md = doc.metadata
    assert (md["instantie"], md["datum"], md["datum_publicatie"]) == ("Rechtbank Noord-Nederland", "2020-07-17", "2020-07-20")
    assert md["zaaknummers"] == ["LEE 20/1800"] and md["rechtsgebieden"] == ["Bestuursrecht"]
    assert md["procedure"] == ["Voorlopige voorziening"]
    assert md["inhoudsindicatie"].startswith("Woningsluiting op grond van artikel 13B Opiumwet")
    (header,) = doc.segments_of("header")
    assert doc.text[header.start:header.end].startswith("ECLI:NL:RBNNE:2020:2511\nInstantie\nRechtbank Noord-Nederland")
    assert doc.text[header.end:].startswith("\nRECHTBANK NOORD-NEDERLAND")
    assert [s.label for s in doc.segments_of("section")] == ["Procesverloop", "Overwegingen", "Beslissing"]
    labels = [s.label for s in doc.segments_of("paragraph")]
    assert labels == ["1", "2.1", "2.2", "2.3", "3", "4", "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2",
                      "7.1", "7.2", "8", "9", "10"]
    (besl,) = doc.segments_of("beslissing")
    assert doc.text[besl.start:besl.end].startswith("Beslissing\nDe voorzieningenrechter:\nwijst het verzoek")


def test_rechtspraak_website_html_gives_the_same_metadata(corpora):
    txt = read_file(corpora / LEZEN / "rechtspraak-nl-pagina_ECLI_NL_RBNNE_2020_2511.txt")
    doc = read_file(corpora / LEZEN / "rechtspraak-nl-pagina_ECLI_NL_RBNNE_2020_2511.html")
    assert doc.format == "rechtspraak-web" and doc.kind == "uitspraak"
    for key in ("ecli", "instantie", "datum", "datum_publicatie", "zaaknummers", "rechtsgebieden", "procedure",
                "inhoudsindicatie"):
        assert doc.metadata[key] == txt.metadata[key], key
    assert "tracking" not in doc.text and "Home" not in doc.text  # script and navigation dropped
    assert [s.label for s in doc.segments_of("paragraph")] == [s.label for s in txt.segments_of("paragraph")]
    assert len(doc.segments_of("beslissing")) == 1


def test_json_row_and_json_ld(corpora):
    doc = read_file(corpora / "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json")
    assert doc.format == "rechtspraak-json" and doc.kind == "uitspraak" and doc.id == "ECLI:NL:RBNNE:2020:2511"
    assert doc.metadata["datum"] == "2020-07-17" and doc.metadata["procedure"] == ["Voorlopige voorziening"]
    assert doc.text.startswith("RECHTBANK NOORD-NEDERLAND\nZittingsplaats Groningen")
    assert len(doc.segments_of("beslissing")) == 1
    ld = read_file(corpora / "rechtspraak/json_derived/ECLI_NL_RBZWB_2016_1440.json")
    assert ld.metadata["instantie"] == "Rechtbank Zeeland-West-Brabant"
    assert ld.metadata["zaaknummers"] == ["AWB - 15 _ 5561_5562_6430"]
    assert ld.metadata["procedure"] == ["eersteAanlegEnkelvoudig"]
    assert ld.segments_of("inhoudsindicatie") and ld.warnings


def test_tables_are_read_but_not_given_a_kind(corpora):
    doc = read_file(corpora / "rechtspraak/csv/prijsdf_sample_cases_content.csv")
    assert doc.format == "tabel" and doc.kind == "onbekend"
    assert doc.text.encode() == (corpora / "rechtspraak/csv/prijsdf_sample_cases_content.csv").read_bytes()


def test_twenty_real_rulings_as_plain_text_kind_and_decision(corpora):
    """The 20 full texts of the CSV dump (2020-2021, civil, criminal, administrative, Caribbean
    courts), paragraphs on their own lines as a text export has them."""
    import csv

    csv.field_size_limit(10**9)
    with open(corpora / "rechtspraak/csv/prijsdf_sample_cases_content.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 20
    starts = {}
    for row in rows:
        doc = read_bytes(row["description"].replace("|", "\n").encode("utf-8"), "uitspraak.txt")
        assert doc.kind == "uitspraak", row["identifier"]
        (besl,) = doc.segments_of("beslissing")
        starts[row["identifier"]] = doc.text[besl.start:besl.end].split("\n")[:2]
    assert starts["ECLI:NL:GHAMS:2021:525"] == ["Beslissing", "Het hof:"]
    assert starts["ECLI:NL:RBMNE:2020:2628"] == ["De beslissing", "De kantonrechter:"]
    assert starts["ECLI:NL:CRVB:2020:3402"][0] == "BESLISSING"
    assert starts["ECLI:NL:OGHACMB:2020:266"] == ["B E S L I S S I N G", "Het Hof:"]
    assert starts["ECLI:NL:RVS:2021:438"] == ["Beslissing", "De Afdeling bestuursrechtspraak van de Raad van State:"]
