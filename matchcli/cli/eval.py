"""`matchcli eval`: score matchcli on annotated reports (STEM.txt with STEM.json beside it)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List

import typer

from ..errors import EXIT_INPUT_FAILED, EXIT_OK, MatchcliError
from ._app import app
from .output import console, warn, write_json

# Rows of the table: (label, how to read the number from an Evaluation).
_F1_ROWS = (
    ("goals: team+scorer+minute", "goals"),
    ("goals: team+scorer", "scorers"),
    ("cards", "cards"),
)
_ACCURACY_LABELS = {
    "teams": "teams", "score": "score", "aggregate": "aggregate", "shootout": "shootout",
    "winner": "winner", "penalty": "penalty flag", "own_goal": "own-goal flag", "stats": "stats",
}


@app.command("eval")
def eval_(
    dirs: List[Path] = typer.Argument(..., metavar="DIR...", help="Folders of STEM.txt reports with STEM.json gold beside them."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss, per report."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores and misses as JSON."),
) -> None:
    """Score matchcli on reports annotated with their facts (gold format: see the README).

    Example: matchcli eval samples -v
    """
    from ..evaluate import Evaluation, check_gold, evaluate
    from ..models import Match
    from ..pipeline import record_for

    pairs, failed = _annotated_reports(dirs)
    total = Evaluation()
    files: list[dict] = []
    for txt, gold_path in pairs:
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            warn(f"{gold_path}: unreadable gold ({exc})")
            failed = True
            continue
        problems = check_gold(gold)
        if problems:
            warn(f"{gold_path}: not in the gold format ({problems[0]}); skipped")
            failed = True
            continue
        try:
            match = record_for(str(txt))
            crashed = None
        except MatchcliError as exc:
            # Scored as an empty record, so a report matchcli cannot read costs what it should.
            match, crashed = Match(), str(exc)
            failed = True
            warn(str(exc))
        result = evaluate(match, gold)
        if crashed:
            result.misses.insert(0, f"no record: {crashed}")
        total = total + result
        files.append({"report": str(txt), "misses": result.misses})

    if not files:
        if not failed:  # otherwise the reason has been given already
            warn("no report to score: want STEM.txt files with a STEM.json gold file beside them")
        raise typer.Exit(EXIT_INPUT_FAILED)
    if as_json:
        write_json(_summary(total, files))
    else:
        _print(total, files, verbose)
    raise typer.Exit(EXIT_INPUT_FAILED if failed else EXIT_OK)


def _annotated_reports(dirs: List[Path]) -> tuple[list[tuple[Path, Path]], bool]:
    """(report, gold) pairs in name order, and whether some DIR could not be used."""
    pairs: list[tuple[Path, Path]] = []
    failed = False
    for folder in dirs:
        if not folder.is_dir():
            warn(f"{folder}: not a directory")
            failed = True
            continue
        pairs += [(gold.with_suffix(".txt"), gold) for gold in sorted(folder.glob("*.json"))
                  if gold.with_suffix(".txt").is_file()]
    return pairs, failed


def _summary(total, files: list[dict]) -> dict:
    out: dict = {"files": len(files)}
    for label, kind in _F1_ROWS:
        p, r, f = total.prf(kind)
        out[kind] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    out["goals"].update(gold=total.counts["goals.gold"], predicted=total.counts["goals.predicted"])
    out["cards"].update(gold=total.counts["cards.gold"], predicted=total.counts["cards.predicted"])
    for key in _ACCURACY_LABELS:
        acc = total.accuracy(key)
        out[key] = {"accuracy": None if acc is None else round(acc, 4),
                    "right": total.counts[f"{key}.ok"], "scored": total.counts[f"{key}.total"]}
    out["reports"] = files
    return out


def _print(total, files: list[dict], verbose: bool) -> None:
    from rich.table import Table

    out = console()
    if verbose:
        for row in files:
            if row["misses"]:
                # soft_wrap: a path or a miss stays on one line, for grep.
                out.print(f"[bold]{row['report']}[/bold]", soft_wrap=True)
                for miss in row["misses"]:
                    out.print(f"  {miss}", markup=False, soft_wrap=True)
    table = Table(title=f"{len(files)} reports", title_justify="left", show_edge=False)
    for col, justify in (("fact", "left"), ("P", "right"), ("R", "right"), ("F1/acc", "right"), ("right", "right")):
        table.add_column(col, justify=justify)
    for label, kind in _F1_ROWS:
        p, r, f = total.prf(kind)
        base = "goals" if kind == "scorers" else kind
        counts = f"{total.counts[kind + '.tp']}/{total.counts[base + '.gold']}, {total.counts[base + '.predicted']} found"
        table.add_row(label, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", counts)
    for key, label in _ACCURACY_LABELS.items():
        acc = total.accuracy(key)
        table.add_row(label, "", "", "n/a" if acc is None else f"{acc:.3f}",
                      f"{total.counts[key + '.ok']}/{total.counts[key + '.total']}")
    out.print(table)
