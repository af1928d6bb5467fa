"""The public face of the language layer: examples with exact expected values."""

from klachtanalyse import language
from klachtanalyse.language import (
    court_of_ecli_code,
    find_amounts,
    find_dates,
    find_ecli,
    find_household,
    find_references,
    gemeente_of,
    qualify,
    sentences,
)


def _vals(matches):
    return [m.value for m in matches]


def test_references_normalise_to_one_form():
    cases = {
        "artikel 7:231 lid 2 BW": ["art. 7:231 BW"],
        "art. 7:231 BW": ["art. 7:231 BW"],
        "art. 13b Opiumwet": ["art. 13b Opiumwet"],
        "artikel 3 IVRK": ["art. 3 IVRK"],
        "art. 8 EVRM": ["art. 8 EVRM"],
        "artikel 174a Gemeentewet": ["art. 174a Gemeentewet"],
        "art. 3:4 Awb": ["art. 3:4 Awb"],
        "artikel 7:231 van het Burgerlijk Wetboek": ["art. 7:231 BW"],
        "de artikelen 3:4 en 4:84 Awb": ["art. 3:4 Awb", "art. 4:84 Awb"],
        "art. 13b van de Opiumwet": ["art. 13b Opiumwet"],
        "artikel 3 van het Verdrag inzake de rechten van het kind": ["art. 3 IVRK"],
        "artikel 8:72, derde lid, Awb": ["art. 8:72 Awb"],
        "artikel 3 van die wet": [],
    }
    for text, want in cases.items():
        assert _vals(find_references(text)) == want, text


def test_reference_details_and_offsets():
    text = "Op grond van artikel 7:231 lid 2 BW wordt de huur ontbonden."
    (m,) = find_references(text)
    assert text[m.start : m.end] == "artikel 7:231 lid 2 BW"
    assert m.info["lid"] == "2" and m.info["bwb"] == "BWBR0005290"


def test_ecli_and_court_code():
    (m,) = find_ecli("Zie ECLI:NL:RBAMS:2010:BO3979.")
    assert m.value == "ECLI:NL:RBAMS:2010:BO3979"
    assert court_of_ecli_code(m.info["instantie_code"]) == "Rechtbank Amsterdam"


def test_amounts_values():
    cases = {
        "€ 3.250,50": 3250.5,
        "3250 euro": 3250.0,
        "EUR 1.200,-": 1200.0,
        "€1.234": 1234.0,
        "ruim vierduizend euro": 4000.0,
        "een bedrag van € 2.345,67.": 2345.67,
    }
    for text, want in cases.items():
        assert _vals(find_amounts(text)) == [want], text


def test_dates():
    assert _vals(find_dates("op 3 maart 2022, 03-03-2022 en 3-3-'22")) == ["2022-03-03"] * 3


def test_gemeente_of_and_sentences():
    assert gemeente_of("Hoogezand") == "Midden-Groningen"
    assert len(language.current_gemeenten()) == 342
    text = "2.1. De huurder (mr. J.A. de Vries) betaalt niet, zie r.o. 4.3. De kantonrechter wijst af."
    assert [text[s:e] for s, e in sentences(text)] == [
        "2.1. De huurder (mr. J.A. de Vries) betaalt niet, zie r.o. 4.3.",
        "De kantonrechter wijst af.",
    ]


def test_household_and_qualifiers():
    (m,) = find_household("de kinderen (3 en 9 jaar) moesten mee")
    assert m.value == {"rol": "kind", "aantal": 2, "leeftijden": [3, 9]}
    neg = "Er is niet met de kinderen gesproken."
    pos = "Er is met de kinderen gesproken."
    assert qualify(neg, neg.index("de kinderen"), neg.index(" gesproken")).negated is True
    assert qualify(pos, pos.index("de kinderen"), pos.index(" gesproken")).negated is False


def test_spacy_pipeline_fills_span_groups():
    nlp = language.load()
    doc = nlp("De gemeente Midden-Groningen heeft niet met de twee minderjarige kinderen gesproken.")
    (g,) = doc.spans["gemeente"]
    assert g._.waarde == "Midden-Groningen"
    (h,) = doc.spans["huishouden"]
    assert h._.waarde["aantal"] == 2 and h._.negated and h._.past and h._.subject == "kind"
