"""Where chunks of work run: this process, a local process pool, or a Dask cluster.

An engine hands out futures (anything with `.result()`) for chunks, says how many chunks may be
in flight at once (`window`), and how big a chunk should be. The runner needs nothing else, so
the same ordered, bounded loop drives all three.
"""
from __future__ import annotations

import os
from concurrent.futures import Future

from .work import process_chunk


class EngineError(RuntimeError):
    """The engine itself failed (a worker died, the cluster went away): the batch stops, and
    what was written so far stays valid for --resume."""


class _Guarded:
    """A future whose failure is an EngineError: report failures never get here (they are
    error lines), so anything raised is the engine's."""

    def __init__(self, future, what: str) -> None:
        self._future, self._what = future, what

    def result(self):
        try:
            return self._future.result()
        except Exception as exc:
            raise EngineError(f"{self._what}: {type(exc).__name__}: {exc}") from exc


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1


class InlineEngine:
    """Runs each chunk at once in this process: for --jobs 1, with no pickling or IPC."""

    window = 1
    chunk_size = 16

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes

    def submit(self, chunk: list[str]) -> Future:
        future: Future = Future()
        future.set_result(process_chunk(chunk, self.max_bytes))
        return future

    def close(self, cancel: bool = False) -> None:
        pass


class ProcessEngine:
    """A local process pool.

    Chunks amortise the pickling (64 reports when a report takes ~0.1 ms); 4 chunks a worker
    keep every core busy while the oldest result waits to be written. Finished results wait in
    this process until their turn, so chunks shrink as workers grow: at most ~4,000 reports
    are in flight for up to 128 workers.
    """

    def __init__(self, jobs: int, max_bytes: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.max_bytes = max_bytes
        self.window = 4 * jobs
        self.chunk_size = max(8, min(64, 1024 // jobs))
        self._pool = ProcessPoolExecutor(max_workers=jobs)

    def submit(self, chunk: list[str]) -> _Guarded:
        return _Guarded(self._pool.submit(process_chunk, chunk, self.max_bytes),
                        "a worker process died (out of memory?)")

    def close(self, cancel: bool = False) -> None:
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


class DaskEngine:
    """A dask.distributed cluster: an existing scheduler's address, or a LocalCluster.

    Workers read the inputs themselves, so on a real cluster the paths must name the same
    files on every worker (a shared filesystem) and matchcli must be installed there. Chunks
    are bigger than locally because a Dask task costs about a millisecond of overhead.

    Each chunk is one partition, submitted as its own task rather than as a `dask.bag`: a bag
    wants the whole source list up front and `compute()` brings every result to the client at
    once, while tasks submitted through the runner's window stream in both directions.
    """

    chunk_size = 200

    def __init__(self, client, max_bytes: int, *, owns_client: bool = False, cluster=None) -> None:
        """Use `client`; close it (and `cluster`) at the end only when `owns_client`."""
        self.max_bytes = max_bytes
        self._client, self._cluster, self._owns_client = client, cluster, owns_client
        self.window = 4 * (sum(client.nthreads().values()) or 1)

    @classmethod
    def start(cls, max_bytes: int, address: str | None = None, jobs: int | None = None) -> "DaskEngine":
        """Connect to the scheduler at `address`, or start a LocalCluster of `jobs` workers.

        A malformed address raises ValueError; one that does not answer, OSError."""
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the Dask engine needs the dask extra: pip install 'matchcli[dask]'") from None
        if address is not None:
            return cls(Client(address), max_bytes, owns_client=True)
        # The scheduler serves HTTP even without a dashboard; port 0 takes a free port instead of
        # warning when 8787 is taken.
        cluster = LocalCluster(n_workers=jobs or available_cores(), threads_per_worker=1,
                               processes=True, dashboard_address=":0")
        return cls(Client(cluster), max_bytes, owns_client=True, cluster=cluster)

    def submit(self, chunk: list[str]) -> _Guarded:
        return _Guarded(self._client.submit(process_chunk, chunk, self.max_bytes, pure=False),
                        "the Dask cluster failed")

    def close(self, cancel: bool = False) -> None:
        if self._owns_client:
            self._client.close()
            if self._cluster is not None:
                self._cluster.close()
