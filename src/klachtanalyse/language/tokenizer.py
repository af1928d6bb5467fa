"""The tokenizer: spaCy's Dutch rules plus legal abbreviations, ECLIs and placeholders kept whole.

Registered as the spaCy tokenizer "klachtanalyse.tokenizer.v1" (see data/config.cfg).
"""

from __future__ import annotations

import re
from typing import Any, Callable

import spacy
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from klachtanalyse.language._data import load_yaml

_ECLI_TOKEN = r"ECLI:[A-Za-z]{2}:[A-Za-z0-9]{1,7}:\d{4}:[A-Za-z0-9.]*[A-Za-z0-9]"
_PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")


class KlachtTokenizer:
    """spaCy's tokenizer with our special cases; merges multi-word [placeholders] it meets."""

    def __init__(self, inner: Tokenizer):
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        # keep the text for our components (spaCy's doc.text rebuilds it token by token)
        doc.user_data["_klacht_text"] = text
        if "[" in text:
            spans = []
            for m in _PLACEHOLDER_RE.finditer(text):
                if " " in m.group(0):
                    sp = doc.char_span(m.start(), m.end())
                    if sp is not None and len(sp) > 1:
                        spans.append(sp)
            if spans:
                with doc.retokenize() as retok:
                    for sp in spans:
                        retok.merge(sp)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for t in texts:
            yield self(t)

    # serialisation is the inner tokenizer's (our additions are rebuilt from data files)
    def to_bytes(self, **kw: Any) -> bytes:
        return self.inner.to_bytes(**kw)

    def from_bytes(self, data: bytes, **kw: Any) -> "KlachtTokenizer":
        self.inner.from_bytes(data, **kw)
        return self

    def to_disk(self, path, **kw: Any) -> None:
        self.inner.to_disk(path, **kw)

    def from_disk(self, path, **kw: Any) -> "KlachtTokenizer":
        self.inner.from_disk(path, **kw)
        return self

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def customise(tok: Tokenizer) -> Tokenizer:
    """Add the special cases and the ECLI token_match to a Dutch spaCy tokenizer."""
    d = load_yaml("afkortingen.yaml")
    for abbr in set(d["afkortingen"]) | set(d["kan_zin_eindigen"]):
        for form in {abbr, abbr.capitalize(), abbr.upper()}:
            tok.add_special_case(form, [{"ORTH": form}])
    for ph in d["plaatshouders"]:
        tok.add_special_case(ph, [{"ORTH": ph}])
    old = tok.token_match
    ecli = re.compile(_ECLI_TOKEN)

    def token_match(s: str):
        m = ecli.match(s)
        if m and m.end() == len(s):
            return m
        return old(s) if old else None

    tok.token_match = token_match
    return tok


@spacy.registry.tokenizers("klachtanalyse.tokenizer.v1")
def create_tokenizer() -> Callable[[Any], KlachtTokenizer]:
    def make(nlp) -> KlachtTokenizer:
        base = nlp.Defaults.create_tokenizer()(nlp) if hasattr(nlp.Defaults, "create_tokenizer") else None
        if base is None:
            from spacy.util import registry

            base = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        return KlachtTokenizer(customise(base))

    return make
