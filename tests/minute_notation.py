"""The minute notation the test tables use: "23", "90+8", "~44" (approximate), "+7" (relative).

An approximate minute matches within `APPROX_TOLERANCE`, the tolerance `matchcli eval` gives a
vague minute, so a table states what a reader takes from the text, not the lexicon's exact pick.
"""
from __future__ import annotations

from typing import Optional

from matchcli.evaluate import APPROX_TOLERANCE


def describe(minute: Optional[int], stoppage: Optional[int], approximate: bool = False,
             relative: Optional[int] = None) -> str:
    """
    >>> describe(90, 8), describe(44, None, approximate=True), describe(None, None, relative=7)
    ('90+8', '~44', '+7')
    """
    if relative is not None:
        return f"{relative:+d}"
    if minute is None:
        return "?"
    text = f"{minute}+{stoppage}" if stoppage is not None else f"{minute}"
    return "~" + text if approximate else text


def _parts(text: str) -> tuple[int, int]:
    minute, _, stoppage = text.lstrip("~").partition("+")
    return int(minute), int(stoppage or 0)


def same_minute(expected: str, actual: str) -> bool:
    """Exact minutes must be equal. An approximate one must be read as approximate, in the same
    stoppage period (or none), and within the tolerance.

    >>> same_minute("~45", "~44"), same_minute("~45", "45"), same_minute("~45+3", "~90+4")
    (True, False, False)
    """
    if not expected.startswith("~"):
        return expected == actual
    if not actual.startswith("~"):
        return False
    (em, es), (am, as_) = _parts(expected), _parts(actual)
    if ("+" in expected) != ("+" in actual) or ("+" in expected and em != am):
        return False
    return abs((em + es) - (am + as_)) <= APPROX_TOLERANCE
