"""The command-line layer: reads inputs, calls the core, renders. One module per command.

`app` (the Typer app, matchcli.cli._app) is imported on first use: `matchcli parse FILE --json`
is served without Typer (see cli.parse.run_plain), and Typer's import is a tenth of that run.
"""
from __future__ import annotations

import atexit
import gc
import sys


def main() -> None:
    # At exit Python's last garbage collections walk every object the run made (the gazetteer,
    # the compiled patterns, pydantic's validators: some 45,000) to free memory the OS takes back
    # anyway, 30-40 ms of a one-report run. Frozen objects are skipped. Registered first, so it
    # runs after every exit handler registered during the run (atexit is last-in, first-out).
    atexit.register(gc.freeze)
    from .parse import run_plain

    code = run_plain(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from ._app import app

    app()


def __getattr__(name: str):
    if name == "app":
        from ._app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
