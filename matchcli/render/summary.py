"""The readable summary `matchcli parse` prints on a terminal."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..models import Match
from .minutes import format_minute


def _pair(score) -> str:
    return f"{score.home}-{score.away}" if score else "?"


def render_summary(match: Match, out: Console, err: Console | None = None) -> None:
    """The summary on `out`; the record's warnings on `err` (or `out` when none is given)."""
    home = match.home.name if match.home else "?"
    away = match.away.name if match.away else "?"
    title = f"[bold]{home} {_pair(match.score)} {away}[/bold]"
    extras = []
    if match.after_extra_time:
        extras.append("aet")
    if match.shootout:
        extras.append(f"{_pair(match.shootout)} on penalties")
    if match.aggregate:
        extras.append(f"aggregate {_pair(match.aggregate)}")
    if extras:
        title += f" ({', '.join(extras)})"
    out.print(title)
    meta = [x for x in (match.competition, match.stage, match.venue) if x]
    if meta:
        out.print(" · ".join(meta))
    if match.winner:
        out.print(f"Winner: {match.winner}")
    if match.source:
        out.print(f"[dim]{match.source}[/dim]")

    if match.goals:
        table = Table(title="Goals", title_justify="left", show_edge=False)
        for col in ("min", "player", "team", "score", "notes"):
            table.add_column(col)
        for goal in match.goals:
            notes = [n for n, on in (("pen", goal.penalty), ("og", goal.own_goal), ("header", goal.header)) if on]
            if goal.assist:
                notes.append(f"assist {goal.assist}")
            table.add_row(format_minute(goal), goal.player or "?", goal.team or "?",
                          _pair(goal.score_after) if goal.score_after else "", ", ".join(notes))
        out.print(table)
    if match.cards:
        table = Table(title="Cards", title_justify="left", show_edge=False)
        for col in ("min", "player", "team", "card"):
            table.add_column(col)
        for card in match.cards:
            table.add_row(format_minute(card), card.player or "?", card.team or "?", card.card.replace("_", " "))
        out.print(table)
    others = [(f"missed penalty ({p.outcome})", p) for p in match.penalties_missed]
    others += [(f"VAR: {v.decision}", v) for v in match.var_reviews]
    others += [("hit the woodwork", w) for w in match.woodwork]
    for label, event in sorted(others, key=lambda pair: (pair[1].minute or 0, pair[1].stoppage or 0)):
        who = getattr(event, "player", None) or event.team or ""
        out.print(f"{format_minute(event):>7} {label} {who}".rstrip())
    stats = match.stats
    rows = [(label, pair) for label, pair in (("xG", stats.xg), ("shots", stats.shots),
                                              ("on target", stats.shots_on_target), ("possession %", stats.possession)) if pair]
    if rows:
        table = Table(title="Stats", title_justify="left", show_edge=False)
        table.add_column("")
        table.add_column(home)
        table.add_column(away)
        for label, pair in rows:
            table.add_row(label, _fmt(pair.home), _fmt(pair.away))
        out.print(table)
    for warning in match.warnings:
        (err or out).print(f"[yellow]warning:[/yellow] {warning}")


def _fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:g}"
