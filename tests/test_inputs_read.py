"""read_input: files and stdin that must read, and those that must fail with one clear line."""
from __future__ import annotations

import codecs
import io
import json
import os
import sys

import pytest

from matchcli.errors import InputError
from matchcli.inputs import read_input

REPORT = "Arsenal 2–1 Chelsea. Saka’s goal\u200b came in the 23rd minute.\n"
CLEAN = "Arsenal 2-1 Chelsea. Saka's goal came in the 23rd minute.\n"

# (label, file name, bytes, expected Document.text, warning fragment or None)
READS = [
    ("utf-8", "r.txt", REPORT.encode(), CLEAN, None),
    ("utf-8 BOM + CRLF", "r.txt", codecs.BOM_UTF8 + REPORT.replace("\n", "\r\n").encode(), CLEAN, None),
    ("utf-16 with BOM", "r.txt", REPORT.encode("utf-16"), CLEAN, None),
    ("cp1252", "r.txt", REPORT.replace("\u200b", "").encode("cp1252"), CLEAN, "Windows-1252"),
    ("html by suffix", "r.html", b"<p>Arsenal 2&ndash;1 Chelsea.</p>", "Arsenal 2-1 Chelsea.", None),
    ("htm by suffix, upper case", "R.HTM", b"<p>Arsenal 2&ndash;1 Chelsea.</p>", "Arsenal 2-1 Chelsea.", None),
    ("html sniffed in a .txt", "r.txt", b"<!doctype html><p>Arsenal 2-1</p>", "Arsenal 2-1", "HTML"),
    ("leading and trailing blank lines kept", "r.txt", b"\n\nArsenal 2-1\n\n", "\n\nArsenal 2-1\n\n", None),
]


@pytest.mark.parametrize("label,name,data,text,warning", READS, ids=[c[0] for c in READS])
def test_reads(tmp_path, label, name, data, text, warning):
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_input(str(path))
    assert doc.text == text
    assert doc.source == str(path)
    assert (warning is None and doc.warnings == []) or any(warning in w for w in doc.warnings)


# (label, file name, bytes, fragment of the message)
FAILS = [
    ("empty file", "r.txt", b"", "empty input (0 bytes)"),
    ("whitespace only", "r.txt", b" \r\n\t\n  \n", "only whitespace"),
    ("invisible characters only", "r.txt", "\u200b\ufeff\u00a0\n".encode(), "only whitespace"),
    ("BOM only", "r.txt", codecs.BOM_UTF8, "only whitespace"),
    ("html with no text", "r.html", b"<html><script>var a = 1;</script></html>", "HTML page with no readable text"),
    ("binary", "r.txt", bytes(range(256)) * 4, "binary data"),
    ("zip named .txt", "r.txt", b"PK\x03\x04" + bytes(40), "zip archive"),
]


@pytest.mark.parametrize("label,name,data,fragment", FAILS, ids=[c[0] for c in FAILS])
def test_fails_cleanly(tmp_path, label, name, data, fragment):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_input(str(path))
    _assert_one_line(str(info.value), str(path), fragment)


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as info:
        read_input(str(tmp_path / "nope.txt"))
    _assert_one_line(str(info.value), str(tmp_path / "nope.txt"), "no such file")


def test_path_through_a_file(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(InputError) as info:
        read_input(str(tmp_path / "f" / "r.txt"))
    assert "no such file" in str(info.value)


def test_directory(tmp_path):
    with pytest.raises(InputError) as info:
        read_input(str(tmp_path))
    _assert_one_line(str(info.value), str(tmp_path), "is a directory")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_for_real(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Arsenal 2-1 Chelsea")
    path.chmod(0)
    with pytest.raises(InputError) as info:
        read_input(str(path))
    _assert_one_line(str(info.value), str(path), "permission denied")


def test_permission_denied(tmp_path, monkeypatch):
    # Runs as root too (CI does), where chmod cannot deny a read: the OS error is simulated.
    path = tmp_path / "secret.txt"
    path.write_text("Arsenal 2-1 Chelsea")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("matchcli.inputs.limits.open", denied, raising=False)
    with pytest.raises(InputError) as info:
        read_input(str(path))
    _assert_one_line(str(info.value), str(path), "permission denied")


def test_size_limit_refuses_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(InputError) as info:
        read_input(str(path), max_bytes=1000)
    _assert_one_line(str(info.value), str(path), "larger than the 1,000-byte limit (raise it with --max-bytes)")
    assert read_input(str(path), max_bytes=1001).text == "a" * 1001


def test_size_limit_on_a_stream_without_a_size(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"a" * 5000))
    with pytest.raises(InputError) as info:
        read_input("-", max_bytes=4096)
    _assert_one_line(str(info.value), "<stdin>", "larger than the 4,096-byte limit")


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(REPORT.encode("utf-16")))
    doc = read_input("-")
    assert doc.text == CLEAN and doc.source == "<stdin>"


class _FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _assert_one_line(message: str, source: str, fragment: str) -> None:
    assert message.startswith(f"{source}: "), message
    assert fragment in message, message
    assert "\n" not in message and "Traceback" not in message


def test_saved_json_record_stays_json(tmp_path):
    # Views read saved records through read_input: normalisation must not break JSON strings.
    record = {"source": "a.txt", "warnings": ["\u201cbrilliant\u201d, said the manager\u2019s\u00a0aide"]}
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\r\n", encoding="utf-8")
    loaded = json.loads(read_input(str(path)).text)
    assert loaded["warnings"] == ["\u201cbrilliant\u201d, said the manager's aide"]
