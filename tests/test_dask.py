"""The Dask engine against a real distributed.LocalCluster: same lines as the local batch."""
from __future__ import annotations

import io

import pytest
from batch_helpers import make_corpus, run_cli

from matchcli.batch.engines import DaskEngine, InlineEngine
from matchcli.batch.runner import run_batch
from matchcli.batch.sources import iter_sources
from matchcli.inputs import DEFAULT_MAX_BYTES

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def cluster():
    # Threads in this process, on TCP so a separate `matchcli` process can connect: light
    # enough for a 2-core CI machine, and still a real scheduler, worker and wire protocol.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=":0") as cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("reports")
    make_corpus(directory, 20)
    local = io.StringIO()
    run_batch(iter_sources([str(directory)]), local, InlineEngine(DEFAULT_MAX_BYTES))
    return directory, local.getvalue()


def test_dask_engine_matches_local_batch(cluster, corpus):
    directory, local = corpus
    with distributed.Client(cluster) as client:
        engine = DaskEngine(client, DEFAULT_MAX_BYTES)
        out = io.StringIO()
        summary = run_batch(iter_sources([str(directory)]), out, engine, chunk_size=3)  # about 8 partitions
    assert out.getvalue() == local
    assert summary.failed == 2


def test_cli_scheduler_option(cluster, corpus, tmp_path):
    directory, local = corpus
    out = tmp_path / "out.jsonl"
    result = run_cli("batch", str(directory), "--scheduler", cluster.scheduler_address, "-o", str(out),
                     "--chunk-size", "4")
    assert out.read_text(encoding="utf-8") == local
    assert result.returncode == 1 and "2 of 22 reports failed" in result.stderr


def test_cli_local_dask_cluster(corpus):
    """--dask starts (and stops) its own LocalCluster of worker processes."""
    directory, local = corpus
    result = run_cli("batch", str(directory), "--dask", "--jobs", "1")
    assert result.stdout == local
    assert result.stderr.strip() == "matchcli: 2 of 22 reports failed (see the error lines)"


def test_unreachable_scheduler_is_a_one_line_error():
    # Dask's own setting, shortened from its 30 s default so the test stays quick.
    result = run_cli("batch", "x.txt", "--scheduler", "tcp://127.0.0.1:9",
                     env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert result.returncode == 1 and "Timed out trying to connect" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.startswith("matchcli: ")
