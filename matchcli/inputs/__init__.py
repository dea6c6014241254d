"""Reading inputs: a path or `-` in, a Document of clean text out, or an InputError saying why not.

One module per job, applied in this order:

- `limits`: bounded reading, missing/directory/unreadable files, the size limit;
- `decoding`: bytes to text (BOMs, UTF-8, UTF-16, Windows-1252 guesses), binary refusal;
- `markup`: saved web pages (by suffix or by content) to their readable text;
- `normalise`: line endings, invisible characters, NFC, typographic quotes, dashes and spaces.

Evidence offsets in a record refer to `Document.text`, the text after all four steps (what
`matchcli parse --show-text` prints). Every change to the length of the text therefore happens
here, never in the extractor, which sees exactly this text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from .decoding import decode_bytes
from .limits import DEFAULT_MAX_BYTES, read_bounded
from .markup import HTML_SUFFIXES, html_to_text, looks_like_html
from .normalise import normalise_text

__all__ = ["Document", "read_input", "text_from_bytes", "decode_bytes", "DEFAULT_MAX_BYTES"]


@dataclass
class Document:
    text: str
    source: str
    warnings: list[str] = field(default_factory=list)


def read_input(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file path, or standard input for `-`, into a Document."""
    data, source = read_bounded(name, max_bytes)
    return text_from_bytes(data, source, html=name.lower().endswith(HTML_SUFFIXES) or None)


def text_from_bytes(data: bytes, source: str, html: bool | None = None) -> Document:
    """Decode, extract from HTML and normalise; `html=None` means decide by looking.

    >>> text_from_bytes("<p>Spurs 2&ndash;1 Leeds</p>\\r\\n".encode(), "page", html=True).text
    'Spurs 2-1 Leeds'
    """
    if not data:
        raise InputError(f"{source}: empty input (0 bytes)")
    text, warnings = decode_bytes(data, source)
    if html is None and looks_like_html(text):
        html = True
        warnings.append("input looks like an HTML page; read the text of the page")
    if html:
        text = html_to_text(text)
    text = normalise_text(text)
    if not text.strip():
        what = "an HTML page with no readable text" if html else "only whitespace"
        raise InputError(f"{source}: empty input ({what})")
    return Document(text=text, source=source, warnings=warnings)
