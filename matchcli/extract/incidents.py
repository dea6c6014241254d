"""Incidents that are not goals: penalties missed (saved, wide, woodwork), VAR reviews, and
shots that hit the post or bar. Shootout kicks are not missed penalties."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..models import MissedPenalty, PenaltyOutcome, VarReview, Woodwork
from .context import Context, clauses
from .lexicon import PhraseMatcher, alternation, load

_SHOOTOUT = regex.compile(r"shoot[\s-]?out|on\s+penalties|spot[\s-]?kicks\b|sudden\s+death", regex.I)
_KEEPER_VERBS = regex.compile(r"\b(?:saved|saves|denied|denies|kept\s+out|stopped|parried|blocked|palmed|tipped|repelled)\b", regex.I)


@lru_cache(maxsize=None)
def _patterns() -> dict[str, regex.Pattern]:
    ev = load("events")
    out = {f"pen_{k}": PhraseMatcher(v) for k, v in ev["missed_penalty"].items()}
    out["penalty"] = PhraseMatcher(ev["penalty"])
    out["woodwork"] = PhraseMatcher(ev["woodwork"])
    out["var"] = regex.compile(alternation(ev["var"]))
    out["var_decisions"] = {k: PhraseMatcher(v) for k, v in ev["var_decisions"].items()}
    return out


def _minute(ctx: Context, sentence, c_start: int, c_end: int, pos: int):
    pool = [m for m in ctx.minutes_in(c_start, c_end) if m.minute is not None] or \
           [m for m in ctx.minutes_in(sentence.start, sentence.end) if m.minute is not None]
    mention = min(pool, key=lambda m: abs(m.start - pos), default=None)
    return ctx.minute_fields(mention, sentence.text)


def find_missed_penalties(ctx: Context) -> list[MissedPenalty]:
    pats = _patterns()
    out: list[MissedPenalty] = []
    seen: set[str] = set()
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end or _SHOOTOUT.search(sentence.text):
            continue
        for c_start, c_end in clauses(sentence):
            clause = ctx.folded[c_start:c_end]
            pen = pats["penalty"].search(clause)
            if not pen:
                continue
            outcome = next((o for o in ("woodwork", "saved", "missed") if pats[f"pen_{o}"].search(clause)), None)
            if outcome is None:
                continue
            names = ctx.names_in(c_start, c_end)
            kicker = None
            for n in names:   # "X's penalty", "a penalty from X"
                if regex.match(r"'s?\s+(?:\S+\s+)?(?:penalty|spot[\s-]?kick)", ctx.folded[n.end:n.end + 30], regex.I) or \
                        regex.search(r"(?:penalty|spot[\s-]?kick)\s+(?:from|by)\s+$", ctx.folded[max(c_start, n.start - 25):n.start], regex.I):
                    kicker = n
                    break
            if kicker is None and names:
                keeper_verb = _KEEPER_VERBS.search(clause)
                if keeper_verb and names[0].start < c_start + keeper_verb.start():
                    later = [n for n in names if n.start > c_start + keeper_verb.start()]
                    kicker = later[0] if later else None
                else:
                    kicker = names[0]
            player = ctx.roster.name(kicker.surface) if kicker else None
            if player in seen:
                continue
            seen.add(player)
            minute, stoppage, approx = _minute(ctx, sentence, c_start, c_end, c_start + pen.start())
            side = ctx.roster.side(kicker.surface) if kicker else None
            out.append(MissedPenalty(player=player, team=ctx.team_name(side), outcome=PenaltyOutcome(outcome),
                                     minute=minute, stoppage=stoppage, approximate=approx,
                                     evidence=ctx.evidence(sentence, f"penalty-{outcome}")))
    return out


def find_woodwork(ctx: Context) -> list[Woodwork]:
    pats = _patterns()
    out: list[Woodwork] = []
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end or _SHOOTOUT.search(sentence.text):
            continue
        for c_start, c_end in clauses(sentence):
            clause = ctx.folded[c_start:c_end]
            hit = pats["woodwork"].search(clause)
            if not hit or pats["penalty"].search(clause):
                continue
            names = [n for n in ctx.names_in(c_start, c_end) if n.end <= c_start + hit.start()]
            player = names[-1] if names else ctx.last_name_before(c_start, floor=sentence.start)
            minute, stoppage, approx = _minute(ctx, sentence, c_start, c_end, c_start + hit.start())
            side = ctx.roster.side(player.surface) if player else None
            out.append(Woodwork(player=ctx.roster.name(player.surface) if player else None, team=ctx.team_name(side),
                                minute=minute, stoppage=stoppage, approximate=approx,
                                evidence=ctx.evidence(sentence, "woodwork")))
    return out


def find_var_reviews(ctx: Context) -> list[VarReview]:
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
        out.append(VarReview(team=ctx.team_name(refs[0].role) if refs else None, decision=decision,
                             minute=minute, stoppage=stoppage, approximate=approx,
                             evidence=ctx.evidence(sentence, "var")))
    return out
