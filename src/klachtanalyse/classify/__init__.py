"""Stage 3, classify: which of the nine themes a document raises, with evidence passages.

Public face:
    load_classifier(path=None) -> Classifier   the shipped default model, or one from a path
    Classifier.classify(ctx) -> list[Label]    themes above threshold, each with evidence
    Classifier.grounds(ctx) -> list[str]       eviction grounds stated in the document
"""

from __future__ import annotations

from klachtanalyse.document import Label


class Classifier:
    name = "none"
    version = "0"

    def classify(self, ctx) -> list[Label]:
        return []

    def grounds(self, ctx) -> list[str]:
        return []


def load_classifier(path: str | None = None) -> Classifier:
    return Classifier()
