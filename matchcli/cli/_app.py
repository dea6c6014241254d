"""The Typer app: the root options and every command. Built on first use (`matchcli.cli.app`), so
the plain `parse --json` run (cli.parse.run_plain) never imports Typer."""
from __future__ import annotations

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
from . import parse as _parse  # noqa: E402

_parse.register(app)
from . import schema as _schema  # noqa: E402,F401
from . import eval as _eval  # noqa: E402,F401
from . import tie as _tie  # noqa: E402,F401
from . import timeline as _timeline  # noqa: E402,F401
from . import scorers as _scorers  # noqa: E402,F401
from . import xg as _xg  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import batch as _batch  # noqa: E402,F401
