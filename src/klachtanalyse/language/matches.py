"""The small value types the language layer returns (no spaCy needed to use them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Match:
    """One thing found in a text: `text[start:end]` is the passage, `value` its normal form.

    `kind` is the span group it belongs to ("ecli", "wetsverwijzing", "bedrag", "datum",
    "gemeente", "instantie", "organisatie", "huishouden"). `value` is what later stages
    count: "art. 7:231 BW", 3250.5, "2022-03-03", "Midden-Groningen", or a dict for a
    household member. `info` carries the details behind the value (lid, BWB id, currency,
    the place as written...), so the value itself stays simple to count.
    """

    start: int
    end: int
    kind: str
    value: Any
    info: dict[str, Any] = field(default_factory=dict)

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(slots=True, frozen=True)
class Qualifiers:
    """How a passage is meant: denied, only feared or conditional, in the past, about whom.

    `subject` is "kind", "ouder", "huishouden", "instantie" or None (not stated nearby).
    """

    negated: bool = False
    hypothetical: bool = False
    past: bool = False
    subject: str | None = None
