"""Writes the three research notebooks (run: python notebooks/_bouw_notebooks.py).

The notebooks are generated so that their cells stay short, alike and reviewable in a diff;
edit the cells here, not in the .ipynb files. They are stored without outputs: CI executes
them top to bottom (tests/report/test_notebooks.py).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

SETUP = '''\
import os
from pathlib import Path

from IPython.display import display
import klachtanalyse as ka
from klachtanalyse.aggregate.labels import thema_kort, thema_titel

# De map van het project: hier of hoger (de notebooks staan in notebooks/).
ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "corpora").is_dir())
# Uitvoer (store, rapporten) in out/; de tests zetten KA_UIT naar een tijdelijke map.
UIT = Path(os.environ.get("KA_UIT", ROOT / "out"))
UIT.mkdir(parents=True, exist_ok=True)
STORE = UIT / "notebooks.duckdb"  # gedeeld: een tweede keer wordt alleen nieuw werk gedaan'''


def notebook(cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for kind, src in cells:
        nb.cells.append(new_markdown_cell(src) if kind == "md" else new_code_cell(src))
    return nb


UITSPRAKEN = [
    ("md", """\
# Uitspraken verkennen

Dit notebook leest een map met rechterlijke uitspraken (hier: de voorbeelduitspraken van
rechtspraak.nl in `corpora/rechtspraak/xml`), zoekt de negen thema's van het onderzoek van de
Nationale ombudsman en de Kinderombudsman en telt ze per jaar, per grond en per uitkomst.
Elke telling is terug te voeren op de passages waarop ze rust.

Vervang de map in de tweede cel door uw eigen map met uitspraken en kies *Run All*."""),
    ("code", SETUP),
    ("code", '''\
r = ka.analyse(ROOT / "corpora" / "rechtspraak" / "xml", store=STORE).filter(kind="uitspraak")
r'''),
    ("md", "## De uitspraken\nEén rij per uitspraak, met wat klachtanalyse eruit haalde."),
    ("code", '''r.documents[["ecli", "instantie", "datum", "grond", "uitkomst", "kinderen_betrokken", "themas"]]'''),
    ("md", "## Tellingen\nHoeveel uitspraken per uitkomst en jaar, en welke thema's per grond van de ontruiming. "
           "Met `leesbaar=True` staan er Nederlandse namen in plaats van codes."),
    ("code", 'r.tabel("uitkomst", per="jaar", leesbaar=True)'),
    ("code", 'r.tabel("thema", per="grond", leesbaar=True)'),
    ("md", "## Grafieken"),
    ("code", "r.plot_themas()"),
    ("code", "r.plot_tijd()"),
    ("code", "r.plot_grond()"),
    ("code", "r.plot_samenhang()"),
    ("md", "## Eén uitspraak bekeken\nDe uitspraak met de meeste thema's, met het bewijs per thema gemarkeerd. "
           "Lange uitspraken tonen alleen de passages rond het bewijs; `volledig=True` toont alles."),
    ("code", '''\
voorbeeld = r.documents.sort_values(["aantal_themas", "datum"]).iloc[-1]
r.toon(voorbeeld["id"])'''),
    ("md", "## Het dossier van een thema\nElk citaat met uitspraak, datum, regel en een link naar de bron "
           "(hier het thema dat in de meeste uitspraken speelt; vul zelf een thema in)."),
    ("code", '''\
thema = r.tabel("thema")["documenten"].idxmax()
print(thema)
dossier = r.dossier(thema)
dossier[["datum", "document", "citaat", "regel", "link"]]'''),
]

KLACHTEN = [
    ("md", """\
# Eén thema onderzoeken in klachten

Welke klachten gaan over één thema, in welke gemeenten, met welke andere thema's samen, en
wat schrijven mensen er precies over? Kies het thema in de tweede cel (een van de negen codes
hieronder) en kies *Run All*. De klachten zijn de voor het project geschreven voorbeeldklachten
in `corpora/geschreven/klachten` (geen echte klachten)."""),
    ("code", SETUP + '''

THEMA = "kinderen_onzichtbaar"
print("thema's:", ", ".join(ka.Result.from_records([]).tabel("thema").index))'''),
    ("code", '''\
map_klachten = ROOT / "corpora" / "geschreven" / "klachten"
if not map_klachten.is_dir():  # nog geen klachtencorpus: de geschreven voorbeelden van het rapport
    map_klachten = ROOT / "corpora" / "geschreven" / "rapport"
# Alle teksten uit de map tellen als klacht (brieven, e-mails, notities over een klager),
# ook als de lezer de soort niet herkende; de README van de map telt niet mee.
klachten = ka.analyse(map_klachten, store=STORE).filter(bron="*.txt")
klachten'''),
    ("md", "## Hoe vaak speelt het thema?"),
    ("code", '''\
met_thema = klachten.filter(thema=THEMA)
n, totaal = len(met_thema), len(klachten)
print(f"{n} van de {totaal} klachten ({n / max(totaal, 1):.0%}) gaan over {thema_titel(THEMA)!r}")
klachten.tabel("thema", leesbaar=True)'''),
    ("md", "## Per gemeente\nAantal klachten met het thema per gemeente (de gemeenten met de meeste eerst)."),
    ("code", '''\
per_gemeente = klachten.tabel("thema", per="gemeente").loc[THEMA].drop("totaal")
per_gemeente[per_gemeente > 0].sort_values(ascending=False).head(15)'''),
    ("code", "met_thema.plot_gemeente(top=12)"),
    ("md", "## Samen met welke thema's?\nHet aandeel van de klachten met dit thema waarin ook het andere thema speelt."),
    ("code", '''klachten.samenhang("voorwaardelijk", leesbaar=True).loc[thema_kort(THEMA)].sort_values(ascending=False)'''),
    ("code", 'klachten.plot_samenhang(maat="voorwaardelijk")'),
    ("md", "## Wat schrijven mensen erover?\nHet dossier: elk citaat met datum, gemeente en bestand."),
    ("code", '''\
dossier = klachten.dossier(THEMA)
dossier[["datum", "gemeente", "citaat", "bron"]].head(25)'''),
    ("code", '''\
if len(dossier):
    display(klachten.toon(dossier.loc[0, "document"]))
else:
    print("Nog geen citaten voor dit thema in deze klachten.")'''),
    ("md", "## Het rapport\nEén HTML-bestand met samenvatting, grafieken, tabellen en citaten; altijd gepseudonimiseerd. "
           "`xlsx=` schrijft de tabellen en alle citaten ook naar Excel."),
    ("code", '''\
pad = met_thema.rapport(UIT / f"rapport-{THEMA}.html", xlsx=UIT / f"rapport-{THEMA}.xlsx",
                        titel=f"Klachten over: {thema_titel(THEMA)}")
print("geschreven:", pad)'''),
]

BELEID = [
    ("md", """\
# Het beleid van een gemeente bekijken

Voldoet het beleid van een gemeente (Damocles-beleid, woonoverlast, huisvesting,
vroegsignalering, opvang) aan de zeven eisen van de toets, met welke passages, en waarover
klagen mensen in die gemeente? Kies de gemeente in de tweede cel; leeg laten kiest de gemeente
met beleid waarover de meeste klachten gaan. De beleidsteksten in `corpora/geschreven/beleid`
zijn voor het project geschreven in de stijl van echte regelgeving; het zijn geen echte regelingen."""),
    ("code", SETUP + '''

GEMEENTE = ""  # bijvoorbeeld "Zaanstad"'''),
    ("md", "## De toets voor alle gemeenten\nPer beleidsstuk elke eis *aanwezig*, *gedeeltelijk* of *afwezig* "
           "(`klachtanalyse toets PAD` doet hetzelfde op de opdrachtregel)."),
    ("code", '''\
import pandas as pd
from klachtanalyse.policy import toets_paths

MAP_BELEID = ROOT / "corpora" / "geschreven" / "beleid"
uitslagen = [u for u in toets_paths([MAP_BELEID]) if u.get("status") == "ok" and u.get("kind") == "beleid"]
rijen = [
    {"gemeente": ", ".join(u.get("gemeente") or ["(onbekend)"]), "beleidsstuk": Path(u["source"]).name,
     "titel": u.get("titel"), "eis": eis["id"], "status": eis["status"],
     "passage": eis["evidence"][0]["text"] if eis.get("evidence") else "",
     "artikelen": ", ".join(eis.get("artikelen", [])), "gezocht naar": ", ".join(eis.get("gezocht", []))}
    for u in uitslagen for eis in u["requirements"]
]
toets = pd.DataFrame(rijen, columns=["gemeente", "beleidsstuk", "titel", "eis", "status", "passage", "artikelen", "gezocht naar"])
kleuren = {"aanwezig": "background-color: #cfe8cf", "gedeeltelijk": "background-color: #fbe3b5", "afwezig": "background-color: #f6c9c9"}
overzicht = toets.pivot_table(index="gemeente", columns="eis", values="status", aggfunc="first")
overzicht.style.map(lambda v: kleuren.get(v, ""))'''),
    ("md", "## Klachten en beleid samen\nDe klachten en beleidsstukken gaan door dezelfde analyse (thema's, gemeente, datum)."),
    ("code", '''\
MAP_KLACHTEN = ROOT / "corpora" / "geschreven" / "klachten"
if not MAP_KLACHTEN.is_dir():
    MAP_KLACHTEN = ROOT / "corpora" / "geschreven" / "rapport"
alles = ka.analyse([MAP_BELEID, MAP_KLACHTEN], store=STORE).filter(bron="*.txt")
beleid = alles.filter(bron=f"{MAP_BELEID}/*")
klachten = alles.filter(bron=f"{MAP_KLACHTEN}/*")
print(f"{len(beleid)} beleidsstukken en {len(klachten)} klachten")
if not GEMEENTE:
    met_beleid = sorted(set(toets["gemeente"]) - {"(onbekend)"})
    per_gemeente = klachten.tabel("gemeente")["documenten"]
    GEMEENTE = max(met_beleid, key=lambda g: (per_gemeente.get(g, 0), [-ord(c) for c in g])) if met_beleid else "Utrecht"
print("gemeente:", GEMEENTE)'''),
    ("md", "## Het beleid van deze gemeente, eis voor eis\nMet de passage en het artikel waarop het oordeel rust; "
           "bij *afwezig* waarnaar gezocht is."),
    ("code", '''\
hier_toets = toets[toets["gemeente"] == GEMEENTE]
hier_toets[["beleidsstuk", "eis", "status", "artikelen", "passage", "gezocht naar"]].style.map(
    lambda v: kleuren.get(v, ""), subset=["status"])'''),
    ("md", "## Het beleidsstuk met de gevonden thema's gemarkeerd"),
    ("code", '''\
stukken = [r for r in beleid if Path(r.source).name in set(hier_toets["beleidsstuk"])]
if stukken:
    display(beleid.toon(stukken[0].id))
else:
    print("Geen beleidsstuk van", GEMEENTE)'''),
    ("md", "## Klachten over deze gemeente naast de rest\nHet aandeel klachten per thema, in deze gemeente en daarbuiten."),
    ("code", '''\
hier = klachten.filter(gemeente=GEMEENTE)
elders_ids = set(klachten.documents["id"]) - set(hier.documents["id"])
elders = ka.Result.from_records([r for r in klachten if r.id in elders_ids])
vergelijking = pd.DataFrame({
    f"klachten {GEMEENTE} (n={len(hier)})": hier.tabel("thema", aandeel=True, leesbaar=True)["documenten"],
    f"klachten elders (n={len(elders)})": elders.tabel("thema", aandeel=True, leesbaar=True)["documenten"],
})
vergelijking.style.format("{:.0%}")'''),
    ("md", "Wat zeggen de klachten in deze gemeente over het zelf moeten zoeken van een woning?"),
    ("code", '''\
dossier = hier.dossier("eigen_verantwoordelijkheid")
dossier[["datum", "citaat", "bron"]].head(10)'''),
]


def main() -> None:
    for name, cells in (
        ("01_uitspraken_verkennen.ipynb", UITSPRAKEN),
        ("02_thema_in_klachten.ipynb", KLACHTEN),
        ("03_beleid_gemeente.ipynb", BELEID),
    ):
        nbformat.write(notebook(cells), HERE / name)
        print("geschreven:", HERE / name)


if __name__ == "__main__":
    main()
