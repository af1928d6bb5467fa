"""Measuring the layer against the hand-annotated samples in corpora/annotaties/.

Sentences: corpora/annotaties/zinnen/<naam>.txt (the excerpt) and <naam>.zinnen.txt (one gold
sentence per line, whitespace normalised). Boundary F1 compares the start offsets of all
sentences but the first of each excerpt.

References and amounts: corpora/annotaties/verwijzingen/*.jsonl, one passage per line:
{"bron": ..., "tekst": ..., "wetsverwijzing": [[start, end, "art. 7:231 BW"], ...],
 "bedrag": [[start, end, 3250.5], ...]}. A found item counts as correct when its value is
right and its span overlaps the gold span (evidence offsets may differ by a word).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable


@dataclass
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def line(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def align(text: str, sents: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of each gold sentence in `text`, in order (whitespace may differ)."""
    out = []
    pos = 0
    for s in sents:
        pat = r"\s*".join(re.escape(w) for w in s.split())
        m = re.compile(pat).search(text, pos)
        if m is None:
            raise ValueError(f"gold sentence not found in excerpt: {s[:60]!r}")
        out.append((m.start(), m.end()))
        pos = m.end()
    return out


def load_sentence_sample(folder: Path) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(name, excerpt text, gold sentence spans) for every annotated excerpt."""
    out = []
    for gold in sorted(Path(folder).glob("*.zinnen.txt")):
        name = gold.name[: -len(".zinnen.txt")]
        text = (gold.parent / f"{name}.txt").read_text(encoding="utf-8")
        lines = [ln for ln in gold.read_text(encoding="utf-8").splitlines() if ln.strip()]
        out.append((name, text, align(text, lines)))
    return out


def boundary_prf(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> PRF:
    g = {s for s, _ in gold[1:]}
    p = {s for s, _ in pred[1:]}
    return PRF(len(g & p), len(p - g), len(g - p))


def spacy_sentencizer() -> Callable[[str], list[tuple[int, int]]]:
    """spaCy's default rule-based sentencizer on blank Dutch: the baseline."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")

    def split(text: str) -> list[tuple[int, int]]:
        out = []
        for s in nlp(text).sents:
            toks = [t for t in s if not t.is_space]
            if toks:
                out.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
        return out

    return split


def evaluate_sentences(folder: Path, splitter: Callable[[str], list[tuple[int, int]]]) -> tuple[PRF, dict[str, PRF]]:
    per: dict[str, PRF] = {}
    total = PRF(0, 0, 0)
    for name, text, gold in load_sentence_sample(folder):
        r = boundary_prf(gold, splitter(text))
        per[name] = r
        total = total + r
    return total, per


def load_span_sample(folder: Path) -> list[dict]:
    rows = []
    for f in sorted(Path(folder).glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate_spans(rows: list[dict], group: str, finder: Callable[[str], list]) -> tuple[PRF, list[str]]:
    """P/R of a finder on one group; also the list of errors, for reading."""
    total = PRF(0, 0, 0)
    errors: list[str] = []
    for row in rows:
        text = row["tekst"]
        gold = [tuple(g) for g in row.get(group, [])]
        pred = [(m.start, m.end, m.value) for m in finder(text)]
        used: set[int] = set()
        tp = 0
        for ps, pe, pv in pred:
            hit = None
            for k, (gs, ge, gv) in enumerate(gold):
                if k in used:
                    continue
                if ps < ge and gs < pe and _same(pv, gv):
                    hit = k
                    break
            if hit is None:
                errors.append(f"FP {row.get('id', '?')}: {text[ps:pe]!r} -> {pv!r}")
            else:
                used.add(hit)
                tp += 1
        for k, (gs, ge, gv) in enumerate(gold):
            if k not in used:
                errors.append(f"FN {row.get('id', '?')}: {text[gs:ge]!r} -> {gv!r}")
        total = total + PRF(tp, len(pred) - tp, len(gold) - len(used))
    return total, errors


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 0.005
    return a == b
