"""The aggregate-tie calculator: two legs in, who goes through and why out. Pure logic.

Tie-breaks differ by competition and season, so they are explicit rule sets (`RULES`), never
guessed. History behind the three sets:

* `uefa-2021`: no away goals. A level aggregate after both legs goes to 30 minutes of extra time
  in the second leg, then penalties. UEFA club competitions from 2021-22 on.
* `uefa-classic` (alias `away-goals-et`): the rule UEFA applied before that. A level aggregate is
  broken by away goals; if those are level too, extra time is played, and goals scored in extra
  time still count as away goals. So a scoring draw in extra time (1-1, 2-2) sends the visitors
  through, and only a goalless extra time leads to penalties.
* `away-goals-90`: away goals break a level aggregate after the two 90-minute legs, but extra
  time is a plain decider: level after it means penalties. For competitions that used away goals
  without UEFA's extra-time clause.

Scores of the second leg are the 90-minute score; extra-time goals are given apart, because the
classic rules treat them differently.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

import regex
from .patterns import compile_pattern

from .errors import EXIT_USAGE, MatchcliError
from .teamnames import same_team, side_of

if TYPE_CHECKING:  # annotations only: pydantic is not needed to import this
    from .models import Match
    from .view_models import TieReport

Pair = tuple[int, int]


class TieError(MatchcliError):
    """The legs do not describe a possible tie (wrong teams, extra time after a decided tie...)."""

    kind = "tie"
    exit_code = EXIT_USAGE


class NotATieError(MatchcliError):
    """A record that cannot be read as a second leg (no first leg, goals that do not add up)."""

    kind = "not_a_tie"


@dataclass(frozen=True)
class Rules:
    name: str
    away_goals: bool
    away_goals_in_extra_time: bool
    summary: str


RULES: dict[str, Rules] = {
    rules.name: rules
    for rules in (
        Rules("uefa-2021", False, False,
              "no away goals; level aggregate: extra time, then penalties (UEFA from 2021-22)"),
        Rules("uefa-classic", True, True,
              "away goals count, also in extra time; then penalties (UEFA until 2020-21)"),
        Rules("away-goals-90", True, False,
              "away goals count over the two 90-minute legs only; level after extra time: penalties"),
    )
}
RULE_ALIASES = {"away-goals-et": "uefa-classic"}
DEFAULT_RULES = "uefa-2021"


def get_rules(name: str) -> Rules:
    key = RULE_ALIASES.get(name, name)
    if key not in RULES:
        known = ", ".join([*RULES, *RULE_ALIASES])
        raise TieError(f"unknown rule set {name!r} (known: {known})")
    return RULES[key]


@dataclass(frozen=True)
class Leg:
    home: str
    away: str
    home_goals: int
    away_goals: int


@dataclass(frozen=True)
class TieResult:
    """Teams are named as in the first leg: `team_a` hosted it, `team_b` hosted the second.
    Pairs are (team_a, team_b) unless named after a leg, where they are (home, away)."""

    team_a: str
    team_b: str
    first_leg: Leg
    second_leg: Leg
    extra_time: Optional[Pair]
    penalties: Optional[Pair]
    rules: Rules
    aggregate: Pair
    away_goals: Optional[Pair]
    winner: Optional[str]
    decided_by: Optional[str]
    pending: Optional[str]
    warnings: list[str] = field(default_factory=list)

    def explanation(self) -> str:
        return explain(self)


# Scoreline: "Borussia Dortmund 2-0 Atalanta". The score is the first "digits dash digits" with
# spaces around it, so names ending in digits ("Schalke 04") still split right by backtracking.
_SCORELINE = compile_pattern(r"""
    ^\s*(?P<home>\S.*?)\s+
    (?P<hg>\d{1,2})\s*[-–—:]\s*(?P<ag>\d{1,2})
    \s+(?P<away>\S.*?)\s*$
""", regex.VERBOSE)
_PAIR = compile_pattern(r"^\s*(\d{1,2})\s*[-–—:]\s*(\d{1,2})\s*$")


def parse_scoreline(text: str) -> Leg:
    """
    >>> parse_scoreline("Atalanta 4–1 Borussia Dortmund")
    Leg(home='Atalanta', away='Borussia Dortmund', home_goals=4, away_goals=1)
    >>> parse_scoreline("Schalke 04 1-2 Mainz 05").home
    'Schalke 04'
    """
    m = _SCORELINE.match(text)
    if not m:
        raise TieError(f"not a scoreline: {text!r} (expected e.g. 'Atalanta 4-1 Borussia Dortmund')")
    return Leg(m["home"], m["away"], int(m["hg"]), int(m["ag"]))


def parse_pair(text: str, what: str) -> Pair:
    """
    >>> parse_pair("4-3", "penalties")
    (4, 3)
    """
    m = _PAIR.match(text)
    if not m:
        raise TieError(f"{what}: expected a score like 1-0, got {text!r}")
    return int(m[1]), int(m[2])


def decide_tie(first: Leg, second: Leg, rules: Rules, extra_time: Optional[Pair] = None,
               penalties: Optional[Pair] = None) -> TieResult:
    """Who goes through. `second` is the 90-minute score of the second leg; `extra_time` and
    `penalties` are (second-leg home, second-leg away). Raises TieError for impossible input."""
    _check_teams(first, second)
    a, b = first.home, first.away
    # From here on every pair is (a, b): a is away in the second leg.
    agg = (first.home_goals + second.away_goals, first.away_goals + second.home_goals)
    away = (second.away_goals, first.away_goals) if rules.away_goals else None
    et = (extra_time[1], extra_time[0]) if extra_time else None
    pens = (penalties[1], penalties[0]) if penalties else None

    def result(winner_idx, decided_by=None, pending=None, aggregate=agg, away_goals=away):
        winner = None if winner_idx is None else (a, b)[winner_idx]
        return TieResult(a, b, first, second, extra_time, penalties, rules, aggregate, away_goals,
                         winner, decided_by, pending)

    def leader(pair: Pair):
        return None if pair[0] == pair[1] else (0 if pair[0] > pair[1] else 1)

    before_et = leader(agg), "aggregate"
    if before_et[0] is None and away:
        before_et = leader(away), "away_goals"
    if before_et[0] is not None:
        if extra_time or penalties:
            who = (a, b)[before_et[0]]
            raise TieError(f"{who} were already through on {before_et[1].replace('_', ' ')} after 180 minutes, "
                           "so there was no extra time or shootout")
        return result(*before_et)
    if et is None:
        if penalties:
            et = (0, 0)  # a shootout without stated extra-time goals means a goalless extra time
        else:
            return result(None, pending="extra_time")
    agg = (agg[0] + et[0], agg[1] + et[1])
    if leader(agg) is not None:
        if penalties:
            raise TieError(f"{(a, b)[leader(agg)]} won in extra time, so there was no shootout")
        return result(leader(agg), "extra_time", aggregate=agg)
    if away and rules.away_goals_in_extra_time:
        # Only the visitors (team a, away in the second leg) score away goals in extra time.
        away = (away[0] + et[0], away[1])
        if leader(away) is not None:
            if penalties:
                raise TieError(f"{(a, b)[leader(away)]} went through on away goals scored in extra time, "
                               "so there was no shootout")
            return result(leader(away), "away_goals_extra_time", aggregate=agg, away_goals=away)
    if pens is None:
        return result(None, pending="penalties", aggregate=agg, away_goals=away)
    if leader(pens) is None:
        raise TieError(f"a shootout cannot end level ({pens[0]}-{pens[1]})")
    return result(leader(pens), "penalties", aggregate=agg, away_goals=away)


def _check_teams(first: Leg, second: Leg) -> None:
    if same_team(first.home, second.away) and same_team(first.away, second.home):
        return
    if same_team(first.home, second.home) and same_team(first.away, second.away):
        raise TieError(f"{first.home} are at home in both legs; the second leg must be the return match")
    raise TieError(f"the legs name different teams: {first.home} v {first.away}, then {second.home} v {second.away}")


def _pair(p: Pair) -> str:
    return f"{p[0]}-{p[1]}"


def explain(r: TieResult) -> str:
    """One plain sentence: who goes through and why, or what comes next."""
    agg = _pair(r.aggregate)
    if r.winner:
        through = f"{r.winner} go through"
        loser_first = r.winner == r.team_b
        ordered = lambda p: _pair((p[1], p[0]) if loser_first else p)  # noqa: E731 - winner first
        if r.decided_by == "aggregate":
            return f"{through} {ordered(r.aggregate)} on aggregate."
        if r.decided_by == "away_goals":
            return f"{through} on away goals: {agg} on aggregate, {ordered(r.away_goals)} in away goals."
        if r.decided_by == "extra_time":
            return f"{through} {ordered(r.aggregate)} on aggregate after extra time."
        if r.decided_by == "away_goals_extra_time":
            return (f"{through} on away goals scored in extra time: {agg} on aggregate after extra time, "
                    f"{ordered(r.away_goals)} in away goals.")
        pens = (r.penalties[1], r.penalties[0])
        return f"{through} {ordered(pens)} on penalties after {agg} on aggregate."
    level = f"Level at {agg} on aggregate"
    if r.away_goals and r.pending == "extra_time":
        level += f" and {_pair(r.away_goals)} in away goals"
    if r.pending == "extra_time":
        return f"{level}: extra time in the second leg decides."
    return f"{level} after extra time: a penalty shootout decides."


def legs_from_record(match: Match, extra_time: Optional[Pair] = None) -> tuple[Leg, Leg, Optional[Pair], list[str]]:
    """The first leg, the second leg's 90-minute score and its extra-time goals, from a parsed
    second leg. Extra-time goals come from `extra_time`, else from goal minutes past 90."""
    where = match.source or "record"
    if not (match.home and match.away and match.score):
        raise NotATieError(f"{where}: the record lacks the teams or the score")
    if match.first_leg is None and match.aggregate is None:
        raise NotATieError(f"{where}: not the second leg of a tie (no first_leg or aggregate in the record)")
    home, away, score = match.home.name, match.away.name, match.score
    first = match.first_leg
    if first is None:
        first_h, first_a = match.aggregate.home - score.home, match.aggregate.away - score.away
        if first_h < 0 or first_a < 0:
            raise NotATieError(f"{where}: the aggregate is smaller than this leg's score")
    else:
        first_h, first_a = first.home, first.away
    warnings = []
    if match.after_extra_time and extra_time is None:
        extra_time = _extra_time_goals(match)
        if extra_time is None:
            raise NotATieError(f"{where}: cannot tell the extra-time goals from the record; give them with --extra-time")
    reg = (score.home - extra_time[0], score.away - extra_time[1]) if (extra_time and match.after_extra_time) \
        else (score.home, score.away)
    if min(reg) < 0:
        raise NotATieError(f"{where}: more extra-time goals than goals in the match")
    if match.aggregate and first is not None:
        total = (first_h + score.home, first_a + score.away)
        if total != (match.aggregate.home, match.aggregate.away):
            warnings.append(f"{where}: the report's aggregate {match.aggregate.home}-{match.aggregate.away} "
                            f"differs from the legs' sum {total[0]}-{total[1]}")
    # first_leg is written from this match's home side's view; that side was away in the first leg.
    return Leg(away, home, first_a, first_h), Leg(home, away, *reg), extra_time, warnings


def _extra_time_goals(match: Match) -> Optional[Pair]:
    """Goals after minute 90 (not 90+x stoppage), but only if every goal is accounted for."""
    goals = match.goals
    if len(goals) != match.score.home + match.score.away:
        return None
    et = [0, 0]
    for goal in goals:
        side = side_of(match, goal.team)
        if side is None or goal.minute is None:
            return None
        if goal.minute > 90:
            et[side == "away"] += 1
    return et[0], et[1]


def decide_record(match: Match, rules: Rules, extra_time: Optional[Pair] = None,
                  penalties: Optional[Pair] = None) -> TieResult:
    first, second, et, warnings = legs_from_record(match, extra_time)
    if penalties is None and match.shootout:
        penalties = (match.shootout.home, match.shootout.away)
    try:
        result = decide_tie(first, second, rules, et, penalties)
    except TieError as exc:
        # On the command line this is a usage error; in a record it is a record that contradicts itself.
        raise NotATieError(f"{match.source or 'record'}: {exc}") from None
    result.warnings.extend(warnings)
    return result


def to_report(r: TieResult) -> TieReport:
    """The JSON view of a result (matchcli/view_models.py holds its schema)."""
    from .view_models import LegScore, TeamPair, TieReport

    def leg(x: Leg) -> LegScore:
        return LegScore(home=x.home, away=x.away, home_goals=x.home_goals, away_goals=x.away_goals)

    def pair(p: Optional[Pair], second_leg_order: bool = False) -> Optional[TeamPair]:
        if p is None:
            return None
        a, b = (p[1], p[0]) if second_leg_order else p
        return TeamPair(team_a=a, team_b=b)

    return TieReport(team_a=r.team_a, team_b=r.team_b, rules=r.rules.name, first_leg=leg(r.first_leg),
                     second_leg=leg(r.second_leg), extra_time=pair(r.extra_time, True),
                     penalties=pair(r.penalties, True), aggregate=pair(r.aggregate),
                     away_goals=pair(r.away_goals), winner=r.winner, decided_by=r.decided_by,
                     pending=r.pending, explanation=r.explanation(), warnings=r.warnings)
