"""matchcli: turn football match reports into evidence-backed structured data.

The library API is `parse_report(text) -> Match`; nothing here imports Typer or rich.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .extract import parse_report  # noqa: E402
from .models import SCHEMA_VERSION, Match  # noqa: E402

__all__ = ["parse_report", "Match", "SCHEMA_VERSION", "__version__"]
