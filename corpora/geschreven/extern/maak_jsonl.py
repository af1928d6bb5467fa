"""Build the external (hold-out) evaluation set from its source files.

WHY: texts and their annotations are written together in `bron/*.bron` so that a human
reads the passage and its labels side by side; this script writes the plain `.txt` files
and the JSONL annotations, computing character offsets (never typed by hand) and checking
that every span is an exact substring and every label id is in the taxonomy.

Run from the repository root:  python corpora/geschreven/extern/maak_jsonl.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def load_taxonomy() -> dict:
    for p in (ROOT / "spec/taxonomy.yaml", ROOT / "shared/spec/taxonomy.yaml", Path("/work/shared/spec/taxonomy.yaml")):
        if p.exists():
            return yaml.safe_load(p.read_text(encoding="utf-8"))
    sys.exit("taxonomy.yaml niet gevonden")


HEADER = re.compile(r"^=== (x\d{3}|xb\d{2}) (\S+) \| (.+)$")


def parse(path: Path) -> list[dict]:
    """Each entry: '=== id slug | key: value | key: value', text, a line '---', label lines."""
    entries, cur, mode = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = HEADER.match(line)
        if m:
            cur = {"id": m.group(1), "slug": m.group(2), "text": [], "ann": []}
            for part in m.group(3).split("|"):
                k, _, v = part.partition(":")
                cur[k.strip()] = v.strip()
            entries.append(cur)
            mode = "text"
            continue
        if cur is None:
            continue
        if mode == "text" and line.strip() == "---":
            mode = "ann"
            continue
        if mode == "text":
            cur["text"].append(line)
        elif line.strip():
            cur["ann"].append(line)
    return entries


def span(text: str, needle: str, where: str) -> dict:
    i = text.find(needle)
    if i < 0:
        sys.exit(f"{where}: evidence is geen exacte deelstring: {needle[:40]!r}")
    return {"text": needle, "start": i, "end": i + len(needle)}


def ids(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip() and v.strip() != "-"]


def main() -> None:
    tax = load_taxonomy()
    themes, grounds, reqs = set(tax["themes"]), set(tax["grounds"]), list(tax["policy_requirements"])
    klachten, beleid = [], []
    for src in sorted((HERE / "bron").glob("*.bron")):
        for e in parse(src):
            text = "\n".join(e["text"]).strip("\n") + "\n"
            where = e["id"]
            if e["id"].startswith("xb"):
                rel = f"corpora/geschreven/extern/beleid/{e['id']}-{e['slug']}.txt"
                req = {r: {"status": "afwezig", "evidence": []} for r in reqs}
                for a in e["ann"]:
                    rid, _, rest = a.partition(":")
                    status, _, needle = rest.strip().partition("|")
                    rid, status = rid.strip(), status.strip()
                    if rid not in req or status not in ("aanwezig", "gedeeltelijk", "afwezig"):
                        sys.exit(f"{where}: onbekende eis of status {rid!r} {status!r}")
                    if status == "afwezig":
                        sys.exit(f"{where}: afwezig krijgt geen evidence")
                    if req[rid]["evidence"] and req[rid]["status"] != status:
                        sys.exit(f"{where}: tegenstrijdige status voor {rid}")
                    req[rid]["status"] = status
                    req[rid]["evidence"].append(span(text, needle.strip(), where))
                beleid.append({"id": e["id"], "source": rel, "gemeente": e["gemeente"], "soort": e["soort"],
                               "written_for_project": True, "split": "extern", "text": text,
                               "requirements": req})
            else:
                rel = f"corpora/geschreven/extern/klachten/{e['id']}-{e['slug']}.txt"
                th, gr = ids(e.get("themes", "")), ids(e.get("grounds", ""))
                for t in th:
                    if t not in themes:
                        sys.exit(f"{where}: onbekend thema {t}")
                for g in gr:
                    if g not in grounds:
                        sys.exit(f"{where}: onbekende grond {g}")
                ev = []
                for a in e["ann"]:
                    lab, _, needle = a.partition(":")
                    lab = lab.strip()
                    if lab not in th:
                        sys.exit(f"{where}: evidence voor niet-opgegeven thema {lab}")
                    ev.append({"label": lab, **span(text, needle.strip(), where)})
                for t in th:
                    if not any(x["label"] == t for x in ev):
                        sys.exit(f"{where}: thema {t} zonder evidence")
                n = len(text.split())
                if not 40 <= n <= 500:
                    sys.exit(f"{where}: {n} woorden (40-500)")
                klachten.append({"id": e["id"], "source": rel, "kind": "klacht", "register": e["register"],
                                 "written_for_project": True, "split": "extern", "text": text,
                                 "themes": th, "grounds": gr, "evidence": ev})
            (ROOT / rel).write_text(text, encoding="utf-8")
    # a renamed slug would otherwise leave a stale text behind that no annotation describes
    written = {r["source"] for r in klachten + beleid}
    for sub in ("klachten", "beleid"):
        for old in (HERE / sub).glob("*.txt"):
            if f"corpora/geschreven/extern/{sub}/{old.name}" not in written:
                old.unlink()
    seen = [r["id"] for r in klachten + beleid]
    if len(seen) != len(set(seen)):
        sys.exit("dubbele id's")
    for name, rows in (("extern-themas.jsonl", klachten), ("extern-beleid.jsonl", beleid)):
        with open(ROOT / "corpora/annotaties" / name, "w", encoding="utf-8") as f:
            for r in sorted(rows, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # figures
    from collections import Counter
    c = Counter(t for r in klachten for t in r["themes"])
    neg = sum(1 for r in klachten if not r["themes"])
    print(f"klachten: {len(klachten)} (zonder thema: {neg})")
    for t in tax["themes"]:
        print(f"  {t:28s} {c[t]}")
    s = Counter((r, v["status"]) for b in beleid for r, v in b["requirements"].items())
    print(f"beleid: {len(beleid)}")
    for r in reqs:
        print(f"  {r:28s} " + "  ".join(f"{st}={s[(r, st)]}" for st in ("aanwezig", "gedeeltelijk", "afwezig")))


if __name__ == "__main__":
    main()
