"""Where the DuckDB path's memory and time go (issue 17): open the queries over a by-month
dataset, then run bench_scale's filter changes one by one, printing per step the wall time,
the process's RSS (current and peak) and the Python heap's peak (tracemalloc).

    .venv/bin/python -m benchmarks.profile_queries DATA_DIR           # a folder with incidents-by-month/
    .venv/bin/python -m benchmarks.profile_queries DATA_DIR --points  # the map's points file instead

``--points`` builds the map's points file as the served page does (loaders.event_points:
the articles' metadata, then the file written) into a temporary folder, without tracemalloc
(its bookkeeping of every Python object would inflate the RSS it measures), and prints the
files' sha256, so two versions of the build can be compared byte for byte.
"""
from __future__ import annotations

import hashlib
import resource
import sys
import tempfile
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
    if tracemalloc.is_tracing():
        tracemalloc.reset_peak()
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    current, peak = rss_mb()
    heap = f"{tracemalloc.get_traced_memory()[1] / 2**20:6.1f} MB" if tracemalloc.is_tracing() else "     -"
    print(f"{name:<55} {seconds:7.3f} s  rss {current:7.0f} MB  peak rss {peak:7.0f} MB  py heap peak {heap}",
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


def main_points(folder: Path) -> None:
    """The served page's one-off build of the points file, step by step."""
    from app import store
    from app.dashboard.loaders import build_event_points
    step("start (pandas, DuckDB imported)", lambda: None)
    queries = step("open IncidentQueries", lambda: store.IncidentQueries(folder))
    articles = step("the articles' metadata", lambda: store.read_articles(folder))
    with tempfile.TemporaryDirectory() as out:
        built = step("the points file built and written",
                     lambda: build_event_points(queries, articles, False, True, Path(out)))
        for url in (built.published.points_url, built.published.details_url):
            body = (Path(out) / url.rsplit("/", 1)[1]).read_bytes()
            print(f"  {url.rsplit('/', 1)[1]}: {len(body) / 2**20:.1f} MB, sha256 {hashlib.sha256(body).hexdigest()}")
    print(f"  {len(built):,} points", flush=True)


if __name__ == "__main__":
    (main_points if "--points" in sys.argv[2:] else main)(Path(sys.argv[1]))
