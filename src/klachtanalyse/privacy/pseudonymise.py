"""Replacing personal data by placeholders such as [PERSOON-1], consistently over one run.

One `Pseudonymiser` lives for a whole run (the store's single writer process holds it), so
the same person, address or number gets the same placeholder in every document. Evidence
offsets are remapped so that they index the pseudonymised text, and `text == new[start:end]`
keeps holding. The key (placeholder -> original) stays in memory and is written only when
`write_key` is called: authorised re-identification is an explicit act.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from klachtanalyse.document import Evidence, Record
from klachtanalyse.privacy.detect import Span, find_personal_data

# Keys of `Record.extra` whose values are technical, never document text.
TECHNICAL_KEYS = {"format", "pipeline_version", "source", "id", "ecli", "sha256", "timings", "version",
                  "model", "reader", "status", "kind", "procedure", "language"}


@dataclass(frozen=True)
class Replacement:
    """One replaced stretch: `old_start:old_end` in the input became `new_start:new_end`."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    type: str
    placeholder: str
    rule: str


@dataclass
class Pseudonymised:
    """The pseudonymised text and the map from old offsets to new ones."""

    text: str
    original_length: int
    replacements: list[Replacement] = field(default_factory=list)

    def map_pos(self, pos: int, side: str = "start") -> int:
        """Where position `pos` of the input lies in the new text.

        A position inside a replaced stretch snaps to the placeholder's start (for a
        start) or end (for an end), so a passage never cuts a placeholder in half.
        """
        starts = [r.old_start for r in self.replacements]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return pos
        r = self.replacements[i]
        if pos >= r.old_end:
            return r.new_end + (pos - r.old_end)
        if pos == r.old_start:
            return r.new_start
        return r.new_start if side == "start" else r.new_end

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """New (start, end) of the input's `start:end`; an end inside a placeholder extends to it."""
        new_start = self.map_pos(start, "start")
        starts = [r.old_start for r in self.replacements]
        i = bisect.bisect_left(starts, end) - 1
        if i >= 0 and self.replacements[i].old_start < end < self.replacements[i].old_end:
            return new_start, self.replacements[i].new_end
        return new_start, self.map_pos(end, "end")


def _norm(span: Span) -> str:
    """The normalised value behind a placeholder: equal values share one placeholder."""
    t = span.text
    if span.type == "POSTCODE":
        return re.sub(r"\s", "", t).upper()
    if span.type == "TELEFOON":
        digits = re.sub(r"\D", "", t)
        if digits.startswith("0031"):
            digits = "0" + digits[4:]
        elif t.strip().startswith("+31"):
            digits = "0" + digits[2:]
        return digits
    if span.type in ("BSN", "IBAN", "KENTEKEN"):
        return re.sub(r"[\s.\-]", "", t).upper()
    if span.type == "ADRES":
        return re.sub(r"\s*[-–]\s*", "", re.sub(r"\s+", " ", t.lower())).strip()
    return re.sub(r"\s+", " ", t.lower()).strip()


class Pseudonymiser:
    """One per run; see the module docstring. Not thread-safe: use it in one process."""

    def __init__(self) -> None:
        self._numbers: dict[str, dict[str, int]] = {}
        self._originals: dict[str, set[str]] = {}
        self.stats: Counter = Counter()

    # ------------------------------------------------------------ placeholders

    def _placeholder(self, type_: str, key: str, original: str) -> str:
        table = self._numbers.setdefault(type_, {})
        if key not in table:
            table[key] = len(table) + 1
        ph = f"[{type_}-{table[key]}]"
        self._originals.setdefault(ph, set()).add(original)
        return ph

    def _person_keys(self, spans: list[Span]) -> dict[int, str]:
        """Link the name mentions of one document to persons; returns span index -> run key.

        Full names are linked first, so "mevrouw Jansen", "M. Jansen" and "Maria" later in
        the text join "Maria Jansen" where that is the only compatible person.
        """
        persons: list[dict] = []
        keys: dict[int, str] = {}
        order = sorted(
            (i for i, s in enumerate(spans) if s.type == "PERSOON"),
            key=lambda i: -(bool(spans[i].first) + bool(spans[i].surname) + bool(spans[i].initials)),
        )
        for i in order:
            s = spans[i]
            first, init, sur = s.first, s.initials, s.surname
            match = None
            for p in persons:
                if sur and p["surname"] == sur:
                    compatible = (
                        (not first or not p["first"] or first == p["first"])
                        and (not init or not p["first"] or p["first"][0] == init[0] or p["initials"] == init)
                        and (not init or not p["initials"] or p["initials"].startswith(init) or init.startswith(p["initials"]))
                    )
                    if compatible:
                        match = p
                        break
                elif not sur and first and p["first"] == first:
                    match = p
                    break
                elif not sur and not first and init and p["initials"] == init:
                    match = p
                    break
            if match is None:
                if first and sur:
                    key = f"{first} {sur}"
                elif init and sur:
                    key = f"{init} {sur}"
                else:
                    key = sur or first or init or _norm(s)
                match = {"first": first, "initials": init, "surname": sur, "key": key}
                persons.append(match)
            else:
                match["first"] = match["first"] or first
                match["initials"] = match["initials"] or init
            keys[i] = match["key"]
        return keys

    # ------------------------------------------------------------ text

    def pseudonymise_text(self, text: str, kind: str = "klacht") -> Pseudonymised:
        """Replace every piece of personal data in `text`; see `Pseudonymised` for the offset map."""
        spans = find_personal_data(text, kind=kind)
        person_keys = self._person_keys(spans)
        parts: list[str] = []
        reps: list[Replacement] = []
        pos = 0
        new_len = 0
        for i, s in enumerate(spans):
            key = person_keys.get(i) or _norm(s)
            ph = self._placeholder(s.type, key, s.text)
            parts.append(text[pos:s.start])
            new_len += s.start - pos
            reps.append(Replacement(s.start, s.end, new_len, new_len + len(ph), s.type, ph, s.rule))
            parts.append(ph)
            new_len += len(ph)
            pos = s.end
            self.stats[s.type] += 1
        parts.append(text[pos:])
        return Pseudonymised("".join(parts), len(text), reps)

    # ------------------------------------------------------------ records

    def pseudonymise_record(self, record: Record) -> Record:
        """A copy of `record` with personal data replaced in its text, evidence and `extra`.

        Evidence offsets are remapped into the new `record.text`. Without a text, each
        evidence passage is pseudonymised on its own (offsets then stay as they were:
        there is no carried text for them to point into).
        """
        import copy

        new = copy.deepcopy(record)
        self.stats["documenten"] += 1
        kind = record.kind or "klacht"
        ps = self.pseudonymise_text(record.text, kind) if record.text is not None else None

        def fix(ev_text: str, start: Any, end: Any) -> tuple[str, Any, Any]:
            if ps is not None and isinstance(start, int) and isinstance(end, int) \
                    and 0 <= start <= end <= ps.original_length and record.text[start:end] == ev_text:
                ns, ne = ps.map_span(start, end)
                return ps.text[ns:ne], ns, ne
            return self.pseudonymise_text(ev_text, kind).text, start, end

        for label in new.labels:
            fixed = []
            for ev in label.evidence:
                t, s, e = fix(ev.text, ev.start, ev.end)
                fixed.append(Evidence(t, s, e, ev.rule))
            label.evidence = fixed
        new.extra = self._walk(new.extra, fix, kind)
        if ps is not None:
            new.text = ps.text
        new.extra["gepseudonimiseerd"] = True
        return new

    def _walk(self, value: Any, fix, kind: str, key: str | None = None) -> Any:
        """Pseudonymise every passage held in `extra`, remapping evidence-shaped dicts."""
        if key in TECHNICAL_KEYS:
            return value
        if isinstance(value, dict):
            if isinstance(value.get("text"), str) and "start" in value and "end" in value:
                t, s, e = fix(value["text"], value["start"], value["end"])
                rest = {k: self._walk(v, fix, kind, k) for k, v in value.items() if k not in ("text", "start", "end")}
                return {**rest, "text": t, "start": s, "end": e}
            return {k: self._walk(v, fix, kind, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._walk(v, fix, kind, key) for v in value]
        if isinstance(value, str) and len(value) > 3 and not re.fullmatch(r"[\w.:/\\\-]+", value):
            return self.pseudonymise_text(value, kind).text
        return value

    # ------------------------------------------------------------ key

    @property
    def key(self) -> dict[str, list[str]]:
        """Placeholder -> the original spellings it replaced (in memory only)."""
        return {ph: sorted(v) for ph, v in sorted(self._originals.items())}

    def write_key(self, path: str | os.PathLike) -> Path:
        """Write the re-identification key as JSON, readable by the owner only (mode 600)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"let_op": "sleutel voor heridentificatie: alleen voor bevoegden, niet delen",
                       "sleutel": self.key}, fh, ensure_ascii=False, indent=1)
        os.chmod(path, 0o600)
        return path
