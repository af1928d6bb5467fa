"""-j N and Dask give the same records, in file order, as one process; memory stays bounded."""

from __future__ import annotations

import random
import time

import pytest

from klachtanalyse.pipeline import Options, Pipeline
from klachtanalyse.read import discover
from klachtanalyse.store import Store
from klachtanalyse.store.engines import WORKER_DIED, ProcessEngine
from klachtanalyse.store.runner import BatchRun

from conftest import copy_corpus


def plain(records):
    return [r.to_dict() for r in records]


def test_two_worker_processes_give_the_records_of_one_in_file_order(corpus):
    files = discover([corpus])
    one = plain(BatchRun(files, progress=False).records())
    two = plain(BatchRun(files, jobs=2, progress=False).records())
    assert two == one
    assert [r["source"] for r in two] == [str(f) for f in files]


def test_a_file_that_kills_its_worker_gets_an_error_record_and_the_rest_goes_on(corpus, tmp_path, monkeypatch):
    import _crashy

    started = []

    def crashing_engine(self, pipeline):
        engine = ProcessEngine(self.options, self.jobs)
        engine.worker_fn = _crashy.analyse_or_die
        started.append(engine)
        return engine

    monkeypatch.setattr(BatchRun, "_start_engine", crashing_engine)
    files = discover([corpus])
    records = list(BatchRun(files, jobs=2, store=tmp_path / "r.duckdb", progress=False).records())
    assert [r.source for r in records] == [str(f) for f in files]
    died = [r for r in records if r.error == WORKER_DIED]
    assert [r.source.rsplit("__", 1)[-1] for r in died] == ["Leegstandwet_BWBR0003403.md"]
    assert sum(r.status == "ok" for r in records) == 10  # all but the killer and the empty file
    with Store(tmp_path / "r.duckdb", read_only=True) as store:
        assert len(store) == 12 and store.check() == []


class ShuffledEngine:
    """Finishes tasks in random order and records how much the runner keeps in flight."""

    name = "test"
    slots = 2  # like -j 2: the runner keeps at most 4 * slots = 8 in flight

    def __init__(self, pipeline):
        self.pipeline = pipeline
        self.queue = []
        self.max_in_flight = 0
        self.rng = random.Random(7)

    @property
    def in_flight(self):
        return len(self.queue)

    def submit(self, task):
        self.queue.append(task)
        self.max_in_flight = max(self.max_in_flight, len(self.queue))

    def results(self, block):
        if not self.queue or (not block and self.rng.random() < 0.7):
            return []
        task = self.queue.pop(self.rng.randrange(len(self.queue)))
        return [(task, self.pipeline.analyse_file(task.path), 0.0)]

    def close(self):
        pass


def test_out_of_order_results_leave_in_file_order_with_bounded_work_in_flight(tmp_path, monkeypatch):
    files = copy_corpus(tmp_path / "map", copies=10)  # 111 files
    engines = []

    def shuffled(self, pipeline):
        engines.append(ShuffledEngine(Pipeline(self.options)))
        return engines[-1]

    monkeypatch.setattr(BatchRun, "_start_engine", shuffled)
    batch = BatchRun(files, jobs=2, progress=False)
    sources = [r.source for r in batch.records()]
    assert sources == [str(f) for f in files]
    assert engines[0].max_in_flight <= 8  # the window for -j 2, whatever the number of files


def test_dask_local_cluster_gives_the_same_records_sending_paths_or_bytes(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    files = discover([corpus])
    one = plain(BatchRun(files, progress=False).records())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        by_path = BatchRun(files, engine="dask", scheduler=address, send="paths", store=tmp_path / "d.duckdb",
                           progress=False)
        assert plain(by_path.records()) == one
        by_bytes = BatchRun(files, engine="dask", scheduler=address, progress=False)  # remote: bytes
        assert plain(by_bytes.records()) == one
    with Store(tmp_path / "d.duckdb", read_only=True) as store:
        (run,) = store.runs()
    assert (run["engine"], run["status"], run["analysed"], run["args"]) == ("dask", "done", 12, {})


def test_dask_without_a_scheduler_starts_a_local_cluster_of_j_workers():
    pytest.importorskip("distributed")
    from klachtanalyse.store.engines import DaskEngine

    engine = DaskEngine(Options(), jobs=2)
    try:
        assert (engine.workers, engine.send) == (2, "paths")
    finally:
        engine.close()
