"""Placeholders: consistent over a run, offsets remapped, the key written only when asked."""

import json
import os
import stat

from klachtanalyse.document import Evidence, Label, Record
from klachtanalyse.privacy import Pseudonymiser

LETTER = ("Mijn naam is Esther van der Linden. Mijn zoon Jayden (11) slaapt slecht sinds de brief van Ymere. "
          "Bel mij op 06-41872290.\n\nMet vriendelijke groet,\n\nE. van der Linden\n")


def test_same_person_and_number_get_the_same_placeholder_across_documents():
    p = Pseudonymiser()
    a = p.pseudonymise_text(LETTER).text
    b = p.pseudonymise_text("Mevrouw Van der Linden belde vanaf 06 41 87 22 90 over Jayden.").text
    assert a == ("Mijn naam is [PERSOON-1]. Mijn zoon [PERSOON-2] (11) slaapt slecht sinds de brief van Ymere. "
                 "Bel mij op [TELEFOON-1].\n\nMet vriendelijke groet,\n\n[PERSOON-1]\n")
    assert "[TELEFOON-1]" in b and "[PERSOON-2]" in b
    assert p.stats["TELEFOON"] == 2


def test_offset_map_keeps_text_equal_to_slice():
    p = Pseudonymiser()
    ps = p.pseudonymise_text(LETTER)
    start = LETTER.index("slaapt")
    end = LETTER.index("Ymere") + len("Ymere")
    ns, ne = ps.map_span(start, end)
    assert ps.text[ns:ne] == "slaapt slecht sinds de brief van Ymere"
    # a passage that starts inside a name widens to the whole placeholder
    ns, ne = ps.map_span(LETTER.index("Linden"), LETTER.index("."))
    assert ps.text[ns:ne] == "[PERSOON-1]"


def _record():
    text = LETTER
    s = text.index("Mijn zoon")
    e = text.index("Ymere.") + len("Ymere.")
    ev = Evidence(text[s:e], s, e, "test")
    return Record(id="sha256:x", source="brief.txt", kind="klacht", text=text,
                  labels=[Label("kinderen_onzichtbaar", 0.9, [ev])],
                  extra={"passages": [{"text": "Jayden (11)", "start": text.index("Jayden"), "end": text.index("Jayden") + 11}],
                         "samenvatting": "Esther van der Linden belt met 06-41872290", "format": "text"})


def test_record_text_evidence_and_extra_are_pseudonymised_and_offsets_hold():
    p = Pseudonymiser()
    rec = p.pseudonymise_record(_record())
    ev = rec.labels[0].evidence[0]
    assert ev.text == "Mijn zoon [PERSOON-2] (11) slaapt slecht sinds de brief van Ymere."
    assert rec.text[ev.start:ev.end] == ev.text
    passage = rec.extra["passages"][0]
    assert passage["text"] == "[PERSOON-2] (11)" and rec.text[passage["start"]:passage["end"]] == passage["text"]
    assert rec.extra["samenvatting"] == "[PERSOON-1] belt met [TELEFOON-1]"
    assert rec.extra["format"] == "text"
    assert "Esther" not in json.dumps(rec.to_dict(include_extra=True)) and "Esther" not in rec.text


def test_record_without_text_pseudonymises_evidence_alone():
    original = _record()
    original.text = None
    rec = Pseudonymiser().pseudonymise_record(original)
    assert rec.labels[0].evidence[0].text == "Mijn zoon [PERSOON-1] (11) slaapt slecht sinds de brief van Ymere."
    assert rec.text is None


def test_key_is_written_only_when_asked_and_only_for_the_owner(tmp_path):
    p = Pseudonymiser()
    p.pseudonymise_text(LETTER)
    assert list(tmp_path.iterdir()) == []
    path = p.write_key(tmp_path / "sleutel.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["sleutel"]["[PERSOON-1]"] == ["E. van der Linden", "Esther van der Linden"]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
