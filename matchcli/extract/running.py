"""Running-score reasoning: which side scored a goal the text does not attribute, from how the
goal changed the score ("levelled", "put them ahead", "pulled one back", "to make it 2-2") and
the final score. Every assignment of the unknown goals is tried; one that alone fits all cues
(or a side every fitting assignment agrees on) is taken.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product

import regex
from ..patterns import compile_pattern

from .result import Pair

MAX_UNKNOWN = 10

_LEVEL = compile_pattern(r"equali[sz]|\blevel|on\s+terms|parity|(?:tie[ds]?|tying)\s+(?:the\s+(?:game|match|score)|it\b|things\s+up)|cancel+ed\s+out", regex.I)
_AHEAD = compile_pattern(r"\b(?:ahead|in\s+front|the\s+lead|into\s+the\s+lead|opened\s+the\s+scoring|broke\s+the\s+deadlock|opener|winner|winning\s+goal|decisive|tie-?\s*breaking|go-?ahead|won\s+it|win\s+it|settled\s+it|sealed\s+it)\b", regex.I)
_COMEBACK = compile_pattern(r"\bcomplet\w*\s+(?:the|a|their)\s+(?:comeback|fightback|turnaround)", regex.I)
_BEHIND = compile_pattern(r"pull\w*\s+(?:one|a\s+goal)\s+back|(?:reduc|halv|cut)\w*\s+the\s+(?:deficit|arrears)|consolation", regex.I)
_DOUBLE = compile_pattern(r"\b(?:doubl\w*|extend\w*|stretch\w*)\s+(?:the|their|his|her|its)\s+(?:\w+\s+)?(?:lead|advantage)", regex.I)
# "went back in front", "restored their lead", "ahead again": the side that led before
_RESTORE = compile_pattern(r"\bback\s+(?:in\s+front|ahead|into\s+the\s+lead)|\b(?:restor|regain|retook|retak|reclaim)\w*\s+(?:the|their|its|his|her)\s+(?:\w+\s+)?(?:lead|advantage)|\b(?:ahead|in\s+front)\s+again", regex.I)
_MAKE_IT = compile_pattern(r"(?:made|make|making|makes)\s+it\s+(\d{1,2})\s?-\s?(\d{1,2})", regex.I)
_AGGREGATE = compile_pattern(r"\b(?:the\s+tie(?![\s-]*break)|aggregate)\b", regex.I)


# Every telling in a clause asks about the same clause; a long clause full of tellings would
# otherwise be searched once per telling.
@lru_cache(maxsize=256)
def cues(clause: str) -> frozenset[str]:
    """
    >>> sorted(cues("Wirtz levelled nine minutes later"))
    ['level']
    >>> sorted(cues("Tah edged the hosts ahead with a header"))
    ['ahead']
    """
    found: set[str] = set()
    if _AGGREGATE.search(clause):
        return frozenset(found)         # "levelled the tie" is about the aggregate, not this score
    if _BEHIND.search(clause):
        found.add("behind")
    elif _LEVEL.search(clause) or _COMEBACK.search(clause):
        found.add("level")
    elif _DOUBLE.search(clause):
        found.add("double")
    elif _AHEAD.search(clause):
        found.add("ahead")
    if "ahead" in found and _RESTORE.search(clause):
        found.add("restore")
    m = _MAKE_IT.search(clause)
    if m:
        found.add(f"score:{min(int(m.group(1)), int(m.group(2)))}-{max(int(m.group(1)), int(m.group(2)))}")
    return frozenset(found)


def infer_sides(sides: list[str | None], goal_cues: list[set[str]], final: Pair | None) -> list[str | None]:
    """Sides for goals in match order; unknown ones filled where the cues settle them. When
    fewer goals were found than the final score holds, the score is only a ceiling."""
    unknown = [i for i, s in enumerate(sides) if s is None]
    if not unknown or len(unknown) > MAX_UNKNOWN or not any(goal_cues) and final is None:
        return sides
    if final is not None and len(sides) < final.home + final.away:
        return _infer_short(sides, unknown, goal_cues, final)
    fits = _fits(sides, unknown, goal_cues, final)
    if not fits:
        # One telling may be about the aggregate or simply wrong: drop one goal's cues at a time.
        for i, cue in enumerate(goal_cues):
            if cue:
                relaxed = goal_cues[:i] + [set()] + goal_cues[i + 1:]
                fits += _fits(sides, unknown, relaxed, final)
    if not fits:
        return sides
    return _agreed(sides, unknown, fits)


def _infer_short(sides, unknown, goal_cues, final: Pair) -> list[str | None]:
    """Some goals are missing, so running cues may be off: only a side every assignment within
    the score's ceiling and the cues agrees on is taken; when no assignment fits the cues (a
    missing goal makes "tied it up" look wrong), the ceiling alone decides: a side that already
    has all its goals scored none of the unknown ones."""
    within = []
    for choice in product(("home", "away"), repeat=len(unknown)):
        trial = list(sides)
        for i, side in zip(unknown, choice):
            trial[i] = side
        if sum(s == "home" for s in trial) <= final.home and sum(s == "away" for s in trial) <= final.away:
            within.append(trial)
    fits = [t for t in within if _consistent(t, goal_cues, None)]
    return _agreed(sides, unknown, fits or within)


def _agreed(sides, unknown, fits) -> list[str | None]:
    """The sides with each unknown goal's side filled where every fitting assignment agrees."""
    out = list(sides)
    for i in unknown:
        options = {f[i] for f in fits}
        if len(options) == 1:
            out[i] = options.pop()
    return out


def _fits(sides, unknown, goal_cues, final) -> list[list[str]]:
    fits = []
    for choice in product(("home", "away"), repeat=len(unknown)):
        trial = list(sides)
        for i, side in zip(unknown, choice):
            trial[i] = side
        if _consistent(trial, goal_cues, final):
            fits.append(trial)
    return fits


def _consistent(sides: list[str], goal_cues: list[set[str]], final: Pair | None) -> bool:
    home = away = 0
    led = {"home": False, "away": False}
    for side, cue in zip(sides, goal_cues):
        mine_before, theirs_before = (home, away) if side == "home" else (away, home)
        if "restore" in cue and not led[side]:
            return False        # "back in front": this side had led before
        if side == "home":
            home += 1
        else:
            away += 1
        mine, theirs = (home, away) if side == "home" else (away, home)
        if "level" in cue and mine != theirs:
            return False
        if "ahead" in cue and mine <= theirs:
            return False
        if "behind" in cue and mine >= theirs:
            return False
        if "double" in cue and mine_before <= theirs_before:
            return False
        if mine > theirs:
            led[side] = True
        for c in cue:
            if c.startswith("score:"):
                lo, hi = (int(x) for x in c[6:].split("-"))
                if (min(home, away), max(home, away)) != (lo, hi):
                    return False
    return final is None or (home, away) == (final.home, final.away)
