"""`matchcli schema`: the JSON Schema of the record."""
from __future__ import annotations

from ._app import app
from .output import write_json


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record `parse --json` writes.

    Example: matchcli schema > match.schema.json
    """
    from ..models import json_schema

    write_json(json_schema())
