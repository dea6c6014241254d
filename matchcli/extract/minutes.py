"""Minute expressions: every way a report says *when* something happened.

`find_minutes(folded_text)` scans the whole text once and returns each mention with its span,
minute, stoppage and whether it is approximate. Exact forms ("23rd minute", "90+8", "(23')",
"on 23 minutes", "eight minutes after the break") are grammar, here; vague phrases ("just before
the hour") are data, in data/time_phrases.json. Relative forms ("seven minutes later") are kept
as offsets for the event step to resolve against the previous event.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from ..patterns import cached_build, compile_pattern

from .lexicon import PhraseMatcher, load, word_bounds, words_of
from .numbers import CARDINAL, CARDINAL_WORDS, ORDINAL, ORDINAL_WORDS, cardinal_words, ordinal_words, value


@dataclass(frozen=True)
class MinuteMention:
    start: int
    end: int
    minute: int | None
    stoppage: int | None = None
    approximate: bool = False
    relative: int | None = None      # "+7" for "seven minutes later": resolve against an earlier event
    bare: bool = False               # "(23)" or "23'": a minute only where an event is told
    stoppage_context: bool = False   # a stoppage-time phrase whose half comes from context
    raw_overflow: bool = False       # "98th minute": 90+8 in normal time, 98 never in extra time
    from_end: int | None = None      # "with 10 minutes left": minutes before the end (of extra time, if the goal was in it)
    end_of_match: bool = False       # "minutes before the end": of extra time, when there was some
    after_coming_on: bool = False    # "four minutes after coming on": `relative` counts from the scorer's substitution


_STOPPAGE = r"(?:stoppage|added(?:[\s-]+on)?|injury|additional)[\s-]+time"
_HALF = r"(?P<half>first|second|1st|2nd)[\s-]+half"
_ET = r"extra[\s-]+time"
_MIN = r"min(?:ute)?s?\b\.?"
_ON_N_WORDS = r"on|after|at|in|within|inside|over|under|required|needed|took"
# What a form can start with: a number of at most three digits and what may follow it (an ordinal
# suffix, a space, "+", "m", a mark or a bracket), a number word, an "on 23 minutes" word, or the
# first word of a "straight away" phrase (those may start inside a word). Checked first, it lets
# the engine leave most positions after one look instead of trying every branch there.
_FORM_START = rf"(?=\d{{1,3}}(?:st|nd|rd|th|\s|\+|m|'|\))|{CARDINAL_WORDS}|{ORDINAL_WORDS}|\b(?:{_ON_N_WORDS})\b|straight|moments|seconds|immediately|from|soon)"

# Ordered from most to least specific: the first pattern to claim a span wins it.
_EXACT = compile_pattern(
    rf"""
    {_FORM_START}
  (?:
    # An ordinal, then what it dates: one group, its endings tried in turn, so the ordinal is read
    # once (no ordinal starts any other form here).
    (?P<n1>{ORDINAL})(?:
        # "in the fifth minute of second-half stoppage time", "in the 3rd minute of added time"
        (?P<nth_of_stoppage>[\s-]+minute\s+of\s+(?:(?P<half1>first|second)[\s-]+half\s+|(?P<et1>{_ET})\s+)?{_STOPPAGE})
        # "the 10th and 86th minutes", "the 5th, 40th and 71st minutes": each ordinal of the list
      | (?P<ordinal_list>(?=(?:\s*,\s*{ORDINAL}){{0,4}}\s*,?\s*and\s+{ORDINAL}[\s-]+minutes\b))
        # "23rd minute", "98th-minute", "the fifth-minute"
      | (?P<ordinal>[\s-]+minute)
        # "in the first of two added minutes", "the second of four minutes of stoppage time"
      | (?P<nth_of_added>\s+of\s+(?:the\s+)?(?:{CARDINAL}\s+)?(?:(?:added|additional|stoppage|injury)(?:[\s-]+time)?\s+minutes|minutes\s+of\s+{_STOPPAGE}))
        # "scored in the 33rd.", "(81st)": an ordinal that can only be the minute
      | (?P<bare_ordinal>(?<=\b(?:in|on)\s+the\s+\d{{1,3}}(?:st|nd|rd|th))(?=\s*[.,;)]|\s+(?:and|as|when|after|before|with|to)\b)|(?<=\(\d{{1,3}}(?:st|nd|rd|th))(?=\)))
    )
    # "90+8", "45 + 2'", "120+1"
  | (?P<plus>(?<![\d.+])(?P<m4>\d{{1,3}})\s?\+\s?(?P<s4>\d{{1,2}})(?![\d+])'?)
    # A number of minutes, then what they count from: one group, its endings tried in turn, so
    # the number is read once (no number of minutes starts any other form here).
  | (?P<n5>{CARDINAL})\s+{_MIN}\s+(?:
        # "two minutes into (first-half) stoppage time"
        (?P<into_stoppage>into\s+(?:(?P<half2>first|second)[\s-]+half\s+|(?P<et2>{_ET})\s+)?{_STOPPAGE})
        # "eight minutes after the break", "five minutes into the second half"
      | (?P<after_break>(?:after|into)\s+(?:the\s+)?(?:break|interval|restart|half[\s-]*time|second\s+half|second\s+period|resumption))
        # "ten minutes before the break"
      | (?P<before_break>(?:before|from)\s+(?:the\s+)?(?:break|interval|half[\s-]*time))
        # "a minute after the hour", "five minutes before the hour mark"
      | (?P<after_hour>(?:after|past)\s+the\s+hour(?:[\s-]mark)?)
      | (?P<before_hour>before\s+the\s+hour(?:[\s-]mark)?)
        # "five minutes into extra time"
      | (?P<into_et>into\s+{_ET})
        # "four minutes after coming on", "moments after his introduction"
      | (?P<after_on>after\s+(?:coming\s+on|coming\s+off\s+the\s+bench|being\s+(?:brought|sent)\s+on|(?:his|her)\s+introduction))
        # "with 15 minutes remaining", "with five minutes left to play", "ten minutes from time"
      | (?P<remaining>(?:of\s+(?:(?:normal|regular)\s+|(?P<et8>extra[\s-]+))time\s+)?(?:remaining|left|to\s+go|to\s+play|from\s+(?:time|the\s+end(?:\s+of\s+(?P<et9>extra[\s-]+time|the\s+(?:additional|extra)\s+(?:half[\s-]hour|30\s+minutes)))?|full[\s-]*time)|before\s+(?:the\s+end|full[\s-]*time|the\s+final\s+whistle)))
        # "with 14 minutes gone", "with 20 minutes played"
      | (?P<gone>(?:of\s+(?:the\s+)?(?P<et10>additional\s+period|extra\s+period|extra[\s-]+time|additional\s+half-hour)\s+)?(?:gone|played|elapsed)\b)
        # "with five minutes on the clock"
      | (?P<on_clock>(?:(?:were|was|had\s+been)\s+)?on\s+the\s+clock)
        # "seven minutes later", "two minutes earlier", "a minute later"
      | (?P<later>(?P<dir>later|earlier|after\s+that|afterwards|before\s+that))
        # "the game was 20 minutes old", "the second half was six minutes old"
      | (?P<old>old\b)
        # "23 minutes in", "nine minutes into the game"
      | (?P<minutes_in>in(?:to\s+(?:the\s+)?(?:game|match|contest|first\s+half|half))?(?!\w))
    )
    # "straight away", "moments later": the next minute after the previous event
  | (?P<straight>straight\s*away|straightaway|moments\s+later|seconds\s+later|immediately\s+after(?:wards)?|from\s+the\s+restart|soon\s+after(?:wards)?)
    # "90 seconds later": the next minute
  | (?P<seconds_later>(?:{CARDINAL})\s+seconds\s+(?:later|after(?:wards)?))
    # "after just 48 seconds", "needed 30 seconds": the first minute
  | (?P<seconds>(?<!\d)(?:\d{{1,2}}|{CARDINAL})\s+seconds(?!\s+(?:later|after|before|left|remaining|to\s+go)))
    # "with the clock showing 94 minutes"
  | (?P<clock>(?<=\b(?:clock|timer)\s+(?:showing|reading|read|showed|on|at)\s+)(?P<n17>\d{{1,3}})\s+minutes?\b)
    # "on 23 minutes", "after 72 minutes", "in 23 mins"
  | (?P<on_n>\b(?:{_ON_N_WORDS})\s+(?:just\s+|around\s+|about\s+|only\s+)?(?:over\s+|under\s+)?(?P<n12>\d{{1,3}}|{CARDINAL})\s+{_MIN}(?!\s+(?:of|into|later|earlier|remaining|left|to\s+go|on\s+the)))
    # "in minute 39", "at the minute 9" (translated copy)
  | (?P<in_minute>\b(?:in|at)\s+(?:the\s+)?minute\s+(?P<n15>\d{{1,3}})(?!\d))
    # "23 mins", "23 min"
  | (?P<mins>(?<![\d.])(?P<n13>\d{{1,3}})\s?mins?\b\.?)
    # "(23')", "(23)", "23'", "(45+2)"; not the "2)" of "(agg 3-2)"
  | (?P<bare>(?<![\w.'\-–])(?P<n14>\d{{1,3}})(?:'|(?=\)))(?!\w))
  )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


@lru_cache(maxsize=None)
def _vague() -> PhraseMatcher:
    """Every vague phrase with its {terms} spelled out, looked up word by word (the first
    phrase listed wins where two spell the same)."""
    return cached_build("vague-minutes", _build_vague, (PhraseMatcher,))


def _build_vague() -> PhraseMatcher:
    data = load("time_phrases")
    terms = data["terms"]
    phrases: dict[str, dict] = {}
    for entry in data["phrases"]:
        spelled = [""]
        for token in entry["phrase"].split():
            options = terms[token[1:-1]] if token.startswith("{") else [token]
            spelled = [f"{head} {option}".strip() for head in spelled for option in options]
        for phrase in spelled:
            phrases.setdefault(phrase, entry)
    return PhraseMatcher(phrases)


def _n(m: regex.Match, key: str) -> int | None:
    text = m.group(key)
    return value(text) if text else None


def _base(half: str | None, et: str | None) -> int:
    if et:
        return 120
    if half and half.lower().startswith(("first", "1")):
        return 45
    return 90


# "City doubled their lead in first-half stoppage time. ... rolled the penalty in two minutes
# into added time": the added time of the half just told, up to the paragraph's start
_FIRST_HALF_STOPPAGE = compile_pattern(r"first[\s-]+half\s+(?:stoppage|added|injury)[\s-]+time|(?:stroke|cusp)\s+of\s+(?:half[\s-]*time|the\s+(?:break|interval))", regex.I)
_LATER_PHASE = compile_pattern(r"second[\s-]+half|second\s+period|after\s+the\s+(?:break|interval|restart)|\n\s*\n", regex.I)


_EXTRA_TIME_TOLD = compile_pattern(r"\b(?:in|of)\s+extra[\s-]+time\b|\bextra[\s-]+time\s+(?:began|started|got\s+under\s+way)", regex.I)


def _in_first_half_stoppage(text: str, pos: int) -> bool:
    start = max(0, pos - 250)
    told = None
    for told in _FIRST_HALF_STOPPAGE.finditer(text, start, pos):
        pass
    return told is not None and not _LATER_PHASE.search(text, told.end(), pos)


_SECOND_HALF_BEFORE = compile_pattern(r"second[\s-]+(?:half|period)\s+(?:was|had\s+been|is)\s+(?:just\s+|only\s+|barely\s+)?$", regex.I)


def _from_exact(m: regex.Match) -> MinuteMention | None:
    kind = m.lastgroup
    s, e = m.span()
    if kind in ("nth_of_stoppage", "into_stoppage"):
        n, half, et = (_n(m, "n1"), m.group("half1"), m.group("et1")) if kind == "nth_of_stoppage" \
            else (_n(m, "n5"), m.group("half2"), m.group("et2"))
        if not (half or et) and _in_first_half_stoppage(m.string, s):
            half = "first"
        return MinuteMention(s, e, _base(half, et), n, stoppage_context=not (half or et))
    if kind == "nth_of_added":
        return MinuteMention(s, e, 90, _n(m, "n1"), stoppage_context=True)
    if kind == "clock" or kind == "bare_ordinal":
        n = _n(m, "n17") if kind == "clock" else _n(m, "n1")
        return MinuteMention(s, e, n, raw_overflow=n is not None and n > 90)
    if kind in ("ordinal", "ordinal_list"):
        n = _n(m, "n1")
        return MinuteMention(s, e, n, raw_overflow=n is not None and n > 90)
    if kind == "plus":
        minute, extra = int(m.group("m4")), int(m.group("s4"))
        if minute not in (45, 90, 105, 120) or extra > 30:
            return None
        return MinuteMention(s, e, minute, extra)
    if kind == "after_break":
        return MinuteMention(s, e, 45 + (_n(m, "n5") or 0))
    if kind == "before_break":
        return MinuteMention(s, e, 45 - (_n(m, "n5") or 0))
    if kind == "after_on":
        return MinuteMention(s, e, None, relative=_n(m, "n5") or 0, after_coming_on=True)
    if kind == "after_hour":
        return MinuteMention(s, e, 60 + (_n(m, "n5") or 0))
    if kind == "before_hour":
        return MinuteMention(s, e, 60 - (_n(m, "n5") or 0))
    if kind == "into_et":
        return MinuteMention(s, e, 90 + (_n(m, "n5") or 0))
    if kind == "remaining":
        n = _n(m, "n5") or 0
        if m.group("et8") or m.group("et9"):
            return MinuteMention(s, e, 120 - n)
        return MinuteMention(s, e, 90 - n, from_end=n)
    if kind == "gone":
        return MinuteMention(s, e, (90 if m.group("et10") else 0) + (_n(m, "n5") or 0))
    if kind == "on_clock":
        return MinuteMention(s, e, _n(m, "n5"))
    if kind == "later":
        n = _n(m, "n5") or 0
        sign = -1 if m.group("dir").lower().startswith(("earlier", "before")) else 1
        return MinuteMention(s, e, None, relative=sign * n)
    if kind == "seconds_later":
        return MinuteMention(s, e, None, relative=1)
    if kind == "straight":
        return MinuteMention(s, e, None, relative=1)
    if kind == "seconds":
        return MinuteMention(s, e, 1)
    if kind == "minutes_in":
        # "Basel struck first in extra time. Eight minutes in, Hunziker ...": counted from its start
        told = _EXTRA_TIME_TOLD.search(m.string, max(0, s - 120), s)
        base = 90 if told and "\n\n" not in m.string[told.end():s] else 0
        return MinuteMention(s, e, base + (_n(m, "n5") or 0))
    if kind == "old":
        n = _n(m, "n5") or 0
        return MinuteMention(s, e, 45 + n if _SECOND_HALF_BEFORE.search(m.string, max(0, s - 30), s) else n)
    if kind == "on_n":
        return MinuteMention(s, e, _n(m, "n12"))
    if kind == "mins":
        return MinuteMention(s, e, _n(m, "n13"))
    if kind == "in_minute":
        n = _n(m, "n15")
        return MinuteMention(s, e, n, raw_overflow=n is not None and n > 90)
    if kind == "bare":
        return MinuteMention(s, e, _n(m, "n14"), bare=True)
    return None


# Every exact form holds a digit or one of these words, near its end: scanning only windows
# around them keeps the big alternation off most of the text. A form's number is at most three
# digits followed by a space, a mark, a bracket, an ordinal suffix or "min", or by "+" where
# nothing numeric comes before them ("90+3"): only such digits anchor, so a long run of digits,
# "1-1-1-1" or "90+90+90" is not scanned position by position.
# The digits and the words are two searches: each alone is a fast scan, one alternation of both
# took twice as long as the two; digits and letters never overlap, so together they find what
# that alternation found.
_EXACT_ANCHORS = (
    compile_pattern(r"\d{1,3}(?=[\s')]|(?i:st|nd|rd|th|m))|(?<![\d.+])\d{1,3}(?=\+)"),
    compile_pattern(r"(?i:minutes?|\bmins?\b|seconds|straight|moments|immediately|restart|soon)"),
)


def windows(text: str, anchors: tuple[regex.Pattern, ...], before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) spans around each match of the anchors (whose matches never overlap
    one another's)."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(m.span() for anchor in anchors for m in anchor.finditer(text)):
        s, e = max(0, start - before), min(len(text), end + after)
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    return spans


def _scan_exact(text: str):
    """_EXACT's matches in the windows around its anchors, as finditer finds them there."""
    last_end = 0
    for s, e in windows(text, _EXACT_ANCHORS, 30, 45):
        pos = max(s, last_end)
        starts = _form_starts(text, pos, e)
        matches = _EXACT.finditer(text, pos, e) if starts is None else _matches_at(_EXACT, text, starts, e)
        for m in matches:
            last_end = m.end()
            yield m


# (lowercase: "Late on Canavan slid in" opening a sentence is a time)
_LATE_ON_A_PLAYER = compile_pattern(r"(?-i:late)\s+on\s+(?:(?-i:\p{Lu})|him\b|her\b)", regex.I)


# Where an exact form can start (_FORM_START): at a digit, at a word that opens a number or an
# "on 23 minutes" phrase, or at one of the words a "straight away" phrase opens with, even inside
# another word. Trying _EXACT at those ~80 places of a report's windows, not at each of their
# ~1,400 characters, is what makes it cheap: each try costs the whole alternation.
_FIRST_WORDS = frozenset(
    regex.split(r"[\s-]+", phrase.lower())[0]
    for phrase in (*cardinal_words(), *ordinal_words(), *_ON_N_WORDS.split("|"))
)
_ANYWHERE = ("straight", "moments", "seconds", "immediately", "from", "soon")


def _form_starts(text: str, pos: int, endpos: int) -> list[int] | None:
    """Every place in text[pos:endpos] where _FORM_START may hold, in order; None beyond ASCII,
    where case-insensitive letters and word edges are not the runs read here. A run is read as
    the window cuts it, as the pattern sees it there."""
    window = text[pos:endpos]
    if not window.isascii():
        return None
    found = set()
    for start, word in zip(word_bounds(window)[0], words_of(window)):     # lowercase, in ASCII
        if word in _FIRST_WORDS:
            found.add(pos + start)
        if not word.isalpha():
            found.update(pos + start + i for i, c in enumerate(word) if c.isdigit())
    lowered = window.lower()
    for word in _ANYWHERE:
        at = lowered.find(word)
        while at != -1:
            found.add(pos + at)
            at = lowered.find(word, at + 1)
    return sorted(found)


def _matches_at(pattern: regex.Pattern, text: str, starts: list[int], endpos: int):
    """What pattern.finditer(text, starts[0], endpos) yields when no match can begin anywhere but
    at `starts`: the first match at each start past the previous match's end."""
    taken = 0
    for start in starts:
        if start >= taken:
            m = pattern.match(text, start, endpos)
            if m:
                taken = m.end()
                yield m


def find_minutes(folded: str) -> list[MinuteMention]:
    """All minute mentions in the text, in order, none overlapping."""
    found: list[MinuteMention] = []
    for m in _scan_exact(folded):
        mention = _from_exact(m)
        if mention is not None and (mention.minute is None or 0 <= mention.minute <= 130) \
                and (mention.stoppage is None or 0 <= mention.stoppage <= 30):
            found.append(mention)
    taken = [(x.start, x.end) for x in found]
    for m in _vague().finditer(folded):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if _LATE_ON_A_PLAYER.match(folded, m.start()):
            continue        # "Gueye went in late on Casemiro": a tackle, not a time
        entry = m.payload
        found.append(MinuteMention(
            m.start(), m.end(), entry["minute"], entry.get("stoppage"), approximate=True,
            stoppage_context=bool(entry.get("stoppage_context")), end_of_match=bool(entry.get("end_of_match")),
        ))
    found.sort(key=lambda x: x.start)
    return found


def normalise(mention: MinuteMention, extra_time: bool) -> tuple[int | None, int | None]:
    """Minute and stoppage as the record states them, given whether the match had extra time.

    A "98th-minute" goal is 90+8 in a match without extra time; in one with extra time, minutes
    91-95 are still read as second-half stoppage (the late goal that forced it), the rest as extra
    time (few second halves run six minutes over; every extra time reaches its 99th minute).

    >>> normalise(MinuteMention(0, 1, 98, raw_overflow=True), extra_time=False)
    (90, 8)
    >>> normalise(MinuteMention(0, 1, 108, raw_overflow=True), extra_time=True)
    (108, None)
    >>> normalise(MinuteMention(0, 1, 90, 8, stoppage_context=True), extra_time=True)
    (90, 8)
    """
    minute, stoppage = mention.minute, mention.stoppage
    if minute is None:
        return None, None
    if mention.raw_overflow and stoppage is None:
        if not extra_time and minute <= 120:
            return 90, minute - 90
        if extra_time and minute <= 95:
            return 90, minute - 90      # "a 93rd-minute equaliser forced extra time": stoppage
        if extra_time and minute > 120:
            return 120, minute - 120
    return minute, stoppage
