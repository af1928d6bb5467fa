"""Stage 4, extract: facts that researchers count (ruling fields, gemeente, wetsartikelen).

Public face:
    extract_metadata(ctx) -> (metadata, extra)   contract fields, plus provenance in extra
    extract_document(doc) -> (metadata, extra)   the same for a bare Document (no spaCy)
    is_ruling(doc) -> bool                        read as a ruling (every ruling field filled)
    render_table(records, fh)                     the `analyse --format table` view

For rulings (kind "uitspraak") every contract field of `ruling_fields` is filled, and
`extra` carries procedure, rechtsgebied, partijrollen and, per field, the passage it was
read from: `extra["bewijs"][field] = {"text", "start", "end"}`. For other kinds only what
applies where stated: wetsartikelen, gemeente, huurachterstand_eur, grond.
"""

from __future__ import annotations

import re
from typing import Any

from klachtanalyse.document import Document, Evidence
from klachtanalyse.extract import uitspraak as U
from klachtanalyse.extract.common import read_gemeente, read_wetsartikelen
from klachtanalyse.extract.text import rules
from klachtanalyse.extract.table import render_table

__all__ = ["extract_metadata", "extract_document", "is_ruling", "render_table"]


def is_ruling(doc: Document) -> bool:
    """A court ruling: the reader said so, or an unknown document came from rechtspraak.nl's open data."""
    return doc.kind == "uitspraak" or (doc.kind == "onbekend" and doc.format.startswith("rechtspraak"))


def extract_metadata(ctx) -> tuple[dict[str, Any], dict[str, Any]]:
    return extract_document(ctx.doc)


def extract_document(doc: Document) -> tuple[dict[str, Any], dict[str, Any]]:
    meta: dict[str, Any] = {}
    bewijs: dict[str, Evidence | None] = {}
    extra: dict[str, Any] = {}

    wet, ev = read_wetsartikelen(doc)
    meta["wetsartikelen"], bewijs["wetsartikelen"] = wet, ev
    gem, ev = read_gemeente(doc)
    meta["gemeente"], bewijs["gemeente"] = gem, ev

    if is_ruling(doc):
        _ruling(doc, meta, bewijs, extra)
    else:
        for key in ("ecli", "instantie", "datum"):
            if doc.metadata.get(key):
                meta[key] = doc.metadata[key]
        if not meta["gemeente"]:
            meta["gemeente"], bewijs["gemeente"] = _gemeente_named(doc)
        fact = U.read_huurachterstand(doc)
        meta["huurachterstand_eur"], bewijs["huurachterstand_eur"] = fact.value, fact.evidence
        grounds, gev = U.read_grond(doc, at_stake=True, eviction_sentences_only=True)
        if grounds:
            meta["grond"] = grounds
            bewijs["grond"] = gev[grounds[0]]
    extra["bewijs"] = {k: v.to_record() for k, v in bewijs.items() if v is not None}
    return meta, extra


def _ruling(doc: Document, meta: dict, bewijs: dict, extra: dict) -> None:
    ecli = U.read_ecli(doc)
    meta["ecli"], bewijs["ecli"] = ecli.value, ecli.evidence
    for key, fact in (("instantie", U.read_instantie(doc, ecli.value)), ("datum", U.read_datum(doc))):
        meta[key], bewijs[key] = fact.value, fact.evidence

    procedure = U.read_procedure(doc, ecli.value)
    extra["procedure"] = procedure.value
    bewijs["procedure"] = procedure.evidence

    at_stake = U.eviction_at_stake(doc) is not None
    closure = at_stake and U.is_closure_case(doc) is not None
    extra["rechtsgebied"] = U.read_rechtsgebied(doc, closure)
    extra["zaaktype"] = ("sluiting" if closure else "ontruiming") if at_stake else None

    grounds, gev = U.read_grond(doc, at_stake)
    meta["grond"] = grounds
    if grounds:
        bewijs["grond"] = gev[grounds[0]]
        extra["bewijs_grond"] = {g: e.to_record() for g, e in gev.items()}

    # Children count only where a home is at stake ("minor children live in the home at stake"): not where
    # a business is closed (a hair salon, blind18)
    home_at_stake = at_stake and not U.business_closure(doc)
    kind = U.read_kinderen(doc) if home_at_stake else U.Fact(None)
    belang = U.read_belang_kind(doc, kind.value) if home_at_stake else U.Fact(None)
    if belang.value and not kind.value:
        kind = U.Fact(True, belang.evidence)  # the court weighs children, so children live there
    meta["kinderen_betrokken"], bewijs["kinderen_betrokken"] = kind.value, kind.evidence
    meta["belang_kind_gewogen"], bewijs["belang_kind_gewogen"] = belang.value, belang.evidence

    uitkomst = U.read_uitkomst(doc, procedure.value, at_stake)
    meta["uitkomst"], bewijs["uitkomst"] = uitkomst.value, uitkomst.evidence

    # the guideline defines the amount on its own: a claim for arrears alone also states it (blind4)
    arrears = U.read_huurachterstand(doc)
    meta["huurachterstand_eur"], bewijs["huurachterstand_eur"] = arrears.value, arrears.evidence

    roles, rev = U.read_partijrollen(doc)
    extra["partijrollen"] = roles
    extra["bewijs_partijrollen"] = {k: v.to_record() for k, v in rev.items() if v}


def _gemeente_named(doc: Document) -> tuple[list[str], Evidence | None]:
    """For complaints, policies and reports: the municipalities the text names, in order.

    A regulation's own metadata (CVDR dcterms:creator) comes first; otherwise the gazetteer's
    unambiguous mentions ("we zijn uit huis gezet in Enschede"). Rulings never get here: for
    them the case's municipality must come from the stricter tiers in read_gemeente.
    """
    stated = doc.metadata.get("gemeente")
    if stated:
        return ([stated] if isinstance(stated, str) else list(stated)), None
    from klachtanalyse.language import find_gemeenten

    found = [(m.value, m.start, m.end) for m in find_gemeenten(doc.text)
             if not (m.info or {}).get("dubbelzinnig") and isinstance(m.value, str)]
    if not found:
        # "de gemeente Haverdam": a municipality named as such that the gazetteer does not know
        found = [(_TRAILING.sub("", m.group(1)), m.start(), m.end()) for m in re.finditer(rules()["gemeente_expliciet"], doc.text)]
    names: list[str] = []
    first: Evidence | None = None
    for name, start, end in found:
        if name not in names:
            names.append(name)
            if first is None:
                first = doc.evidence(start, end, "gemeente")
        if len(names) == 3:
            break
    return names, first


_TRAILING = re.compile(r"(?: (?:aan|op|in|de|den|der))+$")
