"""Shared by the batch tests: generated reports on disk, and running the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from reportgen import write_reports  # noqa: E402

CORRUPT = b"\x00\x01\x02PK\x03\x04 not a report"


def make_corpus(directory: Path, count: int = 30) -> list[str]:
    """`count` good reports in two folders, one binary file and one empty file; returns the
    sources a batch over `directory` must produce, in order."""
    write_reports(directory / "league", count - count // 3)
    write_reports(directory / "cup", count // 3, start=1000)
    (directory / "cup" / "broken.txt").write_bytes(CORRUPT)
    (directory / "league" / "empty.txt").write_text("")
    (directory / "notes.md").write_text("not a report suffix: a directory walk skips it")
    return sorted(str(p) for p in directory.rglob("*.txt"))


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "matchcli", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})
