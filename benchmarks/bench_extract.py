"""Extraction speed: articles per second on one core, and peak memory, over synthetic articles.

``python -m app bench extract --quick`` runs 1,000 articles, the default 3,000, ``--full``
10,000 (benchmarks/synthetic_articles.py writes them from its own templates, fixed seed).
The timed work is the whole path from an article's text to its records: front matter,
publication date and language (app.articles.parse_article_text), then extraction.
Both wall-clock and CPU-time rates are reported: on a shared machine the wall-clock figure
includes time the core spent on other jobs, the CPU-time figure does not.
The geocoder is loaded before timing starts: its one-off load is timed in bench_geocode.
"""
from __future__ import annotations

import os
import resource
import time
import tracemalloc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from app.evaluate import GOLD_SETS
from benchmarks.synthetic_articles import generate_texts

SIZES = {"quick": 1_000, "default": 3_000, "full": 10_000}
ROOT = Path(__file__).resolve().parent.parent
# Real articles: the project's gold sets and, when it is beside the project, the shared corpus.
REAL_FOLDERS = list(GOLD_SETS.values()) + [ROOT.parent / "shared" / "corpus"]
REAL_PASSES = {"quick": 3, "default": 10, "full": 30}
MEMORY_SAMPLE = 500  # articles extracted again under tracemalloc (it slows Python ~3x)


def _idle_ticks() -> dict[int, int]:
    """Idle time per CPU so far (Linux /proc/stat), or {} elsewhere."""
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return {}
    ticks = {}
    for line in lines:
        name, *values = line.split()
        if name.startswith("cpu") and name[3:].isdigit() and len(values) > 4:
            ticks[int(name[3:])] = int(values[3]) + int(values[4])  # idle + iowait
    return ticks


def _least_busy(cpus: set[int]) -> int:
    """The allowed CPU that was idle most over a short look: on a shared machine, pinning
    to a busy core would measure the other jobs too."""
    first = _idle_ticks()
    time.sleep(0.3)
    second = _idle_ticks()
    idle = {cpu: second.get(cpu, 0) - first.get(cpu, 0) for cpu in cpus}
    return max(sorted(cpus), key=lambda cpu: idle[cpu])


@contextmanager
def _one_core() -> Iterator[None]:
    """Pinned to one CPU where the OS allows, so the figure is per core; the previous
    affinity is restored after (the benchmark also runs inside the test suite)."""
    try:
        before = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {_least_busy(before)})
    except (AttributeError, OSError):
        before = None
    try:
        yield
    finally:
        if before is not None:
            os.sched_setaffinity(0, before)


def _size(quick: bool, full: bool) -> int:
    return SIZES["full"] if full else SIZES["quick"] if quick else SIZES["default"]


def run(*, quick: bool, full: bool, size: int | None = None) -> list[tuple[str, float, str]]:
    """The figures as (name, value, unit); ``size`` overrides the article count (tests)."""
    from app.articles import parse_article_text
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder

    def process(item: tuple[str, str]) -> int:
        article = parse_article_text(item[1], article_id=item[0])
        return len(extract_incidents(article, geocoder=geocoder))

    n = size or _size(quick, full)
    geocoder = get_geocoder()
    texts = list(generate_texts(n))
    with _one_core():
        process(texts[0])  # warm lazy imports; the caches still start nearly cold
        start, cpu_start = time.perf_counter(), time.process_time()
        records = sum(process(item) for item in texts)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        tracemalloc.start()
        for item in texts[:MEMORY_SAMPLE]:
            process(item)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        real = _real_articles()
        passes = REAL_PASSES["full" if full else "quick" if quick else "default"] if size is None else 1
        cpu_start = time.process_time()
        for _ in range(passes):
            for article in real:
                extract_incidents(article, geocoder=geocoder)
        real_cpu = time.process_time() - cpu_start
    real_rate = [("real_articles", float(len(real)), f"real news articles (gold sets and corpus), read {passes}x"),
                 ("real_extract_rate_cpu", len(real) * passes / real_cpu if real_cpu else 0.0,
                  "real articles per CPU-second")] if real else []
    return [
        ("articles", float(n), "articles (synthetic, nl/es/en)"),
        ("extract_rate", n / elapsed, "articles/s (one core, wall clock)"),
        # CPU time of this process: the same figure without other jobs sharing the core.
        ("extract_rate_cpu", n / cpu, "articles per CPU-second"),
        ("extract_seconds", elapsed, "s (wall clock)"),
        ("records_per_article", records / n, "records"),
        ("extract_peak_memory", peak / 1e6,
         f"MB (tracemalloc, extra memory while extracting {min(n, MEMORY_SAMPLE)} articles)"),
        ("process_peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB (incl. geocoder table)"),
        *real_rate,
    ]


def _real_articles() -> list:
    """The real articles with gold beside them, dated as their gold says."""
    from app.evaluate import gold_articles
    return [article for folder in REAL_FOLDERS if (folder / "gold.json").is_file()
            for article, _ in gold_articles(folder)]
