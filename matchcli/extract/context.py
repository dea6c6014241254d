"""What every event extractor needs to know about the report, computed once per parse."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex
from ..patterns import compile_pattern

from ..facts import Evidence
from .minutes import MinuteMention, normalise
from .people import NameMention, Roster
from .teams import Side
from .text import Sentence


@dataclass(frozen=True)
class TeamRef:
    """A mention of one of the two sides: by name, nickname or role ("the hosts")."""

    start: int
    end: int
    role: str            # home | away


@dataclass
class Context:
    text: str
    folded: str
    sentences: list[Sentence]
    home: Side | None
    away: Side | None
    names: list[NameMention]
    roster: Roster
    team_refs: list[TeamRef]
    minutes: list[MinuteMention]
    events_end: int                  # events are not read past here (a stats/facts section)
    other_teams: list[tuple[int, int]] = field(default_factory=list)   # mentions of teams not in this match
    managers: set[str] = field(default_factory=set)                  # canonical names of managers and coaches
    extra_time: bool = False
    winner_hint: str | None = None   # the side the result says won, for "the winner" goals
    shootout: bool = False           # the match went to penalties: "the decisive spot-kick" is a kick
    cache: dict = field(default_factory=dict)   # per-report results a step computes once for several users
    _name_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _ref_starts: list[int] = field(default_factory=list)
    _minute_starts: list[int] = field(default_factory=list)
    _other_starts: list[int] = field(default_factory=list)
    _clauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._name_starts = [n.start for n in self.names]
        self._sentence_starts = [s.start for s in self.sentences]
        self._ref_starts = [r.start for r in self.team_refs]
        self._minute_starts = [m.start for m in self.minutes]
        self._other_starts = sorted(s for s, _ in self.other_teams)

    def neighbour(self, sentence: Sentence, step: int) -> Sentence | None:
        """The sentence `step` places after this one (before it, when negative), if any."""
        i = bisect_left(self._sentence_starts, sentence.start) + step
        return self.sentences[i] if 0 <= i < len(self.sentences) else None

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding pos starts."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i].start if i >= 0 else 0

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding pos, if any (not the gap between two)."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].end else None

    def names_in(self, start: int, end: int) -> list[NameMention]:
        return self.names[bisect_left(self._name_starts, start):bisect_left(self._name_starts, end)]

    def refs_in(self, start: int, end: int) -> list[TeamRef]:
        return self.team_refs[bisect_left(self._ref_starts, start):bisect_left(self._ref_starts, end)]

    def minutes_in(self, start: int, end: int) -> list[MinuteMention]:
        return self.minutes[bisect_left(self._minute_starts, start):bisect_left(self._minute_starts, end)]

    def clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The sentence's clause spans, cut once: goals, cards, missed penalties and woodwork
        all read them."""
        spans = self._clauses.get(sentence.start)
        if spans is None:
            spans = self._clauses[sentence.start] = clauses(sentence)
        return spans

    def about_other_match(self, sentence: Sentence) -> bool:
        """A sentence that names other teams and neither of ours is about another match."""
        # asked by several steps of every sentence: a bisection, not a walk over every mention
        i = bisect_left(self._other_starts, sentence.start)
        others = i < len(self._other_starts) and self._other_starts[i] < sentence.end
        return others and not self.refs_in(sentence.start, sentence.end)

    def quoted(self, pos: int) -> bool:
        """Inside double quotes opened in the same paragraph: what a manager or player says."""
        spans = self.cache.get("quotes")
        if spans is None:
            spans = self.cache["quotes"] = [(m.start(), m.end()) for m in _QUOTE.finditer(self.folded)]
        return any(s < pos < e for s, e in spans)

    def last_name_before(self, pos: int, floor: int = 0) -> NameMention | None:
        i = bisect_right(self._name_starts, pos) - 1
        while i >= 0 and self.names[i].start >= floor:
            if self.names[i].end <= pos:
                return self.names[i]
            i -= 1
        return None

    def team_name(self, role: str | None) -> str | None:
        side = {"home": self.home, "away": self.away}.get(role or "")
        return side.name if side else None

    def other(self, role: str | None) -> str | None:
        return {"home": "away", "away": "home"}.get(role or "")

    def evidence(self, sentence: Sentence, rule: str) -> Evidence:
        return Evidence(text=self.text[sentence.start:sentence.end], start=sentence.start, end=sentence.end, rule=rule)

    def minute_fields(self, mention: MinuteMention | None, sentence_text: str = "") -> tuple[int | None, int | None, bool]:
        if mention is None or mention.minute is None:
            return None, None, False
        minute, stoppage = normalise(mention, self.extra_time)
        if mention.end_of_match and self.extra_time and minute is not None and minute <= 90:
            minute += 30
        if mention.stoppage_context and minute == 90 and self.extra_time and _ET_CONTEXT.search(sentence_text) \
                and not _FORCED_ET.search(sentence_text):
            minute = 120
        return minute, stoppage, mention.approximate


_QUOTE = compile_pattern(r'"[^"\n]{0,2000}"|"[^"\n]{0,2000}$', regex.M)
_ET_CONTEXT = compile_pattern(r"extra[\s-]+time|shoot[\s-]?out|penalties", regex.I)
_FORCED_ET = compile_pattern(r"(?:force|forced|forcing|send|sent|sending|take|took|taking)\s+(?:the\s+(?:game|match|tie)\s+)?(?:in)?to\s+extra[\s-]+time", regex.I)


# Clause boundaries inside a sentence: where a new subject may start. "before the break",
# "after the hour", "soon after through X" tell a time, not a new clause ("moments after March
# had equalised" is one). The lookahead for the joining word, implied by what follows it, only
# spares trying the lookbehinds at every character (a third of the pattern's time).
_CLAUSE_BREAK = compile_pattern(
    r";|:|\s[-]\s|,?(?<!\s)(?=\s+(?:but|only|while|whilst|whereas|before|after|when|until|although|though|however|despite|as|and)\s)(?:(?<!\b(?:soon|shortly|just|moments|seconds|minutes|right|straight|immediately|long))|(?=\s+\w+\s+(?-i:\p{Lu})))"
    r"\s+(?:but|only\s+for|while|whilst|whereas|before|after|when|until|although|though|however|despite|as|and\s+then)\s+"
    r"(?!(?:the\s+(?:break|interval|hour|restart|half|end\s+of|final\s+whistle)|half[\s-]?time|halftime|full[\s-]?time)\b)"
    r"|,\s+(?:with|and|which|who|whose)\s+|\.\.\."
    # "... pulled a goal back and Napoli's Insigne missed": a new subject after "and", not a list
    r"|(?<=[a-z]{3})\s+and\s+(?=(?-i:\p{Lu})[\p{L}'-]+(?:\s+(?-i:\p{Lu})[\p{L}'-]+){0,2}\s+(?:[a-z]+ed|[a-z]+s)\b)",
    regex.I,
)


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Absolute (start, end) spans of a sentence's clauses."""
    spans = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.start() > start:
            spans.append((sentence.start + start, sentence.start + m.start()))
        start = m.end()
    if start < len(sentence.text):
        spans.append((sentence.start + start, sentence.end))
    return spans
