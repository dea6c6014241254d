"""Structure and spot checks for matchcli/data/teams.json, the gazetteer of clubs and nations.

The file is edited by hand (adding a club must never need a code change), so these tests are
what keeps a careless edit from reaching the extractor: every entry has the fields the
extractor reads, every league it names exists, and the capitalisation rules that let the
extractor match aliases as proper nouns hold.
"""
from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

# Loaded through the package, as the extractor will load it, not by a repo-relative path.
GAZETTEER = json.loads(
    resources.files("matchcli").joinpath("data/teams.json").read_text(encoding="utf-8")
)
CLUBS = GAZETTEER["clubs"]
NATIONS = GAZETTEER["nations"]
LEAGUES = GAZETTEER["leagues"]

# field -> type, per kind of entry
CLUB_FIELDS = {"name": str, "aliases": list, "nicknames": list, "league": str, "country": str, "city": str}
# Fields an entry may leave out; when present they are type-checked like the required ones.
# "stadiums": the club's home ground(s) as reports name them ("at Molineux"), so the extractor
# can tell which side played at home.
CLUB_OPTIONAL_FIELDS = {"stadiums": list}
NATION_FIELDS = {"name": str, "aliases": list, "nicknames": list, "demonyms": list, "plurals": list}
LEAGUE_FIELDS = {"country": str, "aliases": list, "adjectives": list}


def _strings(value):
    """Every string inside a JSON value, dictionary keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)


def test_top_level_sections():
    assert set(GAZETTEER) == {"clubs", "nations", "leagues"}
    # Breadth floor: a truncated or half-merged file should fail loudly.
    assert len(CLUBS) >= 400
    assert len(NATIONS) >= 90
    assert len(LEAGUES) >= 30


# Each rule below returns the offending entries (empty when the rule holds), so one failing
# run lists every bad entry at once instead of stopping at the first.

def _wrong_fields(entries, fields, optional=None):
    optional = optional or {}
    kinds = {**fields, **optional}
    bad = []
    for entry in entries:
        missing = set(fields) - set(entry)
        unknown = set(entry) - set(kinds)
        if missing or unknown:
            bad.append((entry.get("name", entry), sorted(missing | unknown)))
            continue
        for field, kind in kinds.items():
            if field not in entry:
                continue
            value = entry[field]
            if not isinstance(value, kind) or (
                kind is list and not all(isinstance(item, str) for item in value)
            ):
                bad.append((entry.get("name", entry), field))
    return bad


def _bad_stadiums():
    # Stadium names are matched as proper nouns ("at Molineux", "at the Emirates"): each is a
    # non-empty, unpadded string starting with a capital or with "the " before the proper noun,
    # and a club lists each name once.
    bad = []
    for club in CLUBS:
        stadiums = club.get("stadiums", [])
        if not isinstance(stadiums, list):
            continue  # reported by the "club fields" rule
        for stadium in stadiums:
            if not isinstance(stadium, str):
                continue  # reported by the "club fields" rule
            if not stadium or stadium != stadium.strip() or "  " in stadium:
                bad.append((club["name"], stadium))
            elif not (
                stadium[0].isupper()
                or (stadium.startswith("the ") and len(stadium) > 4 and stadium[4].isupper())
            ):
                bad.append((club["name"], stadium))
        if len(stadiums) != len(set(map(str, stadiums))):
            bad.append((club["name"], "repeated stadium"))
    return bad


def _unknown_leagues():
    return [(club["name"], club["league"]) for club in CLUBS if club["league"] not in LEAGUES]


def _empty_or_padded_strings():
    return [
        text
        for text in _strings(GAZETTEER)
        if not text.strip() or text != text.strip() or "  " in text
    ]


def _duplicate_names(entries):
    names = [entry["name"] for entry in entries]
    return sorted({name for name in names if names.count(name) > 1})


def _name_not_in_aliases():
    # The extractor may match on aliases alone; the canonical name must be one of them.
    return [entry["name"] for entry in CLUBS + NATIONS if entry["name"] not in entry["aliases"]]


def _repeated_list_items():
    return [
        (entry["name"], field)
        for entry in CLUBS + NATIONS
        for field, value in entry.items()
        if isinstance(value, list) and len(value) != len(set(value))
    ]


def _lowercase_aliases():
    # A lowercase alias would be an ordinary word ("united", "city") and match everywhere.
    return [
        (entry["name"], alias)
        for entry in CLUBS + NATIONS
        for alias in entry["aliases"]
        if alias[0].islower()
    ]


def _lowercase_nicknames_without_the():
    # In prose a lowercase nickname follows "the" ("the Gunners"); anything else starting in
    # lowercase is a typo or a common noun. What follows "the" is the proper noun itself.
    return [
        (entry["name"], nickname)
        for entry in CLUBS + NATIONS
        for nickname in entry["nicknames"]
        if nickname[0].islower() and not (nickname.startswith("the ") and not nickname[4].islower())
    ]


def _uncapitalised_demonyms():
    return [
        (nation["name"], word)
        for nation in NATIONS
        for word in nation["demonyms"] + nation["plurals"]
        if not word[0].isupper()
    ]


# Letters NFKD does not decompose, spelled as English copy spells them without accents.
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ı": "i", "İ": "I", "đ": "d", "ł": "l"})


def _unaccented(text: str) -> str:
    """
    >>> _unaccented("Atlético Madrid"), _unaccented("Preußen Münster"), _unaccented("Bodø/Glimt")
    ('Atletico Madrid', 'Preussen Munster', 'Bodo/Glimt')
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _accented_aliases_without_plain_twin():
    # Wire copy and many sites drop accents ("Atletico", "Besiktas"); the extractor matches
    # aliases literally, so each accented alias carries its plain spelling too.
    return [
        (entry["name"], alias)
        for entry in CLUBS + NATIONS
        for alias in entry["aliases"]
        if _unaccented(alias) not in entry["aliases"]
    ]


RULES = {
    "club fields": lambda: _wrong_fields(CLUBS, CLUB_FIELDS, CLUB_OPTIONAL_FIELDS),
    "nation fields": lambda: _wrong_fields(NATIONS, NATION_FIELDS),
    "league fields": lambda: _wrong_fields(list(LEAGUES.values()), LEAGUE_FIELDS),
    "club leagues exist": _unknown_leagues,
    "no empty or padded strings": _empty_or_padded_strings,
    "unique club names": lambda: _duplicate_names(CLUBS),
    "unique nation names": lambda: _duplicate_names(NATIONS),
    "name among aliases": _name_not_in_aliases,
    "no repeats within a list": _repeated_list_items,
    "aliases are proper nouns": _lowercase_aliases,
    "lowercase nicknames start with 'the '": _lowercase_nicknames_without_the,
    "demonyms and plurals capitalised": _uncapitalised_demonyms,
    "accented aliases have a plain twin": _accented_aliases_without_plain_twin,
    "stadiums are proper nouns, listed once": _bad_stadiums,
}


@pytest.mark.parametrize("rule", RULES)
def test_structure_rule(rule):
    assert RULES[rule]() == []


def test_optional_fields_allowed_but_type_checked():
    base = {"name": "X", "aliases": ["X"], "nicknames": [], "league": "L", "country": "C", "city": "Y"}
    assert _wrong_fields([base], CLUB_FIELDS, CLUB_OPTIONAL_FIELDS) == []
    assert _wrong_fields([{**base, "stadiums": ["X Park"]}], CLUB_FIELDS, CLUB_OPTIONAL_FIELDS) == []
    assert _wrong_fields([{**base, "stadiums": "X Park"}], CLUB_FIELDS, CLUB_OPTIONAL_FIELDS) == [("X", "stadiums")]
    assert _wrong_fields([{**base, "stadiums": [1]}], CLUB_FIELDS, CLUB_OPTIONAL_FIELDS) == [("X", "stadiums")]
    assert _wrong_fields([{**base, "ground": []}], CLUB_FIELDS, CLUB_OPTIONAL_FIELDS) == [("X", ["ground"])]
    # optional fields are not allowed where they were not declared
    assert _wrong_fields([{**base, "stadiums": []}], CLUB_FIELDS) == [("X", ["stadiums"])]
    missing = dict(base)
    del missing["city"]
    assert _wrong_fields([missing], CLUB_FIELDS, CLUB_OPTIONAL_FIELDS) == [("X", ["city"])]


def test_stadiums_cover_the_big_leagues():
    # Breadth floor for the optional field: the top divisions the extractor sees most.
    leagues = {"Premier League", "Championship", "Scottish Premiership", "La Liga", "Serie A",
               "Bundesliga", "Ligue 1", "Primeira Liga", "Eredivisie"}
    lacking = [c["name"] for c in CLUBS if c["league"] in leagues and not c.get("stadiums")]
    assert len(lacking) <= 10, lacking
    assert sum(1 for c in CLUBS if c.get("stadiums")) >= 300


def test_unaccented_helper():
    assert _unaccented("Beşiktaş") == "Besiktas"
    assert _unaccented("Brøndby") == "Brondby"
    assert _unaccented("Arsenal") == "Arsenal"


def _club(name: str) -> dict:
    return next(club for club in CLUBS if club["name"] == name)


def _nation(name: str) -> dict:
    return next(nation for nation in NATIONS if nation["name"] == name)


# (entry, field, value expected in that field). Drawn from how the English-language press
# names these teams, so a wrong edit to a well-known entry is caught.
CLUB_SPOT_CHECKS = [
    ("Borussia Dortmund", "aliases", "BVB"),
    ("Borussia Dortmund", "aliases", "Dortmund"),
    ("Arsenal", "nicknames", "the Gunners"),
    ("Manchester United", "aliases", "Man Utd"),
    ("Manchester United", "nicknames", "the Red Devils"),
    ("Manchester City", "nicknames", "the Citizens"),
    ("Tottenham Hotspur", "aliases", "Spurs"),
    ("Everton", "nicknames", "the Toffees"),
    ("Newcastle United", "nicknames", "the Magpies"),
    ("Brighton & Hove Albion", "aliases", "Brighton"),
    ("Wolverhampton Wanderers", "aliases", "Wolves"),
    ("West Bromwich Albion", "aliases", "West Brom"),
    ("Celtic", "nicknames", "the Bhoys"),
    ("Celtic", "nicknames", "the Hoops"),
    ("Rangers", "nicknames", "Gers"),
    ("Bayern Munich", "aliases", "Bayern"),
    ("Bayern Munich", "aliases", "FC Bayern"),
    ("Inter Milan", "aliases", "Internazionale"),
    ("Inter Milan", "aliases", "Inter"),
    ("AC Milan", "aliases", "Milan"),
    ("Juventus", "nicknames", "the Old Lady"),
    ("Juventus", "nicknames", "the Bianconeri"),
    ("Atalanta", "nicknames", "La Dea"),
    ("Real Madrid", "nicknames", "Los Blancos"),
    ("Barcelona", "aliases", "Barça"),
    ("Barcelona", "aliases", "Barca"),
    ("Atlético Madrid", "aliases", "Atleti"),
    ("Atlético Madrid", "aliases", "Atletico Madrid"),
    ("Paris Saint-Germain", "aliases", "PSG"),
    ("Paris Saint-Germain", "aliases", "Paris Saint Germain"),
    ("Sporting CP", "aliases", "Sporting Lisbon"),
    ("Red Bull Salzburg", "aliases", "Salzburg"),
    ("Los Angeles FC", "aliases", "LAFC"),
    ("Philadelphia Union", "nicknames", "the Union"),
    ("Seattle Sounders", "aliases", "Sounders"),
    ("NJ/NY Gotham FC", "aliases", "Gotham"),
    ("Seattle Reign FC", "aliases", "OL Reign"),
    ("Hereford United", "aliases", "Hereford"),
    ("Doncaster Rovers", "aliases", "Doncaster"),
    ("Sydney FC", "nicknames", "the Sky Blues"),
    # where the club plays decides the league key
    ("Swansea City", "country", "Wales"),
    ("Monaco", "league", "Ligue 1"),
    ("Toronto FC", "country", "Canada"),
    # home grounds, as reports write them
    ("Arsenal", "stadiums", "the Emirates"),
    ("Arsenal", "stadiums", "Emirates Stadium"),
    ("Tottenham Hotspur", "stadiums", "Tottenham Hotspur Stadium"),
    ("Wolverhampton Wanderers", "stadiums", "Molineux"),
    ("Liverpool", "stadiums", "Anfield"),
    ("Everton", "stadiums", "Goodison Park"),
    ("Everton", "stadiums", "Hill Dickinson Stadium"),
    ("Bayern Munich", "stadiums", "Allianz Arena"),
    ("Inter Milan", "stadiums", "San Siro"),
    ("AC Milan", "stadiums", "San Siro"),
    ("Roma", "stadiums", "Stadio Olimpico"),
    ("Lazio", "stadiums", "Stadio Olimpico"),
    ("Atlético Madrid", "stadiums", "Metropolitano"),
    ("Real Madrid", "stadiums", "Santiago Bernabéu"),
    ("Celtic", "stadiums", "Celtic Park"),
    ("Exeter City", "stadiums", "St James Park"),
    ("Newcastle United", "stadiums", "St James' Park"),
]

NATION_SPOT_CHECKS = [
    ("Argentina", "demonyms", "Argentine"),
    ("Argentina", "nicknames", "La Albiceleste"),
    ("Argentina", "plurals", "Argentines"),
    ("England", "nicknames", "the Three Lions"),
    ("England", "nicknames", "the Lionesses"),
    ("United States", "aliases", "USWNT"),
    ("Australia", "nicknames", "the Matildas"),
    ("Netherlands", "aliases", "Holland"),
    ("Netherlands", "demonyms", "Dutch"),
    ("Republic of Ireland", "aliases", "Ireland"),
    ("Italy", "nicknames", "the Azzurri"),
    ("Morocco", "nicknames", "the Atlas Lions"),
    ("Ivory Coast", "aliases", "Côte d'Ivoire"),
    ("Spain", "plurals", "Spaniards"),
]

LEAGUE_SPOT_CHECKS = [
    ("Premier League", "aliases", "Premiership"),
    ("Premier League", "country", "England"),
    ("Serie A", "adjectives", "Italian"),
    ("Scottish Premiership", "aliases", "SPL"),
    ("MLS", "aliases", "Major League Soccer"),
]


def _holds(field_value, expected) -> bool:
    return expected in field_value if isinstance(field_value, list) else field_value == expected


@pytest.mark.parametrize("name, field, expected", CLUB_SPOT_CHECKS)
def test_club_spot_checks(name, field, expected):
    assert _holds(_club(name)[field], expected)


@pytest.mark.parametrize("name, field, expected", NATION_SPOT_CHECKS)
def test_nation_spot_checks(name, field, expected):
    assert _holds(_nation(name)[field], expected)


@pytest.mark.parametrize("name, field, expected", LEAGUE_SPOT_CHECKS)
def test_league_spot_checks(name, field, expected):
    assert _holds(LEAGUES[name][field], expected)


# Negative checks: aliases that would be wrong for these entries.
@pytest.mark.parametrize(
    "name, field, unexpected",
    [
        ("Manchester United", "aliases", "City"),
        ("Manchester City", "aliases", "United"),
        ("Real Madrid", "aliases", "Atleti"),
        ("Sporting CP", "aliases", "Sporting Braga"),
        # Exeter's ground has no apostrophe; Newcastle's has. Listing both on one club would
        # make the name shared and so useless to the extractor.
        ("Newcastle United", "stadiums", "St James Park"),
        ("Exeter City", "stadiums", "St James' Park"),
    ],
)
def test_club_negative_spot_checks(name, field, unexpected):
    assert unexpected not in _club(name)[field]


# A club the gazetteer lacks is called by its name without the generic words once named in full.
SHORT_FORMS = [
    ("Greenford Town", ("Greenford",)),
    ("Marsh Lane Rovers", ("Marsh Lane",)),
    ("FC Nordvik", ("Nordvik",)),
    ("AFC Brookside United", ("Brookside",)),
    ("Kettleby", ()),               # one word: nothing to drop
    ("Athletic Club", ()),          # nothing but generic words left: no short form
    ("Harrow Borough", ("Harrow",)),
    ("Sporting Lisbon", ("Lisbon",)),
]


@pytest.mark.parametrize("name, expected", SHORT_FORMS)
def test_short_forms_of_unknown_clubs(name, expected):
    from matchcli.extract.sides import short_forms

    assert short_forms(name) == expected
