"""Reading inputs: a path or `-` in, decoded text out, or an InputError that says why not.

Evidence offsets in a record refer to the text this module returns, so everything that changes
the text (decoding, dropping a BOM) happens here, before extraction.
"""
from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Document:
    text: str
    source: str
    warnings: list[str] = field(default_factory=list)


def read_input(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file path, or standard input for `-`, into a Document."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        source = "<stdin>"
    else:
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        try:
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
        source = name
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than the {max_bytes}-byte limit (raise it with --max-bytes)")
    text, warnings = decode_bytes(data, source)
    if not text.strip():
        raise InputError(f"{source}: empty input")
    return Document(text=text, source=source, warnings=warnings)


def decode_bytes(data: bytes, source: str = "input") -> tuple[str, list[str]]:
    """Decode by BOM, else UTF-8, else cp1252 (with a warning that it was a guess)."""
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        if _looks_binary(data):
            raise InputError(f"{source}: binary data, not a text report")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append("input is not UTF-8; decoded as Windows-1252 (a guess)")
    if "\x00" in text:
        raise InputError(f"{source}: binary data, not a text report")
    return text, warnings


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05
