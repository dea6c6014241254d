"""Every compiled pattern the extractor and the input layer keep at module level, run on
adversarial text with a time limit: a pattern that backtracks catastrophically fails here, by
name, including patterns added after this test was written.

The limit is a hang detector, not a speed target (bench/hostile.py measures speed): at this size
a linear pattern finishes in milliseconds, a quadratic or exponential one does not finish.
"""
from __future__ import annotations

import re
import sys
import types

import pytest
import regex

from hostile_cases import all_patterns, module_patterns, stalls, stdlib_stalls

SIZE = 32 * 1024
LIMIT = 2.0
PACKAGES = ("matchcli.extract", "matchcli.inputs")

PATTERNS = [(name, p) for package in PACKAGES for name, p in all_patterns(package)]


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_survives_adversarial_text(name, pattern):
    if isinstance(pattern, re.Pattern):
        slow = stdlib_stalls(pattern, SIZE, LIMIT)
    else:
        slow = stalls(pattern, SIZE, LIMIT)
    assert slow == [], f"{name} ({pattern.pattern!r}) takes over {LIMIT}s on: {', '.join(slow)}"


def test_the_walk_finds_the_input_layers_patterns():
    # A walk that found nothing would make the test above pass vacuously.
    names = {name for name, _ in PATTERNS}
    assert "matchcli.inputs.markup._CONSTRUCT" in names
    assert "matchcli.inputs.normalise._DIGIT_DASH" in names


# The guard itself: planted catastrophic patterns must be caught, a linear one must not.
FAKE = types.ModuleType("matchcli_fake_rules")
FAKE.SCORE = regex.compile(r"\b(\d+)-(\d+)\b")
FAKE.RULES = [("name", regex.compile(r"(?:[A-Z][a-z]*|[a-z]+ ?)+\d")), ("minute", regex.compile(r"(?:\+?90)+'"))]
FAKE.BY_KIND = {"apostrophe": regex.compile(r"(?:'|'')+x")}
FAKE.STDLIB = re.compile(r"(?:-|--)+x")


def test_walk_finds_patterns_inside_rule_tables():
    names = sorted(name for name, _ in module_patterns(FAKE))
    assert names == [
        "matchcli_fake_rules.BY_KIND['apostrophe']",
        "matchcli_fake_rules.RULES[0][1]",
        "matchcli_fake_rules.RULES[1][1]",
        "matchcli_fake_rules.SCORE",
        "matchcli_fake_rules.STDLIB",
    ]


@pytest.mark.parametrize(
    "pattern,culprit",
    [(FAKE.RULES[0][1], "capitalised-words"), (FAKE.RULES[1][1], "stoppage-chain"),
     (FAKE.BY_KIND["apostrophe"], "apostrophes")],
    ids=["capitalised words", "stoppage chain", "apostrophes"],
)
def test_guard_catches_catastrophic_patterns(pattern, culprit):
    assert culprit in stalls(pattern, SIZE, 0.5)


def test_guard_passes_a_linear_pattern():
    assert stalls(FAKE.SCORE, SIZE, LIMIT) == []


@pytest.mark.skipif(sys.platform == "win32", reason="kills a child process")
def test_guard_catches_a_catastrophic_stdlib_pattern():
    assert stdlib_stalls(FAKE.STDLIB, SIZE, 0.5) == ["hyphens"]
    # Bounded repeats: linear under `re`. (Unbounded `\d+-\d+` is quadratic there on a run of
    # digits, about 1.6 s per 32 KB, where `regex` skips the run by looking for the "-" first.)
    assert stdlib_stalls(re.compile(r"\b\d{1,2}-\d{1,2}\b"), SIZE, LIMIT) == []
