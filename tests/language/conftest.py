"""Shared fixtures for the language-layer tests: the repository root and the real corpora."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path("/work/shared/corpora")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def nlp():
    from klachtanalyse import language

    return language.load()
