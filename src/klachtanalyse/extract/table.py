"""`analyse --format table`: one row per ruling with the fields researchers count.

A plain, fixed-width text table that reads in a terminal and pastes into a note. Records
that are not rulings still get a row (so the count of files stays visible), with their kind
in the "instantie" column; error records show their one-line reason.
"""

from __future__ import annotations

from typing import IO, Any, Iterable

from klachtanalyse.document import Record

COLUMNS: list[tuple[str, str, int]] = [
    ("id", "ECLI / bestand", 34),
    ("instantie", "instantie", 30),
    ("datum", "datum", 10),
    ("procedure", "procedure", 22),
    ("uitkomst", "uitkomst", 19),
    ("grond", "grond", 22),
    ("kinderen_betrokken", "kinderen", 8),
    ("belang_kind_gewogen", "belang kind", 11),
    ("huurachterstand_eur", "achterstand €", 13),
    ("gemeente", "gemeente", 16),
    ("wetsartikelen", "wetsartikelen", 40),
]


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if value is True:
        return "ja"
    if value is False:
        return "nee"
    if isinstance(value, float):
        return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) if value else "-"
    return str(value)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def row_values(record: Record | dict) -> dict[str, str]:
    """The cells of one row, as text (also used by tests and notebooks)."""
    rec = record.to_dict(include_extra=True) if isinstance(record, Record) else record
    meta = rec.get("metadata") or {}
    extra = rec.get("extra") or {}
    ident = meta.get("ecli") or rec.get("source", "").rsplit("/", 1)[-1] or rec.get("id", "")
    cells = {"id": ident}
    if rec.get("status") == "error":
        cells["instantie"] = "FOUT: " + (rec.get("error") or "")
        return cells
    for key, _, _ in COLUMNS[1:]:
        value = extra.get(key) if key == "procedure" else meta.get(key)
        cells[key] = _cell(value)
    if rec.get("kind") not in (None, "uitspraak") and not meta.get("instantie"):
        cells["instantie"] = f"({rec.get('kind')})"
    return cells


def render_table(records: Iterable[Record | dict], fh: IO[str]) -> int:
    """Write the table to `fh`; returns the number of rows. Records may stream in."""
    header = " | ".join(title.ljust(width) for _, title, width in COLUMNS)
    fh.write(header.rstrip() + "\n")
    fh.write("-+-".join("-" * width for _, _, width in COLUMNS) + "\n")
    n = 0
    for record in records:
        cells = row_values(record)
        if "FOUT: " in cells.get("instantie", ""):
            line = _fit(cells["id"], COLUMNS[0][2]).ljust(COLUMNS[0][2]) + " | " + cells["instantie"]
        else:
            line = " | ".join(_fit(cells.get(key, ""), width).ljust(width) for key, _, width in COLUMNS)
        fh.write(line.rstrip() + "\n")
        n += 1
    fh.flush()
    return n
