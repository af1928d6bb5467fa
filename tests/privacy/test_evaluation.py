"""The targets of issue 6 on the annotated set of written complaints (all splits together)."""

from klachtanalyse.privacy.annotations import ROOT, load
from klachtanalyse.privacy.evaluate import evaluate

TARGET_RECALL = {"BSN": 0.98, "IBAN": 0.98, "TELEFOON": 0.98, "EMAIL": 0.98, "POSTCODE": 0.98,
                 "PERSOON": 0.95, "ADRES": 0.95}


def test_recall_precision_and_nothing_kept_removed():
    rows = load()
    assert len(rows) >= 40
    result = evaluate(rows)
    table = result["table"]
    for type_, target in TARGET_RECALL.items():
        assert table[type_]["recall"] >= target, (type_, table[type_])
    for type_, row in table.items():
        if row["precisie"] is not None:
            assert row["precisie"] >= 0.9, (type_, row)
    assert result["behouden_weggehaald"] == 0


def test_annotations_match_the_plain_texts(tmp_path):
    from pathlib import Path

    for row in load():
        assert (ROOT / row["file"]).read_text(encoding="utf-8") == row["text"], row["id"]
