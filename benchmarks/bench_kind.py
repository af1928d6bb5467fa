"""How often the reader guesses the document kind right from the text alone (as for a PDF or .txt).

Why: the kind decides a document's path (ruling facts only for rulings, the policy check for
policies) and the researchers' filters (`--kind klacht`). Complaint-side texts are the many
registers of issue 2 (letters, e-mails, chats, intake and case notes, lawyers' letters and
filings); rulings, regulations and the press release must keep their kind.

    python benchmarks/bench_kind.py [--fouten]

Sets: every complaint-side text of corpora/annotaties/*themas*.jsonl (kind "klacht"), the real
rulings (corpora/rechtspraak/xml, read and then judged on their text only) and the written
ones (corpora/geschreven/uitspraken), the written policies (corpora/geschreven/beleid,
corpora/geschreven/extern/beleid), the national regulations (corpora/regelgeving/nationaal)
and the press release.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from klachtanalyse.read import read_file  # noqa: E402
from klachtanalyse.read.kind import detect_kind  # noqa: E402

C = ROOT / "corpora"


def items():
    for f in sorted((C / "annotaties").glob("*themas*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind", "klacht") == "klacht":
                yield f.stem, row["id"], "klacht", row["text"]
    for p in sorted((C / "rechtspraak" / "xml").glob("*.xml")) + sorted((C / "geschreven" / "uitspraken").glob("*")):
        yield "uitspraken", p.name, "uitspraak", read_file(p).text
    for p in sorted((C / "geschreven" / "beleid").glob("*.txt")) + sorted((C / "geschreven" / "extern" / "beleid").glob("*.txt")):
        yield "beleid (geschreven)", p.name, "beleid", p.read_text(encoding="utf-8")
    for p in sorted((C / "regelgeving" / "nationaal").glob("*.md")):
        yield "wetten", p.name, "beleid", p.read_text(encoding="utf-8")
    yield "persbericht", "persbericht", "rapport", (C / "rapporten" / "persbericht-nationale-ombudsman-2023-01-24.md").read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fouten", action="store_true", help="toon elk fout geraden document")
    args = ap.parse_args(argv)
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    wrong = []
    for group, doc_id, gold, text in items():
        guess = detect_kind(text)
        per[group, gold][guess] += 1
        if guess != gold:
            wrong.append((group, doc_id, gold, guess))
    total: Counter = Counter()
    print(f"{'set':24s} {'kind':10s} {'right':>11s}  guesses")
    for (group, gold), c in per.items():
        n = sum(c.values())
        total[gold, "ok"] += c[gold]
        total[gold, "n"] += n
        print(f"{group:24s} {gold:10s} {c[gold]:5d}/{n:<5d}  {dict(c.most_common())}")
    for gold in ("klacht", "uitspraak", "beleid", "rapport"):
        ok, n = total[gold, "ok"], total[gold, "n"]
        print(f"{gold}: {ok}/{n} = {ok / n:.1%}")
    if args.fouten:
        for w in wrong:
            print(*w, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
