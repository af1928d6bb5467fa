"""Broken and hostile files, generated here: each gives exactly one ReadError with a one-line
reason, within the stated time and memory per file (limits.STATED_TIME_S / STATED_MEMORY_MB),
no XML entity is ever resolved, and a run over all of them goes on to the next file."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from klachtanalyse.read import ReadError, read_bytes, read_file
from klachtanalyse.read.limits import MAX_FILE_BYTES, STATED_MEMORY_MB, STATED_TIME_S
from makefiles import billion_laughs, external_entity, make_nested_eml, make_raw_nested_eml, make_zip_bomb_docx
from pdfgen import make_ruling_pdf

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {  # file -> a part of its one-line reason
    "leeg.txt": "leeg bestand",
    "spaties.txt": "leeg bestand",
    "afgebroken.pdf": "beschadigd of afgebroken",
    "versleuteld.pdf": "versleuteld met een wachtwoord",
    "tekst-als.pdf": "bestand heet .pdf maar is geen PDF (inhoud: tekst)",
    "rommel.docx": "bestand heet .docx maar is geen DOCX (inhoud: onbekende binaire gegevens)",
    "rommel.txt": "geen tekstbestand: binaire inhoud",
    "xxe-bestand.xml": "entiteit-definities (DTD) geweigerd",
    "xxe-netwerk.xml": "entiteit-definities (DTD) geweigerd",
    "entiteitenbom.xml": "entiteit-definities (DTD) geweigerd",
    "diep.xml": "ongeldige of afgebroken XML",
    "afgebroken.xml": "ongeldige of afgebroken XML",
    "zipbom.docx": "verdachte compressie",
    "groot.txt": "bestand te groot",
    "diep-genest.eml": "te diep genest",
    "duizend-lagen.eml": "te veel onderdelen",
    "leeg.docx": "geen geldig zip-bestand",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, corpora) -> Path:
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


SCRIPT = r"""
import json, resource, sys, time
from pathlib import Path
from klachtanalyse.read import ReadError, read_file
out = {}
for p in sorted(Path(sys.argv[1]).iterdir()):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    try:
        doc = read_file(p)
        err = None
    except ReadError as e:
        err = str(e)
    out[p.name] = {"error": err, "s": time.perf_counter() - t,
                   "mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024}
print(json.dumps(out))
"""


def test_each_hostile_file_one_line_error_within_bounds(hostile):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    res = subprocess.run([sys.executable, "-c", SCRIPT, str(hostile)], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    results = json.loads(res.stdout)
    assert results.pop("goed.txt")["error"] is None
    assert set(results) == set(EXPECTED)
    for name, r in results.items():
        assert r["error"] is not None and EXPECTED[name] in r["error"], (name, r["error"])
        assert "\n" not in r["error"] and len(r["error"]) < 200
        assert r["s"] < STATED_TIME_S, (name, r["s"])
        assert r["mb"] < STATED_MEMORY_MB, (name, r["mb"])


def test_no_external_entity_is_ever_resolved():
    for target in ("file:///etc/passwd", "file:///etc/hostname"):
        with pytest.raises(ReadError) as err:
            read_bytes(external_entity(target), "x.xml")
        assert "root:" not in str(err.value)
    # also without a DOCTYPE check: the parser itself neither loads DTDs nor resolves entities
    from klachtanalyse.read.xmlsafe import parser

    p = parser()
    from lxml import etree

    root = etree.fromstring(external_entity("file:///etc/passwd"), p)
    assert "root:" not in "".join(root.itertext())


def test_analyse_goes_on_after_bad_files(hostile):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    res = subprocess.run([sys.executable, "-m", "klachtanalyse", "analyse", str(hostile), "--format", "jsonl"],
                         capture_output=True, text=True, env=env, timeout=180)
    assert res.returncode == 0
    records = [json.loads(line) for line in res.stdout.splitlines()]
    by_name = {Path(r["source"]).name: r for r in records}
    assert len(records) == len(EXPECTED) + 1
    assert by_name["goed.txt"]["status"] == "ok" and by_name["goed.txt"]["kind"] == "klacht"
    for name, part in EXPECTED.items():
        assert by_name[name]["status"] == "error" and part in by_name[name]["error"], name


def test_a_pdf_named_docx_is_read_as_pdf_with_a_warning(corpora):
    pdf = make_ruling_pdf(["Geachte heer, mijn klacht gaat over de ontruiming van onze woning."])
    doc = read_bytes(pdf, "brief.docx")
    assert doc.format == "pdf" and doc.warnings == ["bestand heet .docx maar de inhoud is pdf: als pdf gelezen"]
