"""The timeline view: order, tags, minutes, running score, running aggregate, markers."""
from __future__ import annotations

import json

import jsonschema
import pytest
from helpers import render_text, save_records
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.render.timeline import render_timeline
from matchcli.tie import RULES
from matchcli.timeline import build_timeline
from matchcli.view_models import view_schema

UEFA_2021 = RULES["uefa-2021"]
runner = CliRunner()


def render_timeline_args(match, out, rules=UEFA_2021):
    render_timeline(match, out, rules)


def test_second_leg_lines(atalanta):
    text = render_text(render_timeline_args, atalanta)
    lines = text.splitlines()
    assert lines[0].startswith("Atalanta 4-1 Borussia Dortmund  Champions League")
    assert "first leg 0-2 · aggregate 4-3" in lines[0]
    expected = [
        # minute, tag, event, score, aggregate, through
        "5' GOAL Scamacca (Atalanta), assist Bernasconi 1-0 1-2 Borussia Dortmund",
        "~45' GOAL Zappacosta (Atalanta) 2-0 2-2 level: extra time",
        "HALF-TIME 2-0 2-2 level: extra time",
        "~53' WOODWORK Beier (Borussia Dortmund)",
        "~59' GOAL Pasalic (Atalanta), header, assist de Roon 3-0 3-2 Atalanta",
        "~75' GOAL Adeyemi (Borussia Dortmund) 3-1 3-3 level: extra time",
        "90+5' 2ND YELLOW Bensebaini (Borussia Dortmund)",
        "90+8' PEN Samardzic (Atalanta) 4-1 4-3 Atalanta",
        "FULL-TIME 4-1 4-3 Atalanta",
    ]
    body = [" ".join(line.split()) for line in lines[2:2 + len(expected)]]
    assert body == expected
    assert "through: under uefa-2021 rules" in text


def test_away_goal_rules_change_who_is_through(atalanta):
    # Under the classic rules Adeyemi's away goal puts Dortmund through at 3-3 on aggregate.
    rows = build_timeline(atalanta, RULES["uefa-classic"])
    adeyemi = next(r for r in rows if r.player == "Adeyemi")
    assert (adeyemi.aggregate.home, adeyemi.aggregate.away, adeyemi.through) == (3, 3, "Borussia Dortmund")


def test_extra_time_and_shootout_markers(final):
    text = render_text(render_timeline_args, final)
    flat = [" ".join(line.split()) for line in text.splitlines()]
    assert flat[1:] == [
        "23' VAR Argentina, penalty confirmed",
        "23' PEN Messi (Argentina) 1-0",
        "36' GOAL Di María (Argentina), assist Mac Allister 2-0",
        "HALF-TIME 2-0",
        "80' PEN Mbappé (France) 2-1",
        "81' GOAL Mbappé (France) 2-2",
        "FULL-TIME 2-2",
        "EXTRA TIME",
        "108' GOAL Messi (Argentina) 3-2",
        "118' PEN Mbappé (France) 3-3",
        "END OF EXTRA TIME after extra time 3-3",
        "SHOOTOUT Argentina win 4-2 on penalties 4-2",
    ]


def test_second_leg_through_extra_time_to_penalties(et_leg):
    rows = build_timeline(et_leg, UEFA_2021)
    seen = [(r.kind, r.display_minute, r.through) for r in rows]
    assert seen == [
        ("goal", "30'", "level: extra time"),
        ("half_time", "", "level: extra time"),
        ("full_time", "", "level: extra time"),
        ("extra_time", "", None),
        ("goal", "95'", "Away United"),
        ("goal", "112'", "level: penalties"),
        ("end_of_extra_time", "", "level: penalties"),
        ("shootout", "", "Home FC"),
    ]


def test_own_goals_cards_and_missed_penalty(own_goals):
    flat = [" ".join(line.split()) for line in render_text(render_timeline_args, own_goals).splitlines()]
    assert "30' OG Baker (for Northbridge) 2-0" in flat
    assert "88' OG Evans (for Southport Athletic) 3-2" in flat
    assert "60' PEN MISSED Carter (Southport Athletic), saved" in flat
    assert "70' RED Fox (Southport Athletic)" in flat
    assert flat.index("44' YELLOW Doyle (Northbridge)") < flat.index("HALF-TIME 2-0") < flat.index(
        "50' GOAL Carter (Southport Athletic), header 2-1")


def test_running_score_is_withheld_when_goals_do_not_add_up(own_goals):
    own_goals.goals.pop(0)  # the report named four of the five goals
    rows = build_timeline(own_goals, UEFA_2021)
    half_time = next(r for r in rows if r.kind == "half_time")
    assert half_time.score is None
    assert [r.score for r in rows if r.kind in ("goal", "penalty", "own_goal")] == [None] * 4
    assert next(r for r in rows if r.kind == "full_time").score.home == 3  # the final score is still known


@pytest.mark.parametrize("flag", ["--json", "--jsonl"])
def test_json_rows_validate(tmp_path, flag, atalanta, final):
    path = save_records(tmp_path / "two.json", atalanta, final)
    result = runner.invoke(app, ["timeline", path, flag])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout) if flag == "--json" else [json.loads(x) for x in result.stdout.splitlines()]
    jsonschema.validate(rows, view_schema("timeline"))
    assert {r["match"] for r in rows} == {"Atalanta 4-1 Borussia Dortmund", "Argentina 3-3 France"}
    samardzic = next(r for r in rows if r["player"] == "Samardzic")
    assert samardzic["display_minute"] == "90+8'" and samardzic["kind"] == "penalty"


def test_bad_input_does_not_stop_the_others(tmp_path, atalanta):
    path = save_records(tmp_path / "a.json", atalanta)
    result = runner.invoke(app, ["timeline", str(tmp_path / "missing.txt"), path])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"matchcli: {tmp_path / 'missing.txt'}: no such file"
    assert "Samardzic" in result.stdout and "\x1b[" not in result.stdout


def test_unknown_rules_is_a_usage_error(tmp_path, atalanta):
    result = runner.invoke(app, ["timeline", save_records(tmp_path / "a.json", atalanta), "--rules", "nope"])
    assert result.exit_code == 2 and "unknown rule set" in result.stderr


def test_extra_time_without_the_90_minute_score_shows_no_through(et_leg):
    et_leg.goals.pop(0)  # Ito's 30th-minute goal is missing: the 90-minute score is unknown
    rows = build_timeline(et_leg, UEFA_2021)
    end = next(r for r in rows if r.kind == "end_of_extra_time")
    assert (end.aggregate.home, end.aggregate.away, end.through) == (2, 2, None)
    assert rows[-1].kind == "shootout" and rows[-1].through == "Home FC"


def test_empty_record_has_no_markers():
    from matchcli.models import Match

    assert build_timeline(Match(), UEFA_2021) == []
