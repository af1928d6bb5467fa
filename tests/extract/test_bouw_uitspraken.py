"""corpora/geschreven/uitspraken-bron/bouw.py: a blind writer's source becomes the ruling file the reader meets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "corpora" / "geschreven" / "uitspraken-bron"
RULINGS = ROOT / "corpora" / "geschreven" / "uitspraken"


def _bouw():
    spec = importlib.util.spec_from_file_location("bouw_uitspraken", SOURCES / "bouw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_source_builds_exactly_the_committed_ruling_file():
    """One open-data XML (a hoger beroep) and one copied page (a closure in plain language): the
    shipped files are what the builder makes of the writers' sources, so a new round is built the same way."""
    bouw = _bouw()
    for nr, maker, suffix in ((219, bouw.to_xml, ".xml"), (222, bouw.to_text, ".txt")):
        meta, gold, body = bouw.parse(SOURCES / f"{nr}.txt")
        assert gold["velden"]["ecli"] == meta["ecli"]
        shipped = RULINGS / (meta["ecli"].replace(":", "_") + suffix)
        assert maker(meta, body) == shipped.read_text(encoding="utf-8")
