"""Extraction speed: articles per second on one core, and peak memory, over synthetic articles.

``python -m app bench extract`` runs 1,000 articles (200 with --quick, 10,000 with --full).
Both wall-clock and CPU-time rates are reported: on a shared machine the wall-clock figure
includes time the core spent on other jobs.
The geocoder is loaded before timing starts: its one-off load is timed in bench_geocode.
"""
from __future__ import annotations

import os
import resource
import time
import tracemalloc

from benchmarks.synthetic_articles import generate


def _one_core() -> None:
    """Pin to one CPU where the OS allows, so the figure is per core."""
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass


def run(*, quick: bool, full: bool) -> list[tuple[str, float, str]]:
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder

    _one_core()
    n = 10_000 if full else 200 if quick else 1_000
    geocoder = get_geocoder()
    articles = list(generate(n))
    extract_incidents(articles[0], geocoder=geocoder)  # warm caches and lazy imports
    records = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in articles:
        records += len(extract_incidents(article, geocoder=geocoder))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    tracemalloc.start()
    for article in articles[: min(n, 500)]:
        extract_incidents(article, geocoder=geocoder)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [
        ("articles", float(n), "articles"),
        ("extract_rate", n / elapsed, "articles/s (one core, wall clock)"),
        # CPU time of this process: the same figure without other jobs sharing the core.
        ("extract_rate_cpu", n / cpu, "articles per CPU-second"),
        ("records_per_article", records / n, "records"),
        ("extract_peak_memory", peak / 1e6, "MB (tracemalloc, over the extraction itself)"),
        ("process_peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB (incl. geocoder table)"),
    ]
