"""Document kind per kind on real files and short written examples; the `lees` command;
`analyse` records carry what the reader knows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from klachtanalyse.read import discover, read_bytes, read_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path,kind", [
    ("rechtspraak/xml/ECLI_NL_RBMNE_2016_1780.xml", "uitspraak"),
    ("rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json", "uitspraak"),
    ("geschreven/lezen/rechtspraak-nl-pagina_ECLI_NL_RBNNE_2020_2511.txt", "uitspraak"),
    ("regelgeving/nationaal/Wet_gemeentelijke_schuldhulpverlening_BWBR0031331.md", "beleid"),
    ("regelgeving/nationaal/Gemeentewet_BWBR0005416.md", "beleid"),
    ("geschreven/lezen/beleidsregels-woonoverlast-zuiderhaven.cvdr.xml", "beleid"),
    ("geschreven/lezen/klachtbrief-utf8.txt", "klacht"),
    ("geschreven/lezen/klacht-cp1252-crlf.txt", "klacht"),
    ("rapporten/persbericht-nationale-ombudsman-2023-01-24.md", "rapport"),
    ("rechtspraak/INDEX.tsv", "onbekend"),
])
def test_kind_of_real_and_written_files(corpora, path, kind):
    assert read_file(corpora / path).kind == kind


@pytest.mark.parametrize("text,kind", [
    ("hallo, ik wil een klacht indienen. de woningbouw heeft ons huis ontruimd en mijn kinderen "
     "slapen nu bij mijn zus. niemand hielp ons. groetjes", "klacht"),
    ("Geachte mevrouw,\n\nWij zijn het niet eens met de ontruiming. Onze kinderen zijn 4 en 7.\n\nMet vriendelijke groet,\nfam. Jansen", "klacht"),
    ("RECHTBANK ROTTERDAM\nzaaknummer: 9876543 CV EXPL 22-1234\nvonnis van de kantonrechter\nin de zaak van\n"
     "Woonstad, eiseres,\ntegen\n[gedaagde], gedaagde.\n\nDe beslissing\nDe kantonrechter:\nontbindt de huurovereenkomst "
     "en veroordeelt gedaagde in de proceskosten.", "uitspraak"),
    ("Beleidsregel preventie huisuitzettingen\n\nHet college van burgemeester en wethouders besluit vast te stellen:\n\n"
     "Artikel 1 Begripsbepalingen\nIn deze beleidsregel wordt verstaan onder...\n\nArtikel 2 Doel\n...\n\n"
     "Artikel 3 Inwerkingtreding\nDeze beleidsregel treedt in werking op 1 januari 2023.", "beleid"),
    ("Persbericht\n\nDe Nationale ombudsman en de Kinderombudsman publiceren vandaag hun rapport over huisuitzettingen. "
     "In het onderzoek doen zij aanbevelingen aan gemeenten.", "rapport"),
    ("Beleidsnotitie vroegsignalering huurachterstanden\n\nHet college hanteert de volgende werkwijze. Bij een "
     "huurachterstand van twee maanden neemt de gemeente contact op met het huishouden. De burgemeester kan "
     "een gezin met kinderen doorverwijzen naar het wijkteam.", "beleid"),
    ("Beste,\n\nNamens mevrouw Bakker dien ik een klacht in over de gang van zaken rond de huisuitzetting. "
     "Zij heeft drie kinderen en er is geen opvang geregeld.\n\nMet vriendelijke groet,\nmaatschappelijk werker", "klacht"),
    ("Gespreksverslag: klaagster geeft aan dat de woningcorporatie haar niet heeft gewaarschuwd voor de ontruiming. "
     "Zij beklaagt zich erover dat niemand naar haar kinderen heeft gevraagd.", "klacht"),
    ("Boodschappenlijst: melk, brood, kaas.", "onbekend"),
    # complaint-side texts too short or too plain to collect 3 points, with nothing of another kind
    ("[08:14] Sanne: ze staan hier met de deurwaarder\n[08:15] Sanne: waar moeten we vannacht heen met de kids??",
     "klacht"),
    ("Tel. intake 23-08. Mw. geeft aan dat zij de brief over de ontruiming niet begreep. Twee kinderen (4, 9).", "klacht"),
    # a lawyer's filing opens with its addressee: a party's document, not a ruling
    ("Aan de kantonrechter te Utrecht\n\nConclusie van antwoord, zaaknummer 9988776 CV EXPL 22-5511\nEiseres: "
     "Stichting Woonwaard\nGedaagde: mevrouw J. de Vries\n\n1. Gedaagde erkent de huurachterstand, maar verzoekt de "
     "kantonrechter de ontbinding af te wijzen gelet op de belangen van haar drie minderjarige kinderen.", "klacht"),
    # while a ruling that names the defence in its history stays a ruling
    ("RECHTBANK UTRECHT\nzaaknummer: 9988776 CV EXPL 22-5511\nvonnis van de kantonrechter\n\n1. De procedure\n"
     "Het verloop blijkt uit de dagvaarding en de conclusie van antwoord.\n\n2. De beslissing\nDe kantonrechter "
     "ontbindt de huurovereenkomst en veroordeelt gedaagde in de proceskosten.", "uitspraak"),
])
def test_kind_of_short_written_examples(text, kind):
    assert read_bytes(text.encode("utf-8"), "x.txt").kind == kind


def test_discover_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".verborgen").mkdir()
    (tmp_path / ".verborgen" / "c.txt").write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == ["a.txt", "b/z.txt"]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "klachtanalyse", *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT)


def test_lees_shows_metadata_structure_and_marked_text():
    res = _run("lees", "corpora/rechtspraak/xml/ECLI_NL_RBAMS_2010_BO3979.xml")
    assert res.returncode == 0
    out = res.stdout
    assert "id        ECLI:NL:RBAMS:2010:BO3979\nsoort     uitspraak\nformaat   rechtspraak-xml" in out
    assert "  instantie: Rechtbank Amsterdam\n" in out and "  datum: 2010-09-07\n" in out
    assert "structuur 1 inhoudsindicatie, 4 secties, 14 genummerde alinea's, 1 beslissing" in out
    assert "[sectie: Beslissing] [beslissing: Beslissing]\nBeslissing" in out
    res = _run("lees", "--json", "corpora/geschreven/lezen/klachtbrief-utf8.txt")
    data = json.loads(res.stdout)
    assert data["kind"] == "klacht" and data["text"] == (ROOT / "corpora/geschreven/lezen/klachtbrief-utf8.txt").read_text()


def test_lees_bad_file_one_line_exit_1(tmp_path):
    (tmp_path / "nep.pdf").write_text("geen pdf")
    res = _run("lees", str(tmp_path / "nep.pdf"))
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr.strip().endswith("bestand heet .pdf maar is geen PDF (inhoud: tekst); verkeerde extensie of beschadigd")
    assert _run("lees", str(tmp_path / "bestaat-niet.txt")).returncode == 2


def test_analyse_records_carry_reader_metadata(analysed):
    records = {Path(r["source"]).name: r for r in analysed if "vijandig" not in r["source"]}
    r = records["ECLI_NL_GHSHE_2007_BA4609.xml"]
    assert (r["id"], r["kind"], r["status"]) == ("ECLI:NL:GHSHE:2007:BA4609", "uitspraak", "ok")
    assert r["metadata"]["instantie"] == "Gerechtshof 's-Hertogenbosch" and r["metadata"]["datum"] == "2007-01-30"
    assert records["klachtbrief-utf8.txt"]["kind"] == "klacht"
    assert records["beleidsregels-woonoverlast-zuiderhaven.cvdr.xml"]["kind"] == "beleid"
    assert all(r["status"] == "ok" for r in records.values())
    assert len(records) == 5 + 8  # edge cases + written examples (incl. README.md)


def test_segments_are_trimmed_and_inside_the_text_for_every_corpus_file(corpora):
    for path in discover([corpora]):
        doc = read_file(path)
        for seg in doc.segments:
            piece = doc.text[seg.start:seg.end]
            assert 0 <= seg.start < seg.end <= len(doc.text) and piece == piece.strip(), (path.name, seg)
