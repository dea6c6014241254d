"""Adversarial texts aimed at regular expressions, shared by the tests and bench/hostile.py.

Each generator takes a target size in characters, so the tests can use small ones (they check
"never crashes, never lies about offsets") and the benchmark large ones (it measures time).
The shapes are the ones that make backtracking patterns go quadratic or worse: long runs of what
a pattern repeats (digits, hyphens, apostrophes, capitalised words, minute additions, brackets),
almost-matches that fail at the very end, and one enormous line with no sentence break.

Also here: `evidence_problems` (does every evidence span quote the text it points into?) and the
pattern walk (`all_patterns`, `stalls`, `stdlib_stalls`) used by test_hostile_patterns.py.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import queue
import re
import subprocess
import sys
import threading
from types import ModuleType
from typing import Callable

import regex


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: _fill("9", n),
    "digits-then-letter": lambda n: _fill("1", n - 1) + "x",
    "hyphens": lambda n: _fill("-", n),
    "digit-hyphen-chain": lambda n: _fill("1-", n),
    "apostrophes": lambda n: _fill("'", n),
    "minute-marks": lambda n: _fill("90' ", n),
    "capitalised-words": lambda n: _fill("Abc ", n),
    "capitalised-no-space": lambda n: _fill("Ab", n),
    "hyphenated-names": lambda n: _fill("Van-Der-", n),
    "stoppage-chain": lambda n: "90" + _fill("+90", n - 2),
    "nested-brackets": lambda n: _fill("(", n // 2) + _fill(")", n - n // 2),
    "unclosed-brackets": lambda n: _fill("(90' ", n),
    "scoreline-chain": lambda n: _fill("2-1 ", n),
    "score-words": lambda n: _fill("won 2-1 after ", n),
    "dots": lambda n: _fill(".", n),
    "one-long-line": lambda n: _fill("Smith scored in the 45th minute and ", n),
    "whitespace-runs": lambda n: _fill(" \t", n - 1) + "x",
    "newlines": lambda n: _fill("\n", n - 1) + "x",
    "almost-goal": lambda n: _fill("Smith (", n),
    "unicode-letters": lambda n: _fill("Ødegaard Müller Çalhanoğlu ", n),
}


def adversarial(name: str, size: int) -> str:
    return ADVERSARIAL[name](size)


EVENT_LISTS = ("goals", "cards", "penalties_missed", "var_reviews", "woodwork")


def evidence_problems(match, text: str) -> list[str]:
    """Every evidence span that does not lie inside `text` or does not quote it exactly."""
    problems = []
    for field in EVENT_LISTS:
        for i, event in enumerate(getattr(match, field)):
            ev = event.evidence
            if ev is None:
                continue
            where = f"{field}[{i}] {ev.start}:{ev.end}"
            if not 0 <= ev.start <= ev.end <= len(text):
                problems.append(f"{where} outside the {len(text)}-character input")
            elif text[ev.start:ev.end] != ev.text:
                problems.append(f"{where} quotes {ev.text[:40]!r}, input has {text[ev.start:ev.end][:40]!r}")
    return problems


# --- Every module-level compiled pattern of a package, and whether adversarial text stalls it.

REGEX_PATTERN = type(regex.compile(""))
STDLIB_PATTERN = re.Pattern


def package_modules(package_name: str) -> list[ModuleType]:
    package = importlib.import_module(package_name)
    modules = [package]
    for info in pkgutil.walk_packages(getattr(package, "__path__", []), prefix=f"{package_name}."):
        modules.append(importlib.import_module(info.name))
    return modules


def module_patterns(module: ModuleType) -> list[tuple[str, object]]:
    """(name, pattern) for every compiled pattern at module level, also inside lists, tuples,
    sets and dict values (rule tables), nested up to three deep, and behind a pre-check."""
    found: list[tuple[str, object]] = []
    seen: set[int] = set()

    def walk(name: str, value: object, depth: int) -> None:
        if id(value) in seen:
            return
        if isinstance(value, (REGEX_PATTERN, STDLIB_PATTERN)):
            seen.add(id(value))
            found.append((name, value))
        elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
            for i, item in enumerate(value):
                walk(f"{name}[{i}]", item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                walk(f"{name}[{key!r}]", item, depth + 1)
        elif isinstance(getattr(value, "pattern", None), (REGEX_PATTERN, STDLIB_PATTERN)):
            walk(name, value.pattern, depth)    # a pattern behind a pre-check (matchcli.extract.cues)

    for attr, value in vars(module).items():
        if not isinstance(value, ModuleType):
            walk(f"{module.__name__}.{attr}", value, 0)
    return found


def all_patterns(package_name: str) -> list[tuple[str, object, bool]]:
    """(name, pattern, anchored) for every pattern of every module in the package, each once
    (a re-export is not a copy). `anchored` is true when the package's source only ever calls
    the pattern's .match/.fullmatch: one attempt at one position, which cannot go quadratic by
    being retried along the text, so it is tried at the start of each adversarial text instead."""
    modules = package_modules(package_name)
    sources = "\n".join(_source(m) for m in modules)
    seen: set[int] = set()
    out = []
    for module in modules:
        for name, pattern in module_patterns(module):
            if id(pattern) not in seen:
                seen.add(id(pattern))
                out.append((name, pattern, _only_anchored(name.rsplit(".", 1)[1], sources)))
    return out


_ANCHORED_METHODS = frozenset(("match", "fullmatch"))


def _only_anchored(attr: str, sources: str) -> bool:
    """True when every mention of `attr` is its definition, an import, or a .match/.fullmatch
    call. Anything else (a table entry, an argument, a scanning call) counts as scanning."""
    if not attr.isidentifier():
        return False  # an entry of a rule table: its uses cannot be traced
    name = regex.escape(attr)
    mentions = len(regex.findall(rf"\b{name}\b", sources))
    definitions = len(regex.findall(rf"(?m)^{name}\s*[:=]", sources))
    imports = len(regex.findall(rf"(?m)^\s*from\s+\S+\s+import\s+.*\b{name}\b", sources))
    calls = regex.findall(rf"\b{name}\s*\.\s*(\w+)\s*\(", sources)
    return bool(calls) and set(calls) <= _ANCHORED_METHODS and mentions == definitions + imports + len(calls)


def _source(module: ModuleType) -> str:
    try:
        with open(module.__file__, encoding="utf-8") as fh:
            return fh.read()
    except (OSError, TypeError):
        return ""


def stalls(pattern, size: int, timeout: float, anchored: bool = False, first_only: bool = False) -> list[str]:
    """Names of the adversarial texts on which a `regex` pattern exceeds `timeout`: scanning
    the whole text with finditer, or, for an anchored pattern, one .match at its start (and
    after one space, for patterns that open with whitespace). `first_only` stops at the first."""
    slow = []
    for name in ADVERSARIAL:
        text = adversarial(name, size)
        subjects = [text, " " + text] if anchored else [text]
        if isinstance(pattern.pattern, bytes):
            subjects = [s.encode("utf-8") for s in subjects]
        try:
            for subject in subjects:
                if anchored:
                    pattern.match(subject, timeout=timeout)
                else:
                    for _ in pattern.finditer(subject, timeout=timeout):
                        pass
        except TimeoutError:
            slow.append(name)
            if first_only:
                break
    return slow


_STDLIB_CHILD = """
import re, sys
sys.path.insert(0, sys.argv[1])
from hostile_cases import ADVERSARIAL, adversarial
pattern = re.compile(sys.argv[2] if sys.argv[4] == "str" else sys.argv[2].encode("latin-1"), int(sys.argv[3]))
for name in ADVERSARIAL:
    text = adversarial(name, int(sys.argv[5]))
    for _ in pattern.finditer(text if sys.argv[4] == "str" else text.encode("utf-8")):
        pass
    print(name, flush=True)
"""


def stdlib_stalls(pattern: re.Pattern, size: int, timeout: float) -> list[str]:
    """Like `stalls` for a stdlib `re` pattern, which has no timeout: it runs in a child process
    that reports each text as it finishes; a text not finished within `timeout` stalled it."""
    kind = "bytes" if isinstance(pattern.pattern, bytes) else "str"
    source = pattern.pattern.decode("latin-1") if kind == "bytes" else pattern.pattern
    args = [sys.executable, "-c", _STDLIB_CHILD, os.path.dirname(os.path.abspath(__file__)),
            source, str(pattern.flags), kind, str(size)]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    finished: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [finished.put(line.strip()) for line in child.stdout], daemon=True).start()
    startup = 10.0  # the child's own start-up is not the pattern's fault
    try:
        for i, name in enumerate(ADVERSARIAL):
            try:
                finished.get(timeout=timeout + (startup if i == 0 else 0))
            except queue.Empty:
                return [name]
        return []
    finally:
        child.kill()
        child.wait()
