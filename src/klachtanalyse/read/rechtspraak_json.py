"""JSON files of rulings as research data sets ship them.

Two shapes occur in corpora/: a row of a rechtspraak CSV dump as JSON (identifier, creator,
judgment_date, case_number, jurisdiction, procedures, summary, full_text) and the JSON-LD
metadata that the rechtspraak-js library derives from the open-data XML (_id, creator,
date, zaaknummer, subject, procedure, title, abstract.abstractXml; no ruling text). Any other
JSON is read as its string values, one per line.
"""

from __future__ import annotations

import json
import re

from klachtanalyse.document import Document, Segment
from klachtanalyse.read import rechtspraak_web, structure
from klachtanalyse.read.builder import TextBuilder
from klachtanalyse.read.dates import parse_date
from klachtanalyse.read.errors import ReadError

_NONE = {"", "none", "null", "nan"}


def _val(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, dict):
        v = v.get("@value") or v.get("rdfs:label") or v.get("@id")
    if isinstance(v, list):
        v = v[0] if v else None
        return _val(v)
    s = str(v).strip()
    return None if s.lower() in _NONE else s


def _list(v, sep: str = r"\|") -> list[str]:
    if v is None:
        return []
    items = v if isinstance(v, list) else re.split(sep, str(v))
    out = []
    for item in items:
        s = _val(item)
        if s:
            s = s.rsplit("#", 1)[-1] if s.startswith(("procedure#", "rechtsgebied#")) else s
            out.append(s)
    return out


def read_json(data: bytes, source: str, doc_id: str) -> Document:
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ReadError("ongeldige of te diep geneste JSON") from None
    if isinstance(obj, dict) and str(obj.get("identifier", "")).startswith("ECLI:"):
        return _csv_row(obj, source)
    if isinstance(obj, dict) and str(obj.get("_id", "")).startswith("ECLI:"):
        return _json_ld(obj, source)
    return _generic(obj, source, doc_id)


def _csv_row(obj: dict, source: str) -> Document:
    text = (obj.get("full_text") or obj.get("description") or "").replace("\r\n", "\n")
    if "full_text" not in obj and "|" in text:
        text = text.replace("|", "\n")
    md = {
        "ecli": obj["identifier"],
        "instantie": _val(obj.get("creator")),
        "datum": parse_date(_val(obj.get("judgment_date"))),
        "datum_publicatie": parse_date(_val(obj.get("issue_date"))),
        "zaaknummers": _list(obj.get("case_number"), r"\||,\s+"),
        "rechtsgebieden": _list(obj.get("jurisdiction"), r"\||;"),
        "procedure": _list(obj.get("procedures")),
        "wetsverwijzingen": _list(obj.get("references")),
        "zittingsplaats": _val(obj.get("seat_location")),
        "inhoudsindicatie": _val(obj.get("summary")),
        "type": _val(obj.get("case_type")),
    }
    doc = Document(id=md["ecli"], source=source, text=text, format="rechtspraak-json", metadata=md)
    if not text.strip():
        doc.warnings.append("alleen metadata: geen uitspraaktekst in dit bestand")
    else:
        doc.segments.extend(structure.detect(text))
    return doc


def _json_ld(obj: dict, source: str) -> Document:
    md = {
        "ecli": obj["_id"],
        "instantie": _val(obj.get("creator")),
        "datum": parse_date(_val(obj.get("date"))),
        "datum_publicatie": parse_date(_val(obj.get("issued"))),
        "zaaknummers": _list(obj.get("zaaknummer")),
        "rechtsgebieden": [s.replace("_", "; ") for s in _list(obj.get("subject"))],
        "procedure": _list(obj.get("procedure")),
        "titel": _val(obj.get("title")),
    }
    b = TextBuilder()
    abstract = obj.get("abstract")
    xml = abstract.get("abstractXml") if isinstance(abstract, dict) else None
    if xml:
        from klachtanalyse.read.xmlsafe import parse_xml

        try:
            root = parse_xml(xml.encode("utf-8"))
            paras = [" ".join("".join(p.itertext()).split()) for p in root.iter() if str(p.tag).endswith("para")]
            inh = "\n".join(p for p in paras if p)
        except ReadError:
            inh = ""
        if inh:
            b.block(inh, kind="inhoudsindicatie", label="Inhoudsindicatie")
            md["inhoudsindicatie"] = inh
    doc = Document(id=md["ecli"], source=source, text=b.finish(), format="rechtspraak-json", metadata=md)
    doc.segments = list(b.segments)
    doc.warnings.append("alleen metadata (JSON-LD): geen uitspraaktekst in dit bestand")
    return doc


def _generic(obj, source: str, doc_id: str) -> Document:
    lines: list[str] = []

    def walk(v, depth: int) -> None:
        if depth > 100 or len(lines) > 1_000_000:
            return
        if isinstance(v, dict):
            for x in v.values():
                walk(x, depth + 1)
        elif isinstance(v, list):
            for x in v:
                walk(x, depth + 1)
        elif isinstance(v, str) and v.strip():
            lines.append(v.strip())

    walk(obj, 0)
    text = "\n".join(lines)
    if not text.strip():
        raise ReadError("JSON zonder tekst")
    doc = Document(id=doc_id, source=source, text=text, format="json")
    if rechtspraak_web.looks_like_web_ruling(text):
        rechtspraak_web.annotate(doc, fmt="json")
    else:
        doc.segments.extend(structure.detect(text))
    return doc


__all__ = ["read_json", "Segment"]
