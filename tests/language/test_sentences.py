"""Sentence boundaries: the hand-annotated real sample, and the cases that make legal Dutch hard."""

from klachtanalyse.language import sentences
from klachtanalyse.language.evaluation import evaluate_sentences, spacy_sentencizer


def _split(text):
    return [text[s:e] for s, e in sentences(text)]


def test_annotated_sample_f1_and_better_than_spacy(root):
    folder = root / "corpora/annotaties/zinnen"
    ours, per = evaluate_sentences(folder, sentences)
    base, _ = evaluate_sentences(folder, spacy_sentencizer())
    assert len(per) == 12
    assert ours.f1 >= 0.97, ours.line()
    assert ours.f1 > base.f1 + 0.2, (ours.line(), base.line())


def test_numbered_paragraph_label_on_its_own_line_belongs_to_the_sentence():
    # from ECLI:NL:RBNNE:2020:2511 (shared/corpora/rechtspraak/json)
    text = "Overwegingen\n1. Het oordeel van de voorzieningenrechter heeft een voorlopig karakter.\n2.1.\nOp 26 februari 2020 heeft de politie Noord-Nederland een inval gedaan in het pand."
    assert _split(text) == [
        "Overwegingen",
        "1. Het oordeel van de voorzieningenrechter heeft een voorlopig karakter.",
        "2.1.\nOp 26 februari 2020 heeft de politie Noord-Nederland een inval gedaan in het pand.",
    ]


def test_abbreviations_initials_and_references_do_not_end_a_sentence():
    text = ("De kantonrechter (mr. J.A. de Vries) verwijst naar r.o. 4.3 en art. 7:231 lid 2 BW, o.a. naar "
            "ECLI:NL:HR:2020:1234 (zaaknr./rolnr. 252486 / KG ZA 12-411). Het verzoek wordt afgewezen.")
    assert len(_split(text)) == 2


def test_sentence_may_end_in_a_reference_number():
    assert _split("Zie r.o. 4.3. De kantonrechter wijst af.") == ["Zie r.o. 4.3.", "De kantonrechter wijst af."]


def test_informal_email_without_capitals_or_full_stops():
    text = "hoi ik heb gebeld. niemand nam op\nmijn zoon van 7 slaapt slecht? ik weet het niet meer"
    assert _split(text) == ["hoi ik heb gebeld.", "niemand nam op", "mijn zoon van 7 slaapt slecht?", "ik weet het niet meer"]


def test_wrapped_lines_run_on_but_party_lines_do_not():
    wrapped = ("Uit de gedingstukken en het verhandelde ter zitting blijkt dat verweerder de\n"
               "WOZ-waarden van de objecten heeft bepaald.")
    assert len(_split(wrapped)) == 1
    header = "[verzoekster]\n, te Winschoten, verzoekster\n(gemachtigde: mr. R.A. Bruintjes),\nen\nde burgemeester van de gemeente Oldambt"
    assert _split(header) == [
        "[verzoekster]\n, te Winschoten, verzoekster",
        "(gemachtigde: mr. R.A. Bruintjes),",
        "en",
        "de burgemeester van de gemeente Oldambt",
    ]


def test_enumeration_items_and_statute_members():
    text = "De beschikking vermeldt in ieder geval:\na. de te betalen geldsom;\nb. de termijn waarbinnen de betaling moet plaatsvinden."
    assert len(_split(text)) == 3


def test_offsets_are_exact_and_trimmed():
    text = "  Eerste zin.   Tweede zin!  \n\n  Derde zin  "
    for s, e in sentences(text):
        assert text[s:e] == text[s:e].strip() and text[s:e]


def test_every_chat_message_is_a_sentence_of_its_own():
    """A long chat line without a full stop does not run on into the next message (extern-4 wb001)."""
    text = ("[09:14] Sevda: ik snap er echt niks meer van, wie moet ik nou geloven want ze zeggen steeds wat anders\n"
            "[09:15] Oma Ayten: rustig kizim.\n"
            "Jayden (3B): nee niemand heeft mij iets verteld.\n"
            "12-03-2023 14:05 - Kim: we moeten vrijdag eruit en de opvang zit vol zegt de gemeente vandaag\n"
            "14:07 Sevda: echt?")
    assert _split(text) == [
        "[09:14] Sevda: ik snap er echt niks meer van, wie moet ik nou geloven want ze zeggen steeds wat anders",
        "[09:15] Oma Ayten: rustig kizim.",
        "Jayden (3B): nee niemand heeft mij iets verteld.",
        "12-03-2023 14:05 - Kim: we moeten vrijdag eruit en de opvang zit vol zegt de gemeente vandaag",
        "14:07 Sevda: echt?",
    ]
