"""The second writer's batch (corpora/annotaties/themas-2.jsonl) is valid and balanced.

Why: the lead retrains the theme classifier on this file; a quote that drifts from its
text, a theme with too few positives or a .txt that disagrees with the JSONL would
silently weaken that training data.
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JSONL2 = ROOT / "corpora" / "annotaties" / "themas-2.jsonl"

_spec = importlib.util.spec_from_file_location("annotaties_check", ROOT / "scripts" / "annotaties_check.py")
check = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("annotaties_check", check)
_spec.loader.exec_module(check)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return check.read_jsonl(JSONL2)


def test_batch_is_valid(records):
    assert check.validate(records) == []


def test_batch_size_ids_and_split(records):
    assert len(records) == 200
    assert [r["id"] for r in records] == [f"m{i:03d}" for i in range(1, 201)]
    assert {r["split"] for r in records} == {"train"}
    assert all(r["written_for_project"] for r in records)
    assert all(r["source"].startswith("corpora/geschreven/klachten-2/") for r in records)


def test_every_theme_has_35_positives_and_a_quarter_are_hard_negatives(records):
    per = Counter(t for r in records for t in r["themes"])
    assert {t: per[t] for t in check.THEMES if per[t] < 35} == {}
    hard = sum(1 for r in records if r.get("hard_negative_for"))
    assert hard / len(records) >= 0.25


def test_example_exact_evidence(records):
    m005 = next(r for r in records if r["id"] == "m005")
    assert m005["themes"] == ["kinderen_onzichtbaar", "eigen_verantwoordelijkheid",
                              "stress_bestaanszekerheid", "vroegsignalering"]
    ev = [e for e in m005["evidence"] if e["label"] == "kinderen_onzichtbaar"][0]
    assert ev["text"] == "Geen contact met minderjarigen vastgelegd. Geen overdracht naar school of JGT."
    assert m005["text"][ev["start"]:ev["end"]] == ev["text"]
