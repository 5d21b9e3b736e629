"""A first visit as people make it: Chromium at 1440×900, 1366×768 and 390×844, one click at
a time, no scrolling first (issue 14).

The store is small and spread out, so single markers (not only clusters) are in view at
the first zoom: a multi-source event in Sinaloa, a hollow (precision 2) marker in
Chihuahua, a town and a state-level event in Michoacán, a national event, an arrest two days
earlier in Guerrero, and Sonora with nothing in it.
"""
from __future__ import annotations

import os
from urllib.parse import parse_qs, urlparse

import pytest

from app.demo import STATE_POINTS, synthetic_incidents
from app.store import import_records

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
        record("gro", "paper_c", "Guerrero", "arrest", date="2026-02-20"),  # two days before the rest
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
    # the figures and the filter bar follow the map on a page load (map_drawn.hold_page)
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=45_000)
    page.locator(".st-key-f_types input").first.wait_for(timeout=45_000)
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


# In the top page, from its first script on: when the map first reported drawn markers, when
# the first table or chart appeared, and where the map was just before that (page coordinates).
ORDER_JS = """(() => {
    if (window.top !== window) return;
    const order = window.__mxOrder = {};
    const tick = () => {
        const now = performance.now();
        if (!order.table && document.querySelector('[data-testid="stDataFrame"], [data-testid="stVegaLiteChart"]')) {
            order.table = now;
        }
        const map = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
        if (!order.table && map) {
            const r = map.getBoundingClientRect();
            order.box = {x: r.x, y: r.y, width: r.width, height: r.height};
        }
        for (const frame of document.querySelectorAll('iframe')) {
            let layer = null;
            try { layer = frame.contentWindow.MxIncidents && frame.contentWindow.MxIncidents.current; } catch (e) {}
            if (!order.drawn && layer && layer.drawn > 0) order.drawn = now;
        }
        if (!(order.table && order.drawn)) setTimeout(tick, 10);
    };
    tick();
})()"""
BELOW_MAP_FOLLOWS = "The timeline and the tables follow once the map is drawn."


@pytest.mark.parametrize("size", list(SIZES))
def test_the_tables_and_timeline_follow_the_drawn_map_and_leave_it_in_place(spread, browser, size):
    """On a page load the map is drawn before any table or the chart renders (they held it
    up); then every one of them comes without a click, and they do not move the map (where it
    was just before the first of them came, it still is)."""
    width, height = SIZES[size]
    page = browser.new_page(viewport={"width": width, "height": height})
    page.add_init_script(ORDER_JS)
    page.goto(spread, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.locator(".mx-marker").first.wait_for(state="attached", timeout=45_000)
    page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=30_000)
    page.wait_for_function("() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length === 3",
                           timeout=30_000)  # the state-wide list, the per-state table, the events table
    page.get_by_test_id("stDownloadButton").first.wait_for(timeout=30_000)
    order = page.evaluate("() => window.__mxOrder")
    assert order.get("drawn") and order.get("table") and order["drawn"] < order["table"], order
    assert page.get_by_text(BELOW_MAP_FOLLOWS).count() == 0
    page.wait_for_timeout(500)
    assert page.locator(MAP_FRAME).first.bounding_box() == pytest.approx(order["box"]), "the tables moved the map"
    page.close()


# In the top page, from its first script on: when the map first drew its markers, when the filter
# bar's type box, a figure and the sidebar's precision box were all there, and where the map was
# when it drew; the map's window is marked then, to tell whether it is still the same.
CONTROLS_ORDER_JS = """(() => {
    if (window.top !== window) return;
    const order = window.__mxControls = {};
    const tick = () => {
        const now = performance.now();
        const frame = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
        let layer = null;
        try { layer = frame && frame.contentWindow.MxIncidents && frame.contentWindow.MxIncidents.current; } catch (e) {}
        if (!order.drawn && layer && layer.drawn > 0) {
            order.drawn = now;
            const r = frame.getBoundingClientRect();
            order.box = {x: r.x, y: r.y, width: r.width, height: r.height};
            frame.contentWindow.__mxSameMap = true;
        }
        if (!order.controls && document.querySelector('.st-key-f_types input')
                && document.querySelector('[data-testid="stMetricValue"]')
                && document.querySelector('[data-testid="stSidebar"] .st-key-f_prec')) order.controls = now;
        if (!order.table && document.querySelector('[data-testid="stDataFrame"], [data-testid="stVegaLiteChart"]')) {
            order.table = now;
        }
        if (!(order.drawn && order.controls && order.table)) setTimeout(tick, 5);
    };
    window.addEventListener('mx-drawn', () => { if (!order.reported) order.reported = performance.now(); });
    tick();
})()"""


@pytest.mark.parametrize("size", list(SIZES))
def test_a_page_load_draws_the_map_before_its_controls_which_follow_and_leave_it_in_place(spread, browser, size):
    """A first visit (an empty cache) and a repeat visit (map_drawn.hold_page) draw the map before
    the filter bar, the figures and the sidebar's controls are there; they come without a click,
    before the tables, the map stays where it was drawn (their room was kept) and is the same map
    (not mounted again)."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.add_init_script(CONTROLS_ORDER_JS)
    orders = []
    for visit in ("first", "repeat"):
        page.goto(spread, wait_until="domcontentloaded")
        page.wait_for_function("() => window.__mxControls && window.__mxControls.drawn && window.__mxControls.controls"
                               " && window.__mxControls.table", timeout=45_000)
        orders.append(page.evaluate("() => window.__mxControls"))
        page.wait_for_function("() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length === 3",
                               timeout=30_000)  # and the tables after them
    first, order = orders
    assert first["drawn"] < first["controls"] < first["table"], first
    assert order["drawn"] < order["controls"] < order["table"], order
    page.wait_for_timeout(500)
    box = page.locator(MAP_FRAME).first.bounding_box()
    assert box["y"] == pytest.approx(order["box"]["y"], abs=1.5), (box, order["box"])
    assert box["height"] == pytest.approx(order["box"]["height"], abs=1.5)
    assert map_frame(page).locator("body").evaluate("() => window.__mxSameMap === true"), "the map was mounted again"
    context.close()


# From a filter change on: when the map reported the new view drawn (map_drawn.py), when
# what lies below the map faded (it still shows the old view) and when it showed, chart and
# all, the view the map drew (its marker names the view it shows).
CHANGE_ORDER_JS = """() => {
    const order = window.__mxChange = {}, start = window.__mxDrawn, t0 = performance.now();
    const tick = () => {
        const now = performance.now(), below = document.querySelector('.st-key-mx_below');
        const shown = below && below.querySelector('[data-mx-view]');
        const view = shown && shown.getAttribute('data-mx-view');
        // faded: the page's fade rule (map_drawn.showing) applies to it (not the animated
        // opacity, which a main thread busy for the whole change may never show below 1)
        const rule = Array.from(document.querySelectorAll('style'), e => e.textContent)
            .find(text => text.includes('.st-key-mx_below:not('));
        if (!order.faded && below && rule && below.matches(rule.slice(0, rule.indexOf('{')))) order.faded = now;
        if (!order.drawn && window.__mxDrawn && window.__mxDrawn !== start) order.drawn = now;
        if (order.drawn && !order.table && view === window.__mxDrawn
                && below.querySelector('[data-testid="stVegaLiteChart"]')) order.table = now;
        if (!(order.table && order.drawn) && now - t0 < 30000) setTimeout(tick, 5);
    };
    tick();
}"""


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_after_a_filter_change_the_tables_follow_the_redrawn_map(spread, browser, size):
    """A filter change in the bar above the map reruns the figures and the map alone; what lies
    below them fades until the map has drawn the new view, then shows it (tables, chart,
    downloads) with no caption saying it follows."""
    page = open_page(browser, spread, size)
    page.wait_for_function("() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length === 3",
                           timeout=30_000)
    start = figures(page)
    page.evaluate(CHANGE_ORDER_JS)
    page.evaluate("() => { window.__mxViews = []; window.addEventListener('mx-view', e => window.__mxViews.push(e.detail)); }")
    page.locator(".st-key-f_types").click()  # the filter bar above the map, also on a phone
    page.keyboard.type("Arrest")
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    assert wait_for_figures(page, start)["Events"] == 2  # Guerrero's and Oaxaca's arrests
    # the map was handed the new view by the page (map_page.send_view), once, and drew it
    # from there: its own element was not rendered again (that would hand it its own copy)
    handed = page.evaluate("() => window.__mxViews.length")
    layer = page.locator(MAP_FRAME).first.element_handle().content_frame()
    assert handed == 1 and layer.evaluate("() => MxIncidents.current.view === window.top.__mxViews[0]")
    page.wait_for_function("() => window.__mxChange.table && window.__mxChange.drawn", timeout=30_000)
    order = page.evaluate("() => window.__mxChange")
    assert order.get("faded") and order["faded"] < order["table"] and order["drawn"] < order["table"], order
    page.wait_for_function("() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length === 2",
                           timeout=30_000)  # the per-state table and the events table (no state-wide arrest)
    page.get_by_test_id("stDownloadButton").first.wait_for(timeout=30_000)
    assert page.get_by_text(BELOW_MAP_FOLLOWS).count() == 0
    page.close()


@pytest.mark.parametrize("height, out_of_view", [(768, True), (2400, False)], ids=["below the window", "in view"])
def test_tables_below_the_window_wait_for_the_page_to_settle(spread, browser, height, out_of_view):
    """After a filter change the chart and the tables rerun once the map has drawn the view; while
    they are below the window they wait at least SETTLE_MS (map_drawn/index.html) after the
    drawing, so their rendering does not hold up the frames of the new map and figures; in
    view they come as soon as the page's run has ended. Either way they show the drawn view."""
    page = browser.new_page(viewport={"width": 1366, "height": height})
    page.goto(spread, wait_until="domcontentloaded")
    map_frame(page).locator(".mx-marker").first.wait_for(state="attached", timeout=45_000)
    page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=30_000)
    chart_top = page.get_by_test_id("stVegaLiteChart").first.bounding_box()["y"]
    assert (chart_top >= height) == out_of_view, chart_top
    start = figures(page)
    page.evaluate(CHANGE_ORDER_JS)
    page.locator(".st-key-f_types").click()
    page.keyboard.type("Arrest")
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    assert wait_for_figures(page, start)["Events"] == 2
    page.wait_for_function("() => window.__mxChange.table && window.__mxChange.drawn", timeout=30_000)
    asked = page.evaluate("() => window.__mxBelowAsked")
    assert asked["how"] == "drawn" and asked["view"] == page.evaluate("() => window.__mxDrawn")
    assert asked["outOfView"] is out_of_view
    if out_of_view:
        assert asked["waited"] >= 500, asked
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
    chosen = page.locator(".st-key-f_states").inner_text()
    assert "Michoacán de Ocampo" in chosen
    page.close()


def test_typed_state_prefix_and_enter_picks_that_state_only(spread, browser):
    page = open_page(browser, spread, "desktop")
    start = figures(page)
    box = page.locator(".st-key-f_states")
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
    page = open_page(browser, spread, size)  # the dates are in the bar above the map, also on a phone
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


def test_zoomed_in_the_map_draws_municipalities_and_towns_from_local_files(spread, browser):
    """Tiles off: the first view fetches no municipality file; zoomed in on Guadalajara the
    map fetches Jalisco's (and its neighbours') file from this server, draws the borders and
    names the towns; and a click on the state still reaches the state under them."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(spread, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.locator(".mx-marker").first.wait_for(state="attached", timeout=45_000)
    page.wait_for_timeout(1500)
    assert not [u for u in requests if "/municipalities-" in u]  # the first view stays small
    handle = page.locator(MAP_FRAME).first.element_handle().content_frame()
    handle.evaluate("() => { map_div.setView([20.67, -103.35], 10); }")
    frame.locator(".mx-town").first.wait_for(state="attached", timeout=30_000)
    fetched = [u for u in requests if "/municipalities-" in u]
    assert any("/app/static/points/municipalities-14-" in u for u in fetched), fetched  # Jalisco's
    assert all(urlparse(u).hostname == "localhost" for u in fetched)
    towns = frame.locator(".mx-town").all_inner_texts()
    assert "Guadalajara" in towns and "Zapopan" in towns, towns
    page.wait_for_function("() => document.querySelector('%s').contentWindow.MxMunicipalities.current"
                           ".borderCount() > 20" % MAP_FRAME, timeout=30_000)  # borders drawn (on a canvas)
    handle.evaluate("() => { map_div.setView([20.9, -103.8], 8); }")
    page.wait_for_timeout(800)
    start = figures(page)
    assert click_state_on_map(page, "Jalisco")
    assert wait_for_figures(page, start)["Events"] == 0
    assert parse_qs(urlparse(page.url).query).get("state") == ["Jalisco"]  # the click went through
    frame = map_frame(page)  # a rerun may have put the map in a new frame
    frame.locator(".leaflet-overlay-pane path").first.wait_for(state="attached", timeout=45_000)
    page.locator(MAP_FRAME).first.element_handle().content_frame().evaluate("() => { map_div.setView([23.6, -102.4], 5); }")
    page.wait_for_timeout(800)
    assert frame.locator(".mx-town").count() == 0  # the country view names no towns
    page.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_the_player_shows_the_events_day_by_day(spread, browser, size):
    """One click on play (no scrolling first): the map shows 20 February's arrest, then 21
    February's nothing, then 22 February's five point events, then the whole view again."""
    page = open_page(browser, f"{spread}/?from=2026-02-01", size)
    frame = map_frame(page)
    play = frame.locator(".mx-player-play")
    box = play.bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= SIZES[size][1], f"play not in the window: {box}"
    handle = page.locator(MAP_FRAME).first.element_handle().content_frame()
    assert handle.evaluate("() => MxIncidents.current.shown") == 6
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for day, shown in (("2026-02-20", 1), ("2026-02-21", 0), ("2026-02-22", 5)):
        # The day's label and (on an empty day) the absence of markers are read in the same check as the day: the
        # player moves on by itself, and under load a second look could already see the next day.
        empty = "document.querySelectorAll('.mx-marker, .mx-cluster').length === 0" if not shown else "true"
        handle.wait_for_function(f"() => MxTimePlayer.current.day === '{day}' && MxIncidents.current.shown === {shown}"
                                 f" && MxIncidents.current.drawnShown === {shown} && {empty}"
                                 f" && document.querySelector('.mx-player-day').innerText"
                                 f".includes('{day} · events: {shown}')", timeout=10_000)
    handle.wait_for_function("() => !MxTimePlayer.current.active && MxIncidents.current.shown === 6", timeout=10_000)
    page.close()


# Each view the page hands the map (map_page.send_view), with what the map showed right then.
VIEWS_SEEN_JS = """() => {
    const layer = () => document.querySelector('%s').contentWindow.MxIncidents.current;
    window.__mxSeen = [];
    window.addEventListener('mx-view', e => window.__mxSeen.push(
        {drawnShown: layer().drawnShown, early: layer().earlyDrawn, token: e.detail.token}));
}""" % MAP_FRAME


def choose(page, key: str, typed: str) -> None:
    page.locator(f".st-key-{key}").click()
    page.keyboard.type(typed)
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")


def layer_state(page, expression: str):
    return page.locator(MAP_FRAME).first.element_handle().content_frame().evaluate(
        f"() => {{ const l = MxIncidents.current; return {expression}; }}")


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_a_type_or_state_change_is_drawn_before_the_servers_view(spread, browser, size):
    """The map reads a change of the type or state filter from Streamlit's widgets in the bar
    and draws it before the server's view reaches the page (issue 15, ninth pass); the
    server's view then has the same points. If Streamlit's widgets change so the map cannot
    read them, the map still draws the server's view, and this test fails."""
    page = open_page(browser, spread, size)
    start = figures(page)
    page.evaluate(VIEWS_SEEN_JS)
    choose(page, "f_types", "Arrest")
    after = wait_for_figures(page, start)
    assert after["Events"] == 2  # Guerrero's and Oaxaca's arrests, both points
    seen = page.evaluate("() => window.__mxSeen")
    assert seen and seen[0]["drawnShown"] == 2 and seen[0]["early"] == 1, seen  # drawn when the view came
    assert layer_state(page, "[l.earlySame, l.earlyOther, l.shown]") == [1, 0, 2]
    page.keyboard.press("Escape")
    page.evaluate(VIEWS_SEEN_JS)
    choose(page, "f_states", "Guerrero")
    after = wait_for_figures(page, after)
    assert after["Events"] == 1
    seen = page.evaluate("() => window.__mxSeen")
    assert seen and seen[0]["drawnShown"] == 1 and seen[0]["early"] == 2, seen
    assert layer_state(page, "[l.earlySame, l.earlyOther, l.shown, l.view.focus]") == [2, 0, 1, ["Guerrero"]]
    page.close()


def test_with_a_word_filter_a_type_change_waits_for_the_server(spread, browser):
    """A word of the evidence is a filter the map cannot apply: with one in the bar, a type
    change is drawn from the server's view only, and right."""
    page = open_page(browser, spread, "desktop")
    start = figures(page)
    page.locator(".st-key-f_text input").fill("Sinaloa")
    page.keyboard.press("Enter")
    after = wait_for_figures(page, start)
    assert after["Events"] == 1  # the death in Sinaloa (two sources)
    choose(page, "f_types", "Arrest")
    after = wait_for_figures(page, after)
    assert after["Events"] == 0
    page.wait_for_function("() => document.querySelector('%s').contentWindow.MxIncidents.current.shown === 0"
                           % MAP_FRAME, timeout=30_000)
    assert layer_state(page, "l.earlyDrawn") == 0
    page.close()


# Resource Timing of the map's files in the map's iframe: transferSize 0 = the browser's cache.
MAP_FILES_JS = """(frame) => {
    const w = document.querySelector(frame).contentWindow;
    return w.performance.getEntriesByType('resource')
        .filter(e => /\\/(points|states)-[0-9a-f]+\\.json|mx-map\\.js|st_folium\\/static\\/js\\/main\\./.test(e.name))
        .map(e => [new URL(e.name).pathname, e.transferSize]);
}"""


def test_a_first_visit_finds_the_maps_files_already_fetched(spread, browser):
    """The page asks for the map's files with its first elements (map_page.preload_map); the
    map's iframe, which exists only once the page is rendered, then takes them from the
    browser's cache: streamlit-folium's script, the map's bundle, the state shapes and the
    points, none of them fetched twice (issue 15, tenth pass). A file the browser may not
    keep (streamlit-folium's script as Streamlit serves it) or that is not preloaded fails here."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})  # an empty cache
    page = context.new_page()
    page.goto(spread, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.locator(".mx-marker").first.wait_for(state="attached", timeout=45_000)
    page.wait_for_timeout(500)
    preloaded = page.evaluate("() => Array.from(document.querySelectorAll('link[rel=preload]'), l => l.href)")
    files = dict(page.evaluate(MAP_FILES_JS, MAP_FRAME))
    assert len(files) == 4 and all("/" + name in " ".join(files) for name in ("points-", "states-", "mx-map.js"))
    assert all(size == 0 for size in files.values()), files  # every one from the browser's cache
    assert all(any(urlparse(link).path == path for link in preloaded) for path in files), (files, preloaded)
    context.close()


# Every Streamlit chunk the page fetched: its file name and when the fetch started (page's clock).
CHUNKS_JS = """() => performance.getEntriesByType('resource').filter(e => e.name.includes('/static/js/'))
    .map(e => [new URL(e.name).pathname.split('/').pop(), e.startTime])"""


def test_a_first_visit_asks_for_the_controls_code_before_the_map_has_drawn(spread, browser):
    """Held on a first visit, the controls' code would be fetched only once they come, after
    the map's report, while the server runs their script: they followed the map by 1.2-1.6 s
    (eleventh pass). The page imports it once the map's iframe exists
    (map_drawn.load_controls_code): every chunk of the controls is asked for before the map has
    drawn, and once."""
    from app.dashboard import map_drawn

    context = browser.new_context(viewport={"width": 1440, "height": 900})  # an empty cache
    page = context.new_page()
    page.add_init_script(CONTROLS_ORDER_JS)
    page.goto(spread, wait_until="domcontentloaded")
    page.wait_for_function("() => window.__mxControls && window.__mxControls.controls && window.__mxControls.table",
                           timeout=45_000)
    order = page.evaluate("() => window.__mxControls")
    assert order["drawn"] < order["controls"], order  # held
    chunks = page.evaluate(CHUNKS_JS)
    names = [name for name, _ in chunks]
    wanted = map_drawn.controls_code()
    assert wanted and set(wanted) <= set(names), set(wanted) - set(names)
    late = {name: round(start) for name, start in chunks if name in wanted and start >= order["reported"]}
    assert not late, (late, order)
    assert all(names.count(name) == 1 for name in wanted)
    context.close()


# From the map's report on, for LOADING_MS: an element of the page seems to be waiting for its
# code (Streamlit's fallback, a skeleton, outside the app's own tree); when it went away.
SLOW_CODE_JS = """(() => {
    if (window.top !== window) return;
    window.addEventListener('mx-drawn', () => {
        if (window.__mxSkeleton) return;
        const skeleton = window.__mxSkeleton = document.createElement('div');
        skeleton.setAttribute('data-testid', 'stSkeleton');
        document.body.appendChild(skeleton);
        setTimeout(() => { skeleton.remove(); window.__mxSkeletonGone = performance.now(); }, %d);
    });
})()"""


def test_the_tables_wait_while_the_controls_still_load_their_code(spread, browser):
    """The tables of a held page load follow the run that brings the controls; their run waits
    while an element of the page still waits for its code (map_drawn/index.html), so that
    rendering them does not hold up the controls: here an element seems to wait for 2.5 s after
    the map's report, and the tables come after it, before the listener's longest wait (3 s)."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.add_init_script(CONTROLS_ORDER_JS)
    page.add_init_script(SLOW_CODE_JS % 2500)
    page.goto(spread, wait_until="domcontentloaded")
    page.wait_for_function("() => window.__mxControls && window.__mxControls.controls && window.__mxControls.table",
                           timeout=45_000)
    order = page.evaluate("() => window.__mxControls")
    gone = page.evaluate("() => window.__mxSkeletonGone")
    assert gone and order["drawn"] < order["controls"] < gone < order["table"], (order, gone)
    context.close()
