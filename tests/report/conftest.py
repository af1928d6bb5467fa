"""Records built by hand from the written example texts, so the report is tested on its own.

The texts are in corpora/geschreven/rapport/ (written for the project, see its README). The
themes below are what a careful reader finds in them; offsets are computed from the quotes,
so `text[start:end] == quote` holds by construction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from klachtanalyse.document import Evidence, Label, Record, empty_metadata, sha256_id

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "corpora" / "geschreven" / "rapport"

# file -> (kind, metadata, {theme: [quotes]})
GOLD = {
    "r01-klachtbrief-utrecht.txt": (
        "klacht",
        {"gemeente": ["Utrecht"], "datum": "2022-03-03", "grond": ["huurachterstand"], "huurachterstand_eur": 3250.5},
        {
            "informatie_ontbreekt": ["Wij hoorden pas twee dagen van tevoren dat de deurwaarder zou komen."],
            "kinderen_onzichtbaar": ["Er is in het hele traject niet één keer met onze drie kinderen gesproken, ook niet door het wijkteam."],
            "tijdelijke_woonoplossingen": ["Sinds de ontruiming slapen wij afwisselend bij mijn zus in Nieuwegein en in een vakantiehuisje op een park bij Zeist."],
            "welzijn_kind": ["De kinderen zijn in drie maanden twee keer van school gewisseld."],
        },
    ),
    "r02-boze-mail-rotterdam.txt": (
        "klacht",
        {"gemeente": ["Rotterdam"], "grond": ["overlast"]},
        {
            "dakloosheid": [
                "waarom ze ons op straat hebben gezet met een baby van 4 maande",
                "we hebben de eerste nacht in de auto geslapen bij het station",
            ],
            "eigen_verantwoordelijkheid": ["de gemeente rotterdam zei u moet zelf maar iets zoeken"],
            # overlaps the welzijn_kind quote on purpose: one sentence, two themes
            "welzijn_kind": ["mijn dochter van 9 plast sindsdien weer in bed en durft niet meer naar school"],
            "kinderen_onzichtbaar": ["niemand heeft ooit gevraagd hoe het met de kinderen ging", "mijn dochter van 9 plast sindsdien"],
        },
    ),
    "r03-brief-moeder-utrecht.txt": (
        "klacht",
        {"gemeente": ["Utrecht"], "datum": "2023-01-12", "grond": ["huurachterstand"]},
        {
            "stress_bestaanszekerheid": ["ik slaap al maanden niet meer van de zorgen en alles draait alleen nog om vandaag doorkomen"],
            "vroegsignalering": ["De achterstand was al in 2021 bij de corporatie bekend maar niemand heeft toen de gemeente of de schuldhulp ingeschakeld"],
            "eigen_verantwoordelijkheid": ["De gemeente Utrecht zegt nu dat het mijn eigen verantwoordelijkheid is om een nieuwe woning te vinden en verwijst mij alleen door naar een website."],
        },
    ),
    "r04-intakenotitie-wijkteam.txt": (
        "klacht",
        {"gemeente": ["Groningen"], "datum": "2023-09-14", "grond": ["huurachterstand"]},
        {
            "tijdelijke_woonoplossingen": ["sinds de ontruiming in de crisisopvang verblijft"],
            "willekeur": ["haar collega in Haren bij dezelfde corporatie een betalingsregeling kreeg en zij niet; zij ervaart dit als willekeur."],
            "welzijn_kind": ["De jongste zoon heeft sinds de verhuizing buikpijnklachten en eet slecht."],
        },
    ),
}


def build_record(name: str) -> Record:
    path = TEXTS / name
    data = path.read_bytes()
    text = data.decode("utf-8")
    kind, meta, themes = GOLD[name]
    metadata = empty_metadata()
    metadata.update(meta)
    labels = []
    for thema, quotes in themes.items():
        ev = []
        for q in quotes:
            start = text.index(q)
            ev.append(Evidence(q, start, start + len(q), rule=f"test:{thema}"))
        labels.append(Label(thema, 0.9, ev, source="test"))
    return Record(id=sha256_id(data), source=str(path), kind=kind, metadata=metadata, labels=labels, text=text)


@pytest.fixture
def records() -> list[Record]:
    out = [build_record(name) for name in GOLD]
    out.append(Record.failed(str(TEXTS / "kapot.pdf"), "geen geldige PDF (bestand afgebroken)", "sha256:" + "0" * 64))
    return out


@pytest.fixture
def result(records):
    from klachtanalyse.aggregate import Result

    return Result.from_records(records)


# The personal data in the written texts, as the privacy stage should replace it. The report
# tests use this stand-in to check what the REPORT does with pseudonymised records; the real
# Pseudonymiser (klachtanalyse.privacy) is tested by its own suite and end to end in
# test_report.py::test_rapport_command_*.
PERSOONSGEGEVENS = {
    "Fatima el Amrani": "[PERSOON-1]",
    "06-41234567": "[TELEFOON-1]",
    "Kanaalweg 112": "[ADRES-1]",
    "Kevin": "[PERSOON-2]",
    "J. de Vries": "[PERSOON-3]",
    "Jansen": "[PERSOON-4]",
    "12-05-1988": "[GEBOORTEDATUM-1]",
    "Paterswoldseweg 45": "[ADRES-2]",
    "9726 BE": "[POSTCODE-1]",
}


class StandInPseudonymiser:
    """Replaces the known strings above, remapping evidence offsets like the real one must."""

    def __init__(self):
        self.seen: list[str] = []

    def pseudonymise_record(self, record: Record) -> Record:
        import copy
        import re

        self.seen.append(record.id)
        record = copy.deepcopy(record)
        if record.text is None:
            return record
        text = record.text
        pattern = re.compile("|".join(re.escape(k) for k in sorted(PERSOONSGEGEVENS, key=len, reverse=True)))
        pieces, shifts, pos, delta = [], [], 0, 0
        for m in pattern.finditer(text):
            pieces.append(text[pos : m.start()])
            new = PERSOONSGEGEVENS[m.group()]
            pieces.append(new)
            shifts.append((m.end(), delta + len(new) - (m.end() - m.start())))
            delta = shifts[-1][1]
            pos = m.end()
        pieces.append(text[pos:])
        new_text = "".join(pieces)

        def move(p: int) -> int:
            d = 0
            for end, total in shifts:
                if end <= p:
                    d = total
            return p + d

        for lab in record.labels:
            for ev in lab.evidence:
                ev.start, ev.end = move(ev.start), move(ev.end)
                ev.text = new_text[ev.start : ev.end]
        record.text = new_text
        return record


@pytest.fixture
def stand_in():
    return StandInPseudonymiser()


@pytest.fixture
def persoonsgegevens() -> dict[str, str]:
    return dict(PERSOONSGEGEVENS)
