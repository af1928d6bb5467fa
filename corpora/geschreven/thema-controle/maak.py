"""Builds controle.jsonl from the texts below (offsets found from the quotes).

Written for klachtanalyse by the CLASSIFY helper as a small out-of-style check of the theme
classifier; NOT real complaints; names, places and amounts are invented. Never used for
training or threshold tuning. Run: python corpora/geschreven/thema-controle/maak.py
"""

import json
from pathlib import Path

DOCS = [
    dict(id="c01", register="whatsapp", themes=["dakloosheid", "kinderen_onzichtbaar"], grounds=["huurachterstand"],
         text="hoi ik ben het weer\nmorgen om 9 uur komt de deurwaarder, we moeten eruit om die huurschuld\nik weet echt niet waar ik met de jongens heen moet vannacht\nniemand heeft ooit gevraagd hoe het met die 2 gaat",
         ev={"dakloosheid": "ik weet echt niet waar ik met de jongens heen moet vannacht",
             "kinderen_onzichtbaar": "niemand heeft ooit gevraagd hoe het met die 2 gaat"}),
    dict(id="c02", register="intake derde persoon", themes=["tijdelijke_woonoplossingen", "welzijn_kind", "stress_bestaanszekerheid"], grounds=["overlast"],
         text="Intake 14-02. Mevr. (34) is met haar dochter (7) sinds de ontruiming wegens overlast ondergebracht in een chalet op een recreatiepark buiten Harderwijk; daarvoor sliepen zij drie weken bij een vriendin op de bank. De dochter moet elke dag ruim een uur met de bus naar haar oude school en is volgens mevr. erg stil en teruggetrokken geworden. Mevr. zelf geeft aan nauwelijks te slapen en 'alleen nog te overleven'.",
         ev={"tijdelijke_woonoplossingen": "Mevr. (34) is met haar dochter (7) sinds de ontruiming wegens overlast ondergebracht in een chalet op een recreatiepark buiten Harderwijk; daarvoor sliepen zij drie weken bij een vriendin op de bank.",
             "welzijn_kind": "De dochter moet elke dag ruim een uur met de bus naar haar oude school en is volgens mevr. erg stil en teruggetrokken geworden.",
             "stress_bestaanszekerheid": "Mevr. zelf geeft aan nauwelijks te slapen en 'alleen nog te overleven'."}),
    dict(id="c03", register="formele brief", themes=["eigen_verantwoordelijkheid", "informatie_ontbreekt"], grounds=["huurachterstand"],
         text="Geachte heer, mevrouw,\n\nHierbij dien ik een klacht in over de gang van zaken rond de ontruiming van onze woning aan de Lindelaan te Zwolle op 3 maart 2022. De huurachterstand bedroeg € 2.480,00. Het vonnis van de kantonrechter hebben wij nimmer ontvangen; de datum van de ontruiming vernamen wij pas twee dagen tevoren via een buurvrouw. Op ons verzoek om vervangende woonruimte deelde de gemeente mee dat het vinden van een woning onze eigen verantwoordelijkheid is.\n\nMet vriendelijke groet,\nA. Jansen",
         ev={"informatie_ontbreekt": "Het vonnis van de kantonrechter hebben wij nimmer ontvangen; de datum van de ontruiming vernamen wij pas twee dagen tevoren via een buurvrouw.",
             "eigen_verantwoordelijkheid": "Op ons verzoek om vervangende woonruimte deelde de gemeente mee dat het vinden van een woning onze eigen verantwoordelijkheid is."}),
    dict(id="c04", register="boze mail zonder hoofdletters", themes=["willekeur", "eigen_verantwoordelijkheid", "kinderen_onzichtbaar"], grounds=["huurachterstand"],
         text="ik snap er echt niks meer van. mijn zus woont in de gemeente hiernaast en die kreeg na haar uitzetting gewoon een noodwoning, wij krijgen hier helemaal niks en moeten het maar uitzoeken. ligt er maar net aan welke ambtenaar je treft blijkbaar. en dat voor een huurachterstand van 1800 euro. aan mijn 3 kinderen heeft geen hond gedacht",
         ev={"willekeur": "mijn zus woont in de gemeente hiernaast en die kreeg na haar uitzetting gewoon een noodwoning, wij krijgen hier helemaal niks en moeten het maar uitzoeken.",
             "eigen_verantwoordelijkheid": "mijn zus woont in de gemeente hiernaast en die kreeg na haar uitzetting gewoon een noodwoning, wij krijgen hier helemaal niks en moeten het maar uitzoeken.",
             "kinderen_onzichtbaar": "aan mijn 3 kinderen heeft geen hond gedacht"}),
    dict(id="c05", register="notitie schuldhulp", themes=["vroegsignalering", "stress_bestaanszekerheid"], grounds=["huurachterstand"],
         text="Notitie budgetcoach. De corporatie heeft de achterstand van vijf maanden huur nooit doorgegeven aan het wijkteam, terwijl het convenant vroegsignalering dat wel voorschrijft. Dhr. heeft inmiddels schulden bij zes schuldeisers en loonbeslag; hij vertelt dat hij er 's nachts wakker van ligt. Aanmelding schuldhulpverlening is gedaan op 12 juni.",
         ev={"vroegsignalering": "De corporatie heeft de achterstand van vijf maanden huur nooit doorgegeven aan het wijkteam, terwijl het convenant vroegsignalering dat wel voorschrijft.",
             "stress_bestaanszekerheid": "Dhr. heeft inmiddels schulden bij zes schuldeisers en loonbeslag; hij vertelt dat hij er 's nachts wakker van ligt."}),
    dict(id="c06", register="brief school", themes=["welzijn_kind", "tijdelijke_woonoplossingen"], grounds=[],
         text="Geachte ouders en verzorgers van Sem,\n\nWij maken ons zorgen over Sem. Sinds het gezin de woning heeft moeten verlaten, komt hij vaak te laat of helemaal niet op school en zijn zijn resultaten sterk teruggelopen. Hij vertelde de juf dat hij 's nachts niet kan slapen omdat het in de opvang zo lawaaiig is. Wij willen graag met u in gesprek.\n\nMet vriendelijke groet,\nDe intern begeleider",
         ev={"welzijn_kind": "Sinds het gezin de woning heeft moeten verlaten, komt hij vaak te laat of helemaal niet op school en zijn zijn resultaten sterk teruggelopen.",
             "tijdelijke_woonoplossingen": "Hij vertelde de juf dat hij 's nachts niet kan slapen omdat het in de opvang zo lawaaiig is."}),
    dict(id="c07", register="opa", themes=["kinderen_onzichtbaar", "tijdelijke_woonoplossingen"], grounds=[],
         text="Ik schrijf u als grootvader. Mijn dochter en haar twee kleintjes slapen nu al twee maanden bij ons in de logeerkamer, met z'n drieën op één kamer. Bij alle gesprekken met de woningbouw en de gemeente werd er over de kleinkinderen met geen woord gerept. Het is alsof die kinderen niet bestaan.",
         ev={"tijdelijke_woonoplossingen": "Mijn dochter en haar twee kleintjes slapen nu al twee maanden bij ons in de logeerkamer, met z'n drieën op één kamer.",
             "kinderen_onzichtbaar": "Bij alle gesprekken met de woningbouw en de gemeente werd er over de kleinkinderen met geen woord gerept."}),
    # hard negatives
    dict(id="c08", register="klacht ander onderwerp", themes=[], grounds=[],
         text="Geachte heer/mevrouw, ik heb op 5 april een parkeerboete gekregen van € 95,- terwijl ik een geldige vergunning had. De brief van de gemeente was bovendien onduidelijk over hoe ik bezwaar moet maken. Ik verzoek u de boete te vernietigen.",
         ev={}),
    dict(id="c09", register="positief verslag wijkteam", themes=[], grounds=["huurachterstand"],
         text="Verslag wijkteam. De wijkcoach heeft vóór de ontruiming wegens huurachterstand uitgebreid met beide kinderen gesproken en hen goed voorbereid op de verhuizing. Het gezin kon direct terecht in een sociale huurwoning die de gemeente had geregeld. De kinderen gaan gewoon naar hun eigen school en het gaat goed met ze.",
         ev={}),
    dict(id="c10", register="alleenstaande man", themes=["dakloosheid", "informatie_ontbreekt"], grounds=["overlast"],
         text="ik ben 52 en woon alleen. door de klachten van de bovenburen over overlast hebben ze mijn huurcontract ontbonden. niemand heeft me uitgelegd wat ik kon doen tegen dat vonnis. sinds vorige week slaap ik in mijn auto op het parkeerterrein bij de sporthal.",
         ev={"informatie_ontbreekt": "niemand heeft me uitgelegd wat ik kon doen tegen dat vonnis.",
             "dakloosheid": "sinds vorige week slaap ik in mijn auto op het parkeerterrein bij de sporthal."}),
    dict(id="c11", register="advocatenbrief", themes=["kinderen_onzichtbaar", "willekeur"], grounds=["drugs_criminaliteit"],
         text="Namens cliënte, mevrouw De Vries, teken ik bezwaar aan tegen het besluit van de burgemeester van 12 januari 2023 tot sluiting van de woning op grond van artikel 13b Opiumwet. In het besluit is op geen enkele wijze rekening gehouden met het belang van de drie minderjarige kinderen die in de woning verblijven, in strijd met artikel 3 IVRK. Bovendien heeft de burgemeester in een vergelijkbare zaak in dezelfde straat volstaan met een waarschuwing, zodat sprake is van ongelijke behandeling.",
         ev={"kinderen_onzichtbaar": "In het besluit is op geen enkele wijze rekening gehouden met het belang van de drie minderjarige kinderen die in de woning verblijven, in strijd met artikel 3 IVRK.",
             "willekeur": "Bovendien heeft de burgemeester in een vergelijkbare zaak in dezelfde straat volstaan met een waarschuwing, zodat sprake is van ongelijke behandeling."}),
    dict(id="c12", register="tiener", themes=["welzijn_kind", "tijdelijke_woonoplossingen", "kinderen_onzichtbaar"], grounds=[],
         text="ik ben 15 en we zijn in een jaar 4 keer verhuisd, eerst naar een hotel toen naar de opvang en nu wonen we bij mn tante. ik heb geen eigen plek om huiswerk te maken en mn cijfers zijn echt kut geworden. niemand van die instanties heeft ooit met mij gepraat, ze praten alleen met mn moeder",
         ev={"tijdelijke_woonoplossingen": "ik ben 15 en we zijn in een jaar 4 keer verhuisd, eerst naar een hotel toen naar de opvang en nu wonen we bij mn tante.",
             "welzijn_kind": "ik heb geen eigen plek om huiswerk te maken en mn cijfers zijn echt kut geworden.",
             "kinderen_onzichtbaar": "niemand van die instanties heeft ooit met mij gepraat, ze praten alleen met mn moeder"}),
    dict(id="c13", register="nt2", themes=["informatie_ontbreekt", "stress_bestaanszekerheid", "vroegsignalering"], grounds=["huurachterstand"],
         text="Goedendag. Ik heb brief van woningcorporatie gekregen maar ik begrijp niet de woorden, te moeilijk Nederlands. Niemand belt mij over de huur achterstand, ook niet gemeente, nu opeens zeggen ze ik moet weg. Ik ben heel veel zorgen, ik slaap niet en ik heb geen geld voor eten voor de kinderen.",
         ev={"informatie_ontbreekt": "Ik heb brief van woningcorporatie gekregen maar ik begrijp niet de woorden, te moeilijk Nederlands.",
             "vroegsignalering": "Niemand belt mij over de huur achterstand, ook niet gemeente, nu opeens zeggen ze ik moet weg.",
             "stress_bestaanszekerheid": "Ik ben heel veel zorgen, ik slaap niet en ik heb geen geld voor eten voor de kinderen."}),
    dict(id="c14", register="buurvrouw geluid", themes=[], grounds=[],
         text="Al maanden heb ik last van de buren op nummer 12. Ze draaien tot diep in de nacht harde muziek en ik kan daardoor niet slapen. Ik wil dat de corporatie eindelijk iets doet, ik word er gek van.",
         ev={}),
    dict(id="c15", register="hypothetisch", themes=[], grounds=[],
         text="We hebben een betalingsregeling getroffen met de verhuurder en die lopen we keurig af. De schuldhulpverlener van de gemeente heeft ons goed geholpen. Mijn man vreesde even dat we ooit op straat zouden komen, maar dat is gelukkig nooit aan de orde geweest.",
         ev={}),
    dict(id="c16", register="maatschappelijk werk", themes=["eigen_verantwoordelijkheid", "dakloosheid"], grounds=["woonfraude_onderhuur"],
         text="Rapportage MW. Gezin (ouders + 3 kinderen, 2-11 jr) is op 8 mei ontruimd omdat de hoofdhuurder de woning illegaal onderverhuurde. Gezin wist van niets maar stond die middag met koffers op de stoep. Gemeente verwijst naar de daklozenopvang voor vader en naar 'eigen netwerk' voor moeder en kinderen; een urgentieverklaring is afgewezen.",
         ev={"dakloosheid": "Gezin wist van niets maar stond die middag met koffers op de stoep.",
             "eigen_verantwoordelijkheid": "Gemeente verwijst naar de daklozenopvang voor vader en naar 'eigen netwerk' voor moeder en kinderen; een urgentieverklaring is afgewezen."}),
]

out = []
for d in DOCS:
    text = d["text"]
    ev = []
    for label, quote in d["ev"].items():
        pos = text.find(quote)
        assert pos >= 0, (d["id"], label)
        ev.append({"label": label, "text": quote, "start": pos, "end": pos + len(quote)})
    assert set(d["ev"]) == set(d["themes"]), d["id"]
    out.append({"id": d["id"], "kind": "klacht", "register": d["register"], "written_for_project": True,
                "split": "test", "text": text, "themes": d["themes"], "grounds": d["grounds"], "evidence": ev})
Path(__file__).with_name("controle.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
print(len(out), "documenten")
