"""What a sentence telling no goal leaves for the next one: "United doubled their lead after 57
minutes." has a side and a time but no scorer; "... for Ronaldo, who reacted first to score" in
the next sentence has the scorer. The carry is read here; goals.py hands it on."""
from __future__ import annotations

from typing import NamedTuple

import regex

from ..patterns import compile_pattern
from .context import Context
from .cues import cued
from .minutes import MinuteMention
from .text import Sentence

# A score state told of a side: "the hosts were level", "ahead", "hit back", "it took Newcastle
# until the 88th minute to find the goal"
SCORE_STATE = cued(compile_pattern(r"\b(?:level|all\s+square|in\s+front|ahead|the\s+lead|equali[sz]\w*|on\s+terms|parity|answered|responded|hit\s+back|broke\s+through|breakthrough|back\s+in\s+(?:the\s+)?(?:tie|game|match|contest|it)|(?:find|found|finding)\s+(?:the|a|their|its)\s+(?:goal|net|winner|equali[sz]er)|erupted|(?:turnaround|comeback|fightback)\s+was\s+complete)\b", regex.I),
                   "level", "square", "front", "ahead", "lead", "equali", "terms", "parity", "answered", "responded",
                   "back", "through", "find", "found", "erupted", "complete")


_COUNTERFACTUAL = compile_pattern(r"\b(?:should|could|would|might)\s+have\b|\b(?:almost|nearly)\b", regex.I)


class Unclaimed(NamedTuple):
    """A goal a sentence told without its scorer, for the next sentence's scorer to claim."""
    paragraph: int
    minute: MinuteMention | None
    side: str | None
    scored: bool        # the side was told scoring ("United doubled their lead"), not just level
    penalty_only: bool = False  # "France were awarded a penalty": the side of the kick that follows
    lead: str = ""      # "The equaliser, just after the hour, was the best move": what the goal did


# A side told scoring: "Ajax took the lead", "United doubled their lead", "the hosts levelled",
# "Ayr made the better start and went ahead", "Croatia had looked comfortable for much of the
# first half and went ahead"
TEAM_SCORED = compile_pattern(
    r"\s+(?:(?-i:[a-z][\w'-]*)\s+(?:(?-i:[a-z][\w'-]*)\s+){0,10}?and\s+|who\s+)?(?:(?:then|finally|eventually|soon|quickly|deservedly|duly)\s+)?(?:took\s+(?:the|a|an\s+early)\s+lead|went\s+(?:\w+\s+)?(?:ahead|in\s+front)"
    r"|(?:doubled|extended|restored|stretched)\s+(?:the|their|its)\s+(?:\w+\s+)?(?:lead|advantage)|levell?ed|equali[sz]ed|drew\s+level"
    r"|pulled\s+(?:one|a\s+goal)\s+back|opened\s+the\s+scoring|scored|hit\s+back|struck\s+(?:first|again|back)"
    r"|(?:regained|retook|reclaimed)\s+(?:the|their)\s+lead|went\s+back\s+(?:ahead|in\s+front)|responded|replied|answered)\b",
    regex.I,
)


# A move told up to the moment before the finish: "... five minutes before the break and Gakpo
# was away."
_BUILD_UP = compile_pattern(r"\b(?:was|were)\s+(?:away|through|clear|in\s+on\s+goal)\b|\b(?:raced|broke|burst|ran)\s+(?:clear|through)\b", regex.I)
_CHANGED_STATE = compile_pattern(r"\b(?:were|was)\s+(?:\w+\s+)?(?:level|ahead|in\s+front|back\s+in\s+(?:front|the\s+(?:tie|game|match|contest)|it))\b", regex.I)
_TEAM_GOAL_CAME = compile_pattern(r"'s?\s+(?:[\w-]+\s+)?(?:reply|response|opener|opening\s+goal|equali[sz]er|leveller|winner|second|third|fourth|fifth"
                                  r"|consolation|breakthrough|goal)\s+(?:came|arrived|followed)\b", regex.I)
_TEAM_AWARDED = compile_pattern(
    r"\s+(?:(?:was|were)\s+(?:then\s+|later\s+)?(?:awarded|given|handed)|won|earned)\s+(?:a|an|another|their\s+second)\s+(?:\w+\s+)?(?:penalty|spot-kick)\b",
    regex.I)


def unclaimed(ctx: Context, sentence: Sentence) -> Unclaimed | None:
    """What a sentence telling no goal leaves for the next one: the minute it ends on or a score
    state it tells ("...goalless until the 68th minute.", "the hosts were level"), and the side
    it told scoring."""
    if _COUNTERFACTUAL.search(sentence.text):
        return None     # "West Ham should have gone back in front before the break": nothing happened
    told = [m for m in ctx.minutes_in(sentence.start, sentence.end) if (m.minute is not None or m.relative is not None) and not m.bare]
    last_told = told[-1] if told else None
    refs = ctx.refs_in(sentence.start, sentence.end)
    scored = next((r for r in refs if TEAM_SCORED.match(ctx.folded, r.end)), None)
    if scored is not None:
        return Unclaimed(sentence.paragraph, last_told, scored.role, True)
    owned = next((r for r in refs if _TEAM_GOAL_CAME.match(ctx.folded, r.end)), None)
    if owned is not None:
        # "Brighton's reply came two minutes into first-half stoppage time."
        return Unclaimed(sentence.paragraph, last_told, owned.role, True, lead=ctx.folded[owned.start:sentence.end])
    awarded = next((r for r in refs if _TEAM_AWARDED.match(ctx.folded, r.end)), None)
    if awarded is not None:
        return Unclaimed(sentence.paragraph, last_told, awarded.role, True, penalty_only=True)
    state = SCORE_STATE.search(sentence.text)
    lead = GOAL_NOUN_OPENING.match(sentence.text)
    if last_told is not None and (sentence.end - last_told.end <= 3 or state or lead or _BUILD_UP.search(sentence.text, last_told.end - sentence.start)):
        side = refs[0].role if state and refs and not SCORE_STATE.search(sentence.text, 0, refs[0].start - sentence.start) else None
        # "La Dea were level again in the 67th minute.": a side whose state changed at a told
        # time has just scored
        return Unclaimed(sentence.paragraph, last_told, side, side is not None and bool(_CHANGED_STATE.search(sentence.text)),
                         lead=lead.group() if lead else "")
    if lead:
        return Unclaimed(sentence.paragraph, None, None, False, lead=lead.group())
    return None


# A sentence about a goal it names by what it did: "The equaliser, just after the hour, was the
# best move of the match.", "The opener came from ..."
GOAL_NOUN_OPENING = compile_pattern(
    r"(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:opener|opening\s+goal|equali[sz]er|leveller|winner|winning\s+goal|decider|consolation)\b", regex.I)
