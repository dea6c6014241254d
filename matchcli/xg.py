"""Goals against expected goals: per match figures, a plain-language verdict, totals per team.
Pure: builds an `XgReport`; matchcli/render/xg.py draws it."""
from __future__ import annotations

from typing import Iterable, Optional

from .models import Match, StatPair
from .teamnames import same_team
from .view_models import XgMatch, XgReport, XgTeamTotal

# Below this xG gap neither side made clearly better chances: single matches carry a lot of
# noise, and public xG models disagree with each other by a few tenths.
CLOSE_XG_GAP = 0.3


def _f(value: float) -> str:
    return f"{value:.2f}"


def verdict(match: Match) -> str:
    """
    >>> from matchcli.models import Match, Team, Score, Stats, StatPair
    >>> m = Match(home=Team(name="Atalanta"), away=Team(name="Dortmund"), score=Score(home=4, away=1),
    ...           stats=Stats(xg=StatPair(home=2.61, away=0.93)))
    >>> verdict(m)
    'Atalanta deserved it: 2.61 xG to 0.93'
    """
    home = match.home.name if match.home else "the home side"
    away = match.away.name if match.away else "the away side"
    xg = match.stats.xg
    if xg is None or (xg.home is None and xg.away is None):
        return "No xG in the report"
    if xg.home is None or xg.away is None:
        known, value = (away, xg.away) if xg.home is None else (home, xg.home)
        return f"xG known only for {known} ({_f(value)}): no verdict"
    by_side = {home: xg.home, away: xg.away}
    leader, trailer = (home, away) if xg.home >= xg.away else (away, home)
    chances = lambda first, second: f"{_f(by_side[first])} xG to {_f(by_side[second])}"  # noqa: E731
    close = abs(xg.home - xg.away) < CLOSE_XG_GAP
    if match.score is None:
        if close:
            return f"Even on chances: {chances(home, away)} (score unknown)"
        return f"{leader} made the better chances: {chances(leader, trailer)} (score unknown)"
    if match.score.home == match.score.away:
        if close:
            return f"A fair draw on chances: {chances(home, away)}"
        return f"{leader} deserved more than a draw: {chances(leader, trailer)}"
    winner, loser = (home, away) if match.score.home > match.score.away else (away, home)
    if close:
        return f"{winner} edged a close contest: {chances(winner, loser)}"
    if winner == leader:
        return f"{winner} deserved it: {chances(winner, loser)}"
    return f"{winner} won against the run of chances: {chances(winner, loser)}"


def _per_shot(xg: Optional[StatPair], shots: Optional[StatPair]) -> Optional[StatPair]:
    if not xg or not shots:
        return None

    def one(x, s):
        return round(x / s, 3) if x is not None and s else None

    pair = StatPair(home=one(xg.home, shots.home), away=one(xg.away, shots.away))
    return pair if pair.home is not None or pair.away is not None else None


def xg_match(match: Match) -> XgMatch:
    stats = match.stats
    return XgMatch(source=match.source, home=match.home.name if match.home else "?",
                   away=match.away.name if match.away else "?", goals=match.score, xg=stats.xg,
                   shots=stats.shots, shots_on_target=stats.shots_on_target,
                   xg_per_shot=_per_shot(stats.xg, stats.shots), verdict=verdict(match))


def team_totals(matches: Iterable[Match]) -> list[XgTeamTotal]:
    """Per team over all matches; xG sums cover only matches with xG for both sides, so that
    xG for and against compare like with like."""
    totals: list[dict] = []

    def entry(name: str) -> dict:
        for t in totals:
            if same_team(t["team"], name):
                return t
        totals.append(dict(team=name, matches=0, goals_for=0, goals_against=0, xg_matches=0,
                           xg_for=0.0, xg_against=0.0))
        return totals[-1]

    for match in matches:
        if not (match.home and match.away):
            continue
        xg = match.stats.xg
        full_xg = xg is not None and xg.home is not None and xg.away is not None
        for side, other in (("home", "away"), ("away", "home")):
            t = entry(getattr(match, side).name)
            t["matches"] += 1
            if match.score:
                t["goals_for"] += getattr(match.score, side)
                t["goals_against"] += getattr(match.score, other)
            if full_xg:
                t["xg_matches"] += 1
                t["xg_for"] += getattr(xg, side)
                t["xg_against"] += getattr(xg, other)
    rows = [XgTeamTotal(**{**t, "xg_for": round(t["xg_for"], 2), "xg_against": round(t["xg_against"], 2)})
            for t in totals]
    # Teams without xG last: their difference of 0 is no information, not an even record.
    rows.sort(key=lambda r: (r.xg_matches == 0, -(r.xg_for - r.xg_against), r.team))
    return rows


def xg_report(matches: list[Match]) -> XgReport:
    return XgReport(matches=[xg_match(m) for m in matches], teams=team_totals(matches))
