"""Build the written rulings in the real rechtspraak formats from their plain sources.

Each source `NN.txt` in this folder is a header (key: value lines), a `gold:` block in YAML
(the annotation, see corpora/annotaties/RICHTLIJN-uitspraken.md), a line `---`, and the body
of the ruling as plain text. `formaat: xml` gives the open-data XML of data.rechtspraak.nl
(rdf:RDF metadata, inhoudsindicatie, uitspraak with sections and numbered paragraphs);
`formaat: tekst` gives the text a user copies from uitspraken.rechtspraak.nl (header block
"Instantie / Datum uitspraak / ...", then "Uitspraak"). The gold goes to
corpora/annotaties/uitspraken.jsonl together with the real rulings listed in echte.yaml.

    python corpora/geschreven/uitspraken-bron/bouw.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = ROOT / "corpora" / "geschreven" / "uitspraken"
ANN = ROOT / "corpora" / "annotaties" / "uitspraken.jsonl"

NOTE = "Geschreven voor het project klachtanalyse: geen echte uitspraak. De ECLI met GESCHREVEN is verzonnen."
HEADING = re.compile(r"^(?:(\d{1,2})\.?\s+)?([A-Z][^\n.]{2,70})$")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)\s+(.*)$", re.S)
KNOWN_HEADINGS = (
    "de procedure", "procedure", "procesverloop", "de feiten", "feiten", "het geschil", "de vordering",
    "de beoordeling", "beoordeling", "overwegingen", "de beslissing", "beslissing", "de uitspraak",
    "het geding in hoger beroep", "de gronden van het hoger beroep", "de beoordeling van het hoger beroep",
    "het verweer", "het verzoek", "waar gaat deze zaak over?", "inleiding", "de motivering", "het oordeel",
    "het geding in eerste aanleg", "de grieven", "de feiten en omstandigheden", "de vorderingen",
    "het procesverloop", "conclusie", "beslissing op het hoger beroep", "uitspraak",
)


def parse(path: Path) -> tuple[dict, dict, str]:
    raw = path.read_text(encoding="utf-8")
    head, body = raw.split("\n---\n", 1)
    meta_part, gold_part = head.split("\ngold:\n", 1)
    meta = {}
    for line in meta_part.splitlines():
        if ":" in line and not line.startswith("#"):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    gold = yaml.safe_load("\n".join(l[2:] if l.startswith("  ") else l for l in gold_part.splitlines()))
    return meta, gold, body.strip("\n")


def blocks(body: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n\s*\n", body) if b.strip()]


def is_heading(block: str) -> bool:
    if "\n" in block:
        return False
    m = HEADING.match(block.strip())
    if not m:
        return False
    return m.group(2).strip().lower().rstrip(":") in KNOWN_HEADINGS


def to_xml(meta: dict, body: str) -> str:
    ecli = meta["ecli"]
    date = meta["datum"]
    d, m, y = date[8:10], date[5:7], date[:4]
    proc_id = re.sub(r"[^a-zA-Z]", "", meta["procedure"].title())
    proc_id = proc_id[0].lower() + proc_id[1:]
    creator_id = meta["instantie"].replace(" ", "_")
    area = meta["rechtsgebied"]
    area_id = area.split()[0].lower() + "".join(w.title() for w in area.split()[1:])
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<!-- {NOTE} -->",
        "<open-rechtspraak>",
        '  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:psi="http://psi.rechtspraak.nl/" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">',
        "    <rdf:Description>",
        f"      <dcterms:identifier>{ecli}</dcterms:identifier>",
        "      <dcterms:format>text/xml</dcterms:format>",
        "      <dcterms:accessRights>public</dcterms:accessRights>",
        f"      <dcterms:modified>{meta['publicatie']}T09:12:40</dcterms:modified>",
        f'      <dcterms:issued rdfs:label="Publicatiedatum">{meta["publicatie"]}</dcterms:issued>',
        '      <dcterms:publisher resourceIdentifier="http://rechtspraak.nl/">Raad voor de Rechtspraak</dcterms:publisher>',
        "      <dcterms:language>nl</dcterms:language>",
        f'      <dcterms:creator rdfs:label="Instantie" resourceIdentifier="http://standaarden.overheid.nl/owms/terms/{escape(creator_id)}" scheme="overheid.RechterlijkeMacht">{escape(meta["instantie"])}</dcterms:creator>',
        f'      <dcterms:date rdfs:label="Uitspraakdatum">{date}</dcterms:date>',
        f'      <psi:zaaknummer rdfs:label="Zaaknr">{escape(meta["zaaknummer"])}</psi:zaaknummer>',
        '      <dcterms:type rdf:language="nl" resourceIdentifier="http://psi.rechtspraak.nl/uitspraak">Uitspraak</dcterms:type>',
        f'      <psi:procedure rdf:language="nl" rdfs:label="Procedure" resourceIdentifier="http://psi.rechtspraak.nl/procedure#{proc_id}">{escape(meta["procedure"])}</psi:procedure>',
        "      <dcterms:coverage>NL</dcterms:coverage>",
        f'      <dcterms:subject rdfs:label="Rechtsgebied" resourceIdentifier="http://psi.rechtspraak.nl/rechtsgebied#{area_id}">{escape(area)}</dcterms:subject>',
        "    </rdf:Description>",
        f'    <rdf:Description rdf:about="http://deeplink.rechtspraak.nl/uitspraak?id={ecli}">',
        f"      <dcterms:identifier>http://deeplink.rechtspraak.nl/uitspraak?id={ecli}</dcterms:identifier>",
        "      <dcterms:format>text/html</dcterms:format>",
        f'      <dcterms:title rdf:language="nl">{ecli} {escape(meta["instantie"])} , {d}-{m}-{y} / {escape(meta["zaaknummer"])}</dcterms:title>',
        '      <dcterms:abstract resourceIdentifier="../../rs:inhoudsindicatie"/>',
        "    </rdf:Description>",
        "  </rdf:RDF>",
        f'  <inhoudsindicatie id="{ecli}:INH" lang="nl" xml:space="preserve" xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">',
        f"    <para>{escape(meta['inhoudsindicatie'])}</para>",
        "  </inhoudsindicatie>",
        f'  <uitspraak id="{ecli}:DOC" lang="nl" xml:space="preserve" xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">',
    ]
    section_open = False
    for block in blocks(body):
        if is_heading(block):
            if section_open:
                parts.append("    </section>")
            m = HEADING.match(block.strip())
            nr = f"<nr>{m.group(1)}</nr>" if m.group(1) else ""
            parts.append("    <section>")
            parts.append(f"      <title>{nr}{escape(m.group(2))}</title>")
            section_open = True
            continue
        ind = "      " if section_open else "    "
        num = NUMBERED.match(block)
        if num:
            parts.append(f"{ind}<paragroup>")
            parts.append(f"{ind}  <nr>{escape(num.group(1))}</nr>")
            for line in num.group(2).split("\n"):
                parts.append(f"{ind}  <para>{escape(line.strip())}</para>")
            parts.append(f"{ind}</paragroup>")
        else:
            lines_ = block.split("\n")
            if len(lines_) > 1:
                parts.append(f"{ind}<parablock>")
                for line in lines_:
                    parts.append(f"{ind}  <para>{escape(line.strip())}</para>")
                parts.append(f"{ind}</parablock>")
            else:
                parts.append(f"{ind}<para>{escape(block.strip())}</para>")
    if section_open:
        parts.append("    </section>")
    parts += ["  </uitspraak>", "</open-rechtspraak>", ""]
    return "\n".join(parts)


def to_text(meta: dict, body: str) -> str:
    date = meta["datum"]
    pub = meta["publicatie"]
    dmy = lambda s: f"{s[8:10]}-{s[5:7]}-{s[:4]}"  # noqa: E731
    head = [
        f"# {NOTE}",
        meta["ecli"],
        "Instantie",
        meta["instantie"],
        "Datum uitspraak",
        dmy(date),
        "Datum publicatie",
        dmy(pub),
        "Zaaknummer",
        meta["zaaknummer"],
        "Rechtsgebieden",
        meta["rechtsgebied"],
        "Bijzondere kenmerken",
        meta["procedure"],
        "Inhoudsindicatie",
        "",
        meta["inhoudsindicatie"],
        "",
        "Vindplaatsen",
        "Rechtspraak.nl",
        "Uitspraak",
        "",
    ]
    return "\n".join(head) + body + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    ANN.parent.mkdir(parents=True, exist_ok=True)
    records = []
    # every numbered source, in number order (until 28 Nov 2026 the pattern took two digits only)
    for src in sorted((p for p in HERE.glob("*.txt") if p.stem.isdigit()), key=lambda p: int(p.stem)):
        meta, gold, body = parse(src)
        n = int(src.stem)
        assert meta["ecli"].endswith(f":GESCHREVEN.{n}"), src
        for key in ("ecli", "instantie", "datum"):  # a writer's slip between header and gold (session 8)
            if str(gold["velden"][key]) != str(meta[key]):
                raise SystemExit(f"{src.name}: gold {key} {gold['velden'][key]!r} is niet de kop {meta[key]!r}")
        name = meta["ecli"].replace(":", "_")
        if meta["formaat"] == "xml":
            path = OUT / f"{name}.xml"
            path.write_text(to_xml(meta, body), encoding="utf-8")
        else:
            path = OUT / f"{name}.txt"
            path.write_text(to_text(meta, body), encoding="utf-8")
        records.append({
            "path": str(path.relative_to(ROOT)),
            "ecli": meta["ecli"],
            "split": meta["split"],
            "geschreven": True,
            "type": meta.get("type", ""),
            "velden": gold["velden"],
            "extra": gold.get("extra", {}),
        })
    for item in yaml.safe_load((HERE / "echte.yaml").read_text(encoding="utf-8")):
        item.setdefault("geschreven", False)
        records.append(item)
    with ANN.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} annotaties, {sum(r['geschreven'] for r in records)} geschreven uitspraken", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
