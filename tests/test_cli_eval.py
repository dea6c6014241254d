"""`matchcli eval` end to end, on a folder made in the test (the extractor is replaced where the
test needs a known record)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from matchcli import pipeline
from matchcli.cli import app
from matchcli.models import Match

REPORT = "Rovers 1-0 United. " + "Smith scored the only goal in the 30th minute. " * 20
GOLD = {
    "home": "Rovers", "away": "United", "home_aliases": [], "away_aliases": [],
    "score": {"home": 1, "away": 0}, "winner": "Rovers", "goals_complete": True, "cards": [],
    "goals": [{"team": "Rovers", "scorer": "John Smith", "minute": 30, "stoppage": None, "minute_approx": False,
               "penalty": False, "own_goal": False, "header": False, "assist": None}],
}
RIGHT = Match.model_validate({
    "home": {"name": "Rovers"}, "away": {"name": "United"}, "score": {"home": 1, "away": 0}, "winner": "Rovers",
    "goals": [{"team": "Rovers", "player": "Smith", "minute": 30}],
})


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "rovers-united-2024.txt").write_text(REPORT)
    (tmp_path / "rovers-united-2024.json").write_text(json.dumps(GOLD))
    (tmp_path / "unannotated.txt").write_text(REPORT)  # no gold beside it: not scored
    return tmp_path


def run(*args):
    return CliRunner().invoke(app, ["eval", *map(str, args)], env={"NO_COLOR": "1"})


def test_perfect_record_scores_one(corpus, monkeypatch):
    monkeypatch.setattr(pipeline, "record_for", lambda name, **_: RIGHT)
    result = run(corpus, "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["files"] == 1
    assert summary["goals"]["f1"] == summary["score"]["accuracy"] == summary["winner"]["accuracy"] == 1.0
    assert summary["aggregate"]["accuracy"] is None
    assert summary["reports"][0]["misses"] == []


def test_table_and_misses_for_a_wrong_record(corpus, monkeypatch):
    wrong = Match.model_validate({**RIGHT.model_dump(), "score": {"home": 2, "away": 0}})
    monkeypatch.setattr(pipeline, "record_for", lambda name, **_: wrong)
    result = run(corpus, "-v")
    assert result.exit_code == 0
    assert "rovers-united-2024.txt" in result.stdout
    assert "score: got 2-0" in result.stdout
    score_row = next(line for line in result.stdout.splitlines() if line.strip().startswith("score") and "│" in line)
    assert "0.000" in score_row and "0/1" in score_row
    assert "\x1b[" not in result.stdout


def test_quiet_table_lists_no_misses(corpus):
    result = run(corpus)
    assert result.exit_code == 0
    assert "goal missed" not in result.stdout
    assert "goals: team+scorer+minute" in result.stdout


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "absent", "not a directory"),
    (lambda d: d, "no report to score"),
])
def test_nothing_to_score_is_an_error(tmp_path, setup, message):
    result = run(setup(tmp_path))
    assert result.exit_code == 1
    assert message in result.stderr and result.stdout == ""


def test_bad_gold_is_reported_and_skipped(corpus):
    (corpus / "broken-gold-2024.txt").write_text(REPORT)
    (corpus / "broken-gold-2024.json").write_text(json.dumps({"home": "Rovers"}))
    result = run(corpus, "--json")
    assert result.exit_code == 1
    assert "broken-gold-2024.json" in result.stderr and "missing keys" in result.stderr
    assert json.loads(result.stdout)["files"] == 1
