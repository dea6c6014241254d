"""The tie calculator: famous ties from the record books, rule edges, properties, the command."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.tie import (RULES, Leg, NotATieError, TieError, decide_record, decide_tie, get_rules,
                          parse_scoreline)

# (label, first leg, second leg, rules, extra time, penalties, winner, decided by, aggregate a-b)
FAMOUS = [
    ("Barcelona 6-1 PSG after 0-4 (2017)", "Paris Saint-Germain 4-0 Barcelona",
     "Barcelona 6-1 Paris Saint-Germain", "uefa-classic", None, None, "Barcelona", "aggregate", (5, 6)),
    ("Tottenham through at Ajax on away goals (2019)", "Tottenham Hotspur 0-1 Ajax",
     "Ajax 2-3 Tottenham Hotspur", "uefa-classic", None, None, "Tottenham Hotspur", "away_goals", (3, 3)),
    ("Liverpool 4-0 Barcelona after 0-3 (2019)", "Barcelona 3-0 Liverpool",
     "Liverpool 4-0 Barcelona", "uefa-classic", None, None, "Liverpool", "aggregate", (3, 4)),
    ("Tottenham through at Manchester City on away goals (2019)", "Tottenham Hotspur 1-0 Manchester City",
     "Manchester City 4-3 Tottenham Hotspur", "uefa-classic", None, None, "Tottenham Hotspur", "away_goals", (4, 4)),
    ("Atalanta 4-1 Dortmund after 0-2 (2025), team names differ between legs",
     "Borussia Dortmund 2-0 Atalanta", "Atalanta 4–1 Dortmund", "uefa-2021", None, None,
     "Atalanta", "aggregate", (3, 4)),
    ("Chelsea beat Napoli in extra time (2012): 3-1 after 90, Ivanovic in extra time",
     "Napoli 3-1 Chelsea", "Chelsea 3-1 Napoli", "uefa-classic", (1, 0), None, "Chelsea", "extra_time", (4, 5)),
    ("Liverpool beat Chelsea on penalties (2007): 1-0 and 1-0",
     "Chelsea 1-0 Liverpool", "Liverpool 1-0 Chelsea", "uefa-classic", (0, 0), (4, 1), "Liverpool", "penalties", (1, 1)),
]

SYNTHETIC = [
    ("the same Ajax-Tottenham legs without away goals go to extra time", "Tottenham Hotspur 0-1 Ajax",
     "Ajax 2-3 Tottenham Hotspur", "uefa-2021", None, None, None, None, (3, 3)),
    ("classic rules: a scoring draw in extra time sends the visitors through", "A 1-1 B", "B 1-1 A",
     "uefa-classic", (2, 2), None, "A", "away_goals_extra_time", (4, 4)),
    ("away-goals-90: a scoring draw in extra time still needs penalties", "A 1-1 B", "B 1-1 A",
     "away-goals-90", (2, 2), None, None, None, (4, 4)),
    ("away-goals-et is the classic rule set", "A 1-1 B", "B 1-1 A", "away-goals-et", (0, 1), None,
     "A", "extra_time", (3, 2)),
    ("a shootout without extra-time goals means a goalless extra time", "A 0-0 B", "B 0-0 A",
     "uefa-2021", None, (3, 5), "A", "penalties", (0, 0)),
    ("home goals alone do not break a level aggregate under the classic rules", "A 2-0 B", "B 2-0 A",
     "uefa-classic", None, None, None, None, (2, 2)),
]


@pytest.mark.parametrize("label,first,second,rules,et,pens,winner,decided_by,aggregate",
                         FAMOUS + SYNTHETIC, ids=[row[0] for row in FAMOUS + SYNTHETIC])
def test_tie_table(label, first, second, rules, et, pens, winner, decided_by, aggregate):
    result = decide_tie(parse_scoreline(first), parse_scoreline(second), get_rules(rules), et, pens)
    assert (result.winner, result.decided_by, result.aggregate) == (winner, decided_by, aggregate)
    assert (result.pending is None) == (winner is not None)


INVALID = [
    ("extra time after a decided tie", "A 1-0 B", "B 0-0 A", (1, 0), None, "already through"),
    ("a shootout after a win in extra time", "A 0-0 B", "B 0-0 A", (1, 0), (4, 3), "won in extra time"),
    ("a level shootout", "A 0-0 B", "B 0-0 A", None, (4, 4), "cannot end level"),
    ("the same home side twice", "A 0-0 B", "A 1-0 B", None, None, "at home in both legs"),
    ("different teams", "A 0-0 B", "C 1-0 A", None, None, "different teams"),
]


@pytest.mark.parametrize("label,first,second,et,pens,message", INVALID, ids=[row[0] for row in INVALID])
def test_impossible_ties_are_refused(label, first, second, et, pens, message):
    with pytest.raises(TieError, match=message):
        decide_tie(parse_scoreline(first), parse_scoreline(second), RULES["uefa-2021"], et, pens)


@pytest.mark.parametrize("text", ["Atalanta 4 Dortmund 1", "4-1", "Atalanta v Dortmund"])
def test_bad_scorelines(text):
    with pytest.raises(TieError, match="not a scoreline"):
        parse_scoreline(text)


def test_scoreline_keeps_digits_in_team_names():
    assert parse_scoreline("Schalke 04 1-2 1. FC Köln") == Leg("Schalke 04", "1. FC Köln", 1, 2)


# --- properties -----------------------------------------------------------------------------

goals = st.integers(0, 6)
maybe_pair = st.one_of(st.none(), st.tuples(goals, goals))
rule_sets = st.sampled_from(sorted(RULES))


def _decide(x1, y1, x2, y2, rules, et=None, pens=None, a="Alpha", b="Beta"):
    try:
        return decide_tie(Leg(a, b, x1, y1), Leg(b, a, x2, y2), RULES[rules], et, pens)
    except TieError:
        return None


@given(goals, goals, goals, goals, rule_sets, maybe_pair, maybe_pair)
def test_renaming_the_teams_renames_the_winner(x1, y1, x2, y2, rules, et, pens):
    one = _decide(x1, y1, x2, y2, rules, et, pens)
    other = _decide(x1, y1, x2, y2, rules, et, pens, a="Gamma", b="Delta")
    assert (one is None) == (other is None)
    if one:
        rename = {"Alpha": "Gamma", "Beta": "Delta", None: None}
        assert rename[one.winner] == other.winner
        assert (one.aggregate, one.decided_by, one.pending) == (other.aggregate, other.decided_by, other.pending)


@given(goals, goals, goals, goals, maybe_pair, maybe_pair)
def test_without_away_goals_swapping_every_score_swaps_the_winner(x1, y1, x2, y2, et, pens):
    one = _decide(x1, y1, x2, y2, "uefa-2021", et, pens)
    swap = lambda p: p and (p[1], p[0])  # noqa: E731
    mirror = _decide(y1, x1, y2, x2, "uefa-2021", swap(et), swap(pens))
    assert (one is None) == (mirror is None)
    if one:
        flip = {"Alpha": "Beta", "Beta": "Alpha", None: None}
        assert flip[one.winner] == mirror.winner
        assert mirror.aggregate == swap(one.aggregate)


@given(goals, goals, goals, goals, rule_sets, maybe_pair)
def test_aggregate_is_the_sum_of_the_legs(x1, y1, x2, y2, rules, et):
    result = _decide(x1, y1, x2, y2, rules, et)
    if result:
        extra = et or (0, 0)
        assert result.aggregate == (x1 + y2 + extra[1], y1 + x2 + extra[0])


@given(goals, goals, rule_sets)
def test_no_winner_on_a_full_tie_without_a_decider(x, y, rules):
    # The home side scoring x and conceding y in both legs leaves aggregate and away goals level.
    result = _decide(x, y, x, y, rules)
    assert result.winner is None and result.pending == "extra_time"
    after_et = _decide(x, y, x, y, rules, (0, 0))
    assert after_et.winner is None and after_et.pending == "penalties"


# --- from a parsed second leg -----------------------------------------------------------------

def test_record_of_a_second_leg(atalanta):
    result = decide_record(atalanta, RULES["uefa-2021"])
    assert (result.team_a, result.team_b, result.winner, result.aggregate) == \
        ("Borussia Dortmund", "Atalanta", "Atalanta", (3, 4))
    assert result.warnings == []


def test_record_aggregate_alone_gives_the_first_leg(atalanta):
    atalanta.first_leg = None
    result = decide_record(atalanta, RULES["uefa-2021"])
    assert result.first_leg == Leg("Borussia Dortmund", "Atalanta", 2, 0)


def test_record_with_extra_time_and_shootout(et_leg):
    result = decide_record(et_leg, RULES["uefa-2021"])
    assert result.extra_time == (1, 1) and result.second_leg.home_goals == 1
    assert (result.winner, result.decided_by) == ("Home FC", "penalties")


def test_record_contradicting_the_rules_is_an_input_error(et_leg):
    with pytest.raises(NotATieError, match="away goals scored in extra time"):
        decide_record(et_leg, RULES["uefa-classic"])


def test_record_that_is_not_a_second_leg(final):
    with pytest.raises(NotATieError, match="not the second leg"):
        decide_record(final, RULES["uefa-2021"])


def test_record_with_missing_goals_needs_explicit_extra_time(et_leg):
    et_leg.goals = et_leg.goals[:2]
    with pytest.raises(NotATieError, match="--extra-time"):
        decide_record(et_leg, RULES["uefa-2021"])
    assert decide_record(et_leg, RULES["uefa-2021"], extra_time=(1, 1)).winner == "Home FC"


# --- the command ------------------------------------------------------------------------------

runner = CliRunner()


def test_command_text():
    result = runner.invoke(app, ["tie", "Borussia Dortmund 2-0 Atalanta", "Atalanta 4–1 Borussia Dortmund"])
    assert result.exit_code == 0
    assert "aggregate   Borussia Dortmund 3-4 Atalanta" in result.stdout
    assert "Atalanta go through 4-3 on aggregate." in result.stdout


def test_command_away_goals_shortcut_and_json():
    legs = ["Tottenham Hotspur 0-1 Ajax", "Ajax 2-3 Tottenham Hotspur"]
    with_away = json.loads(runner.invoke(app, ["tie", *legs, "--away-goals", "--json"]).stdout)
    without = json.loads(runner.invoke(app, ["tie", *legs, "--no-away-goals", "--json"]).stdout)
    assert (with_away["winner"], with_away["decided_by"]) == ("Tottenham Hotspur", "away_goals")
    assert (without["winner"], without["pending"]) == (None, "extra_time")


@pytest.mark.parametrize("args,message", [
    (["A 1-0 B"], "expected two scorelines"),
    (["A 1-0 B", "B 1-0 A", "--rules", "fifa-1930"], "unknown rule set"),
    (["A 1-0 B", "B 1-0 A", "--rules", "uefa-2021", "--away-goals"], "not both"),
    (["A 1-1 B", "B 1-1 A", "--penalties", "4:4"], "cannot end level"),
    (["A 1-1 B", "B 1-1 A", "--extra-time", "one-nil"], "expected a score"),
])
def test_command_usage_errors(args, message):
    result = runner.invoke(app, ["tie", *args])
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""


def test_command_from_saved_record(tmp_path, et_leg, final):
    path = tmp_path / "legs.jsonl"
    path.write_text("\n".join(m.model_dump_json() for m in (et_leg, final)) + "\n")
    result = runner.invoke(app, ["tie", "--record", str(path), "--json"])
    assert result.exit_code == 1  # the final is no second leg; the tie still prints
    assert json.loads(result.stdout)["winner"] == "Home FC"
    assert "not the second leg" in result.stderr


def test_json_validates_against_the_view_schema():
    import jsonschema

    from matchcli.view_models import view_schema

    for args in (["A 1-1 B", "B 1-1 A", "--extra-time", "0-0", "--penalties", "3-4"], ["A 2-0 B", "B 1-0 A"]):
        result = runner.invoke(app, ["tie", *args, "--json"])
        jsonschema.validate(json.loads(result.stdout), view_schema("tie"))


def test_rendered_tie_with_extra_time_and_penalties(et_leg):
    from helpers import render_text

    from matchcli.render.tie import render_tie

    lines = render_text(render_tie, decide_record(et_leg, RULES["uefa-2021"])).splitlines()
    assert lines[0] == "Away United v Home FC"
    assert lines[2:] == [
        "first leg   Away United 1-0 Home FC",
        "second leg  Home FC 1-0 Away United",
        "extra time  Home FC 1-1 Away United (goals in extra time)",
        "penalties   Home FC 5-4 Away United",
        "aggregate   Away United 2-2 Home FC",
        "Home FC go through 5-4 on penalties after 2-2 on aggregate.",
    ]
