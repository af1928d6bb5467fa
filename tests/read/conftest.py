"""Fixtures for the reader tests: the real sample corpus and generated files."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
sys.path.insert(0, str(Path(__file__).parent))  # pdfgen, makefiles


@pytest.fixture(scope="session")
def corpora() -> Path:
    return CORPORA


@pytest.fixture(scope="session")
def hostile(tmp_path_factory, corpora) -> Path:
    """A folder of broken and hostile files (and one good one), generated."""
    from klachtanalyse.read import read_file
    from klachtanalyse.read.limits import MAX_FILE_BYTES
    from makefiles import billion_laughs, external_entity, make_nested_eml, make_raw_nested_eml, make_zip_bomb_docx
    from pdfgen import make_ruling_pdf

    d = tmp_path_factory.mktemp("vijandig")
    paras = read_file(corpora / "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json").text.split("\n")
    pdf = make_ruling_pdf(paras[:60])
    (d / "leeg.txt").write_bytes(b"")
    (d / "spaties.txt").write_bytes(b"  \n\t\n")
    (d / "afgebroken.pdf").write_bytes(pdf[: len(pdf) // 3])
    from fpdf import FPDF

    enc = FPDF()
    enc.add_page()
    enc.set_font("Helvetica", size=12)
    enc.cell(0, 10, "Vertrouwelijk")
    enc.set_encryption(owner_password="eigenaar", user_password="geheim")
    (d / "versleuteld.pdf").write_bytes(bytes(enc.output()))
    (d / "tekst-als.pdf").write_text("Geachte heer, dit is gewoon tekst.", encoding="utf-8")
    rnd = random.Random(20230124)
    junk = bytes(rnd.getrandbits(8) for _ in range(200_000))
    (d / "rommel.docx").write_bytes(junk)
    (d / "rommel.txt").write_bytes(junk)
    (d / "xxe-bestand.xml").write_bytes(external_entity("file:///etc/passwd"))
    (d / "xxe-netwerk.xml").write_bytes(external_entity("http://127.0.0.1:9/geheim"))
    (d / "entiteitenbom.xml").write_bytes(billion_laughs())
    (d / "diep.xml").write_bytes(b"<open-rechtspraak>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</open-rechtspraak>")
    xml = (corpora / "rechtspraak/xml/ECLI_NL_RBMNE_2016_1780.xml").read_bytes()
    (d / "afgebroken.xml").write_bytes(xml[: len(xml) // 2])
    (d / "zipbom.docx").write_bytes(make_zip_bomb_docx(50))
    with open(d / "groot.txt", "wb") as fh:  # sparse: costs no disk, never read
        fh.truncate(MAX_FILE_BYTES + 1)
    (d / "diep-genest.eml").write_bytes(make_nested_eml(8))
    (d / "duizend-lagen.eml").write_bytes(make_raw_nested_eml(3000))
    (d / "leeg.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    (d / "goed.txt").write_text("Geachte heer, mijn klacht gaat over de ontruiming.", encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def analysed(hostile, corpora) -> list[dict]:
    """One `klachtanalyse analyse` run (a subprocess, as a user runs it) over the hostile
    files, the XML edge cases and the written examples; shared by the tests that check it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    res = subprocess.run([sys.executable, "-m", "klachtanalyse", "analyse", str(hostile),
                          str(corpora / "rechtspraak/xml_edge_cases"), str(corpora / "geschreven/lezen"),
                          "--format", "jsonl"], capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    return [json.loads(line) for line in res.stdout.splitlines()]
