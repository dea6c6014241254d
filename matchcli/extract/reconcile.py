"""Reconciliation: count each goal once, check goals against the stated score, and fill what
follows by arithmetic (score from goals, first leg from aggregate, running scores, winner).

Goal mentions of one scorer merge when their minutes agree, or when one has no minute; a
scorer has as many goals as the most the text implies (distinct minutes, "twice", "his
second", "a hat-trick"). Where goals exceed the stated score, the least certain go; where they
fall short, `warnings` says which side is missing what.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import regex
from ..patterns import compile_pattern

from ..facts import Evidence, Goal, Score
from .context import Context
from .goals import GoalMention
from .numbers import cardinal_words
from .result import Pair, Result
from .sides import OTHER_MATCH
from .running import cues, infer_sides
from .substitutions import substitution_minutes


@dataclass
class MergedGoal:
    scorer: str | None
    minute: int | None
    stoppage: int | None
    approximate: bool
    mentions: list[GoalMention] = field(default_factory=list)
    side: str | None = None
    order: int = 0

    @property
    def total(self) -> int | None:
        return None if self.minute is None else self.minute + (self.stoppage or 0)

    def flag(self, name: str) -> bool:
        return any(getattr(m, name) for m in self.mentions)


def merge_goals(ctx: Context, mentions: list[GoalMention]) -> list[MergedGoal]:
    by_scorer: dict[str | None, list[GoalMention]] = defaultdict(list)
    for m in mentions:
        by_scorer[m.scorer].append(m)
    merged: list[MergedGoal] = []
    previous_total: int | None = None
    previous_paragraph = -10
    timed: list[tuple[GoalMention, tuple[int | None, int | None, bool]]] = []
    for m in sorted(mentions, key=lambda x: x.start):
        # ("a minute later" counts from the goal before only when that goal was told in this
        # paragraph or the one before: not from a goal told two paragraphs up)
        near = m.sentence.paragraph - previous_paragraph <= 1
        fields = _resolve_minute(ctx, m, previous_total if near else None)
        if fields[0] is not None:
            previous_total = fields[0] + (fields[1] or 0)
            previous_paragraph = m.sentence.paragraph
        timed.append((m, fields))
    fields_of = {id(m): f for m, f in timed}
    for scorer, group in by_scorer.items():
        listed = [m for m in group if m.rule == "goal-list"]
        if listed:
            # A scorer list ("Goals: Kane 9, 72") is complete for its players: prose only adds
            # flags and assists to the listed goals.
            merged.extend(_from_list(listed, [m for m in group if m.rule != "goal-list"], fields_of))
            continue
        goals: list[MergedGoal] = []
        for m in sorted(group, key=lambda x: (fields_of[id(x)][0] is None, fields_of[id(x)][2], x.start)):
            minute, stoppage, approx = fields_of[id(m)]
            target = _find_twin(goals, minute, stoppage, approx)
            if target is None:
                # "X pulled one back and scored again": each telling in a sentence is another
                # goal; a goal already told by this sentence is not the one "again" means.
                free = [g for g in goals if all(t.sentence is not m.sentence for t in g.mentions)]
                if minute is None and free and (not m.fresh or len(goals) > 1):
                    # "Ahead through Tavernier's penalty": the goal already told as a penalty
                    alike = [g for g in free if (m.penalty and g.flag("penalty")) or (m.header and g.flag("header"))]
                    target = _least_told(alike or free)
                else:
                    goals.append(MergedGoal(scorer, minute, stoppage, approx, [m], order=m.start))
                    for i in range(m.count - 1):
                        if i < len(m.more_minutes):     # "twice, in the 10th and 86th minutes"
                            later = ctx.minute_fields(m.more_minutes[i], m.sentence.text)
                            goals.append(MergedGoal(scorer, *later, [m], order=m.start + 1 + i))
                        elif _INCLUDING.search(m.clause):
                            # "scored twice, including a 73rd-minute penalty": the other goal's
                            # minute is not told here; a later telling may give it
                            goals.append(MergedGoal(scorer, None, None, False, [m], order=m.start + 1))
                        else:           # "scored twice in the 81st minute"
                            goals.append(MergedGoal(scorer, minute, stoppage, approx, [m], order=m.start + 1))
                    continue
            target.mentions.append(m)
            target.order = min(target.order, m.start)
            if target.minute is None and minute is not None or (target.approximate and minute is not None and not approx):
                target.minute, target.stoppage, target.approximate = minute, stoppage, approx
        for g in goals:
            _move_into_extra_time(g)
        needed = max([m.count for m in group] + [m.nth or 0 for m in group] + [len(goals)])
        while len(goals) < needed:
            goals.append(MergedGoal(scorer, None, None, False, [group[0]], order=group[0].start + len(goals)))
        merged.extend(goals)
    for g in merged:
        g.side = _side_of(g)
    return merged


_INCLUDING = compile_pattern(r"\bincluding\b", regex.I)
_EXTRA_TIME = compile_pattern(r"extra[\s-]+time", regex.I)


def _move_into_extra_time(goal: MergedGoal) -> None:
    """'Kelly's extra-time strike' and 'with 10 minutes left' tell one goal: 10 minutes before
    the end of extra time, not of normal time."""
    ends = [m.minute.from_end for m in goal.mentions if m.minute is not None and m.minute.from_end]
    other_tellings = [m for m in goal.mentions if m.minute is None or not m.minute.from_end]
    if ends and goal.minute is not None and goal.minute <= 90 and any(_EXTRA_TIME.search(m.clause) for m in other_tellings):
        goal.minute, goal.stoppage = 120 - ends[0], None


def _from_list(listed: list[GoalMention], prose: list[GoalMention], fields_of) -> list[MergedGoal]:
    goals = []
    for m in listed:
        minute, stoppage, approx = fields_of[id(m)]
        goals.append(MergedGoal(m.scorer, minute, stoppage, approx, [m], order=m.start))
    for m in prose:
        minute = fields_of[id(m)][0]
        target = min(goals, key=lambda g: abs((g.total or 0) - (minute or 0)) if minute is not None else 0)
        target.mentions.append(m)
    return goals


def _resolve_minute(ctx: Context, m: GoalMention, previous_total: int | None):
    mention = m.minute
    if mention is None:
        return None, None, False
    if mention.after_coming_on:
        # "headed the winner four minutes after coming on" (on 70 minutes): 74
        came_on = substitution_minutes(ctx).get(m.scorer or "")
        if came_on is None:
            return None, None, False
        total = came_on + (mention.relative or 0)
        return (90, total - 90, False) if total > 90 and not ctx.extra_time else (total, None, False)
    if mention.relative is not None:
        # "awarded in the 29th minute ... converted a minute later": a minute told earlier in the
        # sentence is what "later" counts from; else the goal before
        told = [t for t in ctx.minutes_in(m.sentence.start, mention.start) if t.minute is not None and t.relative is None]
        if not told:
            # "... handed a lifeline in the 79th minute. X scored from the spot, before adding a
            # second 90 seconds later": the sentence before may have told the time, or one before
            # it in the same paragraph ("The decisive moment came four minutes from time. ...
            # Kovacic pushed it away. ... Eriksen sent the keeper the wrong way a minute later");
            # an exact time, else a vague one ("On the hour, ... a minute later")
            before = ctx.neighbour(m.sentence, -1)
            before = before if before is not None and before.paragraph >= m.sentence.paragraph - 1 else None
            told = []
            while before is not None and not told:
                told = [t for t in ctx.minutes_in(before.start, before.end) if t.minute is not None and t.relative is None]
                earlier = ctx.neighbour(before, -1)
                before = earlier if not told and earlier is not None and earlier.paragraph == m.sentence.paragraph else None
            told = [t for t in told if not t.approximate] or told
            if told and previous_total is not None and told[-1].minute + (told[-1].stoppage or 0) < previous_total:
                told = []       # an earlier time than the goal before: not this one's
        base = told[-1].minute + (told[-1].stoppage or 0) if told else previous_total
        if base is None:
            return None, None, False
        total = base + mention.relative
        approx = bool(told) and told[-1].approximate
        if not 1 <= total <= 130:
            return None, None, False
        if total > 90 and not ctx.extra_time:
            return 90, total - 90, approx
        return total, None, approx
    return ctx.minute_fields(mention, m.sentence.text)


def _find_twin(goals: list[MergedGoal], minute, stoppage, approx) -> MergedGoal | None:
    if minute is None:
        return None
    total = minute + (stoppage or 0)
    for g in goals:
        if g.total is None:
            continue
        # "in stoppage time", "with the last kick": any 90+x (or 45+x) goal of the scorer.
        if approx and stoppage is None and minute in (45, 90, 120) and g.minute == minute:
            return g
        if g.approximate and g.stoppage is None and g.minute in (45, 90, 120) and minute == g.minute:
            return g
        tolerance = 4 if (approx or g.approximate) else 0
        if abs(g.total - total) <= tolerance and not (approx and g.approximate and g.total != total and tolerance == 0):
            return g
    untimed = [g for g in goals if g.total is None]
    return untimed[0] if untimed else None


def _least_told(goals: list[MergedGoal]) -> MergedGoal:
    return min(goals, key=lambda g: len(g.mentions))


def _side_of(goal: MergedGoal, guesses: bool = True) -> str | None:
    """The side most tellings give; `guesses=False` ignores sides taken only from a sentence's
    subject team."""
    votes: dict[str, float] = defaultdict(float)
    for m in goal.mentions:
        if m.side is None or (m.side_guessed and not guesses):
            continue
        side = m.side
        if m.own_goal and m.side_of_player:
            side = "away" if side == "home" else "home"
        votes[side] += 1.0
    if not votes:
        return None
    best = max(votes, key=votes.get)
    return best if list(votes.values()).count(votes[best]) == 1 else None


def reconcile(ctx: Context, merged: list[MergedGoal], result: Result, warnings: list[str]) -> list[Goal]:
    """Fit goals to the score, fill the score from goals when the text gives none."""
    merged.sort(key=_match_order)
    timed = [g for g in merged if g.total is not None]
    untimed = [g for g in merged if g.total is None]
    # "the Galaxy rallied past the Sounders": the first goal was the other side's
    came_back, deficit = _came_from_behind(ctx)
    opened_by = ctx.other(came_back) if came_back else None
    for g in timed[:deficit]:
        g.side = g.side or opened_by
    _infer_timed_sides(timed, untimed, result.score, opened_by, deficit)
    if result.score is not None:
        merged = _fit_to_score(merged, result.score, warnings)
    merged.sort(key=_match_order)
    goals: list[Goal] = []
    home = away = 0
    # A running score is only honest when every goal's side is known and, where the text
    # states a score, the goals found make it.
    sides_known = all(g.side for g in merged)
    adds_up = result.score is None or (
        sum(g.side == "home" for g in merged) == result.score.home and sum(g.side == "away" for g in merged) == result.score.away)
    running_known = sides_known and adds_up and all(g.minute is not None for g in merged)
    for g in merged:
        first = min(g.mentions, key=lambda m: (m.minute is None, m.start))
        team = ctx.team_name(g.side)
        if g.side == "home":
            home += 1
        elif g.side == "away":
            away += 1
        goals.append(Goal(
            minute=g.minute, stoppage=g.stoppage or None, approximate=g.approximate,
            team=team, player=g.scorer,
            penalty=g.flag("penalty") and not g.flag("own_goal"), own_goal=g.flag("own_goal"), header=g.flag("header"),
            assist=next((m.assist for m in g.mentions if m.assist and m.assist != g.scorer), None),
            score_after=Score(home=home, away=away) if running_known and g.minute is not None else None,
            confidence=_confidence(g),
            evidence=ctx.evidence(first.sentence, first.rule),
        ))
    if result.score is None and goals and all(g.team for g in goals):
        result.score = Pair(home, away)
        result.score_source = "goals"
        warnings.append("no final score stated; score counted from the goals found")
    return goals


def _infer_timed_sides(timed: list[MergedGoal], untimed: list[MergedGoal], score: Pair | None,
                       opened_by: str | None, opened: int) -> None:
    """Sides of timed goals from the running score. Goals without a minute still count towards
    the final score, just not the order; one of unknown side leaves the score only a ceiling
    (infer_sides' short case). `opened_by` scored the first `opened` goals ("came from behind")."""
    final = score
    if final is not None and untimed:
        final = Pair(final.home - sum(g.side == "home" for g in untimed), final.away - sum(g.side == "away" for g in untimed))
    if final is not None and (final.home < 0 or final.away < 0):
        return
    # Guessed sides are tried as unknowns first; where the score does not settle them the guess
    # stands.
    firm = [_side_of(g, guesses=False) for g in timed]
    for i in range(min(opened, len(firm)) if opened_by else 0):
        firm[i] = firm[i] or opened_by
    goal_cues = [_cues_of(g) for g in timed]
    inferred = infer_sides(firm, goal_cues, final)
    if inferred == firm:
        inferred = infer_sides([g.side for g in timed], goal_cues, final)
    for g, side in zip(timed, inferred):
        g.side = side or g.side


# "came from behind to beat", "rallied past", "fought back to win": the side that trailed first
_CAME_BACK = compile_pattern(r"[ \t]+(?:(?-i:[a-z]+)[ \t]+)?(?:came\s+from\s+behind|came\s+back|rallied|fought\s+back|recovered\s+from\s+(?:a|an|\w+)\s+(?:\w+\s+)?(?:goal\s+)?(?:deficit|down))\b", regex.I)


_TIE_TALK = compile_pattern(r"\blegs?\b|\baggregate\b", regex.I)


def _came_from_behind(ctx: Context) -> tuple[str | None, int]:
    """The side the opening sentences say came from behind to win this match, and how many
    goals it trailed by before it scored ("rallied from two goals down": the first two goals
    were the other side's)."""
    for sentence in ctx.sentences[:4]:
        if sentence.has(OTHER_MATCH) or sentence.has(_TIE_TALK):
            continue    # a tie's comeback is about the aggregate, not this match's first goal
        for ref in ctx.refs_in(sentence.start, sentence.end):
            came = _CAME_BACK.match(ctx.folded, ref.end)
            if came:
                deficit = _DEFICIT.search(ctx.folded, ref.end, min(sentence.end, came.end() + 30))
                return ref.role, _deficit_size(deficit) if deficit else 1
    return None, 0


# "from two goals down", "from 2-0 down", "a two-goal deficit", "from three down"
_DEFICIT = compile_pattern(r"\b(?:from\s+(?P<n>\w+)(?:[\s-]+goals?)?\s+down|from\s+(?P<a>\d)\s?-\s?0\s+down|(?P<n2>\w+)-goal\s+(?:deficit|hole))\b", regex.I)


def _deficit_size(m) -> int:
    if m.group("a"):
        return int(m.group("a"))
    word = (m.group("n") or m.group("n2")).lower()
    n = int(word) if word.isdigit() else cardinal_words().get(word, 1)
    return n if 1 <= n <= 4 else 1


_DIRECTIONS = frozenset(("level", "ahead", "behind", "double"))


def _cues_of(g: MergedGoal) -> set[str]:
    out: set[str] = set()
    for m in g.mentions:
        told = cues(m.clause)
        out |= told if told & _DIRECTIONS or not m.lead else told | cues(m.lead)
    if len(out & _DIRECTIONS) > 1:
        return {c for c in out if c.startswith("score:")}     # the tellings disagree: trust none
    return out


def _match_order(g: MergedGoal):
    return (g.total if g.total is not None else 10_000, g.order)


def _confidence(g: MergedGoal) -> float:
    """More tellings, a stated side and a stated minute make a goal surer; a side taken only
    from the sentence's subject team, or from running-score reasoning, less so."""
    c = 0.5 + 0.15 * min(len(g.mentions), 2)
    if any(m.rule == "goal-list" for m in g.mentions):
        c += 0.2
    if g.side is None:
        c -= 0.3
    elif _side_of(g, guesses=False) is None:
        c -= 0.15
    if g.minute is None:
        c -= 0.1
    return round(max(0.1, min(c, 1.0)), 2)


def _to_short_side(unknown: list[MergedGoal], have: dict, want: dict) -> None:
    short = [s for s in ("home", "away") if len(have[s]) < want[s]]
    if unknown and len(short) == 1:
        side = short[0]
        for g in sorted(unknown, key=lambda g: -len(g.mentions))[: want[side] - len(have[side])]:
            g.side = side
            have[side].append(g)


def _fit_to_score(merged: list[MergedGoal], score: Pair, warnings: list[str]) -> list[MergedGoal]:
    want = {"home": score.home, "away": score.away}
    have = {"home": [g for g in merged if g.side == "home"], "away": [g for g in merged if g.side == "away"]}
    unknown = [g for g in merged if g.side is None]
    if len(merged) > score.home + score.away:
        merged, unknown = _time_vague_twins(merged, unknown)
    # Unattributed goals go to the side that is short, when only one side is; a scorer plays for
    # one side, so his goal goes where his others went ("Shaw completed her hat-trick" after two
    # Manchester City goals of hers), which may leave one side short for the rest.
    _to_short_side(unknown, have, want)
    for g in unknown:
        if g.side is None and g.scorer and not g.flag("own_goal"):
            his = {o.side for o in merged if o is not g and o.scorer == g.scorer and o.side and not o.flag("own_goal")}
            if len(his) == 1 and len([o for o in merged if o.side in his]) < want[next(iter(his))]:
                g.side = next(iter(his))
                have[g.side].append(g)
    _to_short_side([g for g in unknown if g.side is None], have, want)
    kept: list[MergedGoal] = []
    for side in ("home", "away"):
        goals = have[side]
        if len(goals) > want[side]:
            goals = _fold_vague_twins(goals, want[side])
        if len(goals) > want[side]:
            goals = sorted(goals, key=lambda g: (-len(g.mentions), g.total is None, g.order))[: want[side]]
        elif len(goals) < want[side]:
            missing = want[side] - len(goals)
            warnings.append(f"{side} side: {missing} goal{'s' if missing > 1 else ''} of the stated score not found in the text")
        kept.extend(goals)
    unplaced = [g for g in unknown if g.side is None]
    if unplaced:
        who = ", ".join(sorted({g.scorer or "?" for g in unplaced}))
        # Whose goal it was is unknown: named here rather than listed as a goal of nobody's.
        warnings.append(f"{len(unplaced)} goal(s) by {who} could not be given to a side and are not in goals")
    return kept


def _time_vague_twins(merged: list[MergedGoal], unknown: list[MergedGoal]) -> tuple[list[MergedGoal], list[MergedGoal]]:
    """More goals than the score: "a first-half header from Van Dijk" (sided, vague) and "Van Dijk
    broke the deadlock in the 32nd minute" (exact, side unknown) are one goal told twice; the
    sided goal takes the exact minute. (_fold_vague_twins is the same within one side.)"""
    for g in [g for g in unknown if g.total is not None and not g.approximate]:
        twin = next((o for o in merged if o is not g and o.scorer == g.scorer and o.side and o.approximate), None)
        if twin is not None:
            twin.minute, twin.stoppage, twin.approximate = g.minute, g.stoppage, False
            twin.mentions.extend(g.mentions)
            unknown = [o for o in unknown if o is not g]
            merged = [o for o in merged if o is not g]
    return merged, unknown


def _fold_vague_twins(goals: list[MergedGoal], want: int) -> list[MergedGoal]:
    """Too many goals for a side: a vaguely timed goal ("a first-half header from Van Dijk ...
    after the break") of a scorer who also has an exactly timed one is that goal told again."""
    out = list(goals)
    for g in sorted(goals, key=lambda g: g.order):
        if len(out) <= want:
            break
        exact = [o for o in out if o is not g and o.scorer == g.scorer and o.total is not None and not o.approximate]
        if g.approximate and exact:
            target = min(exact, key=lambda o: abs(o.total - (g.total or 0)))
            target.mentions.extend(g.mentions)
            out.remove(g)
    return out


def arithmetic(result: Result) -> None:
    """First leg from aggregate and score, aggregate from first leg and score, or this match's
    score from the aggregate and the first leg."""
    if result.score is None and result.aggregate and result.first_leg:
        h = result.aggregate.home - result.first_leg.home
        a = result.aggregate.away - result.first_leg.away
        if h >= 0 and a >= 0:
            result.score, result.score_source = Pair(h, a), "aggregate"
    if result.score and result.aggregate and not result.first_leg:
        h = result.aggregate.home - result.score.home
        a = result.aggregate.away - result.score.away
        if h >= 0 and a >= 0:
            result.first_leg = Pair(h, a)
    elif result.score and result.first_leg and not result.aggregate:
        result.aggregate = Pair(result.score.home + result.first_leg.home, result.score.away + result.first_leg.away)


def winner_role(result: Result) -> str | None:
    if result.aggregate is not None:
        if result.aggregate.home != result.aggregate.away:
            return "home" if result.aggregate.home > result.aggregate.away else "away"
    if result.shootout is not None and result.shootout.home != result.shootout.away:
        return "home" if result.shootout.home > result.shootout.away else "away"
    if result.aggregate is not None:
        return result.winner_role
    if result.score is not None and result.score.home != result.score.away:
        return "home" if result.score.home > result.score.away else "away"
    return None


def evidence_for(ctx: Context, start: int, end: int, rule: str) -> Evidence:
    return Evidence(text=ctx.text[start:end], start=start, end=end, rule=rule)
