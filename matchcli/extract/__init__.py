"""The extraction core: `parse_report(text) -> Match`. Pure: no I/O, no Typer, no rich."""
from __future__ import annotations

from ..errors import NoMatchError
from ..models import Match


def parse_report(text: str) -> Match:
    if not text.strip():
        raise NoMatchError("no match report found in the text")
    return Match()
