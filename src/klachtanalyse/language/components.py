"""The layer's spaCy components, registered as factories so users can `nlp.add_pipe` them.

- "klacht_zinnen": sentence boundaries from `sentences()` (assigns token.is_sent_start)
- "klacht_spans": span groups ecli, wetsverwijzing, bedrag, datum, gemeente, instantie,
  organisatie, huishouden (assigns doc.spans[...] and span._.waarde / span._.info)
- "klacht_context": qualifiers on every span of those groups (span._.negated,
  ._.hypothetical, ._.past, ._.subject); needs sentence boundaries
Each calls the same raw-text function the spaCy-free API exposes, so there is one implementation.
"""

from __future__ import annotations

import bisect
from typing import Callable, Iterable

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
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

_TEXT_KEY = "_klacht_text"


def _text(doc: Doc) -> str:
    """doc.text, computed once per document (spaCy rebuilds it from every token per call)."""
    t = doc.user_data.get(_TEXT_KEY)
    if t is None:
        t = doc.text
        doc.user_data[_TEXT_KEY] = t
    return t


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
        # Set all boundaries at once through an array: Token.is_sent_start's setter checks
        # the whole document each time, which is quadratic on long rulings.
        if not len(doc):
            return doc
        starts = numpy.array([s for s, _ in sentences(_text(doc))], dtype="int64")
        arr = doc.to_array([IDX, LENGTH, IS_SPACE]).astype("int64")
        ends = arr[:, 0] + arr[:, 1]
        values = numpy.full((len(doc), 1), numpy.iinfo(numpy.uint64).max, dtype="uint64")  # -1: not a start
        # the token holding each sentence's first character (never a whitespace token)
        idx = numpy.searchsorted(ends, starts, side="right")
        idx = idx[idx < len(doc)]
        nonspace = numpy.flatnonzero(arr[:, 2] == 0)
        if len(nonspace):
            k = numpy.searchsorted(nonspace, idx)
            k = k[k < len(nonspace)]
            values[nonspace[k], 0] = 1
        values[0, 0] = 1
        doc.from_array([SENT_START], values)
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
        text = _text(doc)
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
        text = _text(doc)
        doc.user_data.pop(_TEXT_KEY, None)  # last of our components: do not keep a copy in the Doc
        bounds: list[tuple[int, int]] = []
        if len(doc):
            # sentence spans from the token arrays (doc.sents would build every Token object)
            arr = doc.to_array([IDX, SENT_START]).astype("int64")
            first = numpy.flatnonzero(arr[:, 1] == 1)
            if len(first) and first[0] == 0:
                cs = arr[first, 0].tolist()
                bounds = [(s, e) for s, e in zip(cs, cs[1:] + [len(text)])]
        starts = [b[0] for b in bounds]
        for group in self.groups:
            for sp in doc.spans.get(group, []):
                sent = None
                if bounds:
                    k = bisect.bisect_right(starts, sp.start_char) - 1
                    if k >= 0:
                        sent = bounds[k]
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
