"""The extraction core: `parse_report(text) -> Match`. Pure: no I/O, no Typer, no rich.

The steps, each in its own module: text (fold, sentences) -> sides (teams, home/away, aliases)
-> people (names, roster) -> minutes -> result (scorelines) -> goals, cards, incidents, stats
-> reconcile (count each goal once, fit to the score, arithmetic).
"""
from __future__ import annotations

from functools import lru_cache

import regex
from ..patterns import compile_pattern

from ..errors import NoMatchError
from ..facts import Match, Score, Team, to_model
from .affiliation import find_managers, learn_affiliations, learn_from_penalties
from . import fixture_info
from .cards import find_cards
from .context import Context, TeamRef
from .goals import find_goal_mentions
from .incidents import find_missed_penalties, find_var_reviews, find_woodwork
from .lexicon import alternation, load
from .minutes import find_minutes
from .people import build_roster, find_names, role_noun_pattern
from .reconcile import arithmetic, merge_goals, reconcile, winner_role
from .result import read_result
from .shootout import orient_shootout
from .sides import club_words, identify_sides
from .stats import find_stats
from .teams import role_mentions
from .text import fold, split_sentences
from .tokens import key, tokenize
from .summary_lines import find_listed_goals, learn_lineups

__all__ = ["parse_report", "read_facts"]


def parse_report(text: str):
    """Read one match report and return its record (a pydantic `matchcli.models.Match`).
    Raises NoMatchError when the text holds no football match."""
    return to_model(read_facts(text))


def read_facts(text: str) -> Match:
    """`parse_report` without pydantic: the record as plain `matchcli.facts` objects (what
    `parse --json` writes from). Raises NoMatchError when the text holds no football match."""
    folded = fold(text)
    if not folded.strip():
        raise NoMatchError("empty input")
    sentences = split_sentences(folded)
    tokens = tokenize(folded)
    found = identify_sides(folded, sentences, tokens)
    if found.home is None or found.away is None:
        # Without two teams there is no match to describe: a recipe, a tennis or NBA story, or
        # a football text about no particular match.
        raise NoMatchError("no football match report found: could not tell which two teams played")
    names = find_names(folded, tokens, found.all_mentions, _demonym_keys())
    surnames = {n.surface.rsplit(" ", 1)[-1] for n in names if " " in n.surface} - club_words()
    players = [m for m in _other_team_mentions(found) if m.surface in surnames]
    if players:
        # "Bruno Guimaraes ... Guimaraes, unmarked at the far post, volleyed in": a surname that
        # is also another club's name is the player's
        found.all_mentions = [m for m in found.all_mentions if m not in players]
        names = find_names(folded, tokens, found.all_mentions, _demonym_keys())
    roster = build_roster(names)
    refs = _team_refs(folded, found)
    managers = find_managers(folded, names, roster, {r.start: r.role for r in refs}, {r.end: r.role for r in refs})
    refs = refs + [
        TeamRef(n.start, n.end, managers[roster.name(n.surface)])
        for n in names if managers.get(roster.name(n.surface))
    ]
    refs.sort(key=lambda r: r.start)
    ctx = Context(
        text=text, folded=folded, sentences=sentences, home=found.home, away=found.away,
        names=names, roster=roster, team_refs=refs, minutes=find_minutes(folded),
        events_end=_events_end(sentences, len(folded)),
        other_teams=_other_team_spans(folded, found), managers=set(managers),
    )
    warnings: list[str] = []
    if found.home is None or found.away is None:
        warnings.append("could not tell which two teams played")
    elif not found.home_known:
        warnings.append("home and away are a guess from the order the teams are named")
    learn_lineups(ctx)
    learn_affiliations(ctx)
    result = read_result(ctx, found.fixture.score if found.fixture else None)
    ctx.extra_time = result.extra_time
    ctx.winner_hint = _match_winner(result)
    ctx.shootout = result.shootout is not None or result.unoriented_shootout is not None
    mentions = find_goal_mentions(ctx) + find_listed_goals(ctx)
    arithmetic(result)
    goals = reconcile(ctx, merge_goals(ctx, mentions), result, warnings)
    arithmetic(result)
    for goal in goals:      # what reconciliation settled teaches the roster (cards come next)
        side = "home" if goal.team == ctx.team_name("home") else "away"
        if goal.player and goal.team and not goal.own_goal:
            ctx.roster.vote(goal.player, side, 1.0)
        if goal.assist and goal.team:
            ctx.roster.vote(goal.assist, side, 0.5)
    learn_from_penalties(ctx, goals)
    orient_shootout(ctx, result)        # "a 3-0 shootout triumph": whose, from who missed
    winner = winner_role(result)
    cards = find_cards(ctx)
    match = Match(
        home=_team(found.home), away=_team(found.away),
        competition=fixture_info.competition(ctx), stage=fixture_info.stage(ctx), venue=fixture_info.venue(ctx),
        score=_score(result.score), half_time=_score(result.half_time),
        after_extra_time=result.extra_time, shootout=_score(result.shootout),
        aggregate=_score(result.aggregate), first_leg=_score(result.first_leg),
        winner=ctx.team_name(winner),
        goals=goals,
        cards=cards,
        penalties_missed=find_missed_penalties(ctx),
        var_reviews=find_var_reviews(ctx, goals, cards),
        woodwork=find_woodwork(ctx),
        stats=find_stats(ctx),
        warnings=warnings,
    )
    return match


def _match_winner(result) -> str | None:
    """Who won this match (not the tie): the side a "late winner" was scored for."""
    if result.score is not None and result.score.home != result.score.away:
        return "home" if result.score.home > result.score.away else "away"
    return result.winner_role if result.aggregate is None and result.shootout is None else None


def _team(side) -> Team | None:
    return Team(name=side.name, aliases=side.aliases()) if side else None


def _score(pair) -> Score | None:
    return Score(home=pair.home, away=pair.away) if pair else None


def _team_refs(folded: str, found) -> list[TeamRef]:
    refs = [TeamRef(m.start, m.end, "home" if m.entry is found.home.entry else "away") for m in found.mentions] if found.home and found.away else []
    if found.home and found.away:
        taken = {(r.start, r.end) for r in refs}
        for start, end, role in role_mentions(folded, found.home, found.away):
            if (start, end) not in taken:
                refs.append(TeamRef(start, end, role))
                side = found.home if role == "home" else found.away
                surface = folded[start:end]
                side.add(surface, nickname=True)
    refs.sort(key=lambda r: r.start)
    return [r for r in refs if not _is_dateline(folded, r.start, r.end)]


# "AUSTIN, Texas -- ", "LONDON, March 3 (Reuters) - ": the town a wire story was filed from
_DATELINE_AFTER = compile_pattern(r"[^\n]{0,30}?(?:\((?!\d)|--|—|–|\s-\s)")     # not "WIMBLEDON (4-4-2):"


def _is_dateline(folded: str, start: int, end: int) -> bool:
    if folded[start:end].isupper() and (start == 0 or folded[start - 1] == "\n") and _DATELINE_AFTER.match(folded, end):
        return True
    # ... or the country after its town: "WARSAW, Poland -- Verhoeven scored" (not Poland's player)
    return bool(_DATELINE_COUNTRY.fullmatch(folded, max(0, folded.rfind("\n", 0, start) + 1), start)) and bool(_DATELINE_END.match(folded, end))


_DATELINE_COUNTRY = compile_pattern(r"\p{Lu}[\p{Lu}. -]{1,30},\s")
_DATELINE_END = compile_pattern(r"(?<!\s)\s*+(?:,[^\n(]{0,20})?\s*+(?:\([A-Za-z]{1,10}\)\s*+)?(?:--|—|–|-\s)")


_STOP_CACHE: list[regex.Pattern] = []


def _events_end(sentences, length: int) -> int:
    """Where a facts/stats section starts (its historical goals are not this match's)."""
    if not _STOP_CACHE:
        sections = alternation(load("events")["stop_sections"], word_bounded=False)
        # "Player ratings", or a heading ending in one: "MAN UTD PLAYER RATINGS", "Everton stats"
        _STOP_CACHE.append(compile_pattern(r"^(?:" + sections + r")\b|^(?:[\w.'&-]++[ \t]++){1,4}(?:" + sections + r")[ \t]*:?[ \t]*$", regex.I))
    pattern = _STOP_CACHE[0]
    for s in sentences:
        if s.line_start and s.start > 0 and pattern.match(s.text) and len(s.text) < 80 and not s.text.endswith("."):
            return s.start
        # A round-up of other results closes a wire report.
        if s.line_start and s.paragraph > 1 and _ROUND_UP.match(s.text):
            return s.start
    return length


_ROUND_UP = compile_pattern(r"(?:elsewhere|in other (?:matches|games|fixtures|results|news|ties)|around the (?:league|grounds))\b", regex.I)


def _other_team_mentions(found) -> list:
    """Mentions of known teams that are not playing here."""
    ours = {id(found.home.entry) if found.home else 0, id(found.away.entry) if found.away else 0}
    ours_spans = {(m.start, m.end) for m in found.mentions}
    return [m for m in found.all_mentions if id(m.entry) not in ours and (m.start, m.end) not in ours_spans]


def _other_team_spans(folded: str, found) -> list[tuple[int, int]]:
    """Where the text names a team that is not playing here; "the England striker", "former
    Chelsea defender X" describe a player, not another match; between clubs, "the Portuguese
    turned in the box" is a player too (a nation's plural that is also its demonym)."""
    clubs = all(side is not None and side.entry.kind != "nation" for side in (found.home, found.away))
    return sorted({(m.start, m.end) for m in _other_team_mentions(found) if not _role_after().match(folded, m.end)
                   and not _TRANSFER_BEFORE.search(folded, max(0, m.start - 40), m.start)
                   and not (clubs and m.entry.kind == "nation" and _bare_name(m.surface) in m.entry.demonyms)})


def _bare_name(surface: str) -> str:
    return surface[4:] if surface[:4].lower() == "the " else surface


# "his 12th goal since joining from Sporting", "on loan from Brighton", "his old club Leeds":
# a player's past, not another match.
_TRANSFER_BEFORE = compile_pattern(r"(?:\b(?:join\w*|sign\w*|arriv\w*|mov\w*|loan\w*|switch\w*|transfer\w*|bought|recruit\w*)"
                                   r"\s+(?:\w+\s+){0,2}?from|\b(?:former|old|boyhood|parent)\s+(?:club|side|team))\s+$", regex.I)


@lru_cache(maxsize=None)
def _role_after() -> regex.Pattern:
    return compile_pattern(r"\s+(?:[a-z][\w-]*\s+)?" + role_noun_pattern() + r"\b", regex.I)


@lru_cache(maxsize=None)
def _demonym_keys() -> frozenset[str]:
    """Words that look like names but name peoples and places: demonyms ("Argentine"), the
    cities clubs play in ("Melbourne") and their grounds ("San Siro")."""
    from .teams import gazetteer

    out = set()
    for entry in gazetteer().by_name.values():
        out.update(key(d) for d in entry.demonyms)
        out.update(key(s) for s in entry.stadiums)     # "at San Siro": a ground, not a player
        if entry.city:
            out.add(key(entry.city))
    return frozenset(out)
