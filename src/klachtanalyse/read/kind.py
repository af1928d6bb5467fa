"""Which kind of document this is: uitspraak, beleid, klacht, rapport or onbekend.

The format decides where it is unambiguous (rechtspraak open data is always a ruling, CVDR
always a regulation); otherwise weighted textual cues from kind_cues.yaml are counted in the
opening of the text, where letters, rulings and regulations announce themselves. A kind
needs a clear lead over the others, else the document stays "onbekend": a wrong kind sends a
document down the wrong path (e.g. a policy check on a letter), an unknown one does not. The
one exception: a text with a few complaint-side markers and no sign of any other kind is a
complaint (chats and short notes are too short to collect more).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).with_name("kind_cues.yaml")
_FORMAT_KIND = {"rechtspraak-xml": "uitspraak", "rechtspraak-web": "uitspraak", "rechtspraak-json": "uitspraak",
                "cvdr-xml": "beleid", "gemeenteblad-xml": "beleid", "regeling-html": "beleid"}
MIN_SCORE = 3.0  # below this nothing is sure enough
MIN_LEAD = 1.25  # the winner must score this many times the runner-up
# A short note, chat or letter rarely collects 3 points, but when nothing at all speaks for a
# ruling, a regulation or a report, a text with some complaint-side markers is a complaint:
# that is the kind of document the tool reads when it is none of the other three.
KLACHT_MIN = 1.5
OTHERS_MAX = 1.0
WINDOW = 6000  # characters read from the start of the text


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[tuple[re.Pattern, float]]]:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {kind: [(re.compile(c["re"], re.I | re.M), float(c["w"])) for c in cues] for kind, cues in raw.items()}


def scores(text: str) -> dict[str, float]:
    """Cue score per kind over the opening of the text (each cue counted at most 3 times)."""
    head = text[:WINDOW]
    out = {}
    for kind, cues in _cues().items():
        total = 0.0
        for rx, w in cues:
            n = 0
            for _ in rx.finditer(head):
                n += 1
                if n == 3:
                    break
            total += w * n
        out[kind] = total
    return out


def detect_kind(text: str, fmt: str = "text", metadata: dict | None = None, n_articles: int = 0,
                article_share: float = 0.0) -> str:
    """The document kind from its format, metadata, text and its article headings (how many,
    and which share of the text the articles cover)."""
    if fmt in _FORMAT_KIND:
        return _FORMAT_KIND[fmt]
    if fmt == "tabel":
        return "onbekend"  # a data table (CSV/TSV) is not one document of any kind
    metadata = metadata or {}
    if metadata.get("ecli") and metadata.get("instantie"):
        return "uitspraak"
    s = scores(text)
    if n_articles >= 3 and article_share >= 0.4:
        s["beleid"] += 4.0  # a text built of articles is a regulation (not a ruling that quotes some)
    if fmt in ("eml", "msg"):
        s["klacht"] += 2.0  # a mail is a letter unless its text clearly says otherwise
    ranked = sorted(s.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= MIN_SCORE and top >= MIN_LEAD * second:
        return best
    if best == "klacht" and top >= KLACHT_MIN and second < OTHERS_MAX:
        return "klacht"
    return "onbekend"
