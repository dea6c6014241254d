"""`matchcli batch`: many reports in, JSON Lines out, on every core or on a Dask cluster."""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from typing import Callable, Iterable, Iterator, List, Optional

import typer

from ..errors import EXIT_INPUT_FAILED, EXIT_USAGE
from ..inputs import DEFAULT_MAX_BYTES
from ._app import app
from .output import warn

EXIT_INTERRUPTED = 130  # the shell's code for a process stopped by Ctrl-C


@app.command()
def batch(
    inputs: List[str] = typer.Argument(
        ..., metavar="PATH...",
        help="Files, directories (searched recursively for *.txt, *.html, *.json), globs, "
             "or '-' for a list of paths on stdin."),
    output: Optional[str] = typer.Option(
        None, "-o", "--output", help="Write the JSON Lines to this file instead of stdout."),
    jobs: int = typer.Option(0, "-j", "--jobs", help="Worker processes; 0 means one per core."),
    resume: bool = typer.Option(False, "--resume", help="Skip sources already in the -o file and append the rest."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="Run on the Dask cluster at ADDRESS, e.g. tcp://host:8786 (needs the dask extra)."),
    dask_local: bool = typer.Option(
        False, "--dask", help="Run on a Dask LocalCluster of --jobs workers (needs the dask extra)."),
    chunk_size: int = typer.Option(
        0, "--chunk-size", help="Most reports per task; 0 picks one for the engine (up to 64 local, 200 Dask)."),
    progress: Optional[bool] = typer.Option(
        None, "--progress/--no-progress", help="Progress bar on stderr; by default only when stderr is a terminal."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Parse many reports into JSON Lines: one record per report, with its source, sorted by source.

    A report that fails becomes an error line and the batch goes on; the exit code says so.

    An interrupted run continues with --resume, without redoing or duplicating a report.

    Example: matchcli batch archive/ -o matches.jsonl --resume
    """
    from ..batch.engines import DaskEngine, EngineError, InlineEngine, ProcessEngine, available_cores
    from ..batch.resume import done_sources
    from ..batch.runner import run_batch
    from ..batch.sources import iter_sources

    if resume and not output:
        _usage("--resume needs -o FILE: there is no earlier output to read on stdout")
    if scheduler and dask_local:
        _usage("give either --scheduler or --dask, not both")
    if jobs < 0 or chunk_size < 0:
        _usage("--jobs and --chunk-size take 0 (automatic) or a positive number")

    try:
        skip = done_sources(output) if resume else set()
    except OSError as exc:
        _usage(f"cannot read {output}: {exc.strerror or exc}")
    stdin_list = sys.stdin.readlines() if "-" in inputs else None
    jobs = jobs or available_cores()
    try:
        if scheduler or dask_local:
            engine = DaskEngine.start(max_bytes, address=scheduler, jobs=jobs)
        elif jobs == 1:
            engine = InlineEngine(max_bytes)
        else:
            engine = ProcessEngine(jobs, max_bytes)
    except ValueError as exc:
        if not scheduler:
            raise
        _usage(f"--scheduler {scheduler}: {exc}")
    except (EngineError, OSError) as exc:
        warn(str(exc))
        raise typer.Exit(EXIT_INPUT_FAILED) from None

    # Opened only once the engine runs, so a cluster that cannot be reached leaves the file as it was.
    try:
        sink = (open(output, "a" if resume else "w", encoding="utf-8", newline="\n") if output
                else nullcontext(sys.stdout))
    except OSError as exc:
        engine.close()
        _usage(f"cannot write {output}: {exc.strerror or exc}")
    def sources():
        return _without(output, iter_sources(inputs, stdin_list))

    show = sys.stderr.isatty() if progress is None else progress
    interrupted = finished = False
    try:
        with sink as out, _ProgressBar(show, lambda: (s for s in sources() if s not in skip)) as advance:
            summary = run_batch(sources(), out, engine, skip=skip, chunk_size=chunk_size or None,
                                on_progress=advance)
        finished = True
    except KeyboardInterrupt:
        interrupted = True
    except EngineError as exc:
        warn(f"{exc}; the records written so far are kept"
             + ("; rerun with --resume to continue" if output else ""))
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    finally:
        engine.close(cancel=not finished)
    if interrupted:
        where = "; run the same command with --resume to continue" if output else ""
        warn(f"interrupted{where}")
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.failed:
        warn(f"{summary.failed} of {summary.written} reports failed (see the error lines)")
    raise typer.Exit(summary.exit_code)


def _without(output: str | None, sources: Iterator[str]) -> Iterator[str]:
    """Sources minus the output file, which a walk finds when `-o x.json` lies in the input tree."""
    if not output:
        return sources
    target = os.path.realpath(output)
    return (source for source in sources if os.path.realpath(source) != target)


def _usage(message: str) -> None:
    warn(message)
    raise typer.Exit(EXIT_USAGE)


class _ProgressBar:
    """A rich progress bar on stderr (count, rate, ETA), or nothing when it is not wanted.

    Entering yields the runner's on_progress callback. The total comes from a second, cheap
    walk over the sources still to do (names only), made only when the bar is shown.
    """

    def __init__(self, show: bool, sources: Callable[[], Iterable[str]]) -> None:
        self.show, self.sources = show, sources
        self._progress = None

    def __enter__(self):
        if not self.show:
            return None
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from .output import console

        total = sum(1 for _ in self.sources())
        self._progress = Progress(
            TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} reports/s"), TextColumn("{task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=console(stderr=True),
        )
        self._progress.start()
        task = self._progress.add_task("batch", total=total, rate="-", failed=0)
        failures = 0

        def advance(done: int, failed: int) -> None:
            nonlocal failures
            failures += failed
            self._progress.advance(task, done)
            elapsed = self._progress.tasks[0].elapsed or 0
            finished = self._progress.tasks[0].completed
            rate = f"{finished / elapsed:,.0f}" if elapsed > 0 else "-"
            self._progress.update(task, rate=rate, failed=failures)

        return advance

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
