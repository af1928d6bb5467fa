"""Courts (instanties), public bodies and organisations, and household members on raw text."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from klachtanalyse.language._data import load_yaml
from klachtanalyse.language.gazetteer import _fold, gemeente_of
from klachtanalyse.language.getallen import parse_number_word
from klachtanalyse.language.matches import Match
from klachtanalyse.language._rx import MultiMatcher, WordStartMatcher

# ---------------------------------------------------------------- courts


@lru_cache(maxsize=1)
def _court_res():
    d = load_yaml("instanties.yaml")
    place = r"(?P<plaats>(?-i:'s-[A-Z][\w]+|[A-Z][\w]+(?:[- ](?:[A-Z][\w]+|aan|den|de|op))*(?:-[A-Z][\w]+)?))"
    kinds = "|".join(e["naam"] for e in d["met_plaats"])
    with_place = WordStartMatcher(r"(?P<kind>" + kinds + r")\s+(?:te\s+|van\s+|in\s+)?" + place, re.I)
    # one combined pattern per list (a single scan), a named group per entry
    parts = []
    for k, e in enumerate(d["vaste_namen"]):
        pat = r"\b(?:" + e["naam"] + r")\b"
        parts.append(f"(?P<f{k}>" + ("(?-i:" + pat + ")" if e.get("hoofdletters") else pat) + ")")
    fixed = [(WordStartMatcher("|".join(parts), re.I), {f"f{k}": e["waarde"] for k, e in enumerate(d["vaste_namen"])})]
    parts = []
    for k, e in enumerate(d["generiek"]):
        pat = r"\b" + e["naam"] + r"\b"
        if e.get("alleen_na_lidwoord"):
            pat = r"(?:(?<=\bde\s)|(?<=\bhet\s))" + e["naam"] + r"\b"
        parts.append(f"(?P<g{k}>{pat})")
    generic = [(WordStartMatcher("|".join(parts), re.I), {f"g{k}": e["waarde"] for k, e in enumerate(d["generiek"])})]
    districts = {_fold(x) for x in d["districten"]}
    kind_value = {e["naam"]: e["waarde"] for e in d["met_plaats"]}
    multi = MultiMatcher([fixed[0][0], with_place, generic[0][0]])
    return multi, fixed[0][1], generic[0][1], districts, kind_value


def find_instanties(text: str) -> list[Match]:
    """Courts: "rechtbank Rotterdam" -> "Rechtbank Rotterdam", "ABRvS" -> "Raad van State",
    bare "de kantonrechter" -> "kantonrechter" (info generiek=True)."""
    multi, fixed_vals, generic_vals, districts, kind_value = _court_res()
    fixed_ms, place_ms, generic_ms = multi.run(text)
    out: list[Match] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        k = bisect.bisect_left(taken, (s, s))
        if k < len(taken) and taken[k][0] < e:
            return False
        return not (k > 0 and taken[k - 1][1] > s)

    for m in fixed_ms:
        if free(m.start(), m.end()):
            out.append(Match(m.start(), m.end(), "instantie", fixed_vals[m.lastgroup], {"generiek": False}))
            bisect.insort(taken, (m.start(), m.end()))
    for m in place_ms:
        plaats = m.group("plaats")
        # trim trailing words that are not part of a place ("Rotterdam De" -> "Rotterdam")
        words = plaats.split(" ")
        best = None
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            if _fold(cand) in districts or gemeente_of(cand):
                best = cand
                break
        if best is None or not free(m.start(), m.end()):
            continue
        kind = m.group("kind").lower()
        end = m.start("plaats") + len(best)
        base = kind_value.get(kind, "Rechtbank")
        name = f"{base} {best}"
        if kind in ("kantonrechter", "voorzieningenrechter"):
            info = {"generiek": False, "rechter": kind}
        else:
            info = {"generiek": False}
        out.append(Match(m.start(), end, "instantie", name, info))
        bisect.insort(taken, (m.start(), end))
    for m in generic_ms:
        if free(m.start(), m.end()):
            out.append(Match(m.start(), m.end(), "instantie", generic_vals[m.lastgroup], {"generiek": True}))
            bisect.insort(taken, (m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    return out


# ---------------------------------------------------------------- organisations


@lru_cache(maxsize=1)
def _org_res():
    """One combined pattern (a single scan of the text) with a named group per kind."""
    d = load_yaml("organisaties.yaml")
    caps_only = set(d.get("alleen_hoofdletters", []))
    names = sorted(set(d["woningcorporaties"]), key=len, reverse=True)
    parts = ["(?P<g0>(?-i:(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])))"]
    kinds = {"g0": "woningcorporatie"}
    for k, soort in enumerate(d["soorten"], start=1):
        alts = []
        for p in soort["patronen"]:
            # patterns written in capitals (GGD, UWV) must match as written
            alts.append("(?-i:" + p + ")" if p in caps_only else p)
        parts.append(f"(?P<g{k}>(?:" + "|".join(alts) + r")\b)")
        kinds[f"g{k}"] = soort["waarde"]
    # \b once, outside the alternation, so the regex engine can skip non-word positions fast
    return WordStartMatcher("|".join(parts), re.I), kinds


def find_organisations(text: str) -> list[Match]:
    """Public bodies and organisations; value is the kind ("gemeente", "woningcorporatie",
    "wijkteam", "GGD", "Veilig Thuis", "jeugdzorg", "deurwaarder", "Juridisch Loket", ...),
    info["naam"] the words as written."""
    rx, kinds = _org_res()
    return [
        Match(m.start(), m.end(), "organisatie", kinds[m.lastgroup], {"naam": m.group(0)})
        for m in rx.finditer(text)
    ]


# ---------------------------------------------------------------- household

_NUMW = r"(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|beide|de twee|de drie|de vier)"
_CHILD = r"(?:minderjarige\s+|jonge\s+|kleine\s+|thuiswonende\s+|schoolgaande\s+|eigen\s+|jongste\s+|oudste\s+|pasgeboren\s+|gezamenlijke\s+)*(?:kinderen|kind|kindjes|kindje|minderjarigen|zoons|zonen|zoon|zoontje|dochters|dochter|dochtertje|baby's|baby|tweeling|drieling|jeugdigen|peuter|kleuter|pleegkinderen|pleegkind|stiefkinderen|stiefkind|stiefzoon|stiefdochter|kleinkinderen|kleinkind)"
_AGE_LIST = r"(?P<ages>\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})*)"
_AGE = (
    r"(?:\s*,?\s*(?:van|in de leeftijd van|met de leeftijden?|met leeftijden|leeftijd|,)?\s*\(?\s*(?:respectievelijk\s+|resp\.\s+)?"
    + _AGE_LIST + r"\s*(?:jaar|jr\.?|jaren|maanden)(?:\s+oud)?\s*\)?"
    r"|\s*\(\s*" + _AGE_LIST.replace("ages", "ages2") + r"\s*\)"
    r"|\s+(?:van|in de leeftijd van)\s+" + _AGE_LIST.replace("ages", "ages3") + r"(?![\d,.]|\s*(?:euro|%|uur|minuten))"
    r"|\s*,?\s*(?:van|in de leeftijd van)\s+(?P<agew>(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)"
    r"(?:\s*(?:,|en)\s*(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien))*)\s+(?:jaar|jaren)(?:\s+oud)?"
    r")?"
)
_CHILD_RE = WordStartMatcher(r"(?:(?P<num>" + _NUMW + r")\s+)?(?P<child>" + _CHILD + r")\b" + _AGE, re.I)
_PREGNANT_RE = WordStartMatcher(
    r"(?:(?:hoog)?zwanger(?:schap|schappen)?|in\s+verwachting|uitgerekend|zwangere|bevalling|bevallen|ongeboren\s+kind)\b(?:\s+(?:van|is)\s+(?:een\s+)?(?P<kind>tweeling|drieling))?",
    re.I,
)
_HOUSEHOLD_RE = WordStartMatcher(
    r"(?P<wat>gezin|huishouden|eenoudergezin|eenoudergezinnen|gezinnen|huishoudens)\b(?:\s+(?:met|van)\s+(?P<num>" + _NUMW + r")\s+(?:minderjarige\s+|jonge\s+)?(?P<what>kinderen|kind|personen|leden))?",
    re.I,
)
_PARENT_RE = WordStartMatcher(
    r"(?:alleenstaande\s+)?(?P<w>moeder|vader|ouders|ouder|echtgenote|echtgenoot|partner|stiefvader|stiefmoeder|grootouders|oma|opa)\b(?:\s+van\s+(?P<num>" + _NUMW + r")\s+(?:minderjarige\s+|jonge\s+)?kinderen)?",
    re.I,
)

_HOUSEHOLD_MULTI = MultiMatcher([_CHILD_RE, _PREGNANT_RE, _HOUSEHOLD_RE, _PARENT_RE])
_NUM_VAL = {"beide": 2, "de twee": 2, "de drie": 3, "de vier": 4}
_SINGULAR = re.compile(r"(?:kind|kindje|zoon|zoontje|dochter|dochtertje|baby|minderjarige|peuter|kleuter|pleegkind|stiefkind|stiefzoon|stiefdochter|kleinkind)$", re.I)


def _num(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lower()
    if s in _NUM_VAL:
        return _NUM_VAL[s]
    if s.isdigit():
        return int(s)
    v = parse_number_word(s)
    return int(v) if v is not None else None


def _ages(s: str | None) -> list[int]:
    return [int(x) for x in re.findall(r"\d{1,2}", s or "")]


def find_household(text: str) -> list[Match]:
    """Children, pregnancies, the household and parents; value is a dict
    {"rol": "kind"|"zwangerschap"|"huishouden"|"ouder", "aantal": int|None, "leeftijden": [..]}."""
    out: list[Match] = []
    child_ms, pregnant_ms, household_ms, parent_ms = _HOUSEHOLD_MULTI.run(text)
    for m in child_ms:
        child = m.group("child")
        word = child.split()[-1]
        ages = _ages(m.group("ages") or m.group("ages2") or m.group("ages3"))
        if not ages and m.group("agew"):
            ages = [int(parse_number_word(w)) for w in re.findall(r"[^\W\d_]+", m.group("agew")) if w.lower() != "en"]
        n = _num(m.group("num"))
        if n is not None and m.group("num").lower() in ("een", "één") and not _SINGULAR.search(word):
            n = None
        if n is None:
            if _SINGULAR.search(word):
                n = 1
            elif word.lower() in ("tweeling",):
                n = 2
            elif word.lower() in ("drieling",):
                n = 3
            elif len(ages) > 1:
                n = len(ages)
        if n is not None and n > 20:
            n = None
        unit_months = bool(re.search(r"maanden", m.group(0), re.I))
        value = {"rol": "kind", "aantal": n, "leeftijden": ages}
        info = {"woord": word.lower()}
        if unit_months:
            info["leeftijd_in_maanden"] = True
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        out.append(Match(m.start(), end, "huishouden", value, info))
    for m in pregnant_ms:
        n = {"tweeling": 2, "drieling": 3}.get((m.group("kind") or "").lower(), 1)
        out.append(Match(m.start(), m.end(), "huishouden", {"rol": "zwangerschap", "aantal": n, "leeftijden": []}, {}))
    for m in household_ms:
        n = _num(m.group("num"))
        value = {"rol": "huishouden", "aantal": None, "leeftijden": [], "kinderen": None}
        if n is not None:
            if (m.group("what") or "").lower().startswith("kind"):
                value["kinderen"] = n
            else:
                value["aantal"] = n
        out.append(Match(m.start(), m.end(), "huishouden", value, {"woord": m.group("wat").lower()}))
    for m in parent_ms:
        w = m.group("w").lower()
        n = 2 if w in ("ouders", "grootouders") else 1
        value = {"rol": "ouder", "aantal": n, "leeftijden": []}
        if m.group("num"):
            value["kinderen"] = _num(m.group("num"))
        out.append(Match(m.start(), m.end(), "huishouden", value, {"woord": w}))
    out.sort(key=lambda x: (x.start, -x.end))
    # drop matches inside a longer one (e.g. "kinderen" inside "gezin met drie kinderen")
    keep: list[Match] = []
    for mt in out:
        if keep and mt.start < keep[-1].end:
            continue
        keep.append(mt)
    return keep
