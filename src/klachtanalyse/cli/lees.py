"""`klachtanalyse lees FILE`: show a person what the reader made of a file.

Prints the metadata the reader found, any warnings, an outline of the structure (sections,
articles, the decision, pages, attachments) and then the text with markers such as
"[sectie: De beoordeling]" where each part begins. `--json` gives the same as one JSON
object (text, metadata, segments with offsets, attachments) for tools.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from klachtanalyse.cli.main import UsageError

help = "lees een bestand en toon de tekst met structuur en metadata (of waarom het niet lukt)"

_MARK = {"section": "sectie", "article": "artikel", "beslissing": "beslissing", "page": "pagina",
         "attachment": "bijlage", "inhoudsindicatie": "inhoudsindicatie", "header": "kop"}
_NAMES = {"section": "secties", "paragraph": "genummerde alinea's", "article": "artikelen", "page": "pagina's",
          "beslissing": "beslissing", "attachment": "bijlagen", "inhoudsindicatie": "inhoudsindicatie",
          "header": "kopblok", "heading": "kopjes"}


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", help="het bestand om te lezen")
    p.add_argument("--json", action="store_true", help="alles als één JSON-object (voor scripts)")
    p.add_argument("--pdf-engine", choices=["auto", "pypdfium2", "pdfplumber"], default="auto",
                   help="PDF-lezer: pypdfium2 (snel, standaard) of pdfplumber (let op kolommen en tabellen)")
    p.add_argument("--geen-ocr", action="store_true", help="geen tekstherkenning voor gescande pagina's")
    p.add_argument("--alleen-structuur", action="store_true", help="toon metadata en structuur, niet de tekst")


def _doc_json(doc) -> dict:
    return {
        "id": doc.id, "source": doc.source, "kind": doc.kind, "format": doc.format,
        "metadata": doc.metadata, "warnings": doc.warnings,
        "segments": [{"kind": s.kind, "start": s.start, "end": s.end, "label": s.label} for s in doc.segments],
        "attachments": [{"id": a.id, "source": a.source, "kind": a.kind, "format": a.format,
                         "offset_in_parent": a.offset_in_parent, "length": len(a.text)} for a in doc.attachments],
        "source_offsets": bool(doc.source_offsets),
        "text": doc.text,
    }


def _marked_text(doc) -> str:
    marks: dict[int, list[str]] = {}
    for s in sorted(doc.segments, key=lambda s: (s.start, -s.end)):
        name = _MARK.get(s.kind)
        if name:
            label = f": {s.label}" if s.label and s.kind != "page" else (f" {s.label}" if s.label else "")
            marks.setdefault(s.start, []).append(f"[{name}{label}]")
    out, last = [], 0
    for pos in sorted(marks):
        out.append(doc.text[last:pos])
        out.append(" ".join(marks[pos]) + "\n")
        last = pos
    out.append(doc.text[last:])
    return "".join(out)


def run(args) -> int:
    from pathlib import Path

    from klachtanalyse.read import ReadError, read_file

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"geen bestand: {path}")
    try:
        doc = read_file(path, pdf_engine=args.pdf_engine, ocr=not args.geen_ocr)
    except ReadError as err:
        print(f"{path}: {err}", file=sys.stderr)
        return 1
    except Exception as err:  # a reader bug: one line, no document text
        print(f"{path}: kon niet gelezen worden (onverwachte fout: {type(err).__name__})", file=sys.stderr)
        return 1
    if args.json:
        json.dump(_doc_json(doc), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    w = sys.stdout.write
    w(f"bestand   {doc.source}\nid        {doc.id}\nsoort     {doc.kind}\nformaat   {doc.format}\n")
    w(f"tekst     {len(doc.text)} tekens\n")
    for key, value in doc.metadata.items():
        if value in (None, [], ""):
            continue
        if isinstance(value, list):
            value = "; ".join(map(str, value))
        value = " ".join(str(value).split())
        w(f"  {key}: {value[:200] + ('…' if len(value) > 200 else '')}\n")
    for warning in doc.warnings:
        w(f"let op    {warning}\n")
    counts = Counter(s.kind for s in doc.segments)
    if counts:
        w("structuur " + ", ".join(f"{n} {_NAMES.get(k, k)}" for k, n in counts.items()) + "\n")
    for s in sorted(doc.segments, key=lambda s: s.start):
        if s.kind in ("section", "article", "beslissing", "attachment", "inhoudsindicatie"):
            w(f"  {_MARK[s.kind]:<16} {s.start:>7}-{s.end:<7} {s.label or ''}\n")
    for a in doc.attachments:
        w(f"bijlage   {Path(a.source).name if '#' not in a.source else a.source.split('#', 1)[1]}: "
          f"{a.kind}, {a.format}, {len(a.text)} tekens vanaf positie {a.offset_in_parent}\n")
    if not args.alleen_structuur:
        w("\n" + _marked_text(doc) + "\n")
    return 0
