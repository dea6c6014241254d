"""How a minute is written for people: 5', 45+2', ~59', 105'."""
from __future__ import annotations

from ..models import Timed


def format_minute(event: Timed) -> str:
    """
    >>> from matchcli.models import Timed
    >>> format_minute(Timed(minute=90, stoppage=8))
    "90+8'"
    >>> format_minute(Timed(minute=59, approximate=True))
    "~59'"
    >>> format_minute(Timed())
    '?'
    """
    if event.minute is None:
        return "?"
    text = f"{event.minute}+{event.stoppage}'" if event.stoppage else f"{event.minute}'"
    return f"~{text}" if event.approximate else text
