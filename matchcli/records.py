"""Inputs for the views: match reports, or records `matchcli parse --json` saved earlier.

A pipeline parses once and renders many times, so every view accepts both. A saved record is a
JSON object, an array of them, or JSON Lines. Files named `.json`/`.jsonl` must be records; any
other input is a record when its text is valid JSON, and otherwise a report to parse.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator, Union

from pydantic import ValidationError

from .errors import InputError, MatchcliError
from .inputs import DEFAULT_MAX_BYTES, Document, read_input
from .models import Match
from .pipeline import record_from_document

Loaded = Union[Match, MatchcliError]

_RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")


def load_records(names: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[str, Loaded]]:
    """Yield (input name, Match or the error that stands for it), in input order.

    A saved array or JSON Lines file yields one pair per record, so one input may give several.
    Errors are yielded, not raised, so one bad input never hides the others.
    """
    for name in names:
        try:
            doc = read_input(name, max_bytes=max_bytes)
        except MatchcliError as exc:
            yield name, exc
            continue
        objects = _json_objects(doc, strict=name.lower().endswith(_RECORD_SUFFIXES))
        if objects is None:
            try:
                yield name, record_from_document(doc)
            except MatchcliError as exc:
                yield name, exc
            continue
        for where, obj in objects:
            yield name, _to_match(obj, where, doc.source)


def _json_objects(doc: Document, strict: bool):
    """The JSON values in the text with a label for messages, or None when it is not JSON
    (then it is a report). `strict` turns "not JSON" into an InputError instead."""
    text = doc.text.strip()
    if not text.startswith(("{", "[")):
        if strict:
            return [(doc.source, InputError(f"{doc.source}: not a saved matchcli record (JSON expected)"))]
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [(f"{doc.source}:{i}", _json_line(line, f"{doc.source}:{i}"))
                 for i, line in enumerate(text.splitlines(), 1) if line.strip()]
        if any(isinstance(value, dict) for _, value in lines):
            # JSON Lines: a damaged line is reported on its own, the good lines still count.
            return lines
        if strict:
            return [(doc.source, InputError(f"{doc.source}: invalid JSON ({whole_error.msg} at line {whole_error.lineno})"))]
        # A report may open with "[Reuters]": text that only looks like JSON is prose.
        return None
    if isinstance(value, list):
        return [(f"{doc.source}[{i}]", item) for i, item in enumerate(value)]
    return [(doc.source, value)]


def _json_line(line: str, where: str):
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: invalid JSON ({exc.msg})")


def _to_match(obj, where: str, source: str) -> Loaded:
    if isinstance(obj, MatchcliError):
        return obj
    if not isinstance(obj, dict):
        return InputError(f"{where}: not a matchcli record (a JSON object expected)")
    if set(obj) == {"source", "error"} and isinstance(obj["error"], dict):
        # `parse --json` writes this for an input that failed; carry the old message forward.
        return InputError(f"{where}: saved error for {obj['source']}: {obj['error'].get('message', '?')}")
    try:
        match = Match.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        path = ".".join(str(p) for p in first["loc"]) or "record"
        return InputError(f"{where}: not a valid matchcli record ({path}: {first['msg']})")
    if match.source is None:
        match.source = source
    return match
