"""Fixtures for the extractor tests: the real offline geocoder, and a helper to extract
from a snippet of text."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from app.articles import parse_article_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def geo() -> Any:
    # The reference data ships with the project: a geocoder that cannot load is a failure,
    # never a reason to test against a stand-in.
    from app.geo.geocoder import get_geocoder
    return get_geocoder()


@pytest.fixture
def extract(geo: Any) -> Callable[..., list[dict]]:
    from app.extract import extract_incidents

    def run(text: str, lang: str, date: str = "2026-02-23", title: str = "", source: str = "", url: str = "") -> list[dict]:
        metadata = {"language": lang, "date": date, **({"title": title} if title else {}),
                    **({"source": source} if source else {}), **({"url": url} if url else {})}
        article = parse_article_text(text, article_id="t", metadata=metadata)
        return extract_incidents(article, geocoder=geo)
    return run


def places(records: list[dict]) -> set[tuple[str, str]]:
    """(event_type, location) pairs, for compact assertions."""
    return {(r["event_type"], r["location"]) for r in records}


def of_type(records: list[dict], event_type: str) -> list[dict]:
    """The records of one event type."""
    return [r for r in records if r["event_type"] == event_type]
