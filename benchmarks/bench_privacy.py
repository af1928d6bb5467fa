"""Documents per second with pseudonymisation on and off (medians of repeated runs).

    python benchmarks/bench_privacy.py [--repeat 5] [PATH ...]

Default documents: the 48 written complaints (corpora/geschreven/privacy/teksten) and the
real rulings in ../shared/corpora/rechtspraak/xml when present. "uit" is the pipeline's
analyse_file; "aan" is analyse_file followed by Pseudonymiser.pseudonymise_record, as the
batch runner does with --pseudonimiseer. "alleen privacy" times pseudonymise_text alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    import torch

    torch.set_num_threads(1)
    from klachtanalyse.pipeline import Options, Pipeline
    from klachtanalyse.privacy import Pseudonymiser
    from klachtanalyse.read import discover

    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    paths = args.paths or [str(ROOT / "corpora/geschreven/privacy/teksten")]
    rulings = ROOT.parent.parent / "shared/corpora/rechtspraak/xml"
    if not args.paths and rulings.exists():
        paths.append(str(rulings))
    files = discover(paths)
    pipe = Pipeline(Options(keep_text=True))
    pipe.analyse_file(files[0])  # load models once, outside the timing
    records = [pipe.analyse_file(f) for f in files]
    chars = sum(len(r.text or "") for r in records)

    off, on, only = [], [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for f in files:
            pipe.analyse_file(f)
        off.append(time.perf_counter() - t)
        p = Pseudonymiser()
        t = time.perf_counter()
        for f in files:
            p.pseudonymise_record(pipe.analyse_file(f))
        on.append(time.perf_counter() - t)
        p = Pseudonymiser()
        t = time.perf_counter()
        for r in records:
            if r.text:
                p.pseudonymise_text(r.text, r.kind)
        only.append(time.perf_counter() - t)
    n = len(files)
    print(f"{n} documenten, {chars} tekens, {args.repeat} herhalingen (mediaan)")
    print(f"pseudonimisering uit : {n / statistics.median(off):8.1f} documenten/s")
    print(f"pseudonimisering aan : {n / statistics.median(on):8.1f} documenten/s")
    print(f"alleen privacy       : {n / statistics.median(only):8.1f} documenten/s, "
          f"{chars / statistics.median(only) / 1000:.0f}k tekens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
