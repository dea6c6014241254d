"""The one exception family the core raises, and the exit codes the CLI maps it to."""
from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT_FAILED = 1   # at least one input could not be read or parsed
EXIT_USAGE = 2          # bad command line (Typer/Click's own code)
EXIT_NO_MATCH = 3       # every failed input was readable but held no match report


class MatchcliError(Exception):
    """Base of every error matchcli reports to a user. `kind` is stable and machine-readable."""

    kind = "error"
    exit_code = EXIT_INPUT_FAILED


class InputError(MatchcliError):
    """The input could not be read as text (missing, directory, binary, empty, undecodable)."""

    kind = "input"


class NoMatchError(MatchcliError):
    """The text was read but holds no football match report."""

    kind = "no_match"
    exit_code = EXIT_NO_MATCH


class InternalError(MatchcliError):
    """A bug, not bad input: an unexpected exception while reading or parsing one input.

    The CLI reports it in one line and goes on with the other inputs; the original exception
    is kept as `__cause__` for MATCHCLI_DEBUG=1.
    """

    kind = "internal"
