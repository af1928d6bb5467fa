"""The targets of issue 6 on the annotated set of written complaints (the rounds the rules were
developed on, together), and the measured figures of the two late blind rounds."""

from klachtanalyse.privacy.annotations import MEASURED_ONLY, ROOT, load
from klachtanalyse.privacy.evaluate import evaluate

TARGET_RECALL = {"BSN": 0.98, "IBAN": 0.98, "TELEFOON": 0.98, "EMAIL": 0.98, "POSTCODE": 0.98,
                 "PERSOON": 0.95, "ADRES": 0.95}


def test_recall_precision_and_nothing_kept_removed():
    rows = [r for r in load() if r["split"] not in MEASURED_ONLY]
    assert len(rows) == 72
    result = evaluate(rows)
    table = result["table"]
    for type_, target in TARGET_RECALL.items():
        assert table[type_]["recall"] >= target, (type_, table[type_])
    for type_, row in table.items():
        if row["precisie"] is not None:
            assert row["precisie"] >= 0.9, (type_, row)
    assert result["behouden_weggehaald"] == 0


def test_annotations_match_the_plain_texts():
    for row in load():
        assert (ROOT / row["file"]).read_text(encoding="utf-8") == row["text"], row["id"]


def test_the_late_blind_rounds_keep_their_measured_figures():
    """'blind' (measured once at 0.763, then its errors were read), 'eind' (decided that those
    changes stay at 0.901, then its errors were read) and 'laatst' (held out, decided the second
    batch: 0.850 -> 0.877), by six writers who saw only the guideline; see docs/privacy.md. 'blind'
    rose from 0.895 to 0.902 in session 6, when its spoken phone number and Cyrillic name were found;
    then the session-6 batch written from the errors of 'laatst' (now seen: 0.877 -> 0.931), decided on
    'nacht' (0.851 -> 0.874) and measured once on 'dageraad' (0.919 -> 0.934); then a batch for places
    from the errors of both (now seen: 0.880 and 0.957), decided on 'ochtend' (0.944 -> 0.951); then the
    session-7 batch from the errors of 'ochtend' (now seen: 0.951 -> 0.977), none of the earlier rounds
    losing recall or precision, decided on 'middag' (0.935 both) and measured once on 'avond'
    (0.933 -> 0.939); then a second session-7 batch from the errors of both (now seen: 'middag' 0.935 ->
    0.952, 'avond' 0.939 -> 0.945, precision 0.983 -> 0.996 and 0.967 -> 0.994), decided on 'schemer'
    (0.932 -> 0.938) and measured once on 'middernacht' (0.902 -> 0.907); then a third session-7 batch
    from the errors of both (now seen: 0.938 -> 0.967 and 0.907 -> 0.926), decided on 'dauw' (0.934 ->
    0.936) and measured once on 'zonsopgang' (0.944 -> 0.948); then a fourth batch from the errors of
    both (now seen: 'zonsopgang' 0.948 -> 0.952, precision 0.979 -> 0.984), decided on 'zon' (0.936 both)
    and measured once on 'licht' (0.955 both); then a session-8 batch from the errors of 'zon' and 'licht'
    (now seen: 0.936 -> 0.970 and 0.955 -> 0.978; its place rules also lift the places of earlier rounds),
    no earlier round losing recall or precision, decided on 'ster' (0.952 -> 0.960) and measured once on
    'maan' (0.949 -> 0.951); then a session-8 batch from the errors of both (now seen: 'ster' 0.960 -> 0.969,
    'maan' 0.951 -> 0.965; places 'maan' 0.885 -> 0.962), no earlier round losing more than 0.003, decided on
    'komeet' (0.950 -> 0.952) and measured once on 'nevel' (0.931 -> 0.932); then a third session-8 batch from
    the errors of both (now seen: 'komeet' 0.952 -> 0.959, 'nevel' 0.932 -> 0.939), no earlier round losing,
    decided on 'regen' (0.929 -> 0.931) and measured once on 'wind' (0.935 -> 0.941); then a session-9 batch from
    the errors of both (staff initials, a list of children with dates of birth, a chat copied without time
    stamps; now seen: 'regen' 0.931 -> 0.975, 'wind' 0.941 -> 0.948), no earlier round losing, decided on 'hagel'
    (0.924 -> 0.934) and measured once on 'sneeuw' (0.960 both); then a second session-9 batch from the errors of
    both (dates of birth in tables, after '(*' and '°'; lower-case names after a kin word or before an age; now seen:
    'hagel' 0.934 -> 0.951, 'sneeuw' 0.960 -> 0.962), no earlier round losing, decided on 'ijzel' (0.865 both:
    Instagram handles and a sisters' chat in Turkish-Dutch hold most of its misses); then a third session-9 batch from
    its errors (handles, more first names of Turkish, Ukrainian and Frisian origin, kin words of other languages before a
    place, dates after "geb. in NL," or "dat is"; now seen: 'ijzel' 0.865 -> 0.938), no earlier round losing, decided on
    'dooi' (0.872 -> 0.884; precision 0.955 -> 0.956); then a session-10 batch from its errors (handles as chat labels
    and after "account", a table's BSN column, pipe tables, schools named after a person, "jongere:" as a role; now
    seen: 'dooi' 0.884 -> 0.916, precision 0.956 -> 0.977), no earlier round losing, decided on 'vorst' (0.946 -> 0.953);
    then a second session-10 batch from its errors (a form's "Woonplaats:" label after the postcode, organisations'
    postcodes in letterheads, "Bezoekadres" without a colon, schools named "... Frisoschool", insurers and municipal
    ombudsmen kept; now seen: 'vorst' precision 0.970 -> 0.992), no earlier round losing, decided on 'storm' (recall
    0.937 both, precision 0.959 -> 0.966); then a session-11 batch from its errors (dates of birth without a label
    before them: in brackets after a name, "op ... geboren", list items with short fields, a name and a date alone on a
    line, "*" after a comma, ISO dates, "'89"; now seen: 'storm' 0.937 -> 0.955, precision 0.966 -> 0.967), no earlier
    round changing, decided on 'onweer' (recall 0.935 both, precision 0.988 both); then a second session-11 batch from
    its errors (a date between commas after a name, unless of this year or later; "- Lana 02-04-2012" and a known first
    name with a date alone on a line; "Geboortedatum ik:"; dates after names only after the final name checks; now
    seen: 'onweer' 0.935 -> 0.958), no earlier round changing, decided on 'bliksem' (recall 0.942 both, precision
    0.982 both); then a session-12 batch from its errors (chat headers with a date but no year, a team's name that ran
    on past a blank line into "Hoi Marloes", "Stichting Leergeld voor Omid", non-breaking hyphens in phone numbers,
    two spaces in a postcode, streets ending in -einde/-dorp, "J. (Jorien) Brouwer", "Tjon-A-Loi", a list of
    children's names with dates after a dash, role mailboxes, a street named after a titled person; now seen:
    'bliksem' 0.942 -> 0.977, precision 0.982 -> 0.992), no earlier round losing, decided on 'mist' (recall 0.942
    both, precision 0.961 both); then a second session-12 batch from its errors (a form's section heading "A.
    AANVRAGER" alone on its line, a surname's hyphen never across a line break, letterheads of a GP's practice and of
    a gemeente and with "|" before the postcode, "OBS"/"CBS" schools, a BSN read out digit by digit; now seen: 'mist'
    precision 0.961 -> 0.982, recall 0.942 -> 0.943), no earlier round losing beyond 0.002, decided on
    'ijsregen' (recall 0.911 both, precision 0.950 -> 0.954); then a third session-12 batch from its errors (headings in
    capitals, a form's 'Geb.datum:' label, a writ's and a court's addresses, 'vroegsignalering@'; now seen: 'ijsregen'
    precision 0.954 -> 0.973), decided on 'sneeuwstorm' (recall 0.918 both, precision 0.961 -> 0.963); then a fourth session-12 batch from its
    errors (birthdays without a year next to 'jarig', 'verjaardag', 'wordt op ... 9'; a log's year before initials is no
    postcode; more role mailboxes; now seen: 'sneeuwstorm' 0.918 -> 0.924, precision 0.963 -> 0.968), decided on 'rijp' (recall 0.914 -> 0.916,
    precision 0.946 both); then a first session-13 batch from its errors (initials defined for a named person, "Gijs
    Verhoeven (GV)", "GV = Gijs Verhoeven", are that person in the whole note; a police report's repeated field labels
    are no chat speakers; a Postbus line with a middle dot; corporations named "... Wonen"; now seen: 'rijp' recall
    0.916 -> 0.936, precision 0.946 -> 0.973; 'ijsregen' 0.911 -> 0.919, 'mist' and 'nacht' gain in precision), decided on 'motregen' (recall 0.926 both, precision
    0.985 both). The places added to the gazetteer in session 13 (woonplaatsen.csv) find a place more in 'komeet' and
    'ijsregen'. Then a second session-13 batch from the errors of 'motregen' (a form printed with dot leaders, handles that
    end in "_", an Instagram export's "handle · time" lines, "bemoeizorg@", "Wooncoöperatie ..."; now seen: 'motregen'
    recall 0.926 -> 0.942, precision 0.985 -> 0.988; 'rijp' 0.936 -> 0.948; 'dooi' and 'ijsregen' gain), decided on
    'windvlaag' (recall 0.939 both, precision 0.963 both); then a third session-13 batch from its errors (initials with a
    role after a comma or a lower-case tail, "(KB, voorzitter)", "(KBr)"; a register's repeated labels; now seen:
    'windvlaag' recall 0.939 -> 0.944, precision 0.963 -> 0.979), decided on 'wervelwind' (recall 0.926 both, precision
    0.973 both)."""
    rows = load()
    for split, n, recall, precision, persoon in (("blind", 12, 0.934, 0.996, 0.927), ("eind", 12, 0.972, 0.996, 0.988),
                                                  ("laatst", 24, 0.952, 0.996, 0.958), ("nacht", 24, 0.916, 0.985, 0.904),
                                                  ("dageraad", 24, 0.975, 0.995, 0.974), ("ochtend", 24, 0.988, 1.0, 0.987),
                                                  ("middag", 24, 0.977, 0.998, 0.974), ("avond", 24, 0.962, 0.992, 0.967),
                                                  ("schemer", 24, 0.975, 0.994, 0.973), ("middernacht", 24, 0.953, 0.984, 0.946),
                                                  ("dauw", 24, 0.951, 0.991, 0.949), ("zonsopgang", 24, 0.964, 0.99, 0.965),
                                                  ("zon", 24, 0.977, 0.995, 0.979), ("licht", 24, 0.983, 0.995, 0.984),
                                                  ("ster", 24, 0.975, 0.992, 0.966), ("maan", 24, 0.974, 0.99, 0.975),
                                                  ("komeet", 24, 0.966, 0.99, 0.964), ("nevel", 24, 0.955, 0.995, 0.955),
                                                  ("regen", 24, 0.979, 0.991, 0.983), ("wind", 24, 0.948, 0.976, 0.938),
                                                  ("hagel", 24, 0.953, 0.977, 0.965), ("sneeuw", 24, 0.966, 0.988, 0.967),
                                                  ("ijzel", 24, 0.939, 0.989, 0.946),
                                                  ("dooi", 24, 0.922, 0.982, 0.921),
                                                  ("vorst", 24, 0.955, 0.992, 0.948),
                                                  ("storm", 24, 0.955, 0.965, 0.969),
                                                  ("onweer", 24, 0.958, 0.988, 0.968),
                                                  ("bliksem", 24, 0.977, 0.992, 0.977),
                                                  ("mist", 24, 0.943, 0.987, 0.93),
                                                  ("ijsregen", 24, 0.922, 0.975, 0.92),
                                                  ("sneeuwstorm", 24, 0.924, 0.968, 0.923),
                                                  ("rijp", 24, 0.948, 0.973, 0.941),
                                                  ("motregen", 24, 0.942, 0.988, 0.924),
                                                  ("windvlaag", 24, 0.944, 0.979, 0.93),
                                                  ("wervelwind", 24, 0.926, 0.973, 0.931)):
        part = [r for r in rows if r["split"] == split]
        assert len(part) == n
        table = evaluate(part)["table"]
        assert round(table["TOTAAL"]["recall"], 3) == recall
        assert round(table["TOTAAL"]["precisie"], 3) == precision
        assert round(table["PERSOON"]["recall"], 3) == persoon
