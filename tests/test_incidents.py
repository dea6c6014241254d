"""Missed penalties and woodwork: who took the kick, who saved it, whose side, and what is not a
missed penalty at all (shootout kicks). One short report per row, written for this table."""
from __future__ import annotations

import pytest

from matchcli import parse_report

OPENING = "Chelsea 1-0 Everton\n\nChelsea beat Everton 1-0 at Stamford Bridge on Saturday. Cole Palmer scored the only goal for Chelsea in the 30th minute. "

# (label, sentences after the opening, expected [(player, team, outcome)])
MISSED_PENALTIES = [
    ("passive save: the subject took it", "Dwight McNeil saw a 70th-minute penalty saved by Robert Sanchez.",
     [("Dwight McNeil", None, "saved")]),
    ("keeper subject, kicker after", "Everton goalkeeper Jordan Pickford saved from Nicolas Jackson in the 50th minute to deny Chelsea a penalty goal.",
     [("Nicolas Jackson", "Chelsea", "saved")]),
    ("possessive kicker", "Robert Sanchez kept out Dominic Calvert-Lewin's penalty in the 80th minute.",
     [("Dominic Calvert-Lewin", None, "saved")]),     # nothing ties him or Sanchez to a side
    ("nearest name before the miss", "Palmer went close and Everton's Dwight McNeil missed a late penalty.",
     [("Dwight McNeil", "Everton", "missed")]),
    # the keeper in the first clause is 'he' in the second: not resolved, so no side
    ("a 'penalty save' names the keeper, 'a X penalty' the kicker", "It was Jordan Pickford's third penalty save of the season after he stopped a Nicolas Jackson penalty in the 50th minute.",
     [("Nicolas Jackson", None, "saved")]),
    ("shootout kicks are not missed penalties", "The cup tie went to a shootout. Jackson's penalty was saved and Pickford then saved two penalties.",
     []),
]


@pytest.mark.parametrize("label,sentences,expected", MISSED_PENALTIES, ids=[r[0] for r in MISSED_PENALTIES])
def test_missed_penalties(label, sentences, expected):
    match = parse_report(OPENING + sentences + "\n")
    got = [(p.player, p.team, str(p.outcome)) for p in match.penalties_missed]
    assert got == expected


WOODWORK = [
    ("the sentence's one team", "Everton went close after the break, but Dwight McNeil hit the post.", ("Dwight McNeil", "Everton")),
    ("two teams named: no guess", "Chelsea pressed and Everton countered, but Dwight McNeil hit the post.", ("Dwight McNeil", None)),
]


@pytest.mark.parametrize("label,sentences,expected", WOODWORK, ids=[r[0] for r in WOODWORK])
def test_woodwork_side(label, sentences, expected):
    match = parse_report(OPENING + sentences + "\n")
    assert [(w.player, w.team) for w in match.woodwork] == [expected]


VAR_REVIEWS = [
    ("a team named", "In the 60th minute Everton had a goal ruled out by VAR for offside.", ("Everton", "goal disallowed")),
    ("the penalty goal told beside it", "After a VAR review a spot-kick was awarded in the 29th minute, and Cole Palmer converted the penalty a minute later.",
     ("Chelsea", "penalty awarded")),
]


@pytest.mark.parametrize("label,sentences,expected", VAR_REVIEWS, ids=[r[0] for r in VAR_REVIEWS])
def test_var_review_side(label, sentences, expected):
    match = parse_report(OPENING + sentences + "\n")
    assert [(v.team, v.decision) for v in match.var_reviews] == [expected]
