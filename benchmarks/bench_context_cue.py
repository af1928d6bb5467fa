"""How well the "loss of a home at stake" cue separates texts with a theme from texts without.

Why: the theme stacker reads this yes/no cue (classify/stacking.home_loss); it is only useful if
it is true for texts that raise a theme and false for complaints about other subjects. Prints,
per cue version, the share of annotated texts it matches, on every annotation file in
corpora/annotaties/*themas*.jsonl except the fixed test split.

    python benchmarks/bench_context_cue.py
"""

from __future__ import annotations

import json
from pathlib import Path

from klachtanalyse.classify.stacking import home_loss
from klachtanalyse.classify.text import fold

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    counts = {1: [0, 0], 2: [0, 0]}
    totals = [0, 0]
    for path in sorted((REPO / "corpora/annotaties").glob("*themas*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if doc.get("split") == "test":
                continue
            folded = fold(doc["text"])
            side = 0 if doc["themes"] else 1
            totals[side] += 1
            for version in counts:
                counts[version][side] += home_loss(folded, version)
    print(f"texts with a theme: {totals[0]}, without: {totals[1]} (test split left out)")
    for version, (pos, neg) in counts.items():
        print(f"cue version {version}: matches {pos / totals[0]:.3f} of texts with a theme, {neg / totals[1]:.3f} of texts without")


if __name__ == "__main__":
    main()
