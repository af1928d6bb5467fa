"""The self-contained HTML report: summary, charts (inline SVG), tables, quotes per theme.

Nothing in the page is fetched from elsewhere: the CSS is inlined, charts are SVG in the
page, there is no script. So the file opens without internet, from an e-mail attachment or
a USB stick, and prints as it shows.
"""

from __future__ import annotations

import datetime as _dt
import html
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

from klachtanalyse.aggregate import labels as L
from klachtanalyse.report import charts
from klachtanalyse.version import PIPELINE_VERSION, __version__

TEMPLATES = Path(__file__).with_name("templates")
ZICHTBAAR = 8  # quotes per theme shown at once; the rest of up to max_citaten behind "Nog ... tonen"


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]))


def _cell(v: Any) -> tuple[str, bool]:
    if isinstance(v, float) and not float(v).is_integer():
        return f"{v:.0%}" if 0 <= v <= 1 else f"{v:.2f}", v == 0
    try:
        return str(int(v)), int(v) == 0
    except (TypeError, ValueError):
        return html.escape(str(v)), False


def table_html(df: pd.DataFrame, css: str = "ka") -> str:
    """A DataFrame as a plain HTML table: row names left, zeros greyed, numbers right."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    corner = html.escape(str(df.index.name or ""))
    if df.columns.name:
        corner = f"{corner} \\ {html.escape(str(df.columns.name))}" if corner else html.escape(str(df.columns.name))
    rows = []
    for idx, row in df.iterrows():
        cells = []
        for v in row.values:
            text, zero = _cell(v)
            cells.append(f'<td class="zero">{text}</td>' if zero else f"<td>{text}</td>")
        rows.append(f"<tr><th>{html.escape(str(idx))}</th>{''.join(cells)}</tr>")
    return f'<table class="{css}"><thead><tr><th class="l">{corner}</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _lijst(values: list[str]) -> str:
    if not values:
        return ""
    if len(values) == 1:
        return values[0]
    return ", ".join(values[:-1]) + " en " + values[-1]


def samenvattende_zinnen(result) -> list[str]:
    """The summary in plain Dutch sentences, written from the numbers."""
    s = result.samenvatting()
    n = s["documenten"]
    if n == 0:
        return ["Er zijn geen geanalyseerde documenten."]
    woorden = L.labels()["soorten_in_zin"]
    soorten = [f"{k} {woorden.get(kind, [kind, kind])[k != 1]}" for kind, k in s["per_kind"].items() if k]
    zinnen = [f"Van de {n} documenten ({_lijst(soorten)}) noemen er {s['met_thema']} minstens één thema."]
    top = sorted(((k, t) for t, k in s["themas"].items() if k), key=lambda x: -x[0])
    if top:
        eerst = f"Het vaakst speelt \u2018{L.thema_titel(top[0][1])}\u2019 ({top[0][0]} documenten, {top[0][0] / n:.0%})"
        rest = [f"\u2018{L.thema_titel(t)}\u2019 ({k})" for k, t in top[1:3]]
        zinnen.append(eerst + (", gevolgd door " + _lijst(rest) if rest else "") + ".")
        m = result.samenhang()
        pairs = [
            (int(m.iloc[i, j]), m.index[i], m.columns[j])
            for i in range(len(m)) for j in range(i + 1, len(m)) if m.iloc[i, j] > 0
        ]
        if pairs:
            k, a, b = max(pairs, key=lambda p: p[0])
            zinnen.append(f"Het vaakst samen: \u2018{L.thema_titel(a)}\u2019 en \u2018{L.thema_titel(b)}\u2019 ({k} documenten).")
    else:
        zinnen.append("In deze documenten zijn (nog) geen thema's gevonden.")
    if s["gemeenten"]:
        g = result.tabel("gemeente")["documenten"].drop(L.onbekend(), errors="ignore").sort_values(ascending=False, kind="stable")
        meest = [f"{name} ({int(k)})" for name, k in g.head(3).items()]
        zinnen.append(f"De documenten noemen {len(s['gemeenten'])} gemeente(n); het vaakst {_lijst(meest)}.")
    if s["zonder_datum"]:
        zinnen.append(f"{s['zonder_datum']} document(en) hebben geen datum en tellen niet mee in de grafiek door de jaren.")
    if s["fouten"]:
        zinnen.append(f"{s['fouten']} bestand(en) konden niet worden geanalyseerd (zie de lijst onderaan).")
    return zinnen


def _link(link: str, bron: str, out_dir: Path | None) -> str:
    """Links to files relative to the report, so the folder can move as a whole."""
    if link.startswith("http") or out_dir is None:
        return link
    try:
        rel = os.path.relpath(Path(bron).expanduser().resolve(), out_dir.resolve())
        return quote(Path(rel).as_posix())
    except ValueError:
        return link


def kort_id(doc_id: str) -> str:
    """An ECLI as it is; a content hash shortened to what a reader can compare by eye."""
    return doc_id[:19] + "…" if doc_id.startswith("sha256:") else doc_id


def _fmt_datum(v: Any) -> str:
    return v.date().isoformat() if isinstance(v, pd.Timestamp) and not pd.isna(v) else "datum onbekend"


def render_report(result, *, titel: str | None = None, out_dir: Path | None = None, max_citaten: int = 40,
                  max_documenten: int = 500) -> str:
    """The report page for `result` as one HTML string (pseudonymise BEFORE calling this)."""
    s = result.samenvatting()
    grafieken = [
        ("themas", charts.plot_themas(result), "Aantal documenten per thema (een document kan meer thema's hebben)."),
        ("tijd", charts.plot_tijd(result), "Per jaar van de datum van het document; documenten zonder datum tellen niet mee."),
        ("gemeente", charts.plot_gemeente(result), "Per gemeente die het document noemt."),
        ("grond", charts.plot_grond(result), "Per grond van de ontruiming die het document noemt."),
        ("samenhang", charts.plot_samenhang(result), "Op de diagonaal het aantal documenten met het thema; daarbuiten met beide thema's."),
    ]
    tabellen = [
        ("soort", "Thema's per soort document", result.tabel("thema", per="kind", leesbaar=True)),
        ("jaar", "Thema's per jaar", result.tabel("thema", per="jaar", leesbaar=True)),
        ("gemeente", "Thema's per gemeente", result.tabel("thema", per="gemeente", leesbaar=True)),
        ("grond", "Thema's per grond", result.tabel("thema", per="grond", leesbaar=True)),
        ("samenhang", "Samenhang tussen thema's (aantal documenten met beide)", result.samenhang(leesbaar=True)),
    ]
    per_thema = result.tabel("thema")["documenten"]
    themas = []
    for t in L.thema_ids():
        d = result.dossier(t)
        citaten = []
        for _, c in d.head(max_citaten).iterrows():
            citaten.append(
                {
                    "citaat": c["citaat"], "voor": c["voor"], "na": c["na"],
                    "soort": L.waarde_naam("kind", c["kind"]), "datum": _fmt_datum(c["datum"]),
                    "gemeente": c["gemeente"] or "gemeente onbekend", "document": c["document"],
                    "document_kort": kort_id(c["document"]),
                    "bestand": Path(c["bron"]).name, "link": _link(c["link"], c["bron"], out_dir),
                    "regel": None if pd.isna(c["regel"]) else int(c["regel"]), "start": int(c["start"]), "end": int(c["end"]),
                }
            )
        themas.append(
            {
                "id": t, "titel": L.thema_titel(t), "uitleg": L.thema_uitleg(t), "kleur": L.thema_kleur(t),
                "licht": L.licht(L.thema_kleur(t)), "documenten": int(per_thema.get(t, 0)), "citaten": citaten,
                "meer": max(0, len(d) - max_citaten),
            }
        )
    docs = result._ok.sort_values(["datum", "bron"], na_position="last")
    documenten = [
        {
            "naam": row["ecli"] or row["bestand"], "link": _link(row["link"], row["bron"], out_dir),
            "soort": L.waarde_naam("kind", row["kind"]), "datum": _fmt_datum(row["datum"]),
            "gemeente": ", ".join(row["gemeente"]), "grond": ", ".join(L.waarde_naam("grond", g) for g in row["grond"]),
            "themas": ", ".join(L.thema_kort(t) for t in L.thema_ids() if t in row["themas"]),
        }
        for _, row in docs.head(max_documenten).iterrows()
    ]
    backends = sorted({str(b) for b in result.findings["backend"].dropna()})
    context = {
        "titel": titel or "Ontruimingen van gezinnen: bevindingen uit klachten, uitspraken en beleid",
        "css": (TEMPLATES / "rapport.css").read_text(encoding="utf-8"),
        "s": s,
        "zinnen": samenvattende_zinnen(result),
        "herkomst": result.herkomst,
        "gemaakt": _dt.datetime.now().strftime("%d-%m-%Y %H:%M"),
        "versie": __version__,
        "pipeline": PIPELINE_VERSION,
        "grafieken": [{"id": i, "svg": charts.svg(f), "onderschrift": o} for i, f, o in grafieken],
        "tabellen": [{"id": i, "titel": t, "html": table_html(df)} for i, t, df in tabellen],
        "themas": themas,
        "documenten": documenten,
        "documenten_meer": max(0, len(docs) - max_documenten),
        "fouten": result.fouten.to_dict("records"),
        "onbekend": L.onbekend(),
        "zichtbaar": ZICHTBAAR,
        "modellen": ", ".join(backends),
    }
    return _env().get_template("rapport.html.j2").render(**context)


def result_summary_html(result) -> str:
    """What a notebook shows for a Result: the headline sentences and the theme counts."""
    zinnen = "".join(f"<p>{html.escape(z)}</p>" for z in samenvattende_zinnen(result))
    tabel = table_html(result.tabel("thema", leesbaar=True))
    privacy = " (gepseudonimiseerd)" if result.gepseudonimiseerd else ""
    return (
        f'<div class="ka-result"><b>klachtanalyse Result{privacy}</b>: {len(result._ok)} documenten, '
        f"{len(result.fouten)} fouten, {len(result.evidence)} citaten{zinnen}{tabel}</div>"
    )
