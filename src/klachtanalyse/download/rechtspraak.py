"""Download rulings from the open-data service of rechtspraak.nl (data.rechtspraak.nl).

The service has two parts: a search feed (`/uitspraken/zoeken`, Atom XML, one entry per
ECLI with title and inhoudsindicatie as summary) that filters on date, court (`creator`),
legal area (`subject`) and type, but not on words; and the content (`/uitspraken/content
?id=ECLI`), the open-data XML that `klachtanalyse analyse` reads. So `--zoek` works in two
steps: page through the feed for the period and courts asked, keep the entries whose title
or summary contains the search words, and fetch only those.

A run keeps its progress in `<folder>/.rechtspraak-download.json` (feed pages read, ECLIs
fetched) and writes every file via a `.part` file, so the same command continues where an
interrupted run stopped and fetches nothing twice. `<folder>/gevonden.tsv` lists what the
search found, with the matching words, for the researcher's own record.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Iterator

from defusedxml import ElementTree as ET

from klachtanalyse.download._http import DownloadError, PoliteClient, Progress
from klachtanalyse.extract.text import courts

log = logging.getLogger(__name__)

BASE_URL = os.environ.get("KLACHTANALYSE_RECHTSPRAAK_URL", "https://data.rechtspraak.nl")
ATOM = "{http://www.w3.org/2005/Atom}"
PAGE = 1000  # the service's maximum per page
STATE = ".rechtspraak-download.json"
ECLI_RX = re.compile(r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$")


@dataclass
class Entry:
    ecli: str
    title: str
    summary: str
    updated: str


def fold(text: str) -> str:
    """Lower case without diacritics, for matching search words ("geïntimeerde" ~ "geintimeerde")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def matches(entry: Entry, queries: list[list[str]]) -> list[str]:
    """The queries (each a list of words that must all occur) that the entry satisfies."""
    hay = fold(f"{entry.title} {entry.summary}")
    return [" ".join(q) for q in queries if all(fold(w) in hay for w in q)]


def parse_queries(values: list[str] | None) -> list[list[str]]:
    """`--zoek "ontruiming kinderen" --zoek 13b`: any value may match; all words of a value must."""
    out = [v.split() for v in (values or []) if v.strip()]
    return out


def creator_uri(instantie: str) -> str:
    """A court as the service's `creator` parameter: a code (RBAMS), a name, or a full URI."""
    if instantie.startswith("http"):
        return instantie
    name = courts().get(instantie.upper(), instantie)
    return "http://standaarden.overheid.nl/owms/terms/" + name.strip().replace(" ", "_")


def search_params(vanaf: date, tot: date, instanties: list[str], start: int, conclusies: bool) -> list[tuple[str, str]]:
    params = [("type", "Uitspraak")]
    if conclusies:
        params.append(("type", "Conclusie"))
    params += [("date", vanaf.isoformat()), ("date", tot.isoformat())]
    params += [("creator", creator_uri(i)) for i in instanties]
    params += [("return", "DOC"), ("max", str(PAGE)), ("from", str(start)), ("sort", "ASC")]
    return params


def parse_feed(data: bytes) -> tuple[list[Entry], int | None]:
    """Entries of one Atom page and the total the service reports ("Aantal gevonden ECLI's: N")."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise DownloadError(f"zoekresultaat is geen geldige XML ({err})") from None
    total = None
    sub = root.findtext(f"{ATOM}subtitle") or ""
    m = re.search(r"(\d[\d.]*)\s*$", sub.strip())
    if m:
        total = int(m.group(1).replace(".", ""))
    entries = []
    for e in root.findall(f"{ATOM}entry"):
        ecli = (e.findtext(f"{ATOM}id") or "").strip()
        if not ECLI_RX.match(ecli):
            continue
        entries.append(Entry(
            ecli=ecli,
            title=(e.findtext(f"{ATOM}title") or "").strip(),
            summary=" ".join((e.findtext(f"{ATOM}summary") or "").split()),
            updated=(e.findtext(f"{ATOM}updated") or "").strip(),
        ))
    return entries, total


def file_name(ecli: str) -> str:
    return ecli.replace(":", "_") + ".xml"


class State:
    """What an earlier run of the same search already did (JSON beside the files)."""

    def __init__(self, folder: Path, key: dict):
        self.path = folder / STATE
        self.key = key
        data = {}
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
        if data.get("zoekopdracht") != key:
            data = {"zoekopdracht": key, "volgende_pagina": 0, "klaar_met_zoeken": False, "gevonden": {}}
        self.data = data

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)


def search(client: PoliteClient, base: str, vanaf: date, tot: date, instanties: list[str],
           queries: list[list[str]], state: State, conclusies: bool, err: IO[str]) -> dict[str, dict]:
    """Page through the feed (continuing at the page an earlier run reached); returns the hits."""
    found: dict[str, dict] = state.data["gevonden"]
    while not state.data["klaar_met_zoeken"]:
        start = state.data["volgende_pagina"]
        data = client.get(f"{base}/uitspraken/zoeken", search_params(vanaf, tot, instanties, start, conclusies))
        entries, total = parse_feed(data)
        for e in entries:
            hit = matches(e, queries) if queries else ["(alles)"]
            if hit:
                found[e.ecli] = {"titel": e.title, "inhoudsindicatie": e.summary, "zoekwoorden": hit, "binnen": False}
        state.data["volgende_pagina"] = start + len(entries)
        state.data["klaar_met_zoeken"] = len(entries) < PAGE or (total is not None and start + len(entries) >= total)
        state.save()
        seen = start + len(entries)
        err.write(f"zoeken: {seen}{'/' + str(total) if total is not None else ''} uitspraken bekeken, {len(found)} passen bij de zoekwoorden\n")
        err.flush()
    return found


def fetch(client: PoliteClient, base: str, eclis: list[str], folder: Path, state: State, err: IO[str]) -> tuple[int, int, list[str]]:
    """Download the content XML of each ECLI not yet present; returns (new, skipped, failed)."""
    new = skipped = 0
    failed: list[str] = []
    progress = Progress(len(eclis), "downloaden", err)
    for ecli in eclis:
        dest = folder / file_name(ecli)
        info = state.data["gevonden"].setdefault(ecli, {"zoekwoorden": ["(ecli)"], "binnen": False})
        if dest.exists() and dest.stat().st_size > 0:
            skipped += 1
            info["binnen"] = True
            progress.step("(al aanwezig)")
            continue
        try:
            client.download(f"{base}/uitspraken/content?id={ecli}&return=DOC", dest)
        except DownloadError as e:
            failed.append(ecli)
            log.warning("%s", e)
            progress.step("(mislukt)")
            continue
        new += 1
        info["binnen"] = True
        state.save()
        progress.step()
    progress.close()
    state.save()
    return new, skipped, failed


def write_index(folder: Path, found: dict[str, dict]) -> None:
    with open(folder / "gevonden.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["ecli", "bestand", "zoekwoorden", "titel", "inhoudsindicatie"])
        for ecli in sorted(found):
            f = found[ecli]
            w.writerow([ecli, file_name(ecli) if f.get("binnen") else "", "; ".join(f.get("zoekwoorden", [])),
                        f.get("titel", ""), (f.get("inhoudsindicatie") or "")[:500]])


def run(args, err: IO[str] | None = None) -> int:
    """`klachtanalyse download rechtspraak`: search, then fetch; exit 0 when the run completed."""
    err = err or sys.stderr
    folder = Path(args.naar)
    folder.mkdir(parents=True, exist_ok=True)
    base = (args.basis_url or BASE_URL).rstrip("/")
    client = PoliteClient(interval=args.wacht, retries=args.pogingen)
    queries = parse_queries(args.zoek)
    eclis = list(args.ecli or [])
    key = {
        "zoek": [" ".join(q) for q in queries], "vanaf": str(args.vanaf), "tot": str(args.tot),
        "instantie": list(args.instantie or []), "conclusies": bool(args.conclusies), "ecli": eclis,
    }
    state = State(folder, key)
    if args.vanaf:
        found = search(client, base, args.vanaf, args.tot, list(args.instantie or []), queries, state, args.conclusies, err)
        eclis = sorted(set(eclis) | set(found))
    if args.max is not None:
        eclis = eclis[: args.max]
    new, skipped, failed = fetch(client, base, eclis, folder, state, err)
    write_index(folder, state.data["gevonden"])
    err.write(
        f"klaar: {new} nieuw, {skipped} al aanwezig, {len(failed)} mislukt, {client.requests} verzoeken "
        f"({client.retried} herhaald) -> {folder}\n"
    )
    if failed:
        err.write("mislukt (draai hetzelfde commando later opnieuw): " + ", ".join(failed[:10]) + (" ..." if len(failed) > 10 else "") + "\n")
    return 0
