"""Broken and hostile files, generated here: each gives exactly one ReadError with a one-line
reason, within the stated time and memory per file (limits.STATED_TIME_S / STATED_MEMORY_MB),
no XML entity is ever resolved, and a run over all of them goes on to the next file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from klachtanalyse.read import ReadError, read_bytes, read_file
from klachtanalyse.read.limits import STATED_MEMORY_MB, STATED_TIME_S
from makefiles import external_entity
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


def test_analyse_goes_on_after_bad_files(analysed):
    by_name = {Path(r["source"]).name: r for r in analysed if "vijandig" in r["source"]}
    assert len(by_name) == len(EXPECTED) + 1
    assert by_name["goed.txt"]["status"] == "ok" and by_name["goed.txt"]["kind"] == "klacht"
    for name, part in EXPECTED.items():
        assert by_name[name]["status"] == "error" and part in by_name[name]["error"], name


def test_a_pdf_named_docx_is_read_as_pdf_with_a_warning(corpora):
    pdf = make_ruling_pdf(["Geachte heer, mijn klacht gaat over de ontruiming van onze woning."])
    doc = read_bytes(pdf, "brief.docx")
    assert doc.format == "pdf" and doc.warnings == ["bestand heet .docx maar de inhoud is pdf: als pdf gelezen"]
