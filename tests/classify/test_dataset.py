"""The annotation format and `load_dataset`: splits by document, exact offsets, clear errors."""

from __future__ import annotations

import json

import pytest

from klachtanalyse.classify import AnnotationError, load_dataset, read_annotations
from klachtanalyse.classify.dataset import sentence_examples
from klachtanalyse.classify.text import sentences

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONTROLE = REPO / "corpora/geschreven/thema-controle/controle.jsonl"
THEMAS = REPO / "corpora/annotaties/themas.jsonl"


def test_load_dataset_gives_splits_by_document(small_annotations):
    ds = load_dataset(small_annotations)
    assert set(ds) == {"train", "dev", "test"}
    assert (ds["train"].num_rows, ds["dev"].num_rows, ds["test"].num_rows) == (8, 4, 4)
    row = ds["train"][0]
    assert row["id"] == "c01"
    assert row["themes"] == ["dakloosheid", "kinderen_onzichtbaar"]
    ev = row["evidence"][0]
    assert row["text"][ev["start"] : ev["end"]] == ev["text"]


def test_project_corpus_loads_with_all_three_splits():
    ds = load_dataset(THEMAS)
    assert {"train", "dev", "test"} <= set(ds)
    ids = [i for split in ds.values() for i in split["id"]]
    assert len(ids) == len(set(ids))  # a document sits in one split only


def test_quote_without_offsets_is_located(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "text": "Eerst dit. Toen sliepen we in de auto.", "themes": ["dakloosheid"],
                             "evidence": [{"label": "dakloosheid", "text": "sliepen we in de auto"}]}) + "\n")
    (doc,) = read_annotations(f)
    assert (doc.evidence[0]["start"], doc.evidence[0]["end"]) == (16, 37)


@pytest.mark.parametrize(
    "row, message",
    [
        ({"id": "x", "text": "abc", "themes": ["geen_thema"]}, "onbekend label 'geen_thema'"),
        ({"id": "x", "text": "abc", "split": "validatie"}, "split moet train, dev, test of extern zijn"),
        ({"id": "x", "text": "abcdef", "evidence": [{"label": "willekeur", "start": 0, "end": 3, "text": "xyz"}]}, "evidence-tekst klopt niet"),
        ({"id": "x", "text": "abc", "evidence": [{"label": "willekeur", "text": "niet hier"}]}, "niet letterlijk in de tekst"),
        ({"text": "abc"}, "'id' nodig"),
    ],
)
def test_bad_lines_fail_with_one_line_reason(tmp_path, row, message):
    f = tmp_path / "bad.jsonl"
    f.write_text(json.dumps(row) + "\n")
    with pytest.raises(AnnotationError, match=message) as err:
        read_annotations(f)
    assert "\n" not in str(err.value) and "bad.jsonl:1" in str(err.value)


def test_sentence_examples_positive_ignored_negative():
    (doc,) = [d for d in read_annotations(CONTROLE) if d.id == "c10"]
    sents = sentences(doc.text)
    ex = sentence_examples(doc, sents)
    by_text = {sents[i].text: (pos, ign) for i, pos, ign in ex}
    pos, ign = by_text["sinds vorige week slaap ik in mijn auto op het parkeerterrein bij de sporthal."]
    assert pos == {"dakloosheid"} and ign == {"informatie_ontbreekt"}
    pos, ign = by_text["ik ben 52 en woon alleen."]
    assert pos == set() and ign == {"dakloosheid", "informatie_ontbreekt"}
