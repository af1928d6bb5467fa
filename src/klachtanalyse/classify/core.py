"""The one classifier interface and the sentence-to-document aggregation every backend shares.

A backend only scores sentences (probability per theme). This module finds the sentences,
adds the rules' hits, takes per theme the best sentence as the document score (max), applies
the per-theme thresholds tuned on dev, and quotes the best sentences as evidence. So every
label carries evidence whose offsets index the document text, whatever the backend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from klachtanalyse.classify.rules import Hit, RuleSet, load_rules
from klachtanalyse.classify.stacking import context_cues, household_without_children
from klachtanalyse.classify.taxonomy import GROUNDS, THEMES
from klachtanalyse.classify.text import Sentence, fold, sentences, with_neighbours
from klachtanalyse.document import Evidence, Label

# Long documents (rulings, policies) only send sentences that touch the domain to the model;
# complaints are short enough to score every sentence. Source: the theme vocabulary of
# data/rules.yaml, widened by hand.
PREFILTER_FROM = 60  # sentences
MIN_WORDS = 3  # shorter sentences are left to the rules
LONG_CHARS = 12_000  # characters; about 1,800 words
_LINE = re.compile(r"[^\n]+")
_PREFILTER = re.compile(
    r"\b(?:kind\w*|zoon|dochter|jongens|meisjes|baby|minderjarig\w*|gezin\w*|ouders?|moeder|vader|school\w*"
    r"|ontruim\w*|uitzet\w*|huisuitzetting\w*|woning\w*|woonruimte|onderdak|huisvesting|opvang\w*|dakloos\w*"
    r"|straat|hotel|vakantiepark|bank|familie|tijdelijk\w*|urgentie|zelf|wachtlijst|verantwoordelijk\w*"
    r"|informatie|geinformeerd|brief|uitleg|onduidelijk\w*|bericht|stress\w*|angst\w*|bang|zorgen|schuld\w*"
    r"|achterstand\w*|signal\w*|melding|hulp\w*|wijkteam|gemeente\w*|belang\w*|welzijn|gezondheid|ontwikkeling"
    r"|willekeur\w*|ongelijk\w*|vrijblijvend\w*|overleven|psychisch\w*|bewind\w*"
    # the grounds' words, so long documents still state their ground
    r"|huur\w*|overlast\w*|hennep\w*|drugs\w*|opiumwet|13b|onderhuur\w*|onderverhuur\w*|woonfraude|hoofdverblijf"
    r"|sloop\w*|renovatie\w*|eigen gebruik|hypotheek\w*)\b"
)




def with_rule_features(text: str, folded: str, hits: list[Hit]) -> str:
    """The sentence as the model reads it: its words plus tokens for the rules that fired
    (rule id and theme) and for a child being named, so the model learns how far to trust
    each rule in context instead of a fixed weight."""
    extra = sorted({"xr" + h.rule.replace(".", "") for h in hits} | {"xt" + h.label.replace("_", "") for h in hits})
    if context_cues()["kinderen"].search(folded):
        extra.append("xkind")
    return text + (" " + " ".join(extra) if extra else "")


class SentenceScorer(Protocol):
    """A trained sentence model: probability of each theme (THEMES order) per sentence."""

    name: str

    def score(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class Scored:
    """One document as the classifier sees it: sentences, rule hits and the score matrices."""

    text: str
    sents: list[Sentence]
    hits: list[Hit]
    model: np.ndarray  # (n_sentences, n_themes) sentence-model probabilities, 0 where not scored
    rules: np.ndarray  # (n_sentences, n_themes) noisy-OR of rule weights
    static: np.ndarray | None = None  # (n_sentences, n_themes) word-vector model, if the model has one
    context: np.ndarray | None = None  # (n_sentences, n_themes) word-vector model on sentence + neighbours
    stacked: np.ndarray | None = None  # (n_themes,) the stacker's document probabilities, if any
    mixed: np.ndarray = field(init=False)  # the sentence models averaged
    combined: np.ndarray = field(init=False)  # mixed and rules, noisy-OR

    def __post_init__(self) -> None:
        self.mixed = self.model if self.static is None else (self.model + self.static) / 2.0
        self.combined = 1.0 - (1.0 - self.mixed) * (1.0 - self.rules)

    def doc_scores(self) -> np.ndarray:
        if not len(self.sents):
            return np.zeros(len(THEMES))
        if self.stacked is not None:
            return self.stacked
        return self.combined.max(axis=0)


class Classifier:
    """Themes with score and evidence for one document, and the eviction grounds it states.

    `scorer` None gives the rules-only backend. `rule_weights` (rule id -> confidence) replace
    the YAML weights where a training run measured them; `use_rules` False leaves rules out of
    the theme scores (they still give the grounds). The default model adds `static` (a second
    sentence model on word vectors, averaged with `scorer`), `doc_scorer` and `doc_static` (a
    textcat and a word-vector model that read the whole document), `context_static` (a
    word-vector model on each sentence with its neighbours) and `stacker` (stacking.py), which
    turns them into document scores.
    """

    def __init__(
        self,
        scorer: SentenceScorer | None = None,
        thresholds: dict[str, float] | None = None,
        rules: RuleSet | None = None,
        rule_weights: dict[str, float] | None = None,
        use_rules: bool = True,
        rule_features: bool = False,
        name: str = "rules",
        version: str = "1",
        max_evidence: int = 3,
        static: SentenceScorer | None = None,
        doc_scorer: SentenceScorer | None = None,
        stacker=None,
        doc_static: SentenceScorer | None = None,
        context_static: SentenceScorer | None = None,
        families_only: bool = True,
        spoken_cut: bool = False,
        home_loss_cue: int = 1,
    ):
        self.scorer = scorer
        self.static = static
        self.doc_scorer = doc_scorer
        self.stacker = stacker
        self.doc_static = doc_static
        self.context_static = context_static
        self.rules = rules or load_rules()
        # cut transcribed voice messages where the speaker turns (text.sentences); a model
        # keeps the reading it was trained with (model.json "spoken_cut")
        self.spoken_cut = spoken_cut
        # which version of the "loss of a home at stake" cue the stacker was fitted with
        # (stacking.home_loss; model.json "woningverlies_cue", absent = 1)
        self.home_loss_cue = home_loss_cue
        # Grounds are plain rules, not learned: they always come from the package's rule file, even
        # when a saved model brings the theme rules it was trained with (model.py, regels.yaml).
        self.ground_rules = load_rules()
        self.rule_weights = rule_weights or {}
        self.use_rules = use_rules
        self.rule_features = rule_features
        self.thresholds = {t: 0.5 for t in THEMES}
        self.thresholds.update(thresholds or {})
        self.name = name
        self._version = version
        self.max_evidence = max_evidence
        # the families-only reading: a household stated to have no children gets no themes
        # (docs/classify.md, "Which households"); False gives themes to every household
        self.families_only = families_only
        self.info: dict = {}
        self._prepared: dict[int, tuple] = {}

    @property
    def version(self) -> str:
        """The model's version (model.json); the store re-analyses files when it changes.

        A property, not an instance attribute, so that setting `Classifier.version` on the
        class (as the store's tests do) reaches every instance."""
        return self._version

    # -- scoring ---------------------------------------------------------------------------
    def _prepare(self, text: str) -> tuple[list[Sentence], str, list[int] | None]:
        """Sentences, folded text and (long documents) the pre-filtered sentence indices.

        Kept for the last few texts: `classify` and `grounds` of one document share them.
        """
        key = hash(text)
        hit = self._prepared.get(key)
        if hit is not None and hit[0] == text:
            return hit[1]
        folded = fold(text)
        if len(text) >= LONG_CHARS:
            # long documents (rulings, policies): only the lines that touch the domain are cut
            # into sentences, and of those only the sentences that touch it are looked at
            sents = []
            for m in _LINE.finditer(text):
                if _PREFILTER.search(folded, m.start(), m.end()):
                    sents.extend(s for s in sentences(m.group(), offset=m.start(), spoken=self.spoken_cut))
            cand = [i for i, s in enumerate(sents) if _PREFILTER.search(folded, s.start, s.end)]
        else:
            sents = sentences(text, spoken=self.spoken_cut)
            # many short lines (a policy with lists): the same pre-filter on sentences
            cand = [i for i, s in enumerate(sents) if _PREFILTER.search(folded, s.start, s.end)] if len(sents) >= PREFILTER_FROM else None
        if len(self._prepared) >= 4:
            self._prepared.pop(next(iter(self._prepared)))
        self._prepared[key] = (text, (sents, folded, cand))
        return sents, folded, cand

    def score_text(self, text: str) -> Scored:
        sents, folded, cand = self._prepare(text)
        n, k = len(sents), len(THEMES)
        hits = self.rules.theme_hits(text, sents, folded, only=cand) if (self.use_rules or self.rule_features) else []
        rules = np.zeros((n, k))
        col = {t: j for j, t in enumerate(THEMES)}
        for h in hits if self.use_rules else []:
            w = self.rule_weights.get(h.rule, h.weight)
            rules[h.sentence, col[h.label]] = 1.0 - (1.0 - rules[h.sentence, col[h.label]]) * (1.0 - w)
        model = np.zeros((n, k))
        static = np.zeros((n, k)) if self.static is not None else None
        idx: list[int] = []
        if self.scorer is not None and n:
            idx = cand if cand is not None else list(range(n))
            # fragments ("constaterende dat", a heading) say too little for the model to judge
            idx = [i for i in idx if len(sents[i].text.split()) >= MIN_WORDS]
            if idx:
                if self.rule_features:
                    by_sent: dict[int, list[Hit]] = {}
                    for h in hits:
                        by_sent.setdefault(h.sentence, []).append(h)
                    inputs = [with_rule_features(sents[i].text, folded[sents[i].start : sents[i].end], by_sent.get(i, [])) for i in idx]
                else:
                    inputs = [sents[i].text for i in idx]
                model[idx] = self.scorer.score(inputs)
                if static is not None:
                    static[idx] = self.static.score([sents[i].text for i in idx])
        context = None
        if self.context_static is not None and idx:
            context = np.zeros((n, k))
            context[idx] = self.context_static.score([with_neighbours(sents, i) for i in idx])
        scored = Scored(text, sents, hits, model, rules, static, context)
        if self.stacker is not None and n:
            scored.stacked = self.stacker.predict(self.document_features(scored, folded, cand))
        return scored

    def document_features(self, scored: Scored, folded: str, cand: list[int] | None) -> np.ndarray:
        """The stacker's input for one document (stacking.document_features)."""
        from klachtanalyse.classify.stacking import document_features

        # a long document is read as its domain sentences only (the pre-filter), so a 40-page
        # ruling costs about what a complaint costs
        doc_text = scored.text if cand is None else "\n".join(scored.sents[i].text for i in cand)
        doc_tc = self.doc_scorer.score([doc_text])[0] if self.doc_scorer is not None else np.zeros(len(THEMES))
        doc_st = self.doc_static.score([doc_text])[0] if self.doc_static is not None else None
        static = scored.static if scored.static is not None else np.zeros_like(scored.model)
        return document_features(scored.model, scored.rules, static, scored.combined, doc_tc, folded, doc_st, scored.context,
                                 self.home_loss_cue)

    def labels_from(self, scored: Scored) -> list[Label]:
        out: list[Label] = []
        if not scored.sents:
            return out
        if self.families_only and household_without_children(self._prepare(scored.text)[1]):
            return out
        doc = scored.doc_scores()
        src = "rules" if self.scorer is None else self.name
        for j, theme in enumerate(THEMES):
            thr = self.thresholds[theme]
            if doc[j] < thr:
                continue
            col = scored.combined[:, j]
            if scored.stacked is None:
                floor = thr
            else:
                # the document score is the stacker's; quote the sentences that carry it: the
                # best one, and others that score at least half as high
                floor = 0.5 * float(col.max())
            order = [i for i in np.argsort(-col, kind="stable") if col[i] >= floor][: self.max_evidence] or [int(np.argmax(col))]
            evidence = []
            for i in sorted(order):
                s = scored.sents[i]
                rule_ids = [h.rule for h in scored.hits if h.sentence == i and h.label == theme]
                if rule_ids and scored.rules[i, j] >= scored.mixed[i, j]:
                    rule = rule_ids[0]
                else:
                    rule = f"model:{self.name}"
                evidence.append(Evidence(s.text, s.start, s.end, rule))
            out.append(Label(theme, float(round(doc[j], 4)), evidence, src))
        return out

    def classify_text(self, text: str) -> list[Label]:
        return self.labels_from(self.score_text(text))

    def grounds_text(self, text: str) -> list[str]:
        sents, folded, cand = self._prepare(text)
        found = {h.label for h in self.ground_rules.grounds(text, sents, folded, only=cand)}
        return [g for g in GROUNDS if g in found]

    # -- the pipeline's interface ---------------------------------------------------------
    def classify(self, ctx) -> list[Label]:
        return self.classify_text(ctx.doc.text)

    def grounds(self, ctx) -> list[str]:
        return self.grounds_text(ctx.doc.text)
