"""Start-up: `matchcli parse FILE --json` as a whole process, against a bare interpreter that only
imports our three big dependencies (`python -c "import typer, pydantic, regex"`), same venv.

Both commands are run alternately, so drift in the machine's load hits both, and the median
wall time of each is compared. Target: 1.5x or less. The headline is the warm run: matchcli's
start-up cache (compiled patterns, built tables; README "Caching") filled by an earlier run, as
on every run but a fresh install's first. The cold ratio is printed too: each of those runs
starts from an empty cache directory (and pays for writing it). The cache lives in temporary
directories here, so the benchmark neither uses nor touches the user's. To see where the time goes:
`python -X importtime -m matchcli parse FILE --json 2>&1 >/dev/null | sort -t'|' -k2 -n | tail`.
"""
from __future__ import annotations

import compileall
import importlib.util
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from reportgen import generate_report  # noqa: E402

TARGET = 1.5
RUNS = 21


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def main() -> float:
    bindir = Path(sys.executable).parent
    matchcli = bindir / "matchcli"
    # An installed package has its bytecode compiled; an editable one in an environment with
    # PYTHONDONTWRITEBYTECODE set would recompile every module at every start.
    package = importlib.util.find_spec("matchcli").submodule_search_locations[0]
    compileall.compile_dir(package, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.txt"
        report.write_text(generate_report(0).text, encoding="utf-8")
        ours = [str(matchcli), "parse", str(report), "--json"]
        base = [sys.executable, "-c", "import typer, pydantic, regex"]
        # Not part of the target: where the difference goes. `import pydantic` alone is lazy;
        # the library import pays for pydantic proper and for building the record's models.
        library = [sys.executable, "-c", "import typer, regex, matchcli"]
        env = {k: v for k, v in os.environ.items() if k != "MATCHCLI_NO_CACHE"}
        warm = {**env, "MATCHCLI_CACHE_DIR": str(Path(tmp) / "warm-cache")}
        cold_dirs = (Path(tmp) / f"cold-cache-{i}" for i in itertools.count())
        commands = {
            "ours": lambda: wall(ours, warm),
            "cold": lambda: wall(ours, {**env, "MATCHCLI_CACHE_DIR": str(next(cold_dirs))}),
            "base": lambda: wall(base, env),
            "library": lambda: wall(library, warm),
        }
        for run in commands.values():  # warm the page cache, the .pyc files and the warm cache
            run()
        wall(ours, warm)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):
            for name, run in commands.items():
                times[name].append(run())
    ms = {name: statistics.median(t) * 1000 for name, t in times.items()}
    ratio = ms["ours"] / ms["base"]
    verdict = "ok" if ratio <= TARGET else "OVER TARGET"
    print(f"start-up:   matchcli parse --json = {ratio:.2f}x import typer, pydantic, regex "
          f"(target <= {TARGET:g}x, {verdict}; {ms['ours']:.0f} ms vs {ms['base']:.0f} ms, warm cache; "
          f"cold cache {ms['cold'] / ms['base']:.2f}x, {ms['cold']:.0f} ms; "
          f"`import typer, regex, matchcli` alone takes {ms['library']:.0f} ms)")
    return ratio


if __name__ == "__main__":
    main()
