"""Getting bytes in without trusting the input: bounded reads and plain-language refusals.

The size limit exists so a wrong argument (a video, a log file, `/dev/zero`) is refused at once
instead of eating memory and time. A match report is a few kilobytes of prose; a saved web page
with its inline scripts and styles is rarely more than a few megabytes, so 10 MiB leaves a wide
margin while keeping the worst case quick (`bench/hostile.py` measures it). `--max-bytes` raises it.
"""
from __future__ import annotations

import os
import stat
import sys

from ..errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

STDIN_NAME = "<stdin>"


def read_bounded(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """Read a path, or standard input for `-`, returning (data, source name).

    Reads at most `max_bytes + 1` bytes, so a huge or endless input costs no more than the limit.
    """
    if name == "-":
        return _check_size(sys.stdin.buffer.read(max_bytes + 1), STDIN_NAME, max_bytes), STDIN_NAME
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except NotADirectoryError:
        raise InputError(f"{name}: no such file (a part of the path is not a directory)") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a file")
    # Regular files report their size, so a too-large one is refused before reading a byte.
    # Pipes and process substitution (`<(cmd)`) don't, and are read up to the limit instead.
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputError(_too_large(name, max_bytes))
    try:
        with open(name, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({_reason(exc)})") from None
    return _check_size(data, name, max_bytes), name


def _check_size(data: bytes, source: str, max_bytes: int) -> bytes:
    if len(data) > max_bytes:
        raise InputError(_too_large(source, max_bytes))
    return data


def _too_large(source: str, max_bytes: int) -> str:
    return f"{source}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()
