"""The step a worker runs: a chunk of input names in, one finished JSON line per input out.

It runs in a pool process or on a Dask worker, so it is a plain top-level function of
picklable arguments, and it serialises in the worker: the parent only writes strings.
"""
from __future__ import annotations

import json
from typing import NamedTuple, Optional

from ..errors import MatchcliError
from ..pipeline import error_record, record_for


class Outcome(NamedTuple):
    source: str
    line: str                   # one JSON object, no newline
    error_kind: Optional[str]   # None for a record; MatchcliError.kind for an error line


def process_chunk(names: list[str], max_bytes: int) -> list[Outcome]:
    return [process_one(name, max_bytes) for name in names]


def process_one(name: str, max_bytes: int) -> Outcome:
    try:
        match = record_for(name, max_bytes=max_bytes)
    except MatchcliError as exc:
        return _failed(name, exc)
    except Exception as exc:  # a bug on one report must not stop the other million
        return _failed(name, MatchcliError(f"{name}: internal error: {type(exc).__name__}: {exc}"))
    return Outcome(name, match.model_dump_json(), None)


def _failed(name: str, exc: MatchcliError) -> Outcome:
    return Outcome(name, json.dumps(error_record(name, exc), ensure_ascii=False), exc.kind)
