"""How the sentence sample was made (run once; kept for provenance, not used at run time).

1. Excerpts of real rulings and statutes from shared/corpora were read with the project's
   own readers (branch `read`), cut at paragraph boundaries.
2. Each excerpt was pre-split by spaCy's default `sentencizer` (the BASELINE, so any bias of
   the pre-split favours the baseline, not our segmenter), one sentence per line.
3. The split was then corrected BY HAND following GUIDELINE.md, giving <naam>.zinnen.txt.

Usage: PYTHONPATH=<read branch>/src python maak_voorzet.py
"""

import csv
import json
import sys
from pathlib import Path

import spacy

HERE = Path(__file__).parent
CORPORA = Path("/work/shared/corpora")

# (name, path, start marker or offset, max chars)
EXCERPTS = [
    ("rbnne_2020_2511", "rechtspraak/json/ECLI_NL_RBNNE_2020_2511.json", 0, 6000),
    ("ghshe_2013_bz8755", "rechtspraak/xml_annotated/ECLI_NL_GHSHE_2013_BZ8755.xml", 0, 5200),
    ("rbams_2012_bz5426", "rechtspraak/xml/ECLI_NL_RBAMS_2012_BZ5426.xml", 3000, 4200),
    ("crvb_2014_2942", "rechtspraak/xml/ECLI_NL_CRVB_2014_2942.xml", 2000, 4200),
    ("rvs_2015_3394", "rechtspraak/xml/ECLI_NL_RVS_2015_3394.xml", 40000, 4200),
    ("phr_2014_2", "rechtspraak/xml/ECLI_NL_PHR_2014_2.xml", 30000, 4200),
    ("ghams_2021_525", "csv:ECLI:NL:GHAMS:2021:525", 0, 4200),
    ("opiumwet", "regelgeving/nationaal/Opiumwet_BWBR0001941.md", "### Artikel  13b", 3200),
    ("gemeentewet", "regelgeving/nationaal/Gemeentewet_BWBR0005416.md", "### Artikel  174", 3200),
    ("bw7", "regelgeving/nationaal/BW_Boek7_BWBR0005290.md", "### Artikel  231", 3000),
    ("rbalk_2012_bw5018", "rechtspraak/xml_annotated/ECLI_NL_RBALK_2012_BW5018.xml", 1500, 4200),
    ("awb", "regelgeving/nationaal/Algemene_wet_bestuursrecht_BWBR0005537.md", "### Artikel  4:84", 2600),
]


def text_of(path: str) -> str:
    if path.startswith("csv:"):
        ecli = path[4:]
        with open(CORPORA / "rechtspraak/csv/prijsdf_sample_cases_content.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["identifier"] == ecli:
                    return row["description"].replace("|", "\n")
        raise SystemExit(f"{ecli} not found")
    from klachtanalyse.read import read_file

    return read_file(CORPORA / path).text


def cut(text: str, start, size: int) -> str:
    if isinstance(start, str):
        start = text.index(start)
    else:
        nl = text.find("\n", start)
        start = 0 if start == 0 else nl + 1
    stop = text.find("### Lijst", start, start + size)  # statute tables are not sentences
    end = text.rfind("\n", start, stop if stop != -1 else start + size)
    return text[start:end].strip("\n")


def main() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    for name, path, start, size in EXCERPTS:
        ex = cut(text_of(path), start, size)
        (HERE / f"{name}.txt").write_text(ex, encoding="utf-8")
        doc = nlp(ex)
        lines = [" ".join(s.text.split()) for s in doc.sents if s.text.strip()]
        (HERE / "voorzet" / f"{name}.sentencizer.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(name, len(ex), len(lines), file=sys.stderr)


if __name__ == "__main__":
    main()
