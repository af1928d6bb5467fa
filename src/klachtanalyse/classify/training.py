"""Training a theme model from an annotations file: sentence examples, the backend, rule
weights measured on train, thresholds per theme tuned on dev."""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
from pathlib import Path
from typing import Callable

import numpy as np

from klachtanalyse.classify.backends import EmbeddingScorer, TextcatScorer, TransformerScorer
from klachtanalyse.classify.core import Classifier, with_rule_features
from klachtanalyse.classify.dataset import Annotated, by_split, read_annotations, sentence_examples
from klachtanalyse.classify.evaluation import evaluate, tune_thresholds
from klachtanalyse.classify.rules import RuleSet, load_rules
from klachtanalyse.classify.taxonomy import THEMES
from klachtanalyse.classify.text import fold, sentences

log = logging.getLogger(__name__)


def file_sha256(path: str | Path) -> str:
    """Which annotations a model was trained on (the card's figures hold for this file only)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def build_examples(docs: list[Annotated], rules: RuleSet | None = None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Sentence texts, labels Y and masks M (n, 9); see dataset.sentence_examples.

    With `rules`, each text carries the rule features the classifier adds at run time.
    """
    texts, Y, M = [], [], []
    col = {t: j for j, t in enumerate(THEMES)}
    for doc in docs:
        sents = sentences(doc.text)
        if rules is not None:
            folded = fold(doc.text)
            by_sent: dict = {}
            for h in rules.theme_hits(doc.text, sents, folded):
                by_sent.setdefault(h.sentence, []).append(h)
        for i, pos, ignore in sentence_examples(doc, sents):
            y = np.zeros(len(THEMES))
            m = np.ones(len(THEMES))
            for t in pos:
                if t in col:
                    y[col[t]] = 1
            for t in ignore:
                if t in col:
                    m[col[t]] = 0
            if rules is not None:
                s = sents[i]
                texts.append(with_rule_features(s.text, folded[s.start : s.end], by_sent.get(i, [])))
            else:
                texts.append(sents[i].text)
            Y.append(y)
            M.append(m)
    return texts, np.array(Y).reshape(-1, len(THEMES)), np.array(M).reshape(-1, len(THEMES))


def calibrate_rule_weights(rules: RuleSet, docs: list[Annotated], prior_strength: float = 2.0) -> dict[str, float]:
    """Each rule's document-level precision on `docs`, shrunk towards its YAML weight."""
    fired: dict[str, int] = {}
    right: dict[str, int] = {}
    for doc in docs:
        sents = sentences(doc.text)
        seen = set()
        for h in rules.theme_hits(doc.text, sents):
            if h.rule in seen:
                continue
            seen.add(h.rule)
            fired[h.rule] = fired.get(h.rule, 0) + 1
            right[h.rule] = right.get(h.rule, 0) + (h.label in doc.themes)
    out = {}
    for r in rules.themes:
        n, k = fired.get(r.id, 0), right.get(r.id, 0)
        # a precise rule may reach 0.95; a rule that is mostly wrong sinks towards 0
        out[r.id] = round(min(0.95, (k + prior_strength * r.weight) / (n + prior_strength)), 4)
    return out


def doc_score_matrix(clf: Classifier, docs: list[Annotated]) -> tuple[np.ndarray, np.ndarray]:
    S = np.array([clf.score_text(d.text).doc_scores() for d in docs]).reshape(len(docs), len(THEMES))
    G = np.array([[t in d.themes for t in THEMES] for d in docs], dtype=float).reshape(len(docs), len(THEMES))
    return S, G


def train(
    data: str | Path,
    backend: str = "textcat",
    use_rules: bool = True,
    rule_features: bool = False,
    model_path: str | None = None,
    epochs: int | None = None,
    seed: int = 0,
    name: str | None = None,
    version: str = "1",
    cache_dir: Path | None = None,
    report: Callable[[str], None] = lambda s: None,
    **backend_args,
) -> Classifier:
    """Train one model; returns the classifier with tuned thresholds (not yet saved)."""
    docs = read_annotations(data)
    parts = by_split(docs)
    train_docs, dev_docs = parts["train"], parts["dev"]
    if not train_docs:
        raise ValueError("het annotatiebestand heeft geen documenten met split 'train'")
    if not dev_docs:
        log.warning("geen dev-split: drempels worden op train afgesteld (te optimistisch)")
        dev_docs = train_docs
    rules = load_rules()
    report(f"{len(train_docs)} train- en {len(dev_docs)} dev-documenten gelezen")
    weights = calibrate_rule_weights(rules, train_docs) if use_rules else {}
    scorer = None
    if backend != "rules":
        texts, Y, M = build_examples(train_docs, rules if rule_features else None)
        report(f"{len(texts)} zinnen, {int(Y.sum())} positieve zin-labels; backend {backend} trainen")
        prog = lambda e, n: report(f"  epoch {e}/{n}")  # noqa: E731
        if backend == "textcat":
            scorer = TextcatScorer.train(texts, Y, M, epochs=epochs or 12, seed=seed, progress=prog, **backend_args)
        elif backend == "embeddings":
            scorer = EmbeddingScorer.train(texts, Y, M, epochs=epochs or 300, seed=seed, cache_dir=cache_dir, progress=prog, **backend_args)
        elif backend == "transformer":
            if not model_path:
                raise ValueError("--backend transformer heeft --model MAP nodig (een lokaal BERT-model)")
            scorer = TransformerScorer.train(model_path, texts, Y, M, epochs=epochs or 3, seed=seed, progress=prog, **backend_args)
        else:
            raise ValueError(f"onbekende backend {backend!r}")
    clf = Classifier(scorer=scorer, rules=rules, rule_weights=weights, use_rules=use_rules or scorer is None,
                     rule_features=rule_features and scorer is not None,
                     name=name or (backend + ("+rules" if use_rules and scorer is not None else "")), version=version)
    S, G = doc_score_matrix(clf, dev_docs)
    clf.thresholds = tune_thresholds(S, G)
    dev = evaluate(clf, dev_docs)
    clf.info = {
        "data": str(data),
        "data_sha256": file_sha256(data),
        "backend_args": {k: v for k, v in backend_args.items() if isinstance(v, (str, int, float, bool))},
        "epochs": epochs,
        "date": _dt.date.today().isoformat(),
        "backend": backend,
        "use_rules": use_rules,
        "rule_features": rule_features,
        "documents": {k: len(v) for k, v in parts.items()},
        "dev_macro_f1": round(dev.macro()[2], 4),
        "dev_micro_f1": round(dev.micro()[2], 4),
        "seed": seed,
    }
    report(f"dev macro-F1 {dev.macro()[2]:.3f}, micro-F1 {dev.micro()[2]:.3f}")
    return clf
