"""The annotated evaluation set: markup sources -> plain texts + a JSONL of spans.

The sources in corpora/geschreven/privacy/bron/ mark personal data inline as
`[[P:Sanne de Boer]]` and stretches that must stay as `{{gemeente Utrecht}}` (see the
guideline corpora/annotaties/persoonsgegevens-richtlijn.md). `build()` writes the plain texts
to corpora/geschreven/privacy/teksten/ and the spans to corpora/annotaties/persoonsgegevens.jsonl,
so that offsets are computed by a program, never counted by hand.

    python -m klachtanalyse.privacy.annotations   # rebuild both from the sources
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CODES = {"P": "PERSOON", "A": "ADRES", "PC": "POSTCODE", "T": "TELEFOON", "E": "EMAIL", "B": "BSN",
         "I": "IBAN", "G": "GEBOORTEDATUM", "K": "KENTEKEN", "W": "WOONPLAATS"}
MARK = re.compile(r"\[\[([A-Z]{1,2}):(.*?)\]\]|\{\{(.*?)\}\}", re.S)

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "corpora" / "geschreven" / "privacy" / "bron"
TEXTS = ROOT / "corpora" / "geschreven" / "privacy" / "teksten"
JSONL = ROOT / "corpora" / "annotaties" / "persoonsgegevens.jsonl"


def parse(markup: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text, personal-data spans and kept spans from one marked-up source."""
    out: list[str] = []
    spans: list[dict] = []
    keep: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        length += m.start() - pos
        if m.group(1):
            value, type_ = m.group(2), CODES[m.group(1)]
            spans.append({"start": length, "end": length + len(value), "type": type_, "text": value})
        else:
            value = m.group(3)
            keep.append({"start": length, "end": length + len(value), "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), spans, keep


# The rounds after the dev texts, in the order they were written (the second word of a file name):
# each was written after the rules were frozen and measured once before its errors were read.
ROUNDS = ("test", "nieuw", "vers", "slot", "blind", "eind", "laatst", "nacht", "dageraad", "ochtend", "middag", "avond",
          "schemer", "middernacht", "dauw", "zonsopgang", "zon", "licht", "ster", "maan", "komeet", "nevel", "regen", "wind",
          "hagel", "sneeuw", "ijzel", "dooi", "vorst", "storm", "onweer", "bliksem", "mist", "ijsregen", "sneeuwstorm", "rijp",
          "motregen", "windvlaag", "wervelwind")
# The two rounds of 28 Nov 2026 by new blind writers: 'blind' was measured once and its errors
# were read, 'eind' decided whether those changes stay; 'laatst' decided a second batch. Their
# remaining misses are documented: tests hold them to their measured figures, not to the targets
# the earlier rounds meet. (A phone number spoken in words and a name in Cyrillic, missed in
# 'blind', are found since session 6.)
# 'nacht' (121-144) decided the session-6 batch; 'dageraad' (145-168) was measured once after it.
# 'middag' (193-216) decided the session-7 batch; 'avond' (217-240) was measured once after it;
# 'schemer' (241-264) decided the second session-7 batch; 'middernacht' (265-288) was measured once after it;
# 'dauw' (289-312) decided the third; 'zonsopgang' (313-336) was measured once after it;
# 'zon' (337-360) decided the fourth; 'licht' (361-384) was measured once after it.
# 'ster' (385-408) decided the session-8 batch; 'maan' (409-432) was measured once after it.
# 'komeet' (433-456) decided the second session-8 batch; 'nevel' (457-480) was measured once after it.
# 'regen' (481-504) decided the third session-8 batch; 'wind' (505-528) was measured once after it.
# 'hagel' (529-552) decided the session-9 batch; 'sneeuw' (553-576) was measured once after it.
# 'ijzel' (577-600) decided the second session-9 batch; 'dooi' (601-624) decided the third (session 10); 'vorst'
# (625-648) decided the session-10 batch; 'storm' (649-672) decided the second session-10 batch; 'onweer' (673-696)
# decided the session-11 batch; 'bliksem' (697-720) decided the second session-11 batch; 'mist' (721-744) decided the
# session-12 batch; 'ijsregen' (745-768) decided the second session-12 batch; 'sneeuwstorm' (769-792) decided the
# third; 'rijp' (793-816) decided the fourth; 'motregen' (817-840) decided the session-13 batch; 'windvlaag' (841-864) the second; 'wervelwind'
# (865-888) the third.
MEASURED_ONLY = ("blind", "eind", "laatst", "nacht", "dageraad", "ochtend", "middag", "avond", "schemer", "middernacht",
                 "dauw", "zonsopgang", "zon", "licht", "ster", "maan", "komeet", "nevel", "regen", "wind", "hagel",
                 "sneeuw", "ijzel", "dooi", "vorst", "storm", "onweer", "bliksem", "mist", "ijsregen", "sneeuwstorm", "rijp",
                 "motregen", "windvlaag", "wervelwind")


def build(sources: Path = SOURCES, texts: Path = TEXTS, jsonl: Path = JSONL) -> int:
    texts.mkdir(parents=True, exist_ok=True)
    jsonl.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(jsonl, "w", encoding="utf-8") as fh:
        for src in sorted(sources.glob("*.txt")):
            text, spans, keep = parse(src.read_text(encoding="utf-8"))
            (texts / src.name).write_text(text, encoding="utf-8")
            tag = src.name.split("-")[1]
            split = tag if tag in ROUNDS else "dev"
            row = {"id": src.stem, "file": f"corpora/geschreven/privacy/teksten/{src.name}", "split": split,
                   "text": text, "spans": spans, "keep": keep}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def load(path: Path = JSONL) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for row in rows:
        for s in row["spans"] + row["keep"]:
            assert row["text"][s["start"]:s["end"]] == s["text"], (row["id"], s)
    return rows


if __name__ == "__main__":
    print(f"{build()} documenten geschreven naar {TEXTS} en {JSONL}")
