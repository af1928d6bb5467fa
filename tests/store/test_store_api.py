"""The Store as the report and notebooks use it: records in, the same records out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from klachtanalyse.document import Evidence, Label, Record
from klachtanalyse.store import Entry, Signature, Store, StoreError

CORPORA = Path("/work/shared/corpora") if Path("/work/shared/corpora").exists() else Path(__file__).parents[2] / "corpora"
RULING = CORPORA / "rechtspraak/xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml"
SIG = Signature("0.1.0", "regels", "2026-11-27")


def ruling_record() -> Record:
    """A record over a real ruling (huurachterstand, ontbinding, schorsing ontruiming)."""
    text = RULING.read_text(encoding="utf-8")
    start = text.index("huurachterstand bestaat")
    end = start + len("huurachterstand bestaat")
    rec = Record(id="ECLI:NL:GHSHE:2013:BZ8755", source=str(RULING), kind="uitspraak", text=text)
    rec.metadata.update({"ecli": "ECLI:NL:GHSHE:2013:BZ8755", "instantie": "Gerechtshof 's-Hertogenbosch",
                         "gemeente": [], "grond": ["huurachterstand"], "huurachterstand_eur": 3250.5})
    rec.labels = [
        Label("schulden_huurachterstand", 0.91, [Evidence(text[start:end], start, end, "huurachterstand.r1")], "regels"),
        Label("ontruiming_zonder_alternatief", 0.62, [], "textcat"),
    ]
    rec.extra = {"format": "rechtspraak-xml", "pipeline_version": "0.1.0"}
    return rec


def test_a_stored_record_comes_back_whole_with_its_provenance(tmp_path):
    rec = ruling_record()
    with Store(tmp_path / "r.duckdb") as store:
        run = store.start_run({"paths": ["x"]}, SIG, "serial", 1)
        store.write([Entry("/data/a.xml", "sha256:aa", 100, rec, 0.2)], run, SIG)
        (back,) = list(store.iter_records())
        assert back == rec  # labels keep their source, evidence keeps its rule, text and extra come back
        assert back.to_dict() == rec.to_dict()
        (lean,) = list(store.iter_records(include_text=False, provenance=True))
        assert lean.text is None
        assert lean.extra["store"]["model"] == "regels@2026-11-27"
        assert lean.extra["store"]["content_hash"] == "sha256:aa"
        assert store.check() == []


def test_writing_a_path_again_replaces_its_record_findings_and_evidence(tmp_path):
    rec = ruling_record()
    with Store(tmp_path / "r.duckdb") as store:
        run = store.start_run({}, SIG, "serial", 1)
        store.write([Entry("/data/a.xml", "sha256:aa", 100, rec)], run, SIG)
        store.write([Entry("/data/a.xml", "sha256:bb", 100, Record.failed(rec.source, "kapot", "sha256:bb"))], run, SIG)
        assert len(store) == 1
        assert store.sql("SELECT count(*) FROM findings").fetchall() == [(0,)]
        assert store.sql("SELECT count(*) FROM evidence").fetchall() == [(0,)]
        (back,) = list(store.iter_records())
        assert (back.status, back.error, back.labels) == ("error", "kapot", [])


def test_records_come_out_sorted_by_source_and_filtered(tmp_path):
    with Store(tmp_path / "r.duckdb") as store:
        run = store.start_run({}, SIG, "serial", 1)
        entries = [
            Entry(f"/d/{name}", f"h{name}", 1, Record(id=f"sha256:{name}", source=f"d/{name}", kind=kind))
            for name, kind in [("c.txt", "klacht"), ("a.txt", "uitspraak"), ("b.txt", "klacht")]
        ]
        store.write(entries, run, SIG)
        assert [r.source for r in store.iter_records()] == ["d/a.txt", "d/b.txt", "d/c.txt"]
        assert [r.source for r in store.iter_records(kind="klacht")] == ["d/b.txt", "d/c.txt"]


def test_runs_record_arguments_versions_and_counts_and_stale_runs_become_interrupted(tmp_path):
    with Store(tmp_path / "r.duckdb") as store:
        first = store.start_run({"jobs": 2}, SIG, "processes", 2)  # never finished: as if killed
        second = store.start_run({"jobs": 1}, SIG, "serial", 1)
        store.finish_run(second, {"files": 3, "analysed": 2, "skipped": 1, "errors": 0}, 1.5)
        runs = store.runs()
    assert [(r["id"], r["status"]) for r in runs] == [(first, "interrupted"), (second, "done")]
    assert runs[1]["args"] == {"jobs": 1}
    assert (runs[1]["files"], runs[1]["analysed"], runs[1]["skipped"]) == (3, 2, 1)
    assert runs[1]["model_name"] == "regels" and runs[1]["pipeline_version"] == "0.1.0"


def test_read_only_store_reads_and_refuses_to_write(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        run = store.start_run({}, SIG, "serial", 1)
        store.write([Entry("/d/a", "h", 1, ruling_record())], run, SIG)
    with Store(path, read_only=True) as a, Store(path, read_only=True) as b:
        assert len(a) == len(b) == 1
        with pytest.raises(StoreError, match="alleen-lezen"):
            a.start_run({}, SIG, "serial", 1)


def test_clear_one_line_errors_for_missing_foreign_or_busy_stores(tmp_path):
    with pytest.raises(StoreError, match="bestaat niet"):
        Store(tmp_path / "nope.duckdb", read_only=True)
    (tmp_path / "tekst.duckdb").write_text("geen database", encoding="utf-8")
    with pytest.raises(StoreError, match="geen DuckDB-bestand"):
        Store(tmp_path / "tekst.duckdb")
    path = tmp_path / "busy.duckdb"
    with Store(path):
        other = subprocess.run(
            [sys.executable, "-c", f"from klachtanalyse.store import Store\nStore({str(path)!r})"],
            capture_output=True, text=True,
        )
    assert "in gebruik door een ander proces" in other.stderr
