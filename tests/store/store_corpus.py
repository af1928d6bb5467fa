"""Real documents from corpora/ for the store tests (a module of its own: conftest names clash)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def corpora_dir() -> Path:
    """corpora/ of the repository (or $KLACHTANALYSE_CORPORA).

    The repository ships corpora/, so a checkout without it is broken: the store tests fail
    with this message instead of being skipped silently."""
    for candidate in (os.environ.get("KLACHTANALYSE_CORPORA"), REPO / "corpora"):
        if candidate and (Path(candidate) / "rechtspraak").is_dir():
            return Path(candidate)
    pytest.fail(f"corpora/rechtspraak ontbreekt in {REPO}: de repository levert corpora/ mee "
                "(of zet KLACHTANALYSE_CORPORA op een map met rechtspraak/)", pytrace=False)


# Real rulings in three formats, statutes, and one empty file (an error record). Small ones
# (1.5-25 KB), so the whole pipeline runs over them in seconds.
REAL_FILES = [
    "rechtspraak/xml/ECLI_NL_CRVB_2014_2942.xml",
    "rechtspraak/xml/ECLI_NL_CRVB_2014_3494.xml",
    "rechtspraak/xml/ECLI_NL_HR_1995_AA1575.xml",
    "rechtspraak/xml/ECLI_NL_RBGEL_2015_6991.xml",
    "rechtspraak/xml/ECLI_NL_PHR_2013_1528.xml",
    "rechtspraak/xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml",
    "rechtspraak/xml_edge_cases/ECLI_NL_GHAMS_2007_AZ8310.xml",
    "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json",
    "rechtspraak/xml/ECLI_NL_HR_1992_AA1835.xml",
    "regelgeving/nationaal/Leegstandwet_BWBR0003403.md",
    "regelgeving/nationaal/Wet_tijdelijk_huisverbod_BWBR0024649.md",
]

# The smallest real rulings (1.5-10 KB): many files, little work, for the crash test.
SMALL_FILES = [
    "rechtspraak/xml/ECLI_NL_PHR_2013_1528.xml",
    "rechtspraak/xml_edge_cases/ECLI_NL_RBAMS_2007_YB0083.xml",
    "rechtspraak/xml_edge_cases/ECLI_NL_GHARN_2007_53.xml",
    "rechtspraak/xml_edge_cases/ECLI_NL_GHAMS_2007_BC1110.xml",
    "rechtspraak/xml/ECLI_NL_CBB_1997_ZG0125.xml",
    "rechtspraak/xml_edge_cases/ECLI_NL_GHAMS_2007_AZ8310.xml",
    "rechtspraak/xml/ECLI_NL_HR_1992_AA1835.xml",
    "rechtspraak/xml/ECLI_NL_CRVB_2014_3494.xml",
]


def copy_corpus(dest: Path, copies: int = 1, files: list[str] = REAL_FILES) -> list[Path]:
    """Writable copies of the real files under dest (copies>1: in numbered sub-folders)."""
    src = corpora_dir()
    out = []
    for c in range(copies):
        for rel in files:
            target = dest / (f"deel{c:03d}" if copies > 1 else "") / rel.replace("/", "__")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src / rel, target)
            out.append(target)
    empty = dest / "leeg.txt"
    empty.write_bytes(b"")
    out.append(empty)
    return sorted(out, key=str)
