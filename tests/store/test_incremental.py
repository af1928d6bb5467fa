"""Incremental runs: only new, changed, failed or outdated files are analysed again."""

from __future__ import annotations

import os

from klachtanalyse.pipeline import Pipeline
from klachtanalyse.read import discover
from klachtanalyse.store import Store
from klachtanalyse.store.runner import BatchRun, run_batch


def run(folder, db, **kw) -> BatchRun:
    return run_batch(discover([folder]), store=db, progress=False, **kw)


def test_second_run_over_unchanged_files_analyses_only_the_failed_one(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    first = run(corpus, db)
    assert (first.counts.files, first.counts.analysed, first.counts.new_files, first.counts.errors) == (12, 12, 12, 1)
    second = run(corpus, db)
    # the empty file failed, so it is retried; the other 11 come from the store
    assert (second.counts.analysed, second.counts.skipped, second.counts.retried) == (1, 11, 1)
    with Store(db, read_only=True) as store:
        assert len(store) == 12
        assert store.check() == []
        runs = store.runs()
    assert [(r["status"], r["analysed"], r["skipped"]) for r in runs] == [("done", 12, 0), ("done", 1, 11)]


def test_changed_bytes_replace_the_record_of_that_file(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    run(corpus, db)
    statute = corpus / "regelgeving__nationaal__Leegstandwet_BWBR0003403.md"
    with Store(db, read_only=True) as store:
        (old,) = [r for r in store.iter_records() if r.source == str(statute)]
    statute.write_text(statute.read_text(encoding="utf-8") + "\nArtikel 99\nNieuw lid.\n", encoding="utf-8")
    again = run(corpus, db)
    assert (again.counts.analysed, again.counts.changed_files, again.counts.skipped) == (2, 1, 10)
    with Store(db, read_only=True) as store:
        assert len(store) == 12
        (new,) = [r for r in store.iter_records() if r.source == str(statute)]
    assert new.id != old.id  # the id of a document without ECLI is the hash of its bytes
    assert new.text.endswith("Nieuw lid.\n")


def test_failed_file_is_retried_and_its_error_record_replaced(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    run(corpus, db)
    (corpus / "leeg.txt").write_text("De verhuurder vordert ontruiming van de woning.", encoding="utf-8")
    again = run(corpus, db)
    assert (again.counts.retried, again.counts.errors) == (1, 0)
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT status, error FROM documents WHERE source LIKE '%leeg.txt'").fetchall() == [("ok", None)]


def test_a_new_pipeline_or_model_version_reanalyses_every_file(corpus, tmp_path, monkeypatch):
    db = tmp_path / "r.duckdb"
    run(corpus, db)
    monkeypatch.setattr(Pipeline, "version", "99.0")
    bumped = run(corpus, db)
    assert (bumped.counts.outdated, bumped.counts.retried, bumped.counts.skipped) == (11, 1, 0)
    signature = Pipeline.signature
    monkeypatch.setattr(Pipeline, "signature", lambda self: {**signature(self), "model_version": "2099-01-01"})
    remodelled = run(corpus, db)
    assert (remodelled.counts.outdated, remodelled.counts.skipped) == (11, 0)
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT DISTINCT pipeline_version, model_version FROM documents").fetchall() == [("99.0", "2099-01-01")]
        first_model = store.runs()[0]["model_version"]
        assert [r["model_version"] for r in store.runs()] == [first_model, first_model, "2099-01-01"]


def test_the_same_file_under_a_relative_or_absolute_path_is_one_file(corpus, tmp_path, monkeypatch):
    db = tmp_path / "r.duckdb"
    monkeypatch.chdir(corpus.parent)
    run("map", db)
    absolute = run(str(corpus), db)
    assert (absolute.counts.analysed, absolute.counts.skipped) == (1, 11)
    with Store(db, read_only=True) as store:
        assert len(store) == 12
        # the record's source follows the path as given in the latest run
        assert all(r.source.startswith(str(corpus)) for r in store.iter_records())


def test_skipped_files_still_yield_their_records_in_file_order(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    files = discover([corpus])
    first = list(BatchRun(files, store=db, progress=False).records())
    second = list(BatchRun(files, store=db, progress=False).records())
    assert [r.source for r in first] == [str(f) for f in files]
    assert [r.to_dict() for r in second] == [r.to_dict() for r in first]
    # the Python API (ka.analyse) shows passages in context: stored records keep their text
    assert [r.text for r in second] == [r.text for r in first]
    (hr,) = [r for r in second if r.id == "ECLI:NL:HR:1995:AA1575"]
    assert "gewezen op het beroep in cassatie" in hr.text


def test_pseudonymisation_happens_in_file_order_and_is_part_of_the_signature(corpus, tmp_path, monkeypatch):
    import klachtanalyse.privacy as privacy

    class Numbering:
        """Stands in for the privacy helper's Pseudonymiser: marks records in the order seen."""

        def __init__(self):
            self.seen = 0

        def pseudonymise_record(self, record):
            self.seen += 1
            record.extra["volgorde"] = self.seen
            return record

    monkeypatch.setattr(privacy, "Pseudonymiser", Numbering, raising=False)
    db = tmp_path / "r.duckdb"
    from klachtanalyse.pipeline import Options

    files = discover([corpus])
    records = list(BatchRun(files, store=db, progress=False, jobs=2, options=Options(pseudonimiseer=True)).records())
    ok = [r for r in records if r.status == "ok"]
    assert [r.extra["volgorde"] for r in ok] == list(range(1, 12))
    # without the flag the stored (pseudonymised) records do not fit: analysed again
    plain = run(corpus, db)
    assert (plain.counts.outdated, plain.counts.skipped) == (11, 0)
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT DISTINCT pseudonymised FROM documents").fetchall() == [(False,)]
