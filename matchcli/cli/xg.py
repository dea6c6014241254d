"""`matchcli xg`: goals against expected goals, per match and per team."""
from __future__ import annotations

from typing import List

import typer

from ..inputs import DEFAULT_MAX_BYTES
from ._app import app
from ._views import INPUTS_HELP, finish, load_matches
from .output import console, write_json


@app.command()
def xg(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help=INPUTS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: per match figures and verdicts, totals per team."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Goals against xG for both teams: shots, on target, xG per shot, a verdict and a bar chart;
    across many matches, totals per team.

    Example: matchcli xg second-leg.txt

    Example: matchcli xg season.jsonl --json | jq '.teams[0]'
    """
    matches, failures = load_matches(inputs, max_bytes)
    if as_json:
        from ..xg import xg_report

        write_json(xg_report(matches).model_dump(mode="json"))
    else:
        from ..render.xg import render_xg

        render_xg(matches, console())
    finish(failures)
