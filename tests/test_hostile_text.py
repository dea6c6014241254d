"""The real extraction core on text aimed at its regular expressions, and on messy real-world
typography: it must return a record or raise a MatchcliError, with honest evidence offsets.

Nothing here measures speed (bench/hostile.py does, at 1 MB): the texts are small enough that a
quadratic rule still finishes, so these tests check correctness (no crash, honest offsets). The
timeout marks are hang detectors: an exponential rule fails its test instead of stalling the
suite. test_hostile_patterns.py catches quadratic patterns by name.
"""
from __future__ import annotations

import pytest

from hostile_cases import ADVERSARIAL, adversarial, evidence_problems
from matchcli import parse_report
from matchcli.errors import MatchcliError
from matchcli.inputs import text_from_bytes

HANG = pytest.mark.timeout(120)
SIZE = 2 * 1024


def parse_or_refuse(text: str):
    """The record, or None when the core refused with one of its own errors."""
    try:
        match = parse_report(text)
    except MatchcliError:
        return None
    assert evidence_problems(match, text) == []
    return match


@HANG
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text(name):
    parse_or_refuse(adversarial(name, SIZE))


@HANG
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_after_a_real_opening(name):
    # Patterns anchored on a scoreline or a name only get going once the text has one.
    opening = "Arsenal 2-1 Chelsea\n\nBukayo Saka scored in the 23rd minute (assisted by Odegaard). "
    parse_or_refuse(opening + adversarial(name, SIZE))


@HANG
def test_one_megabyte_line():
    parse_or_refuse(adversarial("one-long-line", 1024 * 1024))


@HANG
@pytest.mark.parametrize("name", ["digits", "hyphens", "apostrophes", "capitalised-words", "stoppage-chain"])
def test_adversarial_text_through_the_input_layer(name):
    doc = text_from_bytes(adversarial(name, SIZE).encode(), "hostile.txt")
    parse_or_refuse(doc.text)


# Typography a real report arrives with: after the input layer the core sees exactly the text
# it would see for the plain spelling, so it needs no pattern for any of it.
# (label, messy bytes, the plain text the core must see)
MESSY = [
    ("curly quotes, en dash, prime, NBSP", "Arsenal 2\u20131 Chelsea\n\nSaka\u2019s shot in the 23\u2032 beat\u00a0Sanchez.".encode(),
     "Arsenal 2-1 Chelsea\n\nSaka's shot in the 23' beat Sanchez."),
    ("em dash scoreline, CRLF, BOM", "\ufeffArsenal 2\u20141 Chelsea\r\n\r\nSaka scored.\r\n".encode(),
     "Arsenal 2-1 Chelsea\n\nSaka scored.\n"),
    ("zero-width characters", "Ars\u200benal 2-1 Che\u200dlsea. Sa\u2060ka scored.".encode(),
     "Arsenal 2-1 Chelsea. Saka scored."),
    ("decomposed accents in cp1252-free UTF-8", "Mu\u0308ller scored 2\u20130.".encode(), "M\u00fcller scored 2-0."),
    ("cp1252 with smart quotes and dashes", "\u201cWe won 2\u20131,\u201d said Arteta \u2013 Saka\u2019s goal".encode("cp1252"),
     "\u201cWe won 2-1,\u201d said Arteta - Saka's goal"),
    ("utf-16 saved by a Windows editor", "Arsenal 2\u20131 Chelsea\r\n".encode("utf-16"), "Arsenal 2-1 Chelsea\n"),
]


@pytest.mark.parametrize("label,data,plain", MESSY, ids=[c[0] for c in MESSY])
def test_messy_typography_reaches_the_core_as_plain_text(label, data, plain):
    doc = text_from_bytes(data, "messy.txt")
    assert doc.text == plain
    parse_or_refuse(doc.text)


# A report inside a page that also gives other matches' results: the record must hold this
# match only. (label, page text, known failure of the core or None)
REPORT = (
    "Arsenal 2-1 Chelsea\n\n"
    "Arsenal beat Chelsea 2-1 at the Emirates on Saturday. "
    "Cole Palmer scored for Chelsea in the 12th minute. Bukayo Saka scored for Arsenal in the 40th minute. "
    "Kai Havertz scored for Arsenal in the 78th minute.\n\n"
)
ROUNDUPS = [
    ("prose roundup after", REPORT + "Elsewhere, Everton beat Fulham 3-0, with two goals from Dominic "
     "Calvert-Lewin, and Leeds drew 1-1 with Burnley.\n", None),
    ("results list after", REPORT + "Other results\n\nEverton 3-0 Fulham\nLeeds 1-1 Burnley\nBrentford 2-2 Wolves\n", None),
    ("scorer line of another match", REPORT + "Elsewhere: Everton 3 (Calvert-Lewin 10, 55, McNeil 80) Fulham 0.\n", None),
    ("another match's scorer sentence", REPORT + "Earlier, Dominic Calvert-Lewin scored for Everton in the 10th "
     "minute of their 3-0 win over Fulham.\n", None),
    ("previous meeting", REPORT + "When the sides last met, Chelsea won 4-1 at Stamford Bridge, with Nicolas "
     "Jackson scoring in the 5th minute.\n", None),
    ("other tie's aggregate", REPORT + "In the other semi-final, Liverpool beat Spurs 3-1 on aggregate.\n", None),
    ("roundup before the report", "In the early game, Everton beat Fulham 3-0 thanks to a Calvert-Lewin double.\n\n"
     + REPORT, None),
    ("scores ticker above the headline", "Latest scores: Everton 3-0 Fulham | Leeds 1-1 Burnley | Brentford 2-2 "
     "Wolves\n\n" + REPORT, "the ticker's first result is taken as the match (Everton 3-0 Fulham)"),
]


@pytest.mark.parametrize("label,page,known", [
    pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True, reason=case[2])] if case[2] else [])
    for case in ROUNDUPS
])
def test_report_among_other_results_keeps_only_its_own_match(label, page, known):
    match = parse_report(page)
    assert (match.home and match.home.name, match.away and match.away.name) == ("Arsenal", "Chelsea")
    assert match.score is not None and (match.score.home, match.score.away) == (2, 1)
    assert match.aggregate is None
    assert sorted(g.player for g in match.goals) == ["Bukayo Saka", "Cole Palmer", "Kai Havertz"]
    assert evidence_problems(match, page) == []
