"""Headless Chromium helpers for the dashboard benchmark: a fresh page, its bytes, a drawn map."""
from __future__ import annotations

import base64
import zlib

import contextlib
import time
from typing import Any, Iterator
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
# Every host name but localhost resolves to nothing: the page cannot leave the machine.
# (Not Playwright's request routing: routing switches the browser's HTTP cache off, and a
# repeat visit would then fetch everything again as no real browser does.)
BLOCK_OTHER_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 BLOCK_OTHER_HOSTS]
VIEWPORT = {"width": 1400, "height": 1000}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}

# True when a Leaflet map in the page, or in a same-origin iframe (streamlit-folium's), has
# state shapes, something in its marker pane, and ``expected`` incidents: in our incident
# layer (clustered by supercluster, static/mx/incident_map.js: ``shown`` points in the
# current view, drawn at least once) or as plain markers (the naive page). All O(1), so
# polling does not slow down a page of 100,000 markers.
MAP_READY_JS = """([expected, clustered]) => {
    const wins = [window, ...Array.from(document.querySelectorAll('iframe'), f => f.contentWindow)];
    for (const w of wins) {
        let d; try { d = w && w.document; } catch (e) { continue; }
        if (!d || !w.L || !d.querySelector('.leaflet-overlay-pane path')) continue;
        const pane = d.querySelector('.leaflet-marker-pane');
        if (!pane || pane.childElementCount === 0) continue;
        if (!clustered) { if (pane.childElementCount >= expected) return true; continue; }
        const layer = w.MxIncidents && w.MxIncidents.current;
        if (layer && layer.shown === expected && layer.drawnShown === expected) return true;
    }
    return false;
}"""
NEXT_FRAME_JS = "() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))"


class Meter:
    """Bytes a page receives, from Chromium's own network accounting (CDP): HTTP responses as
    sent (encodedDataLength: compressed where the server compresses, with headers) plus
    WebSocket messages (Streamlit sends the map's HTML and the tables over its WebSocket).

    Chromium reports WebSocket payloads after decompression, so ``bytes`` counts them
    uncompressed even when the server compresses them (permessage-deflate).
    ``wire_estimate`` counts each frame deflated on its own instead: an upper bound of what a
    compressing server sends, since the real extension also reuses its window across frames."""

    def __init__(self, context: Any, page: Any) -> None:
        self.bytes = 0
        self.wire_estimate = 0
        self.foreign: list[str] = []
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.on("Network.requestWillBeSent", self._request)
        session.on("Network.loadingFinished", self._http)
        session.on("Network.webSocketFrameReceived", self._websocket)

    def _request(self, event: dict[str, Any]) -> None:
        url = (event.get("request") or {}).get("url") or ""
        if urlparse(url).scheme in ("http", "https", "ws", "wss") and urlparse(url).hostname not in LOCAL_HOSTS:
            self.foreign.append(url)  # never answered: the host resolves to nothing

    def _http(self, event: dict[str, Any]) -> None:
        size = int(event.get("encodedDataLength") or 0)
        self.bytes += size
        self.wire_estimate += size

    def _websocket(self, event: dict[str, Any]) -> None:
        response = event.get("response") or {}
        payload = response.get("payloadData") or ""
        # binary frames (opcode 2: Streamlit's protobuf messages) come base64-encoded
        raw = base64.b64decode(payload) if response.get("opcode") == 2 else payload.encode()
        self.bytes += len(raw)
        self.wire_estimate += len(zlib.compress(raw, 6))


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@contextlib.contextmanager
def fresh_page(browser: Any) -> Iterator[tuple[Any, Meter]]:
    """A page in a new context (empty cache, HTTP cache on); requests off localhost are counted
    and fail (``BLOCK_OTHER_HOSTS``)."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        meter = Meter(context, page)
        yield page, meter
    finally:
        context.close()


def wait_drawn(page: Any, expected: int, clustered: bool, started: float, timeout: float) -> float | None:
    """Seconds from ``started`` until the map is drawn with ``expected`` incidents and one more
    frame has been painted; None when that did not happen within ``timeout`` seconds.

    Playwright cannot always enforce this timeout while the page's main thread is busy
    parsing a huge document: callers that may meet such a page run it in a child process
    (naive_map.load_in_child) and kill that instead.
    """
    from playwright.sync_api import Error as PlaywrightError

    remaining = timeout - (time.perf_counter() - started)
    try:
        page.wait_for_function(MAP_READY_JS, arg=[expected, clustered], polling=50,
                               timeout=max(1.0, remaining) * 1000)
        page.evaluate(NEXT_FRAME_JS)
    except PlaywrightError:  # includes TimeoutError; a page that crashed is not drawn either
        return None
    elapsed = time.perf_counter() - started
    return elapsed if elapsed <= timeout else None  # a busy page can overrun the timeout
