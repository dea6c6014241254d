"""`matchcli export`: records as openfootball Football.TXT or football-data.co.uk CSV."""
from __future__ import annotations

from enum import Enum
from typing import List

import typer

from ..inputs import DEFAULT_MAX_BYTES
from ._app import app
from ._views import INPUTS_HELP, finish, load_matches


class ExportFormat(str, Enum):
    footballtxt = "footballtxt"
    csv = "csv"


@app.command()
def export(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help=INPUTS_HELP),
    fmt: ExportFormat = typer.Option(..., "--format", "-f",
                                     help="footballtxt: openfootball Football.TXT lines; csv: football-data.co.uk style rows."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Write matches in openfootball Football.TXT or football-data.co.uk CSV.

    Example: matchcli export --format footballtxt second-leg.txt

    Example: matchcli export --format csv season.jsonl > season.csv
    """
    import sys

    from ..export import CSV_COLUMNS, csv_row, football_txt

    matches, failures = load_matches(inputs, max_bytes)
    if fmt == ExportFormat.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for match in matches:
            writer.writerow(csv_row(match))
    else:
        blocks = ["\n".join(football_txt(m)) for m in matches]
        if blocks:
            sys.stdout.write("\n\n".join(blocks) + "\n")
    finish(failures)
