"""The extraction benchmark: its synthetic articles are deterministic and varied, and the
benchmark runs (figures are printed, not asserted: they depend on the machine)."""
from __future__ import annotations

import pytest

from benchmarks import bench_extract
from benchmarks.synthetic_articles import generate, generate_texts

FIGURES = {"articles", "extract_rate", "extract_rate_cpu", "extract_seconds", "records_per_article",
           "extract_peak_memory", "process_peak_rss", "real_articles", "real_extract_rate_cpu"}


def test_generator_is_deterministic() -> None:
    assert list(generate_texts(30)) == list(generate_texts(30))
    assert list(generate_texts(30))[:10] == list(generate_texts(10))
    assert list(generate_texts(10)) != list(generate_texts(10, seed=1))


def test_generator_varies_language_places_and_dates() -> None:
    articles = list(generate(60))
    assert {a.language for a in articles} == {"nl", "es", "en"}
    assert len({a.date for a in articles}) > 50
    assert len({a.text for a in articles}) == 60


def test_quick_sizes_meet_issue_6() -> None:
    assert bench_extract.SIZES["quick"] >= 1_000 and bench_extract.SIZES["full"] >= 10_000


def test_benchmark_runs_and_reports_every_figure() -> None:
    figures = {name: value for name, value, _ in bench_extract.run(quick=True, full=False, size=30)}
    assert set(figures) == FIGURES
    assert figures["articles"] == 30 and figures["extract_rate"] > 0 and figures["records_per_article"] > 1
    assert figures["real_articles"] >= 80 and figures["real_extract_rate_cpu"] > 0  # tests/gold/ ships with the project


@pytest.mark.slow
def test_quick_mode_runs_in_well_under_two_minutes() -> None:
    import time
    start = time.perf_counter()
    figures = {name: value for name, value, _ in bench_extract.run(quick=True, full=False)}
    assert figures["articles"] >= 1_000
    assert time.perf_counter() - start < 120
