"""People: player-name mentions, one canonical name per player, and each player's side.

A name is a run of capitalised words with the particles names carry ("de Roon", "van Dijk",
"Mac Allister"), minus words that are never names (data/names.json) and minus team names. A
surname alone ("Scamacca") is the same player as the fullest name that ends with it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from ..patterns import compile_pattern

from .lexicon import alternation, load
from .teams import TeamMention
from .tokens import Token, key


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    surface: str


@lru_cache(maxsize=None)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load("names")
    numbers = load("numbers")
    # ... nor is a number word opening a sentence ("Thirteen minutes after the break ...")
    not_names = frozenset(key(w) for w in data["not_names"]) | frozenset(
        w for group in ("units", "tens", "ordinals") for w in numbers[group] if " " not in w and len(w) > 2)
    particles = frozenset(data["particles"])
    titles = frozenset(data["titles"])
    also_surnames = frozenset(data["also_surnames"])
    return not_names, particles, titles, also_surnames


def never_a_name(word: str) -> bool:
    """A capitalised word that is no player's name: "Attendance", "Referee", "However"."""
    return key(word) in _lexicon()[0]


@lru_cache(maxsize=None)
def role_noun_pattern() -> str:
    return alternation(load("names")["roles"])


MAX_NAME_WORDS = 4


_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"))
_DATE_AFTER = compile_pattern(r"\s*(?:\d|,\s*\d)")


@lru_cache(maxsize=None)
def _venue_nouns() -> frozenset[str]:
    return frozenset(load("names")["venue_nouns"])


_PLACE_BEFORE = compile_pattern(r"\b(?:at|in|into|to|from|inside|outside)\s+the\s+$", regex.I)
# "WSL", "VAR", "FA": an acronym is a competition or an institution, not part of a player's name
_ACRONYM = compile_pattern(r"\p{Lu}{2,4}")


def _is_acronym(word: str) -> bool:
    return len(word) <= 4 and _ACRONYM.fullmatch(word) is not None     # (most words are longer)


def _surname_not_month(folded: str, piece: list[Token], tok: Token) -> bool:
    """"Emre Can", "Alfie May", "Solly March": a word that is usually not a name, after a first
    name; a month only with no day or year after it."""
    return bool(piece) and tok.text in _lexicon()[3] and not (tok.text.lower() in _MONTHS and _DATE_AFTER.match(folded, tok.end))


def find_names(folded: str, tokens: list[Token], team_mentions: list[TeamMention], demonyms: frozenset[str] = frozenset()) -> list[NameMention]:
    """Every player-name mention, outside team names."""
    not_names, particles, _, _ = _lexicon()
    venue_nouns = _venue_nouns()
    in_team = _span_checker(sorted({(m.start, m.end) for m in team_mentions}))
    out: list[NameMention] = []
    held: list[NameMention] = []
    run: list[Token] = []

    def flush() -> None:
        if not run:
            return      # (asked after every word that is no name: most of them)
        # Words that are never names split a run; particles may not open or close a name.
        piece: list[Token] = []
        in_venue = False
        for tok in run + [None]:
            if in_venue and tok is not None:
                continue        # "Stadio Diego Armando Maradona": the rest names the ground
            if tok is not None and not _is_acronym(tok.text) and tok.text not in venue_nouns \
                    and (key(tok.text) not in not_names or _surname_not_month(folded, piece, tok)):
                piece.append(tok)
                continue
            if tok is not None and tok.text in venue_nouns:
                piece = []      # "at Brook Park": a ground, not a player
                in_venue = True
                continue
            # a name does not open with a lowercase word: a particle, or "back" of "Centre-back"
            while piece and piece[0].text.islower():
                piece.pop(0)
            while piece and piece[-1].text.lower() in particles and piece[-1].text.islower():
                piece.pop()
            if piece:
                _emit(folded, piece[-MAX_NAME_WORDS:], demonyms, out, held)
            piece = []
        run.clear()

    for i, tok in enumerate(tokens):
        particle = tok.text.islower() and tok.text in particles and _next_capitalised(tokens, i, folded, particles)
        # "Son Heung-min", "Kevin-Prince": a lowercase part hyphenated to a name is the name's
        hyphenated = bool(run) and tok.text.islower() and folded[run[-1].end:tok.start] == "-" and run[-1].text[0].isupper()
        name_word = (tok.text[0].isupper() or hyphenated) and not in_team(tok.start)
        if particle or name_word:
            if run and not _name_joined(folded, run[-1], tok):
                flush()
            run.append(tok)
        else:
            flush()
    flush()
    # a city's name that is the surname of a player named in full ("Bruno Guimaraes ...
    # Guimaraes volleyed in") is the player
    surnames = {n.surface.rsplit(" ", 1)[-1] for n in out if " " in n.surface}
    out.extend(n for n in held if n.surface in surnames)
    out.sort(key=lambda n: n.start)
    return _drop_openers(folded, out)


def _drop_openers(folded: str, mentions: list[NameMention]) -> list[NameMention]:
    """A lone capitalised word that only ever opens a sentence before a comma ("Earlier,",
    "Afterwards,") is an adverb, not a player; one ending in -ing before "the" a participle."""
    openers: dict[str, bool] = {}
    # "Samu, who scored ...": part of a full name told elsewhere is the player, not an adverb
    parts = {word for n in mentions if " " in n.surface for word in n.surface.split()}
    for n in mentions:
        if n.surface in parts:
            continue
        if " " in n.surface:
            continue
        i = n.start
        while i > 0 and folded[i - 1] in " \t" and n.start - i < 40:
            i -= 1
        at_start = i == 0 or folded[i - 1] in ".!?\n\"'"
        # ... or a participle opening one: "Collecting the ball on the halfway line, the winger ..."
        opener = at_start and (folded[n.end:n.end + 1] == "," or (n.surface.endswith("ing") and bool(_DETERMINER_AFTER.match(folded, n.end))))
        openers[n.surface] = openers.get(n.surface, True) and opener
    return [n for n in mentions if not openers.get(n.surface, False)]


_SAINT_BEFORE = compile_pattern(r"\bSt\.?\s$")
_DETERMINER_AFTER = compile_pattern(r"\s+(?:the|a|an|his|her|their|its)\s")
_AFTER_LOWER_WORD = compile_pattern(r"[a-z]\s+$")


def _emit(folded: str, words: list[Token], demonyms: frozenset[str], out: list[NameMention],
          held: list[NameMention]) -> None:
    surface = folded[words[0].start:words[-1].end]
    if all(w.text.isupper() and len(w.text) > 3 for w in words):
        return      # a shouted headline word, not a name
    if key(surface) in demonyms:
        held.append(NameMention(words[0].start, words[-1].end, surface))
        return      # a people or a city, unless a player named in full has it as his surname
    saint = _SAINT_BEFORE.search(folded, max(0, words[0].start - 5), words[0].start)
    if saint and (key(folded[saint.start():words[-1].end] + "'s") in demonyms or key(folded[saint.start():words[-1].end]) in demonyms):
        return      # "at St Mary's": a ground
    if surface.endswith("."):
        return
    if len(words) == 1 and surface.endswith("ly") and folded[words[0].end:words[0].end + 1] == "," \
            and not _AFTER_LOWER_WORD.search(folded, max(0, words[0].start - 3), words[0].start):
        return      # "Initially," "Eventually,": an adverb opening a sentence (not "when Desailly,")
    if _PLACE_BEFORE.search(folded, max(0, words[0].start - 12), words[0].start):
        return      # "at the Metropolitano", "in the Bernabeu": a ground, not a player
    out.append(NameMention(words[0].start, words[-1].end, surface))


def _next_capitalised(tokens: list[Token], i: int, folded: str, particles) -> bool:
    """The next word opens a name, past more particles ("van de Ven", "de la Fuente")."""
    j = i + 1
    while j < len(tokens) and j - i <= 2 and tokens[j].text in particles and _name_joined(folded, tokens[j - 1], tokens[j]):
        j += 1
    return j < len(tokens) and tokens[j].text[0].isupper() and _name_joined(folded, tokens[j - 1], tokens[j])


def _name_joined(folded: str, left: Token, right: Token) -> bool:
    """Words of one name: separated by a space, hyphen or apostrophe; a full stop only after an
    initial ("T. Parkes")."""
    gap = folded[left.end:right.start]
    if gap in (" ", "-", "'"):
        return True
    return gap == ". " and len(left.text) == 1 and left.text.isupper()


def _span_checker(spans: list[tuple[int, int]]):
    starts = [s for s, _ in spans]

    def inside(pos: int) -> bool:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo > 0 and spans[lo - 1][0] <= pos < spans[lo - 1][1]

    return inside


@dataclass
class Roster:
    """Canonical players and what is known of their sides."""

    canonical: dict[str, str] = field(default_factory=dict)        # surface -> canonical full name
    side_votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def name(self, surface: str) -> str:
        return self.canonical.get(surface, surface)

    def vote(self, surface: str, role: str, weight: float = 1.0) -> None:
        self.side_votes[self.name(surface)][role] += weight

    def side(self, surface: str) -> str | None:
        votes = self.side_votes.get(self.name(surface))
        if not votes:
            return None
        (best, n), *rest = votes.most_common()
        if rest and rest[0][1] >= n:
            return None
        return best


def build_roster(mentions: list[NameMention]) -> Roster:
    """Link short forms to the fullest name ending the same way ("Kane" -> "Harry Kane")."""
    roster = Roster()
    full_by_last: dict[str, list[str]] = defaultdict(list)
    surfaces = {m.surface for m in mentions}
    for s in sorted(surfaces, key=lambda s: -len(s.split())):
        words = s.split()
        for n in range(1, len(words)):
            tail = " ".join(words[-n:])
            if s not in full_by_last[key(tail)]:
                full_by_last[key(tail)].append(s)
    # "Craig" on a club's own page for its "Craig Duthie": a lone word that opens exactly one
    # two-word name and ends none
    opening: dict[str, list[str]] = defaultdict(list)
    for s in surfaces:
        words = s.split()
        if len(words) == 2 and s not in opening[key(words[0])]:
            opening[key(words[0])].append(s)
    first_named = {k: v[0] for k, v in opening.items() if len(v) == 1}
    for s in surfaces:
        fuller = [f for f in full_by_last.get(key(s), []) if len(f.split()) > len(s.split())]
        if len(fuller) == 1 or (fuller and all(key(f).endswith(key(fuller[0])) or key(fuller[0]).endswith(key(f)) for f in fuller)):
            roster.canonical[s] = max(fuller, key=len)
        elif fuller:
            # "Neville" after "Gary Neville" and "Phil Neville": ambiguous, keep the short form.
            roster.canonical[s] = s
        else:
            roster.canonical[s] = first_named.get(key(s), s) if len(first_named.get(key(s), "").split()) == 2 else s
    return roster

