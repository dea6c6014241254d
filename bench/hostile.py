"""Time matchcli on hostile inputs: adversarial 1 MB texts, hostile 1 MB HTML, a 20 MB report.

    python bench/hostile.py            # everything, 1 MB adversarial inputs
    python bench/hostile.py --size 200000 --cap 10 --skip-big

Prints one row per input (input layer and core timed apart), each alone and after a real
opening paragraph, and exits 1 when any adversarial input takes longer than the target (2 s),
or the big file breaks its time (10 s) or memory (10x its size) budget. A benchmark, not a test: run it by hand or with `make bench-hostile`.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from hostile_cases import ADVERSARIAL, adversarial, evidence_problems  # noqa: E402
from matchcli import parse_report  # noqa: E402
from matchcli.errors import MatchcliError  # noqa: E402
from matchcli.inputs import text_from_bytes  # noqa: E402
from matchcli.inputs.markup import html_to_text  # noqa: E402

TARGET_S = 2.0
BIG_BYTES = 20 * 1024 * 1024
BIG_TIME_S = 10.0
BIG_MEMORY_FACTOR = 10

HOSTILE_HTML = {
    "unfinished tags": lambda n: "<a" * (n // 2),
    "unclosed comments": lambda n: "<!--" * (n // 4),
    "broken declarations": lambda n: "<![" * (n // 3),
    "stray end tags": lambda n: "</" * (n // 2),
    "deep nesting": lambda n: "<div>" * (n // 5),
    "nesting and strays": lambda n: "<div>" * (n // 10) + "</span>" * (n // 14),
    "unclosed scripts": lambda n: "<script>" * (n // 8),
    "entities": lambda n: "&#" * (n // 2),
    "open quotes": lambda n: '<a "' * (n // 4),
    "one unclosed quote": lambda n: '<a "' + "<a " * (n // 3),
    "line breaks": lambda n: "<br>" * (n // 4),
    "paragraphs": lambda n: "<p>Saka scored in the 23rd minute.</p>" * (n // 38),
}

# A plausible paragraph, repeated, for the size test: prose the core really works on.
PARAGRAPH = (
    "Arsenal beat Chelsea 2-1 at the Emirates on Saturday. Cole Palmer gave the visitors the lead "
    "in the 12th minute, Bukayo Saka equalised before half-time and Kai Havertz headed the winner "
    "in the 78th minute. Moises Caicedo was booked in the 54th minute.\n\n"
)


def timed(fn, *args):
    start = time.perf_counter()
    try:
        result = fn(*args)
    except MatchcliError as exc:
        result = exc
    return time.perf_counter() - start, result


def outcome(result, text: str) -> str:
    if isinstance(result, MatchcliError):
        return f"{result.kind}"
    problems = evidence_problems(result, text)
    return f"record, {len(result.goals)} goals" + (f", BAD EVIDENCE: {problems[0]}" if problems else "")


# A real opening gets the core past its early "is this football?" exit, into the rules that
# the adversarial tail then stresses.
OPENING = "Arsenal 2-1 Chelsea\n\nBukayo Saka scored in the 23rd minute (assisted by Odegaard). "

_TEXT_CHILD = """
import sys, time
sys.path[:0] = [sys.argv[1] + "/bench", sys.argv[1] + "/tests", sys.argv[1]]
from hostile import OPENING, outcome, timed
from hostile_cases import adversarial
from matchcli import parse_report
from matchcli.errors import MatchcliError
from matchcli.inputs import text_from_bytes
parse_report("Arsenal 2-1 Chelsea. Saka scored.")  # lexicons load outside the timing
data = ((OPENING if sys.argv[4] == "1" else "") + adversarial(sys.argv[2], int(sys.argv[3]))).encode()
t_in, doc = timed(text_from_bytes, data, "hostile.txt")
if isinstance(doc, MatchcliError):
    print(t_in, 0.0, doc.kind, sep="\t")
else:
    t_core, result = timed(parse_report, doc.text)
    print(t_in, t_core, outcome(result, doc.text), sep="\t")
"""


def bench_text(size: int, cap: float) -> bool:
    """Each input in its own process, killed after `cap` seconds: a quadratic rule at 1 MB
    would otherwise run for hours."""
    ok = True
    print(f"\nadversarial text, {size:,} characters (target {TARGET_S} s for input layer + core; killed after {cap:g} s)")
    print(f"{'input':24} {'opening':>7} {'input s':>8} {'core s':>8}  outcome")
    for name in ADVERSARIAL:
        for opening in (False, True):
            args = [sys.executable, "-c", _TEXT_CHILD, str(ROOT), name, str(size), "1" if opening else "0"]
            label = f"{name:24} {'yes' if opening else 'no':>7}"
            stdout, failure = _child(args, cap)
            if failure:
                print(f"{label} {'-':>8} {failure}" if failure.endswith("KILLED") else f"{label} {failure}")
                ok = False
                continue
            t_in, t_core, result = stdout.split("\t", 2)
            total = float(t_in) + float(t_core)
            slow = total > TARGET_S
            ok &= not slow and "BAD" not in result
            print(f"{label} {float(t_in):8.3f} {float(t_core):8.3f}  {result}{'  SLOW' if slow else ''}")
    return ok


def bench_html(size: int) -> bool:
    ok = True
    print(f"\nhostile HTML, {size:,} characters (target {TARGET_S} s for HTML to text)")
    for name, make in HOSTILE_HTML.items():
        t, _ = timed(html_to_text, make(size))
        ok &= t <= TARGET_S
        print(f"{name:24} {t:8.3f}{'  SLOW' if t > TARGET_S else ''}")
    return ok


_CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
from matchcli.pipeline import record_for
from matchcli.errors import MatchcliError
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    match = record_for(sys.argv[1], max_bytes=int(sys.argv[3]), max_chars=int(sys.argv[4]))
    result = f"record, {len(match.goals)} goals"
except MatchcliError as exc:
    result = str(exc)
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, (after - before) * 1024, result, sep="\\t")
"""


def bench_big(cap: float) -> bool:
    print(f"\na {BIG_BYTES // 2**20} MB report (budget {BIG_TIME_S} s, {BIG_MEMORY_FACTOR}x its size in memory; killed after {cap:g} s)")
    from matchcli.inputs.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        unit = PARAGRAPH.encode()
        path.write_bytes(unit * (BIG_BYTES // len(unit)))
        size = path.stat().st_size
        ok = True
        runs = (
            ("default limits", DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS),
            ("--max-bytes raised", size, DEFAULT_MAX_CHARS),
            ("both limits raised", size, size),
        )
        for label, max_bytes, max_chars in runs:
            args = [sys.executable, "-c", _CHILD, str(path), str(ROOT), str(max_bytes), str(max_chars)]
            stdout, failure = _child(args, cap)
            if failure:
                print(f"{label:24} {failure}")
                ok = False
                continue
            elapsed, grown, result = stdout.split("\t", 2)
            elapsed, grown = float(elapsed), int(grown)
            within = elapsed <= BIG_TIME_S and grown <= BIG_MEMORY_FACTOR * size
            ok &= within
            print(f"{label:24} {elapsed:8.3f} s  peak +{grown / 2**20:7.1f} MB  {result[-90:]}{'' if within else '  OVER BUDGET'}")
    return ok


def _child(args: list[str], cap: float) -> tuple[str, str | None]:
    """Run one measurement in its own process: (its output, None) or ("", why it failed)."""
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=cap)
    except subprocess.TimeoutExpired:
        return "", f"{'> ' + format(cap, 'g'):>8}  KILLED"
    if proc.returncode:
        return "", f"crashed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}"
    return proc.stdout.strip(), None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1024 * 1024, help="characters per adversarial input")
    parser.add_argument("--cap", type=float, default=30.0, help="seconds before an input's process is killed")
    parser.add_argument("--skip-big", action="store_true", help="skip the 20 MB file")
    args = parser.parse_args()
    ok = bench_text(args.size, args.cap)
    ok &= bench_html(args.size)
    if not args.skip_big and os.name == "posix":
        ok &= bench_big(args.cap)
    print("\nall within budget" if ok else "\nSOME INPUTS OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
