"""Fixtures for the store tests: a small folder of real documents from corpora/."""

from __future__ import annotations

from pathlib import Path

import pytest

from store_corpus import copy_corpus


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "map"
    copy_corpus(folder)
    return folder
