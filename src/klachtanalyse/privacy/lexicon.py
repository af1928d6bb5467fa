"""The word lists behind detection, read once from `data/` (see the comment atop each file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> frozenset[str]:
    out = set()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names that count as a name on their own, in any case."""
    return _lines("voornamen.txt")


@lru_cache(maxsize=1)
def ambiguous_first_names() -> frozenset[str]:
    """First names that are also Dutch words: only in a strong context."""
    return _lines("voornamen-dubbelzinnig.txt")


@lru_cache(maxsize=1)
def broad_first_names() -> frozenset[str]:
    """More first names (derived from Faker, see the file): only capitalised, mid-sentence."""
    return _lines("voornamen-breed.txt") - stopwords()


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _lines("achternamen.txt")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return _lines("stopwoorden.txt")


@lru_cache(maxsize=1)
def patterns() -> dict:
    return yaml.safe_load((DATA / "patronen.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def streets() -> dict:
    return yaml.safe_load((DATA / "straten.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def kept() -> dict:
    return yaml.safe_load((DATA / "behouden.yaml").read_text(encoding="utf-8"))


# Surnames that are also ordinary words or places ("Bos", "Post", "de Groot"): they count
# only with a capitalised tussenvoegsel, a first name, initials or a title before them.
WORDLIKE_SURNAMES = frozenset(
    "bos berg dam hoek post beek veen meer wal kok pool stam prins koning baas boer maas brink "
    "horst graaf groot wit jong jonge haan bruin vos spek vliet linden broek eijk dijk leeuwen "
    "bosch kurt smit visser bakker mulder kuiper schipper koster jonker bekker".split()
)
