"""`matchcli parse FILE... --json|--jsonl` runs without Typer's parsing (cli.parse.run_plain): the
same stdout, stderr and exit code as through Typer, and every other command line goes to Typer."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from matchcli.cli.parse import run_plain

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
VIA_MAIN = "from matchcli.cli import main; main()"          # the installed `matchcli` script
VIA_TYPER = "import sys; from matchcli.cli import app; sys.argv[0] = 'matchcli'; app()"


def _both(args: list[str], stdin: bytes | None = None, env: dict | None = None):
    env = {**{k: v for k, v in os.environ.items() if k != "MATCHCLI_DEBUG"}, **(env or {})}
    return [subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, env=env, cwd=ROOT)
            for code in (VIA_MAIN, VIA_TYPER)]


@pytest.fixture
def files(tmp_path):
    def make(name: str, content: bytes) -> str:
        path = tmp_path / name
        path.write_bytes(content)
        return str(path)

    return make


def test_same_as_typer(files):
    recipe = files("recipe.txt", b"Whisk two eggs with a little sugar.\n")
    empty = files("empty.txt", b"")
    cases = [
        ["parse", SAMPLES[0], "--json"],
        ["parse", "--jsonl", *SAMPLES[:3]],
        ["parse", "--json", SAMPLES[1], "/nonexistent/report.txt", SAMPLES[2]],
        ["parse", recipe, "--jsonl"],
        ["parse", "--json", recipe, empty],
        ["parse", "--json", ""],
    ]
    for args in cases:
        fast, typer = _both(args)
        assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr), args
        assert fast.stdout or fast.returncode


def test_stdin_and_ascii_stdout_same_as_typer():
    text = (ROOT / "samples" / "wire-report.txt").read_bytes()
    fast, typer = _both(["parse", "-", "--json"], stdin=text, env={"PYTHONIOENCODING": "ascii"})
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer.returncode, typer.stdout, typer.stderr)
    assert b'"source": "<stdin>"' in fast.stdout


@pytest.mark.parametrize("args", [
    [], ["--version"], ["schema"], ["parse"], ["parse", "--json"], ["parse", "x.txt"],
    ["parse", "--json", "--jsonl", "x.txt"], ["parse", "--json", "--json", "x.txt"],
    ["parse", "--json", "--max-bytes", "10", "x.txt"], ["parse", "--show-text", "x.txt"],
    ["parse", "--json", "--", "x.txt"], ["parse", "--json=1", "x.txt"], ["parse", "-h"],
    ["parse", "--json", "caf\udce9.txt"], ["xg", "--json", "x.txt"],
])
def test_other_command_lines_go_to_typer(args):
    assert run_plain(args) is None


def test_closed_pipe_like_click(files):
    report = (ROOT / "samples" / "wire-report.txt").read_bytes()
    many = [files(f"r{i}.txt", report) for i in range(3)] * 40
    results = []
    for code in (VIA_MAIN, VIA_TYPER):
        proc = subprocess.Popen([sys.executable, "-c", code, "parse", "--jsonl", *many],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        proc.stdout.read(10)
        proc.stdout.close()
        stderr = proc.stderr.read()
        results.append((proc.wait(timeout=120), stderr))
    assert results[0] == results[1]
    assert b"Traceback" not in results[0][1]
