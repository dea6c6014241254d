"""The terminal view of an aggregate tie: the legs, the sums, and one sentence of verdict."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..tie import Leg, TieResult


def _leg(leg: Leg) -> str:
    return escape(f"{leg.home} {leg.home_goals}-{leg.away_goals} {leg.away}")


def render_tie(result: TieResult, out: Console) -> None:
    a, b = result.team_a, result.team_b
    out.print(f"[bold]{escape(a)} v {escape(b)}[/bold]")
    out.print(f"[dim]rules {result.rules.name}: {result.rules.summary}[/dim]")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column()
    grid.add_row("first leg", _leg(result.first_leg))
    grid.add_row("second leg", _leg(result.second_leg))
    second_home, second_away = result.second_leg.home, result.second_leg.away
    if result.extra_time:
        et = result.extra_time
        grid.add_row("extra time", escape(f"{second_home} {et[0]}-{et[1]} {second_away} (goals in extra time)"))
    if result.penalties:
        p = result.penalties
        grid.add_row("penalties", escape(f"{second_home} {p[0]}-{p[1]} {second_away}"))
    agg = result.aggregate
    grid.add_row("aggregate", escape(f"{a} {agg[0]}-{agg[1]} {b}"))
    if result.away_goals:
        grid.add_row("away goals", escape(f"{a} {result.away_goals[0]}-{result.away_goals[1]} {b}"))
    out.print(grid)
    style = "bold green" if result.winner else "bold yellow"
    out.print(f"[{style}]{escape(result.explanation())}[/{style}]")
    for warning in result.warnings:
        out.print(f"[yellow]warning:[/yellow] {escape(warning)}")
