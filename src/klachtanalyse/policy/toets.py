"""The rights check of a municipal policy: each of the seven requirements aanwezig,
gedeeltelijk or afwezig, with the sentences (and article numbers) that show it.

Why sentence cues rather than a trained model: a policy officer must be able to see exactly
why a requirement was judged present, and a handful of written policies is too little to
train on honestly. The cues live in data/vereisten.yaml; this module only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from klachtanalyse.document import Document, Evidence

STATUS_ORDER = {"afwezig": 0, "gedeeltelijk": 1, "aanwezig": 2}
MAX_EVIDENCE = 3

_ARTICLE_LINE = re.compile(
    r"^(?P<label>(?:Artikel|Art\.)\s+[\dIVXLC]+[a-z]?(?:\.\d+)*|§\s*\d+(?:\.\d+)*|\d+(?:\.\d+)*\.?)\s+\S",
    re.MULTILINE,
)


def _compile(patterns: list[str] | None) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in (patterns or [])]


@dataclass
class Requirement:
    """One requirement's cues, read from data/vereisten.yaml."""

    id: str
    titel: str
    gezocht: list[str]
    onderwerp: list[re.Pattern]
    zwak_onderwerp: list[re.Pattern]
    context: list[re.Pattern]
    sterk: list[re.Pattern]
    zwak: list[re.Pattern]
    ontkenning: list[re.Pattern]
    plafond: list[re.Pattern]
    # sentences that do not concern this requirement although its topic words occur
    # ("een brief met een aanbod voor een gesprek" over debts is outreach, R4, not informing, R3)
    overslaan: list[re.Pattern] = field(default_factory=list)


@dataclass
class RequirementResult:
    id: str
    titel: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    artikelen: list[str] = field(default_factory=list)
    gezocht: list[str] = field(default_factory=list)
    ontkend: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "status": self.status,
            "evidence": [e.to_record() for e in self.evidence],
        }
        if self.artikelen:
            out["artikelen"] = self.artikelen
        if self.status == "afwezig":
            out["gezocht"] = self.gezocht
        if self.ontkend:
            out["uitgesloten"] = [e.to_record() for e in self.ontkend]
        return out


@lru_cache(maxsize=1)
def _cues() -> dict:
    """data/vereisten.yaml, read once."""
    return yaml.safe_load(resources.files("klachtanalyse.policy").joinpath("data/vereisten.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def load_requirements() -> tuple[Requirement, ...]:
    """The seven requirements with their cues; global cues are merged in per requirement."""
    raw = _cues()
    reqs = []
    for rid, spec in raw["vereisten"].items():
        sterk = list(spec.get("sterk") or [])
        zwak = list(spec.get("zwak") or [])
        ontkenning = list(spec.get("ontkenning") or [])
        if spec.get("globaal_ontkenning", True):
            ontkenning += raw.get("ontkenning") or []
        if spec.get("globaal_sterk", True):
            sterk += raw["sterk"]
        if spec.get("globaal_zwak", True):
            zwak += raw["zwak"]
        plafond = list(spec.get("plafond") or []) + list(raw.get("plafond") or [])
        reqs.append(
            Requirement(
                id=rid,
                titel=spec["titel"],
                gezocht=list(spec.get("gezocht") or []),
                onderwerp=_compile(spec.get("onderwerp")),
                zwak_onderwerp=_compile(spec.get("zwak_onderwerp")),
                context=_compile(spec.get("context")),
                sterk=_compile(sterk),
                zwak=_compile(zwak),
                ontkenning=_compile(ontkenning),
                plafond=_compile(plafond),
                overslaan=_compile(spec.get("overslaan")),
            )
        )
    return tuple(reqs)


@lru_cache(maxsize=1)
def skip_patterns() -> tuple[re.Pattern, ...]:
    """Sentences that count for no requirement (data/vereisten.yaml `overslaan`): a report to the
    council says nothing about what a family gets."""
    return tuple(_compile(_cues().get("overslaan")))


def _first_match(patterns: list[re.Pattern], text: str, pos: int = 0) -> tuple[int, int] | None:
    """(start, end) of the match that starts first at or after `pos`, or None."""
    hits = [(m.start(), m.end()) for p in patterns if (m := p.search(text, pos))]
    return min(hits) if hits else None


# A sentence that opens with a condition ("Als u uit uw huis moet, kijkt de gemeente ...") says what the body does in
# its main clause (extern-beleid-26).
_LEADING_CONDITION = re.compile(r"^\W*(?:\d[\d.]*\s+)?(?:als|indien|wanneer|zodra)\b[^,;:]{0,160},", re.IGNORECASE)


def main_clause_start(sentence: str) -> int:
    """Where the main clause starts: after a leading conditional clause, else 0."""
    m = _LEADING_CONDITION.match(sentence)
    return m.end() if m else 0


def _first(patterns: list[re.Pattern], text: str) -> int | None:
    first = _first_match(patterns, text)
    return first[0] if first else None


# (not after a conjunction: in "zorgt voor begeleiding en, waar nodig, jeugdhulp" the aside qualifies the second item only)
_PARENTHETICAL_VAGUE = re.compile(
    r"(?:(?!\b(?:en|of)\b)[^.;,]){0,30},\s*(?:waar|zo|indien|zoveel|zo veel|voor zover)\s+(?:mogelijk|nodig)\s*,", re.I)


# (twenty-sixth batch: a condition after the commitment that makes it depend on means, "biedt ... begeleiding aan, voor
# zover de capaciteit van het wijkteam dat toelaat", "mits hiervoor ... ruimte wordt gevonden"; twenty-seventh batch: "Het
# gezin wordt geplaatst indien er een plaats beschikbaar is")
_TRAILING_CONDITION = re.compile(
    r"\b(?:voor zover|indien|als|mits)\b.{0,40}\b(?:capaciteit|middelen|budget|ruimte|(?:plaats|plek)\s+(?:\w+\s+)?beschikbaar)\b|\bmits\b",
    re.I)


def judge_sentence(req: Requirement, sentence: str) -> tuple[str, str] | None:
    """(status, reason) for one sentence, or None when it does not concern the requirement."""
    topic = any(p.search(sentence) for p in req.onderwerp)
    weak_topic = not topic and any(p.search(sentence) for p in req.zwak_onderwerp)
    if not (topic or weak_topic) or any(p.search(sentence) for p in req.overslaan):
        return None
    if any(p.search(sentence) for p in req.ontkenning):
        return "ontkend", "de regeling sluit dit uitdrukkelijk uit"
    if req.context and not any(p.search(sentence) for p in req.context):
        return None
    if weak_topic:
        return "gedeeltelijk", "alleen een formele stap genoemd"
    strong = _first_match(req.sterk, sentence)
    weak_at = _first(req.zwak, sentence)
    main = main_clause_start(sentence)
    if strong is not None and strong[0] < main and _first_match(req.zwak, sentence, main) is not None:
        # "Als u uit uw huis moet, kijkt de gemeente of ...": the "moet" of the condition does not bind a vague main
        # clause; a criterion in the condition ("Indien ... onevenredig zijn, ziet de burgemeester af") still counts
        strong = _first_match(req.sterk, sentence, main)
    if strong is not None and (_PARENTHETICAL_VAGUE.match(sentence, strong[1]) or _TRAILING_CONDITION.search(sentence, strong[1])):
        # "Bij de afweging betrekt de burgemeester, waar mogelijk, ook ...": a vague cue set off by commas right after
        # the commitment takes it back (twenty-fourth batch)
        weak_at = strong[0]
    capped = any(p.search(sentence) for p in req.plafond)
    # a vague cue inside the commitment weakens it too: "worden zo veel mogelijk geïnformeerd"
    if strong is not None and (weak_at is None or weak_at >= strong[1]) and not capped:
        return "aanwezig", "verplichtend geformuleerd"
    if weak_at is not None:
        return "gedeeltelijk", "vrijblijvend geformuleerd"
    return "gedeeltelijk", "genoemd zonder verplichting"


def article_labels(doc: Document) -> list[tuple[int, str]]:
    """(start, label) of each article or numbered heading, from the reader's segments or the text."""
    segs = [(s.start, s.label) for s in doc.segments if s.kind == "article" and s.label]
    if segs:
        return sorted(segs)
    return [(m.start(), m.group("label").rstrip(".")) for m in _ARTICLE_LINE.finditer(doc.text)]


def _article_at(labels: list[tuple[int, str]], pos: int) -> str | None:
    current = None
    for start, label in labels:
        if start > pos:
            break
        current = label
    return current


# A heading ("Artikel 4 Persoonlijke omstandigheden", "2. Betalingsproblemen vroeg oppakken"): a label
# and a few words without a closing full stop. It names a subject but commits to nothing, so it gives
# at most "gedeeltelijk", and not even that when the document refuses the requirement elsewhere; a
# refusal in a heading ("Artikel 5.4 Geen begeleiding") counts as a refusal.
_HEADING = re.compile(
    r"^\s*(?:(?:artikel|art\.|hoofdstuk|paragraaf|§)\s*[\dIVXLC]+[a-z]?(?:\.\d+)*\.?|\d+(?:\.\d+)*\.?)\s+(?:\S+\s*){1,7}$",
    re.IGNORECASE,
)


def is_heading(sentence: str) -> bool:
    s = sentence.strip()
    return bool(_HEADING.match(s)) and not s.endswith((".", ";", ":", "?"))


# A definition ("a. opvang: het bieden van onderdak en begeleiding aan ...") says what a word means,
# not what the body will do: like a heading it gives at most "gedeeltelijk". The considerans ("gelet op
# artikel 4:81 Awb en de Wet maatschappelijke ondersteuning") names laws, and counts for nothing.
_DEFINITION = re.compile(r"^\s*[a-z]\.?\)?\s+[^:.;]{2,60}:\s")
_CONSIDERANS = re.compile(r"^\s*(?:gelet op|overwegende(?: dat)?|gezien)\b|\b(?:worden|wordt) aangehaald als\b|\btreden? in werking\b",
                          re.IGNORECASE)


def is_definition(sentence: str) -> bool:
    return bool(_DEFINITION.match(sentence))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a policy; a question answered by "Dan ..." on a page for residents is one
    sentence with its answer ("Bent u een maand achter met de huur? Dan geeft uw corporatie dat door")."""
    from klachtanalyse.language import sentences

    out: list[tuple[int, int]] = []
    for start, end in sentences(text):
        if out and text[out[-1][0]:out[-1][1]].rstrip().endswith("?") and re.match(r"\s*Dan\b", text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def toets_document(doc: Document) -> list[RequirementResult]:
    """Judge every requirement for one policy document."""
    # the considerans and the sentences that count for no requirement are set aside once, not per requirement
    spans = [(start, end) for start, end in sentence_spans(doc.text)
             if not (_CONSIDERANS.search(doc.text[start:end]) or any(p.search(doc.text[start:end]) for p in skip_patterns()))]
    labels = article_labels(doc)
    results = []
    for req in load_requirements():
        found: dict[str, list[tuple[int, int]]] = {"aanwezig": [], "gedeeltelijk": [], "ontkend": [], "kop": []}
        for start, end in spans:
            sentence = doc.text[start:end]
            judged = judge_sentence(req, sentence)
            if judged and judged[0] != "ontkend" and (is_heading(sentence) or is_definition(sentence)):
                judged = ("kop", judged[1])
            if judged:
                found[judged[0]].append((start, end))
        if not found["gedeeltelijk"] and not found["ontkend"]:
            found["gedeeltelijk"] = found["kop"]
        status = "aanwezig" if found["aanwezig"] else "gedeeltelijk" if found["gedeeltelijk"] else "afwezig"
        chosen = found.get(status, [])[:MAX_EVIDENCE]
        evidence = [doc.evidence(s, e, rule=req.id) for s, e in chosen]
        arts = []
        for ev in evidence:
            art = _article_at(labels, ev.start)
            if art and art not in arts:
                arts.append(art)
        results.append(
            RequirementResult(
                id=req.id,
                titel=req.titel,
                status=status,
                evidence=evidence,
                artikelen=arts,
                gezocht=req.gezocht,
                ontkend=[doc.evidence(s, e, rule=req.id) for s, e in found["ontkend"][:MAX_EVIDENCE]],
            )
        )
    return results
