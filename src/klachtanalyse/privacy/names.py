"""Names of persons, found from their context: titles, initials, kin words, ages, signatures, form fields,
chat speakers, handles, and first names from the word lists."""

from __future__ import annotations

import re
from collections import Counter

from klachtanalyse.privacy import lexicon
from klachtanalyse.privacy.common import (
    CAPWORD, CHAT_HEAD, INITIALS, LETTER, MONTHS, ORG_WORDS, WORD, _Found, _alts, _any_first_names, _countries,
    _dutch_vocabulary, _firm_word, _in_spans, _is_stop, _is_streetname, _kept_name_words, _lower_lines,
    _mostly_lower, _overlaps, _parse_name, _rx, _stop_core,
)
from klachtanalyse.privacy.addresses import _not_street


# Two or three capitalised words in Cyrillic script: a name (Олена Ковальчук). Why: the 'blind'
# round had a Ukrainian mother's name in Cyrillic, which the Latin-script name rules cannot see.
_CYRILLIC_NAME = re.compile(r"(?<![\w-])[\u0400-\u042F][\u0430-\u045F'’-]+(?:[ \t]+[\u0400-\u042F][\u0430-\u045F'’-]+){1,2}(?![\w-])")


def _cyrillic_names(f: _Found) -> None:
    for m in _CYRILLIC_NAME.finditer(f.text):
        f.add(m.start(), m.end(), "PERSOON", "naam-cyrillisch")

TV_SIMPLE = ("van", "de", "der", "den", "ter", "ten", "het", "el", "al")

# Words that open a street name, never a person's ("Burgemeester Hogguerstraat").
STREET_LEAD = {"burgemeester", "prins", "prinses", "koning", "koningin", "graaf", "sint", "pastoor", "president",
               "generaal", "kapitein", "professor", "jonkheer", "dokter", "nieuwe", "oude", "korte", "lange"}

# What follows "ik ben" without being a name: states, roles, ages.
NOT_AFTER_IK_BEN = {"bang", "moe", "boos", "ziek", "zwanger", "blij", "bezorgd", "kapot", "op", "klaar", "thuis",
                    "dakloos", "werkloos", "alleenstaand", "gescheiden", "getrouwd", "moeder", "vader", "oma", "opa",
                    "huurder", "bewoner", "ten", "echt", "heel", "erg", "zo", "nu", "ook", "nog", "al", "wel",
                    "niet", "geen", "hier", "daar", "bijna", "mama", "papa", "zelf", "zelfstandig", "bij"}

# Finite verbs that follow a subject: "mijn man reza werkt": reza is the name.
FINITE_VERBS = ("werkt|woont|zit|slaapt|gaat|komt|zegt|heeft|had|is|was|wil|kan|moet|mag|zal|speelt|huilt|"
                "betaalt|belt|staat|ligt|krijgt|weet|doet|heet|verblijft|logeert|studeert|kwam|ging|zat|werd")


def _name_after(text: str, pos: int, allow_lower: bool, role: str) -> tuple[int, int] | None:
    """The extent of a name that starts at `pos` (after a title, family word or label)."""
    rx = _rx()
    m = re.match(rf"({INITIALS}\s*)?", text[pos:])
    j = pos + (m.end() if m else 0)
    has_initials = bool(m and m.group(1))
    sm = rx["surname"].match(text, j)
    words_ = sm.group(0).split() if sm else []
    if len(words_) >= 2 and words_[0] == "van" and (role == "first" or
            (words_[1].lower() in lexicon.first_names() and words_[1].lower() not in lexicon.surnames())
            or (len(words_) >= 3 and not any(rx["tv"].match(w) for w in words_[1:]))
            or (len(words_) == 2 and re.match(rf" (?!(?i:{'|'.join(TV_SIMPLE)})\b){CAPWORD}", text[sm.end():]))):
        pos = j = sm.start() + 4  # "het gezin van Jan-Willem": van is a preposition here
        sm = rx["surname"].match(text, j)
    if sm:
        if not _stop_core(sm.group(0)):
            end = sm.end()
            # a first name followed by a surname: "Sevda Demir", "Mees Oude Luttikhuis"
            sm2 = rx["surname"].match(text, end + 1) if text[end:end + 1] == " " else None
            w2 = sm2.group(0).lower() if sm2 else ""
            sm2_words = sm2.group(0).split() if sm2 else []
            # session 7: a surname with a lower-case tussenvoegsel after one first word ("Annemiek ter Horst",
            # "Anouk van der Meer"), not an organisation ("Jansen van de GGD", "Bakker van de Woonstichting")
            tv_surname = bool(sm2_words) and len(sm.group(0).split()) == 1 and bool(_rx()["tv"].match(sm2_words[0])) \
                and len(sm2_words) <= 4 and not re.match(rf"[ \t]+{CAPWORD}", text[sm2.end():]) \
                and sm2_words[0][:1].islower() and not sm2_words[-1].isupper() \
                and sm2_words[-1].lower() not in _kept_name_words() \
                and (sm2_words[-1].lower() in lexicon.surnames()
                     or sm2_words[-1].lower() in lexicon.patterns().get("tussenvoegsel_kernen", [])
                     or (sm.group(0).lower() in _any_first_names()
                         and sm2_words[-1].lower() not in _dutch_vocabulary()
                         and sm2_words[-1].lower() not in lexicon.first_names()))
            if sm2 and not _stop_core(sm2.group(0)) and (sm2_words[0][:1].isupper() or tv_surname) \
                    and not _is_streetname(sm2.group(0)) \
                    and not (w2 in lexicon.first_names() and w2 not in lexicon.surnames()):
                end = sm2.end()
            return pos, end
    if allow_lower:
        wm = re.match(rf"((?:(?:van|de|der|den|ter|ten|el|al)\s+)*)({WORD}(?:-{WORD})?)", text[j:])
        if wm:
            core = wm.group(2).lower()
            known = (core in lexicon.surnames() or core in lexicon.first_names() or core in lexicon.ambiguous_first_names()
                     or core in lexicon.broad_first_names())
            if known and not _is_stop(core):
                end = j + wm.end()
                if role == "first" and wm.group(1).strip() == "van" and core not in lexicon.surnames():
                    pos = j + len(wm.group(1))  # "de moeder van dylan"
                if role == "first" and core in lexicon.first_names():
                    w2 = re.match(rf"\s+((?:(?:van|de|der|den|ter|ten|el|al)\s+)*)({WORD})", text[end:])
                    if w2 and not _is_stop(w2.group(2)) and (w2.group(2).lower() in lexicon.surnames() or w2.group(1)):
                        end += w2.end()
                return pos, end
    if has_initials:
        return pos, j
    return None


# Abbreviations in a form's field labels ("Geb.datum:", "Tel.nr:", "Geb.plaats:").
_LABEL_ABBREVIATIONS = {"geb", "tel", "nr", "adr", "pc", "wpl", "bsn", "mob", "datum", "plaats"}


# Initials a file note defines for a person: "Gijs Verhoeven (GV)", "Hatice Öztürk – Woonstichting X, incasso (HÖ)",
# "GV = Gijs Verhoeven". Two to four letters, at least two capitals.
# (session 13, 'windvlaag': also a lower-case tail, "Kees Bruggink (KBr)", and a role after a comma, "(KB, voorzitter)")
_INITIALS_TOKEN = r"[A-ZÀ-Þ](?:[a-zà-ÿ]{0,2}[A-ZÀ-Þ]){1,3}[a-zà-ÿ]{0,2}"
_INITIALS_AFTER_NAME = re.compile(rf"[^\n(]{{0,80}}\(\s*({_INITIALS_TOKEN})\s*[,)]")
_INITIALS_BEFORE_NAME = re.compile(rf"(?<![\w])({_INITIALS_TOKEN})\s*=\s*$")


def _defined_initials(f: _Found, kept, not_people: set[str]) -> None:
    """19. (session 13, 'rijp') initials defined for a named person in the same text are that person wherever they stand
    ("03-06-2025 | HB | GV", "HÖ meldt dat ..."); an abbreviation of a body (initialen_afkortingen) is not."""
    text = f.text

    def of_name(token: str, name: str) -> bool:
        # the capitals are the name's own initials ("RdK" for Ruben de Kort); "(IB)" after Ingrid Postma is her role
        capitals = [c for c in token if c.isupper()]
        parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        return capitals == [w[0] for w in parts]

    defined: set[str] = set()
    for sp in [x for x in f.spans if x.type == "PERSOON"]:
        name = text[sp.start:sp.end]
        m = _INITIALS_AFTER_NAME.match(text, sp.end)
        if m and not m.group(0)[:m.start(1) - sp.end].count(")") and of_name(m.group(1), name):
            defined.add(m.group(1))
        m = _INITIALS_BEFORE_NAME.search(text, max(0, sp.start - 12), sp.start)
        if m and of_name(m.group(1), name):
            defined.add(m.group(1))
    for token in sorted(defined - not_people, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w&/-]){re.escape(token)}(?![\w&-])", text):
            if not _overlaps((m.start(), m.end()), kept):
                f.add(m.start(), m.end(), "PERSOON", "naam-initialen-gedefinieerd", **_parse_name(token, "surname"))


def _names(f: _Found, kept, kind: str) -> None:
    rx = _rx()
    text = f.text
    p = lexicon.patterns()
    firsts = lexicon.first_names()
    ambiguous = lexicon.ambiguous_first_names()
    broad = lexicon.broad_first_names()
    found: list[tuple[int, int, str, str]] = []  # start, end, rule, role
    lower_doc = _mostly_lower(text)
    lower_lines = [] if lower_doc else _lower_lines(text)

    honorifics = {"mevrouw", "mevr", "mevr.", "mw", "mw.", "mvr", "mvr.", "de heer", "heer", "dhr", "dhr.",
                  "meneer", "mijnheer", "mr", "mr.", "mrs.", "dr", "dr.", "drs", "drs.", "ir", "ir.", "fam",
                  "fam.", "familie", "juffrouw", "mejuffrouw", "mej.", "ing.", "prof.", "gezin"}
    # 1. titles and functions: "mevrouw Jansen", "dhr. P. de Vries", "mevrouw D.", "wethouder De Groot"
    for m in rx["title"].finditer(text):
        title = m.group(0).lower()
        if title in ("heer",) and text[max(0, m.start() - 4):m.start()].lower() == "de ":
            continue
        j = m.end()
        if text[j:j + 1] == "." and not title.endswith(".") and title in {"mw", "mevr", "mvr", "dhr", "fam", "mr", "dr", "drs", "ir", "mej", "ing", "prof", "ds"}:
            j += 1
        ws = re.match(r"[ \t]+", text[j:])
        if not ws:
            continue
        j += ws.end()
        honor = title in honorifics
        if not honor:
            # functions need a capital: "wethouder De Groot" but not "advocaat van Portaal"
            if not text[j:j + 1].isupper() and not re.match(INITIALS, text[j:]):
                continue
        ext = _name_after(text, j, allow_lower=honor, role="surname")
        if ext and _is_streetname(text[ext[0]:ext[1]]) and not (honor and not re.match(r"\s*\d", text[ext[1]:])):
            continue  # "Burgemeester Hogguerstraat", "Prinses Beatrixlaan"; after "meneer" a name ("Hoogendijk", session 8)
        nxt = re.match(r"[ \t]+([^\W\d_]+)", text[ext[1]:]) if ext else None
        if nxt and re.search(r"(?:straat|weg|laan|plein|gracht|kade|singel|dreef|steeg|plantsoen)$", nxt.group(1).lower()) \
                and len(nxt.group(1)) > 8 and text[ext[0]:ext[1]][:1].isupper():
            continue  # a street named after a titled person: "aan de Dr. Albert Schweitzerlaan" (session 12)
        if ext:
            if kind == "uitspraak" and title in ("mr", "mr.", "mrs."):
                continue  # judges, clerks and lawyers are published by name in rulings
            found.append((ext[0], ext[1], "naam-titel", "surname"))
            fm = re.match(rf",[ \t]+({CAPWORD}(?:-{CAPWORD})?)(?=[ \t]*(?:\(|\||\n|$|,|;))", text[ext[1]:])
            if fm and honor and not _stop_core(fm.group(1)):
                # "mw. Tesfamariam, Senait": surname, first name
                found.append((ext[1] + fm.start(1), ext[1] + fm.end(1), "naam-titel", "first"))
    # 2. initials and surname: "E. van der Linden", "P. Kowalski"
    for m in rx["initials_name"].finditer(text):
        if _stop_core(m.group(2)) or _is_streetname(m.group(2)):
            continue
        rest_of_line = text[m.end():].split("\n", 1)[0]
        if m.group(2).isupper() and len(m.group(2)) > 3 and rest_of_line == rest_of_line.upper() \
                and re.search(r"(?:^|\n)[ \t]*$", text[:m.start()]):
            continue  # a form's section heading in capitals: "A. AANVRAGER", "D. DOELEN EN ACTIES" (session 12)
        if re.match(r"[A-Z]\.\s", m.group(1)) and re.search(r"(^|\n)\s*$", text[max(0, m.start() - 5):m.start()]) and len(m.group(1).strip()) == 2 \
                and m.group(2).split()[-1].lower() not in lexicon.surnames():
            # "A. Inleiding" at the start of a line is a numbered heading, unless a known surname follows
            if not re.match(r"\s*[A-Z]", text[m.end():m.end() + 2]) and m.group(2).lower() not in lexicon.surnames():
                pass
        if kind == "uitspraak" and re.search(r"\bmrs?\.\s*$", text[max(0, m.start() - 6):m.start()]):
            continue
        found.append((m.start(), m.end(), "naam-initialen", "surname"))
    # 3. family words: "mijn zoon Daan (7)", "onze kinderen Tess, Finn en Saar"
    rel = _alts(p["relaties"])
    for m in re.finditer(rf"(?i:\b(?:mijn|m'n|onze|ons|haar|zijn|z'n|hun|jullie|uw|de|het|die|my|our|his|her|twee|drie|vier|vijf|zes|zeven|\d)\s+(?:{rel})(?![\w-])(?:\s*[,:(])?)\s*", text):
        j = m.end()
        for _ in range(8):  # a list of names
            ext = _name_after(text, j, allow_lower=True, role="first")
            if ext is None:
                wm = re.match(rf"({WORD})(?=\s*(?:\(\d|,|\s+en\s|\s+is\s+\d|\s+van\s+\d|\s+\d{{1,2}}\s+jaar|\)|\.|$|\s+(?:{FINITE_VERBS})\b))", text[j:])
                if wm and not _is_stop(wm.group(1)) and len(wm.group(1)) > 2 and (wm.group(1)[0].isupper() or not re.search(r"(t|en|de|te|ig|lijk|heid|ing|je)$", wm.group(1))) \
                        and not (wm.group(1).islower() and wm.group(1) in _dutch_vocabulary() and wm.group(1) not in firsts | broad | ambiguous):
                    ext = (j, j + wm.end(1))  # "mijn zoon daan is ..." but not "mijn man ziek werd"
            if ext is None:
                break
            word = text[ext[0]:ext[1]]
            if word.split()[0].lower() in ("heeft", "is", "zijn", "was", "en"):
                break
            parts_ = word.split()
            if len(parts_) == 2 and m.group(0).strip().rstrip(",:(").lower().endswith(("kinderen", "kids", "tweeling", "zoons", "zonen", "dochters", "children")) \
                    and not rx["tv"].match(parts_[0]) and re.match(r"\s+(?:en|&)\s", text[ext[1]:]):
                # "de kinderen Soufian Rania en Ilyas": a list of first names without commas
                found.append((ext[0], ext[0] + len(parts_[0]), "naam-familie", "first"))
                ext = (ext[1] - len(parts_[1]), ext[1])
            found.append((ext[0], ext[1], "naam-familie", "first"))
            tail = re.match(r"\s*(?:\(\s*\d{1,2}(?:\s*(?:jaar|jr\.?|mnd|maanden))?\s*\))?\s*(?:,?\s*\d{1,2}(?:\s*jaar)?)?\s*(?:,|;|\s+en|\s*&)\s+", text[ext[1]:])
            if not tail:
                break
            j = ext[1] + tail.end()
    # 4. a name with an age: "Jayden (11)", "Kirana, 5 jaar"
    for m in re.finditer(rf"({CAPWORD}(?:-{CAPWORD})?)\s*(?:\(\s*(?:(?i:zoon|dochter|kind|son|daughter)\s*,?\s*)?\d{{1,2}}(?:\s*(?:jaar|jr\.?))?\s*\)|,?\s*\d{{1,2}}\s+jaar\b|\s+van\s+\d{{1,2}}(?=\s*(?:\)|,|\s+en\s|\s+jaar)))", text):
        if not _is_stop(m.group(1)):
            found.append((m.start(1), m.end(1), "naam-leeftijd", "first"))
    for m in re.finditer(rf"({CAPWORD}(?:-{CAPWORD})?)[ \t]*,?[ \t]+(?:geb\.|geboren)[ \t]*\d", text):
        if not _stop_core(m.group(1)) and not rx["title"].fullmatch(m.group(1)):
            found.append((m.start(1), m.end(1), "naam-leeftijd", "first"))  # "Luca geb. 3 juni 2023"
    rel_words = _alts(p["relaties"])
    for m in re.finditer(rf"(?i:\b(?:{rel_words}))\s*\(\s*({CAPWORD}(?:-{CAPWORD})?(?:\s+{CAPWORD})?)\s*[,)]", text):
        if not _stop_core(m.group(1)):
            found.append((m.start(1), m.end(1), "naam-familie", "first"))
    # 5. introductions and labels: "mijn naam is", "ik ben", "Naam:", "t.n.v."
    intro = _alts(p["naam_inleiders"])
    for m in re.finditer(rf"(?i:(?<![\w])(?:{intro}))[ \t]*(?:(?:ouder|kind)\s*\d\s*:\s*)?[\"“‘']?", text):
        j = m.end()
        tm = rx["title"].match(text, j)
        if tm and tm.group(0).lower() in honorifics:
            j = tm.end() + len(text[tm.end():]) - len(text[tm.end():].lstrip(" \t."))
        label = m.group(0).strip().lower()
        allow_lower = label in ("ik ben", "mijn naam is", "ik heet", "heet")
        if re.match(r"(?:het|de|een|die|deze|mijn|onze|zijn|haar|hun)\s", text[j:j + 6]):
            continue
        ext = _name_after(text, j, allow_lower=allow_lower, role="first")
        if ext is None and label in ("ik ben", "i am"):
            # "ik ben amal uit somalie", "ik ben Dewi (34)": a word before "uit" or an age is a name
            wm = re.match(rf"({WORD}(?:-{WORD})?)(?=\s+(?:uit|from)\s|\s*\(\d|,\s*\d{{1,2}}\s+jaar)", text[j:])
            if wm and not _is_stop(wm.group(1)) and not re.search(r"(?:ig|isch|lijk|baar|end|de|te)$", wm.group(1).lower()):
                found.append((j, j + wm.end(), "naam-inleiding", "first"))
                continue
        if ext is None and label in ("mijn naam is", "ik heet", "my name is"):
            wm = re.match(rf"({WORD}(?:-{WORD})?)(?:[ \t]+((?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*{WORD}))?(?=\s*(?:[,.!?]|\s+(?:en|and|ik|i)\b|$))", text[j:])
            if wm and not _is_stop(wm.group(1)) and not (wm.group(2) and _is_stop(wm.group(2).split()[-1])):
                ext = (j, j + wm.end())
        if ext:
            first_word = text[ext[0]:ext[1]].split()[0]
            if label in ("ik ben", "wij zijn") and first_word.lower() not in firsts | ambiguous and first_word[:1].islower():
                continue
            if label in ("ik ben",) and first_word.lower() in ambiguous and text[ext[1]:ext[1] + 1] not in ",. \n":
                continue
            found.append((ext[0], ext[1], "naam-inleiding", "first"))
    for m in re.finditer(r"(?im)^[ \t]*(?:[\w.()/-]+[ \t]+){0,3}(?:naam|achternaam|voornaam|voornamen|voorletters|name|roepnaam|bijnaam|meisjesnaam|geboortenaam)(?:[ \t]+[\w.()/-]+){0,3}[ \t]*:[ \t]*", text):
        j = m.end()
        tm = rx["title"].match(text, j)
        if tm and tm.group(0).lower() in honorifics:
            j = tm.end() + len(text[tm.end():]) - len(text[tm.end():].lstrip(" \t."))
        line = text[j:].split("\n", 1)[0]
        # (a second field on the same line ends the value: "Tesfamariam     Voornaam: Selam", session 7)
        value = re.split(r"\s*(?:,|\(|;|\bgeb)|[ \t]{3,}|\t", line, maxsplit=1)[0].rstrip(" .")
        words = value.split()
        if 0 < len(words) <= 6 and not any(any(c.isdigit() for c in w) or "@" in w for w in words) \
                and not _stop_core(value) and not _overlaps((j, j + len(value)), kept):
            found.append((j, j + len(value), "naam-veld", "first"))
            first_after = re.match(rf",[ \t]*({CAPWORD}(?:[- ]{CAPWORD})?)[ \t]*(?:$|\(|;|\|)", line[len(value):])
            if first_after and not _stop_core(first_after.group(1)):
                # "Naam: Alhassan, Rami": surname, first name
                k = j + len(value) + first_after.start(1)
                found.append((k, k + len(first_after.group(1)), "naam-veld", "first"))
    # 6. first names from the list, extended by a surname: "Esther van der Linden", "sandra hekman"
    for m in rx["word"].finditer(text):
        w = m.group(0)
        lw = w.lower()
        broad_hit = (lw in broad and w[:1].isupper() and not w.isupper()
                     and re.search(r"[a-zà-ÿ0-9,;:)]\s+$", text[max(0, m.start() - 3):m.start()]) is not None)
        if lw not in firsts and not broad_hit and not (lw in ambiguous and w[:1].isupper() and re.match(rf"\s+(?:(?i:van|de|der|den|el)\s+)*{CAPWORD}", text[m.end():]) and not _is_stop(text[m.end():].split()[0])):
            if not ("-" in w and w[:1].isupper() and any(x.lower() in firsts for x in w.split("-"))
                    and all(x.lower() in firsts | ambiguous for x in w.split("-"))):
                continue
        if w[:1].islower() and (lw in ambiguous or not (lower_doc or _in_spans(m.start(), lower_lines))):
            continue  # "helen" is a verb in a normally written text
        if w.isupper() and len(w) > 1:
            continue  # "ELISA": an acronym
        if re.search(r"(?:\bSint|\bSt\.|\bSanta|\bSan|\bSaint)\s+$", text[max(0, m.start() - 8):m.start()]):
            continue  # Sint Maarten, Sint Nicolaas: places and feasts
        end = m.end()
        sm = rx["surname"].match(text, end + 1) if text[end:end + 1] == " " else None
        if sm and w[:1].isupper() and not _overlaps((sm.start(), sm.end()), kept):
            parts = sm.group(0).split()
            if _is_streetname(sm.group(0)):
                continue  # "Pieter de Hoochweg" is a street
            is_first = parts[0].lower() in firsts and parts[0].lower() not in lexicon.surnames()
            if not _stop_core(sm.group(0)) and parts[-1][:1].isupper() and not (len(parts) == 1 and is_first):
                end = sm.end()
                sm3 = rx["surname"].match(text, end + 1) if text[end:end + 1] == " " else None
                if sm3 and len(parts) == 1 and len(sm3.group(0).split()) == 1 and not _stop_core(sm3.group(0)) \
                        and sm3.group(0).lower() not in firsts and not _is_streetname(sm3.group(0)) \
                        and not _overlaps((sm3.start(), sm3.end()), kept):
                    end = sm3.end()
        if end == m.end():
            im = re.match(r"[ \t]+[A-Z]\.(?![\w.])", text[end:])
            if im and w[:1].isupper():
                end += im.end()  # "Agnieszka W.": the initial of the surname belongs to the name
        found.append((m.start(), end, "naam-voornaam", "first"))
    # 7. known surnames, capitalised: "Hendriks", "De Vries"
    for m in rx["surname"].finditer(text):
        parts = m.group(0).split()
        core = parts[-1].split("-")[0].lower()
        full = " ".join(parts).lower()
        if core not in lexicon.surnames() and full not in lexicon.surnames():
            continue
        has_tv = len(parts) > 1 and rx["tv"].match(parts[0])
        if core in lexicon.WORDLIKE_SURNAMES and not (has_tv and parts[0][:1].isupper()):
            continue
        if not parts[-1][:1].isupper() or _is_stop(parts[-1]):
            continue
        found.append((m.start(), m.end(), "naam-achternaam", "surname"))
    # 8. signatures: the line after "Met vriendelijke groet," and a name line above contact lines
    greet = _alts(p["groeten"])
    for m in re.finditer(rf"(?im)^[ \t]*(?:{greet})(?![\w])[ \t]*[,.!]*[ \t]*(?:\n[ \t]*){{0,3}}", text):
        j = m.end()
        line = text[j:].split("\n", 1)[0]
        cut = re.split(r"\s*(?:,|\(|\btel\b|\bT:)", line, maxsplit=1)[0].rstrip()
        words = cut.split()
        if not words or len(words) > 5 or _overlaps((j, j + len(cut)), kept):
            continue
        if any(_is_stop(w) or any(c.isdigit() for c in w) or "@" in w for w in words):
            continue
        if rx["title"].fullmatch(words[0]):
            continue  # handled by the title rule ("mr. S. Yıldız")
        found.append((j, j + len(cut), "naam-ondertekening", "first"))
    for m in re.finditer(rf"(?m)^[ \t]*((?:{CAPWORD}(?:-{CAPWORD})?|{INITIALS})(?:[ \t]+(?:(?i:{_alts(p['tussenvoegsels'])})[ \t]+)*{CAPWORD}(?:-{CAPWORD})?){{1,3}})[ \t]*$", text):
        nxt = text[m.end():m.end() + 80].lstrip("\r\n").split("\n", 1)[0]
        words = m.group(1).split()
        if _stop_core(m.group(1)) or _overlaps((m.start(1), m.end(1)), kept) or words[-1].lower() in ORG_WORDS \
                or _firm_word(words[0]):
            continue
        contact = _rx()["email"].search(nxt) or re.match(r"\s*(?:tel|\+|0\d)", nxt) or _rx()["street"].match(nxt.strip())
        if contact:
            found.append((m.start(1), m.end(1), "naam-regel", "first"))
    tvs = _alts(p["tussenvoegsels"])
    name_line = rf"((?:{CAPWORD}(?:-{CAPWORD})?|{INITIALS})(?:[ \t]+(?:(?i:{tvs})[ \t]+)*{CAPWORD}(?:-{CAPWORD})?){{1,3}})"
    # 9. "Annemiek Ruitenberg, wijkverpleegkundige": a name line with a function after it
    for m in re.finditer(rf"(?m)^[ \t]*{name_line},[ \t]*([a-zà-ÿ][\w-]{{3,}}(?:[ \t]+[\w-]+){{0,3}})[ \t]*$", text):
        words = m.group(1).split()
        if any(_is_stop(w) for w in words) or words[-1].lower() in ORG_WORDS or _is_streetname(m.group(1)):
            continue
        found.append((m.start(1), m.end(1), "naam-functie", "first"))
    # 10. two capitalised words after a word that introduces a person: "via Roelof Veenstra"
    for m in re.finditer(rf"(?i:\b(?:via|met|door|namens|bij|voor|tegen|contact|gesproken|gebeld|collega|en|and|with|from)\b)[ \t]+"
                         rf"({CAPWORD}(?:-{CAPWORD})?(?:[ \t]+(?:(?i:{tvs})[ \t]+)*{CAPWORD}(?:-{CAPWORD})?))(?![ \t]+{CAPWORD})", text):
        words = m.group(1).split()
        cores = [w for w in words if not _rx()["tv"].match(w)]
        if len(cores) != 2 or _stop_core(m.group(1)) or any(w.lower() in ORG_WORDS or w.lower() in STREET_LEAD for w in cores) \
                or _is_streetname(m.group(1)) or len(cores[0]) < 3:
            continue
        if m.group(1).isupper() and all(w.lower() in _dutch_vocabulary() or w.lower()[:-1] in _dutch_vocabulary() for w in cores):
            continue  # a heading in capitals: "AANMANING EN AANKONDIGING GERECHTELIJKE PROCEDURE" (session 12)
        found.append((m.start(1), m.end(1), "naam-hoofdletters", "first"))

    # 16. 'eind' round (28 Nov 2026): a greeting with a first name from the lists, also in lower
    #     case ("hallo marloes"); a nickname ("iedereen zegt dani", "noemen me Didi"); a family
    #     word with a capitalised name ("opa Jan", "ome Ricky"); a name set off after a relation
    #     noun ("een vriendin van cliënte, Faduma, op ...")
    for m in re.finditer(rf"(?im)^[ \t]*(?:hallo|hoi|hey|hee|beste|lieve|dag|goedemorgen|goedemiddag)[ \t]+({WORD})\b", text):
        w = m.group(1)
        if w.lower() in firsts or w.lower() in broad:
            found.append((m.start(1), m.end(1), "naam-inleiding", "first"))
    for m in re.finditer(rf"(?i:\b(?:iedereen zegt|iedereen noemt me|noemen me|noemt me|ze noemen mij|zegt zelf)[ \t]+[\"“']?)({WORD})\b", text):
        if not _is_stop(m.group(1)) and len(m.group(1)) >= 3:
            found.append((m.start(1), m.end(1), "naam-inleiding", "first"))
    for m in re.finditer(rf"(?i:\b(?:opa|oma|ome|oom|tante|pake|beppe|opoe|omi|opi)[ \t]+)({CAPWORD})\b", text):
        if not _is_stop(m.group(1)) and m.group(1).lower() not in ORG_WORDS and not _is_streetname(m.group(1)):
            found.append((m.start(1), m.end(1), "naam-familie", "first"))
    for m in re.finditer(rf"(?i:\b(?:vriendin|vriend|kennis|buurvrouw|buurman|collega|nicht|neef)\b)(?: van [^,.\n]{{1,25}})?,[ \t]+({CAPWORD}(?:[ \t]+{CAPWORD})?),", text):
        if not _stop_core(m.group(1)) and m.group(1).split()[-1].lower() not in ORG_WORDS:
            found.append((m.start(1), m.end(1), "naam-familie", "first"))
    # 17. session 6 (errors of 'laatst'): a name set off after any family or relation noun, also when
    #     a bracket, "uit", a full stop or the line's end follows ("Broer van moeder, Jawad Noori (06-...)",
    #     "in caravan van een vriend, Georgi Ivanov uit Bulgarije"), and a name linked by "is"/"heet"
    #     ("Zus is Hodan Warsame, Botter 14-27"). A first word that is a Dutch word ("Marokkaans") is no name.
    def _set_off_name(name: str) -> bool:
        first_ = name.split()[0].lower()
        return not _stop_core(name) and name.split()[-1].lower() not in ORG_WORDS \
            and (first_ in firsts or first_ in broad or len(name.split()) > 1 and first_ not in _dutch_vocabulary())
    for m in re.finditer(rf"(?im:\b(?:{rel_words})\b)(?: van [^,.\n]{{1,25}})?,[ \t]+({CAPWORD}(?:[ \t]+{CAPWORD}){{0,2}})"
                         rf"(?=[ \t]*(?:\(|,|\.|;|$|[ \t](?i:uit|en|die|woont|is)\b))", text):
        if _set_off_name(m.group(1)):
            found.append((m.start(1), m.end(1), "naam-familie", "first"))
    for m in re.finditer(rf"(?i:\b(?:{rel_words})[ \t]+(?:is|heet|heette)[ \t]+)({CAPWORD}(?:[ \t]+{CAPWORD}){{0,2}})\b", text):
        if _set_off_name(m.group(1)):
            found.append((m.start(1), m.end(1), "naam-familie", "first"))
    # 18. session 6: staff initials with "van (de/der)" in file notes ("MvD", "HvdB", "AvdM"), except
    #     abbreviations of bodies and documents of that shape (patronen.yaml initialen_afkortingen: RvS, VvE)
    not_people = set(p.get("initialen_afkortingen", []))
    for m in re.finditer(r"(?<![\w.&/-])([A-Z](?:v|vd|vdr|vdn|vd\.|v\.d\.)[A-Z])(?![\w&/-])", text):
        if m.group(1) not in not_people:
            found.append((m.start(1), m.end(1), "naam-initialen", "surname"))
    # 12. a signature at the very end after a full stop: "... Please contact me. Kwame"
    tail = re.search(rf"[.!?][ \t]+({CAPWORD}(?:-{CAPWORD})?(?:[ \t]+(?:(?i:{tvs})[ \t]+)*{CAPWORD})?)[ \t]*\s*$", text)
    if tail and not _stop_core(tail.group(1)) and not _firm_word(tail.group(1).split()[0]):
        found.append((tail.start(1), tail.end(1), "naam-ondertekening", "first"))
    # 13. fields named after family members: "Ouders: Sunil en Kavita Ramcharan", "Leerling: Priya R."
    labels = _alts(list(p["relaties"]) + ["ouders", "ouder", "leerling", "huurder", "huurster", "aanvrager",
                                             "bewoner", "bewoners", "gezinsleden", "kinderen", "contact",
                                             # session 8 ('licht'): the professional of a note ("Medewerker: Tjitske de Boer")
                                             "medewerker", "medewerkster", "tolk", "regievoerder", "coördinator", "coordinator"])
    for m in re.finditer(rf"(?im)^[ \t]*(?:{labels})[ \t]*(?:\d[ \t]*)?:[ \t]*([^\n]+)$", text):
        pos = m.start(1)
        for part in re.split(r"(,|;|\s+en\s+|\s*&\s*)", m.group(1)):
            if part and not re.fullmatch(r",|;|\s+en\s+|\s*&\s*", part):
                name = re.split(r"\s*\(", part, maxsplit=1)[0].strip()
                lead = part.index(name) if name and name in part else 0
                words = name.split()
                if 0 < len(words) <= 4 and not any(any(c.isdigit() for c in w) for w in words) \
                        and not _stop_core(name) and not rx["title"].fullmatch(words[0]) \
                        and (words[0][:1].isupper() or words[0].lower() in firsts | broad):
                    found.append((pos + lead, pos + lead + len(name), "naam-veld", "first"))
            pos += len(part)
    # 13b. session 8 ('ster'): a professional named in a note's field, up to the first comma or bracket
    #      ("Leerplichtambtenaar: Veenstra", "Consulent: R. Nijboer, team Inkomen & Schulden")
    pro = _alts([t for t in p["titels"] if len(t) > 4 and " " not in t and "." not in t and t not in ("familie", "gezin", "echtpaar")])
    for m in re.finditer(rf"(?im)^[ \t]*(?:{pro})[ \t]*:[ \t]*([^\n,;(]+)", text):
        name = m.group(1).strip().rstrip(".")
        words = name.split()
        if 0 < len(words) <= 4 and not any(any(c.isdigit() for c in w) for w in words) and not _stop_core(name) \
                and (words[0][:1].isupper()) and not rx["title"].fullmatch(words[0]):
            a = m.start(1) + m.group(1).index(name)
            found.append((a, a + len(name), "naam-veld", "first"))
    # 14. chat style: "ik ben rosalinde mijn zoontje ...", "gerrit van asselt"
    if lower_doc or lower_lines:
        for m in re.finditer(rf"\bik ben[ \t]+({WORD})(?=[ \t]+(?:mijn|m'n|en|ik|wij|we|onze|uit|maar)\b|[ \t]*[,.])", text):
            w = m.group(1).lower()
            if not (lower_doc or _in_spans(m.start(), lower_lines)):
                continue
            if not _is_stop(w) and w not in NOT_AFTER_IK_BEN and not re.search(r"(?:ig|isch|lijk|baar|end|en)$", w):
                found.append((m.start(1), m.end(1), "naam-inleiding", "first"))
        for m in re.finditer(rf"(?<![\w])({WORD})[ \t]+((?:van der|van den|van de|van|de|der|den|ter|ten)[ \t]+{WORD})(?![\w])", text):
            last = m.group(2).split()[-1].lower()
            if not (lower_doc or _in_spans(m.start(), lower_lines)):
                continue
            if m.group(1).lower() in firsts | broad and not _is_stop(last) and m.group(1).lower() not in _dutch_vocabulary() \
                    and (last in lexicon.surnames() or last not in _dutch_vocabulary()):
                found.append((m.start(1), m.end(2), "naam-voornaam", "first"))

    # 15. chat speakers: "[08:14] Kim: ...", "ma 08:12 Sevda: ...", "Loes: ..." speaking at least
    #     twice in a chat of three or more lines; roles ("Bezoeker:", "Hulplijn:", "Moeder:") are
    #     not names
    roles = {r.lower() for r in p.get("chat_rollen", [])} | {r.lower() for r in p["relaties"]}
    # (session 8, 'zon'/'licht': also a role word or an emoji before the colon: "Joke taalmaatje:", "Oksana 🇺🇦:")
    speakers = list(re.finditer(
        rf"(?m)^[ \t]*{CHAT_HEAD}?"
        rf"({CAPWORD}(?:[ \t]+{CAPWORD})?)([ \t]+[a-zà-ÿ]{{3,20}})?(?:[ \t]*[^\w\s:]{{1,8}})?[ \t]*:[ \t]+\S", text))
    # a speaker in lower case after a time stamp: "[14-01-2026 22:47] fatima el amrani: hoi"
    tvs_ = _alts(p["tussenvoegsels"])
    lower_speakers = list(re.finditer(
        rf"(?m)^[ \t]*{CHAT_HEAD}((?-i:[a-zà-ÿ]{LETTER}*)(?:[ \t]+(?:(?:{tvs_})[ \t]+)*{WORD}){{0,2}})[ \t]*:[ \t]+\S", text))
    # session 9 ('wind'): a chat copied without time stamps, every speaker in lower case ("mehari: hoe is het daar"),
    # when at least four lines open that way
    plain_lower = list(re.finditer(rf"(?m)^[ \t]*((?-i:[a-zà-ÿ]{LETTER}{{2,}})):[ \t]+\S", text))
    plain_starts: set[int] = set()
    if len(plain_lower) >= 4:
        heads = {m.start() for m in lower_speakers}
        lower_speakers += [m for m in plain_lower if m.start() not in heads]
        plain_starts = {m.start() for m in plain_lower}   # labels of such a chat are names unless roles (chat_rollen)
    said_lower = Counter(m.group(1) for m in lower_speakers)
    for m in lower_speakers:
        name = m.group(1)
        first_ = name.split()[0]
        if said_lower[name] < 2 or first_ in roles or name in roles or _stop_core(name) \
                or not (first_ in firsts or first_ in broad or first_ not in _dutch_vocabulary() or m.start() in plain_starts):
            continue
        found.append((m.start(1), m.end(1), "naam-chat", "first"))
    said = Counter(m.group(1) for m in speakers)
    with_role = {m.group(1) for m in speakers if m.group(2)}
    if len(speakers) >= 3:
        for m in speakers:
            name = m.group(1)
            if said[name] < 2 or name.isupper():
                continue  # a form's field labels ("Geboortedatum:", "Reden:") each occur once
            if name.lower() in roles or name.split()[0].lower() in roles or _stop_core(name) \
                    or name.split()[-1].lower() in ORG_WORDS:
                continue
            if name in with_role and name.split()[0].lower() not in firsts | broad | ambiguous:
                continue  # "Joke taalmaatje:" is a speaker, "Geboortedatum partner:" a form's field
            found.append((m.start(1), m.end(1), "naam-chat", "first"))

    # 16. (session 10, 'ijzel') a user name on social media or in a chat export names a person: "@jaylaa.x",
    #     "@shanice_031" (the handle without the @); not an e-mail address, not an organisation's handle
    #     ("@gemeenteutrecht", "@wijkteamsschiedam": words in patronen.yaml, handle_organisatie)
    org_parts = tuple(w.lower() for w in p.get("handle_organisatie", []))
    handles: set[str] = set()
    for m in re.finditer(r"(?<![\w.@])@([A-Za-z0-9][A-Za-z0-9._]{1,29})(?<!\.)", text):   # (session 13: may end in "_")
        handles.add(m.group(1))
    # (session 10, 'dooi') a handle as a chat's speaker label, without the @ ("jaylaa.x: hoi"), twice or more, and after
    # "account" ("van mn oude account kimmie_almere36"); a handle has a dot, an underscore or a digit in it
    shaped = r"[A-Za-z0-9][A-Za-z0-9]*[._0-9][A-Za-z0-9._]*(?<![.])"
    # (session 13, 'motregen': also an Instagram export's "lina.elamrani_ · wo 18 mrt 22:41")
    labels = Counter(m.group(1) for m in re.finditer(rf"(?m)^[ \t]*{CHAT_HEAD}?({shaped})(?::|[ \t]+·)[ \t]+\S", text))
    # (session 12, 'ijsregen': a form's abbreviated label "Geb.datum:" twice is no handle; its parts are words)
    handles |= {h for h, n in labels.items() if n >= 2 and not re.fullmatch(r"[\d._]+", h)
                and not all(part.lower() in _dutch_vocabulary() or part.lower() in _LABEL_ABBREVIATIONS
                            for part in re.split(r"[._]", h) if part)}
    handles |= {m.group(1) for m in re.finditer(rf"(?i:\baccount(?:naam)?[ \t]+(?:is[ \t]+)?)({shaped})\b", text)}
    for h in sorted(handles, key=len, reverse=True):
        low = h.lower()
        if any(part in low for part in org_parts) or low.isdigit():
            continue
        for m in re.finditer(rf"(?<![\w./]){re.escape(h)}(?![\w@]|\.\w)", text):
            found.append((m.start(), m.end(), "naam-handle", "first"))

    for start, end, rule, role in found:
        if _overlaps((start, end), kept):
            continue
        name = text[start:end]
        f.add(start, end, "PERSOON", rule, **_parse_name(name, role))
    _defined_initials(f, kept, set(p.get("initialen_afkortingen", [])))
    # 11. an address or a place right after a name: "J. Hofstede, Zuiderdiep 210", "meneer Schilder uit Edam"
    place = rf"((?:'s-)?{CAPWORD}(?:(?:[- ](?:aan|den|de|op|in|a/d|bij))*[- ]{CAPWORD}){{0,2}})"
    for sp in [x for x in f.spans if x.type == "PERSOON"]:
        m = rx["after_name_street"].match(text, sp.end)
        if m and not _is_stop(m.group(1).split()[0]) and len(m.group(1).split()[-1]) >= 3 \
                and not _not_street(m.group(1)) and not _overlaps((m.start(1), m.end(2)), kept):
            f.add(m.start(1), m.end(2), "ADRES", "adres-na-naam")
        m = re.compile(rf"[ \t]+(?:uit|te)[ \t]+{place}").match(text, sp.end)
        if m and not _is_stop(m.group(1)) and not _overlaps((m.start(1), m.end(1)), kept) \
                and m.group(1).lower() not in _countries():  # "de familie Rahimi uit Afghanistan" (session 7)
            f.add(m.start(1), m.end(1), "WOONPLAATS", "woonplaats-na-naam")
        m = re.compile(rf"\s*\(\s*(?:\*\s*)?(\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}|\d{{1,2}}\s+(?i:{MONTHS})\.?\s+\d{{4}})\s*\)").match(text, sp.end)
        if m:
            f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum-na-naam")
