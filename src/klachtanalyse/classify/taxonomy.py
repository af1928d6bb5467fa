"""The label ids of the outside contract (shared/spec/taxonomy.yaml, version 1).

They are repeated here because an installed package cannot read the spec beside the repo;
tests/classify/test_taxonomy.py fails when this copy and the spec drift apart.
"""

from __future__ import annotations

THEMES: tuple[str, ...] = (
    "kinderen_onzichtbaar",
    "tijdelijke_woonoplossingen",
    "dakloosheid",
    "eigen_verantwoordelijkheid",
    "informatie_ontbreekt",
    "welzijn_kind",
    "stress_bestaanszekerheid",
    "willekeur",
    "vroegsignalering",
)

GROUNDS: tuple[str, ...] = ("huurachterstand", "overlast", "drugs_criminaliteit", "woonfraude_onderhuur", "overig")
