"""The charts of the notebooks and the report, drawn with matplotlib, labelled in Dutch.

Each function takes a Result and returns a `matplotlib.figure.Figure` made without pyplot,
so a notebook shows it once and a batch run keeps no global figure state. `svg(fig)` turns
one into inline SVG for the self-contained report. Empty data still gives a readable chart
that says so, because a weekly batch without findings must still produce its report.
"""

from __future__ import annotations

import io
import itertools
import re

import numpy as np
import pandas as pd
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from klachtanalyse.aggregate import labels as L

_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
}
_salt = itertools.count(1)


def _toon_in_jupyter() -> None:
    """Let IPython draw a returned Figure as a PNG (what `%matplotlib inline` would set up),
    so `r.plot_tijd()` as the last line of a cell shows the chart, once, without pyplot."""
    try:
        from IPython import get_ipython
        from IPython.core.pylabtools import print_figure
    except ImportError:
        return
    ip = get_ipython()
    if ip is None:
        return
    formatter = ip.display_formatter.formatters["image/png"]
    if Figure not in formatter.type_printers:
        formatter.for_type(Figure, lambda fig: print_figure(fig, "png", bbox_inches="tight"))


def _fig(width: float, height: float) -> Figure:
    _toon_in_jupyter()
    with rc_context(_RC):
        fig = Figure(figsize=(width, height), layout="constrained")
        fig.add_subplot()
    return fig


def _leeg(ax, tekst: str) -> None:
    ax.text(0.5, 0.5, tekst, ha="center", va="center", transform=ax.transAxes, color="#666", fontsize=11, wrap=True)


def plot_themas(result, *, aandeel: bool = False) -> Figure:
    """How many documents raise each of the nine themes (horizontal bars, taxonomy order)."""
    with rc_context(_RC):
        t = result.tabel("thema", aandeel=aandeel)["documenten"]
        fig = _fig(7.5, 4.2)
        ax = fig.axes[0]
        ids = list(t.index)[::-1]
        values = [t[i] for i in ids]
        bars = ax.barh([L.thema_kort(i) for i in ids], values, color=[L.thema_kleur(i) for i in ids])
        ax.set_title(f"Thema's: aantal documenten waarin het thema speelt (n = {len(result._ok)})")
        ax.set_xlabel("aandeel documenten" if aandeel else "aantal documenten")
        ax.bar_label(bars, labels=[f"{v:.0%}" if aandeel else str(int(v)) for v in values], padding=3, fontsize=9)
        if not aandeel:
            ax.xaxis.get_major_locator().set_params(integer=True)
        if not any(values):
            _leeg(ax, "Nog geen thema's gevonden in deze documenten")
    return fig


def plot_tijd(result, *, vorm: str = "heatmap", themas: list[str] | None = None) -> Figure:
    """Documents per theme per year (the year of the document's date).

    vorm="heatmap" (default): themes x years, every year from the first to the last, so
    gaps show and sparse years stay readable; vorm="lijnen": one line per theme, for dense data.
    """
    t = result.tabel("thema", per="jaar", leesbaar=False)
    n_zonder = int(result._ok["jaar"].isna().sum())
    t = t.drop(columns=[c for c in t.columns if c in ("totaal", L.onbekend())])
    voet = f"{n_zonder} document(en) zonder datum niet getoond" if n_zonder else ""
    if t.shape[1]:
        years = list(range(int(min(t.columns)), int(max(t.columns)) + 1))
        if len(years) > 60:  # a century of case law: only the years that occur
            years = sorted(int(y) for y in t.columns)
        t = t.reindex(columns=years, fill_value=0)
    if themas:
        t = t.loc[themas]
    if vorm == "heatmap":
        t = t.rename(index=L.thema_kort)
        width = min(5.0 + 0.42 * t.shape[1], 14)
        return _heatmap(t, "Thema's door de jaren: aantal documenten per jaar", "jaar", "", width, 4.6, voet=voet)
    with rc_context(_RC):
        fig = _fig(7.5, 4.2)
        ax = fig.axes[0]
        ax.set_title("Thema's door de jaren: aantal documenten per jaar")
        ids = [i for i in t.index if t.loc[i].sum() > 0]
        if t.shape[1] == 0 or not ids:
            _leeg(ax, "Geen documenten met een datum en een thema")
        else:
            for i in ids:
                ax.plot(list(t.columns), t.loc[i].values, marker="o", color=L.thema_kleur(i), label=L.thema_kort(i), linewidth=2)
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.set_xlabel("jaar")
            ax.set_ylabel("aantal documenten")
            ax.yaxis.get_major_locator().set_params(integer=True)
            ax.set_ylim(bottom=0)
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
        if voet:
            fig.text(0.01, 0.005, voet, fontsize=8, color="#666")
    return fig


def _heatmap(df: pd.DataFrame, titel: str, xlabel: str, ylabel: str, width: float, height: float, fmt: str = "d",
             voet: str = "") -> Figure:
    with rc_context(_RC):
        fig = _fig(width, height)
        ax = fig.axes[0]
        ax.set_title(titel)
        if df.shape[0] == 0 or df.shape[1] == 0:
            ax.set_axis_off()
            _leeg(ax, f"Geen gegevens om te tonen{': ' + voet if voet else ''}")
            return fig
        data = df.to_numpy(dtype=float)
        im = ax.imshow(data, cmap="Blues", aspect="auto", vmin=0, vmax=max(float(data.max()), 1.0))
        ax.set_xticks(range(df.shape[1]), [str(c) for c in df.columns], rotation=35, ha="right")
        ax.set_yticks(range(df.shape[0]), [str(i) for i in df.index])
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.spines[:].set_visible(False)
        top = data.max() if data.size else 0
        if df.size <= 400:
            for (r, c), v in np.ndenumerate(data):
                label = format(int(v), "d") if fmt == "d" else format(v, fmt)
                ax.text(c, r, label, ha="center", va="center", fontsize=8, color="white" if top and v > 0.6 * top else "#222")
        bar = fig.colorbar(im, ax=ax, shrink=0.8, label="aantal documenten" if fmt == "d" else "")
        if fmt == "d":
            bar.locator = MaxNLocator(integer=True)
            bar.update_ticks()
        if top == 0:
            voet = "Nog geen thema's gevonden" + (f"; {voet}" if voet else "")
        if voet:
            fig.text(0.01, 0.005, voet, fontsize=8, color="#666")
    return fig


def _zonder_onbekend(t: pd.DataFrame, result, dim: str) -> tuple[pd.DataFrame, str]:
    """Drop the "unknown" column from a chart (it would set the colour scale on its own)
    and say in a footnote how many documents it held."""
    if L.onbekend() not in t.columns:
        return t, ""
    n = int((result._lang(dim)["waarde"] == L.onbekend()).sum())
    return t.drop(columns=[L.onbekend()]), f"{n} document(en) zonder {L.dimensie_naam(dim).lower()} niet getoond"


def plot_gemeente(result, *, top: int = 15) -> Figure:
    """Themes x municipalities (the `top` municipalities with most documents), as a heatmap."""
    t = result.tabel("thema", per="gemeente", leesbaar=True).drop(columns=["totaal"])
    t, voet = _zonder_onbekend(t, result, "gemeente")
    sizes = result.tabel("gemeente", leesbaar=True)["documenten"].drop(L.onbekend(), errors="ignore")
    named = list(sizes.sort_values(ascending=False, kind="stable").index[:top])
    t = t.reindex(columns=[g for g in named if g in t.columns], fill_value=0)
    width = min(max(7.0, 4.5 + 0.55 * t.shape[1]), 13)
    extra = f" (top {top})" if len(sizes) > top else ""
    return _heatmap(t, f"Thema's per gemeente{extra}: aantal documenten", "gemeente", "", width, 4.6, voet=voet)


def plot_grond(result) -> Figure:
    """Themes x eviction grounds, as a heatmap."""
    t = result.tabel("thema", per="grond", leesbaar=True).drop(columns=["totaal"])
    t, voet = _zonder_onbekend(t, result, "grond")
    return _heatmap(t, "Thema's per grond van de ontruiming: aantal documenten", "grond", "", 7.5, 4.6, voet=voet)


def plot_samenhang(result, *, maat: str = "aantal") -> Figure:
    """Which themes occur together in one document (co-occurrence heatmap)."""
    m = result.samenhang(maat=maat, leesbaar=True)
    titel = {
        "aantal": "Samenhang: documenten waarin beide thema's spelen",
        "jaccard": "Samenhang (Jaccard): beide / een van beide",
        "voorwaardelijk": "Samenhang: aandeel van de rij-documenten met ook het kolomthema",
    }[maat]
    return _heatmap(m, titel, "", "", 7.8, 6.2, fmt="d" if maat == "aantal" else ".2f")


def svg(fig: Figure) -> str:
    """Inline SVG for a figure: text kept as text (searchable, small), ids unique per figure.

    matplotlib names groups "figure_1", "axes_1" in every file; inside one HTML page ids
    must be unique, so each figure's ids (and the references to them) get their own prefix.
    """
    buf = io.StringIO()
    prefix = f"ka{next(_salt)}-"
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", bbox_inches="tight")
    out = buf.getvalue()
    out = out[out.index("<svg") :]
    ids = set(re.findall(r'\bid="([^"]+)"', out))
    if ids:
        alt = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
        out = re.sub(rf'\bid="({alt})"', lambda m: f'id="{prefix}{m.group(1)}"', out)
        out = re.sub(rf'(url\(#|href="#)({alt})(?=[)"])', lambda m: f"{m.group(1)}{prefix}{m.group(2)}", out)
    # Keep the natural size (text stays legible); CSS shrinks it on narrow screens.
    return out.replace("<svg ", '<svg class="ka-chart" role="img" ', 1)
