"""Benchmarks of the theme classifier: backend selection on dev, and speed.

    python benchmarks/bench_classify.py select [--data corpora/annotaties/themas.jsonl]
        trains every candidate on train, tunes thresholds on dev, prints dev figures side by side
    python benchmarks/bench_classify.py speed [--model DIR [DIR ...]] [--repeat 5]
        documents per second on one core (median of repeats) for complaint-size texts and for
        the rulings in /work/shared/corpora (or corpora/rechtspraak), and peak memory (RSS);
        several models are timed side by side on the same texts in one run, with their ratio

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
    candidates.append(("gestapeld (standaard)", "ensemble", True, {}))
    if not args.no_embeddings:
        candidates += [("e5+kop", "embeddings", False, {}), ("e5+kop+regels", "embeddings", True, {})]
    for label, backend, rules, extra in candidates:
        t0 = time.perf_counter()
        if backend == "embeddings":
            extra = {**extra, "cache_dir": Path("/tmp/klachtanalyse-e5-cache")}
        clf = train(args.data, backend=backend, use_rules=rules, extra_train=args.extra_train, **extra,
                    report=lambda m: print(f"  [{label}] {m}", file=sys.stderr))
        timings[label] = time.perf_counter() - t0
        reports[label] = evaluate(clf, dev)
    print(format_reports(reports))
    print("train+afstemmen (s): " + ", ".join(f"{k} {v:.0f}" for k, v in timings.items()))


def _rulings() -> list[str]:
    """The rulings' texts as the project's reader extracts them (lines per paragraph)."""
    from klachtanalyse.read import ReadError, read_file

    texts = []
    for base in (ROOT / "corpora/rechtspraak/xml", Path("/work/shared/corpora/rechtspraak/xml")):
        for f in sorted(glob.glob(str(base / "*.xml"))):
            try:
                texts.append(read_file(f).text)
            except ReadError:
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
    models = args.model or [None]
    classifiers = []
    for m in models:
        clf = load_classifier(m)
        clf.classify_text(docs[0])  # warm up (lazy imports)
        classifiers.append((f"{clf.name} {clf.version}", clf))
    for label, texts in (("klachten (~400 woorden)", complaints), ("uitspraken", rulings)):
        if not texts:
            print(f"{label}: geen teksten gevonden")
            continue
        avg_words = statistics.mean(len(t.split()) for t in texts)
        rates: dict[str, list[float]] = {n: [] for n, _ in classifiers}
        wall: dict[str, list[float]] = {n: [] for n, _ in classifiers}
        for _ in range(args.repeat):  # models alternate within each repeat: same machine state
            for name, clf in classifiers:
                # a fresh process starts with an empty lemma cache: do not let repeats share it
                from klachtanalyse.classify.backends import _lemmatize_chunk

                _lemmatize_chunk.cache_clear()
                t0, w0 = time.process_time(), time.perf_counter()
                for t in texts:
                    clf.classify_text(t)
                    clf.grounds_text(t)
                rates[name].append(len(texts) / (time.process_time() - t0))
                wall[name].append(len(texts) / (time.perf_counter() - w0))
        first = classifiers[0][0]
        for name, _ in classifiers:
            ratio = f"; {statistics.median(rates[name]) / statistics.median(rates[first]):.2f}x {first}" if name != first else ""
            print(f"{label} [{name}]: {len(texts)} docs, gemiddeld {avg_words:.0f} woorden: mediaan {statistics.median(rates[name]):.1f} "
                  f"docs per CPU-seconde (1 thread; wandklok {statistics.median(wall[name]):.1f} docs/s; {args.repeat}x){ratio}")
    print(f"corpus: mediaan {statistics.median(words):.0f} woorden per document")
    files = sorted((ROOT / "corpora/geschreven/klachten").glob("*.txt"))
    if files:
        from klachtanalyse.pipeline import Options, Pipeline

        pipe = Pipeline(Options(model=models[-1]))
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
    s.add_argument("--extra-train", nargs="*", default=[])
    p = sub.add_parser("speed")
    p.add_argument("--data", default=str(ROOT / "corpora/annotaties/themas.jsonl"))
    p.add_argument("--model", nargs="*", default=None, help="model folders (default: the shipped model)")
    p.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    select(args) if args.cmd == "select" else speed(args)


if __name__ == "__main__":
    main()
