"""Stage 1, read: files in, `Document`s out (text, structure, provenance) or a one-line error.

Public face:
    discover(paths) -> list[Path]      every file under the given files/folders, sorted
    read_file(path) -> Document        raises ReadError with a one-line reason
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from klachtanalyse.document import Document, sha256_id


class ReadError(Exception):
    """A file that cannot be read; str(err) is the one-line reason shown to the user."""


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """All files under `paths` (files as given, folders recursively), sorted, hidden files skipped."""
    found: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in p.rglob("*"):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    found.add(f)
        elif p.exists():
            found.add(p)
        else:
            raise FileNotFoundError(f"bestaat niet: {p}")
    return sorted(found, key=lambda f: str(f))


def read_file(path: str | Path) -> Document:
    """Read one file into a Document."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise ReadError("leeg bestand")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return Document(id=sha256_id(data), source=str(path), text=text, format="text")
