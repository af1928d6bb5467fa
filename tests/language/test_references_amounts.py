"""Legal references, ECLIs, amounts and dates: real sentences, exact values, measured samples."""

import json

from klachtanalyse.language import find_amounts, find_dates, find_ecli, find_references, wetsartikelen
from klachtanalyse.language.evaluation import evaluate_spans


def _rows(root, name):
    path = root / "corpora/annotaties/verwijzingen" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_precision_recall_on_annotated_sample(root):
    rows = _rows(root, "ontwikkel.jsonl") + _rows(root, "toets.jsonl")
    refs, _ = evaluate_spans(rows, "wetsverwijzing", find_references)
    amounts, _ = evaluate_spans(rows, "bedrag", find_amounts)
    assert refs.tp + refs.fn == 81 and amounts.tp + amounts.fn == 107
    assert refs.precision >= 0.95 and refs.recall >= 0.95, refs.line()
    assert amounts.precision >= 0.95 and amounts.recall >= 0.95, amounts.line()


def test_real_ruling_sentence_with_13b_opiumwet():
    # ECLI:NL:RBNNE:2020:2511
    text = ("3. Ingevolge artikel 13b, eerste lid, aanhef en onder a, van de Opiumwet, is de burgemeester "
            "bevoegd tot oplegging van een last onder bestuursdwang.")
    (m,) = find_references(text)
    assert m.value == "art. 13b Opiumwet"
    assert m.info == {"wet": "Opiumwet", "wet_naam": "Opiumwet", "artikel": "13b", "lid": "1", "onder": "a", "bwb": "BWBR0001941"}
    assert text[m.start : m.end] == "artikel 13b, eerste lid, aanhef en onder a, van de Opiumwet"


def test_lists_chains_and_books():
    assert wetsartikelen("De artikelen 5:25 tot en met 5:28 van de Algemene wet bestuursrecht") == ["art. 5:25 Awb", "art. 5:28 Awb"]
    assert [m.value for m in find_references("artikel 6:162 BW jo. 6:248 BW")] == ["art. 6:162 BW", "art. 6:248 BW"]
    assert [m.value for m in find_references("In de artikelen 36 van de WW en 33 van de ZW")] == ["art. 36 WW", "art. 33 ZW"]
    assert [m.value for m in find_references("zoals in artikel 365 boek 2 BW is neergelegd")] == ["art. 2:365 BW"]
    assert [m.value for m in find_references("artikel 3 van het Verdrag inzake de rechten van het kind")] == ["art. 3 IVRK"]
    assert [m.value for m in find_references("artikel 8, lid 1 en 2, EVRM")] == ["art. 8 EVRM"]
    # the law named once after two articles joined by "in verbinding met" / "in samenhang met" (blind28, session 11)
    assert [m.value for m in find_references("(artikel 8:75 in verbinding met artikel 8:84, vierde lid, van de Awb)")] == [
        "art. 8:75 Awb", "art. 8:84 Awb"]
    assert [m.value for m in find_references("artikel 5:31d in samenhang met artikel 5:32 van de Algemene wet bestuursrecht")] == [
        "art. 5:31d Awb", "art. 5:32 Awb"]
    assert [m.value for m in find_references("artikel 7:231 BW in samenhang met artikel 6:265 BW")] == ["art. 7:231 BW", "art. 6:265 BW"]


def test_unknown_law_keeps_its_title_and_anaphora_is_not_a_reference():
    assert [m.value for m in find_references("in strijd met artikel 41, eerste lid, van de Wet geluidhinder.")] == ["art. 41 Wet geluidhinder"]
    assert find_references("artikel 3 van die wet en artikel 8 van het Besluit") == []


def test_lower_case_in_informal_text():
    assert wetsartikelen("volgens artikel 8 evrm en art 7:231 bw mag dat niet, lees artikel 3 ivrk") == [
        "art. 3 IVRK", "art. 7:231 BW", "art. 8 EVRM",
    ]
    assert find_references("art. 12 sr") == []  # short names that are words in lower case stay strict


def test_bwb_of_bw_book():
    (m,) = find_references("art. 6:162 BW")
    assert m.info["bwb"] == "BWBR0005289"


def test_ecli():
    (m,) = find_ecli("onder meer in de uitspraak van 27 juni 2016, ECLI:NL:RVS:2016:2097, van")
    assert m.value == "ECLI:NL:RVS:2016:2097" and m.info["instantie_code"] == "RVS"


def test_amounts_real_and_informal():
    # ECLI:NL:CRVB:2012:BY5954 (amounts split over lines) and ECLI:NL:RVS:2015:3394 (in words)
    text = "Het gaat om € 4.759,20 aan WW-uitkering en € 980,00 (zegge: negenhonderdtachtig euro)."
    assert [m.value for m in find_amounts(text)] == [4759.2, 980.0, 980.0]
    assert [m.value for m in find_amounts("ik heb nog zo'n 1200 euro schuld en ruim vierduizend euro bij de energie")] == [1200.0, 4000.0]
    (m,) = find_amounts("Afgerekend op ƒ 26.964,--.")
    assert (m.value, m.info["valuta"]) == (26964.0, "NLG")
    (m,) = find_amounts("begroot op € 437, - aan kosten")
    assert m.value == 437.0


def test_dates():
    text = "op 3 maart 2022, 03-03-2022, 3-3-'22 en 12 mrt. 2021; zitting op 1 januari jl.; 31-02-2022 bestaat niet"
    assert [m.value for m in find_dates(text)] == ["2022-03-03", "2022-03-03", "2022-03-03", "2021-03-12", "--01-01"]
