"""Goals against xG on a terminal: figures, a small bar chart, the verdict; totals per team."""
from __future__ import annotations

from typing import Optional

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..models import Match
from ..xg import team_totals, xg_match

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, scale_max: float, width: int) -> str:
    """A horizontal bar in eighths of a character, `width` characters for `scale_max`.

    >>> bar(1.0, 2.0, 4), bar(0.0, 2.0, 4)
    ('██', '')
    """
    if scale_max <= 0:
        return ""
    eighths = round(value / scale_max * width * 8)
    return ("█" * (eighths // 8) + _EIGHTHS[eighths % 8]).rstrip()


def _num(value: Optional[float], fmt: str = "{:g}") -> str:
    return "-" if value is None else fmt.format(value)


def render_xg(matches: list[Match], out: Console) -> None:
    for i, match in enumerate(matches):
        if i:
            out.print()
        _render_match(match, out)
    if len(matches) > 1:
        out.print()
        _render_totals(matches, out)


def _render_match(match: Match, out: Console) -> None:
    row = xg_match(match)
    score = f"{row.goals.home}-{row.goals.away}" if row.goals else "v"
    out.print(f"[bold]{escape(row.home)} {score} {escape(row.away)}[/bold]")
    table = Table(show_edge=False, pad_edge=False, box=None, padding=(0, 2))
    table.add_column("")
    table.add_column(escape(row.home), justify="right")
    table.add_column(escape(row.away), justify="right")
    figures = [("goals", row.goals, "{:g}"), ("xG", row.xg, "{:.2f}"), ("shots", row.shots, "{:g}"),
               ("on target", row.shots_on_target, "{:g}"), ("xG per shot", row.xg_per_shot, "{:.2f}")]
    for label, pair, fmt in figures:
        if pair is not None:
            table.add_row(label, _num(pair.home, fmt), _num(pair.away, fmt))
    if table.row_count:
        out.print(table)
    if row.xg and row.xg.home is not None and row.xg.away is not None and row.goals:
        _chart(row, out)
    out.print(f"[bold]{escape(row.verdict)}[/bold]")


def _chart(row, out: Console) -> None:
    """Goals and xG of both sides on one scale, so a side that outscored its chances shows."""
    name_width = max(len(row.home), len(row.away))
    width = max(10, min(40, out.width - name_width - 16))
    scale = max(row.goals.home, row.goals.away, row.xg.home, row.xg.away)
    for side, name in (("home", row.home), ("away", row.away)):
        goals, xg = getattr(row.goals, side), getattr(row.xg, side)
        out.print(f"{escape(name):<{name_width}}  goals {bar(goals, scale, width)} {goals}")
        out.print(f"{'':<{name_width}}  xG    [cyan]{bar(xg, scale, width)}[/cyan] {xg:.2f}")


def _render_totals(matches: list[Match], out: Console) -> None:
    table = Table(title="Totals per team", title_justify="left", show_edge=False, pad_edge=False)
    for col, justify in (("team", "left"), ("matches", "right"), ("goals", "right"), ("xG for", "right"),
                         ("xG against", "right"), ("xG diff", "right"), ("xG matches", "right")):
        table.add_column(col, justify=justify)
    for t in team_totals(matches):
        has_xg = t.xg_matches > 0
        table.add_row(escape(t.team), str(t.matches), f"{t.goals_for}-{t.goals_against}",
                      f"{t.xg_for:.2f}" if has_xg else "-", f"{t.xg_against:.2f}" if has_xg else "-",
                      f"{t.xg_for - t.xg_against:+.2f}" if has_xg else "-", str(t.xg_matches))
    out.print(table)
