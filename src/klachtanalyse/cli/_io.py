"""Output helpers shared by commands: open --out or stdout, write JSON lines."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import IO, Iterator

from klachtanalyse.cli.main import UsageError


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """--out FILE or standard output; an unwritable FILE is a UsageError (exit 2)."""
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "w", encoding="utf-8")
    except OSError as err:
        raise UsageError(f"kan niet schrijven naar {path}: {err.strerror}") from None
    with fh:
        yield fh


def write_jsonl(fh: IO[str], obj: dict) -> None:
    fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    fh.flush()
