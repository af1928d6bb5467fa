"""`klachtanalyse train --backend transformer` on a tiny randomly initialised BERT built here.

Nothing is downloaded (HF_HUB_OFFLINE=1): the test writes a WordPiece vocabulary and a
two-layer BERT to tmp_path, fine-tunes it for one epoch and loads the result as a classifier.
"""

from __future__ import annotations

import json
import re

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")


@pytest.fixture
def tiny_bert(tmp_path, small_annotations, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    words = set()
    for line in small_annotations.read_text(encoding="utf-8").splitlines():
        words.update(re.findall(r"\w+", json.loads(line)["text"].lower()))
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + sorted(words)
    folder = tmp_path / "tiny-bert"
    folder.mkdir()
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = transformers.BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=True)
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=64, max_position_embeddings=256)
    torch.manual_seed(0)
    transformers.BertModel(config).save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def test_train_transformer_backend_end_to_end(tiny_bert, small_annotations, tmp_path):
    from klachtanalyse.classify import load_classifier
    from klachtanalyse.cli.main import main

    out = tmp_path / "model"
    rc = main(["train", "--backend", "transformer", "--model", str(tiny_bert), "--data", str(small_annotations),
               "--out", str(out), "--epochs", "1", "--zonder-regels"])
    assert rc == 0
    meta = json.loads((out / "model.json").read_text())
    assert meta["backend"] == "transformer" and set(meta["thresholds"]) >= {"dakloosheid", "willekeur"}
    assert (out / "transformer" / "config.json").is_file()

    clf = load_classifier(out)
    text = "We slapen in de auto. Niemand vroeg naar de kinderen. De brief was onbegrijpelijk."
    scored = clf.score_text(text)
    assert scored.model.shape == (3, 9)
    assert ((scored.model > 0) & (scored.model < 1)).all()
    for label in clf.classify_text(text):
        for ev in label.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_transformer_backend_needs_a_model_folder(small_annotations, tmp_path):
    from klachtanalyse.cli.main import main

    assert main(["train", "--backend", "transformer", "--data", str(small_annotations), "--out", str(tmp_path / "m")]) == 2
