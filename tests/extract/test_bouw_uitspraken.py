"""scripts/bouw_uitspraken.py: a blind writer's source becomes the ruling file the reader meets and its gold row."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from klachtanalyse.extract import extract_document
from klachtanalyse.read import read_file

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "corpora" / "geschreven" / "uitspraken-bron"


def _builder(out: Path):
    spec = importlib.util.spec_from_file_location("bouw_uitspraken", ROOT / "scripts" / "bouw_uitspraken.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.OUT = out
    return mod


def test_rebuilding_a_source_gives_the_committed_gold_row_and_the_same_facts(tmp_path):
    bouw = _builder(tmp_path)
    committed = {json.loads(line)["ecli"]: json.loads(line)
                 for line in (ROOT / "corpora" / "annotaties" / "uitspraken.jsonl").read_text(encoding="utf-8").splitlines()}
    for nr in (219, 222):  # one open-data XML (hoger beroep), one copied page (a closure, plain language)
        row = bouw.build(SOURCES / f"{nr}.txt")
        assert row == committed[row["ecli"]]
        fresh = read_file(tmp_path / Path(row["path"]).name)
        fresh.kind = "uitspraak"
        shipped = read_file(ROOT / row["path"])
        shipped.kind = "uitspraak"
        assert extract_document(fresh)[0] == extract_document(shipped)[0]


def test_a_source_whose_gold_disagrees_with_its_header_is_refused(tmp_path, capsys):
    bouw = _builder(tmp_path)
    text = (SOURCES / "222.txt").read_text(encoding="utf-8").replace('datum: "2025-04-08"', 'datum: "2025-04-09"', 1)
    bad = tmp_path / "bad.txt"
    bad.write_text(text, encoding="utf-8")
    assert bouw.main([str(bad), "--controle"]) == 1
    assert "gold datum '2025-04-09' is niet de kop '2025-04-08'" in capsys.readouterr().err
