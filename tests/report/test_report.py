"""The HTML report and the Excel tables: self-contained, complete, pseudonymised."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import openpyxl

from klachtanalyse.aggregate import Result
from klachtanalyse.document import Evidence, Label, Record, empty_metadata
from klachtanalyse.report import write_report
from klachtanalyse.report.charts import plot_samenhang, svg

from conftest import PERSOONSGEGEVENS


def ruling_record() -> Record:
    """A ruling-shaped record with an ECLI, so the report links to rechtspraak.nl."""
    text = "De kantonrechter heeft niet onderzocht of er kinderen in de woning wonen."
    meta = empty_metadata()
    meta.update({"ecli": "ECLI:NL:RBAMS:2021:1234", "datum": "2021-05-04", "gemeente": ["Amsterdam"],
                 "grond": ["huurachterstand"], "uitkomst": "toegewezen"})
    q = "niet onderzocht of er kinderen in de woning wonen"
    s = text.index(q)
    return Record(id="ECLI:NL:RBAMS:2021:1234", source="uitspraken/ECLI_NL_RBAMS_2021_1234.xml", kind="uitspraak",
                  metadata=meta, text=text, labels=[Label("kinderen_onzichtbaar", 0.8, [Evidence(q, s, s + len(q))], "regels")])


def test_report_is_one_self_contained_page_with_charts_tables_and_quotes(tmp_path, records, stand_in):
    result = Result.from_records(records + [ruling_record()])
    out = write_report(result, tmp_path / "uit" / "rapport.html", pseudonymiser=stand_in)
    page = out.read_text(encoding="utf-8")
    # self-contained: nothing is loaded from anywhere
    assert "<script" not in page and " src=" not in page and "@import" not in page
    assert not re.search(r"url\((?!data:|#)", page)  # only references inside the page
    assert not re.search(r'<link(?![^>]*href="data:)', page)
    assert page.count('<svg class="ka-chart"') == 5
    for section in ("Samenvatting", "Grafieken", "Tabellen", "Citaten per thema", "Documenten", "Niet geanalyseerde bestanden", "Verantwoording"):
        assert f". {section}</h2>" in page
    assert page.count('<div class="thema" id="thema-') == 9
    assert "Van de 5 documenten (1 uitspraak en 4 klachten) noemen er 5 minstens één thema." in page
    # every quote with its reference; the ruling links to rechtspraak.nl
    assert "<mark>Wij hoorden pas twee dagen van tevoren dat de deurwaarder zou komen.</mark>" in page
    assert 'href="https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2021:1234"' in page
    assert "2021-05-04 &middot; Amsterdam &middot; ECLI:NL:RBAMS:2021:1234" in page
    assert "geen geldige PDF (bestand afgebroken)" in page
    # links to files are relative to the report and point at the real files
    for href in re.findall(r'href="([^"#][^"]*)"', page):
        if href.startswith(("https://uitspraken.rechtspraak.nl/", "data:")):
            continue
        if href.startswith("../") and "r0" in href:
            assert (out.parent / unquote(href)).resolve().exists(), href


def test_report_always_pseudonymises(tmp_path, records, stand_in):
    out = write_report(Result.from_records(records), tmp_path / "rapport.html", xlsx=tmp_path / "t.xlsx", pseudonymiser=stand_in)
    assert stand_in.seen == [r.id for r in records]
    page = out.read_text(encoding="utf-8")
    for original, placeholder in PERSOONSGEGEVENS.items():
        assert original not in page
    # a quote next to personal data is shown with the placeholder in its context
    assert "Met vriendelijke groet, [PERSOON-1] Telefoon [TELEFOON-1]" in page
    assert "Gepseudonimiseerd" in page
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    cells = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    assert "Fatima" not in cells and "[PERSOON-1]" in cells


def test_xlsx_has_every_table_and_every_quote(tmp_path, records, stand_in):
    result = Result.from_records(records)
    write_report(result, tmp_path / "r.html", xlsx=tmp_path / "tabellen.xlsx", pseudonymiser=stand_in)
    wb = openpyxl.load_workbook(tmp_path / "tabellen.xlsx")
    assert wb.sheetnames == ["Samenvatting", "Thema's", "Thema per soort", "Thema per jaar", "Thema per gemeente",
                             "Thema per grond", "Samenhang", "Documenten", "Bevindingen", "Citaten", "Fouten"]
    rows = list(wb["Thema per gemeente"].values)
    assert rows[0] == ("Thema", "Groningen", "Rotterdam", "Utrecht", "totaal")
    assert ("Welzijn kind", 1, 1, 1, 3) in rows
    citaten = list(wb["Citaten"].values)
    assert len(citaten) - 1 == 16
    header = citaten[0]
    assert {"document", "thema", "thema_naam", "citaat", "start", "end", "regel", "bron"} <= set(header)
    gem = [r[header.index("gemeente")] for r in citaten[1:]]
    assert "Utrecht" in gem  # lists are written as text


def test_report_of_an_empty_store_still_reads(tmp_path, stand_in):
    out = write_report(Result.from_records([]), tmp_path / "leeg.html", pseudonymiser=stand_in)
    page = out.read_text(encoding="utf-8")
    assert "Er zijn geen geanalyseerde documenten." in page
    assert page.count('<svg class="ka-chart"') == 5


def test_charts_have_unique_ids_and_dutch_labels(result):
    a, b = svg(plot_samenhang(result)), svg(plot_samenhang(result))
    ids_a, ids_b = set(re.findall(r'id="([^"]+)"', a)), set(re.findall(r'id="([^"]+)"', b))
    assert ids_a and not ids_a & ids_b  # two charts in one page must not share ids
    for ref in re.findall(r'url\(#([^)]+)\)', a):  # and every reference still finds its target
        assert ref in ids_a
    assert "Kinderen onzichtbaar" in a and "kinderen_onzichtbaar" not in a


def _store_with(tmp_path, records) -> Path:
    from klachtanalyse.store import Entry, Signature, Store

    sig = Signature("0.1.0", "test", "2026-11-27")
    db = tmp_path / "resultaten.duckdb"
    with Store(db) as store:
        run = store.start_run({"paths": ["corpora/geschreven/rapport"]}, sig, "serial", 1)
        store.write([Entry(r.source, r.id, 100, r) for r in records], run, sig)
    return db


def _cli(*args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "klachtanalyse", *args], capture_output=True, text=True, timeout=300)


def test_rapport_command_writes_html_and_xlsx_with_the_real_pseudonymiser(tmp_path, records):
    db = _store_with(tmp_path, records)
    out = _cli("rapport", "--store", str(db), "--out", str(tmp_path / "rapport.html"), "--xlsx", str(tmp_path / "tabellen.xlsx"))
    assert out.returncode == 0, out.stderr
    assert out.stdout == ""  # messages go to stderr
    assert "rapport geschreven" in out.stderr
    page = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    for original in PERSOONSGEGEVENS:
        assert original not in page, original
    assert "Met vriendelijke groet, [PERSOON-1] Telefoon [TELEFOON-1]" in page
    assert "[POSTCODE-1]" in page  # the intake note's address is replaced in a quote's context
    assert "De gemeente Utrecht zegt nu" in page and "de gemeente rotterdam zei" in page  # municipalities stay
    wb = openpyxl.load_workbook(tmp_path / "tabellen.xlsx")
    assert len(list(wb["Citaten"].values)) - 1 == 16


def test_rapport_command_filters_and_says_what_is_wrong_in_one_line(tmp_path, records):
    db = _store_with(tmp_path, records)
    out = _cli("rapport", "--store", str(db), "--out", str(tmp_path / "u.html"), "--gemeente", "Utrecht", "--vanaf", "2023")
    assert out.returncode == 0, out.stderr
    page = (tmp_path / "u.html").read_text(encoding="utf-8")
    assert "Van de 1 documenten (1 klacht) noemen er 1 minstens één thema." in page
    missing = _cli("rapport", "--store", str(tmp_path / "nergens.duckdb"), "--out", str(tmp_path / "x.html"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"klachtanalyse rapport: bestaat niet: {tmp_path / 'nergens.duckdb'}"
    bad = _cli("rapport", "--store", str(db), "--out", str(tmp_path / "x.html"), "--vanaf", "vorige week")
    assert bad.returncode == 2 and "onbekende datum voor vanaf" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_from_a_folder_to_a_report_in_two_commands(tmp_path):
    folder = Path(__file__).resolve().parents[2] / "corpora" / "geschreven" / "rapport"
    db = tmp_path / "r.duckdb"
    first = _cli("analyse", str(folder), "--store", str(db), "--out", str(tmp_path / "records.jsonl"))
    assert first.returncode == 0, first.stderr
    second = _cli("rapport", "--store", str(db), "--out", str(tmp_path / "rapport.html"))
    assert second.returncode == 0, second.stderr
    page = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert "Fatima el Amrani" not in page and "Paterswoldseweg" not in page
    assert page.count('<svg class="ka-chart"') == 5
