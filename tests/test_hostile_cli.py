"""`matchcli parse` on bad inputs and batches: one line per failure, the right exit code, no
traceback, and every other input's record still written.

The extraction core is replaced by a fake here (the real one is tested elsewhere): the fake
builds a rich record by hand, or fails the way the text asks it to.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matchcli.cli import app
from matchcli.errors import EXIT_INPUT_FAILED, EXIT_NO_MATCH, EXIT_OK, EXIT_USAGE, InputError, InternalError, NoMatchError
from matchcli.inputs import DEFAULT_MAX_BYTES
from matchcli.inputs.limits import DEFAULT_MAX_CHARS
from matchcli.models import Evidence, Goal, Match, Score, Team


def fake_parse_report(text: str) -> Match:
    if "NOMATCH" in text:
        raise NoMatchError("no match report found in the text")
    if "CRASH" in text:
        raise RuntimeError("boom\nsecond line")
    sentence = text.strip().splitlines()[0]
    start = text.index(sentence)
    return Match(
        home=Team(name="Arsenal"), away=Team(name="Chelsea"), score=Score(home=2, away=1),
        goals=[Goal(minute=23, player="Saka", team="Arsenal",
                    evidence=Evidence(text=sentence, start=start, end=start + len(sentence), rule="fake"))],
    )


@pytest.fixture
def fake_core(monkeypatch):
    monkeypatch.setattr("matchcli.pipeline.parse_report", fake_parse_report)
    # `parse --json`/`--jsonl` read through read_facts (no pydantic); facts.dump takes a
    # pydantic record too, so the same fake serves both.
    monkeypatch.setattr("matchcli.pipeline.read_facts", fake_parse_report)


@pytest.fixture
def files(tmp_path):
    def make(name: str, content: bytes | str | None) -> str:
        path = tmp_path / name
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content.encode() if isinstance(content, str) else content)
        return str(path)

    return make


def run(*args: str, env: dict | None = None, stdin: bytes | None = None):
    return CliRunner(env=env).invoke(app, list(args), input=stdin)


# (label, file name, content (None: a directory), error kind, message fragment)
BAD_INPUTS = [
    ("missing", "nope.txt", "MISSING", "input", "no such file"),
    ("empty", "empty.txt", b"", "input", "empty input (0 bytes)"),
    ("whitespace", "blank.txt", "  \n\t\r\n", "input", "only whitespace"),
    ("png", "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "input", "PNG image"),
    ("zip", "report.zip", b"PK\x03\x04" + bytes(64), "input", "zip archive"),
    ("directory", "folder", None, "input", "is a directory"),
    ("no match", "recipe.txt", "NOMATCH: whisk two eggs", "no_match", "no match report found"),
    ("core crash", "weird.txt", "CRASH here", "internal", "internal error (RuntimeError: boom second line)"),
]


def _path(files, name, content):
    return files(name, content) if content != "MISSING" else os.path.join(os.path.dirname(files("anchor.txt", "x")), name)


@pytest.mark.parametrize("label,name,content,kind,fragment", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_in_a_batch(fake_core, files, label, name, content, kind, fragment):
    good1 = files("good1.txt", "Arsenal beat Chelsea 2-1.\n")
    bad = _path(files, name, content)
    good2 = files("good2.txt", "Saka scored in a 2-1 win.\n")
    result = run("parse", "--json", good1, bad, good2)

    rows = json.loads(result.stdout)
    assert [r.get("source") for r in rows] == [good1, bad, good2]
    assert rows[0]["score"] == {"home": 2, "away": 1} and rows[2]["goals"][0]["player"] == "Saka"
    assert rows[1] == {"source": bad, "error": {"kind": kind, "message": rows[1]["error"]["message"]}}
    assert fragment in rows[1]["error"]["message"]

    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"matchcli: {bad}: ") and fragment in lines[0]
    assert "Traceback" not in result.stderr
    expected = EXIT_NO_MATCH if kind == "no_match" else EXIT_INPUT_FAILED
    assert result.exit_code == expected


def test_exit_codes(fake_core, files):
    good = files("good.txt", "Arsenal 2-1 Chelsea\n")
    recipe = files("recipe.txt", "NOMATCH")
    empty = files("empty.txt", b"")
    assert run("parse", good).exit_code == EXIT_OK
    assert run("parse", "--json", recipe).exit_code == EXIT_NO_MATCH
    assert run("parse", "--json", recipe, good).exit_code == EXIT_NO_MATCH
    assert run("parse", "--json", recipe, empty).exit_code == EXIT_INPUT_FAILED


@pytest.mark.parametrize(
    "args",
    [(), ("--json",), ("--no-such-option", "x.txt"), ("--max-bytes", "0", "x.txt"),
     ("--max-bytes", "lots", "x.txt"), ("--show-text", "--json", "x.txt")],
    ids=["no input", "no input with --json", "unknown option", "zero limit", "non-numeric limit", "show-text with json"],
)
def test_usage_errors_exit_2(args):
    result = run("parse", *args)
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_jsonl_writes_one_object_per_input(fake_core, files):
    good = files("good.txt", "Arsenal 2-1 Chelsea\n")
    result = run("parse", "--jsonl", good, files("e.txt", b""), good)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r) for r in rows] == [False, True, False]
    assert result.exit_code == EXIT_INPUT_FAILED


def test_summary_mode_reports_failures_on_stderr_only(fake_core, files):
    good = files("good.txt", "Arsenal 2-1 Chelsea\n")
    result = run("parse", good, files("e.txt", b""), env={"NO_COLOR": "1"})
    assert "Arsenal 2-1 Chelsea" in result.stdout and "empty input" not in result.stdout
    assert result.stderr.count("\n") == 1 and "empty input" in result.stderr


def test_internal_error_hint_and_debug_traceback(fake_core, files):
    crash = files("crash.txt", "CRASH")
    quiet = run("parse", crash)
    assert quiet.exit_code == EXIT_INPUT_FAILED
    assert "MATCHCLI_DEBUG=1" in quiet.stderr and "Traceback" not in quiet.stderr
    loud = run("parse", crash, env={"MATCHCLI_DEBUG": "1"})
    assert loud.exit_code == EXIT_INPUT_FAILED
    assert "Traceback" in loud.stderr and "RuntimeError: boom" in loud.stderr


def test_renderer_crash_is_contained(fake_core, files, monkeypatch):
    def broken(match, *consoles):
        raise KeyError("stats")

    monkeypatch.setattr("matchcli.render.summary.render_summary", broken)
    good = files("good.txt", "Arsenal 2-1 Chelsea\n")
    result = run("parse", good, good)
    assert result.exit_code == EXIT_INPUT_FAILED
    assert result.stderr.count("internal error (KeyError") == 2 and "Traceback" not in result.stderr


def test_evidence_offsets_refer_to_shown_text(fake_core, files):
    page = files("page.html", "<html><body><nav>Home</nav><p>Arsenal 2&ndash;1 Chelsea&nbsp;win</p></body></html>")
    shown = run("parse", "--show-text", page)
    record = json.loads(run("parse", "--json", page).stdout)
    assert shown.stdout == "Arsenal 2-1 Chelsea win\n"
    goal = record["goals"][0]["evidence"]
    assert shown.stdout[goal["start"]:goal["end"]] == goal["text"] == "Arsenal 2-1 Chelsea win"


def test_show_text_prints_only_the_text_and_keeps_going(files):
    text = files("a.txt", "Saka\u2019s goal,\r\n2\u20131.\r\n")
    result = run("parse", "--show-text", text, files("e.txt", b""), text)
    assert result.stdout == "Saka's goal,\n2-1.\n" * 2
    assert result.exit_code == EXIT_INPUT_FAILED and "empty input" in result.stderr


def test_stdin_dash(fake_core):
    result = run("parse", "--json", "-", stdin="Arsenal 2-1 Chelsea\n".encode("utf-16"))
    assert json.loads(result.stdout)["source"] == "<stdin>"
    empty = run("parse", "--json", "-", stdin=b"")
    assert json.loads(empty.stdout)["error"]["message"] == "<stdin>: empty input (0 bytes)"


# With the real extraction core: texts that hold no football match must give exit 3.
# (label, text, known failure of the core or None)
NOT_FOOTBALL = [
    ("recipe", "Pancakes\n\nWhisk 2 eggs with 250 ml of milk and 120 g of flour. Rest for 30 minutes, "
               "then fry for 1-2 minutes a side. Serves 4.\n", None),
    ("tennis", "Alcaraz beat Sinner 6-4 3-6 7-6 (7-3) in the final at Wimbledon on Sunday, "
               "saving two break points in the third set before serving out the match.\n", None),
    ("weather", "Rain in the north this afternoon, 12C, winds from the west at 20 km/h.\n", None),
]
NOT_FOOTBALL_CASES = [
    pytest.param(label, text, id=label,
                 marks=[pytest.mark.xfail(strict=True, reason=known)] if known else [])
    for label, text, known in NOT_FOOTBALL
]


@pytest.mark.parametrize("label,text", NOT_FOOTBALL_CASES)
def test_no_football_match_exits_3(files, label, text):
    path = files(f"{label}.txt", text)
    result = run("parse", "--json", path)
    assert result.exit_code == EXIT_NO_MATCH
    assert json.loads(result.stdout)["error"]["kind"] == "no_match"
    assert result.stderr.startswith(f"matchcli: {path}: ") and result.stderr.count("\n") == 1


# A real process, so nothing a test runner would swallow can hide a traceback.
def _matchcli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MATCHCLI_DEBUG"}
    return subprocess.run([sys.executable, "-m", "matchcli", *args], capture_output=True, env=env, **kwargs)


def test_real_process_bad_inputs(files):
    bad = [files("x.bin", bytes(range(256))), files("d", None), files("e.txt", b""), "/nonexistent/r.txt"]
    proc = _matchcli("parse", "--jsonl", *bad)
    assert proc.returncode == EXIT_INPUT_FAILED
    assert len(proc.stderr.decode().splitlines()) == len(bad) and b"Traceback" not in proc.stderr
    assert [json.loads(line)["error"]["kind"] for line in proc.stdout.decode().splitlines()] == ["input"] * len(bad)


def test_real_process_closed_stdout_pipe(files):
    text = files("a.txt", "Saka scored.\n" * 2000)
    proc = subprocess.Popen([sys.executable, "-m", "matchcli", "parse", "--show-text", *[text] * 50],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"Traceback" not in stderr


def test_readme_documents_failures_and_limits():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"{DEFAULT_MAX_BYTES:,} bytes" in readme and "--max-bytes" in readme and "--show-text" in readme
    assert "MATCHCLI_DEBUG=1" in readme
    for code in (EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_NO_MATCH):
        assert f"| {code} |" in readme
    for kind in (InputError.kind, NoMatchError.kind, InternalError.kind):
        assert f"`{kind}`" in readme


def test_failure_while_writing_output_is_one_line(fake_core, files, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("matchcli.cli.parse.write_json", disk_full)
    good = files("good.txt", "Arsenal 2-1 Chelsea\n")
    result = run("parse", "--json", good)
    assert result.exit_code == EXIT_INPUT_FAILED
    assert result.stderr.startswith("matchcli: internal error (OSError: [Errno 28] No space left on device)")
    assert result.stderr.count("\n") == 1
    loud = run("parse", "--json", good, env={"MATCHCLI_DEBUG": "1"})
    assert "Traceback" in loud.stderr and loud.exit_code == EXIT_INPUT_FAILED


@pytest.mark.parametrize("mode", ["--show-text", "--json"])
def test_stdout_that_cannot_encode_unicode(files, mode):
    text = files("em.txt", "Kane\u2014his tenth\u2014made it 2-1 for M\u00fcller's side \U0001f600\n")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    env.pop("MATCHCLI_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "matchcli", "parse", mode, text], capture_output=True, env=env)
    assert b"Traceback" not in proc.stderr
    assert proc.stdout.isascii()
    if mode == "--show-text":
        assert proc.stdout == b"Kane?his tenth?made it 2-1 for M?ller's side ?\n"
    else:
        json.loads(proc.stdout)


def test_text_length_limit_guards_the_extractor(fake_core, files):
    long_report = files("long.txt", "Arsenal 2-1 Chelsea. " * 100)  # 2,100 characters
    refused = run("parse", "--json", "--max-chars", "2000", long_report)
    assert refused.exit_code == EXIT_INPUT_FAILED
    message = json.loads(refused.stdout)["error"]["message"]
    assert message == f"{long_report}: 2,100 characters of text, over the 2,000-character limit for one report (raise it with --max-chars)"
    assert run("parse", "--json", "--max-chars", "2100", long_report).exit_code == EXIT_OK
    # --show-text shows what the extractor would read, whatever its length.
    assert run("parse", "--show-text", long_report).exit_code == EXIT_OK


def test_size_limits_default_to_documented_values():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"{DEFAULT_MAX_CHARS:,} characters" in readme and "--max-chars" in readme
