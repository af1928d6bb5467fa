"""Stage report: what a person reads - highlighted documents, charts, the HTML report, Excel.

Public face:
    write_report(result, out, xlsx=None, ...) -> Path   self-contained HTML, always pseudonymised
    highlight.weergave(record) -> Weergave              one document, evidence marked per theme
    charts.plot_*(result) -> Figure                     the charts of notebooks and report
    xlsx.write_xlsx(result, path)                       the tables as an Excel workbook
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def write_report(
    result,
    out: str | Path,
    *,
    xlsx: str | Path | None = None,
    titel: str | None = None,
    max_citaten: int = 40,
    pseudonymiser: Any = None,
) -> Path:
    """Pseudonymise the result, then write the HTML report (and the Excel tables if asked).

    Pseudonymisation is not optional here: a report leaves the research environment.
    `pseudonymiser` lets a caller share one Pseudonymiser (consistent placeholders).
    """
    from klachtanalyse.report.html import render_report

    out = Path(out)
    veilig = result.pseudonimiseer(pseudonymiser)
    page = render_report(veilig, titel=titel, out_dir=out.parent, max_citaten=max_citaten)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    if xlsx:
        from klachtanalyse.report.xlsx import write_xlsx

        write_xlsx(veilig, xlsx)
    return out


__all__ = ["write_report"]
