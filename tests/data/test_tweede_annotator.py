"""The blind second annotation of dev and test: valid, and its agreement figures as documented."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("overeenstemming", ROOT / "scripts" / "overeenstemming.py")
overeenstemming = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("overeenstemming", overeenstemming)
_spec.loader.exec_module(overeenstemming)

from klachtanalyse.classify.taxonomy import THEMES  # noqa: E402


@pytest.mark.parametrize("split,n", [("dev", 86), ("test", 89)])
def test_second_annotation_covers_the_split_with_exact_quotes(split, n):
    texts = {}
    for line in (ROOT / "corpora/annotaties/themas.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["split"] == split:
            texts[row["id"]] = row["text"]
    rows = [json.loads(line) for line in (ROOT / f"corpora/annotaties/tweede-annotator/annotator2-{split}.jsonl").open(encoding="utf-8")]
    assert len(rows) == n and {r["id"] for r in rows} == set(texts)
    for r in rows:
        assert set(r["themes"]) <= set(THEMES)
        assert {e["label"] for e in r["evidence"]} == set(r["themes"])
        for e in r["evidence"]:
            assert texts[r["id"]].count(e["text"]) == 1, (r["id"], e["text"])


def test_agreement_figures_as_in_the_readme():
    dev, test = overeenstemming.agreement("dev"), overeenstemming.agreement("test")
    assert (round(dev["macro_f1"], 3), round(dev["kappa"], 3)) == (0.936, 0.913)
    assert (round(test["macro_f1"], 3), round(test["kappa"], 3)) == (0.944, 0.918)
    assert round(test["thema"]["willekeur"]["f1"], 2) == 1.0
