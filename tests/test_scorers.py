"""The scorer table: counting, merging spellings across matches, own goals apart, outputs."""
from __future__ import annotations

import csv
import io
import json

import jsonschema
from helpers import render_text, save_records
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.models import Goal
from matchcli.render.scorers import render_scorers
from matchcli.scorers import scorer_table
from matchcli.view_models import view_schema

runner = CliRunner()


def _row(report, player):
    return next(r for r in report.scorers if r.player == player)


def test_counts_over_matches(atalanta, final, own_goals):
    report = scorer_table([atalanta, final, own_goals])
    mbappe = _row(report, "Mbappé")
    assert (mbappe.goals, mbappe.penalties, mbappe.matches, mbappe.team) == (3, 2, 1, "France")
    pasalic = _row(report, "Pasalic")
    assert (pasalic.goals, pasalic.headers) == (1, 1)
    assert (_row(report, "de Roon").goals, _row(report, "de Roon").assists) == (0, 1)
    assert [r.player for r in report.scorers[:2]] == ["Mbappé", "Adams"]  # 3 goals, then 2 (name order)


def test_own_goals_are_listed_apart(own_goals):
    report = scorer_table([own_goals])
    assert "Baker" not in [r.player for r in report.scorers]
    assert [(o.player, o.team, o.for_team, o.minute) for o in report.own_goals] == [
        ("Baker", "Southport Athletic", "Northbridge", "30'"),
        ("Evans", "Northbridge", "Southport Athletic", "88'"),
    ]


def test_spellings_of_one_player_merge_across_matches(atalanta):
    other = atalanta.model_copy(deep=True)
    other.goals = [Goal(minute=10, team="Atalanta", player="Gianluca Scamacca")]
    report = scorer_table([atalanta, other])
    scamacca = _row(report, "Gianluca Scamacca")
    assert (scamacca.goals, scamacca.matches) == (2, 2)
    assert "Scamacca" not in [r.player for r in report.scorers]


def test_same_surname_in_different_teams_stays_apart(atalanta, own_goals):
    own_goals.goals.append(Goal(minute=90, team="Northbridge", player="Scamacca"))
    report = scorer_table([atalanta, own_goals])
    assert sorted(r.team for r in report.scorers if r.player == "Scamacca") == ["Atalanta", "Northbridge"]


def test_rendered_table(atalanta, own_goals):
    lines = [" ".join(line.replace("│", " ").split()) for line in
             render_text(render_scorers, [atalanta, own_goals]).splitlines()]
    assert "1 Adams Northbridge 2 1 0 0 1" in lines
    assert "2 Pasalic Atalanta 1 0 1 0 1" in lines
    assert lines.index("Own goals") > lines.index("Scorers")
    assert "Baker Southport Athletic Northbridge 30' Northbridge 3-2 Southport Athletic" in lines


def test_json_validates_and_csv_matches(tmp_path, atalanta, own_goals):
    path = save_records(tmp_path / "both.jsonl", atalanta, own_goals, jsonl=True)
    as_json = runner.invoke(app, ["scorers", path, "--json"])
    assert as_json.exit_code == 0
    report = json.loads(as_json.stdout)
    jsonschema.validate(report, view_schema("scorers"))
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["scorers", path, "--csv"]).stdout)))
    assert [r["player"] for r in rows] == [r["player"] for r in report["scorers"]]
    assert rows[0] == {"player": "Adams", "team": "Northbridge", "goals": "2", "penalties": "1",
                       "headers": "0", "assists": "0", "matches": "1"}
    lines = runner.invoke(app, ["scorers", path, "--jsonl"]).stdout.splitlines()
    assert [json.loads(x) for x in lines] == report["scorers"]


def test_no_goals_says_so(final):
    final.goals = []
    assert render_text(render_scorers, [final]) == "No goals in the inputs."
