"""`matchcli parse` and `matchcli schema` end to end, every command's help, and the doctests of
the extraction core's helpers."""
from __future__ import annotations

import doctest
import importlib
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from matchcli import __version__, parse_report
from matchcli.cli import app

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
runner = CliRunner()


def _schema() -> dict:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def _command_names() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_the_commands_the_readme_promises_are_registered():
    assert {"parse", "schema", "eval", "timeline", "scorers", "xg", "tie", "export"} <= set(_command_names())


@pytest.mark.parametrize("command", _command_names())
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert f"Example: matchcli {command}" in result.stdout


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"matchcli {__version__}"


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_parse_json_of_every_sample_follows_the_schema(sample):
    result = runner.invoke(app, ["parse", str(sample), "--json"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    jsonschema.validate(record, _schema())
    expected = parse_report(sample.read_text(encoding="utf-8")).model_dump(mode="json")
    expected["source"] = str(sample)
    assert record == expected


def test_parse_several_files_as_an_array_and_as_json_lines():
    two = [str(p) for p in SAMPLES[:2]]
    as_array = json.loads(runner.invoke(app, ["parse", *two, "--json"]).stdout)
    lines = runner.invoke(app, ["parse", *two, "--jsonl"]).stdout.strip().splitlines()
    assert [r["source"] for r in as_array] == two
    assert [json.loads(line)["source"] for line in lines] == two


def test_parse_reads_standard_input():
    text = SAMPLES[0].read_text(encoding="utf-8")
    result = runner.invoke(app, ["parse", "-", "--json"], input=text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>"
    assert record["score"] == parse_report(text).model_dump(mode="json")["score"]


def test_a_missing_file_fails_alone_and_the_others_still_parse(tmp_path):
    missing = str(tmp_path / "nope.txt")
    result = runner.invoke(app, ["parse", str(SAMPLES[0]), missing, "--json"])
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert records[0]["home"] is not None
    assert records[1]["source"] == missing and records[1]["error"]["kind"] == "input"


def test_the_summary_names_teams_and_score():
    result = runner.invoke(app, ["parse", str(SAMPLES[0])], env={"NO_COLOR": "1", "COLUMNS": "120"})
    record = parse_report(SAMPLES[0].read_text(encoding="utf-8"))
    first_line = result.stdout.splitlines()[0]
    assert record.home.name in first_line and f"{record.score.home}-{record.score.away}" in first_line
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("module", [
    "matchcli.extract.text", "matchcli.extract.tokens", "matchcli.extract.numbers", "matchcli.extract.lexicon",
    "matchcli.extract.minutes", "matchcli.extract.running", "matchcli.render.minutes",
])
def test_doctests(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
