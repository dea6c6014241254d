"""Rendering helpers for view tests: text with colour off at a fixed width."""
from __future__ import annotations

import io

from rich.console import Console


def render_text(render, *args, width: int = 120) -> str:
    """What `render(*args, console)` prints, colour off, trailing spaces dropped."""
    buffer = io.StringIO()
    out = Console(file=buffer, no_color=True, width=width, highlight=False, soft_wrap=False)
    render(*args, out)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def save_records(path, *matches, jsonl: bool = False):
    """Write records as `parse --json` (array) or `--jsonl` would."""
    import json

    rows = [m.model_dump(mode="json") for m in matches]
    text = "\n".join(json.dumps(r) for r in rows) if jsonl else json.dumps(rows if len(rows) > 1 else rows[0])
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)
