"""Benchmark and quality figures of the language layer (prints figures; not a test).

    python benchmarks/bench_language.py                 # speed + memory + quality
    python benchmarks/bench_language.py --alleen-kwaliteit
    python benchmarks/bench_language.py --herhalingen 5

Speed: the whole pipeline (tokenizer, sentence segmenter, lookup lemmatizer, span finders,
context qualifiers) over every real ruling in /work/shared/corpora/rechtspraak, read with
the project's reader when available (else the XML text), on ONE thread; the median of the
repeated runs is reported as tokens per second. Memory: peak resident set size of this
process (ru_maxrss) and the growth over the runs.
"""

from __future__ import annotations

import argparse
import csv
import glob
import os
import re
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPORA = Path(os.environ.get("KLACHTANALYSE_CORPORA", "/work/shared/corpora"))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ruling_texts() -> list[str]:
    """The full texts of the real rulings in the shared corpora."""
    texts: list[str] = []
    paths = sorted(glob.glob(str(CORPORA / "rechtspraak/xml*/*.xml"))) + sorted(glob.glob(str(CORPORA / "rechtspraak/json/*.json")))
    try:
        from klachtanalyse.read import read_file  # the project's reader, once merged
    except ImportError:
        read_file = None
    for p in paths:
        text = None
        if read_file is not None:
            try:
                text = read_file(p).text
            except Exception:
                text = None
        if text is None and p.endswith(".xml"):
            from lxml import etree

            root = etree.parse(p).getroot()
            text = "\n".join(t.strip() for t in root.itertext() if t.strip())
        if text:
            texts.append(text)
    with open(CORPORA / "rechtspraak/csv/prijsdf_sample_cases_content.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            texts.append(row["description"].replace("|", "\n"))
    return texts


def speed(reps: int) -> None:
    import torch  # noqa: F401  (keep one thread like the rest of the project)

    torch.set_num_threads(1)
    from klachtanalyse import language

    texts = ruling_texts()
    chars = sum(len(t) for t in texts)
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    nlp = language.load()
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_mb()
    ntok = sum(len(nlp.tokenizer(t)) for t in texts)
    runs_full, runs_tok, runs_raw = [], [], []
    for _ in range(reps):
        t = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=16):
            pass
        runs_full.append(time.perf_counter() - t)
        t = time.perf_counter()
        for tx in texts:
            nlp.tokenizer(tx)
        runs_tok.append(time.perf_counter() - t)
        t = time.perf_counter()
        for tx in texts:
            language.sentences(tx)
            language.find_all(tx)
        runs_raw.append(time.perf_counter() - t)
    med = statistics.median
    print(f"corpus: {len(texts)} real rulings, {chars:,} characters, {ntok:,} tokens")
    print(f"load(): {load_s:.1f} s (first call in the process)")
    print(f"whole layer (nlp.pipe, 1 thread): median {ntok / med(runs_full):,.0f} tokens/s over {reps} runs "
          f"(runs: {', '.join(f'{x:.2f}s' for x in runs_full)})")
    print(f"  tokenizer alone: {ntok / med(runs_tok):,.0f} tokens/s")
    print(f"  spaCy-free sentences()+find_all(): {ntok / med(runs_raw):,.0f} tokens/s ({chars / med(runs_raw) / 1e6:.2f} M chars/s)")
    rss_end = _rss_mb()
    print(f"peak RSS: {rss_end:.0f} MB (before load {rss0:.0f} MB, after load {rss_loaded:.0f} MB)")
    # the longest document alone: cost grows linearly?
    longest = max(texts, key=len)
    t = time.perf_counter()
    nlp(longest)
    dt = time.perf_counter() - t
    print(f"longest ruling: {len(longest):,} chars in {dt:.2f} s")


def quality() -> None:
    import json

    from klachtanalyse.language import find_amounts, find_references, sentences
    from klachtanalyse.language.evaluation import evaluate_sentences, evaluate_spans, spacy_sentencizer

    zin = ROOT / "corpora/annotaties/zinnen"
    ours, per = evaluate_sentences(zin, sentences)
    base, per_b = evaluate_sentences(zin, spacy_sentencizer())
    n = sum(1 for f in zin.glob("*.zinnen.txt") for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip())
    print(f"sentence boundaries, {n} hand-annotated units in {len(per)} excerpts:")
    print(f"  klacht_zinnen      {ours.line()}")
    print(f"  spaCy sentencizer  {base.line()}")
    ver = ROOT / "corpora/annotaties/verwijzingen"
    for fn in ("ontwikkel.jsonl", "toets.jsonl"):
        rows = [json.loads(ln) for ln in (ver / fn).read_text(encoding="utf-8").splitlines() if ln.strip()]
        for group, finder in (("wetsverwijzing", find_references), ("bedrag", find_amounts)):
            r, _ = evaluate_spans(rows, group, finder)
            print(f"  {fn:16s} {group:15s} {r.line()}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--herhalingen", type=int, default=3)
    ap.add_argument("--alleen-kwaliteit", action="store_true")
    args = ap.parse_args()
    quality()
    if not args.alleen_kwaliteit:
        speed(args.herhalingen)


if __name__ == "__main__":
    main()
