"""The facts researchers count in a court ruling on an eviction or a closure.

Each reader function returns a `Fact`: the value and the passage it was read from, so a
researcher can check every cell of the table against the ruling. What the open-data XML
states (ECLI, court, date, procedure) is taken from the reader's metadata; the rest is read
from the text, the outcome above all from the decision part ("De beslissing", dictum).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from klachtanalyse.document import Document, Evidence
from klachtanalyse.extract.text import Span, any_rx, courts, rules, rx, sentences
from klachtanalyse.language import blank_pseudo_negations, unticked_before

GROUNDS = ("huurachterstand", "overlast", "drugs_criminaliteit", "woonfraude_onderhuur", "overig")
MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
ECLI_RX = re.compile(r"\bECLI:NL:[A-Z]{2,8}:\d{4}:[A-Z0-9.]{1,25}\b")


@dataclass
class Fact:
    value: Any
    evidence: Evidence | None = None


def _ev(doc: Document, span: Span | tuple[int, int] | None, rule: str) -> Evidence | None:
    if span is None:
        return None
    a, b = (span.start, span.end) if isinstance(span, Span) else span
    return doc.evidence(a, b, rule)


# --- ecli, instantie, datum: the XML states them; the website text has them in its header

def read_ecli(doc: Document) -> Fact:
    if doc.metadata.get("ecli"):
        return Fact(doc.metadata["ecli"])
    m = ECLI_RX.search(doc.text[:3000])
    return Fact(m.group(0), _ev(doc, m.span(), "ecli")) if m else Fact(None)


def read_instantie(doc: Document, ecli: str | None) -> Fact:
    if doc.metadata.get("instantie"):
        return Fact(doc.metadata["instantie"])
    head = doc.text[:3000]
    m = rx(r"^\s*instantie\s*:?\s*\n?\s*([^\n]+)").search(head)
    if m:
        return Fact(m.group(1).strip(), _ev(doc, m.span(1), "kop"))
    if ecli:
        code = ecli.split(":")[2]
        if code in courts():
            return Fact(courts()[code])
    m = rx(r"^\s*(rechtbank|gerechtshof|raad van state|centrale raad van beroep|hoge raad)\b[ \t]*([^\n]*)").search(head)
    if m:
        name = " ".join(w.capitalize() if w.isupper() or w.islower() else w for w in m.group(0).split())
        name = re.sub(r"\bVan\b", "van", re.sub(r"’|`", "'", name))
        name = re.sub(r"'S-", "'s-", name)
        if name.lower().startswith("raad van state"):
            name = "Raad van State"
        return Fact(name, _ev(doc, m.span(), "kop"))
    return Fact(None)


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        mon = int(month) if month.isdigit() else MONTHS[month.lower()]
        return date(int(year), mon, int(day)).isoformat()
    except (KeyError, ValueError):
        return None


def read_datum(doc: Document) -> Fact:
    if doc.metadata.get("datum"):
        return Fact(str(doc.metadata["datum"])[:10])
    head = doc.text[:4000]
    month = "|".join(MONTHS)
    dmy = r"(\d{1,2}) (" + month + r") (\d{4})"
    # the header of the ruling first; "Bij vonnis van ..." in the facts is another decision
    for pat, where in (
        (r"datum uitspraak\s*:?\s*\n?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", head),
        (r"(?:uitspraakdatum|datum uitspraak)\s*:?\s*" + dmy, head),
        (r"^[ \t]*(?:vonnis|arrest|uitspraak|beschikking|tussenvonnis|eindvonnis)\b[^\n]{0,60}? (?:van|d\.d\.):?\s*" + dmy, head),
        (r"(?:uitgesproken|gedaan|gewezen)[^.\n]{0,60}? (?:op|van) " + dmy, doc.text),
        (r"(?:vonnis|arrest|uitspraak|beschikking)(?: van de \w+)? van " + dmy, head),
    ):
        found = list(rx(pat).finditer(where))
        if found:
            m = found[-1] if where is doc.text else found[0]
            iso = _iso(*m.groups())
            if iso:
                return Fact(iso, _ev(doc, m.span(), "datum"))
    return Fact(None)


# --- structure: where the decision is, where the court reasons

def decision_span(doc: Document) -> Span | None:
    """The decision part: the reader's "beslissing" segment, else the last decision heading."""
    segs = doc.segments_of("beslissing")
    if segs:
        return Span(segs[-1].start, segs[-1].end)
    text = doc.text
    start = None
    for pat in rules()["beslissing_kop"]:
        for m in rx(pat).finditer(text):
            if m.start() > len(text) * 0.3 or len(text) < 3000:
                if start is None or m.start() > start:
                    start = m.start()
        if start is not None:
            break
    if start is None:
        return None
    end = len(text)
    m = any_rx(rules()["beslissing_eind"]).search(text, start + 10)
    if m:
        end = m.start()
    return Span(start, end)


def reasoning_start(doc: Document) -> int:
    """Where the court's own assessment starts ("De beoordeling", "Overwegingen")."""
    m = None
    for m in rx(r"^[ \t]*(?:\d{1,2}\.?[ \t]*)?(?:de |het )?(?:beoordeling|overwegingen|motivering|oordeel|beoordeling van het (?:hoger )?beroep)\b[^\n]{0,40}$").finditer(doc.text):
        break
    return m.start() if m else 0


# --- outcome

def _find(doc: Document, patterns: list[str], span: Span) -> re.Match | None:
    return any_rx(patterns).search(doc.text, span.start, span.end)


def _sentence_of(doc: Document, pos: int, within: Span | None = None) -> Span:
    a = within.start if within else 0
    b = within.end if within else len(doc.text)
    for s in sentences(doc.text, max(a, pos - 600), min(b, pos + 600)):
        if s.start <= pos < s.end:
            return s
    return Span(pos, min(b, pos + 200))


def eviction_at_stake(doc: Document) -> re.Match | None:
    """The first sign that an eviction, dissolution of a lease or a closure is at stake.

    A mention that is only hypothetical or denied ("in het uiterste geval kan sluiting van
    de woning volgen, maar dat is nu niet aan de orde") does not count; the language layer's
    `qualify` decides that.
    """
    if rules().get("geen_zaak") and rx(rules()["geen_zaak"]).search(doc.text[:2500]):
        return None  # the dispute is about the costs of a closure that stands (blind6, blind8)
    areas = [str(a).strip().lower() for a in doc.metadata.get("rechtsgebieden") or [] if str(a).strip()]
    if areas and all(a in rules().get("rechtsgebied_zonder_ontruiming", []) for a in areas):
        return None  # a criminal court orders no eviction, whatever the accused went through (blind25)
    head = rx(r"ECLI:NL:[A-Z]+:").search(doc.text[:400])
    ecli = str(doc.metadata.get("ecli") or "") or (head.group(0) if head else "")
    if ":CRVB:" in ecli.upper():
        return None  # the Centrale Raad van Beroep decides on benefits, never on an eviction (blind19)
    qualify = _qualifier()
    maybe = rx(rules()["slechts_mogelijk"])
    not_claimed = rx(rules()["niet_gevorderd"])
    for m in any_rx(rules()["ontruiming_aan_de_orde"]).finditer(doc.text):
        sent = _sentence_of(doc, m.start())
        if maybe.search(doc.text, max(sent.start, m.start() - 60), min(sent.end, m.end() + 60)):
            continue
        if not_claimed.search(doc.text, sent.start, sent.end):
            continue
        if qualify is not None:
            q = qualify(doc.text, m.start(), m.end())
            if q.hypothetical or q.negated:
                continue
        return m
    return None


def business_closure(doc: Document) -> bool:
    """A closure of a business and of no home ("sluiting van de kapsalon"): no home at stake."""
    r = rules()
    return bool(rx(r["bedrijfssluiting"]).search(doc.text)) and not rx(r["woningsluiting"]).search(doc.text)


def _qualifier():
    from klachtanalyse import language

    return getattr(language, "qualify", None)



def is_closure_case(doc: Document) -> re.Match | None:
    """A closure by the burgemeester before the administrative court; a civil eviction that
    merely mentions an earlier 13b closure is not one."""
    m = any_rx(rules()["sluitingszaak"]).search(doc.text)
    if not m:
        return None
    areas = " ".join(str(a) for a in _as_list(doc.metadata.get("rechtsgebieden"))).lower()
    if "bestuursrecht" in areas:
        return m
    if "civiel" in areas:
        return None
    head = doc.text[: max(3000, len(doc.text) // 4)]
    if rx(r"\bverweerder\b|\bburgemeester van\b[^\n]{0,60}(?:verweerder|appellant)|afdeling bestuursrechtspraak|\bbestuursrecht\b").search(head):
        return m
    return None


def _longer_term(doc: Document, before: int) -> re.Match | None:
    """The court deliberately sets a longer term than usual, not one it refuses ("Voor een
    langere termijn ziet de kantonrechter geen grond", blind4)."""
    refused = rules().get("langere_termijn_geweigerd")
    for m in rx(rules()["langere_termijn"]).finditer(doc.text, 0, before):
        sent = _sentence_of(doc, m.start())
        if refused and rx(refused).search(doc.text, sent.start, sent.end):
            continue
        refused_next = rules().get("langere_termijn_geweigerd_na")
        if refused_next and rx(refused_next).search(doc.text[sent.end : sent.end + 80]):
            continue
        return m
    return None


def _classify_dictum(doc: Document, span: Span, closure: bool, tenant_claims: bool) -> tuple[str | None, re.Match | None]:
    d = rules()["dictum"]
    found = {k: _find(doc, v, span) for k, v in d.items()}
    if closure:
        # The order matters: "rechtsgevolgen in stand" keeps a closure after an annulment;
        # an annulled or suspended decision ends it; a later start date defers it; "beroep
        # ongegrond" or a refused interim measure upholds it, even after "hoger beroep gegrond".
        stands = rx(r"rechtsgevolgen[^.;]{0,80}in stand").search(doc.text, span.start, span.end)
        if stands:
            return "toegewezen", stands
        if found.get("latere_ingang"):
            return "voorwaardelijk", found["latere_ingang"]
        if found.get("kortere_duur"):
            return "toegewezen", found["kortere_duur"]
        if found["vernietiging"]:
            return "afgewezen", found["vernietiging"]
        if found["voorwaarde"]:
            return "voorwaardelijk", found["voorwaarde"]
        if found["instandhouding"]:
            return "toegewezen", found["instandhouding"]
        if found["vernietiging_zwak"]:
            return "afgewezen", found["vernietiging_zwak"]
        if found["afwijzing"]:
            return "toegewezen", found["afwijzing"]
        return None, None
    if found.get("vernietiging_vonnis") and found.get("afwijzing_ontruiming"):
        return "afgewezen", found["afwijzing_ontruiming"]  # the appeal court quashes the eviction and refuses it anew
    if found.get("verbod_zonder_titel"):
        # a ban on evicting without a court's title is a refusal, whatever "ontruimen ... zolang" looks like (blind31)
        return "afgewezen", found["verbod_zonder_titel"]
    if found["orde"] and found["voorwaarde"]:
        return "voorwaardelijk", found["voorwaarde"]
    longer = _longer_term(doc, span.start)
    if found["orde"] and longer:
        return "voorwaardelijk", longer
    if found["orde"]:
        return "toegewezen", found["orde"]
    if tenant_claims:
        if found["voorwaarde"]:
            return "voorwaardelijk", found["voorwaarde"]
        if found["afwijzing"]:
            return "toegewezen", found["afwijzing"]
    if found["voorwaarde"] and not found["afwijzing"]:
        return "voorwaardelijk", found["voorwaarde"]
    if found["afwijzing"]:
        return "afgewezen", found["afwijzing"]
    if found.get("afwijzing_rest") and not tenant_claims:
        return "afgewezen", found["afwijzing_rest"]  # only money ordered, the eviction claimed: refused
    return None, None


def read_uitkomst(doc: Document, procedure: str | None, at_stake: bool | None = None) -> Fact:
    if at_stake is None:
        at_stake = eviction_at_stake(doc) is not None
    if not at_stake:
        return Fact("niet_van_toepassing")
    if procedure == "conclusie":
        return Fact(None)  # an advocate-general advises; nothing is decided
    span = decision_span(doc)
    if span is None:
        return Fact(None)
    closure = bool(is_closure_case(doc))
    before = Span(0, span.start)
    tenant_claims = bool(_find(doc, rules()["vordering_huurder"], before)) and not closure
    d = rules()["dictum"]
    confirms = _find(doc, d["bekrachtiging"], span)
    quashes = _find(doc, d["vernietiging_vonnis"], span)
    if closure and _find(doc, d["bevestiging_uitspraak"], span) and not _find(doc, d["vernietiging"], span):
        confirms = _find(doc, d["bevestiging_uitspraak"], span)
    if confirms and not quashes:
        # The appeal court confirms: the outcome is what the judgment appealed from decided,
        # as the court recounts it ("De kantonrechter heeft ... ontbonden ...").
        lower = _lower_court_outcome(doc, before, closure, tenant_claims)
        if lower.value:
            return Fact(lower.value, lower.evidence or _ev(doc, _sentence_of(doc, confirms.start, span), "dictum.bekrachtiging"))
    value, m = _classify_dictum(doc, span, closure, tenant_claims)
    if value is None:
        return Fact(None)
    return Fact(value, _ev(doc, _sentence_of(doc, m.start(), span), f"dictum.{value}"))


def _lower_court_outcome(doc: Document, before: Span, closure: bool, tenant_claims: bool) -> Fact:
    pat = rx(r"(?:kantonrechter|voorzieningenrechter|rechtbank|hof)\s+(?:heeft|had)\b|(?:heeft|had)\s+(?:de|het)\s+(?:kantonrechter|voorzieningenrechter|rechtbank|hof)\b")
    for m in pat.finditer(doc.text, before.start, before.end):
        # the recounted decision: this sentence and the following lines (often a list)
        block = Span(m.start(), min(before.end, m.end() + 900))
        cut = rx(r"\n\s*\d+(?:\.\d+)+\.?\s").search(doc.text, m.end(), block.end)
        if cut:
            block = Span(block.start, cut.start())
        if closure:
            block = _sentence_of(doc, m.start(), before)
        text = doc.text[block.start:block.end]
        if closure:
            if rx(r"beroep[^.;]{0,30}\bgegrond|besluit[^.;]{0,40}vernietigd|geschorst").search(text) and not rx(r"\bongegrond").search(text):
                return Fact("afgewezen", _ev(doc, _sentence_of(doc, block.start), "eerste_aanleg.afgewezen"))
            if rx(r"ongegrond|afgewezen").search(text):
                return Fact("toegewezen", _ev(doc, _sentence_of(doc, block.start), "eerste_aanleg.toegewezen"))
            continue
        part = {
            "orde": r"ontbonden|veroordeeld[^.;]{0,120}(?:te ontruimen|ontruiming)|ontruiming[^.;]{0,40}toegewezen|(?:vordering|vorderingen)[^.;]{0,40}toegewezen",
            "voorwaarde": r"geschorst|opgeschort|voorwaarde|niet eerder|verlengd",
            "afwijzing": r"afgewezen",
        }
        hits = {k: rx(p).search(text) for k, p in part.items()}
        value = None
        if hits["voorwaarde"]:
            value, h = "voorwaardelijk", hits["voorwaarde"]
        elif hits["orde"]:
            value, h = "toegewezen", hits["orde"]
        elif hits["afwijzing"]:
            value, h = ("toegewezen" if tenant_claims or closure else "afgewezen"), hits["afwijzing"]
        if value:
            return Fact(value, _ev(doc, _sentence_of(doc, block.start + h.start()), f"eerste_aanleg.{value}"))
    return Fact(None)


# --- grounds

def _negated(doc: Document, sent: Span, pos: int, end: int | None = None) -> bool:
    """A denial before the mention ("geen huurachterstand") or right after it in the same
    sentence ("Van een betalingsachterstand is geen sprake")."""
    lead = doc.text[max(sent.start, pos - 60) : pos]
    # a denial in an earlier clause does not reach past "en" ("omdat de huurder niet in de woning zou wonen en
    # haar zou onderverhuren", blind22)
    lead = lead[lead.rfind(" en ") + 4 :] if " en " in lead else lead
    # "Niet in geschil is dat ..." affirms: the language layer's pseudo-negations, and extract's own ("niet geleid tot het
    # ophouden van"), are no denial (blind25)
    lead = blank_pseudo_negations(lead)
    if rules().get("bevestiging_met_niet"):
        lead = rx(rules()["bevestiging_met_niet"]).sub(" ", lead)
    if rx(rules()["ontkenning"]).search(lead):
        return True
    # session 7 (blind11): a list after "geen sprake van" ("er is geen sprake van geweld tegen personen, van
    # bedreiging met wapens of van criminele activiteiten")
    far = doc.text[max(sent.start, pos - 160) : pos]
    denied = rx(r"\bgeen sprake van\b").search(far)
    if denied and not rx(r"\b(?:maar|wel|echter)\b").search(far[denied.end():]):
        return True
    after = rules().get("ontkenning_na")
    return bool(after and end is not None and rx(after).search(doc.text[end : sent.end]))


def _example(doc: Document, sent: Span, pos: int) -> bool:
    """In a ruling, the ground is named as an example in a quoted policy ("zoals gevaarzetting of overlast"),
    not as the case's (blind21)."""
    pat = rules().get("voorbeeld_voor")
    return bool(pat) and bool(rx(pat).search(doc.text[max(sent.start, pos - 60) : pos]))


_EVICTION_WORDS = r"ontruim|uitzet|uitgezet|huisuitzetting|uit (?:huis|de woning) gezet|ontbind|ontbonden|sluiting|gesloten|opgezegd|de woning uit|op straat"


def read_grond(doc: Document, at_stake: bool, eviction_sentences_only: bool = False) -> tuple[list[str], dict[str, Evidence]]:
    """Grounds for the eviction. In a ruling the whole text is about the case; in a complaint
    or a letter (`eviction_sentences_only`) a ground counts only in a sentence that speaks of
    the eviction itself ("we zijn uit huis gezet vanwege een huurachterstand")."""
    if not at_stake:
        return [], {}
    out: list[str] = []
    ev: dict[str, Evidence] = {}
    text = doc.text
    # The inhoudsindicatie and the facts come first; one affirmed mention is enough.
    for ground, pats in rules()["gronden"].items():
        for m in any_rx(pats).finditer(text):
            sent = _sentence_of(doc, m.start())
            if _negated(doc, sent, m.start(), m.end()) or (not eviction_sentences_only and _example(doc, sent, m.start())):
                continue
            if eviction_sentences_only and not rx(_EVICTION_WORDS).search(doc.text, sent.start, sent.end):
                continue
            if unticked_before(doc.text, m.start()):
                continue  # a form's empty tick box: a ground not chosen (the language layer's cue)
            if ground == "overlast" and not eviction_sentences_only and rx(rules()["overlast_door_drugs"]).search(text, sent.start, m.start()):
                continue  # the drugs' own nuisance ("brandgevaar en stankoverlast" of a hemp farm) is the drugs ground
            out.append(ground)
            ev[ground] = _ev(doc, sent, f"grond.{ground}")
            break
    if "huurachterstand" in out and is_closure_case(doc) is not None:
        # a burgemeester closes a home for drugs or disorder, never for rent arrears; arrears named in a
        # closure case are background ("een huurachterstand die hij inmiddels heeft ingelopen", blind6)
        out.remove("huurachterstand")
        ev.pop("huurachterstand")
    if "overig" in out and len(out) > 1:
        # "overig" only where no named ground applies (renovation mentioned beside arrears).
        out.remove("overig")
        ev.pop("overig")
    return [g for g in GROUNDS if g in out], ev


# --- children

def read_kinderen(doc: Document) -> Fact:
    k = rules()["kinderen"]
    adult = rx(k["niet_minderjarig"])
    others = rx(k["van_anderen"])
    yes = any_rx(k["ja"])
    for m in yes.finditer(doc.text):
        sent = _sentence_of(doc, m.start())
        window = doc.text[max(sent.start, m.start() - 30) : min(sent.end, m.end() + 30)]
        if adult.search(window) or others.search(doc.text, max(sent.start, m.start() - 40), m.start()):
            continue
        # the first age given after the child in this sentence ("zijn zoon [zoon], die ten tijde van het besluit 24
        # jaar oud was", blind19)
        age = rx(r"\b(\d{1,2})\s*jaar\b").search(doc.text, m.end(), min(sent.end, m.end() + 80))
        if age and int(age.group(1)) >= 18 and not rx(r"\b(?:[0-9]|1[0-7])\s*(?:jaar|,|en)\b").search(doc.text, m.end(), age.start()):
            continue
        if _lives_elsewhere(doc, m.end()):
            continue
        if k.get("ontkend_na") and rx(k["ontkend_na"]).search(doc.text[m.end() : m.end() + 60]):
            continue
        if k.get("vraag_voor") and rx(k["vraag_voor"]).search(doc.text[max(sent.start, m.start() - 100) : m.start()]):
            continue  # a question or a criterion ("de vraag of er minderjarige kinderen in de woning wonen")
        if _negated(doc, sent, m.start()) and not rx(r"minderjarig").search(doc.text[m.start():m.end()]):
            continue
        if rx(r"\bgeen\b[^.]{0,20}$").search(doc.text[max(sent.start, m.start() - 25):m.start()]):
            continue
        return Fact(True, _ev(doc, sent, "kinderen.ja"))
    minor = _household_minor(doc)
    if minor is not None:
        return minor
    m = any_rx(k["nee"]).search(doc.text)
    if m:
        return Fact(False, _ev(doc, _sentence_of(doc, m.start()), "kinderen.nee"))
    return Fact(None)


def _lives_elsewhere(doc: Document, after: int) -> bool:
    """The children just named live with the other parent or elsewhere ("die bij hun moeder in
    Eindhoven wonen", blind9): looked for in the next 120 characters, into the next sentence."""
    elsewhere = rules()["kinderen"].get("elders")
    return bool(elsewhere) and bool(rx(elsewhere).search(doc.text, after, min(len(doc.text), after + 120)))


def _household_minor(doc: Document) -> Fact | None:
    """The language layer's household spans: a child whose stated ages are all under 18."""
    from klachtanalyse import language

    find = getattr(language, "find_household", None)
    if find is None:
        return None
    for m in find(doc.text):
        value = m.value if isinstance(m.value, dict) else {}
        ages = [a for a in value.get("leeftijden") or [] if isinstance(a, (int, float))]
        if value.get("rol") == "kind" and ages and max(ages) < 18:
            sent = _sentence_of(doc, m.start)
            if _lives_elsewhere(doc, m.end):
                continue
            if not _negated(doc, sent, m.start):
                return Fact(True, _ev(doc, sent, "kinderen.huishouden"))
    return None


def read_belang_kind(doc: Document, kinderen: bool | None) -> Fact:
    """True only where the court itself weighs the children's interests."""
    b = rules()["belang_kind"]
    term, judge, weigh, party = rx(b["term"]), rx(b["hof"]), rx(b["weging"]), rx(b["partij"])
    term_weighing = rx(b["term_weging"])
    start = reasoning_start(doc)
    dec = decision_span(doc)
    end = dec.end if dec else len(doc.text)
    for s in sentences(doc.text, start, end):
        sent = doc.text[s.start : s.end]
        t = term.search(sent) or term_weighing.search(sent)
        if not t:
            continue
        if party.search(sent) and not judge.search(sent[: t.start()]):
            continue  # a party invokes the children's interests; the court has not weighed them
        if rx(b["rechter_afwijzend"]).search(sent) and not weigh.search(sent):
            continue
        if b.get("niet_toegekomen") and rx(b["niet_toegekomen"]).search(sent):
            continue
        if weigh.search(sent) or judge.search(sent):
            return Fact(True, _ev(doc, s, "belang_kind.gewogen"))
    if kinderen:
        return Fact(False)
    return Fact(None)


# --- arrears

_AMOUNT = re.compile(r"(?:€|EUR|euro)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}|-{1,2}|=))?|(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?\s*(?:euro|EUR)\b", re.IGNORECASE)


def _amount_value(m: re.Match) -> float:
    whole = (m.group(1) or m.group(3)).replace(".", "")
    cents = m.group(2) or m.group(4) or ""
    return float(whole) + (float(cents) / 100 if cents.isdigit() else 0.0)


def read_huurachterstand(doc: Document) -> Fact:
    """The highest amount stated as owed in rent arrears."""
    ctx_rx, excl_rx = rx(rules()["huurachterstand_context"]), rx(rules()["huurachterstand_uitsluiten"])
    best: tuple[float, Span] | None = None
    previous = ""
    for s in sentences(doc.text):
        sent = doc.text[s.start : s.end]
        before, previous = previous, sent
        if "€" not in sent and "euro" not in sent.lower() and "eur" not in sent.lower():
            continue
        # the arrears may be named in the sentence before ("Er is geen huur betaald. Er staat € X open.")
        carried = bool(ctx_rx.search(before)) and bool(rx(r"\bbedrag|\bopen\b|\bstond|\bbeloopt|\bbedraagt|\bbedroeg|\bbeliep|\bopgelopen\b|\bgestegen\b").search(sent))
        if not ctx_rx.search(sent) and not carried:
            continue
        for m in _AMOUNT.finditer(sent):
            # the words just before the amount decide what it is
            lead = sent[max(0, m.start() - 70) : m.start()]
            tail = sent[m.end() : m.end() + 30]
            near = lead[-45:] + " " + tail
            if excl_rx.search(near) and not ctx_rx.search(lead[-45:]):
                continue
            if rx(rules()["huurachterstand_met_kosten"]).match(sent, m.end()):
                continue  # "€ 5.365,49 (huurachterstand en buitengerechtelijke incassokosten)": arrears and costs summed
            if not ctx_rx.search(lead) and not ctx_rx.search(tail) and not ctx_rx.search(sent[: m.start()]) and not carried:
                continue
            value = _amount_value(m)
            if value < 1:
                continue
            if best is None or value > best[0]:
                best = (value, s)
    if best is None:
        return Fact(None)
    return Fact(best[0], _ev(doc, best[1], "huurachterstand"))


# --- procedure, legal area, parties

def read_procedure(doc: Document, ecli: str | None) -> Fact:
    """bodemzaak, kort geding, hoger beroep, cassatie, conclusie, voorlopige voorziening or
    executiegeschil: the open-data "procedure" where it says, else the wording of the ruling."""
    meta = " ".join(str(x) for x in _as_list(doc.metadata.get("procedure"))).lower()
    code = ecli.split(":")[2] if ecli and ecli.count(":") >= 3 else ""
    if code == "PHR" or "conclusie" in meta:
        return Fact("conclusie")
    if code == "HR" or "cassatie" in meta:
        return Fact("cassatie")
    if "hoger beroep" in meta:
        return Fact("hoger beroep")
    head = doc.text[: min(len(doc.text), 6000)]
    m = rx(r"executiegeschil|executie kort geding|art(?:ikel|\.)\s*438\s*(?:Rv|van het Wetboek)").search(head)
    if m:
        return Fact("executiegeschil", _ev(doc, _sentence_of(doc, m.start()), "procedure.executiegeschil"))
    for key in ("voorlopige voorziening", "kort geding"):
        if key in meta:
            return Fact(key)
    first_instance = "eerste aanleg" in meta or code.startswith("RB")
    if "eerste aanleg" in meta:
        # the open data name the procedure; a request for interim relief told in the history ("een verzoek om
        # voorlopige voorziening ... later heeft ingetrokken") does not make this one (blind15)
        return Fact("bodemzaak")
    if not first_instance:
        m = rx(r"\bhoger beroep\b|\bappellant|\bappellante\b|\bgeïntimeerde\b|memorie van grieven").search(head)
        if m or code in ("RVS", "CRVB", "CBB") or code.startswith("GH"):
            return Fact("hoger beroep", _ev(doc, _sentence_of(doc, m.start()), "procedure.hoger beroep") if m else None)
    for key, pat in (
        ("executiegeschil", r"executiegeschil|executie kort geding|art(?:ikel|\.)\s*438\s*(?:Rv|van het Wetboek)"),
        ("voorlopige voorziening", r"voorlopige voorziening"),
        ("kort geding", r"kort geding|voorzieningenrechter"),
    ):
        if key in meta and key != "executiegeschil":
            return Fact(key)
        m = rx(pat).search(head)
        if m:
            return Fact(key, _ev(doc, _sentence_of(doc, m.start()), f"procedure.{key}"))
    return Fact("bodemzaak")


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def read_rechtsgebied(doc: Document, closure: bool) -> str | None:
    areas = _as_list(doc.metadata.get("rechtsgebieden") or doc.metadata.get("rechtsgebied"))
    text = " ".join(str(a) for a in areas).lower()
    if "bestuursrecht" in text:
        return "bestuursrecht"
    if "civiel" in text:
        return "civiel recht"
    if "strafrecht" in text:
        return "strafrecht"
    if closure or rx(r"\bverweerder\b|\bbestuursrecht\b|algemene wet bestuursrecht|\bAwb\b").search(doc.text[:8000]):
        return "bestuursrecht"
    if rx(r"\b(?:kantonrechter|dagvaarding|eiser(?:es)?|gedaagde|vonnis|huurovereenkomst)\b").search(doc.text):
        return "civiel recht"
    return None


_OPENING_HEADING = re.compile(r"[ \t]*(?:uitspraak|vonnis|arrest|beschikking)[ \t]*\n", re.I)


def _party_block(doc: Document) -> Span:
    """The head of the ruling where the parties are named (before the first section)."""
    # a heading that only opens the ruling ("Uitspraak", "Vonnis" after the open-data header) does not end it
    # (blind28, session 11: "de burgemeester van Roosendaal, verweerder" comes after it)
    secs = [s for s in doc.segments if s.kind == "section" and s.start > 100 and not _OPENING_HEADING.match(doc.text, s.start)]
    end = secs[0].start if secs else 0
    if not end:
        m = rx(r"^[ \t]*(?:\d\.?\s*)?(?:procesverloop|de procedure|het procesverloop|het geding|overwegingen|procedure)\b").search(doc.text, 100)
        end = m.start() if m else len(doc.text) // 4
    return Span(0, min(end, len(doc.text)))


def read_partijrollen(doc: Document) -> tuple[dict[str, Any], dict[str, Evidence]]:
    """Who the landlord is (woningcorporatie or particulier) and whether a burgemeester is a party."""
    ev: dict[str, Evidence] = {}
    roles: dict[str, Any] = {"verhuurder": None, "burgemeester": False}
    head = _party_block(doc)
    corp = rx(rules()["woningcorporatie"])
    m = corp.search(doc.text, 0, max(head.end, 4000)) or corp.search(doc.text, 0, 60000)
    if m:
        roles["verhuurder"] = "woningcorporatie"
        ev["verhuurder"] = _ev(doc, _sentence_of(doc, m.start()), "partij.woningcorporatie")
    else:
        # "[huurder] huurt van X": X a stichting among the parties is a corporation, a B.V. or a
        # (pseudonymised) person a private landlord.
        for h in rx(r"(?:huurt|huurde|huren|huurden)\s+(?:sinds\s+[^.,]{1,25}?\s+)?van\s+(?:de |het )?(\[[^\]]{1,40}\]|(?-i:[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3}))").finditer(doc.text):
            name = h.group(1)
            if name.lower() in ("de", "het", "een"):
                continue
            block = doc.text[head.start : head.end]
            if rx(r"stichting\s+(?:\w+\s+){0,2}" + re.escape(name)).search(block) or rx(r"wonen|woon|woning|huisvesting").search(name):
                roles["verhuurder"] = "woningcorporatie"
            elif name.startswith("[") or rx(re.escape(name) + r"[^,\n]{0,30}B\.?V\.?").search(doc.text):
                roles["verhuurder"] = "particulier"
            if roles["verhuurder"]:
                ev["verhuurder"] = _ev(doc, _sentence_of(doc, h.start()), f"partij.{roles['verhuurder']}")
                break
        if roles["verhuurder"] is None:
            m = rx(r"(?:^|\s)(\[[^\]]{1,40}\]|(?-i:[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})) verhuurt\b").search(doc.text)
            if m and (m.group(1).startswith("[") or rx(re.escape(m.group(1)) + r"[^,\n]{0,30}B\.?V\.?").search(doc.text)):
                roles["verhuurder"] = "particulier"
                ev["verhuurder"] = _ev(doc, _sentence_of(doc, m.start()), "partij.particulier")
        if roles["verhuurder"] is None:
            m = rx(rules()["particuliere_verhuurder"]).search(doc.text)
            if m:
                roles["verhuurder"] = "particulier"
                ev["verhuurder"] = _ev(doc, _sentence_of(doc, m.start()), "partij.particulier")
    m = rx(r"\b(?:de )?burgemeester van\b").search(doc.text, head.start, head.end)
    if m:
        roles["burgemeester"] = True
        ev["burgemeester"] = _ev(doc, _sentence_of(doc, m.start()), "partij.burgemeester")
    return roles, ev
