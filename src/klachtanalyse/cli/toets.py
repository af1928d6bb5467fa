"""`klachtanalyse toets PATH...`: check municipal policies against seven rights requirements."""

from __future__ import annotations

import json
import sys

from klachtanalyse.cli._io import open_output
from klachtanalyse.cli.main import UsageError

help = "toets gemeentelijk beleid op zeven vereisten uit mensen- en kinderrechten"


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="regeling(en): bestand of map (CVDR XML/HTML, PDF, DOCX, tekst)")
    p.add_argument("--format", choices=["json", "html"], default="json",
                   help="json: één resultaat per regel (JSON lines); html: leesbaar rapport met vergelijkingstabel")
    p.add_argument("--out", metavar="FILE", help="schrijf naar FILE in plaats van stdout")
    p.add_argument("--gold", metavar="FILE", help="meet de toets tegen geannoteerd beleid (JSONL) in plaats van te toetsen")
    p.add_argument("--split", default="test", help="met --gold: dev, test of all (standaard test)")


def run(args) -> int:
    from klachtanalyse.policy import evaluate, render_html, toets_paths
    from klachtanalyse.policy.evaluate import format_report

    if args.gold:
        with open_output(args.out) as fh:
            fh.write(format_report(evaluate(args.gold, args.split)) + "\n")
        return 0
    if not args.paths:
        raise UsageError("geef een of meer bestanden of mappen met beleid (of --gold FILE)")
    results = []
    with open_output(args.out) as fh:
        for res in toets_paths(args.paths):
            if res["status"] == "error":
                print(f"{res['source']}: {res['error']}", file=sys.stderr)
            if args.format == "json":
                fh.write(json.dumps(res, ensure_ascii=False) + "\n")
                fh.flush()
            else:
                results.append(res)
        if args.format == "html":
            fh.write(render_html(results))
    return 0
