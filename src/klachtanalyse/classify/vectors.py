"""Static word vectors (distilled from multilingual-e5-small) and sentence embeddings from them.

A sentence is the SIF-weighted mean of its words' vectors (weight a/(a+p(w)): frequent words
such as "de" and "ik" count little), normalised to length 1. Words missing from the
vocabulary fall back to their spaCy lookup lemma ("sliepen" -> "slapen"); words with neither
are skipped. The vectors are built by scripts/bouw_woordvectoren.py and ship inside the
package (classify/woordvectoren/), so nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np

WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
PACKAGED = Path(__file__).with_name("woordvectoren")
SIF_A = 1e-3


@functools.lru_cache(maxsize=1)
def lemma_table():
    """spaCy's Dutch lookup lemmas (spacy-lookups-data, offline): `.get(word form)` -> lemma.

    A spaCy Table (keys are hashes of the strings, so look words up with `.get`); the same
    table the textcat's lemmatizer uses, so a process loads it once (about a second)."""
    from klachtanalyse.classify.backends import _lemmatizer

    return _lemmatizer().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


class WordVectors:
    """Vocabulary, float16 vectors and SIF weights; `embed` turns sentences into vectors."""

    def __init__(self, words: list[str], vectors: np.ndarray, counts: list[int], a: float = SIF_A):
        if len(words) != len(vectors):
            raise ValueError("woordvectoren: woordenlijst en matrix verschillen in lengte")
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = vectors.astype(np.float32)
        total = max(1, sum(counts))
        # a word added only as a lemma (count 0) is treated as seen once
        self.weights = np.array([a / (a + max(c, 1) / total) for c in counts], dtype=np.float32)
        self.dim = self.vectors.shape[1]
        self._lemmas = None

    @classmethod
    def load(cls, folder: str | Path = PACKAGED) -> "WordVectors":
        folder = Path(folder)
        words, counts = [], []
        with open(folder / "vocab.tsv", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                w, c = line.rstrip("\n").split("\t")
                words.append(w)
                counts.append(int(c))
        return cls(words, np.load(folder / "vectors.npy"), counts)

    def _ids(self, text: str) -> list[int]:
        out = []
        for raw in WORD.findall(text):
            w = raw.lower()
            i = self.index.get(w)
            if i is None:
                if self._lemmas is None:
                    self._lemmas = lemma_table()
                lem = self._lemmas.get(w)
                i = self.index.get(lem) if lem else None
            if i is not None:
                out.append(i)
        return out

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for k, t in enumerate(texts):
            ids = self._ids(t)
            if ids:
                w = self.weights[ids]
                v = w @ self.vectors[ids] / w.sum()
                out[k] = v / (np.linalg.norm(v) + 1e-9)
        return out

    def coverage(self, texts: list[str]) -> float:
        """Share of word tokens that get a vector (directly or through their lemma)."""
        n = sum(len(WORD.findall(t)) for t in texts)
        return sum(len(self._ids(t)) for t in texts) / n if n else 1.0


@functools.lru_cache(maxsize=2)
def load_vectors(folder: str | None = None) -> WordVectors:
    """One copy per process (the batch workers each load it once)."""
    return WordVectors.load(folder or PACKAGED)
