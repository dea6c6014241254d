"""Which two teams played and which was at home.

Evidence, strongest first: a result or fixture line ("Hereford 1-1 Doncaster"); a sentence that
says who hosted ("Chelsea hosted Real Madrid", "a win at Dortmund", "at home to"); then how
prominently each known team is named, and in which order. Sentences about other matches
("elsewhere", "next face") do not count.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import regex
from ..patterns import compile_pattern, compile_tail
from .cues import cued

from .lexicon import load
from .teams import Fixture, Side, TeamEntry, TeamMention, find_fixtures, find_mentions, gazetteer, not_names, sentence_of
from .scorelines import SCORELINE
from .text import Sentence
from .tokens import Token, key

# Sentences that talk about another match or a future one. (\b before a word is (?<!\w), and
# regex searches for it a third faster.)
OTHER_MATCH = cued(compile_pattern(
    r"\b(?:elsewhere|meanwhile|earlier in the day|earlier on \w+day|will (?:now )?(?:face|meet|play|host)|"
    r"next (?:face|meet|play|host|travel)|in the (?:next|final|last) round|awaits?|previously|last season|"
    r"last year|in the \d{4}|since \d{4}|first leg|first-leg|faced each other|met each other|each other (?:in|at))(?!\w)",
    regex.IGNORECASE,
), "elsewhere", "meanwhile", "earlier", "will", "next", "in the", "await", "previously", "last", "since", "first leg",
    "first-leg", "each other")

_ENTRY_KINDS = ("club", "nation", "adhoc")


@dataclass
class TeamsFound:
    home: Side | None
    away: Side | None
    mentions: list[TeamMention]          # mentions of the two sides only
    all_mentions: list[TeamMention]      # every known team named, ours or not
    fixture: Fixture | None
    home_known: bool                     # false when home/away is only the order of mention


def identify_sides(folded: str, sentences: list[Sentence], tokens: list[Token]) -> TeamsFound:
    fixtures = find_fixtures(folded)
    adhoc: dict[str, TeamEntry] = {}
    fixture = _pick_fixture(fixtures, folded, adhoc)
    mentions = find_mentions(folded, tokens, adhoc)
    ranked = _rank(folded, mentions, sentences) if fixture is None else []
    if fixture is None and len(ranked) < 2 and _FOOTBALL_WORDS.search(folded) and _learn_result_pair(sentences, adhoc):
        mentions = find_mentions(folded, tokens, adhoc)
        ranked = _rank(folded, mentions, sentences)
    if fixture is not None:
        lowered = folded.lower()
        home_entry, away_entry = _resolve(fixture.home, adhoc, lowered), _resolve(fixture.away, adhoc, lowered)
        home_known = True
    else:
        if len(ranked) < 2:
            return TeamsFound(_side(ranked[0], "home", mentions) if ranked else None, None, mentions, mentions, None, False)
        home_entry, away_entry = ranked[0], ranked[1]
        order = _venue_order(folded, home_entry, away_entry, mentions)
        home_known = order is not None
        if order is None:
            first = {m.entry.name: m.start for m in reversed(mentions) if not m.nickname}
            order = first.get(home_entry.name, 0) <= first.get(away_entry.name, 0)
        if not order:
            home_entry, away_entry = away_entry, home_entry
    ours = [m for m in mentions if m.entry is home_entry or m.entry is away_entry]
    ours = _drop_ambiguous(ours, home_entry, away_entry)
    return TeamsFound(_side(home_entry, "home", ours), _side(away_entry, "away", ours), ours, mentions, fixture, home_known)


def _side(entry: TeamEntry, role: str, mentions: list[TeamMention]) -> Side:
    side = Side(entry, role)
    for m in mentions:
        if m.entry is entry:
            side.add(m.surface, m.nickname)
    if not side.surfaces:
        side.surfaces[entry.name] = 0
    return side


def _drop_ambiguous(mentions: list[TeamMention], home: TeamEntry, away: TeamEntry) -> list[TeamMention]:
    """A surface that names both sides ('United' in a Manchester derby) names neither."""
    by_span = defaultdict(set)
    for m in mentions:
        by_span[(m.start, m.end)].add(m.entry.name)
    return [m for m in mentions if len(by_span[(m.start, m.end)]) == 1]


@lru_cache(maxsize=1)
def _club_affixes() -> tuple[frozenset[str], frozenset[str]]:
    roles = load("team_roles")
    return frozenset(roles["club_suffixes"]), frozenset(roles["club_prefixes"])


def club_words() -> frozenset[str]:
    """The generic words of clubs' names ("Town", "FC"): never a player's surname."""
    suffixes, prefixes = _club_affixes()
    return suffixes | prefixes


def short_forms(name: str) -> tuple[str, ...]:
    """What a report calls a club after naming it in full: "Greenford Town" is "Greenford",
    "FC Nordsjaelland" "Nordsjaelland"; a name of one word, or all generic words, has none."""
    suffixes, prefixes = _club_affixes()
    words = name.split()
    if len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    if len(words) > 1 and words[0] in prefixes:
        words = words[1:]
    short = " ".join(words)
    return (short,) if short != name and short not in suffixes and short not in prefixes else ()


def _resolve(name: str, adhoc: dict[str, TeamEntry], text: str = "") -> TeamEntry:
    k = key(name)
    if k in adhoc:
        return adhoc[k]
    known = _known(k, text)
    if known:
        return known
    squad = _SQUAD_SUFFIX.search(name)
    parent = _known(key(name[:squad.start()])) if squad else None
    if parent is None:
        entry = adhoc.setdefault(k, TeamEntry(name=name, kind="adhoc", aliases=short_forms(name)))
        for surface in entry.aliases:
            if key(surface) not in gazetteer().index:
                adhoc.setdefault(key(surface), entry)
        return entry
    # "Arsenal Women", "Chelsea U21": a squad of a known club, which the body calls by the
    # club's own names ("Arsenal", "the Gunners"); those names then mean this squad.
    entry = TeamEntry(name=name, kind="adhoc", aliases=(parent.name, *parent.aliases), nicknames=parent.nicknames,
                      country=parent.country, city=parent.city)
    for surface in (name, *entry.aliases, *entry.nicknames):
        adhoc.setdefault(key(surface), entry)
    return entry


# The squad words that follow a club's name: women's, youth and reserve sides.
_SQUAD_SUFFIX = compile_pattern(r"(?<!\s)\s++(?:Women|Ladies|Femmes|Féminines|Feminino|Femenino|Frauen|Vrouwen|W|U-?\d{2}|Under[\s-]\d{2}s?|II|B|Reserves)$")


def _known(k: str, text: str = "") -> TeamEntry | None:
    """The gazetteer team a name means: its own name, else (for "ROVERS", shared by many clubs)
    the one whose full name the report writes out, else the first that has it as an alias."""
    hits = gazetteer().index.get(k)
    if not hits:
        return None
    exact = [e for e, _ in hits if key(e.name) == k]
    written = [e for e, _ in hits if len(hits) > 1 and e.name.lower() in text]
    proper = exact or written or [e for e, nickname in hits if not nickname] or [e for e, _ in hits]
    return proper[0]


def _pick_fixture(fixtures: list[Fixture], folded: str, adhoc: dict[str, TeamEntry]) -> Fixture | None:
    """The first fixture line whose teams are known, or unknown but named again in the text, or
    a result line standing alone ("Ashford Rovers 1-0 Bramley")."""
    for fx in fixtures:
        line_end = folded.find("\n", fx.end)
        alone = fx.score is not None and not folded[fx.end:len(folded) if line_end < 0 else line_end].strip(" .:")
        names_ok = True
        for name in (fx.home, fx.away):
            if key(name) in gazetteer().index:
                continue
            # An unknown team must be named at least once more outside the fixture line.
            rest = folded[:fx.start] + folded[fx.end:]
            if not alone and not regex.search(rf"(?<!\w){regex.escape(name.split()[-1])}(?!\w)", rest):
                names_ok = False
        if names_ok:
            for name in (fx.home, fx.away):
                _resolve(name, adhoc)
            if fx.score is None:
                # a title line "Villarreal v Roma" and, further down, the match box "Villarreal
                # 2-1 (a.e.t.) Roma": the same fixture with its score
                scored = next((f for f in fixtures if f.score is not None and key(f.home) == key(fx.home)
                               and key(f.away) == key(fx.away)), None)
                if scored is not None:
                    return Fixture(fx.home, fx.away, scored.score, fx.start, fx.end)
            return fx
    return None


# "Northbridge Town beat Southvale United 2-1": a result sentence names two teams the gazetteer
# may not know (lower leagues, women's and youth sides, clubs abroad). Names are runs of
# capitalised words; the scoreline in the same sentence is what makes it a result.
_CAPITALISED_RUN = r"\p{Lu}[\p{L}'.&-]{0,30}+(?:\s(?:&\s|of\s|de\s)?\p{Lu}[\p{L}'.&-]{0,30}+){0,3}"
_RESULT_PAIR = compile_pattern(
    rf"(?P<a>{_CAPITALISED_RUN})\s+(?:beat|defeated|edged|thrashed|hammered|routed|overcame|"
    rf"drew\s+(?:\d{{1,2}}-\d{{1,2}}\s+)?(?:with|against)|lost\s+(?:\d{{1,2}}-\d{{1,2}}\s+)?(?:to|against)|"
    rf"fell\s+(?:\d{{1,2}}-\d{{1,2}}\s+)?to|were\s+beaten\s+(?:\d{{1,2}}-\d{{1,2}}\s+)?by)\s+(?P<b>{_CAPITALISED_RUN})"
)
# Without a gazetteer team, "Alcaraz beat Sinner 6-4" needs football words before it is a match.
_FOOTBALL_WORDS = compile_pattern(r"\b(?:goals?|scored|scoring|scorer|penalty|half-time|kick-off|first half|second half|minute|the break|striker|midfielder|defender|goalkeeper|keeper|header|equaliser|equalizer)\b", regex.I)


def _learn_result_pair(sentences: list[Sentence], adhoc: dict[str, TeamEntry]) -> bool:
    """Learn the two teams of the first result sentence among the opening ones; True if any."""
    for sentence in sentences[:4]:
        if not SCORELINE.search(sentence.text) or sentence.has(OTHER_MATCH):
            continue
        m = _RESULT_PAIR.search(sentence.text)
        if not m:
            continue
        a, b = _name_words(m.group("a")), _name_words(m.group("b"))
        # a team the gazetteer lacks has a name of two words or more ("Marsh Lane Rovers"); one
        # unknown word is as likely a player or a tennis pro
        if a and b and key(a) != key(b) and all(len(n.split()) > 1 or key(n) in gazetteer().index for n in (a, b)):
            _resolve(a, adhoc)
            _resolve(b, adhoc)
            return True
    return False


def _name_words(run: str) -> str:
    """The team name in a capitalised run: without a leading "On Saturday", "The", a dateline."""
    words = run.split()
    while words and key(words[0]) in not_names():
        words.pop(0)
    return " ".join(words)


# A country named as a place, not a team: "Lusail, Qatar", "held in Germany", "host country Qatar".
_PLACE_BEFORE = compile_pattern(r"(?:(?<![\p{L}-])\p{Lu}[\p{L}-]++,\s|\b(?:in|at|to|from|across|host\s+country|hosted\s+by|held\s+in|played\s+in|staged\s+in|based\s+in)\s)$")
# Two teams named as the two sides of a match.
_PAIR_CUE = compile_pattern(
    r"^\s*(?:v|vs\.?|versus|against|and|beat|beats|defeated|drew\s+with|faced|face|met|meet|hosted|host|played|take\s+on|took\s+on|"
    r"\d{1,2}\s?-\s?\d{1,2}|\d{1,2}\s?,?)\s*$",
    regex.I,
)


def _rank(folded: str, mentions: list[TeamMention], sentences: list[Sentence]) -> list[TeamEntry]:
    """Known teams ordered by weighted prominence; nations and clubs are not mixed. Two teams
    named as opponents ("between Italy and France", "Chelsea hosted Real Madrid") gain most."""
    weights: dict[int, float] = defaultdict(float)
    entries: dict[int, TeamEntry] = {}
    first_seen: dict[int, int] = {}
    skip = {i for i, s in enumerate(sentences) if s.has(OTHER_MATCH)}
    spans = defaultdict(int)
    for m in mentions:
        spans[(m.start, m.end)] += 1
    for m in mentions:
        idx = sentence_of(sentences, m.start)
        if idx in skip:
            continue
        if m.entry.kind == "nation" and _PLACE_BEFORE.search(folded[max(0, m.start - 30):m.start]):
            continue
        if m.surface.isupper() and len(m.surface) > 3 and (m.start == 0 or folded[m.start - 1] == "\n"):
            continue    # a dateline ("MADRID (Reuters) -") names a place
        w = 0.5 if m.nickname else 1.0
        w /= spans[(m.start, m.end)]          # an ambiguous surface shares its weight
        w *= 3.0 if idx < 3 else 2.0 if idx < 6 else 1.0     # the opening lines name the match
        weights[id(m.entry)] += w
        entries[id(m.entry)] = m.entry
        first_seen.setdefault(id(m.entry), m.start)
    plain = [m for m in mentions if spans[(m.start, m.end)] == 1 and sentence_of(sentences, m.start) not in skip]
    for left, right in zip(plain, plain[1:]):
        if left.entry is not right.entry and _PAIR_CUE.match(folded[left.end:right.start]):
            where = sentence_of(sentences, left.start)
            bonus = 3.0 if where < 4 else 1.5 if where < 8 else 0.0
            weights[id(left.entry)] += bonus
            weights[id(right.entry)] += bonus
    ranked = sorted(entries, key=lambda i: (-weights[i], first_seen[i]))
    if not ranked:
        return []
    top = entries[ranked[0]]
    same_kind = [entries[i] for i in ranked if entries[i].kind == top.kind or "adhoc" in (top.kind, entries[i].kind)]
    return same_kind


_HOST_VERBS = r"(?:hosted|host|hosts|welcomed|welcome|entertained|entertain)"
_VISIT_VERBS = r"(?:visited|visit|travelled to|traveled to|went to|trip to|visit to)"
_AT_RESULT = r"(?:win|victory|draw|defeat|loss|triumph|success|stalemate|point|points)\s+(?:away\s+)?at"


_AT_PLACE = compile_pattern(r"\b(?:(?:at|to|in|visit(?:ed|ing|s)?)\s+(?:the\s+)?|in\s+front\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?)$", regex.I)


def _at_ground(head: str, entry: TeamEntry, other: TeamEntry) -> int | None:
    """Where the text first puts the match at one of `entry`'s grounds (not one it shares)."""
    found = []
    for ground in entry.stadiums:
        if ground in other.stadiums:
            continue
        at = head.find(ground)
        while at >= 0:
            end = at + len(ground)
            if _AT_PLACE.search(head, max(0, at - 32), at) and not head[end:end + 1].isalnum():
                found.append(at)
                break
            at = head.find(ground, end)
    return min(found, default=None)


# An agency dateline opening the story: "Lisbon (AFP) -", "TURIN, Nov 2 (Reuters) -"
# ... or AP's "WARSAW, Poland --"
_DATELINE = compile_pattern(r"^(?P<city>\p{Lu}[\p{L}'. -]{1,30}?)(?:,[^\n(]{0,20})?\s*(?:\((?:AFP|AP|Reuters|PA|dpa|AAP|Xinhua|ANSA|EFE)\)\s*[-–—]|\s--\s|\s—\s)", regex.M)


def _dateline_city(head: str) -> str | None:
    m = _DATELINE.search(head)
    return key(m.group("city").strip()) if m else None


def _venue_order(folded: str, a: TeamEntry, b: TeamEntry, mentions: list[TeamMention]) -> bool | None:
    """True if `a` is at home, False if `b` is, None if the text does not say."""
    # "a 2-2 draw at Molineux", "in De Kuip": the ground one club plays at (before the host
    # cues, which also catch the next fixture's "AZ host NEC")
    # the city an agency files from ("Lisbon (AFP) -") is where the match was, when one club
    # plays there
    city = _dateline_city(folded[:1500])
    dated = [e for e in (a, b) if city and (e.kind == "club" and e.city and key(e.city) == city
                                            or e.kind == "nation" and city in _nation_cities(e.name))]
    if len(dated) == 1:     # (two clubs of one city are both dated)
        return dated[0] is a
    # (the ground named first: a later one is the return leg's, "... ahead of the return match
    # at San Siro")
    grounds = [(pos, e) for e in (a, b) if (pos := _at_ground(folded[:3000], e, b if e is a else a)) is not None]
    if grounds:
        return min(grounds, key=lambda g: g[0])[1] is a
    # "a win in Amsterdam", "at the Johan Cruijff ArenA": between nations, a place in one of them
    # (the place named first: a later one is the next fixture's, "... before they travel to Udine")
    firsts = {id(e): _first_place_in(folded[:3000], e.name) for e in (a, b) if e.kind == "nation"}
    placed = [(pos, e) for e in (a, b) if (pos := firsts.get(id(e))) is not None]
    if placed:
        return min(placed, key=lambda p: p[0])[1] is a
    by_entry = defaultdict(list)
    for m in mentions:
        if not m.nickname:
            by_entry[id(m.entry)].append(m)
    for host, guest, verdict in ((a, b, True), (b, a, False)):
        for m in by_entry[id(host)]:
            after = folded[m.end:m.end + 40]
            before = folded[max(0, m.start - 40):m.start]
            if _HOSTS_AFTER.match(after) or _HOST_BEFORE.search(before):
                return verdict
        for m in by_entry[id(guest)]:
            if _GUEST_BEFORE.search(folded[max(0, m.start - 40):m.start]):
                return verdict
    # "Getafe ... progressing despite a 2-1 away defeat": the subject was the away side.
    # "arrived in Florence", "a win at Dortmund": the city one club plays in
    in_city = [e for e in (a, b) if e.city and e.kind == "club" and
               regex.search(rf"\b(?:in|at|to)\s+{regex.escape(e.city)}\b", folded[:3000])]
    if len(in_city) == 1 and (a.city != b.city):
        return in_city[0] is a
    seen_sentences: set[int] = set()
    for m in sorted((m for m in mentions if m.entry is a or m.entry is b), key=lambda m: m.start):
        end = _sentence_end(folded, m.end)
        if end in seen_sentences:
            continue        # only a sentence's first-named side is its subject
        seen_sentences.add(end)
        cue = _AWAY_RESULT.search(folded, m.end, end)
        if cue:
            subject_home = cue.group(1).lower() == "home"
            return (m.entry is a) == subject_home
        if _TRAVELLED.match(folded, m.end, min(end, m.end + 60)):
            return m.entry is not a      # "Manchester United have gone to London": the visitors
    return None


def _first_place_in(head: str, nation: str) -> int | None:
    pattern = _nation_places(nation)
    found = pattern.search(head) if pattern is not None else None
    return found.start() if found else None


@lru_cache(maxsize=64)
def _nation_cities(nation: str) -> frozenset[str]:
    """The cities the gazetteer's clubs of a country play in ("warsaw" for Poland)."""
    return frozenset(key(e.city) for e in gazetteer().by_name.values() if e.kind == "club" and e.country == nation and e.city)


@lru_cache(maxsize=64)
def _nation_places(nation: str) -> regex.Pattern | None:
    """The cities and grounds of the gazetteer's clubs in a country, after "in" or "at"."""
    places = sorted({p for e in gazetteer().by_name.values() if e.kind == "club" and e.country == nation
                     for p in (e.city, *e.stadiums) if p}, key=len, reverse=True)
    if not places:
        return None
    return compile_pattern(r"\b(?:in|at)\s+(?:the\s+)?(?:" + "|".join(regex.escape(p) for p in places) + r")\b")


def _sentence_end(folded: str, pos: int) -> int:
    m = compile_pattern(r"[.!?](?=\s)|\n").search(folded, pos)
    return m.start() if m else len(folded)


# "<host> hosted ...", "<host> were at home to ..."
_HOSTS_AFTER = compile_pattern(rf"\s+(?:{_HOST_VERBS}\s|(?:were|was)\s+at\s+home|at\s+home\s+(?:to|against))", regex.I)
# "... a win at <host>", "... travelled to <host>"
_HOST_BEFORE = compile_tail(rf"(?:{_AT_RESULT}|{_VISIT_VERBS})\s+$", regex.I)
# "a 2-1 away defeat", "their first home win": said of the side named first in the sentence
_AWAY_RESULT = compile_pattern(r"\b(away|home)\s+(?:win|victory|defeat|loss|draw|success|triumph)\b", regex.I)
# "<team> travelled to ...", "have gone to London": said of the sentence's subject
_TRAVELLED = compile_pattern(r"\s+(?:\w+\s+){0,2}?(?:gone|went|travell?ed|journeyed|made\s+the\s+(?:trip|journey))\s+to\b", regex.I)
# "... at home to <guest>"
_GUEST_BEFORE = compile_pattern(r"at\s+home\s+(?:to|against)\s+$", regex.I)
