"""Context qualifiers: is a passage denied, only feared/conditional, in the past, about whom.

In the manner of clinlp's context algorithm: triggers (data/context.yaml) found in the
sentence around a span reach a number of words before and/or after themselves, stopped by
terminators ("maar", "wel", a comma); pseudo-triggers ("niet alleen", "niet in geschil")
are removed first. One implementation serves the raw-text API and the spaCy component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from klachtanalyse.language._data import load_yaml
from klachtanalyse.language.matches import Qualifiers
from klachtanalyse.language.sentences import sentence_around

_TOKEN_RE = re.compile(r"\[[^\]\n]{1,40}\]|[\w]+(?:['’.-][\w]+)*\.?|[,;:()]", re.U)
# A past participle: (separable prefix +) ge- + stem + -d/-t/-en ("gesproken", "aangeboden",
# "terechtgekomen"), or be-/ver-/ont-/her-/er- + stem + -d/-t ("betaald", "veroorzaakt");
# only counted next to a form of hebben/zijn, which keeps "gemeenten" or "verhuurt" out mostly.
_PARTICIPLE_RE = re.compile(
    r"^(?:ge|be|ver|ont|her|er|over|op|af|aan|uit|in|mee|door|weg|terug|toe|terecht|vast|bekend|thuis|langs|"
    r"binnen|buiten|na|voor|achter|tegen|om|samen|bij|neer|rond|dicht|open|kwijt|stil|teleur)?ge\w{2,}(?:d|t|en)$"
    r"|^(?:be|ver|ont|her|er)\w{2,}[^d][dt]$"
)


@dataclass(frozen=True, slots=True)
class _Trigger:
    words: tuple[str, ...]
    direction: str  # "voor" | "na" | "beide"
    reach: int
    sentence_start: bool = False  # opening the sentence, it reaches the whole sentence


@dataclass(frozen=True, slots=True)
class _Rules:
    triggers: tuple[_Trigger, ...]
    pseudo: tuple[tuple[str, ...], ...]
    terminators: frozenset[str]


def _words(s: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _TOKEN_RE.findall(s))


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, _Rules], dict[str, frozenset[str]], frozenset[str]]:
    d = load_yaml("context.yaml")
    default = int(d.get("standaard_bereik", 8))
    out = {}
    for key in ("negatie", "hypothetisch", "verleden"):
        sec = d[key]
        trig = tuple(
            _Trigger(_words(t["tekst"]), t.get("richting", "beide"), int(t.get("bereik", default)), bool(t.get("zinsbegin", False)))
            for t in sec["triggers"]
        )
        pseudo = tuple(sorted((_words(p) for p in sec.get("pseudo", []) if not any(c in p for c in "()?[")), key=len, reverse=True))
        out[key] = _Rules(trig, pseudo, frozenset(w for t in sec.get("terminators", []) for w in [t.lower()]))
    subjects = {k: frozenset(w.lower() for w in v) for k, v in d["onderwerp"].items()}
    aux = frozenset(d["verleden"].get("hulpwerkwoorden", []))
    return out, subjects, aux


@lru_cache(maxsize=1)
def _pseudo_negation_rx() -> re.Pattern:
    words = [r"\s+".join(re.escape(w) for w in seq) for seq in _rules()[0]["negatie"].pseudo]
    regexes = [p.pattern[2:-2] for p in _regex_pseudo("negatie")]  # stored as \b...\b
    return re.compile(r"\b(?:" + "|".join(words + regexes) + r")\b", re.I)


def blank_pseudo_negations(text: str) -> str:
    """`text` with the negation pseudo-triggers of data/context.yaml ("niet in geschil", "niet betwist", "niet alleen")
    blanked out, offsets kept: for a caller with its own crude negation test, so that "Niet in geschil is dat ..." is no
    denial there either."""
    return _pseudo_negation_rx().sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def _unticked() -> re.Pattern:
    return re.compile(load_yaml("context.yaml")["niet_aangevinkt"])


def unticked_before(text: str, pos: int) -> bool:
    """Does an empty tick box ("[ ]", "( )", "☐") stand right before `pos`? On a form, what follows it was not
    chosen ("Reden uitzetting: [X] huurachterstand [ ] overlast"), so a mention there says nothing about the case."""
    return bool(_unticked().search(text[max(0, pos - 8):pos]))


@lru_cache(maxsize=None)
def _regex_pseudo(sec: str) -> list[re.Pattern]:
    d = load_yaml("context.yaml")
    return [re.compile(r"\b" + p + r"\b", re.I) for p in d[sec].get("pseudo", []) if any(c in p for c in "()?[")]


def _tokens(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start() + s, m.end() + s, m.group(0).lower()) for m in _TOKEN_RE.finditer(text, s, e)]


def _find(words: list[str], index: dict[str, list[int]], seq: tuple[str, ...], blocked: set[int]) -> list[int]:
    """Positions where the word sequence `seq` starts, using the first-word index."""
    k = len(seq)
    hits = []
    for i in index.get(seq[0], ()):
        if (k == 1 or tuple(words[i : i + k]) == seq) and not (blocked and any(j in blocked for j in range(i, i + k))):
            hits.append(i)
    return hits


def _applies(rules: _Rules, words: list[str], index: dict[str, list[int]], span_lo: int, span_hi: int, extra_blocked: set[int]) -> bool:
    blocked: set[int] = set(extra_blocked)
    for p in rules.pseudo:
        for i in _find(words, index, p, blocked):
            blocked.update(range(i, i + len(p)))
    for t in rules.triggers:
        for i in _find(words, index, t.words, blocked):
            j_end = i + len(t.words)
            if i >= span_lo and j_end <= span_hi:
                return True  # trigger inside the span itself ("geen woning")
            if t.sentence_start and i == 0 and j_end <= span_lo:
                return True  # "Als de ontruiming doorgaat, slapen we in de auto."
            if t.direction in ("voor", "beide") and j_end <= span_lo:
                # trigger before the span: the words between must not hold a terminator
                gap = words[j_end:span_lo]
                if len(gap) <= t.reach and not any(w in rules.terminators or w in (",", ";", ":") for w in gap):
                    return True
            if t.direction in ("na", "beide") and i >= span_hi:
                gap = words[span_hi:i]
                if len(gap) <= t.reach and not any(w in rules.terminators or w in (",", ";", ":") for w in gap):
                    return True
    return False


def qualify(text: str, start: int, end: int, sentence: tuple[int, int] | None = None) -> Qualifiers:
    """The qualifiers of text[start:end], read from its sentence (found if not given)."""
    s, e = sentence if sentence is not None else sentence_around(text, start, end)
    s, e = min(s, start), max(e, end)
    toks = _tokens(text, s, e)
    words = [t[2].rstrip(".") if len(t[2]) > 1 else t[2] for t in toks]
    lo = next((i for i, t in enumerate(toks) if t[1] > start), len(toks))
    hi = next((i for i, t in enumerate(toks) if t[0] >= end), len(toks))
    rules, subjects, aux = _rules()
    blocked_neg: set[int] = set()
    for rx in _regex_pseudo("negatie"):
        for m in rx.finditer(text, s, e):
            blocked_neg.update(i for i, t in enumerate(toks) if t[0] >= m.start() and t[1] <= m.end())
    index: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        index.setdefault(w, []).append(i)
    negated = _applies(rules["negatie"], words, index, lo, hi, blocked_neg)
    hypothetical = _applies(rules["hypothetisch"], words, index, lo, hi, set())
    past = _applies(rules["verleden"], words, index, lo, hi, set()) or _perfect(words, aux)
    subject = _subject(words, lo, hi, subjects)
    if subject is None or subject == "ouder" and not any(words[i] in subjects["ouder"] for i in range(lo, hi)):
        # the span itself names an agency or court ("Veilig Thuis", "de GGD")
        from klachtanalyse.language.entities import find_instanties, find_organisations

        piece = text[start:end]
        if len(piece) < 120 and (find_organisations(piece) or find_instanties(piece)):
            subject = "instantie"
    return Qualifiers(negated=negated, hypothetical=hypothetical, past=past, subject=subject)


_CLAUSE_BREAK = frozenset({"dat", "omdat", "doordat", "die", "wat", "als", "indien", "wanneer", "waar", "terwijl", "hoewel", ",", ";", ":"})


def _perfect(words: list[str], aux: frozenset[str]) -> bool:
    """A perfect tense: a form of hebben/zijn and a past participle in the same clause
    ("heeft ... betaald", "dat hij betaald heeft"); "is ... dat ... bedraagt" is not one."""
    for i, w in enumerate(words):
        if w not in aux:
            continue
        for j in range(i + 1, min(len(words), i + 13)):
            if words[j] in _CLAUSE_BREAK:
                break
            if len(words[j]) > 4 and _PARTICIPLE_RE.match(words[j]):
                return True
        for j in range(i - 1, max(-1, i - 3), -1):
            if words[j] in _CLAUSE_BREAK:
                break
            if len(words[j]) > 4 and _PARTICIPLE_RE.match(words[j]):
                return True
    return False


def _subject(words: list[str], lo: int, hi: int, subjects: dict[str, frozenset[str]]) -> str | None:
    order = ("kind", "huishouden", "ouder", "instantie")
    for k in order:  # the span's own words first ("mijn zoon" is about the child)
        for i in range(lo, hi):
            if words[i] in subjects[k]:
                return k
    best: tuple[int, int, str] | None = None
    for i, w in enumerate(words):
        if lo <= i < hi:
            continue
        for rank, k in enumerate(order):
            if w in subjects[k]:
                dist = lo - i if i < lo else i - hi + 1
                cand = (dist, rank, k)
                if best is None or cand < best:
                    best = cand
    return best[2] if best else None
