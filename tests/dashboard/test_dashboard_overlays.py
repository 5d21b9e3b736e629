"""What the map draws beside the incidents (map_overlays.py): the per-state municipality
files built from the reference data, kept out of the first view; the day-by-day player's
element. The browser side is in test_dashboard_first_visit.py."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from app.dashboard import assets, map_overlays, points
from app.dashboard.i18n import translator
from app.dashboard.map import MapView, base_map, make_view
from app.dashboard.map_overlays import MunicipalityLayer, TimePlayer, state_overlays
from app.demo import synthetic_incidents
from app.geo.gazetteer import Entity

from conftest import serve_map_page, square


def town(name: str, state: str, population: int, seat: bool = False, kind: str = "l") -> Entity:
    return Entity(kind, name, state, state + "001", 20.5, -103.3, population, 1, 1, seat)


def test_one_file_per_state_with_its_borders_bounds_and_larger_towns():
    shapes = {"features": [
        {"properties": {"cve_ent": "14", "name": "Guadalajara"}, "geometry": {"type": "Polygon",
                                                                              "coordinates": square(20.6, -103.3)}},
        {"properties": {"cve_ent": "14", "name": "<b>Zapopan</b>"},
         "geometry": {"type": "MultiPolygon", "coordinates": [square(20.8, -103.4, 0.2)]}},
        {"properties": {"cve_ent": "16", "name": "Morelia"}, "geometry": {"type": "Polygon",
                                                                          "coordinates": square(19.7, -101.2)}},
    ]}
    towns = [town("Tlaquepaque", "14", 600_000), town("Hamlet", "14", 300), town("Seat", "14", 200, seat=True),
             town("Big", "14", 1_400_000), town("A & B", "16", 5_000), town("Jalisco", "14", 9_000_000, kind="s")]
    overlays = {o.code: o for o in state_overlays(shapes, towns)}
    assert set(overlays) == {"14", "16"}
    jalisco = overlays["14"]
    assert jalisco.bounds == pytest.approx((20.0, -103.9, 21.2, -102.7))  # south, west, north, east of both
    assert [f["properties"]["name"] for f in jalisco.payload["borders"]["features"]] == \
        ["Guadalajara", "&lt;b&gt;Zapopan&lt;/b&gt;"]  # escaped: the browser shows names as they are
    assert [t[0] for t in jalisco.payload["towns"]] == ["Big", "Tlaquepaque", "Seat"]  # largest first, seats kept
    assert overlays["16"].payload["towns"][0][0] == "A &amp; B"


def test_the_reference_data_give_every_state_a_small_index_and_a_file_of_its_own(tmp_path):
    index = map_overlays.build_index(lambda payload, kind: points.publish_json(payload, kind, tmp_path))
    assert len(index) == 32
    assert all(entry["url"].startswith(f"{points.URL_PREFIX}/municipalities-") for entry in index)
    files = sorted(tmp_path.glob("municipalities-*.json"))
    assert len(files) == 32
    jalisco = json.loads(next(f for f in files if f.name.startswith("municipalities-14-")).read_text())
    assert len(jalisco["borders"]["features"]) == 125  # Jalisco's municipalities
    assert "Guadalajara" in {t[0] for t in jalisco["towns"][:5]}
    assert len(json.dumps(index)) < 6_000  # what the first view carries: bounds and names of files


def test_the_first_view_carries_no_municipality_geometry(tmp_path):
    index = map_overlays.build_index(lambda payload, kind: points.publish_json(payload, kind, tmp_path))
    fmap = base_map(points.point_set(pd.DataFrame(synthetic_incidents(20, seed=2))))
    bare = len(fmap.get_root().render())
    MunicipalityLayer(index).add_to(fmap)
    TimePlayer(translator("es")).add_to(fmap)
    page = fmap.get_root().render()
    assert len(page) - bare < 8_000, len(page) - bare
    assert assets.BUNDLE_NAME in page  # municipalities.js and time_player.js are in it
    assert "Reproducir d\\u00eda a d\\u00eda" in page  # the player speaks the page's language (ASCII JSON)


@pytest.mark.parametrize("url", ["https://evil.example/m.json", "/app/static/../secrets.json"])
def test_a_municipality_index_must_point_at_this_servers_files(url):
    with pytest.raises(ValueError):
        MunicipalityLayer([{"bounds": [0, 0, 1, 1], "url": url}])


@pytest.mark.parametrize("slice_ms, idle_ms", [(0, 1000), (8, 0), (-1, 1000)])
def test_the_drawing_slices_and_the_idle_wait_are_positive(slice_ms, idle_ms):
    with pytest.raises(ValueError):
        MunicipalityLayer([], slice_ms=slice_ms, idle_ms=idle_ms)


# ---- in Chromium: the borders never hold the page up (issue 15, eighth pass) ----------------


def open_overlay_map(browser, tmp_path, requested: list[str], **layer: float):
    """A map with the reference data's municipality layer (``layer``: MunicipalityLayer's
    options), served as Streamlit would."""
    index = map_overlays.build_index(lambda payload, kind: points.publish_json(payload, kind, tmp_path))
    frame = pd.DataFrame(synthetic_incidents(20, seed=2))
    point_set = points.point_set(frame)
    fmap = base_map(points.publish(point_set, tmp_path))
    MapView(make_view(frame, point_set, [])).add_to(fmap)
    MunicipalityLayer(index, **layer).add_to(fmap)
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    serve_map_page(page, fmap.get_root().render(), tmp_path, requested)
    page.goto("http://dash.local/", wait_until="domcontentloaded")
    page.wait_for_function("() => MxIncidents.current && MxIncidents.current.drawn > 0", timeout=30_000)
    return page, fmap.get_name()


def test_borders_are_drawn_a_slice_at_a_time_on_one_canvas_and_the_towns_once(browser, tmp_path):
    """Zoomed in on Guadalajara, Jalisco's file and its neighbours' are drawn a few borders at
    a time (here one per slice: a slice ends once its time is up), all of them in the end, on
    one canvas (no SVG element per border); the town names are placed once for the batch."""
    requested: list[str] = []
    page, name = open_overlay_map(browser, tmp_path, requested, slice_ms=0.001)
    try:
        page.evaluate(f"() => {name}.setView([20.67, -103.35], 10)")
        page.wait_for_function("() => MxMunicipalities.current.townRuns > 0", timeout=30_000)
        fetched = [u for u in requested if "/municipalities-" in u]
        assert any("/municipalities-14-" in u for u in fetched), fetched
        layer = page.evaluate("""() => { const m = MxMunicipalities.current;
            return {borders: m.borderCount(), slices: m.slices, towns: m.townRuns, queued: m.queue.length,
                    files: Object.keys(m.drawnUrls).length,
                    features: Object.keys(m.drawnUrls).length && m.borders.getLayers().length}; }""")
        expected = sum(len(json.loads((tmp_path / u.rsplit("/", 1)[1]).read_text())["borders"]["features"])
                       for u in set(fetched))
        assert layer["files"] == len(set(fetched)) and layer["queued"] == 0
        assert layer["borders"] == expected > 125  # Jalisco's 125 and its neighbours'
        # about one border per slice at this budget (performance.now() is coarsened to 0.1 ms)
        assert layer["slices"] >= expected // 2
        assert layer["towns"] == 1  # placed once, when the last file of the batch was drawn
        assert page.locator(".leaflet-mxMunicipalities-pane canvas").count() == 1
        assert page.locator(".leaflet-mxMunicipalities-pane path").count() == 0
        assert "Guadalajara" in page.locator(".mx-town").all_inner_texts()
    finally:
        page.close()


def test_a_zoom_passed_through_before_the_page_is_idle_fetches_nothing(browser, tmp_path):
    """The files in view are asked for once the page is idle after a move: zoomed in and out
    again in one go, the map fetches no municipality file; zoomed in and left there, it does."""
    requested: list[str] = []
    page, name = open_overlay_map(browser, tmp_path, requested)
    try:
        page.evaluate(f"() => {{ {name}.setView([20.67, -103.35], 10, {{animate: false}});"
                      f" {name}.setView([23.6, -102.4], 5, {{animate: false}}); }}")
        page.wait_for_timeout(1500)
        assert not [u for u in requested if "/municipalities-" in u]
        page.evaluate(f"() => {name}.setView([20.67, -103.35], 10, {{animate: false}})")
        page.wait_for_function("() => MxMunicipalities.current.townRuns > 0", timeout=30_000)
        assert [u for u in requested if "/municipalities-14-" in u]
    finally:
        page.close()


def test_borders_wait_while_the_map_shows_a_view_drawn_early(browser, tmp_path):
    """While the map shows a filter change it drew itself (no token: the server's view is on its
    way, and Streamlit renders the change), the borders of a zoom wait; the server's view
    releases them (issue 15, ninth pass)."""
    requested: list[str] = []
    page, name = open_overlay_map(browser, tmp_path, requested)
    try:
        page.evaluate("() => { const l = MxIncidents.current; l.earlyDrawn = 1;"
                      " l.view = Object.assign({}, l.view, {token: null}); }")
        page.evaluate(f"() => {name}.setView([20.67, -103.35], 10, {{animate: false}})")
        page.wait_for_timeout(1500)
        assert not [u for u in requested if "/municipalities-" in u]
        page.evaluate("() => { const l = MxIncidents.current; l.view = Object.assign({}, l.view, {token: 'abc'}); }")
        page.wait_for_function("() => MxMunicipalities.current.townRuns > 0", timeout=30_000)
        assert [u for u in requested if "/municipalities-14-" in u]
    finally:
        page.close()
