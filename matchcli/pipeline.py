"""One input in, one record out: the step every command (parse, views, batch) shares.

Whatever goes wrong for one input comes out of here as a MatchcliError with a one-line message,
so a caller can report it and go on with the next input: read and parse errors as themselves,
anything unexpected (a bug) as InternalError with the original exception chained.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import facts
from .errors import InternalError, MatchcliError
from .extract import parse_report, read_facts
from .inputs import DEFAULT_MAX_BYTES, Document, read_input
from .inputs.limits import DEFAULT_MAX_CHARS, STDIN_NAME, check_text_length

if TYPE_CHECKING:  # pydantic is imported only where a pydantic record is made
    from .models import Match


def record_for(name: str, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS) -> Match:
    """Read one input and parse it; raises MatchcliError with a one-line message."""
    doc = guarded(display_name(name), read_input, name, max_bytes=max_bytes)
    return record_from_document(doc, max_chars=max_chars)


def record_from_document(doc: Document, max_chars: int = DEFAULT_MAX_CHARS) -> Match:
    """Parse text already read (views read first to tell a saved record from a report)."""
    check_text_length(doc.text, doc.source, max_chars)
    match = guarded(doc.source, parse_report, doc.text)
    match.source = doc.source
    match.warnings[:0] = doc.warnings
    return match


def facts_for(name: str, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS) -> facts.Match:
    """`record_for` as plain `matchcli.facts` objects, for writing JSON without pydantic
    (`facts.dump`); `facts.to_model` gives the record `record_for` returns."""
    doc = guarded(display_name(name), read_input, name, max_bytes=max_bytes)
    check_text_length(doc.text, doc.source, max_chars)
    match = guarded(doc.source, read_facts, doc.text)
    match.source = doc.source
    match.warnings[:0] = doc.warnings
    return match


def guarded(source: str, step, *args, **kwargs):
    """Run one step for one input, turning an unexpected exception into InternalError."""
    try:
        return step(*args, **kwargs)
    except MatchcliError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug must not stop the other inputs
        raise InternalError(f"{source}: internal error ({type(exc).__name__}: {one_line(str(exc))})") from exc


def one_line(message: str, limit: int = 300) -> str:
    """Collapse a message to one line of bounded length, for stderr and JSON error objects."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(source: str, exc: MatchcliError) -> str:
    """The one-line message for a failed input, always naming the input.

    >>> from matchcli.errors import NoMatchError
    >>> describe("a.txt", NoMatchError("no match report found in the text"))
    'a.txt: no match report found in the text'
    >>> describe("-", NoMatchError("<stdin>: no match report found in the text"))
    '<stdin>: no match report found in the text'
    """
    source = display_name(source)
    message = one_line(str(exc)) or exc.kind
    return message if message.startswith(f"{source}:") else f"{source}: {message}"


def error_record(name: str, exc: MatchcliError) -> dict:
    """The JSON object that stands for a failed input in --json/--jsonl output."""
    return {"source": display_name(name), "error": {"kind": exc.kind, "message": describe(name, exc)}}


def display_name(name: str) -> str:
    """How an input is named in messages and records: `-` is `<stdin>`."""
    return STDIN_NAME if name == "-" else name
