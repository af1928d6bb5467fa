"""The figures of `evaluate`: counts, micro/macro, evidence hit rate, threshold tuning."""

from __future__ import annotations

import json

import numpy as np

from klachtanalyse.classify.dataset import Annotated
from klachtanalyse.classify.evaluation import evaluate, format_reports, tune_thresholds
from klachtanalyse.classify.taxonomy import THEMES
from klachtanalyse.document import Evidence, Label


class Fixed:
    """A stand-in classifier that returns given labels (to test the counting, not a model)."""

    def __init__(self, labels):
        self.labels = labels

    def classify_text(self, text):
        return self.labels[text]

    def grounds_text(self, text):
        return ["huurachterstand"] if "huur" in text else []


def test_counts_evidence_and_grounds():
    a = Annotated("a", "huur. We slapen in de auto.", ["dakloosheid"], ["huurachterstand"],
                  [{"label": "dakloosheid", "start": 6, "end": 27, "text": "We slapen in de auto."}])
    b = Annotated("b", "Niets aan de hand.", [], [])
    clf = Fixed({
        a.text: [Label("dakloosheid", 0.9, [Evidence("We slapen in de auto.", 6, 27)]),
                 Label("willekeur", 0.7, [Evidence("huur.", 0, 5)])],
        b.text: [],
    })
    rep = evaluate(clf, [a, b])
    assert (rep.themes["dakloosheid"].tp, rep.themes["willekeur"].fp) == (1, 1)
    assert rep.evidence_rate() == 1.0
    assert rep.micro() == (0.5, 1.0, 2 / 3)
    assert rep.macro()[2] == 1.0  # only themes with gold support count in macro
    assert rep.ground_micro() == (1.0, 1.0, 1.0)
    table = format_reports({"x": rep})
    assert "dakloosheid" in table and "evidence-trefkans" in table


def test_evidence_elsewhere_is_not_a_hit():
    a = Annotated("a", "huur. We slapen in de auto.", ["dakloosheid"], [],
                  [{"label": "dakloosheid", "start": 6, "end": 27, "text": "We slapen in de auto."}])
    clf = Fixed({a.text: [Label("dakloosheid", 0.9, [Evidence("huur.", 0, 5)])]})
    assert evaluate(clf, [a]).evidence_rate() == 0.0


def test_thresholds_separate_positives():
    scores = np.tile(np.array([[0.9], [0.8], [0.3], [0.1]]), (1, len(THEMES)))
    gold = np.tile(np.array([[1], [1], [0], [0]]), (1, len(THEMES)))
    thr = tune_thresholds(scores, gold)
    assert all(0.3 < v <= 0.8 for v in thr.values())


def test_train_puts_each_external_set_in_model_json_and_card(small_annotations, tmp_path):
    from klachtanalyse.cli.main import main

    rows = [json.loads(line) for line in small_annotations.read_text(encoding="utf-8").splitlines()]
    sets = []
    for name, part in (("een.jsonl", rows[:8]), ("twee.jsonl", rows[8:])):
        path = tmp_path / name
        path.write_text("".join(json.dumps(dict(r, split="extern"), ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
        sets.append(str(path))
    out = tmp_path / "regels"
    assert main(["train", "--backend", "rules", "--data", str(small_annotations), "--extern", *sets, "--out", str(out)]) == 0
    ext = json.loads((out / "model.json").read_text(encoding="utf-8"))["trained"]["extern"]
    assert [e["data"] for e in ext] == sets and [e["documents"] for e in ext] == [8, 8]
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "## Texts by other hands (1 of 2): `een.jsonl`" in card and "## Texts by other hands (2 of 2): `twee.jsonl`" in card
    assert "--extern " + " ".join(sets) in card


def test_train_refuses_a_stacker_clip_outside_zero_to_a_half(small_annotations, tmp_path, capsys):
    from klachtanalyse.cli.main import main

    rc = main(["train", "--data", str(small_annotations), "--stapel-klem", "0.5", "--out", str(tmp_path / "m")])
    assert rc == 2
    assert "stapel-klem 0.5 moet tussen 0 en 0,5 liggen" in capsys.readouterr().err
