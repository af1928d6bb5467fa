"""The document-level stacker: from sentence scores to one probability per theme.

Why: taking the best sentence's score (max) as the document score lets one over-eager
sentence decide, and cannot see the document as a whole. The stacker is a logistic
regression per theme over a few document features: the best sentence of each model (the
bag-of-words textcat, the word-vector model, the rules), the two best combined sentences, a
textcat and a word-vector model that read the whole document, a word-vector model that reads
each sentence with its neighbours, and two context cues (children named; loss of a home at
stake; data/documentcontext.yaml). Its weights are fitted on out-of-fold scores of the
training documents (training.py), so they measure how far each model is right on documents
it did not see.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
import yaml

from klachtanalyse.classify.taxonomy import THEMES

FEATURES = ["textcat_max", "regels_max", "woordvectoren_max", "document_textcat", "gecombineerd_max", "gecombineerd_top2",
            "kinderen_genoemd", "woningverlies", "document_woordvectoren", "context_woordvectoren_max"]
_CUES = Path(__file__).with_name("data") / "documentcontext.yaml"
_BINARY = np.array([f in ("kinderen_genoemd", "woningverlies") for f in FEATURES])


@functools.lru_cache(maxsize=1)
def context_cues() -> dict[str, re.Pattern]:
    raw = yaml.safe_load(_CUES.read_text(encoding="utf-8"))
    return {k: re.compile(re.sub(r"\s+", "", v)) for k, v in raw.items()}


def home_loss(folded: str, version: int = 1) -> bool:
    """Is the loss of a home at stake in this text? Version 1 (models up to thema-v2 2.7): any
    match of `woningverlies`. Version 2: a match of `woningverlies_2` with no denial shortly
    before it and no other subject (daycare allowance, a fine) beside it."""
    cues = context_cues()
    if version == 1:
        return bool(cues["woningverlies"].search(folded))
    if version != 2:
        raise ValueError(f"onbekende versie van het woningverlies-signaal: {version}")
    for m in cues["woningverlies_2"].finditer(folded):
        if cues["woningverlies_ontkend"].search(folded[max(0, m.start() - 60):m.start()]):
            continue
        if cues["woningverlies_anders"].search(folded[max(0, m.start() - 60):m.end() + 60]):
            continue
        return True
    return False


def document_features(textcat: np.ndarray, rules: np.ndarray, static: np.ndarray, combined: np.ndarray,
                      document_textcat: np.ndarray, folded: str, document_static: np.ndarray | None = None,
                      context: np.ndarray | None = None, home_loss_cue: int = 1) -> np.ndarray:
    """(n_themes, n_features) for one document; the matrices are (n_sentences, n_themes),
    `document_*` are (n_themes,); `home_loss_cue` is the version of the woningverlies cue the
    model was trained with."""
    k = len(THEMES)
    if not len(combined):
        return np.zeros((k, len(FEATURES)))
    top = np.sort(combined, axis=0)
    top2 = top[-2:].mean(axis=0) if len(combined) > 1 else top[-1]
    cues = context_cues()
    kids = float(bool(cues["kinderen"].search(folded)))
    loss = float(home_loss(folded, home_loss_cue))
    doc_static = document_static if document_static is not None else np.zeros(k)
    ctx = context.max(0) if context is not None and len(context) else np.zeros(k)
    return np.stack([textcat.max(0), rules.max(0), static.max(0), document_textcat, top[-1], top2,
                     np.full(k, kids), np.full(k, loss), doc_static, ctx], axis=1)


def household_without_children(folded: str) -> bool:
    """The text states the household has no children and names no child elsewhere.

    Why: the families-only reading of the taxonomy (data/documentcontext.yaml says where it
    comes from); `Classifier.families_only` then gives such a text no themes."""
    cues = context_cues()
    if not cues["zonder_kinderen"].search(folded):
        return False
    return not cues["kind_genoemd"].search(cues["zonder_kinderen"].sub(" ", folded))


# Scores enter the stacker clipped to [clip, 1 - clip]. Models up to thema-v2 2.13 used 1e-4
# (log-odds down to -9.2), where one overconfident part, such as the whole-document textcat
# saying 0.0001 on a writer it never saw, outweighs every sentence that states the theme; the
# saved model says which clip it was fitted with (model.json "stacker" "clip").
OLD_CLIP = 1e-4


def check_clip(clip: float) -> float:
    """The clip, if it is one the stacker can use (0 < clip < 0.5); training checks it before the long
    out-of-fold fitting, the stacker when a model is loaded."""
    if not 0.0 < clip < 0.5:
        raise ValueError(f"stapel-klem {clip} moet tussen 0 en 0,5 liggen")
    return float(clip)


def _inputs(F: np.ndarray, clip: float = OLD_CLIP) -> np.ndarray:
    """Scores enter as log-odds (a logistic regression is linear in them); cues as 0/1."""
    p = np.clip(F, clip, 1 - clip)
    return np.where(_BINARY, F, np.log(p / (1 - p)))


class Stacker:
    """Per theme: p = sigmoid(w . x + b), x the clipped log-odds of the features."""

    def __init__(self, W: np.ndarray, b: np.ndarray, clip: float = OLD_CLIP):
        self.W = np.asarray(W, dtype=float)  # (n_themes, n_features)
        self.b = np.asarray(b, dtype=float)  # (n_themes,)
        self.clip = check_clip(clip)

    def predict(self, F: np.ndarray) -> np.ndarray:
        """F: (n_themes, n_features) -> (n_themes,) probabilities; or (n_docs, ...) -> (n_docs, n_themes)."""
        z = (_inputs(F, self.clip) * self.W).sum(-1) + self.b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    @classmethod
    def fit(cls, F: np.ndarray, G: np.ndarray, l2: float = 1e-3, clip: float = OLD_CLIP) -> "Stacker":
        """F (n_docs, n_themes, n_features) out-of-fold features, G (n_docs, n_themes) gold 0/1."""
        import torch

        X = torch.tensor(_inputs(F, clip), dtype=torch.float64)
        Y = torch.tensor(np.asarray(G, dtype=float))
        W = np.zeros((len(THEMES), len(FEATURES)))
        b = np.zeros(len(THEMES))
        for j in range(len(THEMES)):
            w = torch.zeros(X.shape[2], dtype=torch.float64, requires_grad=True)
            c = torch.zeros(1, dtype=torch.float64, requires_grad=True)
            opt = torch.optim.LBFGS([w, c], max_iter=200)

            def closure():
                opt.zero_grad()
                loss = torch.nn.functional.binary_cross_entropy_with_logits(X[:, j, :] @ w + c, Y[:, j]) + l2 * (w**2).sum()
                loss.backward()
                return loss

            opt.step(closure)
            W[j], b[j] = w.detach().numpy(), c.item()
        return cls(W, b, clip)

    def to_dict(self) -> dict:
        return {"features": FEATURES, "weights": {t: [round(float(x), 5) for x in self.W[j]] for j, t in enumerate(THEMES)},
                "bias": {t: round(float(self.b[j]), 5) for j, t in enumerate(THEMES)}, "clip": self.clip}

    @classmethod
    def from_dict(cls, d: dict) -> "Stacker":
        if d.get("features") != FEATURES:
            raise ValueError("stacker: andere kenmerken dan deze versie van klachtanalyse kent")
        return cls(np.array([d["weights"][t] for t in THEMES]), np.array([d["bias"][t] for t in THEMES]),
                   float(d.get("clip", OLD_CLIP)))
