"""Numbers as reports write them: digits, words ("fifteen", "twenty-three") and ordinals
("23rd", "fifth", "twenty-third")."""
from __future__ import annotations

from functools import lru_cache

import regex
from ..patterns import compile_pattern

from .lexicon import load


@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, int], dict[str, int]]:
    data = load("numbers")
    cardinals = dict(data["units"])
    ordinals = dict(data["ordinals"])
    for ten_word, ten in data["tens"].items():
        cardinals[ten_word] = ten
        for unit_word, unit in data["units"].items():
            if 1 <= unit <= 9 and " " not in unit_word and len(unit_word) > 2:
                cardinals[f"{ten_word}-{unit_word}"] = ten + unit
        for ord_word, unit in data["ordinals"].items():
            if 1 <= unit <= 9:
                ordinals[f"{ten_word}-{ord_word}"] = ten + unit
    return cardinals, ordinals


def cardinal_words() -> dict[str, int]:
    return _tables()[0]


def ordinal_words() -> dict[str, int]:
    return _tables()[1]


def _compact(tens: list[str], units: list[str], singles: list[str], unit_required: bool = False) -> str:
    """'twenty', 'twenty-three', 'three': tens with an optional unit, or a single word. Plain
    literal alternatives, so the regex engine can index them instead of trying each."""
    def alt(words):
        return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))
    parts = []
    if tens:
        parts.append(f"(?:{alt(tens)})" + (rf"(?:[\s-](?:{alt(units)})){'' if unit_required else '?'}" if units else ""))
    if singles:
        parts.append(alt(singles))
    return rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)"


def _fragments() -> tuple[str, str]:
    data = load("numbers")
    units = [w for w, v in data["units"].items() if 1 <= v <= 9 and " " not in w and len(w) > 2]
    unit_ordinals = [w for w, v in data["ordinals"].items() if 1 <= v <= 9]
    singles = [w.replace(" ", r"\s+") for w in data["units"]]
    cardinal = _compact(list(data["tens"]), units, singles)
    ordinal = rf"(?:{_compact(list(data['tens']), unit_ordinals, [], unit_required=True)}|{_compact([], [], list(data['ordinals']))})"
    return cardinal, ordinal


# Regex fragments other grammars embed. Digits are capped at three so a run of digits cannot
# be read as a minute. The word-only fragments let a grammar check cheaply where a form can start.
CARDINAL_WORDS, ORDINAL_WORDS = _fragments()
CARDINAL = rf"(?:\d{{1,3}}|{CARDINAL_WORDS})"
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORDS})"

_SEPARATORS = compile_pattern(r"[\s-]+")
_DIGITS = compile_pattern(r"(\d{1,3})(?:st|nd|rd|th)?$")


# Asked once for every minute and count a report tells, mostly about the same few words.
@lru_cache(maxsize=1024)
def value(word: str) -> int | None:
    """
    >>> value("23rd"), value("Twenty-Three"), value("fifth"), value("15"), value("lots")
    (23, 23, 5, 15, None)
    """
    w = _SEPARATORS.sub("-", word.strip().lower())
    digits = _DIGITS.match(w)
    if digits:
        return int(digits.group(1))
    spaced = w.replace("-", " ")
    cardinals, ordinals = _tables()
    for key in (w, spaced):
        if key in cardinals:
            return cardinals[key]
        if key in ordinals:
            return ordinals[key]
    return None
