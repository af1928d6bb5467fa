"""`klachtanalyse COMMAND ...`: dispatches to one module per command.

Each command module has `help`, `add_arguments(parser)` and `run(args) -> int`. Exit status
0 means the run completed (files may still have error records); 2 means the run itself
could not happen (bad arguments, unwritable output).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from klachtanalyse.version import PIPELINE_VERSION, __version__

COMMANDS = ["analyse", "export", "rapport", "toets", "lees", "train", "evaluate", "download"]


class UsageError(Exception):
    """The run cannot happen (bad arguments, unwritable output): exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="klachtanalyse",
        description="Analyse Nederlandse uitspraken, klachten en beleid over ontruimingen van gezinnen.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (pipeline {PIPELINE_VERSION})")
    parser.add_argument("-v", "--verbose", action="store_true", help="meer meldingen op stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"klachtanalyse.cli.{name}")
        p = sub.add_parser(name, help=module.help, description=module.help)
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="klachtanalyse: %(message)s",
        stream=sys.stderr,
    )
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._module.run(args) or 0)
    except UsageError as err:
        print(f"klachtanalyse {args.command}: {err}", file=sys.stderr)
        return 2
    except FileNotFoundError as err:
        print(f"klachtanalyse {args.command}: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("klachtanalyse: onderbroken", file=sys.stderr)
        return 130
