"""The model card: written by `train` beside the model, with figures `evaluate` reproduces."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from klachtanalyse.classify.core import Classifier
from klachtanalyse.classify.dataset import by_split, read_annotations
from klachtanalyse.classify.evaluation import Report, evaluate, format_reports
from klachtanalyse.classify.taxonomy import THEMES
from klachtanalyse.version import __version__


def _beside_rules(clf: Classifier, docs: list) -> tuple[dict[str, Report], int]:
    """Rules-only and `clf` on the same documents; the rules read households as the model does."""
    # rules only, with the model's own rule file and sentence reading beside the model
    baseline = Classifier(rules=clf.rules, families_only=clf.families_only, spoken_cut=clf.spoken_cut)
    return {"regels": evaluate(baseline, docs), clf.name: evaluate(clf, docs)}, len(docs)


def test_figures(clf: Classifier, data: str | Path) -> tuple[dict[str, Report], int]:
    """Rules-only and this model on the test split of `data` (what the card reports)."""
    return _beside_rules(clf, by_split(read_annotations(data))["test"])


def summary(rep: Report) -> dict:
    """The headline figures stored in model.json (tests compare `evaluate` against them)."""
    return {
        "macro_f1": round(rep.macro()[2], 4),
        "micro_f1": round(rep.micro()[2], 4),
        "evidence_hit_rate": round(rep.evidence_rate(), 4),
        "ground_f1": round(rep.ground_micro()[2], 4),
        "per_theme_f1": {t: round(c.prf()[2], 4) for t, c in rep.themes.items()},
    }


def external_figures(clf: Classifier, path: str | Path) -> tuple[dict[str, Report], int]:
    """Rules-only and this model on the `extern` split of `path` (texts by other hands)."""
    return _beside_rules(clf, by_split(read_annotations(path))["extern"])


_ENSEMBLE = (
    "ensemble: a spaCy textcat_multilabel (bag of words and bigrams over lemmas, with the rules' hits as extra "
    "tokens) and a small MLP over static word vectors distilled from multilingual-e5-small (classify/woordvectoren/) "
    "score every sentence; the rules (data/rules.yaml) fire on sentences; a textcat reads the whole document; "
    "a logistic stacker per theme, fitted on 5-fold out-of-fold scores of the training documents, turns the "
    "best sentences' scores, the document score and two context cues into the document probability"
)


def external_sets(info: dict) -> list[dict]:
    """The figures on texts by other hands in model.json: a list (older models: one dict)."""
    ext = info.get("extern") or []
    return [ext] if isinstance(ext, dict) else list(ext)


def retrain_command(clf: Classifier) -> str:
    info = clf.info
    parts = ["python -m klachtanalyse train", f"--backend {info.get('backend', 'ensemble')}", f"--data {info.get('data')}"]
    if info.get("extra_train"):
        parts.append("--extra-train " + " ".join(e["data"] for e in info["extra_train"]))
    if external_sets(info):
        parts.append("--extern " + " ".join(e["data"] for e in external_sets(info)))
    if info.get("backend") == "ensemble" and info.get("folds") != "per annotatiebestand" and len(info.get("extra_train", [])) >= 4:
        parts.append("--vouwen willekeurig")
    if info.get("rules"):
        parts.append(f"--regels {info['rules']}")
    if info.get("spoken_cut"):
        parts.append("--spraakberichten-knippen")
    if info.get("woningverlies_cue"):
        parts.append(f"--woningverlies {info['woningverlies_cue']}")
    if info.get("stacker_clip"):
        parts.append(f"--stapel-klem {info['stacker_clip']:g}")
    if info.get("seed"):
        parts.append(f"--seed {info['seed']}")
    parts += ["--out MAP", f"--naam {clf.name}", f"--versie {clf.version}"]
    return " ".join(parts)


def write_card(clf: Classifier, out: str | Path, data: str | Path, speed: str | None = None, notes: str = "",
               reports: tuple[dict[str, Report], int] | None = None,
               external: list[tuple[str, tuple[dict[str, Report], int]]] = ()) -> Path:
    out = Path(out)
    reports, n_test = reports or test_figures(clf, data)
    info = clf.info
    docs = info.get("documents", {})
    model_rep = reports[clf.name]
    lines = [
        f"# Model card: {clf.name} (version {clf.version})",
        "",
        f"- Date: {info.get('date', _dt.date.today().isoformat())}; klachtanalyse {__version__}",
        f"- Backend: {info.get('backend')} ({', '.join(f'{k}={v}' for k, v in info.get('backend_args', {}).items()) or 'default settings'}), "
        f"rules combined: {info.get('use_rules')}, rule features: {info.get('rule_features')}, epochs: {info.get('epochs') or 'default'}",
        *([f"- How it works: {_ENSEMBLE}"] if info.get("backend") == "ensemble" else []),
        *([f"- Folds: one annotations file (one writer) per fold, so the stacker and the thresholds learn from "
           f"scores for writers the parts had not seen"] if info.get("folds") == "per annotatiebestand" else []),
        f"- Trained on: `{info.get('data')}` (sha256 {str(info.get('data_sha256', ''))[:16]}…), "
        f"split by document: train {docs.get('train', 0)}, dev {docs.get('dev', 0)}, test {docs.get('test', 0)}",
        (f"- Thresholds per theme tuned on the out-of-fold training scores and dev together (macro-F1 on dev "
         f"{info.get('dev_macro_f1')}); seed {info.get('seed')}" if info.get("backend") == "ensemble" else
         f"- Thresholds per theme tuned on dev (macro-F1 on dev {info.get('dev_macro_f1')}); seed {info.get('seed')}"),
        *[f"- Extra training documents (train split only): `{e['data']}` (sha256 {e['data_sha256'][:16]}…)"
          for e in info.get("extra_train", [])],
        "",
        "Retrain exactly this model (same data, same seed; `--out` the folder you want it in):",
        "",
        "    " + retrain_command(clf),
        "",
        "## Intended use",
        "",
        "Finding which of the nine problems of the ombudsmen's investigation into evictions of families",
        "(taxonomy.yaml) a Dutch complaint, report, letter or ruling raises, and quoting the sentences behind",
        "each theme so a researcher can check them. An aid to reading, not a decision: every label carries",
        "its evidence, and figures over many documents should be read with the error rates below.",
        "",
        f"## Test figures ({n_test} documents, fixed test split)",
        "",
        "Reproduce from a clean checkout:",
        "",
        "    python -m klachtanalyse evaluate --gold corpora/annotaties/themas.jsonl",
        "",
        "```",
        format_reports(reports),
        "```",
        "",
        f"Targets: macro-F1 ≥ 0.85 (reached: {model_rep.macro()[2]:.2f}), no theme below 0.75 "
        f"(lowest: {min(model_rep.themes[t].prf()[2] for t in THEMES):.2f}), evidence hit rate ≥ 0.9 "
        f"(reached: {model_rep.evidence_rate():.2f}).",
        "",
    ]
    for k, (ext_path, (ext_reports, n_ext)) in enumerate(external, start=1):
        ext_rep = ext_reports[clf.name]
        lines += [
            f"## Texts by other hands ({k} of {len(external)}): `{Path(ext_path).name}`",
            "",
            f"`{ext_path}`: {n_ext} texts by writers who saw neither the training data nor the rules",
            "(split `extern`; never trained on). Together these sets are the best estimate of how the model",
            "does on new writing:",
            "",
            f"    python -m klachtanalyse evaluate --gold {ext_path} --split extern",
            "",
            "```",
            format_reports(ext_reports),
            "```",
            "",
            f"macro-F1 {ext_rep.macro()[2]:.2f}, lowest theme {min(ext_rep.themes[t].prf()[2] for t in THEMES):.2f}, "
            f"evidence hit rate {ext_rep.evidence_rate():.2f}.",
            "",
        ]
    if speed:
        lines += ["## Speed and memory", "", speed, ""]
    lines += [
        "## Limits",
        "",
        "- The training documents are complaint texts written for the project (the first writer's train split",
        "  and any --extra-train files; for the shipped model 27 writers in many registers, seventeen of whom",
        "  annotated from the taxonomy alone), plus the",
        "  ombudsmen's press release; real complaints will differ. The rules (data/rules.yaml) were written",
        "  from the theme definitions and widened on the train split only; dev was used for thresholds and",
        "  choices, test only for these figures.",
        "- Small test split: one document changes a theme's F1 by several points; treat differences below",
        "  ~0.05 as noise.",
        "- Long rulings and policies are only read in sentences that touch the domain (pre-filter); a theme",
        "  said without any of those words in a long document is missed.",
        "- Negation, hypotheticals and subject come from the language layer's qualifiers; irony, quoted",
        "  speech of the other side and themes spread over several sentences are weak spots.",
        "- Grounds come from rules only; an eviction ground that is implied but not named is missed.",
    ]
    if notes:
        lines += ["", notes]
    card = out / "MODEL_CARD.md"
    card.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return card
