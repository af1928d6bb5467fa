"""Dutch number words to numbers ("vierduizend" -> 4000, "drieëntwintig" -> 23)."""

from __future__ import annotations

import re
from functools import lru_cache

from klachtanalyse.language._data import load_yaml


@lru_cache(maxsize=1)
def _tables():
    d = load_yaml("getallen.yaml")
    units = {k: v for k, v in d["eenheden"].items()}
    teens = dict(d["tienen_uitzonderingen"])
    tens = dict(d["tientallen"])
    mult = dict(d["veelvouden"])
    return units, teens, tens, mult


def _below_100(w: str) -> int | None:
    units, teens, tens, _ = _tables()
    if w in units:
        return units[w]
    if w in teens:
        return teens[w]
    if w in tens:
        return tens[w]
    # "drieëntwintig", "vierenveertig", "eenentwintig"
    m = re.fullmatch(r"(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:ën|en)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)", w)
    if m:
        return units[m.group(1)] + tens[m.group(2)]
    return None


def _below_1000(w: str) -> int | None:
    if not w:
        return None
    if "honderd" in w:
        head, _, tail = w.partition("honderd")
        h = 1 if head in ("", "een", "één") else _below_100(head)
        if h is None or h >= 100:
            return None
        if not tail:
            return h * 100
        t = _below_100(tail.removeprefix("en"))
        return None if t is None else h * 100 + t
    return _below_100(w)


def parse_number_word(word: str) -> float | None:
    """The value of one Dutch number word (compound written as one word), or None.

    Handles "vier", "twaalf", "drieëntwintig", "honderd", "vierduizend",
    "tweeduizendvijfhonderd", "anderhalf"; "miljoen"/"miljard" as single words.
    """
    w = word.lower().replace("-", "")
    if not w:
        return None
    if w in ("anderhalf", "anderhalve"):
        return 1.5
    if w == "miljoen":
        return 1_000_000
    if w == "miljard":
        return 1_000_000_000
    if "duizend" in w:
        head, _, tail = w.partition("duizend")
        h = 1 if head in ("", "een", "één") else _below_1000(head)
        if h is None:
            return None
        if not tail:
            return float(h * 1000)
        t = _below_1000(tail.removeprefix("en"))
        return None if t is None else float(h * 1000 + t)
    v = _below_1000(w)
    return None if v is None else float(v)


NUMBER_WORD_RE = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien"
    r"|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig"
    r"|negentig|honderd|duizend|ën|en)+|anderhalf|anderhalve)"
)
