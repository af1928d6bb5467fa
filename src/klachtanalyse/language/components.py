"""The layer's spaCy components, registered as factories so users can `nlp.add_pipe` them.

- "klacht_zinnen": sentence boundaries from `sentences()` (assigns token.is_sent_start)
- "klacht_spans": span groups ecli, wetsverwijzing, bedrag, datum, gemeente, instantie,
  organisatie, huishouden (assigns doc.spans[...] and span._.waarde / span._.info)
- "klacht_context": qualifiers on every span of those groups (span._.negated,
  ._.hypothetical, ._.past, ._.subject); needs sentence boundaries
Each calls the same raw-text function the spaCy-free API exposes, so there is one implementation.
"""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from klachtanalyse.language.context import qualify
from klachtanalyse.language.matches import Match
from klachtanalyse.language.sentences import sentences

for _name, _default in (
    ("waarde", None),
    ("info", None),
    ("negated", False),
    ("hypothetical", False),
    ("past", False),
    ("subject", None),
):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)

GROUPS: tuple[str, ...] = (
    "ecli",
    "wetsverwijzing",
    "bedrag",
    "datum",
    "gemeente",
    "instantie",
    "organisatie",
    "huishouden",
)


def finders() -> dict[str, Callable[[str], list[Match]]]:
    from klachtanalyse.language import amounts, entities, gazetteer, references

    return {
        "ecli": references.find_ecli,
        "wetsverwijzing": references.find_references,
        "bedrag": amounts.find_amounts,
        "datum": amounts.find_dates,
        "gemeente": gazetteer.find_gemeenten,
        "instantie": entities.find_instanties,
        "organisatie": entities.find_organisations,
        "huishouden": entities.find_household,
    }


class SentenceSegmenter:
    """Sets token.is_sent_start from the legal sentence rules."""

    def __init__(self, name: str = "klacht_zinnen"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = [s for s, _ in sentences(doc.text)]
        j = 0
        n = len(starts)
        first = True
        for tok in doc:
            if tok.is_space:
                tok.is_sent_start = False if not first else tok.is_sent_start
                continue
            end = tok.idx + len(tok)
            is_start = False
            while j < n and starts[j] < end:
                is_start = True
                j += 1
            if first:
                tok.is_sent_start = True
                first = False
            else:
                tok.is_sent_start = is_start
        return doc


class SpanFinder:
    """Fills doc.spans[group] from the raw-text finders; each span carries _.waarde and _.info."""

    def __init__(self, name: str = "klacht_spans", groups: Iterable[str] = GROUPS):
        self.name = name
        self.groups = tuple(groups)
        unknown = set(self.groups) - set(GROUPS)
        if unknown:
            raise ValueError(f"onbekende spangroep(en): {', '.join(sorted(unknown))}")
        self._finders = finders()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        for group in self.groups:
            spans = []
            for m in self._finders[group](text):
                sp = doc.char_span(m.start, m.end, label=group, alignment_mode="expand")
                if sp is None:
                    continue
                sp._.waarde = m.value
                sp._.info = m.info
                spans.append(sp)
            doc.spans[group] = spans
        return doc


class ContextQualifier:
    """Sets _.negated, _.hypothetical, _.past, _.subject on the spans of the given groups."""

    def __init__(self, name: str = "klacht_context", groups: Iterable[str] = GROUPS):
        self.name = name
        self.groups = tuple(groups)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        has_sents = doc.has_annotation("SENT_START")
        for group in self.groups:
            for sp in doc.spans.get(group, []):
                sent = (sp.sent.start_char, sp.sent.end_char) if has_sents else None
                q = qualify(text, sp.start_char, sp.end_char, sentence=sent)
                sp._.negated = q.negated
                sp._.hypothetical = q.hypothetical
                sp._.past = q.past
                sp._.subject = q.subject
        return doc


@Language.factory("klacht_zinnen", assigns=["token.is_sent_start"], requires=[])
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter(name)


@Language.factory(
    "klacht_spans",
    assigns=["doc.spans", "span._.waarde", "span._.info"],
    default_config={"groups": list(GROUPS)},
)
def make_span_finder(nlp: Language, name: str, groups: list[str]) -> SpanFinder:
    return SpanFinder(name, groups)


@Language.factory(
    "klacht_context",
    assigns=["span._.negated", "span._.hypothetical", "span._.past", "span._.subject"],
    requires=["token.is_sent_start", "doc.spans"],
    default_config={"groups": list(GROUPS)},
)
def make_context_qualifier(nlp: Language, name: str, groups: list[str]) -> ContextQualifier:
    return ContextQualifier(name, groups)
