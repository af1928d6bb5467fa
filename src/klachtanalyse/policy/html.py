"""The readable form of the check: one section per policy and a comparison across municipalities."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any

import jinja2

from klachtanalyse.policy.toets import load_requirements

STATUS_LABEL = {"aanwezig": "aanwezig", "gedeeltelijk": "gedeeltelijk", "afwezig": "afwezig"}
STATUS_SIGN = {"aanwezig": "✔", "gedeeltelijk": "◐", "afwezig": "✘"}


def render_html(results: list[dict[str, Any]]) -> str:
    """A self-contained HTML page (no external resources) for policy officers."""
    env = jinja2.Environment(autoescape=True)
    template = env.from_string(
        resources.files("klachtanalyse.policy").joinpath("templates/toets.html.j2").read_text("utf-8")
    )
    reqs = [{"id": r.id, "titel": r.titel, "kort": r.id.split("_", 1)[0]} for r in load_requirements()]
    titles = {r["id"]: r["titel"] for r in reqs}
    return template.render(
        results=results, requirements=reqs, titles=titles, sign=STATUS_SIGN,
        label=STATUS_LABEL, today=date.today().isoformat(),
    )
