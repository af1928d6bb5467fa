"""A document with its evidence marked per theme, in the style of spaCy's displaCy.

Evidence of different themes may overlap (one sentence can show two themes): the text is cut
at every span boundary, each piece is marked with the colour of every theme covering it
(stripes where there are several) and a theme's name follows the end of each of its passages.
The HTML is self-contained (inline styles only), so it renders in Jupyter, in the report and
in a saved file alike.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from klachtanalyse.aggregate import labels as L
from klachtanalyse.document import Record

LANG = 15_000  # texts longer than this show only the passages around the evidence by default
OMGEVING = 300  # characters of context kept around evidence in the shortened view

_BOX = (
    "font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; "
    "font-size: 15px; line-height: 2.3; color: #222; max-width: 60em;"
)
_MARK = "padding: 0.2em 0.3em; margin: 0 0.1em; border-radius: 0.35em; box-decoration-break: clone; -webkit-box-decoration-break: clone;"
_BADGE = (
    "font-size: 0.68em; font-weight: bold; line-height: 1; border-radius: 0.35em; padding: 0.25em 0.4em; "
    "margin-left: 0.35em; vertical-align: middle; white-space: nowrap;"
)


@dataclass
class Weergave:
    """HTML that Jupyter renders (`_repr_html_`); `opslaan(path)` writes it as a page."""

    html: str
    titel: str = ""

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def opslaan(self, path) -> None:
        page = (
            "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
            f"<title>{html.escape(self.titel)}</title></head><body>{self.html}</body></html>"
        )
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(page)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def theme_spans(record: Record) -> dict[str, list[tuple[int, int]]]:
    """Per theme, its evidence as merged (start, end) spans that are valid in `record.text`."""
    text = record.text or ""
    out: dict[str, list[tuple[int, int]]] = {}
    for lab in record.labels:
        spans = [
            (ev.start, ev.end)
            for ev in lab.evidence
            if 0 <= ev.start < ev.end <= len(text) and text[ev.start : ev.end] == ev.text
        ]
        if spans:
            out.setdefault(lab.label, []).extend(spans)
    return {t: _merge(s) for t, s in out.items()}


def _background(themes: list[str]) -> str:
    colours = [L.licht(L.thema_kleur(t)) for t in themes]
    if len(colours) == 1:
        return f"background: {colours[0]};"
    stops = ", ".join(f"{c} {i * 8}px {(i + 1) * 8}px" for i, c in enumerate(colours))
    return f"background: repeating-linear-gradient(135deg, {stops});"


def badge(thema: str) -> str:
    kleur = L.thema_kleur(thema)
    return f'<span style="{_BADGE} background: {kleur}; color: {L.tekstkleur(kleur)};">{html.escape(L.thema_kort(thema))}</span>'


def mark_text(text: str, spans: dict[str, list[tuple[int, int]]], start: int = 0, end: int | None = None) -> str:
    """HTML for text[start:end] with the spans (offsets into `text`) marked per theme."""
    end = len(text) if end is None else end
    order = {t: i for i, t in enumerate(L.thema_ids())}
    cuts = {start, end}
    ends: dict[int, list[str]] = {}
    for thema, lst in spans.items():
        for s, e in lst:
            s, e = max(s, start), min(e, end)
            if s >= e:
                continue
            cuts.update((s, e))
            ends.setdefault(e, []).append(thema)
    points = sorted(cuts)
    parts: list[str] = []
    for a, b in zip(points, points[1:]):
        piece = html.escape(text[a:b])
        active = sorted(
            (t for t, lst in spans.items() if any(s <= a and b <= e for s, e in lst)),
            key=lambda t: order.get(t, 99),
        )
        if active:
            title = html.escape(" + ".join(L.thema_titel(t) for t in active), quote=True)
            parts.append(f'<mark class="ka-ent" title="{title}" style="{_MARK} {_background(active)}">{piece}</mark>')
        else:
            parts.append(piece)
        for thema in sorted(ends.get(b, []), key=lambda t: order.get(t, 99)):
            parts.append(badge(thema))
    return "".join(parts)


def _windows(text: str, spans: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Stretches around the evidence: the whole lines within OMGEVING characters of it
    (or, inside one long line, OMGEVING characters cut at a space)."""
    wins = []
    for s, e in _merge([x for lst in spans.values() for x in lst]):
        a = max(0, s - OMGEVING)
        nl = text.find("\n", a, s)
        if a > 0:
            a = nl + 1 if nl >= 0 else (text.find(" ", a, s) + 1 or a)
        b = min(len(text), e + OMGEVING)
        nl = text.rfind("\n", e, b)
        if b < len(text):
            b = nl if nl >= 0 else (text.rfind(" ", e, b) if text.rfind(" ", e, b) > e else b)
        wins.append((a, b))
    return _merge(wins)


def legend(themes: list[str], counts: dict[str, int] | None = None) -> str:
    items = []
    for t in themes:
        n = f" ({counts[t]})" if counts and t in counts else ""
        items.append(
            f'<span style="display:inline-block; margin: 0 0.8em 0.3em 0; white-space: nowrap;">'
            f'<span style="display:inline-block; width:0.9em; height:0.9em; border-radius:0.2em; vertical-align:-0.1em; '
            f'background:{L.licht(L.thema_kleur(t))}; border: 2px solid {L.thema_kleur(t)};"></span> '
            f"{html.escape(L.thema_titel(t))}{n}</span>"
        )
    return "".join(items)


def weergave(record: Record, *, volledig: bool | None = None) -> Weergave:
    """The HTML view of one record: header with its facts, legend, then the marked text."""
    m = record.metadata or {}
    facts = [("Soort", L.waarde_naam("kind", record.kind))]
    for key, name in (("datum", "Datum"), ("instantie", "Instantie"), ("uitkomst", "Uitkomst")):
        if m.get(key):
            facts.append((name, L.waarde_naam(key, m[key])))
    for key, name in (("gemeente", "Gemeente"), ("grond", "Grond")):
        if m.get(key):
            facts.append((name, ", ".join(L.waarde_naam(key, v) for v in m[key])))
    head = "".join(
        f'<span style="margin-right:1.2em;"><b>{html.escape(k)}:</b> {html.escape(str(v))}</span>' for k, v in facts
    )
    parts = [
        f'<div class="ka-doc" style="{_BOX}">',
        f'<div style="font-size:1.15em; font-weight:bold; line-height:1.4;">{html.escape(record.id)}</div>',
        f'<div style="color:#555; font-size:0.9em; line-height:1.5; word-break:break-all;">{html.escape(record.source)}</div>',
        f'<div style="line-height:1.6; margin:0.4em 0;">{head}</div>',
    ]
    if record.status != "ok":
        parts.append(f"<p><b>Niet geanalyseerd:</b> {html.escape(record.error or '')}</p></div>")
        return Weergave("".join(parts), record.id)
    spans = theme_spans(record)
    counts = {lab.label: len(lab.evidence) for lab in record.labels}
    if record.labels:
        order = [t for t in L.thema_ids() if t in counts] + [t for t in counts if t not in L.thema_ids()]
        parts.append(f'<div style="line-height:1.6; margin:0.4em 0 0.8em;">{legend(order, counts)}</div>')
    else:
        parts.append('<p style="line-height:1.6;"><i>Geen thema\'s gevonden in dit document.</i></p>')
    text = record.text
    if text is None:
        # Records without their text (e.g. a JSONL export) still show their quotes.
        for lab in record.labels:
            for ev in lab.evidence:
                parts.append(f"<p style='line-height:1.8;'>{mark_text(ev.text, {lab.label: [(0, len(ev.text))]})}</p>")
        parts.append("</div>")
        return Weergave("".join(parts), record.id)
    if volledig is None:
        volledig = len(text) <= LANG or not spans
    body = '<div style="white-space: pre-wrap; border-top: 1px solid #ddd; padding-top: 0.5em;">'
    if volledig:
        body += mark_text(text, spans)
    else:
        wins = _windows(text, spans)
        chunks = []
        for a, b in wins:
            regel = text.count("\n", 0, a) + 1
            chunks.append(
                f'<div style="color:#777; font-size:0.8em; line-height:1.4; margin-top:0.6em;">regel {regel}</div>'
                + mark_text(text, spans, a, b)
            )
        body += '<div style="color:#777; line-height:1.4;"><i>Ingekort: alleen de passages met bewijs '\
                '(toon(..., volledig=True) geeft de hele tekst).</i></div>' + "\n[…]\n".join(chunks)
    parts.append(body + "</div></div>")
    return Weergave("".join(parts), record.id)
