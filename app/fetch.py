"""Getting pages and feeds from the web: one GET at a time, within bounds and politely.

Only ``python -m app fetch``, ``python -m app feeds update`` and the Add page's URL field
use the network; everything else works offline. The network itself is an adapter handed
to the ``Fetcher`` (as geopy hands its geocoders an adapter): ``UrllibAdapter`` by
default, any object with the same ``get`` in tests. The Fetcher adds the rules:

- only http and https; a timeout on every socket operation and a deadline for the whole
  response (a page that trickles a byte a second is cut off);
- a size cap (``MAX_BYTES``, the article limit): a larger Content-Length is refused before
  reading, a body without one is read up to the cap and refused past it; bodies are asked
  for uncompressed, so the cap is what reaches memory;
- only the content types asked for (pages: HTML and plain text; feeds: RSS, Atom, XML);
- at most ``MAX_REDIRECTS`` redirects, and a loop is named as one;
- at most one request per second per host (robots.txt included), robots.txt respected
  (RFC 9309: a missing one allows everything, an unreachable one allows nothing), and a
  User-Agent naming the project;
- conditional requests (ETag, Last-Modified) for feeds.

Every failure is a ``FetchError`` whose message is one line naming the URL; ``transient``
says whether trying again later may help (a timeout, a 503) or not (robots.txt, a PDF).
"""
from __future__ import annotations

import email.message
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Callable, Mapping, Protocol

from app.articles import MAX_BYTES, checked_url, display_name

USER_AGENT = ("mx-incident-map/1.0 (reads news about cartel violence in Mexico for an incident map; "
              "python -m app fetch)")
TIMEOUT = 15.0             # seconds per socket operation (connect, each read)
DEADLINE = 60.0            # seconds for a whole response, however it trickles in
MAX_REDIRECTS = 5
MIN_INTERVAL = 1.0         # seconds between two requests to the same host
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB of robots.txt
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line naming it."""

    transient = False  # True: the same request may work later (timeouts, 5xx, 429)


class FetchRefused(FetchError):
    """We chose not to read it: not http(s), too large, another content type, robots.txt."""


class FetchRedirectError(FetchError):
    """Too many redirects, a redirect loop, or a redirect to something that is no web page."""


class FetchHTTPError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status
        self.transient = status >= 500 or status in (408, 429)


class FetchNetworkError(FetchError):
    """No answer: the name does not resolve, the connection is refused or reset, a timeout."""

    transient = True


@dataclass(frozen=True)
class RawResponse:
    """One HTTP answer as an adapter returns it: redirects are not followed."""

    status: int
    headers: Mapping[str, str]  # names in lower case
    body: bytes = b""


class Adapter(Protocol):
    def get(self, url: str, *, headers: Mapping[str, str], timeout: float, deadline: float,
            max_bytes: int) -> RawResponse:
        """GET ``url`` once (no redirects followed). A body longer than ``max_bytes`` is
        returned cut at ``max_bytes + 1`` bytes; raise FetchNetworkError when no answer
        comes (``timeout`` per operation, ``deadline`` seconds in all), FetchRefused when a
        Content-Length is over ``max_bytes``."""
        ...


@dataclass(frozen=True)
class Fetched:
    """A page or feed the Fetcher got, or learnt is unchanged (``not_modified``)."""

    url: str                 # as asked for
    final_url: str           # after redirects
    status: int              # 200 or 304
    content_type: str = ""   # "text/html", without parameters
    charset: str = ""
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def is_html(self) -> bool:
        return self.content_type in ("text/html", "application/xhtml+xml")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers: the Fetcher follows them itself, with its checks."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class UrllibAdapter:
    """The standard library's HTTP client: direct connections (no proxy from the
    environment), no redirects followed, the body read in chunks up to the cap."""

    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())

    def get(self, url: str, *, headers: Mapping[str, str], timeout: float, deadline: float,
            max_bytes: int) -> RawResponse:
        request = urllib.request.Request(url, headers=dict(headers), method="GET")
        started = time.monotonic()
        try:
            try:
                response = self._opener.open(request, timeout=timeout)
            except urllib.error.HTTPError as answer:  # 3xx, 4xx, 5xx: an answer all the same
                response = answer
            with response:
                found = {k.lower(): v for k, v in response.headers.items()}
                length = found.get("content-length", "")
                if length.isdigit() and int(length) > max_bytes and 200 <= response.status < 300:
                    raise FetchRefused(f"{display_name(url)}: {int(length)} bytes is over the "
                                       f"{max_bytes // (1024 * 1024)} MB limit; not read")
                chunks: list[bytes] = []
                size = 0
                while size <= max_bytes:
                    if time.monotonic() - started > deadline:
                        raise FetchNetworkError(f"{display_name(url)}: no complete answer within {deadline:g} s")
                    chunk = response.read(min(_CHUNK, max_bytes + 1 - size))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                return RawResponse(response.status, found, b"".join(chunks))
        except FetchError:
            raise
        except (socket.timeout, TimeoutError) as exc:
            raise FetchNetworkError(f"{display_name(url)}: no answer within {timeout:g} s") from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise FetchNetworkError(f"{display_name(url)}: cannot connect ({' '.join(str(reason).split())[:120]})") from exc
        except Exception as exc:  # noqa: BLE001 - http.client's protocol errors (a broken server)
            raise FetchNetworkError(f"{display_name(url)}: broken answer ({type(exc).__name__})") from exc


def _media_type(value: str) -> tuple[str, str]:
    """("text/html", "utf-8") from a Content-Type header."""
    message = email.message.Message()
    message["content-type"] = value or "application/octet-stream"
    return message.get_content_type(), str(message.get_param("charset") or "")


@dataclass
class Fetcher:
    """GETs with the project's rules (see the module's doc); keeps, per host, the time of
    the last request and the parsed robots.txt. ``clock`` and ``sleep`` are for tests."""

    adapter: Adapter = field(default_factory=UrllibAdapter)
    user_agent: str = USER_AGENT
    timeout: float = TIMEOUT
    deadline: float = DEADLINE
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    min_interval: float = MIN_INTERVAL
    respect_robots: bool = True
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last_request: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _robots: dict[str, urllib.robotparser.RobotFileParser | bool] = field(default_factory=dict, init=False,
                                                                          repr=False)

    def get(self, url: str, *, accept: tuple[str, ...] = PAGE_TYPES, etag: str = "",
            last_modified: str = "") -> Fetched:
        """The page at ``url`` (redirects followed) when its type is one of ``accept``; a
        304 when ``etag``/``last_modified`` say we have it. Raises FetchError."""
        current = checked_url(url)
        if not current:
            raise FetchRefused(f"{display_name(url[:200])}: not an http(s) address")
        seen = {current}
        for _ in range(self.max_redirects + 1):
            self._check_robots(current)
            headers = {"User-Agent": self.user_agent, "Accept": ", ".join(accept) + ", */*;q=0.1",
                       "Accept-Encoding": "identity"}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            answer = self._request(current, headers, self.max_bytes)
            if answer.status in _REDIRECTS and answer.headers.get("location"):
                target = checked_url(urllib.parse.urljoin(current, answer.headers["location"].strip()))
                if not target:
                    raise FetchRedirectError(f"{display_name(url)}: redirected to something that is not an "
                                             "http(s) address")
                if target in seen:
                    raise FetchRedirectError(f"{display_name(url)}: redirect loop (back to {display_name(target)})")
                seen.add(target)
                current = target
                continue
            return self._accepted(url, current, answer, accept)
        raise FetchRedirectError(f"{display_name(url)}: more than {self.max_redirects} redirects")

    def _accepted(self, url: str, final: str, answer: RawResponse, accept: tuple[str, ...]) -> Fetched:
        etag, modified = answer.headers.get("etag", ""), answer.headers.get("last-modified", "")
        if answer.status == 304:
            return Fetched(url, final, 304, etag=etag, last_modified=modified)
        if not 200 <= answer.status < 300:
            raise FetchHTTPError(f"{display_name(url)}: the server answered {answer.status}", answer.status)
        media, charset = _media_type(answer.headers.get("content-type", ""))
        if media not in accept:
            raise FetchRefused(f"{display_name(url)}: {display_name(media)} is not a type read here "
                               f"({', '.join(accept)})")
        if len(answer.body) > self.max_bytes:
            raise FetchRefused(f"{display_name(url)}: over the {self.max_bytes // (1024 * 1024)} MB limit; not read")
        return Fetched(url, final, answer.status, media, charset, answer.body, etag, modified)

    def _request(self, url: str, headers: Mapping[str, str], max_bytes: int) -> RawResponse:
        """One request through the adapter, after waiting for this host's turn."""
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = self.min_interval - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        try:
            return self.adapter.get(url, headers=headers, timeout=self.timeout, deadline=self.deadline,
                                    max_bytes=max_bytes)
        finally:
            self._last_request[host] = self.clock()

    def _check_robots(self, url: str) -> None:
        if not self.respect_robots:
            return
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        allowed = rules if isinstance(rules, bool) else rules.can_fetch(self.user_agent, url)
        if not allowed:
            raise FetchRefused(f"{display_name(url)}: robots.txt of {display_name(origin)} does not allow it")

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | bool:
        """The origin's robots.txt (redirects followed a few times); True when there is none
        (4xx: everything allowed), False when it cannot be reached (5xx, no answer)."""
        url = origin + "/robots.txt"
        for _ in range(self.max_redirects + 1):
            try:
                answer = self._request(url, {"User-Agent": self.user_agent, "Accept-Encoding": "identity"},
                                       ROBOTS_MAX_BYTES)
            except FetchRefused:  # larger than the cap: read nothing rather than half
                return False
            except FetchError:
                return False
            if answer.status in _REDIRECTS and answer.headers.get("location"):
                url = checked_url(urllib.parse.urljoin(url, answer.headers["location"].strip()))
                if not url:
                    return True
                continue
            if 400 <= answer.status < 500:
                return True
            if not 200 <= answer.status < 300:
                return False
            rules = urllib.robotparser.RobotFileParser()
            rules.parse(answer.body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace").splitlines())
            return rules
        return True
