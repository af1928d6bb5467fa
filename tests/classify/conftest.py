"""Fixtures for the classify tests: real annotation files of the repo, small copies with splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CONTROLE = REPO / "corpora/geschreven/thema-controle/controle.jsonl"
THEMAS = REPO / "corpora/annotaties/themas.jsonl"


@pytest.fixture
def small_annotations(tmp_path) -> Path:
    """The 16 control texts with train/dev/test assigned (only for plumbing tests)."""
    rows = [json.loads(line) for line in CONTROLE.read_text(encoding="utf-8").splitlines()]
    for i, row in enumerate(rows):
        row["split"] = ("train", "train", "dev", "test")[i % 4]
    out = tmp_path / "klein.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out
