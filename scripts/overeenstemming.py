#!/usr/bin/env python3
"""Agreement between the first annotation (themas.jsonl) and the blind second annotation.

    python scripts/overeenstemming.py [--split dev|test|beide]

Prints per theme the F1 of annotator 2 against annotator 1 (symmetric for F1) and Cohen's
kappa, and the macro averages: the ceiling a model can be expected to reach on these labels.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from klachtanalyse.classify.taxonomy import THEMES  # noqa: E402

FIRST = ROOT / "corpora" / "annotaties" / "themas.jsonl"
SECOND = ROOT / "corpora" / "annotaties" / "tweede-annotator"


def agreement(split: str) -> dict:
    first = {}
    for line in FIRST.open(encoding="utf-8"):
        row = json.loads(line)
        first[row["id"]] = set(row["themes"])
    second = [json.loads(line) for line in (SECOND / f"annotator2-{split}.jsonl").open(encoding="utf-8")]
    out = {}
    for t in THEMES:
        a = [t in first[r["id"]] for r in second]
        b = [t in r["themes"] for r in second]
        n = len(a)
        tp = sum(x and y for x, y in zip(a, b))
        fp = sum(y and not x for x, y in zip(a, b))
        fn = sum(x and not y for x, y in zip(a, b))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        po = sum(x == y for x, y in zip(a, b)) / n
        pa, pb = sum(a) / n, sum(b) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        out[t] = {"f1": f1, "kappa": (po - pe) / (1 - pe) if pe < 1 else 1.0, "eerste": sum(a), "tweede": sum(b)}
    return {"documenten": len(second), "thema": out,
            "macro_f1": sum(v["f1"] for v in out.values()) / len(out),
            "kappa": sum(v["kappa"] for v in out.values()) / len(out)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "beide"], default="beide")
    args = ap.parse_args()
    for split in (["dev", "test"] if args.split == "beide" else [args.split]):
        res = agreement(split)
        print(f"{split}: {res['documenten']} documenten")
        for t, v in res["thema"].items():
            print(f"  {t:28s} F1 {v['f1']:.2f}  kappa {v['kappa']:.2f}  (eerste {v['eerste']}, tweede {v['tweede']})")
        print(f"  macro-F1 {res['macro_f1']:.3f}, gemiddelde kappa {res['kappa']:.3f}, laagste thema "
              f"{min(v['f1'] for v in res['thema'].values()):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
