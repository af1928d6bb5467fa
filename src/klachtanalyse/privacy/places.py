"""Places of residence: a place after an address or postcode, after a verb of living or staying, with family
or friends, in a shelter; a place the gazetteer does not know only in a strong context."""

from __future__ import annotations

import re

from klachtanalyse.privacy import lexicon
from klachtanalyse.privacy.common import (
    CAPWORD, LETTER, MONTHS, ORG_WORDS, Span, _FIRM_WORDS, _Found, _alts, _countries, _dutch_vocabulary,
    _in_spans, _is_stop, _known_place_lower, _lower_lines, _mostly_lower, _overlaps, find_places,
)


def _places(f: _Found, addresses: list[Span], postcodes: list[Span], kept) -> None:
    text = f.text
    place = rf"((?:'s-)?{CAPWORD}(?:(?:[- ](?:aan|den|de|op|in|a/d|bij))*[- ]{CAPWORD}){{0,2}})"
    place_lc = rf"({LETTER}{{3,}}(?:-{LETTER}+)?)"

    def add(start, end, rule):
        if _overlaps((start, end), kept) or _is_stop(text[start:end]):
            return
        part = re.match(r"-(?:Zuid|Noord|Oost|West|Centrum|Zuidoost|Noordoost|Zuidwest|Noordwest|Haven)(?![\w-])", text[end:]) \
            or re.match(r"[ \t](?i:zuidoost|noordoost|zuidwest|noordwest|nieuw-west)(?![\w-])", text[end:])   # "amsterdam zuidoost" (session 8)
        if part:
            end += part.end()  # "Rotterdam-Zuid" (session 7)
        f.add(start, end, "WOONPLAATS", rule)

    for pc in postcodes:
        # (session 10, 'vorst') a form's next field label stands between: "Postcode: 3561 GR  Woonplaats: Utrecht"
        label = re.match(r"[ \t]+(?i:woonplaats|plaats|gemeente|stad)[ \t]*:(?=[ \t]*\S)", text[pc.end:])
        at = pc.end + (label.end() if label else 0)
        m = re.match(rf"[ \t]+{place}", text[at:]) or re.match(rf"[ \t]+{place_lc}(?=\s*(?:$|[\n,.]))", text[at:], re.M)
        if m:
            add(at + m.start(1), at + m.end(1), "woonplaats-postcode")
    for ad in addresses:
        m = re.match(rf"(?:,\s*|\s+(?:hier\s+)?te\s+|\s+(?:hier\s+)?in\s+){place}", text[ad.end:]) or re.match(rf"(?:\s+te\s+|\s+in\s+){place_lc}", text[ad.end:])
        if m and not re.match(r"[,\s]*[1-9]\d{3}\s?[A-Za-z]{2}\b", text[ad.end:]):
            add(ad.end + m.start(1), ad.end + m.end(1), "woonplaats-na-adres")
        left = text[max(0, ad.start - 60):ad.start]
        m = re.search(rf"(?:\bin|\bte)\s+{place}(?:,\s*(?:(?:aan|op)\s+(?:de|het)\s+)?|\s+(?:aan|op)\s+(?:de|het)\s+(?:adres\s+)?|\s+op\s+het\s+adres\s+)$", left)
        if m:
            base = ad.start - len(left)
            add(base + m.start(1), base + m.end(1), "woonplaats-voor-adres")
    for m in re.finditer(rf"(?i:\b(?:wonende|woonachtig|woonplaats|woont|wonen)\s*(?:te|in|:)\s+){place}", text):
        add(m.start(1), m.end(1), "woonplaats-wonende")
    cache: list[set[tuple[int, int]]] = []

    def known_places() -> set[tuple[int, int]]:
        """The gazetteer's places in the text, looked up once and only when a rule needs them."""
        if not cache:
            cache.append(set(find_places(text)))
        return cache[0]

    for ad in addresses:
        m = re.match(rf"[ \t]+({LETTER}{{3,}}(?:[- ](?:aan|den|de|op)[- ]{LETTER}+)*)", text[ad.end:])
        if m:
            if (ad.end + m.start(1), ad.end + m.end(1)) in known_places():
                add(ad.end + m.start(1), ad.end + m.end(1), "woonplaats-na-adres")
    # "verblijft nu bij zijn neef in Veendam", "is verhuisd naar Breda", "wonen wij bij tante gisela in
    # almere": a residence verb, a few words, then in/te/naar and a place the gazetteer knows
    lower_lines = _lower_lines(text) if not _mostly_lower(text) else [(0, len(text))]
    stay = (r"(?:woon|woont|wonen|woonde|woonden|verblijf|verblijft|verblijven|verbleef|verbleven|logeer|logeert|"
            r"logeren|logeerde|logeerden|ingeschreven|verhuisd|verhuist|verhuizen|verhuisde|verhuisden|slapen|sliep|sliepen|slaapt|slaap|"
            r"blijven|blijft|bleven)")   # session 8 ('zon'): "wij kunnen blijven in Apeldoorn in hun huis"

    def place_at(pos: int, lower_ok: bool = False) -> tuple[int, int] | None:
        """The longest place the gazetteer knows starting at `pos` ("almere haven", "almere"); in lower case only on
        lines written in lower case, or where the context is sure (`lower_ok`: "bij ons in ede slapen")."""
        cand = re.match(rf"{LETTER}+(?:[- ]{LETTER}+){{0,3}}", text[pos:])
        if not cand:
            return None
        lowered = lower_ok or _in_spans(pos, lower_lines)
        for k in range(len(re.split(r"[- ]", cand.group(0))), 0, -1):
            words = re.match(rf"{LETTER}+(?:[- ]{LETTER}+){{{k - 1}}}", text[pos:])
            if not words:
                continue
            a, b = pos, pos + words.end()
            if (a, b) in known_places() or (lowered and _known_place_lower(text[a:b])):
                return a, b
        return None

    # every "in/te/naar X" in the stretch after a residence verb, not only the first ("verblijft
    # doordeweeks in een pension in Venlo", 'eind' round)
    for m in re.finditer(rf"(?i:\b{stay}\b)[^.!?\n:;]{{0,80}}", text):
        for n in re.finditer(r"\b(?:in|te|naar)[ \t]+", m.group(0)):
            if re.search(r"(?i)\b(?:werk\w*|school|gewerkt|geboren|uit)\b", m.group(0)[: n.start()]):
                break
            hit = place_at(m.start() + n.end())
            if hit:
                add(hit[0], hit[1], "woonplaats-verblijf")
                break
    # staying with family or friends in a place: "bij ome Ricky in charlois", "bij kennissen in Zwolle"
    kin = (r"kennissen|kennis|familie|vrienden|vriendin|vriend|zus|zusje|broer|moeder|vader|oma|opa|tante|oom|ome|"
           r"nicht|neef|schoonmoeder|schoonvader|schoonouders|ouders|collega|gastgezin|gastfamilie|pleeggezin|pleegouders|"
           r"klasgenoot|vriendje|vriendinnetje|adeer|abti|eeddo|habo|khala|khalti|amca|teyze|dayı|dayi|hala|tanchi|tio|tia|"
           r"tanta|wela|welo|babcia|dziadek|ciocia|wujek|babusya|babushka|dedushka|ammo|amo|khalto|khalo|teta|jiddo|abla|abi|"
           r"dede|anneanne|babaanne|nine|yenge|enişte|eniste|ami|bibi|nonna|nonno|kuzyn|kuzynka")   # session 8; the second line session 10 ('ijzel')
    # (session 8, 'zon': a title's full stop may stand between: "bij haar moeder, mevr. Agnieszka Nowak, in Enschede")
    for m in re.finditer(rf"(?i:\bbij (?:mijn |m'n |mn |zijn |haar |hun |een |de |het )?(?:\w+ )?(?:{kin})\b)(?:[^.!?\n:;]|(?i:mevr|mw|dhr|mr|hr)\.){{0,40}}?\bin[ \t]+", text):
        hit = place_at(m.end())
        if hit:
            add(hit[0], hit[1], "woonplaats-verblijf")
    # session 6 (errors of 'nacht' and 'dageraad'): a relative or friend, perhaps named, "in" a place
    # ("mijn zus Latifa in Almere", "tante Lien in Delft", "her sister Akua in Schiedam"); and a town the
    # gazetteer does not know right after a residence verb ("woont al jaren in Kayseri") or after going
    # back ("teruggegaan naar Poznań"). Countries are no place of residence here.
    countries = _countries()
    foreign = rf"({CAPWORD}(?:[- ](?:op|aan|den|de)[- ]{CAPWORD})?)(?![\w-])"

    def town_or_known(pos: int, lower_ok: bool = False, country_ok: bool = False) -> tuple[int, int] | None:
        hit = place_at(pos, lower_ok)
        if hit:
            return hit
        if country_ok:  # session 8 ('maan'): "verblijft volgens cliënte in Duitsland", "ze woont in belgië"
            for cm in (re.match(rf"{LETTER}+[- ]{LETTER}+", text[pos:]), re.match(rf"{LETTER}+", text[pos:])):
                if cm and cm.group(0).lower() in countries:
                    return pos, pos + cm.end()
        fm = re.match(foreign, text[pos:])
        if fm and fm.group(1).lower() not in countries and not _is_stop(fm.group(1)) \
                and fm.group(1).split()[-1].lower() not in ORG_WORDS and fm.group(1).lower() not in _dutch_vocabulary():
            return pos, pos + fm.end(1)
        return None

    rel_kin = rf"(?:{kin}|zoon|dochter|kinderen|kleinzoon|kleindochter|schoonzus|schoonzoon|schoondochter|zwager|sister|brother|cousin|mother|father|aunt|uncle|son|daughter|man|vrouw|partner|echtgenoot|echtgenote)"
    for m in re.finditer(rf"(?i:\b(?:mijn |m'n |mn |zijn |haar |hun |onze |my |her |his |their )?(?:andere |oudste |jongste )?{rel_kin}\b)"
                         rf"(?:[ \t]+{CAPWORD}){{0,3}}(?:[ \t]*\([a-zà-ÿ ]{{2,20}}\))?(?:[ \t]+(?i:is|zit|zitten|woont|verblijft)(?:[ \t]+(?i:nog|nu|al))?)?[ \t]+(?i:in|uit)[ \t]+", text):
        if m.group(0).rstrip().lower().endswith("uit"):
            continue  # "uit" is where someone comes from, not where they live
        # (session 10, 'ijzel') a country with a verb of living: "haar broer Khaled woont in Duitsland" ("zit in Marokko
        # voor zijn moeder die ziek is" is a visit, 'zon')
        hit = town_or_known(m.end(), country_ok=bool(re.search(r"(?i)\b(?:woont|verblijft)\b", m.group(0))))
        if hit:
            add(hit[0], hit[1], "woonplaats-familie")
    # (session 10, 'ijzel': also "zij woont toch in Kayseri", "woont volgens moeder op Curaçao")
    for m in re.finditer(r"(?i:\b(?:woon|woont|wonen|woonde|woonden|verblijft|verblijven|lives|live)\b)(?:[ \t]+(?i:al|nog|nu|zelf|sinds|jaren|weer|ook|daar|toch|inmiddels|tijdelijk|gewoon|eigenlijk|volgens[ \t]+\w+|vlgs[ \t]+\w+|bij[ \t]+familie)){0,3}[ \t]+(?i:in|te|op)[ \t]+", text):
        hit = town_or_known(m.end(), country_ok=True)
        if hit and re.match(r"[ \t]+\d", text[hit[1]:]):
            continue  # "woont nog op Tsjerkepaed 7-hs": a street, not a place ('nacht')
        if hit:
            add(hit[0], hit[1], "woonplaats-verblijf")
    for m in re.finditer(r"(?i:\b(?:terug(?:gegaan|gekeerd)?|teruggaan|teruggekeerd|verhuisd|vertrokken)\s+naar\s+)", text):
        hit = town_or_known(m.end())
        if hit:
            add(hit[0], hit[1], "woonplaats-verblijf")
    # session 7 ('ochtend'): where a family stays for now: "in de gezinsopvang van het Leger des Heils in
    # Apeldoorn", "zit nu in een groep in Almere", "naar een nieuwe locatie in Katwijk"; and "omdat ik nu in
    # Schiedam sta ingeschreven"
    for m in re.finditer(r"(?i:\b(?:\w*opvang|azc|pension|hotel|vakantiepark|woongroep|groep|instelling|locatie|"
                         r"noodwoning|wisselwoning|chalet|stacaravan|caravan|camping)\b)[^.!?\n:;]{0,50}?\b(?:in|bij)[ \t]+", text):
        window = text[max(0, m.start() - 40):m.end()]
        if re.search(r"(?i)\bverwe?z\w*|\bgeplaatst\b", text[m.end():m.end() + 40].split(".")[0]):
            continue  # "naar de opvang in Amersfoort verwezen"
        if re.search(r"(?i)\bwerk\w*|\bverwe?z\w*|\bverwijs\w*|\bvia\b|\bgeplaatst worden\b|\bwil(len)? niet\b", window):
            continue  # a workplace, a referral, a route, a refusal: no stay
        if not re.search(r"(?i)\b(?:zit|zitten|zat|zaten|woon\w*|verblijf\w*|verbl[ie]\w*|slaap\w*|slapen|sliep\w*|sinds|nu|naar|"
                         r"moeder|vader|oma|opa|schoonmoeder|schoonvader|zus|broer|tante|oom|kinderen|gezin|wij|we|broertje|zusje)\b", window):
            continue  # only where someone stays ("wij zitten sinds november in de gezinsopvang ... in Apeldoorn")
        hit = town_or_known(m.end()) if text[m.end():m.end() + 1].isupper() else place_at(m.end())
        if hit:
            add(hit[0], hit[1], "woonplaats-opvang")
    for m in re.finditer(rf"\bin[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,3}}?)[ \t]+(?i:sta|staat|staan|stond|ben|is|zijn)[ \t]+ingeschreven\b", text):
        hit = place_at(m.start(1))
        if hit and hit[1] == m.end(1):
            add(hit[0], hit[1], "woonplaats-verblijf")
    # (third session-7 batch: also "in mijn flatje in Almere Haven", "een kamer gevonden in Driebergen", "een flexwoning in")
    for m in re.finditer(rf"(?i:\b(?:huis|huisje|woning|huurwoning|flat|flatje|appartement|kamer|huizen|caravan|chalet|stacaravan|"
                         rf"flexwoning|noodwoning|wisselwoning)\s+(?:\w+\s+)?(?:in|te)\s+){place}", text):
        add(m.start(1), m.end(1), "woonplaats-woning")
    for m in re.finditer(rf"(?im)^[ \t]*(?:woon)?plaats[ \t]*:[ \t]*{place}[ \t]*$", text):
        add(m.start(1), m.end(1), "woonplaats-veld")
    # session 7 ('middag', 'avond'): "kom maar bij mij in Veenendaal slapen"; "Hij zou nu in Birmingham wonen";
    # "in de wijk Pathmos"; "papa woont op curaçao"; the place in a private letter's date line ("Drachten, 14
    # maart 2026"), not in a firm's or an organisation's
    def stay_after(pattern: str, **kw) -> None:
        """A place right after each match of `pattern` is where someone stays."""
        for m in re.finditer(pattern, text):
            hit = town_or_known(m.end(), **kw)
            if hit:
                add(hit[0], hit[1], "woonplaats-verblijf")

    def stay_named(pattern: str, whole: bool = True) -> None:
        """The place in group 1 of each match of `pattern` (a capitalised town the gazetteer may not know, else a
        known place) is where someone stays; `whole`: it must fill the group."""
        for m in re.finditer(pattern, text):
            hit = town_or_known(m.start(1)) if m.group(1)[:1].isupper() else place_at(m.start(1))
            if hit and (hit[1] == m.end(1) if whole else m.start(1) <= hit[1] <= m.end(1)):
                add(hit[0], hit[1], "woonplaats-verblijf")

    # (session 8, 'zon': also "bij hem in Breda", "bij ons in ede slapen", a known place in lower case)
    stay_after(r"(?i:\bbij[ \t]+(?:mij|ons|hem|haar|hen|jou|jullie)(?:[ \t]+\w+)?[ \t]+in[ \t]+)", lower_ok=True)
    # the place before the verb: "die in Overvecht woont", "die zelf in Rijswijk woont", and (session 7) a town
    # the gazetteer does not know, capitalised: "Hij zou nu in Birmingham wonen"
    stay_named(rf"\bin[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,3}}?)[ \t]+(?i:woont|wonen|woonde|woonden|verblijft|verblijven|logeert|logeren)\b")
    # session 8 ('zon', 'licht'): the place named before "waar we eerst woonden", "want daar woonden ze", "en woon daar"
    # ("met de bus naar Wormerveer waar we eerst woonden", "ik studeer in Delft en woon daar op kamers", "een oud adres
    # in Dokkum was gestuurd, waar zij tot 2019 woonde")
    stay_named(rf"\b(?:in|naar|te)[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,2}}?)(?:[ \t]+[a-zà-ÿ]+){{0,3}},?[ \t]+"
               rf"(?:want[ \t]+daar|waar|en)[ \t]+(?:(?:we|wij|ik|hij|zij|ze|u|jullie)[ \t]+)?"
               rf"(?:(?:eerst|vroeger|altijd|toen|nog|al|daar|zelf|tot[ \t]+\d{{4}})[ \t]+){{0,3}}"
               rf"(?:woon|woont|wonen|woonde|woonden)\b", whole=False)
    # session 8 ('ster'): "slaapt bij een vriend 'ergens in Schalkhaar'", "en ik in Venlo bij mijn collega Costel"
    stay_after(r"(?i:\bergens[ \t]+in[ \t]+)")
    stay_named(rf"\bin[ \t]+({LETTER}+(?:[- ]{LETTER}+){{0,2}}?)[ \t]+bij[ \t]+(?:(?:mijn|m'n|mn|zijn|haar|hun|een|de)[ \t]+)?(?i:{kin})\b")
    for m in re.finditer(rf"\bin[ \t]+de[ \t]+wijk[ \t]+({CAPWORD}(?:[- ]{CAPWORD})?)", text):
        if not _is_stop(m.group(1)) and m.group(1).lower() not in _dutch_vocabulary():
            add(m.start(1), m.end(1), "woonplaats-wijk")
    islands = _alts(lexicon.patterns().get("eilanden", []) or ["Curaçao"])
    for m in re.finditer(rf"(?i:\b(?:woont|wonen|woonde|woonden|zit|zitten|verblijft|verblijven)(?:[ \t]+(?:nu|nog|al|daar|jaren|weer)){{0,2}}[ \t]+op[ \t]+)((?i:{islands}))(?![\w])", text):
        add(m.start(1), m.end(1), "woonplaats-eiland")
    head = text[:600]
    dm = re.search(rf"(?m)^[ \t]*({CAPWORD}(?:[- ]{CAPWORD})?),[ \t]+\d{{1,2}}[ \t]+(?i:{MONTHS})(?:[ \t]+\d{{4}})?[ \t]*$", head)
    if dm and not _FIRM_WORDS.search(head[:dm.start()]) and not any(a < dm.start() for a, _ in kept) \
            and (dm.start(1), dm.end(1)) in known_places():
        add(dm.start(1), dm.end(1), "woonplaats-dagtekening")
