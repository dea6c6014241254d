"""matchcli: turn football match reports into evidence-backed structured data.

The library API is `parse_report(text) -> Match`; nothing here imports Typer or rich.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .extract import parse_report  # noqa: E402
from .facts import SCHEMA_VERSION  # noqa: E402

__all__ = ["parse_report", "Match", "SCHEMA_VERSION", "__version__"]


def __getattr__(name: str):
    # `Match` (pydantic) on first use: importing pydantic and building the models is most of a
    # short `parse --json` run, which does not need them (see matchcli.facts).
    if name == "Match":
        from .models import Match

        return Match
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
