"""The re-identification key is written only when asked, and maps placeholders back to the originals."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BRIEF = ("Geachte heer/mevrouw,\n\nMijn naam is Fatima el Amrani, ik woon aan de Lindelaan 12 in Zwolle. "
         "Mijn zoon Daan (7) heeft niemand gesproken. Bel me op 06-12345678.\n\nMet vriendelijke groet,\nFatima el Amrani\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "klachtanalyse", *args], capture_output=True, text=True)


def test_key_written_only_when_asked_and_maps_back(tmp_path):
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "brief.txt").write_text(BRIEF, encoding="utf-8")
    key = tmp_path / "sleutel.json"
    out = run("analyse", str(tmp_path / "map"), "--pseudonimiseer", "--sleutel", str(key))
    assert out.returncode == 0, out.stderr
    mapping = json.loads(key.read_text("utf-8"))["sleutel"]
    assert mapping["[TELEFOON-1]"] == ["06-12345678"]
    assert mapping["[PERSOON-1]"] == ["Fatima el Amrani"]
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert "Fatima" not in out.stdout and "06-12345678" not in out.stdout

    db = tmp_path / "r.duckdb"
    assert run("analyse", str(tmp_path / "map"), "--store", str(db), "--alleen-store").returncode == 0
    key2 = tmp_path / "export-sleutel.json"
    assert run("export", "--store", str(db), "--pseudonimiseer", "--sleutel", str(key2)).returncode == 0
    assert json.loads(key2.read_text("utf-8"))["sleutel"]["[TELEFOON-1]"] == ["06-12345678"]


def test_key_without_pseudonymisation_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("tekst", encoding="utf-8")
    out = run("analyse", str(tmp_path / "a.txt"), "--sleutel", str(tmp_path / "k.json"))
    assert out.returncode == 2 and "--sleutel hoort bij --pseudonimiseer" in out.stderr
    assert not (tmp_path / "k.json").exists()
