"""Coverage-guided fuzzing of the whole read path: bytes -> input layer -> core -> record.

    make fuzz                       # runs until stopped (Ctrl-C); crashes land in ./crash-*
    make fuzz FUZZ_ARGS=-runs=20000

A finding is any exception other than MatchcliError, or an evidence span that does not quote
the text it points into. Not part of CI: it needs atheris, which `make fuzz` installs.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

with atheris.instrument_imports():
    from hostile_cases import evidence_problems
    from matchcli.errors import MatchcliError
    from matchcli.inputs import text_from_bytes
    from matchcli.pipeline import record_from_document


def one_input(data: bytes) -> None:
    # The first byte picks the route, so both plain text and HTML handling get explored.
    html = bool(data[:1]) and data[0] & 1 == 1
    try:
        doc = text_from_bytes(data[1:], "fuzz", html=html)
        match = record_from_document(doc)
    except MatchcliError:
        return
    problems = evidence_problems(match, doc.text)
    if problems:
        raise AssertionError(problems[0])


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
