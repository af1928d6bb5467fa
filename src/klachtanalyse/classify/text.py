"""Sentences of a document, from the language layer, with offsets into the text.

The language layer (klachtanalyse.language) owns sentence splitting and the negation /
hypothetical / subject qualifiers; this module only adapts them to what the classifiers
need and keeps a small stand-in for when an older language layer lacks them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPLIT = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]\s))")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _fallback_sentences(text: str) -> list[tuple[int, int]]:
    """Stand-in splitter used only when the language layer offers no `sentences`."""
    spans, pos = [], 0
    for m in _SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _language_sentences():
    try:
        from klachtanalyse.language import sentences  # type: ignore[attr-defined]

        return sentences
    except ImportError:
        return _fallback_sentences


def sentences(text: str, max_chars: int = 600, offset: int = 0, spoken: bool = False) -> list[Sentence]:
    """Non-empty sentences with offsets; over-long ones (lists, run-ons) are cut at clauses.

    `offset`: where `text` starts in the document (a line of a long document), added to
    every position so offsets index the whole document. `spoken`: also cut a run-on without
    any clause marks where the speaker turns (a transcribed voice message); a model trained with
    `train --spraakberichten-knippen` reads sentences so (model.json "spoken_cut").
    """
    out: list[Sentence] = []
    for start, end in _language_sentences()(text):
        for s, e in _cut_long(text, start, end, max_chars, spoken):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s >= 3 and any(ch.isalpha() for ch in text[s:e]):
                out.append(Sentence(s + offset, e + offset, text[s:e]))
    return out


_CLAUSE = re.compile(r"[;:]\s+|\n|,\s+(?=(?:en|maar|want|omdat|terwijl|waardoor|zodat|toen)\b)")


# Where a transcribed voice message without any punctuation turns: "... en toen ...", "... maar
# niemand ...". Only used inside a piece that is still over-long after the clause marks.
_SPOKEN = re.compile(r"\s+(?=(?:en toen|toen|maar|want|dus|en nu|nu|daarna|en dan|omdat|niemand|ik heb|ik ben|"
                     r"ik zeg|ik zei|ik weet|ze zeggen|ze zei|zij zegt|die mevrouw|die man|en die|mijn kinderen|"
                     r"me kinderen|de kinderen)\b)", re.IGNORECASE)


def _cut_long(text: str, start: int, end: int, max_chars: int, spoken: bool = False):
    """Run-on sentences of angry mails and legal considerations are cut at clause marks; a
    transcribed voice message with no marks at all is cut where the speaker turns."""
    if end - start <= max_chars:
        yield start, end
        return
    pos = start
    pieces = []
    for m in _CLAUSE.finditer(text, start, end):
        if m.start() - pos >= max_chars // 3:
            pieces.append((pos, m.start()))
            pos = m.end()
    pieces.append((pos, end))
    for a, b in pieces:
        if b - a <= max_chars or not spoken:
            yield a, b
            continue
        pos = a
        for m in _SPOKEN.finditer(text, a, b):
            if m.start() - pos >= max_chars // 4 and b - m.end() >= max_chars // 8:
                yield pos, m.start()
                pos = m.end()
        yield pos, b


def with_neighbours(sents: list[Sentence], i: int) -> str:
    """Sentence i with the sentences before and after it: what the context model reads.

    Why: a theme is sometimes said across two sentences ("Het signaal was er. Het is blijven
    liggen."); the window lets a model see both without giving up sentence-level evidence."""
    parts = [sents[i - 1].text] if i > 0 else []
    parts.append(sents[i].text)
    if i + 1 < len(sents):
        parts.append(sents[i + 1].text)
    return " ".join(parts)


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in range(0x80, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and ord(base) < 128:
            table[cp] = base
    table.update({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2014: "-", 0xA0: " "})
    return table


_FOLD = _fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(s: str) -> str:
    """Lowercase, strip diacritics (ë -> e), keep length: offsets stay valid for matching."""
    low = s.lower()
    if len(low) == len(s):
        if low.isascii():
            return low
        return _NON_ASCII.sub(lambda m: _FOLD.get(ord(m.group()), m.group()), low)
    out = []
    for ch in s:  # rare: a character whose lower case is longer (İ)
        c = ch.lower()
        out.append(c if len(c) == 1 else ch)
    return "".join(out).translate(_FOLD)
