"""The three research notebooks run top to bottom on the shipped corpus (as CI runs them).

How long they take is measured by benchmarks/bench_notebooks.py, not asserted here.
They share one store in a temporary folder (KA_UIT), in the order a researcher would run
them, so the complaints analysed for notebook 2 are not analysed again for notebook 3.
To stay fast they share one kernel: each notebook starts on an emptied namespace
(`%reset -f`), so nothing it uses was defined by another; only imported modules (spaCy and
the language layer, loaded once per process) stay warm.
"""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
import psutil
import pytest
from jupyter_client import KernelManager
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = ["01_uitspraken_verkennen.ipynb", "02_thema_in_klachten.ipynb", "03_beleid_gemeente.ipynb"]


def _run(name: str, km) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell('get_ipython().run_line_magic("reset", "-f")'))
    NotebookClient(nb, km=km, timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    del nb.cells[0]
    return nb


def _outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if kind in o.get("data", {})]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    uit = tmp_path_factory.mktemp("uit")
    mp = pytest.MonkeyPatch()
    mp.setenv("KA_UIT", str(uit))
    seconds, nbs = {}, {}
    km = KernelManager(kernel_name="python3")
    t0 = time.perf_counter()
    km.start_kernel(cwd=str(NOTEBOOKS))
    kernel = psutil.Process(km.provisioner.process.pid)
    try:
        for name in NAMES:
            nbs[name] = _run(name, km)
            seconds[name] = time.perf_counter() - t0
            t0 = time.perf_counter()
        cpu = kernel.cpu_times()
        seconds["cpu"] = cpu.user + cpu.system + cpu.children_user + cpu.children_system
    finally:
        km.shutdown_kernel(now=True)
        mp.undo()
    print("notebooks (s wall, and the kernel's cpu):", {k: round(v, 1) for k, v in seconds.items()})
    return nbs, uit, seconds


def test_notebook_on_rulings_shows_tables_plots_and_a_highlighted_ruling(executed):
    nbs, _, _ = executed
    nb = nbs[NAMES[0]]
    assert len(_outputs(nb, "image/png")) == 4  # themes, over time, per ground, co-occurrence
    html = " ".join(o["data"]["text/html"] for o in _outputs(nb, "text/html"))
    assert "ECLI:NL:" in html and 'class="ka-doc"' in html  # the ruling shown with toon()
    assert "Thema" in html and "Toegewezen" in html or "Afgewezen" in html or "(onbekend)" in html


def test_notebook_on_one_theme_writes_a_pseudonymised_report(executed):
    nbs, uit, _ = executed
    nb = nbs[NAMES[1]]
    assert len(_outputs(nb, "image/png")) == 2
    report = uit / "rapport-kinderen_onzichtbaar.html"
    assert report.exists() and (uit / "rapport-kinderen_onzichtbaar.xlsx").exists()
    assert "Gepseudonimiseerd" in report.read_text(encoding="utf-8")


def test_notebook_on_policies_runs_the_check_and_compares_complaints(executed):
    nbs, _, _ = executed
    nb = nbs[NAMES[2]]
    text = " ".join(str(o.get("text", "")) for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "gemeente:" in text
    html = " ".join(o["data"]["text/html"] for o in _outputs(nb, "text/html"))
    assert "klachten elders" in html
