"""Gemeenten and their places (data/gemeenten.csv, data/woonplaatsen.csv) and court codes.

Finding names: every word that could start a name is looked up in an index of first words,
then the longest full name that follows is taken ("Alphen aan den Rijn" before "Alphen").
Names that are also ordinary words or surnames ("Best", "Ede", "Putten", "Vries") count only
with context: "gemeente X", "in/te/uit/naar/bij X", or a municipal title ("burgemeester van X").
Names in lower case ("ik woon in rotterdam") count when not ambiguous or after such context.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from klachtanalyse.language._data import load_csv, load_yaml
from klachtanalyse.language._rx import words_of
from klachtanalyse.language.matches import Match

_WORD_RE = re.compile(r"['’]s-[\w]+(?:-[\w]+)*|[\w]+(?:[-'’][\w]+)*", re.U)
_CONTEXT_RE = re.compile(
    r"(?:\bgemeenten?|\bin|\bte|\buit|\bnaar|\bbij|\bvan|\bvoor|\bregio|\bstad|\bplaats|\bwoonplaats|\bomgeving|\bnabij|\bburgemeester\s+van|\bcollege\s+van)\s*[:(]?\s*$",
    re.I,
)
_STRONG_CONTEXT_RE = re.compile(r"(?:\bgemeenten?|\bin|\bte|\buit|\bnaar|\bwoonplaats|\bburgemeester\s+van|\bcollege\s+van)\s*[:(]?\s*$", re.I)


@lru_cache(maxsize=200_000)
def _fold(s: str) -> str:
    """Lower case without diacritics or curly apostrophes ("Súdwest" -> "sudwest")."""
    s = s.replace("’", "'").lower()
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_KEY_WORD_RE = re.compile(r"\w+")


def _key(name: str) -> tuple[str, ...]:
    """A name as the tuple of its folded words: "'s-Hertogenbosch" -> ("s", "hertogenbosch")."""
    return tuple(_fold(w) for w in _KEY_WORD_RE.findall(name))


@lru_cache(maxsize=1)
def _index():
    """first word -> list of (words tuple, gemeente, ambiguous, as_written, status)."""
    names: dict[tuple[str, ...], tuple[str, bool, str, str]] = {}
    current: dict[str, str] = {}
    for row in load_csv("gemeenten.csv"):
        name = row["naam"]
        amb = row["dubbelzinnig"] == "1"
        if row["status"] == "actueel":
            current[_fold(name)] = name
            target = name
        else:
            target = row["opgegaan_in"]
        forms = {name}
        base = re.sub(r"\s*\((?:NH|L)\.\)$", "", name)
        forms.add(base)
        if name.startswith("Nuenen,"):
            forms.add("Nuenen c.a.")
        for f in forms:
            key = _key(f)
            if not key:
                continue
            # the full name of a current gemeente wins; a short form ("Bergen") does not overwrite
            if key not in names or (f == name and row["status"] == "actueel" and names[key][3] != "actueel"):
                names[key] = (target, amb, name, row["status"])
    for row in load_csv("woonplaatsen.csv"):
        key = _key(row["woonplaats"])
        if key and key not in names:
            names[key] = (row["gemeente"], row["dubbelzinnig"] == "1", row["woonplaats"], "woonplaats")
        elif key in names and row["dubbelzinnig"] == "1":
            t = names[key]
            names[key] = (t[0], True, t[2], t[3])
    first: dict[str, list] = {}
    for key, val in names.items():
        first.setdefault(key[0], []).append((key, *val))
    for lst in first.values():
        lst.sort(key=lambda t: len(t[0]), reverse=True)
    return first, current, names


def gemeente_of(place: str) -> str | None:
    """The current gemeente of a place or (former) gemeente name: "Hoogezand" -> "Midden-Groningen"."""
    hit = _index()[2].get(_key(place or ""))
    return hit[0] if hit else None


def current_gemeenten() -> list[str]:
    """The 342 gemeenten of 2025, as CBS writes them."""
    return sorted(_index()[1].values())


_SEP_OK = re.compile(r"[ \t-]{1,3}")


def find_gemeenten(text: str) -> list[Match]:
    """Gemeenten and places named in the text; value is the current gemeente's name.

    info: {"plaats": name as listed, "soort": "actueel"|"opgeheven"|"woonplaats", "dubbelzinnig": bool}
    """
    first = _index()[0]
    out: list[Match] = []
    words = words_of(text)
    n = len(words)
    i = 0
    while i < n:
        s, w = words[i]
        lw = w.lower()
        cands = first.get(lw)
        if cands is None and not lw.isascii():
            cands = first.get(_fold(lw))
        if not cands:
            i += 1
            continue
        hit = None
        for key, gem, amb, written, status in cands:
            k = len(key)
            if i + k > n:
                continue
            ok = True
            for j in range(1, k):
                ps, pw = words[i + j - 1]
                ns, nw = words[i + j]
                if _fold(nw.lower()) != key[j] or not _SEP_OK.fullmatch(text, ps + len(pw), ns):
                    ok = False
                    break
            if ok:
                hit = (k, gem, amb, written, status)
                break
        if hit is None:
            i += 1
            continue
        k, gem, amb, written, status = hit
        last_s, last_w = words[i + k - 1]
        start, end = s, last_s + len(last_w)
        if key[0] == "s" and start > 0 and text[start - 1] in "'’":
            start -= 1  # 's-Hertogenbosch, 's-Gravenhage
        elif key[0] == "s":
            i += 1
            continue
        surface = text[start:end]
        before = text[max(0, start - 30):start]
        if re.search(r"\w-$", before):
            i += 1  # the tail of a compound place name it does not list ("Nieuw-Ommen" is not Ommen)
            continue
        capital = surface[:1].isupper() or surface.startswith(("'s", "’s"))
        if amb:
            ok = capital and bool(_STRONG_CONTEXT_RE.search(before)) and not re.search(r"\b(?:de|van der|van den|ter)\s+$", before, re.I)
            if ok and re.search(r"\b[A-Z]\.\s*$|\bmr\.\s*$|\bvan\s+$", before) and not re.search(r"(?:burgemeester|college|gemeente)\s+van\s+$", before, re.I):
                ok = False
            if not ok and re.search(r"\bgemeenten?\s+$", before, re.I):
                ok = True
        elif capital:
            ok = not surface.isupper() or len(surface) > 4
        else:
            ok = bool(_CONTEXT_RE.search(before)) or len(surface) >= 6
        if ok:
            out.append(Match(start, end, "gemeente", gem, {"plaats": written, "soort": status, "dubbelzinnig": amb}))
            i += k
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _courts() -> dict[str, str]:
    return {k.upper(): v for k, v in load_yaml("instanties.yaml")["ecli_codes"].items()}


def court_of_ecli_code(code: str) -> str | None:
    """The court's name for an ECLI court code: "RBAMS" -> "Rechtbank Amsterdam"."""
    return _courts().get((code or "").strip().upper())
