"""The scoring rules of matchcli.evaluate, one table per rule, on hand-made records and gold."""
from __future__ import annotations

import copy
import doctest

import pytest

import matchcli.evaluate

from matchcli.evaluate import (
    Evaluation,
    check_gold,
    evaluate,
    players_match,
    prf,
    side_of,
    teams_match,
    total_minute,
)
from matchcli.models import Match

HOME, AWAY = "Borussia Dortmund", "Atalanta"


def gold_goal(team=HOME, scorer="Karim Adeyemi", minute=75, stoppage=None, approx=False, **flags):
    return {"team": team, "scorer": scorer, "minute": minute, "stoppage": stoppage, "minute_approx": approx,
            "penalty": flags.get("penalty", False), "own_goal": flags.get("own_goal", False),
            "header": False, "assist": None}


def gold_card(team=AWAY, player="Marten de Roon", card="yellow"):
    return {"team": team, "player": player, "card": card, "minute": None, "stoppage": None, "minute_approx": False}


def make_gold(**changes) -> dict:
    gold = {
        "source": "test", "publisher": None, "language": "en", "competition": None, "stage": None,
        "home": HOME, "away": AWAY, "home_aliases": ["BVB"], "away_aliases": ["La Dea"],
        "score": {"home": 1, "away": 0}, "after_extra_time": False, "shootout": None,
        "aggregate": None, "first_leg": None, "winner": HOME,
        "goals": [gold_goal()], "goals_complete": True, "cards": [], "penalties_missed": [],
        "stats": {}, "notes": "",
    }
    gold.update(changes)
    return gold


def make_match(home=HOME, away=AWAY, **fields) -> Match:
    record = {"home": {"name": home} if home else None, "away": {"name": away} if away else None}
    record.update(fields)
    return Match.model_validate(record)


# --- names -----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, same", [
    ("Dortmund", "Borussia Dortmund", True),           # one token set inside the other
    ("Borussia Dortmund", "Dortmund", True),           # either direction
    ("Arsenal FC", "The Arsenal", True),                # club words and "the" dropped
    ("Atlético Madrid", "atletico madrid", True),       # accents and case
    ("AC Milan", "Milan", True),
    ("Manchester City", "Manchester United", False),    # overlap is not containment
    ("Real Madrid", "Atletico Madrid", False),
    ("FC", "FC Utrecht", False),                        # nothing left after the club words
    (None, "Atalanta", False),
])
def test_teams_match(a, b, same):
    assert teams_match(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("Samardzic", "Lazar Samardzic", True),             # surname only
    ("Lazar Samardzic", "Samardzic", True),
    ("Kylian Mbappé", "Kylian Mbappe", True),           # accents
    ("K. Adeyemi", "Karim Adeyemi", True),              # same last token
    ("Martin Ødegaard", "Odegaard", True),              # a letter NFKD does not split
    ("Lazar Samardzic", "Lazar Markovic", False),       # first name alone is not enough
    ("Gabriel Jesus", "Gabriel", True),                 # a subset, even of first names
    ("", "Anyone", False),
])
def test_players_match(a, b, same):
    assert players_match(a, b) is same


@pytest.mark.parametrize("minute, stoppage, total", [(90, 8, 98), (45, None, 45), (105, 0, 105), (None, 3, None)])
def test_total_minute(minute, stoppage, total):
    assert total_minute(minute, stoppage) == total


@pytest.mark.parametrize("name, side", [
    ("Dortmund", "home"), ("BVB", "home"), ("La Dea", "away"), ("Atalanta BC", "away"), ("Lazio", None), (None, None),
])
def test_side_of_uses_names_and_aliases(name, side):
    assert side_of(name, make_gold()) == side


@pytest.mark.parametrize("name, side", [
    ("Coventry City", "away"), ("Bristol City", "home"), ("City", "home"), ("Coventry", "away"),
])
def test_side_of_prefers_a_side_that_holds_the_name_exactly(name, side):
    """A nickname that is part of the other club's name ("City" for Bristol City against
    Coventry City) does not pull the other club to its side."""
    gold = make_gold(home="Bristol City", away="Coventry City", home_aliases=["City"], away_aliases=["Coventry"])
    assert side_of(name, gold) == side


# --- goals -----------------------------------------------------------------------------------

GOAL_CASES = [
    # (why, predicted goals, gold goals, goals right, scorers right)
    ("exact", [dict(team=HOME, player="Karim Adeyemi", minute=75)], [gold_goal()], 1, 1),
    ("surname and short team name", [dict(team="Dortmund", player="Adeyemi", minute=75)], [gold_goal()], 1, 1),
    ("team by gold alias", [dict(team="BVB", player="Adeyemi", minute=75)], [gold_goal()], 1, 1),
    ("minute one off, not approximate", [dict(team=HOME, player="Adeyemi", minute=76)], [gold_goal()], 0, 1),
    ("minute three off, approximate", [dict(team=HOME, player="Adeyemi", minute=72)], [gold_goal(approx=True)], 1, 1),
    ("minute four off, approximate", [dict(team=HOME, player="Adeyemi", minute=71)], [gold_goal(approx=True)], 0, 1),
    ("stoppage compared as a total", [dict(team=HOME, player="Adeyemi", minute=98)],
     [gold_goal(minute=90, stoppage=8)], 1, 1),
    ("90+8 is not 90", [dict(team=HOME, player="Adeyemi", minute=90)], [gold_goal(minute=90, stoppage=8)], 0, 1),
    ("gold without a minute matches on team and player",
     [dict(team=HOME, player="Adeyemi", minute=12)], [gold_goal(minute=None)], 1, 1),
    ("record without a minute does not match a timed gold goal",
     [dict(team=HOME, player="Adeyemi")], [gold_goal()], 0, 1),
    ("wrong team", [dict(team=AWAY, player="Adeyemi", minute=75)], [gold_goal()], 0, 0),
    ("team nobody plays for", [dict(team="Lazio", player="Adeyemi", minute=75)], [gold_goal()], 0, 0),
    ("wrong player", [dict(team=HOME, player="Julian Brandt", minute=75)], [gold_goal()], 0, 0),
    ("one predicted goal cannot match two gold goals", [dict(team=HOME, player="Adeyemi", minute=75)],
     [gold_goal(), gold_goal()], 1, 1),
    ("brace matched goal by goal", [dict(team=HOME, player="Adeyemi", minute=80), dict(team=HOME, player="Adeyemi", minute=75)],
     [gold_goal(minute=75), gold_goal(minute=80)], 2, 2),
    ("own goal credited to the side that benefits",
     [dict(team=HOME, player="Berat Djimsiti", minute=75, own_goal=True)],
     [gold_goal(scorer="Berat Djimsiti", own_goal=True)], 1, 1),
]


@pytest.mark.parametrize("why, preds, golds, right, scorers", GOAL_CASES, ids=[c[0] for c in GOAL_CASES])
def test_goal_matching(why, preds, golds, right, scorers):
    ev = evaluate(make_match(goals=preds), make_gold(goals=golds, goals_complete=False))
    assert (ev.counts["goals.tp"], ev.counts["scorers.tp"]) == (right, scorers)
    assert ev.counts["goals.predicted"] == len(preds) and ev.counts["goals.gold"] == len(golds)
    assert sum(m.startswith("goal missed") for m in ev.misses) == len(golds) - right
    assert sum(m.startswith("goal extra") for m in ev.misses) == len(preds) - right


@pytest.mark.parametrize("flag, pred_flag, gold_flag, tally", [
    ("penalty", True, True, (1, 1)),
    ("penalty", False, True, (0, 1)),
    ("penalty", True, False, (0, 1)),
    ("penalty", False, False, (0, 0)),    # nobody claimed a penalty: nothing to score
    ("own_goal", True, True, (1, 1)),
    ("own_goal", False, True, (0, 1)),
])
def test_flags_scored_on_matched_goals(flag, pred_flag, gold_flag, tally):
    ev = evaluate(make_match(goals=[dict(team=HOME, player="Adeyemi", minute=75, **{flag: pred_flag})]),
                  make_gold(goals=[gold_goal(**{flag: gold_flag})]))
    assert (ev.counts[f"{flag}.ok"], ev.counts[f"{flag}.total"]) == tally


# --- score, aggregate, shootout, winner, teams -----------------------------------------------

PAIR_CASES = [
    # (why, record fields and team order, gold changes, fact, (right, scored))
    ("same score", dict(score={"home": 1, "away": 0}), {}, "score", (1, 1)),
    ("wrong score", dict(score={"home": 2, "away": 0}), {}, "score", (0, 1)),
    ("record with teams the other way round", dict(home=AWAY, away=HOME, score={"home": 0, "away": 1}), {}, "score", (1, 1)),
    ("no score in the record", dict(), {}, "score", (0, 1)),
    ("teams unknown, so the pair cannot be read", dict(home="Lazio", away="Roma", score={"home": 1, "away": 0}), {}, "score", (0, 1)),
    ("nothing claimed, nothing stated", dict(), {}, "aggregate", (0, 0)),
    ("aggregate claimed where gold has none", dict(aggregate={"home": 1, "away": 0}), {}, "aggregate", (0, 1)),
    ("aggregate right", dict(aggregate={"home": 4, "away": 3}), {"aggregate": {"home": 4, "away": 3}}, "aggregate", (1, 1)),
    ("shootout right", dict(shootout={"home": 4, "away": 5}), {"shootout": {"home": 4, "away": 5}}, "shootout", (1, 1)),
    ("shootout reversed", dict(shootout={"home": 5, "away": 4}), {"shootout": {"home": 4, "away": 5}}, "shootout", (0, 1)),
    ("winner by short name", dict(winner="Dortmund"), {}, "winner", (1, 1)),
    ("winner wrong side", dict(winner=AWAY), {}, "winner", (0, 1)),
    ("draw, no winner claimed", dict(), {"winner": None}, "winner", (0, 0)),
    ("draw, but a winner claimed", dict(winner=HOME), {"winner": None}, "winner", (0, 1)),
    ("teams right", dict(), {}, "teams", (1, 1)),
    ("teams by alias and short name", dict(home="BVB", away="Atalanta BC"), {}, "teams", (1, 1)),
    ("both teams on one side", dict(home="Dortmund", away="Borussia Dortmund"), {}, "teams", (0, 1)),
    ("no teams", dict(home=None, away=None), {}, "teams", (0, 1)),
]


@pytest.mark.parametrize("why, fields, gold_changes, fact, tally", PAIR_CASES, ids=[c[0] for c in PAIR_CASES])
def test_pairs_teams_and_winner(why, fields, gold_changes, fact, tally):
    ev = evaluate(make_match(**fields), make_gold(**gold_changes))
    assert (ev.counts[f"{fact}.ok"], ev.counts[f"{fact}.total"]) == tally


# --- cards -----------------------------------------------------------------------------------

CARD_CASES = [
    ("same player, type and team", [dict(player="de Roon", team=AWAY, card="yellow")], [gold_card()], 1),
    ("card minute is not scored", [dict(player="de Roon", team=AWAY, card="yellow", minute=3)], [gold_card()], 1),
    ("wrong type", [dict(player="de Roon", team=AWAY, card="red")], [gold_card()], 0),
    ("second yellow is not a red", [dict(player="de Roon", team=AWAY, card="red")], [gold_card(card="second_yellow")], 0),
    ("wrong team", [dict(player="de Roon", team=HOME, card="yellow")], [gold_card()], 0),
    ("wrong player", [dict(player="Ederson", team=AWAY, card="yellow")], [gold_card()], 0),
    ("unnamed gold player matches on team and type", [dict(player="Ederson", team=AWAY, card="red")],
     [gold_card(player=None, card="red")], 1),
    ("gold without a team matches on player and type", [dict(player="de Roon", team=None, card="yellow")],
     [gold_card(team=None)], 1),
    ("one card per gold card", [dict(player="de Roon", team=AWAY, card="yellow")], [gold_card(), gold_card()], 1),
]


@pytest.mark.parametrize("why, preds, golds, right", CARD_CASES, ids=[c[0] for c in CARD_CASES])
def test_card_matching(why, preds, golds, right):
    ev = evaluate(make_match(cards=preds), make_gold(cards=golds))
    assert ev.counts["cards.tp"] == right
    assert (ev.counts["cards.predicted"], ev.counts["cards.gold"]) == (len(preds), len(golds))


# --- stats -----------------------------------------------------------------------------------

STAT_CASES = [
    ("xg within rounding", dict(xg={"home": 2.614, "away": 0.93}), {"xg": {"home": 2.61, "away": 0.93}}, (2, 2)),
    ("xg off by a hundredth", dict(xg={"home": 2.62, "away": 0.93}), {"xg": {"home": 2.61, "away": 0.93}}, (1, 2)),
    ("possession within half a point", dict(possession={"home": 55.4, "away": 44.6}),
     {"possession": {"home": 55, "away": 45}}, (2, 2)),
    ("shots must be exact", dict(shots={"home": 14, "away": 7}), {"shots": {"home": 15, "away": 7}}, (1, 2)),
    ("a side gold leaves null is not scored", dict(shots_on_target={"home": 9, "away": 3}),
     {"shots_on_target": {"home": 9, "away": None}}, (1, 1)),
    ("missing in the record", dict(), {"shots": {"home": 15, "away": 7}}, (0, 2)),
    ("stats the gold does not state are not scored", dict(xg={"home": 1.0, "away": 1.0}), {}, (0, 0)),
]


@pytest.mark.parametrize("why, stats, gold_stats, tally", STAT_CASES, ids=[c[0] for c in STAT_CASES])
def test_stats(why, stats, gold_stats, tally):
    ev = evaluate(make_match(stats=stats), make_gold(stats=gold_stats))
    assert (ev.counts["stats.ok"], ev.counts["stats.total"]) == tally


def test_stats_read_through_the_record_team_order():
    ev = evaluate(make_match(home=AWAY, away=HOME, stats={"shots": {"home": 7, "away": 15}}),
                  make_gold(stats={"shots": {"home": 15, "away": 7}}))
    assert ev.accuracy("stats") == 1.0


# --- totals ----------------------------------------------------------------------------------

def test_a_record_equal_to_its_gold_is_perfect():
    gold = make_gold(goals=[gold_goal(minute=90, stoppage=8, penalty=True)], cards=[gold_card(card="second_yellow")],
                     stats={"xg": {"home": 2.61, "away": 0.93}})
    record = make_match(score={"home": 1, "away": 0}, winner=HOME,
                        goals=[dict(team=HOME, player="Karim Adeyemi", minute=90, stoppage=8, penalty=True)],
                        cards=[dict(player="Marten de Roon", team=AWAY, card="second_yellow")],
                        stats={"xg": {"home": 2.61, "away": 0.93}})
    ev = evaluate(record, gold)
    assert ev.perfect, ev.misses
    assert ev.prf("goals") == ev.prf("cards") == (1.0, 1.0, 1.0)


def test_an_empty_record_misses_everything():
    ev = evaluate(Match(), make_gold(cards=[gold_card()]))
    assert not ev.perfect
    assert ev.prf("goals") == (0.0, 0.0, 0.0)
    assert ev.accuracy("teams") == ev.accuracy("score") == ev.accuracy("winner") == 0.0
    assert ev.accuracy("aggregate") is None


def test_evaluations_add_up():
    a = evaluate(make_match(score={"home": 1, "away": 0}), make_gold())
    b = evaluate(make_match(score={"home": 2, "away": 0}), make_gold())
    total = a + b
    assert total.accuracy("score") == 0.5
    assert total.counts["goals.gold"] == 2
    assert len(total.misses) == len(a.misses) + len(b.misses)
    assert Evaluation() + a == a


@pytest.mark.parametrize("tp, predicted, gold, expected", [
    (2, 4, 2, (0.5, 1.0, 2 / 3)),
    (0, 0, 0, (1.0, 1.0, 1.0)),      # nothing to find, nothing found
    (0, 0, 3, (0.0, 0.0, 0.0)),      # found nothing
    (0, 2, 0, (0.0, 1.0, 0.0)),      # found only things that are not there
])
def test_prf(tp, predicted, gold, expected):
    assert prf(tp, predicted, gold) == pytest.approx(expected)


# --- gold format -----------------------------------------------------------------------------

def _without(key):
    gold = make_gold()
    del gold[key]
    return gold


def _goal_change(**changes):
    goal = gold_goal()
    goal.update(changes)
    return make_gold(goals=[goal])


BROKEN_GOLD = [
    # (why, gold, a word the problem must contain)
    ("not an object", ["home", "away"], "object"),
    ("unknown key", make_gold(venue="Bergamo"), "unknown keys"),
    ("missing key", _without("goals_complete"), "missing keys"),
    ("same team twice", make_gold(away=HOME), "two different"),
    ("score not a pair", make_gold(score=[1, 0]), "score"),
    ("negative score", make_gold(score={"home": -1, "away": 0}), "score"),
    ("winner neither team", make_gold(winner="Lazio"), "winner"),
    ("goal for a third team", _goal_change(team="Lazio"), "neither team"),
    ("goal with a missing key", make_gold(goals=[{"team": HOME, "scorer": "X", "minute": 3}]), "keys"),
    ("minute as text", _goal_change(minute="75"), "minute"),
    ("stoppage without minute", _goal_change(minute=None, stoppage=2), "stoppage"),
    ("unknown card type", make_gold(cards=[gold_card(card="orange")]), "card"),
    ("unknown penalty outcome", make_gold(penalties_missed=[
        {"team": HOME, "player": "X", "minute": 3, "stoppage": None, "outcome": "skied"}]), "outcome"),
    ("unknown stat", make_gold(stats={"corners": {"home": 3, "away": 2}}), "corners"),
    ("goals do not add up", make_gold(score={"home": 2, "away": 0}), "goals_complete"),
    ("aggregate not first leg plus score", make_gold(aggregate={"home": 3, "away": 3}, first_leg={"home": 1, "away": 2}),
     "aggregate"),
    ("shootout after a decided tie", make_gold(shootout={"home": 4, "away": 2}), "shootout"),
]


@pytest.mark.parametrize("why, gold, word", BROKEN_GOLD, ids=[c[0] for c in BROKEN_GOLD])
def test_check_gold_finds_problems(why, gold, word):
    problems = check_gold(gold)
    assert problems and any(word in p for p in problems), problems


@pytest.mark.parametrize("why, gold", [
    ("minimal", make_gold()),
    ("incomplete goals may disagree with the score", make_gold(score={"home": 3, "away": 0}, goals_complete=False)),
    ("two-legged tie that adds up", make_gold(aggregate={"home": 2, "away": 2}, first_leg={"home": 1, "away": 2},
                                               shootout={"home": 4, "away": 3})),
    ("score unknown", make_gold(score=None, winner=None, goals=[], goals_complete=False)),
])
def test_check_gold_accepts_good_gold(why, gold):
    assert check_gold(copy.deepcopy(gold)) == []


def test_docstring_examples():
    assert doctest.testmod(matchcli.evaluate).failed == 0
