"""Which inputs a batch reads, and in what order.

The order is the sorted order of the source strings, so the output is the same whatever the
number of workers, and a resumed run appends where the interrupted one stopped. Directories
are walked lazily in that order (no list of a million paths in memory): entries are sorted with
a `/` after directory names, which makes the walk order equal the string order of the joined
paths (`a/x` sorts after `a-b/x` as a string, so it must in the walk too).
"""
from __future__ import annotations

import glob
import heapq
import os
import sys
from typing import Iterable, Iterator, Optional

# Report files a directory walk picks up; a file named explicitly is read whatever its name.
# A STEM.json beside a STEM.txt or STEM.html is that report's sidecar (such as the expected
# facts `matchcli eval` reads), not a report, and the walk leaves it out.
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".json")
_GLOB_CHARS = frozenset("*?[")


def iter_sources(args: Iterable[str], stdin: Optional[Iterable[str]] = None) -> Iterator[str]:
    """Yield every input named by args, sorted, each once.

    An arg is a file, a directory (walked recursively for REPORT_SUFFIXES, skipping hidden
    entries), a glob, or `-` for a list of paths, one a line, from `stdin` (default sys.stdin).
    A name that does not exist is yielded as it is, so the batch reports it as an error line
    instead of losing it.
    """
    streams = [_expand(arg, stdin) for arg in args]
    last = None
    for source in heapq.merge(*streams):
        if source != last:  # an arg can overlap another (`a/` and `a/x.txt`)
            yield source
        last = source


def _expand(arg: str, stdin: Optional[Iterable[str]]) -> Iterator[str]:
    if arg == "-":
        # A list must be sorted to merge with the rest, so it is read whole (~100 bytes a path).
        names = (line.strip() for line in (stdin or sys.stdin))
        return iter(sorted({name for name in names if name}))
    if os.path.isdir(arg):
        return _walk(arg)
    if _GLOB_CHARS & set(arg) and not os.path.exists(arg):
        matches = glob.glob(arg, recursive=True)
        return heapq.merge(*(_walk(m) if os.path.isdir(m) else iter((m,)) for m in matches))
    return iter((arg,))


def _walk(directory: str) -> Iterator[str]:
    # One directory's listing is held to sort it: as bare names (a directory's with its `/`),
    # report files and subdirectories only, ~60 bytes an entry.
    try:
        with os.scandir(directory) as it:
            names = sorted(
                entry.name + "/" if entry.is_dir() else entry.name
                for entry in it
                if not entry.name.startswith(".") and (entry.is_dir() or entry.name.lower().endswith(REPORT_SUFFIXES))
            )
    except OSError:
        return
    texts = {_stem(name) for name in names if not name.lower().endswith((".json", "/"))}
    for name in names:
        if name.endswith("/"):
            yield from _walk(os.path.join(directory, name[:-1]))
        elif not (name.lower().endswith(".json") and _stem(name) in texts):
            yield os.path.join(directory, name)


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]
