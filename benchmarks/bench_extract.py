"""Speed of the extract stage on rulings (median of repeated runs), without the rest of the pipeline.

    python benchmarks/bench_extract.py [--herhalingen 5]

Prints, per document size class, the median time per ruling and characters per second.
Reading (the XML parse) is done once beforehand and not counted.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from klachtanalyse.extract import extract_document
from klachtanalyse.read import read_file

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--herhalingen", type=int, default=5)
    args = p.parse_args()
    paths = sorted((ROOT / "corpora" / "geschreven" / "uitspraken").glob("*.[xt][mx][lt]"))
    paths += sorted((ROOT / "corpora" / "rechtspraak" / "xml").glob("*.xml"))
    docs = [read_file(p) for p in paths]
    for doc in docs:  # warm caches (patterns, gazetteer)
        extract_document(doc)
    groups = {"kort (<10k tekens)": [], "middel (10k-50k)": [], "lang (>50k)": []}
    for doc in docs:
        n = len(doc.text)
        key = "kort (<10k tekens)" if n < 10_000 else "middel (10k-50k)" if n < 50_000 else "lang (>50k)"
        groups[key].append(doc)
    print(f"{'groep':<20} {'n':>4} {'mediaan ms/uitspraak':>22} {'tekens/s':>12}")
    for key, group in groups.items():
        if not group:
            continue
        runs = []
        for _ in range(args.herhalingen):
            t = time.perf_counter()
            for doc in group:
                extract_document(doc)
            runs.append(time.perf_counter() - t)
        med = statistics.median(runs)
        chars = sum(len(d.text) for d in group)
        print(f"{key:<20} {len(group):>4} {med / len(group) * 1000:>22.1f} {chars / med:>12,.0f}")


if __name__ == "__main__":
    main()
