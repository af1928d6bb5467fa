"""The rights check on written example policies (corpora/geschreven/beleid) with exact outcomes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from klachtanalyse.document import Document
from klachtanalyse.policy import evaluate, render_html, toets_document, toets_file
from klachtanalyse.policy.toets import judge_sentence, load_requirements, skip_patterns

ROOT = Path(__file__).resolve().parents[2]
BELEID = ROOT / "corpora" / "geschreven" / "beleid"
GOLD = ROOT / "corpora" / "annotaties" / "beleid.jsonl"
REQ = {r.id: r for r in load_requirements()}


def statuses(result: dict) -> dict[str, str]:
    return {r["id"]: r["status"] for r in result["requirements"]}


def test_strong_policy_meets_every_requirement_but_early_signalling():
    result = toets_file(BELEID / "b001-zaanstad-damocles.txt")
    assert result["status"] == "ok"
    assert statuses(result) == {
        "R1_alternatieve_huisvesting": "aanwezig",
        "R2_belang_van_het_kind": "aanwezig",
        "R3_informeren_betrekken": "aanwezig",
        "R4_vroegsignalering": "afwezig",
        # "kan afzien van sluiting ... indien ... onevenredig": a power, partial since session 13's twenty-ninth batch (the
        # blind writers and the second reader read it so; the project's first annotator had it present)
        "R5_maatwerk_evenredigheid": "gedeeltelijk",
        "R6_nazorg_hulpverlening": "aanwezig",
        "R7_termijnen": "aanwezig",
    }
    r1 = next(r for r in result["requirements"] if r["id"] == "R1_alternatieve_huisvesting")
    text = (BELEID / "b001-zaanstad-damocles.txt").read_text("utf-8")
    assert r1["artikelen"] == ["Artikel 5"]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in r1["evidence"])
    assert "passende vervangende woonruimte wordt aangeboden" in r1["evidence"][0]["text"]


def test_silent_policy_is_afwezig_everywhere_and_says_what_was_searched():
    result = toets_file(BELEID / "b002-hardenberg-damocles.txt")
    assert set(statuses(result).values()) == {"afwezig"}
    r1 = result["requirements"][0]
    assert r1["evidence"] == [] and "onderdak" in r1["gezocht"]
    assert "verantwoordelijkheid van de bewoners zelf" in r1["uitgesloten"][0]["text"]


def test_vague_wording_is_gedeeltelijk():
    result = toets_file(BELEID / "b003-weert-damocles.txt")
    assert statuses(result)["R2_belang_van_het_kind"] == "gedeeltelijk"
    assert statuses(result)["R6_nazorg_hulpverlening"] == "gedeeltelijk"


@pytest.mark.parametrize(
    "req, sentence, expected",
    [
        ("R1_alternatieve_huisvesting", "Het college biedt geen vervangende woonruimte aan.", "ontkend"),
        ("R1_alternatieve_huisvesting", "Indien nodig kan de bewoner zich melden bij de maatschappelijke opvang.", "gedeeltelijk"),
        ("R1_alternatieve_huisvesting", "De gemeente zorgt ervoor dat het gezin tijdens de sluiting onderdak heeft.", "aanwezig"),
        ("R2_belang_van_het_kind", "Het belang van kinderen is ondergeschikt aan de openbare orde.", "ontkend"),
        ("R2_belang_van_het_kind", "De burgemeester kan rekening houden met de aanwezigheid van kinderen.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "In bijzondere gevallen kan de burgemeester afwijken.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "De burgemeester kan afzien van sluiting indien deze onevenredig zou zijn.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "De burgemeester ziet af van sluiting indien deze onevenredig zou zijn.", "aanwezig"),
        ("R7_termijnen", "De sluiting gaat niet eerder in dan vier weken na de bekendmaking van het besluit.", "aanwezig"),
        ("R7_termijnen", "De woning wordt uiterlijk twee weken na de bekendmaking gesloten.", "gedeeltelijk"),
        # words between "niet eerder" and "dan", and a term before a behaviour order (extern-beleid xb08, xb09)
        ("R7_termijnen", "De corporatie zet een vonnis tot ontruiming niet eerder ten uitvoer dan vier weken na betekening.", "aanwezig"),
        ("R7_termijnen", "Tussen het besluit en het tijdstip waarop aan de gedragsaanwijzing moet zijn voldaan, ligt ten minste twee weken.", "aanwezig"),
        ("R4_vroegsignalering", "Het college beslist binnen vier weken op een aanvraag om urgentie.", None),
        # wordings the first independent set showed (27 Nov 2026): split verbs, infinitives, a check as precondition
        ("R2_belang_van_het_kind", "Zonder kindcheck gaat de ontruiming niet door.", "aanwezig"),
        ("R3_informeren_betrekken", "De burgemeester hoort de bewoners voordat hij een besluit neemt.", "aanwezig"),
        ("R3_informeren_betrekken", "De deurwaarder kondigt de ontruiming schriftelijk aan bij de huurder.", "gedeeltelijk"),
        ("R3_informeren_betrekken", "Het college streeft ernaar de bewoners tijdig te informeren.", "gedeeltelijk"),
        ("R4_vroegsignalering", "Wij willen betalingsachterstanden eerder in beeld krijgen.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "Medewerkers krijgen ruimte om af te wijken als de situatie van een gezin daarom vraagt.", "gedeeltelijk"),
        ("R6_nazorg_hulpverlening", "Bewoners kunnen zich voor vragen wenden tot het sociaal loket.", "gedeeltelijk"),
        ("R7_termijnen", "Het besluit tot sluiting vermeldt de datum waarop de woning gesloten wordt.", "gedeeltelijk"),
        # refusals read as "afwezig" for every requirement (28 Nov 2026; wordings of extern-beleid-2 yc08, yc11)
        ("R1_alternatieve_huisvesting", "Een urgentieverklaring wordt op grond van een sluiting niet verleend.", "ontkend"),
        ("R1_alternatieve_huisvesting", "1. Dakloosheid als gevolg van een ontruiming wegens huurachterstand, overlast of criminaliteit is geen grond voor urgentie.", "ontkend"),
        ("R2_belang_van_het_kind", "3. Voor de beoordeling is niet van belang of er minderjarige kinderen tot het huishouden behoren.", "ontkend"),
        ("R2_belang_van_het_kind", "1. Persoonlijke omstandigheden van de bewoners, waaronder de aanwezigheid van kinderen, staan een sluiting niet in de weg.", "ontkend"),
        ("R6_nazorg_hulpverlening", "4. Begeleiding bij het zoeken van woonruimte wordt niet geboden.", "ontkend"),
        # ... but a binding precondition is no refusal
        ("R2_belang_van_het_kind", "De woning wordt niet gesloten voordat het belang van de kinderen is gewogen.", "aanwezig"),
        # the second batch (extern-beleid-3/-4 errors): more refusals, R7 in compounds and between warning and order
        ("R1_alternatieve_huisvesting", "1. Het verkrijgen van andere woonruimte na een ontruiming is de verantwoordelijkheid van het huishouden zelf.", "ontkend"),
        ("R5_maatwerk_evenredigheid", "Van dit hoofdstuk kan niet worden afgeweken.", "ontkend"),
        ("R6_nazorg_hulpverlening", "Begeleiding, schuldhulpverlening en jeugdhulp maken geen deel uit van de opvang op grond van deze verordening.", "ontkend"),
        ("R2_belang_van_het_kind", "Het feit dat de ouders een netwerk hebben, is op zichzelf geen reden de opvang te weigeren als daar geen stabiele plek voor de kinderen is.", None),
        ("R7_termijnen", "In het sluitingsbesluit wordt een begunstigingstermijn van ten minste twee weken gegeven.", "aanwezig"),
        ("R7_termijnen", "Tussen de waarschuwing en het geven van een gedragsaanwijzing liggen ten minste vier weken.", "aanwezig"),
        ("R6_nazorg_hulpverlening", "1. De gebruiker draagt er zorg voor dat geen ernstige hinder voor omwonenden ontstaat.", None),
        # the third batch (extern-beleid-5 errors)
        ("R5_maatwerk_evenredigheid", "Het college wijkt niet af van deze beleidsregels.", "ontkend"),
        ("R6_nazorg_hulpverlening", "4.2 De burgemeester is niet gehouden hulpverlening in te schakelen.", "ontkend"),
        ("R7_termijnen", "De aangezegde ontruimingsdatum ligt minimaal vier weken na de betekening van het vonnis.", "aanwezig"),
        ("R2_belang_van_het_kind", "In het besluit staat daarna apart wat de sluiting voor uw kinderen betekent en hoe de burgemeester dat heeft meegewogen.", "aanwezig"),
        # the fourth batch (extern-beleid-6/-7 errors)
        ("R1_alternatieve_huisvesting", "2. De gemeente heeft geen taak bij het zoeken naar of het aanbieden van onderdak voor bewoners van een gesloten woning.", "ontkend"),
        ("R6_nazorg_hulpverlening", "De gemeente biedt in het kader van dit beleid geen begeleiding aan bewoners van een gesloten woning.", "ontkend"),
        ("R1_alternatieve_huisvesting", "De gemeente zorgt ervoor dat geen gezin na een ontruiming of sluiting zonder woning komt te zitten.", "aanwezig"),
        ("R3_informeren_betrekken", "Eerst krijgt u een brief waarin staat dat de burgemeester van plan is uw woning te sluiten, en waarom.", "aanwezig"),
        ("R4_vroegsignalering", "De corporaties geven een huurachterstand van één maand binnen vijf werkdagen door aan het Schuldenloket van de gemeente.", "aanwezig"),
        ("R7_termijnen", "De sluiting gaat op zijn vroegst vier weken na het besluit in.", "aanwezig"),
        ("R7_termijnen", "Voordat een maatregel ingaat, wordt in de regel een redelijke periode in acht genomen.", "gedeeltelijk"),
        # the fifth batch (extern-beleid-8/-9 errors)
        ("R1_alternatieve_huisvesting", "1. De sluiting van een woning brengt voor de gemeente geen verplichting mede tot het verschaffen van vervangende woonruimte.", "ontkend"),
        ("R1_alternatieve_huisvesting", "Dit convenant ziet niet op de huisvesting van huurders van wie de huurovereenkomst is ontbonden.", "ontkend"),
        ("R1_alternatieve_huisvesting", "Partijen spannen zich in om voor gezinnen met kinderen een vervolgplek te vinden.", "gedeeltelijk"),
        ("R2_belang_van_het_kind", "Wonen er minderjarigen in de woning, dan maakt de burgemeester vóór het besluit een afzonderlijke afweging van hun belangen.", "aanwezig"),
        ("R2_belang_van_het_kind", "De burgemeester legt die beoordeling vast in het besluit; hij kan daarbij rekening houden met de aanwezigheid van minderjarige kinderen.", "gedeeltelijk"),
        ("R4_vroegsignalering", "Binnen zeven kalenderdagen na de melding van een achterstand legt een schuldhulpconsulent een huisbezoek af.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "De burgemeester ziet af van sluiting, of kiest een kortere sluiting, wanneer de gevolgen voor de bewoners niet in verhouding staan tot het doel.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "Het college is niet bevoegd ten gunste van de aanvrager af te wijken van de bepalingen van dit hoofdstuk.", "ontkend"),
        ("R7_termijnen", "De bewoner wordt ten minste vier weken voor de dag waarop de sluiting ingaat schriftelijk op de hoogte gesteld.", "aanwezig"),
        ("R7_termijnen", "Het team wijst bij een ontruiming een hulpverlener aan, die het gezin begeleidt tot ten minste zes maanden na de verhuizing.", None),
        # the sixth batch (extern-beleid-10/-11 errors)
        ("R3_informeren_betrekken", "Gezinnen worden zo veel mogelijk geïnformeerd over de gang van zaken in de opvang.", "gedeeltelijk"),
        ("R3_informeren_betrekken", "2. U krijgt een brief waarin staat dat de burgemeester van plan is uw woning te sluiten.", "gedeeltelijk"),
        ("R3_informeren_betrekken", "De ouders krijgen een brief en een gesprek waarin de medewerker uitlegt wat er gaat gebeuren.", "aanwezig"),
        ("R1_alternatieve_huisvesting", "Dit protocol schept geen verplichting voor partijen om na een ontruiming vervangende woonruimte aan te bieden.", "ontkend"),
        ("R1_alternatieve_huisvesting", "1. De bewoners dragen zelf zorg voor andere woonruimte tijdens de sluiting.", "ontkend"),
        ("R5_maatwerk_evenredigheid", "2.3 Persoonlijke omstandigheden van de bewoners blijven bij de keuze van de maatregel buiten beschouwing.", "ontkend"),
        ("R5_maatwerk_evenredigheid", "Afwijking van de afspraken in individuele gevallen is niet toegestaan.", "ontkend"),
        ("R6_nazorg_hulpverlening", "Bij dat gesprek kan de handhaver de bewoners zo nodig verwijzen naar het sociaal team.", "gedeeltelijk"),
        ("R7_termijnen", "Een sluiting kan worden uitgevoerd zonder voorafgaande aankondiging aan de bewoners als de burgemeester dat nodig acht.", "ontkend"),
        # the seventh batch (extern-beleid-12/-13 errors)
        ("R1_alternatieve_huisvesting", "1. De burgemeester gaat niet over tot sluiting van een woning waarin minderjarigen wonen dan nadat het college voor het gezin passende vervangende woonruimte heeft geregeld.", "aanwezig"),
        ("R1_alternatieve_huisvesting", "1. Geen urgentie wordt verleend aan woningzoekenden die hun woning hebben verloren door een ontruiming wegens huurachterstand.", "ontkend"),
        ("R1_alternatieve_huisvesting", "4.1 Huishoudens die na een ontruiming in de opvang terechtkomen, krijgen binnen een week een trajectplan van een vaste begeleider.", "gedeeltelijk"),
        ("R1_alternatieve_huisvesting", "Via een contingentregeling stellen de corporaties jaarlijks ten minste acht woningen beschikbaar voor gezinnen met minderjarige kinderen die hun woning verliezen.", "aanwezig"),
        ("R6_nazorg_hulpverlening", "De gemeente biedt na een ontruiming geen aanvullende begeleiding vanuit deze regeling.", "ontkend"),
        ("R5_maatwerk_evenredigheid", "Een vaste gedragslijn bevordert de rechtszekerheid; om die reden is afwijking uitdrukkelijk uitgesloten.", "ontkend"),
        # the eighth batch (extern-beleid-14/-15 errors)
        ("R3_informeren_betrekken", "De corporatie informeert de huurder waar mogelijk tijdig over de stand van zaken.", "gedeeltelijk"),
        ("R3_informeren_betrekken", "4.1 De deurwaarder informeert de huurder over de datum van de ontruiming.", "gedeeltelijk"),
        ("R3_informeren_betrekken", "In het voornemen wordt in begrijpelijke taal uitgelegd wat een sluiting inhoudt en waar de bewoners terechtkunnen voor hulp.", "aanwezig"),
        ("R3_informeren_betrekken", "Het college informeert de huurder in begrijpelijke taal over de mogelijkheden van schuldhulp en de gevolgen van een oplopende huurschuld.", "aanwezig"),
        # the ninth batch (extern-beleid-16 errors, and what they showed in earlier sets)
        ("R1_alternatieve_huisvesting", "2. Gezinnen met kinderen worden niet in de opvang geplaatst; het gezin moet zelf onderdak regelen bij familie of bekenden.", "ontkend"),
        ("R3_informeren_betrekken", "Andere bewoners van de woning worden niet afzonderlijk gehoord.", "ontkend"),
        ("R1_alternatieve_huisvesting", "Partijen spannen zich in om een gezin na een ontruiming tijdelijke woonruimte te bieden.", "gedeeltelijk"),
        ("R1_alternatieve_huisvesting", "Wanneer in de woning minderjarigen wonen, biedt de gemeente voor de duur van de sluiting een wisselwoning aan.", "aanwezig"),
        ("R1_alternatieve_huisvesting", "Aan een dakloos gezin met een urgentieverklaring wordt binnen acht weken een passende woning toegewezen.", "aanwezig"),
        ("R1_alternatieve_huisvesting", "De gemeente kan in bijzondere situaties bekijken of zij kan helpen bij het zoeken naar andere woonruimte.", "gedeeltelijk"),
        ("R1_alternatieve_huisvesting", "Kinderen in de opvang krijgen een eigen kindbegeleider.", "gedeeltelijk"),
        ("R4_vroegsignalering", "Bij de aanvraag van urgentie wordt het huishouden gewezen op de mogelijkheden van budgetcoaching.", "gedeeltelijk"),
        ("R4_vroegsignalering", "Bij een ontruiming wegens huurachterstand moet de aanvrager bereid zijn mee te werken aan een schuldhulptraject.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "Bij de beslissing tot beëindiging houdt het college rekening met de omstandigheden van het gezin.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "Het college wijkt af van de bepalingen van deze afdeling indien toepassing daarvan leidt tot een bijzondere hardheid.", "aanwezig"),
        ("R7_termijnen", "De consulent blijft ten minste zes maanden na de ontruiming het vaste aanspreekpunt van het gezin.", None),
        ("R7_termijnen", "De deurwaarder kondigt de ontruiming van een woning waarin minderjarigen wonen ten minste vier weken tevoren schriftelijk aan.", "aanwezig"),
        ("R7_termijnen", "Tussen de melding aan het wijkteam en de ontruiming liggen volgens het protocol ten minste vier weken.", "aanwezig"),
        # the fourteenth batch (extern-beleid-25/-26 errors, session 8)
        ("R1_alternatieve_huisvesting", "6.1 Wordt een huishouden met minderjarige kinderen toch ontruimd, dan zorgt de centrumgemeente Oostervaart uiterlijk op de dag van de ontruiming voor passende vervangende woonruimte voor het hele gezin.", "aanwezig"),
        ("R1_alternatieve_huisvesting", "Als u uit uw huis moet, kijkt de gemeente samen met u of er een plek in de opvang beschikbaar is.", "gedeeltelijk"),
        ("R1_alternatieve_huisvesting", "De gemeente ziet het niet als haar taak om overlastgevers na een sluiting te huisvesten; zij kunnen zich als iedere andere woningzoekende inschrijven.", "ontkend"),
        ("R1_alternatieve_huisvesting", "Het huishouden zoekt zelf nieuwe woonruimte.", "ontkend"),
        ("R2_belang_van_het_kind", "Ook de aanwezigheid van kinderen maakt dit niet anders.", "ontkend"),
        ("R2_belang_van_het_kind", "Het belang van de kinderen wordt schriftelijk afgewogen.", "aanwezig"),
        ("R3_informeren_betrekken", "De burgemeester stelt de bewoners schriftelijk op de hoogte van het voornemen tot sluiting en nodigt hen uit voor een gesprek.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "Indien uit de kinderrechtentoets blijkt dat de gevolgen voor de kinderen onevenredig zijn, ziet de burgemeester af van sluiting.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "In de gevallen van 4.2 bestaat geen ruimte voor afwijking.", "ontkend"),
        ("R6_nazorg_hulpverlening", "In de opvang kunt u hulp krijgen van een begeleider.", "gedeeltelijk"),
        ("R6_nazorg_hulpverlening", "2. De gemeente draagt geen zorg voor begeleiding van de bewoner na de sluiting.", "ontkend"),
        ("R7_termijnen", "De huurder wordt tijdig op de hoogte gesteld van de datum van ontruiming.", "gedeeltelijk"),
        ("R7_termijnen", "De burgemeester streeft ernaar de betrokkenen tijdig te informeren over de te nemen stappen.", None),
        ("R7_termijnen", "De deurwaarder betekent het vonnis en zegt de ontruiming aan overeenkomstig de wettelijke regels.", "gedeeltelijk"),
        # the fifteenth batch (extern-beleid-27/-28 errors, session 8)
        ("R1_alternatieve_huisvesting", "De gemeente Brederveen zorgt niet voor een vervangende woning als u uit huis wordt gezet.", "ontkend"),
        ("R1_alternatieve_huisvesting", "De gemeente heeft geen aparte gezinsopvang en acht zich niet verantwoordelijk voor het huisvesten van gezinnen na een ontruiming.", "ontkend"),
        ("R1_alternatieve_huisvesting", "7.1 Het wijkteam biedt het huishouden na een ontruiming ten minste zes maanden begeleiding aan, gericht op huisvesting, inkomen en gezondheid.", "gedeeltelijk"),
        ("R3_informeren_betrekken", "3.1 De corporatie en het wijkteam informeren de huurder bij iedere stap schriftelijk en mondeling over de procedure bij de kantonrechter.", "aanwezig"),
        ("R4_vroegsignalering", "2.1 De corporaties melden een huurachterstand van één maand bij huishoudens met kinderen dezelfde week aan het team Geldzorg.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "Het college wijkt van dit hoofdstuk af ten gunste van de aanvrager indien toepassing leidt tot gevolgen die onevenredig zijn in verhouding tot het doel van dit hoofdstuk.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "Afwijkingen van de standaardaanpak zijn niet voorzien.", "ontkend"),
        ("R5_maatwerk_evenredigheid", "Het college past een weigeringsgrond niet toe als de aanvrager of zijn gezin daardoor in een onaanvaardbare situatie zou komen.", "aanwezig"),
        ("R6_nazorg_hulpverlening", "De gemeente schakelt het wijkteam niet in.", "ontkend"),
        ("R7_termijnen", "De betrokkene krijgt binnen een redelijke termijn de gelegenheid om aan de aanwijzing te voldoen.", "gedeeltelijk"),
        # the sixteenth batch (extern-beleid-29/-30 errors, session 8)
        ("R1_alternatieve_huisvesting", "Wij zorgen dat u en uw kinderen niet op straat komen te staan.", "aanwezig"),
        ("R1_alternatieve_huisvesting", "Een urgentieverklaring is niet mogelijk als u uit huis bent gezet.", "ontkend"),
        ("R2_belang_van_het_kind", "Is er een minderjarig kind, vul dan vóór het casusoverleg het formulier Kindbelangafweging in.", "aanwezig"),
        ("R3_informeren_betrekken", "Wij vertellen u schriftelijk en in een gesprek wat er gaat gebeuren, op welke datum en welke rechten u heeft.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "Wij wijken van onze regels af als die voor u onredelijk uitpakken.", "aanwezig"),
        ("R5_maatwerk_evenredigheid", "De burgemeester wijkt af van deze verordening als de toepassing daarvan leidt tot onbillijkheden van overwegende aard.", "aanwezig"),
        ("R7_termijnen", "U hoort op tijd van ons wanneer de maatregel ingaat.", "gedeeltelijk"),
        # the seventeenth batch (extern-beleid-31/-32 errors, session 9)
        ("R1_alternatieve_huisvesting", "Als u uw huis uit moet, moet u zelf een nieuwe woning of een slaapplek zoeken.", "ontkend"),
        ("R1_alternatieve_huisvesting", "Bewoners moeten tijdens de sluiting elders verblijven.", "gedeeltelijk"),
        ("R2_belang_van_het_kind", "Bij de kindcheck wegen de corporatie, het wijkteam en het Jeugd- en Gezinsteam in een gezamenlijk overleg het belang van de kinderen.", "aanwezig"),
        ("R2_belang_van_het_kind", "Een verplichting om de belangen van kinderen afzonderlijk te wegen, volgt uit deze beleidsregels niet.", "gedeeltelijk"),
        ("R2_belang_van_het_kind", "Het is de verantwoordelijkheid van de ouders om te voorkomen dat hun kinderen de gevolgen van strafbaar handelen ondervinden.", "ontkend"),
        ("R5_maatwerk_evenredigheid", "Persoonlijke omstandigheden van de bewoners worden bij het besluit niet betrokken.", "ontkend"),
        ("R6_nazorg_hulpverlening", "Hulpverlening aan bewoners van een gesloten woning behoort niet tot de taak van de burgemeester.", "ontkend"),
        ("R7_termijnen", "De sluiting wordt direct na de bekendmaking van het besluit geëffectueerd.", "ontkend"),
        ("R7_termijnen", "Het college vraagt de verhuurder om de datum van een geplande ontruiming zo vroeg mogelijk door te geven.", "gedeeltelijk"),
        ("R7_termijnen", "De verhuurder informeert het gezin schriftelijk over de datum van de ontruiming en over de mogelijkheden van hulp.", None),
        # the eighteenth batch (extern-beleid-33/-34 errors, session 9)
        ("R1_alternatieve_huisvesting", "De overlastgever en de overige bewoners dragen tijdens een sluiting zelf zorg voor hun huisvesting.", "ontkend"),
        ("R4_vroegsignalering", "De centrumgemeente stimuleert dat regiogemeenten inzetten op vroegsignalering van schulden en huurachterstanden.", "gedeeltelijk"),
        ("R5_maatwerk_evenredigheid", "Het college ziet daarom geen aanleiding voor een hardheidsclausule of andere afwijkingsmogelijkheden.", "ontkend"),
        ("R6_nazorg_hulpverlening", "Urgentiehouders ontvangen geen begeleiding van de gemeente bij het zoeken naar een woning.", "ontkend"),
        ("R7_termijnen", "De sluiting gaat in op de vijftiende dag na de dag waarop het besluit aan de bewoners is bekendgemaakt.", "aanwezig"),
        ("R7_termijnen", "De sluiting gaat in op de dag na bekendmaking van het besluit.", "ontkend"),
    ],
)
def test_sentence_judgements(req, sentence, expected):
    judged = judge_sentence(REQ[req], sentence)
    assert (judged[0] if judged else None) == expected


def test_a_statement_of_aims_counts_for_nothing_but_a_criterion_does():
    """Sixteenth and fifteenth batch: "Het doel is dat ..." opens an aim; "in verhouding tot het doel van dit
    hoofdstuk" inside a hardship clause is its criterion."""
    skip = skip_patterns()
    assert any(p.search("Het doel is dat inwoners met een betalingsachterstand zo vroeg mogelijk hulp krijgen.") for p in skip)
    assert not any(p.search("Het college wijkt af indien de gevolgen onevenredig zijn in verhouding tot het doel van dit hoofdstuk.") for p in skip)


def test_a_report_to_the_council_counts_for_no_requirement():
    """Ninth batch: "Het college informeert de raad jaarlijks ..." is no informing of a family."""
    doc = Document(id="x", source="x.txt", kind="beleid",
                   text="Artikel 9\nHet college informeert de raad jaarlijks over het aantal ontruimde huishoudens en het aantal aanvragen om urgentie.\n")
    status = {r.id: r.status for r in toets_document(doc)}
    assert status["R3_informeren_betrekken"] == "afwezig" and status["R1_alternatieve_huisvesting"] == "afwezig"


def test_evaluation_on_the_test_split_meets_the_target():
    result = evaluate(GOLD, "test")
    assert result["documents"] == 18
    assert result["accuracy"] >= 0.85
    assert result["aanwezig_evidence_hit"] >= 0.85


def test_cli_json_and_html(tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 dit is geen echte pdf")
    src = [str(BELEID / "b007-nijmegen-protocol.txt"), str(bad)]
    out = subprocess.run([sys.executable, "-m", "klachtanalyse", "toets", *src, "--format", "json"],
                         capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    by_name = {Path(r["source"]).name: r for r in rows}
    assert by_name["kapot.pdf"]["status"] == "error"
    assert by_name["kapot.pdf"]["error"] == "PDF is beschadigd of afgebroken: kan niet geopend worden"
    ok = by_name["b007-nijmegen-protocol.txt"]
    assert ok["gemeente"] == ["Nijmegen"]
    assert set(statuses(ok).values()) == {"aanwezig"}
    html_path = tmp_path / "toets.html"
    subprocess.run([sys.executable, "-m", "klachtanalyse", "toets", *src, "--format", "html", "--out", str(html_path)],
                   check=True, capture_output=True)
    page = html_path.read_text("utf-8")
    assert "Vergelijking" in page and "Nijmegen" in page and "kon niet worden gelezen" in page
    assert "<script" not in page and "http" not in page.split("<body>", 1)[1]


def test_render_html_escapes_text():
    doc = Document(id="x", source="x.txt", text="Artikel 1\nDe gemeente <b>zorgt</b> voor onderdak voor het gezin.\n")
    res = {"source": "x.txt", "status": "ok", "gemeente": [], "titel": "<script>", "kind": "beleid",
           "requirements": [r.to_dict() for r in toets_document(doc)]}
    page = render_html([res])
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("name, n, accuracy", [
    ("extern-beleid.jsonl", 12, 0.869),    # the first independent set (its errors were read to improve the cues)
    ("extern2-beleid.jsonl", 12, 0.964),   # the second, blind in session 3 (0.762 -> 0.786); 0.857 with the refusal cues
    ("extern3-beleid.jsonl", 12, 0.881),   # third writer (28 Nov 2026), a development set (0.833 when first measured)
    ("extern4-beleid.jsonl", 12, 0.929),   # fourth writer: decided the refusal cues (0.667 -> 0.679), then its errors were read
    ("extern5-beleid.jsonl", 12, 0.845),   # fifth writer: decided the second batch (0.702 -> 0.726), then its errors were read
    ("extern6-beleid.jsonl", 12, 0.869),   # sixth writer, blind: decided the third batch (0.786 -> 0.786, no drop)
    ("extern7-beleid.jsonl", 12, 0.869),   # seventh writer: 0.690 when measured once (session start: 0.631); errors then read
    ("extern8-beleid.jsonl", 12, 0.881),   # eighth writer, blind: decided the fourth batch (0.762 -> 0.762); errors then read
    ("extern9-beleid.jsonl", 12, 0.94),   # ninth writer: 0.786 when measured once (session start: 0.714); errors then read
    ("extern10-beleid.jsonl", 24, 0.952),  # two more writers, blind: decided the fifth batch (0.833 -> 0.833); errors then read
    ("extern11-beleid.jsonl", 24, 0.911),  # two more writers: 0.792 when measured once after the fifth batch; errors then read
    ("extern12-beleid.jsonl", 24, 0.929),  # two more writers, blind: decided the sixth batch (0.863 -> 0.863); errors then read
    ("extern13-beleid.jsonl", 24, 0.94),  # two more writers: 0.827 when measured once after the sixth batch; errors then read
    ("extern14-beleid.jsonl", 24, 0.887),  # two more writers, blind: decided the seventh batch (0.810 -> 0.815); errors then read
    ("extern15-beleid.jsonl", 24, 0.929),  # two more writers: 0.851 when measured once after the seventh batch; errors then read
    ("extern16-beleid.jsonl", 24, 0.935),  # two more writers, blind: decided the eighth batch (0.863 -> 0.863; session start 0.845); errors then read for the ninth
    ("extern17-beleid.jsonl", 24, 0.97),  # two more writers, blind: decided the ninth batch (0.839 -> 0.839); errors then read for the tenth
    ("extern18-beleid.jsonl", 24, 0.958),  # two more writers, blind: 0.857 measured once after the ninth batch (0.857 without it); errors then read for the tenth
    ("extern19-beleid.jsonl", 24, 0.976),  # two more writers, blind: decided the tenth batch (0.827 -> 0.839); errors then read for the eleventh
    ("extern20-beleid.jsonl", 24, 0.952),  # two more writers, blind: 0.851 measured once after the tenth batch (0.833 without it); errors then read for the eleventh
    ("extern21-beleid.jsonl", 24, 0.935),  # two more writers, blind: decided the eleventh batch (0.827 -> 0.833); errors then read for the twelfth
    ("extern22-beleid.jsonl", 24, 0.923),  # two more writers, blind: 0.893 measured once after the eleventh batch (0.893 without it); errors then read for the twelfth
    ("extern23-beleid.jsonl", 24, 0.929),  # two more writers, blind: decided the twelfth batch (0.875 -> 0.875); errors then read for the thirteenth
    ("extern24-beleid.jsonl", 24, 0.929),  # two more writers, blind: 0.899 measured once after the twelfth batch (0.899 without it); errors then read for the thirteenth
    ("extern25-beleid.jsonl", 24, 0.923),  # two more writers, blind: decided the thirteenth batch (0.839 -> 0.839); errors then read for the fourteenth
    ("extern26-beleid.jsonl", 24, 0.958),  # two more writers, blind: 0.893 measured once after the thirteenth batch (0.887 without it); errors then read for the fourteenth
    ("extern27-beleid.jsonl", 24, 0.940),  # two more writers, blind: decided the fourteenth batch (0.875 -> 0.875); errors then read for the fifteenth
    ("extern28-beleid.jsonl", 24, 0.958),  # two more writers, blind: 0.893 measured once after the fourteenth batch (0.881 without it); errors then read for the fifteenth
    ("extern29-beleid.jsonl", 24, 0.976),  # two more writers, blind: decided the fifteenth batch (0.929 -> 0.929); errors then read for the sixteenth
    ("extern30-beleid.jsonl", 24, 0.946),  # two more writers, blind: 0.875 measured once after the fifteenth batch (0.875 without it); errors then read for the sixteenth
    ("extern31-beleid.jsonl", 24, 0.964),  # two more writers, blind: decided the sixteenth batch (0.869 -> 0.875); errors then read for the seventeenth
    ("extern32-beleid.jsonl", 24, 0.958),  # two more writers, blind: 0.929 measured once after the sixteenth batch (0.929 without it); errors then read for the seventeenth
    ("extern33-beleid.jsonl", 24, 0.905),  # two more writers, blind: decided the seventeenth batch (0.887 -> 0.887); errors then read for the eighteenth
    ("extern34-beleid.jsonl", 24, 0.923),  # two more writers, blind: 0.887 measured once after the seventeenth batch (0.887 without it); errors then read for the eighteenth
    ("extern35-beleid.jsonl", 24, 0.875),  # two more writers, blind: decided the eighteenth batch (0.839 -> 0.839); errors then read for the nineteenth
    ("extern36-beleid.jsonl", 24, 0.893),  # two more writers, blind: decided the nineteenth batch (0.881 -> 0.881); errors then read for the twentieth
    # two more writers, blind: decided the twentieth batch (0.821 -> 0.821); errors then read for the twenty-first
    # (0.845 after it; 0.851 after the twenty-third)
    ("extern37-beleid.jsonl", 24, 0.851),
    # two more writers, blind: decided the twenty-first batch (0.917 -> 0.917); the twenty-second batch was made from
    # its errors (now seen: 0.917 -> 0.929)
    ("extern38-beleid.jsonl", 24, 0.935),
    # two more writers, blind (session 11): decided the twenty-second batch (0.863 both); the twenty-third batch was made
    # from its errors (now seen: 0.863 -> 0.899)
    ("extern39-beleid.jsonl", 24, 0.899),
    # two more writers, blind (session 12): decided the twenty-third batch (0.839 both); the twenty-fourth batch was made
    # from its errors (now seen: 0.839 -> 0.899)
    ("extern40-beleid.jsonl", 24, 0.911),
    # two more writers, blind (session 12): decided the twenty-fourth batch (0.762 both); the twenty-fifth batch was made
    # from its errors (now seen: 0.762 -> 0.857)
    ("extern41-beleid.jsonl", 24, 0.857),
    # two more writers, blind (session 12): decided the twenty-fifth batch (0.798 both); the twenty-sixth batch was made
    # from its errors (now seen: 0.798 -> 0.845)
    ("extern42-beleid.jsonl", 24, 0.845),
    # two more writers, blind (session 12): decided the twenty-sixth batch (0.780 both); the twenty-seventh batch was made
    # from its errors (now seen: 0.780 -> 0.857)
    ("extern43-beleid.jsonl", 24, 0.875),
    # two more writers, blind (session 13): decided the twenty-seventh batch (0.810 both); the twenty-eighth batch was made
    # from its errors (now seen: 0.810 -> 0.917)
    ("extern44-beleid.jsonl", 24, 0.923),
    ("extern45-beleid.jsonl", 24, 0.887),
    ("extern46-beleid.jsonl", 24, 0.869),  # two more writers, blind (session 13): decided the twenty-ninth batch (0.869 both)  # two more writers, blind (session 13): decided the twenty-eighth batch (0.774 -> 0.780)
])
def test_independent_policy_sets_are_valid_and_their_figures_documented(name, n, accuracy):
    path = ROOT / "corpora" / "annotaties" / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n and {r["split"] for r in rows} == {"extern"}
    for r in rows:
        assert (ROOT / r["source"]).read_text(encoding="utf-8") == r["text"]
        assert r["text"].startswith("Voorbeeldtekst geschreven voor klachtanalyse")
        assert set(r["requirements"]) == set(REQ)
        for req in r["requirements"].values():
            assert (req["status"] == "afwezig") == (not req["evidence"])
            for ev in req["evidence"]:
                assert r["text"][ev["start"]:ev["end"]] == ev["text"]
    assert round(evaluate(path, "extern")["accuracy"], 3) == accuracy


def test_a_heading_gives_at_most_gedeeltelijk_and_nothing_against_a_refusal():
    """A heading names a subject but commits to nothing (extern-beleid-7 vg09, vg12)."""
    named = Document(id="k", source="k.txt", text="Artikel 3 Evenredigheid\nDe burgemeester neemt een besluit.\n")
    assert statuses_of(named)["R5_maatwerk_evenredigheid"] == "gedeeltelijk"
    refused = Document(id="r", source="r.txt", text=(
        "Artikel 4 Persoonlijke omstandigheden\nPersoonlijke omstandigheden van bewoners, waaronder de aanwezigheid "
        "van kinderen, zijn geen reden om van sluiting af te zien.\n"))
    assert statuses_of(refused)["R5_maatwerk_evenredigheid"] == "afwezig"


def test_a_definition_commits_to_nothing_and_the_considerans_counts_for_nothing():
    """extern-beleid-9 vi11, vi12: "a. opvang: het bieden van onderdak en begeleiding ..." and
    "gelet op ... de Wet maatschappelijke ondersteuning" were read as care."""
    doc = Document(id="d", source="d.txt", text=(
        "gelet op artikel 4:81 van de Algemene wet bestuursrecht en de Wet maatschappelijke ondersteuning 2015;\n"
        "Artikel 1 Begrippen\nIn deze regeling wordt verstaan onder:\n"
        "a. opvang: het bieden van onderdak en begeleiding aan een persoon die de thuissituatie heeft verlaten;\n"))
    got = statuses_of(doc)
    assert got["R6_nazorg_hulpverlening"] == "gedeeltelijk"
    only_considerans = Document(id="c", source="c.txt", text=(
        "gelet op artikel 4:81 van de Algemene wet bestuursrecht en de Wet maatschappelijke ondersteuning 2015;\n"))
    assert statuses_of(only_considerans)["R6_nazorg_hulpverlening"] == "afwezig"


def statuses_of(doc):
    return {r.id: r.status for r in toets_document(doc)}


# Batches 19-26 (sessions 10-12, the errors of extern-beleid-35 ... -42), each case written here in other words:
# refusals ("... zelf", "verwezen naar de gemeente waar zij eerder woonden", "niet als bijzondere omstandigheid
# aangemerkt", "draagt geen zorg", "verplicht ... niet tot", "behoort niet tot"), a letter to the council that informs
# no family, conditions that make a duty partial ("extra zorgvuldigheid", "Wij zetten ons in", "voor zover de aanvrager
# die aannemelijk heeft gemaakt", ", waar mogelijk,", "voor zover de capaciteit dat toelaat"), and what names a term or
# a deviation.
@pytest.mark.parametrize("batch, text, requirement, expected", [
    ('nineteenth',
     'Artikel 6 Vervangende woonruimte\nHet vinden van vervangende woonruimte gedurende de sluiting '
     'is de verantwoordelijkheid van de rechthebbende en de overige bewoners zelf.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('nineteenth',
     'Artikel 3 Zorgvuldigheid\nBij gezinnen met kinderen wordt in alle fasen van de procedure extra '
     'zorgvuldigheid betracht.\n', 'R2_belang_van_het_kind', 'gedeeltelijk'),
    ('twentieth',
     'Na de ontruiming\nNa een ontruiming moet u zelf zorgen voor andere woonruimte.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twentieth',
     'Vroegsignalering\nWij zetten ons in om betalingsachterstanden eerder in beeld te krijgen.\n', 'R4_vroegsignalering', 'gedeeltelijk'),
    ('twenty-first',
     'Artikel 7 Onderdak\nBewoners dienen tijdens de sluiting zelf in hun onderdak te voorzien.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-first',
     'Hoe lang heeft u?\nBewoners krijgen doorgaans enkele dagen tot enkele weken om de woning te '
     'verlaten.\n', 'R7_termijnen', 'gedeeltelijk'),
    ('twenty-second',
     'Artikel 4 Opvang\nGezinnen zonder binding worden voor opvang verwezen naar de gemeente waar zij '
     'eerder woonden.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-second',
     'Raadsinformatiebrief\nMet deze brief informeren wij u over de cijfers van 2025. Wij vertrouwen '
     'erop u hiermee voldoende te hebben geïnformeerd.\n', 'R3_informeren_betrekken', 'afwezig'),
    ('twenty-third',
     'Artikel 8 Bijzondere omstandigheden\nHet feit dat er minderjarige kinderen in de woning wonen, '
     'wordt niet als bijzondere omstandigheid aangemerkt.\n', 'R2_belang_van_het_kind', 'afwezig'),
    ('twenty-third',
     'Artikel 8 Bijzondere omstandigheden\nHet feit dat er minderjarige kinderen in de woning wonen, '
     'wordt niet als bijzondere omstandigheid aangemerkt.\n', 'R5_maatwerk_evenredigheid', 'afwezig'),
    ('twenty-third',
     'Na de ontruiming\nHet zoeken van andere woonruimte is de taak van de huurder zelf; de gemeente '
     'heeft daarin geen rol.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-third',
     'Intake\nDe consulent vraagt bij de intake of er kinderen jonger dan achttien jaar in het gezin '
     'zijn.\n', 'R2_belang_van_het_kind', 'gedeeltelijk'),
    ('twenty-third',
     'Artikel 5 Begeleiding\nElk gezin in de noodopvang krijgt een vaste gezinsregisseur die binnen '
     'vijf werkdagen een plan opstelt.\n', 'R6_nazorg_hulpverlening', 'aanwezig'),
    ('twenty-third',
     'Nazorg\nHet sociaal team biedt na de ontruiming ondersteuning als de ouders daarom vragen.\n', 'R6_nazorg_hulpverlening', 'gedeeltelijk'),
    ('twenty-fourth',
     'Artikel 9 Woonruimte\nDe gemeente draagt tijdens de sluiting geen zorg voor vervangende '
     'woonruimte; dat is de verantwoordelijkheid van de gebruiker.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-fourth',
     'Krijg ik een andere woning?\nNee. De gemeente zoekt geen nieuwe woning voor u.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-fourth',
     'Artikel 4\nMet de aanwezigheid van kinderen in de woning wordt bij het besluit geen rekening '
     'gehouden.\n', 'R2_belang_van_het_kind', 'afwezig'),
    ('twenty-fourth',
     'Artikel 3 Afweging\nBij de belangenafweging betrekt de burgemeester, waar mogelijk, het belang '
     'van de kinderen.\n', 'R2_belang_van_het_kind', 'gedeeltelijk'),
    ('twenty-fourth',
     'Artikel 5\nVoordat de burgemeester een gedragsaanwijzing geeft, stelt hij de gebruiker in de '
     'gelegenheid binnen twee weken een zienswijze naar voren te brengen.\n', 'R3_informeren_betrekken', 'gedeeltelijk'),
    ('twenty-fourth',
     'Besluit\nIk besluit de woning te sluiten en de bewoner een begunstigingstermijn te geven van '
     'tien werkdagen, waarbinnen zij de woning kan verlaten.\n', 'R7_termijnen', 'aanwezig'),
    ('twenty-fifth',
     'Artikel 6\nDeze overeenkomst verplicht de corporaties niet tot het bieden van vervangende '
     'woonruimte.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-fifth',
     '4.2 Hulp\nWij bieden als verhuurder zelf geen hulpverlening.\n', 'R6_nazorg_hulpverlening', 'afwezig'),
    ('twenty-fifth',
     'Artikel 3\nDe commissie betrekt bij haar advies de gevolgen voor inwonende kinderen, voor zover '
     'de aanvrager die aannemelijk heeft gemaakt.\n', 'R2_belang_van_het_kind', 'gedeeltelijk'),
    ('twenty-fifth',
     'Artikel 5\nBij gezinnen betrekt de begeleider binnen vijf werkdagen het jeugdteam, dat de '
     'kinderen begeleidt.\n', 'R2_belang_van_het_kind', 'afwezig'),
    ('twenty-fifth',
     'Artikel 7\nHet college beoordeelt iedere aanvraag individueel en weigert alleen na een afweging '
     'van de omstandigheden.\n', 'R5_maatwerk_evenredigheid', 'aanwezig'),
    ('twenty-fifth',
     'Nazorg\nHet gezin krijgt vanaf de aanzegging tot ten minste drie maanden na de ontruiming een '
     'vaste coach.\n', 'R7_termijnen', 'afwezig'),
    ('twenty-sixth',
     'Urgentie\nEen urgentieverklaring is in deze gemeente niet mogelijk als u uw woning verliest '
     'door huurachterstand.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-sixth',
     'Artikel 8\nNazorg na het verlaten van de opvang behoort niet tot het gemeentelijke aanbod.\n', 'R6_nazorg_hulpverlening', 'afwezig'),
    ('twenty-sixth',
     'Nazorg\nNa een ontruiming biedt het wijkteam het gezin begeleiding aan, voor zover de '
     'capaciteit dat toelaat.\n', 'R6_nazorg_hulpverlening', 'gedeeltelijk'),
    ('twenty-sixth',
     'Artikel 2.1\nHet college verleent urgentie alleen aan woningzoekenden die hun woning buiten hun '
     'schuld verliezen door een calamiteit.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-sixth',
     'Afspraken\nDe corporatie zorgt ervoor dat de ontruiming van een gezin ten minste twintig '
     'werkdagen vooraf schriftelijk aan het gezin wordt aangezegd.\n', 'R7_termijnen', 'aanwezig'),
    # twenty-seventh batch (session 13, from extern-beleid-43): refusals worded as someone else's task or advice
    ('twenty-seventh',
     'Onderdak\nDe verantwoordelijkheid voor een slaapplek na de sluiting ligt bij de bewoners zelf.\n',
     'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-seventh',
     'Na de ontruiming\nHet zoeken van een nieuwe woning is aan het gezin zelf.\n', 'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-seventh',
     'Artikel 6\nBewoners wordt aangeraden om ruim voor de sluiting zelf opvang bij familie te regelen.\n',
     'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-seventh',
     'Toelichting\nDe afweging van de belangen van huurder en verhuurder is aan de kantonrechter.\n',
     'R5_maatwerk_evenredigheid', 'afwezig'),
    ('twenty-seventh',
     'Uitvoering\nDe sluiting wordt niet uitgesteld omdat er kinderen in de woning wonen.\n', 'R2_belang_van_het_kind',
     'afwezig'),
    # the review of the document, a question asked in a committee: no act for a family
    ('twenty-seventh',
     'Slotbepaling\nHet college evalueert deze regeling in 2028 en weegt daarbij de belangen van kinderen mee.\n',
     'R2_belang_van_het_kind', 'afwezig'),
    ('twenty-seventh',
     'Raadsinformatiebrief\nIn de raad is gevraagd of het college het belang van het kind bij iedere ontruiming weegt.\n',
     'R2_belang_van_het_kind', 'afwezig'),
    # a place in the shelter only if there is one, a waiting list: partial
    ('twenty-seventh',
     'Opvang\nEen gezin krijgt een gezinskamer in de opvang indien er een plek beschikbaar is.\n',
     'R1_alternatieve_huisvesting', 'gedeeltelijk'),
    ('twenty-seventh',
     'Opvang\nDe gemeente biedt het gezin een plaats in de gezinsopvang; is die vol, dan komt het gezin op de wachtlijst.\n',
     'R1_alternatieve_huisvesting', 'gedeeltelijk'),
    # commitments in a page for residents: keeping the family informed, contact within a term, a letter sent weeks ahead
    ('twenty-seventh',
     'Wat merkt u van ons?\nTot en met de dag van de ontruiming houdt de wijkcoach u op de hoogte van elke stap.\n',
     'R3_informeren_betrekken', 'aanwezig'),
    ('twenty-seventh',
     'Signalen\nMeldt de verhuurder een achterstand, dan nemen wij binnen drie werkdagen contact met u op.\n',
     'R4_vroegsignalering', 'aanwezig'),
    ('twenty-seventh',
     'Aankondiging\nDe aankondiging wordt uiterlijk zes weken vóór de ontruiming per aangetekende post aan de '
     'huurder verzonden.\n', 'R7_termijnen', 'aanwezig'),
    # telling the school attendance officer is not informing the family
    ('twenty-seventh',
     'School\nDe begeleider meldt het kind aan bij een nieuwe school en informeert hij de leerplichtambtenaar.\n',
     'R3_informeren_betrekken', 'afwezig'),
    # twenty-eighth batch (session 13, from extern-beleid-44): no power to deviate, no postponement, out of scope
    ('twenty-eighth',
     'Toelichting\nDe gemeente heeft geen bevoegdheid om van een vonnis van de kantonrechter af te wijken.\n',
     'R5_maatwerk_evenredigheid', 'afwezig'),
    ('twenty-eighth',
     'Artikel 9\nUitstel van de sluiting is niet mogelijk.\n', 'R5_maatwerk_evenredigheid', 'afwezig'),
    ('twenty-eighth',
     'Onderzoek\nDe termijnen van de aanzegging vielen buiten het bestek van deze evaluatie.\n', 'R7_termijnen', 'afwezig'),
    # support left to the team itself; a team that stays involved gives no home; what happens after the eviction is no
    # early signal
    ('twenty-eighth',
     'Nazorg\nOf en hoe het wijkteam begeleiding biedt, bepaalt het wijkteam zelf.\n', 'R6_nazorg_hulpverlening',
     'gedeeltelijk'),
    ('twenty-eighth',
     'Na de ontruiming\nDe regisseur blijft betrokken totdat het gezin weer een vaste woonplek heeft.\n',
     'R1_alternatieve_huisvesting', 'afwezig'),
    ('twenty-eighth',
     'Opvang\nIeder gezin dat zich na een ontruiming meldt, krijgt binnen een dag een gezinskamer.\n',
     'R4_vroegsignalering', 'afwezig'),
    # binding duties: a child's report, an obligation, a paragraph on children in every decision, contact in the week after
    ('twenty-eighth',
     'Werkwijze\nHet protocol verplicht de jeugdconsulent om vóór iedere ontruiming het belang van elk kind te beschrijven.\n',
     'R2_belang_van_het_kind', 'aanwezig'),
    ('twenty-eighth',
     'Besluit\nIn ieder sluitingsbesluit neemt de burgemeester een paragraaf op over de belangen van de kinderen.\n',
     'R2_belang_van_het_kind', 'aanwezig'),
    ('twenty-eighth',
     'Nazorg\nIn de week na de ontruiming neemt de wijkcoach contact op met het gezin over de hulp die het nodig heeft.\n',
     'R6_nazorg_hulpverlening', 'aanwezig'),
    # partial: asking the landlord to wait, asking for an early date; an extra eye on families
    ('twenty-eighth',
     'Urgentie\nHet college kan de verhuurder vragen de ontruiming op te schorten totdat over de urgentie is beslist.\n',
     'R7_termijnen', 'gedeeltelijk'),
    ('twenty-eighth',
     'Wij letten goed op gezinnen met kinderen.\n', 'R2_belang_van_het_kind', 'gedeeltelijk'),
    # twenty-ninth batch (session 13, from extern-beleid-45): a power to deviate is partial, whatever its criterion
    ('twenty-ninth',
     'Artikel 7\nDe burgemeester kan van sluiting afzien als die voor de bewoners onevenredig zou uitpakken.\n',
     'R5_maatwerk_evenredigheid', 'gedeeltelijk'),
    ('twenty-ninth',
     'Artikel 7\nDe burgemeester ziet van sluiting af als die voor de bewoners onevenredig zou uitpakken.\n',
     'R5_maatwerk_evenredigheid', 'aanwezig'),
    # reporting a planned eviction to a team is no early signal of arrears
    ('twenty-ninth',
     'Melding\nDe deurwaarder meldt iedere geplande ontruiming binnen twee dagen aan het jeugdteam.\n',
     'R4_vroegsignalering', 'afwezig'),
    ('twenty-ninth',
     'Convenant\nDe afspraken bevatten geen afspraken over uitstel van de ontruiming.\n', 'R5_maatwerk_evenredigheid',
     'afwezig'),
    ('twenty-ninth',
     'Procedure\nDe burgemeester stelt de bewoners niet vooraf in de gelegenheid hun zienswijze te geven.\n',
     'R3_informeren_betrekken', 'afwezig'),
    ('twenty-ninth',
     'Nazorg\nWij nemen dan mogelijk contact met u op voor begeleiding.\n', 'R6_nazorg_hulpverlening', 'gedeeltelijk'),
    ('twenty-ninth',
     'Kindadvies\nVoor ieder minderjarig kind stelt de jeugdverpleegkundige een kindadvies op over de gevolgen van de '
     'ontruiming.\n', 'R2_belang_van_het_kind', 'aanwezig'),
    ('twenty-ninth',
     'Nazorg\nVeilig Thuis draagt zorg voor een warme overdracht aan het lokale team.\n', 'R6_nazorg_hulpverlening',
     'aanwezig'),
    ('twenty-ninth',
     'Aankondiging\nDe deurwaarder laat u de datum van de ontruiming weten.\n', 'R7_termijnen', 'gedeeltelijk'),
    ('twenty-ninth',
     'Opvang\nHeeft u geen slaapplek, dan kunt u zich melden bij de nachtopvang in de centrumgemeente.\n',
     'R1_alternatieve_huisvesting', 'afwezig'),
])
def test_cues_of_the_later_batches(batch, text, requirement, expected):
    assert statuses_of(Document(id="d", source="d.txt", text=text))[requirement] == expected
