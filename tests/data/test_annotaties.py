"""The annotated theme corpus is valid: exact offsets, counts, a fixed split by document.

These tests read the committed corpus (corpora/annotaties/themas.jsonl) and the checker
(scripts/annotaties_check.py); they fail when a quote drifts from its text, when a theme
lacks positives in a split, or when the .txt files and the JSONL disagree.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JSONL = ROOT / "corpora" / "annotaties" / "themas.jsonl"
SPEC = Path("/work/shared/spec/taxonomy.yaml")

import annotaties_check as check  # noqa: E402  (loaded by conftest.py)

# Figures the corpus must meet (the brief: >=420 documents, >=50 positives per theme overall,
# >=7 per theme in dev and in test, >=25% hard negatives, most texts 150-400 words).
MIN_DOCS = 420
MIN_POS_TOTAL = 50
MIN_POS_EVAL = 7
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


def test_split_is_by_document_and_frozen(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    texts = Counter(r["text"] for r in records)
    assert texts.most_common(1)[0][1] == 1  # no text twice, so none in two splits
    frozen = check.read_splits()
    assert frozen == {r["id"]: r["split"] for r in records}
    again = [dict(r, split=None) for r in records]
    check.assign_splits(again, fixed=frozen)
    assert [r["split"] for r in again] == [r["split"] for r in records]


def _synthetic(n: int) -> list[dict]:
    themes = list(check.THEMES)
    return [{"id": f"s{i:04d}", "themes": sorted({themes[i % 9], themes[(i * 7) % 9]})} for i in range(n)]


def test_split_is_stable_when_documents_are_appended_or_relabelled():
    first = _synthetic(120)
    check.assign_splits(first)
    more = [dict(r) for r in first] + _synthetic(200)[120:]
    check.assign_splits(more)
    assert [r["split"] for r in more[:120]] == [r["split"] for r in first]
    # a corrected label must not move frozen documents
    frozen = {r["id"]: r["split"] for r in first}
    relabelled = [dict(r) for r in first]
    relabelled[3]["themes"] = ["willekeur"]
    check.assign_splits(relabelled, fixed=frozen)
    assert {r["id"]: r["split"] for r in relabelled} == frozen


def test_stratification_reaches_every_theme_in_dev_and_test():
    docs = _synthetic(300)
    check.assign_splits(docs)
    for theme in check.THEMES:
        per = Counter(r["split"] for r in docs if theme in r["themes"])
        assert per["dev"] >= 0.1 * sum(per.values()) and per["test"] >= 0.1 * sum(per.values()), theme


def test_lengths_and_registers(records):
    words = [len(r["text"].split()) for r in records if r["written_for_project"]]
    assert min(words) >= 30 and max(words) <= 700
    assert sum(150 <= w <= 400 for w in words) > len(words) / 2  # most texts are letter-sized
    registers = Counter(r["register"] for r in records)
    for reg in ("formele klachtbrief", "boze e-mail", "whatsapp-bericht", "intakenotitie", "advocatenbrief",
                "brief school", "brief grootouder", "bericht tiener", "klacht tweede taal", "wijkteamrapportage"):
        assert registers[reg] >= 5, reg
    assert sum(1 for r in records if r["themes"] and not any(
        t in r["themes"] for t in ("kinderen_onzichtbaar", "welzijn_kind"))) >= 30  # no-child cases exist


def test_real_material_is_referenced_not_copied(records):
    real = {r["id"]: r for r in records if not r["written_for_project"]}
    assert {r["source"] for r in real.values()} == {
        "corpora/rapporten/persbericht-nationale-ombudsman-2023-01-24.md",
        "corpora/rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json",
        "corpora/rechtspraak/xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml",
    }
    assert real["p0001"]["kind"] == "rapport"
    assert "kinderen_onzichtbaar" in real["p0001"]["themes"]
    assert [real[u]["kind"] for u in ("u0001", "u0002")] == ["uitspraak", "uitspraak"]
    assert real["u0002"]["grounds"] == ["huurachterstand"]


def test_ruling_texts_match_the_reader():
    """The stored ruling texts are what klachtanalyse.read extracts (offsets stay valid)."""
    from klachtanalyse.read import read_file

    pairs = [("json/ECLI_NL_RBNNE_2020_2511.json", "ECLI_NL_RBNNE_2020_2511.txt"),
             ("xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml", "ECLI_NL_GHSHE_2013_BZ8755.txt")]
    for rel, txt in pairs:
        doc = read_file(ROOT / "corpora" / "rechtspraak" / rel)
        stored = (ROOT / "corpora/annotaties/bron/echt" / txt).read_text(encoding="utf-8")
        assert doc.text == stored, txt


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec/taxonomy.yaml not on this machine")
def test_labels_match_the_taxonomy():
    import yaml

    tax = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert tuple(tax["themes"]) == check.THEMES
    assert tuple(tax["grounds"]) == check.GROUNDS


def test_checker_fails_loudly_on_a_quote_that_is_not_in_the_text(tmp_path):
    bron = tmp_path / "x.bron"
    bron.write_text("### x0001 | slug | test | -\nDe kinderen zijn niet gehoord.\n"
                    ">> kinderen_onzichtbaar: De kinderen zijn niet gehoord!\n", encoding="utf-8")
    doc = check.parse_bron(bron)[0]
    with pytest.raises(check.AnnotationError, match="not an exact substring") as err:
        check.bron_to_record(doc)
    assert "x0001" in str(err.value) and "x.bron:3" in str(err.value)
    assert "gehoord" not in str(err.value)  # messages never carry document text


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
