"""The command-line layer: reads inputs, calls the core, renders. One module per command."""
from __future__ import annotations

import atexit
import gc
import sys

import typer

from .. import __version__

app = typer.Typer(
    name="matchcli",
    help="Read football match reports and turn them into structured, evidence-backed data.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"matchcli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Read football match reports and turn them into structured, evidence-backed data.

    Example: matchcli parse report.txt --json | jq '.goals[].player'
    """


# Each command module registers itself on `app` when imported.
from . import parse as _parse  # noqa: E402,F401
from . import schema as _schema  # noqa: E402,F401
from . import eval as _eval  # noqa: E402,F401
from . import tie as _tie  # noqa: E402,F401
from . import timeline as _timeline  # noqa: E402,F401
from . import scorers as _scorers  # noqa: E402,F401
from . import xg as _xg  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import batch as _batch  # noqa: E402,F401


def main() -> None:
    # At exit Python's last garbage collections walk every object the run made (the gazetteer,
    # the compiled patterns, pydantic's validators: some 45,000) to free memory the OS takes back
    # anyway, 30-40 ms of a one-report run. Frozen objects are skipped. Registered first, so it
    # runs after every exit handler registered during the run (atexit is last-in, first-out).
    atexit.register(gc.freeze)
    code = _parse.run_plain(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    app()
