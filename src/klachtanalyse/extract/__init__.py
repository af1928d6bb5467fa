"""Stage 4, extract: facts that researchers count (ruling fields, gemeente, wetsartikelen).

Public face:
    extract_metadata(ctx) -> (metadata, extra)   contract fields, plus provenance in extra
"""

from __future__ import annotations

from typing import Any


def extract_metadata(ctx) -> tuple[dict[str, Any], dict[str, Any]]:
    meta = ctx.doc.metadata
    out: dict[str, Any] = {}
    for key in ("ecli", "instantie", "datum"):
        if meta.get(key):
            out[key] = meta[key]
    return out, {}
