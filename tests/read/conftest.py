"""Fixtures for the reader tests: the real sample corpus and generated files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
sys.path.insert(0, str(Path(__file__).parent))  # pdfgen, makefiles


@pytest.fixture(scope="session")
def corpora() -> Path:
    return CORPORA
