"""``python -m app fetch`` and ``python -m app feeds`` against a local server: what the
issue's "done when" asks (the article text and metadata date only, feeds updated twice
add their entries once with conditional requests, a near-copy adds no incidents)."""
from __future__ import annotations

import contextlib
import functools
import subprocess
import sys
from pathlib import Path

import pytest

from app import feeds, pages, store
from app.__main__ import main
from app.fetch import Fetcher
from tests.web.pages import (ARTICLE_TEXT_START, ARTICLE_WITH_FURNITURE, FURNITURE_WORDS, NEAR_COPY,
                             OTHER_ARTICLE, page)
from tests.web.server import LocalWeb, Route, local_only, rss, atom, web  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """One request per second per host is tested in tests/test_fetch.py; here it would only slow."""
    quick = functools.partial(Fetcher, min_interval=0)
    monkeypatch.setattr(pages, "Fetcher", quick)
    monkeypatch.setattr(feeds, "Fetcher", quick)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out.splitlines(), err.splitlines()


def stored(data: Path) -> tuple[dict, list[dict]]:
    with store.open_store(data) as db:
        articles = {i: db.stored_article(i) for i in db.article_ids()}
        return articles, db.records()


def test_fetch_stores_only_the_article_text_and_its_metadata_date(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/news/celaya"] = Route(ARTICLE_WITH_FURNITURE.encode())
    status, out, err = run(capsys, "fetch", web.url("/news/celaya"), "--data", str(tmp_path))
    assert status == 0 and err == [] and "Saved article" in out[0]
    articles, records = stored(tmp_path)
    [article] = articles.values()
    assert article["text"].startswith("Bloqueos e incendios en Celaya") and ARTICLE_TEXT_START in article["text"]
    for word in FURNITURE_WORDS:
        assert word not in article["text"], word
    assert article["published"] == "2026-02-22" and article["url"] == web.url("/news/celaya")
    assert article["origin"] == "fetch" and article["source"] == "Diario del Bajío"
    assert records and {r["admin1"] for r in records} == {"Guanajuato"}
    assert {r["event_date"] for r in records} == {"2026-02-22"}  # "este domingo" anchored on the meta date
    assert (tmp_path / "incidents.csv").exists()


def test_each_failing_url_gets_one_line_and_the_others_go_on(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/a"] = Route(ARTICLE_WITH_FURNITURE.encode())
    web.routes["/report.pdf"] = Route(b"%PDF", "application/pdf")
    web.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    web.routes["/private/x"] = Route(OTHER_ARTICLE.encode())
    web.routes["/b"] = Route(OTHER_ARTICLE.encode())
    urls = [web.url(p) for p in ("/a", "/report.pdf", "/loop", "/missing", "/private/x", "/b")] + ["ftp://x/"]
    status, out, err = run(capsys, "fetch", *urls, "--data", str(tmp_path))
    assert status == 1
    assert len(err) == 5 and all(line.startswith("error: ") for line in err)
    assert [e.split(": ")[1] for e in err[:4]] == [web.url("/report.pdf"), web.url("/loop"), web.url("/missing"),
                                                    web.url("/private/x")]
    assert "robots.txt" in err[3] and "not an http" in err[4]
    assert len(out) == 2 and len(stored(tmp_path)[0]) == 2


def test_a_near_copy_under_another_url_adds_no_incidents(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/original"] = Route(ARTICLE_WITH_FURNITURE.encode())
    web.routes["/copy"] = Route(NEAR_COPY.encode())
    run(capsys, "fetch", web.url("/original"), "--data", str(tmp_path))
    before = stored(tmp_path)[1]
    status, out, _ = run(capsys, "fetch", web.url("/copy"), "--data", str(tmp_path))
    assert status == 0 and "near-copy" in out[0]
    articles, records = stored(tmp_path)
    assert len(articles) == 1 and records == before
    with store.open_store(tmp_path) as db:
        assert db.sources(next(iter(articles))) == [web.url("/original"), web.url("/copy")]


def test_a_different_article_on_the_same_site_is_added(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/original"] = Route(ARTICLE_WITH_FURNITURE.encode())
    web.routes["/other"] = Route(OTHER_ARTICLE.encode())
    run(capsys, "fetch", web.url("/original"), web.url("/other"), "--data", str(tmp_path))
    articles, records = stored(tmp_path)
    assert len(articles) == 2 and {"Guanajuato", "Sinaloa"} <= {r["admin1"] for r in records}


def feed_items(web: LocalWeb, paths: list[str]) -> list[tuple[str, str, str]]:
    return [(f"urn:news:{p}", web.url(p), p) for p in paths]


def test_feeds_update_twice_adds_the_new_entries_once(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/n/1"] = Route(ARTICLE_WITH_FURNITURE.encode())
    web.routes["/n/2"] = Route(OTHER_ARTICLE.encode())
    web.routes["/n/3"] = Route(page("Bloqueo en Uruapan", "Pobladores bloquearon la carretera en Uruapan, "
                                    "Michoacán, el 20 de febrero de 2026 tras la detención de un líder local."))
    web.routes["/feed.xml"] = Route(rss(feed_items(web, ["/n/1", "/n/2"]), "Diario"), "application/rss+xml",
                                    conditional=True)
    data = str(tmp_path)
    assert run(capsys, "feeds", "add", web.url("/feed.xml"), "--data", data)[0] == 0
    status, out, err = run(capsys, "feeds", "update", "--data", data)
    assert status == 0 and err == [] and out == [f"{web.url('/feed.xml')}: 2 new entries, 2 articles added"]
    first = stored(tmp_path)
    assert len(first[0]) == 2 and first[1]

    status, out, _ = run(capsys, "feeds", "update", "--data", data)
    assert status == 0 and out == [f"{web.url('/feed.xml')}: not modified"]
    conditional = web.requests_to("/feed.xml")[-1]
    assert conditional.status == 304 and conditional.headers["if-none-match"]
    assert stored(tmp_path) == first

    # the feed gains an entry: only that one is fetched
    web.routes["/feed.xml"].body = rss(feed_items(web, ["/n/3", "/n/1", "/n/2"]), "Diario")
    status, out, _ = run(capsys, "feeds", "update", "--data", data)
    assert out == [f"{web.url('/feed.xml')}: 1 new entries, 1 articles added"]
    assert [len(web.requests_to(p)) for p in ("/n/1", "/n/2", "/n/3")] == [1, 1, 1]
    status, out, _ = run(capsys, "feeds", "list", "--data", data)
    assert out[0].startswith(web.url("/feed.xml") + "\tDiario\tlast update 20") and "\t3 articles\t" in out[0]


def test_a_feed_that_fails_is_reported_and_the_others_updated(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/n/1"] = Route(ARTICLE_WITH_FURNITURE.encode())
    web.routes["/atom.xml"] = Route(atom(feed_items(web, ["/n/1"])), "application/atom+xml")
    web.routes["/broken.xml"] = Route(b"<html>not a feed</html>", "text/html")
    web.routes["/garbage.xml"] = Route(b"\x00\x01 nothing", "application/xml")
    data = str(tmp_path)
    for path in ("/broken.xml", "/atom.xml", "/garbage.xml"):
        run(capsys, "feeds", "add", web.url(path), "--data", data)
    status, out, err = run(capsys, "feeds", "update", "--data", data)
    assert status == 1 and len(err) == 2
    assert "text/html is not a type read here" in err[0] and "not an RSS or Atom feed" in err[1]
    assert f"{web.url('/atom.xml')}: 1 new entries, 1 articles added" in out
    with store.open_store(tmp_path) as db:
        by_url = {f.url: f for f in db.feeds()}
    assert by_url[web.url("/atom.xml")].articles_added == 1 and by_url[web.url("/atom.xml")].title == "Atom news"
    assert by_url[web.url("/broken.xml")].last_status.startswith("failed: ")


def test_an_entry_that_failed_for_a_passing_reason_is_tried_again(web: LocalWeb, tmp_path: Path, capsys) -> None:
    web.routes["/n/1"] = Route(b"busy", "text/plain", 503)
    web.routes["/n/2"] = Route(b"%PDF", "application/pdf")
    web.routes["/feed.xml"] = Route(rss(feed_items(web, ["/n/1", "/n/2"])), "application/rss+xml")
    data = str(tmp_path)
    run(capsys, "feeds", "add", web.url("/feed.xml"), "--data", data)
    assert run(capsys, "feeds", "update", "--data", data)[0] == 1
    web.routes["/n/1"] = Route(ARTICLE_WITH_FURNITURE.encode())
    status, out, _ = run(capsys, "feeds", "update", "--data", data)
    assert status == 0 and out == [f"{web.url('/feed.xml')}: 1 new entries, 1 articles added"]
    assert len(web.requests_to("/n/2")) == 1  # a PDF stays a PDF: not asked again


def test_feeds_add_list_remove_need_no_network(tmp_path: Path, capsys, local_only: None) -> None:
    data = str(tmp_path)
    assert run(capsys, "feeds", "add", "https://news.example/rss", "--data", data)[1] == [
        "https://news.example/rss: following it; `feeds update` fetches it"]
    assert run(capsys, "feeds", "add", "https://news.example/rss", "--data", data)[1][0].endswith("already followed")
    assert run(capsys, "feeds", "add", "javascript:alert(1)", "--data", data)[0] == 2
    assert run(capsys, "feeds", "list", "--data", data)[1] == [
        "https://news.example/rss\t-\tlast update never\t0 articles\t-"]
    assert run(capsys, "feeds", "remove", "https://news.example/rss", "--data", data)[0] == 0
    assert run(capsys, "feeds", "remove", "https://news.example/rss", "--data", data)[0] == 1
    assert run(capsys, "feeds", "list", "--data", data)[1] == []


def test_the_fetch_command_end_to_end(web: LocalWeb, tmp_path: Path) -> None:
    """As a user runs it (its own process, the real one-second spacing)."""
    web.routes["/news/celaya"] = Route(ARTICLE_WITH_FURNITURE.encode())
    done = subprocess.run([sys.executable, "-m", "app", "fetch", web.url("/news/celaya"), "--data", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(web.url("/news/celaya") + ": Saved article")
    assert len(web.requests_to("/robots.txt")) == 1
