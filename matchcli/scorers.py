"""The scorer table over many matches: goals, penalties, headers, assists, matches; own goals
apart. Pure: builds a `ScorersReport`; matchcli/render/scorers.py draws it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from .models import Match
from .render.minutes import format_minute
from .teamnames import normalize, same_team, side_of, team_name
from .timeline import match_label
from .view_models import OwnGoalRow, ScorerRow, ScorersReport


@dataclass
class _Tally:
    player: str
    team: Optional[str]
    goals: int = 0
    penalties: int = 0
    headers: int = 0
    assists: int = 0
    matches: set[int] = field(default_factory=set)


def same_player(a: str, b: str) -> bool:
    """One report writes "Scamacca", another "Gianluca Scamacca": the same man when the shorter
    name is the end of the longer one (callers also require the same team).

    >>> same_player("de Roon", "Marten de Roon"), same_player("Roon", "de Rooney")
    (True, False)
    """
    x, y = normalize(a).split(), normalize(b).split()
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return bool(short) and long_[len(long_) - len(short):] == short


def _team(match: Match, name: Optional[str]) -> Optional[str]:
    side = side_of(match, name)
    return team_name(match, side) if side else name


def scorer_table(matches: Iterable[Match]) -> ScorersReport:
    tallies: list[_Tally] = []
    own_goals: list[OwnGoalRow] = []

    def tally(player: str, team: Optional[str]) -> _Tally:
        for t in tallies:
            teams_fit = t.team is None or team is None or same_team(t.team, team)
            if teams_fit and same_player(t.player, player):
                if len(player) > len(t.player):
                    t.player = player  # keep the fullest spelling
                t.team = t.team or team
                return t
        tallies.append(_Tally(player, team))
        return tallies[-1]

    for index, match in enumerate(matches):
        for goal in match.goals:
            team = _team(match, goal.team)
            if goal.own_goal:
                side = side_of(match, goal.team)
                own_team = team_name(match, "away" if side == "home" else "home") if side else None
                own_goals.append(OwnGoalRow(player=goal.player, team=own_team, for_team=team,
                                            minute=format_minute(goal), match=match_label(match),
                                            source=match.source))
                continue
            if goal.player:
                t = tally(goal.player, team)
                t.goals += 1
                t.penalties += goal.penalty
                t.headers += goal.header
                t.matches.add(index)
            if goal.assist:
                t = tally(goal.assist, team)
                t.assists += 1
                t.matches.add(index)
    rows = [ScorerRow(player=t.player, team=t.team, goals=t.goals, penalties=t.penalties, headers=t.headers,
                      assists=t.assists, matches=len(t.matches)) for t in tallies]
    rows.sort(key=lambda r: (-r.goals, -r.assists, r.matches, normalize(r.player)))
    return ScorersReport(scorers=rows, own_goals=own_goals)


CSV_COLUMNS = ["player", "team", "goals", "penalties", "headers", "assists", "matches"]
