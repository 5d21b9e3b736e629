"""Where the DuckDB path's memory and time go (issue 17): open the queries over a by-month
dataset, then run bench_scale's filter changes one by one, printing per step the wall time,
the process's RSS (current and peak) and the Python heap's peak (tracemalloc).

    .venv/bin/python -m benchmarks.profile_queries DATA_DIR   # a folder with incidents-by-month/
"""
from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

from app.dashboard import data as dd
from app.dashboard import filters as flt
from benchmarks.bench_scale import FILTER_CHANGES, as_filters


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process, MB."""
    with open("/proc/self/statm") as handle:
        current = int(handle.read().split()[1]) * resource.getpagesize() / 2**20
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step(name: str, work) -> object:
    tracemalloc.reset_peak()
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    current, peak = rss_mb()
    heap = tracemalloc.get_traced_memory()[1] / 2**20
    print(f"{name:<55} {seconds:7.3f} s  rss {current:7.0f} MB  peak rss {peak:7.0f} MB  py heap peak {heap:6.1f} MB",
          flush=True)
    return result


def main(folder: Path) -> None:
    tracemalloc.start()
    step("start", lambda: None)
    from app.store.queries import IncidentQueries
    queries = step("open IncidentQueries", lambda: IncidentQueries(folder))
    step("overview", queries.overview)
    for change in FILTER_CHANGES:
        query = dd.incident_query(as_filters(change))
        step(f"view {change}", lambda: queries.view(query, page_size=100))
    for name in ("figures", "state_summary", "timeline", "table_page"):
        step(f"  {name} alone, no filter", lambda: getattr(queries, name)(dd.incident_query(flt.Filters())))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
