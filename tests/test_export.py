"""Exports: Football.TXT lines and football-data.co.uk style CSV rows."""
from __future__ import annotations

import csv
import io

import pytest
from helpers import save_records
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.export import CSV_COLUMNS, csv_row, football_txt
from matchcli.models import Card, Goal, Match, Score, Team

runner = CliRunner()


def test_football_txt_second_leg(atalanta):
    assert football_txt(atalanta) == [
        "Atalanta 4-1 Borussia Dortmund",
        "  (Scamacca 5, Zappacosta 45, Pasalic 59, Samardzic 90+8pen; Adeyemi 75)",
    ]


def test_football_txt_extra_time_shootout_and_grouped_scorers(final):
    assert football_txt(final) == [
        "Argentina 3-3 France [aet, 4-2 pen]",
        "  (Messi 23pen, 108, Di María 36; Mbappé 80pen, 81, 118pen)",
    ]


def test_football_txt_own_goals_count_for_the_benefiting_side(own_goals):
    assert football_txt(own_goals)[1] == "  (Adams 12, 77pen, Baker 30og; Carter 50, Evans 88og)"


CASES = [
    ("one side without goals", [Goal(minute=12, team="B", player="Kane")], "  (-; Kane 12)"),
    ("unknown minute", [Goal(team="A", player="Kane")], "  (Kane; -)"),
    ("unknown team goes to a comment", [Goal(minute=3, team="A", player="X"), Goal(minute=7, player="Y")],
     "  (X 3; -)\n  # team unknown: Y 7"),
]


@pytest.mark.parametrize("label,goals,expected", CASES, ids=[c[0] for c in CASES])
def test_football_txt_edges(label, goals, expected):
    match = Match(home=Team(name="A"), away=Team(name="B"), score=Score(home=1, away=1), goals=goals)
    assert "\n".join(football_txt(match)[1:]) == expected


def test_csv_row_second_leg(atalanta):
    row = csv_row(atalanta)
    assert list(row) == CSV_COLUMNS
    assert row == {"HomeTeam": "Atalanta", "AwayTeam": "Borussia Dortmund", "FTHG": "4", "FTAG": "1",
                   "FTR": "H", "HTHG": "2", "HTAG": "0", "HTR": "H", "HS": "15", "AS": "7", "HST": "9",
                   "AST": "", "HY": "0", "AY": "1", "HR": "0", "AR": "1"}


def test_csv_second_yellow_after_a_listed_yellow_adds_no_second_caution(atalanta):
    atalanta.cards.insert(0, Card(minute=60, player="Bensebaini", team="Borussia Dortmund", card="yellow"))
    row = csv_row(atalanta)
    assert (row["AY"], row["AR"]) == ("1", "1")


def test_csv_card_counts_stay_empty_when_a_card_has_no_side(atalanta):
    atalanta.cards.append(Card(minute=70, player="Somebody", team=None, card="red"))
    row = csv_row(atalanta)
    assert [row[c] for c in ("HY", "AY", "HR", "AR")] == [""] * 4


def test_csv_unknowns_stay_empty(final):
    row = csv_row(final)
    assert row["FTR"] == "D" and row["HTR"] == "H"
    assert [row[c] for c in ("HS", "AS", "HST", "AST", "HY", "AY", "HR", "AR")] == [""] * 8


def test_command_csv_and_footballtxt(tmp_path, atalanta, final, own_goals):
    path = save_records(tmp_path / "all.json", atalanta, final, own_goals)
    result = runner.invoke(app, ["export", "--format", "csv", path])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["HomeTeam"], r["FTR"]) for r in rows] == [("Atalanta", "H"), ("Argentina", "D"), ("Northbridge", "H")]
    txt = runner.invoke(app, ["export", "-f", "footballtxt", path]).stdout
    assert txt.split("\n\n")[1].splitlines()[0] == "Argentina 3-3 France [aet, 4-2 pen]"


def test_command_needs_a_known_format(tmp_path, atalanta):
    result = runner.invoke(app, ["export", "--format", "xml", save_records(tmp_path / "a.json", atalanta)])
    assert result.exit_code == 2
