"""A small HTTP server on 127.0.0.1 for the web tests: pages and feeds written in the
tests, a request log, ETag/Last-Modified on feeds, and misbehaving routes (a slow page,
a huge page, a redirect loop, a PDF). Nothing in the tests goes anywhere else."""
from __future__ import annotations

import email.utils
import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = False        # answer ETag/Last-Modified and 304 when they match
    stream_forever: bool = False     # no Content-Length, chunks until the client hangs up
    hang: bool = False               # send nothing until the server stops
    length_header: int | None = None  # a Content-Length to announce instead of the real one


@dataclass
class Logged:
    path: str
    headers: dict[str, str]
    status: int


LAST_MODIFIED = email.utils.formatdate(1767225600, usegmt=True)  # 2026-01-01


class LocalWeb:
    """``with LocalWeb() as web: web.routes["/a"] = Route(b"...")``; ``web.url("/a")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Logged] = []
        self.stopping = threading.Event()
        web = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet test output
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                web.serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> "LocalWeb":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def requests_to(self, path: str) -> list[Logged]:
        return [r for r in self.log if r.path == path]

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(handler.path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        if route is None:
            route = Route(b"not here", "text/plain", 404)
        status = route.status
        extra = dict(route.headers)
        if route.conditional:
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:12] + '"'
            extra.update({"ETag": etag, "Last-Modified": LAST_MODIFIED})
            if headers.get("if-none-match") == etag or (
                    "if-none-match" not in headers and headers.get("if-modified-since") == LAST_MODIFIED):
                status = 304
        self.log.append(Logged(handler.path, headers, status))
        if route.hang:
            self.stopping.wait(30)
            return
        handler.send_response(status)
        handler.send_header("Content-Type", route.content_type)
        for name, value in extra.items():
            handler.send_header(name, value)
        if route.stream_forever:
            handler.send_header("Connection", "close")
            handler.end_headers()
            try:
                while not self.stopping.is_set():
                    handler.wfile.write(b"<p>" + b"x" * 65_000 + b"</p>")
            except OSError:
                pass  # the client stopped reading: what the test wants
            return
        body = b"" if status == 304 else route.body
        handler.send_header("Content-Length", str(route.length_header if route.length_header is not None
                                                  else len(body)))
        handler.end_headers()
        try:
            handler.wfile.write(body if route.length_header is None else body[:1024])
        except OSError:
            pass


def rss(items: list[tuple[str, str, str]], title: str = "Noticias") -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items."""
    entries = "".join(f"<item><guid>{g}</guid><link>{link}</link><title>{t}</title></item>"
                      for g, link, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://127.0.0.1/</link><description>d</description>{entries}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str]], title: str = "Atom news") -> bytes:
    entries = "".join(f'<entry><id>{g}</id><link href="{link}"/><title>{t}</title>'
                      "<updated>2026-02-22T00:00:00Z</updated></entry>" for g, link, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>urn:x</id><updated>2026-02-22T00:00:00Z</updated>{entries}</feed>").encode()



@pytest.fixture
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection from this process to anywhere but 127.0.0.1 fails the test."""
    import socket
    real = socket.create_connection

    def guarded(address: Any, *args: Any, **kwargs: Any) -> Any:
        assert address[0] == "127.0.0.1", f"a test tried to reach {address!r}"
        return real(address, *args, **kwargs)
    monkeypatch.setattr(socket, "create_connection", guarded)


@pytest.fixture
def web(local_only: None) -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield server
