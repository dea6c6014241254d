"""Incidents that are not goals: penalties missed (saved, wide, woodwork), VAR reviews, and
shots that hit the post or bar. Shootout kicks are not missed penalties."""
from __future__ import annotations

from functools import lru_cache

import regex
from ..patterns import compile_pattern

from ..facts import Card, Goal, MissedPenalty, PenaltyOutcome, VarReview, Woodwork
from .context import Context
from .cues import cued
from .lexicon import PhraseMatcher, alternation, load

# Shootout talk: "saved two penalties" is a shootout too, a missed penalty in play is one kick.
_SHOOTOUT = cued(compile_pattern(r"shoot[\s-]?out|on\s+penalties|spot[\s-]?kicks\b|sudden\s+death|"
                               r"\b(?:two|three|four|\d)\s+(?:penalties|spot[\s-]?kicks)", regex.I), "shoot", "penalties", "spot", "sudden")
_KEEPER_VERBS = compile_pattern(r"\b(?:saved|saves|denied|denies|kept\s+out|stopped|parried|blocked|palmed|tipped|repelled)\b", regex.I)


@lru_cache(maxsize=None)
def _patterns() -> dict[str, regex.Pattern]:
    ev = load("events")
    out = {f"pen_{k}": PhraseMatcher(v) for k, v in ev["missed_penalty"].items()}
    out["penalty"] = PhraseMatcher(ev["penalty"])
    out["woodwork"] = PhraseMatcher(ev["woodwork"])
    out["var"] = compile_pattern(alternation(ev["var"]))
    out["var_decisions"] = {k: PhraseMatcher(v) for k, v in ev["var_decisions"].items()}
    return out


def _minute(ctx: Context, sentence, c_start: int, c_end: int, pos: int):
    pool = [m for m in ctx.minutes_in(c_start, c_end) if m.minute is not None] or \
           [m for m in ctx.minutes_in(sentence.start, sentence.end) if m.minute is not None]
    mention = min(pool, key=lambda m: abs(m.start - pos), default=None)
    return ctx.minute_fields(mention, sentence.text)


def _one_side(ctx: Context, start: int, end: int) -> str | None:
    """The side a sentence is about up to the incident, when it names only one ("BVB went close,
    but Beier hit the post"); None when it names both or neither."""
    roles = {r.role for r in ctx.refs_in(start, end)}
    return roles.pop() if len(roles) == 1 else None


def find_missed_penalties(ctx: Context) -> list[MissedPenalty]:
    pats = _patterns()
    out: list[MissedPenalty] = []
    seen: set[str] = set()
    shootout_paragraph = None
    for sentence in ctx.sentences:
        if sentence.has(_SHOOTOUT):
            shootout_paragraph = sentence.paragraph     # its kicks are told in the next sentences
            continue
        if sentence.start >= ctx.events_end or sentence.paragraph == shootout_paragraph:
            continue
        if not pats["penalty"].search(sentence.text):
            continue    # nor does any clause name one: a clause's words are the sentence's
        for c_start, c_end in ctx.clauses(sentence):
            clause = ctx.folded[c_start:c_end]
            pen = pats["penalty"].search(clause)
            if not pen:
                continue
            outcome = next((o for o in ("woodwork", "saved", "missed") if pats[f"pen_{o}"].search(clause)), None)
            if outcome is None:
                continue
            kicker, keeper = _kicker_and_keeper(ctx, c_start, c_end, c_start + pen.start())
            player = ctx.roster.name(kicker.surface) if kicker else None
            if player in seen:
                continue
            seen.add(player)
            minute, stoppage, approx = _minute(ctx, sentence, c_start, c_end, c_start + pen.start())
            side = _kicker_side(ctx, kicker, keeper)
            out.append(MissedPenalty(player=player, team=ctx.team_name(side), outcome=PenaltyOutcome(outcome),
                                     minute=minute, stoppage=stoppage, approximate=approx,
                                     evidence=ctx.evidence(sentence, f"penalty-{outcome}")))
    # A headline about the save ("Oblak penalty save sets up victory") and the body's account of
    # the same kick: the one that names the kicker stands.
    told = {m.outcome for m in out if m.player}
    return [m for m in out if m.player or m.outcome not in told]


# "X's penalty", "a penalty from X", "a X penalty"
_KICKER_AFTER = compile_pattern(r"'s?\s+(?:\S+\s+)?(?:penalty|spot[\s-]?kick)", regex.I)
_KICKER_BEFORE = compile_pattern(r"(?:(?:penalty|spot[\s-]?kick)\s+(?:from|by)\s+|\ba\s+)$", regex.I)
# "Szczesny's second penalty save", "Oblak penalty save": the name is the goalkeeper's
_KEEPER_AFTER = compile_pattern(r"(?:'s?)?\s+(?:\S+\s+){0,5}?(?:penalty|spot[\s-]?kick)\s+saves?\b", regex.I)
# "a penalty saved", "his spot-kick was saved": a passive save leaves the subject the kicker
_PASSIVE_SAVE = compile_pattern(r"(?:penalty|spot[\s-]?kick|effort|kick)\s+(?:was\s+|being\s+)?(?:saved|kept\s+out|stopped|parried|blocked|denied)\b", regex.I)


def _kicker_and_keeper(ctx: Context, c_start: int, c_end: int, pen: int):
    """Who took the missed penalty and who saved it, from one clause (either may be None)."""
    clause = ctx.folded[c_start:c_end]
    names = ctx.names_in(c_start, c_end)
    keeper = next((n for n in names if _KEEPER_AFTER.match(ctx.folded, n.end, c_end)), None)
    names = [n for n in names if n is not keeper]
    keeper_verb = _KEEPER_VERBS.search(clause)
    saved_by_subject = keeper_verb and not _PASSIVE_SAVE.search(clause)
    if saved_by_subject and keeper is None:
        before = [n for n in names if n.start < c_start + keeper_verb.start()]
        keeper = before[-1] if before else None
        names = [n for n in names if n is not keeper]
    for n in names:
        if _KICKER_AFTER.match(ctx.folded, n.end, min(c_end, n.end + 30)) or \
                _KICKER_BEFORE.search(ctx.folded, max(c_start, n.start - 25), n.start) and n.start > pen - 40:
            return n, keeper
    if saved_by_subject and keeper is not None:
        # "Bounou saved from Morata": the subject saved, the kicker is named close after
        verb_at = c_start + keeper_verb.start()
        after = [n for n in names if verb_at < n.start < verb_at + 60]
        return (after[0] if after else None), keeper
    # "Callejon pulled one back and Napoli's Insigne missed a late penalty": nearest before it
    before_pen = [n for n in names if n.end <= pen]
    return (before_pen[-1] if before_pen else None), keeper


def _kicker_side(ctx: Context, kicker, keeper) -> str | None:
    """The kicker's side, else the side facing the goalkeeper who saved it."""
    side = ctx.roster.side(kicker.surface) if kicker else None
    if side is None and keeper is not None:
        keeper_side = ctx.roster.side(keeper.surface)
        side = {"home": "away", "away": "home"}.get(keeper_side)
    return side


def find_woodwork(ctx: Context) -> list[Woodwork]:
    pats = _patterns()
    out: list[Woodwork] = []
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end or sentence.has(_SHOOTOUT) or not pats["woodwork"].search(sentence.text):
            continue    # (no clause names the woodwork where the sentence does not)
        for c_start, c_end in ctx.clauses(sentence):
            clause = ctx.folded[c_start:c_end]
            hit = pats["woodwork"].search(clause)
            if not hit or pats["penalty"].search(clause) or clause[max(0, hit.start() - 3):hit.start()].lower() == "in ":
                continue    # ("in off the bar" went in)
            names = [n for n in ctx.names_in(c_start, c_end) if n.end <= c_start + hit.start()]
            player = names[-1] if names else ctx.last_name_before(c_start, floor=sentence.start)
            minute, stoppage, approx = _minute(ctx, sentence, c_start, c_end, c_start + hit.start())
            side = (ctx.roster.side(player.surface) if player else None) or _one_side(ctx, sentence.start, c_start + hit.start())
            out.append(Woodwork(player=ctx.roster.name(player.surface) if player else None, team=ctx.team_name(side),
                                minute=minute, stoppage=stoppage, approximate=approx,
                                evidence=ctx.evidence(sentence, "woodwork")))
    return out


# Whose event a decision was about, when the sentence names no team: the penalty or goal given
# goes with the goal told beside it, a red card with the card.
_DECISION_EVENT = {"penalty awarded": "goal", "goal given": "goal", "red card": "card"}


def _side_from_events(decision: str, sentence, goals: list[Goal], cards: list[Card]) -> str | None:
    """The one team among the goals (penalties, for a penalty awarded) or cards whose player the
    sentence names; None when it names none or players of both sides."""
    kind = _DECISION_EVENT.get(decision)
    if kind == "goal":
        events = [g for g in goals if g.penalty or decision != "penalty awarded"]
    else:
        events = cards if kind == "card" else []
    teams = {e.team for e in events if e.team and e.player and _names(sentence.text, e.player)}
    return teams.pop() if len(teams) == 1 else None


def _names(text: str, player: str) -> bool:
    return regex.search(rf"(?<!\w){regex.escape(player.split()[-1])}(?!\w)", text) is not None


def find_var_reviews(ctx: Context, goals: list[Goal] = (), cards: list[Card] = ()) -> list[VarReview]:
    pats = _patterns()
    out: list[VarReview] = []
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end:
            continue
        var = pats["var"].search(sentence.text)
        if not var:
            continue
        decision = next((name for name, p in pats["var_decisions"].items() if p.search(sentence.text)), "reviewed")
        refs = ctx.refs_in(sentence.start, sentence.end)
        minute, stoppage, approx = _minute(ctx, sentence, sentence.start, sentence.end, sentence.start + var.start())
        twin = next((v for v in out if v.decision == decision and (v.minute is None or minute is None or v.minute == minute)), None)
        if twin is not None:    # a standfirst and the body telling one review
            if twin.minute is None and minute is not None:
                twin.minute, twin.stoppage, twin.approximate = minute, stoppage, approx
            continue
        team = ctx.team_name(refs[0].role) if refs else _side_from_events(decision, sentence, goals, cards)
        out.append(VarReview(team=team, decision=decision,
                             minute=minute, stoppage=stoppage, approximate=approx,
                             evidence=ctx.evidence(sentence, "var")))
    return out
