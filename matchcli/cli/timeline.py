"""`matchcli timeline`: each match in order, one line per event."""
from __future__ import annotations

from typing import List

import typer

from ..inputs import DEFAULT_MAX_BYTES
from ..tie import DEFAULT_RULES
from ._app import app
from ._views import INPUTS_HELP, finish, load_matches
from .output import console, one_format, warn, write_json


@app.command()
def timeline(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help=INPUTS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON array of event rows."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="Print one JSON event row per line."),
    rules: str = typer.Option(DEFAULT_RULES, "--rules", metavar="NAME",
                              help="Tie-break rules for a second leg's 'through' column (see `matchcli tie --help`)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """The match in order: goals with the running score, cards, VAR, woodwork, period markers;
    for a second leg also the running aggregate and who is going through.

    Example: matchcli timeline second-leg.txt

    Example: matchcli parse *.txt --jsonl > all.jsonl && matchcli timeline all.jsonl --jsonl
    """
    from ..errors import MatchcliError
    from ..tie import get_rules
    from ..timeline import build_timeline

    one_format(json=as_json, jsonl=as_jsonl)
    try:
        chosen = get_rules(rules)
    except MatchcliError as exc:
        warn(str(exc))
        raise typer.Exit(exc.exit_code)
    matches, failures = load_matches(inputs, max_bytes)
    if as_json or as_jsonl:
        rows = [row.model_dump(mode="json") for m in matches for row in build_timeline(m, chosen)]
        if as_jsonl:
            for row in rows:
                write_json(row, indent=None)
        else:
            write_json(rows)
    else:
        from ..render.timeline import render_timeline

        out = console()
        for i, match in enumerate(matches):
            if i:
                out.print()
            render_timeline(match, out, chosen)
    finish(failures)
