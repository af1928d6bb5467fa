"""Rules as data: regular expressions and word lists from data/rules.yaml, qualified by the
language layer (negation, hypothetical, subject), each hit citing its rule id.

Rules serve twice: as the transparent rules-only backend, and as high-precision evidence
that the trained default combines with its sentence model.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from klachtanalyse.classify.text import Sentence, fold
from klachtanalyse.language import unticked_before

log = logging.getLogger(__name__)

DEFAULT_RULES = Path(__file__).with_name("data") / "rules.yaml"
_LIST = re.compile(r"\{(\w+)\}")


class RuleError(ValueError):
    """A rules file that cannot be used (bad regex, unknown field): one line that says where."""


@dataclass(slots=True)
class Rule:
    id: str
    label: str
    pattern: re.Pattern
    with_: re.Pattern | None = None
    without: re.Pattern | None = None
    negated: str = "block"  # block | require | ignore
    hypothetical: str = "allow"  # allow | block
    subject: str | None = None  # "kind", "ouder", "!kind", ...
    weight: float = 0.7

    @property
    def needs_qualifiers(self) -> bool:
        return self.negated != "ignore" or self.hypothetical == "block" or self.subject is not None


@dataclass(slots=True)
class Hit:
    """One rule match: the theme (or ground), rule id, sentence index and matched span."""

    label: str
    rule: str
    sentence: int
    start: int
    end: int
    weight: float


def _compile(src: str, lists: dict[str, str], where: str) -> re.Pattern:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in lists:
            raise RuleError(f"{where}: onbekende woordenlijst {{{name}}}")
        return lists[name]

    try:
        return re.compile(_LIST.sub(sub, src))
    except re.error as err:
        raise RuleError(f"{where}: ongeldige reguliere expressie ({err})") from None


def _qualify_fn():
    try:
        from klachtanalyse.language import qualify  # type: ignore[attr-defined]

        return qualify
    except ImportError:  # an older language layer: no qualifiers, say so once
        log.warning("taallaag zonder qualify(): ontkenning wordt niet herkend")
        return None


class RuleSet:
    """Compiled theme rules and ground rules from one YAML file."""

    def __init__(self, themes: list[Rule], grounds: list[Rule], ground_context: re.Pattern | None, source: str,
                 ground_context_denied: re.Pattern | None = None):
        self.themes = themes
        self.ground_rules = grounds
        self.ground_context = ground_context
        # a denial just before a context match voids it: "ik wil niet dat ze eruit gezet worden"
        self.ground_context_denied = ground_context_denied
        self.source = source
        self.text: str | None = None
        self._qualify = _qualify_fn()
        self._union: dict[int, re.Pattern | None] = {}

    @classmethod
    def from_yaml(cls, path: str | Path = DEFAULT_RULES) -> "RuleSet":
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
            data = yaml.safe_load(raw)
        except (OSError, yaml.YAMLError) as err:
            raise RuleError(f"regelbestand {path} onleesbaar: {type(err).__name__}") from None
        lists = {k: v for k, v in (data.get("lists") or {}).items()}
        themes: list[Rule] = []
        seen: set[str] = set()
        for theme, rules in (data.get("themes") or {}).items():
            for spec in rules:
                themes.append(_rule(spec, theme, lists, path))
        g = data.get("grounds") or {}
        grounds = [_rule(spec, spec.get("label", ""), lists, path) for spec in g.get("rules", [])]
        for r in themes + grounds:
            if r.id in seen:
                raise RuleError(f"{path}: regel-id {r.id} komt twee keer voor")
            seen.add(r.id)
        ctx = _compile(g["context"], lists, f"{path}: grounds.context") if g.get("context") else None
        denied = _compile(g["context_without"], lists, f"{path}: grounds.context_without") if g.get("context_without") else None
        rs = cls(themes, grounds, ctx, str(path), denied)
        rs.text = raw  # what was compiled, for a model to keep (model.py): the file may change later
        return rs

    def rule_ids(self) -> list[str]:
        return [r.id for r in self.themes]

    def _ok(self, rule: Rule, text: str, start: int, end: int, sentence: tuple[int, int] | None = None) -> bool:
        if not rule.needs_qualifiers or self._qualify is None:
            return rule.negated != "require" or self._qualify is None and _crude_negated(text, start, end)
        q = self._qualify(text, start, end, sentence=sentence)
        if rule.negated == "block" and q.negated:
            return False
        if rule.negated == "require" and not q.negated:
            return False
        if rule.hypothetical == "block" and q.hypothetical:
            return False
        if rule.subject:
            want = rule.subject.lstrip("!")
            if rule.subject.startswith("!") and q.subject == want:
                return False
            if not rule.subject.startswith("!") and q.subject not in (None, want):
                return False
        return True

    def _scan(self, rules: list[Rule], text: str, folded: str, sents: list[Sentence], only: list[int] | None = None) -> list[Hit]:
        if only is not None:
            return self._scan_some(rules, text, folded, sents, only)
        starts = [s.start for s in sents]
        hits: list[Hit] = []
        for rule in rules:
            done: set[int] = set()
            for m in rule.pattern.finditer(folded):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i < 0 or i in done:
                    continue
                s = sents[i]
                if m.start() >= s.end:
                    continue
                if m.end() > s.end:  # crossed a sentence end: try again inside the sentence
                    m = rule.pattern.search(folded, m.start(), s.end)
                    if m is None:
                        continue
                if not self._fires(rule, text, folded, s, m):
                    continue
                done.add(i)
                hits.append(Hit(rule.label, rule.id, i, m.start(), m.end(), rule.weight))
        return hits

    def _fires(self, rule: Rule, text: str, folded: str, s: Sentence, m) -> bool:
        """A pattern match in sentence `s` counts when its `with`/`without` words and qualifiers agree."""
        if rule.with_ is not None and not rule.with_.search(folded, s.start, s.end):
            return False
        if rule.without is not None and rule.without.search(folded, s.start, s.end):
            return False
        # the classifier's own sentence: the qualifiers need not split a long ruling a second time
        return self._ok(rule, text, m.start(), m.end(), (s.start, s.end))

    def _any_of(self, rules: list[Rule]) -> re.Pattern | None:
        """One pattern that matches wherever any of `rules` could: a sentence it does not match
        needs no rule-by-rule look (most sentences of a long ruling)."""
        key = id(rules)
        if key not in self._union:
            try:
                self._union[key] = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules)) if rules else None
            except re.error:
                self._union[key] = None
        return self._union[key]

    def _scan_some(self, rules: list[Rule], text: str, folded: str, sents: list[Sentence], only: list[int]) -> list[Hit]:
        """The same hits, looking only inside the given sentences (long rulings, pre-filtered)."""
        hits: list[Hit] = []
        union = self._any_of(rules)
        if union is not None:
            only = [i for i in only if union.search(folded, sents[i].start, sents[i].end)]
        for rule in rules:
            for i in only:
                s = sents[i]
                m = rule.pattern.search(folded, s.start, s.end)
                if m is None:
                    continue
                if self._fires(rule, text, folded, s, m):
                    hits.append(Hit(rule.label, rule.id, i, m.start(), m.end(), rule.weight))
        return hits

    def theme_hits(self, text: str, sents: list[Sentence], folded: str | None = None, only: list[int] | None = None) -> list[Hit]:
        """Every (rule, sentence) that fires, at most one hit per rule and sentence.

        `only`: indices of the sentences to look in (None: all).
        """
        return self._scan(self.themes, text, folded if folded is not None else fold(text), sents, only)

    def grounds(self, text: str, sents: list[Sentence], folded: str | None = None, only: list[int] | None = None) -> list[Hit]:
        """Ground hits, only in documents that speak of an eviction or closure at all."""
        folded = folded if folded is not None else fold(text)
        if self.ground_context is not None and not self._eviction_spoken_of(folded):
            return []
        hits = self._scan(self.ground_rules, text, folded, sents, only)
        # a ground after a form's empty tick box ("[ ] overlast") is a ground not chosen (session 10, extern-34)
        return [h for h in hits if not unticked_before(folded, h.start)]

    def _eviction_spoken_of(self, folded: str) -> bool:
        """A match of the ground context with no denial in the 60 characters before it."""
        for m in self.ground_context.finditer(folded):
            if self.ground_context_denied is None or not self.ground_context_denied.search(folded, max(0, m.start() - 60), m.start()):
                return True
        return False


_CRUDE_NEG = re.compile(r"\b(?:niet|geen|nooit|niemand|nergens|niets|niks|zonder)\b")


def _crude_negated(text: str, start: int, end: int) -> bool:
    """Only without the language layer: a negation word within 60 characters of the match."""
    window = fold(text[max(0, start - 60) : min(len(text), end + 60)])
    return bool(_CRUDE_NEG.search(window))


def _rule(spec: dict[str, Any], label: str, lists: dict[str, str], path: Path) -> Rule:
    rid = spec.get("id")
    if not rid or "pattern" not in spec:
        raise RuleError(f"{path}: elke regel heeft een id en een pattern nodig ({label})")
    where = f"{path}: regel {rid}"
    unknown = set(spec) - {"id", "label", "pattern", "with", "without", "negated", "hypothetical", "subject", "weight"}
    if unknown:
        raise RuleError(f"{where}: onbekend veld {sorted(unknown)[0]}")
    negated = spec.get("negated", "block")
    hypo = spec.get("hypothetical", "allow")
    if negated not in ("block", "require", "ignore") or hypo not in ("block", "allow"):
        raise RuleError(f"{where}: negated moet block/require/ignore zijn, hypothetical block/allow")
    return Rule(
        id=rid,
        label=label,
        pattern=_compile(spec["pattern"], lists, where),
        with_=_compile(spec["with"], lists, where) if spec.get("with") else None,
        without=_compile(spec["without"], lists, where) if spec.get("without") else None,
        negated=negated,
        hypothetical=hypo,
        subject=spec.get("subject"),
        weight=float(spec.get("weight", 0.7)),
    )


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> RuleSet:
    """The rule set, compiled once per process."""
    return RuleSet.from_yaml(path or DEFAULT_RULES)
