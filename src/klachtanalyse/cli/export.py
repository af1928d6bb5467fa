"""`klachtanalyse export --store DB`: the stored records, one per file, in the record shape.

Reads the store read-only and streams (memory stays flat for any store size). Sorted by
source, like `analyse` output. `--pseudonimiseer` pseudonymises at export time, with one
consistent set of placeholders over the whole export.
"""

from __future__ import annotations

import sys

from klachtanalyse.cli._io import open_output, write_jsonl
from klachtanalyse.cli.main import UsageError

help = "schrijf de records uit een store (--store DB) als JSON-regels of tabel"


def add_arguments(p) -> None:
    p.add_argument("--store", metavar="DB", required=True, help="het DuckDB-bestand van analyse --store")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.add_argument("--out", metavar="FILE", help="schrijf naar FILE in plaats van stdout")
    p.add_argument("--pseudonimiseer", action="store_true", help="vervang persoonsgegevens door [PERSOON-1] enz.")
    p.add_argument("--sleutel", metavar="FILE",
                   help="met --pseudonimiseer: schrijf de sleutel (placeholder -> origineel) naar FILE, "
                        "alleen voor bevoegde heridentificatie; bewaar hem apart van de resultaten")
    p.add_argument("--extra", action="store_true",
                   help="voeg per record 'extra' toe (herkomst van feiten, lezer, run, pipeline- en modelversie)")
    p.add_argument("--status", choices=["ok", "error"], help="alleen records met deze status")


def run(args) -> int:
    from pathlib import Path

    from klachtanalyse.store import Store, StoreError

    if not Path(args.store).exists():
        raise UsageError(f"store bestaat niet: {args.store}")
    if args.sleutel and not args.pseudonimiseer:
        raise UsageError("--sleutel hoort bij --pseudonimiseer")
    pseudonymiser = None
    if args.pseudonimiseer:
        try:
            from klachtanalyse.privacy import Pseudonymiser
        except ImportError:
            raise UsageError("--pseudonimiseer is in deze versie nog niet beschikbaar (privacy-module ontbreekt)") from None
        pseudonymiser = Pseudonymiser()
    render_table = None
    if args.format == "table":
        try:
            from klachtanalyse.extract.table import render_table
        except ImportError:
            raise UsageError("--format table is in deze versie nog niet beschikbaar; gebruik --format jsonl") from None
    try:
        store = Store(args.store, read_only=True)
    except StoreError as err:
        raise UsageError(str(err)) from None
    n = 0
    with store, open_output(args.out) as fh:
        need_text = pseudonymiser is not None  # the pseudonymiser remaps evidence in the text

        def records():
            nonlocal n
            for record in store.iter_records(include_text=need_text, status=args.status, provenance=args.extra):
                if pseudonymiser is not None and record.status == "ok":
                    record = pseudonymiser.pseudonymise_record(record)
                n += 1
                yield record

        if render_table is not None:
            render_table(records(), fh)
        else:
            for record in records():
                write_jsonl(fh, record.to_dict(include_extra=args.extra))
    print(f"klachtanalyse: {n} records uit {args.store}", file=sys.stderr)
    if args.sleutel and pseudonymiser is not None:
        from klachtanalyse.cli.analyse import _write_key

        _write_key(pseudonymiser, args.sleutel)
    return 0
