"""The batch loop and its pieces, in process: order, bounds, failures, resume, exit codes."""
from __future__ import annotations

import io
import json
import multiprocessing
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from batch_helpers import make_corpus

from matchcli.batch import work
from matchcli.batch.engines import EngineError, InlineEngine, ProcessEngine
from matchcli.batch.resume import done_sources
from matchcli.batch.runner import Summary, run_batch
from matchcli.batch.sources import iter_sources
from matchcli.errors import EXIT_INPUT_FAILED, EXIT_NO_MATCH, EXIT_OK
from matchcli.inputs import DEFAULT_MAX_BYTES


class ShuffledEngine:
    """Chunks finish in a random order (threads with random sleeps): output must not care."""

    chunk_size = 3
    window = 6

    def __init__(self):
        self.pool = ThreadPoolExecutor(4)
        self.rng = random.Random(1)

    def submit(self, chunk):
        delay = self.rng.random() / 100
        return self.pool.submit(lambda: (time.sleep(delay), work.process_chunk(chunk, DEFAULT_MAX_BYTES))[1])


def run(sources, engine, **kwargs):
    sink = io.StringIO()
    summary = run_batch(sources, sink, engine, **kwargs)
    return summary, [json.loads(line) for line in sink.getvalue().splitlines()]


def test_out_of_order_completion_still_writes_in_source_order(tmp_path):
    expected = make_corpus(tmp_path, 24)
    summary, rows = run(iter_sources([str(tmp_path)]), ShuffledEngine())
    assert [row["source"] for row in rows] == expected
    assert (summary.written, summary.failed) == (len(expected), 2)


def test_failing_reports_become_error_lines(tmp_path):
    make_corpus(tmp_path, 6)
    summary, rows = run(iter_sources([str(tmp_path)]), InlineEngine(DEFAULT_MAX_BYTES))
    errors = {row["source"].rsplit("/", 1)[1]: row["error"]["kind"] for row in rows if "error" in row}
    assert errors == {"broken.txt": "input", "empty.txt": "input"}
    assert summary.exit_code == EXIT_INPUT_FAILED


def test_a_bug_in_the_core_is_one_error_line_not_a_stopped_batch(tmp_path, monkeypatch):
    sources = make_corpus(tmp_path, 6)
    real = work.record_for

    def flaky(name, max_bytes):
        if name.endswith("000002.txt"):
            raise IndexError("list index out of range")
        return real(name, max_bytes=max_bytes)

    monkeypatch.setattr(work, "record_for", flaky)
    summary, rows = run(iter_sources([str(tmp_path)]), InlineEngine(DEFAULT_MAX_BYTES))
    bad = [row for row in rows if row["source"].endswith("000002.txt")]
    assert bad[0]["error"]["message"].endswith("internal error: IndexError: list index out of range")
    assert [row["source"] for row in rows] == sources
    assert summary.failed == 3  # the bug, the binary file, the empty file


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers only by fork")
def test_a_dead_worker_stops_the_batch_with_an_engine_error(tmp_path, monkeypatch):
    """A worker killed outright (as by the OOM killer) is not one report's error: the batch
    stops, and every line written before is whole and in order, ready for --resume."""
    sources = make_corpus(tmp_path, 30)
    real = work.record_for

    def fatal(name, max_bytes):
        if name.endswith("000015.txt"):
            os._exit(9)
        return real(name, max_bytes=max_bytes)

    monkeypatch.setattr(work, "record_for", fatal)
    sink = io.StringIO()
    engine = ProcessEngine(2, DEFAULT_MAX_BYTES)
    with pytest.raises(EngineError, match="a worker process died"):
        try:
            run_batch(iter_sources([str(tmp_path)]), sink, engine)
        finally:
            engine.close(cancel=True)
    written = [json.loads(line)["source"] for line in sink.getvalue().splitlines()]
    assert written == sources[: len(written)]
    assert not any(s.endswith("000015.txt") for s in written)


def test_sources_are_pulled_only_a_window_ahead_of_the_output():
    """Bounded memory: with a million sources, the runner holds at most window x chunk of them."""
    pulled = 0
    first_write_at = None

    def sources():
        nonlocal pulled
        for i in range(1_000_000):
            pulled += 1
            yield f"missing-{i:07d}.txt"

    class Enough(Exception):
        pass

    class Sink(io.StringIO):
        def write(self, text):
            nonlocal first_write_at
            first_write_at = pulled
            raise Enough

    engine = ShuffledEngine()
    with pytest.raises(Enough):
        run_batch(sources(), Sink(), engine)
    assert first_write_at is not None
    assert first_write_at <= (engine.window + 1) * engine.chunk_size


def test_skip_leaves_out_done_sources_and_counts_them(tmp_path):
    sources = make_corpus(tmp_path, 6)
    summary, rows = run(iter_sources([str(tmp_path)]), InlineEngine(DEFAULT_MAX_BYTES), skip=set(sources[:4]))
    assert [row["source"] for row in rows] == sources[4:]
    assert (summary.skipped, summary.written) == (4, len(sources) - 4)


@pytest.mark.parametrize("summary, code", [
    (Summary(written=5), EXIT_OK),
    (Summary(written=5, failed=2, no_match=2), EXIT_NO_MATCH),
    (Summary(written=5, failed=2, no_match=1), EXIT_INPUT_FAILED),
    (Summary(written=0, skipped=5), EXIT_OK),
])
def test_exit_code_follows_parse(summary, code):
    assert summary.exit_code == code


@pytest.mark.parametrize("content, done, kept", [
    pytest.param('{"source": "a"}\n{"source": "b", "error": {}}\n', {"a", "b"}, None, id="error lines count as done"),
    pytest.param('{"source": "a"}\n{"source": "b", "ho', {"a"}, '{"source": "a"}\n', id="torn last line is cut off"),
    pytest.param('{"source": "a"}\n{"sou', {"a"}, '{"source": "a"}\n', id="torn inside the key"),
    pytest.param("", set(), "", id="empty file"),
    pytest.param('{"source": "a"}\nnot json\n', {"a"}, None, id="a complete line that is not JSON is kept, not done"),
])
def test_done_sources(tmp_path, content, done, kept):
    out = tmp_path / "out.jsonl"
    out.write_text(content)
    assert done_sources(str(out)) == done
    assert out.read_text() == (content if kept is None else kept)


def test_done_sources_of_a_missing_file_is_empty(tmp_path):
    assert done_sources(str(tmp_path / "nothing-yet.jsonl")) == set()
