"""Records out to other people's formats: openfootball Football.TXT lines and
football-data.co.uk style CSV rows. Pure: strings and dicts in, no I/O."""
from __future__ import annotations

from typing import Optional

from .models import Goal, Match
from .teamnames import side_of


def _minute(goal: Goal) -> str:
    """Football.TXT has no mark for an approximate minute, so `~` is dropped."""
    if goal.minute is None:
        return ""
    minute = f"{goal.minute}+{goal.stoppage}" if goal.stoppage else str(goal.minute)
    return minute + ("pen" if goal.penalty else "og" if goal.own_goal else "")


def _scorers(goals: list[Goal]) -> str:
    """'Mbappé 80pen, 81, 118pen, Kolo Muani 90': a player's goals grouped behind his first."""
    order: list[str] = []
    minutes: dict[str, list[str]] = {}
    for goal in goals:
        name = goal.player or "?"
        if name not in minutes:
            order.append(name)
            minutes[name] = []
        minutes[name].append(_minute(goal))
    parts = []
    for name in order:
        # a goal without a minute still counts: '?' beside the player's timed goals
        shown = [m or "?" for m in minutes[name]] if any(minutes[name]) else []
        parts.append(" ".join([name, ", ".join(shown)]) if shown else name)
    return ", ".join(parts) or "-"


def football_txt(match: Match) -> list[str]:
    """
    >>> from matchcli.models import Match, Team, Score, Goal
    >>> m = Match(home=Team(name="Atalanta"), away=Team(name="Dortmund"), score=Score(home=1, away=0),
    ...           goals=[Goal(minute=90, stoppage=8, team="Atalanta", player="Samardzic", penalty=True)])
    >>> football_txt(m)
    ['Atalanta 1-0 Dortmund', '  (Samardzic 90+8pen; -)']
    """
    home = match.home.name if match.home else "?"
    away = match.away.name if match.away else "?"
    score = f"{match.score.home}-{match.score.away}" if match.score else "v"
    line = f"{home} {score} {away}"
    notes = ["aet"] if match.after_extra_time else []
    if match.shootout:
        notes.append(f"{match.shootout.home}-{match.shootout.away} pen")
    if notes:
        line += f" [{', '.join(notes)}]"
    lines = [line]
    if match.goals:
        sides = {"home": [], "away": [], None: []}
        for goal in match.goals:
            sides[side_of(match, goal.team)].append(goal)
        lines.append(f"  ({_scorers(sides['home'])}; {_scorers(sides['away'])})")
        if sides[None]:
            # A comment line, which Football.TXT readers skip, rather than a goal on a guessed side.
            lines.append(f"  # team unknown: {_scorers(sides[None])}")
    return lines


CSV_COLUMNS = ["HomeTeam", "AwayTeam", "FTHG", "FTAG", "FTR", "HTHG", "HTAG", "HTR",
               "HS", "AS", "HST", "AST", "HY", "AY", "HR", "AR"]


def _result(home: Optional[int], away: Optional[int]) -> str:
    if home is None or away is None:
        return ""
    return "H" if home > away else "A" if away > home else "D"


def _count(value: Optional[float]) -> str:
    return "" if value is None else f"{value:g}"


def csv_row(match: Match) -> dict[str, str]:
    """One football-data.co.uk style row; a field the record does not know stays empty.

    FT is the final score (after extra time when there was some; never shootout kicks). Cards
    follow football-data's counting: a second yellow is a red, and its implied first yellow a
    yellow. Cards are empty, not 0, when the record lists no card at all, since a report that
    mentions no booking is silence rather than a clean game, and when any card's side is
    unknown, since a count that leaves it out would be a wrong number rather than a missing one.
    """
    row = dict.fromkeys(CSV_COLUMNS, "")
    row["HomeTeam"] = match.home.name if match.home else ""
    row["AwayTeam"] = match.away.name if match.away else ""
    if match.score:
        row.update(FTHG=str(match.score.home), FTAG=str(match.score.away),
                   FTR=_result(match.score.home, match.score.away))
    if match.half_time:
        row.update(HTHG=str(match.half_time.home), HTAG=str(match.half_time.away),
                   HTR=_result(match.half_time.home, match.half_time.away))
    stats = match.stats
    if stats.shots:
        row.update(HS=_count(stats.shots.home), AS=_count(stats.shots.away))
    if stats.shots_on_target:
        row.update(HST=_count(stats.shots_on_target.home), AST=_count(stats.shots_on_target.away))
    if match.cards and all(side_of(match, c.team) for c in match.cards):
        counts = {"home": [0, 0], "away": [0, 0]}  # side: [yellow, red]
        cautioned = {(c.player, side_of(match, c.team)) for c in match.cards if c.card == "yellow"}
        for card in match.cards:
            side = side_of(match, card.team)
            if card.card == "yellow":
                counts[side][0] += 1
            else:
                counts[side][1] += 1
                if card.card == "second_yellow" and (card.player, side) not in cautioned:
                    counts[side][0] += 1
        row.update(HY=str(counts["home"][0]), AY=str(counts["away"][0]),
                   HR=str(counts["home"][1]), AR=str(counts["away"][1]))
    return row
