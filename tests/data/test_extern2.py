"""The second external set (corpora/annotaties/extern2-themas.jsonl) is valid evaluation data.

Why: it is the project's honest measure on writing by other hands. Two writers produced it
blind, from taxonomy.yaml and the press release alone (corpora/geschreven/extern-2/README.md).
It is never trained on, so a drifting quote or a .txt that disagrees with its line would
silently change the figures in the model card.
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("annotaties_check", ROOT / "scripts" / "annotaties_check.py")
check = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("annotaties_check", check)
_spec.loader.exec_module(check)

RECORDS = check.read_jsonl(ROOT / "corpora" / "annotaties" / "extern2-themas.jsonl")


def test_extern2_is_valid_and_never_training_data():
    assert check.validate(RECORDS) == []
    assert [r["id"] for r in RECORDS] == [f"ya{i:03d}" for i in range(1, 46)] + [f"yb{i:03d}" for i in range(1, 46)]
    assert {r["split"] for r in RECORDS} == {"extern"}
    for r in RECORDS:
        assert r["written_for_project"] is True
        assert r["source"].startswith("corpora/geschreven/extern-2/klachten/")
        assert (ROOT / r["source"]).read_text(encoding="utf-8") == r["text"]


def test_extern2_counts_and_one_exact_example():
    per = Counter(t for r in RECORDS for t in r["themes"])
    assert min(per.values()) == 22 and per["stress_bestaanszekerheid"] == 34
    assert sum(1 for r in RECORDS if not r["themes"]) == 21
    ya002 = next(r for r in RECORDS if r["id"] == "ya002")
    ev = next(e for e in ya002["evidence"] if e["label"] == "eigen_verantwoordelijkheid")
    assert ev["text"].endswith("dat ze zich moest inschrijven voor een huurwoning en dat ze verder zelf moest zoeken")
    assert ya002["text"][ev["start"]:ev["end"]] == ev["text"]


def test_extern2_readme_says_written_for_the_project():
    readme = (ROOT / "corpora" / "geschreven" / "extern-2" / "README.md").read_text(encoding="utf-8")
    assert "geschreven" in readme and "niet echt" in readme
