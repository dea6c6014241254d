"""The xG view: verdicts for clear, close, upset and missing-data cases; chart; totals; JSON."""
from __future__ import annotations

import json

import jsonschema
import pytest
from helpers import render_text, save_records
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.models import Score, StatPair
from matchcli.render.xg import render_xg
from matchcli.view_models import view_schema
from matchcli.xg import team_totals, verdict, xg_match

runner = CliRunner()

VERDICTS = [
    # (label, score home-away or None, xG home, xG away, verdict)
    ("winner made the better chances", (4, 1), 2.61, 0.93, "Atalanta deserved it: 2.61 xG to 0.93"),
    ("winner made the worse chances", (0, 1), 2.1, 0.4,
     "Borussia Dortmund won against the run of chances: 0.40 xG to 2.10"),
    ("gap under the threshold", (2, 1), 1.2, 1.0, "Atalanta edged a close contest: 1.20 xG to 1.00"),
    ("draw, even chances", (1, 1), 1.1, 1.25, "A fair draw on chances: 1.10 xG to 1.25"),
    ("draw, one side better", (0, 0), 0.3, 1.9, "Borussia Dortmund deserved more than a draw: 1.90 xG to 0.30"),
    ("score unknown", None, 2.0, 0.5, "Atalanta made the better chances: 2.00 xG to 0.50 (score unknown)"),
    ("one side's xG missing", (4, 1), 2.61, None, "xG known only for Atalanta (2.61): no verdict"),
    ("no xG", (4, 1), None, None, "No xG in the report"),
]


@pytest.mark.parametrize("label,score,home,away,expected", VERDICTS, ids=[v[0] for v in VERDICTS])
def test_verdicts(atalanta, label, score, home, away, expected):
    atalanta.score = Score(home=score[0], away=score[1]) if score else None
    atalanta.stats.xg = StatPair(home=home, away=away)
    assert verdict(atalanta) == expected


def test_no_xg_at_all(final):
    assert verdict(final) == "No xG in the report"


def test_figures(atalanta):
    row = xg_match(atalanta)
    assert (row.xg_per_shot.home, row.xg_per_shot.away) == (0.174, 0.133)
    assert row.shots_on_target.away is None


def test_rendered_match(atalanta):
    lines = [" ".join(line.split()) for line in render_text(render_xg, [atalanta], width=100).splitlines()]
    assert lines[0] == "Atalanta 4-1 Borussia Dortmund"
    assert "xG 2.61 0.93" in lines and "on target 9 -" in lines and "xG per shot 0.17 0.13" in lines
    assert lines[-1] == "Atalanta deserved it: 2.61 xG to 0.93"
    bars = [line for line in render_text(render_xg, [atalanta], width=100).splitlines() if "█" in line]
    # Four bars on one scale: Atalanta's 4 goals the longest, Dortmund's 0.93 xG the shortest.
    lengths = [line.count("█") for line in bars]
    assert len(bars) == 4 and lengths[0] == max(lengths) and lengths[3] == min(lengths)


def test_totals_per_team_over_matches(atalanta, own_goals, final):
    rematch = atalanta.model_copy(deep=True)
    rematch.home, rematch.away = atalanta.away, atalanta.home
    rematch.score = Score(home=2, away=0)
    rematch.stats.xg = StatPair(home=1.5, away=1.0)
    totals = {t.team: t for t in team_totals([atalanta, rematch, own_goals, final])}
    dortmund = totals["Borussia Dortmund"]
    assert (dortmund.matches, dortmund.goals_for, dortmund.goals_against) == (2, 3, 4)
    assert (dortmund.xg_for, dortmund.xg_against, dortmund.xg_matches) == (2.43, 3.61, 2)
    assert totals["France"].xg_matches == 0
    assert [t.team for t in team_totals([atalanta, final])][-2:] == ["Argentina", "France"]


def test_json_validates(tmp_path, atalanta, final):
    result = runner.invoke(app, ["xg", save_records(tmp_path / "x.json", atalanta, final), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    jsonschema.validate(report, view_schema("xg"))
    assert [m["verdict"] for m in report["matches"]] == ["Atalanta deserved it: 2.61 xG to 0.93",
                                                        "No xG in the report"]
