"""The embedded store: one DuckDB file with documents, findings, evidence and runs.

One process writes (the batch runner's writer), in transactions of a few hundred records,
so a killed run loses at most the batch in flight and never leaves half a record behind.
Readers (export, the report, notebooks) open the same file, read-only if they like.

    with Store("resultaten.duckdb") as store:
        for record in store.iter_records():
            ...
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from klachtanalyse.document import Evidence, Label, Record, empty_metadata
from klachtanalyse.store.schema import DDL, SCHEMA_VERSION

# Rows per transaction when reading in chunks; keeps memory flat on large stores.
READ_CHUNK = 256


class StoreError(Exception):
    """The store cannot be opened or used; str(err) is a one-line reason for the user."""


@dataclass(frozen=True, slots=True)
class Signature:
    """What, besides the bytes, decides a file's record: re-analyse when any of it changes."""

    pipeline_version: str
    model_name: str | None = None
    model_version: str | None = None
    pseudonymised: bool = False


@dataclass(frozen=True, slots=True)
class StoredState:
    """What the store knows about one file, enough to decide whether to analyse it again."""

    path: str
    source: str
    content_hash: str
    status: str
    pipeline_version: str
    model_name: str | None
    model_version: str | None
    pseudonymised: bool

    def is_current(self, content_hash: str, sig: Signature) -> bool:
        """Same bytes, same versions, same options, and not an error (errors are retried)."""
        return (
            self.status == "ok"
            and self.content_hash == content_hash
            and self.pipeline_version == sig.pipeline_version
            and self.model_name == sig.model_name
            and self.model_version == sig.model_version
            and bool(self.pseudonymised) == sig.pseudonymised
        )


@dataclass(slots=True)
class Entry:
    """One analysed file on its way into the store."""

    path: str  # absolute path, the key
    content_hash: str
    size_bytes: int | None
    record: Record
    seconds: float | None = None
    replace: bool = True  # False: the store is known not to hold this path (saves the deletes)


def path_key(path: str | os.PathLike) -> str:
    """The key of a file in the store: its absolute, normalised path (symlinks kept)."""
    return os.path.abspath(os.fspath(path))


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


class Store:
    """A klachtanalyse store in one DuckDB file (created with its tables if missing).

    `read_only=True` opens an existing store without taking the writer's lock away from
    nobody: several readers may share it, but not while a run is writing to it.
    """

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False):
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"store bestaat niet: {self.path}")
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"kan store niet aanmaken in {self.path.parent}: {err.strerror}") from None
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(_open_error(self.path, err)) from None
        self._next_finding: int | None = None
        if read_only:
            self._check_schema()
        else:
            self._create()

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        con = getattr(self, "con", None)
        if con is not None:
            con.close()
            self.con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self.con.execute("SELECT count(*) FROM documents").fetchall()[0][0])

    def _create(self) -> None:
        self.con.execute("BEGIN")
        try:
            self.con.execute(DDL)
            rows = self.con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchall()
            row = rows[0] if rows else None
            if row is None:
                self.con.execute(
                    "INSERT INTO store_info VALUES ('schema_version', ?), ('created', ?)",
                    [SCHEMA_VERSION, _now().isoformat(timespec="seconds")],
                )
            elif row[0] != SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.path} heeft schemaversie {row[0]}, deze versie van klachtanalyse "
                    f"kent {SCHEMA_VERSION}: gebruik een nieuwe store"
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _check_schema(self) -> None:
        try:
            rows = self.con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchall()
            row = rows[0] if rows else None
        except Exception:
            raise StoreError(f"{self.path} is geen klachtanalyse-store") from None
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"store {self.path} heeft een onbekende schemaversie")

    # -- reading -----------------------------------------------------------------------

    def sql(self, query: str, params: Sequence[Any] | None = None):
        """Run any SQL on the store; returns a DuckDB relation (`.df()`, `.fetchall()`)."""
        return self.con.sql(query, params=list(params) if params else None)

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first, with its arguments, versions and counts."""
        cur = self.con.execute("SELECT * FROM runs ORDER BY id")
        cols = [d[0] for d in cur.description]
        out = []
        for row in cur.fetchall():
            item = dict(zip(cols, row))
            if item.get("args"):
                item["args"] = json.loads(item["args"])
            out.append(item)
        return out

    def iter_records(
        self,
        include_text: bool = True,
        *,
        status: str | None = None,
        kind: str | None = None,
        provenance: bool = False,
    ) -> Iterator[Record]:
        """Every stored record, sorted by source, streamed in chunks (memory stays flat).

        Records have the interface shape plus `text` (if include_text) and `extra`;
        labels keep `source`, evidence keeps `rule`. With provenance=True, `extra["store"]`
        says which run, pipeline and model made the record and the hash of the file's bytes.
        """
        where, params = [], []
        if status:
            where.append("status = ?")
            params.append(status)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        text_col = "text" if include_text else "NULL AS text"
        # A separate cursor, so callers may query the store while iterating.
        cur = self.con.cursor()
        try:
            cur.execute(
                f"SELECT path, source, id, kind, status, error, metadata, extra, {text_col}, "
                f"content_hash, pipeline_version, model_name, model_version, pseudonymised, run_id, "
                f"analysed_at FROM documents {clause} ORDER BY source, path",
                params,
            )
            while True:
                rows = cur.fetchmany(READ_CHUNK)
                if not rows:
                    break
                yield from self._build_records(rows, provenance)
        finally:
            cur.close()

    def get_records(self, paths: Iterable[str], include_text: bool = True) -> dict[str, Record]:
        """The stored records of the given keys (absolute paths); missing keys are left out."""
        keys = list(dict.fromkeys(paths))
        out: dict[str, Record] = {}
        text_col = "text" if include_text else "NULL AS text"
        for i in range(0, len(keys), READ_CHUNK):
            chunk = keys[i : i + READ_CHUNK]
            rows = self.con.execute(
                f"SELECT path, source, id, kind, status, error, metadata, extra, {text_col}, "
                f"content_hash, pipeline_version, model_name, model_version, pseudonymised, run_id, "
                f"analysed_at FROM documents WHERE path IN (SELECT unnest(?))",
                [chunk],
            ).fetchall()
            for row, record in zip(rows, self._build_records(rows, False)):
                out[row[0]] = record
        return out

    def states(self, paths: Sequence[str]) -> dict[str, StoredState]:
        """What the store knows about these keys (for the incremental plan)."""
        out: dict[str, StoredState] = {}
        for i in range(0, len(paths), 2048):
            chunk = list(paths[i : i + 2048])
            rows = self.con.execute(
                "SELECT path, source, content_hash, status, pipeline_version, model_name, model_version, "
                "pseudonymised FROM documents WHERE path IN (SELECT unnest(?))",
                [chunk],
            ).fetchall()
            for row in rows:
                out[row[0]] = StoredState(*row)
        return out

    def _build_records(self, rows: list[tuple], provenance: bool) -> list[Record]:
        paths = [r[0] for r in rows]
        labels = self._labels_of(paths)
        records = []
        for (path, source, id_, kind, status, error, metadata, extra, text, chash, pv, mname, mver,
             pseudo, run_id, analysed_at) in rows:
            meta = empty_metadata()
            if metadata:
                meta.update(json.loads(metadata))
            extra_d = json.loads(extra) if extra else {}
            if provenance:
                extra_d["store"] = {
                    "path": path,
                    "content_hash": chash,
                    "pipeline_version": pv,
                    "model": f"{mname}@{mver}" if mname else None,
                    "pseudonymised": bool(pseudo),
                    "run_id": run_id,
                    "analysed_at": analysed_at.isoformat(timespec="seconds") if analysed_at else None,
                }
            records.append(
                Record(
                    id=id_, source=source, kind=kind or "onbekend", status=status, error=error,
                    metadata=meta, labels=labels.get(path, []), text=text, extra=extra_d,
                )
            )
        return records

    def _labels_of(self, paths: list[str]) -> dict[str, list[Label]]:
        if not paths:
            return {}
        rows = self.con.execute(
            'SELECT f.document, f.id, f.label, f.score, f.source, e.text, e.start, e."end", e.rule '
            "FROM findings f LEFT JOIN evidence e ON e.finding = f.id "
            "WHERE f.document IN (SELECT unnest(?)) ORDER BY f.document, f.position, e.position",
            [paths],
        ).fetchall()
        out: dict[str, list[Label]] = {}
        current: dict[int, Label] = {}
        for doc, fid, label, score, source, etext, start, end, rule in rows:
            lab = current.get(fid)
            if lab is None:
                lab = current[fid] = Label(label, score, [], source)
                out.setdefault(doc, []).append(lab)
            if etext is not None:
                lab.evidence.append(Evidence(etext, start, end, rule))
        return out

    # -- writing (one writer) ------------------------------------------------------------

    def _require_writer(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is alleen-lezen geopend")

    def start_run(self, args: dict[str, Any], sig: Signature, engine: str, jobs: int) -> int:
        """Record a new run; runs a killed process left `running` become `interrupted`."""
        self._require_writer()
        self.con.execute("BEGIN")
        try:
            self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            run_id = int(self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchall()[0][0])
            self.con.execute(
                "INSERT INTO runs (id, started, status, args, engine, jobs, pipeline_version, model_name, "
                "model_version, pseudonymised) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                [run_id, _now(), _json(args), engine, jobs, sig.pipeline_version, sig.model_name,
                 sig.model_version, sig.pseudonymised],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return run_id

    def finish_run(self, run_id: int, counts: dict[str, int], seconds: float, status: str = "done") -> None:
        self._require_writer()
        self._update_counts(run_id, counts, seconds, finished=True, status=status)

    def _update_counts(self, run_id: int, counts: dict[str, int], seconds: float | None,
                       finished: bool = False, status: str | None = None) -> None:
        cols = ["files", "analysed", "skipped", "errors", "new_files", "changed_files", "retried", "outdated"]
        sets = [f"{c} = ?" for c in cols if c in counts]
        params: list[Any] = [int(counts[c]) for c in cols if c in counts]
        if seconds is not None:
            sets.append("seconds = ?")
            params.append(float(seconds))
        if finished:
            sets.append("finished = ?")
            params.append(_now())
        if status:
            sets.append("status = ?")
            params.append(status)
        if sets:
            self.con.execute(f"UPDATE runs SET {', '.join(sets)} WHERE id = ?", params + [run_id])

    def write(self, entries: Sequence[Entry], run_id: int, sig: Signature,
              counts: dict[str, int] | None = None, seconds: float | None = None,
              renamed: Sequence[tuple[str, str]] = ()) -> None:
        """Store analysed files in ONE transaction, replacing earlier records of the same paths.

        `renamed` updates the `source` of unchanged files now found under another given path;
        `counts` updates the run's row in the same transaction, so counts match the records.
        """
        self._require_writer()
        if not entries and not renamed and counts is None:
            return
        if self._next_finding is None:
            self._next_finding = int(self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM findings").fetchall()[0][0])
        now = _now()
        doc_rows, finding_rows, evidence_rows = [], [], []
        fid = self._next_finding
        for e in entries:
            r = e.record
            doc_rows.append((
                e.path, r.source, r.id, e.content_hash, e.size_bytes, r.kind, r.status, r.error,
                _json(r.metadata), _json(r.extra), r.text, sig.pipeline_version, sig.model_name,
                sig.model_version, sig.pseudonymised, run_id, now, e.seconds,
            ))
            for pos, lab in enumerate(r.labels):
                finding_rows.append((fid, e.path, pos, lab.label, float(lab.score), lab.source,
                                     sig.model_name, sig.model_version, sig.pipeline_version, run_id))
                for epos, ev in enumerate(lab.evidence):
                    evidence_rows.append((fid, epos, ev.text, int(ev.start), int(ev.end), ev.rule))
                fid += 1
        doc_cols = ["path", "source", "id", "content_hash", "size_bytes", "kind", "status", "error", "metadata",
                    "extra", "text", "pipeline_version", "model_name", "model_version", "pseudonymised",
                    "run_id", "analysed_at", "seconds"]
        con = self.con
        con.execute("BEGIN")
        try:
            if doc_rows:
                # Replace: drop what the store held for these paths, then append the new rows
                # (DuckDB's appender: one statement per table, inside this transaction).
                keys = [e.path for e in entries if e.replace]
                if keys:
                    con.execute("DELETE FROM evidence WHERE finding IN "
                                "(SELECT id FROM findings WHERE document IN (SELECT unnest(?)))", [keys])
                    con.execute("DELETE FROM findings WHERE document IN (SELECT unnest(?))", [keys])
                    con.execute("DELETE FROM documents WHERE path IN (SELECT unnest(?))", [keys])
                for table, columns, rows in (
                    ("documents", doc_cols, doc_rows),
                    ("findings", None, finding_rows),
                    ("evidence", None, evidence_rows),
                ):
                    if rows:
                        app = con.appender(table, columns=columns) if columns else con.appender(table)
                        app.append_rows(rows)
                        app.flush()
            for key, source in renamed:
                con.execute("UPDATE documents SET source = ? WHERE path = ?", [source, key])
            if counts is not None:
                self._update_counts(run_id, counts, seconds)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self._next_finding = fid

    # -- checks --------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Integrity problems (empty list = sound): orphans, duplicates, evidence off its text."""
        problems = []
        q = self.con.execute
        n = q("SELECT count(*) - count(DISTINCT path) FROM documents").fetchall()[0][0]
        if n:
            problems.append(f"{n} dubbele documenten")
        n = q("SELECT count(*) FROM findings f LEFT JOIN documents d ON d.path = f.document WHERE d.path IS NULL").fetchall()[0][0]
        if n:
            problems.append(f"{n} bevindingen zonder document")
        n = q("SELECT count(*) FROM evidence e LEFT JOIN findings f ON f.id = e.finding WHERE f.id IS NULL").fetchall()[0][0]
        if n:
            problems.append(f"{n} bewijspassages zonder bevinding")
        n = q(
            'SELECT count(*) FROM evidence e JOIN findings f ON f.id = e.finding JOIN documents d ON d.path = f.document '
            'WHERE d.text IS NOT NULL AND substr(d.text, e.start + 1, e."end" - e.start) <> e.text'
        ).fetchall()[0][0]
        if n:
            problems.append(f"{n} bewijspassages wijken af van de tekst")
        return problems


def _open_error(path: Path, err: Exception) -> str:
    msg = str(err)
    if "lock" in msg.lower():
        return f"store {path} is in gebruik door een ander proces (loopt er nog een analyse?)"
    if "not a valid DuckDB database" in msg or "not a valid" in msg:
        return f"{path} is geen DuckDB-bestand (geen klachtanalyse-store)"
    first = msg.splitlines()[0] if msg else type(err).__name__
    return f"kan store {path} niet openen: {first}"
