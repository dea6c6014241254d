"""The compiled-pattern cache (matchcli/patterns.py): a hit is the same pattern a compile would
give, and anything wrong with the cache file or its directory means compiling, never an error.

Each test runs on a fresh, empty cache state in its own directory (the `cache` fixture), so the
process-wide table the rest of the suite uses is left alone."""
from __future__ import annotations

import atexit
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from matchcli import patterns

SAMPLES = [(r"(?P<home>\d+)-(?P<away>\d+)", regex.I), (r"\b(?:won|beat)\s+\p{Lu}\w+", 0),
           (r"(\d{1,3})(?:\+(\d{1,2}))?'", regex.V1), (rb"charset=([\w-]+)", regex.I)]
COMPILE = regex.compile   # the real one: the `cache` fixture counts calls to it
TEXT = "Arsenal won 2-1 in the 90+3' minute; City beat Spurs"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache state in tmp_path; returns a function that counts real compiles."""
    monkeypatch.setenv(patterns.CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(patterns.NO_CACHE_ENV, raising=False)
    monkeypatch.setattr(patterns, "_live", {})
    monkeypatch.setattr(patterns, "_stored", {})
    monkeypatch.setattr(patterns, "_state", {"loaded": False, "path": None, "dirty": False})
    monkeypatch.setattr(atexit, "register", lambda fn, *a, **k: fn)   # no save at the test run's exit
    compiles = []
    def counting(pattern, flags=0, *args, **kwargs):
        compiles.append(pattern)
        return COMPILE(pattern, flags, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", counting)
    return compiles


def new_process(monkeypatch):
    """Forget the in-memory table, as a new process would; the file stays."""
    monkeypatch.setattr(patterns, "_live", {})
    monkeypatch.setattr(patterns, "_stored", {})
    monkeypatch.setattr(patterns, "_state", {"loaded": False, "path": None, "dirty": False})


def same_pattern(got, pattern, flags):
    fresh = COMPILE(pattern, flags)
    assert isinstance(got, regex.Pattern)
    # the compiled code itself, not just the source: what pickle stores is what compile made
    assert pickle.dumps(got) == pickle.dumps(fresh)
    text = TEXT.encode() + b" charset=utf-8" if isinstance(pattern, bytes) else TEXT
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def fill(monkeypatch) -> Path:
    for pattern, flags in SAMPLES:
        patterns.compile_pattern(pattern, flags)
    assert patterns.save() is True
    path = Path(patterns.cache_path())
    new_process(monkeypatch)
    return path


def test_miss_then_hit_gives_the_same_pattern(cache, monkeypatch):
    first = [patterns.compile_pattern(p, f) for p, f in SAMPLES]
    assert len(cache) == len(SAMPLES)
    assert patterns.compile_pattern(*SAMPLES[0]) is first[0]      # the process-wide table
    assert patterns.save() is True
    new_process(monkeypatch)
    cache.clear()
    for pattern, flags in SAMPLES:
        same_pattern(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert cache == []        # every one came from the file
    assert patterns.save() is False   # nothing new: the file is not rewritten


def test_flags_given_as_ints_or_flags_are_one_entry(cache):
    a = patterns.compile_pattern("x+", regex.I)
    assert patterns.compile_pattern("x+", int(regex.I)) is a
    assert patterns.compile_pattern("x+", 0) is not a


def test_a_new_pattern_is_added_to_the_file(cache, monkeypatch):
    path = fill(monkeypatch)
    patterns.compile_pattern("new|pattern", regex.I)
    assert patterns.save() is True
    new_process(monkeypatch)
    cache.clear()
    for pattern, flags in SAMPLES + [("new|pattern", regex.I)]:
        patterns.compile_pattern(pattern, flags)
    assert cache == [] and path.exists()


def _damage_flip(blob: bytes) -> bytes:
    middle = len(blob) // 2
    return blob[:middle] + bytes([blob[middle] ^ 0x10]) + blob[middle + 1:]


def _evil_pickle(_blob: bytes) -> bytes:
    # A well-formed file whose pickle would run a function: refused, not executed.
    evil = b"cos\nsystem\n(S'echo pwned'\ntR."
    import zlib

    return patterns.MAGIC + zlib.crc32(evil).to_bytes(4, "big") + evil


def _other_version(_blob: bytes) -> bytes:
    import zlib

    payload = pickle.dumps({"stamp": (patterns.FORMAT, "0.0.0", "x", "y"),
                            "patterns": {(p, int(f), int(regex.DEFAULT_VERSION)): COMPILE(p, f) for p, f in SAMPLES}})
    return patterns.MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def _wrong_entry(_blob: bytes) -> bytes:
    # Right stamp and checksum, but the entry for one source holds another pattern.
    import zlib

    pattern, flags = SAMPLES[0]
    entries = {(pattern, int(flags), int(regex.DEFAULT_VERSION)): COMPILE("other", flags)}
    payload = pickle.dumps({"stamp": patterns._stamp(), "patterns": entries})
    return patterns.MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


@pytest.mark.parametrize("damage", [
    lambda blob: b"",
    lambda blob: b"garbage" * 10,
    lambda blob: blob[: len(blob) // 2],
    _damage_flip,
    lambda blob: blob[len(patterns.MAGIC):],
    _evil_pickle,
    _other_version,
    _wrong_entry,
], ids=["empty", "garbage", "truncated", "bit-flip", "no-header", "code-in-pickle", "other-version", "wrong-entry"])
def test_a_bad_cache_file_means_compiling(cache, monkeypatch, damage, capfd):
    path = fill(monkeypatch)
    path.write_bytes(damage(path.read_bytes()))
    cache.clear()
    for pattern, flags in SAMPLES:
        same_pattern(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert len(cache) == len(SAMPLES)     # all compiled afresh
    assert capfd.readouterr().out == ""   # (and the pickled `echo` never ran)
    assert patterns.save() is True        # ... and the file is repaired
    new_process(monkeypatch)
    cache.clear()
    patterns.compile_pattern(*SAMPLES[0])
    assert cache == []


def test_an_unwritable_cache_directory_means_compiling(cache, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(patterns.CACHE_DIR_ENV, str(blocker / "cache"))
    for pattern, flags in SAMPLES:
        same_pattern(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert patterns.save() is False
    assert blocker.read_text() == "not a directory"


def test_a_directory_in_place_of_the_file_means_compiling(cache, monkeypatch):
    Path(patterns.cache_path()).mkdir(parents=True)
    for pattern, flags in SAMPLES:
        same_pattern(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert patterns.save() is False


@pytest.mark.parametrize("value", ["1", "yes"])
def test_the_cache_can_be_turned_off(cache, tmp_path, monkeypatch, value):
    path = fill(monkeypatch)
    monkeypatch.setenv(patterns.NO_CACHE_ENV, value)
    cache.clear()
    assert patterns.cache_path() is None
    for pattern, flags in SAMPLES:
        same_pattern(patterns.compile_pattern(pattern, flags), pattern, flags)
    assert len(cache) == len(SAMPLES)     # the file was not read
    assert patterns.save() is False
    path.unlink()
    assert not any((tmp_path / "cache").iterdir())


@pytest.mark.parametrize("env,expected", [
    ({"MATCHCLI_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/c"),
    ({"XDG_CACHE_HOME": "/x", "HOME": "/h"}, "/x/matchcli"),
    ({"XDG_CACHE_HOME": "relative", "HOME": "/h"}, "/h/.cache/matchcli"),   # XDG: relative paths are ignored
    ({"HOME": "/h"}, "/h/.cache/matchcli"),
    ({"MATCHCLI_CACHE_DIR": "/c", "MATCHCLI_NO_CACHE": "1"}, None),
    ({"MATCHCLI_CACHE_DIR": "/c", "MATCHCLI_NO_CACHE": "0"}, "/c"),
])
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_where_the_cache_lives(monkeypatch, env, expected):
    for name in ("MATCHCLI_CACHE_DIR", "MATCHCLI_NO_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    path = patterns.cache_path()
    if expected is None:
        assert path is None
    else:
        assert os.path.dirname(path) == expected
        assert regex.__version__ in os.path.basename(path)


def test_stale_entries_are_dropped_past_the_limit(cache, monkeypatch):
    path = fill(monkeypatch)
    monkeypatch.setattr(patterns, "MAX_KEPT", 2)
    patterns.compile_pattern("only|this")
    assert patterns.save() is True
    new_process(monkeypatch)
    patterns._load()
    assert list(patterns._stored) == [("only|this", 0, int(regex.DEFAULT_VERSION))]
    assert path.exists()


# --- cached_build: structures built from the data files.

class Entry:
    """Stands in for a gazetteer entry: a class the cache file may hold when allowed."""

    def __init__(self, name):
        self.name = name


def build_structure(calls):
    def build():
        calls.append(1)
        shared = Entry("Arsenal")
        return {"index": {"arsenal": [shared], "gunners": [shared]}, "pattern": COMPILE(r"\bArsenal\b", regex.I),
                "names": frozenset({"a", "b"})}
    return build


def test_a_structure_is_built_once_then_loaded(cache, monkeypatch):
    calls = []
    first = patterns.cached_build("thing", build_structure(calls), (Entry,))
    new_process(monkeypatch)
    again = patterns.cached_build("thing", build_structure(calls), (Entry,))
    assert calls == [1]                                 # built in the first run only
    assert again is not first and again["names"] == first["names"]
    assert again["index"]["arsenal"][0] is again["index"]["gunners"][0]   # sharing survives
    assert again["index"]["arsenal"][0].name == "Arsenal"
    same_pattern(again["pattern"], r"\bArsenal\b", regex.I)


@pytest.mark.parametrize("change", ["sources", "class not allowed", "corrupt", "turned off", "unwritable"])
def test_a_structure_is_rebuilt_whenever_the_file_cannot_be_trusted(cache, monkeypatch, tmp_path, change):
    calls = []
    patterns.cached_build("thing", build_structure(calls), (Entry,))
    path = Path(patterns.cache_path("built-thing"))
    assert path.exists()
    classes = (Entry,)
    if change == "sources":     # an edited data file or extraction module
        monkeypatch.setattr(patterns, "_SOURCES", [(("teams.json", 1),), ()])
    elif change == "class not allowed":
        classes = ()
    elif change == "corrupt":
        path.write_bytes(path.read_bytes()[:-10])
    elif change == "turned off":
        monkeypatch.setenv(patterns.NO_CACHE_ENV, "1")
    elif change == "unwritable":
        path.unlink()
        blocker = tmp_path / "a-file"
        blocker.write_text("")
        monkeypatch.setenv(patterns.CACHE_DIR_ENV, str(blocker / "cache"))
    value = patterns.cached_build("thing", build_structure(calls), classes)
    assert calls == [1, 1] and value["index"]["arsenal"][0].name == "Arsenal"


def test_an_unpicklable_structure_is_only_not_cached(cache):
    value = patterns.cached_build("thing", lambda: {"f": lambda: 1})
    assert value["f"]() == 1
    assert not Path(patterns.cache_path("built-thing")).exists()


def test_the_sources_stamp_follows_data_content_and_module_edits(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "teams.json").write_text('{"clubs": []}')
    module = tmp_path / "extract" / "teams.py"
    module.write_text("X = 1\n")
    before = patterns.sources_stamp(str(tmp_path))
    assert patterns.sources_stamp(str(tmp_path)) == before
    (tmp_path / "data" / "teams.json").write_text('{"clubs": [1]}')
    after_data = patterns.sources_stamp(str(tmp_path))
    assert after_data != before
    module.write_text("X = 22\n")
    assert patterns.sources_stamp(str(tmp_path)) != after_data


def test_the_real_builders_give_what_building_gives(cache, monkeypatch):
    """The gazetteer and phrase matchers loaded from the cache equal freshly built ones."""
    import dataclasses

    from matchcli.extract import fixture_info, goals, minutes, teams

    builders = [("gazetteer", teams._build_gazetteer, (teams.Gazetteer, teams.TeamEntry)),
                ("goal-patterns", goals._build_patterns, (goals.PhraseMatcher,)),
                ("vague-minutes", minutes._build_vague, (minutes.PhraseMatcher,)),
                ("fixture-lexicon", fixture_info._build_lexicon, (fixture_info.PhraseMatcher,))]

    def plain(value):
        """A comparable form: patterns by their compiled code, objects by their fields."""
        if isinstance(value, regex.Pattern):
            return ("pattern", pickle.dumps(value))
        if dataclasses.is_dataclass(value):
            return plain(dataclasses.asdict(value))
        if hasattr(value, "__dict__"):
            return (type(value).__name__, plain(vars(value)))
        if isinstance(value, dict):
            return [(plain(k), plain(v)) for k, v in value.items()]    # order matters too
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, (set, frozenset)):
            return sorted(map(repr, value))
        return value

    for name, build, classes in builders:
        patterns.cached_build(name, build, classes)
        new_process(monkeypatch)
        loaded = patterns.cached_build(name, lambda: pytest.fail(f"{name} was rebuilt"), classes)
        assert plain(loaded) == plain(build()), name


def test_the_cli_gives_the_same_record_cold_warm_and_with_a_bad_cache(tmp_path):
    """End to end, in new processes (each with its own string-hash seed): the JSON of a report
    is byte-identical whatever state the cache is in, and a warm run rewrites nothing."""
    sample = Path(__file__).parent.parent / "samples" / "wire-report.txt"
    env = {**os.environ, patterns.CACHE_DIR_ENV: str(tmp_path)}
    env.pop(patterns.NO_CACHE_ENV, None)

    def parse(**extra):
        done = subprocess.run([sys.executable, "-m", "matchcli", "parse", str(sample), "--json"],
                              capture_output=True, env={**env, **extra}, timeout=120)
        assert done.returncode == 0 and done.stderr == b""
        return done.stdout

    def files():
        return {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}

    cold = parse()
    written = files()
    assert any(name.startswith("patterns-") for name in written)
    assert any(name.startswith("built-gazetteer-") for name in written)
    assert parse() == cold
    assert files() == written      # all hits: nothing rewritten (every pattern's source is the same)
    for path in tmp_path.iterdir():
        path.write_bytes(path.read_bytes()[:1000])
    assert parse() == cold
    assert parse(MATCHCLI_NO_CACHE="1") == cold
    assert json.loads(cold)["home"]
