"""Every view command is registered, has help with an example, is in the README, and its
examples in docstrings (doctests) hold."""
from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matchcli.cli import app

VIEWS = ["timeline", "scorers", "xg", "tie", "export"]
DOCTEST_MODULES = ["matchcli.teamnames", "matchcli.tie", "matchcli.scorers", "matchcli.xg", "matchcli.export",
                   "matchcli.render.xg"]
README = Path(__file__).resolve().parent.parent / "README.md"
runner = CliRunner()


@pytest.mark.parametrize("command", VIEWS)
def test_help_has_an_example(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert f"Example: matchcli {command}" in result.stdout


@pytest.mark.parametrize("command", VIEWS)
def test_documented_in_readme(command):
    text = README.read_text(encoding="utf-8")
    assert f"| `matchcli {command}" in text and f"matchcli {command} " in text.split("## Commands", 1)[1]


@pytest.mark.parametrize("module", DOCTEST_MODULES)
def test_doctests(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


TWO_FORMATS = [
    ("parse", "--json", "--jsonl"),
    ("timeline", "--json", "--jsonl"),
    ("scorers", "--json", "--csv"),
    ("scorers", "--jsonl", "--csv"),
]


@pytest.mark.parametrize("command,first,second", TWO_FORMATS)
def test_two_output_formats_at_once_are_a_usage_error(tmp_path, command, first, second):
    report = tmp_path / "r.txt"
    report.write_text("Northbridge beat Southvale 2-1 on Saturday.", encoding="utf-8")
    result = runner.invoke(app, [command, str(report), first, second])
    assert result.exit_code == 2
    assert "choose one output format" in result.output
