"""Status accuracy of the check against annotated policies (corpora/annotaties/beleid.jsonl).

Besides accuracy it reports what matters most to a policy officer: how often `aanwezig` is
claimed where the gold says otherwise, and whether the passage shown for `aanwezig` is one
the annotator also marked.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from klachtanalyse.document import Document
from klachtanalyse.policy.toets import toets_document


def load_gold(path: str | Path, split: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in (None, "all") or r.get("split") == split]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(gold_path: str | Path, split: str | None = "test") -> dict[str, Any]:
    rows = load_gold(gold_path, split)
    per_req: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    errors = []
    aanwezig_claimed = aanwezig_right = aanwezig_evidence_ok = 0
    for row in rows:
        doc = Document(id=row["id"], source=row["source"], text=row["text"], kind="beleid")
        for res in toets_document(doc):
            gold = row["requirements"][res.id]
            per_req[res.id]["n"] += 1
            per_req[res.id]["correct"] += res.status == gold["status"]
            confusion[(gold["status"], res.status)] += 1
            if res.status != gold["status"]:
                errors.append(f"{row['id']} {res.id}: gold {gold['status']}, found {res.status}")
            if res.status == "aanwezig":
                aanwezig_claimed += 1
                aanwezig_right += gold["status"] == "aanwezig"
                gold_spans = [(e["start"], e["end"]) for e in gold["evidence"]]
                if any(_overlaps((e.start, e.end), g) for e in res.evidence for g in gold_spans):
                    aanwezig_evidence_ok += 1
    n = sum(c["n"] for c in per_req.values())
    correct = sum(c["correct"] for c in per_req.values())
    return {
        "split": split,
        "documents": len(rows),
        "judgements": n,
        "accuracy": correct / n if n else 0.0,
        "per_requirement": {k: v["correct"] / v["n"] for k, v in sorted(per_req.items())},
        "confusion": {f"{g}->{p}": c for (g, p), c in sorted(confusion.items())},
        "aanwezig_precision": aanwezig_right / aanwezig_claimed if aanwezig_claimed else None,
        "aanwezig_evidence_hit": aanwezig_evidence_ok / aanwezig_claimed if aanwezig_claimed else None,
        "errors": errors,
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"toets evaluation, split={result['split']}: {result['documents']} policies, "
        f"{result['judgements']} judgements",
        f"status accuracy        {result['accuracy']:.3f}",
    ]
    for rid, acc in result["per_requirement"].items():
        lines.append(f"  {rid:<28} {acc:.3f}")
    ap, ae = result["aanwezig_precision"], result["aanwezig_evidence_hit"]
    lines.append(f"aanwezig precision     {ap:.3f}" if ap is not None else "aanwezig precision     -")
    lines.append(f"aanwezig evidence hit  {ae:.3f}" if ae is not None else "aanwezig evidence hit  -")
    lines.append("confusion (gold->found): " + ", ".join(f"{k}: {v}" for k, v in result["confusion"].items()))
    if result["errors"]:
        lines.append("disagreements:")
        lines += [f"  {e}" for e in result["errors"]]
    return "\n".join(lines)
