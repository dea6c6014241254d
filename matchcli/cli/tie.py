"""`matchcli tie`: who goes through a two-legged tie, from two scorelines or a parsed second leg."""
from __future__ import annotations

from typing import List, Optional

import typer

from ..errors import MatchcliError
from ..inputs import DEFAULT_MAX_BYTES
from ..tie import DEFAULT_RULES, RULE_ALIASES, RULES
from ._app import app
from .output import console, warn, write_json

_RULES_HELP = "Tie-break rules: " + "; ".join(f"{name} = {r.summary}" for name, r in RULES.items()) + \
    "; " + "; ".join(f"{alias} = {target}" for alias, target in RULE_ALIASES.items()) + f". Default {DEFAULT_RULES}."


@app.command()
def tie(
    legs: Optional[List[str]] = typer.Argument(None, metavar="FIRST_LEG SECOND_LEG",
                                               help="The two legs as scorelines, home side first; the second leg's 90-minute score."),
    record: Optional[str] = typer.Option(None, "--record", metavar="FILE",
                                         help="A parsed second leg (a report, or a record saved by parse --json) instead of scorelines."),
    extra_time: Optional[str] = typer.Option(None, "--extra-time", metavar="H-A",
                                             help="Goals scored in extra time of the second leg (its home side first), not the score after it."),
    penalties: Optional[str] = typer.Option(None, "--penalties", metavar="H-A",
                                            help="Shootout of the second leg, its home side first."),
    rules: Optional[str] = typer.Option(None, "--rules", metavar="NAME", help=_RULES_HELP),
    away_goals: Optional[bool] = typer.Option(None, "--away-goals/--no-away-goals",
                                              help="Shortcut: --away-goals = uefa-classic, --no-away-goals = uefa-2021."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (an array when a record file holds several ties)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Aggregate-tie calculator: aggregate, who goes through and why.

    Example: matchcli tie "Borussia Dortmund 2-0 Atalanta" "Atalanta 4-1 Borussia Dortmund"

    Example: matchcli tie "Tottenham 0-1 Ajax" "Ajax 2-3 Tottenham" --away-goals

    Example: matchcli tie --record second-leg.json --penalties 4-3
    """
    from ..tie import TieError, decide_tie, get_rules, parse_pair, parse_scoreline, to_report

    try:
        if rules and away_goals is not None:
            raise TieError("give either --rules or --away-goals/--no-away-goals, not both")
        chosen = get_rules(rules or ("uefa-classic" if away_goals else DEFAULT_RULES))
        et = parse_pair(extra_time, "--extra-time") if extra_time else None
        pens = parse_pair(penalties, "--penalties") if penalties else None
        if (record is None) == (not legs):
            raise TieError("give two scorelines or --record FILE (one of them)")
        if legs and len(legs) != 2:
            raise TieError(f"expected two scorelines (first leg, second leg), got {len(legs)}")
        if legs:
            results = [decide_tie(parse_scoreline(legs[0]), parse_scoreline(legs[1]), chosen, et, pens)]
            failures = []
        else:
            results, failures = _from_records(record, chosen, et, pens, max_bytes)
    except MatchcliError as exc:
        warn(str(exc))
        raise typer.Exit(exc.exit_code)
    if as_json:
        rows = [to_report(r).model_dump(mode="json") for r in results]
        if rows:
            write_json(rows[0] if len(rows) == 1 else rows)
    else:
        from ..render.tie import render_tie

        out = console()
        for i, result in enumerate(results):
            if i:
                out.print()
            render_tie(result, out)
    from .parse import exit_code

    raise typer.Exit(exit_code(failures))


def _from_records(name: str, rules, et, pens, max_bytes: int):
    from ..records import load_records
    from ..tie import decide_record

    results, failures = [], []
    for _, loaded in load_records([name], max_bytes=max_bytes):
        try:
            if isinstance(loaded, MatchcliError):
                raise loaded
            results.append(decide_record(loaded, rules, et, pens))
        except MatchcliError as exc:
            failures.append(exc)
            warn(str(exc))
    return results, failures
