"""Loading view inputs: saved records (object, array, JSON Lines), reports, and bad inputs."""
from __future__ import annotations

import json

import pytest
from helpers import save_records
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.errors import InputError
from matchcli.models import Match
from matchcli.records import load_records

runner = CliRunner()


def _kinds(loaded):
    return [type(x).__name__ for _, x in loaded]


def test_saved_object_array_and_jsonl(tmp_path, atalanta, final):
    one = save_records(tmp_path / "one.json", atalanta)
    many = save_records(tmp_path / "many.json", atalanta, final)
    lines = save_records(tmp_path / "many.jsonl", atalanta, final, jsonl=True)
    loaded = list(load_records([one, many, lines]))
    assert _kinds(loaded) == ["Match"] * 5
    assert [m.home.name for _, m in loaded] == ["Atalanta", "Atalanta", "Argentina", "Atalanta", "Argentina"]
    assert loaded[0][1] == atalanta  # a round trip loses nothing


def test_record_keeps_its_source_or_gets_the_file_name(tmp_path, atalanta):
    atalanta.source = None
    path = save_records(tmp_path / "nosource.json", atalanta)
    assert next(load_records([path]))[1].source == path


BAD = [
    ("invalid JSON in a .json file", "x.json", '{"home": ', "invalid JSON"),
    ("prose in a .json file", "x.json", "Atalanta beat Dortmund", "not a saved matchcli record"),
    ("a field of the wrong type", "x.json", '{"score": {"home": "four", "away": 1}}', "score.home"),
    ("an unknown field", "x.json", '{"scorer": "Scamacca"}', "scorer"),
    ("a JSON value that is no object", "x.jsonl", "[1]", "a JSON object expected"),
    ("an error saved by parse --json", "x.json",
     '{"source": "a.txt", "error": {"kind": "input", "message": "a.txt: empty input"}}', "saved error for a.txt"),
    ("an empty file", "x.json", "", "empty input"),
]


@pytest.mark.parametrize("label,name,text,message", BAD, ids=[b[0] for b in BAD])
def test_bad_inputs_become_errors(tmp_path, label, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [(got_name, loaded)] = list(load_records([str(path)]))
    assert got_name == str(path)
    assert isinstance(loaded, InputError) and message in str(loaded)


def test_one_bad_line_of_jsonl_spares_the_others(tmp_path, atalanta):
    path = tmp_path / "mixed.jsonl"
    path.write_text(atalanta.model_dump_json() + "\n" + '{"winner": 3}\n' + atalanta.model_dump_json() + "\n")
    loaded = list(load_records([str(path)]))
    assert _kinds(loaded) == ["Match", "InputError", "Match"]
    assert f"{path}:2" in str(loaded[1][1])


@pytest.mark.parametrize("damaged_line", ['{"home": ', "not json at all", "[1, 2"])
def test_one_unreadable_line_of_jsonl_spares_the_others(tmp_path, atalanta, damaged_line):
    path = tmp_path / "damaged.jsonl"
    path.write_text(atalanta.model_dump_json() + "\n" + damaged_line + "\n" + atalanta.model_dump_json() + "\n")
    loaded = list(load_records([str(path)]))
    assert _kinds(loaded) == ["Match", "InputError", "Match"]
    assert f"{path}:2: invalid JSON" in str(loaded[1][1])


def test_text_that_only_looks_like_json_is_a_report(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr("matchcli.pipeline.parse_report", lambda text: seen.append(text) or Match())
    path = tmp_path / "wire.txt"
    path.write_text("[Reuters] Atalanta beat Borussia Dortmund 4-1 on Tuesday.")
    [(_, loaded)] = list(load_records([str(path)]))
    assert isinstance(loaded, Match) and loaded.source == str(path)
    assert seen == ["[Reuters] Atalanta beat Borussia Dortmund 4-1 on Tuesday."]


def test_records_from_stdin(atalanta):
    result = runner.invoke(app, ["export", "-f", "footballtxt", "-"], input=atalanta.model_dump_json())
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Atalanta 4-1 Borussia Dortmund"


def test_exit_code_when_every_input_failed(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"scorer": "x"}))
    result = runner.invoke(app, ["scorers", str(path), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"scorers": [], "own_goals": []}
    assert len(result.stderr.strip().splitlines()) == 1
