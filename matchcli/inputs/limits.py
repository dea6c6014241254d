"""Getting input in without trusting it: bounded reads, size limits, plain-language refusals.

Two limits, because two different costs are at stake:

- `DEFAULT_MAX_BYTES` (10 MiB, `--max-bytes`) bounds what is read, so a wrong argument (a
  video, a log file, `/dev/zero`) is refused at once instead of eating memory. Saved web pages
  carry megabytes of scripts and styles around a few kilobytes of article, and decoding plus
  HTML extraction run at well under a second per megabyte, so the margin can be wide.
- `DEFAULT_MAX_CHARS` (512 Ki characters, `--max-chars`) bounds the text handed to the
  extractor, which is far slower per character (about 17 s per MB on dense report prose, see
  `bench/hostile.py`). A match report is 2-20 KB and a long live blog a few hundred, so the
  limit refuses only what is not one report, in well under ten seconds. It is checked in the
  pipeline, before parsing, not when reading: saved JSON records can be much longer.
"""
from __future__ import annotations

import os
import stat
import sys

from ..errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_CHARS = 512 * 1024

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


def check_text_length(text: str, source: str, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Refuse text too long to be one report, before the extractor spends minutes on it."""
    if len(text) > max_chars:
        raise InputError(
            f"{source}: {len(text):,} characters of text, over the {max_chars:,}-character limit "
            "for one report (raise it with --max-chars)"
        )
