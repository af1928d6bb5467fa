"""`klachtanalyse download rechtspraak` against the local replay server (tests/download/conftest.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from klachtanalyse.cli.main import main
from klachtanalyse.download import rechtspraak
from klachtanalyse.download._http import DownloadError, PoliteClient
from klachtanalyse.read import read_file


def cli(server, tmp_path: Path, *extra: str) -> int:
    return main([
        "download", "rechtspraak", "--vanaf", "2010-01-01", "--tot", "2016-12-31",
        "--naar", str(tmp_path), "--wacht", "0", "--basis-url", server.url, *extra,
    ])


def test_search_words_select_rulings_and_files_are_the_real_xml(server, tmp_path, capsys):
    """Only the feed entries whose title or inhoudsindicatie has the words are fetched."""
    assert cli(server, tmp_path, "--zoek", "ontruiming") == 0
    files = sorted(p.name for p in tmp_path.glob("*.xml"))
    # BZ8755 (schorsing ontruimingsvonnis) and BW5018 (ontruiming loods) in 2010-2016
    assert files == ["ECLI_NL_GHSHE_2013_BZ8755.xml", "ECLI_NL_RBALK_2012_BW5018.xml"]
    real = next(d for d in server.docs if d["ecli"] == "ECLI:NL:GHSHE:2013:BZ8755")
    assert (tmp_path / files[0]).read_bytes() == real["bytes"]
    assert read_file(tmp_path / files[0]).metadata["ecli"] == "ECLI:NL:GHSHE:2013:BZ8755"
    err = capsys.readouterr().err
    assert "passen bij de zoekwoorden" in err and "klaar: 2 nieuw" in err
    assert capsys.readouterr().out == ""  # progress goes to stderr only
    index = (tmp_path / "gevonden.tsv").read_text(encoding="utf-8").splitlines()
    assert index[0].split("\t")[:3] == ["ecli", "bestand", "zoekwoorden"]
    assert len(index) == 3


def test_all_words_of_one_query_must_match_and_queries_are_alternatives(server, tmp_path):
    assert cli(server, tmp_path, "--zoek", "ontruiming", "schuldsaneringsregeling", "--zoek", "bestemmingsplan") == 0
    assert {p.name for p in tmp_path.glob("*.xml")} == {"ECLI_NL_GHSHE_2013_BZ8755.xml", "ECLI_NL_RVS_2015_3394.xml"}


def test_instantie_is_sent_as_creator(server, tmp_path):
    assert cli(server, tmp_path, "--zoek", "ontruiming", "--instantie", "RBALK") == 0
    assert [p.name for p in tmp_path.glob("*.xml")] == ["ECLI_NL_RBALK_2012_BW5018.xml"]
    search = [h for h in server.hits if h.startswith("/uitspraken/zoeken")][0]
    assert "creator=http%3A%2F%2Fstandaarden.overheid.nl%2Fowms%2Fterms%2FRechtbank_Alkmaar" in search


def test_paging_through_the_feed(server, tmp_path, monkeypatch):
    monkeypatch.setattr(rechtspraak, "PAGE", 3)
    assert cli(server, tmp_path, "--zoek", "e") == 0  # a letter: every ruling with a summary
    searches = [h for h in server.hits if h.startswith("/uitspraken/zoeken")]
    in_range = [d for d in server.docs if "2010-01-01" <= d["date"] <= "2016-12-31"]
    assert len(searches) == -(-len(in_range) // 3) + (len(in_range) % 3 == 0)
    assert "from=3" in searches[1]


def test_rerun_fetches_nothing_twice(server, tmp_path, capsys):
    assert cli(server, tmp_path, "--zoek", "ontruiming") == 0
    before = len(server.hits)
    assert cli(server, tmp_path, "--zoek", "ontruiming") == 0
    assert server.hits[before:] == []  # search finished and both files present: no request at all
    assert "0 nieuw, 2 al aanwezig" in capsys.readouterr().err


def test_interrupted_run_resumes_search_page_and_partial_file(server, tmp_path, monkeypatch):
    monkeypatch.setattr(rechtspraak, "PAGE", 3)
    # a first run that stopped during the download of BZ8755: the search was done, half a file is there
    assert cli(server, tmp_path, "--zoek", "ontruiming", "--max", "0") == 0
    real = next(d for d in server.docs if d["ecli"] == "ECLI:NL:GHSHE:2013:BZ8755")["bytes"]
    (tmp_path / "ECLI_NL_GHSHE_2013_BZ8755.xml.part").write_bytes(real[:5000])
    state = json.loads((tmp_path / ".rechtspraak-download.json").read_text())
    assert state["klaar_met_zoeken"] is True
    hits = len(server.hits)
    assert cli(server, tmp_path, "--zoek", "ontruiming") == 0
    assert not any(h.startswith("/uitspraken/zoeken") for h in server.hits[hits:])  # search not repeated
    assert server.range_requests == ["ECLI:NL:GHSHE:2013:BZ8755"]
    assert (tmp_path / "ECLI_NL_GHSHE_2013_BZ8755.xml").read_bytes() == real
    assert not list(tmp_path.glob("*.part"))


def test_retries_on_server_errors(server, tmp_path, capsys):
    server.fail["ECLI:NL:RBALK:2012:BW5018"] = 2
    assert cli(server, tmp_path, "--zoek", "ontruiming") == 0
    assert (tmp_path / "ECLI_NL_RBALK_2012_BW5018.xml").exists()
    assert "(2 herhaald)" in capsys.readouterr().err


def test_a_ruling_that_keeps_failing_is_reported_and_the_run_completes(server, tmp_path, capsys):
    server.fail["ECLI:NL:RBALK:2012:BW5018"] = 99
    assert cli(server, tmp_path, "--zoek", "ontruiming", "--pogingen", "1") == 0
    err = capsys.readouterr().err
    assert "1 mislukt" in err and "ECLI:NL:RBALK:2012:BW5018" in err
    assert (tmp_path / "ECLI_NL_GHSHE_2013_BZ8755.xml").exists()


def test_known_eclis_directly(server, tmp_path):
    assert main(["download", "rechtspraak", "--ecli", "ECLI:NL:RBALK:2012:BW5018", "--naar", str(tmp_path),
                 "--wacht", "0", "--basis-url", server.url]) == 0
    assert [p.name for p in tmp_path.glob("*.xml")] == ["ECLI_NL_RBALK_2012_BW5018.xml"]


def test_ecli_list_from_a_tsv(server, tmp_path):
    lst = tmp_path / "lijst.tsv"
    lst.write_text("identifier\taddress\nECLI:NL:RBALK:2012:BW5018\thttps://...\nCVDR1:Aalten\tx\n", encoding="utf-8")
    out = tmp_path / "uit"
    assert main(["download", "rechtspraak", "--ecli-lijst", str(lst), "--naar", str(out),
                 "--wacht", "0", "--basis-url", server.url]) == 0
    assert [p.name for p in out.glob("*.xml")] == ["ECLI_NL_RBALK_2012_BW5018.xml"]


@pytest.mark.parametrize("args, message", [
    (["--naar", "x"], "geef --vanaf"),
    (["--vanaf", "2022-02-01", "--tot", "2022-01-01", "--zoek", "a", "--naar", "x"], "--tot ligt voor --vanaf"),
    (["--vanaf", "2022-01-01", "--naar", "x"], "geef --zoek"),
    (["--ecli", "ECLI:NL:FOUT", "--naar", "x"], "geen geldige ECLI"),
    (["--vanaf", "2022-01-01", "--zoek", "a", "--naar", "x", "--wacht", "0"], "--wacht moet minstens"),
])
def test_bad_arguments_exit_2_with_one_line(args, message, capsys):
    assert main(["download", "rechtspraak", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


def test_regelgeving_says_so_until_it_exists(capsys):
    code = main(["download", "regelgeving", "--zoek", "damocles", "--naar", "x"])
    err = capsys.readouterr().err.strip()
    try:
        import klachtanalyse.download.regelgeving  # noqa: F401
    except ModuleNotFoundError:
        assert code == 2 and err == "klachtanalyse download: download regelgeving is nog niet beschikbaar in deze versie"


def test_rate_limit_waits_between_requests(server):
    slept: list[float] = []
    now = [0.0]
    client = PoliteClient(interval=1.5, sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)), clock=lambda: now[0])
    for _ in range(3):
        client.get(server.url + "/uitspraken/zoeken", {"max": "1"})
    assert slept == [1.5, 1.5]


def test_no_connection_is_one_line():
    client = PoliteClient(interval=0, retries=1, backoff=0, timeout=2)
    with pytest.raises(DownloadError) as err:
        client.get("http://127.0.0.1:9/uitspraken/zoeken")
    assert "geen verbinding" in str(err.value) and "\n" not in str(err.value)
