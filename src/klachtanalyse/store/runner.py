"""The batch runner behind `analyse`: every file found accounted for once, in order.

    files (sorted) -> plan (hash, ask the store) -> engine (1 process, N processes, Dask)
                   -> reorder by file order -> pseudonymise -> store (one writer) + output

Why this shape:
- Only the main process writes the store, in transactions of at most `COMMIT_EVERY`
  records or `COMMIT_SECONDS`; a killed run loses at most what was not committed yet, and
  the next run redoes exactly that (the plan asks the store what it already holds).
- Records leave in the order the files were found (the contract), also with -j N: results
  wait in a reorder buffer that is bounded, like the number of tasks in flight, so memory
  does not grow with the number of files.
- Pseudonymisation happens here, in file order, in one process: placeholders are the same
  for the same person across the whole run, whatever -j or engine.
- Incremental: a file is skipped when the store holds an ok record of the same bytes, made
  by the same pipeline and model version with the same options; errors are always retried.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from klachtanalyse.document import Record
from klachtanalyse.pipeline import Options, Pipeline
from klachtanalyse.store.db import Entry, Signature, Store
from klachtanalyse.store.engines import BatchError, DaskEngine, ProcessEngine, SerialEngine, Task
from klachtanalyse.store.progress import Progress

log = logging.getLogger(__name__)

COMMIT_EVERY = 128  # records per transaction
COMMIT_SECONDS = 1.0  # ... or at least this often
PLAN_CHUNK = 256  # files hashed and looked up in the store at a time


def hash_file(path: str | Path) -> tuple[str, int | None]:
    """sha256 of the file's bytes (streamed) and its size; unreadable files hash their path."""
    h = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
                size += len(chunk)
    except OSError:
        return "sha256:" + hashlib.sha256(str(path).encode()).hexdigest(), None
    return "sha256:" + h.hexdigest(), size


@dataclass
class BatchCounts:
    files: int = 0
    analysed: int = 0
    skipped: int = 0
    errors: int = 0
    new_files: int = 0
    changed_files: int = 0
    retried: int = 0
    outdated: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class BatchRun:
    """One run over a list of files; iterate `records()` to drive it.

    paths          files (already discovered and sorted: the output order)
    options        pipeline options (pseudonimiseer, model)
    store          path of the DuckDB store, or None (no store: everything is analysed)
    jobs           worker processes (1 = in this process) or Dask workers for a LocalCluster
    engine         "processes" (default) or "dask"
    scheduler      Dask scheduler address; None = a LocalCluster on this machine
    send           Dask: "paths", "bytes" or "auto" (paths locally, bytes to a remote cluster)
    emit_skipped   also yield the stored records of unchanged files (the contract: one
                   record per file found); False when nobody reads the records
    stored_text    load the text of those stored records too (default: when options.keep_text;
                   the CLI's JSON lines and tables need none)
    progress       True/False, or None: a bar on a terminal, a line every 30 s in a log
    """

    paths: Sequence[str | Path]
    options: Options = field(default_factory=Options)
    store: str | Path | None = None
    jobs: int = 1
    engine: str = "processes"
    scheduler: str | None = None
    send: str = "auto"
    emit_skipped: bool = True
    stored_text: bool | None = None  # unchanged files' records carry their text (None: as options.keep_text)
    progress: bool | None = True
    args: dict[str, Any] = field(default_factory=dict)
    counts: BatchCounts = field(default_factory=BatchCounts)
    run_id: int | None = None
    seconds: float = 0.0
    on_error: Callable[[Record], None] | None = None

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("-j moet minstens 1 zijn")
        if self.engine not in ("processes", "dask"):
            raise ValueError(f"onbekende engine: {self.engine}")
        self._pseudonymiser = None
        if self.options.pseudonimiseer:
            self._pseudonymiser = _load_pseudonymiser()

    @property
    def pseudonymiser(self):
        """The run's one Pseudonymiser (None without --pseudonimiseer), e.g. to write its key."""
        return self._pseudonymiser

    # -- planning --------------------------------------------------------------------------

    def _plan(self, store: Store | None, sig: Signature) -> Iterator[tuple[Task, Record | None]]:
        """Tasks in file order, with the stored record for unchanged files (if wanted)."""
        paths = list(self.paths)
        for start in range(0, len(paths), PLAN_CHUNK):
            chunk = paths[start : start + PLAN_CHUNK]
            tasks = [Task(start + i, str(p), os.path.abspath(p)) for i, p in enumerate(chunk)]
            if store is None:
                for t in tasks:
                    yield t, None
                continue
            for t in tasks:
                t.content_hash, t.size_bytes = hash_file(t.path)
            states = store.states([t.key for t in tasks])
            for t in tasks:
                state = states.get(t.key)
                if state is None:
                    t.action = "new"
                elif state.is_current(t.content_hash, sig):
                    t.action = "skip"
                elif state.status != "ok":
                    t.action = "retried"
                elif state.content_hash != t.content_hash:
                    t.action = "changed"
                else:
                    t.action = "outdated"
            stored: dict[str, Record] = {}
            skipped = [t.key for t in tasks if t.action == "skip"]
            if skipped and self.emit_skipped:
                with_text = self.options.keep_text if self.stored_text is None else self.stored_text
                stored = store.get_records(skipped, include_text=with_text)
            for t in tasks:
                if t.action == "skip":
                    self._renamed_check(t, states[t.key].source)
                    yield t, stored.get(t.key)
                else:
                    yield t, None

    def _renamed_check(self, task: Task, stored_source: str) -> None:
        if stored_source != task.path:
            self._renamed.append((task.key, task.path))

    # -- running ---------------------------------------------------------------------------

    def records(self) -> Iterator[Record]:
        """Run, yielding one record per file in file order (unchanged files: if emit_skipped)."""
        t0 = time.perf_counter()
        self._renamed: list[tuple[str, str]] = []
        self.counts = BatchCounts(files=len(self.paths))
        # Open the store first: a store in use by another run should fail before models load.
        store = Store(self.store) if self.store is not None else None
        try:
            pipeline = Pipeline(self.options)
            sig_d = pipeline.signature()
        except BaseException:
            if store is not None:
                store.close()
            raise
        sig = Signature(sig_d["pipeline_version"], sig_d["model_name"], sig_d["model_version"],
                        bool(self.options.pseudonimiseer))
        engine_name = "dask" if self.engine == "dask" else ("serial" if self.jobs == 1 else "processes")
        if engine_name != "serial":
            pipeline = None  # workers load their own; do not keep a model in the writer

        engine = None
        pending: list[Entry] = []
        last_commit = time.monotonic()
        progress = Progress(len(self.paths), enabled=self.progress)
        status = "interrupted"
        window = max(8, 4 * self.jobs)  # tasks in flight
        ahead = max(64, 8 * window)  # how far results may run ahead of the output
        buffer: dict[int, tuple[Task, Record, bool]] = {}  # index -> (task, record, analysed)
        next_out = 0

        def flush(force: bool = False) -> None:
            nonlocal pending, last_commit
            if store is None:
                pending = []
                return
            if force or len(pending) >= COMMIT_EVERY or time.monotonic() - last_commit >= COMMIT_SECONDS:
                store.write(pending, self.run_id, sig, counts=self.counts.as_dict(),
                            seconds=time.perf_counter() - t0, renamed=self._renamed)
                pending = []
                self._renamed = []
                last_commit = time.monotonic()

        def drain() -> Iterator[Record]:
            """Hand out every record whose turn has come: pseudonymise, store, yield."""
            nonlocal next_out
            while next_out in buffer:
                task, record, analysed = buffer.pop(next_out)
                next_out += 1
                if analysed:
                    if self._pseudonymiser is not None and record.status == "ok":
                        record = self._pseudonymiser.pseudonymise_record(record)
                    self._count(task, record)
                    if store is not None:
                        pending.append(Entry(task.key, task.content_hash or "", task.size_bytes, record,
                                             task.seconds, replace=task.action != "new"))
                    progress.update(error=record.status == "error")
                    if record.status == "error":
                        if self.on_error:
                            self.on_error(record)
                        else:
                            progress.write(f"{record.source}: {record.error}")
                    flush()
                    yield record
                else:
                    self.counts.skipped += 1
                    progress.update(skipped=True)
                    if record is not None:
                        record.source = task.path
                        yield record

        def collect(block: bool) -> None:
            for task, record, seconds in engine.results(block):
                task.seconds = seconds
                buffer[task.index] = (task, record, True)

        try:
            if store is not None:
                self.run_id = store.start_run(self.args, sig, engine_name, self.jobs)
            for task, stored in self._plan(store, sig):
                if task.action == "skip":
                    buffer[task.index] = (task, stored, False)
                else:
                    if engine is None:
                        engine = self._start_engine(pipeline)
                        window = max(8, 4 * engine.slots)  # a Dask cluster may have many workers
                        ahead = max(64, 8 * window)
                    # Bounded: wait while too many are in flight or results run too far ahead.
                    while engine.in_flight >= window or (task.index - next_out >= ahead and engine.in_flight):
                        collect(block=True)
                        yield from drain()
                    engine.submit(task)
                    collect(block=False)
                yield from drain()
                if store is not None and pending:
                    flush()
            while engine is not None and engine.in_flight:
                collect(block=True)
                yield from drain()
            yield from drain()
            assert not buffer, "batch runner: records left in the reorder buffer"
            status = "done"
        finally:
            self.seconds = time.perf_counter() - t0
            progress.close()
            if engine is not None:
                engine.close()
            if store is not None:
                try:
                    flush(force=True)
                    store.finish_run(self.run_id, self.counts.as_dict(), self.seconds, status=status)
                finally:
                    store.close()

    def _count(self, task: Task, record: Record) -> None:
        c = self.counts
        c.analysed += 1
        c.errors += record.status == "error"
        if task.action == "new":
            c.new_files += 1
        elif task.action == "changed":
            c.changed_files += 1
        elif task.action == "retried":
            c.retried += 1
        elif task.action == "outdated":
            c.outdated += 1

    def _start_engine(self, pipeline: Pipeline | None):
        if self.engine == "dask":
            return DaskEngine(self.options, self.jobs, self.scheduler, self.send)
        if self.jobs == 1:
            return SerialEngine(pipeline or Pipeline(self.options))
        return ProcessEngine(self.options, self.jobs)

    def summary(self) -> str:
        c = self.counts
        rate = c.analysed / self.seconds if self.seconds > 0 else 0.0
        return (f"{c.files} bestanden: {c.analysed} geanalyseerd ({c.new_files} nieuw, {c.changed_files} gewijzigd, "
                f"{c.retried} opnieuw na fout, {c.outdated} nieuwe versie), {c.skipped} ongewijzigd, "
                f"{c.errors} fouten; {self.seconds:.1f} s" + (f" ({rate:.1f} geanalyseerd/s)" if c.analysed else ""))


def run_batch(paths: Iterable[str | Path], **kwargs: Any) -> BatchRun:
    """Run to the end without collecting records (they are in the store); returns the run."""
    run = BatchRun(list(paths), emit_skipped=False, **kwargs)
    for _ in run.records():
        pass
    return run


def _load_pseudonymiser():
    try:
        from klachtanalyse.privacy import Pseudonymiser
    except ImportError:
        raise BatchError("--pseudonimiseer is in deze versie nog niet beschikbaar (privacy-module ontbreekt)") from None
    return Pseudonymiser()
