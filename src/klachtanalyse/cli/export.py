"""`klachtanalyse export`: see the README."""

from __future__ import annotations

from klachtanalyse.cli.main import UsageError

help = "export (nog niet beschikbaar)"


def add_arguments(p) -> None:
    p.add_argument("rest", nargs="*")


def run(args) -> int:
    raise UsageError("dit commando is nog niet gebouwd")
