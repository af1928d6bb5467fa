"""Accuracy per ruling field against the gold annotations (corpora/annotaties/uitspraken.jsonl).

    python -m klachtanalyse.extract.evaluate [--split test|dev|blind|blind2|...|alle] [-v]

The splits are the ones the annotations file names (`--split help` lists them), so a new blind
round needs no change here.

Paths "corpora:..." in the annotations are relative to the real corpora (corpora/ in this
repository, a copy of shared/corpora). Each annotated ruling is read with the project's reader and passed through the extract
stage as a ruling; each field counts as right only when it equals the gold value exactly
(lists compared as sets, amounts to the cent). Prints one line per field and, with -v, every
disagreement with the passage the value was read from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

FIELDS = [
    "ecli", "instantie", "datum", "grond", "kinderen_betrokken", "belang_kind_gewogen",
    "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente",
]
EXTRA_FIELDS = ["procedure", "verhuurder", "burgemeester"]
ROOT = Path(__file__).resolve().parents[3]


def shared_corpora() -> Path | None:
    """Where the real corpora are: the copy in this repository (corpora/rechtspraak), else the
    shared folder beside the main checkout or above a worktree."""
    if (ROOT / "corpora" / "rechtspraak").is_dir():
        return ROOT / "corpora"
    for base in (ROOT, *ROOT.parents):
        cand = base / "shared" / "corpora"
        if cand.is_dir():
            return cand
    return None


def resolve(path: str, corpora: Path | None) -> Path:
    if path.startswith("corpora:"):
        if corpora is None:
            raise FileNotFoundError("map shared/corpora niet gevonden (geef --corpora)")
        return corpora / path[len("corpora:"):]
    return ROOT / path


def canonical_article(ref: str) -> str:
    """"art. 10.2 Wet milieubeheer" and "art. 10.2 Wm" are the same article: an annotator who
    writes the full name of a law is not wrong (blind4, 28 Nov 2026)."""
    from klachtanalyse.language import short_law_name

    m = re.match(r"(art\.\s+\S+)\s+(.+)$", ref.strip())
    if not m:
        return ref
    return f"{m.group(1)} {short_law_name(m.group(2)) or m.group(2)}"


def same(field: str, got: Any, want: Any) -> bool:
    if field == "wetsartikelen" and (got or want):
        return {canonical_article(x) for x in got or []} == {canonical_article(x) for x in want or []}
    if isinstance(want, list) or isinstance(got, list):
        return set(got or []) == set(want or [])
    if field == "huurachterstand_eur" and got is not None and want is not None:
        return abs(float(got) - float(want)) < 0.005
    return got == want


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def splits_in(path: Path) -> list[str]:
    """The splits an annotations file names, in the order they first occur, then "alle"."""
    seen = dict.fromkeys(r["split"] for r in _rows(path))
    return [*seen, "alle"]


def load(path: Path, split: str) -> list[dict]:
    return [r for r in _rows(path) if split == "alle" or r["split"] == split]


def analyse(item: dict, corpora: Path | None) -> tuple[dict, dict, str | None]:
    """Metadata and extra for one annotated ruling, and the kind the reader gave it."""
    from klachtanalyse.extract import extract_document
    from klachtanalyse.read import read_file

    doc = read_file(resolve(item["path"], corpora))
    read_kind = doc.kind
    doc.kind = "uitspraak"  # the fields are measured on rulings, whatever the kind guess said
    meta, extra = extract_document(doc)
    roles = extra.get("partijrollen") or {}
    extra = {**extra, "verhuurder": roles.get("verhuurder"), "burgemeester": roles.get("burgemeester")}
    return meta, extra, read_kind


def evaluate(annotaties: Path, split: str, corpora: Path | None, verbose: bool, out=sys.stdout) -> dict[str, float]:
    items = load(annotaties, split)
    right = {f: 0 for f in FIELDS + EXTRA_FIELDS}
    kinds = {"uitspraak": 0}
    errors = 0
    for item in items:
        try:
            meta, extra, read_kind = analyse(item, corpora)
        except Exception as err:  # a file that cannot be read counts as wrong on every field
            errors += 1
            print(f"  {item['ecli']}: niet gelezen ({type(err).__name__}: {err})", file=out)
            continue
        kinds["uitspraak"] += read_kind == "uitspraak"
        for f in FIELDS:
            ok = same(f, meta.get(f), item["velden"].get(f))
            right[f] += ok
            if not ok and verbose:
                ev = (extra.get("bewijs") or {}).get(f)
                where = f'  <- "{ev["text"][:110]}"' if ev else ""
                print(f"  {item['ecli']} {f}: kreeg {meta.get(f)!r}, goud {item['velden'].get(f)!r}{where}", file=out)
        for f in EXTRA_FIELDS:
            want = (item.get("extra") or {}).get(f)
            ok = same(f, extra.get(f), want)
            right[f] += ok
            if not ok and verbose:
                print(f"  {item['ecli']} extra.{f}: kreeg {extra.get(f)!r}, goud {want!r}", file=out)
    n = len(items)
    scores = {f: (right[f] / n if n else 0.0) for f in right}
    print(f"\nsplit={split}: {n} uitspraken ({sum(not i.get('geschreven', False) for i in items)} echt), "
          f"{errors} niet gelezen, {kinds['uitspraak']} door de lezer als uitspraak herkend", file=out)
    print(f"{'veld':<22} {'juist':>7} {'nauwkeurigheid':>15}", file=out)
    for f in FIELDS:
        print(f"{f:<22} {right[f]:>3}/{n:<3} {scores[f]:>15.3f}", file=out)
    print("extra:", file=out)
    for f in EXTRA_FIELDS:
        print(f"{f:<22} {right[f]:>3}/{n:<3} {scores[f]:>15.3f}", file=out)
    return scores


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m klachtanalyse.extract.evaluate", description=__doc__.splitlines()[0])
    p.add_argument("--annotaties", type=Path, default=ROOT / "corpora" / "annotaties" / "uitspraken.jsonl")
    p.add_argument("--split", default="test", help="een split uit het annotatiebestand, of 'alle' ('help' toont ze)")
    p.add_argument("--corpora", type=Path, default=None, help="map shared/corpora (standaard: gezocht boven de checkout)")
    p.add_argument("-v", "--verbose", action="store_true", help="toon elke afwijking met de passage")
    args = p.parse_args(argv)
    if not args.annotaties.exists():
        print(f"annotaties niet gevonden: {args.annotaties}", file=sys.stderr)
        return 2
    known = splits_in(args.annotaties)
    if args.split == "help":
        print(f"splits in {args.annotaties.name}: {', '.join(known)}")
        return 0
    if args.split not in known:
        print(f"onbekende split {args.split!r}; {args.annotaties.name} kent: {', '.join(known)}", file=sys.stderr)
        return 2
    evaluate(args.annotaties, args.split, args.corpora or shared_corpora(), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
