#!/usr/bin/env python3
"""Build and check the annotated theme corpus (corpora/annotaties/themas.jsonl).

Why a script: annotators write texts and *quotes*; character offsets are computed here,
never typed by hand, and every quote that is not an exact substring of its text stops the
run with a message naming the document and the quote.

Commands (run from the repository root):

    python scripts/annotaties_check.py build      # bron/*.bron -> .txt files + themas.jsonl (+ splits.tsv)
    python scripts/annotaties_check.py check [FILE]   # validate a JSONL file, print figures
    python scripts/annotaties_check.py fill IN OUT    # add start/end to evidence that only has text

The batch source format (corpora/annotaties/bron/*.bron) is plain text, so that Dutch
texts need no escaping:

    ### k0001 | boze-mail-huurachterstand | boze e-mail | huurachterstand
    <the document text, any number of lines>
    >> kinderen_onzichtbaar: <exact quote from the text>
    >> dakloosheid: <exact quote>
    !! welzijn_kind, willekeur        (optional: themes this document is a hard negative for)

Header fields: id | file slug | register | grounds (comma separated, or '-' for none).
Optional fifth field: kind (default klacht). A line ``@@ source=PATH`` right after the header
marks real material: the text is then read from that file instead of written inline. For
real material that is not plain text (a ruling's XML or JSON), ``@@ text=PATH`` names the
text as the READ stage extracts it (kept in bron/echt/), so that the offsets are exact.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

# Label ids are fixed by the outside contract (shared/spec/taxonomy.yaml, version 1); the package
# keeps the one copy of them, so this script reads them from there.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from klachtanalyse.classify.taxonomy import GROUNDS, THEMES  # noqa: E402

KINDS: tuple[str, ...] = ("uitspraak", "klacht", "beleid", "rapport", "onbekend")
SPLITS: tuple[str, ...] = ("train", "dev", "test")
SPLIT_SHARE: dict[str, float] = {"train": 0.70, "dev": 0.15, "test": 0.15}

ROOT = Path(__file__).resolve().parents[1]
BRON_DIR = ROOT / "corpora" / "annotaties" / "bron"
JSONL = ROOT / "corpora" / "annotaties" / "themas.jsonl"
# The split is frozen here once assigned: fixing a label never moves a document to another split.
SPLITS_TSV = ROOT / "corpora" / "annotaties" / "splits.tsv"
WRITTEN_DIR = "corpora/geschreven/klachten"
# Real material that the READ stage copies byte-identically from the shared corpus.
SHARED_CORPORA = Path("/work/shared/corpora")

REQUIRED = ("id", "source", "kind", "register", "written_for_project", "split", "text", "themes", "grounds", "evidence")


class AnnotationError(Exception):
    """One problem in the annotations; the message names the document, never much text."""


@dataclass
class BronDoc:
    id: str
    slug: str
    register: str
    grounds: list[str]
    kind: str = "klacht"
    source: str | None = None
    text_file: str | None = None
    lines: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str, str]] = field(default_factory=list)  # label, quote, file:line
    hard_negatives: list[str] = field(default_factory=list)
    where: str = ""


def _split_list(value: str) -> list[str]:
    value = value.strip()
    if value in ("", "-"):
        return []
    return [v.strip() for v in value.split(",") if v.strip()]


def parse_bron(path: Path) -> list[BronDoc]:
    """Read one batch source file into documents (texts plus quotes, no offsets yet)."""
    docs: list[BronDoc] = []
    cur: BronDoc | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        where = f"{path.name}:{n}"
        if raw.startswith("### "):
            parts = [p.strip() for p in raw[4:].split("|")]
            if len(parts) not in (4, 5):
                raise AnnotationError(f"{where}: header needs 'id | slug | register | grounds [| kind]'")
            cur = BronDoc(id=parts[0], slug=parts[1], register=parts[2], grounds=_split_list(parts[3]),
                          kind=parts[4] if len(parts) == 5 else "klacht", where=where)
            docs.append(cur)
            continue
        if cur is None:
            if raw.strip() and not raw.startswith("#"):
                raise AnnotationError(f"{where}: text before the first '### ' header")
            continue
        if raw.startswith(">> "):
            label, sep, quote = raw[3:].partition(":")
            if not sep or not quote.strip():
                raise AnnotationError(f"{where}: evidence line needs '>> label: quote'")
            cur.quotes.append((label.strip(), quote.strip(), where))
        elif raw.startswith("!! "):
            cur.hard_negatives.extend(_split_list(raw[3:]))
        elif raw.startswith("@@ source="):
            cur.source = raw[len("@@ source="):].strip()
        elif raw.startswith("@@ text="):
            cur.text_file = raw[len("@@ text="):].strip()
        else:
            if cur.quotes or cur.hard_negatives or cur.source:
                if raw.strip() and not raw.startswith("#"):  # comments may follow a document
                    raise AnnotationError(f"{where}: text after the evidence lines of {cur.id}")
                continue
            cur.lines.append(raw)
    return docs


def find_span(text: str, quote: str, what: str) -> tuple[int, int]:
    """Offsets of the one occurrence of ``quote`` in ``text``; loud failure otherwise.

    ``what`` names the evidence (document id, label, source line). Messages never repeat
    the quote itself: annotation files may hold real, personal text.
    """
    start = text.find(quote)
    if start < 0:
        raise AnnotationError(f"{what}: quote ({len(quote)} characters) is not an exact substring of the text")
    if text.find(quote, start + 1) >= 0:
        raise AnnotationError(f"{what}: quote occurs more than once, make it longer")
    return start, start + len(quote)


def _real_text(source: str) -> str:
    """Text of real material: the repo copy if present, else the shared corpus original."""
    local = ROOT / source
    if local.exists():
        return local.read_bytes().decode("utf-8")
    rel = source.split("corpora/", 1)[1]
    shared = SHARED_CORPORA / rel
    if shared.exists():
        return shared.read_bytes().decode("utf-8")
    raise AnnotationError(f"real document not found: {source}")


def bron_to_record(d: BronDoc) -> dict[str, Any]:
    """One JSONL record (without split) from a parsed source document."""
    if d.source and d.text_file:
        # real material whose plain text the READ stage extracts (e.g. a ruling's XML/JSON):
        # the extracted text is kept beside the sources, so offsets stay exact
        text = (ROOT / d.text_file).read_bytes().decode("utf-8")
        source, written = d.source, False
    elif d.source:
        text = _real_text(d.source)
        source, written = d.source, False
    else:
        body = "\n".join(d.lines).strip("\n")
        if not body.strip():
            raise AnnotationError(f"{d.id}: empty text")
        text = body + "\n"
        source, written = f"{WRITTEN_DIR}/{d.id}-{d.slug}.txt", True
    evidence = []
    themes: list[str] = []
    for label, quote, where in d.quotes:
        start, end = find_span(text, quote, f"{d.id} ({label}, {where})")
        evidence.append({"label": label, "text": quote, "start": start, "end": end})
        if label not in themes:
            themes.append(label)
    themes.sort(key=THEMES.index if all(t in THEMES for t in themes) else str)
    rec: dict[str, Any] = {
        "id": d.id, "source": source, "kind": d.kind, "register": d.register,
        "written_for_project": written, "split": None, "text": text,
        "themes": themes, "grounds": d.grounds, "evidence": evidence,
    }
    if d.hard_negatives:
        rec["hard_negative_for"] = d.hard_negatives
    return rec


def assign_splits(records: list[dict[str, Any]], fixed: dict[str, str] | None = None) -> None:
    """Deterministic, stratified split by document; frozen documents keep their split.

    Documents are visited in id order. A document listed in ``fixed`` keeps that split;
    any other goes to the split where its rarest theme lags most behind the target share
    (70/15/15) among the documents seen so far (ties: the other themes, then the number of
    documents, then a hash of the id). A document's split thus depends only on documents
    with a smaller id, and, once frozen in splits.tsv, on nothing at all: neither appended
    batches nor corrected labels move it.
    """
    fixed = fixed or {}
    counts = {s: Counter() for s in SPLITS}
    docs = Counter()
    seen = Counter()
    for rec in sorted(records, key=lambda r: r["id"]):
        labels = rec["themes"] or ["<geen>"]
        seen.update(labels)
        n_seen = sum(docs.values()) + 1
        if rec["id"] in fixed:
            best = fixed[rec["id"]]
        else:
            # iterative stratification: serve the rarest label of this document first
            rarest = min(labels, key=lambda t: (seen[t], t))

            def key(s: str) -> tuple[float, float, float, int]:
                share = SPLIT_SHARE[s]
                first = share * seen[rarest] - counts[s][rarest]
                rest = sum(share * seen[t] - counts[s][t] for t in labels)
                doc = share * n_seen - docs[s]
                tie = int(hashlib.sha256(f"{rec['id']}:{s}".encode()).hexdigest()[:8], 16)
                return (round(first, 6), round(rest, 6), round(doc, 6), tie)

            best = max(SPLITS, key=key)
        rec["split"] = best
        counts[best].update(labels)
        docs[best] += 1


def read_splits(path: Path = SPLITS_TSV) -> dict[str, str]:
    """The frozen split per document id (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            doc_id, split = line.split("\t")
            if split not in SPLITS:
                raise AnnotationError(f"{path.name}: unknown split {split!r} for {doc_id}")
            out[doc_id] = split
    return out


def write_splits(records: list[dict[str, Any]], path: Path = SPLITS_TSV) -> None:
    rows = ["id\tsplit"] + [f"{r['id']}\t{r['split']}" for r in sorted(records, key=lambda r: r["id"])]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def validate(records: list[dict[str, Any]], root: Path | None = ROOT, fill: bool = False) -> list[str]:
    """Every problem in ``records`` as one line each (empty list: valid).

    With ``fill`` evidence without offsets gets them from its quote (the quote must occur
    exactly once).
    """
    problems: list[str] = []
    ids: set[str] = set()
    for i, rec in enumerate(records, start=1):
        rid = rec.get("id", f"<regel {i}>")
        missing = [k for k in REQUIRED if k not in rec]
        if missing:
            problems.append(f"{rid}: missing fields {missing}")
            continue
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        ids.add(rid)
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{rid}: empty text")
            continue
        if "\r" in text or text.startswith("\ufeff"):
            problems.append(f"{rid}: text has '\\r' or a BOM")
        if rec["kind"] not in KINDS:
            problems.append(f"{rid}: unknown kind {rec['kind']!r}")
        if rec["split"] not in SPLITS + ("extern",):  # extern: evaluation texts by other hands
            problems.append(f"{rid}: split must be one of {SPLITS + ('extern',)}")
        for t in rec["themes"]:
            if t not in THEMES:
                problems.append(f"{rid}: unknown theme {t!r}")
        if len(set(rec["themes"])) != len(rec["themes"]):
            problems.append(f"{rid}: theme listed twice")
        for g in rec["grounds"]:
            if g not in GROUNDS:
                problems.append(f"{rid}: unknown ground {g!r}")
        for t in rec.get("hard_negative_for", []):
            if t not in THEMES:
                problems.append(f"{rid}: unknown theme in hard_negative_for {t!r}")
            elif t in rec["themes"]:
                problems.append(f"{rid}: {t} is both a theme and a hard negative")
        covered = set()
        for n_ev, ev in enumerate(rec["evidence"], start=1):
            label, quote = ev.get("label"), ev.get("text")
            if label not in rec["themes"]:
                problems.append(f"{rid}: evidence for {label!r}, which is not in themes")
            if not quote:
                problems.append(f"{rid}: evidence without text")
                continue
            if fill and ("start" not in ev or "end" not in ev):
                try:
                    ev["start"], ev["end"] = find_span(text, quote, f"{rid} (evidence {n_ev}, {label})")
                except AnnotationError as exc:
                    problems.append(str(exc))
                    continue
            start, end = ev.get("start"), ev.get("end")
            if not isinstance(start, int) or not isinstance(end, int):
                problems.append(f"{rid}: evidence without integer start/end (use 'fill')")
                continue
            if text[start:end] != quote:
                where = text.find(quote)
                hint = f" (the quote is at {where})" if where >= 0 else " (the quote is not in the text)"
                problems.append(f"{rid}: evidence {n_ev} ({label}): text[{start}:{end}] != evidence text{hint}")
            covered.add(label)
        for t in rec["themes"]:
            if t not in covered:
                problems.append(f"{rid}: theme {t} has no evidence span")
        if root is not None:
            path = root / rec["source"]
            if rec["written_for_project"]:
                if not path.exists():
                    problems.append(f"{rid}: source file missing: {rec['source']}")
                elif path.read_bytes() != text.encode("utf-8"):
                    problems.append(f"{rid}: text differs from the bytes of {rec['source']}")
    return problems


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise AnnotationError(f"{path.name}:{n}: not valid JSON ({exc.msg})") from None
    return records


def stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures for the README and the tests: positives per theme per split, registers, lengths."""
    splits = list(SPLITS) + sorted({r["split"] for r in records} - set(SPLITS))  # extern files too
    per = {s: Counter() for s in splits}
    for r in records:
        per[r["split"]].update(r["themes"])
    words = sorted(len(r["text"].split()) for r in records)
    hard = sum(1 for r in records if r.get("hard_negative_for"))
    return {
        "documents": len(records),
        "per_split": {s: sum(1 for r in records if r["split"] == s) for s in splits},
        "positives": {t: {s: per[s][t] for s in splits} for t in THEMES},
        "grounds": dict(Counter(g for r in records for g in r["grounds"])),
        "no_theme": sum(1 for r in records if not r["themes"]),
        "hard_negative_docs": hard,
        "hard_negative_share": round(hard / max(len(records), 1), 3),
        "registers": dict(Counter(r["register"] for r in records).most_common()),
        "words_min_median_max": (words[0], words[len(words) // 2], words[-1]) if words else None,
        "themes_per_doc_mean": round(sum(len(r["themes"]) for r in records) / max(len(records), 1), 2),
    }


def as_datasets(path: Path = JSONL):
    """The corpus as a ``datasets.DatasetDict`` with the fixed train/dev/test split."""
    from datasets import Dataset, DatasetDict

    records = read_jsonl(path)
    cols = ("id", "source", "kind", "register", "text", "themes", "grounds")
    out = {}
    for s in SPLITS:
        rows = [r for r in records if r["split"] == s]
        data = {c: [r[c] for r in rows] for c in cols}
        data["evidence"] = [[{"label": e["label"], "text": e["text"], "start": e["start"], "end": e["end"]}
                             for e in r["evidence"]] for r in rows]
        out[s] = Dataset.from_dict(data)
    return DatasetDict(out)


def build(bron_dir: Path = BRON_DIR, out: Path = JSONL, resplit: bool = False) -> list[dict[str, Any]]:
    """Turn every batch source into .txt files and one JSONL; stop at the first bad quote."""
    records: list[dict[str, Any]] = []
    for path in sorted(bron_dir.glob("*.bron")):
        for d in parse_bron(path):
            for label, _, _ in d.quotes:
                if label not in THEMES:
                    raise AnnotationError(f"{d.where} ({d.id}): unknown theme {label!r}")
            for g in d.grounds:
                if g not in GROUNDS:
                    raise AnnotationError(f"{d.where} ({d.id}): unknown ground {g!r}")
            records.append(bron_to_record(d))
    ids = Counter(r["id"] for r in records)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        raise AnnotationError(f"duplicate ids: {dup}")
    assign_splits(records, fixed={} if resplit else read_splits())
    write_splits(records)
    records.sort(key=lambda r: r["id"])
    written = ROOT / WRITTEN_DIR
    written.mkdir(parents=True, exist_ok=True)
    keep = set()
    for r in records:
        if r["written_for_project"]:
            p = ROOT / r["source"]
            keep.add(p.name)
            p.write_bytes(r["text"].encode("utf-8"))
    for p in written.glob("*.txt"):
        if p.name not in keep:
            p.unlink()  # a renamed slug must not leave an orphan behind
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="bron/*.bron -> corpora/geschreven/klachten/*.txt + themas.jsonl")
    b.add_argument("--resplit", action="store_true",
                   help="recompute every split instead of keeping the frozen ones in splits.tsv")
    c = sub.add_parser("check", help="validate a JSONL annotation file and print figures")
    c.add_argument("file", nargs="?", default=str(JSONL))
    f = sub.add_parser("fill", help="compute start/end from quotes")
    f.add_argument("infile")
    f.add_argument("outfile")
    args = ap.parse_args(list(argv) if argv is not None else None)
    try:
        if args.cmd == "build":
            records = build(resplit=args.resplit)
            problems = validate(records)
        elif args.cmd == "check":
            records = read_jsonl(Path(args.file))
            problems = validate(records)
        else:
            records = read_jsonl(Path(args.infile))
            for r in records:
                r.setdefault("split", "train")
            problems = validate(records, root=None, fill=True)
            if not problems:
                with open(args.outfile, "w", encoding="utf-8", newline="\n") as fh:
                    for r in records:
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    except AnnotationError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 1
    for p in problems:
        print(f"fout: {p}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} fout(en) gevonden", file=sys.stderr)
        return 1
    print(json.dumps(stats(records), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
