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
"""
from __future__ import annotations

import io
import os
import pickle
import sys
import zlib

import regex
from regex import _regex

CACHE_DIR_ENV = "MATCHCLI_CACHE_DIR"
NO_CACHE_ENV = "MATCHCLI_NO_CACHE"
FORMAT = 1
MAGIC = b"matchcli pattern cache\n"
# Entries kept from earlier runs when saving; past this, only the patterns this process used are
# written, so patterns of old matchcli sources (or of many odd inputs) do not pile up forever.
MAX_KEPT = 2000

_Key = tuple  # (pattern source, flags, regex.DEFAULT_VERSION)

_live: dict[_Key, regex.Pattern] = {}     # patterns this process has handed out
_stored: dict[_Key, regex.Pattern] = {}   # loaded from the file, not yet asked for
_state = {"loaded": False, "path": None, "dirty": False}


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, from the on-disk cache when it holds the pattern."""
    found = _live.get((pattern, flags, regex.DEFAULT_VERSION))
    if found is not None:
        return found
    return _miss(pattern, flags)


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
            return found  # locale-dependent (or bytes): regex's own cache only
        if _state["path"] is not None and not _state["dirty"]:
            _state["dirty"] = True
            import atexit

            atexit.register(save)
    _live[key] = found
    return found


def cache_path() -> str | None:
    """The cache file for this matchcli, regex and Python; None when caching is off."""
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return None
    base = os.environ.get(CACHE_DIR_ENV)
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        if xdg and os.path.isabs(xdg):
            base = os.path.join(xdg, "matchcli")
        else:
            home = os.path.expanduser("~")
            if home == "~" or not os.path.isabs(home):
                return None
            base = os.path.join(home, ".cache", "matchcli")
    from . import __version__

    name = f"patterns-{__version__}-regex{regex.__version__}-{sys.implementation.cache_tag}.pickle"
    return os.path.join(base, name)


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
    """The valid entries of the cache file; {} for any problem with it."""
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
            return {}
        checksum, payload = blob[len(MAGIC):len(MAGIC) + 4], blob[len(MAGIC) + 4:]
        if int.from_bytes(checksum, "big") != zlib.crc32(payload):
            return {}   # truncated or damaged: a flipped bit in compiled code would be a wrong pattern
        data = _PatternUnpickler(io.BytesIO(payload)).load()
        if type(data) is not dict or data.get("stamp") != _stamp():
            return {}
        entries = data["patterns"]
        if type(entries) is not dict:
            return {}
        return {key: p for key, p in entries.items() if _valid(key, p)}
    except Exception:  # noqa: BLE001 - missing, unreadable, corrupt: compile instead
        return {}


def _valid(key, pattern) -> bool:
    return (type(key) is tuple and len(key) == 3 and type(key[0]) is str and type(key[1]) is int
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
    tmp = None
    try:
        import tempfile

        directory = os.path.dirname(path)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", suffix=".tmp", dir=directory)
        payload = pickle.dumps({"stamp": _stamp(), "patterns": entries}, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, path)
        tmp = None
        _state["dirty"] = False
        return True
    except Exception:  # noqa: BLE001 - an unwritable cache is no cache
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _reset() -> None:
    """Forget everything loaded and compiled (for tests): the next miss reads the file again."""
    _live.clear()
    _stored.clear()
    _state.update(loaded=False, path=None, dirty=False)


class _PatternUnpickler(pickle.Unpickler):
    """Builds `regex` patterns and plain data, nothing else: the file is data, not code."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return _regex.compile
        raise pickle.UnpicklingError(f"not a pattern cache: {module}.{name}")
