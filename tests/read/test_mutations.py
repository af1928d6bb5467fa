"""Damaged versions of good files (cut off, bytes overwritten, junk inserted; fixed seed):
every one gives a Document with valid offsets or one ReadError line, never another exception."""

from __future__ import annotations

import random

from klachtanalyse.read import ReadError, read_bytes
from makefiles import LETTER, make_docx, make_eml, make_msg
from pdfgen import make_ruling_pdf


def test_damaged_files_never_raise_anything_but_read_error(corpora):
    rnd = random.Random(20230124)
    pdf = make_ruling_pdf(LETTER.split("\n\n"))
    docx = make_docx([(p, None) for p in LETTER.split("\n\n")])
    samples = [
        ("u.xml", (corpora / "rechtspraak/xml/ECLI_NL_GHSHE_2014_1641.xml").read_bytes()),
        ("r.xml", (corpora / "geschreven/lezen/beleidsregels-woonoverlast-zuiderhaven.cvdr.xml").read_bytes()),
        ("p.html", (corpora / "geschreven/lezen/rechtspraak-nl-pagina_ECLI_NL_RBNNE_2020_2511.html").read_bytes()),
        ("a.pdf", pdf), ("a.docx", docx),
        ("a.eml", make_eml(LETTER, [("b.pdf", pdf, "application/pdf")])),
        ("a.msg", make_msg("Klacht", LETTER, [("c.txt", b"hallo")])),
    ]
    outcomes = {"ok": 0, "error": 0}
    for name, data in samples:
        for i in range(12):
            d = bytearray(data)
            if i % 3 == 0:
                d = d[: rnd.randrange(1, len(d))]
            elif i % 3 == 1:
                for _ in range(rnd.randrange(1, 30)):
                    d[rnd.randrange(len(d))] = rnd.randrange(256)
            else:
                at = rnd.randrange(len(d))
                d = d[:at] + bytes(rnd.randrange(256) for _ in range(50)) + d[at:]
            try:
                doc = read_bytes(bytes(d), name)
            except ReadError as err:
                assert "\n" not in str(err) and str(err)
                outcomes["error"] += 1
                continue
            outcomes["ok"] += 1
            for seg in doc.segments:
                assert 0 <= seg.start < seg.end <= len(doc.text)
    assert outcomes["ok"] > 10 and outcomes["error"] > 10
