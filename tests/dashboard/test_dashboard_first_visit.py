"""A first visit as people make it: Chromium at 1440×900, 1366×768 and 390×844, one click at
a time, no scrolling first (issue 14).

The store is small and spread out, so single markers (not only clusters) are in view at
the first zoom: a multi-source event in Sinaloa, a hollow (precision 2) marker in
Chihuahua, a town and a state-level event in Michoacán, a national event, and Sonora with
nothing in it.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from app.demo import STATE_POINTS, synthetic_incidents
from app.store import import_records

from conftest import REPO
from test_dashboard_browser import (CHROMIUM, MAP_FRAME, browser, click_state_on_map, map_frame,  # noqa: F401
                                    screenshot_path, serving, wait_for_figures)

pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                reason=f"browser test needs Chromium at {CHROMIUM} (apt-get install chromium)")

SIZES = {"desktop": (1440, 900), "laptop": (1366, 768), "phone": (390, 844)}
SOURCES = {"paper_a": {"source": "Paper A", "title": "Ataque en Culiacán", "url": "https://example.org/a"},
           "paper_b": {"source": "Paper B", "title": "Culiacán attack", "url": "https://example.org/b"},
           "paper_c": {"source": "Paper C", "title": "Bloqueos", "url": "https://example.org/c"}}


def record(incident_id: str, article: str, state: str, event_type: str, precision: int = 1,
           fatalities: int | None = None, date: str = "2026-02-22", **extra) -> dict:
    base = synthetic_incidents(1, seed=3)[0]
    lat, lon = STATE_POINTS[state] if state else (23.6345, -102.5528)
    base.update(incident_id=incident_id, article=article, admin1=state, event_type=event_type,
                geo_precision=precision, fatalities=fatalities, event_date=date, date_precision="day",
                latitude=lat, longitude=lon, location=state or "México",
                admin2=f"Municipio de {state}" if precision <= 2 and state else None,
                evidence=f"{event_type} in {state or 'Mexico'} reported by {article}.", actors=["CJNG"],
                confidence=0.8, **extra)
    base["evidence_end"] = len(base["evidence"])
    return base


def spread_records() -> list[dict]:
    return [
        record("sin-a", "paper_a", "Sinaloa", "death", fatalities=3),
        record("sin-b", "paper_b", "Sinaloa", "death", fatalities=5),  # same event, second source
        record("chih", "paper_c", "Chihuahua", "roadblock", precision=2),
        record("mich-town", "paper_c", "Michoacán de Ocampo", "arson"),
        record("mich-state", "paper_c", "Michoacán de Ocampo", "disruption", precision=3),
        record("yuc", "paper_c", "Yucatán", "seizure"),
        record("tamps", "paper_c", "Tamaulipas", "attack", fatalities=12),
        record("national", "paper_c", "", "disruption", precision=4, date="2026-02-23"),
        record("old", "paper_c", "Oaxaca", "arrest", date="2020-01-01"),
    ]


@pytest.fixture(scope="module")
def spread(tmp_path_factory: pytest.TempPathFactory, vendored_assets):
    directory = tmp_path_factory.mktemp("spread") / "store"
    import_records(directory, spread_records(), SOURCES)
    with serving(directory, tmp_path_factory.mktemp("spread-work")) as url:
        yield url


def open_page(browser, url: str, size: str):
    width, height = SIZES[size]
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.locator(".leaflet-overlay-pane path").first.wait_for(state="attached", timeout=45_000)
    frame.locator(".mx-marker").first.wait_for(state="attached", timeout=45_000)
    page.wait_for_timeout(1500)  # the markers' chunked loading and the page's last layout
    return page


def figures(page) -> dict[str, int]:
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    return {l.strip(): int(v.replace(",", "")) for l, v in zip(labels, values)}


def visible_marker(page) -> dict | None:
    """Page coordinates of the centre of a single marker that is in the window and on top."""
    handle = page.locator(MAP_FRAME).first.element_handle()
    box = handle.bounding_box()
    viewport = page.viewport_size
    points = handle.content_frame().evaluate("""() => Array.from(document.querySelectorAll('.mx-marker')).map(m => {
        const r = m.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
        const top = document.elementFromPoint(x, y);
        return {x: x, y: y, onTop: !!top && m.contains(top)};
    })""")
    for point in points:
        x, y = box["x"] + point["x"], box["y"] + point["y"]
        if point["onTop"] and 0 < x < viewport["width"] and 0 < y < viewport["height"] - 5:
            return {"x": x, "y": y}
    return None


@pytest.mark.parametrize("size", list(SIZES))
def test_one_click_on_a_marker_opens_its_popup(spread, browser, size):
    page = open_page(browser, spread, size)
    point = visible_marker(page)
    assert point, f"no single marker in the window at {size}"
    page.mouse.click(point["x"], point["y"])  # one click, nothing scrolled before
    popup = map_frame(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    popup.locator(".mx-review").wait_for(timeout=10_000)  # filled in once the popups' details are in
    text = popup.inner_text()
    assert "Review" in text and "confidence" in text and "unreviewed" in text, text
    link = popup.locator("a.mx-event-link").get_attribute("href")
    assert "?event=" in link, link
    page.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_map_is_above_the_fold_and_first_on_a_phone(spread, browser, size):
    page = open_page(browser, spread, size)
    width, height = SIZES[size]
    frame_box = page.locator(MAP_FRAME).first.bounding_box()
    metric_box = page.get_by_test_id("stMetric").first.bounding_box()
    if size == "phone":
        assert frame_box["y"] < metric_box["y"], "the map comes before the figures on a phone"
        assert frame_box["y"] < 250, frame_box
    else:
        assert frame_box["y"] + frame_box["height"] <= height, f"map cut by the fold at {size}: {frame_box}"
    page.screenshot(path=str(screenshot_path(f"screenshot-{size}.png")))
    page.close()


@pytest.mark.parametrize("size", ["desktop", "laptop"])
def test_one_click_on_a_state_filters_and_a_second_clears(spread, browser, size):
    page = open_page(browser, spread, size)
    start = figures(page)
    assert click_state_on_map(page, "Tamaulipas")
    clicked = wait_for_figures(page, start)
    assert clicked["Events"] == 1 and clicked["States"] == 1
    assert parse_qs(urlparse(page.url).query).get("state") == ["Tamaulipas"]
    map_frame(page).locator(".mx-marker").first.wait_for(state="attached", timeout=45_000)
    page.wait_for_timeout(1000)
    assert click_state_on_map(page, "Tamaulipas")  # the selected state again: all states
    assert wait_for_figures(page, clicked) == start
    page.close()


def test_an_empty_state_keeps_the_map_and_says_so(spread, browser):
    page = open_page(browser, spread, "desktop")
    start = figures(page)
    assert click_state_on_map(page, "Sonora")
    empty = wait_for_figures(page, start)
    assert empty["Events"] == 0
    frame = map_frame(page)
    note = frame.locator(".mx-note-empty")
    note.wait_for(timeout=30_000)
    assert "Sonora" in note.inner_text()
    assert frame.locator(".leaflet-overlay-pane path").count() > 30  # the states are still drawn
    page.get_by_role("button", name="Show all states").click()
    assert wait_for_figures(page, empty) == start
    page.close()


def test_everyday_state_spelling_in_the_link(spread, browser):
    page = open_page(browser, f"{spread}/?state=michoacan", "laptop")
    assert figures(page)["Events"] == 2  # the town's arson and the state-wide disruption
    chosen = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first.inner_text()
    assert "Michoacán de Ocampo" in chosen
    page.close()


def test_typed_state_prefix_and_enter_picks_that_state_only(spread, browser):
    page = open_page(browser, spread, "desktop")
    start = figures(page)
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first
    box.click()
    page.keyboard.type("jalis")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_for_figures(page, start)
    assert parse_qs(urlparse(page.url).query).get("state") == ["Jalisco"]
    page.close()


def test_spanish_interface(spread, browser):
    page = open_page(browser, f"{spread}/?lang=es", "desktop")
    assert "Eventos" in figures(page)
    point = visible_marker(page)
    page.mouse.click(point["x"], point["y"])
    popup = map_frame(page).locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    popup.locator(".mx-review").wait_for(timeout=10_000)  # filled in once the popups' details are in
    assert "Revisión" in popup.inner_text() and "sin revisar" in popup.inner_text()
    page.screenshot(path=str(screenshot_path("screenshot-es.png")))
    page.close()


def shown_points(page) -> int:
    """How many points the map shows in the current view (after the view reached it)."""
    handle = page.locator(MAP_FRAME).first.element_handle()
    return handle.content_frame().evaluate("() => MxIncidents.current.shown")


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_a_typed_date_applies_on_enter(spread, browser, size):
    """Type the first date and press Enter, nothing else: the figures, the link and the map follow."""
    page = open_page(browser, spread, size)
    if size == "phone":  # the sidebar starts folded on a phone
        page.get_by_test_id("stExpandSidebarButton").click()
    start, points_before = figures(page), shown_points(page)
    page.get_by_role("spinbutton", name="year, Dates start date").click()
    page.keyboard.type("20260223")  # year, month, day: the field moves on by itself
    page.keyboard.press("Enter")
    after = wait_for_figures(page, start)
    assert after["Events"] == 1 and after["States"] == 0  # only the national event is that late
    assert parse_qs(urlparse(page.url).query).get("from") == ["2026-02-23"]
    page.wait_for_function("() => document.querySelector('%s').contentWindow.MxIncidents.current.shown === 0"
                           % MAP_FRAME, timeout=30_000)
    assert points_before > 0
    page.close()
