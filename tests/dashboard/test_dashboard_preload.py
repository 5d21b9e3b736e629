"""What a first visit fetches before it needs it (issue 15, tenth pass): the map page asks for
its map's files with its first elements (map.preload_urls, map.preload_script,
map_page.preload_map); in Chromium: test_dashboard_first_visit.py."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.dashboard import assets, loaders, map_page, points, static_files
from app.dashboard import map as mxmap

from conftest import APP_FILE, as_after_the_map_is_drawn

STATES, POINTS = "/app/static/points/states-" + "ab" * 16 + ".json", "/app/static/points/points-" + "cd" * 16 + ".json"


# ---- what is preloaded, and how --------------------------------------------------------------

def test_preload_urls_are_the_iframes_files_in_the_order_it_needs_them():
    urls = mxmap.preload_urls(STATES, POINTS)
    assert urls[:2] == [(static_files.component_scripts()[0], "script"), (assets.MAP_JS_BUNDLE[0][1], "script")]
    assert urls[2:] == [(STATES, "fetch"), (POINTS, "fetch")]
    # the worker's scripts only when the map will cluster in a worker
    assert mxmap.preload_urls(STATES, POINTS, worker=True)[4:] == [(assets.CLUSTER_WORKER_URL, "script"),
                                                                    (assets.SUPERCLUSTER_URL, "script")]
    assert mxmap.preload_urls(None, POINTS) == urls[:2] + [(POINTS, "fetch")]


def test_preload_urls_refuse_anything_but_our_published_files():
    for bad in ("https://example.org/points.json", "/app/static/../secret.json", '/app/static/p"x.json'):
        with pytest.raises(ValueError):
            mxmap.preload_urls(STATES, bad)


def test_the_preload_script_adds_each_link_once():
    script = mxmap.preload_script(mxmap.preload_urls(STATES, POINTS))
    assert script.startswith("<script>") and script.endswith("</script>") and script.count("<") == 2
    assert json.dumps(STATES) in script and "l.rel = 'preload'" in script
    assert "if (document.querySelector('link[rel=preload][href=" in script  # once per page


# ---- the page asks for them first ---------------------------------------------------------------

def preload_bodies(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html") if "l.rel = 'preload'" in h.proto.body]


def in_order(node) -> list:
    """The elements under ``node``, as the page lays them out (depth first)."""
    out = []
    for child in getattr(node, "children", {}).values():
        out += [child] if not getattr(child, "children", None) else in_order(child)
    return out


def map_options(at: AppTest) -> dict:
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    script = json.loads(component.proto.json_args)["script"]
    return {key: json.loads(value) for key, value in re.findall(r'"(pointsUrl|statesUrl)":("[^"]*"|null)', script)}


def run_page(query: dict | None = None) -> AppTest:
    at = as_after_the_map_is_drawn(AppTest.from_file(APP_FILE, default_timeout=60))
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("above_limit", [False, True], ids=["pandas page", "queried page"])
def test_the_page_preloads_the_files_its_map_fetches_before_anything_else(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, above_limit: bool):
    monkeypatch.setattr(points, "PUBLISH_DIR", tmp_path / "points")
    if above_limit:
        monkeypatch.setattr(loaders, "PANDAS_LIMIT", 10)
    loaders.clear()
    for query in ({}, {"unreviewed": "0"}):  # the session's own review choice: another points file
        at = run_page(query)
        (body,) = preload_bodies(at)
        options = map_options(at)
        assert options["pointsUrl"] and options["statesUrl"]
        urls = json.loads(re.search(r"\(function \(\) \{ (\[.*?\]).forEach", body).group(1))
        assert urls == [list(u) for u in mxmap.preload_urls(options["statesUrl"], options["pointsUrl"])]
        # before the header, the figures and the view: the page's second element, after its CSS
        order = [(node.type, getattr(node.proto, "body", "")) for node in in_order(at.main)]
        assert [kind for kind, _ in order].index("title") > order.index(("html", body)) == 1
    assert map_options(run_page())["pointsUrl"] != map_options(run_page({"unreviewed": "0"}))["pointsUrl"]
    loaders.clear()


def test_the_worker_scripts_are_preloaded_when_the_map_will_cluster_in_a_worker(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr(points, "PUBLISH_DIR", tmp_path / "points")
    loaders.clear()
    assert assets.CLUSTER_WORKER_URL not in preload_bodies(run_page())[0]
    monkeypatch.setattr(map_page, "MAIN_THREAD_POINTS", 0)
    assert assets.CLUSTER_WORKER_URL in preload_bodies(run_page())[0]
    loaders.clear()
