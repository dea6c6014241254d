"""The scorer table on a terminal, own goals listed below it."""
from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..models import Match
from ..scorers import scorer_table


def render_scorers(matches: Iterable[Match], out: Console) -> None:
    report = scorer_table(matches)
    if not report.scorers and not report.own_goals:
        out.print("No goals in the inputs.")
        return
    table = Table(title="Scorers", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("player")
    table.add_column("team")
    for col in ("goals", "pens", "headers", "assists", "matches"):
        table.add_column(col, justify="right")
    rank = 0
    previous = None
    for i, row in enumerate(report.scorers, 1):
        # Equal goals and assists share a rank, as league tables print it.
        if (row.goals, row.assists) != previous:
            rank, previous = i, (row.goals, row.assists)
        table.add_row(str(rank), escape(row.player), escape(row.team or "?"), str(row.goals), str(row.penalties),
                      str(row.headers), str(row.assists), str(row.matches))
    if report.scorers:
        out.print(table)
    if report.own_goals:
        og = Table(title="Own goals", title_justify="left", show_edge=False, pad_edge=False)
        for col in ("player", "team", "for", "min", "match"):
            og.add_column(col, justify="right" if col == "min" else "left")
        for row in report.own_goals:
            og.add_row(escape(row.player or "?"), escape(row.team or "?"), escape(row.for_team or "?"),
                       row.minute, escape(row.match))
        out.print(og)
