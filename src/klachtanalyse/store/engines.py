"""Where files are analysed: in this process, in N worker processes, or on a Dask cluster.

Every engine runs the same `Pipeline.analyse_file` and hands `Record`s back to the one
writer (the batch runner in the main process). Engines only ever hold the tasks in
flight; the runner bounds how many that are, so memory does not grow with the corpus.

    engine.submit(task)            start analysing one file
    engine.results(block) -> list  (task, record, seconds) of files that are done
    engine.in_flight               how many are submitted and not yet returned
    engine.close()
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import tempfile
import time
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from klachtanalyse.document import Record
from klachtanalyse.pipeline import Options, Pipeline, file_id

log = logging.getLogger(__name__)

class BatchError(RuntimeError):
    """A run that cannot start (no Dask, unreachable scheduler, missing module): one line."""


# The one line a file gets when the worker process died on it (out of memory, a crash in C).
WORKER_DIED = "het werkproces stopte onverwacht bij dit bestand (geheugen vol of vastgelopen lezer)"


@dataclass(slots=True)
class Task:
    """One file to account for, in the order the files were found."""

    index: int
    path: str  # as given or found: becomes the record's source
    key: str  # absolute path: the store's key
    content_hash: str | None = None
    size_bytes: int | None = None
    action: str = "new"  # new | changed | retried | outdated | skip
    seconds: float | None = None  # analysis time in the worker, once done


# -- the worker side (runs in worker processes and on Dask workers) ---------------------

_PIPELINES: dict[tuple, Pipeline] = {}


def _pipeline(options: Options) -> Pipeline:
    """One Pipeline per process and options: models load once, not per file."""
    key = astuple(options)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = _PIPELINES[key] = Pipeline(options)
        pipe.warm_up()
    return pipe


def analyse_path(path: str, options: Options) -> tuple[Record, float]:
    """Analyse one file by its path (same machine or a shared file system)."""
    t0 = time.perf_counter()
    record = _pipeline(options).analyse_file(path)
    return record, time.perf_counter() - t0


def analyse_bytes(source: str, data: bytes, options: Options) -> tuple[Record, float]:
    """Analyse a file sent as bytes (a cluster without the files): same name, temp folder."""
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="klachtanalyse-") as tmp:
        local = Path(tmp) / (Path(source).name or "document")
        local.write_bytes(data)
        record = _pipeline(options).analyse_file(local)
    record.source = source
    if record.error:
        record.error = record.error.replace(str(local), source)
    return record, time.perf_counter() - t0


def _process_gone(pid: int) -> bool:
    """True when `pid` no longer runs (also when it is a zombie nobody has reaped yet)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _watch_writer(pid: int, interval: float = 0.5) -> None:
    """Exit when the writer (main process) is gone, e.g. killed with SIGKILL.

    A pool worker waits on its task queue forever, and a forkserver child keeps the fork
    server alive: without this, a killed run leaves its workers behind, holding memory.
    """
    import threading

    def watch() -> None:
        while True:
            time.sleep(interval)
            if _process_gone(pid):
                os._exit(70)

    threading.Thread(target=watch, name="klachtanalyse-writer-watch", daemon=True).start()


def _init_worker(options: Options, threads: int, writer_pid: int | None = None) -> None:
    """Worker start: Ctrl-C is the main process's business; load the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if writer_pid:
        _watch_writer(writer_pid)
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(threads)
    _pipeline(options)
    if "torch" in sys.modules:  # a model may have imported torch just now
        sys.modules["torch"].set_num_threads(threads)


# -- engines -------------------------------------------------------------------------------


class SerialEngine:
    """-j 1: analyse in this process, one file at a time (no start-up cost)."""

    name = "serial"
    slots = 1

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self._done: list[tuple[Task, Record, float]] = []

    @property
    def in_flight(self) -> int:
        return len(self._done)

    def submit(self, task: Task) -> None:
        t0 = time.perf_counter()
        record = self.pipeline.analyse_file(task.path)
        self._done.append((task, record, time.perf_counter() - t0))

    def results(self, block: bool) -> list[tuple[Task, Record, float]]:
        out, self._done = self._done, []
        return out

    def close(self) -> None:
        pass


class ProcessEngine:
    """-j N: N worker processes on this machine (forkserver: workers never inherit the store)."""

    name = "processes"

    def __init__(self, options: Options, jobs: int):
        self.options = options
        self.jobs = self.slots = jobs
        self.threads = max(1, (os.cpu_count() or 1) // jobs)
        self._futures: dict[Any, Task] = {}
        self._done: list[tuple[Task, Record, float]] = []
        self.worker_fn = analyse_path  # module-level, picklable; tests swap in a crashing one
        self._pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        if method == "forkserver":
            # Import the heavy libraries once in the fork server, not once per worker
            # (spaCy pulls in thinc and torch: seconds); missing ones are skipped.
            ctx.set_forkserver_preload(["spacy", "klachtanalyse.pipeline", "klachtanalyse.store.engines"])
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx, initializer=_init_worker,
                                   initargs=(self.options, self.threads, os.getpid()))

    @property
    def in_flight(self) -> int:
        return len(self._futures) + len(self._done)

    def submit(self, task: Task) -> None:
        from concurrent.futures.process import BrokenProcessPool

        try:
            fut = self._pool.submit(self.worker_fn, task.path, self.options)
        except BrokenProcessPool:
            self._recover([task])
            return
        self._futures[fut] = task

    def results(self, block: bool) -> list[tuple[Task, Record, float]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        if self._futures and not self._done:
            done, _ = wait(list(self._futures), timeout=None if block else 0, return_when=FIRST_COMPLETED)
        else:
            done = [f for f in self._futures if f.done()]
        broken: list[Task] = []
        for fut in done:
            task = self._futures.pop(fut)
            try:
                record, seconds = fut.result()
            except BrokenProcessPool:
                broken.append(task)
                continue
            except Exception as err:  # e.g. a record that cannot be pickled back
                record, seconds = _failed(task, f"analyse mislukt: {type(err).__name__}"), 0.0
            self._done.append((task, record, seconds))
        if broken:
            # Every future of a broken pool fails; gather them all and find the culprit.
            broken.extend(self._futures.values())
            self._futures.clear()
            self._recover(broken)
        out, self._done = self._done, []
        return out

    def _recover(self, tasks: list[Task]) -> None:
        """A worker died: new pool, then the files that were in flight one by one, so only
        the file that kills a worker gets an error record and the others are analysed."""
        from concurrent.futures.process import BrokenProcessPool

        log.warning("een werkproces stopte onverwacht; %d bestanden worden los opnieuw gedaan", len(tasks))
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        for task in sorted(tasks, key=lambda t: t.index):
            try:
                record, seconds = self._pool.submit(self.worker_fn, task.path, self.options).result()
            except BrokenProcessPool:
                record, seconds = _failed(task, WORKER_DIED), 0.0
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
            except Exception as err:
                record, seconds = _failed(task, f"analyse mislukt: {type(err).__name__}"), 0.0
            self._done.append((task, record, seconds))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """--engine dask: the same pipeline on a Dask cluster; no --scheduler = a LocalCluster.

    Workers receive paths (`send="paths"`, needs the files on every worker, e.g. a shared
    file system) or the file's bytes (`send="bytes"`, works on any cluster). Results come
    back to this process, the one store writer.
    """

    name = "dask"

    def __init__(self, options: Options, jobs: int, scheduler: str | None = None, send: str = "auto"):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise BatchError("de Dask-engine vraagt dask[distributed]: pip install 'dask[distributed]'") from None
        self.options = options
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise BatchError(f"kan Dask-scheduler {scheduler} niet bereiken: {type(err).__name__}") from None
        else:
            self._cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self._cluster)
        self.send = send if send != "auto" else ("bytes" if scheduler else "paths")
        self._futures: dict[Any, Task] = {}

    @property
    def workers(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    @property
    def slots(self) -> int:
        """Tasks the cluster runs at once (threads over all workers): sizes the window."""
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))

    @property
    def in_flight(self) -> int:
        return len(self._futures)

    def submit(self, task: Task) -> None:
        if self.send == "bytes":
            try:
                data = Path(task.path).read_bytes()
            except OSError:
                data = None
            if data is not None:
                fut = self.client.submit(analyse_bytes, task.path, data, self.options, pure=False)
                self._futures[fut] = task
                return
        fut = self.client.submit(analyse_path, task.path, self.options, pure=False)
        self._futures[fut] = task

    def results(self, block: bool) -> list[tuple[Task, Record, float]]:
        from distributed import wait

        if not self._futures:
            return []
        if block:
            done = wait(list(self._futures), return_when="FIRST_COMPLETED").done
        else:
            done = [f for f in self._futures if f.done()]
        out = []
        for fut in done:
            task = self._futures.pop(fut)
            try:
                record, seconds = fut.result()
            except Exception as err:  # a worker lost with the task, a pickling error
                record, seconds = _failed(task, f"analyse op het cluster mislukt: {type(err).__name__}"), 0.0
            fut.release()
            out.append((task, record, seconds))
        return out

    def close(self) -> None:
        for fut in self._futures:
            fut.cancel()
        self._futures.clear()
        if self._cluster is not None:
            # Our own LocalCluster: shut the workers down at once (a plain close waits
            # seconds for workers that imported torch); a --scheduler cluster is left running.
            try:
                self.client.shutdown()
            finally:
                self._cluster.close()
        else:
            self.client.close()


def _failed(task: Task, reason: str) -> Record:
    return Record.failed(task.path, reason, file_id(Path(task.path)))
