"""Where output goes: data to stdout, messages to stderr, colour only when wanted."""
from __future__ import annotations

import json
import os
import sys
from typing import Any


def write_json(obj: Any, *, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def warn(message: str) -> None:
    sys.stderr.write(f"matchcli: {message}\n")


def console(stderr: bool = False):
    """A rich Console that obeys NO_COLOR and drops colour when the stream is not a terminal."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    no_color = bool(os.environ.get("NO_COLOR"))
    # piped output is not wrapped at rich's default 80 columns (unless COLUMNS says otherwise)
    width = None if stream.isatty() or os.environ.get("COLUMNS") else 120
    return Console(file=stream, no_color=no_color, highlight=False, soft_wrap=False, width=width)


def one_format(**flags: bool) -> None:
    """Refuse a command line that asks for two output formats at once (exit 2, as Click does)."""
    chosen = ["--" + name.replace("_", "-") for name, on in flags.items() if on]
    if len(chosen) > 1:
        import typer

        raise typer.BadParameter(f"choose one output format, not {' and '.join(chosen)}")
