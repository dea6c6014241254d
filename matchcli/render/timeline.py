"""The timeline on a terminal: one line per event, markers between the periods."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..models import Match
from ..tie import Rules
from ..timeline import build_timeline, match_label

# Tag and colour per kind; the tag alone carries the meaning when colour is off.
TAGS = {
    "goal": ("GOAL", "bold green"),
    "penalty": ("PEN", "bold green"),
    "own_goal": ("OG", "bold green"),
    "yellow": ("YELLOW", "yellow"),
    "second_yellow": ("2ND YELLOW", "bold red"),
    "red": ("RED", "bold red"),
    "missed_penalty": ("PEN MISSED", "magenta"),
    "var": ("VAR", "cyan"),
    "woodwork": ("WOODWORK", "blue"),
    "half_time": ("HALF-TIME", "bold"),
    "full_time": ("FULL-TIME", "bold"),
    "extra_time": ("EXTRA TIME", "bold"),
    "end_of_extra_time": ("END OF EXTRA TIME", "bold"),
    "shootout": ("SHOOTOUT", "bold"),
}
_MARKERS = {"half_time", "full_time", "extra_time", "end_of_extra_time", "shootout"}


def render_timeline(match: Match, out: Console, rules: Rules) -> None:
    rows = build_timeline(match, rules)
    tie = []
    if match.first_leg:
        tie.append(f"first leg {match.first_leg.home}-{match.first_leg.away}")
    if match.aggregate:
        tie.append(f"aggregate {match.aggregate.home}-{match.aggregate.away}")
    meta = " · ".join(x for x in (match.competition, match.stage, *tie) if x)
    out.print(f"[bold]{escape(match_label(match))}[/bold]" + (f"  [dim]{escape(meta)}[/dim]" if meta else ""))
    second_leg = any(r.aggregate for r in rows)
    # The header names the rules, since "through" depends on them.
    title = f"[dim]through: under {rules.name} rules[/dim]" if second_leg else None
    table = Table(box=None, show_header=second_leg, pad_edge=False, padding=(0, 1),
                  caption=title, caption_justify="left")
    table.add_column("min", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("event", ratio=1)
    table.add_column("score", no_wrap=True)
    if second_leg:
        table.add_column("agg", no_wrap=True)
        table.add_column("through", no_wrap=True)
    for r in rows:
        tag, style = TAGS[r.kind]
        if r.kind in _MARKERS:
            what = r.detail or ""
        else:
            team = f"{'for ' if r.kind == 'own_goal' else ''}{r.team}" if r.team else ""
            who = f"{r.player} ({team})" if r.player and team else (r.player or team)
            what = ", ".join(x for x in (who, r.detail) if x)
        cells = [r.display_minute, f"[{style}]{tag}[/{style}]", escape(what),
                 f"{r.score.home}-{r.score.away}" if r.score else ""]
        if second_leg:
            cells += [f"{r.aggregate.home}-{r.aggregate.away}" if r.aggregate else "", escape(r.through or "")]
        table.add_row(*cells, style="dim" if r.kind in _MARKERS else None)
    out.print(table)
