"""Core speed: `parse_report` on a 500-700 word report, as a multiple of one `regex.findall(r"\\w+")`.

The baseline is the cheapest pass that still reads every character, so the ratio says how many
"reads" of the text the extractor costs, independent of the machine. Reports are the project's
samples/*.txt of that length when there are any, else synthetic ones (bench/reportgen.py).
Target: 20x or less.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).parent))
from reportgen import generate_report  # noqa: E402

from matchcli import parse_report  # noqa: E402
from matchcli.errors import MatchcliError  # noqa: E402

TARGET = 20.0
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
WORDS = regex.compile(r"\w+")


def reports() -> tuple[str, list[str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] if SAMPLES.is_dir() else []
    sized = [t for t in texts if 500 <= len(t.split()) <= 700]
    if sized:
        return f"{len(sized)} sample report(s) from samples/", sized
    return "10 synthetic reports (no 500-700 word samples/ yet)", [generate_report(seed).text for seed in range(10)]


def per_call(fn, text: str, budget: float = 0.1) -> float:
    """Seconds per call: the median of 5 rounds, each repeating fn for about `budget` seconds."""
    fn(text)  # warm caches (compiled patterns, lazily built models)
    start, n = time.perf_counter(), 0
    while time.perf_counter() - start < budget / 5:
        fn(text)
        n += 1
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(n):
            fn(text)
        rounds.append((time.perf_counter() - start) / n)
    return statistics.median(rounds)


def parse(text: str) -> None:
    try:
        parse_report(text)
    except MatchcliError:  # a report the core rejects still costs what it costs
        pass


def main() -> float:
    label, texts = reports()
    parse_times = [per_call(parse, t) for t in texts]
    ratio = statistics.median(p / per_call(WORDS.findall, t) for p, t in zip(parse_times, texts, strict=True))
    verdict = "ok" if ratio <= TARGET else "OVER TARGET"
    print(f"core:       parse_report = {ratio:.2f}x regex.findall(r'\\w+') "
          f"(target <= {TARGET:g}x, {verdict}; {statistics.median(parse_times) * 1e6:.0f} us a report; {label})")
    return ratio


if __name__ == "__main__":
    main()
