"""The label ids in the package are exactly those of the outside contract (taxonomy.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from klachtanalyse.classify import GROUNDS, THEMES

REPO = Path(__file__).resolve().parents[2]
SPEC = next((p for p in (REPO / "spec/taxonomy.yaml", REPO.parent / "shared/spec/taxonomy.yaml",
                         Path("/work/shared/spec/taxonomy.yaml")) if p.is_file()), None)


@pytest.mark.skipif(SPEC is None, reason="shared/spec/taxonomy.yaml not found")
def test_theme_and_ground_ids_match_the_spec():
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert list(THEMES) == list(spec["themes"])
    assert list(GROUNDS) == list(spec["grounds"])
