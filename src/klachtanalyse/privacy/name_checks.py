"""What happens to the names once found: spread to later mentions, organisations and streets dropped, names
inside company names, names extended by a surname, the final checks and merges."""

from __future__ import annotations

import re

from klachtanalyse.privacy import lexicon
from klachtanalyse.privacy.common import (
    CAPWORD, DATE_NUMERIC, LISTED_CHILD, NOT_NAMES, ORG_ENDINGS, ORG_TAILS, ORG_WORDS, Span, _Found, _alts,
    _any_first_names, _table_rows, _countries, _dutch_vocabulary, _in_spans, _is_stop, _is_streetname,
    _kin_words, _known_place_lower, _lower_lines, _mostly_lower, _overlaps, _rx, _stop_core, find_places,
)


# Rules whose hits are sure enough to look for the same name elsewhere in the document.
SEED_RULES = {"naam-titel", "naam-initialen", "naam-familie", "naam-leeftijd", "naam-inleiding",
              "naam-voornaam", "naam-veld", "naam-ondertekening", "naam-regel", "naam-chat"}


def _propagate(f: _Found, kept) -> None:
    """Every further mention of a name found once: "Mees" after "Mees Oude Luttikhuis"."""
    text = f.text
    taken = [(s.start, s.end) for s in f.spans]
    lower_doc = _mostly_lower(text)
    lower_lines = [] if lower_doc else _lower_lines(text)
    seen: dict[str, tuple[str, str]] = {}
    for s in f.spans:
        if s.type != "PERSOON" or s.rule not in SEED_RULES:
            continue
        if s.surname:
            core = s.surname.split()
            base = " ".join(w for w in core if not _rx()["tv"].match(w)) or s.surname
            seen.setdefault(s.surname, ("surname", s.surname))
            if base != s.surname:
                seen.setdefault(base, ("surname", s.surname))
        if s.first:
            for w in s.first.split():
                seen.setdefault(w, ("first", w))
    ambiguous = lexicon.ambiguous_first_names()
    words = {w: rv for w, rv in seen.items()
             if len(w) >= 3 and not _is_stop(w) and w not in NOT_NAMES | {"hof"}}
    if not words:
        return
    rx_title = _rx()["title"]
    tv = "van der|van den|van de|van 't|van|de|den|der|ter|ten|oude|el"
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w\-@.])(?:((?i:{tv}))\s+)?({alts})(?![\w@-])", text, re.I):
        role, value = words[m.group(2).lower()]
        start = m.start()
        tv_words = [w for w in value.split() if _rx()["tv"].match(w)] if role == "surname" else []
        if m.group(1) and not (tv_words and m.group(1).lower() == " ".join(tv_words) and m.group(2).lower() != value):
            start = m.start(2)  # "van Jan-Willem", "standpunt van Ferris": the preposition stays
        if _overlaps((start, m.end()), taken) or _overlaps((start, m.end()), kept):
            continue
        name = m.group(2)
        if name.lower() in ambiguous and (not name[:1].isupper() or re.search(r"[.!?][\"”'’)]?[ \t]+$", text[max(0, start - 4):start])):
            continue  # "Joke", "Mei", "Mark" found once as a name: again only capitalised, not opening a sentence (session 8)
        # a lower-case mention counts only where names were written in lower case, or (session 8, 'zon') when the
        # name is no Dutch word at all ("bel me morgen yusuf" after "Yusuf: ...")
        foreign = name == name.lower() and len(name) >= 4 and name not in _dutch_vocabulary() \
            and not re.match(r"[ \t]+(?:punt|at|apenstaartje)\b", text[m.end():]) and not re.search(r"\bpunt[ \t]+$", text[max(0, start - 6):start])
        if name[:1].islower() and (name != name.lower() or not (lower_doc or _in_spans(start, lower_lines) or foreign)):
            continue
        end = m.end()
        parts = {"surname": value} if role == "surname" else {"first": value}
        if role == "surname":
            hy = re.match(rf"-{CAPWORD}", text[end:])
            if hy:
                end += hy.end()
            before = re.search(rf"(?<![\w.!?:])(?<=[a-zà-ÿ,] )({CAPWORD})[ \t]+$", text[max(0, start - 40):start])
            if before and not _stop_core(before.group(1)) and not rx_title.fullmatch(before.group(1)) \
                    and not _overlaps((start - len(before.group(0)), start), taken):
                start -= len(before.group(0))
                parts = {"first": before.group(1).lower(), "surname": value}
        if _overlaps((start, end), taken) or _overlaps((start, end), kept):
            continue
        f.add(start, end, "PERSOON", "naam-herhaald", **parts)
        taken.append((start, end))


def _drop_non_persons(f: _Found) -> None:
    """Session 7 ('ochtend'): a car model after its make ("Dacia Logan"), the first word of an
    organisation ("Leonardo da Vinci College"), and an employer ("werkt bij Twentse Kabel") are no
    persons."""
    text = f.text
    makes = {m.lower() for m in lexicon.patterns().get("automerken", [])}
    keep: list[Span] = []
    for sp in f.spans:
        if sp.type == "PERSOON":
            before = text[max(0, sp.start - 30):sp.start]
            make = re.search(rf"({CAPWORD})[ \t]+$", before)
            tail = re.match(rf"(?:[ \t]+(?:(?i:da|de|van|der|den|di|von)|{CAPWORD})){{0,3}}[ \t]+({CAPWORD})\b", text[sp.end:])
            if make and make.group(1).lower() in makes:
                continue
            last = sp.text.split()[-1].lower()
            if (tail and tail.group(1).lower() in ORG_TAILS) or last in ORG_TAILS or last.endswith(ORG_ENDINGS):
                continue
            if re.search(r"(?i)\b(?:werkt|werkte|werken|werkten|stage|in dienst)\s+(?:bij|van)\s+$", before) \
                    and sp.rule == "naam-hoofdletters":
                continue
        keep.append(sp)
    f.spans = keep

# Capital abbreviations that are no one's initials (a note's paraph is; these are not).
_ACRONYMS = {"gg", "ggd", "ggz", "uwv", "svb", "cjg", "bsn", "aow", "wmo", "wlz", "zzp", "ok", "nb", "ps", "cc", "bcc",
             "fw", "fwd", "re", "tel", "nl", "eu", "vve", "ib", "mdo", "ah", "wc", "tv", "pc", "hr", "kvk", "btw", "id",
             "mw", "sw", "vt", "wt", "jb", "po", "vo", "bo"}   # session 9: maatschappelijk werk, Veilig Thuis, wijkteam ...


def _names_in_company(f: _Found, kept) -> None:
    """Session 7 ('ochtend'): a name beside a found one ("Ahmad en Zarghuna", "Elif en Mert",
    "Terpstra & Bouali Advocaten") and a neighbour named by his house ("Bennie van nummer 20")."""
    text = f.text
    taken = [(s.start, s.end) for s in f.spans]
    places = set(find_places(text))

    def name_like(a: int, b: int) -> bool:
        return _could_be_name(text, a, b, kept, places) and not _overlaps((a, b), taken)

    persons = [s for s in f.spans if s.type == "PERSOON"]
    for sp in persons:
        after = re.match(rf"[ \t]+(?:en|&)[ \t]+({CAPWORD})(?![\w'’-])", text[sp.end:])
        if after:
            a, b = sp.end + after.start(1), sp.end + after.end(1)
            if name_like(a, b):
                f.add(a, b, "PERSOON", "naam-nevengeschikt", first=text[a:b].lower())
                taken.append((a, b))
        before = re.search(rf"(?<![\w.!?:]\s)(?<![.!?:])\b({CAPWORD})[ \t]+(?:en|&)[ \t]+$", text[max(0, sp.start - 40):sp.start])
        if before:
            base = max(0, sp.start - 40)
            a, b = base + before.start(1), base + before.end(1)
            line_start = text.rfind("\n", 0, a) + 1
            sentence_start = not text[line_start:a].strip() or re.search(r"[.!?:]\s*$", text[line_start:a])
            if not sentence_start and name_like(a, b):
                f.add(a, b, "PERSOON", "naam-nevengeschikt", first=text[a:b].lower())
                taken.append((a, b))
    # third session-7 batch ('schemer', 'middernacht'): a greeting ("Hoi Dani,"), a child's age ("Jairo is 13,
    # Quenisha 10 en Dayshaun is pas 8 maanden"), a person of an organisation ("Annemiek van Vluchtelingenwerk")
    for m in re.finditer(rf"(?i:\b(?:hoi|hallo|hey|hee|hai|lieve|dag|doei|dankjewel|bedankt|sorry|goedemorgen|goedemiddag|goedenavond|goedendag)[ \t]+)({CAPWORD})(?=[ \t]*[,!?:])", text):
        a, b = m.start(1), m.end(1)
        if name_like(a, b):
            f.add(a, b, "PERSOON", "naam-groet", first=text[a:b].lower())
            taken.append((a, b))
    for m in re.finditer(rf"(?<![\w'’-])({CAPWORD})[ \t]+(?:is[ \t]+(?:pas[ \t]+|nu[ \t]+|bijna[ \t]+|net[ \t]+)?)?\d{{1,2}}(?:[ \t]+(?:jaar|maanden|mnd))?(?=[ \t]*(?:,|en\b|\.(?!\d)))", text):
        a, b = m.start(1), m.end(1)
        children = re.search(r"(?i)\b(?:kind\w*|zoon|zoons|dochter\w*|jongste|oudste|tweeling|broertje|zusje|kleinkind\w*)\b", text[max(0, a - 80):a])
        if children and name_like(a, b) and not _is_streetname(text[a:b]) \
                and text[a:b].lower() not in {"groep", "klas", "artikel", "bijlage", "week"}:
            f.add(a, b, "PERSOON", "naam-leeftijd-kort", first=text[a:b].lower())
            taken.append((a, b))
    for ka, kb in kept:
        m = re.search(rf"(?:(?i:\b(?:met|bij|door|aan|voor|via|tegen|naar|en)[ \t]+)|(?m:^[ \t]*[-•*][ \t]+))({CAPWORD})[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?$", text[max(0, ka - 40):ka])
        if m:
            a = max(0, ka - 40) + m.start(1)
            b = a + len(m.group(1))
            if name_like(a, b):
                f.add(a, b, "PERSOON", "naam-van-organisatie", first=text[a:b].lower())
                taken.append((a, b))
    # staff initials in a note: alone on the last lines or after "Paraaf:", "Actie:" ("Paraaf: MK", "Actie: RE plant")
    shorts = {w.lower() for w in lexicon.patterns().get("initialen_afkortingen", [])} | _ACRONYMS
    # session 9 ('regen'): also after a bullet or a list number ("- SB belt", "1. HV belt"), after a date and a dash
    # ("12-09-2026 – JdW"), after a sentence with a verb ("TW heeft dhr. De Graaf ..."), before an action dash
    # ("Actie: IS – mail ..."), as a label's owner ("Beoordeling HV: ...")
    initials = r"(?:[A-Z]{2}|[A-Z][a-z]{1,2}[A-Z]{1,2})"   # "SB", "JdW"; not three capitals (FNV, SPV are bodies)
    verbs = ("plant|belt|neemt|stuurt|gaat|doet|regelt|maakt|mailt|vraagt|heeft|had|zal|zoekt|bespreekt|overlegt|"
             "checkt|informeert|meldt|spreekt|legt|volgt|bezoekt|koppelt|schrijft|stelt|brengt|houdt|geeft|belde|"
             "mailde|vroeg|stuurde|sprak|nam|gaf|ging|wil|moet|kan|is")
    for m in re.finditer(rf"(?m)(?:^[ \t]*(?:(?:[-•*–]|\d{{1,2}}[.)])[ \t]+)?|(?i:\b(?:paraaf|actie|actiehouder|initialen|notulist|verslag door|door|beoordeling|gezien))[ \t]*:[ \t]*"
                         rf"|\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?[ \t]*[–—-][ \t]*(?={initials}[ \t]*$)"
                         rf"|[.!][ \t]+(?:[–—-][ \t]*)?(?={initials}[ \t]*$)|[.!?][ \t]+(?={initials}[ \t]+(?:{verbs})\b)"
                         rf"|(?i:\b(?:actie|beoordeling))[ \t]+(?={initials}[ \t]*:))({initials})"
                         rf"(?=[ \t]*$|[ \t]+(?:{verbs})\b|[ \t]+[–—][ \t]|[ \t]*:[ \t])", text):
        a, b = m.start(1), m.end(1)
        if text[a:b].lower() not in shorts and not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
            f.add(a, b, "PERSOON", "naam-paraaf")
            taken.append((a, b))
    # ... and initials given in brackets after a found name ("M. de Jong (MdJ), Wijkteam Delfshaven", session 9)
    persons_end = {s.end for s in f.spans if s.type == "PERSOON"}
    for m in re.finditer(rf"\(({initials})\)", text):
        a, b = m.start(1), m.end(1)
        if any(e in persons_end for e in range(m.start() - 2, m.start() + 1)) and text[a:b].lower() not in shorts \
                and not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
            f.add(a, b, "PERSOON", "naam-paraaf")
            taken.append((a, b))
    # every further mention of staff initials found once ("Aandachtspunten voor JC", "via MdJ"), outside capital lines
    found_initials = {text[s.start:s.end] for s in f.spans if s.rule in ("naam-paraaf", "naam-initialen")}
    for ini in sorted(found_initials):
        for m in re.finditer(rf"(?<![\w.&/@-]){re.escape(ini)}(?![\w&/@-])", text):
            a, b = m.start(), m.end()
            line_a, line_b = text.rfind("\n", 0, a) + 1, text.find("\n", b)
            line = text[line_a:line_b if line_b >= 0 else len(text)]
            letters = [c for c in line if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
                continue  # a line in capitals ("ACTIE IS NODIG")
            if not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
                f.add(a, b, "PERSOON", "naam-paraaf")
                taken.append((a, b))
    # session 9 ('hagel'): the name before "(*date)" and the first column of a date-of-birth table ("Mursal   15-09-2012")
    for m in re.finditer(rf"(?<![\w'’-])({CAPWORD}(?:[ \t]+{CAPWORD})?)[ \t]*\(\s*\*\s*\d", text):
        a, b = m.start(1), m.end(1)
        if not _stop_core(text[a:b]) and not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
            f.add(a, b, "PERSOON", "naam-geboortedatum", first=text[a:b].lower())
            taken.append((a, b))
    for ra, rb in _table_rows(text):
        m = re.match(rf"[ \t]*({CAPWORD}(?:[ \t]{CAPWORD})?)(?=[ \t]{{2,}}|\t)", text[ra:rb])
        if m and re.search(DATE_NUMERIC, text[ra:rb]):
            a, b = ra + m.start(1), ra + m.end(1)
            if not _stop_core(text[a:b]) and text[a:b].split()[0].lower() not in _kin_words() \
                    and not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
                f.add(a, b, "PERSOON", "naam-tabel", first=text[a:b].lower())
                taken.append((a, b))
    # ... and (session 9, 'hagel'/'sneeuw') a known first name in lower case after a kin word ("tante fatma", "ome
    # mehmet"), or a name in lower case before an age ("baran (8)") when it is no Dutch word or is a known first name
    kin_ = _alts(sorted(_kin_words() | {"tante", "ome", "oom", "opa", "oma", "neef", "nicht", "abla", "abi", "teyze",
                                         "amca", "dayi", "zus", "broer", "zusje", "broertje"}))
    names_known = _any_first_names()
    for m in re.finditer(rf"(?:(?<![\w])(?i:{kin_})[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{{2,}})\b|(?<![\w'’-])([a-zà-ÿ][a-zà-ÿ'’-]{{2,}})[ \t]*\(\s*\d{{1,2}}\s*\))", text):
        g = 1 if m.group(1) else 2
        a, b = m.start(g), m.end(g)
        word = text[a:b]
        if g == 1 and word not in names_known:
            continue  # after a kin word only a known first name: "zus werkt", "broer zitten" are verbs
        if _is_stop(word) or word in _kin_words() or (word in _dutch_vocabulary() and word not in names_known) \
                or word in _countries() or _overlaps((a, b), taken) or _overlaps((a, b), kept):
            continue
        f.add(a, b, "PERSOON", "naam-klein", first=word)
        taken.append((a, b))
    # session 9: the name in a list of children with dates of birth ("2. Abel – 30-3-2019")
    for m in LISTED_CHILD.finditer(text):
        a, b = m.start(1), m.end(1)
        word = text[a:b].split()[0].lower()
        # the line's shape is the evidence, so a name that is also a word counts ("Abel", "Roos")
        if not _stop_core(text[a:b]) and word not in ORG_WORDS and word not in _kin_words() and (a, b) not in places \
                and not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
            f.add(a, b, "PERSOON", "naam-lijst", first=text[a:b].lower())
            taken.append((a, b))
    # session 8 ('ster'): a name with its role in brackets ("Gesprek met mentor Lopes en Tavares (zorgcoördinator)")
    roles_ = _alts([t for t in lexicon.patterns()["titels"] if "." not in t])
    for m in re.finditer(rf"(?<![\w'’-])({CAPWORD})[ \t]*\((?i:{roles_})\)", text):
        a, b = m.start(1), m.end(1)
        if name_like(a, b):
            f.add(a, b, "PERSOON", "naam-rol", first=text[a:b].lower())
            taken.append((a, b))
    # session 8 ('licht'): the surnames in a firm's name ("Boukema & Tjeerdsma Advocaten": the guideline marks the
    # surnames of a firm named after persons, not the firm's word)
    firm_name = rf"(?:(?:Van der|Van den|Van de|Van|De|Den|Ter|Ten|El|Al)[ \t]+)?{CAPWORD}"
    for m in re.finditer(rf"(?<![\w'’-])({firm_name}(?:[ \t]*(?:&|,|\ben\b)[ \t]*{firm_name}){{0,3}})[ \t]+"
                         rf"(?:Advocaten|Advocatuur|Notarissen|Gerechtsdeurwaarders|Deurwaarders|Bewindvoering|ADVOCATEN)\b", text):
        for w in re.finditer(firm_name, m.group(1)):
            a, b = m.start(1) + w.start(), m.start(1) + w.end()
            core = a + w.group(0).rfind(w.group(0).split()[-1])
            if (name_like(core, b) or core != a) and (core != a or text[core:b].lower() not in _dutch_vocabulary()) \
                    and not _overlaps((a, b), taken) and not _overlaps((a, b), kept):
                f.add(a, b, "PERSOON", "naam-firma", surname=text[a:b].lower())
                taken.append((a, b))
    for m in re.finditer(rf"(?<![\w'’-])({CAPWORD})[ \t]+van[ \t]+(?:huis)?nummer[ \t]+\d+", text):
        a, b = m.start(1), m.end(1)
        line_start = text.rfind("\n", 0, a) + 1
        if re.search(r"[.!?:]\s*$|^\s*$", text[line_start:a]):
            continue
        if name_like(a, b):
            f.add(a, b, "PERSOON", "naam-buur", first=text[a:b].lower())
            taken.append((a, b))


def _could_be_name(text: str, a: int, b: int, kept, places) -> bool:
    """Could text[a:b] be a name: a known name or no common word, and no place, kept organisation or firm word?"""
    w = text[a:b]
    low = w.lower()
    known = low in _any_first_names() or low in lexicon.surnames()
    return (not _stop_core(w) and low not in ORG_WORDS and low not in ORG_TAILS
            and (a, b) not in places and not _overlaps((a, b), kept)
            and (known or low not in _dutch_vocabulary()))


def _name_word(text: str, a: int, b: int, kept, places) -> bool:
    """Could text[a:b] be one more word of a found name: as `_could_be_name`, and no title or country."""
    w = text[a:b]
    return (_could_be_name(text, a, b, kept, places) and not _rx()["title"].fullmatch(w)
            and w.lower() not in _countries())


def _extend_names(f: _Found, kept) -> None:
    """Session 7 ('middag', 'avond'): a name found in part grows by the word beside it: a first name
    the lists do not know before a found surname ("Giselle Isenia", "Derya Öztürk-Jansen", "Gul Ahmad
    Ahmadzai"), a third part after two ("Mahamed Cabdi Warsame") when no capitalised word follows."""
    text = f.text
    places = set(find_places(text))
    spans: list[Span] = []
    for sp in f.spans:
        if sp.type == "PERSOON":
            start, end = sp.start, sp.end
            bm = re.search(rf"(?<![\w'’.-])({CAPWORD})[ \t]$", text[max(0, start - 30):start])
            if bm:
                a = start - len(bm.group(0))
                word = bm.group(1).lower()
                line_start = text.rfind("\n", 0, a) + 1
                line_end = text.find("\n", end)
                before_word = text[line_start:a].rstrip()
                alone = not before_word and not text[end:line_end if line_end != -1 else len(text)].strip()
                listed = bool(re.search(r"[:,;(]$|^[-•*]$", before_word)) or bool(_rx()["title"].search(before_word[-25:]))
                known = word in _any_first_names()
                if (known or alone or listed) and _name_word(text, a, a + len(bm.group(1)), kept, places) and not any(
                        o is not sp and o.start < start and o.end > a for o in f.spans):
                    start = a
            fm = re.match(rf"[ \t]({CAPWORD}(?:-{CAPWORD})?)(?![\w'’-])(?![ \t]+{CAPWORD})", text[end:])
            if fm and len(sp.text.split()) >= 2 and not any(o is not sp and o.start < end + fm.end() and o.end > end for o in f.spans):
                a = end + fm.start(1)
                if _name_word(text, a, end + fm.end(1), kept, places):
                    end = end + fm.end(1)
            hy = re.match(rf"(?:-{CAPWORD})+(?![\w'’-])", text[end:])
            if hy and not any(o is not sp and o.start < end + hy.end() and o.end > end for o in f.spans) \
                    and _name_word(text, end + 1, end + hy.end(), kept, places):
                end += hy.end()  # a double surname cut at its hyphen: "Shurandy Martina-Cijntje" (session 8)
            if (start, end) != (sp.start, sp.end):
                sp = Span(start, end, "PERSOON", text[start:end], sp.rule, first=sp.first, initials=sp.initials, surname=sp.surname)
        spans.append(sp)
    f.spans = spans


def _final_person_checks(spans: list[Span], text: str) -> list[Span]:
    """Session 8 ('zon', 'licht'), on the names as they finally stand: a firm's word stays outside the
    name ("[[P:Öztürk]] Advocaten", "Bewindvoering [[P:Van Dalen]]", as the guideline says); a verb in
    lower case is no first name ("haar man wil dat", "Mw. wil aanmelding"); an organisation named like a
    person is none ("ingeschreven bij Woonnet Ede", "Aan: Zeeuwland, afdeling incasso")."""
    ambiguous = lexicon.ambiguous_first_names()
    origins = {w.lower() for w in lexicon.patterns().get("talen_en_herkomst", [])}
    out: list[Span] = []
    for sp in spans:
        if sp.type == "PERSOON" and all(w.lower() in origins for w in sp.text.split()):
            continue  # a language or an origin ("Tolk: Tigrinya", "Somalische achtergrond"), session 8
        if sp.type == "PERSOON" and re.match(r"[- ](?:College|Lyceum|School|Scholengemeenschap|Gymnasium)\b|-(?:college|lyceum|school)\b|(?:[ \t][A-Z]\w*){0,2}[ \t][A-Z]\w*(?:school|college|lyceum)\b", text[sp.end:]):
            continue  # a school named after a person ("Johan de Witt-college", "Thomas a Kempis College"), session 10
        if sp.type == "PERSOON":
            words = sp.text.split()
            if len(words) >= 2 and words[-1].lower() in ORG_WORDS:
                cut = sp.text.rstrip()[: -len(words[-1])].rstrip()
                sp = Span(sp.start, sp.start + len(cut), "PERSOON", cut, sp.rule, first=sp.first, initials=sp.initials, surname=sp.surname)
            elif len(words) >= 2 and words[0].lower() in ORG_WORDS:
                off = sp.text.index(words[1])
                sp = Span(sp.start + off, sp.end, "PERSOON", sp.text[off:], sp.rule, first=sp.first, initials=sp.initials, surname=sp.surname)
                if all(w.lower() in ORG_WORDS or _known_place_lower(w) for w in sp.text.split()):
                    continue  # "Gerechtsdeurwaarders Noord", "Bewindvoering Twente": a firm, no name in it
            words = sp.text.split()
            if len(words) >= 2 and words[0].lower() in _kin_words() and words[0][:1].isupper():
                off = sp.text.index(words[1])
                sp = Span(sp.start + off, sp.end, "PERSOON", sp.text[off:], sp.rule, first=sp.first, initials=sp.initials, surname=sp.surname)
                words = sp.text.split()  # "Zus Iryna Bondar": the kin word stays outside (session 8)
            if sp.text.islower() and sp.text in ambiguous and sp.text in _dutch_vocabulary() \
                    and not re.match(r"[ \t]*[(,]", text[sp.end:]):
                continue
            if re.match(r",?[ \t]+afdeling\b", text[sp.end:]) and not sp.initials and len(words) == 1 \
                    and not _rx()["title"].search(text[max(0, sp.start - 12):sp.start]):
                continue  # "Aan: Zeeuwland, afdeling incasso"; not "de heer R. Sewbalak, afdeling Incasso" (session 8)
            if len(words) == 2 and sp.rule == "naam-hoofdletters" and words[0].lower() not in _any_first_names() \
                    and words[0].lower() not in lexicon.surnames() and _known_place_lower(words[-1]):
                continue
        out.append(sp)
    return out


def _union_persons(spans: list[Span]) -> list[Span]:
    """Two person hits that overlap are one name ("mevrouw Maria da Luz" and "Luz Fortes Tavares")."""
    persons = sorted((s for s in spans if s.type == "PERSOON"), key=lambda s: s.start)
    others = [s for s in spans if s.type != "PERSOON"]
    merged: list[Span] = []
    for sp in persons:
        if merged and sp.start < merged[-1].end and sp.end > merged[-1].end and "\n" not in sp.text + merged[-1].text:
            a = merged[-1]
            text = a.text + sp.text[a.end - sp.start:]
            merged[-1] = Span(a.start, sp.end, "PERSOON", text, a.rule, first=a.first, initials=a.initials, surname=sp.surname or a.surname)
        else:
            merged.append(sp)
    return others + merged


def _merge_adjacent_names(spans: list[Span], text: str) -> list[Span]:
    """Session 7: one person written as three words found in parts ("Hodan" "Abdi" "Farah"), or a
    first name and a surname with its tussenvoegsel found apart ("Wytse" "de Vries")."""
    out: list[Span] = []
    tv = _rx()["tv"]
    for sp in spans:
        prev = out[-1] if out else None
        if prev and prev.type == sp.type == "PERSOON" and sp.start - prev.end == 1 and text[prev.end] == " " \
                and " " not in prev.text.split()[-1] and prev.text[:1].isupper() \
                and (sp.text[:1].isupper() or (tv.match(sp.text.split()[0]) and len(sp.text.split()) > 1)):
            merged = prev.text + " " + sp.text
            out[-1] = Span(prev.start, sp.end, "PERSOON", merged, prev.rule, first=prev.first or sp.first,
                           initials=prev.initials, surname=sp.surname or prev.surname)
            continue
        out.append(sp)
    return out
