"""Bytes to text: which encoding, and whether the bytes are text at all.

Order of decisions, most certain first:

1. A byte-order mark is proof: UTF-32 (checked before UTF-16, whose LE mark is a prefix of
   UTF-32's), UTF-16, UTF-8. The mark is dropped.
2. Known binary signatures (images, archives, PDF, executables) are refused by name, so the
   message says what the file is.
3. BOM-less UTF-16 shows as NUL bytes in every other position; decoded with a warning.
4. Any other NUL byte, or many control bytes, means binary: refused.
5. Valid UTF-8 is taken as UTF-8 (pure ASCII included): a page that declares another charset
   but decodes as UTF-8 was mislabelled by its CMS (cp1252 text almost never forms valid
   multi-byte sequences), and a warning says so.
6. A web page's own `<meta charset>` (or `http-equiv` content type) declaration, read the way
   browsers read it (ISO-8859-1 and ASCII labels mean Windows-1252).
7. Mostly-UTF-8 with a few bad bytes keeps UTF-8 and says how many bytes were replaced.
8. Otherwise Windows-1252 (a superset of Latin-1's printable range, and what "Latin-1" files
   from Windows really are), falling back to Latin-1 for the five bytes cp1252 leaves undefined;
   the record's warnings say it was a guess.
"""
from __future__ import annotations

import codecs

import regex
from ..patterns import compile_pattern

from ..errors import InputError

_BOMS = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Signatures of files people pass by mistake; the name goes into the message.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# How much of the head the binary checks look at: enough to be representative, cheap on 10 MB.
_SNIFF = 8192
# Text has tabs, newlines, form feeds and carriage returns; anything else below 32 is rare.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r\x1b")
_MAX_CONTROL_SHARE = 0.05

_META_CHARSET = compile_pattern(rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", regex.IGNORECASE)
# Labels that mean Windows-1252 in every browser (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = frozenset(
    "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
    "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252".split()
)

# A UTF-8 multi-byte sequence that decodes: evidence the file really is UTF-8.
_UTF8_MULTIBYTE = compile_pattern(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def decode_bytes(data: bytes, source: str = "input") -> tuple[str, list[str]]:
    """Decode bytes to text; returns (text, warnings) or raises InputError for binary data.

    >>> decode_bytes("2–1".encode("utf-8"))
    ('2–1', [])
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello")
    ('hello', [])
    >>> decode_bytes("Müller".encode("cp1252"))[1]
    ['input is not valid UTF-8; decoded as Windows-1252 (a guess)']
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_with_replacement(data[len(bom):], codec, label)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{source}: {what}, not a text report")
    head = data[:_SNIFF]
    utf16 = _bomless_utf16(head)
    if utf16:
        text, warnings = _decode_with_replacement(data, utf16, "UTF-16")
        return text, [f"input has no byte-order mark; decoded as {utf16.upper()} (a guess)", *warnings]
    if b"\x00" in data or _control_share(head) > _MAX_CONTROL_SHARE:
        raise InputError(f"{source}: binary data, not a text report")
    declared = declared_charset(head)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared not in (None, "utf-8") and not text.isascii():
            return text, [f"page declares charset {declared} but is valid UTF-8; read as UTF-8"]
        return text, []
    if declared:
        return _decode_with_replacement(data, declared, declared)
    return _decode_not_utf8(data)


def declared_charset(head: bytes) -> str | None:
    """The codec a web page declares for itself, by the WHATWG rules browsers follow.

    >>> declared_charset(b'<html><head><meta charset="ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    'koi8-r'
    >>> declared_charset(b"Arsenal won; charset=utf-16 is not a page") is None
    True
    """
    if not head.lstrip()[:1] == b"<":
        return None
    found = _META_CHARSET.search(head)
    if not found:
        return None
    label = found.group(1).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page whose bytes are readable as ASCII markup cannot be UTF-16/32, whatever it says.
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def _decode_with_replacement(data: bytes, codec: str, label: str) -> tuple[str, list[str]]:
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd") - _genuine_replacement_chars(data, codec)
    if bad > 0:
        return text, [f"{bad} byte sequence(s) were not valid {label} and were replaced with \ufffd"]
    return text, []


def _genuine_replacement_chars(data: bytes, codec: str) -> int:
    """U+FFFD characters the file really contains, so they are not counted as decoding errors."""
    try:
        return data.count("\ufffd".encode(codec))
    except UnicodeEncodeError:
        return 0  # a legacy charset cannot even hold one


def _decode_not_utf8(data: bytes) -> tuple[str, list[str]]:
    # Many well-formed multi-byte sequences and only a few broken ones: a UTF-8 file with a
    # damaged spot (a bad paste, a truncated download), not a Windows-1252 file.
    good = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if good > bad:
        return text, [f"{bad} byte sequence(s) were not valid UTF-8 and were replaced with \ufffd"]
    try:
        text = data.decode("cp1252")
        label = "Windows-1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        label = "Latin-1"
    return text, [f"input is not valid UTF-8; decoded as {label} (a guess)"]


def _bomless_utf16(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs sit in every other byte, as in ASCII-range UTF-16."""
    if len(head) < 8:
        return None
    pairs = len(head) // 2
    even_nuls = head[0:pairs * 2:2].count(0)
    odd_nuls = head[1:pairs * 2:2].count(0)
    if odd_nuls > 0.7 * pairs and even_nuls < 0.05 * pairs:
        return "utf-16-le"
    if even_nuls > 0.7 * pairs and odd_nuls < 0.05 * pairs:
        return "utf-16-be"
    return None


def _control_share(head: bytes) -> float:
    if not head:
        return 0.0
    controls = sum(1 for b in head if (b < 32 or b == 127) and b not in _TEXT_CONTROLS)
    return controls / len(head)
