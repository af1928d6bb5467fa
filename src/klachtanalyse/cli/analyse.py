"""`klachtanalyse analyse PATH...`: one record per file found, as JSON lines or a table.

With `--store DB` the run is incremental and resumable (see docs/batch.md): unchanged files
come from the store, new and changed ones are analysed, by `-j N` worker processes or on a
Dask cluster (`--engine dask`). Records go to stdout or --out in file order; progress and
warnings to stderr.
"""

from __future__ import annotations

import sys

from klachtanalyse.cli._io import open_output, write_jsonl
from klachtanalyse.cli.main import UsageError

help = "analyseer bestanden of mappen: thema's, feiten en bewijspassages per document"


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="bestand of map (recursief gelezen)")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.add_argument("--out", metavar="FILE", help="schrijf naar FILE in plaats van stdout")
    p.add_argument("--store", metavar="DB", help="bewaar alle records in een DuckDB-bestand; "
                   "een volgende run doet alleen nieuwe en gewijzigde bestanden")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="aantal werkprocessen (standaard 1)")
    p.add_argument("--pseudonimiseer", action="store_true", help="vervang persoonsgegevens door [PERSOON-1] enz.")
    p.add_argument("--sleutel", metavar="FILE",
                   help="met --pseudonimiseer: schrijf de sleutel (placeholder -> origineel) naar FILE, "
                        "alleen voor bevoegde heridentificatie; bewaar hem apart van de resultaten")
    p.add_argument("--model", metavar="PATH", help="themamodel uit een map (standaard: meegeleverd model)")
    p.add_argument("--alle-huishoudens", action="store_true",
                   help="thema's ook voor huishoudens zonder kinderen (standaard: een tekst die zegt dat er "
                        "geen kinderen zijn krijgt geen thema's; docs/classify.md)")
    p.add_argument("--engine", choices=["processes", "dask"], default="processes",
                   help="processes: -j N processen op deze machine; dask: een Dask-cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="adres van de Dask-scheduler (tcp://host:8786); zonder: een lokaal cluster met -j workers")
    p.add_argument("--send", choices=["auto", "paths", "bytes"], default="auto",
                   help="Dask: stuur de workers paden (gedeelde schijf) of de bytes van elk bestand "
                        "(standaard: paden lokaal, bytes naar een --scheduler)")
    p.add_argument("--alleen-store", action="store_true",
                   help="schrijf geen records naar stdout/--out, alleen naar --store (wekelijkse run)")
    p.add_argument("--geen-voortgang", action="store_true", help="geen voortgangsbalk op stderr")


def run(args) -> int:
    from klachtanalyse.pipeline import Options
    from klachtanalyse.read import discover
    from klachtanalyse.store import StoreError
    from klachtanalyse.store.engines import BatchError
    from klachtanalyse.store.runner import BatchRun

    if args.jobs < 1:
        raise UsageError("-j moet minstens 1 zijn")
    if args.alleen_store and not args.store:
        raise UsageError("--alleen-store vraagt --store DB")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler hoort bij --engine dask")
    render_table = None
    if args.format == "table" and not args.alleen_store:
        try:
            from klachtanalyse.extract.table import render_table
        except ImportError:
            raise UsageError("--format table is in deze versie nog niet beschikbaar; gebruik --format jsonl") from None

    if args.sleutel and not args.pseudonimiseer:
        raise UsageError("--sleutel hoort bij --pseudonimiseer")
    files = discover(args.paths)
    options = Options(pseudonimiseer=args.pseudonimiseer, model=args.model, alle_huishoudens=args.alle_huishoudens,
                      keep_text=bool(args.store) or args.format == "table" or args.pseudonimiseer)
    run_args = {
        "paths": list(args.paths), "format": args.format, "out": args.out, "store": args.store,
        "jobs": args.jobs, "engine": args.engine, "scheduler": args.scheduler, "send": args.send,
        "pseudonimiseer": args.pseudonimiseer, "model": args.model, "alle_huishoudens": args.alle_huishoudens,
    }
    try:
        batch = BatchRun(files, options=options, store=args.store, jobs=args.jobs, engine=args.engine,
                         scheduler=args.scheduler, send=args.send, emit_skipped=not args.alleen_store,
                         stored_text=False,  # JSON lines and the table show no text
                         progress=not args.geen_voortgang, args=run_args)
    except BatchError as err:
        raise UsageError(str(err)) from None
    try:
        if args.alleen_store:
            for _ in batch.records():
                pass
        else:
            with open_output(args.out) as fh:
                if render_table is not None:
                    render_table(batch.records(), fh)
                else:
                    for record in batch.records():
                        write_jsonl(fh, record.to_dict())
    except StoreError as err:
        raise UsageError(str(err)) from None
    except BatchError as err:  # an engine that cannot start (no Dask, unreachable scheduler)
        raise UsageError(str(err)) from None
    if args.sleutel and batch.pseudonymiser is not None:
        _write_key(batch.pseudonymiser, args.sleutel)
    print(f"klachtanalyse: {batch.summary()}", file=sys.stderr)
    return 0


def _write_key(pseudonymiser, path: str) -> None:
    """The re-identification key, written only because the user asked for it."""
    try:
        pseudonymiser.write_key(path)
    except OSError as err:
        raise UsageError(f"kan de sleutel niet schrijven naar {path}: {err.strerror}") from None
    print(f"klachtanalyse: sleutel voor heridentificatie geschreven naar {path} (bewaar apart)", file=sys.stderr)
