"""Loads the data files under matchcli/data once per process."""
from __future__ import annotations

import json
import os
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex
from ..patterns import compile_pattern


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed JSON data file `matchcli/data/<name>.json`."""
    # A plain path, as patterns.sources_stamp reads the same folder: importlib.resources (with
    # zipfile, tempfile, random) is ~2 ms of a one-report run.
    with open(os.path.join(_DATA, f"{name}.json"), encoding="utf-8") as fh:
        return json.load(fh)


_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def phrase_pattern(phrase: str) -> str:
    """A literal phrase as a regex fragment: spaces and hyphens between words are interchangeable.

    >>> phrase_pattern("half-time")
    'half[\\\\s-]+time'
    """
    words = regex.split(r"[\s-]+", phrase.strip())
    return r"[\s-]+".join(regex.escape(w) for w in words)


def alternation(phrases, *, word_bounded: bool = True) -> str:
    """One regex alternation of phrases, longest first so the fullest phrase wins."""
    body = "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return rf"(?<!\w)(?:{body})(?!\w)" if word_bounded else f"(?:{body})"


_DOUBLES = compile_pattern(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def inflections(verb: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """Every form of an English verb phrase's first word: base, -s, -ed, -ing.

    >>> sorted(inflections("net"))
    ['net', 'nets', 'netted', 'netting']
    >>> sorted(inflections("tuck home"))
    ['tuck home', 'tucked home', 'tucking home', 'tucks home']
    >>> sorted(inflections("equalise"))
    ['equalise', 'equalised', 'equalises', 'equalising']
    """
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if irregular and head in irregular:
        forms = {head, *irregular[head]}
    else:
        forms = {head, _third(head), _past(head), _gerund(head)}
    return {f + tail for f in forms}


def _third(w: str) -> str:
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return w + "es"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def _stem(w: str) -> str:
    if _DOUBLES.match(w) or (w.endswith("el") and len(w) > 4):
        return w + w[-1]
    return w


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ied"
    return _stem(w) + "ed"


def _gerund(w: str) -> str:
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return _stem(w) + "ing"


_PHRASE_WORD = compile_pattern(r"[\p{L}\p{N}]+")
_PHRASE_GAP = frozenset(" -'\n")


class PhraseSpan:
    """What a PhraseMatcher finds; shaped like a regex match (start(), end(), group())."""

    __slots__ = ("_text", "_start", "_end", "payload")

    def __init__(self, text: str, start: int, end: int, payload=None) -> None:
        self._text, self._start, self._end = text, start, end
        self.payload = payload

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, *_args) -> str:
        return self._text[self._start:self._end]

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class PhraseMatcher:
    """Finds any of many word phrases in one pass over the words, case-insensitively, with
    spaces or hyphens between words ("side-foot" = "side foot"). A regex alternation of
    hundreds of phrases is tried at every character; this looks each word up once.

    >>> m = PhraseMatcher(["tuck home", "net"])
    >>> [x.group() for x in m.finditer("He tucked home; Kane tuck-home and netted")]
    ['tuck-home']
    >>> m.search("Nothing here") is None
    True
    """

    def __init__(self, phrases, not_followed_by=()) -> None:
        """`phrases`: an iterable of phrases, or a dict of phrase -> payload (what the match
        stands for, returned as `span.payload`)."""
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._payloads: dict[tuple[str, ...], object] = {}
        items = phrases.items() if isinstance(phrases, dict) else ((p, None) for p in phrases)
        for phrase, payload in items:
            words = tuple(w.casefold() for w in _PHRASE_WORD.findall(phrase))
            if words and words not in self._payloads:
                self._by_first.setdefault(words[0], []).append(words)
                self._payloads[words] = payload
        self._index()
        self._stop = frozenset(w.casefold() for w in not_followed_by)

    def _index(self) -> None:
        # Longer phrases first, the fullest wins. Phrases of several words are looked up by their
        # first two ("the" opens a hundred phrases; "the hosts" only a few).
        self._by_two: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self._single: dict[str, tuple[str]] = {}
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)
            for option in options:
                if len(option) == 1:
                    self._single[option[0]] = option
                else:
                    self._by_two.setdefault(option[:2], []).append(option)

    @classmethod
    def union(cls, *matchers: PhraseMatcher) -> PhraseMatcher:
        """One matcher of all the phrases of several (without their payloads or stop words):
        where it finds nothing, none of them finds anything."""
        merged = cls(())
        for matcher in matchers:
            for words in matcher._payloads:
                if words not in merged._payloads:
                    merged._by_first.setdefault(words[0], []).append(words)
                    merged._payloads[words] = None
        merged._index()
        return merged

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return iter(self._spans(text, pos, endpos))

    def _spans(self, text: str, pos: int, endpos: int | None, first_only: bool = False) -> list[PhraseSpan]:
        """The phrases in text[pos:endpos], left to right, none overlapping; with first_only,
        only the first (what `search` asks, most often of a clause with several)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        words = _word_table(text)
        starts, ends, lowered = words.starts, words.ends, words.lowered
        # only words wholly inside the window: a cut word's pieces ("pen" of "penalty") are not words
        first = bisect_left(starts, pos)
        last = bisect_right(ends, end)
        # Only the words that open one of this matcher's phrases are tried, found once per text:
        # most windows hold none, and asking costs two bisections.
        openers = words.openers(self)
        k = bisect_left(openers, first)
        found: list[PhraseSpan] = []
        while k < len(openers) and openers[k] < last:
            i = openers[k]
            option = self._match_at(text, starts, ends, lowered, i, last)
            if not option:
                k += 1
                continue
            width = len(option)
            stop = ends[i + width - 1]
            if not self._stopped(text, stop):
                found.append(PhraseSpan(text, starts[i], stop, self._payloads[option]))
                if first_only:
                    break
            k = bisect_left(openers, i + width, k + 1)
        return found

    def _stopped(self, text: str, end: int) -> bool:
        """The phrase runs on into a word that makes it something else ("penalty area"); the
        next word is read from the whole text, past any end position."""
        if not self._stop:
            return False
        nxt = _PHRASE_WORD.match(text, end + 1) if text[end:end + 1] in (" ", "-") else None
        return bool(nxt) and nxt.group().casefold() in self._stop

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseSpan | None:
        found = self._spans(text, pos, endpos, first_only=True)
        return found[0] if found else None

    def match_within(self, text: str, pos: int, skip: int) -> PhraseSpan | None:
        """A phrase starting within the first `skip` + 1 words after pos ("put *the hosts*
        ahead": the object after up to four other words)."""
        found = self.search(text, pos, min(len(text), pos + 120))
        if found is None:
            return None
        before = text[pos:found.start()]
        if len(_PHRASE_WORD.findall(before)) <= skip and not any(c in before for c in ".;,:"):
            return found
        return None

    def _match_at(self, text: str, starts, ends, lowered, i: int, last: int) -> tuple[str, ...] | None:
        if i + 1 < last:
            for option in self._by_two.get((lowered[i], lowered[i + 1]), ()):
                n = len(option)
                if i + n > last or tuple(lowered[i:i + n]) != option:
                    continue
                if all(_gap_ok(text, ends[i + k - 1], starts[i + k]) for k in range(1, n)):
                    return option
        return self._single.get(lowered[i])


def word_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where the text's words start and end, as PhraseMatcher reads them (shared with its
    look-ups: not to be changed)."""
    words = _word_table(text)
    return words.starts, words.ends


def words_of(text: str) -> list[str]:
    """The casefolded words of a text, as PhraseMatcher reads them (shared with its lookups)."""
    return _word_table(text).lowered


class _Words:
    """Word starts, ends and casefolded words of a text, and per matcher the indices of the
    words that open one of its phrases: computed once however many phrase lists are looked up
    in the text, or in windows of it."""

    __slots__ = ("starts", "ends", "lowered", "_openers")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.lowered: list[str] = []
        for m in _PHRASE_WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.lowered.append(m.group().casefold())
        self._openers: dict[PhraseMatcher, list[int]] = {}

    @classmethod
    def within(cls, whole: _Words, at: int, text: str) -> _Words:
        """The table of `text`, which stands at `at` in the text `whole` was built from: its
        words are whole's words inside it, those its edges cut cut short (a word of letters and
        digits is cut where the characters are)."""
        end = at + len(text)
        first = bisect_right(whole.ends, at)        # the first word ending inside
        last = bisect_left(whole.starts, end)       # past the last word starting inside
        table = cls.__new__(cls)
        table.starts = [s - at for s in whole.starts[first:last]]
        table.ends = [e - at for e in whole.ends[first:last]]
        table.lowered = whole.lowered[first:last]
        if table.starts and (table.starts[0] < 0 or table.ends[-1] > len(text)):
            table.starts[0] = max(table.starts[0], 0)
            table.ends[-1] = min(table.ends[-1], len(text))
            for i in (0, -1):
                table.lowered[i] = text[table.starts[i]:table.ends[i]].casefold()
        table._openers = {}
        return table

    def openers(self, matcher: PhraseMatcher) -> list[int]:
        found = self._openers.get(matcher)
        if found is None:
            by_first = matcher._by_first
            found = self._openers[matcher] = [i for i, w in enumerate(self.lowered) if w in by_first]
        return found


@lru_cache(maxsize=512)
def _word_table(text: str) -> _Words:
    # A sentence or clause is read out of the table of the report it was cut from: a look-up
    # and two bisections, not a regex pass and a list per word. (Wherever the text stands in
    # the report, the same characters have the same words.)
    whole_text, whole = _whole[0]
    at = whole_text.find(text) if len(text) < len(whole_text) else -1
    if at >= 0:
        return _Words.within(whole, at, text)
    table = _Words(text)
    if len(text) >= _WHOLE_MIN:
        _whole[0] = (text, table)       # one reference swapped: a thread reads a matching pair
    return table


# The last text of some length whose table was built, not read out of another's: in a parse,
# the report (the texts cut from it are then read out of it, and so never take its place).
_WHOLE_MIN = 500
_whole: list[tuple[str, _Words | None]] = [("", None)]


def _gap_ok(text: str, left_end: int, right_start: int) -> bool:
    gap = text[left_end:right_start]
    return gap == " " or (0 < len(gap) <= 3 and all(c in _PHRASE_GAP for c in gap))     # mostly one space
