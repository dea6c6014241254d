"""One input in, one record out: the step every command (parse, views, batch) shares."""
from __future__ import annotations

from .errors import MatchcliError
from .extract import parse_report
from .inputs import DEFAULT_MAX_BYTES, Document, read_input
from .models import Match


def record_for(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Match:
    """Read one input and parse it; raises MatchcliError with a one-line message."""
    return record_from_document(read_input(name, max_bytes=max_bytes))


def record_from_document(doc: Document) -> Match:
    """Parse text already read (views read first to tell a saved record from a report)."""
    match = parse_report(doc.text)
    match.source = doc.source
    match.warnings[:0] = doc.warnings
    return match


def error_record(name: str, exc: MatchcliError) -> dict:
    """The JSON object that stands for a failed input in --json/--jsonl output."""
    return {"source": name, "error": {"kind": exc.kind, "message": str(exc)}}
