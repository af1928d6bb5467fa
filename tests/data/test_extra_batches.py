"""The further writers' batches (corpora/annotaties/themas-2/-3/-4.jsonl) are valid and balanced.

Why: the theme classifier trains on these files; a quote that drifts from its text, a theme
with too few positives or a .txt that disagrees with the JSONL would silently weaken that
training data.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

import annotaties_check as check  # noqa: E402  (loaded by conftest.py)

# file, id prefix, number of documents, folder, minimum positives per theme
BATCHES = [
    ("themas-2.jsonl", "m", 200, "klachten-2", 35),
    ("themas-3.jsonl", "p", 150, "klachten-3", 30),
    ("themas-4.jsonl", "q", 150, "klachten-4", 30),
    ("themas-5.jsonl", "r", 120, "klachten-5", 30),
    ("themas-6.jsonl", "s", 200, "klachten-6", 30),
    ("themas-7.jsonl", "t", 150, "klachten-7", 30),
    ("themas-8.jsonl", "u", 150, "klachten-8", 30),
    ("themas-9.jsonl", "v", 120, "klachten-9", 20),
    ("themas-10.jsonl", "w", 120, "klachten-10", 25),
]


@pytest.fixture(scope="module", params=BATCHES, ids=[b[0] for b in BATCHES])
def batch(request):
    name, prefix, n, folder, minimum = request.param
    return check.read_jsonl(ROOT / "corpora" / "annotaties" / name), prefix, n, folder, minimum


def test_batch_is_valid(batch):
    records = batch[0]
    assert check.validate(records) == []


def test_batch_size_ids_split_and_files(batch):
    records, prefix, n, folder, _ = batch
    assert len(records) == n
    assert [r["id"] for r in records] == [f"{prefix}{i:03d}" for i in range(1, n + 1)]
    assert {r["split"] for r in records} == {"train"}
    assert all(r["written_for_project"] for r in records)
    for r in records:
        assert r["source"].startswith(f"corpora/geschreven/{folder}/")
        assert (ROOT / r["source"]).read_text(encoding="utf-8") == r["text"]


def test_every_theme_has_enough_positives_and_a_quarter_are_hard_negatives(batch):
    records, _, _, _, minimum = batch
    per = Counter(t for r in records for t in r["themes"])
    assert {t: per[t] for t in check.THEMES if per[t] < minimum} == {}
    hard = sum(1 for r in records if r.get("hard_negative_for"))
    assert hard / len(records) >= 0.25


def test_examples_exact_evidence():
    by_id = {r["id"]: r for name, *_ in BATCHES for r in check.read_jsonl(ROOT / "corpora" / "annotaties" / name)}
    m005 = by_id["m005"]
    assert m005["themes"] == ["kinderen_onzichtbaar", "eigen_verantwoordelijkheid",
                              "stress_bestaanszekerheid", "vroegsignalering"]
    ev = [e for e in m005["evidence"] if e["label"] == "kinderen_onzichtbaar"][0]
    assert ev["text"] == "Geen contact met minderjarigen vastgelegd. Geen overdracht naar school of JGT."
    assert m005["text"][ev["start"]:ev["end"]] == ev["text"]
    # a second-language writer (batch 3) and a wijkteam note (batch 4)
    assert by_id["p002"]["themes"] == ["tijdelijke_woonoplossingen", "informatie_ontbreekt", "welzijn_kind"]
    assert by_id["p002"]["evidence"][0]["text"] == "wij nu bij mijn kuzyn in Weert, 2 kamer voor 7 mensen"
    q062 = by_id["q062"]
    assert q062["themes"] == ["dakloosheid", "welzijn_kind", "stress_bestaanszekerheid"]
    ev = q062["evidence"][0]
    assert q062["text"][ev["start"]:ev["end"]] == "Gezin (2 volw., 3 kinderen 2-11 jr) zit sinds ontruiming vanmiddag in de auto."
