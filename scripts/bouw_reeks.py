#!/usr/bin/env python3
"""Build one further writer's batch: FOLDER/bron/*.bron -> FOLDER/*.txt + an annotations JSONL.

    python scripts/bouw_reeks.py corpora/geschreven/klachten-3 corpora/annotaties/themas-3.jsonl

Why a separate builder: these batches must not be picked up by the main
``scripts/annotaties_check.py build`` (which owns themas.jsonl and its frozen splits), but
they use exactly the same source format, parser and offset computation. Every document is
split "train": extra training data; evaluation stays on the first corpus and the independent
set. Validate afterwards with ``python scripts/annotaties_check.py check OUTFILE``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("annotaties_check", ROOT / "scripts" / "annotaties_check.py")
ac = importlib.util.module_from_spec(spec)
sys.modules["annotaties_check"] = ac
spec.loader.exec_module(ac)


def build(folder: Path, out: Path) -> int:
    written = folder.resolve().relative_to(ROOT).as_posix()
    records = []
    try:
        for path in sorted((folder / "bron").glob("*.bron")):
            for d in ac.parse_bron(path):
                for label, _, _ in d.quotes:
                    if label not in ac.THEMES:
                        raise ac.AnnotationError(f"{d.where} ({d.id}): unknown theme {label!r}")
                rec = ac.bron_to_record(d)
                rec["source"] = f"{written}/{d.id}-{d.slug}.txt"
                rec["split"] = "train"
                records.append(rec)
    except ac.AnnotationError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 1
    records.sort(key=lambda r: r["id"])
    keep = set()
    for r in records:
        p = ROOT / r["source"]
        keep.add(p.name)
        p.write_bytes(r["text"].encode("utf-8"))
    for p in folder.glob("*.txt"):
        if p.name not in keep:
            p.unlink()
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    problems = ac.validate(records)
    for p in problems:
        print(f"fout: {p}", file=sys.stderr)
    print(json.dumps(ac.stats(records), ensure_ascii=False, indent=1))
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="map met bron/*.bron (bijv. corpora/geschreven/klachten-3)")
    ap.add_argument("out", type=Path, help="het annotatiebestand dat geschreven wordt (bijv. corpora/annotaties/themas-3.jsonl)")
    args = ap.parse_args()
    return build(args.folder, args.out)


if __name__ == "__main__":
    sys.exit(main())
