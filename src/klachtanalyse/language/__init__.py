"""Stage 2, language: the Dutch legal language layer on spaCy (blank "nl" + own components).

Public face:
    load() -> spacy.Language     the whole pipeline, built once per process
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def load():
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp
