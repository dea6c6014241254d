"""Bytes to text: encodings that must decode (with a warning when guessed) and binaries refused."""
from __future__ import annotations

import codecs
import gzip
import io
import random
import struct
import zipfile
import zlib

import pytest

from matchcli.errors import InputError
from matchcli.inputs.decoding import decode_bytes

REPORT = "Müller’s header made it 2–1 to Bayern in the 90+3rd minute."
ASCII = "Arsenal 2-1 Chelsea at the Emirates."

# (label, bytes, expected text, expected warning fragment or None)
DECODES = [
    ("ascii", ASCII.encode("ascii"), ASCII, None),
    ("utf-8", REPORT.encode("utf-8"), REPORT, None),
    ("utf-8 with BOM", codecs.BOM_UTF8 + REPORT.encode("utf-8"), REPORT, None),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), REPORT, None),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), REPORT, None),
    ("utf-16 via Python's codec", REPORT.encode("utf-16"), REPORT, None),
    ("utf-32 with BOM", REPORT.encode("utf-32"), REPORT, None),
    ("utf-16 LE without BOM", REPORT.encode("utf-16-le"), REPORT, "UTF-16-LE (a guess)"),
    ("utf-16 BE without BOM", REPORT.encode("utf-16-be"), REPORT, "UTF-16-BE (a guess)"),
    ("cp1252 (curly quote, en dash)", REPORT.encode("cp1252"), REPORT, "Windows-1252 (a guess)"),
    ("latin-1", "Müller à Zürich".encode("latin-1"), "Müller à Zürich", "Windows-1252 (a guess)"),
    ("latin-1 with a byte cp1252 leaves undefined", b"M\xfcller\x81", "Müller\x81", "Latin-1 (a guess)"),
    ("utf-8 with one damaged byte", "Ødegaard, Müller, Çalhanoğlu".encode() + b"\xff", "Ødegaard, Müller, Çalhanoğlu\ufffd",
     "1 byte sequence(s) were not valid UTF-8"),
    ("utf-8 BOM with a damaged byte", codecs.BOM_UTF8 + b"ok \xff", "ok \ufffd", "not valid UTF-8"),
    ("a genuine U+FFFD is not a decoding error", "a \ufffd b".encode(), "a \ufffd b", None),
    ("windows line endings kept for the normaliser", b"a\r\nb", "a\r\nb", None),
    ("escape and form feed are text controls", b"a\x1b[0m\x0cb", "a\x1b[0m\x0cb", None),
    # Web pages that say what they are.
    ("page declaring ISO-8859-1, cp1252 bytes", b'<meta charset="iso-8859-1"><p>' + REPORT.encode("cp1252"),
     '<meta charset="iso-8859-1"><p>' + REPORT, None),
    ("page declaring KOI8-R", b"<meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'>" + "Зенит 2:1".encode("koi8-r"),
     "<meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'>Зенит 2:1", None),
    ("page mislabelled ISO-8859-1 but UTF-8", b"<meta charset=iso-8859-1>" + REPORT.encode(), "<meta charset=iso-8859-1>" + REPORT,
     "declares charset cp1252 but is valid UTF-8"),
    ("page declaring UTF-16 in ASCII bytes", b'<meta charset="utf-16"><p>' + REPORT.encode(), '<meta charset="utf-16"><p>' + REPORT, None),
    ("page declaring an unknown charset", b'<meta charset="x-klingon"><p>' + REPORT.encode("cp1252"),
     '<meta charset="x-klingon"><p>' + REPORT, "Windows-1252 (a guess)"),
]


@pytest.mark.parametrize("label,data,text,warning", DECODES, ids=[c[0] for c in DECODES])
def test_decodes(label, data, text, warning):
    got, warnings = decode_bytes(data, "r.txt")
    assert got == text
    if warning is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warning in warnings[0], warnings


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.txt", ASCII * 20)
    return buf.getvalue()


def _random(n: int = 4096) -> bytes:
    return random.Random(5).randbytes(n)


# (label, bytes, fragment the message must contain)
BINARIES = [
    ("png image", _png(), "PNG image"),
    ("jpeg image", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _random(200), "JPEG image"),
    ("gif image", b"GIF89a" + _random(100), "GIF image"),
    ("zip archive", _zip(), "zip archive"),
    ("gzip archive", gzip.compress(ASCII.encode() * 10), "gzip archive"),
    ("pdf", b"%PDF-1.7\n" + _random(300), "PDF document"),
    ("elf executable", b"\x7fELF\x02\x01\x01" + bytes(100), "executable"),
    ("random bytes", _random(), "binary data"),
    ("text with NUL bytes inside", ASCII.encode() + b"\x00\x00\x00\x01" + ASCII.encode(), "binary data"),
    ("control-byte soup", bytes(range(1, 9)) * 100, "binary data"),
]


@pytest.mark.parametrize("label,data,fragment", BINARIES, ids=[c[0] for c in BINARIES])
def test_refuses_binary(label, data, fragment):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "upload.bin")
    message = str(info.value)
    assert message.startswith("upload.bin: ") and fragment in message
    assert "\n" not in message
