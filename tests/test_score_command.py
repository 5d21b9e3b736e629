"""`python -m app score`: totals of several sets, and totals only for sets kept unread."""
from __future__ import annotations

from cli_helpers import run_main


def test_several_sets_end_with_their_combined_totals() -> None:
    result = run_main("score", "heldout219", "heldout215")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("es-pulsoslp-2025-laraya:") for line in lines)  # per article by default
    assert lines[-1].startswith("score all 2 sets: recall "), lines[-1]
    assert any(line.startswith("score all 2 sets [es]:") for line in lines)


def test_totals_only_shows_no_article() -> None:
    result = run_main("score", "heldout219", "--totals", "-v")
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("score heldout219") for line in lines), lines
    assert "score all" not in result.stdout  # one set: no combined line
