"""`klachtanalyse download regelgeving`: municipal regulations from the CVDR register.

The Centrale Voorziening Decentrale Regelgeving (CVDR) is searched through the SRU service of
overheid.nl (`x-connection=cvdr`, CQL queries). Each hit names its identifier (CVDRnnn_v),
title, municipality (dcterms:creator) and the address of its XML (`publicatieurl_xml`); the
XML is what `klachtanalyse.read` reads best (articles with numbers, legal bases, dates).
Downloads use the project's polite client (rate limit, retries, resume); files already in
the folder are not fetched again, so an interrupted run goes on where it stopped.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from klachtanalyse.download._http import DownloadError, PoliteClient, Progress
from klachtanalyse.read import ReadError
from klachtanalyse.read.xmlsafe import parse_xml

SRU_URL = "https://zoekservice.overheid.nl/sru/Search"
PAGE = 50
_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass
class Hit:
    identifier: str
    titel: str
    gemeente: str
    url_xml: str | None
    url_html: str | None

    @property
    def filename(self) -> str:
        return _SAFE.sub("_", self.identifier) + ".xml"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _cql_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build_query(terms: list[str], gemeente: str | None) -> str:
    """CQL for SRU: every --zoek group is an alternative; the words within one must all occur."""
    alternatives = [f"keyword all {_cql_quote(t)}" for t in terms if t.strip()]
    query = alternatives[0] if len(alternatives) == 1 else "(" + " or ".join(alternatives) + ")"
    if gemeente:
        query += f" and dcterms.creator={_cql_quote(gemeente)}"
    return query


def parse_response(data: bytes) -> tuple[int, list[Hit]]:
    """(numberOfRecords, hits) from one SRU response page, namespace-agnostic."""
    root = parse_xml(data)
    total = 0
    for el in root.iter():
        if _local(el.tag) == "numberOfRecords" and (el.text or "").strip().isdigit():
            total = int(el.text.strip())
            break
    hits = []
    for rec in root.iter():
        if _local(rec.tag) != "recordData":
            continue
        fields: dict[str, str] = {}
        for el in rec.iter():
            name = _local(el.tag)
            if name in ("identifier", "title", "creator", "publicatieurl_xml", "publicatieurl_xhtml") and name not in fields:
                if el.text and el.text.strip():
                    fields[name] = el.text.strip()
        if "identifier" in fields:
            hits.append(Hit(fields["identifier"], fields.get("title", ""), fields.get("creator", ""),
                            fields.get("publicatieurl_xml"), fields.get("publicatieurl_xhtml")))
    return total, hits


def search(client: PoliteClient, base: str, query: str, limit: int | None, err: IO[str]) -> list[Hit]:
    hits: list[Hit] = []
    start = 1
    while True:
        params = {"operation": "searchRetrieve", "version": "2.0", "x-connection": "cvdr",
                  "query": query, "startRecord": start, "maximumRecords": PAGE}
        try:
            total, page = parse_response(client.get(base, params))
        except ReadError as error:
            raise DownloadError(f"antwoord van de zoekdienst onleesbaar: {error}") from None
        hits += page
        if start == 1:
            err.write(f"{total} regelingen gevonden voor: {query}\n")
        start += PAGE
        if not page or start > total or (limit is not None and len(hits) >= limit):
            break
    return hits[:limit] if limit is not None else hits


def write_index(folder: Path, hits: list[Hit]) -> None:
    """bronnen.tsv: provenance of every regulation in the folder (identifier, title, official address)."""
    path = folder / "bronnen.tsv"
    known: dict[str, list[str]] = {}
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if row and row[0] != "identifier":
                    known[row[0]] = row
    for h in hits:
        known[h.identifier] = [h.identifier, h.filename, h.gemeente, h.titel, h.url_xml or "", h.url_html or ""]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["identifier", "bestand", "gemeente", "titel", "url_xml", "url_html"])
        for key in sorted(known):
            w.writerow(known[key])


def run(args, err: IO[str] | None = None) -> int:
    """Search, then fetch each regulation's XML into --naar; exit 0 when the run completed."""
    err = err or sys.stderr
    folder = Path(args.naar)
    folder.mkdir(parents=True, exist_ok=True)
    client = PoliteClient(interval=getattr(args, "wacht", 1.0), retries=getattr(args, "pogingen", 4))
    base = getattr(args, "basis_url", None) or SRU_URL
    query = build_query(list(args.zoek), getattr(args, "gemeente", None))
    try:
        hits = search(client, base, query, getattr(args, "max", None), err)
    except DownloadError as error:
        err.write(f"zoeken mislukt: {error}\n")
        return 2
    progress = Progress(len(hits), "regelingen", err)
    new = skipped = 0
    failed: list[str] = []
    for hit in hits:
        dest = folder / hit.filename
        if dest.exists():
            skipped += 1
            progress.step("(al aanwezig)")
            continue
        if not hit.url_xml:
            failed.append(f"{hit.identifier} (geen XML-adres)")
            progress.step()
            continue
        try:
            client.download(hit.url_xml, dest)
            new += 1
        except DownloadError as error:
            failed.append(f"{hit.identifier} ({error})")
        progress.step()
    progress.close()
    write_index(folder, hits)
    err.write(f"klaar: {new} nieuw, {skipped} al aanwezig, {len(failed)} mislukt, "
              f"{client.requests} verzoeken -> {folder}\n")
    if failed:
        err.write("mislukt (draai hetzelfde commando later opnieuw): " + "; ".join(failed[:10]) + "\n")
    return 0
