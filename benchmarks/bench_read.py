"""Reader throughput on this machine: PDF pages/s (fast path and pdfplumber, same cleaned
text) and rechtspraak XML rulings/s. One process, one core; medians of repeated runs.

    python benchmarks/bench_read.py [--rounds 5]

The PDF is generated (fpdf2, DejaVuSans) from the real rulings in corpora/rechtspraak/xml:
60 text pages with a running header and page-number footer, so the cleanup does real work.
Targets (issue 2): >= 300 pages/s per core on the fast path incl. cleanup, >= 200 XML rulings/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "read")]

from klachtanalyse.read import read_bytes, read_file  # noqa: E402
from klachtanalyse.read.pdf import read_pdf  # noqa: E402


def median_rate(fn, units: int, rounds: int) -> tuple[float, list[float], float]:
    """(median units per CPU-second of this process = per core, all runs, median per wall-second).

    Per CPU-second because the machine is shared: wall-clock rates then measure the
    neighbours as much as the code. Both are printed."""
    rates, walls = [], []
    for _ in range(rounds):
        c, t = time.process_time(), time.perf_counter()
        fn()
        rates.append(units / max(time.process_time() - c, 1e-9))
        walls.append(units / (time.perf_counter() - t))
    return statistics.median(rates), rates, statistics.median(walls)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from pdfgen import make_ruling_pdf

    xml_files = sorted((ROOT / "corpora" / "rechtspraak").glob("xml*/*.xml"))
    paras: list[str] = []
    for f in xml_files:
        paras.extend(p for p in read_file(f).text.split("\n\n") if p.strip())
    pdf = make_ruling_pdf(paras[:1200], lines_per_page=40)
    import pypdfium2 as pdfium

    n_pages = len(pdfium.PdfDocument(pdf))
    fast = read_pdf(pdf, "bench.pdf", "x", engine="pypdfium2", ocr=False)
    small = make_ruling_pdf(paras[:200], lines_per_page=40)
    n_small = len(pdfium.PdfDocument(small))
    same = (read_pdf(small, "s.pdf", "x", engine="pypdfium2", ocr=False).text
            == read_pdf(small, "s.pdf", "x", engine="pdfplumber", ocr=False).text)

    fast_rate, fast_all, fast_wall = median_rate(lambda: read_pdf(pdf, "bench.pdf", "x", engine="pypdfium2", ocr=False),
                                      n_pages, args.rounds)
    plumb_rate, plumb_all, plumb_wall = median_rate(lambda: read_pdf(small, "s.pdf", "x", engine="pdfplumber", ocr=False),
                                        n_small, max(3, args.rounds // 2))
    datas = [(f.name, f.read_bytes()) for f in xml_files]
    xml_rate, xml_all, xml_wall = median_rate(lambda: [read_bytes(d, n) for n, d in datas], len(datas), args.rounds)
    xml_bytes = sum(len(d) for _, d in datas)

    import os

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; rates per CPU-second (= per core), "
          f"wall-clock rate in brackets")
    print(f"PDF fast path (pypdfium2 + cleanup):    {fast_rate:6.0f} pages/s  [wall {fast_wall:.0f}]  median of "
          f"{args.rounds}, {n_pages} pages ({len(fast.text)} chars); runs {', '.join(f'{r:.0f}' for r in fast_all)}")
    print(f"PDF layout path (pdfplumber + cleanup): {plumb_rate:6.1f} pages/s  [wall {plumb_wall:.1f}]  median of "
          f"{len(plumb_all)}, {n_small} pages; runs {', '.join(f'{r:.1f}' for r in plumb_all)}")
    print(f"same cleaned text from both engines: {same}")
    print(f"rechtspraak XML:                        {xml_rate:6.0f} rulings/s  [wall {xml_wall:.0f}]  median of "
          f"{args.rounds}, {len(datas)} files ({xml_bytes / 1024:.0f} KiB); runs {', '.join(f'{r:.0f}' for r in xml_all)}")


if __name__ == "__main__":
    main()
