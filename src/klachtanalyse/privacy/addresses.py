"""Street addresses and postcodes of private persons, and the letterhead addresses of firms that stay."""

from __future__ import annotations

import re
from functools import lru_cache

from klachtanalyse.privacy import lexicon
from klachtanalyse.privacy.common import (
    CAPWORD, LETTER, ORG_ENDINGS, Span, _FIRM_WORDS, _Found, _alts, _is_stop, _overlaps, _rx,
)


def _postcodes(f: _Found, addresses: list[Span]) -> None:
    text = f.text
    for m in _rx()["postcode"].finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(0, line_start - 40):m.start()].lower()
        # (a Postbus's postcode is an organisation's; session 13: also after "·", "|" or a dash, "Postbus 51077 · 3007 GB")
        if re.search(r"postbus\s*\d+\s*[,|·•–-]?\s*$", before) or re.search(r"postbus\s*\d+[^\n]*\n$", text[max(0, line_start - 40):line_start].lower()):
            continue
        if m.group(2) in ("EN", "DE", "IN", "OP", "TE", "EU") and not re.match(r"\s+[A-Z]", text[m.end():]):
            continue
        f.add(m.start(), m.end(), "POSTCODE", "postcode")
    for m in _rx()["postcode_lc"].finditer(text):
        # lower case "3512 ab" only beside an address or before a place name
        near_address = any(0 <= m.start() - a.end <= 3 for a in addresses)
        if near_address or (m.group(0)[4:5] != " " and re.match(rf"\s+{LETTER}{{3,}}", text[m.end():])):
            f.add(m.start(), m.end(), "POSTCODE", "postcode-kleine-letters")

# Endings that make a lower-case word a street without doubt.
STRONG_SUFFIXES = ("straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg",
                   "plantsoen", "boulevard", "hof", "pad", "markt", "wal", "bocht")

# Words that end like a street but head a citation: "Bladzijde 143", "Natura 2000".
NOT_STREET = {"bladzijde", "pagina", "artikel", "hoofdstuk", "bijlage", "productie", "natura", "verordening",
              "richtlijn", "jaargang", "gravenhage", "wet", "besluit", "regeling", "nummer", "groep", "fase",
              "ronde", "periode", "week", "stap", "punt", "lid", "zaak", "kamer", "vaart"}


def _not_street(street: str) -> bool:
    words = street.lower().split()
    return bool(words) and (words[0] in NOT_STREET or words[-1] in NOT_STREET)


def _street_context(text: str, start: int, end: int) -> bool:
    """Is there an address around a street name with a weak ending (-oord, -haven, -hage)?"""
    left = text[max(0, start - 30):start].lower()
    right = text[end:end + 40]
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        re.search(r"(?:\baan|\bop|\badres|\bwoon\w*|\bwonende|\bhuis|\bwoning|\bflat)\s*(?:de|het|is|was)?\s*:?\s*$", left)
        # session 12 ('bliksem'): "Ik woon zelf in Hardenberg, Oosteinde 17a", "De ontruiming van Knutteldorp 23-bis"
        or re.search(r"\b(?:woon\w*|wonende)\b[^\n.]{0,30},\s*$|\bontruiming\s+(?:van|aan|op)\s*$", left)
        or re.match(r",?\s*[1-9]\d{3}\s?[A-Za-z]{2}\b", right)
        or re.match(r"\s+(?:te|in)\s+[A-Z]", right)
        or (not text[line_start:start].strip() and re.match(r"[ \t]*\r?\n[ \t]*[1-9]\d{3}\s?[A-Z]{2}", right))
    )


@lru_cache(maxsize=1)

def _suffix_tuple() -> tuple[str, ...]:
    return tuple(lexicon.streets()["suffixen"])


def _street_windows(text: str) -> list[tuple[int, int]]:
    """Stretches around "<word ending like a street> <number>": the only places the (slower)
    street patterns need to look, which keeps long rulings fast."""
    suffixes = _suffix_tuple()
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"(?<![\w])([^\W\d_]+)(?:-[^\W\d_]+)?(?:[ \t]+[ONZW]\.[ZW]\.)?[ \t]+\d", text):
        if m.group(1).lower().endswith(suffixes) or m.group(0).split()[0].lower().endswith(suffixes):
            a = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 120)
            b = min(len(text), m.end() + 40)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


def _addresses(f: _Found, kept) -> list[Span]:
    rx = _rx()
    text = f.text
    found: list[Span] = []

    def add(start, end, rule):
        if _overlaps((start, end), kept):
            return
        before = len(f.spans)
        f.add(start, end, "ADRES", rule)
        if len(f.spans) > before:
            found.append(f.spans[-1])

    windows = _street_windows(text)
    for m in (m for a, b in windows for m in rx["street"].finditer(text, a, b)):
        words = m.group(1).split()
        # drop leading words that are not part of a street name ("Ik woon Kerkstraat 1")
        start = m.start(1)
        while len(words) > 1 and not _rx()["tv"].match(words[0]) and (_is_stop(words[0]) or not (words[0][:1].isupper() or words[0][:1].isdigit())) \
                or len(words) > 1 and _rx()["tv"].match(words[0]) and words[0][:1].islower():
            start += len(words[0])
            start = start + (len(text[start:]) - len(text[start:].lstrip()))
            words = words[1:]
        if not any(w[:1].isupper() for w in words):
            continue  # lower-case streets are the third pattern's, with a stricter test
        if _not_street(" ".join(words)):
            continue
        if not words[-1].lower().split("-")[0].endswith(STRONG_SUFFIXES) and not _street_context(text, start, m.end(2)):
            continue  # "Bladzijde 143", "Gravenhage 10": weak endings need an address around them
        add(start, m.end(2), "adres-straatnaam")
    for m in rx["street_paren"].finditer(text):
        if not _is_stop(m.group(1).split()[0]) and not _not_street(m.group(1)):
            add(m.start(1), m.end(2), "adres-haakjes")
    for m in rx["street_ctx"].finditer(text):
        if _is_stop(m.group(1).split()[0]) or _not_street(m.group(1)) or re.fullmatch(r"(?:19|20)\d\d", m.group(2)):
            continue
        add(m.start(1), m.end(2), "adres-context")
    for m in (m for a, b in windows for m in rx["street_lc"].finditer(text, a, b)):
        word = m.group(1).split()[-1].lower()
        if m.group(1).split()[-1][:1].isupper():
            continue  # capitalised street names are the first pattern's
        if any(word == s for s in lexicon.streets()["suffixen"]):
            continue  # "de weg 3": a bare suffix is a common noun
        if not word.endswith(STRONG_SUFFIXES):
            continue  # "jaargang 45", "grieven 1": only clear street endings in lower case
        words = m.group(1).split()
        start = m.start(1)
        while len(words) > 1 and _is_stop(words[0]):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        add(start, m.end(2), "adres-kleine-letters")
    # a home named by its street alone: "uit haar woning aan de Lijsterbeslaan", "wij woonden op de Dr. Schaepmanstraat"
    homes = _alts(lexicon.patterns().get("woning_woorden", []))
    suffixes = "|".join(STRONG_SUFFIXES)
    for m in re.finditer(rf"(?i:\b(?:{homes})\b)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?i:aan|op)[ \t]+(?i:de|het)[ \t]+"
                         rf"((?:(?:Dr|Mr|Prof|St|Burg|Pr)\.[ \t]*)?(?:{CAPWORD}[ \t-]+){{0,3}}{LETTER}*(?:{suffixes}))\b(?![ \t]*\d)", text):
        if m.group(1)[:1].isupper() and not _is_stop(m.group(1).split()[0]) and not _not_street(m.group(1)):
            add(m.start(1), m.end(1), "adres-woning")
    for m in rx["before_postcode"].finditer(text):
        words = m.group(1).split()
        start = m.start(1)
        while len(words) > 1 and (_is_stop(words[0]) or _rx()["title"].fullmatch(words[0])):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        line_start = text.rfind("\n", 0, start) + 1
        if any(line_start <= a < start for a, _ in kept):
            continue  # an organisation's address on its own line ("Gemeente Utrecht, Stadsplateau 1, 3521 AZ")
        if not _is_stop(words[0]) and not _not_street(" ".join(words)) and not words[0].lower().startswith("postbus"):
            add(start, m.end(2), "adres-voor-postcode")
    for m in rx["line_street"].finditer(text):
        # a line "Botter 12-41" directly followed by a line with a postcode
        nxt = text[m.end():m.end() + 40].lstrip("\r\n")
        if rx["postcode"].match(nxt) and not _is_stop(m.group(1).split()[0]) and not m.group(1).lower().startswith("postbus"):
            add(m.start(1), m.end(2), "adres-regel")
    return found

_FIRM_LINE = re.compile(r"(?i)\b(?:advocaten|advocatuur|advocatenkantoor|notarissen|notariaat|deurwaarders|"
                        r"gerechtsdeurwaarders|bewindvoering|b\.v\.|bv|n\.v\.)[ \t]*$")

_ORG_BEFORE_ADDRESS = re.compile(rf"(?i)\w*(?:{'|'.join(ORG_ENDINGS + ('praktijk', 'advocaten'))})\b[^,\n]{{0,20}},[ \t]*$")

# (session 12, 'ijsregen': a writ's "kantoorhoudende aan de", "gevestigd aan de", the court's "gerechtsgebouw aan de")
_ORG_ADDRESS_LABEL = re.compile(r"(?i)\b(?:bezoek|post|kantoor|vestigings|correspondentie)adres\s*:\s*$"
                                r"|\b(?:kantoorhoudende|gevestigd|zitting\s+houdende|gerechtsgebouw)\s+(?:te\s+\w+\s+)?aan\s+(?:de|het)\s*$")


def _drop_letterhead(f: _Found) -> None:
    """A firm's address block ("Yıldız Haags Advocaten / Prinsegracht 21, 2512 EW Den Haag") is
    no private person's address ('eind' round, 28 Nov 2026): the address on the line after a
    firm's name, and the postcode and place on that line and the next, stay."""
    text = f.text
    drop: list[tuple[int, int]] = []
    for sp in f.spans:
        if sp.type == "POSTCODE":
            _letterhead_postcode(f, sp, drop)
            continue
        if sp.type != "ADRES":
            continue
        line_start = text.rfind("\n", 0, sp.start) + 1
        same_line = text[line_start:sp.start]
        if re.match(r"(?i)(?:bezoek|post|kantoor|vestigings|correspondentie)adres\b", sp.text):
            nxt = text.find("\n", sp.end)
            drop.append((sp.start, nxt if nxt != -1 else len(text)))
            continue  # "Bezoekadres Koningin Julianaplein 1" without a colon is an organisation's (session 10)
        # ... or right after an organisation's name on the same line ("Annie M.G. Schmidtschool, Sterrenlaan 4")
        org_before = _ORG_BEFORE_ADDRESS.search(same_line)
        if _ORG_ADDRESS_LABEL.search(same_line) or org_before:
            nxt = text.find("\n", sp.end)
            drop.append((sp.start, nxt if nxt != -1 else len(text)))
            continue  # "Bezoekadres: Zomerkade 165, Haarlem" is an organisation's (session 7)
        if text[line_start:sp.start].strip():
            continue  # the address does not open its line
        prev_end = line_start - 1
        prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
        # session 7: also a firm's name two lines up, over a tagline ("Sociale advocatuur – huurrecht")
        prev2_start = text.rfind("\n", 0, max(prev_start - 1, 0)) + 1 if prev_start > 0 else prev_start
        firm_above = _FIRM_LINE.search(text[prev_start:prev_end]) or _FIRM_WORDS.search(text[prev_start:prev_end]) or (
            prev_start > 0 and _FIRM_LINE.search(text[prev2_start:prev_start - 1])
            and re.search(r"(?i)advoca|recht\b|bewind|notari", text[prev_start:prev_end]))
        if prev_end <= 0 or not firm_above:
            continue
        nxt = text.find("\n", sp.end)
        nxt2 = text.find("\n", nxt + 1) if nxt != -1 else -1
        drop.append((sp.start, nxt2 if nxt2 != -1 else len(text)))
    if drop:
        f.spans = [s for s in f.spans if not (s.type in ("ADRES", "POSTCODE", "WOONPLAATS")
                                              and any(a <= s.start < b for a, b in drop))]


_ORG_ON_LINE = re.compile(rf"(?i)\w*(?:{'|'.join(ORG_ENDINGS)})\b")


def _letterhead_postcode(f: _Found, sp: Span, drop: list[tuple[int, int]]) -> None:
    """Session 10 ('vorst'): an organisation's postcode where its street was not recognised as an address: on a line
    that names the organisation ("School: Basisschool De Zonnewijzer, Hof van Egmond 3, 3081 JV Rotterdam"), or on the
    line after an organisation's name ("Wijkteam Amersfoort Kruiskamp" / "Kruiskamp 1a, 3816 AK Amersfoort")."""
    text = f.text
    line_start = text.rfind("\n", 0, sp.start) + 1
    same_line = text[line_start:sp.start]
    if any(s.type == "ADRES" and line_start <= s.start < sp.start for s in f.spans):
        return  # the address on this line decides (see _drop_letterhead)
    # (session 13: also a middle dot or bullet between street and postcode, "Laan op Zuid 900 · 3072 DB Rotterdam")
    street_before = re.fullmatch(r"[ \t]*[^,|·•\n]{2,40}?\d+[ \t]?\w{0,3}[ \t]*[,|·•][ \t]*", same_line)
    org_here = _FIRM_WORDS.search(same_line) or _ORG_ON_LINE.search(same_line)
    prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    org_above = line_start > 0 and (_FIRM_WORDS.search(text[prev_start:line_start - 1]) or _FIRM_LINE.search(text[prev_start:line_start - 1]))
    if (org_here and re.search(r"\d+[ \t]?\w{0,3}[ \t]*[,|·•][ \t]*$", same_line)) or (street_before and org_above):
        nxt = text.find("\n", sp.end)
        drop.append((sp.start, nxt if nxt != -1 else len(text)))

