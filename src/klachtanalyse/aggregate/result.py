"""`Result`: the records of a run as tables a researcher can count, filter and quote from.

Everything is counted in DOCUMENTS: "12 under gemeente Utrecht" means twelve documents that
raise the theme and name Utrecht, however many passages each has. A document that names two
municipalities or two grounds counts once under each, so a row of a `per=` table can add up
to more than the total; the `totaal` column is the number of distinct documents.
Only records with status "ok" are counted; the others are in `fouten`.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import re
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy as np
import pandas as pd

from klachtanalyse.aggregate import labels as L
from klachtanalyse.document import Record

DIMENSIES = ("thema", "gemeente", "jaar", "grond", "kind", "uitkomst", "instantie")
CONTEXT_CHARS = 90  # characters of surrounding text shown before and after a quote

_RECHTSPRAAK_LINK = "https://uitspraken.rechtspraak.nl/details?id={}"


def bron_link(record_id: str, source: str) -> str:
    """Where a reader finds the original: rechtspraak.nl for an ECLI, else the file itself."""
    if record_id.startswith("ECLI:"):
        return _RECHTSPRAAK_LINK.format(record_id)
    try:
        return Path(source).expanduser().resolve().as_uri()
    except (OSError, ValueError):
        return source


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if v not in (None, "")]
    return [value] if value != "" else []


def _jaar(datum: Any) -> int | None:
    if not datum:
        return None
    m = re.match(r"\s*(\d{4})", str(datum))
    return int(m.group(1)) if m else None


def _datum(datum: Any) -> pd.Timestamp | None:
    if not datum:
        return None
    ts = pd.to_datetime(str(datum)[:10], errors="coerce", format="%Y-%m-%d")
    if pd.isna(ts):
        jaar = _jaar(datum)
        return pd.Timestamp(year=jaar, month=1, day=1) if jaar else None
    return ts


def _grens(value: Any, einde: bool) -> pd.Timestamp:
    """`vanaf`/`tot` as a day: "2021" means all of 2021, "2021-03" all of March, both inclusive."""
    if isinstance(value, (_dt.date, _dt.datetime, pd.Timestamp)):
        return pd.Timestamp(value).normalize()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return pd.Timestamp(f"{text}-12-31") if einde else pd.Timestamp(f"{text}-01-01")
    if re.fullmatch(r"\d{4}-\d{1,2}", text):
        start = pd.Timestamp(f"{text}-01")
        return (start + pd.offsets.MonthEnd(0)) if einde else start
    ts = pd.to_datetime(text, errors="coerce", dayfirst=not re.match(r"\d{4}", text))
    if pd.isna(ts):
        raise ValueError(f"onbekende datum voor {'tot' if einde else 'vanaf'}: {text!r} (gebruik bv. 2021 of 2021-03-31)")
    return ts.normalize()


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().split())


def _regel(text: str | None, pos: int) -> int | None:
    """1-based line number of a character offset: a reference a reader can look up."""
    if text is None or pos > len(text):
        return None
    return text.count("\n", 0, pos) + 1


def _context(text: str | None, start: int, end: int, n: int = CONTEXT_CHARS) -> tuple[str, str]:
    """A little text before and after a quote, cut at a word boundary, on one line."""
    if text is None or end > len(text) or start < 0:
        return "", ""
    voor = text[max(0, start - n) : start]
    na = text[end : end + n]
    if start - n > 0 and " " in voor:
        voor = "…" + voor.split(" ", 1)[1]
    if end + n < len(text) and " " in na:
        na = na.rsplit(" ", 1)[0] + "…"
    return " ".join(voor.split()) + (" " if voor[-1:].isspace() else ""), (" " if na[:1].isspace() else "") + " ".join(na.split())


class Result:
    """The findings of a set of records, with tables, quotes, filters, plots and the report.

    Build it with `Result.from_records(records)`, `klachtanalyse.analyse(...)` or
    `klachtanalyse.open(store)`. It behaves as a list of its records too (`len`, iteration,
    `result[0]`), so code that expected the records keeps working.
    """

    def __init__(self, records: Iterable[Record], *, gepseudonimiseerd: bool = False, herkomst: str | None = None):
        self.records: list[Record] = list(records)
        self.gepseudonimiseerd = gepseudonimiseerd
        self.herkomst = herkomst  # what the records came from (a folder, a store), for the report
        self._by_id = {r.id: r for r in self.records}

    @classmethod
    def from_records(cls, records: Iterable[Record], **kwargs: Any) -> "Result":
        return cls(records, **kwargs)

    # -- list behaviour ------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __getitem__(self, key: int | str) -> Record:
        if isinstance(key, str):
            return self.record(key)
        return self.records[key]

    def __repr__(self) -> str:
        ok = sum(r.status == "ok" for r in self.records)
        return f"<Result: {ok} documenten, {len(self.records) - ok} fouten, {len(self.findings)} bevindingen>"

    def record(self, key: str) -> Record:
        """A record by id, by source path, or by a file name or name stem that is unique."""
        if key in self._by_id:
            return self._by_id[key]
        matches = [r for r in self.records if r.source == key]
        if not matches:
            matches = [r for r in self.records if Path(r.source).name == key or Path(r.source).stem == key]
        if not matches and len(key) >= 6:
            matches = [r for r in self.records if r.id.startswith(key) or (key in Path(r.source).name)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise KeyError(f"geen document met id of bestandsnaam {key!r}")
        raise KeyError(f"{key!r} past bij {len(matches)} documenten; geef het volledige id")

    # -- the three tables ------------------------------------------------------------------
    @cached_property
    def documents(self) -> pd.DataFrame:
        """One row per record: kind, status, the contract's metadata, the themes it raises."""
        rows = []
        for r in self.records:
            m = r.metadata or {}
            rows.append(
                {
                    "id": r.id,
                    "bron": r.source,
                    "bestand": Path(r.source).name,
                    "kind": r.kind,
                    "status": r.status,
                    "fout": r.error,
                    "datum": _datum(m.get("datum")),
                    "jaar": _jaar(m.get("datum")),
                    "gemeente": _as_list(m.get("gemeente")),
                    "grond": _as_list(m.get("grond")),
                    "instantie": m.get("instantie"),
                    "ecli": m.get("ecli"),
                    "uitkomst": m.get("uitkomst"),
                    "kinderen_betrokken": m.get("kinderen_betrokken"),
                    "belang_kind_gewogen": m.get("belang_kind_gewogen"),
                    "huurachterstand_eur": m.get("huurachterstand_eur"),
                    "wetsartikelen": _as_list(m.get("wetsartikelen")),
                    "themas": [lab.label for lab in r.labels],
                    "aantal_themas": len(r.labels),
                    "tekstlengte": len(r.text) if r.text is not None else None,
                    "link": bron_link(r.id, r.source),
                }
            )
        df = pd.DataFrame(rows, columns=[
            "id", "bron", "bestand", "kind", "status", "fout", "datum", "jaar", "gemeente", "grond",
            "instantie", "ecli", "uitkomst", "kinderen_betrokken", "belang_kind_gewogen",
            "huurachterstand_eur", "wetsartikelen", "themas", "aantal_themas", "tekstlengte", "link",
        ])
        df["datum"] = pd.to_datetime(df["datum"])
        df["jaar"] = df["jaar"].astype("Int64")
        return df

    @cached_property
    def findings(self) -> pd.DataFrame:
        """One row per (document, theme): the score and how many passages back it."""
        rows = []
        for r in self.records:
            if r.status != "ok":
                continue
            for lab in r.labels:
                rows.append(
                    {
                        "document": r.id,
                        "thema": lab.label,
                        "titel": L.thema_kort(lab.label),
                        "score": float(lab.score),
                        "aantal_citaten": len(lab.evidence),
                        "backend": lab.source,
                        "kind": r.kind,
                    }
                )
        df = pd.DataFrame(rows, columns=["document", "thema", "titel", "score", "aantal_citaten", "backend", "kind"])
        return self._met_document_velden(df, "document")

    @cached_property
    def evidence(self) -> pd.DataFrame:
        """One row per quoted passage, with where it stands (offsets, line) and its context."""
        rows = []
        for r in self.records:
            if r.status != "ok":
                continue
            for lab in r.labels:
                for ev in lab.evidence:
                    voor, na = _context(r.text, ev.start, ev.end)
                    rows.append(
                        {
                            "document": r.id,
                            "thema": lab.label,
                            "citaat": ev.text,
                            "start": ev.start,
                            "end": ev.end,
                            "regel": _regel(r.text, ev.start),
                            "voor": voor,
                            "na": na,
                            "score": float(lab.score),
                            "rule": ev.rule,
                        }
                    )
        df = pd.DataFrame(rows, columns=["document", "thema", "citaat", "start", "end", "regel", "voor", "na", "score", "rule"])
        df["regel"] = df["regel"].astype("Int64")
        return self._met_document_velden(df, "document")

    @cached_property
    def fouten(self) -> pd.DataFrame:
        """The files that could not be analysed, with the one-line reason."""
        d = self.documents
        return d.loc[d["status"] != "ok", ["id", "bron", "fout"]].reset_index(drop=True)

    def _met_document_velden(self, df: pd.DataFrame, key: str) -> pd.DataFrame:
        d = self.documents.set_index("id")[["kind", "datum", "jaar", "gemeente", "bron", "link"]]
        d = d.rename(columns={"kind": "kind_doc"})
        out = df.join(d, on=key)
        if "kind" in out.columns:
            out = out.drop(columns=["kind_doc"])
        else:
            out = out.rename(columns={"kind_doc": "kind"})
        return out

    @property
    def _ok(self) -> pd.DataFrame:
        d = self.documents
        return d[d["status"] == "ok"]

    # -- counting ------------------------------------------------------------------------
    def _lang(self, dim: str) -> pd.DataFrame:
        """(document, waarde) pairs for one dimension; a list field gives one pair per value;
        a document without a value gets `onbekend` so the columns still account for it."""
        if dim not in DIMENSIES:
            raise ValueError(f"onbekende indeling {dim!r}; kies uit: {', '.join(DIMENSIES)}")
        if dim == "thema":
            f = self.findings
            return pd.DataFrame({"document": f["document"], "waarde": f["thema"]}).drop_duplicates()
        d = self._ok
        col = d[dim]
        if dim in ("gemeente", "grond"):
            col = col.apply(lambda v: v if v else [None])
            pairs = pd.DataFrame({"document": d["id"], "waarde": col}).explode("waarde")
        else:
            pairs = pd.DataFrame({"document": d["id"], "waarde": col.astype(object)})
        pairs["waarde"] = pairs["waarde"].where(pairs["waarde"].notna(), L.onbekend())
        if dim == "jaar":
            pairs["waarde"] = pairs["waarde"].map(lambda v: v if v == L.onbekend() else int(v))
        return pairs.drop_duplicates().reset_index(drop=True)

    def _volgorde(self, dim: str, values: Iterable[Any]) -> list[Any]:
        """Themes, grounds and kinds in taxonomy order; years ascending; others by name."""
        values = list(dict.fromkeys(values))
        onb = [v for v in values if v == L.onbekend()]
        rest = [v for v in values if v != L.onbekend()]
        fixed = {
            "thema": L.thema_ids(),
            "grond": list(L.labels()["gronden"]),
            "kind": list(L.labels()["soorten"]),
            "uitkomst": list(L.labels()["uitkomsten"]),
        }.get(dim)
        if fixed is not None:
            base = list(fixed) if dim == "thema" else [v for v in fixed if v in rest]
            rest = base + sorted((v for v in rest if v not in fixed), key=str)
        elif dim == "jaar":
            rest = sorted(rest)
        else:
            rest = sorted(rest, key=lambda v: _norm(v))
        return rest + onb

    def tabel(
        self,
        wat: str = "thema",
        per: str | None = None,
        *,
        aandeel: bool = False,
        leesbaar: bool = False,
    ) -> pd.DataFrame:
        """Number of documents per `wat` (rows), split by `per` (columns).

        tabel("thema")                    documents per theme (all nine, also when zero)
        tabel("thema", per="gemeente")    per municipality; also per="jaar", "grond", "kind"
        aandeel=True                      share of the documents in each column instead of counts
        leesbaar=True                     Dutch names instead of ids, for a report
        """
        rows = self._lang(wat)
        n_docs = self._ok["id"].nunique()
        if per is None:
            counts = rows.groupby("waarde")["document"].nunique()
            order = self._volgorde(wat, counts.index)
            out = pd.DataFrame({"documenten": counts.reindex(order, fill_value=0).astype(int)})
            if aandeel:
                out["documenten"] = out["documenten"] / n_docs if n_docs else 0.0
        else:
            cols = self._lang(per).rename(columns={"waarde": "kolom"})
            both = rows.merge(cols, on="document")
            out = pd.crosstab(both["waarde"], both["kolom"], values=both["document"], aggfunc="nunique").fillna(0).astype(int)
            col_order = self._volgorde(per, cols["kolom"])
            out = out.reindex(index=self._volgorde(wat, out.index), columns=col_order, fill_value=0)
            if aandeel:
                sizes = cols.groupby("kolom")["document"].nunique().reindex(col_order)
                out = out.div(sizes.replace(0, np.nan), axis=1).astype(float).fillna(0.0)
            else:
                out["totaal"] = rows.groupby("waarde")["document"].nunique().reindex(out.index, fill_value=0).astype(int)
            out.columns.name = per
        out.index.name = wat
        if leesbaar:
            out = out.rename(index=lambda v: L.waarde_naam(wat, v))
            out.index.name = L.dimensie_naam(wat)
            if per is not None:
                out = out.rename(columns=lambda v: v if v == "totaal" else L.waarde_naam(per, v))
                out.columns.name = L.dimensie_naam(per)
        return out

    def samenhang(self, maat: str = "aantal", *, leesbaar: bool = False) -> pd.DataFrame:
        """How often themes occur together in one document (a 9 x 9 matrix).

        maat="aantal": documents raising both (diagonal: documents raising the theme);
        maat="jaccard": both / either; maat="voorwaardelijk": share of the row theme's
        documents that also raise the column theme.
        """
        ids = L.thema_ids()
        f = self.findings
        extra = sorted(set(f["thema"]) - set(ids))
        ids = ids + extra
        onehot = pd.crosstab(f["document"], f["thema"]).clip(upper=1).reindex(columns=ids, fill_value=0)
        m = onehot.T.dot(onehot).reindex(index=ids, columns=ids, fill_value=0).astype(int)
        if maat == "aantal":
            out = m
        elif maat == "jaccard":
            diag = pd.Series([m.loc[t, t] for t in ids], index=ids)
            union = diag.values[:, None] + diag.values[None, :] - m.values
            out = pd.DataFrame(m.values / pd.DataFrame(union).replace(0, np.nan).values, index=ids, columns=ids).astype(float).fillna(0.0)
        elif maat == "voorwaardelijk":
            diag = pd.Series([m.loc[t, t] for t in ids], index=ids)
            out = m.div(diag.replace(0, np.nan), axis=0).astype(float).fillna(0.0)
        else:
            raise ValueError("maat is 'aantal', 'jaccard' of 'voorwaardelijk'")
        out.index.name = "thema"
        out.columns.name = "thema"
        if leesbaar:
            out = out.rename(index=L.thema_kort, columns=L.thema_kort)
            out.index.name = out.columns.name = L.dimensie_naam("thema")
        return out

    def dossier(self, thema: str) -> pd.DataFrame:
        """Every quote for one theme, oldest first: document, date, gemeente, file, link, line."""
        if thema not in L.thema_ids() and thema not in set(self.findings["thema"]):
            raise KeyError(f"onbekend thema {thema!r}; kies uit: {', '.join(L.thema_ids())}")
        e = self.evidence
        e = e[e["thema"] == thema].copy()
        e["gemeente"] = e["gemeente"].apply(lambda v: ", ".join(v) if isinstance(v, list) else "")
        cols = ["datum", "document", "kind", "gemeente", "citaat", "voor", "na", "regel", "start", "end", "score", "bron", "link"]
        return e.sort_values(["datum", "document", "start"], na_position="last")[cols].reset_index(drop=True)

    def samenvatting(self) -> dict[str, Any]:
        """The headline figures of the report, as plain values."""
        d = self._ok
        per_kind = d["kind"].value_counts()
        themas = self.tabel("thema")["documenten"]
        datums = d["datum"].dropna()
        gemeenten = sorted({g for lst in d["gemeente"] for g in lst}, key=_norm)
        return {
            "documenten": int(len(d)),
            "fouten": int((self.documents["status"] != "ok").sum()),
            "per_kind": {k: int(per_kind.get(k, 0)) for k in self._volgorde("kind", per_kind.index)},
            "met_thema": int((d["aantal_themas"] > 0).sum()),
            "bevindingen": int(len(self.findings)),
            "citaten": int(len(self.evidence)),
            "vanaf": datums.min().date().isoformat() if len(datums) else None,
            "tot": datums.max().date().isoformat() if len(datums) else None,
            "zonder_datum": int(d["datum"].isna().sum()),
            "gemeenten": gemeenten,
            "themas": {t: int(n) for t, n in themas.items()},
        }

    # -- selecting ---------------------------------------------------------------------
    def filter(
        self,
        gemeente: str | Sequence[str] | None = None,
        vanaf: Any = None,
        tot: Any = None,
        kind: str | Sequence[str] | None = None,
        thema: str | Sequence[str] | None = None,
        grond: str | Sequence[str] | None = None,
        bron: str | None = None,
    ) -> "Result":
        """A new Result with the documents that match every condition given.

        gemeente: name(s), case-insensitive; vanaf/tot: "2021", "2021-03", "2021-03-31" or a
        date, both inclusive (documents without a date drop out once a period is asked);
        kind: "uitspraak", "klacht", ...; thema/grond: documents raising/stating any of them;
        bron: a file pattern such as "*.txt" or "*/klachten/*" (matched against the path).
        Files that could not be read are kept only when no condition excludes them.
        """
        def as_set(v):
            return None if v is None else {_norm(x) for x in ([v] if isinstance(v, str) else v)}

        gem, kinds, themas, gronden = as_set(gemeente), as_set(kind), as_set(thema), as_set(grond)
        if themas:
            unknown = themas - {_norm(t) for t in L.thema_ids()}
            if unknown:
                raise KeyError(f"onbekend thema {sorted(unknown)[0]!r}; kies uit: {', '.join(L.thema_ids())}")
        van = _grens(vanaf, False) if vanaf is not None else None
        tm = _grens(tot, True) if tot is not None else None
        keep = []
        for r in self.records:
            if bron is not None and not (fnmatch.fnmatch(r.source, bron) or fnmatch.fnmatch(Path(r.source).name, bron)):
                continue
            m = r.metadata or {}
            if gem is not None and not gem & {_norm(g) for g in _as_list(m.get("gemeente"))}:
                continue
            if kinds is not None and _norm(r.kind) not in kinds:
                continue
            if themas is not None and not themas & {_norm(lab.label) for lab in r.labels}:
                continue
            if gronden is not None and not gronden & {_norm(g) for g in _as_list(m.get("grond"))}:
                continue
            if van is not None or tm is not None:
                ts = _datum(m.get("datum"))
                if ts is None or (van is not None and ts < van) or (tm is not None and ts > tm):
                    continue
            keep.append(r)
        return Result(keep, gepseudonimiseerd=self.gepseudonimiseerd, herkomst=self.herkomst)

    # -- privacy -------------------------------------------------------------------------
    def pseudonimiseer(self, pseudonymiser: Any = None) -> "Result":
        """A copy with personal data replaced by placeholders, consistent across all records."""
        if pseudonymiser is None:
            try:
                from klachtanalyse.privacy import Pseudonymiser
            except ImportError:
                raise RuntimeError("pseudonimiseren is niet beschikbaar (klachtanalyse.privacy ontbreekt)") from None
            pseudonymiser = Pseudonymiser()
        return Result(
            [pseudonymiser.pseudonymise_record(r) for r in self.records],
            gepseudonimiseerd=True,
            herkomst=self.herkomst,
        )

    # -- showing -------------------------------------------------------------------------
    def toon(self, document: str, *, volledig: bool | None = None):
        """One document with its evidence highlighted per theme (HTML; renders in Jupyter).

        Long texts show only the passages around the evidence unless volledig=True.
        """
        from klachtanalyse.report.highlight import weergave

        return weergave(self.record(document), volledig=volledig)

    def plot_themas(self, **kw):
        from klachtanalyse.report import charts

        return charts.plot_themas(self, **kw)

    def plot_tijd(self, **kw):
        from klachtanalyse.report import charts

        return charts.plot_tijd(self, **kw)

    def plot_gemeente(self, **kw):
        from klachtanalyse.report import charts

        return charts.plot_gemeente(self, **kw)

    def plot_grond(self, **kw):
        from klachtanalyse.report import charts

        return charts.plot_grond(self, **kw)

    def plot_samenhang(self, **kw):
        from klachtanalyse.report import charts

        return charts.plot_samenhang(self, **kw)

    def rapport(self, out: str | Path, *, xlsx: str | Path | None = None, **kw) -> Path:
        """Write the self-contained HTML report (always pseudonymised); see report.write_report."""
        from klachtanalyse.report import write_report

        return write_report(self, out, xlsx=xlsx, **kw)

    def naar_excel(self, path: str | Path) -> Path:
        """The tables in one Excel workbook (one sheet each)."""
        from klachtanalyse.report.xlsx import write_xlsx

        return write_xlsx(self, path)

    def _repr_html_(self) -> str:
        from klachtanalyse.report.html import result_summary_html

        return result_summary_html(self)
