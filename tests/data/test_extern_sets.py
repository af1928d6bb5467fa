"""The blind external sets extern-2 to extern-46 (corpora/annotaties/extern{2,...,46}-themas.jsonl) are valid.

Why: two writers each produced them blind, from taxonomy.yaml and the press release alone (see
the READMEs in corpora/geschreven/extern-2 … extern-9). extern-7 to extern-9 are the project's
honest measure on writing by other hands and are never trained on; since thema-v2 2.6 the sets up
to extern-6 are training data. Either way a drifting quote or a .txt that disagrees with its line
would silently change the model or the figures in its card.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
import annotaties_check as check  # noqa: E402  (loaded by conftest.py)

# file, folder, id prefixes, fewest positives of a theme, most positives (theme), texts without a theme
SETS = [
    ("extern2-themas.jsonl", "extern-2", ("ya", "yb"), 22, ("stress_bestaanszekerheid", 34), 21),
    ("extern3-themas.jsonl", "extern-3", ("za", "zb"), 23, ("welzijn_kind", 32), 20),
    ("extern4-themas.jsonl", "extern-4", ("wa", "wb"), 22, ("welzijn_kind", 32), 20),
    ("extern5-themas.jsonl", "extern-5", ("va", "vb"), 22, ("tijdelijke_woonoplossingen", 32), 25),
    ("extern6-themas.jsonl", "extern-6", ("ua", "ub"), 22, ("welzijn_kind", 31), 22),
    ("extern7-themas.jsonl", "extern-7", ("ta", "tb"), 21, ("tijdelijke_woonoplossingen", 36), 23),
    ("extern8-themas.jsonl", "extern-8", ("sa", "sb"), 21, ("welzijn_kind", 35), 24),
    ("extern9-themas.jsonl", "extern-9", ("ra", "rb"), 22, ("tijdelijke_woonoplossingen", 35), 20),
    ("extern10-themas.jsonl", "extern-10", ("pa", "pb"), 23, ("tijdelijke_woonoplossingen", 34), 21),
    ("extern11-themas.jsonl", "extern-11", ("oa", "ob"), 20, ("tijdelijke_woonoplossingen", 31), 23),
    ("extern12-themas.jsonl", "extern-12", ("na", "nb"), 24, ("stress_bestaanszekerheid", 35), 24),
    ("extern13-themas.jsonl", "extern-13", ("ma", "mb"), 22, ("welzijn_kind", 33), 25),
    ("extern14-themas.jsonl", "extern-14", ("la", "lb"), 21, ("welzijn_kind", 33), 24),
    ("extern15-themas.jsonl", "extern-15", ("ja", "jb"), 22, ("tijdelijke_woonoplossingen", 32), 24),
    ("extern16-themas.jsonl", "extern-16", ("ha", "hb"), 22, ("welzijn_kind", 40), 23),
    ("extern17-themas.jsonl", "extern-17", ("ga", "gb"), 21, ("welzijn_kind", 32), 23),
    ("extern18-themas.jsonl", "extern-18", ("fa", "fb"), 22, ("welzijn_kind", 34), 22),
    ("extern19-themas.jsonl", "extern-19", ("ea", "eb"), 21, ("welzijn_kind", 31), 23),
    ("extern20-themas.jsonl", "extern-20", ("ka", "kb"), 21, ("welzijn_kind", 26), 19),
    ("extern21-themas.jsonl", "extern-21", ("qa", "qb"), 22, ("welzijn_kind", 32), 20),
    ("extern22-themas.jsonl", "extern-22", ("ca", "cb"), 22, ("tijdelijke_woonoplossingen", 37), 17),
    ("extern23-themas.jsonl", "extern-23", ("da", "db"), 22, ("welzijn_kind", 28), 20),
    ("extern24-themas.jsonl", "extern-24", ("ia", "ib"), 21, ("stress_bestaanszekerheid", 31), 24),
    ("extern25-themas.jsonl", "extern-25", ("ic", "id"), 22, ("welzijn_kind", 30), 18),
    ("extern26-themas.jsonl", "extern-26", ("ie", "if"), 22, ("tijdelijke_woonoplossingen", 36), 24),
    ("extern27-themas.jsonl", "extern-27", ("ig", "ih"), 21, ("welzijn_kind", 33), 23),
    ("extern28-themas.jsonl", "extern-28", ("ii", "ij"), 20, ("tijdelijke_woonoplossingen", 32), 23),
    ("extern29-themas.jsonl", "extern-29", ("ik", "il"), 21, ("tijdelijke_woonoplossingen", 34), 24),
    ("extern30-themas.jsonl", "extern-30", ("im", "in"), 20, ("welzijn_kind", 37), 23),
    ("extern31-themas.jsonl", "extern-31", ("io", "ip"), 22, ("tijdelijke_woonoplossingen", 36), 18),
    ("extern32-themas.jsonl", "extern-32", ("iq", "ir"), 22, ("welzijn_kind", 40), 22),
    ("extern33-themas.jsonl", "extern-33", ("is", "it"), 20, ("kinderen_onzichtbaar", 32), 22),
    ("extern34-themas.jsonl", "extern-34", ("iu", "iv"), 21, ("tijdelijke_woonoplossingen", 35), 25),
    ("extern35-themas.jsonl", "extern-35", ("iw", "ix"), 22, ("stress_bestaanszekerheid", 33), 23),
    ("extern36-themas.jsonl", "extern-36", ("iy", "iz"), 20, ("welzijn_kind", 34), 19),
    ("extern37-themas.jsonl", "extern-37", ("jc", "jd"), 20, ("welzijn_kind", 35), 20),
    ("extern38-themas.jsonl", "extern-38", ("je", "jf"), 21, ("tijdelijke_woonoplossingen", 33), 23),
    ("extern39-themas.jsonl", "extern-39", ("jg", "jh"), 20, ("tijdelijke_woonoplossingen", 32), 23),
    ("extern40-themas.jsonl", "extern-40", ("ji", "jj"), 20, ("tijdelijke_woonoplossingen", 37), 23),
    ("extern41-themas.jsonl", "extern-41", ("jk", "jl"), 19, ("tijdelijke_woonoplossingen", 35), 23),
    ("extern42-themas.jsonl", "extern-42", ("jm", "jn"), 20, ("tijdelijke_woonoplossingen", 40), 24),
    ("extern43-themas.jsonl", "extern-43", ("jo", "jp"), 20, ("tijdelijke_woonoplossingen", 36), 23),
    ("extern44-themas.jsonl", "extern-44", ("jq", "jr"), 20, ("tijdelijke_woonoplossingen", 32), 23),
    ("extern45-themas.jsonl", "extern-45", ("js", "jt"), 20, ("tijdelijke_woonoplossingen", 38), 22),
    ("extern46-themas.jsonl", "extern-46", ("ju", "jw"), 20, ("tijdelijke_woonoplossingen", 33), 23),
]


@pytest.mark.parametrize("name, folder, prefixes, fewest, most, empty", SETS, ids=[s[0] for s in SETS])
def test_external_set_is_valid(name, folder, prefixes, fewest, most, empty):
    records = check.read_jsonl(ROOT / "corpora" / "annotaties" / name)
    assert check.validate(records) == []
    assert [r["id"] for r in records] == [f"{p}{i:03d}" for p in prefixes for i in range(1, 46)]
    assert {r["split"] for r in records} == {"extern"}
    for r in records:
        assert r["written_for_project"] is True
        assert r["source"].startswith(f"corpora/geschreven/{folder}/klachten/")
        assert (ROOT / r["source"]).read_text(encoding="utf-8") == r["text"]
    per = Counter(t for r in records for t in r["themes"])
    assert min(per.values()) == fewest and per[most[0]] == most[1]
    assert sum(1 for r in records if not r["themes"]) == empty
    readme = (ROOT / "corpora" / "geschreven" / folder / "README.md").read_text(encoding="utf-8")
    assert "written for the" in readme.replace("\n", " ") or "geschreven" in readme
    assert "not real" in readme.lower() or "niet echt" in readme or "geen echte" in readme.lower()


def test_one_exact_example_per_set():
    ya002 = next(r for r in check.read_jsonl(ROOT / "corpora" / "annotaties" / "extern2-themas.jsonl") if r["id"] == "ya002")
    ev = next(e for e in ya002["evidence"] if e["label"] == "eigen_verantwoordelijkheid")
    assert ev["text"].endswith("dat ze zich moest inschrijven voor een huurwoning en dat ze verder zelf moest zoeken")
    assert ya002["text"][ev["start"]:ev["end"]] == ev["text"]
    za001 = next(r for r in check.read_jsonl(ROOT / "corpora" / "annotaties" / "extern3-themas.jsonl") if r["id"] == "za001")
    ev = [e for e in za001["evidence"] if e["label"] == "informatie_ontbreekt"][1]
    assert ev["text"] == "Ik had geen advocaat, want ik wist niet dat ik daar recht op had."
    assert za001["text"][ev["start"]:ev["end"]] == ev["text"]
