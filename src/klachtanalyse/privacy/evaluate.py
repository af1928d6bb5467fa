"""Recall and precision per type on the annotated set (corpora/annotaties/persoonsgegevens.jsonl).

    python -m klachtanalyse.privacy.evaluate [--split dev|test|nieuw|vers|slot|blind|eind|laatst|alle] [--fouten]

A found span counts as right when it overlaps an annotated span of the same type (partial
hits are counted separately as "deels": the span was found but not exactly). Recall is what
share of annotated spans was hit; precision what share of found spans hits an annotation.
`behouden` counts annotated organisations (gemeenten, corporations, public bodies) that a
detection touched: it must be 0. Text never goes to the log; `--fouten` prints the misses
for the developer, on the project's own written texts only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from klachtanalyse.privacy.annotations import JSONL, ROUNDS, load
from klachtanalyse.privacy.detect import TYPES, find_personal_data


def evaluate(rows: list[dict], detector=find_personal_data, show_errors: bool = False) -> dict:
    gold_n, found_n, tp_gold, tp_found, exact = Counter(), Counter(), Counter(), Counter(), Counter()
    kept_removed = 0
    kept_total = 0
    errors: list[str] = []
    for row in rows:
        text = row["text"]
        found = [(s.start, s.end, s.type) for s in detector(text)]
        gold = [(g["start"], g["end"], g["type"]) for g in row["spans"]]
        for gs, ge, gt in gold:
            gold_n[gt] += 1
            hits = [f for f in found if f[2] == gt and f[0] < ge and gs < f[1]]
            if hits:
                tp_gold[gt] += 1
                if any(h[0] == gs and h[1] == ge for h in hits):
                    exact[gt] += 1
                elif show_errors:
                    errors.append(f"{row['id']}: DEELS {gt} {text[gs:ge]!r} <> {[text[h[0]:h[1]] for h in hits]}")
            elif show_errors:
                other = [f"{f[2]}:{text[f[0]:f[1]]!r}" for f in found if f[0] < ge and gs < f[1]]
                errors.append(f"{row['id']}: GEMIST {gt} {text[gs:ge]!r} {other}")
        for fs, fe, ft in found:
            found_n[ft] += 1
            if any(g[2] == ft and g[0] < fe and fs < g[1] for g in gold):
                tp_found[ft] += 1
            elif show_errors:
                errors.append(f"{row['id']}: ONTERECHT {ft} {text[fs:fe]!r}")
        for k in row["keep"]:
            kept_total += 1
            if any(f[0] < k["end"] and k["start"] < f[1] for f in found):
                kept_removed += 1
                if show_errors:
                    errors.append(f"{row['id']}: BEHOUDEN WEGGEHAALD {k['text']!r}")
    table = {}
    for t in TYPES:
        table[t] = {
            "annotaties": gold_n[t], "gevonden": found_n[t],
            "recall": tp_gold[t] / gold_n[t] if gold_n[t] else None,
            "precisie": tp_found[t] / found_n[t] if found_n[t] else None,
            "exact": exact[t] / gold_n[t] if gold_n[t] else None,
        }
    g, fo = sum(gold_n.values()), sum(found_n.values())
    table["TOTAAL"] = {"annotaties": g, "gevonden": fo, "recall": sum(tp_gold.values()) / g if g else None,
                       "precisie": sum(tp_found.values()) / fo if fo else None,
                       "exact": sum(exact.values()) / g if g else None}
    return {"table": table, "behouden_weggehaald": kept_removed, "behouden_totaal": kept_total,
            "documenten": len(rows), "errors": errors}


def format_table(result: dict) -> str:
    def f(x):
        return "   -  " if x is None else f"{x:6.3f}"

    lines = [f"{'type':<15}{'annot.':>7}{'gevond.':>8}{'recall':>8}{'precisie':>9}{'exact':>8}"]
    for t, row in result["table"].items():
        lines.append(f"{t:<15}{row['annotaties']:>7}{row['gevonden']:>8}  {f(row['recall'])} {f(row['precisie'])}  {f(row['exact'])}")
    lines.append(f"behouden organisaties/gemeenten aangetast: {result['behouden_weggehaald']} van {result['behouden_totaal']}"
                 f"  ({result['documenten']} documenten)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m klachtanalyse.privacy.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", *ROUNDS, "alle"], default="alle")
    ap.add_argument("--fouten", action="store_true", help="toon missers en onterechte treffers (eigen testteksten)")
    ap.add_argument("--annotaties", default=str(JSONL))
    args = ap.parse_args(argv)
    rows = load(args.annotaties)
    if args.split != "alle":
        rows = [r for r in rows if r["split"] == args.split]
    result = evaluate(rows, show_errors=args.fouten)
    print(f"evaluatie op {args.annotaties} (split: {args.split})")
    print(format_table(result))
    for e in result["errors"]:
        print(e, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
