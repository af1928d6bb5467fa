"""Ruling fields on real and written rulings, read the way `analyse` reads them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from klachtanalyse.document import Document, Record, Segment
from klachtanalyse.extract import extract_document, render_table
from klachtanalyse.extract.evaluate import evaluate, main, resolve, shared_corpora, splits_in
from klachtanalyse.read import read_file

ROOT = Path(__file__).resolve().parents[2]
CORPORA = shared_corpora()
WRITTEN = ROOT / "corpora" / "geschreven" / "uitspraken"
ANNOTATIONS = ROOT / "corpora" / "annotaties" / "uitspraken.jsonl"
needs_corpora = pytest.mark.skipif(CORPORA is None, reason="shared/corpora niet gevonden")


def extract(path: Path):
    return extract_document(read_file(path))


@needs_corpora
def test_real_appeal_on_suspended_eviction_is_conditional():
    """Hof Den Bosch confirms a suspension of the eviction order (schuldsanering): voorwaardelijk."""
    meta, extra = extract(CORPORA / "rechtspraak/xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml")
    assert meta["ecli"] == "ECLI:NL:GHSHE:2013:BZ8755"
    assert meta["instantie"] == "Gerechtshof 's-Hertogenbosch"
    assert meta["datum"] == "2013-04-23"
    assert meta["uitkomst"] == "voorwaardelijk"
    assert meta["grond"] == ["huurachterstand"]
    assert meta["kinderen_betrokken"] is None and meta["belang_kind_gewogen"] is None
    assert meta["gemeente"] == ["Roosendaal"]
    assert set(meta["wetsartikelen"]) == {"art. 284 Faillissementswet", "art. 305 Faillissementswet", "art. 438 Rv"}
    assert extra["procedure"] == "hoger beroep"
    assert extra["partijrollen"] == {"verhuurder": "woningcorporatie", "burgemeester": False}
    assert "geschorst" in extra["bewijs"]["uitkomst"]["text"]


@needs_corpora
def test_real_13b_closure_upheld_but_deferred():
    """Rb Noord-Nederland refuses the interim measure but lets the closure start later."""
    meta, extra = extract(CORPORA / "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json")
    assert meta["uitkomst"] == "voorwaardelijk"
    assert meta["grond"] == ["drugs_criminaliteit"]
    assert meta["gemeente"] == ["Oldambt"]  # "burgemeester van de gemeente Oldambt"; Winschoten lies in it
    assert "art. 13b Opiumwet" in meta["wetsartikelen"]
    assert extra["procedure"] == "voorlopige voorziening"
    assert extra["zaaktype"] == "sluiting"
    assert extra["partijrollen"]["burgemeester"] is True


@needs_corpora
def test_ruling_without_eviction_is_not_applicable():
    meta, _ = extract(CORPORA / "rechtspraak/xml/ECLI_NL_HR_1992_AA1835.xml")
    assert meta["uitkomst"] == "niet_van_toepassing"
    assert meta["grond"] == [] and meta["kinderen_betrokken"] is None


@pytest.mark.parametrize(
    "name, uitkomst, kinderen, belang",
    [
        ("ECLI_NL_RBAMS_2022_GESCHREVEN.1.xml", "toegewezen", None, None),
        ("ECLI_NL_RBROT_2021_GESCHREVEN.2.txt", "voorwaardelijk", True, True),
        # the mother invokes her children's interest; the court does not weigh it
        ("ECLI_NL_RBGEL_2022_GESCHREVEN.3.xml", "toegewezen", True, False),
        # Raad van State annuls a 13b closure for want of weighing the children
        ("ECLI_NL_RVS_2022_GESCHREVEN.5.txt", "afgewezen", True, True),
        # the burgemeester's appeal succeeds: "beroep ongegrond" keeps the closure
        ("ECLI_NL_RVS_2021_GESCHREVEN.23.txt", "toegewezen", None, None),
        # tenant's suspension claim refused: the eviction goes ahead
        ("ECLI_NL_RBNHO_2023_GESCHREVEN.28.xml", "toegewezen", True, True),
        # "rechtsgevolgen in stand": the closure stands after all
        ("ECLI_NL_RVS_2024_GESCHREVEN.30.xml", "toegewezen", None, None),
        # a one-line dismissal of the children's interest is no weighing
        ("ECLI_NL_RBOBR_2022_GESCHREVEN.34.txt", "toegewezen", True, False),
        ("ECLI_NL_RBAMS_2023_GESCHREVEN.14.xml", "niet_van_toepassing", None, None),
    ],
)
def test_written_rulings(name, uitkomst, kinderen, belang):
    meta, extra = extract(WRITTEN / name)
    assert (meta["uitkomst"], meta["kinderen_betrokken"], meta["belang_kind_gewogen"]) == (uitkomst, kinderen, belang)


def test_arrears_is_the_highest_amount_owed_not_rent_or_costs():
    meta, extra = extract(WRITTEN / "ECLI_NL_RBNNE_2022_GESCHREVEN.15.txt")
    assert meta["huurachterstand_eur"] == 2460.0  # "opgelopen tot € 2.460,00", not the € 615 rent
    assert extra["partijrollen"]["verhuurder"] == "particulier"


def test_every_fact_points_at_its_passage():
    """bewijs[field] is always an exact slice of the text: a researcher can check each cell."""
    for path in sorted(p for p in WRITTEN.iterdir() if p.suffix in (".xml", ".txt")):
        doc = read_file(path)
        meta, extra = extract_document(doc)
        if meta["uitkomst"] not in ("niet_van_toepassing", None):
            assert "uitkomst" in extra["bewijs"], path.name  # every outcome names its dictum
        for field, ev in extra["bewijs"].items():
            assert doc.text[ev["start"] : ev["end"]] == ev["text"], (path.name, field)


def _bare_ruling(text: str):
    """Extract from a ruling typed out in the test, its decision part starting at "5. De beslissing"."""
    start = text.index("5. De beslissing")
    doc = Document(id="t", source="t", text=text, kind="uitspraak", segments=[Segment("beslissing", start, len(text))])
    return extract_document(doc)


def test_dictum_polarity_on_a_bare_document():
    """Without reader metadata: an executiegeschil refused means the eviction goes ahead."""
    text = (
        "RECHTBANK AMSTERDAM\n\nvonnis in kort geding van 3 maart 2022\n\n"
        "2.1. Bij vonnis van 1 februari 2022 is de huurovereenkomst ontbonden wegens een huurachterstand van € 3.250,50.\n\n"
        "3. Eiser vordert schorsing van de tenuitvoerlegging van het ontruimingsvonnis.\n\n"
        "4. De beoordeling\n\n4.1. Van een noodtoestand is niet gebleken.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter:\n\n5.1. wijst de vordering af.\n\n"
        "Dit vonnis is gewezen door mr. A. Jansen."
    )
    meta, extra = _bare_ruling(text)
    assert meta["uitkomst"] == "toegewezen"
    assert meta["huurachterstand_eur"] == 3250.5
    assert meta["datum"] == "2022-03-03" and meta["instantie"] == "Rechtbank Amsterdam"
    assert extra["procedure"] == "kort geding"


def test_complaint_gets_what_it_states():
    doc = Document(id="k", source="k", kind="klacht", text=(
        "Wij zijn uit huis gezet door een huurachterstand van € 2.300 bij Ymere. Er was ook overlast "
        "van de buren, maar daar ging het niet om. De gemeente Zaanstad heeft ons "
        "nooit geholpen, ook niet toen de deurwaarder kwam (art. 7:231 BW)."
    ))
    meta, _ = extract_document(doc)
    assert meta["huurachterstand_eur"] == 2300.0
    assert meta["grond"] == ["huurachterstand"]
    assert meta["gemeente"] == ["Zaanstad"]
    assert meta["wetsartikelen"] == ["art. 7:231 BW"]
    assert "uitkomst" not in meta


def test_complaint_names_a_municipality_the_gazetteer_does_not_know():
    # extern-2's writers invent towns ("gemeente Haverdam"); said in so many words, it counts
    doc = Document(id="k", source="k", kind="klacht", text=(
        "Op 14 augustus ontvingen wij uw klacht over de wijze waarop de gemeente Haverdam u en uw "
        "kinderen heeft begeleid. Geachte burgemeester van Nieuw-Ommen aan de Vecht: ook u antwoordde niet."
    ))
    meta, _ = extract_document(doc)
    assert meta["gemeente"] == ["Haverdam", "Nieuw-Ommen aan de Vecht"]
    # a known one still comes from the gazetteer, and a lower-case word after "gemeente" is no name
    doc.text = "De gemeente heeft niets gedaan. We woonden in Den Bosch."
    assert extract_document(doc)[0]["gemeente"] == ["'s-Hertogenbosch"]
    doc.text = "De gemeente heeft niets gedaan, de gemeente Wil het niet weten"
    assert extract_document(doc)[0]["gemeente"] == ["Wil"]  # the limit: a capitalised word is taken as a name


def test_table_has_one_row_per_record():
    recs = []
    for name in ("ECLI_NL_RBAMS_2022_GESCHREVEN.1.xml", "ECLI_NL_RVS_2022_GESCHREVEN.5.txt"):
        doc = read_file(WRITTEN / name)
        meta, extra = extract_document(doc)
        rec = Record(id=doc.id, source=str(WRITTEN / name), kind="uitspraak", extra=extra)
        rec.metadata.update(meta)
        recs.append(rec)
    recs.append(Record.failed("kapot.pdf", "geen tekst gevonden", "sha256:0"))
    out = io.StringIO()
    assert render_table(recs, out) == 3
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ECLI / bestand")
    assert "ECLI:NL:RBAMS:2022:GESCHREVEN.1" in lines[2] and "toegewezen" in lines[2] and "4.312,17" in lines[2]
    assert "afgewezen" in lines[3] and "ja" in lines[3] and "Tilburg" in lines[3]
    assert "FOUT: geen tekst gevonden" in lines[4]


@needs_corpora
def test_accuracy_per_field_on_the_test_split_is_at_least_0_9():
    out = io.StringIO()
    scores = evaluate(ANNOTATIONS, "test", CORPORA, verbose=True, out=out)
    low = {f: s for f, s in scores.items() if s < 0.9 and f not in ("verhuurder",)}
    assert not low, out.getvalue()


def test_the_evaluator_takes_its_splits_from_the_annotations_file(tmp_path, capsys):
    """A new blind round is a new split name in the file, not a change to the evaluator."""
    f = tmp_path / "uitspraken.jsonl"
    f.write_text('{"split": "dev"}\n{"split": "blind99"}\n{"split": "dev"}\n', encoding="utf-8")
    assert splits_in(f) == ["dev", "blind99", "alle"]
    assert main(["--annotaties", str(f), "--split", "help"]) == 0
    assert capsys.readouterr().out == "splits in uitspraken.jsonl: dev, blind99, alle\n"
    assert main(["--annotaties", str(f), "--split", "blind98"]) == 2
    assert "onbekende split 'blind98'; uitspraken.jsonl kent: dev, blind99, alle" in capsys.readouterr().err


def test_annotations_are_complete_and_resolvable():
    rows = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 45
    assert {r["split"] for r in rows} == {"dev", "test", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32"}
    for r in rows:
        assert set(r["velden"]) == {
            "ecli", "instantie", "datum", "grond", "kinderen_betrokken", "belang_kind_gewogen",
            "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente",
        }
        if r["geschreven"]:
            assert "GESCHREVEN" in r["ecli"] and resolve(r["path"], CORPORA).exists()
    outcomes = {r["velden"]["uitkomst"] for r in rows}
    assert outcomes >= {"toegewezen", "afgewezen", "voorwaardelijk", "niet_van_toepassing"}


@needs_corpora
def test_the_blind5_rulings_keep_their_measured_figures():
    """blind5 (12 rulings by two writers who saw only the guideline and real rulings) decided
    that the changes made from blind4's errors stay and is the held-out figure (docs/uitspraken.md)."""
    scores = evaluate(ANNOTATIONS, "blind5", CORPORA, verbose=False, out=io.StringIO())
    assert round(scores["uitkomst"], 3) == 1.0  # 0.917 until session 6 (blind8's lessons)
    # kinderen_betrokken 0.917 until session 6, then 1.000 ("woont alleen" read as false, from blind6/7)
    assert round(scores["kinderen_betrokken"], 3) == 1.0 and round(scores["huurachterstand_eur"], 3) == 0.917
    assert all(scores[f] == 1.0 for f in ("grond", "belang_kind_gewogen", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_blind7_rulings_keep_their_figures():
    """blind7 (12 rulings by two more blind writers) decided that the changes made from blind6's
    errors stay (0.893 with and without them); its own errors were then read (now 0.988, seen)."""
    scores = evaluate(ANNOTATIONS, "blind7", CORPORA, verbose=False, out=io.StringIO())
    assert round(scores["grond"], 3) == 0.917
    assert all(scores[f] == 1.0 for f in ("kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "gemeente",
                                          "huurachterstand_eur", "wetsartikelen"))


@needs_corpora
def test_the_blind8_rulings_keep_their_figures():
    """blind8 (two more blind writers) decided that the changes made from blind7's errors stay
    (0.857 with and without them); its own errors were then read (now 0.988, seen)."""
    scores = evaluate(ANNOTATIONS, "blind8", CORPORA, verbose=False, out=io.StringIO())
    assert round(scores["grond"], 3) == 0.917
    assert all(scores[f] == 1.0 for f in ("kinderen_betrokken", "belang_kind_gewogen", "uitkomst",
                                          "huurachterstand_eur", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_blind9_rulings_keep_their_figures():
    """blind9 (two more blind writers) decided that the changes made from blind8's errors stay
    (0.833 -> 0.845); its own errors were then read (now 0.952, seen)."""
    scores = evaluate(ANNOTATIONS, "blind9", CORPORA, verbose=False, out=io.StringIO())
    assert all(round(scores[f], 3) == 0.917 for f in ("grond", "uitkomst", "huurachterstand_eur"))
    # (belang_kind_gewogen 0.917 -> 1.0 in session 8: "met het oog op de kinderen" is the court weighing them)
    assert all(scores[f] == 1.0 for f in ("kinderen_betrokken", "belang_kind_gewogen", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_blind10_rulings_keep_their_measured_figures():
    """blind10 (two more blind writers, everyday cases) decided that the changes made from blind9's
    errors stay (0.917 with and without them); its own errors were then read in session 7 (now 1.0,
    seen): "bedroeg die € 3.982,17" after the arrears were named, "wijst af wat meer of anders is
    gevorderd" after an order to pay only, "Kostenverhaal na sluiting", drug use as nuisance."""
    scores = evaluate(ANNOTATIONS, "blind10", CORPORA, verbose=False, out=io.StringIO())
    assert all(scores[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst",
                                          "huurachterstand_eur", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_session_7_rulings_keep_their_measured_figures():
    """blind11 (two more blind writers) decided that the changes made from blind10's errors stay
    (0.929 -> 0.940); blind12 (two more) was measured once afterwards: 0.976 with and without them.
    Then the errors of both were read (blind11 now 1.0, seen: "vervallen als ... heeft betaald", "zijn
    zoon, die thans veertien jaar oud is", a rent reduction is no arrears, "geen sprake van ... of van
    criminele activiteiten")."""
    b11 = evaluate(ANNOTATIONS, "blind11", CORPORA, verbose=False, out=io.StringIO())
    assert all(b11[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst",
                                       "huurachterstand_eur", "wetsartikelen", "gemeente"))
    b12 = evaluate(ANNOTATIONS, "blind12", CORPORA, verbose=False, out=io.StringIO())
    assert round(b12["grond"], 3) == round(b12["belang_kind_gewogen"], 3) == 0.917
    assert all(b12[f] == 1.0 for f in ("kinderen_betrokken", "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_second_session_7_rulings_keep_their_measured_figures():
    """blind13 (two more blind writers) decided that the changes made from blind11/12's errors stay
    (0.964 with and without them); blind14 (two more) was measured once afterwards: 0.940 both. Then
    the errors of both were read (now seen: blind13 1.0, blind14 0.964: "6. Ik beslis", "Ik ontbind",
    "Ik verbied ... zolang", "geen effect hebben indien", "en hun meerderjarige zoon", "woont alleen",
    an Airbnb's takings are no arrears)."""
    b13 = evaluate(ANNOTATIONS, "blind13", CORPORA, verbose=False, out=io.StringIO())
    assert all(b13[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst",
                                       "huurachterstand_eur", "wetsartikelen", "gemeente"))
    b14 = evaluate(ANNOTATIONS, "blind14", CORPORA, verbose=False, out=io.StringIO())
    assert round(b14["huurachterstand_eur"], 3) == 0.917
    # (grond and uitkomst 0.917 -> 1.0 with session 8's tenth round: a claim for arrears alone, no eviction at stake)
    assert all(b14[f] == 1.0 for f in ("grond", "uitkomst", "kinderen_betrokken", "belang_kind_gewogen", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_session_8_rulings_keep_their_measured_figures():
    """blind17 (two more blind writers) decided that the eighth round stays (0.917 with and without
    it); blind18 (two more) was measured once afterwards: 0.917 both."""
    # Then the errors of both were read for the ninth round (now seen; what stays: an "overlast" mentioned as a
    # weighing factor in a drug case, an amount of damages beside the arrears, two landlords named only by name).
    # (grond 0.917 -> 1.0 with session 11's sixteenth round: nuisance named after the drugs it came from is the drugs ground)
    b17 = evaluate(ANNOTATIONS, "blind17", CORPORA, verbose=False, out=io.StringIO())
    assert all(b17[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur"))
    b18 = evaluate(ANNOTATIONS, "blind18", CORPORA, verbose=False, out=io.StringIO())
    # (grond 0.917 -> 1.0 with session 13's seventeenth round: "stankoverlast" no longer counts as "overlast")
    assert b18["grond"] == 1.0 and round(b18["huurachterstand_eur"], 3) == 0.917
    assert all(b18[f] == 1.0 for f in ("kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_first_session_9_rulings_keep_their_measured_figures():
    """blind23 (two more blind writers) decided that the eleventh round stays (0.976 with and without it;
    two dicta missed: a conditional order behind "wijst af wat meer of anders is gevorderd", a refused
    longer term read as a longer one)."""
    b23 = evaluate(ANNOTATIONS, "blind23", CORPORA, verbose=False, out=io.StringIO())
    assert all(b23[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente"))
    # blind24 (two more writers: plain-language and long formal rulings, a CRvB case, rooms let by a private
    # person) was measured once afterwards: 0.869 with and without the eleventh round. Then the errors of both
    # were read for the twelfth round (a conditional order "indien hij ... overtreedt, ... te ontruimen", "niet
    # mag uitvoeren zolang", "gaat niet door als", "de kantonrechter let ... op de kinderen", "minderjarige
    # kinderen heeft hij niet", "hij alleen in de woning woont", a police "melding van stankoverlast"):
    # blind23 0.976 -> 1.000, blind24 0.869 -> 0.905
    b24 = evaluate(ANNOTATIONS, "blind24", CORPORA, verbose=False, out=io.StringIO())
    # (grond 0.75 -> 0.833 with session 13's seventeenth round: "stankoverlast" no longer counts as "overlast")
    assert round(b24["grond"], 3) == 0.833 and round(b24["uitkomst"], 3) == 0.833
    assert round(b24["kinderen_betrokken"], 3) == round(b24["belang_kind_gewogen"], 3) == 0.917
    # (wetsartikelen 0.917 -> 1.0 with session 11's sixteenth round: "artikel X in samenhang met artikel Y van de Z")
    assert b24["wetsartikelen"] == b24["huurachterstand_eur"] == b24["gemeente"] == 1.0
    # blind25 (two more writers, the third session-9 wave: a closure's term of grace, an urgency refusal after
    # an eviction, a criminal case about an evicted man) decided that the twelfth round stays: 0.869 with and
    # without it. Its misses are new kinds of case: cases where no eviction is at stake (urgency, criminal law)
    # read as eviction cases, a closure ground named only by the court's summary of the appeal. Then (session 10) its
    # errors were read for the thirteenth round: a criminal case and a refused urgency declaration put no eviction at
    # stake, a lengthened term of grace is "voorwaardelijk", "woont sinds 1993 alleen in de woning", "bedreigingen en
    # geweld vanuit de woning", "Niet in geschil is dat": blind25 0.869 -> 0.976 (left: a last against living in a
    # bedrijfspand read without its ground, an accused's town)
    b25 = evaluate(ANNOTATIONS, "blind25", CORPORA, verbose=False, out=io.StringIO())
    # (grond 0.917 -> 1.0 with session 13's eighteenth round: living in a bedrijfspand against the omgevingsplan)
    assert b25["grond"] == 1.0 and round(b25["gemeente"], 3) == 0.917
    assert all(b25[f] == 1.0 for f in ("kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur", "wetsartikelen"))
    # blind26 (two more writers, session 10: kort geding, executiegeschil, verstek, hof; 13b, 174a, a last against
    # living in a bedrijfswoning, a refused shelter at the CRvB, a criminal case) decided that the thirteenth round
    # stays: 0.929 -> 0.952 (the criminal case is no eviction case now). Then its errors were read for the fourteenth
    # round ("[minderjarige 1]" are minors; "ontbindt ..., maar uitsluitend als ... niet ... betaalt" is conditional):
    # 0.952 -> 0.988 (left: "artikel 311 in samenhang met artikel 310" names only 310; found since session 11's sixteenth
    # round: 1.000)
    b26 = evaluate(ANNOTATIONS, "blind26", CORPORA, verbose=False, out=io.StringIO())
    assert all(b26[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur",
                                       "wetsartikelen", "gemeente"))
    # blind27 (two more writers: a mondelinge uitspraak, a tussenvonnis, heirs sued, a woonwagenstandplaats, a cassation
    # judgment, a last onder dwangsom for overbewoning) decided that the fourteenth round stays: 0.821 with and without it.
    # Then its errors were read for the fifteenth round (a last to bring a house back to one household puts an eviction at
    # stake, "de vraag of er minderjarige kinderen ...", "de school van uw zoon", "art. 81 RO"): 0.821 -> 0.940 (left: a
    # deceased tenant's heirs, arrears that arose only during a closure, a cassation judgment that leaves the hof's refusal)
    b27 = evaluate(ANNOTATIONS, "blind27", CORPORA, verbose=False, out=io.StringIO())
    assert round(b27["grond"], 3) == 0.75
    assert round(b27["kinderen_betrokken"], 3) == round(b27["uitkomst"], 3) == 0.917
    assert b27["belang_kind_gewogen"] == b27["wetsartikelen"] == b27["huurachterstand_eur"] == b27["gemeente"] == 1.0
    # blind28 (two more writers, the ordinary run of cases: verstek, Haagse formule, a refused payment plan, overlast,
    # hennep at the kantonrechter, a tenant's kort geding; a 13b beroep and vovo, 174a at the Raad van State, a hof, a
    # last for woonoverlast) decided that the fifteenth round stays: 0.905 with and without it. Then (session 11) its
    # errors were read for the sixteenth round (a Haagse formule on a long dictum line, a longer term refused for "geen
    # zelfstandige gronden", the drugs' own nuisance, a ban on evicting without a court order, arrears plus costs in one
    # amount, "in samenhang met", a B.V. landlord, the party block after an "Uitspraak" heading): 0.905 -> 1.000
    b28 = evaluate(ANNOTATIONS, "blind28", CORPORA, verbose=False, out=io.StringIO())
    assert all(b28[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur",
                                       "wetsartikelen", "gemeente"))
    # blind29 (two more writers, session 11: kantonzaken outside the Randstad, a Haagse formule over several dictum
    # lines, an executiegeschil, a 13b vovo; 174a at the Raad van State, a refused kort geding, a hof quashing a
    # dissolution after payment, a claim for payment only, a refused urgency declaration, a mondelinge uitspraak) decided
    # that the sixteenth round stays: 1.000 with and without it; only the landlord's kind is missed three times
    b29 = evaluate(ANNOTATIONS, "blind29", CORPORA, verbose=False, out=io.StringIO())
    assert all(b29[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur",
                                       "wetsartikelen", "gemeente", "burgemeester", "procedure"))
    assert b29["verhuurder"] == 0.75
    # blind30 (two more writers, session 13: verstek, bewind and a Haagse formule, a payment plan not kept, nuisance
    # after a gedragsaanwijzing, a private landlord's kort geding, claims withdrawn; 13b, 174a at the Raad van State, a
    # refused urgency declaration, a hof on nuisance, a court weighing three children) was measured once: 0.929 (grond
    # 0.75, kinderen, uitkomst and gemeente 0.917). Then its errors were read for the seventeenth round (claims to end
    # the lease withdrawn, "melding van stankoverlast", "inwonende meerderjarige zoon", 749 more places in the
    # gazetteer): now seen, only the refused urgency declaration's ground is left (the guideline says [] where no home
    # is at stake; its writer gave the ground of the old eviction)
    b30 = evaluate(ANNOTATIONS, "blind30", CORPORA, verbose=False, out=io.StringIO())
    assert round(b30["grond"], 3) == 0.917
    assert all(b30[f] == 1.0 for f in ("kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur",
                                       "wetsartikelen", "gemeente"))
    # blind31 (two more writers, session 13: a tenant's kort geding against a lock change, an executiegeschil, onderverhuur
    # via a platform, a 13b closure postponed for three children, a hof over arrears with schuldhulp, a mondelinge
    # uitspraak; a hof quashing an eviction, a cassation conclusion, a last against living in a bedrijfsunit, 174a after
    # a shooting, a CRvB benefits case, a ruling in plain language) decided that the seventeenth round stays: 0.940 with
    # and without it (grond 0.833, uitkomst 0.75)
    # Then its errors were read for the eighteenth round (a ban on evicting until a court has ruled, a closure suspended
    # only as to its start date, a longer term refused after a semicolon, a temporary lease that ended, living against
    # the omgevingsplan): now seen, every content field 1.0
    b31 = evaluate(ANNOTATIONS, "blind31", CORPORA, verbose=False, out=io.StringIO())
    assert all(b31[f] == 1.0 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst",
                                       "huurachterstand_eur", "wetsartikelen", "gemeente"))
    # blind32 (two more writers: a long Haagse formule, arrears paid before a kort geding, a woonwagen, bewind with
    # children, a hof lengthening the term, a bare verstek; 13b above a shop, 174a weighing four children, a chalet, a
    # divided house, a CRvB benefits case, a Hoge Raad judgment) decided that the eighteenth round stays: 0.929 with and
    # without it (uitkomst 0.75; grond, kinderen, belang 0.917)
    b32 = evaluate(ANNOTATIONS, "blind32", CORPORA, verbose=False, out=io.StringIO())
    assert round(b32["uitkomst"], 3) == 0.75
    assert all(round(b32[f], 3) == 0.917 for f in ("grond", "kinderen_betrokken", "belang_kind_gewogen"))
    assert all(b32[f] == 1.0 for f in ("huurachterstand_eur", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_third_session_8_rulings_keep_their_measured_figures():
    """blind21 (two more blind writers) decided that the tenth round stays (0.893 -> 0.940); blind22 (two
    more) was measured once afterwards: 0.964 both. Then (session 9) their errors were read for the eleventh
    round: only a payment claimed ("vordert alleen betaling ..., geen ontbinding of ontruiming"), a ground
    named as a policy's example ("zoals gevaarzetting of overlast"), "bepaalt dat de sluiting niet eerder
    ingaat dan", "niet intreden indien", a refused longer term in the next sentence, "bewoont ... met zijn
    zoon, die 20 jaar oud is"; since then every content field of both is right."""
    content = ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente")
    for split in ("blind21", "blind22"):
        scores = evaluate(ANNOTATIONS, split, CORPORA, verbose=False, out=io.StringIO())
        assert all(scores[f] == 1.0 for f in content), (split, scores)


@needs_corpora
def test_the_second_session_8_rulings_keep_their_measured_figures():
    """blind19 (two more blind writers) decided that the ninth round stays (0.798 with and without it:
    cases with no home at stake and children named in new ways); blind20 (two more) was measured once
    afterwards: 0.952 both. Their errors have not been read."""
    # Then the errors of both were read for the tenth round (blind19 now seen: 18 -> 4 disagreements).
    b19 = evaluate(ANNOTATIONS, "blind19", CORPORA, verbose=False, out=io.StringIO())
    assert round(b19["grond"], 3) == 0.917 and round(b19["belang_kind_gewogen"], 3) == 0.833
    assert all(b19[f] == 1.0 for f in ("kinderen_betrokken", "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente"))
    b20 = evaluate(ANNOTATIONS, "blind20", CORPORA, verbose=False, out=io.StringIO())
    assert round(b20["kinderen_betrokken"], 3) == round(b20["uitkomst"], 3) == 0.833
    assert all(b20[f] == 1.0 for f in ("grond", "belang_kind_gewogen", "huurachterstand_eur", "wetsartikelen", "gemeente"))


@needs_corpora
def test_the_fourth_wave_rulings_keep_their_measured_figures():
    """blind15 (two more blind writers) decided that the changes made from blind13/14's errors stay
    (0.905 with and without them); blind16 (two more) was measured once afterwards: 0.940 both. Then
    the errors of both were read in session 8 (now seen, every field right: "onder 6.1 vervallen als",
    "geen werking hebben en niet ten uitvoer mogen worden gelegd, indien", "twee zoons, die nu 13 en 15
    jaar oud zijn", "kan in het midden blijven", "uitdrukkelijk niet willen instellen", "vechtpartij")."""
    content = ("grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst", "huurachterstand_eur", "wetsartikelen", "gemeente")
    for split in ("blind15", "blind16"):
        scores = evaluate(ANNOTATIONS, split, CORPORA, verbose=False, out=io.StringIO())
        assert all(scores[f] == 1.0 for f in content + ("procedure",)), split


def test_a_law_written_in_full_is_the_same_article():
    from klachtanalyse.extract.evaluate import same

    assert same("wetsartikelen", ["art. 10.2 Wm", "art. 7:2 Awb"], ["art. 7:2 Awb", "art. 10.2 Wet milieubeheer"])
    assert not same("wetsartikelen", ["art. 10.2 Wm"], ["art. 10.3 Wet milieubeheer"])


def test_a_refused_longer_term_and_a_denied_ground():
    """blind4 (28 Nov 2026): "Voor een langere termijn ziet de kantonrechter geen grond" is no
    conditional eviction, and "Van een betalingsachterstand is geen sprake" is no ground."""
    text = (
        "RECHTBANK ROTTERDAM\n\nvonnis in kort geding van 12 januari 2024\n\n"
        "2.1. Gedaagde huurt de woning en woont daar met haar twee kinderen van zes en negen jaar.\n\n"
        "3.1. Eiseres vordert ontruiming wegens ernstige overlast. Van een betalingsachterstand is geen sprake.\n\n"
        "3.2. Gedaagde verzoekt subsidiair een langere ontruimingstermijn te bepalen.\n\n"
        "4.1. Voor een langere termijn ziet de kantonrechter geen grond.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. veroordeelt gedaagde de woning te ontruimen binnen veertien dagen.\n\n"
        "Dit vonnis is gewezen door mr. B. de Vries."
    )
    meta, _ = _bare_ruling(text)
    assert meta["uitkomst"] == "toegewezen"
    assert meta["grond"] == ["overlast"]
    assert meta["kinderen_betrokken"] is True


def test_a_claim_for_arrears_alone_puts_no_eviction_at_stake_but_states_the_amount():
    text = (
        "RECHTBANK NOORD-HOLLAND\n\nvonnis van 5 maart 2024\n\n"
        "2.1. Verhuurder vordert alleen betaling van huurachterstand, geen ontbinding.\n\n"
        "3.1. Eiseres vordert betaling van € 2.431,80 aan achterstallige huur.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. veroordeelt gedaagde tot betaling van € 2.431,80.\n\n"
        "Dit vonnis is gewezen door mr. C. Bakker."
    )
    meta, _ = _bare_ruling(text)
    assert meta["uitkomst"] == "niet_van_toepassing"
    assert meta["grond"] == []
    assert meta["huurachterstand_eur"] == 2431.8


def test_a_criminal_case_and_a_refused_urgency_put_no_eviction_at_stake():
    """Session 10 (blind25): a criminal court orders no eviction, whatever the accused went through; a refused urgency
    declaration is about the next home."""
    strafzaak = (
        "RECHTBANK NOORD-NEDERLAND\n\nAfdeling strafrecht\n\n"
        "4.1. In het najaar van 2023 is de huurwoning van verdachte ontruimd wegens een huurachterstand.\n\n"
        "5. De beslissing\n\nDe politierechter veroordeelt verdachte tot een gevangenisstraf van 2 maanden, geheel "
        "voorwaardelijk.\n"
    )
    start = strafzaak.index("5. De beslissing")
    doc = Document(id="s", source="s", text=strafzaak, kind="uitspraak", metadata={"rechtsgebieden": ["Strafrecht"]},
                   segments=[Segment("beslissing", start, len(strafzaak))])
    meta, _ = extract_document(doc)
    assert meta["uitkomst"] == "niet_van_toepassing" and meta["grond"] == []
    urgentie = (
        "RECHTBANK OVERIJSSEL\n\nWeigering van een urgentieverklaring aan een moeder met drie minderjarige kinderen "
        "die na een ontruiming wegens huurachterstand in de crisisopvang verblijft.\n\n"
        "5. De beslissing\n\nDe rechtbank verklaart het beroep gegrond.\n"
    )
    meta, _ = _bare_ruling(urgentie)
    assert meta["uitkomst"] == "niet_van_toepassing" and meta["kinderen_betrokken"] is None


def test_a_haagse_formule_in_one_dictum_line_is_conditional():
    """Session 10 (blind26): "ontbindt de huurovereenkomst ..., maar uitsluitend als [gedaagde] ... niet ... betaalt"."""
    text = (
        "RECHTBANK DEN HAAG\n\nvonnis van 3 maart 2025\n\n"
        "2.1. Gedaagde heeft een huurachterstand van € 3.640,80. Zij woont daar met haar twee kinderen, hierna "
        "[minderjarige 1] en [minderjarige 2].\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst, maar uitsluitend als [gedaagde] in "
        "de periode tot en met 31 januari 2026 de lopende huur niet op tijd betaalt;\n"
    )
    meta, _ = _bare_ruling(text)
    assert meta["uitkomst"] == "voorwaardelijk" and meta["kinderen_betrokken"] is True


def test_a_last_to_bring_a_house_back_to_one_household_and_a_question_about_children():
    """Session 10 (blind27): the other households must leave, so an eviction is at stake; "de vraag of er minderjarige
    kinderen in de woning wonen" is a criterion, not a fact."""
    text = (
        "RECHTBANK NOORD-HOLLAND\n\nuitspraak van 3 mei 2024\n\n"
        "2.1. Het college heeft eiseres gelast de overtreding te beëindigen door de woning binnen vier weken nog slechts "
        "door één huishouden te laten bewonen. Er is sprake van illegale kamerverhuur, een vorm van woonfraude.\n\n"
        "5. De beslissing\n\nDe rechtbank verklaart het beroep ongegrond.\n"
    )
    meta, _ = _bare_ruling(text)
    assert meta["uitkomst"] != "niet_van_toepassing" and meta["grond"] == ["woonfraude_onderhuur"]
    question = (
        "RAAD VAN STATE\n\nuitspraak van 2 oktober 2024\n\n"
        "2.1. De burgemeester heeft de woning op grond van artikel 13b van de Opiumwet voor drie maanden gesloten.\n\n"
        "2.2. Ook de gevolgen voor de betrokkenen spelen een rol, waaronder de vraag of er minderjarige kinderen in de "
        "woning wonen.\n\n5. De beslissing\n\nDe Afdeling verklaart het hoger beroep ongegrond.\n"
    )
    meta, _ = _bare_ruling(question)
    assert meta["kinderen_betrokken"] is not True


NOT_TRUE = object()  # the field may be False or None, anything but True


# Session 6: what the blind splits taught (docs/uitspraken.md), each as a ruling typed out the way it
# was written, with the fields it must give. A field set to True/False/None must be exactly that.
LESSONS = [
    ("blind6-voorwaarde-zolang", (
        "RECHTBANK OOST-BRABANT\n\nvonnis van 16 mei 2024\n\n"
        "2.1. Gedaagde woont met haar twee kinderen van 8 en 11 jaar in de woning. Er is een huurachterstand van € 4.312,18.\n\n"
        "5. De beslissing\n\nDe kantonrechter\n\n5.1. ontbindt de huurovereenkomst tussen partijen;\n\n"
        "5.2. bepaalt dat de ontbinding en de veroordeling tot ontruiming niet ingaan zolang gedaagde de lopende huur tijdig betaalt;\n\n"
        "Dit vonnis is gewezen door mr. H. van Gerwen."
    ), {"uitkomst": "voorwaardelijk", "kinderen_betrokken": True}),
    ("blind6-niet-gevorderd", (
        "RECHTBANK ZEELAND-WEST-BRABANT\n\nvonnis van 21 juni 2023\n\n"
        "1.1. Verhuurder vordert uitsluitend betaling van huurachterstand; ontbinding en ontruiming zijn niet gevorderd.\n\n"
        "5. De beslissing\n\nDe kantonrechter\n\n5.1. veroordeelt gedaagde tot betaling van € 1.420,00.\n\n"
        "Dit vonnis is gewezen door mr. C. Bakker."
    ), {"uitkomst": "niet_van_toepassing", "grond": []}),
    ("blind6-volwassen-dochter-en-buren", (
        "RECHTBANK GELDERLAND\n\nvonnis van 11 februari 2025\n\n"
        "2.1. Gedaagde woont in de woning samen met zijn dochter van negentien jaar. Eiseres vordert ontbinding en ontruiming wegens een huurachterstand.\n\n"
        "4.1. Tegenover het belang van gedaagde staan de belangen van de buren, onder wie gezinnen met jonge kinderen.\n\n"
        "5. De beslissing\n\nDe kantonrechter\n\n5.1. wijst de vorderingen af.\n\n"
        "Dit vonnis is gewezen door mr. D. Smit."
    ), {"kinderen_betrokken": NOT_TRUE}),
    ("blind6-sluiting-geschorst-tot-datum", (
        "RECHTBANK GELDERLAND\n\nuitspraak van de voorzieningenrechter van 3 april 2025\n\n"
        "2.1. Verweerder, de burgemeester van Ede, heeft op grond van artikel 13b van de Opiumwet besloten de woning voor zes maanden te sluiten, "
        "omdat er cocaïne is aangetroffen. Verzoeker wijst erop dat er een huurachterstand van € 1.460,00 was, die hij heeft ingelopen.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter\n\n- schorst het bestreden besluit tot 1 september 2025;\n\n"
        "Deze uitspraak is gedaan door mr. E. Post."
    ), {"uitkomst": "voorwaardelijk", "grond": ["drugs_criminaliteit"]}),
    ("blind7-woont-alleen-niet-gelden-als", (
        "RECHTBANK ROTTERDAM\n\nvonnis van 30 mei 2025\n\n"
        "1.1. U huurt van Maasoever een flatwoning. U woont daar alleen. Er is een huurachterstand van € 3.412,90.\n\n"
        "5. De beslissing\n\nDe kantonrechter\n\n5.1. ontbindt de huurovereenkomst en veroordeelt u om de woning te verlaten;\n\n"
        "5.2. bepaalt dat de ontbinding en de ontruiming onder 5.1 niet gelden als u uiterlijk op 13 juni 2025 heeft betaald;\n\n"
        "Dit vonnis is gewezen door mr. F. de Wit."
    ), {"kinderen_betrokken": False, "uitkomst": "voorwaardelijk"}),
    ("blind7-komt-niet-toe", (
        "GERECHTSHOF ARNHEM-LEEUWARDEN\n\narrest van 4 maart 2025\n\n[geïntimeerde],\ndie woont in Apeldoorn,\n\n"
        "2.1. De kantonrechter heeft de huurovereenkomst ontbonden en de ontruiming gelast wegens onderhuur. Zij woont in de woning met haar zoon van 9 jaar.\n\n"
        "4.1. Aan de door [geïntimeerde] aangevoerde belangen van haar zoon komt het hof, gelet op het voorgaande, niet toe.\n\n"
        "5. De beslissing\n\nHet hof\n\n5.1. bekrachtigt het vonnis.\n\nDit arrest is gewezen door mr. G. Hof."
    ), {"belang_kind_gewogen": False, "kinderen_betrokken": True}),
    ("blind8-hof-wijst-alsnog-af", (
        "GERECHTSHOF ARNHEM-LEEUWARDEN\n\narrest van 3 februari 2026\n\n"
        "2.1. De kantonrechter heeft de huurovereenkomst ontbonden wegens een huurachterstand van € 3.088,00. Hij woont alleen.\n\n"
        "5. De beslissing\n\nHet hof:\n\n5.1. vernietigt het vonnis van de kantonrechter, voor zover daarin de huurovereenkomst is "
        "ontbonden en [appellant] is veroordeeld tot ontruiming, en doet in zoverre opnieuw recht:\n\n"
        "5.2. wijst de vorderingen tot ontbinding van de huurovereenkomst en ontruiming van de woning af;\n\n"
        "Dit arrest is gewezen door mr. H. Hof."
    ), {"uitkomst": "afgewezen", "kinderen_betrokken": False}),
    ("blind8-kostenverhaal", (
        "RECHTBANK ZEELAND-WEST-BRABANT\n\nuitspraak van 2 juli 2025\n\nKostenverhaal na een woningsluiting op grond van "
        "artikel 13b Opiumwet. De sluiting zelf staat vast.\n\n2.1. Verweerder, de burgemeester van Tilburg, verhaalt de kosten.\n\n"
        "5. De beslissing\n\nDe rechtbank\n\n- vernietigt het bestreden besluit voor zover daarin de kosten van camerabewaking zijn gehandhaafd;\n\n"
        "Deze uitspraak is gedaan door mr. K. Kok."
    ), {"uitkomst": "niet_van_toepassing", "grond": []}),
    ("blind9-ik-veroordeel-acht-weken", (
        "RECHTBANK OVERIJSSEL\n\nvonnis in kort geding van 26 september 2024\n\n"
        "2.1. [gedaagde] heeft de buren langdurig overlast bezorgd. Zijn twee kinderen van zeven en tien jaar, die bij hun moeder "
        "in Eindhoven wonen, komen elk weekend.\n\n"
        "5. De beslissing\n\n6 Mijn beslissing\n\nIk:\n\n6.1. veroordeel [gedaagde] om de woning te ontruimen, uiterlijk acht weken na betekening van dit vonnis;\n\n"
        "Dit vonnis is gewezen door mr. L. Ik."
    ), {"uitkomst": "voorwaardelijk", "kinderen_betrokken": NOT_TRUE}),
    # session 8, from blind15/16
    ("blind16-paragraafnummer-in-voorwaarde", (
        "RECHTBANK OOST-BRABANT\n\nvonnis van 14 maart 2025\n\n"
        "2.1. [gedaagde] woont met haar twee zoons, die nu 13 en 15 jaar oud zijn, in de woning. De huurachterstand bedraagt € 4.106,35.\n\n"
        "5. De beslissing\n\nIk beslis:\n\n5.1. Ik ontbind de huurovereenkomst en ik veroordeel [gedaagde] om de woning te verlaten;\n\n"
        "5.2. de ontbinding en de veroordeling tot ontruiming onder 5.1 vervallen als [gedaagde] uiterlijk op 9 mei 2025 het bedrag heeft betaald;\n\n"
        "Dit vonnis is gewezen door mr. A. Ik."
    ), {"uitkomst": "voorwaardelijk", "kinderen_betrokken": True}),
    ("blind15-geen-werking-hebben", (
        "RECHTBANK GELDERLAND\n\nvonnis van 17 september 2025\n\n"
        "2.1. Er is een huurachterstand van € 2.987,40.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst tussen partijen;\n\n"
        "5.2. veroordeelt [gedaagde] de woning te ontruimen;\n\n"
        "5.3. bepaalt dat de onder 5.1 en 5.2 uitgesproken ontbinding en ontruiming geen werking hebben en niet ten uitvoer mogen "
        "worden gelegd, indien [gedaagde] zes maanden de huur tijdig voldoet;\n\n"
        "Dit vonnis is gewezen door mr. H. Berk."
    ), {"uitkomst": "voorwaardelijk"}),
    ("blind15-in-het-midden", (
        "RECHTBANK NOORD-HOLLAND\n\nvonnis in kort geding van 2 oktober 2025\n\n"
        "2.1. [eiser] woont met zijn partner en hun zoontje van drie jaar in de woning. Hij vordert een verbod op de ontruiming.\n\n"
        "4.3. Of het belang van de kinderen van [eiser] op zichzelf een verbod op de ontruiming zou kunnen rechtvaardigen, kan in het "
        "midden blijven, nu de vordering al op de hiervoor genoemde gronden wordt toegewezen.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter\n\n5.1. verbiedt [gedaagde] de ontruiming ten uitvoer te leggen zolang de huur wordt betaald;\n\n"
        "Dit vonnis is gewezen door mr. J. Dam."
    ), {"belang_kind_gewogen": False, "kinderen_betrokken": True}),
    ("blind15-niet-willen-instellen", (
        "RECHTBANK NOORD-HOLLAND\n\nvonnis van 8 april 2026\n\n"
        "2.1. [eisers] wonen in de woning met hun zoon van 4 jaar.\n\n"
        "3.4. [gedaagde] vordert betaling van € 1.486,20 aan achterstallige huur. Een vordering tot ontbinding of ontruiming heeft "
        "[gedaagde] op de zitting uitdrukkelijk niet willen instellen.\n\n"
        "5. De beslissing\n\nDe kantonrechter\n\n5.4. wijst de vordering af;\n\nDit vonnis is gewezen door mr. P. Noord."
    ), {"uitkomst": "niet_van_toepassing", "grond": []}),
    # session 8, ninth round, from blind17/18
    ("blind17-wijst-af-het-meer-gevorderde", (
        "RECHTBANK ROTTERDAM\n\nvonnis in kort geding van 22 mei 2025\n\n"
        "3.1. Maasoever vordert ontruiming wegens overlast en een huurachterstand van € 2.163,80.\n\n"
        "5. De beslissing\n\nDe kantonrechter, rechtdoende in kort geding:\n\n"
        "5.1. veroordeelt [gedaagde] om aan Maasoever te betalen € 1.420,90 als voorschot op de huurachterstand;\n\n"
        "5.2. wijst af het meer of anders gevorderde.\n\nDit vonnis is gewezen door mr. A. Lind."
    ), {"uitkomst": "afgewezen"}),
    ("blind18-gewone-taal-moet-verlaten", (
        "RECHTBANK OOST-BRABANT\n\nvonnis van 14 maart 2024\n\n"
        "2.1. Peelrand vordert ontbinding en ontruiming wegens een huurachterstand van € 2.437,11.\n\n"
        "5. De beslissing\n\nDe kantonrechter beslist:\n\n"
        "5.1. De huurovereenkomst tussen Peelrand en [gedaagde] over de woning te Helmond is ontbonden.\n\n"
        "5.2. [gedaagde] moet de woning binnen veertien dagen na betekening van dit vonnis verlaten.\n\n"
        "5.3. Wat Peelrand verder vraagt, wijs ik af.\n\nDit vonnis is gewezen door mr. M. Verhoeven."
    ), {"uitkomst": "toegewezen"}),
    ("blind17-schorst-voor-zover-langer", (
        "RECHTBANK OOST-BRABANT\n\nBestuursrecht\n\nuitspraak van de voorzieningenrechter van 2 mei 2025\n\n"
        "2.1. De burgemeester van Oss heeft de woning op grond van artikel 13b van de Opiumwet voor zes maanden gesloten. "
        "Verzoeker heeft de voorzieningenrechter verzocht een voorlopige voorziening te treffen.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter:\n\n"
        "- schorst het besluit van 20 maart 2025 voor zover daarbij de sluiting van de woning langer duurt dan drie maanden;\n\n"
        "Deze uitspraak is gedaan door mr. P. Oss."
    ), {"uitkomst": "toegewezen"}),
    ("blind18-beroep-van-op-belang-evenmin", (
        "RECHTBANK LIMBURG\n\nuitspraak van de voorzieningenrechter van 3 juni 2025\n\n"
        "2.1. De burgemeester heeft de woning op grond van artikel 13b van de Opiumwet gesloten. Verzoekster woont er met haar "
        "twee kinderen van 6 en 9 jaar.\n\n"
        "4.4. Het beroep van verzoekster op het belang van haar kinderen kan, gelet op de ernst van de overtreding, evenmin tot "
        "een ander oordeel leiden.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter wijst het verzoek om voorlopige voorziening af.\n\n"
        "Deze uitspraak is gedaan door mr. L. Sittard."
    ), {"belang_kind_gewogen": False, "kinderen_betrokken": True}),
    ("blind18-kapsalon", (
        "RAAD VAN STATE\n\nuitspraak van 9 juli 2025\n\n"
        "2.1. De burgemeester van Rotterdam heeft op grond van artikel 13b van de Opiumwet de kapsalon van [appellant] voor "
        "drie maanden gesloten. Hij moet met de inkomsten uit de kapsalon zijn gezin met drie jonge kinderen onderhouden.\n\n"
        "5. De beslissing\n\nDe Afdeling verklaart het hoger beroep gegrond.\n\nDeze uitspraak is gedaan door mr. R. Staat."
    ), {"kinderen_betrokken": None, "belang_kind_gewogen": None}),
    # session 8, tenth round, from blind19/20
    ("blind19-kind-1-kind-2", (
        "RECHTBANK DEN HAAG\n\nvonnis in kort geding van 20 juni 2025\n\n"
        "2.1. [eiseres] woont daar met haar kinderen [kind 1], [kind 2] en [kind 3] (16, 13 en 8 jaar). Meerland heeft "
        "de ontruiming aangezegd wegens een huurachterstand.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter\n\n5.1. wijst de vorderingen af.\n\nDit vonnis is gewezen door mr. K. Haag."
    ), {"kinderen_betrokken": True}),
    ("blind19-zoon-van-24", (
        "RAAD VAN STATE\n\nBestuursrecht\n\nuitspraak van 4 juni 2025\n\n"
        "2.1. De burgemeester heeft de woning op grond van artikel 174a van de Gemeentewet gesloten. Zij woont daar samen met "
        "haar zoon [zoon], die ten tijde van het sluitingsbesluit 24 jaar oud was.\n\n"
        "5. De beslissing\n\nDe Afdeling verklaart het hoger beroep ongegrond.\n\nDeze uitspraak is gedaan door mr. A. Staat."
    ), {"kinderen_betrokken": NOT_TRUE}),
    ("blind19-geen-ontbinding-vordert", (
        "RECHTBANK OVERIJSSEL\n\nvonnis van 26 februari 2025\n\n"
        "3.1. De verhuurder vordert betaling van € 1.874,50. De verhuurder heeft ter zitting uitdrukkelijk verklaard dat hij "
        "geen ontbinding van de huurovereenkomst of ontruiming vordert.\n\n"
        "5. De beslissing\n\nDe kantonrechter\n\n5.1. wijst de vorderingen af;\n\nDit vonnis is gewezen door mr. O. Almelo."
    ), {"uitkomst": "niet_van_toepassing", "grond": []}),
    # session 13, seventeenth round (blind30): claims to end the lease withdrawn leave only money at stake; the police's
    # report of a smell is how a hemp case starts, not a ground of nuisance; a grown-up son living in is no child
    ("blind30-vorderingen-ingetrokken", (
        "RECHTBANK GELDERLAND\n\nvonnis van 3 juni 2025\n\n"
        "Inhoudsindicatie: Huur. Verhuurster vordert alleen nog de huur tot het einde van de huurovereenkomst; de "
        "vorderingen tot ontbinding en ontruiming zijn ingetrokken nadat huurder de woning heeft verlaten.\n\n"
        "2.1. Er is een huurachterstand van € 2.410,00 ontstaan. Verhuurster heeft ook ontruiming gevorderd.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. veroordeelt [gedaagde] tot betaling van € 2.410,00;\n\n"
        "5.2. wijst af wat meer of anders is gevorderd.\n"
    ), {"uitkomst": "niet_van_toepassing", "grond": []}),
    ("blind30-melding-stankoverlast", (
        "RECHTBANK NOORD-HOLLAND\n\nuitspraak van 14 mei 2025\n\n"
        "2.1. Naar aanleiding van een melding van stankoverlast heeft de politie de woning betreden en een "
        "hennepkwekerij aangetroffen. De burgemeester heeft de woning op grond van artikel 13b van de Opiumwet voor drie "
        "maanden gesloten.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter wijst het verzoek om een voorlopige voorziening af.\n"
    ), {"grond": ["drugs_criminaliteit"]}),
    ("blind30-inwonende-meerderjarige-zoon", (
        "RECHTBANK LIMBURG\n\nuitspraak van 2 juli 2025\n\n"
        "1. In de kamer van de inwonende meerderjarige zoon van eiseres zijn drugs aangetroffen. De burgemeester heeft de "
        "woning op grond van artikel 13b van de Opiumwet gesloten.\n\n"
        "5. De beslissing\n\nDe rechtbank verklaart het beroep ongegrond.\n"
    ), {"kinderen_betrokken": False}),
    # session 13, eighteenth round (blind31): a ban on evicting until a court has ruled refuses the eviction even with a
    # dwangsom; a closure suspended only as to its start date still comes; a longer term refused after a semicolon is no
    # longer term; living in a bedrijfsunit against the omgevingsplan is the ground
    ("blind31-verbod-zolang-geen-uitspraak", (
        "RECHTBANK AMSTERDAM\n\nvonnis in kort geding van 3 maart 2025\n\n"
        "3.1. [eiser] vordert dat [gedaagde] wordt verboden de woning te ontruimen.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. verbiedt [gedaagde] om de woning aan de [adres] te Amsterdam te "
        "(laten) ontruimen of [eiser] op een andere manier de toegang tot de woning te ontzeggen, zolang niet bij een "
        "rechterlijke uitspraak is vastgesteld dat de huurovereenkomst is geëindigd;\n\n5.2. veroordeelt [gedaagde] tot "
        "betaling van een dwangsom van € 250,00 per dag;\n"
    ), {"uitkomst": "afgewezen"}),
    ("blind31-schorsing-ingangsdatum", (
        "RECHTBANK DEN HAAG\n\nBestuursrecht\n\nuitspraak van 4 april 2025 in de zaak tussen verzoekster en de "
        "burgemeester van Den Haag (verweerder)\n\n"
        "1. De burgemeester heeft de woning op grond van artikel 13b van de Opiumwet voor drie maanden gesloten.\n\n"
        "5. De beslissing\n\nDe voorzieningenrechter:\n- schorst het bestreden besluit voor zover daarin is bepaald dat de "
        "sluiting ingaat op 14 april 2025;\n- wijst het verzoek voor het overige af.\n"
    ), {"uitkomst": "voorwaardelijk"}),
    ("blind31-langere-termijn-na-puntkomma", (
        "RECHTBANK NOORD-NEDERLAND\n\nvonnis van 6 mei 2025\n\n"
        "Inhoudsindicatie: Ontruiming binnen de gebruikelijke termijn toegewezen; verzoek om een langere ontruimingstermijn "
        "afgewezen.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst en veroordeelt [gedaagde] de woning te "
        "ontruimen binnen veertien dagen na betekening van dit vonnis;\n"
    ), {"uitkomst": "toegewezen"}),
    ("blind31-bedrijfsunit-omgevingsplan", (
        "RECHTBANK NOORD-HOLLAND\n\nuitspraak van 8 juli 2025\n\n"
        "1. Het college heeft eiser gelast de bewoning van de bedrijfsunit te beëindigen, omdat wonen daar in strijd is met "
        "het omgevingsplan.\n\n"
        "5. De beslissing\n\nDe rechtbank verklaart het beroep ongegrond.\n"
    ), {"grond": ["overig"]}),
]


@pytest.mark.parametrize("case, text, expected", LESSONS, ids=[c[0] for c in LESSONS])
def test_lessons_of_the_blind_splits_on_bare_rulings(case, text, expected):
    meta, _ = _bare_ruling(text)
    for field, want in expected.items():
        if want is NOT_TRUE:
            assert meta[field] is not True, field
        elif isinstance(want, bool) or want is None:
            assert meta[field] is want, field
        else:
            assert meta[field] == want, field



def test_session_11_rulings_round_from_blind28():
    """Session 11 (blind28): a long Haagse formule line is conditional; a longer term the tenant gave "geen
    zelfstandige gronden" for is refused; the drugs' own nuisance is no ground of its own, nuisance named first is;
    a ban on evicting "zolang daarvoor geen rechterlijke titel bestaat" is a refusal; an amount of arrears plus costs
    is not the arrears."""
    formule = (
        "RECHTBANK OOST-BRABANT\n\nvonnis van 12 juni 2025\n\n"
        "2.1. Gedaagde woont met haar dochter van zes jaar in de woning. De huurachterstand bedraagt € 2.104,16.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst tussen Woonbedrijf Dommel en "
        "[gedaagde] met betrekking tot de woning aan de [adres] te Eindhoven en veroordeelt [gedaagde] om die woning "
        "met alle zich daarin bevindende personen en zaken te verlaten en ontruimd ter beschikking te stellen binnen "
        "vier weken na aanzegging, maar uitsluitend indien [gedaagde] in enige maand in de periode van 1 juli 2025 tot en "
        "met 30 juni 2026 de lopende huur niet uiterlijk op de laatste dag van die maand heeft voldaan;\n"
    )
    meta, _ = _bare_ruling(formule)
    assert meta["uitkomst"] == "voorwaardelijk" and meta["huurachterstand_eur"] == 2104.16
    term = (
        "RECHTBANK OVERIJSSEL\n\nvonnis van 5 maart 2025\n\n"
        "4.4. De vordering tot ontbinding en ontruiming wordt toegewezen wegens een huurachterstand van € 3.900,00. Voor "
        "een langere ontruimingstermijn dan veertien dagen heeft [gedaagde] geen bijzondere gronden aangevoerd.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst en veroordeelt [gedaagde] de woning "
        "te ontruimen binnen veertien dagen na betekening van dit vonnis;\n"
    )
    assert _bare_ruling(term)[0]["uitkomst"] == "toegewezen"
    hemp = (
        "RECHTBANK LIMBURG\n\nvonnis van 9 april 2025\n\n"
        "2.1. In de zolder van de woning is een hennepkwekerij met 300 planten aangetroffen. De kwekerij leverde "
        "brandgevaar en stankoverlast op voor de buren.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst en veroordeelt [gedaagde] de woning "
        "te ontruimen;\n"
    )
    assert _bare_ruling(hemp)[0]["grond"] == ["drugs_criminaliteit"]
    both = hemp.replace("2.1. In de zolder", "2.0. Ontruiming wegens ernstige overlast (drugshandel vanuit de woning).\n\n2.1. In de zolder")
    assert _bare_ruling(both)[0]["grond"] == ["overlast", "drugs_criminaliteit"]
    ban = (
        "RECHTBANK ZEELAND-WEST-BRABANT\n\nvonnis in kort geding van 4 februari 2025\n\n"
        "3.1. [eiseres] vordert dat het [gedaagde] wordt verboden de woning te ontruimen, omdat de verhuurder de "
        "huurovereenkomst per brief heeft ontbonden wegens een huurachterstand van € 1.250,00.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. verbiedt [gedaagde] om de woning aan de [adres] te Breda te "
        "(laten) ontruimen of de sloten te vervangen, zolang daarvoor geen rechterlijke titel bestaat;\n"
    )
    assert _bare_ruling(ban)[0]["uitkomst"] == "afgewezen"
    costs = (
        "RECHTBANK ROTTERDAM\n\nvonnis van 2 april 2025\n\n"
        "2.1. De vordering bestaat uit € 3.118,40 aan huurachterstand tot en met maart 2025 en € 412,00 aan "
        "buitengerechtelijke incassokosten.\n\n"
        "5. De beslissing\n\nDe kantonrechter:\n\n5.1. ontbindt de huurovereenkomst en veroordeelt [gedaagde] de woning "
        "te ontruimen;\n\n5.2. veroordeelt [gedaagde] om te betalen € 3.530,40 (huurachterstand en buitengerechtelijke "
        "incassokosten);\n"
    )
    assert _bare_ruling(costs)[0]["huurachterstand_eur"] == 3118.40

