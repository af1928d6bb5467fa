"""The policy check (toets): do municipal policies provide what human and children's rights require?

Public face:
    toets_file(path) -> dict          one result in the shape of shared/spec/interface.md
    toets_document(doc) -> list[RequirementResult]
    render_html(results) -> str       a readable report per policy + a comparison table
    evaluate(gold_path, split) -> dict  status accuracy against annotated policies
"""

from klachtanalyse.policy.evaluate import evaluate
from klachtanalyse.policy.html import render_html
from klachtanalyse.policy.toets import RequirementResult, load_requirements, toets_document
from klachtanalyse.policy.run import toets_file, toets_paths

__all__ = [
    "toets_file", "toets_paths", "toets_document", "render_html", "evaluate",
    "RequirementResult", "load_requirements",
]
