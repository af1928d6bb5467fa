"""Stage 3, classify: which of the nine themes a document raises, with evidence passages.

Public face:
    load_classifier(path=None) -> Classifier   the shipped default model, or one from a path
                                                ("rules" gives the rules-only backend);
                                                alle_huishoudens=True: themes for every household
    Classifier.classify(ctx) -> list[Label]    themes above threshold, each with evidence
    Classifier.grounds(ctx) -> list[str]       eviction grounds stated in the document
    Classifier.classify_text(text) / .grounds_text(text)   the same on a plain string
    load_dataset(path) -> datasets.DatasetDict  annotations with train/dev/test splits
    THEMES, GROUNDS                             the contract's label ids

How it works (docs/classify.md): the text is cut into sentences (language layer), rules from
data/rules.yaml fire on sentences (qualified for negation/hypothetical/subject by the
language layer), a trained sentence model scores the sentences, the two are combined
(noisy-OR), the best sentence per theme gives the document score, and per-theme thresholds
tuned on dev decide; the best sentences are the evidence.
"""

from __future__ import annotations

from pathlib import Path

from klachtanalyse.classify.core import Classifier
from klachtanalyse.classify.dataset import AnnotationError, load_dataset, read_annotations
from klachtanalyse.classify.taxonomy import GROUNDS, THEMES

__all__ = [
    "Classifier",
    "load_classifier",
    "load_dataset",
    "read_annotations",
    "AnnotationError",
    "THEMES",
    "GROUNDS",
]

_cache: dict[str, Classifier] = {}


def load_classifier(path: str | Path | None = None, *, alle_huishoudens: bool = False) -> Classifier:
    """The theme classifier: `None` = the shipped default, "rules" = rules only, else a model folder.

    alle_huishoudens=True gives themes to every household; the default is the families-only
    reading, where a text that states the household has no children gets no themes
    (docs/classify.md, "Which households"). Loaded once per process, path and reading
    (workers of a batch run share nothing else).
    """
    from klachtanalyse.classify.model import default_model_path, load_model

    key = (str(path) if path is not None else "<default>") + ("|alle-huishoudens" if alle_huishoudens else "")
    if key in _cache:
        return _cache[key]
    if path is None:
        found = default_model_path()
        clf = load_model(found) if found is not None else Classifier()
    elif str(path) == "rules":
        clf = Classifier()
    else:
        clf = load_model(path)
    clf.families_only = not alle_huishoudens
    _cache[key] = clf
    return clf
