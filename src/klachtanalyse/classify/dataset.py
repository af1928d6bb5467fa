"""The annotation format for themes, and loading it as a `datasets.DatasetDict`.

One JSON object per line (see docs/classify.md); the fields the classifiers use:

    {"id": "k0001", "kind": "klacht", "split": "train|dev|test",
     "text": "<the document text>",              # or "source": a path to a UTF-8 file
     "themes": ["kinderen_onzichtbaar", ...],     # document-level labels
     "grounds": ["huurachterstand", ...],         # optional
     "evidence": [{"label": "kinderen_onzichtbaar", "start": 812, "end": 851, "text": "..."}]}

Evidence may give only the quote ("text") without offsets: its first occurrence is used.

Other fields (register, written_for_project, ...) are kept but not needed. A line whose
evidence offsets do not match its text is an error: training on shifted spans would
silently teach the wrong sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from klachtanalyse.classify.taxonomy import GROUNDS, THEMES

DEFAULT_PATH = "corpora/annotaties/themas.jsonl"
# "extern": evaluation-only documents by other writers (never trained on, never tuned on).
SPLITS = ("train", "dev", "test", "extern")


class AnnotationError(ValueError):
    """An annotations file that cannot be used; the message names file, line and problem."""


@dataclass
class Annotated:
    """One annotated document."""

    id: str
    text: str
    themes: list[str]
    grounds: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    split: str = "train"
    kind: str = "klacht"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "split": self.split,
            "themes": list(self.themes),
            "grounds": list(self.grounds),
            "evidence": [
                {"label": e["label"], "start": int(e["start"]), "end": int(e["end"]), "text": e["text"]}
                for e in self.evidence
            ],
        }


def _find_root(path: Path) -> list[Path]:
    """Where a relative `source` may live: beside the file, or at the repo root above it."""
    roots = [path.parent]
    roots.extend(p for p in path.resolve().parents if (p / "corpora").is_dir())
    return roots


def read_annotations(path: str | Path = DEFAULT_PATH, strict_labels: bool = True) -> list[Annotated]:
    """Read and validate an annotations file; raises AnnotationError with a one-line reason."""
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(f"annotatiebestand niet gevonden: {path}")
    docs: list[Annotated] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise AnnotationError(f"{path}:{n}: geen geldige JSON ({err.msg})") from None
            docs.append(_parse(row, path, n, strict_labels))
            if docs[-1].id in seen:
                raise AnnotationError(f"{path}:{n}: id {docs[-1].id!r} komt twee keer voor")
            seen.add(docs[-1].id)
    if not docs:
        raise AnnotationError(f"{path}: bevat geen documenten")
    return docs


def _parse(row: dict[str, Any], path: Path, n: int, strict_labels: bool) -> Annotated:
    where = f"{path}:{n}"
    if not isinstance(row, dict) or "id" not in row:
        raise AnnotationError(f"{where}: elk document heeft een 'id' nodig")
    text = row.get("text")
    if text is None:
        src = row.get("source")
        if not src:
            raise AnnotationError(f"{where}: 'text' of 'source' ontbreekt")
        for root in _find_root(path):
            if (root / src).is_file():
                text = (root / src).read_text(encoding="utf-8")
                break
        else:
            raise AnnotationError(f"{where}: bronbestand {src} niet gevonden")
    themes = list(row.get("themes") or [])
    grounds = list(row.get("grounds") or [])
    if strict_labels:
        bad = [t for t in themes if t not in THEMES] + [g for g in grounds if g not in GROUNDS]
        if bad:
            raise AnnotationError(f"{where}: onbekend label {bad[0]!r}")
    split = row.get("split", "train")
    if split not in SPLITS:
        raise AnnotationError(f"{where}: split moet train, dev, test of extern zijn, niet {split!r}")
    evidence = []
    for ev in row.get("evidence") or []:
        if "label" not in ev:
            raise AnnotationError(f"{where}: evidence zonder 'label'")
        if "start" not in ev or "end" not in ev:  # a quote only: find it in the text
            quote = ev.get("text") or ""
            pos = text.find(quote) if quote else -1
            if pos < 0:
                raise AnnotationError(f"{where}: evidence-citaat staat niet letterlijk in de tekst")
            ev = dict(ev, start=pos, end=pos + len(quote))
        start, end = int(ev["start"]), int(ev["end"])
        if not (0 <= start < end <= len(text)):
            raise AnnotationError(f"{where}: evidence-offsets {start}-{end} buiten de tekst")
        if "text" in ev and text[start:end] != ev["text"]:
            raise AnnotationError(f"{where}: evidence-tekst klopt niet met offsets {start}-{end}")
        evidence.append({"label": ev["label"], "start": start, "end": end, "text": text[start:end]})
    extra = {k: v for k, v in row.items() if k not in {"id", "text", "themes", "grounds", "evidence", "split", "kind"}}
    return Annotated(str(row["id"]), text, themes, grounds, evidence, split, row.get("kind", "klacht"), extra)


def by_split(docs: Iterable[Annotated]) -> dict[str, list[Annotated]]:
    out: dict[str, list[Annotated]] = {s: [] for s in SPLITS}
    for d in docs:
        out[d.split].append(d)
    return out


def load_dataset(path: str | Path = DEFAULT_PATH):
    """The annotations as a `datasets.DatasetDict` with train/dev/test from the "split" field.

    Splits are by document and fixed in the file, so every model is compared on the same test.
    A split without documents is left out of the dict.
    """
    import datasets

    parts = by_split(read_annotations(path))
    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "text": datasets.Value("string"),
            "kind": datasets.Value("string"),
            "split": datasets.Value("string"),
            "themes": datasets.Sequence(datasets.Value("string")),
            "grounds": datasets.Sequence(datasets.Value("string")),
            "evidence": [
                {
                    "label": datasets.Value("string"),
                    "start": datasets.Value("int32"),
                    "end": datasets.Value("int32"),
                    "text": datasets.Value("string"),
                }
            ],
        }
    )
    return datasets.DatasetDict(
        {
            name: datasets.Dataset.from_list([d.to_row() for d in docs], features=features)
            for name, docs in parts.items()
            if docs
        }
    )


def sentence_examples(doc: Annotated, sents) -> list[tuple[int, set[str], set[str]]]:
    """(sentence index, positive themes, ignored themes) for each sentence of `doc`.

    A sentence is a positive of a theme when it overlaps a gold evidence span of that theme.
    Other sentences of a document that has the theme are left out for that theme (the
    annotators quote the shortest passage, so neighbours may still speak of it); in a
    document without the theme every sentence is a negative.
    """
    out = []
    doc_themes = set(doc.themes)
    for i, s in enumerate(sents):
        pos = {ev["label"] for ev in doc.evidence if ev["start"] < s.end and s.start < ev["end"]}
        out.append((i, pos, doc_themes - pos))
    return out
