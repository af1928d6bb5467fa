"""Finding personal data of private persons in Dutch text: rules and word lists, no model.

Why rules: the data to find has a fixed shape (BSN with its 11-test, IBAN with its checksum,
postcodes, Dutch phone numbers and licence plates) or a strong context in Dutch letters
(titles, "mijn zoon Daan (7)", "Naam:", signatures). Rules run in milliseconds, explain each
hit (`Span.rule`), and never remove a gemeente or corporation, which a statistical tagger
does (see docs/privacy.md for the measured comparison with deduce).

`find_personal_data(text)` returns non-overlapping `Span`s; `find_kept(text)` the stretches
that stay (organisations, public bodies), which block name, address and place hits.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from klachtanalyse.privacy import lexicon
from klachtanalyse.privacy.checks import IBAN_LENGTHS, elfproef, iban_valid

TYPES = ("PERSOON", "ADRES", "POSTCODE", "TELEFOON", "EMAIL", "BSN", "IBAN",
         "GEBOORTEDATUM", "KENTEKEN", "WOONPLAATS")

# Which hit wins where two overlap: the more certain shape first.
PRIORITY = {"EMAIL": 10, "IBAN": 9, "BSN": 8, "TELEFOON": 7, "KENTEKEN": 7, "GEBOORTEDATUM": 6,
            "POSTCODE": 6, "ADRES": 5, "WOONPLAATS": 4.5, "PERSOON": 4}

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LETTER = r"[^\W\d_]"
CAPWORD = rf"(?:[{UPPER}]{LETTER}*(?:['’]{LETTER}+)?)"
WORD = rf"(?:{LETTER}+(?:['’]{LETTER}+)?)"
INITIALS = rf"(?:(?:[{UPPER}]|Th|Ch|Chr|Ph|Joh|Jac|Wm|Fr|IJ|Ij)\.[ \t]?-?){{1,5}}"
MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
          "december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")


@dataclass(frozen=True)
class Span:
    """One piece of personal data: `text == source[start:end]`.

    For persons, `first`, `initials` and `surname` hold the parsed parts (lower case) so
    that "mevrouw Jansen" and "M. Jansen" can be linked to one placeholder.
    """

    start: int
    end: int
    type: str
    text: str
    rule: str
    first: str | None = None
    initials: str | None = None
    surname: str | None = None


@dataclass
class _Found:
    text: str
    spans: list[Span] = field(default_factory=list)

    def add(self, start: int, end: int, type_: str, rule: str, **parts) -> None:
        # trim whitespace and trailing punctuation that belongs to the sentence
        while start < end and (self.text[start].isspace() or self.text[start] in ",;:(") \
                and not (type_ == "TELEFOON" and self.text[start] == "(" and ")" in self.text[start:end]):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:)"):
            end -= 1
        if end > start:
            self.spans.append(Span(start, end, type_, self.text[start:end], rule, **parts))


def _alts(words) -> str:
    """A regex alternation of literal words, longest first (so "van der" beats "van")."""
    return _alts_cached(tuple(words))


@lru_cache(maxsize=64)
def _alts_cached(words: tuple) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    """All patterns, compiled once (they are built from the data files)."""
    p = lexicon.patterns()
    st = lexicon.streets()
    tv = _alts(p["tussenvoegsels"])
    surname = rf"(?<![\w'’-])(?:(?:(?i:{tv})\s+)*{CAPWORD}(?:\s?-\s?(?:(?i:{tv})\s+)*{CAPWORD})?)"
    # a whole word (atomic: no backtracking into it) that ends in a street suffix (look-behinds)
    ends = "|".join(f"(?<={re.escape(x)})" for x in sorted(set(st["suffixen"]), key=len, reverse=True))
    street_word = rf"(?:(?>{WORD})(?:{ends})(?:-(?:West|Oost|Noord|Zuid|west|oost|noord|zuid))?)"
    lead = _alts(st["woorden"])
    extra_words = _alts([w for w in st.get("toevoegingen", []) if len(w) > 1])
    addition = (r"(?:[ \t][A-Za-z]-\d{1,3}(?![\w])|[a-zA-Z](?:-\d{1,3})?(?![\w])|[ \t]?[-–/][ \t]?(?:bis|hs|huis|zwart|rood|boven|III|II|IV|I|\d{1,3}|[A-Za-z]{1,2})(?![\w])"
                r"|[ \t](?:[A-Z]|bis|hs|huis|bg|III|II|IV|I|zwart|rood|boven)(?![\w])"
                r"|[ \t][A-Z]\d{1,3}(?![\w])|[ \t]?[-–/][ \t]?[A-Za-z]\d{1,3}(?![\w])|[ \t]k\.?[ \t]?\d{1,2}(?![\w])"
                rf"|[ \t](?-i:{extra_words})(?![\w])"
                r"|[ \t][a-z](?![\w]))")  # session 7: "88 B02", "145-B02", "260 k2", "112 A-3" (first), "402 a"
    # session 8 ('ster', 'maan'): "23 a-2", "88b-01", "210 k.3", "61 bv", "9 zw", "14 1hoog", two in a row ("12-14 rd")
    housenr = rf"(?:\d{{1,5}}(?:{addition}){{0,2}})"
    street = (
        rf"(?:(?:(?:(?i:{lead})|{CAPWORD}|\d{{1,2}}e|(?i:{tv}))[ \t]+){{0,4}}{street_word}"
        rf"(?:[ \t]+(?:[ONZW]\.?[ZW]\.?))?)"
    )
    not_after_nr = r"(?!\s*(?:jaar|keer|euro|uur|dagen|weken|maanden|kinderen|procent|%|minuten|personen|m2|meter|km))"
    return {
        "tv": re.compile(rf"^(?:{tv})$", re.I),
        "email": re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w])"),
        # also "NL 17 ABNA ..." with a space after the capital country code (session 7)
        "iban": re.compile(r"(?<![\w])([A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]){11,30}|[A-Z]{2}\s\d{2}(?:\s?[A-Za-z0-9]){11,30})(?![\w])"),
        "nine": re.compile(r"(?<![\d.,\-/])(\d{9}|\d{8}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{2}[. ]\d{2}[. ]\d{2}[. ]\d{3}"
                           r"|\d{3}-\d{3}-\d{3}|\d{3}[. ]\d{2}[. ]\d{2}[. ]\d{2})(?![\d]|[.,\-/]\d)"),   # session 9: "149-920-842", "574 47 67 14"
        "account": re.compile(r"(?<![\d.,\-/])(\d{7,10})(?![\d]|[.,\-/]\d)"),
        "phone_start": re.compile(r"(?<![\w+])(?:\+\s?[1-9]\d{0,2}|00[1-9]\d{0,2}|\(?0)"),
        "postcode": re.compile(r"(?<![\w/])([1-9]\d{3})\s?(?!SA|SD|SS)([A-Z]{2})(?![\w])"),
        "postcode_lc": re.compile(r"(?<![\w])([1-9]\d{3})\s?([a-z]{2})(?![\w])"),
        "plate": re.compile(
            r"(?<![\w-])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}"
            r"|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}"
            r"|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}"
            r"|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\w-])"
        ),
        "plate_labelled": re.compile(
            rf"(?i:{_alts(p['kenteken_labels'])})\s*(?:is|:|nr\.?|nummer)?\s*([A-Za-z0-9]{{1,3}}[- ]?[A-Za-z0-9]{{2,3}}[- ]?[A-Za-z0-9]{{1,3}})(?![\w])"
        ),
        "birth": re.compile(
            rf"(?i:(?<!\w)(?:{_alts(p['geboorte_labels'])}))(?:\s*(?:ouder\s*\d|kind\s*\d|moeder|vader|partner|aanvrager|aanvraagster|cli[eë]nte?|kind|zoon|dochter|jongste|oudste|is|was|op|in|:|d\.d\.|\(|,|volgens\s+[\w-]+|van\s+(?:mij|hem|haar)|dat\s+(?:is|was)|in\s+[A-Z][\w.]{{1,11}}(?=\s*,))\s*)*"
            rf"\s*((?:\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{2,4}})|(?:\d{{1,2}}(?:e)?\s+(?i:{MONTHS})\.?(?:\s+\d{{4}})?)|(?:(?i:{MONTHS})\s+\d{{4}})|(?:(?:19|20)\d{{2}}))(?![\w])"
        ),
        "street": re.compile(rf"(?<![\w])({street})[ \t]+({housenr}){not_after_nr}(?![\w])"),
        "street_paren": re.compile(
            rf"(?i:\b(?:flat|woning|huis|adres|woon\w*|wonen|wonende|appartement|kamer)\b)[^.\n()]{{0,40}}\(\s*"
            rf"((?:{CAPWORD}[ \t]+){{0,2}}{CAPWORD}|(?:{WORD}[ \t]+){{0,2}}{WORD})[ \t]+({housenr})\s*\)"
        ),
        "street_ctx": re.compile(
            rf"(?i:\b(?:woon(?:t|en|achtig)?\s+(?:aan|op)(?:\s+(?:de|het))?|wonende(?:\s+(?:aan|op))?(?:\s+(?:de|het))?|adres(?:\s+(?:is|was))?\s*:?|aan\s+de|aan\s+het|op\s+de|op\s+het|op\s+het\s+adres))\s+"
            rf"((?:{CAPWORD}[ \t]+){{0,3}}{CAPWORD})[ \t]+({housenr}){not_after_nr}(?![\w])"
        ),
        "street_lc": re.compile(
            rf"(?<![\w])((?:(?:{WORD})[ \t]+){{0,2}}(?>{WORD})(?:{ends}))[ \t]+({housenr}){not_after_nr}(?![\w])",
            re.I,
        ),
        "after_name_street": re.compile(rf",[ \t]*((?:{CAPWORD}[ \t]+){{0,2}}{CAPWORD})[ \t]+({housenr}){not_after_nr}(?![\w])"),
        # session 7 ('ochtend'): any street with a number right before a postcode on the same line
        # ("uit de woning Ankerplaats 23-41, 1333 AB Almere", "nu op Moleneind NZ 41, 9203 ZP")
        "before_postcode": re.compile(
            rf"((?:(?:{CAPWORD}|(?:van|de|der|den|het|'t))[ \t]+){{0,3}}{CAPWORD}(?:[ \t]+[ONZW]\.?[ZW]\.?)?)[ \t]+({housenr}),?[ \t]+(?=[1-9]\d{{3}}[ \t]?[A-Z]{{2}}(?![\w]))"
        ),
        "line_street": re.compile(rf"^[ \t]*((?:{CAPWORD}[ \t]+){{0,3}}{CAPWORD})[ \t]+({housenr})[ \t]*$", re.M),
        "initials_name": re.compile(rf"(?<![\w.])(?!(?:B\.V|N\.V|C\.V|V\.O\.F|U\.A|O\.Z|N\.Z|W\.Z|Z\.Z)\.)({INITIALS})[ \t]*({surname})"),
        "surname": re.compile(surname),
        "capword": re.compile(CAPWORD),
        "word": re.compile(rf"{WORD}(?:-{WORD})?"),
        "title": re.compile(rf"(?<![\w])(?i:{_alts(p['titels'])})(?![\w])"),
    }


# ---------------------------------------------------------------- kept stretches


@lru_cache(maxsize=1)
def _kept_rx() -> tuple[re.Pattern, re.Pattern]:
    k = lexicon.kept()
    names = list(k["woningcorporaties"]) + list(k["publieke_organen"]) + list(k.get("bedrijven") or [])
    fixed = re.compile(rf"(?<![\w])(?:{_alts(names)})(?![\w])", re.I)
    head = re.compile(
        rf"(?<![\w])(?i:{_alts(k['kopwoorden'])})(?![\w])(?:\s+(?:(?i:van|voor|de|der|den|en|het|'t|aan|op|&)\s+)*(?:{CAPWORD}|[A-Z&]{{2,}}))*",
    )
    return fixed, head


@lru_cache(maxsize=1)
def _tail_rx() -> re.Pattern | None:
    """Capitalised words ending in an organisation word: "Koning Willem II College"."""
    tails = lexicon.kept().get("staartwoorden") or []
    if not tails:
        return None
    return re.compile(rf"(?<![\w])(?:(?:{CAPWORD}|[IVX]{{1,4}})[ \t]+){{1,4}}(?i:{_alts(tails)})(?![\w])")


# Heads of organisation names that are also ordinary nouns: their name is the capitalised
# words right after them ("Basisschool De Regenboog"), never "van <person>".
GENERIC_HEADS = {"school", "basisschool", "team", "afdeling", "centrum", "stichting", "vereniging",
                 "huisartsenpraktijk", "advocatenkantoor", "corporatie", "regio", "stadsdeel", "wijkteam",
                 "buurtteam", "jeugdteam"}


def find_kept(text: str) -> list[tuple[int, int]]:
    """Stretches that stay: gemeenten, courts, public bodies, housing corporations."""
    return sorted(_own_kept(text) + _language_kept(text))


@lru_cache(maxsize=1)
def _kept_names() -> tuple[frozenset[str], int]:
    k = lexicon.kept()
    names = {" ".join(n.lower().split()) for n in list(k["woningcorporaties"]) + list(k["publieke_organen"]) + list(k.get("bedrijven") or [])}
    return frozenset(names), max(len(n.split()) for n in names)


@lru_cache(maxsize=1)
def _kept_name_words() -> frozenset[str]:
    """Every word of the kept organisation names ("ymere", "woonstad", "rotterdam" ...)."""
    return frozenset(w for n in _kept_names()[0] for w in n.split())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The countries of patronen.yaml `landen`, lower case: no place of residence, no name."""
    return frozenset(c.lower() for c in lexicon.patterns().get("landen", []))


@lru_cache(maxsize=1)
def _any_first_names() -> frozenset[str]:
    """The first-name lists together (voornamen.txt and voornamen-breed.txt)."""
    return frozenset(lexicon.first_names() | lexicon.broad_first_names())


def _own_kept(text: str) -> list[tuple[int, int]]:
    """The organisations of data/behouden.yaml ("gemeente X", "Woonstichting Y", Ymere ...)."""
    _, head = _kept_rx()
    names, longest = _kept_names()
    heads = {n.split()[0] for n in names}
    lower_doc = _mostly_lower(text)
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w'’&][\w'’&.-]*(?<![.])", text)]
    out = []
    for i in range(len(tokens)):
        if tokens[i][2] not in heads:
            continue
        for n in range(min(longest, len(tokens) - i), 0, -1):
            phrase = " ".join(t[2] for t in tokens[i:i + n])
            if phrase in names:
                if n == 1 and text[tokens[i][0]].islower() and not lower_doc:
                    break  # "via het portaal": a corporation's name that is also a word counts capitalised
                out.append((tokens[i][0], tokens[i + n - 1][1]))
                break
    for m in head.finditer(text):
        end = m.end()
        if "\n" in m.group(0):
            nl = m.start() + m.group(0).index("\n")
            if re.search(r"\S {2,}\S", text[text.rfind("\n", 0, m.start()) + 1 : nl]):
                end = nl  # a table's column header "School" above a name is no "School Mursal" (session 9)
        head_word = m.group(0).split()[0].lower()
        if head_word in GENERIC_HEADS:
            # "school van Anas en Yassir": after a generic head, "van"/"en" lead to people, not to a name
            # ("Centrum voor Dienstverlening Groningen" and "Stichting voor ..." keep their "voor")
            cut = re.search(r"\s(?:van|en|&)\s" if head_word in ("centrum", "stichting", "vereniging") else r"\s(?:van|en|voor|&)\s", m.group(0))
            if cut:
                end = m.start() + cut.start()
        if m.group(0).lower().startswith("gemeente") and end == m.start() + len("gemeente"):
            # "de gemeente emmen": one lower-case place name after gemeente
            nxt = re.match(rf"\s+({LETTER}+)", text[end:])
            if nxt and nxt.group(1).lower() not in lexicon.stopwords() and len(nxt.group(1)) > 2:
                end += nxt.end()
        out.append((m.start(), end))
    tail = _tail_rx()
    if tail is not None:
        out += [(m.start(), m.end()) for m in tail.finditer(text)]
    return sorted(out)


def _language_spans(text: str, finders: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans from the language layer's finders (gemeenten, organisations, courts), if present."""
    try:
        from klachtanalyse import language
    except Exception:  # pragma: no cover - the language layer is part of the package
        return []
    spans: list[tuple[int, int]] = []
    for fn_name in finders:
        fn = getattr(language, fn_name, None)
        if fn is None:
            continue
        try:
            hits = fn(text)
        except Exception:
            continue
        for hit in hits:
            start, end = getattr(hit, "start", None), getattr(hit, "end", None)
            if isinstance(start, int) and isinstance(end, int) and end > start:
                spans.append((start, end))
    return spans


def _language_kept(text: str) -> list[tuple[int, int]]:
    """Organisations and courts named by the language layer (not bare place names:
    "Zaandam" after a person's address is that person's place and is replaced)."""
    return _language_spans(text, ("find_organisations", "find_instanties"))


def find_places(text: str) -> list[tuple[int, int]]:
    """Place and gemeente names (language layer gazetteer): never a person's name on their own."""
    return _language_spans(text, ("find_gemeenten",))


# ---------------------------------------------------------------- helpers


def _is_stop(word: str) -> bool:
    return word.lower() in lexicon.stopwords()


def _stop_core(name: str) -> bool:
    """Is `name` no name: a common word ("van de Gemeente"), an acronym ("RVV"), a letter?"""
    tv = _rx()["tv"]
    words = [w.strip(".") for w in name.replace("-", " ").split()]
    cores = [w for w in words if not tv.match(w)]
    # "van der Meer", "de Boer": after a tussenvoegsel these common words are surnames (session 7)
    after_tv = {w.lower() for i, w in enumerate(words) if i and tv.match(words[i - 1]) and not tv.match(w)}
    tv_cores = set(lexicon.patterns().get("tussenvoegsel_kernen", []))
    return (not cores or any((_is_stop(w) and not (w.lower() in after_tv and w.lower() in tv_cores)) or w.lower() in NOT_NAMES for w in cores)
            or any(len(w) < 2 or (w.isupper() and len(w) <= 5) for w in cores))


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _label_before(text: str, pos: int, labels, window: int = 40) -> bool:
    """Is one of `labels` written shortly before `pos` on the same line?"""
    left = text[max(0, pos - window):pos]
    left = left.rsplit("\n", 1)[-1].lower()
    return any(re.search(rf"(?<![\w]){re.escape(lab.lower())}(?![\w])", left) for lab in labels)


def _mostly_lower(text: str) -> bool:
    """Is the text written without capitals (chat style)? Then lower-case names count."""
    starts = re.findall(r"(?:^|[.!?]\s+)([^\W\d_])", text, re.M)
    if len(starts) < 2:
        return bool(starts) and starts[0].islower()
    return sum(c.islower() for c in starts) / len(starts) > 0.5


# A chat line's header: "[14-01-2026 22:47] ", "ma 08:12 ", "12-03-2023 14:05 - ".
CHAT_HEAD = (r"(?:\[?(?:(?:ma|di|wo|do|vr|za|zo)[ \t]+)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+)?"
             r"\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]*-?[ \t]*)")


def _lower_lines(text: str) -> list[tuple[int, int]]:
    """Lines written without capitals, in a text that has capitals elsewhere: one writer in a chat
    export who types in lower case ("[22:47] fatima el amrani: hoi ilse ..."). In such a line a
    lower-case first name from the word lists counts, as it does in a text written all in lower case."""
    out = []
    for m in re.finditer(r"(?m)^.*$", text):
        line = re.sub(rf"^[ \t]*{CHAT_HEAD}?", "", m.group(0))
        words = re.findall(rf"{LETTER}+", line)
        if len(words) < 4:
            continue
        upper = sum(1 for w in words if w[0].isupper())
        if upper / len(words) < 0.08:
            out.append((m.start(), m.end()))
    return out


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _parse_name(name: str, role: str) -> dict:
    """Split a name into first name, initials and surname (lower case) for linking.

    `role` says what a single word is: "surname" after a title, "first" after a family word.
    """
    rx = _rx()
    tokens = name.replace("’", "'").split()
    initials = [t for t in tokens if re.fullmatch(r"(?:[^\W\d_]{1,3}\.-?)+", t)]
    rest = [t for t in tokens if t not in initials]
    init = "".join(c for t in initials for c in t if c.isalpha() and c.isupper()).lower() or None
    if not rest:
        return {"initials": init}
    # the surname starts at the first tussenvoegsel or, failing that, is the last word
    cut = next((i for i, t in enumerate(rest) if rx["tv"].match(t) and i > 0), None)
    if cut is None:
        cut = len(rest) - 1 if len(rest) > 1 else (0 if role == "surname" or init else 1)
    if initials and cut > 0 and role == "surname":
        cut = 0
    first = " ".join(rest[:cut]).lower() or None
    surname = " ".join(rest[cut:]).lower() or None
    return {"first": first, "initials": init, "surname": surname}


# ---------------------------------------------------------------- structured data


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
    for a, b in _birth_table_rows(f.text, _BSN_COLUMN):
        for m in re.finditer(r"(?<![\w-])(\d{3}[ .]?\d{3}[ .]?\d{3}|\d{9})(?![\w-])", f.text[a:b]):
            f.add(a + m.start(1), a + m.end(1), "BSN", "bsn-tabel")


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
            sep = re.match(r"(?:\s?[-–.]\s?|\s|\)\s?)", text[j:])
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


# Two or three capitalised words in Cyrillic script: a name (Олена Ковальчук). Why: the 'blind'
# round had a Ukrainian mother's name in Cyrillic, which the Latin-script name rules cannot see.
_CYRILLIC_NAME = re.compile(r"(?<![\w-])[\u0400-\u042F][\u0430-\u045F'’-]+(?:[ \t]+[\u0400-\u042F][\u0430-\u045F'’-]+){1,2}(?![\w-])")


def _cyrillic_names(f: _Found) -> None:
    for m in _CYRILLIC_NAME.finditer(f.text):
        f.add(m.start(), m.end(), "PERSOON", "naam-cyrillisch")


def _postcodes(f: _Found, addresses: list[Span]) -> None:
    text = f.text
    for m in _rx()["postcode"].finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(0, line_start - 40):m.start()].lower()
        if re.search(r"postbus\s*\d+\s*,?\s*$", before) or re.search(r"postbus\s*\d+[^\n]*\n$", text[max(0, line_start - 40):line_start].lower()):
            continue
        if m.group(2) in ("EN", "DE", "IN", "OP", "TE", "EU") and not re.match(r"\s+[A-Z]", text[m.end():]):
            continue
        f.add(m.start(), m.end(), "POSTCODE", "postcode")
    for m in _rx()["postcode_lc"].finditer(text):
        # lower case "3512 ab" only beside an address or before a place name
        near_address = any(0 <= m.start() - a.end <= 3 for a in addresses)
        if near_address or (m.group(0)[4:5] != " " and re.match(rf"\s+{LETTER}{{3,}}", text[m.end():])):
            f.add(m.start(), m.end(), "POSTCODE", "postcode-kleine-letters")


def _plates(f: _Found) -> None:
    for m in _rx()["plate"].finditer(f.text):
        f.add(m.start(), m.end(), "KENTEKEN", "kenteken-sidecode")
    for m in _rx()["plate_labelled"].finditer(f.text):
        raw = m.group(1)
        if sum(c.isdigit() for c in raw) and sum(c.isalpha() for c in raw) and len(re.sub(r"\W", "", raw)) == 6:
            f.add(m.start(1), m.end(1), "KENTEKEN", "kenteken-label")


def _birthdates(f: _Found) -> None:
    for m in _rx()["birth"].finditer(f.text):
        f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum")
    # session 9 ('regen'): a list of children with their dates of birth ("1. Feven – 12-9-2016")
    for m in LISTED_CHILD.finditer(f.text):
        f.add(m.start(2), m.end(2), "GEBOORTEDATUM", "geboortedatum-lijst")
    # session 9 ('hagel'): a date after "(*" ("Sofiia (*22-06-2016)"), and the column of a table whose header names
    # the date of birth ("Naam   Geb.datum   School" with a row per child)
    for m in re.finditer(rf"\(\s*\*\s*({DATE_NUMERIC})(?![\w])", f.text):
        f.add(m.start(1), m.end(1), "GEBOORTEDATUM", "geboortedatum-ster")
    for a, b in _birth_table_rows(f.text):
        for m in re.finditer(rf"(?<![\w/-])({DATE_NUMERIC})(?![\w/-])", f.text[a:b]):
            f.add(a + m.start(1), a + m.end(1), "GEBOORTEDATUM", "geboortedatum-tabel")


DATE_NUMERIC = r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}"
# A table's header line: columns apart by two spaces or more, or (session 10, 'dooi') a markdown table "| naam | ... |"
_TABLE_LINE = r"(?=[^\n]*(?:\S {2,}\S|\|[^\n]*\|))"
_BIRTH_COLUMN = re.compile(rf"(?im)^{_TABLE_LINE}[^\n]*\b(?:geb\.?\s?datum|geboortedatum|geboren)\b[^\n]*$")
_BSN_COLUMN = re.compile(rf"(?m)^{_TABLE_LINE}[^\n]*\b(?:BSN|(?i:burgerservicenummer))\b[^\n]*$")


def _birth_table_rows(text: str, header: re.Pattern = _BIRTH_COLUMN) -> list[tuple[int, int]]:
    """The lines under a table header with a date-of-birth (or BSN) column, up to the first blank line."""
    rows = []
    for h in header.finditer(text):
        pos = h.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip():
                break
            rows.append((pos, end))
            pos = end + 1
    return rows


# A numbered or bulleted line with only a name and a full date: a child in a list of the household (session 9).
# (session 10, 'ijzel': also with a role between name and date: "- Halyna Kovalenko, grootmoeder, 03-11-1951")
LISTED_CHILD = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+([A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)"
                          r"(?:[ \t]*,[ \t]*[a-zà-ÿ]{3,20}(?:[ \t]+[a-zà-ÿ]{2,20})?)?"
                          r"[ \t]*[–—,-][ \t]*(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})[ \t]*$")


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


def _known_place_lower(word: str) -> bool:
    """A place name written in lower case ("almere", "velsen-noord") that the gazetteer knows."""
    cap = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    cap = " ".join(p[:1].upper() + p[1:] for p in cap.split(" "))
    found = find_places(f"in {cap} ")  # (the gazetteer wants the place in a sentence: "Ede" alone is not found)
    return (3, 3 + len(cap)) in found


def _places(f: _Found, addresses: list[Span], postcodes: list[Span], kept) -> None:
    text = f.text
    place = rf"((?:'s-)?{CAPWORD}(?:(?:[- ](?:aan|den|de|op|in|a/d|bij))*[- ]{CAPWORD}){{0,2}})"
    place_lc = rf"({LETTER}{{3,}}(?:-{LETTER}+)?)"

    def add(start, end, rule):
        if _overlaps((start, end), kept) or _is_stop(text[start:end]):
            return
        part = re.match(r"-(?:Zuid|Noord|Oost|West|Centrum|Zuidoost|Noordoost|Zuidwest|Noordwest|Haven)(?![\w-])", text[end:]) \
            or re.match(r"[ \t](?i:zuidoost|noordoost|zuidwest|noordwest|nieuw-west)(?![\w-])", text[end:])   # "amsterdam zuidoost" (session 8)
        if part:
            end += part.end()  # "Rotterdam-Zuid" (session 7)
        f.add(start, end, "WOONPLAATS", rule)

    for pc in postcodes:
        m = re.match(rf"[ \t]+{place}", text[pc.end:]) or re.match(rf"[ \t]+{place_lc}(?=\s*(?:$|[\n,.]))", text[pc.end:], re.M)
        if m:
            add(pc.end + m.start(1), pc.end + m.end(1), "woonplaats-postcode")
    for ad in addresses:
        m = re.match(rf"(?:,\s*|\s+(?:hier\s+)?te\s+|\s+(?:hier\s+)?in\s+){place}", text[ad.end:]) or re.match(rf"(?:\s+te\s+|\s+in\s+){place_lc}", text[ad.end:])
        if m and not re.match(r"[,\s]*[1-9]\d{3}\s?[A-Za-z]{2}\b", text[ad.end:]):
            add(ad.end + m.start(1), ad.end + m.end(1), "woonplaats-na-adres")
        left = text[max(0, ad.start - 60):ad.start]
        m = re.search(rf"(?:\bin|\bte)\s+{place}(?:,\s*(?:(?:aan|op)\s+(?:de|het)\s+)?|\s+(?:aan|op)\s+(?:de|het)\s+(?:adres\s+)?|\s+op\s+het\s+adres\s+)$", left)
        if m:
            base = ad.start - len(left)
            add(base + m.start(1), base + m.end(1), "woonplaats-voor-adres")
    for m in re.finditer(rf"(?i:\b(?:wonende|woonachtig|woonplaats|woont|wonen)\s*(?:te|in|:)\s+){place}", text):
        add(m.start(1), m.end(1), "woonplaats-wonende")
    cache: list[set[tuple[int, int]]] = []

    def known_places() -> set[tuple[int, int]]:
        """The gazetteer's places in the text, looked up once and only when a rule needs them."""
        if not cache:
            cache.append(set(find_places(text)))
        return cache[0]

    for ad in addresses:
        m = re.match(rf"[ \t]+({LETTER}{{3,}}(?:[- ](?:aan|den|de|op)[- ]{LETTER}+)*)", text[ad.end:])
        if m:
            if (ad.end + m.start(1), ad.end + m.end(1)) in known_places():
                add(ad.end + m.start(1), ad.end + m.end(1), "woonplaats-na-adres")
    # "verblijft nu bij zijn neef in Veendam", "is verhuisd naar Breda", "wonen wij bij tante gisela in
    # almere": a residence verb, a few words, then in/te/naar and a place the gazetteer knows
    lower_lines = _lower_lines(text) if not _mostly_lower(text) else [(0, len(text))]
    stay = (r"(?:woon|woont|wonen|woonde|woonden|verblijf|verblijft|verblijven|verbleef|verbleven|logeer|logeert|"
            r"logeren|logeerde|logeerden|ingeschreven|verhuisd|verhuist|verhuizen|verhuisde|verhuisden|slapen|sliep|sliepen|slaapt|slaap|"
            r"blijven|blijft|bleven)")   # session 8 ('zon'): "wij kunnen blijven in Apeldoorn in hun huis"

    def place_at(pos: int, lower_ok: bool = False) -> tuple[int, int] | None:
        """The longest place the gazetteer knows starting at `pos` ("almere haven", "almere"); in lower case only on
        lines written in lower case, or where the context is sure (`lower_ok`: "bij ons in ede slapen")."""
        cand = re.match(rf"{LETTER}+(?:[- ]{LETTER}+){{0,3}}", text[pos:])
        if not cand:
            return None
        lowered = lower_ok or _in_spans(pos, lower_lines)
        for k in range(len(re.split(r"[- ]", cand.group(0))), 0, -1):
            words = re.match(rf"{LETTER}+(?:[- ]{LETTER}+){{{k - 1}}}", text[pos:])
            if not words:
                continue
            a, b = pos, pos + words.end()
            if (a, b) in known_places() or (lowered and _known_place_lower(text[a:b])):
                return a, b
        return None

    # every "in/te/naar X" in the stretch after a residence verb, not only the first ("verblijft
    # doordeweeks in een pension in Venlo", 'eind' round)
    for m in re.finditer(rf"(?i:\b{stay}\b)[^.!?\n:;]{{0,80}}", text):
        for n in re.finditer(r"\b(?:in|te|naar)[ \t]+", m.group(0)):
            if re.search(r"(?i)\b(?:werk\w*|school|gewerkt|geboren|uit)\b", m.group(0)[: n.start()]):
                break
            hit = place_at(m.start() + n.end())
            if hit:
                add(hit[0], hit[1], "woonplaats-verblijf")
                break
    # staying with family or friends in a place: "bij ome Ricky in charlois", "bij kennissen in Zwolle"
    kin = (r"kennissen|kennis|familie|vrienden|vriendin|vriend|zus|zusje|broer|moeder|vader|oma|opa|tante|oom|ome|"
           r"nicht|neef|schoonmoeder|schoonvader|schoonouders|ouders|collega|gastgezin|gastfamilie|pleeggezin|pleegouders|"
           r"klasgenoot|vriendje|vriendinnetje|adeer|abti|eeddo|habo|khala|khalti|amca|teyze|dayı|dayi|hala|tanchi|tio|tia|"
           r"tanta|wela|welo|babcia|dziadek|ciocia|wujek|babusya|babushka|dedushka|ammo|amo|khalto|khalo|teta|jiddo|abla|abi|"
           r"dede|anneanne|babaanne|nine|yenge|enişte|eniste|ami|bibi|nonna|nonno|kuzyn|kuzynka")   # session 8; the second line session 10 ('ijzel')
    # (session 8, 'zon': a title's full stop may stand between: "bij haar moeder, mevr. Agnieszka Nowak, in Enschede")
    for m in re.finditer(rf"(?i:\bbij (?:mijn |m'n |mn |zijn |haar |hun |een |de |het )?(?:\w+ )?(?:{kin})\b)(?:[^.!?\n:;]|(?i:mevr|mw|dhr|mr|hr)\.){{0,40}}?\bin[ \t]+", text):
        hit = place_at(m.end())
        if hit:
            add(hit[0], hit[1], "woonplaats-verblijf")
    # session 6 (errors of 'nacht' and 'dageraad'): a relative or friend, perhaps named, "in" a place
    # ("mijn zus Latifa in Almere", "tante Lien in Delft", "her sister Akua in Schiedam"); and a town the
    # gazetteer does not know right after a residence verb ("woont al jaren in Kayseri") or after going
    # back ("teruggegaan naar Poznań"). Countries are no place of residence here.
    countries = _countries()
    foreign = rf"({CAPWORD}(?:[- ](?:op|aan|den|de)[- ]{CAPWORD})?)(?![\w-])"

    def town_or_known(pos: int, lower_ok: bool = False, country_ok: bool = False) -> tuple[int, int] | None:
        hit = place_at(pos, lower_ok)
        if hit:
            return hit
        if country_ok:  # session 8 ('maan'): "verblijft volgens cliënte in Duitsland", "ze woont in belgië"
            for cm in (re.match(rf"{LETTER}+[- ]{LETTER}+", text[pos:]), re.match(rf"{LETTER}+", text[pos:])):
                if cm and cm.group(0).lower() in countries:
                    return pos, pos + cm.end()
        fm = re.match(foreign, text[pos:])
        if fm and fm.group(1).lower() not in countries and not _is_stop(fm.group(1)) \
                and fm.group(1).split()[-1].lower() not in ORG_WORDS and fm.group(1).lower() not in _dutch_vocabulary():
            return pos, pos + fm.end(1)
        return None

    rel_kin = rf"(?:{kin}|zoon|dochter|kinderen|kleinzoon|kleindochter|schoonzus|schoonzoon|schoondochter|zwager|sister|brother|cousin|mother|father|aunt|uncle|son|daughter|man|vrouw|partner|echtgenoot|echtgenote)"
    for m in re.finditer(rf"(?i:\b(?:mijn |m'n |mn |zijn |haar |hun |onze |my |her |his |their )?(?:andere |oudste |jongste )?{rel_kin}\b)"
                         rf"(?:[ \t]+{CAPWORD}){{0,3}}(?:[ \t]*\([a-zà-ÿ ]{{2,20}}\))?(?:[ \t]+(?i:is|zit|zitten|woont|verblijft)(?:[ \t]+(?i:nog|nu|al))?)?[ \t]+(?i:in|uit)[ \t]+", text):
        if m.group(0).rstrip().lower().endswith("uit"):
            continue  # "uit" is where someone comes from, not where they live
        # (session 10, 'ijzel') a country with a verb of living: "haar broer Khaled woont in Duitsland" ("zit in Marokko
        # voor zijn moeder die ziek is" is a visit, 'zon')
        hit = town_or_known(m.end(), country_ok=bool(re.search(r"(?i)\b(?:woont|verblijft)\b", m.group(0))))
        if hit:
            add(hit[0], hit[1], "woonplaats-familie")
    # (session 10, 'ijzel': also "zij woont toch in Kayseri", "woont volgens moeder op Curaçao")
    for m in re.finditer(rf"(?i:\b(?:woon|woont|wonen|woonde|woonden|verblijft|verblijven|lives|live)\b)(?:[ \t]+(?i:al|nog|nu|zelf|sinds|jaren|weer|ook|daar|toch|inmiddels|tijdelijk|gewoon|eigenlijk|volgens[ \t]+\w+|vlgs[ \t]+\w+|bij[ \t]+familie)){{0,3}}[ \t]+(?i:in|te|op)[ \t]+", text):
        hit = town_or_known(m.end(), country_ok=True)
        if hit and re.match(r"[ \t]+\d", text[hit[1]:]):
            continue  # "woont nog op Tsjerkepaed 7-hs": a street, not a place ('nacht')
        if hit:
            add(hit[0], hit[1], "woonplaats-verblijf")
    for m in re.finditer(r"(?i:\b(?:terug(?:gegaan|gekeerd)?|teruggaan|teruggekeerd|verhuisd|vertrokken)\s+naar\s+)", text):
        hit = town_or_known(m.end())
        if hit:
            add(hit[0], hit[1], "woonplaats-verblijf")
    # session 7 ('ochtend'): where a family stays for now: "in de gezinsopvang van het Leger des Heils in
    # Apeldoorn", "zit nu in een groep in Almere", "naar een nieuwe locatie in Katwijk"; and "omdat ik nu in
    # Schiedam sta ingeschreven"
    for m in re.finditer(r"(?i:\b(?:\w*opvang|azc|pension|hotel|vakantiepark|woongroep|groep|instelling|locatie|"
                         r"noodwoning|wisselwoning|chalet|stacaravan|caravan|camping)\b)[^.!?\n:;]{0,50}?\b(?:in|bij)[ \t]+", text):
        window = text[max(0, m.start() - 40):m.end()]
        if re.search(r"(?i)\bverwe?z\w*|\bgeplaatst\b", text[m.end():m.end() + 40].split(".")[0]):
            continue  # "naar de opvang in Amersfoort verwezen"
        if re.search(r"(?i)\bwerk\w*|\bverwe?z\w*|\bverwijs\w*|\bvia\b|\bgeplaatst worden\b|\bwil(len)? niet\b", window):
            continue  # a workplace, a referral, a route, a refusal: no stay
        if not re.search(r"(?i)\b(?:zit|zitten|zat|zaten|woon\w*|verblijf\w*|verbl[ie]\w*|slaap\w*|slapen|sliep\w*|sinds|nu|naar|"
                         r"moeder|vader|oma|opa|schoonmoeder|schoonvader|zus|broer|tante|oom|kinderen|gezin|wij|we|broertje|zusje)\b", window):
            continue  # only where someone stays ("wij zitten sinds november in de gezinsopvang ... in Apeldoorn")
        hit = town_or_known(m.end()) if text[m.end():m.end() + 1].isupper() else place_at(m.end())
        if hit:
            add(hit[0], hit[1], "woonplaats-opvang")
    for m in re.finditer(rf"\bin[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,3}}?)[ \t]+(?i:sta|staat|staan|stond|ben|is|zijn)[ \t]+ingeschreven\b", text):
        hit = place_at(m.start(1))
        if hit and hit[1] == m.end(1):
            add(hit[0], hit[1], "woonplaats-verblijf")
    # (third session-7 batch: also "in mijn flatje in Almere Haven", "een kamer gevonden in Driebergen", "een flexwoning in")
    for m in re.finditer(rf"(?i:\b(?:huis|huisje|woning|huurwoning|flat|flatje|appartement|kamer|huizen|caravan|chalet|stacaravan|"
                         rf"flexwoning|noodwoning|wisselwoning)\s+(?:\w+\s+)?(?:in|te)\s+){place}", text):
        add(m.start(1), m.end(1), "woonplaats-woning")
    for m in re.finditer(rf"(?im)^[ \t]*(?:woon)?plaats[ \t]*:[ \t]*{place}[ \t]*$", text):
        add(m.start(1), m.end(1), "woonplaats-veld")
    # session 7 ('middag', 'avond'): "kom maar bij mij in Veenendaal slapen"; "Hij zou nu in Birmingham wonen";
    # "in de wijk Pathmos"; "papa woont op curaçao"; the place in a private letter's date line ("Drachten, 14
    # maart 2026"), not in a firm's or an organisation's
    def stay_after(pattern: str, **kw) -> None:
        """A place right after each match of `pattern` is where someone stays."""
        for m in re.finditer(pattern, text):
            hit = town_or_known(m.end(), **kw)
            if hit:
                add(hit[0], hit[1], "woonplaats-verblijf")

    def stay_named(pattern: str, whole: bool = True) -> None:
        """The place in group 1 of each match of `pattern` (a capitalised town the gazetteer may not know, else a
        known place) is where someone stays; `whole`: it must fill the group."""
        for m in re.finditer(pattern, text):
            hit = town_or_known(m.start(1)) if m.group(1)[:1].isupper() else place_at(m.start(1))
            if hit and (hit[1] == m.end(1) if whole else m.start(1) <= hit[1] <= m.end(1)):
                add(hit[0], hit[1], "woonplaats-verblijf")

    # (session 8, 'zon': also "bij hem in Breda", "bij ons in ede slapen", a known place in lower case)
    stay_after(r"(?i:\bbij[ \t]+(?:mij|ons|hem|haar|hen|jou|jullie)(?:[ \t]+\w+)?[ \t]+in[ \t]+)", lower_ok=True)
    # the place before the verb: "die in Overvecht woont", "die zelf in Rijswijk woont", and (session 7) a town
    # the gazetteer does not know, capitalised: "Hij zou nu in Birmingham wonen"
    stay_named(rf"\bin[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,3}}?)[ \t]+(?i:woont|wonen|woonde|woonden|verblijft|verblijven|logeert|logeren)\b")
    # session 8 ('zon', 'licht'): the place named before "waar we eerst woonden", "want daar woonden ze", "en woon daar"
    # ("met de bus naar Wormerveer waar we eerst woonden", "ik studeer in Delft en woon daar op kamers", "een oud adres
    # in Dokkum was gestuurd, waar zij tot 2019 woonde")
    stay_named(rf"\b(?:in|naar|te)[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,2}}?)(?:[ \t]+[a-zà-ÿ]+){{0,3}},?[ \t]+"
               rf"(?:want[ \t]+daar|waar|en)[ \t]+(?:(?:we|wij|ik|hij|zij|ze|u|jullie)[ \t]+)?"
               rf"(?:(?:eerst|vroeger|altijd|toen|nog|al|daar|zelf|tot[ \t]+\d{{4}})[ \t]+){{0,3}}"
               rf"(?:woon|woont|wonen|woonde|woonden)\b", whole=False)
    # session 8 ('ster'): "slaapt bij een vriend 'ergens in Schalkhaar'", "en ik in Venlo bij mijn collega Costel"
    stay_after(r"(?i:\bergens[ \t]+in[ \t]+)")
    stay_named(rf"\bin[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,2}}?)[ \t]+bij[ \t]+(?:(?:mijn|m'n|mn|zijn|haar|hun|een|de)[ \t]+)?(?i:{kin})\b")
    for m in re.finditer(rf"\bin[ \t]+de[ \t]+wijk[ \t]+({CAPWORD}(?:[- ]{CAPWORD})?)", text):
        if not _is_stop(m.group(1)) and m.group(1).lower() not in _dutch_vocabulary():
            add(m.start(1), m.end(1), "woonplaats-wijk")
    islands = _alts(lexicon.patterns().get("eilanden", []) or ["Curaçao"])
    for m in re.finditer(rf"(?i:\b(?:woont|wonen|woonde|woonden|zit|zitten|verblijft|verblijven)(?:[ \t]+(?:nu|nog|al|daar|jaren|weer)){{0,2}}[ \t]+op[ \t]+)((?i:{islands}))(?![\w])", text):
        add(m.start(1), m.end(1), "woonplaats-eiland")
    head = text[:600]
    dm = re.search(rf"(?m)^[ \t]*({CAPWORD}(?:[- ]{CAPWORD})?),[ \t]+\d{{1,2}}[ \t]+(?i:{MONTHS})(?:[ \t]+\d{{4}})?[ \t]*$", head)
    if dm and not _FIRM_WORDS.search(head[:dm.start()]) and not any(a < dm.start() for a, _ in kept) \
            and (dm.start(1), dm.end(1)) in known_places():
        add(dm.start(1), dm.end(1), "woonplaats-dagtekening")


# ---------------------------------------------------------------- names

# Last words of a firm's name: "Terpstra Advocaten" is a firm, not a signature.
ORG_WORDS = {"advocaten", "advocatuur", "notarissen", "notariaat", "deurwaarders", "gerechtsdeurwaarders",
             "bewindvoering", "incasso", "b.v.", "bv", "v.o.f.", "vof", "praktijk", "huisartsen", "groep",
             "kantoor", "zorg", "wonen", "makelaars", "beheer", "holding", "n.v.", "nv", "team", "oost",
             "west", "noord", "zuid", "centrum"}


@lru_cache(maxsize=1)
def _dutch_vocabulary() -> frozenset[str]:
    """Dutch word forms from spaCy's nl lemma lookup table (spacy-lookups-data, a dependency),
    and spaCy's Dutch stop words: the table holds only words that inflect, so "volgens", "echter"
    and "daarom" were missing from it (session 7)."""
    words: set[str] = set()
    try:
        import gzip
        import json

        import spacy_lookups_data

        path = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            table = json.load(fh)
        words |= {k.lower() for k in table} | {v.lower() for v in table.values()}
    except Exception:
        pass
    try:
        from spacy.lang.nl.stop_words import STOP_WORDS

        words |= {w.lower() for w in STOP_WORDS}
    except Exception:
        pass
    return frozenset(words)


def _firm_word(word: str) -> bool:
    """Is `word` a Dutch noun rather than a first name ("Bakkerij Pranger", "Garage Smit")?"""
    w = word.lower()
    if w in lexicon.first_names() or w in lexicon.broad_first_names() or w in lexicon.surnames() or len(w) < 5:
        return False
    return w in _dutch_vocabulary()


def _is_streetname(name: str) -> bool:
    """Does `name` end like a street ("de Hoochweg", "Van Speijkstraat")?"""
    last = name.split()[-1].lower() if name.split() else ""
    return any(last.endswith(suf) and len(last) > len(suf) + 2 for suf in ("straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dreef", "steeg", "dijk", "hof", "plantsoen"))


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
    for m in re.finditer(r"(?<![\w.@])@([A-Za-z0-9][A-Za-z0-9._]{1,29})(?<![._])", text):
        handles.add(m.group(1))
    # (session 10, 'dooi') a handle as a chat's speaker label, without the @ ("jaylaa.x: hoi"), twice or more, and after
    # "account" ("van mn oude account kimmie_almere36"); a handle has a dot, an underscore or a digit in it
    shaped = r"[A-Za-z0-9][A-Za-z0-9]*[._0-9][A-Za-z0-9._]*(?<![._])"
    labels = Counter(m.group(1) for m in re.finditer(rf"(?m)^[ \t]*{CHAT_HEAD}?({shaped}):[ \t]+\S", text))
    handles |= {h for h, n in labels.items() if n >= 2 and not re.fullmatch(r"[\d._]+", h)}
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


# Rules whose hits are sure enough to look for the same name elsewhere in the document.
SEED_RULES = {"naam-titel", "naam-initialen", "naam-familie", "naam-leeftijd", "naam-inleiding",
              "naam-voornaam", "naam-veld", "naam-ondertekening", "naam-regel", "naam-chat"}
# Words that slip through as "names" in legal text and must never be spread over a document.
NOT_NAMES = {"land", "beslissing", "daarbij", "daartoe", "activiteiten", "overgelegd", "laboratorium",
             "protocol", "beide", "staat", "rijk", "college", "raad", "directeur", "minister",
             "staatssecretaris", "ministerie", "gemeente", "rechtbank", "verweerder", "eiser", "eiseres",
             "gedaagde", "appellant", "appellante", "verzoeker", "verzoekster", "huurder", "verhuurder"}


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


# Last words of an organisation whose name opens with a first name ("Leonardo da Vinci College").
ORG_TAILS = {"college", "lyceum", "school", "scholengemeenschap", "academie", "gymnasium", "ziekenhuis",
             "kliniek", "stichting", "kabel", "fabriek", "bakkerij", "supermarkt", "centrum", "huis"}
# ... also as the end of one word: "Annie M.G. Schmidtschool" (session 7)
ORG_ENDINGS = ("school", "college", "lyceum", "kliniek", "ziekenhuis", "academie", "centrum")   # "Tolkcentrum Brabant" (session 8)


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
    for ra, rb in _birth_table_rows(text):
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


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.patterns()["relaties"])


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
        if sp.type == "PERSOON" and re.match(r"[- ](?:College|Lyceum|School|Scholengemeenschap|Gymnasium)\b|-(?:college|lyceum|school)\b", text[sp.end:]):
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


# ---------------------------------------------------------------- all together


def _resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: the more certain type first, then the longer one."""
    chosen: list[Span] = []
    for s in sorted(spans, key=lambda s: (-PRIORITY[s.type], -(s.end - s.start), s.start)):
        if not any(s.start < c.end and c.start < s.end for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


def find_personal_data(text: str, kind: str = "klacht") -> list[Span]:
    """All personal data of private persons in `text`, as non-overlapping spans in order.

    `kind` is the document kind. A published "uitspraak" is already anonymised by
    rechtspraak.nl ("[eiser]", "[adres]"): there only numbers, e-mail addresses, plates and
    birth dates are looked for; the names left (judges, lawyers, experts) stay.
    """
    own_kept = _own_kept(text)
    f = _Found(text)
    _emails(f)
    _ibans(f)
    _bsns(f, labelled_only=(kind == "uitspraak"))
    _phones(f)
    _spoken_phones(f)
    _plates(f)
    _birthdates(f)
    if kind == "uitspraak":
        # rechtspraak.nl has already replaced the names and addresses of private persons by
        # [eiser], [adres] ...; the names left are the judges', lawyers' and experts'.
        return _resolve(f.spans)
    addresses = _addresses(f, own_kept)  # "Burgemeester Hogguerstraat": a title in a street name stays a street
    _postcodes(f, addresses)
    first = _resolve(f.spans)
    postcodes = [s for s in first if s.type == "POSTCODE"]
    addresses = [s for s in first if s.type == "ADRES"]
    _places(f, addresses, postcodes, own_kept)
    _names(f, own_kept, kind)
    _cyrillic_names(f)
    _drop_non_persons(f)
    f.spans = _resolve(f.spans)
    _names_in_company(f, own_kept)
    _drop_non_persons(f)
    f.spans = _resolve(f.spans)
    _extend_names(f, own_kept)
    f.spans = _resolve(_union_persons(f.spans))
    _propagate(f, own_kept)
    _language_filter(f, set())
    _drop_letterhead(f)
    return _final_person_checks(_merge_adjacent_names(_resolve(f.spans), text), text)


_FIRM_LINE = re.compile(r"(?i)\b(?:advocaten|advocatuur|advocatenkantoor|notarissen|notariaat|deurwaarders|"
                        r"gerechtsdeurwaarders|bewindvoering|b\.v\.|bv|n\.v\.)[ \t]*$")


# Session 7 ('middag', 'avond'): a firm's or team's name anywhere on the line above an address
# ("ADVOCATENKANTOOR VAN 'T HEK & AMRANI", "Hoekstra Bewind & Budget", "Maatschappelijk werker | Wijkracht
# Enschede") and a labelled visiting or postal address mark an organisation's address.
_FIRM_WORDS = re.compile(r"(?i)\b(?:advoca\w*|bewind\w*|notari\w*|\w*deurwaarder\w*|\w*kantoor|wijkteam\w*|"
                         r"maatschappelijk werk\w*|wijkcoach|schuldhulp\w*|stichting)\b|\s\|\s")
_ORG_BEFORE_ADDRESS = re.compile(rf"(?i)\w*(?:{'|'.join(ORG_ENDINGS + ('praktijk', 'advocaten'))})\b[^,\n]{{0,20}},[ \t]*$")
_ORG_ADDRESS_LABEL = re.compile(r"(?i)\b(?:bezoek|post|kantoor|vestigings|correspondentie)adres\s*:\s*$")


def _drop_letterhead(f: _Found) -> None:
    """A firm's address block ("Yıldız Haags Advocaten / Prinsegracht 21, 2512 EW Den Haag") is
    no private person's address ('eind' round, 28 Nov 2026): the address on the line after a
    firm's name, and the postcode and place on that line and the next, stay."""
    text = f.text
    drop: list[tuple[int, int]] = []
    for sp in f.spans:
        if sp.type != "ADRES":
            continue
        line_start = text.rfind("\n", 0, sp.start) + 1
        same_line = text[line_start:sp.start]
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


def _language_filter(f: _Found, checked: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop name and place hits that the language layer knows as an organisation, court or
    (for names) a place. The finders run only on short windows around the hits, so a long
    ruling costs little. Returns the organisation spans seen."""
    text = f.text
    todo = sorted((s.start, s.end) for s in f.spans
                  if s.type in ("PERSOON", "WOONPLAATS") and (s.start, s.end) not in checked)
    windows: list[tuple[int, int]] = []
    for a, b in todo:
        a, b = max(0, a - 60), min(len(text), b + 60)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    kept: list[tuple[int, int]] = []
    places: set[tuple[int, int]] = set()
    for a, b in windows:
        part = text[a:b]
        kept += [(a + s, a + e) for s, e in _language_kept(part)]
        places |= {(a + s, a + e) for s, e in find_places(part)}
    f.spans = [s for s in f.spans
               if (s.start, s.end) in checked or s.type not in ("PERSOON", "WOONPLAATS")
               or not (_overlaps((s.start, s.end), kept) or (s.type == "PERSOON" and (s.start, s.end) in places))]
    return kept
