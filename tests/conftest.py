"""Hand-built records the view tests share. The extraction core is not needed for views, so
these stand in for what `parse --json` would give; facts of real matches are as reported."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

# The compiled-pattern cache (matchcli/patterns.py) of a test run lives in a directory of its
# own, never in the user's ~/.cache; the CLI subprocesses the tests start inherit it. Registered
# before matchcli is imported, so it runs after matchcli's own at-exit save (atexit is LIFO).
os.environ["MATCHCLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="matchcli-test-cache-")
os.environ.pop("MATCHCLI_NO_CACHE", None)
atexit.register(shutil.rmtree, os.environ["MATCHCLI_CACHE_DIR"], True)

from matchcli.models import (Card, Goal, Match, MissedPenalty, Score, StatPair, Stats, Team,  # noqa: E402
                             VarReview, Woodwork)


def atalanta_dortmund() -> Match:
    """Second leg: Atalanta 4-1 Borussia Dortmund after 0-2 in Dortmund (aggregate 4-3)."""
    home, away = "Atalanta", "Borussia Dortmund"
    return Match(
        source="atalanta-dortmund.txt",
        home=Team(name=home), away=Team(name=away, aliases=["Dortmund", "BVB"]),
        competition="Champions League", stage="knockout phase play-off, second leg",
        score=Score(home=4, away=1), half_time=Score(home=2, away=0),
        aggregate=Score(home=4, away=3), first_leg=Score(home=0, away=2), winner=home,
        goals=[
            Goal(minute=5, team=home, player="Scamacca", assist="Bernasconi"),
            Goal(minute=45, approximate=True, team=home, player="Zappacosta"),
            Goal(minute=59, approximate=True, team=home, player="Pasalic", header=True, assist="de Roon"),
            Goal(minute=75, approximate=True, team=away, player="Adeyemi"),
            Goal(minute=90, stoppage=8, team=home, player="Samardzic", penalty=True),
        ],
        cards=[Card(minute=90, stoppage=5, player="Bensebaini", team="Dortmund", card="second_yellow")],
        woodwork=[Woodwork(minute=53, approximate=True, player="Beier", team=away)],
        stats=Stats(xg=StatPair(home=2.61, away=0.93), shots=StatPair(home=15, away=7),
                    shots_on_target=StatPair(home=9, away=None)),
    )


def argentina_france() -> Match:
    """2022 World Cup final: 3-3 after extra time, Argentina won the shootout 4-2."""
    arg, fra = "Argentina", "France"
    return Match(
        source="argentina-france.txt",
        home=Team(name=arg), away=Team(name=fra), competition="World Cup", stage="final",
        score=Score(home=3, away=3), half_time=Score(home=2, away=0), after_extra_time=True,
        shootout=Score(home=4, away=2), winner=arg,
        goals=[
            Goal(minute=23, team=arg, player="Messi", penalty=True),
            Goal(minute=36, team=arg, player="Di María", assist="Mac Allister"),
            Goal(minute=80, team=fra, player="Mbappé", penalty=True),
            Goal(minute=81, team=fra, player="Mbappé"),
            Goal(minute=108, team=arg, player="Messi"),
            Goal(minute=118, team=fra, player="Mbappé", penalty=True),
        ],
        # Synthetic, not a claim about the final: a review in the same minute as a goal, for ordering.
        var_reviews=[VarReview(minute=23, team=arg, decision="penalty confirmed")],
    )


def own_goals_match() -> Match:
    """Synthetic league match with an own goal for each side and a saved penalty."""
    home, away = "Northbridge", "Southport Athletic"
    return Match(
        source="northbridge-southport.txt",
        home=Team(name=home), away=Team(name=away, aliases=["Southport"]),
        score=Score(home=3, away=2),
        goals=[
            Goal(minute=12, team=home, player="Adams"),
            Goal(minute=30, team=home, player="Baker", own_goal=True),
            Goal(minute=50, team=away, player="Carter", header=True),
            Goal(minute=77, team=home, player="Adams", penalty=True),
            Goal(minute=88, team="Southport", player="Evans", own_goal=True),
        ],
        cards=[Card(minute=40, player="Carter", team=away, card="yellow"),
               Card(minute=44, player="Doyle", team=home, card="yellow"),
               Card(minute=70, player="Fox", team=away, card="red")],
        penalties_missed=[MissedPenalty(minute=60, player="Carter", team=away, outcome="saved")],
        stats=Stats(xg=StatPair(home=1.4, away=1.3), shots=StatPair(home=11, away=10),
                    shots_on_target=StatPair(home=5, away=4)),
    )


def extra_time_second_leg() -> Match:
    """Synthetic second leg: level after 90 minutes and after extra time, won on penalties."""
    home, away = "Home FC", "Away United"
    return Match(
        source="home-away-2nd-leg.txt",
        home=Team(name=home), away=Team(name=away),
        score=Score(home=2, away=1), after_extra_time=True, shootout=Score(home=5, away=4),
        first_leg=Score(home=0, away=1), aggregate=Score(home=2, away=2), winner=home,
        goals=[
            Goal(minute=30, team=home, player="Ito"),
            Goal(minute=95, team=away, player="Moreno"),
            Goal(minute=112, team=home, player="Ito", header=True),
        ],
    )


@pytest.fixture
def atalanta() -> Match:
    return atalanta_dortmund()


@pytest.fixture
def final() -> Match:
    return argentina_france()


@pytest.fixture
def own_goals() -> Match:
    return own_goals_match()


@pytest.fixture
def et_leg() -> Match:
    return extra_time_second_leg()
