"""Compiled regular expressions, kept on disk between runs.

Compiling the extractor's ~200 patterns takes `regex` about 150 ms, most of a short run's time.
A compiled `regex` pattern pickles with its compiled code, so loading them all back takes a few
milliseconds. `compile_pattern(pattern, flags)` is `regex.compile` served from a process-wide
table that is filled from that file once; a pattern not in it is compiled as usual and recorded,
and the file is rewritten (atomically) at exit, only when something new was compiled.

Where: $MATCHCLI_CACHE_DIR, else $XDG_CACHE_HOME/matchcli, else ~/.cache/matchcli; the file name
carries the matchcli, regex and Python versions, so an upgrade starts a new file. The file is
safe to delete. MATCHCLI_NO_CACHE=1 turns the cache off (every pattern is compiled).

Anything wrong with the file (missing, unreadable, corrupt, another version, an unwritable
directory) only means compiling: never an error, never a wrong pattern. The file is read with an
unpickler that can build nothing but `regex` patterns, and each entry must be a pattern of the
source text it is filed under.

`cached_build(name, build, classes)` does the same for a structure built from the data files
(the team gazetteer, phrase matchers): one file per structure, valid only for the exact data
files (by content) and extraction sources (by size and modification time, as Python's own .pyc
files) it was built from, and unpickled with only the given classes allowed.
"""
from __future__ import annotations

import io
import os
import pickle
import sys
import zlib
from typing import Callable, TypeVar

import regex
from regex import _regex

CACHE_DIR_ENV = "MATCHCLI_CACHE_DIR"
NO_CACHE_ENV = "MATCHCLI_NO_CACHE"
FORMAT = 1
MAGIC = b"matchcli pattern cache\n"
# Entries kept from earlier runs when saving; past this, only the patterns this process used are
# written, so patterns of old matchcli sources (or of many odd inputs) do not pile up forever.
MAX_KEPT = 2000

T = TypeVar("T")
_Key = tuple  # (pattern source, flags, regex.DEFAULT_VERSION)

_live: dict[_Key, regex.Pattern] = {}     # patterns this process has handed out
_stored: dict[_Key, regex.Pattern] = {}   # loaded from the file, not yet asked for
_state = {"loaded": False, "path": None, "dirty": False}


def compile_pattern(pattern: str | bytes, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, from the on-disk cache when it holds the pattern."""
    found = _live.get((pattern, flags, regex.DEFAULT_VERSION))
    if found is not None:
        return found
    return _miss(pattern, flags)


def compile_tail(pattern: str, flags: int = 0) -> regex.Pattern:
    """A pattern anchored at `$`, the end of the stretch searched ("the words before a name"),
    compiled to search backward from there: the engine starts at the anchor instead of trying
    every position of the stretch (for a long alternation of lead words, two to three times
    quicker; for a short pattern, no gain). Only ask whether it matches: a backward search may
    report another span than a forward one would."""
    return compile_pattern(pattern, flags | regex.REVERSE)


def _miss(pattern, flags: int) -> regex.Pattern:
    if not _state["loaded"]:
        _load()
    # plain ints: flags are IntFlag members, which equal (and hash as) their values but would
    # pickle as references to regex's enum class
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    found = _stored.pop(key, None)
    if found is None:
        found = regex.compile(pattern, flags)
        if found.flags & regex.LOCALE or not _valid(key, found):
            return found  # locale-dependent: regex's own cache only
        if _state["path"] is not None and not _state["dirty"]:
            _state["dirty"] = True
            import atexit

            atexit.register(save)
    _live[key] = found
    return found


def cache_dir() -> str | None:
    """Where the cache files go; None when caching is off (MATCHCLI_NO_CACHE, or no home)."""
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return None
    base = os.environ.get(CACHE_DIR_ENV)
    if base:
        return base
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return os.path.join(xdg, "matchcli")
    home = os.path.expanduser("~")
    if home == "~" or not os.path.isabs(home):
        return None
    return os.path.join(home, ".cache", "matchcli")


def cache_path(kind: str = "patterns") -> str | None:
    """The cache file of `kind` for this matchcli, regex and Python; None when caching is off."""
    base = cache_dir()
    if base is None:
        return None
    from . import __version__

    return os.path.join(base, f"{kind}-{__version__}-regex{regex.__version__}-{sys.implementation.cache_tag}.pickle")


def _stamp() -> tuple:
    from . import __version__

    return (FORMAT, __version__, regex.__version__, sys.implementation.cache_tag)


def _load() -> None:
    _state["loaded"] = True
    try:
        path = cache_path()
    except Exception:  # noqa: BLE001 - a broken environment means no cache, not an error
        path = None
    _state["path"] = path
    if path is not None:
        _stored.update(_read(path))


def _read(path: str) -> dict:
    """The valid entries of the pattern cache file; {} for any problem with it."""
    data = _read_file(path, {})
    if type(data) is not dict or data.get("stamp") != _stamp() or type(data.get("patterns")) is not dict:
        return {}
    return {key: p for key, p in data["patterns"].items() if _valid(key, p)}


def _read_file(path: str, classes: dict):
    """What a cache file holds, or None for any problem with it (missing, unreadable, damaged,
    or holding objects other than plain data, `regex` patterns and `classes`)."""
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
            return None
        checksum, payload = blob[len(MAGIC):len(MAGIC) + 4], blob[len(MAGIC) + 4:]
        if int.from_bytes(checksum, "big") != zlib.crc32(payload):
            return None   # truncated or damaged: a flipped bit in compiled code would be a wrong pattern
        return _Unpickler(io.BytesIO(payload), classes).load()
    except Exception:  # noqa: BLE001 - missing, unreadable, corrupt: build instead
        return None


def _write_file(path: str, payload: bytes) -> bool:
    """Write a pickle to a cache file atomically (a reader sees the old file or the new one,
    whole); False, silently, when the directory cannot be written."""
    tmp = None
    try:
        import tempfile

        directory = os.path.dirname(path)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pickle", dir=directory)
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, path)
        tmp = None
        return True
    except Exception:  # noqa: BLE001 - an unwritable cache is no cache
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _valid(key, pattern) -> bool:
    return (type(key) is tuple and len(key) == 3 and type(key[0]) in (str, bytes) and type(key[1]) is int
            and type(key[2]) is int
            and isinstance(pattern, regex.Pattern) and pattern.pattern == key[0]
            and pattern.flags & key[1] == key[1])


def save() -> bool:
    """Write the patterns compiled in this process (and those kept from earlier runs) to the
    cache file, atomically. Runs at exit when something new was compiled; False if it did not
    write (nothing new, caching off, or the directory cannot be written)."""
    path = _state["path"]
    if not _state["dirty"] or path is None:
        return False
    entries = dict(_read(path))     # another process may have added some since we loaded
    entries.update(_stored)
    if len(entries) + len(_live) > MAX_KEPT:
        entries = {}
    entries.update(_live)
    payload = pickle.dumps({"stamp": _stamp(), "patterns": entries}, protocol=pickle.HIGHEST_PROTOCOL)
    if not _write_file(path, payload):
        return False
    _state["dirty"] = False
    return True


def cached_build(name: str, build: Callable[[], T], classes: tuple[type, ...] = ()) -> T:
    """`build()`, or what it returned in an earlier run with the same data files and extraction
    sources. `classes`: the classes of the objects in the result (beyond plain data and `regex`
    patterns); the file may hold nothing else. The result is written as soon as it is built,
    before anything can change it."""
    try:
        path = cache_path(f"built-{name}")
        stamp = _stamp() + (name, _sources_stamp()) if path is not None else None
    except Exception:  # noqa: BLE001 - no stamp, no cache
        path = None
    if path is None:
        return build()
    allowed = {(c.__module__, c.__qualname__): c for c in classes}
    data = _read_file(path, allowed)
    if type(data) is dict and data.get("stamp") == stamp and "value" in data:
        return data["value"]
    value = build()
    try:
        _write_file(path, pickle.dumps({"stamp": stamp, "value": value}, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # noqa: BLE001 - an unpicklable value is only not cached
        pass
    return value


_SOURCES: list[tuple] = []


def _sources_stamp() -> tuple:
    """What built structures depend on, once per process (see `sources_stamp`)."""
    if not _SOURCES:
        _SOURCES.append(sources_stamp(os.path.dirname(os.path.abspath(__file__))))
    return _SOURCES[0]


def sources_stamp(package: str) -> tuple:
    """The data files by content, matchcli's modules (the package's own and the extractor's) by
    size and modification time, the check Python itself makes for .pyc files."""
    data, code = [], []
    for folder in (package, os.path.join(package, "extract"), os.path.join(package, "data")):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.name.endswith(".json"):
                with open(entry.path, "rb") as fh:
                    data.append((entry.name, zlib.crc32(fh.read())))
            elif entry.name.endswith(".py"):
                st = entry.stat()
                code.append((os.path.relpath(entry.path, package), st.st_size, st.st_mtime_ns))
    return tuple(data), tuple(code)


def _reset() -> None:
    """Forget everything loaded and compiled (for tests): the next miss reads the file again."""
    _live.clear()
    _stored.clear()
    _state.update(loaded=False, path=None, dirty=False)


class _Unpickler(pickle.Unpickler):
    """Builds plain data, `regex` patterns and the classes it is given, nothing else: a cache
    file is data, not code."""

    def __init__(self, file, classes: dict) -> None:
        super().__init__(file)
        self._classes = classes

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return _regex.compile
        if (module, name) in self._classes:
            return self._classes[module, name]
        raise pickle.UnpicklingError(f"not in a matchcli cache: {module}.{name}")
