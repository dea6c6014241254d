"""When substitutes came on, so that "four minutes after coming on" has a time: from line-ups
("Mellish (Ogundipe 70)"), BBC rows ("Substituted for Ogundipe at 70' minutes") and prose
("Ogundipe ... replaced Sam Mellish on 70 minutes", "X was replaced by Y in the 70th minute")."""
from __future__ import annotations

import regex

from ..patterns import compile_pattern
from .context import Context

# "(Ogundipe 70)", "(Ogundipe, 70)", "(Ogundipe 70')"
_BRACKETED = compile_pattern(r"\((?P<name>\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2}),?\s(?P<m>\d{1,3})'?\)")
# "Substituted for Ogundipe at 70' minutes"
_ROW = compile_pattern(r"Substituted\s+for\s+(?P<name>\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2})\s+at\s+(?P<m>\d{1,3})'?", regex.I)
# "... replaced Sam Mellish on 70 minutes", "came on for X in the 70th minute": the subject came on
_CAME_ON = compile_pattern(r"\s(?:replaced|came\s+on\s+for|was\s+sent\s+on\s+for|took\s+over\s+from)\s", regex.I)
_REPLACED_BY = compile_pattern(r"\s+was\s+replaced\s+by\s+", regex.I)


def substitution_minutes(ctx: Context) -> dict[str, int]:
    """Canonical player name -> the minute he or she came on, where the text tells it."""
    cached = ctx.cache.get("substitutions")
    if cached is not None:
        return cached
    found: dict[str, int] = {}
    for pattern in (_BRACKETED, _ROW):
        for m in pattern.finditer(ctx.folded):
            minute = int(m.group("m"))
            if 1 <= minute <= 120:
                found.setdefault(ctx.roster.name(m.group("name")), minute)
    for sentence in ctx.sentences:
        if "replace" not in sentence.text and "came on" not in sentence.text and "sent on" not in sentence.text:
            continue
        told = [t for t in ctx.minutes_in(sentence.start, sentence.end) if t.minute is not None and not t.approximate]
        if len(told) != 1:
            continue
        for n in ctx.names_in(sentence.start, sentence.end):
            came_on = _CAME_ON.match(ctx.folded, n.end) or _ASIDE_THEN_CAME_ON.match(ctx.folded, n.end)
            by = _REPLACED_BY.search(ctx.folded, max(sentence.start, n.start - 20), n.start)
            if came_on or by:
                found.setdefault(ctx.roster.name(n.surface), told[0].minute)
    ctx.cache["substitutions"] = found
    return found


# "Ogundipe, a January signing from Barnsley, replaced Sam Mellish on 70 minutes"
_ASIDE_THEN_CAME_ON = compile_pattern(r",[^,]{1,60},\s+(?:replaced|came\s+on\s+for)\s", regex.I)
