#!/usr/bin/env python3
"""Agreement on the policy statuses: the writers of extern-beleid-40 ... -43, a blind second reader, and the toets.

    python scripts/overeenstemming_beleid.py [--json]

Why: the toets's status accuracy on new writing (0.76-0.86) only means something beside how far two careful readers
agree on the same texts. Prints, for each pair (writer-reader, toets-writer, toets-reader), the share of equal
statuses and Cohen's kappa over all 672 judgements (96 texts x 7 requirements), per requirement and per set, and how
often the toets matches where the two readers agree.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from klachtanalyse.document import Document  # noqa: E402
from klachtanalyse.policy.toets import toets_document  # noqa: E402

ANNOTATIONS = ROOT / "corpora" / "annotaties"
READERS = ANNOTATIONS / "tweede-lezer-beleid"
SETS = {40: ("di", "dj"), 41: ("dk", "dl"), 42: ("dm", "dn"), 43: ("do", "dp")}
STATUSES = ("afwezig", "gedeeltelijk", "aanwezig")

Labels = dict[str, dict[str, str]]   # id -> requirement -> status


def load() -> tuple[Labels, Labels, Labels]:
    """(writer, reader, toets) statuses of the 96 texts."""
    writer: Labels = {}
    tool: Labels = {}
    for n in SETS:
        for line in (ANNOTATIONS / f"extern{n}-beleid.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            writer[row["id"]] = {k: v["status"] for k, v in row["requirements"].items()}
            doc = Document(id=row["id"], source=row["source"], text=row["text"], kind="beleid")
            tool[row["id"]] = {r.id: r.status for r in toets_document(doc)}
    reader: Labels = {}
    for path in sorted(READERS.glob("lezer-*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            reader[row["id"]] = {k: v["status"] for k, v in row["requirements"].items()}
    if set(reader) != set(writer):
        raise SystemExit(f"de tweede lezer en de schrijvers hebben niet dezelfde teksten: {sorted(set(reader) ^ set(writer))}")
    return writer, reader, tool


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """(observed agreement, Cohen's kappa) over status pairs."""
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[s] * cb[s] for s in STATUSES) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def compare(x: Labels, y: Labels) -> dict:
    ids = sorted(x)
    reqs = sorted(next(iter(x.values())))
    pairs = [(x[i][r], y[i][r]) for i in ids for r in reqs]
    out = {"alle": kappa(pairs), "n": len(pairs)}
    out["per_vereiste"] = {r: kappa([(x[i][r], y[i][r]) for i in ids]) for r in reqs}
    out["per_set"] = {f"extern-beleid-{n}": kappa([(x[i][r], y[i][r]) for i in ids if i.startswith(p) for r in reqs])
                      for n, p in SETS.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    writer, reader, tool = load()
    result = {"schrijver-lezer": compare(writer, reader), "toets-schrijver": compare(tool, writer),
              "toets-lezer": compare(tool, reader)}
    both = [(i, r) for i in writer for r in writer[i] if writer[i][r] == reader[i][r]]
    result["toets_waar_lezers_eens"] = (sum(tool[i][r] == writer[i][r] for i, r in both) / len(both), len(both))
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for name in ("schrijver-lezer", "toets-schrijver", "toets-lezer"):
        res = result[name]
        print(f"{name:16s} gelijk {res['alle'][0]:.3f}  kappa {res['alle'][1]:.3f}  (n={res['n']})")
        for key in ("per_vereiste", "per_set"):
            for k, (po, ka) in res[key].items():
                print(f"   {k:30s} {po:.3f}  kappa {ka:.3f}")
    share, n = result["toets_waar_lezers_eens"]
    print(f"waar schrijver en lezer het eens zijn ({n}): toets gelijk {share:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
