#!/usr/bin/env python3
"""Add the hand-measured sections to a theme model's card: speed, human agreement, history.

`klachtanalyse train` writes the card with the test (and --extern) figures it can measure
itself. The speed table comes from a benchmark run beside the previous model, and the
agreement section from the second annotator; this script adds both, so that a retrained
default gets the same card:

    python benchmarks/bench_classify.py speed --model <previous model> src/klachtanalyse/classify/default_model --repeat 7
    python scripts/modelkaart_aanvullen.py --snelheid 84.2 58.1 31.0 23.9 --piek 0.49 [--model DIR]

(--snelheid: complaints/CPU-s previous, new; rulings/CPU-s previous, new.)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from klachtanalyse.classify.card import external_figures, summary, test_figures, write_card  # noqa: E402
from klachtanalyse.classify.dataset import read_annotations  # noqa: E402
from klachtanalyse.classify.evaluation import evaluate  # noqa: E402
from klachtanalyse.classify.model import PACKAGED, load_model  # noqa: E402

_spec = importlib.util.spec_from_file_location("overeenstemming", ROOT / "scripts" / "overeenstemming.py")
overeenstemming = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(overeenstemming)

DATA = "corpora/annotaties/themas.jsonl"
# texts by other hands that the model was NOT trained on (extern .. extern-6 are training data since
# 2.6, extern-7 .. extern-9 since 2.7, extern-10 .. extern-15 since 2.10, extern-16 .. extern-19 since 2.12,
# extern-20 .. extern-23 since 2.13)
EXTERNS = ["corpora/annotaties/extern24-themas.jsonl", "corpora/annotaties/extern25-themas.jsonl"]


@contextmanager
def reading(clf, families_only: bool):
    """The classifier reads households one way for the duration, then as before."""
    before = clf.families_only
    clf.families_only = families_only
    try:
        yield clf
    finally:
        clf.families_only = before


def against_second_annotator(clf) -> float:
    """The model's test macro-F1 when the second annotator's labels are the gold.

    Read as that annotator read (guideline 2.7: every household), so the figure compares with
    the first annotator's under `--alle-huishoudens`."""
    first = {}
    for line in (ROOT / DATA).open(encoding="utf-8"):
        row = json.loads(line)
        first[row["id"]] = row["text"]
    rows = []
    for line in (overeenstemming.SECOND / "annotator2-test.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        rows.append({"id": r["id"], "text": first[r["id"]], "split": "test", "themes": r["themes"], "evidence": r["evidence"]})
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "tweede.jsonl"
        f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        with reading(clf, families_only=False):
            return evaluate(clf, read_annotations(f)).macro()[2]


def households_section(clf) -> str:
    """Both readings side by side on the project's own splits and on the texts by other hands.

    Why: the annotated splits follow guideline 2.7 (every household), the blind writers the
    families-only reading; the default is the latter, `--alle-huishoudens` the former."""
    rows = []
    sets = [(DATA, "dev"), (DATA, "test")] + [(p, "extern") for p in EXTERNS]
    for path, split in sets:
        docs = [d for d in read_annotations(ROOT / path) if d.split == split]
        figures = []
        for families in (False, True):
            with reading(clf, families):
                figures.append(evaluate(clf, docs).macro()[2])
        rows.append(f"| `{Path(path).name}` {split} | {figures[0]:.4f} | {figures[1]:.4f} | {figures[1] - figures[0]:+.4f} |")
    return "\n".join([
        "## Which households (the two readings)",
        "",
        "By default a text that states that the household has no children (\"alleenstaand\", \"geen kinderen\",",
        "\"ik woon alleen\") and names no child elsewhere gets no themes: the families-only reading of the",
        "taxonomy, which issue 4's hard negatives and every blind writer of extern-2 to extern-11 take.",
        "`--alle-huishoudens` (evaluate, analyse; `alle_huishoudens=True` in Python) gives themes to every",
        "household, as guideline 2.7 does, under which `themas*.jsonl` (train, dev, test) were annotated.",
        "The figures above are the default reading. Macro-F1 of this model under both:",
        "",
        "| set | every household (guideline 2.7) | families only (default) | difference |",
        "|---|---|---|---|",
        *rows,
        "",
        "Reproduce a row: `python -m klachtanalyse evaluate --gold FILE --split SPLIT [--alle-huishoudens]`.",
    ])


def record_figures(clf, folder: Path, tests, external) -> None:
    """model.json keeps the headline figures that `evaluate` reproduces (tests/classify/test_model.py)."""
    meta_path = folder / "model.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    trained = meta["trained"]
    reports, n = tests
    trained["test"] = {"documents": n, "model": summary(reports[clf.name]), "rules": summary(reports["regels"])}
    with reading(clf, families_only=False):
        every = test_figures(clf, ROOT / DATA)
    trained["test_alle_huishoudens"] = {"documents": every[1], "model": summary(every[0][clf.name]),
                                        "rules": summary(every[0]["regels"])}
    trained["lezing"] = "gezinnen"
    trained["extern"] = [{"data": path, "documents": m, "model": summary(r[clf.name]), "rules": summary(r["regels"])}
                         for path, (r, m) in external]
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(PACKAGED))
    ap.add_argument("--snelheid", nargs=4, type=float, required=True, metavar=("KLACHT_OUD", "KLACHT_NIEUW", "UITSPRAAK_OUD", "UITSPRAAK_NIEUW"))
    ap.add_argument("--piek", type=float, required=True, help="piekgeheugen van de benchmark in GB")
    ap.add_argument("--vorige", default="thema-v1 1.1", help="naam van het vorige model in de snelheidstabel")
    args = ap.parse_args()
    clf = load_model(args.model)
    tests = test_figures(clf, ROOT / DATA)
    external = [(path, external_figures(clf, ROOT / path)) for path in EXTERNS]
    readings = households_section(clf)
    record_figures(clf, Path(args.model), tests, external)
    # the card's retrain command reads the external sets from what was just recorded
    clf.info = json.loads((Path(args.model) / "model.json").read_text(encoding="utf-8"))["trained"]
    t = tests[0][clf.name].macro()[2]
    e = ", ".join(f"{ext[0][clf.name].macro()[2]:.2f}" for _, ext in external)
    dev, test = overeenstemming.agreement("dev"), overeenstemming.agreement("test")
    lowest = min(min(v["f1"] for v in a["thema"].values()) for a in (dev, test))
    ko, kn, uo, un = args.snelheid
    speed = f"""Measured with `python benchmarks/bench_classify.py speed --model <{args.vorige} folder> src/klachtanalyse/classify/default_model`
(one thread, medians of repeats, both models alternating in one run, lemma cache emptied before each repeat):

| | {args.vorige} | {clf.name} {clf.version} | ratio |
|---|---|---|---|
| complaint-size documents (164, ~500 words) per CPU-second | {ko} | {kn} | {kn / ko:.2f}x |
| rulings (26 real rulings, ~6,000 words) per CPU-second | {uo} | {un} | {un / uo:.2f}x |

Peak memory of the benchmark process: {args.piek} GB (the word vectors take 36 MB as float32).
Targets: ≥ 20 complaints and ≥ 20 rulings per second per core, peak under 2 GB."""
    notes = f"""## How far people agree (the ceiling)

A second annotator labelled the dev and test documents blind, following the same guideline
(`corpora/annotaties/tweede-annotator/`, `python scripts/overeenstemming.py`): macro-F1 between the
two annotations {dev['macro_f1']:.3f} on dev and {test['macro_f1']:.3f} on test (Cohen's kappa {dev['kappa']:.2f} and
{test['kappa']:.2f}; lowest theme {lowest:.2f}). Scored against the second annotator instead of the first (both
read as guideline 2.7, every household), this model's test macro-F1 is {against_second_annotator(clf):.2f}. The labels
are consistent; the gap to the 0.85 target is the model's.

## What changed from thema-v1

thema-v1 (textcat + rules, max over sentences, thresholds on dev alone, two writers' data): test
macro-F1 0.75, external 0.76. thema-v2 adds further writers' training texts, the word-vector
sentence, window and document models, the whole-document textcat and the out-of-fold stacker.
2.4 refitted the stacker and the thresholds on out-of-fold scores where each fold holds whole
writers. 2.5 changed what the parts read: chat lines are sentences of their own, the document
cue `woningverlies` matches "uit ons huis" and "op straat" again (the loader strips spaces), and
wider rules for informatie_ontbreekt, stress_bestaanszekerheid and dakloosheid. 2.6 is 2.5
exactly, trained with 540 more documents: the external sets extern .. extern-6, written and
annotated by eleven writers who saw only the taxonomy (and who read households the
families-only way). **2.7** is 2.6 trained with 270 more such documents (extern-7 .. extern-9, six
more writers) and six rules written from the evidence those sets showed no rule reached: nights in a
(named) car, in a hall or "op de stoep", "waar slapen mijn kinderen", "geen enkele slaapplek"
(dakloosheid); "van niemand gehoord", "heeft niemand kunnen zeggen", the date heard late, a letter
only in Dutch (informatie_ontbreekt). The model keeps the rule file it was trained with
(`regels.yaml`). **2.10** (session 6) is 2.7 trained with 540 more such documents (extern-10 ..
extern-15, twelve more writers), version 2 of the document cue "loss of a home at stake" (it hears
the home lost in plain words and skips denials and other subjects; `train --woningverlies 2`,
remembered in model.json) and ten rules written from the evidence of extern-14/15 that no rule
reached (a child who knows nothing of the eviction; "bel maar naar de daklozenopvang"; only a
leaflet; "kreeg geen uitleg", "staat nergens"; children sleeping in their coats; the post no longer
opened, no money for nappies; another family or town treated otherwise; "kom terug als u een brief
van de deurwaarder heeft"; sleeping with someone for now; "waar moeten wij heen?"). **2.12**
(session 7) is 2.10 exactly, trained with 360 more such documents (extern-16 .. extern-19, eight more
writers) and no rule changes. **2.13** (session 8) is 2.12 exactly, trained with 360 more such documents
(extern-20 .. extern-23, eight more writers) and no rule changes. Test {t:.2f}, external sets not trained
on (extern-24, extern-25) {e}.

Honest caveats, in order (every rule is in `benchmarks/resultaten/beslisregels.txt`, written
before the measurement it decided): extern .. extern-9 were evaluation sets once and are training
data now, so they are no longer reported. extern-10, two new blind writers, decided 2.6 -> 2.7
(macro-F1 0.867 -> 0.877; the rule asked +0.005, and dev under guideline 2.7 moved 0.863 -> 0.862).
extern-11, two more blind writers, was written before that decision and is measured once, for the
shipped model, with nothing changed on it (2.6 on it: 0.90). Later the same day a candidate 2.8
(2.7 + extern-10/11 as training data, voice messages cut where the speaker turns, four more rules)
was judged on extern-12 by the same kind of rule and **not shipped** (2.7 0.921, 2.8 0.916; +0.005
was asked). extern-13, two more blind writers, was then measured once for 2.7: together with
extern-11 it is the honest estimate for new writing. In session 6 a candidate 2.9 (2.7 + extern-10 ..
extern-13 as training data + version 2 of the "loss of a home at stake" cue) was judged on extern-14
(two new blind writers) and **not shipped** (2.7 0.926, 2.9 0.928; +0.005 was asked); extern-15 (two
more blind writers) was then measured once: 2.7 0.920 (2.9 would have scored 0.929). Then 2.10 (2.9 +
extern-14/15 as training data + the ten rules) was judged on extern-16 (two new blind writers) and
**shipped** (2.7 0.893, 2.10 0.905; +0.005 was asked; dev under guideline 2.7 0.862 -> 0.859).
extern-17 (two more blind writers) was then measured once, with nothing changed on it: 2.10 0.942
(2.7 on it: 0.936). extern-10 .. extern-15 are training data now and no longer reported. A last
candidate 2.11 (2.10 + extern-16/17 as training data + eight rules from their unreached evidence) was
judged on extern-18 and **not shipped** (2.10 0.956, 2.11 0.956; +0.005 was asked); extern-19 was then
measured once for 2.10: 0.953 (2.11 would have scored 0.953). In session 7 the candidate 2.12 (2.10 +
extern-16 .. extern-19 as training data, no rule changes) was judged on extern-20 (two new blind
writers) and **shipped** (2.10 0.918, 2.12 0.928; +0.005 was asked; dev under guideline 2.7 0.859 ->
0.842, within the 0.02 allowed). extern-21 (two more blind writers) was then measured once, with
nothing changed on it: 2.12 0.934, 2.10 0.934. So on the two newest sets together 2.12 gains about
half a point, and on the first writer's dev split it loses 1.7 points. In session 8 the candidate 2.13
(2.12 + extern-20 .. extern-23 as training data, no rule changes) was judged on extern-24 (two new blind
writers) and **shipped** (2.12 0.9112, 2.13 0.9171; +0.005 was asked; dev under guideline 2.7 0.842 ->
0.843). extern-25 (two more blind writers) was then measured once, with nothing changed on it: 2.13
0.960, 2.12 0.953. The fixed test split moved 0.820 -> 0.817 (every household 0.829 -> 0.826).
extern-20 .. extern-23 are training data now and no longer reported; extern-25 is the honest estimate
for new writing."""
    card = write_card(clf, args.model, DATA, speed=speed, notes=readings + "\n\n" + notes, reports=tests, external=external)
    print(card)
    return 0


if __name__ == "__main__":
    sys.exit(main())
