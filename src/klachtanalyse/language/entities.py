"""Courts (instanties), public bodies and organisations, and household members on raw text."""

from __future__ import annotations

import re
from functools import lru_cache

from klachtanalyse.language._data import load_yaml
from klachtanalyse.language.gazetteer import _fold, gemeente_of
from klachtanalyse.language.getallen import parse_number_word
from klachtanalyse.language.matches import Match

# ---------------------------------------------------------------- courts


@lru_cache(maxsize=1)
def _court_res():
    d = load_yaml("instanties.yaml")
    place = r"(?P<plaats>(?-i:'s-[A-Z][\w]+|[A-Z][\w]+(?:[- ](?:[A-Z][\w]+|aan|den|de|op))*(?:-[A-Z][\w]+)?))"
    kinds = "|".join(e["naam"] for e in d["met_plaats"])
    with_place = re.compile(r"\b(?P<kind>" + kinds + r")\s+(?:te\s+|van\s+|in\s+)?" + place, re.I)
    fixed = []
    for e in d["vaste_namen"]:
        flags = 0 if e.get("hoofdletters") else re.I
        fixed.append((re.compile(r"\b(?:" + e["naam"] + r")\b", flags), e["waarde"]))
    generic = []
    for e in d["generiek"]:
        pat = r"\b" + e["naam"] + r"\b"
        if e.get("alleen_na_lidwoord"):
            pat = r"(?:(?<=\bde\s)|(?<=\bhet\s))" + e["naam"] + r"\b"
        generic.append((re.compile(pat, re.I), e["waarde"]))
    districts = {_fold(x) for x in d["districten"]}
    kind_value = {e["naam"]: e["waarde"] for e in d["met_plaats"]}
    return with_place, fixed, generic, districts, kind_value


def find_instanties(text: str) -> list[Match]:
    """Courts: "rechtbank Rotterdam" -> "Rechtbank Rotterdam", "ABRvS" -> "Raad van State",
    bare "de kantonrechter" -> "kantonrechter" (info generiek=True)."""
    with_place, fixed, generic, districts, kind_value = _court_res()
    out: list[Match] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for rx, val in fixed:
        for m in rx.finditer(text):
            if free(m.start(), m.end()):
                out.append(Match(m.start(), m.end(), "instantie", val, {"generiek": False}))
                taken.append((m.start(), m.end()))
    for m in with_place.finditer(text):
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
        taken.append((m.start(), end))
    for rx, val in generic:
        for m in rx.finditer(text):
            if free(m.start(), m.end()):
                out.append(Match(m.start(), m.end(), "instantie", val, {"generiek": True}))
                taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    return out


# ---------------------------------------------------------------- organisations


@lru_cache(maxsize=1)
def _org_res():
    d = load_yaml("organisaties.yaml")
    res = []
    for soort in d["soorten"]:
        ci, cs = [], []
        for p in soort["patronen"]:
            # patterns written in capitals (GGD, UWV) must match as written
            (cs if re.fullmatch(r"[A-Z]{2,}(?:\W.*)?", p) else ci).append(p)
        if ci:
            res.append((re.compile(r"\b(?:" + "|".join(ci) + r")\b", re.I), soort["waarde"]))
        if cs:
            res.append((re.compile(r"\b(?:" + "|".join(cs) + r")\b"), soort["waarde"]))
    names = sorted(set(d["woningcorporaties"]), key=len, reverse=True)
    res.insert(0, (re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), "woningcorporatie"))
    return res


def find_organisations(text: str) -> list[Match]:
    """Public bodies and organisations; value is the kind ("gemeente", "woningcorporatie",
    "wijkteam", "GGD", "Veilig Thuis", "jeugdzorg", "deurwaarder", "Juridisch Loket", ...),
    info["naam"] the words as written."""
    out: list[Match] = []
    taken: list[tuple[int, int]] = []
    for rx, val in _org_res():
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(not (e <= a or s >= b) for a, b in taken):
                continue
            out.append(Match(s, e, "organisatie", val, {"naam": m.group(0)}))
            taken.append((s, e))
    out.sort(key=lambda x: x.start)
    return out


# ---------------------------------------------------------------- household

_NUMW = r"(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|beide|de twee|de drie|de vier)"
_CHILD = r"(?:minderjarige\s+|jonge\s+|kleine\s+|thuiswonende\s+|schoolgaande\s+|eigen\s+|jongste\s+|oudste\s+|pasgeboren\s+|gezamenlijke\s+)*(?:kinderen|kind|kindjes|kindje|minderjarigen|zoons|zonen|zoon|zoontje|dochters|dochter|dochtertje|baby's|baby|tweeling|drieling|jeugdigen|peuter|kleuter|pleegkinderen|pleegkind|stiefkinderen|stiefkind|stiefzoon|stiefdochter|kleinkinderen|kleinkind)"
_AGE_LIST = r"(?P<ages>\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})*)"
_AGE = (
    r"(?:\s*,?\s*(?:van|in de leeftijd van|met de leeftijden?|met leeftijden|leeftijd|,)?\s*\(?\s*(?:respectievelijk\s+|resp\.\s+)?"
    + _AGE_LIST + r"\s*(?:jaar|jr\.?|jaren|maanden)(?:\s+oud)?\s*\)?"
    r"|\s*\(\s*" + _AGE_LIST.replace("ages", "ages2") + r"\s*\)"
    r"|\s+(?:van|in de leeftijd van)\s+" + _AGE_LIST.replace("ages", "ages3") + r"(?![\d,.]|\s*(?:euro|%|uur|minuten))"
    r")?"
)
_CHILD_RE = re.compile(
    r"\b(?:(?P<num>" + _NUMW + r")\s+)?(?P<child>" + _CHILD + r")\b" + _AGE,
    re.I,
)
_PREGNANT_RE = re.compile(
    r"\b(?:(?:hoog)?zwanger(?:schap|schappen)?|in\s+verwachting|uitgerekend|zwangere|bevalling|bevallen|ongeboren\s+kind)\b(?:\s+(?:van|is)\s+(?:een\s+)?(?P<kind>tweeling|drieling))?",
    re.I,
)
_HOUSEHOLD_RE = re.compile(
    r"\b(?P<wat>gezin|huishouden|eenoudergezin|eenoudergezinnen|gezinnen|huishoudens)\b(?:\s+(?:met|van)\s+(?P<num>" + _NUMW + r")\s+(?:minderjarige\s+|jonge\s+)?(?P<what>kinderen|kind|personen|leden))?",
    re.I,
)
_PARENT_RE = re.compile(
    r"\b(?:alleenstaande\s+)?(?P<w>moeder|vader|ouders|ouder|echtgenote|echtgenoot|partner|stiefvader|stiefmoeder|grootouders|oma|opa)\b(?:\s+van\s+(?P<num>" + _NUMW + r")\s+(?:minderjarige\s+|jonge\s+)?kinderen)?",
    re.I,
)

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
    for m in _CHILD_RE.finditer(text):
        child = m.group("child")
        word = child.split()[-1]
        ages = _ages(m.group("ages") or m.group("ages2") or m.group("ages3"))
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
    for m in _PREGNANT_RE.finditer(text):
        n = {"tweeling": 2, "drieling": 3}.get((m.group("kind") or "").lower(), 1)
        out.append(Match(m.start(), m.end(), "huishouden", {"rol": "zwangerschap", "aantal": n, "leeftijden": []}, {}))
    for m in _HOUSEHOLD_RE.finditer(text):
        n = _num(m.group("num"))
        value = {"rol": "huishouden", "aantal": None, "leeftijden": [], "kinderen": None}
        if n is not None:
            if (m.group("what") or "").lower().startswith("kind"):
                value["kinderen"] = n
            else:
                value["aantal"] = n
        out.append(Match(m.start(), m.end(), "huishouden", value, {"woord": m.group("wat").lower()}))
    for m in _PARENT_RE.finditer(text):
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
