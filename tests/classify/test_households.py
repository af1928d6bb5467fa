"""Which households get themes: by default a text that states the household has no children
gets none (the families-only reading); `alle_huishoudens=True` gives themes to every household,
as guideline 2.7 and the annotated splits do. docs/classify.md, "Which households"."""

from __future__ import annotations

import json
from pathlib import Path

from klachtanalyse.classify import load_classifier
from klachtanalyse.classify.stacking import household_without_children
from klachtanalyse.classify.text import fold
from klachtanalyse.cli.main import main
from klachtanalyse.pipeline import Options, Pipeline

REPO = Path(__file__).resolve().parents[2]
SINGLE = REPO / "corpora/geschreven/klachten/k0033-alleenstaande-vrouw-overlast-kort.txt"


def test_a_stated_household_without_children_is_recognised():
    assert household_without_children(fold("Ik ben 52, alleenstaand, geen kinderen. Ik ben uit mijn huis gezet."))
    assert household_without_children(fold("Wij (geen kinderen) zijn in juni ontruimd."))
    assert household_without_children(fold("Ik ben 58 jaar en woon alleen."))


def test_a_family_is_never_taken_for_a_single_adult():
    assert not household_without_children(fold("Ik ben alleenstaande moeder van twee kinderen."))
    assert not household_without_children(fold("Ik woon alleen sinds de scheiding; mijn zoon woont om de week bij mij."))
    assert not household_without_children(fold("Ik heb 2 kinderen en woon alleen met hen."))
    # silence about children is not a statement: such a complaint keeps its themes
    assert not household_without_children(fold("We moeten eruit en ik slaap nu bij mijn zus op de bank."))


def test_the_single_woman_of_k0033_gets_themes_only_when_every_household_counts():
    text = SINGLE.read_text(encoding="utf-8")
    assert text.startswith("Ik ben alleen, geen kinderen.")
    assert load_classifier().classify_text(text) == []
    labels = load_classifier(alle_huishoudens=True).classify_text(text)
    assert [label.label for label in labels] == ["tijdelijke_woonoplossingen"]
    ev = labels[0].evidence[0]
    assert text[ev.start:ev.end] == ev.text == "Ik slaap nu bij een vriendin op de bank in Deventer."


def test_the_reading_is_part_of_the_pipeline_signature_so_a_store_reanalyses():
    assert Pipeline(Options()).signature()["model_name"] == "thema-v2"
    assert Pipeline(Options(alle_huishoudens=True)).signature()["model_name"] == "thema-v2 (alle huishoudens)"


def test_analyse_cli_switch(capsys):
    assert main(["analyse", str(SINGLE), "--geen-voortgang"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["labels"] == []
    assert main(["analyse", str(SINGLE), "--alle-huishoudens", "--geen-voortgang"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert [label["label"] for label in record["labels"]] == ["tijdelijke_woonoplossingen"]


def test_the_home_loss_cue_matches_words_with_spaces():
    """The cue loader strips whitespace; until 2.5 "uit ons huis" and "op straat" silently never matched."""
    from klachtanalyse.classify.stacking import context_cues

    loss = context_cues()["woningverlies"]
    for text in ("we moeten uit ons huis", "straks staan we op straat", "ze hebben mijn huis dichtgegooid", "we zijn uitgezet"):
        assert loss.search(fold(text)), text
    assert not loss.search(fold("de parkeerboete van vorige week"))


def test_version_2_of_the_home_loss_cue_reads_denials_and_other_subjects():
    """Version 2 (models trained from session 6 on) also hears the home lost in plain words,
    and no longer counts a denied eviction or the daycare of a toeslagen complaint."""
    from klachtanalyse.classify.stacking import home_loss

    lost = ["We staan met de kinderen buiten, het slot is vervangen.", "Sinds we uit huis moesten slapen we bij mijn zus.",
            "Nu zitten we met z'n vieren in een hotelkamer.", "ons huis is sinds dinsdag dicht van de burgemeester"]
    not_lost = ["Er is geen huurachterstand en er dreigt geen ontruiming.",
                "Ik moet € 1.240 terugbetalen, mijn uren bij de opvang zijn hetzelfde gebleven.",
                "Ik wil niet dat die mensen eruit gezet worden, ik wil gewoon slapen.",
                "Vorige week stond er een deurwaarder aan de deur voor een verkeersboete."]
    assert [home_loss(fold(t), 2) for t in lost] == [True] * 4
    assert [home_loss(fold(t), 2) for t in not_lost] == [False] * 4
    # version 1, which thema-v2 2.7 was fitted with, is kept as it was
    assert [home_loss(fold(t), 1) for t in lost] == [False, False, False, False]
    assert [home_loss(fold(t), 1) for t in not_lost] == [True, True, True, True]


def test_a_saved_model_remembers_its_home_loss_cue(tmp_path):
    """The shipped thema-v2 2.10 was trained with version 2; a model.json without the key (2.7 and
    older) reads as version 1."""
    import json
    import shutil

    from klachtanalyse.classify.model import PACKAGED, load_model

    assert load_classifier().home_loss_cue == 2
    old = tmp_path / "oud"
    shutil.copytree(PACKAGED, old)
    meta = json.loads((old / "model.json").read_text(encoding="utf-8"))
    del meta["woningverlies_cue"]
    (old / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    assert load_model(old).home_loss_cue == 1
