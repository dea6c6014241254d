"""`matchcli parse`: reports in, records out (rich summary, JSON or JSON Lines)."""
from __future__ import annotations

from typing import List

import typer

from ..errors import EXIT_INPUT_FAILED, EXIT_NO_MATCH, EXIT_OK, MatchcliError, NoMatchError
from ..inputs import DEFAULT_MAX_BYTES
from ..pipeline import error_record, record_for
from . import app
from .output import console, warn, write_json


@app.command()
def parse(
    inputs: List[str] = typer.Argument(..., metavar="FILE...", help="Report files; '-' reads standard input."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: one object, or an array for several inputs."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="Print one JSON object per line."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Extract teams, score, goals, cards and statistics from match reports.

    Example: matchcli parse samples/wire-report.txt --json | jq '.goals[] | [.minute, .player]'
    """
    rows: list[dict] = []
    failures: list[MatchcliError] = []
    out = None if (as_json or as_jsonl) else console()
    for name in inputs:
        try:
            match = record_for(name, max_bytes=max_bytes)
        except MatchcliError as exc:
            failures.append(exc)
            warn(str(exc))
            rows.append(error_record(name, exc))
            continue
        row = match.model_dump(mode="json")
        rows.append(row)
        if out is not None:
            from ..render.summary import render_summary

            render_summary(match, out)
    if as_jsonl:
        for row in rows:
            write_json(row, indent=None)
    elif as_json:
        write_json(rows[0] if len(rows) == 1 else rows)
    raise typer.Exit(exit_code(failures))


def exit_code(failures: list[MatchcliError]) -> int:
    if not failures:
        return EXIT_OK
    if all(isinstance(f, NoMatchError) for f in failures):
        return EXIT_NO_MATCH
    return EXIT_INPUT_FAILED
