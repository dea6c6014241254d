"""`matchcli batch` as a user runs it: a real process, generated reports, a corrupt file."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from batch_helpers import ROOT, make_corpus, run_cli

from matchcli.errors import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("reports")
    return directory, make_corpus(directory, 30)


@pytest.fixture(scope="module")
def full_run(corpus, tmp_path_factory):
    """One uninterrupted run on two workers: the reference the other runs must equal."""
    directory, _ = corpus
    out = tmp_path_factory.mktemp("full") / "all.jsonl"
    result = run_cli("batch", str(directory), "-o", str(out), "--jobs", "2")
    return result, out.read_text(encoding="utf-8")


def test_every_report_gives_one_line_in_source_order(corpus, full_run):
    _, sources = corpus
    result, text = full_run
    rows = [json.loads(line) for line in text.splitlines()]
    assert [row["source"] for row in rows] == sources
    failed = {os.path.basename(row["source"]) for row in rows if "error" in row}
    assert failed == {"broken.txt", "empty.txt"}
    assert all(row.get("schema_version") for row in rows if "error" not in row)
    assert result.returncode == EXIT_INPUT_FAILED
    assert "2 of 32 reports failed" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_output_does_not_depend_on_jobs(corpus, full_run, jobs):
    directory, _ = corpus
    result = run_cli("batch", str(directory), "--jobs", jobs)
    assert result.stdout == full_run[1]


def test_stdin_list(corpus, full_run):
    _, sources = corpus
    shuffled = "\n".join(reversed(sources)) + "\n"
    result = run_cli("batch", "-", "--jobs", "2", stdin=shuffled)
    assert result.stdout == full_run[1]


def test_all_good_exits_zero(corpus):
    _, sources = corpus
    good = [s for s in sources if s.endswith("000001.txt")]
    result = run_cli("batch", *good)
    assert result.returncode == EXIT_OK and result.stderr == ""
    assert len(result.stdout.splitlines()) == len(good)


def test_resume_after_a_torn_last_line(corpus, full_run, tmp_path):
    """An interrupted run left 11 whole lines and half of the 12th: --resume completes it."""
    directory, _ = corpus
    lines = full_run[1].splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    out.write_text("".join(lines[:11]) + lines[11][: len(lines[11]) // 2], encoding="utf-8")
    result = run_cli("batch", str(directory), "-o", str(out), "--resume", "--jobs", "2")
    assert out.read_text(encoding="utf-8") == full_run[1]
    assert "of 21 reports failed" in result.stderr  # only the 21 missing sources were parsed


def test_resume_after_a_real_kill(corpus, full_run, tmp_path):
    """Kill a run part-way (wherever it has got to), then resume: nothing lost, nothing twice."""
    directory, _ = corpus
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "matchcli", "batch", str(directory), "-o", str(out), "--jobs", "2",
           "--chunk-size", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 4000):
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    run_cli("batch", str(directory), "-o", str(out), "--resume", "--jobs", "2")
    assert out.read_text(encoding="utf-8") == full_run[1]


def test_output_inside_the_input_tree_is_not_read_as_input(corpus, full_run, tmp_path):
    directory, _ = corpus
    tree = tmp_path / "tree"
    (tree / "x").mkdir(parents=True)
    for name in ("000001.txt", "000002.txt"):
        (tree / "x" / name).write_text((directory / "league" / name).read_text())
    out = tree / "x" / "zz-out.json"  # a walk picks up *.json: it must skip its own output
    out.write_text('{"stale": true}\n')
    result = run_cli("batch", str(tree), "-o", str(out))
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == [
        str(tree / "x" / "000001.txt"), str(tree / "x" / "000002.txt")]
    assert result.returncode == EXIT_OK


def test_resume_of_a_finished_run_does_nothing(corpus, full_run, tmp_path):
    directory, _ = corpus
    out = tmp_path / "out.jsonl"
    out.write_text(full_run[1], encoding="utf-8")
    result = run_cli("batch", str(directory), "-o", str(out), "--resume")
    assert out.read_text(encoding="utf-8") == full_run[1]
    assert result.returncode == EXIT_OK


def run_on_terminal(*args: str) -> tuple[str, str]:
    """Run matchcli with stderr on a pseudo-terminal; returns (stdout, what the terminal showed)."""
    primary, secondary = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "matchcli", *args],
                            stdout=subprocess.PIPE, stderr=secondary, env={**os.environ, "COLUMNS": "150"})
    os.close(secondary)
    stdout = proc.communicate(timeout=60)[0].decode()
    screen = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closes when the child exits
            break
        if not chunk:
            break
        screen += chunk
    os.close(primary)
    return stdout, screen.decode(errors="replace")


def test_progress_bar_on_a_terminal(corpus):
    """With stderr on a terminal the bar shows count, rate and ETA; stdout stays JSON."""
    directory, sources = corpus
    stdout, screen = run_on_terminal("batch", str(directory))
    assert f"{len(sources)}/{len(sources)}" in screen
    assert "reports/s" in screen and "ETA" in screen
    assert len(stdout.splitlines()) == len(sources)


def test_progress_bar_counts_only_what_a_resume_has_left(corpus, full_run, tmp_path):
    directory, sources = corpus
    out = tmp_path / "out.jsonl"
    out.write_text("".join(full_run[1].splitlines(keepends=True)[:20]), encoding="utf-8")
    _, screen = run_on_terminal("batch", str(directory), "-o", str(out), "--resume")
    left = len(sources) - 20
    assert f"{left}/{left}" in screen and f"/{len(sources)}" not in screen
    assert out.read_text(encoding="utf-8") == full_run[1]


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus):
    directory, sources = corpus
    result = run_cli("batch", str(directory))
    assert result.stderr.strip() == "matchcli: 2 of 32 reports failed (see the error lines)"


@pytest.mark.parametrize("args, message", [
    (["batch", "x.txt", "--resume"], "--resume needs -o FILE"),
    (["batch", "x.txt", "--dask", "--scheduler", "tcp://127.0.0.1:8786"], "either --scheduler or --dask"),
    (["batch", "x.txt", "--jobs", "-1"], "--jobs and --chunk-size"),
    (["batch", "x.txt", "-o", "/nonexistent-dir/out.jsonl"], "cannot write /nonexistent-dir/out.jsonl"),
])
def test_usage_errors(args, message):
    result = run_cli(*args)
    assert result.returncode == EXIT_USAGE
    assert message in result.stderr and "Traceback" not in result.stderr


def test_parse_json_does_not_import_rich(tmp_path):
    """Start-up: the JSON path never loads rich (Typer loads it only for help and errors)."""
    report = tmp_path / "r.txt"
    report.write_text("Ashford Rovers 1-0 Bramley Athletic\n")
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "matchcli", "parse", str(report), "--json"],
                            capture_output=True, text=True, cwd=ROOT)
    imported = {line.rsplit("|", 1)[-1].strip()
                for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "matchcli.cli.parse" in imported  # the check sees our modules...
    rich = sorted(name for name in imported if name == "rich" or name.startswith("rich."))
    assert not rich, f"parse --json imported rich; import it inside the function that draws: {rich[:5]}"
    assert not {name for name in imported if name.startswith("matchcli.batch.")}


def test_batch_help_has_an_example():
    result = run_cli("batch", "--help")
    assert result.returncode == EXIT_OK and "Example: matchcli batch" in result.stdout
