"""The real thing: `python -m app serve` driven by Debian's Chromium through Playwright.

Checks that the map draws (state shapes and clusters, inside streamlit-folium's iframe)
with every request staying on localhost and none failing, that the state filter changes
the figures (from the sidebar and by clicking a state on the map), on synthetic data with a
hostile record; then draws the seed data (when built) the same way and saves a screenshot
(seed data when data/incidents.sqlite exists, else synthetic) to tests/artifacts/, or to
docs/ -- the README's picture -- only when UPDATE_SCREENSHOT=1 is set, so a test run
leaves the work tree clean.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from app.dashboard import assets, data, events
from app.demo import synthetic_incidents
from app.store import DB_NAME, import_records, read_incidents

from conftest import (ARTICLES, HOSTILE_EVIDENCE, HOSTILE_MUNICIPALITY, HOSTILE_PLACE, REPO, XSS_FLAG,
                      hostile_record, serve_map_page, tiny_states)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = REPO / "tests" / "artifacts"  # gitignored


def screenshot_path(name: str) -> Path:
    """docs/<name> when UPDATE_SCREENSHOT=1 (regenerating the README's pictures), else tests/artifacts/."""
    folder = REPO / "docs" if os.environ.get("UPDATE_SCREENSHOT") == "1" else ARTIFACTS
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'

pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                reason=f"browser test needs Chromium at {CHROMIUM} (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"serve exited with {process.returncode}: {log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not come up in {timeout}s")


@contextlib.contextmanager
def serving(directory: Path, workdir: Path):
    """URL of `python -m app serve --data directory` on a free port; the server is killed after."""
    env = dict(os.environ)
    if not data.DEFAULT_STATES.is_file():  # until data/reference/ lands, a stand-in map
        states = workdir / "states.geojson"
        states.write_text(json.dumps(tiny_states()), encoding="utf-8")
        env[data.ENV_STATES] = str(states)
    port = free_port()
    log_path = workdir / f"serve-{port}.log"
    with open(log_path, "w", encoding="utf-8") as log:
        # own process group, so that nothing it started can outlive the test
        process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--data", str(directory),
                                    "--port", str(port)], cwd=REPO, env=env, text=True,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = f"http://localhost:{port}"
        try:
            wait_healthy(url, process, log_path)
            yield url
        finally:
            process.terminate()  # `serve` itself must stop Streamlit (checked below)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
            still_up = _answers(url)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # safety net for the whole group
    assert not still_up, "Streamlit outlived `python -m app serve` (SIGTERM not forwarded)"


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory, vendored_assets):
    """(url, data dir): the server on 2,000 synthetic incidents plus one hostile record."""
    directory = tmp_path_factory.mktemp("served")
    import_records(directory, synthetic_incidents(2_000, seed=11) + [hostile_record()], ARTICLES)
    with serving(directory, tmp_path_factory.mktemp("work")) as url:
        yield url, directory


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Traffic:
    """Every request the page makes, those that failed or got an HTTP error, and those still
    loading."""

    def __init__(self, page) -> None:
        self.urls: list[str] = []
        self.failed: list[str] = []
        self.loading: set = set()  # Playwright's Request objects, one per request, until it ends
        page.on("request", self._started)
        page.on("requestfinished", lambda r: self.loading.discard(r))
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} (HTTP {r.status})"))

    def _started(self, request) -> None:
        self.urls.append(request.url)
        self.loading.add(request)

    def _failed(self, request) -> None:
        self.loading.discard(request)
        self.failed.append(f"{request.url} ({request.failure})")

    def foreign(self) -> list[str]:
        return [u for u in self.urls if urlparse(u).scheme in ("http", "https", "ws", "wss")
                and urlparse(u).hostname not in LOCAL_HOSTS]

    def wait_settled(self, page, timeout: float = 60) -> None:
        """Until no script run is going and every request the page made has ended, two polls
        in a row. Acting sooner can replace what is still loading: a rerun that removes or
        re-creates an iframe (the Add page's preview map is made anew when its article's
        details change, and goes when the article is saved) aborts the iframe's own request
        (net::ERR_ABORTED), which ``failed`` then holds. That made the upload test fail now
        and then under load in CI, on its last line."""
        deadline = time.time() + timeout
        quiet = 0
        while quiet < 2:
            if time.time() > deadline:
                running = page.locator('[data-testid="stStatusWidget"]').count() > 0
                raise AssertionError(f"the page did not settle in {timeout}s: script running {running}, "
                                     f"still loading {sorted(r.url for r in self.loading)}")
            page.wait_for_timeout(300)
            busy = self.loading or page.locator('[data-testid="stStatusWidget"]').count()
            quiet = 0 if busy else quiet + 1


def figures(page) -> dict[str, int]:
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    return {l.strip(): int(v.replace(",", "")) for l, v in zip(labels, values)}


def map_frame(page, timeout: float = 30):
    """The map's iframe; during a rerun the old and the new one briefly coexist."""
    deadline = time.time() + timeout
    while page.locator(MAP_FRAME).count() != 1 and time.time() < deadline:
        page.wait_for_timeout(200)
    return page.frame_locator(MAP_FRAME).first


def wait_for_map(page) -> None:
    """The map drawn and, on the map page, its figures and filter bar, which follow the map on a
    page load (map_drawn.hold_page)."""
    frame = map_frame(page)
    frame.locator(".leaflet-overlay-pane path").first.wait_for(state="attached", timeout=45_000)
    frame.locator(".marker-cluster, .mx-marker").first.wait_for(state="attached", timeout=45_000)
    if page.locator(".st-key-mx_view").count():
        page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=45_000)
        page.locator(".st-key-f_types input").first.wait_for(timeout=45_000)
    # ... and the rerun that drew it over: a person clicks a settled page (a click on a widget Streamlit is
    # re-rendering can be lost, which made "Clear all" after a map click fail now and then under load)
    deadline = time.time() + 45
    while page.locator('[data-testid="stStatusWidget"]').count() and time.time() < deadline:
        page.wait_for_timeout(200)


def wait_for_figures(page, before: dict[str, int], timeout: float = 45) -> dict[str, int]:
    """The figures once they differ from ``before`` and hold still (a rerun updates them one by one)."""
    deadline = time.time() + timeout
    last: dict[str, int] | None = None
    while time.time() < deadline:
        page.wait_for_timeout(400)
        try:
            now = figures(page)
        except ValueError:  # a metric mid-update
            continue
        running = page.locator('[data-testid="stStatusWidget"]').count() > 0
        # every figure shown before is shown again: a page mid-render can hold still missing some
        if now and now != before and now == last and not running and set(before) <= set(now):
            return now
        last = now
    raise AssertionError(f"figures did not change from {before} (last seen {last})")


def click_state_on_map(page, name: str) -> bool:
    """A real mouse click on a point of the state's shape not covered by a marker or the legend.

    False when no such point is in view (a small state under its clusters).
    """
    map_frame(page)
    handle = page.locator(MAP_FRAME).first.element_handle()
    frame = handle.content_frame()
    point = frame.evaluate("""(name) => {
        let target = null;
        map_div.eachLayer(l => { if (l.feature && l.feature.properties && l.feature.properties.name === name
                                     && l._path) target = l; });
        if (!target) return null;
        const b = target.getBounds();
        for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
            const ll = L.latLng(b.getSouth() + (b.getNorth() - b.getSouth()) * i / 12,
                                b.getWest() + (b.getEast() - b.getWest()) * j / 12);
            const p = map_div.latLngToContainerPoint(ll);
            const r = map_div.getContainer().getBoundingClientRect();
            const el = document.elementFromPoint(r.left + p.x, r.top + p.y);
            if (el === target._path) return {x: r.left + p.x, y: r.top + p.y};
        }
        return null;
    }""", name)
    if not point:
        return False
    box = handle.bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    return True


def test_dashboard_in_chromium(synthetic, browser):
    url, directory = synthetic
    frame_data = read_incidents(directory)
    grouped = events.events(frame_data)  # the page counts events
    by_state = grouped.loc[grouped["admin1"] != "", "admin1"].value_counts()  # "" = country-level
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    traffic = Traffic(page)
    page.goto(url, wait_until="domcontentloaded")
    wait_for_map(page)
    page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=30_000)

    leaflet = map_frame(page)
    assert leaflet.locator(".leaflet-overlay-pane path").count() >= min(32, by_state.size)
    assert leaflet.locator(".marker-cluster, .mx-marker").count() > 0
    assert leaflet.locator(".mx-legend").count() == 1
    start = figures(page)
    assert start["Events"] == len(grouped)

    check_popup(page, hostile=True)

    # the filter bar above the map: choose the busiest state
    busiest = str(by_state.index[0])
    states_box = page.locator(".st-key-f_states")
    states_box.click()
    page.keyboard.type(busiest)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    after = wait_for_figures(page, start)
    assert after["Events"] == int(by_state.iloc[0]) and after["States"] == 1
    assert parse_qs(urlparse(page.url).query).get("state") == [busiest]
    wait_for_map(page)

    # the map: clicking a state (another one if there is one) makes it the filter
    page.locator(".st-key-f_states").get_by_role("button", name="Clear all").first.click()
    cleared = wait_for_figures(page, after)
    assert cleared == start
    wait_for_map(page)
    page.wait_for_timeout(500)
    candidates = [str(s) for s in by_state.index[1:]] + [busiest]
    other = next((name for name in candidates if click_state_on_map(page, name)), None)
    assert other, f"none of {candidates} could be clicked on the map"
    clicked = wait_for_figures(page, cleared)
    assert clicked["Events"] == int(by_state.loc[other]) and clicked["States"] == 1
    assert parse_qs(urlparse(page.url).query).get("state") == [other]

    # the same state once more after clearing the filter: a second click must work too
    wait_for_map(page)
    page.locator(".st-key-f_states").get_by_role("button", name="Clear all").first.click()
    assert wait_for_figures(page, clicked) == start
    wait_for_map(page)
    page.wait_for_timeout(500)
    assert click_state_on_map(page, other)
    assert wait_for_figures(page, start) == clicked

    page.close()
    assert not traffic.foreign(), traffic.foreign()
    assert not traffic.failed, traffic.failed
    assert any(f"/app/static/vendor/{assets.BUNDLE_NAME}?v=" in u for u in traffic.urls)  # Leaflet is in it


def test_a_drag_across_the_timeline_sets_the_date_filter(synthetic, browser):
    """Drag along the timeline with the mouse: the dates dragged over become the date
    filter, in the filter bar, the link and the figures (counted as the store says)."""
    url, directory = synthetic
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(url, wait_until="domcontentloaded")
    wait_for_map(page)
    chart = page.get_by_test_id("stVegaLiteChart").first
    chart.wait_for(timeout=30_000)
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    start = figures(page)
    plot = chart.locator("canvas, svg").first.bounding_box()
    y = plot["y"] + plot["height"] * 0.5
    page.mouse.move(plot["x"] + plot["width"] * 0.35, y)
    page.mouse.down()
    page.mouse.move(plot["x"] + plot["width"] * 0.55, y, steps=12)
    page.mouse.up()
    after = wait_for_figures(page, start)
    query = parse_qs(urlparse(page.url).query)
    lo, hi = query["from"][0], query["to"][0]
    assert lo < hi
    grouped = events.events(read_incidents(directory))
    dates = grouped["event_date"].astype(str)
    rejected = grouped["status"] == "rejected" if "status" in grouped else False
    assert after["Events"] == int(((dates >= lo) & (dates <= hi) & ~rejected).sum()) < start["Events"]
    bar_dates = "".join(page.locator(".st-key-f_dates").inner_text().split())
    assert f"{lo}–{hi}" in bar_dates, bar_dates  # the date widget shows the dragged span
    page.close()


def check_popup(page, hostile: bool) -> None:
    """Open an incident's popup (the hostile one when served): content shown, never executed."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    handle = page.locator(MAP_FRAME).first.element_handle()
    frame = handle.content_frame()
    icon = frame.evaluate("""(hostile) => {
        const layer = MxIncidents.current;
        const found = hostile ? layer.near(20.6, -103.3) : [];
        const index = found.length ? found[0] : (layer.near(layer.P.lat[0] / 1e5, layer.P.lon[0] / 1e5)[0] || 0);
        return layer.reveal(index).then(el => new Promise(resolve => setTimeout(() => {
            const r = el.getBoundingClientRect();
            resolve({x: r.left + r.width / 2, y: r.top + r.height / 2});
        }, 300)));
    }""", hostile)
    if hostile:
        check_tooltip(page, handle, icon)
    box = handle.bounding_box()
    page.mouse.click(box["x"] + icon["x"], box["y"] + icon["y"])  # a real click on the marker
    popup = map_frame(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    popup.locator(".mx-review").wait_for(timeout=10_000)  # filled in once the popups' details are in
    text = popup.inner_text()
    for label in ("Date", "Place", "precision", "Fatalities", "Source"):
        assert label in text, text
    if hostile:
        # shown as text, as typed: tags, and an entity that must not be decoded once more
        assert HOSTILE_PLACE in text and HOSTILE_MUNICIPALITY in text, text
        assert HOSTILE_EVIDENCE.split("=HYPERLINK")[1][:60] in text and "&amp;lt;b&amp;gt;" in text
        assert "Evil <b>Daily</b>" in text and '<img src=x onerror="window.top.' in text  # source, title
        content = map_frame(page).locator(".leaflet-popup-content")
        assert content.locator("script, img, svg, b:text('Daily')").count() == 0  # no injected element
        hrefs = [a.get_attribute("href") for a in content.locator("a").all()]
        assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs  # no javascript: link
    page.wait_for_timeout(300)
    assert not dialogs, dialogs
    assert_nothing_ran(page)
    frame.evaluate("() => { map_div.closePopup(); map_div.setView([23.6, -102.4], 5); }")


def check_tooltip(page, handle, icon: dict) -> None:
    """Hovering the hostile marker: its tooltip shows the place as text, no element made."""
    box = handle.bounding_box()
    page.mouse.move(box["x"] + icon["x"] + 1, box["y"] + icon["y"] + 1)
    tooltip = map_frame(page).locator(".leaflet-tooltip.mx-tooltip")
    tooltip.wait_for(timeout=10_000)
    assert HOSTILE_PLACE in tooltip.inner_text() and "Roadblock" in tooltip.inner_text()
    assert tooltip.locator("img, svg, script").count() == 0


def assert_nothing_ran(page) -> None:
    """The hostile texts would set window[XSS_FLAG] (on the top page); no frame may have it,
    and no element they describe may exist anywhere: an <img src=x>, an <svg onload>, a
    script holding their code, a javascript: link."""
    for target in [page.main_frame] + [f for f in page.frames if f != page.main_frame]:
        assert target.evaluate(f"() => window.{XSS_FLAG} === undefined"), target.url
        injected = target.evaluate("""() => document.querySelectorAll('img[src="x"], svg[onload]').length
            + Array.from(document.scripts).filter(s => s.textContent.includes('alert("xss")')).length
            + document.querySelectorAll('a[href^="javascript" i]').length""")
        assert injected == 0, target.url


def grid_cells(page, index: int) -> list[str]:
    """The visible cells of the index-th table (Glide data grid keeps an accessible copy)."""
    from playwright.sync_api import Error as PlaywrightError

    grid = page.get_by_test_id("stDataFrame").nth(index)
    for attempt in range(3):
        try:
            grid.scroll_into_view_if_needed()
            break
        except PlaywrightError as error:
            # the rerun after an edit can replace the table while the scroll waits for it to be still (a CI run
            # saw "Element is not attached to the DOM"): the locator finds the new one on the next try
            if "not attached" not in str(error) or attempt == 2:
                raise
            page.wait_for_timeout(500)
    grid.locator('[role="gridcell"]').first.wait_for(state="attached", timeout=30_000)
    return grid.locator('[role="gridcell"]').all_inner_texts()


def test_hostile_text_in_the_table_is_text(synthetic, browser):
    url, _ = synthetic
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{url}/?q=hyperlink", wait_until="domcontentloaded")  # only the hostile record
    wait_for_map(page)
    cells = grid_cells(page, 1)  # [0] is the per-state summary
    assert HOSTILE_PLACE in cells and HOSTILE_EVIDENCE in cells, cells  # as typed, entity included
    assert "Evil <b>Daily</b> (evil_article)" in cells, cells
    page.wait_for_timeout(500)
    assert not dialogs, dialogs
    assert_nothing_ran(page)
    page.close()


ADDED_HTML = """<html><head><title>Bloqueos</title><script>window.top.{flag} = 5</script></head>
<body><h1>Bloqueos en Celaya</h1><p>CELAYA.- Hombres armados incendiaron vehículos y bloquearon
carreteras en Celaya, Guanajuato, este domingo 22 de febrero de 2026.</p></body></html>"""


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory, vendored_assets):
    """(url, data dir): a server on a store of 40 synthetic incidents, for the tests that change it."""
    directory = tmp_path_factory.mktemp("small") / "store"
    import_records(directory, synthetic_incidents(40, seed=4), ARTICLES)
    with serving(directory, tmp_path_factory.mktemp("small-work")) as url:
        yield url, directory


@pytest.fixture
def own_small_store(tmp_path: Path, vendored_assets):
    """Like ``small_store`` but new for each attempt: a rerun after a timeout must not meet the
    article its first attempt may have saved (the store refuses it as a near-copy)."""
    directory = tmp_path / "store"
    import_records(directory, synthetic_incidents(40, seed=4), ARTICLES)
    with serving(directory, tmp_path) as url:
        yield url, directory


def page_messages(page) -> list[str]:
    """The texts of the alerts (success, warning, error) on the page: what a failed wait saw."""
    return [text.strip() for text in page.locator('[data-testid="stAlert"]').all_inner_texts()]


def markers_near(page, lat: float, lon: float) -> int:
    handle = page.locator(MAP_FRAME).first.element_handle()
    return handle.content_frame().evaluate("([lat, lon]) => MxIncidents.current.near(lat, lon).length", [lat, lon])


def wait_for_preview_source(page, source: str, timeout: float = 45) -> None:
    """Until the Add page's preview map (one, drawn) shows its article under ``source``: the
    rerun that a change of the source started has ended and drawn its map, which the map
    before it, still in the page until then, would not say."""
    deadline = time.time() + timeout
    labels: list[str] = []
    while time.time() < deadline:
        wait_for_map(page)
        try:
            frame = page.locator(MAP_FRAME).first.element_handle(timeout=5_000).content_frame()
            labels = frame.evaluate("() => { const m = window.MxIncidents && MxIncidents.current;"
                                    " return m && m.D ? m.D.articles.map(a => a[0]) : []; }")
        except Exception:  # noqa: BLE001 - the iframe went in a rerun: look at the next one
            labels = []
        if page.locator(MAP_FRAME).count() == 1 and any(label.startswith(source) for label in labels):
            return
        page.wait_for_timeout(300)
    raise AssertionError(f"the preview map never showed the source {source!r} (its articles: {labels})")


def test_uploaded_article_appears_on_the_map(own_small_store, browser, tmp_path):
    url, directory = own_small_store
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    traffic = Traffic(page)
    page.goto(url, wait_until="domcontentloaded")
    wait_for_map(page)
    before = figures(page)
    added_before = set(read_incidents(directory)["article"])
    # Each step below makes Streamlit replace part of the page: first let what is there finish
    # loading (Traffic.wait_settled), or the request of an iframe it removes is aborted.
    traffic.wait_settled(page)
    page.get_by_test_id("stSidebarNav").get_by_text("Add article").click()
    upload = tmp_path / "celaya.html"
    upload.write_text(ADDED_HTML.replace("{flag}", XSS_FLAG), encoding="utf-8")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(upload))
    page.get_by_text("Preview:").first.wait_for(timeout=30_000)
    wait_for_map(page)  # the preview's small map, drawn from the detected details...
    traffic.wait_settled(page)  # ...and loaded: the source's Enter makes it anew
    page.get_by_label("Source").fill("Diario de Prueba")
    page.get_by_label("Source").press("Enter")
    wait_for_preview_source(page, "Diario de Prueba")  # the Enter's rerun is over, its map drawn
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        _save_screenshot(page, "screenshot-add.png")
    traffic.wait_settled(page)  # saving removes the preview map: it must have loaded
    page.get_by_role("button", name="Save article").click()
    try:  # saving rewrites the store and its exports: slow under load
        page.get_by_text("Saved article").first.wait_for(timeout=60_000)
    except Exception as exc:  # say what the page showed instead (a refusal, an error, nothing)
        raise AssertionError(f"no 'Saved article' message; the page's messages: {page_messages(page)}") from exc

    new = read_incidents(directory)
    new = new[new["article"].str.startswith("added_") & ~new["article"].isin(added_before)]
    assert len(new) >= 1 and "Celaya" in set(new["location"])
    celaya = new[new["location"] == "Celaya"].iloc[0]
    traffic.wait_settled(page)
    page.get_by_role("link", name="Open the map").click()
    wait_for_map(page)
    after = wait_for_figures(page, before)
    assert after["Events"] == before["Events"] + len(events.events(new)) and after["Sources"] == before["Sources"] + 1
    assert markers_near(page, float(celaya["latitude"]), float(celaya["longitude"])) >= 1
    assert_nothing_ran(page)  # the uploaded page's script was dropped, not run
    traffic.wait_settled(page)  # closing the page would abort what it still loads
    page.close()
    assert not traffic.foreign(), traffic.foreign()
    assert not traffic.failed, traffic.failed


def test_an_upload_over_the_5_mb_limit_is_refused_with_a_message(small_store, browser, tmp_path):
    """A real 6 MB file through the Add page's uploader: the page says the limit (the
    server's maxUploadSize, 5 MB) and nothing is stored."""
    url, directory = small_store
    before = len(read_incidents(directory))
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{url}/add", wait_until="domcontentloaded")
    dropzone = page.get_by_test_id("stFileUploaderDropzone")
    dropzone.wait_for(timeout=30_000)
    assert "5MB per file" in dropzone.inner_text(), dropzone.inner_text()  # the limit, said before uploading
    big = tmp_path / "huge.txt"
    line = "Hombres armados bloquearon la carretera en Celaya, Guanajuato, este domingo.\n"
    big.write_text(line * (6 * 1024 * 1024 // len(line) + 1), encoding="utf-8")
    assert big.stat().st_size > 6 * 1024 * 1024
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(big))
    refused = page.get_by_test_id("stFileChip").filter(has_text="huge.txt")
    refused.wait_for(timeout=30_000)
    assert refused.get_attribute("aria-invalid") == "true"
    message = page.get_by_role("alert").filter(has_text="5.0MB or smaller")
    message.wait_for(timeout=10_000)  # said beside the file, in words
    page.wait_for_timeout(1500)
    assert page.get_by_text("Preview:").count() == 0  # nothing reached the page's script
    assert len(read_incidents(directory)) == before
    page.close()


def alert_text(page, contains: str) -> str:
    alert = page.get_by_test_id("stAlert").filter(has_text=contains).first
    alert.wait_for(timeout=30_000)
    return alert.inner_text()


def undo_when_settled(page) -> None:
    """Click the review page's undo once the rerun is over: while Streamlit reruns, the old
    button can stay in the page beside the new one for a moment."""
    page.wait_for_function("() => [...document.querySelectorAll('button')]"
                           ".filter(b => b.innerText.includes('Undo last change')).length === 1", timeout=30_000)
    page.get_by_role("button", name="Undo last change").click()


def test_review_edits_approves_and_undoes_in_the_browser(small_store, browser):
    """The data editor for real: a typed cell reaches the store, a ticked row is approved,
    and undo takes both back."""
    url, directory = small_store
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/review", wait_until="domcontentloaded")
    grid_cells(page, 0)
    rows = read_incidents(directory).sort_values(["event_date", "article", "incident_id"],
                                                 ascending=[False, True, True])
    first = rows.iloc[0]["incident_id"]
    box = page.get_by_test_id("stDataFrame").nth(0).bounding_box()
    row_y = box["y"] + 35 + 17  # below the header, first row
    page.wait_for_timeout(1000)  # the grid settles before it takes clicks
    page.mouse.click(box["x"] + 150, row_y)  # the status cell (read-only) of the first row
    for _ in range(7):  # over to "fatalities"
        page.keyboard.press("ArrowRight")
    # The grid handles keys on the main thread Streamlit shares: on a loaded machine it needs
    # longer to follow (CI saw the edit lost at load 4.5 with shorter pauses).
    page.wait_for_timeout(800)
    page.keyboard.press("Enter")  # open the cell's editor
    page.wait_for_timeout(1200)
    page.keyboard.type("7")
    page.wait_for_timeout(800)
    page.keyboard.press("Enter")
    assert "changed fatalities" in alert_text(page, first)
    stored = read_incidents(directory).set_index("incident_id").loc[first]
    assert stored["fatalities"] == 7 and stored["status"] == "edited"

    grid_cells(page, 0)
    page.wait_for_timeout(1000)
    box = page.get_by_test_id("stDataFrame").nth(0).bounding_box()  # the message above moved it
    row_y = box["y"] + 35 + 17
    page.mouse.click(box["x"] + 35, row_y)  # the first row's tick box: selects the cell...
    approve = page.get_by_role("button", name="Approve selected")
    page.wait_for_timeout(1500)
    if approve.is_disabled():
        page.keyboard.press(" ")  # ...and the space bar ticks it
    page.wait_for_function("() => [...document.querySelectorAll('button')].some(b => "
                           "b.innerText.includes('Approve selected') && !b.disabled)", timeout=30_000)
    approve.click()
    alert_text(page, "now approved")
    assert read_incidents(directory).set_index("incident_id").loc[first, "status"] == "approved"

    undo_when_settled(page)
    alert_text(page, "Undid approve")
    undo_when_settled(page)
    alert_text(page, "Undid edit")
    stored = read_incidents(directory).set_index("incident_id").loc[first]
    assert pd.isna(stored["fatalities"]) or stored["fatalities"] == rows.iloc[0]["fatalities"]
    assert stored["status"] == "auto"
    page.close()


def test_seed_data_draw_offline_and_screenshot(synthetic, browser, tmp_path):
    """The README screenshot: the seed data when built (data/incidents.sqlite), else synthetic."""
    seed_dir = REPO / "data"
    use_seed = (seed_dir / DB_NAME).is_file() and len(read_incidents(seed_dir)) > 0
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(serving(seed_dir, tmp_path)) if use_seed else synthetic[0]
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        traffic = Traffic(page)
        page.goto(url, wait_until="domcontentloaded")
        wait_for_map(page)
        page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=30_000)
        assert map_frame(page).locator(".leaflet-overlay-pane path").count() > 0
        shot = _save_screenshot(page, "screenshot.png")
        page.get_by_test_id("stSidebarNav").get_by_text("Review").click()
        page.get_by_text("Review incidents").first.wait_for(timeout=30_000)
        grid_cells(page, 0)  # the editor has drawn its rows
        page.wait_for_timeout(1000)
        page.screenshot(path=str(screenshot_path("screenshot-review.png")))
        page.close()
    assert shot.stat().st_size > 50_000
    assert not traffic.foreign(), traffic.foreign()
    assert not traffic.failed, traffic.failed


def _save_screenshot(page, name: str) -> Path:
    """Whole page: Streamlit scrolls inside its main block, so grow the viewport to fit it."""
    height = page.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMain"]');
        return Math.max(1000, main ? main.scrollHeight : document.body.scrollHeight);
    }""")
    page.set_viewport_size({"width": 1400, "height": min(int(height), 6000)})
    page.wait_for_timeout(1500)
    path = screenshot_path(name)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_timeout(500)
    return path


def test_100k_incidents_stay_usable(browser, vendored_assets, tmp_path):
    """The map page's map with 100,000 incidents, straight in Chromium (no Streamlit around it),
    the points as the published file: shapes draw within seconds, every point is clustered,
    and the DOM holds clusters, not 100,000 markers."""
    from app.dashboard import points
    from app.dashboard.map import MapView, base_map, make_view

    frame = events.events(pd.DataFrame(synthetic_incidents(100_000, seed=5)))
    shapes = json.loads(data.DEFAULT_STATES.read_text()) if data.DEFAULT_STATES.is_file() else tiny_states()
    point_set = points.point_set(frame)
    published = points.publish(point_set, tmp_path)
    fmap = base_map(published, shapes)
    MapView(make_view(frame, point_set, [])).add_to(fmap)
    page_html = fmap.get_root().render()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requested: list[str] = []

    serve_map_page(page, page_html, tmp_path, requested)
    started = time.perf_counter()
    page.goto("http://dash.local/", wait_until="domcontentloaded")
    page.locator(".leaflet-overlay-pane path").first.wait_for(state="attached", timeout=20_000)
    shapes_after = time.perf_counter() - started
    page.locator(".marker-cluster").first.wait_for(state="attached", timeout=40_000)
    n = len(point_set)
    page.wait_for_function("(n) => MxIncidents.current.shown === n && MxIncidents.current.drawnShown === n",
                           arg=n, timeout=40_000)
    icons = page.locator(".leaflet-marker-icon").count()
    engine = page.evaluate("() => MxIncidents.current.engine.kind")
    page.close()
    assert engine == "worker"  # clustered off the page's main thread
    assert n == int(points.is_point(frame).sum()) > 50_000
    assert shapes_after < 10, f"state shapes took {shapes_after:.1f}s"
    assert 0 < icons < 1_000, icons
    assert all(u.startswith("http://dash.local/") for u in requested), requested
