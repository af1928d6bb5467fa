"""`klachtanalyse analyse PATH...`: one record per file found, as JSON lines or a table."""

from __future__ import annotations

import sys

from klachtanalyse.cli._io import open_output, write_jsonl

help = "analyseer bestanden of mappen: thema's, feiten en bewijspassages per document"


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="bestand of map (recursief gelezen)")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.add_argument("--out", metavar="FILE", help="schrijf naar FILE in plaats van stdout")
    p.add_argument("--store", metavar="DB", help="bewaar alle records in een DuckDB-bestand")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="aantal werkprocessen")
    p.add_argument("--pseudonimiseer", action="store_true", help="vervang persoonsgegevens door [PERSOON-1] enz.")
    p.add_argument("--model", metavar="PATH", help="themamodel uit een map (standaard: meegeleverd model)")


def run(args) -> int:
    from klachtanalyse.pipeline import Options, Pipeline
    from klachtanalyse.read import discover

    files = discover(args.paths)
    pipe = Pipeline(Options(pseudonimiseer=args.pseudonimiseer, model=args.model))
    with open_output(args.out) as fh:
        for i, path in enumerate(files, 1):
            record = pipe.analyse_file(path)
            if record.status == "error":
                print(f"{path}: {record.error}", file=sys.stderr)
            write_jsonl(fh, record.to_dict())
    return 0
