"""``python -m app build --engine dask [--scheduler ADDRESS] [--workers N]``: extraction on Dask.

The build reads the stored articles in partitions (PARTITION_ARTICLES each) and sends each
partition, texts included, to the cluster as one task running ``app.build.extract_batch``,
the function the plain build runs: workers need the project's code, not the store (the
SQLite file stays with the build, which alone writes it). At most WINDOW_PER_WORKER
partitions per worker are in flight, so the build's memory stays flat, and results are
taken back in the order the partitions were sent, so the store is written in the same order
as by the plain build: the same records, the same ids, byte-identical exports.

Without an address a LocalCluster with one single-threaded worker process per core (or
``--workers``) runs on this machine; with one, the build connects to a running scheduler
(``dask scheduler`` / ``dask worker``, see the README). Before any work is sent, every
worker's code version (app.build.code_version) must equal the build's: a worker started
from another checkout would give other records.

Only this module imports dask, and only ``--engine dask`` imports this module.
"""
from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from dataclasses import dataclass
from typing import Iterator

from app.build import ArticleToExtract, EngineError, Extracted, code_version, extract_batch

# Articles per task: large enough that a task's overhead (a few ms) is small next to its
# extraction (about a second at 300-580 articles/s), small enough to spread over workers.
PARTITION_ARTICLES = 200
WINDOW_PER_WORKER = 2
CONNECT_TIMEOUT_S = 20


@dataclass(frozen=True)
class DaskOptions:
    scheduler: str | None = None   # tcp://host:8786; None: a LocalCluster here
    workers: int | None = None     # LocalCluster workers; None: one per core


@dataclass
class DaskEngine:
    """A connected client and how many workers it had when the build started."""

    client: object
    workers: int
    partition_size: int = PARTITION_ARTICLES

    def run(self, batches: Iterator[list[ArticleToExtract]]) -> Iterator[list[Extracted]]:
        """Each batch as one task, a bounded window of them in flight, results in order."""
        in_flight: deque = deque()
        window = max(1, WINDOW_PER_WORKER * self.workers)
        for batch in batches:
            # pure=False: the same batch in a later build must run again, not be taken from a cache
            in_flight.append(self.client.submit(extract_batch, batch, pure=False))  # type: ignore[attr-defined]
            if len(in_flight) >= window:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _local_workers(requested: int | None) -> int:
    if requested:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def dask_engine(options: DaskOptions) -> Iterator[DaskEngine]:
    """A DaskEngine on a LocalCluster (closed afterwards) or on the scheduler at
    ``options.scheduler``; EngineError when it cannot be reached or a worker runs other code."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError("--engine dask needs the dask[distributed] package "
                          "(pip install -r requirements.txt)") from exc
    with contextlib.ExitStack() as stack:
        if options.scheduler:
            try:
                client = stack.enter_context(Client(options.scheduler, timeout=CONNECT_TIMEOUT_S))
            except (OSError, TimeoutError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {options.scheduler} "
                                  f"({' '.join(str(exc).split())[:160]})") from exc
        else:
            # one single-threaded process per worker: the extractor is pure Python (the GIL)
            cluster = stack.enter_context(LocalCluster(
                n_workers=_local_workers(options.workers), threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        workers = _check_workers(client)
        yield DaskEngine(client, workers)


def _check_workers(client: object) -> int:
    """How many workers there are, after checking each runs the build's code."""
    versions: dict[str, str] = client.run(code_version)  # type: ignore[attr-defined]
    if not versions:
        raise EngineError("the Dask cluster has no workers; start some with `dask worker ADDRESS`")
    here = code_version()
    other = {worker: version for worker, version in versions.items() if version != here}
    if other:
        worker, version = sorted(other.items())[0]
        raise EngineError(f"{len(other)} Dask worker(s) run other code than this build (worker {worker}: "
                          f"version {version}, here {here}); start them from the same checkout")
    return len(versions)
