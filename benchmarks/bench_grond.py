"""Ground F1 of the records `analyse` writes (metadata.grond), per annotations file.

Why: in a record the ground comes from the extract stage first and from the theme rules'
ground rules where extract found none (pipeline.py); `klachtanalyse evaluate` measures only
the second. This measures what a researcher gets.

    python benchmarks/bench_grond.py [FILE.jsonl ...] [--fouten]

Default: every corpora/annotaties/*themas*.jsonl; only complaint-side documents (kind klacht),
each read from its text as a .txt file would be.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from klachtanalyse.pipeline import Pipeline  # noqa: E402
from klachtanalyse.read import read_bytes  # noqa: E402


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / max(c["tp"] + c["fp"], 1)
    r = c["tp"] / max(c["tp"] + c["fn"], 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--fouten", action="store_true", help="toon per document gold en gevonden gronden")
    args = ap.parse_args(argv)
    files = args.files or sorted((ROOT / "corpora" / "annotaties").glob("*themas*.jsonl"))
    pipe = Pipeline()
    total: Counter = Counter()
    for f in files:
        c: Counter = Counter()
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind", "klacht") != "klacht":
                continue
            record = pipe.analyse_document(read_bytes(row["text"].encode("utf-8"), "tekst.txt"))
            gold, found = set(row["grounds"]), set(record.metadata.get("grond") or [])
            c["tp"] += len(gold & found)
            c["fp"] += len(found - gold)
            c["fn"] += len(gold - found)
            if args.fouten and gold != found:
                print(f"   {row['id']}\tgoud {sorted(gold)}\tgevonden {sorted(found)}")
        total.update(c)
        print(f"{f.name:28s} P {prf(c)[0]:.3f}  R {prf(c)[1]:.3f}  F1 {prf(c)[2]:.3f}")
    print(f"{'alle':28s} P {prf(total)[0]:.3f}  R {prf(total)[1]:.3f}  F1 {prf(total)[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
