"""Every compiled pattern the extractor and the input layer keep at module level, run on
adversarial text with a time limit: a pattern that backtracks catastrophically fails here, by
name, including patterns added after this test was written.

The limit is a hang detector, not a speed target (bench/hostile.py measures speed): at this size
the slowest linear pattern takes about a tenth of the limit on one text, a quadratic one several
times the limit (and a thousand times longer again at 1 MB).
"""
from __future__ import annotations

import re
import sys
import types

import pytest
import regex

from hostile_cases import all_patterns, module_patterns, stalls, stdlib_stalls

SIZE = 32 * 1024
LIMIT = 0.5
PACKAGES = ("matchcli.extract", "matchcli.inputs")

# Known failures, kept as strict xfails so a fix is noticed (then delete the entry).
# name -> (why it stalls, the fix that passes this test)
KNOWN_STALLS: dict[str, tuple[str, str]] = {}

PATTERNS = [
    pytest.param(name, p, anchored, id=name,
                 marks=[pytest.mark.xfail(strict=True, reason=" / fix: ".join(KNOWN_STALLS[name]))]
                 if name in KNOWN_STALLS else [])
    for package in PACKAGES for name, p, anchored in all_patterns(package)
]


@pytest.mark.parametrize("name,pattern,anchored", PATTERNS)
def test_pattern_survives_adversarial_text(name, pattern, anchored):
    if isinstance(pattern, re.Pattern):
        slow = stdlib_stalls(pattern, SIZE, LIMIT)
    else:
        slow = stalls(pattern, SIZE, LIMIT, anchored=anchored, first_only=True)
    assert slow == [], f"{name} ({pattern.pattern!r}) takes over {LIMIT}s on: {', '.join(slow)}"


def test_the_walk_finds_the_input_layers_patterns():
    # A walk that found nothing would make the test above pass vacuously.
    names = {param.values[0] for param in PATTERNS}
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


def test_anchored_use_is_tried_once_not_along_the_text():
    # A leading \s+ is quadratic when retried along a run of spaces, linear as one .match.
    leading_space = regex.compile(r"\s+(?:won|beat)\b")
    assert "whitespace-runs" in stalls(leading_space, SIZE, 0.5)
    assert stalls(leading_space, SIZE, LIMIT, anchored=True) == []


def test_usage_scan_tells_anchored_from_scanning_patterns():
    anchored = {name: flag for name, _, flag in all_patterns("matchcli.inputs")}
    # markup._TAG_END is only ever .match-ed; normalise._DIGIT_DASH is used with .sub.
    assert anchored["matchcli.inputs.markup._TAG_END"] is True
    assert anchored["matchcli.inputs.normalise._DIGIT_DASH"] is False


@pytest.mark.skipif(sys.platform == "win32", reason="kills a child process")
def test_guard_catches_a_catastrophic_stdlib_pattern():
    assert stdlib_stalls(FAKE.STDLIB, SIZE, 0.5) == ["hyphens"]
    # Bounded repeats: linear under `re`. (Unbounded `\d+-\d+` is quadratic there on a run of
    # digits, about 1.6 s per 32 KB, where `regex` skips the run by looking for the "-" first.)
    assert stdlib_stalls(re.compile(r"\b\d{1,2}-\d{1,2}\b"), SIZE, LIMIT) == []
