"""`klachtanalyse rapport --store DB --out rapport.html [--xlsx FILE]`: the report for readers.

One self-contained HTML file (opens without internet): summary, charts, tables and the
quoted passages per theme with their references; always pseudonymised. --xlsx also writes
the tables and every quote to an Excel workbook. Filters narrow the report to a
municipality, a period or a kind of document.
"""

from __future__ import annotations

import sys

from klachtanalyse.cli.main import UsageError

help = "schrijf het HTML-rapport (en desgewenst Excel) uit een store; altijd gepseudonimiseerd"


def add_arguments(p) -> None:
    p.add_argument("--store", metavar="DB", required=True, help="de store van `analyse --store` (of een .jsonl-export)")
    p.add_argument("--out", metavar="FILE", required=True, help="het HTML-bestand dat geschreven wordt")
    p.add_argument("--xlsx", metavar="FILE", help="schrijf ook de tabellen en alle citaten naar dit Excel-bestand")
    p.add_argument("--titel", help="titel boven het rapport")
    p.add_argument("--gemeente", action="append", metavar="NAAM", help="alleen documenten over deze gemeente (herhaalbaar)")
    p.add_argument("--kind", action="append", choices=["uitspraak", "klacht", "beleid", "rapport", "onbekend"],
                   help="alleen deze soort document (herhaalbaar)")
    p.add_argument("--vanaf", metavar="DATUM", help="alleen documenten vanaf deze datum (2021, 2021-03 of 2021-03-31)")
    p.add_argument("--tot", metavar="DATUM", help="alleen documenten tot en met deze datum")
    p.add_argument("--max-citaten", type=int, default=40, metavar="N", help="citaten per thema in het rapport (standaard 40)")


def run(args) -> int:
    import klachtanalyse as ka
    from klachtanalyse.store import StoreError

    if args.out == "-":
        raise UsageError("--out moet een bestand zijn (het rapport is HTML)")
    try:
        result = ka.open(args.store)
    except StoreError as err:
        raise UsageError(str(err)) from None
    except ValueError as err:
        raise UsageError(str(err)) from None
    try:
        if args.gemeente or args.kind or args.vanaf or args.tot:
            result = result.filter(gemeente=args.gemeente, kind=args.kind, vanaf=args.vanaf, tot=args.tot)
    except ValueError as err:
        raise UsageError(str(err)) from None
    print(f"rapport: {len(result)} documenten uit {args.store}; pseudonimiseren en schrijven...", file=sys.stderr)
    try:
        out = result.rapport(args.out, xlsx=args.xlsx, titel=args.titel, max_citaten=args.max_citaten)
    except OSError as err:
        raise UsageError(f"kan rapport niet schrijven: {err.strerror or err}") from None
    except RuntimeError as err:  # no pseudonymiser: better no report than an unsafe one
        raise UsageError(str(err)) from None
    extra = f" en {args.xlsx}" if args.xlsx else ""
    print(f"rapport geschreven: {out}{extra}", file=sys.stderr)
    return 0
