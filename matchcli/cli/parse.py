"""`matchcli parse`: reports in, records out (rich summary, JSON or JSON Lines).

Each input succeeds or fails on its own: a failure is one line on stderr (and, in JSON modes, an
error object in its place), and the other inputs' records are still written. The exit code says
how it went (see `exit_code` and the README's table). Unexpected exceptions are bugs: reported as
"internal error" in one line; MATCHCLI_DEBUG=1 prints their traceback too.
"""
from __future__ import annotations

import errno
import os
import sys
from typing import List

from ..errors import EXIT_INPUT_FAILED, EXIT_NO_MATCH, EXIT_OK, InternalError, MatchcliError, NoMatchError
from ..inputs import DEFAULT_MAX_BYTES, read_input
from ..inputs.limits import DEFAULT_MAX_CHARS
from ..facts import dump
from ..pipeline import describe, display_name, error_record, facts_for, guarded, one_line, record_for
from .output import console, one_format, warn, write_json

DEBUG_ENV = "MATCHCLI_DEBUG"


def register(app) -> None:
    """Add `matchcli parse` to the Typer app (cli._app). A function, so that importing this module
    imports no Typer: run_plain runs the plain JSON command line without it."""
    import typer

    @app.command()
    def parse(
        inputs: List[str] = typer.Argument(..., metavar="FILE...", help="Report files (text or saved HTML pages); '-' reads standard input."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON: one object, or an array for several inputs."),
        as_jsonl: bool = typer.Option(False, "--jsonl", help="Print one JSON object per line."),
        max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this many bytes."),
        max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Refuse reports whose text (after decoding and HTML extraction) is longer than this."),
        show_text: bool = typer.Option(False, "--show-text", help="Print only the text the extractor reads (after decoding and HTML extraction); evidence offsets refer to it."),
    ) -> None:
        """Extract teams, score, goals, cards and statistics from match reports.

        Example: matchcli parse samples/wire-report.txt --json | jq '.goals[] | [.minute, .player]'

        Example: matchcli parse saved-page.html --show-text | less
        """
        one_format(json=as_json, jsonl=as_jsonl)
        if show_text and (as_json or as_jsonl):
            raise typer.BadParameter("--show-text prints plain text; it cannot be combined with --json or --jsonl")
        raise typer.Exit(run(inputs, as_json, as_jsonl, max_bytes, max_chars, show_text))


def run(inputs: list[str], as_json: bool, as_jsonl: bool, max_bytes: int, max_chars: int, show_text: bool) -> int:
    """The parse command once its command line is checked; returns the exit code."""
    _tolerate_unencodable_output()
    try:
        return _show_text(inputs, max_bytes) if show_text else _records(inputs, as_json, as_jsonl, max_bytes, max_chars)
    except BrokenPipeError:
        raise  # the reader went away (`| head`): Click exits quietly
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        _report_bug(f"internal error ({type(exc).__name__}: {one_line(str(exc))})", exc)
        return EXIT_INPUT_FAILED


def run_plain(args: list[str]) -> int | None:
    """`matchcli parse FILE... --json` (or `--jsonl`) and nothing else, run without Typer's
    command-line machinery; None for any other command line, which goes to Typer as always.

    Typer checks every parameter's value with a pydantic TypeAdapter, and importing pydantic
    for that and building the adapters is a third of a one-report run; this command line has
    no value to check, and Typer itself need not even be imported. What it runs is `run`, the
    body of the `parse` command, with the defaults Typer would pass, and the exit code, a closed
    pipe and Ctrl-C end the process as Click's standalone mode does (tests/test_cli_fast.py
    runs both ways and compares).
    """
    if not args or args[0] != "parse":
        return None
    flags = [a for a in args[1:] if a.startswith("-") and a != "-"]
    names = [a for a in args[1:] if not (a.startswith("-") and a != "-")]
    if not names or len(flags) != 1 or flags[0] not in ("--json", "--jsonl"):
        return None
    try:
        "".join(args).encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in a file name: let Typer judge it
        return None
    try:
        return run(names, as_json=flags[0] == "--json", as_jsonl=flags[0] == "--jsonl",
                   max_bytes=DEFAULT_MAX_BYTES, max_chars=DEFAULT_MAX_CHARS, show_text=False)
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        return 1


class _Pacified:
    """A stream whose flush ignores a closed pipe, so the interpreter's last flush at exit does
    not complain (Click's PacifyFlushWrapper)."""

    def __init__(self, wrapped) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, attr: str):
        return getattr(self.wrapped, attr)


def _records(inputs: list[str], as_json: bool, as_jsonl: bool, max_bytes: int, max_chars: int) -> int:
    rows: list[dict] = []
    failures: list[MatchcliError] = []
    out = None if (as_json or as_jsonl) else console()
    for name in inputs:
        try:
            if out is None:
                # JSON straight from the extractor's plain records: no pydantic unless a value
                # needs it (facts.dump falls back to the models); the same bytes either way.
                row = guarded(display_name(name), dump, facts_for(name, max_bytes=max_bytes, max_chars=max_chars))
            else:
                match = record_for(name, max_bytes=max_bytes, max_chars=max_chars)
                row = guarded(display_name(name), match.model_dump, mode="json")
                guarded(display_name(name), _render, match, out)
        except MatchcliError as exc:
            failures.append(exc)
            report_failure(name, exc)
            row = error_record(name, exc)
        if as_jsonl:
            # Streamed, so records already made survive whatever happens to a later input.
            write_json(row, indent=None)
            sys.stdout.flush()
        rows.append(row)
    if as_json:
        write_json(rows[0] if len(rows) == 1 else rows)
    return exit_code(failures)


def _tolerate_unencodable_output() -> None:
    """On a stdout that cannot encode all of Unicode (PYTHONIOENCODING=ascii, a legacy console),
    write '?' for what it cannot show instead of failing; the JSON stays valid."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if not encoding.startswith("utf") and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")


def _render(match, out) -> None:
    from ..render.summary import render_summary

    # the record's warnings are messages: stderr, so `2>/dev/null` leaves only the summary
    render_summary(match, out, console(stderr=True))


def _show_text(inputs: list[str], max_bytes: int) -> int:
    failures: list[MatchcliError] = []
    for name in inputs:
        try:
            doc = guarded(display_name(name), read_input, name, max_bytes=max_bytes)
        except MatchcliError as exc:
            failures.append(exc)
            report_failure(name, exc)
            continue
        sys.stdout.write(doc.text if doc.text.endswith("\n") else doc.text + "\n")
    return exit_code(failures)


def report_failure(name: str, exc: MatchcliError) -> None:
    """One line on stderr; for a bug, a hint (or, with MATCHCLI_DEBUG=1, the traceback)."""
    if isinstance(exc, InternalError):
        _report_bug(describe(name, exc), exc.__cause__)
    else:
        warn(describe(name, exc))


def _report_bug(message: str, cause: BaseException | None) -> None:
    if os.environ.get(DEBUG_ENV) and cause is not None:
        import traceback  # only here: ~2 ms of every run otherwise

        traceback.print_exception(type(cause), cause, cause.__traceback__)
    else:
        message += f" (a bug; set {DEBUG_ENV}=1 for the traceback)"
    warn(message)


def exit_code(failures: list[MatchcliError]) -> int:
    if not failures:
        return EXIT_OK
    if all(isinstance(f, NoMatchError) for f in failures):
        return EXIT_NO_MATCH
    return EXIT_INPUT_FAILED
