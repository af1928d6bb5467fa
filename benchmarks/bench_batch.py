"""Benchmark of batch runs: documents per second for -j 1, -j 2 and Dask, peak memory, and
the cost of a second run over unchanged files.

    python benchmarks/bench_batch.py [--docs 2000] [--repeat 3] [--keep DIR]

It writes a corpus of --docs documents made by mixing the real ones in corpora/ (rulings
as XML with a unique comment, complaints as text made of paragraphs from several rulings,
statute excerpts as markdown) to a temp folder, then runs the CLI as a researcher would:

    python -m klachtanalyse analyse CORPUS --store DB --alleen-store --geen-voortgang [-j N | --engine dask -j 2]

Each figure is the median of --repeat runs, each on a fresh store except the rerun. CPU
seconds (user + system over the command and all its children) say what the work costs
whatever else runs on the machine; wall time and the speed-ups depend on free cores. Wall
time includes starting Python, loading the pipeline and starting workers: what a user
waits for. Peak memory is the largest sum of RSS over the command and all its children
(workers, Dask scheduler and nanny processes), sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpora_dir() -> Path:
    for candidate in (os.environ.get("KLACHTANALYSE_CORPORA"), REPO / "corpora", "/work/shared/corpora"):
        if candidate and (Path(candidate) / "rechtspraak").is_dir():
            return Path(candidate)
    sys.exit("corpora/ niet gevonden (zet KLACHTANALYSE_CORPORA)")


def build_corpus(dest: Path, n: int, seed: int = 13) -> list[Path]:
    """n documents from the real ones: 50% ruling XML, 40% mixed complaint text, 10% statute."""
    src = corpora_dir()
    rng = random.Random(seed)
    rulings = sorted((src / "rechtspraak").glob("xml*/*.xml"))
    statutes = sorted((src / "regelgeving").rglob("*.md"))
    paragraphs: list[str] = []
    for f in rulings:
        text = re.sub(r"<[^>]+>", "\n", f.read_text(encoding="utf-8", errors="replace"))
        paragraphs += [p.strip() for p in text.split("\n") if len(p.strip()) > 60]
    out = []
    for i in range(n):
        folder = dest / f"week{i // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        kind = i % 10
        if kind < 5:
            f = rulings[rng.randrange(len(rulings))]
            data = f.read_bytes()
            cut = data.find(b"?>") + 2 if data.startswith(b"<?xml") else 0
            data = data[:cut] + f"\n<!-- benchmark-kopie {i} -->".encode() + data[cut:]
            path = folder / f"{f.stem}_{i:05d}.xml"
            path.write_bytes(data)
        elif kind < 9:
            k = rng.randint(5, 30)
            text = "\n\n".join(rng.choice(paragraphs) for _ in range(k))
            path = folder / f"klacht_{i:05d}.txt"
            path.write_text(f"Klacht {i}\n\n{text}\n", encoding="utf-8")
        else:
            f = statutes[rng.randrange(len(statutes))]
            text = f.read_text(encoding="utf-8")
            start = rng.randrange(max(1, len(text) - 40000))
            path = folder / f"regeling_{i:05d}.md"
            path.write_text(text[start : start + rng.randint(5000, 40000)], encoding="utf-8")
        out.append(path)
    return out


def sample_tree(pid: int, stop: threading.Event, result: dict) -> None:
    """Peak RSS (sum over the tree, and the writer alone) and CPU seconds of every process."""
    import psutil

    peak_tree = peak_main = 0
    cpu: dict[int, float] = {}
    try:
        main = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            procs = [main] + main.children(recursive=True)
        except psutil.Error:
            procs = []
        total = 0
        for p in procs:
            try:
                with p.oneshot():
                    rss = p.memory_info().rss
                    t = p.cpu_times()
            except psutil.Error:
                continue
            cpu[p.pid] = t.user + t.system
            total += rss
            if p.pid == pid:
                peak_main = max(peak_main, rss)
        peak_tree = max(peak_tree, total)
        stop.wait(0.05)
    result["tree"] = peak_tree
    result["main"] = peak_main
    result["cpu"] = sum(cpu.values())


def run_cli(args: list[str]) -> tuple[float, dict]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "klachtanalyse", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stop, mem = threading.Event(), {}
    sampler = threading.Thread(target=sample_tree, args=(proc.pid, stop, mem))
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"run failed ({proc.returncode}): {err[-2000:]}")
    return wall, mem


def store_counts(db: Path) -> dict:
    sys.path.insert(0, str(REPO / "src"))
    from klachtanalyse.store import Store

    with Store(db, read_only=True) as store:
        run = store.runs()[-1]
        docs = len(store)
    return {"analysed": run["analysed"], "skipped": run["skipped"], "errors": run["errors"],
            "seconds": run["seconds"], "documents": docs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", metavar="DIR", help="write the corpus and stores here and keep them")
    ap.add_argument("--skip-dask", action="store_true")
    a = ap.parse_args()

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench-batch-"))
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    files = build_corpus(corpus, a.docs)
    size = sum(f.stat().st_size for f in files)
    print(f"corpus: {len(files)} documents, {size / 1e6:.1f} MB, in {corpus}")
    print(f"machine: {os.cpu_count()} cores, load average at start {os.getloadavg()[0]:.2f}")
    base = [str(corpus), "--alleen-store", "--geen-voortgang"]
    configs = {"j1": ["-j", "1"], "j2": ["-j", "2"]}
    if not a.skip_dask:
        configs["dask2"] = ["--engine", "dask", "-j", "2"]
    walls: dict[str, list[float]] = {k: [] for k in list(configs) + ["rerun"]}
    mems: dict[str, list[dict]] = {k: [] for k in walls}
    counts: dict[str, dict] = {}
    for rep in range(a.repeat):
        for name, extra in configs.items():  # interleaved, so load drifts hit every config alike
            db = work / f"{name}.duckdb"
            for f in (db, Path(str(db) + ".wal")):
                f.unlink(missing_ok=True)
            wall, mem = run_cli(["analyse", *base, "--store", str(db), *extra])
            walls[name].append(wall)
            mems[name].append(mem)
            counts[name] = store_counts(db)
            if name == "j1":
                wall, mem = run_cli(["analyse", *base, "--store", str(db), *extra])
                walls["rerun"].append(wall)
                mems["rerun"].append(mem)
                counts["rerun"] = store_counts(db)
            for shown in ([name, "rerun"] if name == "j1" else [name]):
                m, c = mems[shown][-1], counts[shown]
                print(f"  repeat {rep + 1}: {shown:<6} wall {walls[shown][-1]:7.2f} s, {a.docs / walls[shown][-1]:6.1f} docs/s, "
                      f"CPU {m.get('cpu', 0):7.1f} s, peak {m.get('tree', 0) / 2**20:5.0f} MB (writer "
                      f"{m.get('main', 0) / 2**20:4.0f} MB), analysed/skipped/errors {c['analysed']}/{c['skipped']}/"
                      f"{c['errors']}, load {os.getloadavg()[0]:.1f}", flush=True)

    n = len(files)
    print(f"\nmedians over {a.repeat} runs, {n} documents (wall time of the whole command):")
    print(f"{'run':<8}{'wall s':>9}{'docs/s':>9}{'CPU s':>9}{'peak MB (all)':>15}{'peak MB (writer)':>18}  analysed/skipped/errors")
    med = {}
    for name in walls:
        med[name] = statistics.median(walls[name])
        tree = statistics.median(m.get("tree", 0) for m in mems[name]) / 2**20
        main_mb = statistics.median(m.get("main", 0) for m in mems[name]) / 2**20
        c = counts[name]
        cpu = statistics.median(m.get("cpu", 0) for m in mems[name])
        print(f"{name:<8}{med[name]:>9.2f}{n / med[name]:>9.1f}{cpu:>9.1f}{tree:>15.0f}{main_mb:>18.0f}  "
              f"{c['analysed']}/{c['skipped']}/{c['errors']}")
    print(f"\nspeed-up -j 2 over -j 1: {med['j1'] / med['j2']:.2f}x (target >= 1.7x)")
    if "dask2" in med:
        print(f"speed-up Dask (2 workers) over -j 1: {med['j1'] / med['dask2']:.2f}x")
    print(f"second run over unchanged files / first run: {100 * med['rerun'] / med['j1']:.1f}% (target < 5%)")
    print(f"load average at end {os.getloadavg()[0]:.2f}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
