"""Personal data with a fixed shape: e-mail, IBAN (checksum), BSN (elfproef or a label), phone numbers (also
spoken), licence plates and dates of birth (after a label, in a list or a table column, or right after a name:
`_birthdates_after_names`, which runs on the final spans)."""

from __future__ import annotations

import datetime as _dt
import re

from klachtanalyse.privacy import lexicon
from klachtanalyse.privacy.checks import IBAN_LENGTHS, elfproef, iban_valid
from klachtanalyse.privacy.common import (
    DATE_NUMERIC, LISTED_CHILD, MONTHS, _BSN_COLUMN, Span, _Found, _dutch_vocabulary, _table_rows, _label_before, _rx,
)


def _emails(f: _Found) -> None:
    roles = {r.lower() for r in lexicon.patterns()["rol_mailboxen"]}
    for m in _rx()["email"].finditer(f.text):
        local = m.group(0).split("@")[0].lower()
        if local in roles:
            continue
        f.add(m.start(), m.end(), "EMAIL", "email")


def _ibans(f: _Found) -> None:
    labels = lexicon.patterns()["iban_labels"]
    for m in _rx()["iban"].finditer(f.text):
        raw = m.group(1)
        country = raw[:2].upper()
        compact = "".join(raw.split()).upper()
        length = IBAN_LENGTHS.get(country) or len(compact)
        if len(compact) < length or length == 0:
            continue
        # keep exactly `length` characters (the match may run into the next word)
        taken, count = 0, 0
        for i, c in enumerate(raw):
            if not c.isspace():
                count += 1
            if count == length:
                taken = i + 1
                break
        candidate = raw[:taken]
        if raw[taken:taken + 1].isalnum():
            continue
        ok = iban_valid(candidate)
        shaped = re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", "".join(candidate.split()).upper())
        if ok or shaped:  # a Dutch-shaped IBAN with a wrong check digit is still one (session 7: typed in a chat)
            f.add(m.start(1), m.start(1) + taken, "IBAN", "iban" if ok else ("iban-label" if _label_before(f.text, m.start(), labels) else "iban-vorm"))
    for m in _rx()["account"].finditer(f.text):
        if _label_before(f.text, m.start(), ["rekeningnummer", "rek.nr.", "rek.nr", "reknr", "bankrekening", "bankrekeningnummer", "gironummer", "iban"], 30):
            f.add(m.start(1), m.end(1), "IBAN", "rekening-label")


def _bsns(f: _Found, labelled_only: bool = False) -> None:
    p = lexicon.patterns()
    for m in _rx()["nine"].finditer(f.text):
        digits = re.sub(r"\D", "", m.group(1))
        labelled = _label_before(f.text, m.start(), p["bsn_labels"], 45)
        if labelled and len(digits) in (8, 9):
            f.add(m.start(1), m.end(1), "BSN", "bsn-label")
        elif not labelled_only and len(digits) == 9 and elfproef(digits) and not _label_before(f.text, m.start(), p["andere_nummers"], 30):
            if f.text[max(0, m.start() - 2):m.start()].strip() in ("€", "EUR"):
                continue
            if re.search(r"\+\s?\d{1,3}[ \t]*$", f.text[max(0, m.start() - 6):m.start()]):
                continue  # "+48 601 223 457": a foreign phone number (session 7)
            f.add(m.start(1), m.end(1), "BSN", "bsn-elfproef")
    # session 10 ('dooi'): a household table with a BSN column ("| nr | naam | geboortedatum | BSN |"), where a number
    # that fails the elfproef is still the one written down
    for a, b in _table_rows(f.text, _BSN_COLUMN):
        for m in re.finditer(r"(?<![\w-])(\d{3}[ .]?\d{3}[ .]?\d{3}|\d{9})(?![\w-])", f.text[a:b]):
            f.add(a + m.start(1), a + m.end(1), "BSN", "bsn-tabel")
    # session 12 ('mist'): a BSN read out digit by digit in a transcribed voice message ("8 9 7 0 7 6 8 5 0"), when it
    # passes the elfproef
    if not labelled_only:
        for m in re.finditer(r"(?<![\d\w])((?:\d[ \t]){8}\d)(?![\d\w])", f.text):
            if elfproef(re.sub(r"\D", "", m.group(1))):
                f.add(m.start(1), m.end(1), "BSN", "bsn-cijfers")

OTHER_NUMBER_LABELS = ("parketnummer", "zaaknummer", "zaaknr", "rolnummer", "rolnr", "kenmerk", "dossiernummer",
                       "klantnummer", "registratienummer", "registratienummers", "factuurnummer", "contractnummer",
                       "polisnummer", "kvk", "btw-nummer", "btw nummer", "btw-nr", "btw nr", "btw:", "vonnis no.", "no.", "nr.")


def _phones(f: _Found) -> None:
    text = f.text
    service = lexicon.patterns()["service_nummers"]
    for m in _rx()["phone_start"].finditer(text):
        i = m.end()
        start = m.start()
        head = m.group(0)
        international = head.startswith(("+", "00"))
        digits = re.sub(r"\D", "", head)
        # "+31 (0)6": the (0) is not dialled
        mz = re.match(r"\s?\(0\)", text[i:])
        if international and mz:
            i += mz.end()
        j = i
        seps = 0
        while j < len(text):
            # every dash a word processor or phone types (session 12: the non-breaking hyphen in "06‑19 44 02 83")
            sep = re.match(r"(?:\s?[-–‐‑—−.]\s?|\s|\)\s?)", text[j:])
            if text[j].isdigit():
                digits += text[j]
                j += 1
                continue
            if sep and j + sep.end() < len(text) and text[j + sep.end()].isdigit() and "\n" not in sep.group(0):
                seps += 1
                j += sep.end()
                continue
            break
        if j < len(text) and (text[j].isalnum() or (text[j] in "-/" and j + 1 < len(text) and text[j + 1].isdigit())):
            continue
        national = digits
        if international:
            if digits.startswith("0031"):
                national = "0" + digits[4:]
            elif digits.startswith("31"):
                national = "0" + digits[2:]
            else:
                if 9 <= len(digits) <= 15:
                    f.add(start, j, "TELEFOON", "telefoon-buitenland")
                continue
        if len(national) != 10 or national[1] == "0":
            continue
        chunk = text[start:j]
        dm = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}.*", chunk)
        if dm and 1 <= int(dm.group(1)) <= 31 and 1 <= int(dm.group(2)) <= 12:
            continue  # a date followed by a number (not "06.39.02.77.18", session 7)
        if any(national.startswith(s.replace(" ", "")) for s in service):
            continue
        if _label_before(text, start, OTHER_NUMBER_LABELS, 25) and not _label_before(text, start, ["tel", "telefoon", "telefoonnummer", "mobiel", "bel", "nummer is"], 25):
            continue
        f.add(start, j, "TELEFOON", "telefoon")

_NUMBER_TOKEN = re.compile(r"\d+|[^\W\d_]+")

_NUMBER_GAP = re.compile(r"[ \t]*(?:[,.\-–][ \t]*)?")


def _spoken_phones(f: _Found) -> None:
    """A phone number written out as it is said, in a voice-message transcript or a form filled
    in by phone: "nul zes vier acht één nul zes zeven drie twee", "nul zes, twaalf, vierendertig,
    zesenvijftig, achtenzeventig", "06 dubbel vijf ...". Why: the 'blind' round (28 Nov 2026)
    had one and nothing found it. Each word is one digit (nul..negen) or two (tien..negenennegentig);
    "dubbel" repeats the next digit; the whole must be a Dutch number of ten digits with at least
    one word in it."""
    from klachtanalyse.language.getallen import parse_number_word

    text = f.text
    for m in re.finditer(r"(?i)\b(?:nul|0)\b", text):
        pos, digits, words, end, double = m.start(), "", 0, m.start(), False
        while len(digits) < 10:
            tok = _NUMBER_TOKEN.match(text, _NUMBER_GAP.match(text, pos).end())  # the gap may be empty
            if not tok or (digits and "\n" in text[pos:tok.start()]):
                break
            word = tok.group().lower()
            if word.isdigit():
                piece = word
            elif word == "dubbel" and not double:
                double, pos = True, tok.end()
                continue
            else:
                value = parse_number_word(word)
                if value is None or value != int(value) or value > 99 or word in ("honderd", "anderhalf"):
                    break
                piece = str(int(value))
                words += 1
            digits += piece * 2 if double else piece
            double, pos, end = False, tok.end(), tok.end()
        after = _NUMBER_TOKEN.match(text, _NUMBER_GAP.match(text, end).end())
        more = after is not None and (after.group().isdigit() or parse_number_word(after.group().lower()) is not None)
        if words and len(digits) == 10 and digits[0] == "0" and digits[1] != "0" and not more:
            f.add(m.start(), end, "TELEFOON", "telefoon-uitgesproken")


def _plates(f: _Found) -> None:
    for m in _rx()["plate"].finditer(f.text):
        f.add(m.start(), m.end(), "KENTEKEN", "kenteken-sidecode")
    for m in _rx()["plate_labelled"].finditer(f.text):
        raw = m.group(1)
        if sum(c.isdigit() for c in raw) and sum(c.isalpha() for c in raw) and len(re.sub(r"\W", "", raw)) == 6:
            f.add(m.start(1), m.end(1), "KENTEKEN", "kenteken-label")


_FULL_DATE = rf"(?:{DATE_NUMERIC}|\d{{1,2}}\s+(?i:{MONTHS})\.?\s+(?:19|20)\d{{2}})"
_BORN_AFTER = re.compile(rf"(?i:\bop\s+)({_FULL_DATE})\s+(?i:geboren)\b")
_NAME_DATE_LINE = re.compile(rf"(?m)^[ \t]*([A-ZÀ-Ý][a-zà-ÿ'’-]+)([ \t]+)({DATE_NUMERIC})[ \t]*$")
# session 12 ('bliksem'): a list of children, a name, a dash or colon, a date in any form, one per line
# ("Selam - 11.04.2009", "Yonas - 2 febr 2013", "Meron - 27-8-20")
_NAME_DASH_DATE_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*•][ \t]+)?([A-ZÀ-Ý][a-zà-ÿ'’-]+)[ \t]*[-–:][ \t]*({_FULL_DATE}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2}})[ \t]*$")
_DAY_MONTH = rf"\d{{1,2}}\s+(?i:{MONTHS})\b(?!\.?\s+(?:19|20)?\d{{2}}\b)"
_BIRTHDAY = re.compile(
    rf"(?i:\bop\s+)?({_DAY_MONTH})(?=[ \t]+(?i:jarig|haar verjaardag|zijn verjaardag|verjaardag)\b)"
    rf"|(?i:\b(?:jarig|verjaardag|verjaart)\b[^.!?\n]{{0,12}}\bop\s+)({_DAY_MONTH})"
    # ("wordt op 6 oktober 12": the number after it is an age, not a year)
    rf"|(?i:\bwordt\s+op\s+)(\d{{1,2}}\s+(?i:{MONTHS})\b)(?=[ \t]+(?:\d{{1,2}}\b(?![-/.:]\d)|(?i:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b))"
)
_DATE_IN_BRACKETS = re.compile(rf"\s*\(\s*({_FULL_DATE})\s*\)")
# session 11 ('onweer'): "Dave, 14-02-2011, zit in groep 7", "de kleine Roos, 05-01-2021, die ..."
_DATE_AFTER_COMMA = re.compile(rf"[ \t]*,[ \t]*({_FULL_DATE})(?=[ \t]*(?:[,;)\n]|$|\.(?:\s|$)))")


def _birthdates_after_names(text: str, spans: list[Span]) -> list[Span]:
    """A full date in brackets or between commas right after a person's name is that person's
    date of birth ("Abel (21-03-2021)", 'storm'; "Dave, 14-02-2011, zit in groep 7", 'onweer';
    session 11). Run on the final spans, so a place or organisation first taken for a name
    lends its date nothing; between commas, a date of this year or later is a letter's or a
    note's date ("Intake door: Marloes Kok, 26-01-2026, 23:40"), not a birth date."""
    f = _Found(text)
    for s in [s for s in spans if s.type == "PERSOON"]:
        m = _DATE_IN_BRACKETS.match(text, s.end)
        if m is None:
            m = _DATE_AFTER_COMMA.match(text, s.end)
            year = re.search(r"(?:19|20)\d{2}$", m.group(1)) if m else None
            if year and int(year.group(0)) >= _dt.date.today().year:
                m = None
        if m:
            f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum-na-naam")
    return f.spans


def _birthdates(f: _Found) -> None:
    for m in _rx()["birth"].finditer(f.text):
        f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum")
    # session 9 ('regen'): a list of children with their dates of birth ("1. Feven – 12-9-2016")
    for m in LISTED_CHILD.finditer(f.text):
        f.add(m.start(2), m.end(2), "GEBOORTEDATUM", "geboortedatum-lijst")
    # session 9 ('hagel'): a date after "(*" ("Sofiia (*22-06-2016)"), and the column of a table whose header names
    # the date of birth ("Naam   Geb.datum   School" with a row per child)
    # session 11 ('storm'): also after a comma ("dochter Sofiia, *05-11-2010")
    for m in re.finditer(rf"[(,]\s*\*\s*({DATE_NUMERIC})(?![\w])", f.text):
        f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum-ster")
    # session 11 ('storm'): the label after the date ("Noor, op 3 juni 2016 geboren"), and a line with only a first
    # name and a date, apart by two spaces or more ("Jaydenzio   21-09-2013"), unless the word is a form's label
    for m in _BORN_AFTER.finditer(f.text):
        f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum-na")
    # session 12 ('sneeuwstorm'): a birthday without its year, next to "jarig", "verjaardag" or "wordt ... op"
    # ("Femke is op 12 april jarig", "zondag 8 februari jarig", "heeft op 19 februari haar verjaardag", "hij wordt op 14
    # maart 9"); a date with a year stays with the other rules
    for m in _BIRTHDAY.finditer(f.text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        f.add(m.start(g), m.end(g), "GEBOORTEDATUM", "verjaardag")
    # (one space is enough where the word is a known first name: "Nikol 07-05-2015", 'onweer')
    for m in _NAME_DATE_LINE.finditer(f.text):
        word = m.group(1).lower()
        if word in lexicon.patterns()["geen_naam_voor_datum"]:
            continue
        if len(m.group(2)) >= 2 or word in lexicon.first_names() or word in lexicon.broad_first_names():
            f.add(m.start(3), m.end(3), "GEBOORTEDATUM", "geboortedatum-regel")
    dash_lines = [m for m in _NAME_DASH_DATE_LINE.finditer(f.text)
                  if m.group(1).lower() not in lexicon.patterns()["geen_naam_voor_datum"]]
    def named(word: str) -> bool:
        return word in lexicon.first_names() or word in lexicon.broad_first_names()
    # two lines that open with a name (known, or no Dutch word) make a list of children, and then every line of it
    # counts ("Helen - 9-1-19" too); a list of events ("Huisbezoek - 3 maart 2025") is no such list
    listed = sum(named(m.group(1).lower()) or m.group(1).lower() not in _dutch_vocabulary() for m in dash_lines) >= 2
    for m in dash_lines:
        if listed or named(m.group(1).lower()):
            f.add(m.start(2), m.end(2), "GEBOORTEDATUM", "geboortedatum-regel")
    for a, b in _table_rows(f.text):
        for m in re.finditer(rf"(?<![\w/-])({DATE_NUMERIC})(?![\w/-])", f.text[a:b]):
            f.add(a + m.start(1), a + m.end(1), "GEBOORTEDATUM", "geboortedatum-tabel")
