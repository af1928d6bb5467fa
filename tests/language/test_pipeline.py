"""The spaCy pipeline: components, tokenizer, span groups and attributes, loading by config."""

import spacy

from klachtanalyse import language
from klachtanalyse.language import components  # noqa: F401  (registers the factories)


def test_pipeline_components_and_lemmas(nlp):
    assert nlp.pipe_names == ["klacht_zinnen", "lemmatizer", "klacht_spans", "klacht_context"]
    doc = nlp("De kinderen werden ontruimd uit hun woningen.")
    assert [t.lemma_ for t in doc] == ["de", "kinderen", "werden", "ontruimen", "uit", "hun", "woning", "."]


def test_tokenizer_keeps_legal_abbreviations_and_placeholders(nlp):
    doc = nlp.make_doc("Zie ECLI:NL:HR:2020:1234, r.o. 4.3 jo. artt. 3 en [naam minderjarige] en [naam moeder], mr. J.A. de Vries c.q. i.c. o.a.")
    words = [t.text for t in doc]
    for w in ("ECLI:NL:HR:2020:1234", "r.o.", "jo.", "artt.", "[naam minderjarige]", "[naam moeder]", "mr.", "J.A.", "c.q.", "i.c.", "o.a."):
        assert w in words, w


def test_span_groups_with_values_and_qualifiers(nlp):
    text = ("2.1. De kantonrechter te Amsterdam (ECLI:NL:RBAMS:2020:123) wijst de vordering van [eiser] op grond van "
            "artikel 7:231 lid 2 BW toe. De huurachterstand bedraagt € 3.250,50 op 3 maart 2022.\n"
            "Er is niet met de kinderen (3 en 9 jaar) gesproken door de gemeente Midden-Groningen.")
    doc = nlp(text)
    assert [s.text for s in doc.sents][2].startswith("Er is niet")
    got = {g: [(sp.text, sp._.waarde) for sp in doc.spans[g]] for g in language.GROUPS}
    assert got["ecli"] == [("ECLI:NL:RBAMS:2020:123", "ECLI:NL:RBAMS:2020:123")]
    assert got["wetsverwijzing"] == [("artikel 7:231 lid 2 BW", "art. 7:231 BW")]
    assert got["bedrag"] == [("€ 3.250,50", 3250.5)]
    assert got["datum"] == [("3 maart 2022", "2022-03-03")]
    assert ("Midden-Groningen", "Midden-Groningen") in got["gemeente"]
    assert got["instantie"][0] == ("kantonrechter te Amsterdam", "Rechtbank Amsterdam")
    (kids,) = doc.spans["huishouden"]
    assert kids._.waarde == {"rol": "kind", "aantal": 2, "leeftijden": [3, 9]}
    assert (kids._.negated, kids._.hypothetical, kids._.past, kids._.subject) == (True, False, True, "kind")
    for g in language.GROUPS:
        for sp in doc.spans[g]:
            assert text[sp.start_char : sp.end_char] == sp.text


def test_components_can_be_added_to_a_users_own_pipeline():
    nlp = spacy.blank("nl")
    nlp.add_pipe("klacht_zinnen")
    nlp.add_pipe("klacht_spans", config={"groups": ["bedrag", "gemeente"]})
    nlp.add_pipe("klacht_context", config={"groups": ["bedrag"]})
    doc = nlp("Wij zijn bang dat we € 500 moeten betalen in Ede. Dat is veel.")
    assert len(list(doc.sents)) == 2
    (b,) = doc.spans["bedrag"]
    assert b._.waarde == 500.0 and b._.hypothetical
    assert "ecli" not in doc.spans


def test_load_by_name_and_config_and_cache(nlp):
    assert language.load() is nlp
    assert language.load("klacht_nl") is nlp
    assert language.load(str(language.config_path())) is nlp
    try:
        language.load("bestaat-niet")
    except ValueError as err:
        assert "bestaat-niet" in str(err)
    else:
        raise AssertionError("unknown pipeline name accepted")


def test_empty_and_whitespace_documents(nlp):
    assert len(nlp("")) == 0
    doc = nlp("   \n\n  ")
    assert all(len(doc.spans[g]) == 0 for g in language.GROUPS)
