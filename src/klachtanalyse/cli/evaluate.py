"""`klachtanalyse evaluate`: precision, recall and F1 per theme against gold annotations,
rules-only and the model side by side (docs/classify.md)."""

from __future__ import annotations

import json
import sys

from klachtanalyse.cli.main import UsageError

help = "meet een themamodel tegen gouden annotaties (P/R/F1 per thema, micro, macro, evidence, grond)"


def add_arguments(p) -> None:
    p.add_argument("--gold", required=True, help="annotatiebestand (JSONL, zie docs/classify.md)")
    p.add_argument("--model", action="append",
                   help="modelmap; meermaals te geven; 'rules' = alleen regels; standaard: regels en het meegeleverde model")
    p.add_argument("--split", default="test", choices=["train", "dev", "test", "extern", "alle"], help="welke split (standaard test)")
    p.add_argument("--json", dest="as_json", action="store_true", help="cijfers als JSON op stdout")
    p.add_argument("--alle-huishoudens", action="store_true",
                   help="thema's ook voor huishoudens zonder kinderen (de lezing van richtlijn 2.7, waarmee "
                        "corpora/annotaties/themas*.jsonl geannoteerd zijn); standaard de gezinslezing")
    p.add_argument("--fouten", action="store_true", help="toon per document de gemiste en onterechte thema's (stderr)")


def run(args) -> int:
    from klachtanalyse.classify import load_classifier
    from klachtanalyse.classify.dataset import AnnotationError, read_annotations
    from klachtanalyse.classify.evaluation import evaluate, format_reports
    from klachtanalyse.classify.model import ModelError

    try:
        docs = read_annotations(args.gold)
    except AnnotationError as err:
        raise UsageError(str(err)) from None
    if args.split != "alle":
        docs = [d for d in docs if d.split == args.split]
    if not docs:
        raise UsageError(f"geen documenten met split {args.split} in {args.gold}")
    models = args.model or ["rules", None]
    reports = {}
    for m in models:
        try:
            clf = load_classifier(m, alle_huishoudens=args.alle_huishoudens)
        except ModelError as err:
            raise UsageError(str(err)) from None
        label = "regels" if m == "rules" else (f"{clf.name} v{clf.version}" if m is None else str(m))
        print(f"evaluate: {label} op {len(docs)} documenten ({args.split})", file=sys.stderr, flush=True)
        reports[label] = evaluate(clf, docs)
        if args.fouten:
            for doc_id, theme, kind in reports[label].errors:
                print(f"  {label}: {doc_id} {theme} {'onterecht' if kind == 'fp' else 'gemist'}", file=sys.stderr)
    if args.as_json:
        print(json.dumps({k: r.as_dict() for k, r in reports.items()}, indent=1))
    else:
        print(format_reports(reports))
    return 0
