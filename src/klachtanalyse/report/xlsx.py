"""The report's tables as one Excel workbook, for researchers who go on in a spreadsheet.

Lists (gemeenten, gronden, themes) become "a; b" text, dates stay dates, and every quote is
in the sheet "Citaten" with its document, line and offsets, so a number in a table can be
traced to its passages with a spreadsheet filter.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from klachtanalyse.aggregate import labels as L


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and any(isinstance(v, list) for v in out[col]):
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    for col in out.select_dtypes(include=["datetimetz"]).columns:
        out[col] = out[col].dt.tz_localize(None)
    return out


def sheets(result) -> dict[str, pd.DataFrame]:
    """Sheet name (at most 31 characters, Excel's limit) -> table."""
    s = result.samenvatting()
    samenvatting = pd.DataFrame(
        [
            ("documenten", s["documenten"]),
            ("documenten met minstens één thema", s["met_thema"]),
            ("citaten", s["citaten"]),
            ("niet te lezen bestanden", s["fouten"]),
            ("vanaf", s["vanaf"] or ""),
            ("tot en met", s["tot"] or ""),
            ("gemeenten", "; ".join(s["gemeenten"])),
        ]
        + [(f"thema: {L.thema_titel(t)}", n) for t, n in s["themas"].items()],
        columns=["onderdeel", "waarde"],
    )
    citaten = result.evidence.copy()
    citaten.insert(2, "thema_naam", citaten["thema"].map(L.thema_titel))
    out = {
        "Samenvatting": samenvatting,
        "Thema's": result.tabel("thema", leesbaar=True).reset_index(),
        "Thema per soort": result.tabel("thema", per="kind", leesbaar=True).reset_index(),
        "Thema per jaar": result.tabel("thema", per="jaar", leesbaar=True).reset_index(),
        "Thema per gemeente": result.tabel("thema", per="gemeente", leesbaar=True).reset_index(),
        "Thema per grond": result.tabel("thema", per="grond", leesbaar=True).reset_index(),
        "Samenhang": result.samenhang(leesbaar=True).reset_index(),
        "Documenten": result.documents,
        "Bevindingen": result.findings,
        "Citaten": citaten,
        "Fouten": result.fouten,
    }
    return {name: _plain(df) for name, df in out.items()}


def write_xlsx(result, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, df in sheets(result).items():
            df.to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            ws.freeze_panes = "A2"
            for i, col in enumerate(df.columns, 1):
                width = max([len(str(col))] + [len(str(v)) for v in df[col].head(200)])
                ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(max(10, width + 2), 80)
    return path
