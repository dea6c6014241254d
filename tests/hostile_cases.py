"""Adversarial texts aimed at regular expressions, shared by the tests and bench/hostile.py.

Each generator takes a target size in characters, so the tests can use small ones (they check
"never crashes, never lies about offsets") and the benchmark large ones (it measures time).
The shapes are the ones that make backtracking patterns go quadratic or worse: long runs of what
a pattern repeats (digits, hyphens, apostrophes, capitalised words, minute additions, brackets),
almost-matches that fail at the very end, and one enormous line with no sentence break.
"""
from __future__ import annotations

from typing import Callable


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: _fill("9", n),
    "digits-then-letter": lambda n: _fill("1", n - 1) + "x",
    "hyphens": lambda n: _fill("-", n),
    "digit-hyphen-chain": lambda n: _fill("1-", n),
    "apostrophes": lambda n: _fill("'", n),
    "minute-marks": lambda n: _fill("90' ", n),
    "capitalised-words": lambda n: _fill("Abc ", n),
    "capitalised-no-space": lambda n: _fill("Ab", n),
    "hyphenated-names": lambda n: _fill("Van-Der-", n),
    "stoppage-chain": lambda n: "90" + _fill("+90", n - 2),
    "nested-brackets": lambda n: _fill("(", n // 2) + _fill(")", n - n // 2),
    "unclosed-brackets": lambda n: _fill("(90' ", n),
    "scoreline-chain": lambda n: _fill("2-1 ", n),
    "score-words": lambda n: _fill("won 2-1 after ", n),
    "dots": lambda n: _fill(".", n),
    "one-long-line": lambda n: _fill("Smith scored in the 45th minute and ", n),
    "whitespace-runs": lambda n: _fill(" \t", n - 1) + "x",
    "newlines": lambda n: _fill("\n", n - 1) + "x",
    "almost-goal": lambda n: _fill("Smith (", n),
    "unicode-letters": lambda n: _fill("Ødegaard Müller Çalhanoğlu ", n),
}


def adversarial(name: str, size: int) -> str:
    return ADVERSARIAL[name](size)
