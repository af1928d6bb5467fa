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
    import spacy  # the layer itself is single-threaded (no torch): nothing to pin

    from klachtanalyse import language

    texts = ruling_texts()
    chars = sum(len(t) for t in texts)
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    nlp = language.load()
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_mb()
    blank = spacy.blank("nl")
    ntok = sum(len(nlp.tokenizer(t)) for t in texts)

    def timed(fn) -> tuple[float, float]:
        w, c = time.perf_counter(), time.process_time()
        fn()
        return time.perf_counter() - w, time.process_time() - c

    full, tok, raw = [], [], []
    for _ in range(reps):
        full.append(timed(lambda: [None for _ in nlp.pipe(texts, batch_size=16)]))
        tok.append(timed(lambda: [blank.tokenizer(t) for t in texts]))
        raw.append(timed(lambda: [(language.sentences(t), language.find_all(t)) for t in texts]))
    med = statistics.median
    print(f"corpus: {len(texts)} real rulings, {chars:,} characters, {ntok:,} tokens")
    print(f"machine load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"load(): {load_s:.1f} s (first call in the process)")
    for name, runs in (("whole layer, nlp.pipe", full), ("spaCy blank('nl') tokenizer alone", tok), ("spaCy-free sentences()+find_all()", raw)):
        cpu = med([c for _, c in runs])
        wall = med([w for w, _ in runs])
        print(f"  {name:36s} {ntok / cpu:>9,.0f} tokens per CPU-second (one core)   {ntok / wall:>9,.0f} tokens/s wall   "
              f"[median of {reps}; CPU s: {', '.join(f'{c:.2f}' for _, c in runs)}]")
    print(f"peak RSS: {_rss_mb():.0f} MB (before load {rss0:.0f} MB, after load {rss_loaded:.0f} MB)")
    longest = max(texts, key=len)
    w, c = timed(lambda: nlp(longest))
    print(f"longest ruling: {len(longest):,} characters in {c:.2f} CPU s ({w:.2f} s wall)")


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


def qualifiers() -> None:
    """Accuracy of the four qualifiers on the written examples (corpora/geschreven/taal)."""
    import json

    from klachtanalyse.language import qualify

    path = ROOT / "corpora/geschreven/taal/kwalificaties.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    right = dict.fromkeys(("negated", "hypothetical", "past", "subject"), 0)
    for r in rows:
        s = r["tekst"].index(r["span"])
        q = qualify(r["tekst"], s, s + len(r["span"]))
        for k in right:
            right[k] += getattr(q, k) == r[k]
    print(f"  qualifiers on {len(rows)} written sentences: " + ", ".join(f"{k} {v}/{len(rows)}" for k, v in right.items()))


def wrapped() -> None:
    """Robustness to PDF-style line wrapping: real paragraphs (over 300 characters) are
    re-wrapped at a fixed width; a paragraph counts as right when its sentences are the same
    as without the line breaks."""
    import random
    import textwrap

    from klachtanalyse.language import sentences

    paras = [p for t in ruling_texts() for p in t.split("\n") if len(p) > 300]
    random.Random(1).shuffle(paras)
    paras = paras[:150]
    for width in (60, 80, 100):
        same = 0
        for p in paras:
            ref = [" ".join(p[s:e].split()) for s, e in sentences(p)]
            w = textwrap.fill(p, width)
            same += [" ".join(w[s:e].split()) for s, e in sentences(w)] == ref
        print(f"  re-wrapped at {width:3d} characters: {same}/{len(paras)} paragraphs split exactly as unwrapped")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--herhalingen", type=int, default=3)
    ap.add_argument("--alleen-kwaliteit", action="store_true")
    args = ap.parse_args()
    quality()
    qualifiers()
    wrapped()
    if not args.alleen_kwaliteit:
        speed(args.herhalingen)


if __name__ == "__main__":
    main()
