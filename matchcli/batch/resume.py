"""Reading back the output of an interrupted batch, so a rerun continues where it stopped.

The batch writes whole lines and flushes after each chunk, so a kill can tear only the last
line. That torn tail is cut off (its source is then redone); every complete line's source,
record or error alike, counts as done, so a rerun neither duplicates nor loses a report.
"""
from __future__ import annotations

import json
import os


def done_sources(path: str) -> set[str]:
    """Sources already in the JSON Lines file at path; cuts a torn last line off the file."""
    if not os.path.exists(path):
        return set()
    done: set[str] = set()
    with open(path, "rb+") as fh:
        good_end = 0
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            good_end += len(raw)
            source = _source_of(raw)
            if source is not None:
                done.add(source)
        fh.truncate(good_end)
    return done


def _source_of(raw: bytes) -> str | None:
    try:
        source = json.loads(raw).get("source")
    except (ValueError, AttributeError):
        return None
    return source if isinstance(source, str) else None
