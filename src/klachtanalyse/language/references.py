"""ECLI identifiers and references to statute articles, normalised ("art. 7:231 BW")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from klachtanalyse.language._data import load_yaml
from klachtanalyse.language.matches import Match

ECLI_RE = re.compile(r"\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}[A-Z0-9]", re.I)
# The old LJN numbers ("LJN: BZ1234") identify rulings before 2013.
LJN_RE = re.compile(r"\bLJN[:\s]+([A-Z]{2}\d{4})\b")


def find_ecli(text: str) -> list[Match]:
    """ECLI identifiers; value is the ECLI in capitals, info has the court code and year."""
    out = []
    for m in ECLI_RE.finditer(text):
        value = m.group(0).upper()
        parts = value.split(":")
        out.append(Match(m.start(), m.end(), "ecli", value, {"land": parts[1], "instantie_code": parts[2], "jaar": int(parts[3])}))
    return out


@lru_cache(maxsize=1)
def _laws() -> tuple[list[dict[str, Any]], re.Pattern, dict[str, dict[str, Any]]]:
    laws = load_yaml("wetten.yaml")["wetten"]
    by_alias: dict[str, dict[str, Any]] = {}
    aliases: list[str] = []
    for law in laws:
        for name in law["namen"]:
            by_alias.setdefault(name.lower(), law)
            aliases.append(name)
    aliases.sort(key=len, reverse=True)
    alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
    # Law names written in capitals (BW, Awb, EVRM) must be matched as written; full names any case.
    law_re = re.compile(
        r"(?:\s+(?:van\s+)?[Bb]oek\s+(?P<boek>\d{1,2}))?"
        r"(?:,\s*)?(?:\s+(?:van|uit|in)\s+(?:het|de|der)?\s*|\s+(?:de\s+|het\s+)?)(?P<wet>" + alt + r")(?![\w])",
        re.I,
    )
    return laws, law_re, by_alias


def short_law_name(name: str) -> str | None:
    """The short form of a law the table knows ("Wet milieubeheer" -> "Wm"), else None."""
    law = _laws()[2].get(" ".join(name.split()).lower())
    return law["kort"] if law else None


_NUM = r"\d{1,4}[a-z]?(?::\d{1,4}[a-z]?){0,2}(?:\.\d{1,3}){0,3}[a-z]{0,2}(?![\w:])"
# "artikel 8:75 in verbinding met artikel 8:84, vierde lid, van de Awb": the law named once for both
_WITH = r"(?:gelezen\s+)?in\s+(?:verbinding|samenhang|combinatie)\s+met"
_ORD = r"eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
_LID = (
    r"(?:\s*,?\s*(?:lid|leden)\s+(?P<lid>\d{1,2}(?:\s*(?:,|en|t/m|tot en met|-)\s*\d{1,2})*)"
    r"|\s*,?\s*(?P<lidord>" + _ORD + r")\s+lid"
    r"|\s*\((?P<lidh>\d{1,2})\))?(?:\s*\((?:en|of|t/m)\s+\d{1,2}\))?"
    r"(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:onder|sub|onderdeel)\s+(?P<onder>[a-z]{1,2}|\d{1,2}|[ivx]{1,5}°?)\b(?:\.(?=\s+[a-z]))?(?:\s*,?\s*(?:onder\s+|sub\s+)?\d{1,2}[º°e]?(?=[\s,]))?)?"
)
_LID_NC = re.sub(r"\(\?P<\w+>", "(?:", _LID)
_REF_HEAD = re.compile(
    r"\b(?P<kw>(?:de\s+)?(?:artikelen|artikel|artt\.|art\.|art(?=\s+\d)|arts\.|art\s?\.)|§)\s*"
    r"(?P<nums>" + _NUM + _LID_NC + r"(?:\s*(?:,\s*)?(?:,|en|of|jo\.?|juncto|j°|t/m|tot en met|-|–|" + _WITH + r")\s*(?:art(?:ikel)?\.?\s*)?" + _NUM + _LID_NC + r")*)",
    re.I,
)
_CHAIN = re.compile(r"\s*(?:,\s*)?(?:jo\.?|juncto|j°|en|alsmede|dan wel|of)\s+(?P<num>" + _NUM + r")" + _LID_NC, re.I)
_ONE_NUM = re.compile(r"(?P<num>" + _NUM + r")" + _LID, re.I)
_ORD_VAL = {w: i + 1 for i, w in enumerate(_ORD.split("|"))}


def _norm_num(num: str) -> str:
    return num.strip().rstrip(".")


def _value(law: dict[str, Any], num: str) -> tuple[str, str | None]:
    kort = law["kort"]
    bwb = law.get("bwb")
    if "boeken" in law and ":" in num:
        bwb = law["boeken"].get(num.split(":", 1)[0], bwb)
    return f"art. {num} {kort}", bwb


# Laws not in wetten.yaml: "Wet ..." names and compounds ending in -wet, -wetboek, -besluit,
# -verordening, with an optional year ("Wet op de omzetbelasting 1968", "Vreemdelingenwet 2000").
_GENERIC_LAW_RE = re.compile(
    r"(?:,\s*)?(?:\s+(?:van|uit|in)\s+(?:het|de|der)?\s*|\s+(?:de\s+|het\s+)?)"
    r"(?P<wet>(?-i:Wet)(?:\s+(?:(?-i:[A-Z][\w-]*)|op|inzake|tot|van|de|het|en|der|voor|(?-i:[a-z][\w-]{2,}))){1,6}?"
    r"(?=\s*(?:\d{4}\b|\(|,|\.|;|:|\)|$|\s+(?:is|zijn|wordt|worden|heeft|hebben|bepaalt|geldt|ingevolge|jo|juncto|in|dat|die|te|bij|met|als|onder|niet|was|kan|moet|mag)\b))(?:\s+\d{4}\b)?"
    r"|(?-i:[A-Z][\w-]*?(?:wet|wetboek|besluit|verordening|regeling|verdrag))(?:\s+\d{4}\b)?"
    r"|(?-i:[A-Z][A-Za-z]{1,7})\s+(?:19|20)\d{2}\b)"
)


# Abbreviations that are no Dutch word in any case: people write them in lower case too
# ("artikel 8 evrm", "art 7:231 bw").
_CASELESS = frozenset({"bw", "awb", "evrm", "ivrk", "wmo", "wwb", "apv", "avg", "vweu", "uhw", "wob", "woo"})


def _accept(alias: str, law: dict[str, Any]) -> bool:
    """Short names must be written as listed ("Sr", not "sr"), unless caseless; titles any case."""
    short = len(alias) <= 5 or alias.isupper() or " " not in alias and any(c.isupper() for c in alias[1:])
    if not short or alias.lower() in _CASELESS:
        return True
    return alias in law["namen"]


def _generic_law(text: str, pos: int):
    m = _GENERIC_LAW_RE.match(text, pos)
    if not m:
        return None
    name = re.sub(r"\s+", " ", m.group("wet")).strip()
    law = {"kort": name, "naam": name, "namen": [name], "bron": "generiek"}
    return m, law


def find_references(text: str) -> list[Match]:
    """Statute articles with a named law: one Match per article, value "art. 7:231 BW".

    "de artikelen 3:4 en 4:84 Awb" gives two matches ("artikelen 3:4" and "4:84 Awb"),
    each with info {"wet", "artikel", "lid", "onder", "bwb", "wet_naam"}. A reference whose
    law is not named right after it ("artikel 3 van die wet") is not reported.
    """
    laws, law_re, by_alias = _laws()
    out: list[Match] = []
    for m in _REF_HEAD.finditer(text):
        lm = law_re.match(text, m.end())
        law = None
        if lm:
            law = by_alias.get(re.sub(r"\s+", " ", lm.group("wet")).lower())
            alias = lm.group("wet")
            if law is not None and not _accept(alias, law):
                law = None
        if law is None:
            g = _generic_law(text, m.end())
            if g is None:
                continue
            lm, law = g
        nums_start = m.start("nums")
        items = list(_ONE_NUM.finditer(text, nums_start, m.end("nums")))
        # drop numbers that are parts of lid/onder lists
        arts = [it for it in items if it.start() == nums_start or re.search(r"(?:,|en|of|jo\.?|juncto|j°|t/m|tot en met|-|–|art(?:ikel)?\.?|" + _WITH + r")\s*$", text[nums_start:it.start()], re.I)]
        arts = _dedupe_lists(text, nums_start, arts)
        boek = lm.groupdict().get("boek")
        for k, it in enumerate(arts):
            num = _norm_num(it.group("num"))
            if boek and ":" not in num:
                num = f"{boek}:{num}"  # "artikel 365 boek 2 BW" -> "2:365"
            value, bwb = _value(law, num)
            start = m.start() if k == 0 else it.start()
            end = lm.end() if k == len(arts) - 1 else it.end()
            if k == 0 and text[start:start + 3].lower() == "de ":
                start += 3
            lid = it.group("lid") or it.group("lidh")
            if not lid and it.group("lidord"):
                lid = str(_ORD_VAL[it.group("lidord").lower()])
            info = {"wet": law["kort"], "wet_naam": law["naam"], "artikel": num, "lid": lid, "onder": it.group("onder"), "bwb": bwb}
            out.append(Match(start, end, "wetsverwijzing", value, info))
        _chain(text, lm.end(), law_re, by_alias, out)
    return out


def _chain(text: str, pos: int, laws_re, by_alias, out: list[Match]) -> None:
    """Follow "art. 6:162 BW jo. 6:248 BW": a number straight after a reference, with its law."""
    for _ in range(10):
        c = _CHAIN.match(text, pos)
        if not c:
            return
        lm = laws_re.match(text, c.end())
        law = by_alias.get(re.sub(r"\s+", " ", lm.group("wet")).lower()) if lm else None
        if law is None or not _accept(lm.group("wet"), law):
            return
        one = _ONE_NUM.match(text, c.start("num"))
        num = _norm_num(c.group("num"))
        value, bwb = _value(law, num)
        lid = one.group("lid") or one.group("lidh") if one else None
        if one and not lid and one.group("lidord"):
            lid = str(_ORD_VAL[one.group("lidord").lower()])
        out.append(Match(c.start("num"), lm.end(), "wetsverwijzing", value,
                         {"wet": law["kort"], "wet_naam": law["naam"], "artikel": num, "lid": lid,
                          "onder": one.group("onder") if one else None, "bwb": bwb}))
        pos = lm.end()


def _dedupe_lists(text: str, nums_start: int, arts: list[re.Match]) -> list[re.Match]:
    """Keep article numbers, not the members of a "leden 1 en 2" list already consumed."""
    keep: list[re.Match] = []
    last_end = -1
    for it in arts:
        if it.start() < last_end:
            continue
        keep.append(it)
        last_end = it.end()
    return keep
