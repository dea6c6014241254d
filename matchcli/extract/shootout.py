"""A shootout score told without its sides ("a 3-0 shootout triumph") oriented by who missed:
the kicks the text says were missed or saved, by players whose side is known by then."""
from __future__ import annotations

import regex

from ..patterns import compile_pattern
from .context import Context
from .result import Pair, Result

# "Gazdag haplessly missed", "saw his kick saved", "saves from Martinez and Wagner",
# "Tchouameni fired wide", "hit the post with his kick"
_MISSED_AFTER = compile_pattern(
    r"\s+(?:\w+ly\s+)?(?:missed|skied|blazed|fired\s+(?:wide|over)|shot\s+(?:wide|over)|dragged\s+(?:it\s+)?wide|"
    r"hit\s+the\s+(?:post|bar|crossbar)|struck\s+the\s+(?:post|bar|crossbar)|saw\s+(?:his|her)\s+(?:\w+\s+)?(?:kick|effort|penalty|spot-kick)\s+saved)\b",
    regex.I)
_SAVED_FROM_BEFORE = compile_pattern(r"\b(?:saves?|saved|denied|kept\s+out|stopped)\s+(?:from\s+)?(?:\w+\s+){0,2}$", regex.I)
_LIST_GAP = compile_pattern(r"\s*(?:,|and|&)\s*")
_SHOOTOUT_TALK = compile_pattern(r"shoot[\s-]?out|penalt(?:y|ies)|spot[\s-]?kicks?|kicks?\b", regex.I)


def orient_shootout(ctx: Context, result: Result) -> None:
    """Give `result` its shootout when only the numbers were told and every shootout miss whose
    taker's side is known was that side's (the loser's)."""
    if result.shootout is not None or result.unoriented_shootout is None:
        return
    losers = {side for side in _missers_sides(ctx) if side}
    if len(losers) != 1:
        return      # nobody's misses told, or both sides': the numbers stay unoriented
    won, lost = result.unoriented_shootout
    loser = losers.pop()
    result.shootout = Pair(lost, won) if loser == "home" else Pair(won, lost)


def _missers_sides(ctx: Context) -> list[str | None]:
    sides = []
    missers: list = []
    for sentence in ctx.sentences:
        if not sentence.has(_SHOOTOUT_TALK):
            continue
        names = ctx.names_in(sentence.start, sentence.end)
        for i, n in enumerate(names):
            saved_from = _SAVED_FROM_BEFORE.search(ctx.folded, max(sentence.start, n.start - 30), n.start)
            # "pulling off saves from Jose Martinez and Kai Wagner": every name of the list
            listed = i > 0 and _LIST_GAP.fullmatch(ctx.folded, names[i - 1].end, n.start) and names[i - 1] in missers
            if _MISSED_AFTER.match(ctx.folded, n.end) or saved_from or listed:
                sides.append(ctx.roster.side(n.surface))
                missers.append(n)
    return sides
