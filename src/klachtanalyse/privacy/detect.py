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

from klachtanalyse.privacy.common import (
    TYPES, Span, _Found, _language_kept, _overlaps, _own_kept, _resolve, find_kept, find_places,
)
from klachtanalyse.privacy.numbers import (
    _birthdates, _birthdates_after_names, _bsns, _emails, _ibans, _phones, _plates, _spoken_phones,
)
from klachtanalyse.privacy.addresses import _addresses, _drop_letterhead, _postcodes
from klachtanalyse.privacy.places import _places
from klachtanalyse.privacy.names import _cyrillic_names, _names
from klachtanalyse.privacy.name_checks import (
    _drop_non_persons, _extend_names, _final_person_checks, _merge_adjacent_names, _names_in_company, _propagate,
    _union_persons,
)

__all__ = ["TYPES", "Span", "find_kept", "find_personal_data"]


# A form printed with dot leaders ("Voornamen ............ Fabiana Aparecida"): the leader is the field's colon
# (session 13, 'motregen'). Replaced by ":" and spaces of the same length, so every offset stays the same.
# (Four dots or more: three are an ellipsis, "Ik weet het niet... maar".)
_DOT_LEADER = re.compile(r"(?m)^([ \t]*[^\W\d_][^\n.:]{1,40}?)([ \t]*(?:\.[ \t]?){4,}[ \t]*)(?=\S)")


def _dot_leaders_as_colons(text: str) -> str:
    return _DOT_LEADER.sub(lambda m: m.group(1) + ":" + " " * (len(m.group(2)) - 1), text)


def find_personal_data(text: str, kind: str = "klacht") -> list[Span]:
    """All personal data of private persons in `text`, as non-overlapping spans in order.

    `kind` is the document kind. A published "uitspraak" is already anonymised by
    rechtspraak.nl ("[eiser]", "[adres]"): there only numbers, e-mail addresses, plates and
    birth dates are looked for; the names left (judges, lawyers, experts) stay.
    """
    text = _dot_leaders_as_colons(text)
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
    final = _final_person_checks(_merge_adjacent_names(_resolve(f.spans), text), text)
    # dates right after a name: only after the names that survived every check ("Rotterdam, 2 november 2026")
    return _resolve(final + _birthdates_after_names(text, final))


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
