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

from conftest import SMALL_FILES, copy_corpus

from klachtanalyse.store.runner import COMMIT_EVERY

SRC = str(Path(__file__).resolve().parents[2] / "src")


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "klachtanalyse", *args], capture_output=True, text=True,
                          env=env, **kw)


def descendants(pid: int) -> list[int]:
    """All processes below pid (Linux /proc), without psutil."""
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{parent}/task/{tid}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def test_sigkill_halfway_then_rerun_gives_exactly_one_record_per_file(tmp_path):
    files = copy_corpus(tmp_path / "map", copies=40, files=SMALL_FILES)  # 321 real documents
    db = tmp_path / "r.duckdb"
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(
        [sys.executable, "-m", "klachtanalyse", "analyse", str(tmp_path / "map"), "--store", str(db), "-j", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    # A record goes out after it joined the writer's batch, and a batch is committed at 128
    # records at the latest: once 150 are out, at least 23 are committed.
    seen = 0
    while seen < 150:
        line = proc.stdout.readline()
        assert line, "the run ended before it could be killed"
        seen += 1
    assert proc.poll() is None, "the run ended before it could be killed"
    helpers = descendants(proc.pid)  # fork server and workers
    assert len(helpers) >= 2
    proc.send_signal(signal.SIGKILL)  # the writer only; its workers are orphaned mid-file
    proc.wait()
    proc.stdout.close()
    # the orphaned workers notice and exit (and with them the fork server): nothing lingers
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in helpers if alive(pid)], "workers outlived the killed run"

    with Store(db, read_only=True) as store:
        kept = len(store)
        assert store.check() == []
        assert store.runs()[0]["status"] == "running"  # nobody could say otherwise
    assert seen - COMMIT_EVERY < kept < len(files)

    again = cli("analyse", str(tmp_path / "map"), "--store", str(db), "-j", "2", "--alleen-store", timeout=600)
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
    table = cli("export", "--store", db, "--format", "table")
    assert table.returncode == 0, table.stderr
    rows = table.stdout.splitlines()
    assert rows[0].startswith("ECLI / bestand") and len(rows) == 2 + 12
    assert "ECLI:NL:HR:1995:AA1575" in table.stdout and "FOUT: leeg bestand" in table.stdout
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
