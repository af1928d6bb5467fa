"""Measuring a classifier against gold annotations: the figures `klachtanalyse evaluate` prints.

- per theme precision, recall, F1 at document level; micro (pooled counts) and macro (mean F1)
- evidence hit rate: of the correctly predicted document labels, the share where at least one
  predicted evidence passage overlaps a gold evidence span of that theme
- ground precision/recall/F1 (micro over the five grounds)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from klachtanalyse.classify.dataset import Annotated
from klachtanalyse.classify.taxonomy import GROUNDS, THEMES


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    n_docs: int
    themes: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in THEMES})
    grounds: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in GROUNDS})
    evidence_hits: int = 0
    evidence_total: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (doc id, theme, "fp"|"fn")

    def micro(self) -> tuple[float, float, float]:
        c = Counts(*(sum(getattr(x, a) for x in self.themes.values()) for a in ("tp", "fp", "fn")))
        return c.prf()

    def macro(self) -> tuple[float, float, float]:
        rows = [c.prf() for t, c in self.themes.items() if c.tp + c.fn > 0]
        if not rows:
            return 0.0, 0.0, 0.0
        return tuple(float(np.mean([r[i] for r in rows])) for i in range(3))  # type: ignore[return-value]

    def evidence_rate(self) -> float:
        return self.evidence_hits / self.evidence_total if self.evidence_total else 0.0

    def ground_micro(self) -> tuple[float, float, float]:
        c = Counts(*(sum(getattr(x, a) for x in self.grounds.values()) for a in ("tp", "fp", "fn")))
        return c.prf()

    def as_dict(self) -> dict:
        return {
            "documents": self.n_docs,
            "themes": {t: dict(zip(("precision", "recall", "f1"), c.prf()), support=c.tp + c.fn) for t, c in self.themes.items()},
            "micro": dict(zip(("precision", "recall", "f1"), self.micro())),
            "macro": dict(zip(("precision", "recall", "f1"), self.macro())),
            "evidence_hit_rate": self.evidence_rate(),
            "grounds": dict(zip(("precision", "recall", "f1"), self.ground_micro())),
        }


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def evaluate(clf, docs: list[Annotated], progress=None) -> Report:
    """Run `clf` over the documents and count against their gold labels."""
    rep = Report(n_docs=len(docs))
    for doc in docs:
        labels = {lab.label: lab for lab in clf.classify_text(doc.text)}
        gold = set(doc.themes)
        for t in THEMES:
            c = rep.themes[t]
            if t in labels and t in gold:
                c.tp += 1
                rep.evidence_total += 1
                spans = [(e["start"], e["end"]) for e in doc.evidence if e["label"] == t]
                if any(_overlaps(ev.start, ev.end, s, e) for ev in labels[t].evidence for s, e in spans):
                    rep.evidence_hits += 1
            elif t in labels:
                c.fp += 1
                rep.errors.append((doc.id, t, "fp"))
            elif t in gold:
                c.fn += 1
                rep.errors.append((doc.id, t, "fn"))
        pred_g = set(clf.grounds_text(doc.text))
        for g in GROUNDS:
            c = rep.grounds[g]
            if g in pred_g and g in doc.grounds:
                c.tp += 1
            elif g in pred_g:
                c.fp += 1
            elif g in doc.grounds:
                c.fn += 1
        if progress is not None:
            progress.update(1)
    return rep


def format_reports(reports: dict[str, Report]) -> str:
    """Side-by-side table (plain text, fixed width) of one or more evaluated classifiers."""
    names = list(reports)
    w = max(28, *(len(t) + 2 for t in THEMES))
    col = 22
    head = "thema".ljust(w) + "".join(f"{n[:col - 2]:>{col}}" for n in names) + "  steun"
    sub = " " * w + "".join(f"{'P     R     F1':>{col}}" for _ in names)
    lines = [head, sub]
    any_rep = reports[names[0]]

    def cells(prf) -> str:
        return f"{prf[0]:.2f}  {prf[1]:.2f}  {prf[2]:.2f}".rjust(col)

    for t in THEMES:
        sup = any_rep.themes[t].tp + any_rep.themes[t].fn
        lines.append(t.ljust(w) + "".join(cells(reports[n].themes[t].prf()) for n in names) + f"  {sup:5d}")
    lines.append("-" * (w + col * len(names) + 7))
    lines.append("micro".ljust(w) + "".join(cells(reports[n].micro()) for n in names))
    lines.append("macro".ljust(w) + "".join(cells(reports[n].macro()) for n in names))
    lines.append("grond (micro)".ljust(w) + "".join(cells(reports[n].ground_micro()) for n in names))
    lines.append(
        "evidence-trefkans".ljust(w)
        + "".join(f"{reports[n].evidence_rate():.2f} ({reports[n].evidence_hits}/{reports[n].evidence_total})".rjust(col) for n in names)
    )
    lines.append(f"documenten: {any_rep.n_docs}")
    return "\n".join(lines)


def tune_thresholds(scores: np.ndarray, gold: np.ndarray, prior: float = 0.5, slack: float = 0.01) -> dict[str, float]:
    """Per theme the threshold with the best F1 on these documents (dev).

    Of the thresholds within `slack` of the best F1 the one nearest `prior` is taken, and it
    sits halfway between two observed scores: with few dev positives a threshold glued to
    one score would be tuned to noise.
    """
    out: dict[str, float] = {}
    for j, t in enumerate(THEMES):
        s, g = scores[:, j], gold[:, j].astype(bool)
        cand = np.unique(np.concatenate([s, [0.0, 1.0]]))
        mids = np.clip((cand[:-1] + cand[1:]) / 2, 0.05, 0.95)
        best: list[tuple[float, float]] = []
        for thr in np.unique(mids):
            pred = s >= thr
            tp = int((pred & g).sum())
            fp = int((pred & ~g).sum())
            fn = int((~pred & g).sum())
            f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            best.append((f, float(thr)))
        top = max(f for f, _ in best)
        near = [thr for f, thr in best if f >= top - slack]
        out[t] = float(round(min(near, key=lambda x: abs(x - prior)), 4))
    return out
