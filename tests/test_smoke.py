"""The thinnest slice end to end: a folder in, one JSON record per file out."""

import json
import subprocess
import sys


def test_analyse_folder_gives_one_record_per_file(tmp_path):
    (tmp_path / "brief.txt").write_text("Niemand heeft met de kinderen gesproken.", encoding="utf-8")
    (tmp_path / "leeg.txt").write_bytes(b"")
    out = subprocess.run(
        [sys.executable, "-m", "klachtanalyse", "analyse", str(tmp_path), "--format", "jsonl"],
        capture_output=True, text=True, check=True,
    )
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == ["brief.txt", "leeg.txt"]
    assert [r["status"] for r in records] == ["ok", "error"]
    assert records[1]["error"] == "leeg bestand"
