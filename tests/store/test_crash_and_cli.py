"""The commands as a researcher runs them, including a run killed with SIGKILL halfway."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from klachtanalyse.store import Store

from conftest import copy_corpus

SRC = str(Path(__file__).resolve().parents[2] / "src")


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "klachtanalyse", *args], capture_output=True, text=True,
                          env=env, **kw)


def test_sigkill_halfway_then_rerun_gives_exactly_one_record_per_file(tmp_path):
    files = copy_corpus(tmp_path / "map", copies=25)  # 276 real documents
    db = tmp_path / "r.duckdb"
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(
        [sys.executable, "-m", "klachtanalyse", "analyse", str(tmp_path / "map"), "--store", str(db), "-j", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    # Records are committed every 128: once 150 are out, at least one transaction is in.
    seen = 0
    while seen < 150:
        line = proc.stdout.readline()
        assert line, "the run ended before it could be killed"
        seen += 1
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)  # the writer only; its workers are orphaned mid-file
    proc.wait()
    proc.stdout.close()

    with Store(db, read_only=True) as store:
        kept = len(store)
        assert store.check() == []
        assert store.runs()[0]["status"] == "running"  # nobody could say otherwise
    assert 128 <= kept < len(files)

    again = cli("analyse", str(tmp_path / "map"), "--store", str(db), "-j", "2", "--alleen-store", timeout=120)
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""
    exported = cli("export", "--store", str(db), timeout=60)
    assert exported.returncode == 0
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(f) for f in files]  # each file once, none lost
    assert sum(r["status"] == "error" for r in records) == 1  # only leeg.txt
    with Store(db, read_only=True) as store:
        assert store.check() == []
        runs = store.runs()
    assert [r["status"] for r in runs] == ["interrupted", "done"]
    # the second run redid only what the first had not committed (leeg.txt, last, was not)
    assert runs[1]["skipped"] == kept and runs[1]["analysed"] == len(files) - kept


def test_analyse_with_store_writes_records_to_stdout_and_export_gives_the_same(corpus, tmp_path):
    db = str(tmp_path / "r.duckdb")
    first = cli("analyse", str(corpus), "--store", db)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert len(lines) == 12 and all(line.startswith('{"id": ') for line in lines)
    assert "leeg bestand" in first.stderr and "12 bestanden" in first.stderr
    out = tmp_path / "export.jsonl"
    exported = cli("export", "--store", db, "--out", str(out))
    assert exported.returncode == 0 and exported.stdout == ""
    assert out.read_text(encoding="utf-8").splitlines() == lines
    with_extra = cli("export", "--store", db, "--extra", "--status", "ok")
    extra = [json.loads(line)["extra"] for line in with_extra.stdout.splitlines()]
    assert len(extra) == 11 and {e["store"]["run_id"] for e in extra} == {1}


def test_a_run_that_cannot_happen_exits_2_with_one_line(corpus, tmp_path):
    db = tmp_path / "r.duckdb"
    assert cli("analyse", str(corpus), "-j", "0").returncode == 2
    missing = cli("export", "--store", str(tmp_path / "geen.duckdb"))
    assert missing.returncode == 2 and missing.stderr.strip().endswith("store bestaat niet: " + str(tmp_path / "geen.duckdb"))
    with Store(db):  # another process holds the store
        busy = cli("analyse", str(corpus), "--store", str(db))
    assert busy.returncode == 2
    assert busy.stderr.count("\n") == 1 and "in gebruik door een ander proces" in busy.stderr
    assert busy.stdout == ""
