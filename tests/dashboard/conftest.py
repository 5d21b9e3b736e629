"""Fixtures for the dashboard tests: synthetic incidents in a tmp data dir, a tiny state map."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from app.dashboard import assets, data
from app.demo import STATE_POINTS, synthetic_incidents
from app.store import import_records

REPO = Path(__file__).resolve().parents[2]
APP_FILE = str(REPO / "app" / "dashboard" / "streamlit_app.py")
OPEN_PAGE = "_test_open_page"  # session key read by _dashboard_for_tests


def _dashboard_for_tests() -> None:
    """streamlit_app.main, plus a way to open a page: the pages are functions (st.Page takes
    one), and AppTest.switch_page only reaches pages that are files (it matches registered
    script paths and raises for the others). st.switch_page takes the page object itself."""
    import streamlit as st

    from app.dashboard import streamlit_app

    streamlit_app.configure()
    pages = streamlit_app.pages()
    shown = st.navigation(pages)
    wanted = st.session_state.pop("_test_open_page", None)
    if wanted:
        st.switch_page(next(p for p in pages if (p.url_path or "map") == wanted))  # the map is at /
    shown.run()


def as_after_the_map_is_drawn(at: AppTest) -> AppTest:
    """A session as after the map reported that it is drawn: AppTest has no browser, its map
    never reports, and a session's first run would leave out the tables and the timeline
    (map_drawn.py; tested on its own)."""
    from app.dashboard.map_drawn import NEVER_HOLD

    at.session_state[NEVER_HOLD] = True
    return at


def dashboard(page: str = "map", query: dict | None = None, timeout: float = 60) -> AppTest:
    """The dashboard under AppTest, run once on ``page`` (a url path: map, add, review, feeds),
    in a session whose map has reported drawn."""
    at = as_after_the_map_is_drawn(AppTest.from_function(_dashboard_for_tests, default_timeout=timeout))
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    return open_page(at, page) if page != "map" else at


def open_page(at: AppTest, page: str) -> AppTest:
    """Go to another page in the same session, as a click in the sidebar does."""
    at.session_state[OPEN_PAGE] = page
    return at.run()


def serve_map_page(page: Any, page_html: str, points_dir: Path, requested: list[str],
                   refused: tuple[str, ...] = ()) -> None:
    """Serve a rendered map page and /app/static/ to ``page`` as Streamlit would, from the
    local vendored and own files and the published points in ``points_dir``; every request
    is noted in ``requested``, files whose names end in one of ``refused`` get a 404 and
    anything else off the page is refused."""
    from app.dashboard import points

    def route(request_route: Any) -> None:
        url = request_route.request.url.split("?")[0]
        requested.append(url)
        if url == "http://dash.local/":
            request_route.fulfill(body=page_html, content_type="text/html")
        elif url.startswith(f"http://dash.local{assets.URL_PREFIX}/"):
            request_route.fulfill(path=str(assets.VENDOR_DIR / url.split(assets.URL_PREFIX + "/")[1]))
        elif refused and url.endswith(refused):
            request_route.fulfill(status=404, body="")
        elif url.startswith(f"http://dash.local{assets.OWN_URL_PREFIX}/"):
            request_route.fulfill(path=str(assets.OWN_DIR / url.split(assets.OWN_URL_PREFIX + "/")[1]))
        elif url.startswith(f"http://dash.local{points.URL_PREFIX}/"):
            request_route.fulfill(path=str(points_dir / url.split(points.URL_PREFIX + "/")[1]),
                                  content_type="application/json")
        else:
            request_route.abort()

    page.route("**/*", route)


def square(lat: float, lon: float, half: float = 0.6) -> list[list[list[float]]]:
    return [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half],
             [lon - half, lat + half], [lon - half, lat - half]]]


def tiny_states() -> dict[str, Any]:
    """A stand-in for data/reference/states.geojson: a square around each state's point."""
    features = [{"type": "Feature", "properties": {"cve_ent": f"{i + 1:02d}", "name": name},
                 "geometry": {"type": "Polygon", "coordinates": square(lat, lon)}}
                for i, (name, (lat, lon)) in enumerate(STATE_POINTS.items())]
    return {"type": "FeatureCollection", "features": features}


# What the hostile texts would run: the browser test asserts the flag stays unset.
XSS_FLAG = "hostileTextRan"
HOSTILE_PLACE = f'<img src=x onerror="alert(1);window.top.{XSS_FLAG}=1">'
HOSTILE_MUNICIPALITY = f"<svg/onload=window.top.{XSS_FLAG}=2>"
HOSTILE_EVIDENCE = (f'=HYPERLINK("http://evil.example","click") <script>alert("xss");window.top.{XSS_FLAG}=3</script>'
                    " HYPERLINK entity &amp;lt;b&amp;gt; stays as typed")


def hostile_record() -> dict[str, Any]:
    """One record whose text tries to run script and spreadsheet formulas, and carries an
    HTML entity that must be shown as typed."""
    record = synthetic_incidents(1, seed=99)[0]
    record.update(incident_id="evil-1", article="evil_article", admin1="Jalisco", admin2=HOSTILE_MUNICIPALITY,
                  latitude=20.6, longitude=-103.3, event_type="roadblock",
                  location=HOSTILE_PLACE, place_mention="x", evidence=HOSTILE_EVIDENCE,
                  event_date="2026-02-22", date_precision="day", geo_precision=1, fatalities=2)
    record["evidence_end"] = len(record["evidence"])
    return record


ARTICLES = {
    "syn_article_0000": {"source": "El Informador", "title": "Bloqueos en Guadalajara",
                         "url": "https://www.informador.mx/ejemplo"},
    "evil_article": {"source": "Evil <b>Daily</b>", "title": f'<img src=x onerror="window.top.{XSS_FLAG}=4">',
                     "url": "javascript:alert(1)"},
}


@pytest.fixture(scope="session")
def vendored_assets() -> Path:
    """The map's JS/CSS copied from node_modules, as `serve` does (skip when npm ci was not run)."""
    if assets.missing_sources():
        pytest.skip("node_modules lacks the map assets: run `npm ci` (make assets)")
    assets.copy_assets()
    return assets.VENDOR_DIR


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser(vendored_assets):
    """Headless Debian Chromium with the map's assets in place (skip when it is missing)."""
    import os

    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"needs Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """300 synthetic incidents + one hostile record in a store (with article metadata), and states."""
    directory = tmp_path / "data"
    import_records(directory, synthetic_incidents(300) + [hostile_record()], ARTICLES)
    states = tmp_path / "states.geojson"
    states.write_text(json.dumps(tiny_states()), encoding="utf-8")
    monkeypatch.setenv(data.ENV_DATA_DIR, str(directory))
    monkeypatch.setenv(data.ENV_STATES, str(states))
    return directory


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The file behind each (deferred) download button, by file name, as a click would make it."""
    makers: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        makers[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)

    class Files(dict):
        def __missing__(self, name):
            body = makers[name]()
            return body.encode() if isinstance(body, str) else body

        def names(self):
            return list(makers)

        def clear(self):  # forget the buttons seen so far (before another run)
            makers.clear()

    return Files()
