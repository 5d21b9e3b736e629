"""The Add page's URL field (a page from a local server, the same preview and save as a
paste) and the Feeds page (the feeds, their last update, the articles they brought)."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from app import store
from app.dashboard import access
from app.store import read_incidents
from tests.web.pages import ARTICLE_WITH_FURNITURE, NEAR_COPY
from tests.web.server import LocalWeb, Route, local_only, web  # noqa: F401 - fixtures

from conftest import dashboard

TIMEOUT = 60


def page(name: str) -> AppTest:
    at = dashboard(name, timeout=TIMEOUT)
    assert not at.exception, at.exception
    return at


def fetch(at: AppTest, url: str) -> None:
    at.text_input(key="add_page_url_0").input(url).run()
    at.button(key="add_fetch").click().run()
    assert not at.exception, at.exception


def test_an_article_given_by_url_is_previewed_and_saved(data_dir: Path, web: LocalWeb) -> None:
    web.routes["/news/celaya"] = Route(ARTICLE_WITH_FURNITURE.encode())
    at = page("add")
    fetch(at, web.url("/news/celaya"))
    preview = at.dataframe[0].value
    assert set(preview["state"]) == {"Guanajuato"}  # the related links made no incidents
    [url_field] = [t for t in at.text_input if t.key and t.key.startswith("add_url_")]
    assert url_field.value == web.url("/news/celaya")
    assert at.date_input(key=url_field.key.replace("add_url_", "add_date_")).value.isoformat() == "2026-02-22"
    at.button(key="add_save").click().run()
    assert at.success and "Saved article" in at.success[0].value
    with store.open_store(data_dir) as db:
        [added] = [a for a in db.article_ids() if a.startswith("added_")]
        assert db.sources(added) == [web.url("/news/celaya")]

    at.text_input(key="add_page_url_1").input(web.url("/copy")).run()  # a near-copy elsewhere
    web.routes["/copy"] = Route(NEAR_COPY.encode())
    at.button(key="add_fetch").click().run()
    count = len(read_incidents(data_dir))
    at.button(key="add_save").click().run()
    assert any("near-copy" in w.value for w in at.warning), [w.value for w in at.warning]
    assert len(read_incidents(data_dir)) == count


def test_a_page_that_cannot_be_fetched_gets_one_line(data_dir: Path, web: LocalWeb) -> None:
    web.routes["/report.pdf"] = Route(b"%PDF", "application/pdf")
    at = page("add")
    fetch(at, web.url("/report.pdf"))
    assert at.error and at.error[0].value.startswith("Not fetched: ") and "application/pdf" in at.error[0].value
    assert not at.subheader  # no preview


def test_read_only_sessions_get_no_url_field(data_dir: Path, monkeypatch, local_only: None) -> None:
    monkeypatch.setenv(access.ENV_ADDRESS, "0.0.0.0")  # served on the network without reviewers
    at = page("add")
    assert not [t for t in at.text_input if t.key and t.key.startswith("add_page_url")]


def test_the_feeds_page_shows_each_feed_and_its_last_update(data_dir: Path, local_only: None) -> None:
    with store.open_store(data_dir) as db:
        db.add_feed("https://news.example/rss")
        db.add_feed("https://other.example/atom")
        db.record_feed_check("https://news.example/rss", status="2 new entries, 2 articles added", title="Diario",
                             etag='"x"', articles_added=2)
    at = page("feeds")
    table = at.dataframe[0].value
    assert list(table["feed"]) == ["Diario", "(not fetched yet)"]  # by address
    assert list(table["articles brought"]) == [2, 0] and list(table["last update"])[1] == "never"
    assert list(table["last update"])[0].startswith("20")
    assert {m.label: m.value for m in at.metric}["Articles brought"] == "2"


def test_the_feeds_page_without_feeds(data_dir: Path) -> None:
    at = page("feeds")
    assert at.info and "No feed" in at.info[0].value
