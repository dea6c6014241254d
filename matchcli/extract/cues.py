"""Cheap literal pre-checks for the patterns read on every sentence or clause.

`regex` tries a pattern's alternation at every character it scans: for the long alternations of
event words that costs about as much as reading the text once more, per pattern. Most sentences
hold none of a pattern's key words, and one search for those literal words (with the standard
library's engine, which skips what no word starts with) says so at a small fraction of the cost.

`cued(pattern, *cues)` is the pattern run only where one of its cues occurs inside the searched
stretch. It finds exactly what the bare pattern finds as long as every possible match of the
pattern contains one of the cues: pick them from the consumed part of each branch (never from a
lookaround, which may reach outside the stretch). tests/test_cues.py checks them on the reports.

A lowercase cue is looked for the way IGNORECASE compares: ASCII case, and the four other
characters `regex` folds onto ASCII letters ("İ", "ı", "ſ", the Kelvin sign). A cue with a capital
is looked for as written (for a case-sensitive branch such as "NO GOAL").

`cued_words(pattern, *words)` is for patterns whose key words are short and common inside other
words ("it", "we"): one of them must stand as a whole word in the stretch. Words are PhraseMatcher's
(runs of letters and digits), which are regex's word edges only in ASCII text, so beyond ASCII
the pattern always runs.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .lexicon import words_of

_FOLDS_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    """The text lowercased for cue look-ups, one character for one (offsets hold: "İ", the one
    character str.lower makes two, is folded first).

    >>> lowered("Shoot-Out at the \u212aop")
    'shoot-out at the kop'
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDS_TO_ASCII).lower()


def _any_of(cues: list[str]) -> re.Pattern | None:
    """One search for any of the literal cues: the standard library's engine skips the characters
    no cue starts with in one step, where a str.find per cue reads the text once per cue."""
    return re.compile("|".join(re.escape(c) for c in cues)) if cues else None


class CuedPattern:
    """A compiled pattern behind a literal pre-check; `pattern` is the bare one."""

    __slots__ = ("pattern", "_folded", "_exact")

    def __init__(self, pattern: regex.Pattern, cues: tuple[str, ...]) -> None:
        self.pattern = pattern
        self._folded = _any_of([c for c in cues if c == c.lower()])
        self._exact = _any_of([c for c in cues if c != c.lower()])

    def cued(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether a cue occurs wholly inside text[pos:endpos]."""
        end = len(text) if endpos is None else endpos
        if self._folded is not None and self._folded.search(lowered(text), pos, end):
            return True
        return self._exact is not None and self._exact.search(text, pos, end) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        if not self.cued(text, pos, endpos):
            return None
        return self.pattern.search(text, pos) if endpos is None else self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self.cued(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos) if endpos is None else self.pattern.finditer(text, pos, endpos)


def cued(pattern: regex.Pattern, *cues: str) -> CuedPattern:
    """`pattern`, run only where one of `cues` occurs: see the module docstring for the choice."""
    return CuedPattern(pattern, cues)


class WordCuedPattern(CuedPattern):
    """A compiled pattern run only where one of its cue words stands as a whole word."""

    __slots__ = ("_words",)

    def __init__(self, pattern: regex.Pattern, words: tuple[str, ...]) -> None:
        super().__init__(pattern, ())
        self._words = frozenset(words)

    def cued(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        window = text if pos == 0 and endpos is None else text[pos:endpos]
        return not window.isascii() or not self._words.isdisjoint(words_of(window))


def cued_words(pattern: regex.Pattern, *words: str) -> WordCuedPattern:
    """`pattern`, run only where one of `words` (lowercase) stands as a whole word."""
    return WordCuedPattern(pattern, words)
