"""Benchmarks of the theme classifier: backend selection on dev, and speed.

    python benchmarks/bench_classify.py select [--data corpora/annotaties/themas.jsonl]
        trains every candidate on train, tunes thresholds on dev, prints dev figures side by side
    python benchmarks/bench_classify.py speed [--model DIR] [--repeat 5]
        documents per second on one core (median of repeats) for complaint-size texts and for
        the rulings in /work/shared/corpora (or corpora/rechtspraak), and peak memory (RSS)

Nothing here is a test: figures vary with the machine; the printed medians go in the model card.
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("OMP_NUM_THREADS", "1")


def select(args) -> None:
    import torch

    torch.set_num_threads(1)
    from klachtanalyse.classify.dataset import by_split, read_annotations
    from klachtanalyse.classify.evaluation import evaluate, format_reports
    from klachtanalyse.classify.training import train

    dev = by_split(read_annotations(args.data))["dev"]
    reports = {}
    timings = {}
    candidates = [("regels", "rules", True, {}), ("textcat", "textcat", False, {}), ("textcat+regels", "textcat", True, {}),
                  ("textcat+regelkenm.", "textcat", False, {"rule_features": True}),
                  ("textcat+regelkenm.+regels", "textcat", True, {"rule_features": True})]
    if args.ensemble:
        candidates.append(("ensemble+regels", "textcat", True, {"arch": "ensemble"}))
    if not args.no_embeddings:
        candidates += [("e5+kop", "embeddings", False, {}), ("e5+kop+regels", "embeddings", True, {})]
    for label, backend, rules, extra in candidates:
        t0 = time.perf_counter()
        clf = train(args.data, backend=backend, use_rules=rules, cache_dir=Path("/tmp/klachtanalyse-e5-cache"), **extra,
                    report=lambda m: print(f"  [{label}] {m}", file=sys.stderr))
        timings[label] = time.perf_counter() - t0
        reports[label] = evaluate(clf, dev)
    print(format_reports(reports))
    print("train+afstemmen (s): " + ", ".join(f"{k} {v:.0f}" for k, v in timings.items()))


def _rulings() -> list[str]:
    import lxml.etree as ET

    texts = []
    for base in (ROOT / "corpora/rechtspraak/xml", Path("/work/shared/corpora/rechtspraak/xml")):
        for f in sorted(glob.glob(str(base / "*.xml"))):
            try:
                texts.append(" ".join(ET.fromstring(Path(f).read_bytes().strip()).itertext()))
            except ET.XMLSyntaxError:
                continue
        if texts:
            break
    return texts


def speed(args) -> None:
    import torch

    torch.set_num_threads(1)
    from klachtanalyse.classify import load_classifier
    from klachtanalyse.classify.dataset import read_annotations

    docs = [d.text for d in read_annotations(args.data)]
    words = [len(t.split()) for t in docs]
    # complaint-size: glue corpus documents to ~400 words each
    complaints, cur = [], []
    for t in docs:
        cur.append(t)
        if sum(len(x.split()) for x in cur) >= 400:
            complaints.append("\n\n".join(cur))
            cur = []
    rulings = _rulings()
    clf = load_classifier(args.model)
    clf.classify_text(docs[0])  # warm up (lazy imports)
    for label, texts in (("klachten (~400 woorden)", complaints), ("uitspraken", rulings)):
        if not texts:
            print(f"{label}: geen teksten gevonden")
            continue
        rates, wall = [], []
        for _ in range(args.repeat):
            t0, w0 = time.process_time(), time.perf_counter()
            for t in texts:
                clf.classify_text(t)
                clf.grounds_text(t)
            rates.append(len(texts) / (time.process_time() - t0))
            wall.append(len(texts) / (time.perf_counter() - w0))
        avg_words = statistics.mean(len(t.split()) for t in texts)
        print(f"{label}: {len(texts)} docs, gemiddeld {avg_words:.0f} woorden: mediaan {statistics.median(rates):.1f} docs per CPU-seconde "
              f"(1 thread; wandklok {statistics.median(wall):.1f} docs/s op een gedeelde machine; {args.repeat}x)")
    print(f"corpus: mediaan {statistics.median(words):.0f} woorden per document")
    files = sorted((ROOT / "corpora/geschreven/klachten").glob("*.txt"))
    if files:
        from klachtanalyse.pipeline import Options, Pipeline

        pipe = Pipeline(Options(model=args.model))
        pipe.analyse_file(files[0])
        t0, w0 = time.process_time(), time.perf_counter()
        for f in files:
            pipe.analyse_file(f)
        print(f"pipeline (lezen+taal+thema's+feiten) over {len(files)} klachtbestanden: "
              f"{len(files) / (time.process_time() - t0):.1f} bestanden per CPU-seconde (wandklok {len(files) / (time.perf_counter() - w0):.1f}/s)")
    print(f"piekgeheugen (RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--data", default=str(ROOT / "corpora/annotaties/themas.jsonl"))
    s.add_argument("--no-embeddings", action="store_true")
    s.add_argument("--ensemble", action="store_true")
    p = sub.add_parser("speed")
    p.add_argument("--data", default=str(ROOT / "corpora/annotaties/themas.jsonl"))
    p.add_argument("--model", default=None)
    p.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    select(args) if args.cmd == "select" else speed(args)


if __name__ == "__main__":
    main()
