"""What every view command shares: loading its inputs, reporting bad ones, the exit code."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..errors import MatchcliError
from .output import warn

if TYPE_CHECKING:  # annotations only: pydantic is not needed to import this
    from ..models import Match

INPUTS_HELP = "Reports (.txt), records saved by `matchcli parse --json` (JSON, array or JSON Lines); '-' reads stdin."


def load_matches(names: Iterable[str], max_bytes: int) -> tuple[list[Match], list[MatchcliError]]:
    """Every input's records in order; a bad input gets one line on stderr and is skipped."""
    from ..records import load_records

    matches: list[Match] = []
    failures: list[MatchcliError] = []
    for _, loaded in load_records(names, max_bytes=max_bytes):
        if isinstance(loaded, MatchcliError):
            warn(str(loaded))
            failures.append(loaded)
        else:
            matches.append(loaded)
    return matches, failures


def finish(failures: list[MatchcliError]) -> None:
    """Exit with the code errors.py documents for these failures."""
    import typer

    from .parse import exit_code

    raise typer.Exit(exit_code(failures))
