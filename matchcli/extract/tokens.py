"""Word tokens with offsets, and the accent-free lowercase key used for lexicon look-ups."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex
from ..patterns import compile_pattern
from .lexicon import word_bounds

_WORD = compile_pattern(r"[\p{L}\p{N}]+")
# Characters that may stand between the words of one name ("Brighton & Hove", "Saint-Germain",
# "NJ/NY", "St. Mirren"); anything else ends the name.
_JOINERS = frozenset(" -&/.'")


class Token(NamedTuple):
    """A word and its offsets. A named tuple, not a frozen dataclass: a report has a thousand
    tokens, and a tuple is built several times faster."""

    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def tokenize(folded: str) -> list[Token]:
    # The words PhraseMatcher reads in the report (the same runs of letters and digits), from
    # the table its look-ups build once: no second pass over the text.
    new = tuple.__new__
    return [new(Token, (folded[s:e], s, e)) for s, e in zip(*word_bounds(folded))]


def joined(folded: str, left: Token, right: Token) -> bool:
    """True when only name-joining characters (and at most one space run) separate two tokens."""
    gap = folded[left.end:right.start]
    if len(gap) == 1:
        return gap in _JOINERS      # the usual gap, a space or a hyphen, without the general checks
    return 0 < len(gap) <= 3 and all(c in _JOINERS for c in gap) and gap.count(".") <= 1


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Look-up key: accents stripped, lowercase, words separated by single spaces.

    >>> key("Atlético  Madrid"), key("Paris Saint-Germain"), key("Ødegaard")
    ('atletico madrid', 'paris saint germain', 'odegaard')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.translate(_SPECIAL).casefold()
    return " ".join(_WORD.findall(plain))


_SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae"})
