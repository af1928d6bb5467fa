"""Run the check on files: read each, judge it, give the contract's result shape."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Iterator

from klachtanalyse.document import Document
from klachtanalyse.policy.toets import toets_document

log = logging.getLogger(__name__)


def gemeente_of(doc: Document) -> list[str]:
    """The municipality a policy belongs to: reader metadata first, else the opening lines."""
    meta = doc.metadata.get("gemeente")
    if meta:
        return [meta] if isinstance(meta, str) else list(meta)
    from klachtanalyse.language import find_gemeenten

    head = doc.text[:1500]
    names: list[str] = []
    for m in find_gemeenten(head):
        value = m.value if isinstance(m.value, str) else None
        if value and value not in names:
            names.append(value)
    return names[:1]


def toets_document_result(doc: Document) -> dict[str, Any]:
    results = toets_document(doc)
    titel = doc.metadata.get("titel")
    if not titel:
        lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
        titel = next((ln for ln in lines if not ln.startswith("Voorbeeldtekst")), None)
    return {
        "source": doc.source,
        "status": "ok",
        "error": None,
        "kind": doc.kind,
        "gemeente": gemeente_of(doc),
        "titel": titel,
        "requirements": [r.to_dict() for r in results],
    }


def toets_file(path: str | Path) -> dict[str, Any]:
    """One result per file; a file that cannot be read gives status "error" and a one-line reason."""
    from klachtanalyse.read import ReadError, read_file

    try:
        doc = read_file(path)
    except ReadError as err:
        return {"source": str(path), "status": "error", "error": str(err), "requirements": []}
    except Exception as err:  # a reader bug must not stop the run
        return {"source": str(path), "status": "error",
                "error": f"kon niet gelezen worden: {type(err).__name__}", "requirements": []}
    if doc.kind not in ("beleid", "onbekend"):
        log.warning("%s: lijkt geen beleidsdocument (soort: %s); toch getoetst", path, doc.kind)
    return toets_document_result(doc)


def toets_paths(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    from klachtanalyse.read import discover

    for path in discover(paths):
        yield toets_file(path)
