"""Loading the layer's data files once per process (they are read-only afterwards)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _path(name: str):
    return resources.files("klachtanalyse.language").joinpath("data", name)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    with _path(name).open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV file whose header lines start with '#' (the source notes)."""
    with _path(name).open("r", encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#") and ln.strip()]
    return tuple(csv.DictReader(lines))
