"""A ruling saved from the rechtspraak.nl website (as text, or via the HTML reader).

The page starts with a header block of labels and values ("Instantie", "Datum uitspraak",
"Zaaknummer", "Rechtsgebieden", "Bijzondere kenmerken", "Inhoudsindicatie", "Vindplaatsen"),
either a label on its own line with the value below, or "Label: value" / "Label<TAB>value"
on one line; then "Uitspraak" (or "Conclusie") and the ruling. We read the header into
metadata and segments and leave the text exactly as it is.
"""

from __future__ import annotations

import re

from klachtanalyse.document import Document, Segment
from klachtanalyse.read import structure
from klachtanalyse.read.dates import parse_date

_LABELS = {
    "instantie": "instantie",
    "datum uitspraak": "datum",
    "uitspraakdatum": "datum",
    "datum publicatie": "datum_publicatie",
    "publicatiedatum": "datum_publicatie",
    "zaaknummer": "zaaknummers",
    "zaaknummers": "zaaknummers",
    "zaaknr": "zaaknummers",
    "formele relaties": "relaties",
    "rechtsgebied": "rechtsgebieden",
    "rechtsgebieden": "rechtsgebieden",
    "bijzondere kenmerken": "procedure",
    "procedure": "procedure",
    "inhoudsindicatie": "inhoudsindicatie",
    "vindplaatsen": "vindplaatsen",
    "wetsverwijzingen": "wetsverwijzingen",
    "wetsverwijzing": "wetsverwijzingen",
    "zittingsplaats": "zittingsplaats",
}
_LABEL_RX = re.compile(r"^(" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True)) + r")\b\s*[:\t]?\s*(.*)$", re.I)
_BODY_RX = re.compile(r"^(uitspraak|conclusie)\s*$", re.I)
_ECLI_RX = re.compile(r"\bECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+")
HEAD_WINDOW = 6000


def looks_like_web_ruling(text: str) -> bool:
    head = text[:HEAD_WINDOW]
    found = set()
    for a, b in structure.lines(head):
        m = _LABEL_RX.match(head[a:b])
        if m and len(head[a:b]) < 400:
            found.add(_LABELS[m.group(1).lower()])
    return len(found) >= 3 and bool(found & {"instantie", "datum"})


def _split_list(value: str, seps: str) -> list[str]:
    return [v.strip() for v in re.split(seps, value) if v.strip()]


def annotate(doc: Document, fmt: str = "rechtspraak-web") -> None:
    """Fill metadata and segments of a rechtspraak.nl page; `doc.text` is not changed."""
    text = doc.text
    spans = structure.lines(text)
    fields: dict[str, list[tuple[int, int]]] = {}
    current: str | None = None
    header_start = spans[0][0] if spans else 0
    body_start = None
    header_end = 0
    for a, b in spans:
        line = text[a:b]
        if a > HEAD_WINDOW * 4:
            break
        if _BODY_RX.match(line) and fields:
            body_start = b
            break
        m = _LABEL_RX.match(line)
        if m and len(line) < 400 and (current != "inhoudsindicatie" or _LABELS[m.group(1).lower()] != "inhoudsindicatie"):
            current = _LABELS[m.group(1).lower()]
            fields.setdefault(current, [])
            if m.group(2).strip():
                vs = a + m.start(2)
                fields[current].append((vs, b))
            header_end = b
            continue
        if current:
            fields[current].append((a, b))
            header_end = b
        elif _ECLI_RX.search(line):
            doc.metadata.setdefault("ecli", _ECLI_RX.search(line).group(0))
    doc.format = fmt

    def val(key: str) -> str:
        return " ".join(text[a:b] for a, b in fields.get(key, []))

    ecli = _ECLI_RX.search(text[:HEAD_WINDOW])
    md = doc.metadata
    if ecli:
        md["ecli"] = ecli.group(0)
        doc.id = md["ecli"]
    if val("instantie"):
        md["instantie"] = val("instantie").strip()
    for key in ("datum", "datum_publicatie"):
        if val(key):
            md[key] = parse_date(val(key))
    if val("zaaknummers"):
        md["zaaknummers"] = _split_list(val("zaaknummers"), r"\s*[;,]\s+|\s*;\s*")
    if val("rechtsgebieden"):
        md["rechtsgebieden"] = _split_list(val("rechtsgebieden"), r"[;,]")
    if val("procedure"):
        md["procedure"] = _split_list(val("procedure"), r"[;,]")
    if val("wetsverwijzingen"):
        md["wetsverwijzingen"] = [text[a:b].strip() for a, b in fields["wetsverwijzingen"]]
    if val("zittingsplaats"):
        md["zittingsplaats"] = val("zittingsplaats").strip()
    if fields.get("inhoudsindicatie"):
        parts = fields["inhoudsindicatie"]
        md["inhoudsindicatie"] = "\n".join(text[a:b] for a, b in parts)
        doc.segments.append(Segment("inhoudsindicatie", parts[0][0], parts[-1][1], "Inhoudsindicatie"))
    end_of_header = body_start if body_start is not None else header_end
    if end_of_header > header_start:
        doc.segments.append(Segment("header", header_start, end_of_header, "rechtspraak.nl"))
    start = body_start if body_start is not None else header_end
    doc.segments.extend(structure.detect(text, start=start))
