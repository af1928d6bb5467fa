"""Side-by-side: deduce (LGPL, Dutch de-identification) against klachtanalyse.privacy on the
annotated set, per type and split. deduce pins an old `regex`, so it lives in its own venv:

    python3 -m venv /tmp/deduce-venv && /tmp/deduce-venv/bin/pip install deduce==3.0.6
    python benchmarks/compare_deduce.py --deduce-python /tmp/deduce-venv/bin/python

deduce's tags are mapped to our types: persoon/patient -> PERSOON, telefoonnummer ->
TELEFOON, emailadres -> EMAIL, bsn -> BSN, id -> IBAN or BSN, datum -> GEBOORTEDATUM (deduce
tags every date), locatie -> ADRES, POSTCODE or WOONPLAATS (whichever annotation it
overlaps). Any deduce span over an organisation that must stay counts as "behouden aangetast".
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

RUNNER = r'''
import json, sys, time
t0 = time.time()
from deduce import Deduce
d = Deduce()
t1 = time.time()
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
t2 = time.time()
out = [{"id": r["id"], "annotations": [{"start": int(a.start_char), "end": int(a.end_char), "tag": a.tag}
        for a in d.deidentify(r["text"]).annotations]} for r in rows]
t3 = time.time()
with open(sys.argv[2], "w") as fh:
    json.dump({"load_s": t1 - t0, "docs_s": t3 - t2, "docs": out}, fh)
'''

MAP = {"persoon": ["PERSOON"], "patient": ["PERSOON"], "telefoonnummer": ["TELEFOON"], "emailadres": ["EMAIL"],
       "url": ["EMAIL"], "bsn": ["BSN"], "id": ["IBAN", "BSN"], "datum": ["GEBOORTEDATUM"],
       "locatie": ["ADRES", "POSTCODE", "WOONPLAATS"]}


def main() -> int:
    from klachtanalyse.privacy import find_personal_data
    from klachtanalyse.privacy.annotations import JSONL, load
    from klachtanalyse.privacy.detect import Span
    from klachtanalyse.privacy.evaluate import evaluate, format_table

    ap = argparse.ArgumentParser()
    ap.add_argument("--deduce-python", required=True)
    args = ap.parse_args()
    rows = load()
    with tempfile.TemporaryDirectory() as tmp:
        runner = Path(tmp) / "run.py"
        runner.write_text(RUNNER)
        out = Path(tmp) / "out.json"
        subprocess.run([args.deduce_python, str(runner), str(JSONL), str(out)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = json.loads(out.read_text())
    by_id = {d["id"]: d["annotations"] for d in result["docs"]}
    spans_of: dict[str, list[Span]] = {}
    for row in rows:
        spans = []
        for a in by_id[row["id"]]:
            types = MAP.get(a["tag"], ["PERSOON"])  # organisations (zorginstelling ...) count against precision
            t = next((g["type"] for g in row["spans"] if g["type"] in types
                      and g["start"] < a["end"] and a["start"] < g["end"]), types[0])
            spans.append(Span(a["start"], a["end"], t, row["text"][a["start"]:a["end"]], a["tag"]))
        spans_of[row["text"]] = spans
    t0 = time.perf_counter()
    for row in rows:
        find_personal_data(row["text"])
    ours_s = time.perf_counter() - t0
    for split in ("dev", "test", "nieuw", "alle"):
        sel = [r for r in rows if split == "alle" or r["split"] == split]
        print(f"\n== split {split}: deduce")
        print(format_table(evaluate(sel, detector=lambda text, kind="klacht": spans_of[text])))
        print(f"== split {split}: klachtanalyse.privacy")
        print(format_table(evaluate(sel)))
    print(f"\ndeduce: start {result['load_s']:.0f} s, {len(rows) / result['docs_s']:.0f} documenten/s; "
          f"klachtanalyse.privacy: {len(rows) / ours_s:.0f} documenten/s (start < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
