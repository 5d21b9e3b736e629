"""HTML through trafilatura: the main text and the page's metadata; the old stripper only
when trafilatura finds no main text."""
from __future__ import annotations

import datetime as dt

from app import ingest
from app.articles import read_article_bytes, read_html
from tests.web.pages import ARTICLE_TEXT_START, ARTICLE_WITH_FURNITURE, FURNITURE_WORDS


def test_main_text_without_navigation_related_links_or_footer() -> None:
    page = read_html(ARTICLE_WITH_FURNITURE)
    assert page.main_text_found
    assert ARTICLE_TEXT_START in page.text
    for word in FURNITURE_WORDS:
        assert word not in page.text, word


def test_the_pages_metadata_gives_title_date_source_and_language() -> None:
    article = read_article_bytes(ARTICLE_WITH_FURNITURE.encode(), name="page.html", article_id="p", html=True)
    assert article.date == dt.date(2026, 2, 22)  # only in the metadata, not in the text
    assert article.title == "Bloqueos e incendios en Celaya"
    assert article.source == "Diario del Bajío"
    assert article.language == "es"


def test_front_matter_and_given_metadata_win_over_the_page() -> None:
    marked = "---\ndate: 2026-03-01\n---\n" + ARTICLE_WITH_FURNITURE
    article = read_article_bytes(marked.encode(), name="p.html", article_id="p", html=True,
                                 metadata={"source": "Mine"})
    assert article.date == dt.date(2026, 3, 1) and article.source == "Mine"


def test_related_links_become_no_incidents() -> None:
    article, _ = ingest.article_from_upload(ARTICLE_WITH_FURNITURE.encode(), filename="page.html")
    records = ingest.extract_records(article)
    assert {r["admin1"] for r in records} == {"Guanajuato"}, [(r["location"], r["event_type"]) for r in records]
    for record in records:  # the offsets refer to the text we store
        assert article.text[record["evidence_start"]:record["evidence_end"]] == record["evidence"]


def test_a_fragment_without_main_text_falls_back_to_the_stripper() -> None:
    page = read_html("<p>Bloqueos en <b>Celaya</b>.</p>")
    assert not page.main_text_found and page.text == "Bloqueos en Celaya."
