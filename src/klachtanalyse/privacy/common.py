"""What every privacy rule shares: the span types, the `Span` and `_Found` records, the regular expressions
built from `data/patronen.yaml`, what stays (`find_kept`), the gazetteer of places and the small word tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from klachtanalyse.privacy import lexicon


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
    # (session 12: up to two hyphens, "Tjon-A-Loi", "Lie-A-Fo")
    surname = rf"(?<![\w'’-])(?:(?:(?i:{tv})\s+)*{CAPWORD}(?:[ \t]?-[ \t]?(?:(?i:{tv})\s+)*{CAPWORD}){{0,2}})"
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
        # (session 12: also two spaces, "1073  TN", as a form or a careless copy leaves them)
        # (session 12, 'sneeuwstorm': not the year of a date followed by a writer's initials, "15-01-2025 TH: belde")
        "postcode": re.compile(r"(?<![\w/])(?<!\d[-.])([1-9]\d{3})(?:\s|[ \u00a0]{2})?(?!SA|SD|SS)([A-Z]{2})(?![\w])"),
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
            rf"(?i:(?<!\w)(?:{_alts(p['geboorte_labels'])}))(?:\s*(?:ouder\s*\d|kind\s*\d|ik|mij|moeder|vader|partner|aanvrager|aanvraagster|cli[eë]nte?|kind|zoon|dochter|jongste|oudste|is|was|op|in|:|d\.d\.|\(|,|volgens\s+[\w-]+|van\s+(?:mij|hem|haar)|dat\s+(?:is|was)|in\s+[A-Z][\w.]{{1,11}}(?=\s*,))\s*)*"
            # session 11 ('storm'): ISO dates ("Geb.datum: 1981-09-05") and a two-digit year ("15 okt '89")
            rf"\s*((?:(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})|(?:\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{2,4}})|(?:\d{{1,2}}(?:e)?\s+(?i:{MONTHS})\.?(?:\s+(?:\d{{4}}|['’]\d{{2}}))?)|(?:(?i:{MONTHS})\s+\d{{4}})|(?:(?:19|20)\d{{2}}))(?![\w])"
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
        # (session 12, 'bliksem': the first name in brackets between, "J. (Jorien) Brouwer")
        "initials_name": re.compile(rf"(?<![\w.])(?!(?:B\.V|N\.V|C\.V|V\.O\.F|U\.A|O\.Z|N\.Z|W\.Z|Z\.Z)\.)({INITIALS})[ \t]*(?:\([ \t]*{CAPWORD}[ \t]*\)[ \t]+)?({surname})"),
        "surname": re.compile(surname),
        "capword": re.compile(CAPWORD),
        "word": re.compile(rf"{WORD}(?:-{WORD})?"),
        "title": re.compile(rf"(?<![\w])(?i:{_alts(p['titels'])})(?![\w])"),
    }


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
    capital_tails = lexicon.kept().get("staartwoorden_hoofdletter") or []
    if not tails and not capital_tails:
        return None
    ends = [f"(?i:{_alts(tails)})"] if tails else []
    ends += [_alts(list(capital_tails) + [w.upper() for w in capital_tails])] if capital_tails else []
    # (session 12: the Latin "a" inside, "Thomas a Kempis College"; not "van de": "Carla van de opvang" is a person)
    return re.compile(rf"(?<![\w])(?:{CAPWORD}|[IVX]{{1,4}})[ \t]+(?:(?:{CAPWORD}|[IVX]{{1,4}}|a|à)[ \t]+){{0,3}}(?:{'|'.join(ends)})(?![\w])")

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
            # an organisation's name ends at a blank line or before a greeting on the next line: "intake jeugdteam
            # <blank line> Hoi Marloes," is no team called "Hoi Marloes" (session 12, 'bliksem')
            brk = re.search(r"\n[ \t]*\n|\n[ \t]*(?i:hoi|hallo|hey|beste|geachte|lieve|dag|goedemorgen|goedemiddag)\b", m.group(0))
            if brk:
                end = min(end, m.start() + brk.start())
        head_word = m.group(0).split()[0].lower()
        if head_word in GENERIC_HEADS:
            # "school van Anas en Yassir": after a generic head, "van"/"en" lead to people, not to a name
            # ("Centrum voor Dienstverlening Groningen" and "Stichting voor ..." keep their "voor")
            cut = re.search(r"\s(?:van|en|&)\s" if head_word in ("centrum", "stichting", "vereniging") else r"\s(?:van|en|voor|&)\s", m.group(0))
            if head_word in ("centrum", "stichting", "vereniging"):
                # a name already given before "voor" ends there: "Stichting Leergeld voor Omid" (session 12, 'bliksem')
                named_voor = re.match(r"\S+\s+(?:[A-Z]\S*\s+)+voor\s", m.group(0))
                if named_voor and (not cut or named_voor.end() < cut.start()):
                    cut = re.search(r"\svoor\s", m.group(0)[: named_voor.end()])
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


def _is_stop(word: str) -> bool:
    return word.lower() in lexicon.stopwords()


def _stop_core(name: str) -> bool:
    """Is `name` no name: a common word ("van de Gemeente"), an acronym ("RVV"), a letter?"""
    tv = _rx()["tv"]
    words = [w.strip(".") for w in name.replace("-", " ").split()]
    # the "A" inside a Surinamese-Chinese surname ("Tjon-A-Loi", "Lie-A-Fo") is part of it (session 12)
    inner = {w for tok in name.split() for w in tok.split("-")[1:-1] if len(w) == 1 and w.isupper()}
    words = [w for w in words if w not in inner]
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

# A chat line's header: "[14-01-2026 22:47] ", "ma 08:12 ", "12-03-2023 14:05 - ", and (session 12, 'bliksem') a
# date without its year: "[14-11 21:04] ".
CHAT_HEAD = (r"(?:\[?(?:(?:ma|di|wo|do|vr|za|zo)[ \t]+)?(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)?"
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
    # "H.P.M. (Henk) Sijtsma": the word in brackets is the first name the person goes by
    called = re.search(r"\(\s*([^\W\d_][\w'’-]*)\s*\)", name)
    if called:
        name = name[:called.start()] + name[called.end():]
    tokens = name.replace("’", "'").split()
    initials = [t for t in tokens if re.fullmatch(r"(?:[^\W\d_]{1,3}\.-?)+", t)]
    rest = [t for t in tokens if t not in initials]
    init = "".join(c for t in initials for c in t if c.isalpha() and c.isupper()).lower() or None
    if called:
        return {"first": called.group(1).lower(), "initials": init, "surname": " ".join(rest).lower() or None}
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

DATE_NUMERIC = r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d{2}"

# A table's header line: columns apart by two spaces or more, or (session 10, 'dooi') a markdown table "| naam | ... |"
_TABLE_LINE = r"(?=[^\n]*(?:\S {2,}\S|\|[^\n]*\|))"

_BIRTH_COLUMN = re.compile(rf"(?im)^{_TABLE_LINE}[^\n]*\b(?:geb\.?\s?datum|geboortedatum|geboren)\b[^\n]*$")

_BSN_COLUMN = re.compile(rf"(?m)^{_TABLE_LINE}[^\n]*\b(?:BSN|(?i:burgerservicenummer))\b[^\n]*$")


def _table_rows(text: str, header: re.Pattern = _BIRTH_COLUMN) -> list[tuple[int, int]]:
    """The lines under a table header that has the column `header` looks for (date of birth by default, or BSN),
    up to the first blank line."""
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
# (session 11, 'storm': "- Ayaan, m, 13/04/2012" with a one-letter field, "Broertje: Wessel, groep 3, 4-1-2020" after a
# kin label, two fields between name and date; 'onweer': "- Lana 02-04-2012" with a space only)
LISTED_CHILD = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*]|(?i:broer(?:tje)?|zus(?:je)?|zoon|dochter|kind(?:[ \t]*\d)?)[ \t]*:)[ \t]+([A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)"
                          r"(?:[ \t]*,[ \t]*[a-zà-ÿ]{1,20}(?:[ \t]+(?:[a-zà-ÿ]{2,20}|\d{1,2}))?){0,2}"
                          r"(?:[ \t]*[–—,-][ \t]*|[ \t]+)(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})[ \t]*$")


def _known_place_lower(word: str) -> bool:
    """A place name written in lower case ("almere", "velsen-noord") that the gazetteer knows."""
    cap = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    cap = " ".join(p[:1].upper() + p[1:] for p in cap.split(" "))
    found = find_places(f"in {cap} ")  # (the gazetteer wants the place in a sentence: "Ede" alone is not found)
    return (3, 3 + len(cap)) in found

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

# Words that slip through as "names" in legal text and must never be spread over a document.
NOT_NAMES = {"land", "beslissing", "daarbij", "daartoe", "activiteiten", "overgelegd", "laboratorium",
             "protocol", "beide", "staat", "rijk", "college", "raad", "directeur", "minister",
             "staatssecretaris", "ministerie", "gemeente", "rechtbank", "verweerder", "eiser", "eiseres",
             "gedaagde", "appellant", "appellante", "verzoeker", "verzoekster", "huurder", "verhuurder"}

# Last words of an organisation whose name opens with a first name ("Leonardo da Vinci College").
ORG_TAILS = {"college", "lyceum", "school", "scholengemeenschap", "academie", "gymnasium", "ziekenhuis",
             "kliniek", "stichting", "kabel", "fabriek", "bakkerij", "supermarkt", "centrum", "huis"}

# ... also as the end of one word: "Annie M.G. Schmidtschool" (session 7)
ORG_ENDINGS = ("school", "college", "lyceum", "kliniek", "ziekenhuis", "academie", "centrum", "opvang")   # "Tolkcentrum Brabant" (session 8); "Noodopvang De Herberg" (session 10)


@lru_cache(maxsize=1)

def _kin_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.patterns()["relaties"])


def _resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: the more certain type first, then the longer one."""
    chosen: list[Span] = []
    for s in sorted(spans, key=lambda s: (-PRIORITY[s.type], -(s.end - s.start), s.start)):
        if not any(s.start < c.end and c.start < s.end for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)

# Session 7 ('middag', 'avond'): a firm's or team's name anywhere on the line above an address
# ("ADVOCATENKANTOOR VAN 'T HEK & AMRANI", "Hoekstra Bewind & Budget", "Maatschappelijk werker | Wijkracht
# Enschede") and a labelled visiting or postal address mark an organisation's address.
# (session 12, 'mist': also "Huisartsenpraktijk Van Dalen" and a line that is only "gemeente Almere")
_FIRM_WORDS = re.compile(r"(?i)\b(?:advoca\w*|bewind\w*|notari\w*|\w*deurwaarder\w*|\w*kantoor|wijkteam\w*|"
                         r"maatschappelijk werk\w*|wijkcoach|schuldhulp\w*|stichting|\w*praktijk)\b|\s\|\s"
                         r"|^[ \t]*(?:aan[ \t]+(?:de[ \t]+)?)?gemeente[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*$")
