"""app.fetch against a local server: what is read, what is refused with one line, and the
politeness rules (one request per second per host, robots.txt, a named User-Agent)."""
from __future__ import annotations

import pytest

from app.fetch import (FEED_TYPES, USER_AGENT, Fetcher, FetchError, FetchHTTPError, FetchNetworkError,
                       FetchRedirectError, FetchRefused, RawResponse)
from tests.web.pages import ARTICLE_WITH_FURNITURE
from tests.web.server import LocalWeb, Route, local_only, rss, web  # noqa: F401 - fixtures

MB = 1024 * 1024


def quick(**options: object) -> Fetcher:
    """A Fetcher that does not wait between requests (the waiting is tested on its own)."""
    return Fetcher(min_interval=0, **options)  # type: ignore[arg-type]


def test_a_page_is_fetched_with_the_projects_user_agent(web: LocalWeb) -> None:
    web.routes["/news/a.html"] = Route(ARTICLE_WITH_FURNITURE.encode())
    got = quick().get(web.url("/news/a.html"))
    assert got.status == 200 and got.is_html and got.charset == "utf-8"
    assert got.body == ARTICLE_WITH_FURNITURE.encode()
    assert web.requests_to("/news/a.html")[0].headers["user-agent"] == USER_AGENT
    assert "mx-incident-map" in USER_AGENT


def test_plain_text_is_read_and_redirects_are_followed(web: LocalWeb) -> None:
    web.routes["/old"] = Route(status=301, headers={"Location": "/new.txt"})
    web.routes["/new.txt"] = Route("Bloqueos en Celaya.".encode(), "text/plain")
    got = quick().get(web.url("/old"))
    assert got.final_url == web.url("/new.txt") and got.body == "Bloqueos en Celaya.".encode()


def one_line(error: pytest.ExceptionInfo[FetchError], url: str) -> str:
    message = str(error.value)
    assert "\n" not in message and message.startswith(url)
    return message


def test_a_redirect_loop_is_named_as_one(web: LocalWeb) -> None:
    web.routes["/loop-a"] = Route(status=302, headers={"Location": "/loop-b"})
    web.routes["/loop-b"] = Route(status=302, headers={"Location": "/loop-a"})
    with pytest.raises(FetchRedirectError) as caught:
        quick().get(web.url("/loop-a"))
    assert "redirect loop" in one_line(caught, web.url("/loop-a"))
    assert len(web.requests_to("/loop-a")) == 1 and len(web.requests_to("/loop-b")) == 1


def test_redirects_are_bounded(web: LocalWeb) -> None:
    for n in range(10):
        web.routes[f"/hop{n}"] = Route(status=307, headers={"Location": f"/hop{n + 1}"})
    with pytest.raises(FetchRedirectError) as caught:
        quick(max_redirects=3).get(web.url("/hop0"))
    assert "more than 3 redirects" in one_line(caught, web.url("/hop0"))
    assert not web.requests_to("/hop5")


def test_a_redirect_to_another_scheme_is_refused(web: LocalWeb) -> None:
    web.routes["/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchRedirectError, match="not an http"):
        quick().get(web.url("/to-file"))


def test_other_content_types_are_refused(web: LocalWeb) -> None:
    web.routes["/report.pdf"] = Route(b"%PDF-1.7 ...", "application/pdf")
    with pytest.raises(FetchRefused) as caught:
        quick().get(web.url("/report.pdf"))
    assert "application/pdf is not a type read here" in one_line(caught, web.url("/report.pdf"))
    web.routes["/feed"] = Route(rss([]), "application/rss+xml")
    with pytest.raises(FetchRefused):
        quick().get(web.url("/feed"))  # a page is asked for
    assert quick().get(web.url("/feed"), accept=FEED_TYPES).content_type == "application/rss+xml"


def test_a_huge_page_announced_as_such_is_not_read(web: LocalWeb) -> None:
    web.routes["/huge"] = Route(b"<p>x</p>", length_header=50 * MB)
    with pytest.raises(FetchRefused) as caught:
        quick(max_bytes=1 * MB).get(web.url("/huge"))
    assert "52428800 bytes is over the 1 MB limit" in one_line(caught, web.url("/huge"))


def test_a_huge_page_without_a_length_is_cut_at_the_cap(web: LocalWeb) -> None:
    web.routes["/endless"] = Route(stream_forever=True)
    with pytest.raises(FetchRefused) as caught:
        quick(max_bytes=1 * MB).get(web.url("/endless"))
    assert "over the 1 MB limit" in one_line(caught, web.url("/endless"))


def test_a_page_that_never_answers_times_out(web: LocalWeb) -> None:
    web.routes["/slow"] = Route(hang=True)
    with pytest.raises(FetchNetworkError) as caught:
        quick(timeout=0.3).get(web.url("/slow"))
    assert "no answer within 0.3 s" in one_line(caught, web.url("/slow"))
    assert caught.value.transient


def test_error_statuses_say_whether_to_try_again(web: LocalWeb) -> None:
    web.routes["/gone"] = Route(b"gone", status=410)
    web.routes["/down"] = Route(b"down", status=503)
    with pytest.raises(FetchHTTPError) as gone:
        quick().get(web.url("/gone"))
    with pytest.raises(FetchHTTPError) as down:
        quick().get(web.url("/down"))
    assert "answered 410" in one_line(gone, web.url("/gone")) and not gone.value.transient
    assert down.value.transient


def test_nothing_listens_there(local_only: None) -> None:
    with pytest.raises(FetchNetworkError, match="cannot connect"):
        quick(respect_robots=False).get("http://127.0.0.1:9/")


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)", "not a url"])
def test_only_http_addresses(url: str) -> None:
    with pytest.raises(FetchRefused, match="not an http"):
        quick().get(url)


def test_robots_txt_is_respected_and_read_once(web: LocalWeb) -> None:
    web.routes["/private/a.html"] = Route(ARTICLE_WITH_FURNITURE.encode())
    web.routes["/ok.html"] = Route(ARTICLE_WITH_FURNITURE.encode())
    fetcher = quick()
    with pytest.raises(FetchRefused) as caught:
        fetcher.get(web.url("/private/a.html"))
    assert "robots.txt" in one_line(caught, web.url("/private/a.html"))
    assert not web.requests_to("/private/a.html")
    fetcher.get(web.url("/ok.html"))
    assert len(web.requests_to("/robots.txt")) == 1


def test_a_missing_robots_txt_allows_and_an_unreachable_one_forbids(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Route(b"no", "text/plain", 404)
    web.routes["/a.txt"] = Route(b"Bloqueos.", "text/plain")
    assert quick().get(web.url("/a.txt")).status == 200
    web.routes["/robots.txt"] = Route(b"down", "text/plain", 503)
    with pytest.raises(FetchRefused, match="robots.txt"):
        quick().get(web.url("/a.txt"))


def test_conditional_requests_get_304(web: LocalWeb) -> None:
    web.routes["/feed.xml"] = Route(rss([("1", "http://127.0.0.1/a", "A")]), "application/rss+xml",
                                    conditional=True)
    first = quick().get(web.url("/feed.xml"), accept=FEED_TYPES)
    assert first.status == 200 and first.etag and first.last_modified
    again = quick().get(web.url("/feed.xml"), accept=FEED_TYPES, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert web.requests_to("/feed.xml")[-1].headers["if-none-match"] == first.etag


class FakeClock:
    """Time that moves only when the Fetcher sleeps (or a request 'takes' 0.1 s)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


class RecordingAdapter:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.calls = clock, []  # type: ignore[var-annotated]

    def get(self, url: str, **options: object) -> RawResponse:
        self.calls.append((url, self.clock.now))
        self.clock.now += 0.1
        if url.endswith("/robots.txt"):
            return RawResponse(404, {})
        return RawResponse(200, {"content-type": "text/html"}, b"<p>x</p>")


def test_at_most_one_request_per_second_per_host() -> None:
    clock = FakeClock()
    adapter = RecordingAdapter(clock)
    fetcher = Fetcher(adapter=adapter, clock=clock, sleep=clock.sleep)
    for url in ("http://a.test/1", "http://a.test/2", "http://b.test/1", "http://a.test/3"):
        fetcher.get(url)
    by_host: dict[str, list[float]] = {}
    for url, at in adapter.calls:
        by_host.setdefault(url.split("/")[2], []).append(at)
    for times in by_host.values():
        assert all(later - earlier >= 1.0 - 1e-9 for earlier, later in zip(times, times[1:])), times
    assert [u for u, _ in adapter.calls] == ["http://a.test/robots.txt", "http://a.test/1", "http://a.test/2",
                                             "http://b.test/robots.txt", "http://b.test/1", "http://a.test/3"]
    assert clock.slept == [1.0, 1.0, 1.0]  # a.test/3 did not wait: b.test came between
