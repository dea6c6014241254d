"""Scorelines: "4-1", "2–0", "3-2 on penalties", "4-3 on aggregate", "(2-2 agg)", and what each
one is about, read from the words around it.

Kinds: `aggregate`, `shootout`, `first_leg`, `half_time`, `running` (a score during the match:
"made it 2-0", "led 3-0"), `other` (another match or a record), and `result` (this match's
final score, or a candidate for it).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from ..patterns import compile_pattern

# A scoreline "2-1", not a date, a range or "a 2-1 goal": shared by every reader of scores.
SCORELINE = compile_pattern(r"(?<![\d.,:/-])(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})(?![\d]|-\d|\s?(?:-\s?\d|year|yard|man|men|goal|point))")

_AGGREGATE_AFTER = compile_pattern(r"^\)?\s*(?:\w+\s+){0,2}?(?:on\s+aggregate|agg\b|aggregate|overall|over\s+the\s+two\s+legs|over\s+two\s+legs|in\s+the\s+tie\b(?![\s-]*break))", regex.I)
_AGGREGATE_BEFORE = compile_pattern(r"(?:aggregate(?:\s+(?:score|lead|win|victory|scoreline|deficit))?(?:\s+of)?|agg\.?|\(agg|overall)\s*\(?$", regex.I)
_SHOOTOUT_AFTER = compile_pattern(r"^\)?\s*(?:\w+\s+){0,2}?(?:on\s+(?:penalties|pens|spot[\s-]?kicks|kicks\s+from\s+the\s+penalty\s+mark)|in\s+(?:the\s+|a\s+)?(?:penalty\s+)?shoot[\s-]?out|(?:penalty\s+)?shoot[\s-]?out|pens?\b|penalty\s+shoot|in\s+the\s+tie[\s-]?breaker)", regex.I)
_SHOOTOUT_BEFORE = compile_pattern(r"(?:shoot[\s-]?out|penalties|spot[\s-]?kicks),?(?:\s+\w+){0,3}\s+$", regex.I)
_STAT_AFTER = compile_pattern(r"^\s*(?:\w+\s+){0,3}?(?:attempts|shots|corners|on\s+target|in\s+terms\s+of|possession|fouls|chances)\b", regex.I)
# "outshot the visitors 18-9", "Shots: 14-6": a count, not a score
_STAT_BEFORE = compile_pattern(r"(?:\bout-?sho(?:t|ot\w*)\b(?:\s+[\w'-]+){0,3}|\b(?:shots|corners|attempts|fouls)(?:\s*:|\s+(?:were|was|read|ended|finished))?)\s*$", regex.I)
_DRAW_AFTER = compile_pattern(r"^\s*(?:\w+\s+)?(?:draw|stalemate)\b(?!\s+(?:on|in)\s+aggregate)", regex.I)
_RESULT_VERB = compile_pattern(r"\b(?:beat|beats|beating|defeat(?:ed|ing|s)?|won|win|wins|winning|edged|thrashed|overcame|drew|draw|lost|lose)\b", regex.I)
_FIRST_LEG = compile_pattern(r"first[\s-]+leg|first[\s-]+meeting|reverse\s+fixture|in\s+the\s+(?:opening|first)\s+leg", regex.I)
_HALF_TIME = compile_pattern(r"(?:^|\W)(?:at\s+)?(?:half[\s-]*time|the\s+break|the\s+interval|HT)\W*$|^\s*(?:at\s+)?(?:half[\s-]*time|the\s+break|the\s+interval)(?!\w)", regex.I)
_RUNNING_BEFORE = compile_pattern(
    r"\b(?:made\s+it|make\s+it|making\s+it|to\s+make\s+it|led|leading|lead|up|ahead|trailing|trailed|down|level\s+at|"
    r"(?:the\s+)?score\s+(?:was|stood\s+at)|went|go|going|pulled\s+it\s+back\s+to|reduced\s+the\s+deficit\s+to|cut\s+the\s+deficit\s+to|it\s+was|at|"
    r"restored\s+(?:the|their|his)\s+\w*\s*lead|extended|doubled|stretched)\s+(?:the\s+(?:score|lead|advantage)\s+to\s+)?(?:a\s+)?$",
    regex.I,
)
_RUNNING_AFTER = compile_pattern(r"^\s*(?:lead|advantage|up|down|deficit|at\s+the\s+break|at\s+half[\s-]*time|at\s+the\s+interval|heading\s+into|going\s+into|before|when|with\s+\d)", regex.I)
_RESULT_CUES = compile_pattern(
    r"\b(?:win|won|wins|winning|victory|victories|beat|beats|beating|defeat|defeated|defeats|lost|lose|loses|loss|"
    r"draw|drew|drawn|thrash\w*|hammer\w*|thump\w*|rout\w*|crush\w*|edge\w*|trounc\w*|stun\w*|triumph\w*|"
    r"ended|finished|final\s+score|full[\s-]*time|result|scoreline|stalemate)\b",
    regex.I,
)
# "a 1-0 lead in their best-of-three series": a playoff series, not a match
_SERIES_AFTER = compile_pattern(r"^\s*(?:\w+\s+){0,2}?(?:lead\s+)?in\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,4}?series\b", regex.I)
_OTHER = compile_pattern(r"\b(?:elsewhere|meanwhile|earlier|previous|had\s+met|previously\s+met|met\s+in|faced\s+each\s+other|each\s+other\s+in|last\s+(?:season|year|time|meeting)|in\s+\d{4}|since\s+\d{4}|record|history|biggest|heaviest|also\s+beat|had\s+beaten|who\s+were\s+beaten)\b", regex.I)


@dataclass(frozen=True)
class Scoreline:
    start: int
    end: int
    a: int
    b: int
    kind: str


# No sentence of a report states more scorelines than this ("2-1 ... 3-1 (agg 4-2), 5-4 on
# penalties"); a text with thousands in a row is a table or junk, and reading them all is slow.
MAX_PER_SENTENCE = 12


def find_scorelines(sentence: str, offset: int = 0) -> list[Scoreline]:
    """Scorelines in one sentence (folded text), classified by their context."""
    out = []
    for m in SCORELINE.finditer(sentence):
        if len(out) == MAX_PER_SENTENCE:
            break
        before = sentence[max(0, m.start() - 60):m.start()]
        after = sentence[m.end():m.end() + 50]
        out.append(Scoreline(offset + m.start(), offset + m.end(), int(m.group("a")), int(m.group("b")),
                             _classify(sentence, before, after)))
    return out


def _classify(sentence: str, before: str, after: str) -> str:
    if _STAT_AFTER.search(after) or _STAT_BEFORE.search(before[-40:]) or _SERIES_AFTER.search(after):
        return "other"
    if _AGGREGATE_AFTER.search(after) or _AGGREGATE_BEFORE.search(before):
        return "aggregate"
    leg = _FIRST_LEG.search(before[-45:])
    if (leg and not _RESULT_VERB.search(before[-45:], leg.end())) or _FIRST_LEG.search(after[:30]):
        # (not "overturned a first-leg deficit to beat Atletico 2-0": this match's result)
        return "first_leg"
    if _DRAW_AFTER.search(after):
        return "result"
    if _SHOOTOUT_AFTER.search(after) or _SHOOTOUT_BEFORE.search(before[-40:]):
        return "shootout"
    if _HALF_TIME.search(before[-25:]) or _HALF_TIME.search(after[:25]):
        return "half_time"
    if _RUNNING_BEFORE.search(before[-40:]) or _RUNNING_AFTER.search(after):
        return "running"
    if _OTHER.search(before[-60:]) or _OTHER.search(after[:30]):
        return "other"
    return "result"


def has_result_cue(text: str) -> bool:
    return bool(_RESULT_CUES.search(text))
