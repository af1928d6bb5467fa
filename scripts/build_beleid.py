"""Build the written policy corpus and its gold annotations from corpora/geschreven/beleid/bron_*.py.

Writes one .txt per policy in corpora/geschreven/beleid/ and corpora/annotaties/beleid.jsonl with
character offsets for every evidence quote. Fails loudly when a quote is not an exact substring.

    python scripts/build_beleid.py
"""

from __future__ import annotations

import json
import re
import runpy
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "corpora" / "geschreven" / "beleid"
OUT = ROOT / "corpora" / "annotaties" / "beleid.jsonl"
HEADER = "Voorbeeldtekst geschreven voor klachtanalyse; geen officiële regeling van de gemeente {gemeente}."
# Policies b001-b012 were used to tune the rules (dev); the rest is held back for testing.
DEV = {f"b{i:03d}" for i in range(1, 13)}


def slug(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def render(p: dict) -> str:
    parts = [HEADER.format(gemeente=p["gemeente"]), p["titel"], f"Gemeente {p['gemeente']}"]
    for kop, tekst in p["artikelen"]:
        parts.append(f"{kop}\n{tekst}")
    return "\n\n".join(parts) + "\n"


def main() -> int:
    lines, errors = [], []
    for bron in sorted(SRC.glob("bron_*.py")):
        for p in runpy.run_path(str(bron))["BELEID"]:
            text = render(p)
            name = f"{p['id']}-{slug(p['gemeente'])}-{p['soort']}.txt"
            (SRC / name).write_text(text, encoding="utf-8")
            reqs = {}
            for rid, (status, quotes) in sorted(p["gold"].items()):
                ev = []
                for q in quotes:
                    start = text.find(q)
                    if start < 0:
                        errors.append(f"{p['id']} {rid}: quote not found: {q[:60]}")
                        continue
                    ev.append({"text": q, "start": start, "end": start + len(q)})
                if status != "afwezig" and not ev:
                    errors.append(f"{p['id']} {rid}: {status} without evidence")
                reqs[rid] = {"status": status, "evidence": ev}
            lines.append({
                "id": p["id"], "source": f"corpora/geschreven/beleid/{name}", "gemeente": p["gemeente"],
                "soort": p["soort"], "written_for_project": True,
                "split": "dev" if p["id"] in DEV else "test", "text": text, "requirements": reqs,
            })
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for line in sorted(lines, key=lambda r: r["id"]):
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(lines)} policies written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
