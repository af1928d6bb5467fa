"""The outcome read from the decision alone, for the dictum wordings courts use."""

from __future__ import annotations

import pytest

from klachtanalyse.document import Document, Segment
from klachtanalyse.extract import extract_document

CIVIL = (
    "RECHTBANK ROTTERDAM\n\nvonnis van de kantonrechter van 3 maart 2022\n\n"
    "2. De feiten\n\n2.1. Gedaagde huurt de woning van eiseres. {feiten}\n\n"
    "3. De beoordeling\n\n3.1. De kantonrechter overweegt als volgt. {overweging}\n\n"
)
CLOSURE = (
    "RECHTBANK LIMBURG\n\nBestuursrecht\n\nuitspraak van 3 maart 2022 in de zaak tussen eiser en "
    "de burgemeester van Venlo, verweerder.\n\nOverwegingen\n\n1. De burgemeester heeft de woning op "
    "grond van artikel 13b van de Opiumwet gesloten. {overweging}\n\n"
)


def outcome(head: str, dictum: str, **fill: str) -> str | None:
    feiten = fill.get("feiten", "Eiseres vordert ontbinding van de huurovereenkomst en ontruiming van de woning.")
    text = head.format(feiten=feiten, overweging=fill.get("overweging", ""))
    start = len(text)
    text += "Beslissing\n\n" + dictum + "\n\nDeze uitspraak is gedaan door mr. A. Jansen."
    areas = ["Bestuursrecht"] if head is CLOSURE else ["Civiel recht"]
    doc = Document(id="t", source="t", text=text, kind="uitspraak",
                   metadata={"rechtsgebieden": areas}, segments=[Segment("beslissing", start, len(text))])
    return extract_document(doc)[0]["uitkomst"]


@pytest.mark.parametrize("dictum, expected", [
    ("De kantonrechter ontbindt de huurovereenkomst en veroordeelt gedaagde de woning te ontruimen.", "toegewezen"),
    ("De kantonrechter verklaart voor recht dat de huurovereenkomst is geëindigd en stelt het tijdstip van de ontruiming vast op 1 juli 2024.", "toegewezen"),
    ("De voorzieningenrechter beveelt gedaagde het gehuurde binnen drie dagen te ontruimen.", "toegewezen"),
    ("De kantonrechter wijst de vorderingen af.", "afgewezen"),
    ("De kantonrechter weigert de gevraagde voorziening.", "afgewezen"),
    ("De kantonrechter ontbindt de huurovereenkomst, tenzij gedaagde voor de ontruimingsdatum de achterstand betaalt.", "voorwaardelijk"),
    ("De kantonrechter veroordeelt gedaagde de woning te ontruimen, met dien verstande dat de ontruiming niet eerder plaatsvindt dan 1 maart 2023.", "voorwaardelijk"),
    ("De voorzieningenrechter schorst de tenuitvoerlegging van het ontruimingsvonnis van 1 februari 2022.", "voorwaardelijk"),
])
def test_civil(dictum, expected):
    assert outcome(CIVIL, dictum) == expected


def test_civil_refusal_of_the_tenants_claim_means_eviction():
    assert outcome(CIVIL, "De voorzieningenrechter wijst de vordering af.",
                   feiten="Eiser vordert schorsing van de tenuitvoerlegging van het ontruimingsvonnis.") == "toegewezen"


@pytest.mark.parametrize("dictum, expected", [
    ("De rechtbank verklaart het beroep ongegrond.", "toegewezen"),
    ("De rechtbank verklaart het beroep niet-ontvankelijk.", "toegewezen"),
    ("De voorzieningenrechter wijst het verzoek tot het treffen van een voorlopige voorziening af.", "toegewezen"),
    ("De rechtbank verklaart het beroep gegrond en vernietigt het bestreden besluit.", "afgewezen"),
    ("De rechtbank verklaart het beroep gegrond, vernietigt het bestreden besluit en bepaalt dat de rechtsgevolgen van het vernietigde besluit in stand blijven.", "toegewezen"),
    ("De voorzieningenrechter schorst het besluit tot zes weken na de beslissing op bezwaar.", "afgewezen"),
    ("De voorzieningenrechter treft de voorlopige voorziening dat de sluiting niet eerder ingaat dan 1 oktober 2023.", "voorwaardelijk"),
    ("I. verklaart het hoger beroep gegrond; II. vernietigt de uitspraak van de rechtbank; III. verklaart het bij de rechtbank ingestelde beroep ongegrond.", "toegewezen"),
])
def test_closure(dictum, expected):
    assert outcome(CLOSURE, dictum) == expected


def test_only_a_possible_closure_is_not_at_stake():
    text = ("De burgemeester heeft een gedragsaanwijzing gegeven. In het uiterste geval kan sluiting van de "
            "woning volgen, maar dat is nu niet aan de orde.\n\nBeslissing\n\nDe voorzieningenrechter wijst het verzoek af.")
    doc = Document(id="t", source="t", text=text, kind="uitspraak")
    assert extract_document(doc)[0]["uitkomst"] == "niet_van_toepassing"
