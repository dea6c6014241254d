"""The match in order: events and markers (half-time, full-time, extra time, shootout) as rows,
with the running score and, for a second leg, the running aggregate and who is going through.
Pure: builds `TimelineRow`s; matchcli/render/timeline.py draws them."""
from __future__ import annotations

from typing import Optional

from .models import Match, Score, Timed
from .render.minutes import format_minute
from .teamnames import side_of, team_name
from .tie import Leg, Rules, TieError, decide_tie
from .view_models import TimelineRow

# Markers close a period: an event belongs before the marker when its (minute, stoppage) is at
# most the period's end; 45+2 is first half, 46 second half, 90+8 normal time, 91 extra time.
_HALF_TIME = (45, 999)
_FULL_TIME = (90, 999)


def match_label(match: Match) -> str:
    home = match.home.name if match.home else "?"
    away = match.away.name if match.away else "?"
    score = f"{match.score.home}-{match.score.away}" if match.score else "v"
    return f"{home} {score} {away}"


def _events(match: Match) -> list[tuple[str, Timed, Optional[str], Optional[str], Optional[str]]]:
    """(kind, event, player, team, detail) for every event, in record order."""
    rows = []
    for g in match.goals:
        kind = "own_goal" if g.own_goal else "penalty" if g.penalty else "goal"
        detail = ", ".join(x for x in ("header" if g.header else "",
                                       f"assist {g.assist}" if g.assist else "") if x) or None
        rows.append((kind, g, g.player, g.team, detail))
    rows += [(c.card, c, c.player, c.team, None) for c in match.cards]
    rows += [("missed_penalty", p, p.player, p.team, p.outcome) for p in match.penalties_missed]
    rows += [("var", v, None, v.team, v.decision) for v in match.var_reviews]
    rows += [("woodwork", w, w.player, w.team, None) for w in match.woodwork]
    return rows


def _key(event: Timed) -> tuple[int, int]:
    return (event.minute, event.stoppage or 0) if event.minute is not None else (999, 999)


# Within one minute a VAR review comes first: it usually leads to the penalty or goal it is about.
_SAME_MINUTE_ORDER = {"var": 0}


def _first_leg(match: Match) -> Optional[tuple[int, int]]:
    """The other leg from this match's home side's view, when this is a second leg."""
    if not (match.home and match.away):
        return None
    if match.first_leg:
        return match.first_leg.home, match.first_leg.away
    if match.aggregate and match.score:
        first = (match.aggregate.home - match.score.home, match.aggregate.away - match.score.away)
        return first if min(first) >= 0 else None
    return None


class _Tie:
    """Who goes through at a moment of a second leg, under the chosen rules."""

    def __init__(self, match: Match, first: tuple[int, int], rules: Rules):
        self.home, self.away = match.home.name, match.away.name
        self.first = Leg(self.away, self.home, first[1], first[0])
        self.rules = rules

    def aggregate(self, score: tuple[int, int]) -> Score:
        return Score(home=self.first.away_goals + score[0], away=self.first.home_goals + score[1])

    def through(self, score: tuple[int, int], at_90: Optional[tuple[int, int]],
                penalties: Optional[tuple[int, int]] = None) -> Optional[str]:
        regular = at_90 or score
        et = (score[0] - regular[0], score[1] - regular[1]) if at_90 else None
        try:
            result = decide_tie(self.first, Leg(self.home, self.away, *regular), self.rules, et, penalties)
        except TieError:
            return None  # the record contradicts the rules (e.g. extra time after a decided tie)
        if result.winner:
            return result.winner
        return "level: extra time" if result.pending == "extra_time" else "level: penalties"


def build_timeline(match: Match, rules: Rules) -> list[TimelineRow]:
    label = match_label(match)
    first = _first_leg(match)
    tie = _Tie(match, first, rules) if first else None
    events = sorted(_events(match), key=lambda row: (_key(row[1]), _SAME_MINUTE_ORDER.get(row[0], 1)))
    rows: list[TimelineRow] = []
    score: Optional[tuple[int, int]] = (0, 0)
    at_90: Optional[tuple[int, int]] = None
    in_extra_time = False
    # Running scores are only computed when the goal list adds up to the final score; otherwise
    # only a goal's own `score_after` is shown, since a missed goal would shift every later score.
    complete = bool(match.score) and len(match.goals) == match.score.home + match.score.away

    def row(kind, **fields) -> TimelineRow:
        return TimelineRow(source=match.source, match=label, kind=kind, **fields)

    def tie_fields(at: tuple[int, int], penalties=None) -> dict:
        if not tie:
            return {}
        # In extra time "through" needs the 90-minute score; without it, only the aggregate is known.
        through = tie.through(at, at_90, penalties) if (at_90 is not None or not in_extra_time) else None
        return {"aggregate": tie.aggregate(at), "through": through}

    def marker(kind, at: Optional[tuple[int, int]], detail=None) -> TimelineRow:
        return row(kind, display_minute="", detail=detail,
                   score=Score(home=at[0], away=at[1]) if at else None, **(tie_fields(at) if at else {}))

    # A record with neither events nor a score (nothing was extracted) gets no empty period markers.
    pending = ["half_time", "full_time"] if (events or match.score or match.half_time) else []
    if match.after_extra_time:
        pending.append("end_of_extra_time")

    def close_periods(upto: tuple[int, int]) -> None:
        nonlocal at_90, in_extra_time
        ends = {"half_time": _HALF_TIME, "full_time": _FULL_TIME, "end_of_extra_time": (999, 0)}
        while pending and upto > ends[pending[0]]:
            kind = pending.pop(0)
            if kind == "half_time":
                ht = (match.half_time.home, match.half_time.away) if match.half_time else (score if complete else None)
                rows.append(marker("half_time", ht))
            elif kind == "full_time":
                ft = score if complete else (None if match.after_extra_time else _final(match))
                rows.append(marker("full_time", ft))
                if match.after_extra_time:
                    at_90, in_extra_time = ft, True
                    rows.append(row("extra_time", display_minute=""))
            else:
                rows.append(marker("end_of_extra_time", _final(match), detail="after extra time"))

    for kind, event, player, team, detail in events:
        if event.minute is not None:
            close_periods(_key(event))
        side = side_of(match, team)
        name = team_name(match, side) if side else team
        fields = dict(kind=kind, minute=event.minute, stoppage=event.stoppage, approximate=event.approximate,
                      display_minute=format_minute(event), player=player, team=name, detail=detail)
        if kind in ("goal", "penalty", "own_goal"):
            score = _after_goal(event, score if complete else None, side)
            if score is not None:
                fields.update(score=Score(home=score[0], away=score[1]), **tie_fields(score))
        rows.append(row(**fields))
    close_periods((1000, 0))
    if match.shootout:
        pens = (match.shootout.home, match.shootout.away)
        winner = team_name(match, "home" if pens[0] > pens[1] else "away")
        final = _final(match)
        extra = tie_fields(final, pens) if final else {}
        if extra:
            extra["through"] = extra["through"] or winner
        rows.append(row("shootout", display_minute="", detail=f"{winner} win {max(pens)}-{min(pens)} on penalties",
                        score=Score(home=pens[0], away=pens[1]), **extra))
    return rows


def _final(match: Match) -> Optional[tuple[int, int]]:
    return (match.score.home, match.score.away) if match.score else None


def _after_goal(goal, score, side) -> Optional[tuple[int, int]]:
    if goal.score_after:
        return goal.score_after.home, goal.score_after.away
    if score is None or side is None:
        return None
    return (score[0] + 1, score[1]) if side == "home" else (score[0], score[1] + 1)
