"""The default model's parts: static word vectors, the word-vector sentence model, the stacker,
and training/saving/loading the whole ensemble."""

from __future__ import annotations

import json

import numpy as np
import pytest

from klachtanalyse.classify.stacking import FEATURES, Stacker, document_features
from klachtanalyse.classify.taxonomy import THEMES
from klachtanalyse.classify.vectors import load_vectors


def test_sentence_vectors_have_unit_length_and_unknown_words_count_for_nothing():
    v = load_vectors()
    E = v.embed(["We slapen al zeven weken bij mijn zus in Kampen.", "qqxzv blorpt", ""])
    assert E.shape == (3, 384)
    assert abs(float(np.linalg.norm(E[0])) - 1.0) < 1e-4
    assert not E[1].any() and not E[2].any()


def test_an_unseen_inflection_falls_back_to_its_lemma():
    v = load_vectors()
    # "sliepen" is rare in the training texts; its lemma "slapen" is not
    assert "slapen" in v.index
    if "sliepen" not in v.index:
        assert v._ids("sliepen") == [v.index["slapen"]]
    assert v.coverage(["De kinderen sliepen in de auto."]) == 1.0


def test_stacker_learns_which_feature_to_trust():
    rng = np.random.RandomState(0)
    n = 200
    F = rng.uniform(0.05, 0.95, size=(n, len(THEMES), len(FEATURES)))
    F[..., FEATURES.index("kinderen_genoemd")] = rng.randint(0, 2, size=(n, 1))
    F[..., FEATURES.index("woningverlies")] = 1.0
    # the gold follows the word-vector model's score only
    G = (F[..., FEATURES.index("woordvectoren_max")] > 0.5).astype(float)
    st = Stacker.fit(F, G)
    acc = ((st.predict(F) > 0.5) == G.astype(bool)).mean()
    assert acc > 0.95
    w = st.W[0]
    assert abs(w[FEATURES.index("woordvectoren_max")]) > 5 * abs(w[FEATURES.index("textcat_max")])
    # and survives model.json
    again = Stacker.from_dict(json.loads(json.dumps(st.to_dict())))
    assert np.allclose(again.predict(F[:3]), st.predict(F[:3]), atol=1e-4)


def test_a_clipped_stacker_lets_no_single_overconfident_part_outvote_the_rest():
    """The whole-document textcat says 0.0001 on a writer it never saw while every sentence
    model is sure (0.99): at 1e-4 that one score costs 9.2 in log-odds, at 0.01 only 4.6."""
    j = FEATURES.index("document_textcat")
    W = np.zeros((len(THEMES), len(FEATURES)))
    W[:, j] = 1.0
    W[:, FEATURES.index("gecombineerd_max")] = 1.0
    F = np.full((len(THEMES), len(FEATURES)), 0.99)
    F[:, j] = 0.0001
    old, clipped = Stacker(W, np.zeros(len(THEMES))), Stacker(W, np.zeros(len(THEMES)), clip=0.01)
    assert round(float(old.predict(F)[0]), 4) == 0.0098  # sigmoid(4.595 - 9.210)
    assert round(float(clipped.predict(F)[0]), 4) == 0.5  # sigmoid(4.595 - 4.595)


def test_a_stacker_keeps_its_clip_and_old_models_read_as_fitted():
    st = Stacker(np.zeros((len(THEMES), len(FEATURES))), np.zeros(len(THEMES)), clip=0.01)
    assert Stacker.from_dict(json.loads(json.dumps(st.to_dict()))).clip == 0.01
    saved_by_213 = {k: v for k, v in st.to_dict().items() if k != "clip"}  # model.json of thema-v2 2.13 and older
    assert Stacker.from_dict(saved_by_213).clip == 1e-4
    for bad in (0.0, 0.5, -1.0):
        with pytest.raises(ValueError, match="klem"):
            Stacker(st.W, st.b, clip=bad)


def test_document_features_of_an_empty_document_are_zero():
    z = np.zeros((0, len(THEMES)))
    assert not document_features(z, z, z, z, np.zeros(len(THEMES)), "").any()


def test_train_save_load_ensemble_with_exact_evidence(small_annotations, tmp_path):
    from klachtanalyse.classify.model import load_model, save_model
    from klachtanalyse.classify.training import train

    from klachtanalyse.classify import training
    from klachtanalyse.classify.card import retrain_command

    # trained with version 1 of the home-loss cue (`train --woningverlies 1`, as thema-v2 2.7 was), which the model keeps
    clf = train(small_annotations, backend="ensemble", name="mini", version="0.1", folds=2, epochs=2, home_loss_cue=1,
                stacker_clip=0.02)
    assert training.Reading().home_loss_cue == training.DEFAULT_HOME_LOSS_CUE == 2  # the default stays: no module state
    assert clf.home_loss_cue == 1 and "--woningverlies 1" in retrain_command(clf)
    assert clf.stacker.clip == 0.02 and "--stapel-klem 0.02" in retrain_command(clf)
    assert None not in (clf.stacker, clf.static, clf.doc_scorer, clf.doc_static, clf.context_static)
    assert clf.info["folds"] == "willekeurig"  # one annotations file: too few writers for a fold each
    assert set(clf.thresholds) == set(THEMES)
    out = save_model(clf, tmp_path / "mini", clf.info)
    meta = json.loads((out / "model.json").read_text(encoding="utf-8"))
    assert meta["backend"] == "ensemble" and meta["stacker"]["features"] == FEATURES
    assert {p.name for p in out.iterdir()} >= {"textcat.bin", "doc_textcat.bin", "woordvectoren_head.npz",
                                              "document_woordvectoren_head.npz", "context_woordvectoren_head.npz",
                                              "regels.yaml"}
    assert meta["rules_file"] == "regels.yaml" and len(meta["rules_sha256"]) == 64
    again = load_model(out)
    assert again.rules.source == str(out / "regels.yaml")
    assert meta["woningverlies_cue"] == 1 and again.home_loss_cue == 1
    assert meta["stacker"]["clip"] == 0.02 and again.stacker.clip == 0.02
    text = "Morgen komt de deurwaarder. We weten niet waar we met de kinderen moeten slapen. Niemand vroeg naar de kinderen."
    a, b = clf.score_text(text), again.score_text(text)
    assert np.allclose(a.doc_scores(), b.doc_scores(), atol=1e-5)
    for lab in again.classify_text(text):
        assert lab.evidence
        for ev in lab.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_a_model_keeps_the_rules_it_was_trained_with(tmp_path):
    """Editing data/rules.yaml later must not change what a saved model does; editing the
    model's own copy is refused, because its weights were fitted on what those rules fire on."""
    import pytest

    from klachtanalyse.classify.core import Classifier
    from klachtanalyse.classify.model import ModelError, load_model, save_model
    from klachtanalyse.classify.rules import DEFAULT_RULES

    out = save_model(Classifier(name="regels", version="1"), tmp_path / "regels")
    assert (out / "regels.yaml").read_bytes() == DEFAULT_RULES.read_bytes()
    assert load_model(out).rules.source == str(out / "regels.yaml")
    (out / "regels.yaml").write_text("themes: {}\n", encoding="utf-8")
    with pytest.raises(ModelError, match="gewijzigd na het trainen"):
        load_model(out)


def test_the_shipped_model_carries_its_own_rule_file():
    from klachtanalyse.classify.model import PACKAGED

    meta = json.loads((PACKAGED / "model.json").read_text(encoding="utf-8"))
    assert (PACKAGED / meta["rules_file"]).is_file()


def test_the_context_window_is_the_sentence_with_its_neighbours():
    from klachtanalyse.classify.text import sentences, with_neighbours

    text = "Het signaal was er. Het is blijven liggen. Toen kwam de deurwaarder."
    sents = sentences(text)
    assert with_neighbours(sents, 0) == "Het signaal was er. Het is blijven liggen."
    assert with_neighbours(sents, 1) == text
    assert with_neighbours(sents, 2) == "Het is blijven liggen. Toen kwam de deurwaarder."


def test_folds_keep_each_writers_documents_together():
    from klachtanalyse.classify.training import assign_folds

    # the real sizes of the training files: the first writer's 393 train documents, then nine batches
    sizes = {"themas": 393, "t2": 200, "t6": 200, "t3": 150, "t4": 150, "t7": 150, "t8": 150, "t5": 120, "t9": 120, "t10": 120}
    groups = [g for g, n in sizes.items() for _ in range(n)]
    fold_of = assign_folds(len(groups), 5, groups=groups)
    for g in sizes:
        assert len({int(f) for f, h in zip(fold_of, groups) if h == g}) == 1
    assert sorted(np.bincount(fold_of).tolist()) == [300, 320, 320, 393, 420]


def test_without_enough_writers_the_folds_are_random_and_even():
    from klachtanalyse.classify.training import assign_folds

    fold_of = assign_folds(23, 5, seed=0, groups=["a"] * 20 + ["b"] * 3)
    assert np.bincount(fold_of).tolist() == [5, 5, 5, 4, 4]
    assert not np.array_equal(fold_of, np.arange(23) % 5)  # shuffled, not in file order


def test_the_retrain_command_names_random_folds_only_for_models_trained_with_them():
    from types import SimpleNamespace

    from klachtanalyse.classify.card import retrain_command

    extra = [{"data": f"corpora/annotaties/themas-{k}.jsonl"} for k in range(2, 11)]
    old = SimpleNamespace(name="thema-v2", version="2.3", info={"backend": "ensemble", "data": "corpora/annotaties/themas.jsonl", "extra_train": extra})
    new = SimpleNamespace(name="thema-v2", version="2.4", info=dict(old.info, folds="per annotatiebestand"))
    assert "--vouwen willekeurig" in retrain_command(old)
    assert "--vouwen" not in retrain_command(new)
    assert retrain_command(new).endswith("themas-10.jsonl --out MAP --naam thema-v2 --versie 2.4")


def test_a_transcribed_voice_message_is_cut_where_the_speaker_turns():
    """extern-10 (28 Nov 2026): voice messages written out with no punctuation were one
    sentence of 700-1,000 characters; models trained since then read them in pieces."""
    from klachtanalyse.classify.text import sentences

    text = ("ja hallo met shanice ik bel want typen gaat niet goed ik wil gwn zeggen hoe het zit met ons huis "
            "omdat ze me uren hadden gekort bij me werk kon ik de huur niet betalen en niemand van de woningbouw "
            "heeft me een keer gebeld of gevraagd wat is er aan de hand en die brieven ik snap ze niet eens half "
            "dan opeens staat de deurwaarder voor de deur met een datum en ik heb gezegt meneer ik heb drie kinderen "
            "waar moet ik heen hij zegt mevrouw dat is niet mijn probleem want hij doet gewoon zijn werk zegt hij "
            "en mijn kinderen slapen nu bij mijn zus op de grond want het is te ver met de bus naar school en "
            "niemand heeft die kinderen een keer iets gevraagd of uitgelegd wat er gaat gebeuren met ons")
    assert len(text) > 600
    assert [(s.start, s.end) for s in sentences(text)] == [(0, len(text))]
    pieces = sentences(text, spoken=True)
    assert len(pieces) >= 3 and all(len(p.text) <= 600 for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)
    assert any(p.text.startswith("niemand van de woningbouw") for p in pieces)


def test_a_model_keeps_its_sentence_reading(tmp_path):
    from klachtanalyse.classify.core import Classifier
    from klachtanalyse.classify.model import load_model, save_model

    out = save_model(Classifier(name="spraak", version="1", spoken_cut=True), tmp_path / "spraak")
    assert load_model(out).spoken_cut is True
    meta = json.loads((out / "model.json").read_text(encoding="utf-8"))
    del meta["spoken_cut"]  # a model saved before 28 Nov 2026
    (out / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    assert load_model(out).spoken_cut is False


def test_training_cuts_voice_messages_only_when_asked(small_annotations):
    """thema-v2 2.8 was trained with the cut and not shipped (extern-12 decided against it);
    the default stays off so the shipped model's retrain command reproduces it."""
    from klachtanalyse.classify import training

    plain = training.train(small_annotations, backend="rules")
    cut = training.train(small_annotations, backend="rules", spoken_cut=True)
    assert plain.spoken_cut is False and plain.info["spoken_cut"] is False
    assert cut.spoken_cut is True and cut.info["spoken_cut"] is True
    assert training.train(small_annotations, backend="rules").spoken_cut is False  # the cut of one run does not leak
