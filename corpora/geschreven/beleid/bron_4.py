# Written for klachtanalyse (see bron_1.py): NOT real regulations.
A = ["R1_alternatieve_huisvesting","R2_belang_van_het_kind","R3_informeren_betrekken","R4_vroegsignalering","R5_maatwerk_evenredigheid","R6_nazorg_hulpverlening","R7_termijnen"]
def g(**kw):
    out = {k: ("afwezig", []) for k in A}
    for short, val in kw.items():
        key = next(k for k in A if k.startswith(short + "_"))
        out[key] = val
    return out
BELEID = [
dict(id="b021", gemeente="Haarlem", soort="protocol", titel="Werkwijze ontruimingen gezinnen met minderjarige kinderen Haarlem 2023",
artikelen=[
("Artikel 1 Doel", "Deze werkwijze regelt wat de gemeente doet als een gezin met minderjarige kinderen een ontruiming dreigt."),
("Artikel 2 Melding", "Woningcorporaties en deurwaarders melden iedere aangezegde ontruiming van een huishouden met minderjarige kinderen uiterlijk drie weken voor de ontruimingsdatum bij het Centrum voor Jeugd en Gezin."),
("Artikel 3 Regie", "Na de melding wijst de gemeente binnen twee werkdagen een regisseur aan. De regisseur maakt met het gezin een plan en bespreekt met de ouders wat de kinderen nodig hebben."),
("Artikel 4 Onderdak", "Geen gezin met minderjarige kinderen verlaat de woning zonder dat er onderdak is. Lukt het de ouders niet zelf onderdak te vinden, dan biedt de gemeente gezinsopvang aan in de eigen regio."),
("Artikel 5 Kinderen", "De regisseur zorgt dat de kinderen worden voorbereid op de verhuizing, dat de school op de hoogte is en dat de kinderen zo veel mogelijk naar hun eigen school kunnen blijven gaan."),
("Artikel 6 Nazorg", "De regisseur blijft betrokken tot het gezin weer stabiel woont, en ten minste drie maanden na de ontruiming."),
],
gold=g(
R1=("aanwezig", ["Lukt het de ouders niet zelf onderdak te vinden, dan biedt de gemeente gezinsopvang aan in de eigen regio."]),
R2=("gedeeltelijk", ["De regisseur maakt met het gezin een plan en bespreekt met de ouders wat de kinderen nodig hebben."]),
R3=("aanwezig", ["De regisseur zorgt dat de kinderen worden voorbereid op de verhuizing, dat de school op de hoogte is en dat de kinderen zo veel mogelijk naar hun eigen school kunnen blijven gaan."]),
R4=("aanwezig", ["Woningcorporaties en deurwaarders melden iedere aangezegde ontruiming van een huishouden met minderjarige kinderen uiterlijk drie weken voor de ontruimingsdatum bij het Centrum voor Jeugd en Gezin."]),
R6=("aanwezig", ["De regisseur blijft betrokken tot het gezin weer stabiel woont, en ten minste drie maanden na de ontruiming."]),
)),
dict(id="b022", gemeente="Oss", soort="woonoverlast", titel="Beleidsregels woonoverlast en sluiting Oss 2021",
artikelen=[
("Artikel 1", "Deze beleidsregels gaan over de toepassing van artikel 151d en artikel 174a van de Gemeentewet."),
("Artikel 2 Sluiting wegens overlast", "De burgemeester kan een woning sluiten als door gedragingen in of vanuit de woning de openbare orde rondom de woning wordt verstoord. Sluiting is het uiterste middel."),
("Artikel 3 Waarschuwing", "Voordat tot sluiting wordt overgegaan, ontvangt de bewoner een schriftelijke waarschuwing waarin staat welke gedragingen moeten stoppen en binnen welke termijn."),
("Artikel 4 Belangen", "Bij de beslissing tot sluiting weegt de burgemeester de belangen van de bewoners af tegen het belang van de omwonenden. Hij betrekt daarbij in elk geval de belangen van in de woning wonende kinderen, de mogelijkheden voor vervangende huisvesting en de gezondheid van de bewoners."),
("Artikel 5 Aankondiging sluiting", "Een sluiting wordt ten minste twee weken voor de ingangsdatum aangekondigd."),
],
gold=g(
R1=("gedeeltelijk", ["Hij betrekt daarbij in elk geval de belangen van in de woning wonende kinderen, de mogelijkheden voor vervangende huisvesting en de gezondheid van de bewoners."]),
R2=("aanwezig", ["Hij betrekt daarbij in elk geval de belangen van in de woning wonende kinderen, de mogelijkheden voor vervangende huisvesting en de gezondheid van de bewoners."]),
R3=("gedeeltelijk", ["Voordat tot sluiting wordt overgegaan, ontvangt de bewoner een schriftelijke waarschuwing waarin staat welke gedragingen moeten stoppen en binnen welke termijn."]),
R5=("gedeeltelijk", ["Sluiting is het uiterste middel."]),
R7=("aanwezig", ["Een sluiting wordt ten minste twee weken voor de ingangsdatum aangekondigd."]),
)),
dict(id="b023", gemeente="Assen", soort="vroegsignalering", titel="Beleidsplan Geldzaken Assen 2022-2025",
artikelen=[
("1. Visie", "In Assen moet iedereen mee kunnen doen. Geldzorgen staan dat vaak in de weg."),
("2. Ambities", "De gemeente wil schulden eerder in beeld krijgen. We onderzoeken de komende jaren hoe we met verhuurders en andere schuldeisers tot afspraken kunnen komen over het doorgeven van signalen."),
("3. Gezinnen", "We hebben extra aandacht voor gezinnen met kinderen, omdat armoede en schulden grote gevolgen kunnen hebben voor de ontwikkeling van kinderen."),
("4. Financiën", "Voor de uitvoering van dit plan is jaarlijks € 1.250.000 beschikbaar."),
],
gold=g(
R2=("gedeeltelijk", ["We hebben extra aandacht voor gezinnen met kinderen, omdat armoede en schulden grote gevolgen kunnen hebben voor de ontwikkeling van kinderen."]),
R4=("gedeeltelijk", ["We onderzoeken de komende jaren hoe we met verhuurders en andere schuldeisers tot afspraken kunnen komen over het doorgeven van signalen."]),
)),
dict(id="b024", gemeente="Utrecht", soort="opvang", titel="Regeling opvang en begeleiding bij dakloosheid Utrecht",
artikelen=[
("Artikel 1", "Deze regeling is gebaseerd op de Wet maatschappelijke ondersteuning 2015."),
("Artikel 2 Toegang", "Iedere inwoner die dakloos is, kan zich melden bij het Centraal Onthaal. Het college beoordeelt binnen drie dagen of de persoon in aanmerking komt voor opvang."),
("Artikel 3 Gezinnen", "Gezinnen met minderjarige kinderen worden altijd direct opgevangen in een voorziening voor gezinnen, zonder dat eerst de binding met de regio wordt onderzocht. Gezinnen worden niet in de nachtopvang geplaatst."),
("Artikel 4 Begeleiding", "Een medewerker van het Centraal Onthaal begeleidt de inwoner naar passende zorg en ondersteuning."),
("Artikel 5 Informatie", "Het college informeert de inwoner schriftelijk over het besluit en de mogelijkheid van bezwaar."),
],
gold=g(
R1=("aanwezig", ["Gezinnen met minderjarige kinderen worden altijd direct opgevangen in een voorziening voor gezinnen, zonder dat eerst de binding met de regio wordt onderzocht."]),
R3=("gedeeltelijk", ["Het college informeert de inwoner schriftelijk over het besluit en de mogelijkheid van bezwaar."]),
R6=("aanwezig", ["Een medewerker van het Centraal Onthaal begeleidt de inwoner naar passende zorg en ondersteuning."]),
)),
dict(id="b025", gemeente="Kerkrade", soort="damocles", titel="Beleidsregel artikel 13b Opiumwet Kerkrade 2020",
artikelen=[
("Artikel 1", "De burgemeester is bevoegd tot sluiting van woningen en lokalen bij overtreding van de Opiumwet."),
("Artikel 2", "De sluitingsduur is drie maanden bij de eerste overtreding, zes maanden bij de tweede en twaalf maanden bij de derde overtreding."),
("Artikel 3", "Indien bijzondere omstandigheden daartoe aanleiding geven, kan de burgemeester afwijken van deze beleidsregel."),
("Artikel 4", "Het vinden van vervangende woonruimte behoort niet tot de taak van de gemeente."),
],
gold=g(R5=("gedeeltelijk", ["Indien bijzondere omstandigheden daartoe aanleiding geven, kan de burgemeester afwijken van deze beleidsregel."]))),
dict(id="b026", gemeente="Amersfoort", soort="protocol", titel="Samenwerkingsafspraken preventie huisuitzettingen Amersfoort",
artikelen=[
("Artikel 1 Vroeg erop af", "De corporaties Alliantie, Portaal en De Key melden een huurachterstand bij de gemeente zodra deze één maand bedraagt. De gemeente neemt binnen vijf werkdagen contact op en komt op huisbezoek."),
("Artikel 2 Geen ontruiming zonder gesprek", "Een ontruiming wordt niet aangevraagd voordat een medewerker van het wijkteam met het huishouden heeft gesproken over de situatie, de gevolgen en de mogelijkheden van hulp. Bij gezinnen worden ook de kinderen gezien."),
("Artikel 3 Afwegingskader", "Bij een gezin met kinderen beoordelen corporatie en gemeente samen of ontruiming in het belang van de kinderen vermeden kan worden, bijvoorbeeld door een laatste-kansovereenkomst of een omklapconstructie. Deze afweging wordt vastgelegd."),
("Artikel 4 Huisvesting", "Bij een onvermijdelijke ontruiming van een gezin met kinderen zoekt de gemeente samen met het gezin naar een oplossing voor huisvesting."),
("Artikel 5 Ontruimingsdatum", "De aanzegging van de ontruiming vindt ten minste vier weken voor de ontruimingsdatum plaats, zodat er tijd is om hulp en huisvesting te regelen."),
],
gold=g(
R1=("gedeeltelijk", ["Bij een onvermijdelijke ontruiming van een gezin met kinderen zoekt de gemeente samen met het gezin naar een oplossing voor huisvesting."]),
R2=("aanwezig", ["Bij een gezin met kinderen beoordelen corporatie en gemeente samen of ontruiming in het belang van de kinderen vermeden kan worden, bijvoorbeeld door een laatste-kansovereenkomst of een omklapconstructie."]),
R3=("aanwezig", ["Een ontruiming wordt niet aangevraagd voordat een medewerker van het wijkteam met het huishouden heeft gesproken over de situatie, de gevolgen en de mogelijkheden van hulp."]),
R4=("aanwezig", ["De corporaties Alliantie, Portaal en De Key melden een huurachterstand bij de gemeente zodra deze één maand bedraagt."]),
R5=("aanwezig", ["Bij een gezin met kinderen beoordelen corporatie en gemeente samen of ontruiming in het belang van de kinderen vermeden kan worden, bijvoorbeeld door een laatste-kansovereenkomst of een omklapconstructie."]),
R7=("aanwezig", ["De aanzegging van de ontruiming vindt ten minste vier weken voor de ontruimingsdatum plaats, zodat er tijd is om hulp en huisvesting te regelen."]),
)),
dict(id="b027", gemeente="Zwolle", soort="huisvesting", titel="Huisvestingsverordening Zwolle 2022 (uittreksel)",
artikelen=[
("Artikel 3.1 Woonruimteverdeling", "Woonruimte wordt verdeeld op basis van inschrijfduur, met uitzondering van de woningen die met voorrang worden toegewezen."),
("Artikel 3.2 Urgentie", "Het college kan urgentie verlenen aan een woningzoekende met een dringende woonbehoefte. Geen urgentie wordt verleend als de woningzoekende door huurachterstand of overlast zijn woning is kwijtgeraakt."),
("Artikel 3.3 Hardheid", "Het college kan in zeer bijzondere gevallen afwijken van artikel 3.2."),
],
gold=g(R5=("gedeeltelijk", ["Het college kan in zeer bijzondere gevallen afwijken van artikel 3.2."]))),
dict(id="b028", gemeente="Dordrecht", soort="damocles", titel="Beleidsregel Damocles Dordrecht 2024",
artikelen=[
("Artikel 1 Gezinnen", "Als er minderjarige kinderen in de woning wonen, wordt bij het voornemen tot sluiting een gezinsgesprek gevoerd door een jeugdprofessional. Ook de kinderen krijgen uitleg over wat er gaat gebeuren, in woorden die passen bij hun leeftijd."),
("Artikel 2 Afweging", "De burgemeester neemt het belang van de kinderen als eerste overweging mee en beschrijft in het besluit welke gevolgen de sluiting voor hen heeft. Hij onderzoekt of met een kortere sluiting of een waarschuwing kan worden volstaan."),
("Artikel 3 Huisvesting", "De gemeente zorgt ervoor dat een gezin met kinderen tijdens de sluiting passende woonruimte heeft, in de buurt van de school van de kinderen."),
("Artikel 4 Termijn", "De sluiting gaat niet eerder in dan vier weken na de bekendmaking van het besluit, tenzij sprake is van acuut gevaar."),
("Artikel 5 Hulp", "Het gezin krijgt tijdens en na de sluiting begeleiding van het jeugd- en gezinsteam."),
],
gold=g(
R1=("aanwezig", ["De gemeente zorgt ervoor dat een gezin met kinderen tijdens de sluiting passende woonruimte heeft, in de buurt van de school van de kinderen."]),
R2=("aanwezig", ["De burgemeester neemt het belang van de kinderen als eerste overweging mee en beschrijft in het besluit welke gevolgen de sluiting voor hen heeft."]),
R3=("aanwezig", ["Ook de kinderen krijgen uitleg over wat er gaat gebeuren, in woorden die passen bij hun leeftijd."]),
R5=("aanwezig", ["Hij onderzoekt of met een kortere sluiting of een waarschuwing kan worden volstaan."]),
R6=("aanwezig", ["Het gezin krijgt tijdens en na de sluiting begeleiding van het jeugd- en gezinsteam."]),
R7=("aanwezig", ["De sluiting gaat niet eerder in dan vier weken na de bekendmaking van het besluit, tenzij sprake is van acuut gevaar."]),
)),
dict(id="b029", gemeente="Lelystad", soort="woonoverlast", titel="Beleid aanpak woonoverlast Lelystad",
artikelen=[
("1. Aanleiding", "Woonoverlast tast het woongenot van buurtbewoners ernstig aan."),
("2. Aanpak", "We zetten in op buurtbemiddeling. Lukt dat niet, dan volgt een gedragsaanwijzing."),
("3. Zorg", "Waar sprake is van verward gedrag of verslaving, wordt de GGD ingeschakeld."),
("4. Kinderen", "Woonoverlast kan ook kinderen in het gezin raken. In dat geval wordt zo mogelijk contact gelegd met het CJG."),
],
gold=g(
R2=("gedeeltelijk", ["Woonoverlast kan ook kinderen in het gezin raken."]),
R6=("gedeeltelijk", ["Waar sprake is van verward gedrag of verslaving, wordt de GGD ingeschakeld."]),
)),
dict(id="b030", gemeente="Hoorn", soort="vroegsignalering", titel="Regeling vroegsignalering en preventie huisuitzetting Hoorn",
artikelen=[
("Artikel 1", "Het college sluit met alle verhuurders in Hoorn afspraken over het melden van huurachterstanden."),
("Artikel 2", "Een verhuurder meldt een huurachterstand uiterlijk wanneer deze twee maanden bedraagt. Het college benadert de huurder binnen vijf werkdagen na ontvangst van de melding."),
("Artikel 3", "Als er kinderen in het huishouden zijn, wordt de melding ook gedeeld met het jeugdteam, dat nagaat of de kinderen ondersteuning nodig hebben."),
("Artikel 4", "Het college informeert de huurder in begrijpelijke taal over de mogelijkheden van schuldhulp en de gevolgen van een oplopende huurschuld."),
],
gold=g(
R2=("gedeeltelijk", ["Als er kinderen in het huishouden zijn, wordt de melding ook gedeeld met het jeugdteam, dat nagaat of de kinderen ondersteuning nodig hebben."]),
R3=("aanwezig", ["Het college informeert de huurder in begrijpelijke taal over de mogelijkheden van schuldhulp en de gevolgen van een oplopende huurschuld."]),
R4=("aanwezig", ["Een verhuurder meldt een huurachterstand uiterlijk wanneer deze twee maanden bedraagt.", "Het college benadert de huurder binnen vijf werkdagen na ontvangst van de melding."]),
R6=("gedeeltelijk", ["Als er kinderen in het huishouden zijn, wordt de melding ook gedeeld met het jeugdteam, dat nagaat of de kinderen ondersteuning nodig hebben."]),
)),
]
