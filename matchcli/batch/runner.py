"""The batch loop: stream sources through an engine, write results in source order.

Chunks are submitted in source order and their results written in that same order, with at
most `engine.window` chunks in flight. A slow chunk holds back the writing, never the memory:
nothing new is submitted until the oldest result is written. So output order does not depend
on the number of workers, and memory does not depend on the number of inputs.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional, TextIO

from ..errors import EXIT_INPUT_FAILED, EXIT_NO_MATCH, EXIT_OK, NoMatchError
from .work import Outcome


@dataclass
class Summary:
    written: int = 0   # lines written by this run, records and errors
    failed: int = 0    # of which error lines
    no_match: int = 0  # of which "readable, but no match report"
    skipped: int = 0   # sources already in the output (--resume)

    @property
    def exit_code(self) -> int:
        """The same rule as `matchcli parse`: 3 only when every failure was a no-match."""
        if not self.failed:
            return EXIT_OK
        return EXIT_NO_MATCH if self.failed == self.no_match else EXIT_INPUT_FAILED


def run_batch(
    sources: Iterable[str],
    sink: TextIO,
    engine,
    *,
    skip: frozenset[str] | set[str] = frozenset(),
    chunk_size: Optional[int] = None,
    on_progress: Optional[Callable[[int, int], None]] = None,
) -> Summary:
    """Process every source not in `skip`, writing one JSON line each to `sink`.

    `on_progress(done, failed)` is called after each chunk with its counts (skipped sources
    are not reported: a progress bar should leave them out of its total and its rate). The sink
    is flushed after each chunk, so an interruption loses at most the chunks in flight and
    tears at most the last line.
    """
    summary = Summary()
    size = chunk_size or engine.chunk_size

    def todo() -> Iterator[str]:
        for source in sources:
            if source in skip:
                summary.skipped += 1
            else:
                yield source

    for outcomes in _ordered(engine, _chunks(todo(), size)):
        failed = 0
        for outcome in outcomes:
            sink.write(outcome.line + "\n")
            if outcome.error_kind is not None:
                failed += 1
                summary.no_match += outcome.error_kind == NoMatchError.kind
        sink.flush()
        summary.written += len(outcomes)
        summary.failed += failed
        if on_progress:
            on_progress(len(outcomes), failed)
    return summary


def _chunks(items: Iterator[str], size: int) -> Iterator[list[str]]:
    """Chunks of 1, 2, 4, ... up to `size`: small batches still spread over every worker, and
    the first results come out at once; large ones get chunks big enough to amortise IPC."""
    step = 1
    while chunk := list(islice(items, step)):
        yield chunk
        step = min(2 * step, size)


def _ordered(engine, chunks: Iterator[list[str]]) -> Iterator[list[Outcome]]:
    pending: deque = deque()
    for chunk in chunks:
        pending.append(engine.submit(chunk))
        if len(pending) >= engine.window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
