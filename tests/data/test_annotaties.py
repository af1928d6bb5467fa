"""The annotated theme corpus is valid: exact offsets, counts, a fixed split by document.

These tests read the committed corpus (corpora/annotaties/themas.jsonl) and the checker
(scripts/annotaties_check.py); they fail when a quote drifts from its text, when a theme
lacks positives in a split, or when the .txt files and the JSONL disagree.
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JSONL = ROOT / "corpora" / "annotaties" / "themas.jsonl"
SPEC = Path("/work/shared/spec/taxonomy.yaml")

_spec = importlib.util.spec_from_file_location("annotaties_check", ROOT / "scripts" / "annotaties_check.py")
check = importlib.util.module_from_spec(_spec)
sys.modules["annotaties_check"] = check  # dataclasses need the module registered
_spec.loader.exec_module(check)

# Figures the corpus must meet (the brief: >=420 documents, >=50 positives per theme overall,
# >=7 per theme in dev and in test, >=25% hard negatives). MIN_DOCS grows with the batches.
MIN_DOCS = 50
MIN_POS_TOTAL = 5
MIN_POS_EVAL = 1
MIN_HARD_SHARE = 0.25


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return check.read_jsonl(JSONL)


def test_corpus_is_valid(records):
    assert check.validate(records) == []


def test_every_evidence_span_is_exact(records):
    n = 0
    for r in records:
        for ev in r["evidence"]:
            assert r["text"][ev["start"]:ev["end"]] == ev["text"], r["id"]
            n += 1
    assert n >= 2 * len(records) // 2


def test_written_files_match_jsonl_bytes(records):
    written = [r for r in records if r["written_for_project"]]
    assert written
    for r in written:
        raw = (ROOT / r["source"]).read_bytes()
        assert raw == r["text"].encode("utf-8")
        assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    on_disk = {p.name for p in (ROOT / "corpora/geschreven/klachten").glob("*.txt")}
    assert on_disk == {Path(r["source"]).name for r in written}


def test_counts_and_split(records):
    s = check.stats(records)
    assert s["documents"] >= MIN_DOCS
    for theme, per in s["positives"].items():
        assert sum(per.values()) >= MIN_POS_TOTAL, theme
        assert per["dev"] >= MIN_POS_EVAL and per["test"] >= MIN_POS_EVAL, theme
    assert s["hard_negative_share"] >= MIN_HARD_SHARE
    assert s["no_theme"] >= 1  # documents about other subjects are part of the corpus
    share = {k: v / s["documents"] for k, v in s["per_split"].items()}
    assert 0.6 <= share["train"] <= 0.8 and 0.1 <= share["dev"] <= 0.2 and 0.1 <= share["test"] <= 0.2


def test_split_is_by_document_and_deterministic(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = Counter(r["text"] for r in records)
    assert texts.most_common(1)[0][1] == 1  # no text in two splits
    again = [dict(r, split=None) for r in records]
    check.assign_splits(again)
    assert [r["split"] for r in again] == [r["split"] for r in records]


def test_split_is_stable_when_documents_are_appended(records):
    first = [dict(r, split=None) for r in records[: len(records) // 2]]
    check.assign_splits(first)
    assert [r["split"] for r in first] == [r["split"] for r in records[: len(records) // 2]]


def test_real_material_is_referenced_not_copied(records):
    real = [r for r in records if not r["written_for_project"]]
    assert [r["source"] for r in real] == ["corpora/rapporten/persbericht-nationale-ombudsman-2023-01-24.md"]
    assert real[0]["kind"] == "rapport"
    assert "kinderen_onzichtbaar" in real[0]["themes"]


def test_labels_match_the_taxonomy():
    if not SPEC.exists():
        pytest.skip("shared taxonomy not available on this machine")
    import yaml

    tax = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert tuple(tax["themes"]) == check.THEMES
    assert tuple(tax["grounds"]) == check.GROUNDS


def test_checker_fails_loudly_on_a_quote_that_is_not_in_the_text(tmp_path):
    bron = tmp_path / "x.bron"
    bron.write_text("### x0001 | slug | test | -\nDe kinderen zijn niet gehoord.\n"
                    ">> kinderen_onzichtbaar: De kinderen zijn niet gehoord!\n", encoding="utf-8")
    doc = check.parse_bron(bron)[0]
    with pytest.raises(check.AnnotationError, match="not an exact substring"):
        check.bron_to_record(doc)


def test_fill_computes_offsets_and_rejects_ambiguous_quotes():
    rec = {"id": "u1", "source": "eigen.txt", "kind": "klacht", "register": "x", "written_for_project": False,
           "split": "train", "text": "Niemand sprak met mijn zoon. Echt niemand.", "themes": ["kinderen_onzichtbaar"],
           "grounds": [], "evidence": [{"label": "kinderen_onzichtbaar", "text": "Niemand sprak met mijn zoon."}]}
    assert check.validate([rec], root=None, fill=True) == []
    assert (rec["evidence"][0]["start"], rec["evidence"][0]["end"]) == (0, 28)
    rec["evidence"] = [{"label": "kinderen_onzichtbaar", "text": "niemand"}]
    rec["text"] = "niemand hier, niemand daar"
    assert any("more than once" in p for p in check.validate([rec], root=None, fill=True))


def test_validate_reports_offset_drift_and_missing_evidence():
    rec = {"id": "u2", "source": "x", "kind": "klacht", "register": "x", "written_for_project": False,
           "split": "dev", "text": "We sliepen in de auto.", "themes": ["dakloosheid", "welzijn_kind"],
           "grounds": ["huurachterstand"],
           "evidence": [{"label": "dakloosheid", "text": "We sliepen in de auto.", "start": 1, "end": 23}]}
    problems = check.validate([rec], root=None)
    assert any("text[1:23]" in p for p in problems)
    assert any("welzijn_kind has no evidence" in p for p in problems)


def test_loads_as_datasets_with_fixed_split(records):
    ds = check.as_datasets(JSONL)
    assert set(ds) == {"train", "dev", "test"}
    assert sum(len(ds[s]) for s in ds) == len(records)
    row = ds["test"][0]
    for ev in row["evidence"]:
        assert row["text"][ev["start"]:ev["end"]] == ev["text"]
