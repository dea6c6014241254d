"""Teams and aliases: which two teams played, which is at home, and every name the report uses
for each (full name, short forms, nicknames, "the hosts", "the Serie A side").

Known teams come from data/teams.json; a team the gazetteer lacks is learnt from the report's
own scoreline ("Hereford 1-1 Doncaster") or fixture line ("Hereford v Doncaster").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from ..patterns import cached_build, compile_pattern

from .lexicon import PhraseMatcher, load
from .text import Sentence
from .tokens import Token, joined, key

MAX_ALIAS_WORDS = 6


@dataclass
class TeamEntry:
    """A team as the gazetteer (or the report itself) knows it."""

    name: str
    kind: str = "club"                     # club | nation | adhoc
    aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()
    league: str | None = None
    country: str | None = None
    city: str | None = None                # where the club plays at home ("in Florence")
    stadiums: tuple[str, ...] = ()         # its ground's names ("at Molineux"): where it is at home
    demonyms: tuple[str, ...] = ()         # "Argentine": used for players ("the Argentine")
    plurals: tuple[str, ...] = ()          # "the Argentines": the team


@dataclass
class TeamMention:
    start: int
    end: int
    surface: str
    entry: TeamEntry
    nickname: bool = False


@dataclass
class Side:
    """One of the two teams of the match, with what the report calls it."""

    entry: TeamEntry
    role: str                              # home | away
    surfaces: dict[str, int] = field(default_factory=dict)   # name as written -> count
    nicknames: set[str] = field(default_factory=set)          # surfaces that are nicknames or roles

    def add(self, surface: str, nickname: bool) -> None:
        self.surfaces[surface] = self.surfaces.get(surface, 0) + 1
        if nickname:
            self.nicknames.add(surface)

    @property
    def name(self) -> str:
        proper = [s for s in self.surfaces if s not in self.nicknames and not s.lower().startswith("the ")]
        if not proper:
            return self.entry.name
        # the fullest name: most words, then the one used most ("Bolton" over "Wanderers")
        return max(proper, key=lambda s: (len(key(s).split()), self.surfaces[s], len(s)))

    def aliases(self) -> list[str]:
        name = self.name
        return [s for s in sorted(self.surfaces, key=lambda s: -self.surfaces[s]) if s != name]


@dataclass
class Gazetteer:
    index: dict[str, list[tuple[TeamEntry, bool]]]   # key -> (entry, is_nickname)
    widths: dict[str, int]                           # first word's key -> most words of a name starting with it
    by_name: dict[str, TeamEntry]
    league_adjectives: dict[str, list[str]]          # league -> ["Serie A", "Italian"]
    country_adjectives: dict[str, list[str]]         # country -> ["Italian"]
    country_plurals: dict[str, list[str]]            # country -> ["Italians"]
    prefixes: frozenset[str] = frozenset()           # every key's first words ("1", "1 fc", "1 fc koln")


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    # built in ~15 ms, loaded from the start-up cache in ~3
    return cached_build("gazetteer", _build_gazetteer, (Gazetteer, TeamEntry))


def _build_gazetteer() -> Gazetteer:
    data = load("teams")
    index: dict[str, list[tuple[TeamEntry, bool]]] = defaultdict(list)
    by_name: dict[str, TeamEntry] = {}
    country_adjectives: dict[str, list[str]] = {}
    country_plurals: dict[str, list[str]] = {}
    for kind, items in (("club", data.get("clubs", [])), ("nation", data.get("nations", []))):
        for item in items:
            entry = TeamEntry(
                name=item["name"], kind=kind, aliases=tuple(item.get("aliases", ())),
                nicknames=tuple(item.get("nicknames", ())), league=item.get("league"),
                country=item.get("country") or (item["name"] if kind == "nation" else None),
                demonyms=tuple(item.get("demonyms", ())), plurals=tuple(item.get("plurals", ())),
                city=item.get("city"), stadiums=tuple(item.get("stadiums", ())),
            )
            by_name.setdefault(key(entry.name), entry)
            for surface in (entry.name, *entry.aliases):
                _add(index, surface, entry, False)
            for surface in (*entry.nicknames, *entry.plurals):
                _add(index, surface, entry, True)
            if kind == "nation":
                country_adjectives[entry.name] = list(entry.demonyms)
                country_plurals[entry.name] = list(entry.plurals)
    leagues = {name: list(info.get("adjectives", [])) + [name] + list(info.get("aliases", []))
               for name, info in data.get("leagues", {}).items()}
    widths: dict[str, int] = {}
    for k in index:
        first = k.split(" ", 1)[0]
        widths[first] = max(widths.get(first, 0), len(k.split()))
    return Gazetteer(dict(index), widths, by_name, leagues, country_adjectives, country_plurals, _prefixes(index))


def _prefixes(keys) -> frozenset[str]:
    out = set()
    for k in keys:
        words = k.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


def _add(index, surface: str, entry: TeamEntry, nickname: bool) -> None:
    k = key(surface)
    if k and all(e is not entry for e, _ in index.get(k, ())):
        index.setdefault(k, []).append((entry, nickname))


def find_mentions(folded: str, tokens: list[Token], extra: dict[str, TeamEntry] | None = None) -> list[TeamMention]:
    """Greedy longest-first look-up of token runs in the gazetteer (plus report-learnt teams)."""
    g = gazetteer()
    index = g.index
    widths = dict(g.widths)
    for k in extra or {}:
        first = k.split(" ", 1)[0]
        widths[first] = max(widths.get(first, 0), len(k.split()))
    prefixes = g.prefixes | _prefixes(extra) if extra else g.prefixes
    mentions: list[TeamMention] = []
    i = 0
    n = len(tokens)
    while i < n:
        found = None
        longest = widths.get(key(tokens[i].text), 0)
        if longest and (tokens[i].capitalised or tokens[i].text.lower() in ("the", "la", "los", "les", "die", "il", "le", "el")):
            # widest run whose words are joined and still begin some name: every shorter one is
            # joined too and begins a name too, and a run of joined tokens that begins none
            # ("1-1-1-1") stops growing at once
            reach = 1
            while reach < min(longest, n - i) and joined(folded, tokens[i + reach - 1], tokens[i + reach]) \
                    and key(folded[tokens[i].start:tokens[i + reach].end]) in prefixes:
                reach += 1
            for width in range(reach, 0, -1):
                run = tokens[i:i + width]
                surface = folded[run[0].start:run[-1].end]
                k = key(surface)
                candidates = (extra or {}).get(k)
                hits = [(candidates, False)] if candidates else index.get(k)
                if not hits or not _case_ok(run):
                    continue
                found = (run, surface, hits)
                break
        if found and _inside_person_name(folded, tokens, i + len(found[0]), len(found[0])):
            found = None    # "Donny van de Beek" is a player, not Doncaster's nickname
        if found and i > 0 and not found[2][0][1] and _tail_of_longer_name(folded, tokens, i):
            found = None    # "Ashford Rovers" is not Blackburn Rovers
        if found:
            run, surface, hits = found
            for entry, nickname in hits:
                mentions.append(TeamMention(run[0].start, run[-1].end, surface, entry, nickname))
            i += len(run)
        else:
            i += 1
    return _disambiguate(mentions)


def _tail_of_longer_name(folded: str, tokens: list[Token], i: int) -> bool:
    """The run follows a capitalised word in the same name ("Ashford Rovers", "Hackney
    Wick"), outside a title-case headline."""
    before = tokens[i - 1]
    if folded[before.end:tokens[i].start] != " " or not before.text[:1].isupper() or key(before.text) in not_names():
        return False
    return not _title_case_line(folded, tokens[i].start)


def _inside_person_name(folded: str, tokens: list[Token], nxt: int, width: int) -> bool:
    """The run is the first name of a person: "Donny van de Beek", "Jordan Pickett"."""
    if nxt >= len(tokens) or folded[tokens[nxt - 1].end:tokens[nxt].start] != " ":
        return False
    following = tokens[nxt]
    if following.text in ("van", "de", "da", "di", "von", "der", "den", "dos", "del"):
        return nxt + 1 < len(tokens) and tokens[nxt + 1].capitalised
    if width > 1 or not following.text[:1].isupper() or key(following.text) in not_names():
        return False
    return not _title_case_line(folded, following.start)


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    return frozenset(key(w) for w in load("names")["not_names"])


def _title_case_line(folded: str, pos: int) -> bool:
    """Headlines In Title Case capitalise every word, so a capital proves nothing there."""
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    return _title_case_span(folded, start, end if end >= 0 else len(folded))


# One answer per line, however many names on it ask: a text on one long line would otherwise be
# read whole for each of them.
@lru_cache(maxsize=64)
def _title_case_span(folded: str, start: int, end: int) -> bool:
    words = _LONG_WORD.findall(folded, start, end)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6


_LONG_WORD = compile_pattern(r"[A-Za-z]{3,}")


def _disambiguate(mentions: list[TeamMention]) -> list[TeamMention]:
    """A surface shared by several teams ("Rangers", "Athletic") means the one the report also
    names unambiguously, else the one whose own name it is; otherwise it stays ambiguous."""
    by_span: dict[tuple[int, int], list[TeamMention]] = defaultdict(list)
    for m in mentions:
        by_span[(m.start, m.end)].append(m)
    sure = {id(group[0].entry) for group in by_span.values() if len(group) == 1}
    out: list[TeamMention] = []
    for group in by_span.values():
        if len(group) > 1:
            named = [m for m in group if id(m.entry) in sure]
            exact = [m for m in group if key(m.entry.name) == key(m.surface)]
            group = named or exact or group
        out.extend(group)
    return out


def _case_ok(run: list[Token]) -> bool:
    """A team name is written with capitals: 'the Gunners', not 'the gunners'; 'City', not 'city'."""
    words = [t for t in run if t.text.lower() not in ("the", "de", "of", "and", "la", "los", "les", "die", "il", "le", "el")]
    return bool(words) and all(t.capitalised for t in words)


# A line that is a fixture or result: "Hereford 1-1 Doncaster", "Hereford v Doncaster",
# "France 3 Argentina 3", "Napoli 1, Juventus 2", after a label ("MATCH REPORT | Kilmarnock 1
# Aberdeen 3"). Team names are runs of capitalised words.
# (one line: a name or a fixture never runs on past a line break, as a line-up's "Bayer
# Leverkusen / GK 1 Mark Flekken / RB 4 ..." would)
_NAME = r"\p{Lu}[\p{L}\p{N}'.&/-]{0,30}(?:[ \t](?:&[ \t])?(?:de[ \t]|of[ \t])?[\p{Lu}\d][\p{L}\p{N}'.&/-]{0,30}){0,4}"
_FIXTURE = compile_pattern(
    rf"""^(?:[^\n]{{0,40}}?[:|][ \t])?(?P<home>{_NAME})[ \t]+(?:
        (?P<hg>\d{{1,2}})[ \t]?-[ \t]?(?P<ag>\d{{1,2}})[ \t]+(?:\([^()\n]{{1,20}}\)[ \t]+)?(?P<away>{_NAME})
      | (?P<hg2>\d{{1,2}}),?[ \t]+(?:\([^()\n]{{0,200}}\)[ \t]+)?(?P<away2>{_NAME})[ \t]+(?P<ag2>\d{{1,2}})(?!\d)
      | (?:v|vs\.?|versus)[ \t]+(?P<away3>{_NAME})
    )""",
    regex.VERBOSE | regex.MULTILINE,
)


# The label of a box-score line that lists players, never teams
_LIST_LABEL = compile_pattern(r"(?:goals?|scorers?|goal\s*scorers?|scoring|booked|bookings|cautions?|sent\s+off|dismissals?|(?:yellow|red)\s+cards?"
                              r"|subs(?:titutes)?(?:\s+not\s+used)?|unused\s+subs(?:titutes)?|referee|attendance)[ \t]*:", regex.I)


@dataclass
class Fixture:
    home: str
    away: str
    score: tuple[int, int] | None
    start: int
    end: int


def find_fixtures(folded: str, limit_chars: int = 100_000) -> list[Fixture]:
    """Fixture or result lines near the top of the report (headlines, score boxes)."""
    found = []
    for m in _FIXTURE.finditer(folded[:limit_chars]):
        if _LIST_LABEL.match(folded, m.start()):
            continue    # "Goals: Piroe 27, Struijk 85" is a scorers' line, not "France 3 Argentina 3"
        home = _trim_name(m.group("home"))
        away = _trim_name(m.group("away") or m.group("away2") or m.group("away3"))
        if not home or not away or key(home) == key(away):
            continue
        if m.group("hg") is not None:
            score = (int(m.group("hg")), int(m.group("ag")))
        elif m.group("hg2") is not None:
            score = (int(m.group("hg2")), int(m.group("ag2")))
        else:
            score = None
        found.append(Fixture(home, away, score, m.start(), m.end()))
    for m in _PAIRED.finditer(folded[:limit_chars]):
        split = _known_pair(m.group("pair"))
        if split:
            found.append(Fixture(split[0], split[1], (int(m.group("hg")), int(m.group("ag"))), m.start(), m.end()))
    # a glued row puts a capital right after a digit ("...Real Madrid2Barcelona..."): most texts have none
    glued = _GLUED.finditer(folded[:limit_chars]) if _DIGIT_CAPITAL.search(folded, 0, limit_chars) else ()
    for m in glued:
        home, away = _known_inside(m.group("left")), _known_inside(m.group("right"))
        if home and away and key(home) != key(away):
            found.append(Fixture(home, away, (int(m.group("hg")), int(m.group("ag"))), m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


# Italian and Spanish copy: "Lazio-Fiorentina 1-2", "Real Madrid-Barcelona 2-1"
_PAIRED = compile_pattern(r"^(?:[^\n]{0,40}?:\s)?(?P<pair>\p{Lu}[\p{L}'. ]{1,40}?[-–]\p{Lu}[\p{L}'. ]{1,40}?)\s+(?P<hg>\d{1,2})\s?[-–]\s?(?P<ag>\d{1,2})(?!\d)",
                          regex.MULTILINE)


def _known_pair(pair: str) -> tuple[str, str] | None:
    """The split of "Lazio-Fiorentina" at a hyphen where both halves are clubs the gazetteer
    knows (not "Saint-Etienne")."""
    index = gazetteer().index
    for i, ch in enumerate(pair):
        if ch in "-–":
            left, right = pair[:i].strip(), pair[i + 1:].strip()
            if key(left) in index and key(right) in index:
                return left, right
    return None


# A scoreboard whose cells lost their spaces in a saved page: "PSGParis Saint Germain0MarseilleMarseille1".
_DIGIT_CAPITAL = compile_pattern(r"\d\p{Lu}")
_GLUED = compile_pattern(r"^(?P<left>\p{L}[\p{L} .'&-]{1,60}?\p{L})(?P<hg>\d{1,2})(?P<right>\p{Lu}[\p{L} .'&-]{1,60}?\p{L})(?P<ag>\d{1,2})[ \t]*$",
                     regex.MULTILINE)


def _known_inside(cell: str) -> str | None:
    """The longest gazetteer name written inside a glued cell ("PSGParis Saint Germain")."""
    spaced = key(regex.sub(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})", " ", cell))
    padded = f" {spaced} "
    best = max((k for k in gazetteer().index if f" {k} " in padded), key=len, default=None)
    return best


_NAME_STOP = {"the", "a", "an", "and", "but", "as", "after", "in", "on", "at", "match", "ends", "full", "time",
              "result", "final", "score", "report", "fc"}


def _trim_name(name: str | None) -> str:
    if not name:
        return ""
    words = name.strip(" .,'").split()
    while words and words[0].lower() in _NAME_STOP - {"fc"}:
        words.pop(0)
    return " ".join(words)


# ---------------------------------------------------------------- role aliases

@lru_cache(maxsize=None)
def _roles() -> dict:
    return load("team_roles")


def role_pattern(home: Side, away: Side) -> tuple[PhraseMatcher, dict[str, str]]:
    """A pattern for the generic names of the two sides ('the hosts', 'the Serie A side'), with
    the side ('home'/'away') each phrase refers to; phrases that fit both sides are left out.
    Built once per pair of sides as the gazetteer describes them (the result is shared: do not
    change it)."""
    pair = (_role_key(home), _role_key(away))
    found = _ROLE_PATTERNS.get(pair)
    if found is None:
        if len(_ROLE_PATTERNS) >= 256:
            _ROLE_PATTERNS.clear()
        found = _ROLE_PATTERNS[pair] = _build_role_pattern(pair)
    return found


_ROLE_PATTERNS: dict[tuple, tuple[PhraseMatcher, dict[str, str]]] = {}


def _role_key(side: Side) -> tuple:
    """All of a side that its role phrases depend on."""
    e = side.entry
    return side.role, e.kind, e.league, e.country, tuple(e.plurals)


def _build_role_pattern(pair: tuple) -> tuple[PhraseMatcher, dict[str, str]]:
    roles = _roles()
    phrases: dict[str, str] = {}
    for phrase in roles["home"]:
        phrases[key(phrase)] = "home"
    for phrase in roles["away"]:
        phrases[key(phrase)] = "away"
    per_side: dict[str, set[str]] = {"home": set(), "away": set()}
    for side_key in pair:
        per_side[side_key[0]] |= _side_role_phrases(side_key)
    for role, keys in per_side.items():
        other = per_side["away" if role == "home" else "home"]
        for k in keys - other:
            phrases.setdefault(k, role)
    return PhraseMatcher(phrases), phrases


@lru_cache(maxsize=512)
def _side_role_phrases(side_key: tuple) -> frozenset[str]:
    _role, kind, league, country, plurals = side_key
    roles = _roles()
    g = gazetteer()
    values = {"league": [], "adjective": [], "plural": list(plurals)}
    if league:
        values["league"] = g.league_adjectives.get(league, [league])
    if country:
        values["adjective"] = g.country_adjectives.get(country, [])
        if kind == "club":
            values["plural"] += g.country_plurals.get(country, [])
    out = set()
    for template in roles["templates"]:
        for phrase in _expand(template, values, roles["team_nouns"]):
            out.add(key(phrase))
    return frozenset(out)


def _expand(template: str, values: dict[str, list[str]], nouns: list[str]) -> list[str]:
    out = [template]
    for slot, options in (("{league}", values["league"]), ("{adjective}", values["adjective"]),
                          ("{plural}", values["plural"]), ("{noun}", nouns)):
        if slot in template:
            out = [t.replace(slot, o) for t in out for o in options]
    return out


def role_mentions(folded: str, home: Side, away: Side) -> list[tuple[int, int, str]]:
    """(start, end, 'home'|'away') for each generic name of a side in the text."""
    matcher, _ = role_pattern(home, away)
    out = []
    for m in matcher.finditer(folded):
        if _CAPITAL_NEXT.match(folded, m.end()):
            continue        # "the Scottish Cup" is a competition, not "the Scottish" side
        out.append((m.start(), m.end(), m.payload))
    return out


_CAPITAL_NEXT = compile_pattern(r"\s+\p{Lu}")


def sentence_of(sentences: list[Sentence], pos: int) -> int:
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(sentences) - 1)
