"""Amounts of money (€ 3.250,50; 3250 euro; EUR 1.200,-; ruim vierduizend euro) and dates."""

from __future__ import annotations

import re
from datetime import date

from klachtanalyse.language.getallen import NUMBER_WORD_RE, parse_number_word
from klachtanalyse.language._rx import compile_fast
from klachtanalyse.language.matches import Match

_APPROX_WORDS = r"ruim|circa|ca\.|ongeveer|bijna|zo'n|rond|ruwweg|plusminus|minstens|ten\s?minste|maximaal|hooguit|meer\s+dan|minder\s+dan|\+/-|±"
_APPROX_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<approx>" + _APPROX_WORDS + r")\s+$", re.I)
# 3.250,50  3250,50  3.250  1.200,-  1.200,--  3250  3,5 (with miljoen) 3,250.50 (English)
_NUMBER = r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}|—|=))?|\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2}(?![\d.])|\d+(?:,(?:\d{1,2}|-{1,2}|—|=))?)"
_SCALE = r"(?:\s*(?P<scale>miljoen|miljard|mln\.?|mld\.?|duizend|k)\b)?"
_CUR_BEFORE = r"(?P<cur>€|EUR\b|euro\b|Eur\b|ƒ|fl\.|hfl\.|NLG\b|NAf\.?|ANG\b|Afl\.|AWG\b|USD\b|US\$|\$|£|GBP\b)"
_CUR_AFTER = r"(?P<cur2>euro(?:'s)?|EUR|eur|gulden|€)\b"
# Digits with a currency sign or word: the engine only stops at a currency sign or a digit.
_AMOUNT_RE = compile_fast(
    r"(?<![\w.,])(?:"
    + _CUR_BEFORE + r"[ \t\u00a0]{0,3}" + _NUMBER + _SCALE
    + r"|" + _NUMBER.replace("num", "num2") + _SCALE.replace("scale", "scale2") + r"\s*" + _CUR_AFTER
    + r")",
    re.I,
)
# Amounts in words ("ruim vierduizend euro"): found from the currency word backwards.
_CUR_WORD_RE = re.compile(r"\b(?P<cur3>euro|gulden)\b", re.I)
_WORDS_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<word>" + NUMBER_WORD_RE + r"(?:\s+" + NUMBER_WORD_RE + r")*(?:\s+(?:miljoen|miljard))?)\s+$",
    re.I,
)


def _to_float(num: str) -> float | None:
    n = num.strip()
    n = re.sub(r",(?:-{1,2}|—|=)$", "", n)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{2}", n):  # English notation
        return float(n.replace(",", ""))
    if re.fullmatch(r"\d+\.\d{2}", n) and "," not in n:
        return float(n)  # "12.50" after €: decimal point (rare, informal)
    n = n.replace(".", "").replace(",", ".")
    try:
        return float(n)
    except ValueError:
        return None


# Currencies: the euro by default; guilders (before 2002, or Antillean/Aruban) and others
# are kept apart so that sums in euro stay right.
_VALUTA = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euro's": "EUR", "ƒ": "NLG", "fl.": "NLG", "hfl.": "NLG",
    "nlg": "NLG", "gulden": "NLG", "naf": "ANG", "naf.": "ANG", "ang": "ANG", "afl.": "AWG",
    "awg": "AWG", "usd": "USD", "us$": "USD", "$": "USD", "£": "GBP", "gbp": "GBP",
}
_SCALES = {"miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9, "duizend": 1e3, "k": 1e3}


def find_amounts(text: str) -> list[Match]:
    """Amounts of money; value is a float in the currency of `info["valuta"]` ("EUR", "NLG", ...)."""
    out = []
    for m in _AMOUNT_RE.finditer(text):
        g = m.groupdict()
        cur = (g.get("cur") or g.get("cur2") or "").lower()
        valuta = _VALUTA.get(cur, "EUR")
        value = _to_float(g.get("num") or g.get("num2"))
        if value is None:
            continue
        scale = (g.get("scale") or g.get("scale2") or "").lower().rstrip(".")
        if scale:
            if scale == "k" and not g.get("cur"):
                continue
            value *= _SCALES[scale]
        out.append(_with_approx(text, m.start(), m.end(), value, valuta))
    taken = [(x.start, x.end) for x in out]
    for m in _CUR_WORD_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        lo = max(0, m.start() - 120)
        wm = _WORDS_BEFORE.search(text, lo, m.start())
        if not wm:
            continue
        words = wm.group("word").split()
        scale = 1.0
        if words[-1].lower() in ("miljoen", "miljard") and len(words) > 1:
            scale = _SCALES[words.pop().lower()]
        value = parse_number_word("".join(words))
        if value is None:
            continue
        cur = m.group("cur3").lower()
        valuta = _VALUTA.get(cur, "EUR")
        if cur == "gulden" and re.search(r"\b(?:NAf|ANG|Antilliaanse|Curaçao|Aruba)", text[max(0, wm.start() - 120):wm.start()]):
            valuta = "ANG"
        out.append(_with_approx(text, wm.start("word"), m.end(), value * scale, valuta))
    out.sort(key=lambda x: x.start)
    return out


def _with_approx(text: str, start: int, end: int, value: float, valuta: str) -> Match:
    """The amount's Match, widened to an approximation word before it ("ruim € 3.000")."""
    info = {"valuta": valuta, "benadering": False}
    am = _APPROX_BEFORE.search(text, max(0, start - 25), start)
    if am:
        start = am.start("approx")
        info["benadering"] = True
        info["bij_benadering"] = am.group("approx").lower()
    return Match(start, end, "bedrag", round(value, 2), info)


_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH_RE = r"(?P<mon>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?"
_DATE_RE = re.compile(
    r"\b(?:"
    r"(?P<d1>[0-3]?\d)(?:e|ste|de)?\s+" + _MONTH_RE + r"(?:\s+(?P<y1>(?:1[89]|20)\d{2})\b|\s+'(?P<y1s>\d{2})\b)?"
    r"|(?P<d2>[0-3]?\d)[-/.](?P<m2>[01]?\d)[-/.](?P<y2>(?:1[89]|20)\d{2}|'?\d{2})(?![\d-])"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b"
    r")",
    re.I,
)


def _year(y: str) -> int:
    y = y.lstrip("'")
    if len(y) == 2:
        v = int(y)
        return 2000 + v if v <= 40 else 1900 + v
    return int(y)


def find_dates(text: str) -> list[Match]:
    """Dates; value "2022-03-03", or "--03-03" (ISO 8601 without year) when no year is stated."""
    out = []
    for m in _DATE_RE.finditer(text):
        g = m.groupdict()
        try:
            if g["mon"]:
                d, mo = int(g["d1"]), _MONTHS[g["mon"].lower().rstrip(".")]
                y = g["y1"] or g["y1s"]
                if y is None:
                    date(2000, mo, d)  # validates (2000 is a leap year)
                    out.append(Match(m.start(), m.end(), "datum", f"--{mo:02d}-{d:02d}", {"jaar_bekend": False}))
                    continue
                yy = _year(y)
            elif g["d2"]:
                d, mo, yy = int(g["d2"]), int(g["m2"]), _year(g["y2"])
                if g["y2"].startswith("'") is False and len(g["y2"]) == 2 and m.group(0).count(".") == 2:
                    pass
            else:
                d, mo, yy = int(g["d3"]), int(g["m3"]), int(g["y3"])
            value = date(yy, mo, d).isoformat()
        except (ValueError, KeyError):
            continue
        out.append(Match(m.start(), m.end(), "datum", value, {"jaar_bekend": True}))
    return out
