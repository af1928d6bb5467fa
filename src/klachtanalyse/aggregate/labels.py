"""Dutch names and colours for the contract's label ids, read once from `labels.yaml`.

Tables and the DataFrames keep the stable ids (`kinderen_onzichtbaar`); anything a person
reads (charts, the report, `leesbaar=True` tables) shows these names instead.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LABELS_FILE = Path(__file__).with_name("labels.yaml")


@lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    with open(LABELS_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def thema_ids() -> list[str]:
    """The nine theme ids in taxonomy order (the order of every table and chart)."""
    return list(labels()["themas"])


def thema_kort(thema: str) -> str:
    """Short Dutch name for a chart axis; an unknown id is shown as it is."""
    info = labels()["themas"].get(thema)
    return info["kort"] if info else str(thema)


def thema_titel(thema: str) -> str:
    info = labels()["themas"].get(thema)
    return info["titel"] if info else str(thema)


def thema_uitleg(thema: str) -> str:
    info = labels()["themas"].get(thema)
    return info["uitleg"] if info else ""


def thema_kleur(thema: str) -> str:
    info = labels()["themas"].get(thema)
    return info["kleur"] if info else "#888888"


def licht(kleur: str, mate: float = 0.72) -> str:
    """The colour blended with white: readable as a background behind text."""
    kleur = kleur.lstrip("#")
    r, g, b = (int(kleur[i : i + 2], 16) for i in (0, 2, 4))
    mix = lambda c: round(c + (255 - c) * mate)  # noqa: E731
    return "#{:02x}{:02x}{:02x}".format(mix(r), mix(g), mix(b))


def tekstkleur(kleur: str) -> str:
    """Black or white, whichever reads better on `kleur` (WCAG relative luminance)."""
    kleur = kleur.lstrip("#")
    lin = []
    for i in (0, 2, 4):
        c = int(kleur[i : i + 2], 16) / 255
        lin.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    lum = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return "#1f2328" if lum > 0.35 else "#ffffff"


def dimensie_naam(dim: str) -> str:
    return labels()["dimensies"].get(dim, dim)


def onbekend() -> str:
    return labels()["onbekend"]


def waarde_naam(dim: str, waarde: Any) -> str:
    """A value of a dimension as a person reads it (ground, kind, outcome ids get names)."""
    if waarde is None:
        return onbekend()
    table = {"thema": "themas", "grond": "gronden", "kind": "soorten", "uitkomst": "uitkomsten"}.get(dim)
    if dim == "thema":
        return thema_kort(waarde)
    if table:
        return labels()[table].get(waarde, str(waarde))
    return str(waarde)
