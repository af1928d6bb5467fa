"""The second reader's policy labels: valid against the texts, and the agreement the docs quote."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READERS = ROOT / "corpora" / "annotaties" / "tweede-lezer-beleid"
STATUSES = {"aanwezig", "gedeeltelijk", "afwezig"}


def _script():
    spec = importlib.util.spec_from_file_location("overeenstemming_beleid", ROOT / "scripts" / "overeenstemming_beleid.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reader_labels_cover_the_four_sets_with_exact_evidence():
    texts = {}
    for n in (40, 41, 42, 43):
        for line in (ROOT / "corpora" / "annotaties" / f"extern{n}-beleid.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            texts[row["id"]] = (row["text"], set(row["requirements"]))
    seen = set()
    for path in sorted(READERS.glob("lezer-*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            assert row["id"] not in seen
            seen.add(row["id"])
            text, reqs = texts[row["id"]]
            assert set(row["requirements"]) == reqs
            for req in row["requirements"].values():
                assert req["status"] in STATUSES
                assert (req["status"] == "afwezig") == (not req["evidence"])
                for ev in req["evidence"]:
                    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert seen == set(texts) and len(seen) == 96


def test_writers_and_the_second_reader_agree_on_most_statuses():
    module = _script()
    writer, reader, _ = module.load()
    result = module.compare(writer, reader)
    assert result["n"] == 672
    assert round(result["alle"][0], 3) == 0.939 and round(result["alle"][1], 3) == 0.908
    assert round(result["per_vereiste"]["R3_informeren_betrekken"][0], 3) == 0.854   # the least agreed requirement
    # half equal, chance agreement 1/4 (both say aanwezig once): kappa (0.5 - 0.25) / 0.75
    po, kappa = module.kappa([("aanwezig", "aanwezig"), ("afwezig", "gedeeltelijk")])
    assert po == 0.5 and round(kappa, 4) == 0.3333
