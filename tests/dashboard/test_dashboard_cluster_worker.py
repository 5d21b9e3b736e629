"""The map clusters large views in a Web Worker (static/mx/cluster_worker.js), off the page's
main thread, small ones on the main thread at once, and everything on the main thread when
the worker cannot run; both draw the same clusters."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.dashboard import events, points
from app.dashboard import map as map_module
from app.dashboard.map import MapView, base_map, make_view
from app.demo import synthetic_incidents

from conftest import serve_map_page, tiny_states


def open_map(browser, tmp_path: Path, frame: pd.DataFrame, block_worker: bool, requested: list | None = None,
             viewport: dict | None = None):
    """The map page's map, served as Streamlit would (points published, static files); the
    worker's script refused when ``block_worker``. ``browser``: or a context (a repeat visit)."""
    requested = requested if requested is not None else []
    point_set = points.point_set(frame)
    fmap = base_map(points.publish(point_set, tmp_path), tiny_states())
    MapView(make_view(frame, point_set, [])).add_to(fmap)
    page_html = fmap.get_root().render()
    page = browser.new_page()
    page.set_viewport_size(viewport or {"width": 1200, "height": 800})

    serve_map_page(page, page_html, tmp_path, requested, refused=("/cluster_worker.js",) if block_worker else ())
    page.goto("http://dash.local/", wait_until="domcontentloaded")
    n = len(point_set)
    page.wait_for_function("(n) => MxIncidents.current && MxIncidents.current.shown === n"
                           " && MxIncidents.current.drawnShown === n", arg=n, timeout=30_000)
    return page, n


CLUSTERS_JS = """() => Array.from(document.querySelectorAll('.leaflet-marker-icon'),
                                 el => el.textContent.trim() + '@' + el.style.transform).sort()"""


@pytest.fixture
def worker_for_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every view goes to the worker (a few thousand points are enough to test it)."""
    monkeypatch.setattr(map_module, "MAIN_THREAD_POINTS", 0)


@pytest.mark.parametrize("block_worker", [False, True], ids=["worker", "worker refused"])
def test_clusters_drawn_in_a_worker_or_on_the_main_thread(browser, tmp_path, block_worker, worker_for_all):
    frame = events.events(pd.DataFrame(synthetic_incidents(3_000, seed=7)))
    page, n = open_map(browser, tmp_path, frame, block_worker)
    try:
        kind = page.evaluate("() => MxIncidents.current.engine.kind")
        assert kind == ("main" if block_worker else "worker")
        drawn = page.evaluate(CLUSTERS_JS)
        assert 0 < len(drawn) < n
        total = page.evaluate("""() => Array.from(document.querySelectorAll('.mx-cluster'),
                                  el => Number(el.textContent.replace(/,/g, ''))).reduce((a, b) => a + b, 0)
                                  + document.querySelectorAll('.mx-marker').length""")
        assert total == n  # every point is in exactly one cluster or marker at the first zoom
        # a click on a cluster zooms in (the expansion zoom comes from the engine)
        zoom = page.evaluate("() => MxIncidents.current.map.getZoom()")
        page.locator(".mx-cluster").first.click()
        page.wait_for_function("(z) => MxIncidents.current.map.getZoom() > z", arg=zoom, timeout=10_000)
        # a narrower view re-clusters: only the roadblocks
        roadblocks = frame[frame["event_type"] == "roadblock"]
        view = make_view(roadblocks, points.point_set(frame), []).as_json()
        want = int(points.is_point(roadblocks).sum())
        page.evaluate("(v) => MxIncidents.view(v)", view)
        page.wait_for_function("(n) => MxIncidents.current.shown === n && MxIncidents.current.drawnShown === n",
                               arg=want, timeout=10_000)
    finally:
        page.close()


def test_small_views_cluster_on_the_main_thread_without_a_worker(browser, tmp_path):
    frame = events.events(pd.DataFrame(synthetic_incidents(3_000, seed=7)))
    assert map_module.MAIN_THREAD_POINTS >= 3_000
    requested: list[str] = []
    page, n = open_map(browser, tmp_path, frame, False, requested)
    try:
        assert page.evaluate("() => MxIncidents.current.engine.kind") == "main"
        assert not any(u.endswith("cluster_worker.js") for u in requested)
    finally:
        page.close()


def test_worker_and_main_thread_draw_the_same_clusters(browser, tmp_path, worker_for_all):
    frame = events.events(pd.DataFrame(synthetic_incidents(3_000, seed=8)))
    drawn = {}
    for block in (False, True):
        page, _ = open_map(browser, tmp_path, frame, block)
        drawn[block] = page.evaluate(CLUSTERS_JS)
        page.close()
    assert drawn[False] == drawn[True] and drawn[False]


def test_once_the_worker_runs_smaller_views_cluster_there_too(browser, tmp_path, monkeypatch):
    """A filter change re-clusters in the worker once a large view started it, so the page's
    main thread (where Streamlit re-renders the page meanwhile) is not held up."""
    monkeypatch.setattr(map_module, "MAIN_THREAD_POINTS", 1_000)
    frame = events.events(pd.DataFrame(synthetic_incidents(3_000, seed=7)))
    page, n = open_map(browser, tmp_path, frame, False)
    try:
        assert n > 1_000 and page.evaluate("() => MxIncidents.current.engine.kind") == "worker"
        roadblocks = frame[frame["event_type"] == "roadblock"]
        want = int(points.is_point(roadblocks).sum())
        assert 0 < want <= 1_000
        page.evaluate("(v) => MxIncidents.view(v)", make_view(roadblocks, points.point_set(frame), []).as_json())
        page.wait_for_function("(n) => MxIncidents.current.shown === n && MxIncidents.current.drawnShown === n",
                               arg=want, timeout=10_000)
        assert page.evaluate("() => MxIncidents.current.engine.kind") == "worker"
    finally:
        page.close()


def test_a_repeat_visit_draws_the_kept_first_view_while_the_worker_clusters(browser, tmp_path, worker_for_all):
    """supercluster's answer for the first view is kept (localStorage) and drawn at once on the
    next visit of that view, the same clusters; the worker still builds the index, so zooming
    works after it; another window size is another view and is clustered first."""
    frame = events.events(pd.DataFrame(synthetic_incidents(3_000, seed=13)))
    context = browser.new_context()
    try:
        first, n = open_map(context, tmp_path, frame, block_worker=False)
        clusters = first.evaluate(CLUSTERS_JS)
        assert first.evaluate("() => MxIncidents.current.keptShown") is None  # nothing kept yet
        first.close()
        again, _ = open_map(context, tmp_path, frame, block_worker=False)
        assert again.evaluate("() => !!MxIncidents.current.keptShown")  # drawn from what was kept
        assert again.evaluate(CLUSTERS_JS) == clusters
        again.wait_for_function("() => MxIncidents.current.clustered === true", timeout=30_000)
        drawn = again.evaluate("() => MxIncidents.current.drawn")
        again.evaluate("() => MxIncidents.current.map.setZoom(7)")
        again.wait_for_function("(d) => MxIncidents.current.drawn > d", arg=drawn, timeout=30_000)
        again.close()
        other, _ = open_map(context, tmp_path, frame, block_worker=False, viewport={"width": 900, "height": 700})
        assert other.evaluate("() => MxIncidents.current.keptShown") is None  # another window: clustered first
        other.close()
    finally:
        context.close()


def test_views_handed_over_by_the_page_are_drawn_newest_first(browser, tmp_path):
    """The page hands the map each new view by a script (map.view_script, an event on the
    page): the map draws it; a view numbered lower than the last one drawn (the same view
    drawn with the map's element, or an older one that comes late) is left alone."""
    frame = events.events(pd.DataFrame(synthetic_incidents(2_000, seed=11)))
    page, n = open_map(browser, tmp_path, frame, block_worker=False)
    try:
        point_set = points.point_set(frame)
        arson = make_view(frame[frame["event_type"] == "arson"], point_set, [])
        everything = make_view(frame, point_set, [])
        n_arson = len(point_set.positions(frame[frame["event_type"] == "arson"]))
        assert 0 < n_arson < n

        def hand_over(view, seq):
            script = map_module.view_script(view, seq)
            page.add_script_tag(content=script[len("<script>"):-len("</script>")])

        shown = "(k) => MxIncidents.current.shown === k && MxIncidents.current.drawnShown === k"
        hand_over(arson, 5)
        page.wait_for_function(shown, arg=n_arson, timeout=10_000)
        hand_over(everything, 4)  # older: not drawn
        page.wait_for_timeout(300)
        assert page.evaluate("() => [MxIncidents.current.seq, MxIncidents.current.shown]") == [5, n_arson]
        hand_over(everything, 5)  # the same number again: not drawn
        page.wait_for_timeout(300)
        assert page.evaluate("() => MxIncidents.current.shown") == n_arson
        hand_over(everything, 6)
        page.wait_for_function(shown, arg=n, timeout=10_000)
    finally:
        page.close()
