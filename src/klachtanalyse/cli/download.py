"""`klachtanalyse download rechtspraak|regelgeving`: fetch public documents to a folder.

    klachtanalyse download rechtspraak --zoek ontruiming kinderen --vanaf 2022-01-01 --tot 2022-12-31 \
        [--instantie RBAMS ...] --naar uitspraken/
    klachtanalyse download rechtspraak --ecli ECLI:NL:RBAMS:2020:3984 --naar uitspraken/
    klachtanalyse download regelgeving --zoek damocles [--gemeente Tilburg] --naar beleid/

Needs internet; everything else in klachtanalyse works without it. See docs/uitspraken.md.
"""

from __future__ import annotations

import importlib
import re
from datetime import date

from klachtanalyse.cli.main import UsageError

help = "download uitspraken (rechtspraak.nl) of regelgeving naar een map"


def _date(value: str) -> date:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value) or re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", value)
    if not m:
        raise ValueError(value)
    a, b, c = m.groups()
    y, mo, d = (a, b, c) if len(a) == 4 else (c, b, a)
    return date(int(y), int(mo), int(d))


_date.__name__ = "datum (JJJJ-MM-DD)"


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="bron", metavar="BRON")
    r = sub.add_parser("rechtspraak", help="uitspraken van data.rechtspraak.nl (open data)",
                       description="Zoek uitspraken op periode en instantie, houd die waarvan titel of "
                       "inhoudsindicatie de zoekwoorden bevat, en download de XML. Een afgebroken run gaat "
                       "verder waar hij was.")
    r.add_argument("--zoek", nargs="+", action="append", metavar="WOORD",
                   help="zoekwoorden die alle in titel of inhoudsindicatie moeten staan; herhaal --zoek voor 'of'")
    r.add_argument("--vanaf", type=_date, metavar="DATUM", help="eerste uitspraakdatum (JJJJ-MM-DD)")
    r.add_argument("--tot", type=_date, metavar="DATUM", help="laatste uitspraakdatum (standaard: vandaag)")
    r.add_argument("--instantie", action="append", metavar="CODE_OF_NAAM",
                   help="alleen deze instantie, bv. RBAMS of 'Raad van State' (herhaalbaar)")
    r.add_argument("--ecli", action="append", metavar="ECLI", help="download (ook) deze uitspraak (herhaalbaar)")
    r.add_argument("--ecli-lijst", metavar="BESTAND",
                   help="download (ook) de ECLI's uit dit bestand (één per regel, of een TSV zoals "
                        "corpora/bekende-documenten.tsv: elke ECLI in de eerste kolom)")
    r.add_argument("--naar", required=True, metavar="MAP", help="map voor de XML-bestanden")
    r.add_argument("--conclusies", action="store_true", help="ook conclusies van de Advocaat-Generaal")
    r.add_argument("--max", type=int, metavar="N", help="hoogstens N uitspraken downloaden")
    r.add_argument("--wacht", type=float, default=1.0, metavar="SEC", help="seconden tussen verzoeken (standaard 1)")
    r.add_argument("--pogingen", type=int, default=4, metavar="N", help="herhalingen bij een fout (standaard 4)")
    r.add_argument("--basis-url", metavar="URL", help="andere server (spiegel of test)")
    g = sub.add_parser("regelgeving", help="gemeentelijke regelgeving (CVDR) en bekendmakingen")
    g.add_argument("--zoek", nargs="+", action="append", metavar="WOORD", required=True)
    g.add_argument("--gemeente", metavar="NAAM")
    g.add_argument("--naar", required=True, metavar="MAP", help="map voor de XML-bestanden en bronnen.tsv")
    g.add_argument("--max", type=int, metavar="N", help="hoogstens N regelingen downloaden")
    g.add_argument("--wacht", type=float, default=1.0, metavar="SEC", help="seconden tussen verzoeken (standaard 1)")
    g.add_argument("--pogingen", type=int, default=4, metavar="N", help="herhalingen bij een fout (standaard 4)")
    g.add_argument("--basis-url", metavar="URL", help="andere SRU-server (spiegel of test)")


def run(args) -> int:
    if args.bron == "rechtspraak":
        return _rechtspraak(args)
    if args.bron == "regelgeving":
        try:
            module = importlib.import_module("klachtanalyse.download.regelgeving")
        except ModuleNotFoundError:
            raise UsageError("download regelgeving is nog niet beschikbaar in deze versie") from None
        args.zoek = [" ".join(words) for words in args.zoek]
        return int(module.run(args) or 0)
    raise UsageError("kies een bron: download rechtspraak ... of download regelgeving ...")


def _eclis_from(path: str) -> list[str]:
    """ECLIs in the first column of a list or TSV; other rows (headers, policies) are skipped."""
    from pathlib import Path

    from klachtanalyse.download.rechtspraak import ECLI_RX

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise UsageError(f"kan {path} niet lezen: {err.strerror}") from None
    found = [line.split("\t")[0].strip() for line in lines]
    eclis = [e for e in found if ECLI_RX.match(e)]
    if not eclis:
        raise UsageError(f"geen ECLI gevonden in {path}")
    return eclis


def _rechtspraak(args) -> int:
    from klachtanalyse.download import rechtspraak
    from klachtanalyse.download._http import DownloadError

    args.zoek = [" ".join(words) for words in (args.zoek or [])]
    if args.ecli_lijst:
        args.ecli = list(args.ecli or []) + _eclis_from(args.ecli_lijst)
    if args.ecli:
        bad = [e for e in args.ecli if not rechtspraak.ECLI_RX.match(e)]
        if bad:
            raise UsageError(f"geen geldige ECLI: {bad[0]}")
    if not args.vanaf and not args.ecli:
        raise UsageError("geef --vanaf DATUM (met --zoek) of --ecli ECLI")
    if args.vanaf:
        args.tot = args.tot or date.today()
        if args.tot < args.vanaf:
            raise UsageError("--tot ligt voor --vanaf")
        if not args.zoek:
            raise UsageError("geef --zoek WOORDEN: zonder zoekwoorden zou alles uit de periode worden gedownload")
    if args.wacht < 0.2 and not args.basis_url:
        raise UsageError("--wacht moet minstens 0.2 seconde zijn (wees zuinig met de server)")
    try:
        return rechtspraak.run(args)
    except DownloadError as err:
        raise UsageError(f"download mislukt: {err}") from None
