#!/usr/bin/env python3
"""Build written rulings from their sources: uitspraken-bron/NN.txt -> a ruling file + its gold row.

    python scripts/bouw_uitspraken.py corpora/geschreven/uitspraken-bron/223.txt [...] [--controle]

Why: the blind writers of the ruling rounds deliver one source file per ruling (the layout in
/work/briefs/uitspraken-blind.md: header lines, `gold:` as YAML, `---`, the ruling text with blank
lines between paragraphs). This turns each into what the reader meets in practice, as the header's
`formaat` says:

- `xml`: rechtspraak.nl open-data XML (RDF metadata, inhoudsindicatie, the body with <section>
  per heading, <paragroup><nr> per numbered paragraph; the reader finds the dictum by its heading);
- `tekst`: the text a researcher copies from the rechtspraak.nl page (labels, then "Uitspraak").

Each ruling file goes to corpora/geschreven/uitspraken/ECLI_..., its gold row (path, ecli, split,
type, velden, extra) into corpora/annotaties/uitspraken.jsonl, replacing a row with the same ECLI.
`--controle` only parses and checks the sources (gold ECLI, instantie and datum equal the header;
all ten fields present) and writes nothing.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpora" / "geschreven" / "uitspraken"
GOLD = ROOT / "corpora" / "annotaties" / "uitspraken.jsonl"
FIELDS = ("ecli", "instantie", "datum", "grond", "kinderen_betrokken", "belang_kind_gewogen", "uitkomst",
          "huurachterstand_eur", "wetsartikelen", "gemeente")
NOTICE = "Geschreven voor het project klachtanalyse: geen echte uitspraak. De ECLI met GESCHREVEN is verzonnen."
# a heading line: "4 De beoordeling", "6. Ik beslis:", "De beslissing", "Wat is er gebeurd?"
HEADING = re.compile(r"^(?:(\d{1,2})\.?\s+)?([A-ZÀ-Ý][^\n]{2,80})$")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3}\.?)\s+(.+)$", re.S)
DICTUM = re.compile(r"(?i)\b(?:beslissing|beslist|beslis|dictum|uitspraak van de|de beslissing)\b")


def parse_source(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError(f"{path}: geen regel '---' tussen kop en tekst")
    head_lines, gold_lines, in_gold = [], [], False
    for line in head.splitlines():
        if line.startswith("gold:"):
            in_gold = True
            continue
        (gold_lines if in_gold else head_lines).append(line)
    meta = {}
    for line in head_lines:
        if line.strip():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    gold = yaml.safe_load("\n".join(line[2:] if line.startswith("  ") else line for line in gold_lines))
    velden, extra = gold["velden"], gold.get("extra") or {}
    missing = [f for f in FIELDS if f not in velden]
    if missing:
        raise ValueError(f"{path}: gold mist {', '.join(missing)}")
    velden["datum"] = str(velden["datum"])
    for key in ("ecli", "instantie", "datum"):
        if str(velden[key]) != meta.get(key):
            raise ValueError(f"{path}: gold {key} {velden[key]!r} is niet de kop {meta.get(key)!r}")
    paragraphs = [" ".join(p.split("\n")).strip() if not p.lstrip().startswith("-") else p.strip()
                  for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    return {"meta": meta, "velden": velden, "extra": extra, "paragraphs": paragraphs}


KNOWN_HEADINGS = re.compile(r"(?i)^(?:de |het )?(?:procedure|procesverloop|het procesverloop|feiten|de feiten|vordering\w*|"
                            r"verweer|beoordeling|de beoordeling\b.*|overwegingen|conclusie|samenvatting|beslissing|"
                            r"de beslissing|uitspraak|proceskosten|ik beslis|mijn beslissing|wat beslis ik\??|"
                            r"beoordeling van het (?:hoger )?beroep|het geschil|de zaak in het kort)[:.]?$")


def _is_heading(par: str) -> bool:
    """A section heading: numbered ("4 De beoordeling", "6. Ik beslis:"), a question ("Wat is er gebeurd?")
    or a known heading word; not the court's name, a "De kantonrechter:" before the dictum or a sentence."""
    if "\n" in par or len(par) > 80 or NUMBERED.match(par):
        return False
    m = HEADING.match(par)
    if not m or par.endswith((".", ";", ",")):
        return False
    if m.group(1):
        return not par.endswith(":") or bool(DICTUM.search(par))
    return par.endswith("?") or bool(KNOWN_HEADINGS.match(par))


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}-{m}-{y}"


def _xml(src: dict) -> str:
    meta, ecli = src["meta"], src["meta"]["ecli"]
    pars = src["paragraphs"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', f"<!-- {NOTICE} -->", "<open-rechtspraak>",
           '  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/" '
           'xmlns:psi="http://psi.rechtspraak.nl/" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">',
           "    <rdf:Description>",
           f"      <dcterms:identifier>{escape(ecli)}</dcterms:identifier>",
           "      <dcterms:format>text/xml</dcterms:format>",
           f'      <dcterms:issued rdfs:label="Publicatiedatum">{escape(meta.get("publicatie", meta["datum"]))}</dcterms:issued>',
           f'      <dcterms:creator rdfs:label="Instantie" scheme="overheid.RechterlijkeMacht">{escape(meta["instantie"])}</dcterms:creator>',
           f'      <dcterms:date rdfs:label="Uitspraakdatum">{escape(meta["datum"])}</dcterms:date>',
           f'      <psi:zaaknummer rdfs:label="Zaaknr">{escape(meta.get("zaaknummer", ""))}</psi:zaaknummer>',
           f'      <psi:procedure rdfs:label="Procedure">{escape(meta.get("procedure", ""))}</psi:procedure>',
           f'      <dcterms:subject rdfs:label="Rechtsgebied">{escape(meta.get("rechtsgebied", ""))}</dcterms:subject>',
           "    </rdf:Description>", "  </rdf:RDF>",
           f'  <inhoudsindicatie id="{escape(ecli)}:INH" xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">',
           f"    <para>{escape(meta.get('inhoudsindicatie', ''))}</para>", "  </inhoudsindicatie>",
           f'  <uitspraak id="{escape(ecli)}:DOC" xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">']
    in_section = False
    for par in pars:
        if _is_heading(par):
            if in_section:
                out.append("    </section>")
            m = HEADING.match(par)
            nr, label = m.group(1), m.group(2)
            title = (f"<nr>{nr}</nr>" if nr else "") + escape(label)
            out += ["    <section>", f"      <title>{title}</title>"]   # the reader knows a dictum's heading
            in_section = True
            continue
        ind = "      " if in_section else "    "
        num = NUMBERED.match(par)
        if num:
            out += [f"{ind}<paragroup>", f"{ind}  <nr>{escape(num.group(1))}</nr>",
                    f"{ind}  <para>{escape(num.group(2))}</para>", f"{ind}</paragroup>"]
        else:
            for line in par.split("\n"):
                out.append(f"{ind}<para>{escape(line.strip())}</para>")
    if in_section:
        out.append("    </section>")
    out += ["  </uitspraak>", "</open-rechtspraak>", ""]
    return "\n".join(out)


def _tekst(src: dict) -> str:
    meta = src["meta"]
    head = [f"# {NOTICE}", meta["ecli"], "Instantie", meta["instantie"], "Datum uitspraak", _dmy(meta["datum"]),
            "Datum publicatie", _dmy(meta.get("publicatie", meta["datum"])), "Zaaknummer", meta.get("zaaknummer", ""),
            "Rechtsgebieden", meta.get("rechtsgebied", ""), "Bijzondere kenmerken", meta.get("procedure", ""),
            "Inhoudsindicatie", "", meta.get("inhoudsindicatie", ""), "", "Vindplaatsen", "Rechtspraak.nl", "Uitspraak"]
    return "\n".join(head) + "\n" + "\n\n".join(src["paragraphs"]) + "\n"


def build(path: Path, write: bool = True) -> dict:
    """The gold row of one source; with `write`, its ruling file is written too."""
    src = parse_source(path)
    meta = src["meta"]
    fmt = meta.get("formaat", "tekst")
    name = meta["ecli"].replace(":", "_") + (".xml" if fmt == "xml" else ".txt")
    if write:
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / name).write_text(_xml(src) if fmt == "xml" else _tekst(src), encoding="utf-8")
    return {"path": f"corpora/geschreven/uitspraken/{name}", "ecli": meta["ecli"], "split": meta["split"],
            "geschreven": True, "type": meta.get("type", ""), "velden": src["velden"], "extra": src["extra"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="+", type=Path)
    ap.add_argument("--controle", action="store_true", help="alleen controleren, niets schrijven")
    args = ap.parse_args(argv)
    rows, bad = [], 0
    for path in args.sources:
        try:
            rows.append(build(path, write=not args.controle))
        except (ValueError, KeyError, yaml.YAMLError) as err:
            print(f"{path}: {err}", file=sys.stderr)
            bad += 1
    if args.controle or bad:
        print(f"{len(rows)} bronnen in orde, {bad} met fouten")
        return 1 if bad else 0
    new = {r["ecli"]: r for r in rows}
    old = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = [r for r in old if r["ecli"] not in new]
    with open(GOLD, "w", encoding="utf-8") as fh:
        for r in kept + rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} uitspraken geschreven naar {OUT.relative_to(ROOT)} en {GOLD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
