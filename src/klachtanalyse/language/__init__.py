"""Stage 2, language: the Dutch legal language layer on spaCy (blank "nl" + own components).

Public face (names kept stable; see docs/language.md):

    load(name="klacht_nl") -> spacy.Language   the whole pipeline, built once per process
    sentences(text) -> list[(start, end)]      legal sentence boundaries, no spaCy
    find_ecli / find_references / find_amounts / find_dates / find_gemeenten /
    find_instanties / find_organisations / find_household (text) -> list[Match]
    find_all(text) -> dict[group, list[Match]]
    qualify(text, start, end) -> Qualifiers(negated, hypothetical, past, subject)
    unticked_before(text, pos) -> bool         an empty tick box ("[ ]") right before pos on a form
    blank_pseudo_negations(text) -> str        "niet in geschil" and other non-denials blanked, offsets kept
    gemeente_of(place) -> str | None           "Hoogezand" -> "Midden-Groningen"
    court_of_ecli_code(code) -> str | None     "RBAMS" -> "Rechtbank Amsterdam"
    wetsartikelen(text) -> list[str]           sorted unique "art. 7:231 BW" forms

spaCy: doc.spans["ecli" | "wetsverwijzing" | "bedrag" | "datum" | "gemeente" | "instantie" |
"organisatie" | "huishouden"], each span with ._.waarde, ._.info, ._.negated,
._.hypothetical, ._.past, ._.subject.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from klachtanalyse.language.amounts import find_amounts, find_dates
from klachtanalyse.language.context import blank_pseudo_negations, qualify, unticked_before
from klachtanalyse.language.entities import find_household, find_instanties, find_organisations
from klachtanalyse.language.gazetteer import court_of_ecli_code, current_gemeenten, gemeente_of, find_gemeenten
from klachtanalyse.language.matches import Match, Qualifiers
from klachtanalyse.language.references import find_ecli, find_references, short_law_name
from klachtanalyse.language.sentences import sentence_around, sentences

__all__ = [
    "GROUPS",
    "blank_pseudo_negations",
    "Match",
    "Qualifiers",
    "config_path",
    "court_of_ecli_code",
    "current_gemeenten",
    "find_all",
    "find_amounts",
    "find_dates",
    "find_ecli",
    "find_gemeenten",
    "find_household",
    "find_instanties",
    "find_organisations",
    "find_references",
    "gemeente_of",
    "load",
    "qualify",
    "sentence_around",
    "short_law_name",
    "sentences",
    "unticked_before",
    "wetsartikelen",
]

GROUPS: tuple[str, ...] = (
    "ecli", "wetsverwijzing", "bedrag", "datum", "gemeente", "instantie", "organisatie", "huishouden",
)
_NAMES = ("klacht_nl", "klachtanalyse", "default")
_lock = threading.Lock()


def config_path() -> Path:
    """The spaCy config of the whole pipeline (data/config.cfg), for spacy.util.load_model_from_config."""
    return Path(__file__).with_name("data") / "config.cfg"


@lru_cache(maxsize=4)
def _load(name: str, disable: tuple[str, ...]):
    import spacy
    from spacy.util import load_config, load_model_from_config

    from klachtanalyse.language import components, tokenizer  # noqa: F401  (registers factories)

    if name in _NAMES:
        cfg = load_config(config_path())
    else:
        path = Path(name)
        if not path.is_file():
            raise ValueError(f"onbekende taalpijplijn '{name}': gebruik 'klacht_nl' of het pad van een spaCy-config")
        cfg = load_config(path)
    nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data (offline)
    for pipe in disable:
        if pipe in nlp.pipe_names:
            nlp.disable_pipe(pipe)
    return nlp


def load(name: str = "klacht_nl", disable: tuple[str, ...] | list[str] = ()):
    """The whole language pipeline, built once per process and shared (thread-safe build).

    `name` is "klacht_nl" (the shipped config) or the path of a spaCy config file that uses
    our factories. `disable` switches off components by name (e.g. ("lemmatizer",)).
    """
    if name not in _NAMES and Path(name).is_file() and Path(name).resolve() == config_path().resolve():
        name = _NAMES[0]  # the shipped config by its path: the same cached pipeline
    with _lock:
        return _load(name, tuple(disable))


def find_all(text: str, groups: tuple[str, ...] | list[str] = GROUPS) -> dict[str, list[Match]]:
    """Every span group on raw text, without spaCy (what the spaCy component fills)."""
    from klachtanalyse.language.components import finders

    f = finders()
    return {g: f[g](text) for g in groups}


def wetsartikelen(text: str) -> list[str]:
    """The statute articles a text cites, in the contract's string form, sorted and unique."""
    return sorted({m.value for m in find_references(text)})
