"""Scorelines, one table: a sentence and every scoreline in it as "a-b kind".

Kinds are the ones `find_scorelines` promises: result, aggregate, shootout, first_leg,
half_time, running, other. Sentences are folded first, as the extractor does, so an en dash
("2–1") is a scoreline too. Every sentence was written for this table.
"""
from __future__ import annotations

import pytest

from matchcli.extract.scorelines import find_scorelines
from matchcli.extract.text import fold


def case(text, *expected):
    return pytest.param(text, list(expected), id=text)


def known_failure(text, *expected, reason):
    return pytest.param(text, list(expected), id=text, marks=pytest.mark.xfail(strict=True, reason=reason))


SYNTHETIC = [
    case("Ajax won 4-3 on aggregate after extra time.", "4-3 aggregate"),
    case("They went out (2-2 agg, 3-4 on penalties).", "2-2 aggregate", "3-4 shootout"),
    case("Spurs claimed a 2-1 victory.", "2-1 result"),
    case("A 2-1 victory lifted Spurs to fourth.", "2-1 result"),
    case("Porto led 3-0 on the night until Lacazette struck.", "3-0 running"),
    case("Saka's goal made it 2-0.", "2-0 running"),
    case("Rice made it 2-0 in the 60th minute.", "2-0 running"),
    case("It was 3-1 at half-time.", "3-1 half_time"),
    case("Arsenal were 3-1 up at half-time.", "3-1 half_time"),
    case("Leeds won 2\u20131 at Elland Road.", "2-1 result"),
    case("Juventus beat Roma 3-0.", "3-0 result"),
    case("The first leg ended 0-2 in Dortmund.", "0-2 first_leg"),
    case("Juventus won 3-0 in the first leg.", "3-0 first_leg"),
    case("Madrid's 3-1 win in the reverse fixture set up the tie.", "3-1 first_leg"),
    case("Elsewhere, Everton beat Fulham 2-0.", "2-0 other"),
    case("The hosts won the shootout 5-4.", "5-4 shootout"),
    case("Chelsea won 4-2 on spot-kicks.", "4-2 shootout"),
    case("Portugal won 5-3 on penalties after a 0-0 draw.", "5-3 shootout", "0-0 result"),
    case("In the shootout, Argyle won it 4-2 when Cooper saved the last kick.", "4-2 shootout"),
    case("Harrowgate Vale were beaten 2-0 by Arsenal on Saturday.", "2-0 result"),
    case("Sevilla, who were beaten 3-0 by Real Madrid last week, recovered.", "3-0 other"),
    case("Liverpool came from 2-0 down to win 3-2.", "2-0 running", "3-2 result"),
    case("They won 2-1 (3-2 on aggregate).", "2-1 result", "3-2 aggregate"),
    case("Bayern won 4-1, 5-2 on aggregate.", "4-1 result", "5-2 aggregate"),
    case("They drew 1-1 on the night but lost 3-1 on aggregate.", "1-1 result", "3-1 aggregate"),
    case("They lost 3-2 on aggregate despite a 2-1 win on the night.", "3-2 aggregate", "2-1 result"),
    case("Villa levelled the tie at 3-3 on aggregate.", "3-3 aggregate"),
    case("The tie finished 3-3 overall.", "3-3 aggregate"),
    case("It finished 2-2 after extra time, and Chelsea won 4-3 in the shootout.", "2-2 result", "4-3 shootout"),
    case("Milan drew 0-0 with Inter.", "0-0 result"),
    case("Arsenal 2-1 Chelsea", "2-1 result"),
    case("City lost 0-1 at home.", "0-1 result"),
]

REGRESSION = [
    case("Half-time: 1-0.", "1-0 half_time"),
    case("HT 1-0", "1-0 half_time"),
    case("Final score: 2-1.", "2-1 result"),
    case("(4-3 pens)", "4-3 shootout"),
    case("Scores were level at 1-1 at the break.", "1-1 half_time"),
    case("The visitors were 2-1 ahead at the interval.", "2-1 half_time"),
    case("They were 2-0 down within ten minutes.", "2-0 running"),
    case("They trailed 1-0.", "1-0 running"),
    case("The 5-0 rout was their biggest win since 1999.", "5-0 other"),
    case("They had beaten Spurs 6-1 in 2019.", "6-1 other"),
    case("United were beaten 2-0 by the same side last season.", "2-0 other"),
    case("It ended 3-2 to the visitors.", "3-2 result"),
]

NEGATIVE = [
    case("They lined up in a 4-3-3."),
    case("They switched to a 4-4-2 formation."),
    case("The 3-5-2 system suited them."),
    case("Back in 2004-05 they won the league."),
    case("The 2018-19 season was his best."),
    case("A 19-year-old scored twice."),
    case("Kane's 35-yard strike flew in."),
    case("They were reduced to 10 men."),
    case("The game kicked off at 19:45."),
    case("He wore the number 10 shirt in 2010-11."),
]

# Known failures fixed since the table was written.
FIXED = [
    case("The sides shared a 1-1 draw in the first leg.", "1-1 first_leg"),
]

KNOWN_FAILURES = [
    known_failure("Saka made it 2-0 just after the break.", "2-0 running",
                  reason="'after the break' after the score reads as half-time, though 'made it' says running"),
    known_failure("They won the first leg 2-0 and the second 1-0.", "2-0 first_leg", "1-0 result",
                  reason="'first leg' earlier in the sentence also claims the second leg's score"),
]


# Fixed in the third session of 2026-11-25 (eval/styles4): counts named before the figures, and
# "led" inside another word ("sealed a 3-2 win") is not "led 3-0".
FIXED += [
    case("The hosts outshot the visitors 18-9.", "18-9 other"),
    case("Corners were 7-2 in their favour.", "7-2 other"),
    case("Shots: 14-6.", "14-6 other"),
    case("A header deep into stoppage time sealed a 3-2 win over Austin.", "3-2 result"),
    case("City sealed a 2-1 victory at the Etihad.", "2-1 result"),
]


@pytest.mark.parametrize("text, expected", SYNTHETIC + REGRESSION + NEGATIVE + FIXED + KNOWN_FAILURES)
def test_scoreline(text, expected):
    folded = fold(text)
    found = find_scorelines(folded)
    assert [f"{s.a}-{s.b} {s.kind}" for s in found] == expected
    for s in found:
        assert folded[s.start:s.end].replace(" ", "") == f"{s.a}-{s.b}", "span must quote the scoreline"


def test_a_sentence_yields_at_most_the_cap():
    from matchcli.extract.scorelines import MAX_PER_SENTENCE

    table = ", ".join(f"{i % 9}-{i % 7}" for i in range(100))
    assert len(find_scorelines(table)) == MAX_PER_SENTENCE
