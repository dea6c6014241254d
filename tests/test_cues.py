"""Pre-checked patterns (matchcli.extract.cues): every match the bare pattern finds in the
bundled reports holds one of its cues, so the pre-check never hides a match. A pattern edited
without its cues fails here, by name."""
from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cases import package_modules
from matchcli.extract.cues import CuedPattern, cued, lowered
from matchcli.extract.text import fold

ROOT = Path(__file__).resolve().parent.parent
REPORTS = [fold(p.read_text(encoding="utf-8")) for p in sorted([*ROOT.glob("samples/*.txt"), *ROOT.glob("eval/**/*.txt")])]
# Branches the reports seldom use, and the characters regex folds onto ASCII letters.
EXTRA = [
    "The tie went to a \u017fhoot-out after 120 minutes; the goal was later ruled out by VAR.",
    "NO GOAL! The flag was already up. Reduced to ten men, they were sent off a.e.t.",
    "Palmer hit the underside of the bar; Saka was BOOKED. Sudden death followed, then spot kicks.",
]


def cued_patterns() -> list[tuple[str, CuedPattern]]:
    found = {}
    for module in package_modules("matchcli.extract"):
        for attr, value in vars(module).items():
            if isinstance(value, CuedPattern):
                found.setdefault(id(value), (f"{module.__name__}.{attr}", value))
    return sorted(found.values(), key=lambda item: item[0])


def test_there_are_cued_patterns():
    assert len(cued_patterns()) >= 8


@pytest.mark.parametrize("name,cued_pattern", cued_patterns(), ids=[n for n, _ in cued_patterns()])
def test_every_match_holds_a_cue(name, cued_pattern):
    misses = []
    for text in REPORTS + EXTRA:
        for m in cued_pattern.pattern.finditer(text, overlapped=True):
            if not cued_pattern.cued(text, m.start(), m.end()):
                misses.append(m.group())
    assert not misses, f"{name}: matches without a cue: {misses[:5]}"


def test_a_cue_is_looked_for_as_regex_ignorecase_compares():
    import regex

    pattern = cued(regex.compile(r"shoot-?out|\bNO\s+GOAL\b", regex.I), "shoot", "NO")
    assert pattern.search("a \u017fHOOTOUT win").group() == "\u017fHOOTOUT"
    assert pattern.search("NO GOAL") is not None
    assert pattern.search("a shootout", 3) is None            # the cue must lie in the window
    assert pattern.search("a shootout", 0, 6) is None
    assert [m.group() for m in pattern.finditer("Shoot-out, then shootout")] == ["Shoot-out", "shootout"]
    assert lowered("\u0130stanbul") == "istanbul"


def test_a_cue_word_must_stand_whole_in_ascii_text():
    import regex

    from matchcli.extract.cues import cued_words

    pattern = cued_words(regex.compile(r"\b(?:we|us)\b", regex.I), "we", "us")
    assert pattern.search("Between them, thus") is None
    assert pattern.search("as WE said").group() == "WE"
    assert pattern.search("Tell us", 0, 6) is None                # "us" cut off the window
    assert pattern.search("Müller and we").group() == "we"        # beyond ASCII it always runs
