"""`matchcli scorers`: the scorer table over all inputs."""
from __future__ import annotations

from typing import List

import typer

from ..inputs import DEFAULT_MAX_BYTES
from ._app import app
from ._views import INPUTS_HELP, finish, load_matches
from .output import console, one_format, write_json


@app.command()
def scorers(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help=INPUTS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: scorers and own goals."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="Print one scorer row per line (own goals: see --json)."),
    as_csv: bool = typer.Option(False, "--csv", help="Print the scorer table as CSV (own goals: see --json)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Scorer table over all inputs: goals, penalties, headers, assists, matches; own goals apart.

    Example: matchcli scorers reports/*.txt

    Example: matchcli scorers season.jsonl --csv > scorers.csv
    """
    from ..scorers import CSV_COLUMNS, scorer_table

    one_format(json=as_json, jsonl=as_jsonl, csv=as_csv)

    matches, failures = load_matches(inputs, max_bytes)
    if as_json or as_jsonl or as_csv:
        report = scorer_table(matches)
        if as_json:
            write_json(report.model_dump(mode="json"))
        elif as_jsonl:
            for row in report.scorers:
                write_json(row.model_dump(mode="json"), indent=None)
        else:
            import csv
            import sys

            writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for row in report.scorers:
                writer.writerow(row.model_dump())
    else:
        from ..render.scorers import render_scorers

        render_scorers(matches, console())
    finish(failures)
