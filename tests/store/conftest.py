"""Fixtures for the store tests: a small folder of real documents from corpora/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpora_dir() -> Path:
    """corpora/ of the repository, or the shared copy the project's machines have."""
    for candidate in (os.environ.get("KLACHTANALYSE_CORPORA"), REPO / "corpora", "/work/shared/corpora"):
        if candidate and (Path(candidate) / "rechtspraak").is_dir():
            return Path(candidate)
    pytest.skip("corpora/ niet gevonden (zet KLACHTANALYSE_CORPORA)")


# Real rulings in three formats, statutes, and one empty file (an error record).
REAL_FILES = [
    "rechtspraak/xml/ECLI_NL_CRVB_2014_2942.xml",
    "rechtspraak/xml/ECLI_NL_GHAMS_2013_2283.xml",
    "rechtspraak/xml/ECLI_NL_HR_1995_AA1575.xml",
    "rechtspraak/xml/ECLI_NL_RBGEL_2015_6991.xml",
    "rechtspraak/xml/ECLI_NL_RVS_2015_3394.xml",
    "rechtspraak/xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml",
    "rechtspraak/xml_edge_cases/ECLI_NL_GHAMS_2007_AZ8310.xml",
    "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json",
    "rechtspraak/csv/prijsdf_sample_cases_content.csv",
    "regelgeving/nationaal/Leegstandwet_BWBR0003403.md",
    "regelgeving/nationaal/Wet_tijdelijk_huisverbod_BWBR0024649.md",
]


def copy_corpus(dest: Path, copies: int = 1) -> list[Path]:
    """Writable copies of the real files under dest (copies>1: in numbered sub-folders)."""
    src = corpora_dir()
    out = []
    for c in range(copies):
        for rel in REAL_FILES:
            target = dest / (f"deel{c:03d}" if copies > 1 else "") / rel.replace("/", "__")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src / rel, target)
            out.append(target)
    empty = dest / "leeg.txt"
    empty.write_bytes(b"")
    out.append(empty)
    return sorted(out, key=str)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "map"
    copy_corpus(folder)
    return folder
