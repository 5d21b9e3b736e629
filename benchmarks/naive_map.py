"""The naive way to map incidents, for bench_dashboard: plain folium, one Marker per incident.

No clustering, no compact rows: every incident is a ``folium.Marker`` with an HTML popup
(type, date, place, evidence), over the same state shapes as a plain ``folium.GeoJson``.
This is what a first folium dashboard does. The page loads Leaflet and jQuery from the
same local copies as ours (app/dashboard/assets.py), served by a throwaway http.server on
localhost, so neither page touches a CDN and the comparison is about the map, not assets.
"""
from __future__ import annotations

import contextlib
import functools
import html
import http.server
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import folium

from app.dashboard import assets
from benchmarks import browser as browser_tools

ROOT = Path(__file__).resolve().parents[1]

PAGE_NAME = "naive.html"


def naive_map(records: Sequence[Mapping[str, Any]], states_geojson: Mapping[str, Any] | None) -> folium.Map:
    """One folium.Marker (default icon, HTML popup) per record, states as plain GeoJSON."""
    fmap = folium.Map(location=(23.6, -102.4), zoom_start=5, tiles=None)
    # folium's defaults point at CDNs (Leaflet, jQuery, Bootstrap, awesome-markers):
    # only the local Leaflet and jQuery, which plain markers and popups need.
    fmap.default_js = list(assets.MAP_JS)
    fmap.default_css = [assets.MAP_CSS[0]]
    if states_geojson:
        folium.GeoJson(dict(states_geojson), name="States").add_to(fmap)
    for record in records:
        folium.Marker((record["latitude"], record["longitude"]),
                      popup=folium.Popup(_popup_html(record), max_width=320)).add_to(fmap)
    return fmap


def _popup_html(record: Mapping[str, Any]) -> str:
    # Escaped: folium.Popup inserts its text as HTML.
    parts = [record["event_type"], record["event_date"], f"{record['location']}, {record['admin1']}",
             f"fatalities: {record['fatalities']}", record["evidence"]]
    return "<br>".join(html.escape(str(p)) for p in parts)


def write_page(records: Sequence[Mapping[str, Any]], states_geojson: Mapping[str, Any] | None, site: Path,
               name: str = PAGE_NAME) -> Path:
    """Render the naive page into ``site`` (next to the vendored assets); return its path."""
    page = site / name
    page.write_text(naive_map(records, states_geojson).get_root().render(), encoding="utf-8")
    return page


def prepare_site(site: Path) -> None:
    """Copy the map assets to where assets.URL_PREFIX points on the local server."""
    assets.copy_assets(vendor_dir=site / assets.URL_PREFIX.strip("/"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # one line per request would drown the figures


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """``http://127.0.0.1:PORT`` serving ``site`` from a thread, for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# ---- one page load in a child process ------------------------------------------------------
# A 100,000-marker page can keep Chromium's main thread busy for minutes, and then not even
# Playwright's own timeouts fire; the load runs in a child process (with its own Chromium)
# that is killed, with its browser, when the time is up.

def load_in_child(url: str, expected: int, timeout: float) -> dict[str, Any]:
    """{"drawn_s": seconds or None (not drawn), "bytes": received until drawn (0 if not)}.

    The child is killed ``timeout`` seconds after it starts navigating (it says when).
    """
    result_file = Path(tempfile.mkstemp(prefix="mxmap-naive-", suffix=".json")[1])
    command = [sys.executable, "-m", "benchmarks.naive_map", url, str(expected), str(timeout), str(result_file)]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    try:
        _wait_child(process, result_file, timeout)
        result = json.loads(result_file.read_text() or "{}")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        result_file.unlink(missing_ok=True)
    if result.get("foreign"):
        raise RuntimeError(f"the naive page asked for hosts off localhost: {result['foreign'][:5]}")
    return {"drawn_s": result.get("drawn_s"), "bytes": int(result.get("bytes", 0))}


def _wait_child(process: subprocess.Popen, result_file: Path, timeout: float) -> None:
    launched = time.monotonic()
    navigating: float | None = None
    while process.poll() is None:
        now = time.monotonic()
        if navigating is None and result_file.stat().st_size > 0:
            navigating = now
        # + 3 s: a page drawn just in time still gets its bytes counted and written
        if now > (navigating or launched + 30) + timeout + 3:
            return  # the caller kills it
        time.sleep(0.1)


def _child(url: str, expected: int, timeout: float, result_file: Path) -> None:
    """Load ``url`` in a fresh Chromium; keep writing what is known to ``result_file``."""
    from playwright.sync_api import Error as PlaywrightError, sync_playwright

    with sync_playwright() as playwright:
        browser = browser_tools.launch(playwright)
        with browser_tools.fresh_page(browser) as (page, meter):
            _write_json(result_file, {"drawn_s": None, "bytes": 0})  # navigating now
            started = time.perf_counter()
            with contextlib.suppress(PlaywrightError):
                page.goto(url, wait_until="commit", timeout=timeout * 1000)
            drawn = browser_tools.wait_drawn(page, expected, False, started, timeout)
            if drawn is not None:
                page.wait_for_timeout(1000)  # marker images requested as the markers went in
            _write_json(result_file, {"drawn_s": drawn, "bytes": meter.bytes, "foreign": meter.foreign})
        browser.close()


def _write_json(path: Path, value: Any) -> None:
    # whole or not at all: the parent may kill this process at any moment
    part = path.with_suffix(".part")
    part.write_text(json.dumps(value))
    os.replace(part, path)


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), Path(sys.argv[4]))
