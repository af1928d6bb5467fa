"""Small text helpers for the extract stage: sentences with offsets, loaded rule data.

Sentences are split on our own light rules (not spaCy's) because legal abbreviations
("mr.", "art.", "r.o.", "jo.", "o.a.") and numbered paragraphs ("4.3.2.") fool a plain
sentencizer, and every fact needs a passage whose offsets point into `Document.text`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

import yaml

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "art", "artt", "r.o", "ro", "jo", "o.a", "e.a", "nr", "nrs", "blz", "p", "pag",
    "dhr", "mevr", "mw", "jl", "vz", "vgl", "bijv", "bv", "b.v", "n.v", "nv", "i.v.m", "ivm",
    "t.a.v", "z.g", "zgn", "e.d", "etc", "c.s", "resp", "ca", "lid", "sub", "inz", "m.b.t",
    "mbt", "d.d", "dd", "b.w", "bw", "hr", "nj", "rv", "awb", "prof", "dr", "drs", "ing", "ir",
    "st", "stb", "stcrt", "kamerstukken", "ii", "i", "juncto", "jr", "jaar", "ecli", "sv",
}
_SENT_END = re.compile(r"[.!?;](?=\s)|\n\s*\n|\n(?=\s*(?:[-–•]|\d{1,2}(?:\.\d+)*\.?\s|[a-z]\.\s))")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Sentence spans in text[start:end], trimmed of whitespace, offsets into `text`."""
    end = len(text) if end is None else end
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        if m.group(0) == ".":
            word = re.search(r"([\w.]+)\.$", text[max(pos, cut - 20) : cut])
            if word:
                w = word.group(1).lower()
                if w in _ABBREV or re.fullmatch(r"\d+(?:\.\d+)*|[a-z]|\d+:\d+\w*", w):
                    continue
        span = _trim(text, pos, cut)
        if span:
            yield span
        pos = cut
    span = _trim(text, pos, end)
    if span:
        yield span


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Line spans (offsets into `text`), blank lines skipped."""
    end = len(text) if end is None else end
    for m in re.finditer(r"[^\n]+", text[start:end]):
        span = _trim(text, start + m.start(), start + m.end())
        if span:
            yield span


def _trim(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b) if b > a else None


@lru_cache(maxsize=None)
def rules() -> dict:
    """The pattern data (data/uitspraken.yaml), loaded once."""
    with resources.files("klachtanalyse.extract").joinpath("data/uitspraken.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def rx(pattern: str) -> re.Pattern:
    """A compiled, case-insensitive, multiline pattern (cached)."""
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def any_rx(patterns: list[str]) -> re.Pattern:
    """One alternation of several patterns (cached by content)."""
    return rx("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=None)
def courts() -> dict[str, str]:
    """ECLI court code -> name, from data/gerechten.csv."""
    with resources.files("klachtanalyse.extract").joinpath("data/gerechten.csv").open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows)
        return {code: name for code, name in rows}
