"""Training a theme model from an annotations file: sentence examples, the backend, rule
weights measured on train, thresholds per theme tuned on dev."""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence, Callable

import numpy as np

from klachtanalyse.classify.backends import EmbeddingScorer, StaticScorer, TextcatScorer, TransformerScorer
from klachtanalyse.classify.core import Classifier, with_rule_features
from klachtanalyse.classify.dataset import Annotated, by_split, read_annotations, sentence_examples
from klachtanalyse.classify.evaluation import evaluate, tune_thresholds
from klachtanalyse.classify.rules import RuleSet, load_rules
from klachtanalyse.classify.stacking import OLD_CLIP, check_clip
from klachtanalyse.classify.taxonomy import THEMES
from klachtanalyse.classify.text import fold, sentences, with_neighbours

log = logging.getLogger(__name__)


def file_sha256(path: str | Path) -> str:
    """Which annotations a model was trained on (the card's figures hold for this file only)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# The version of the "loss of a home at stake" cue a newly trained ensemble uses
# (stacking.home_loss, data/documentcontext.yaml); saved in model.json "woningverlies_cue".
# 2, the shipped model's (since thema-v2 2.10, decided on extern-16; benchmarks/resultaten/beslisregels.txt).
# `train --woningverlies 1` trains with the first version, as thema-v2 2.7 and older were.
DEFAULT_HOME_LOSS_CUE = 2
# where the ensemble's stacker clips its inputs (stacking.py): as the shipped model was fitted
DEFAULT_STACKER_CLIP = OLD_CLIP


@dataclass(frozen=True)
class Reading:
    """How the model being trained reads a document; both are saved in model.json.

    `spoken_cut`: transcribed voice messages are cut where the speaker turns
    (text.sentences(spoken=True); "spoken_cut"). Off by default: the candidate that used it
    (thema-v2 2.8) was not shipped. `home_loss_cue`: the version of the "loss of a home at
    stake" cue the stacker reads ("woningverlies_cue")."""

    spoken_cut: bool = False
    home_loss_cue: int = DEFAULT_HOME_LOSS_CUE


def build_examples(docs: list[Annotated], rules: RuleSet | None = None, window: bool = False,
                   reading: Reading = Reading()) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Sentence texts, labels Y and masks M (n, 9); see dataset.sentence_examples.

    With `rules`, each text carries the rule features the classifier adds at run time; with
    `window`, each text is the sentence with its neighbours (text.with_neighbours).
    """
    texts, Y, M = [], [], []
    col = {t: j for j, t in enumerate(THEMES)}
    for doc in docs:
        sents = sentences(doc.text, spoken=reading.spoken_cut)
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
            elif window:
                texts.append(with_neighbours(sents, i))
            else:
                texts.append(sents[i].text)
            Y.append(y)
            M.append(m)
    return texts, np.array(Y).reshape(-1, len(THEMES)), np.array(M).reshape(-1, len(THEMES))


def calibrate_rule_weights(rules: RuleSet, docs: list[Annotated], prior_strength: float = 2.0,
                           reading: Reading = Reading()) -> dict[str, float]:
    """Each rule's document-level precision on `docs`, shrunk towards its YAML weight."""
    fired: dict[str, int] = {}
    right: dict[str, int] = {}
    for doc in docs:
        sents = sentences(doc.text, spoken=reading.spoken_cut)
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


def fit_ensemble(docs: list[Annotated], rules: RuleSet, seed: int = 0, epochs: int | None = None, lemmas: bool = True,
                 arch: str = "bow", report: Callable[[str], None] = lambda s: None, reading: Reading = Reading()) -> Classifier:
    """The default model's parts, trained on `docs`: textcat on sentences (with rule features),
    the word-vector model on sentences and on sentences with their neighbours, a textcat and a
    word-vector model on whole documents, and the rules' weights. The stacker is added by
    `train_ensemble` (it needs out-of-fold scores)."""
    weights = calibrate_rule_weights(rules, docs, reading=reading)
    texts, Y, M = build_examples(docs, rules, reading=reading)
    tc = TextcatScorer.train(texts, Y, M, epochs=epochs or 12, seed=seed, lemmas=lemmas, arch=arch)
    plain, Y2, M2 = build_examples(docs, reading=reading)
    static = StaticScorer.train(plain, Y2, M2, seed=seed)
    G = np.array([[t in d.themes for t in THEMES] for d in docs], dtype=float).reshape(len(docs), len(THEMES))
    doc_tc = TextcatScorer.train([d.text for d in docs], G, np.ones_like(G), epochs=10, seed=seed, lemmas=lemmas, arch=arch)
    doc_static = StaticScorer.train([d.text for d in docs], G, np.ones_like(G), hidden=128, seed=seed)
    windows, Y3, M3 = build_examples(docs, window=True, reading=reading)
    context = StaticScorer.train(windows, Y3, M3, seed=seed)
    report(f"  {len(docs)} documenten, {len(texts)} zinnen")
    return Classifier(scorer=tc, rules=rules, rule_weights=weights, rule_features=True, static=static, doc_scorer=doc_tc,
                      spoken_cut=reading.spoken_cut, doc_static=doc_static, context_static=context,
                      home_loss_cue=reading.home_loss_cue)


def feature_matrix(clf: Classifier, docs: list[Annotated]) -> np.ndarray:
    """(n_docs, n_themes, n_features): the stacker's inputs for these documents."""
    from klachtanalyse.classify.stacking import FEATURES

    out = np.zeros((len(docs), len(THEMES), len(FEATURES)))
    for k, d in enumerate(docs):
        sents, folded, cand = clf._prepare(d.text)
        if sents:
            out[k] = clf.document_features(clf.score_text(d.text), folded, cand)
    return out


def gold_matrix(docs: list[Annotated]) -> np.ndarray:
    return np.array([[t in d.themes for t in THEMES] for d in docs], dtype=float).reshape(len(docs), len(THEMES))


def assign_folds(n_docs: int, folds: int, seed: int = 0, groups: Sequence[str] | None = None) -> np.ndarray:
    """Fold number per document. With at least `folds` groups (one per annotations file, i.e.
    per writer) whole groups go to one fold, largest first into the emptiest fold, so that
    every out-of-fold score comes from parts that never saw that writer: the situation of
    a text by other hands. Otherwise a seeded random split."""
    if groups_decide_folds(groups, folds):
        load = [0] * folds
        where = {}
        for g, size in sorted(Counter(groups).items(), key=lambda kv: (-kv[1], kv[0])):
            where[g] = min(range(folds), key=lambda k: (load[k], k))
            load[where[g]] += size
        return np.array([where[g] for g in groups], dtype=int)
    fold_of = np.zeros(n_docs, dtype=int)
    order = np.random.RandomState(seed).permutation(n_docs)
    for f in range(folds):
        fold_of[order[f::folds]] = f
    return fold_of


def groups_decide_folds(groups: Sequence[str] | None, folds: int) -> bool:
    """Whether there are enough writers to give each fold whole ones."""
    return groups is not None and len(set(groups)) >= folds


def train_ensemble(train_docs: list[Annotated], dev_docs: list[Annotated], rules: RuleSet, folds: int = 5, seed: int = 0,
                   epochs: int | None = None, report: Callable[[str], None] = lambda s: None,
                   groups: Sequence[str] | None = None, reading: Reading = Reading(), stacker_clip: float = OLD_CLIP,
                   **backend_args) -> Classifier:
    """Out-of-fold stacking: each fold's parts are trained on the other folds and score the
    fold's documents; the stacker is fitted on those scores, then the parts are trained on
    all training documents. Thresholds are tuned on the out-of-fold and dev scores together
    (some 1,800 documents rather than dev's 86 alone). `groups` (the writer of each document)
    keeps a writer's documents in one fold; see `assign_folds`. `stacker_clip`: the stacker's
    inputs are clipped to [clip, 1 - clip] (stacking.py, OLD_CLIP)."""
    from klachtanalyse.classify.stacking import Stacker

    folds = max(2, min(folds, len(train_docs)))
    fold_of = assign_folds(len(train_docs), folds, seed, groups)
    fold_kind = "per annotatiebestand" if groups_decide_folds(groups, folds) else "willekeurig"
    oof = None
    for f in range(folds):
        held = np.flatnonzero(fold_of == f)
        rest = [train_docs[i] for i in np.flatnonzero(fold_of != f)]
        report(f"vouw {f + 1}/{folds}: trainen op {len(rest)} documenten")
        part = fit_ensemble(rest, rules, seed=seed, epochs=epochs, reading=reading, **backend_args)
        F = feature_matrix(part, [train_docs[i] for i in held])
        if oof is None:
            oof = np.zeros((len(train_docs),) + F.shape[1:])
        oof[held] = F
    report(f"alle {len(train_docs)} trainingsdocumenten")
    clf = fit_ensemble(train_docs, rules, seed=seed, epochs=epochs, report=report, reading=reading, **backend_args)
    G = gold_matrix(train_docs)
    clf.stacker = Stacker.fit(oof, G, clip=stacker_clip)
    S = np.vstack([clf.stacker.predict(oof), clf.stacker.predict(feature_matrix(clf, dev_docs))])
    clf.thresholds = tune_thresholds(S, np.vstack([G, gold_matrix(dev_docs)]))
    clf.info["folds"] = fold_kind
    return clf


def doc_score_matrix(clf: Classifier, docs: list[Annotated]) -> tuple[np.ndarray, np.ndarray]:
    S = np.array([clf.score_text(d.text).doc_scores() for d in docs]).reshape(len(docs), len(THEMES))
    G = np.array([[t in d.themes for t in THEMES] for d in docs], dtype=float).reshape(len(docs), len(THEMES))
    return S, G


def train(*args, spoken_cut: bool = False, home_loss_cue: int | None = None, stacker_clip: float | None = None,
          **kwargs) -> Classifier:
    """Train one model (see `_train`); `spoken_cut`: cut voice-message transcripts where the
    speaker turns, in training and in the saved model; `home_loss_cue`: the version of the
    "loss of a home at stake" cue the stacker reads (default `DEFAULT_HOME_LOSS_CUE`);
    `stacker_clip`: ensemble, where the stacker clips its inputs (default `DEFAULT_STACKER_CLIP`)."""
    cue = DEFAULT_HOME_LOSS_CUE if home_loss_cue is None else home_loss_cue
    if cue not in (1, 2):
        raise ValueError(f"woningverlies-signaal {home_loss_cue} bestaat niet (1 of 2)")
    reading = Reading(spoken_cut=spoken_cut, home_loss_cue=cue)
    clip = check_clip(DEFAULT_STACKER_CLIP if stacker_clip is None else stacker_clip)
    clf = _train(*args, reading=reading, stacker_clip=clip, **kwargs)
    clf.info["spoken_cut"] = spoken_cut
    if clf.stacker is not None:
        clf.info["woningverlies_cue"] = cue  # always: the retrain command names them
        clf.info["stacker_clip"] = clip
    return clf


def _train(
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
    extra_train: Sequence[str | Path] = (),
    group_folds: bool = True,
    rules_path: str | Path | None = None,
    reading: Reading = Reading(),
    stacker_clip: float = OLD_CLIP,
    **backend_args,
) -> Classifier:
    """Train one model; returns the classifier with tuned thresholds (not yet saved).

    `extra_train` files add documents to the training split only (whatever split they name),
    so more training text never changes which documents tune the thresholds or test the model.
    Each file counts as one writer: with at least as many files as folds the ensemble's folds
    keep a file's documents together (`group_folds`), so its stacker and thresholds are
    fitted on scores for writers the parts have not seen.
    """
    docs = read_annotations(data)
    source = {d.id: str(data) for d in docs}
    for extra_path in extra_train:
        for d in read_annotations(extra_path):
            if d.id in source:
                raise ValueError(f"{extra_path}: document-id {d.id} komt al voor in {data}")
            source[d.id] = str(extra_path)
            d.split = "train"
            docs.append(d)
    parts = by_split(docs)
    train_docs, dev_docs = parts["train"], parts["dev"]
    if not train_docs:
        raise ValueError("het annotatiebestand heeft geen documenten met split 'train'")
    if not dev_docs:
        log.warning("geen dev-split: drempels worden op train afgesteld (te optimistisch)")
        dev_docs = train_docs
    rules = load_rules(str(rules_path) if rules_path else None)
    report(f"{len(train_docs)} train- en {len(dev_docs)} dev-documenten gelezen")
    weights = calibrate_rule_weights(rules, train_docs, reading=reading) if use_rules else {}
    scorer = None
    if backend == "ensemble":
        if not use_rules:
            raise ValueError("--backend ensemble gebruikt de regels altijd (kies textcat voor --zonder-regels)")
        groups = [source[d.id] for d in train_docs] if group_folds else None
        clf = train_ensemble(train_docs, dev_docs, rules, seed=seed, epochs=epochs, report=report, groups=groups,
                             reading=reading, stacker_clip=stacker_clip, **backend_args)
        clf.name, clf._version = name or "ensemble", version
    elif backend != "rules":
        texts, Y, M = build_examples(train_docs, rules if rule_features else None, reading=reading)
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
    if backend != "ensemble":
        clf = Classifier(scorer=scorer, rules=rules, rule_weights=weights, use_rules=use_rules or scorer is None, spoken_cut=reading.spoken_cut,
                         rule_features=rule_features and scorer is not None,
                         name=name or (backend + ("+rules" if use_rules and scorer is not None else "")), version=version)
        S, G = doc_score_matrix(clf, dev_docs)
        clf.thresholds = tune_thresholds(S, G)
    dev = evaluate(clf, dev_docs)
    clf.info = {
        **clf.info,  # what the trainer recorded itself (the ensemble: how its folds were drawn)
        "data": str(data),
        "data_sha256": file_sha256(data),
        "extra_train": [{"data": str(p), "data_sha256": file_sha256(p)} for p in extra_train],
        **({"rules": str(rules_path), "rules_sha256": file_sha256(rules_path)} if rules_path else {}),
        "backend_args": {k: v for k, v in backend_args.items() if isinstance(v, (str, int, float, bool))},
        "epochs": epochs,
        "date": _dt.date.today().isoformat(),
        "backend": backend,
        "use_rules": use_rules,
        "rule_features": rule_features or backend == "ensemble",
        "documents": {k: len(v) for k, v in parts.items()},
        "dev_macro_f1": round(dev.macro()[2], 4),
        "dev_micro_f1": round(dev.micro()[2], 4),
        "seed": seed,
    }
    report(f"dev macro-F1 {dev.macro()[2]:.3f}, micro-F1 {dev.micro()[2]:.3f}")
    return clf
