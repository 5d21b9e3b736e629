"""The extraction benchmark: its synthetic articles are deterministic and varied, and the
benchmark measures the real work (its record count is the extractor's own on the same
articles); speed floors are in test_benchmarks.py."""
from __future__ import annotations

import pytest

from benchmarks import bench_extract
from benchmarks.synthetic_articles import generate, generate_texts

FIGURES = {"articles", "extract_rate", "extract_rate_cpu", "extract_seconds", "records_per_article",
           "extract_peak_memory", "process_peak_rss"}
REAL_FIGURES = {"real_articles", "real_extract_rate_cpu"}  # the gold sets are in the repository


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
    from app.articles import parse_article_text
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder

    figures = {name: value for name, value, _ in bench_extract.run(quick=True, full=False, size=30)}
    assert set(figures) == FIGURES | REAL_FIGURES
    # The same output as the extractor run directly: the benchmark times the real work.
    direct = sum(len(extract_incidents(parse_article_text(text, article_id=ident), geocoder=get_geocoder()))
                 for ident, text in generate_texts(30))
    assert figures["articles"] == 30 and figures["records_per_article"] == direct / 30
    assert figures["records_per_article"] > 1 and figures["extract_rate_cpu"] > 0
    assert figures["real_articles"] >= 80 and figures["real_extract_rate_cpu"] > 0  # tests/gold/ ships with the project


@pytest.mark.slow
def test_quick_mode_runs_in_well_under_two_minutes() -> None:
    import time
    start = time.perf_counter()
    figures = {name: value for name, value, _ in bench_extract.run(quick=True, full=False)}
    assert figures["articles"] >= 1_000
    assert time.perf_counter() - start < 120
