"""Saving and loading a trained theme model: a folder with model.json and the backend's files.

    model.json     {"format": "klachtanalyse-themes", "format_version": 1, "name", "version",
                    "backend": "ensemble|textcat|woordvectoren|embeddings|transformer|rules", "use_rules",
                    "thresholds": {theme: float}, "rule_weights": {rule id: float},
                    "trained": {...data, date, dev figures...}, plus the backend's own entries}
    textcat.bin | head.json | transformer/    the backend's weights
    ensemble (the default): textcat.bin (sentences), woordvectoren_head.npz (sentences),
                    context_woordvectoren_head.npz (sentence + neighbours), doc_textcat.bin and
                    document_woordvectoren_head.npz (whole document), and in model.json
                    "doc_textcat" (its spaCy config) and "stacker" (weights)
    regels.yaml    the rule file the model was trained with ("rules_file", "rules_sha256" in
                    model.json): the stacker's weights were fitted on what these rules fire on,
                    so a later edit of data/rules.yaml must not change what a shipped model does.
                    (Only its theme rules are used: grounds are not learned and always come from
                    the package's data/rules.yaml.)
                    Models saved before 28 Nov 2026 have none and use the package's rules.

Where the default lives: `load_classifier(None)` takes $KLACHTANALYSE_MODEL when set, else
the model shipped inside the package (klachtanalyse/classify/default_model/, so an installed wheel
carries it). `models/thema-v2` in the repository is the same folder (a symlink) with its card.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from klachtanalyse.classify.backends import BACKENDS
from klachtanalyse.classify.core import Classifier
from klachtanalyse.classify.rules import load_rules

FORMAT = "klachtanalyse-themes"
PACKAGED = Path(__file__).with_name("default_model")
ENV = "KLACHTANALYSE_MODEL"
RULES_FILE = "regels.yaml"


class ModelError(ValueError):
    """A model folder that cannot be loaded: one line that says why."""


def default_model_path() -> Path | None:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    if (PACKAGED / "model.json").is_file():
        return PACKAGED
    return None


def save_model(clf: Classifier, out: str | Path, trained: dict | None = None) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    meta = {
        "format": FORMAT,
        "format_version": 1,
        "name": clf.name,
        "version": clf.version,
        "backend": ("ensemble" if clf.stacker is not None else clf.scorer.name) if clf.scorer is not None else "rules",
        "use_rules": clf.use_rules,
        "rule_features": clf.rule_features,
        "thresholds": clf.thresholds,
        "rule_weights": {k: round(v, 4) for k, v in sorted(clf.rule_weights.items())},
        "spoken_cut": clf.spoken_cut,
        "woningverlies_cue": clf.home_loss_cue,
        "trained": trained or {},
    }
    if clf.use_rules or clf.rule_features:
        source = Path(clf.rules.source)
        target = out / RULES_FILE
        if clf.rules.text is not None:
            # the text that was compiled when training began, not the file as it is now
            target.write_text(clf.rules.text, encoding="utf-8")
        elif source.resolve() != target.resolve():
            shutil.copyfile(source, target)
        meta["rules_file"] = RULES_FILE
        meta["rules_sha256"] = hashlib.sha256(target.read_bytes()).hexdigest()
    if clf.scorer is not None:
        meta.update(clf.scorer.save(out))
    if clf.stacker is not None:
        if None in (clf.static, clf.doc_scorer, clf.doc_static, clf.context_static):
            raise ModelError("een ensemble-model heeft alle vijf de deelmodellen nodig")
        clf.static.save(out)
        clf.doc_static.save(out, file="document_woordvectoren_head.npz")
        clf.context_static.save(out, file="context_woordvectoren_head.npz")
        meta["doc_textcat"] = clf.doc_scorer.save(out, file="doc_textcat.bin")
        meta["stacker"] = clf.stacker.to_dict()
    (out / "model.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def _model_rules(path: Path, meta: dict):
    """The rules the model was trained with (its own regels.yaml), else the package's."""
    name = meta.get("rules_file")
    if not name:
        return load_rules()
    f = path / name
    if not f.is_file():
        raise ModelError(f"themamodel in {path}: regelbestand {name} ontbreekt")
    want = meta.get("rules_sha256")
    if want and hashlib.sha256(f.read_bytes()).hexdigest() != want:
        raise ModelError(f"themamodel in {path}: {name} is gewijzigd na het trainen (sha256 klopt niet); train opnieuw")
    return load_rules(str(f))


def load_model(path: str | Path) -> Classifier:
    path = Path(path)
    f = path / "model.json"
    if not f.is_file():
        raise ModelError(f"geen themamodel in {path} (model.json ontbreekt)")
    meta = json.loads(f.read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise ModelError(f"{f} is geen klachtanalyse-themamodel")
    backend = meta.get("backend", "rules")
    static = doc_scorer = stacker = doc_static = context_static = None
    if backend == "rules":
        scorer = None
    elif backend == "ensemble":
        from klachtanalyse.classify.backends import StaticScorer, TextcatScorer
        from klachtanalyse.classify.stacking import Stacker

        try:
            scorer = TextcatScorer.load(path, meta)
            static = StaticScorer.load(path, meta)
            doc_scorer = TextcatScorer.load(path, meta["doc_textcat"], file="doc_textcat.bin")
            doc_static = StaticScorer.load(path, meta, file="document_woordvectoren_head.npz")
            context_static = StaticScorer.load(path, meta, file="context_woordvectoren_head.npz")
            stacker = Stacker.from_dict(meta["stacker"])
        except (OSError, ValueError, KeyError) as err:
            raise ModelError(f"themamodel in {path} onleesbaar ({type(err).__name__}: {err})") from None
    elif backend in BACKENDS:
        try:
            scorer = BACKENDS[backend].load(path, meta)
        except (OSError, ValueError, KeyError) as err:
            raise ModelError(f"themamodel in {path} onleesbaar ({type(err).__name__})") from None
    else:
        raise ModelError(f"{f}: onbekende backend {backend!r}")
    clf = Classifier(
        scorer=scorer,
        thresholds=meta.get("thresholds"),
        rules=_model_rules(path, meta),
        spoken_cut=bool(meta.get("spoken_cut", False)),
        home_loss_cue=int(meta.get("woningverlies_cue", 1)),
        rule_weights=meta.get("rule_weights"),
        use_rules=meta.get("use_rules", True),
        rule_features=meta.get("rule_features", False),
        name=meta.get("name", backend),
        version=str(meta.get("version", "1")),
        static=static,
        doc_scorer=doc_scorer,
        stacker=stacker,
        doc_static=doc_static,
        context_static=context_static,
    )
    clf.info = meta.get("trained", {})
    return clf
