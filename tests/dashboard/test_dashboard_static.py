"""Static files compressed once and kept by the browser (app/dashboard/static_files.py), the
st.App that serves the dashboard with them and warms its caches (server_app.py)."""
from __future__ import annotations

import asyncio
import gzip
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from app.dashboard import static_files
from app.dashboard.static_files import FOLIUM_COMPONENT, IMMUTABLE, CompressedStatic, Root

BODY = ("var incidents = [" + ",".join(str(i) for i in range(3000)) + "];\n").encode()


@dataclass
class Response:
    status_code: int
    headers: dict[str, str]
    content: bytes = b""

    @property
    def text(self) -> str:
        return self.content.decode()


@dataclass
class Client:
    """Calls the middleware as an ASGI server would; whatever it lets through, the app
    behind it (standing for Streamlit) answers "streamlit"."""

    middleware: CompressedStatic
    seen: list[str] = field(default_factory=list)

    def request(self, method: str, url: str, headers: dict[str, str] | None = None) -> Response:
        path, _, query = url.partition("?")
        scope = {"type": "http", "method": method, "path": path, "query_string": query.encode(),
                 "root_path": "", "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]}
        sent: list[dict] = []

        async def receive():
            return {"type": "http.request", "body": b""}

        async def send(message):
            sent.append(message)

        asyncio.run(self.middleware(scope, receive, send))
        start = sent[0]
        return Response(start["status"], {k.decode(): v.decode() for k, v in start["headers"]},
                        b"".join(m.get("body", b"") for m in sent[1:]))

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        return self.request("GET", url, headers)


async def streamlit(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"streamlit"})


@pytest.fixture
def site(tmp_path: Path) -> tuple[Client, Path, Path]:
    bundles, ours = tmp_path / "bundles", tmp_path / "ours"
    (bundles / "js").mkdir(parents=True)
    (ours / "points").mkdir(parents=True)
    (ours / "mx").mkdir()
    (bundles / "js" / "index.abc123.js").write_bytes(BODY)
    (bundles / "manifest.json").write_bytes(BODY)
    (ours / "points" / ("points-" + "0123456789abcdef" * 2 + ".json")).write_bytes(BODY)
    (ours / "points" / "latest.json").write_bytes(BODY)
    (ours / "mx" / "incident_map.js").write_bytes(BODY)
    (ours / "mx" / "tiny.js").write_bytes(b"var a = 1;")
    (tmp_path / "secret.js").write_bytes(BODY)
    (ours / "mx" / "link.js").symlink_to(tmp_path / "secret.js")
    middleware = CompressedStatic(streamlit, roots=[Root("/static", bundles, True), Root("/app/static", ours, False)])
    return Client(middleware), bundles, ours


def get(client: Client, url: str, gzip_ok: bool = True, method: str = "GET") -> Response:
    headers = {"Accept-Encoding": "gzip, deflate, br" if gzip_ok else "identity"}
    return client.request(method, url, headers=headers)


def served_here(response: Response) -> bool:
    return response.headers.get("content-encoding") == "gzip" and gzip.decompress(response.content) == BODY


def test_streamlit_bundles_are_compressed_and_kept_for_good(site):
    client, _, _ = site
    response = get(client, "/static/js/index.abc123.js")
    assert response.status_code == 200 and served_here(response)
    assert response.headers["cache-control"] == IMMUTABLE
    assert response.headers["content-type"].startswith("text/javascript")
    assert int(response.headers["content-length"]) < len(BODY) / 2
    assert response.headers["vary"] == "Accept-Encoding"


def test_content_addressed_points_and_versioned_files_are_kept_for_good(site):
    client, _, _ = site
    points = get(client, "/app/static/points/points-" + "0123456789abcdef" * 2 + ".json")
    assert served_here(points) and points.headers["cache-control"] == IMMUTABLE
    assert points.headers["content-type"].startswith("application/json")
    versioned = get(client, "/app/static/mx/incident_map.js?v=28409f07a72d")
    assert served_here(versioned) and versioned.headers["cache-control"] == IMMUTABLE


@pytest.mark.parametrize("url", [
    "/app/static/points/latest.json",        # may change under the same name
    "/app/static/mx/incident_map.js",        # no content hash asked for
    "/app/static/mx/incident_map.js?v=x",    # not a hash
    "/static/manifest.json",                 # Streamlit marks it no-cache
    "/static/js/missing.js",                 # Streamlit answers (404)
    "/static/js/../../secret.js",            # out of the folder
    "/app/static/mx/link.js?v=28409f07a72d",  # a link out of the folder
    "/app/static/mx/%2e%2e/%2e%2e/secret.js?v=28409f07a72d",
    "/other/index.abc123.js",
    "/",
])
def test_everything_else_goes_to_streamlit(site, url: str):
    client, _, _ = site
    response = get(client, url)
    assert response.text == "streamlit" and "content-encoding" not in response.headers


def test_a_small_file_is_kept_for_good_as_it_is(site):
    """Not worth compressing, but a small store's points file is preloaded by the page
    (map_page.preload_map): a copy the browser may not reuse would be fetched twice."""
    client, _, _ = site
    response = get(client, "/app/static/mx/tiny.js?v=28409f07a72d")
    assert response.content == b"var a = 1;" and "content-encoding" not in response.headers
    assert response.headers["cache-control"] == IMMUTABLE and response.headers["content-length"] == "10"


def test_no_gzip_for_a_browser_that_does_not_take_it(site):
    client, _, _ = site
    assert get(client, "/static/js/index.abc123.js", gzip_ok=False).text == "streamlit"
    response = client.get("/static/js/index.abc123.js", headers={"Accept-Encoding": "gzip;q=0"})
    assert response.text == "streamlit"


def test_head_and_other_methods(site):
    client, _, _ = site
    head = get(client, "/static/js/index.abc123.js", method="HEAD")
    assert head.status_code == 200 and head.headers["content-encoding"] == "gzip" and head.content == b""
    assert get(client, "/static/js/index.abc123.js", method="POST").text == "streamlit"


def test_a_changed_file_is_compressed_again(site):
    client, bundles, _ = site
    path = bundles / "js" / "index.abc123.js"
    assert served_here(get(client, "/static/js/index.abc123.js"))
    path.write_bytes(BODY + b"// more\n")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert gzip.decompress(get(client, "/static/js/index.abc123.js").content) == BODY + b"// more\n"


def test_compressed_is_gzip_of_the_file_and_cached(tmp_path: Path):
    path = tmp_path / "points-" "0123456789abcdef.json"
    path.write_bytes(BODY)
    first = static_files.compressed(path)
    assert gzip.decompress(first) == BODY and static_files.compressed(path) is first


def test_default_roots_are_streamlits_bundles_our_static_folder_and_streamlit_folium():
    streamlit_root, ours, folium = static_files.default_roots()
    assert folium.prefix == FOLIUM_COMPONENT  # below
    assert streamlit_root.prefix == "/static" and streamlit_root.hashed
    assert any(p.name.startswith("index.") for p in (streamlit_root.folder / "js").iterdir())
    assert ours.prefix == "/app/static" and not ours.hashed
    assert (ours.folder / "mx" / "incident_map.js").is_file()


# streamlit-folium's script, kept for good (issue 15, tenth pass)

@pytest.fixture
def component_site(tmp_path: Path) -> Client:
    build = tmp_path / "build"
    (build / "static" / "js").mkdir(parents=True)
    for name in ("static/js/main.521860b0.js", "static/js/main.521860b0.js.map", "static/js/main.js",
                 "bootstrap.min.css", "asset-manifest.json", "index.html"):
        (build / name).write_bytes(BODY)
    return Client(CompressedStatic(streamlit, roots=[Root(FOLIUM_COMPONENT, build, True, static_files._CRA_HASHED)]))


def test_streamlit_folium_script_is_compressed_and_kept_for_good(component_site: Client):
    response = get(component_site, FOLIUM_COMPONENT + "/static/js/main.521860b0.js")
    assert served_here(response) and response.headers["cache-control"] == IMMUTABLE


@pytest.mark.parametrize("name", ["static/js/main.521860b0.js.map", "static/js/main.js", "bootstrap.min.css",
                                  "asset-manifest.json", "index.html", "static/js/missing.0123abcd.js"])
def test_its_other_files_go_to_streamlit(component_site: Client, name: str):
    assert get(component_site, f"{FOLIUM_COMPONENT}/{name}").text == "streamlit"


def test_the_installed_streamlit_folium_script_is_served_from_its_build():
    root = static_files.default_roots()[-1]
    assert root.prefix == FOLIUM_COMPONENT and root.named is not None
    (script,) = static_files.component_scripts()
    relative = script[len(FOLIUM_COMPONENT) + 1:]
    assert root.named.fullmatch(relative) and (root.folder / relative).is_file()
    assert gzip.decompress(static_files.compressed(root.folder / relative)) == (root.folder / relative).read_bytes()


def test_finding_streamlit_folium_does_not_import_it():
    """Imported outside a script run (the warm-up's thread), its component is never
    registered and the map's iframe gets 404s."""
    code = ("import sys; from app.dashboard import static_files; static_files.default_roots(); "
            "static_files.component_scripts(); print('streamlit_folium' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


def test_warm_up_fills_the_caches_the_first_visit_reads(data_dir: Path):
    from app.dashboard import loaders, points, server_app
    from app.dashboard import filters as flt

    loaders.clear()
    assert server_app.warm_up() >= 0 and server_app.warmed.is_set()
    rev = loaders.revision(data_dir)
    defaults = flt.Filters()
    calls = []
    original = flt.apply
    try:
        flt.apply = lambda *a, **k: calls.append(1) or original(*a, **k)
        shared = loaders.view_data(data_dir, rev, defaults)
        map_points = loaders.map_points(str(data_dir), rev, defaults.show_rejected, defaults.show_unreviewed)
    finally:
        flt.apply = original
    assert calls == [] and len(shared.grouped) > 0  # nothing computed again: all cached
    name = map_points.published.points_url.rsplit("/", 1)[1]
    assert static_files._CACHE.get(str(points.PUBLISH_DIR / name))  # compressed ahead



def test_above_the_limit_the_warm_up_never_loads_the_records(data_dir: Path, monkeypatch) -> None:
    from app.dashboard import loaders, points, server_app
    from app.dashboard import filters as flt

    loaders.clear()
    monkeypatch.setattr(loaders, "PANDAS_LIMIT", 100)

    def no_records(*args: object, **kwargs: object) -> None:
        raise AssertionError("the records were loaded into pandas")
    no_records.clear = lambda: None
    monkeypatch.setattr(loaders, "load_prepared", no_records)
    assert server_app.warm_up() >= 0
    rev, defaults = loaders.revision(data_dir), flt.Filters()
    monkeypatch.setattr(loaders, "incident_queries", no_records)  # cached: asked nothing again
    map_files = loaders.event_points(str(data_dir), rev, defaults.show_rejected, defaults.show_unreviewed).published
    assert loaders.queried_facts(str(data_dir), rev).states
    name = map_files.points_url.rsplit("/", 1)[1]
    assert static_files._CACHE.get(str(points.PUBLISH_DIR / name))  # compressed ahead
    loaders.clear()

def test_serve_runs_the_st_app():
    from app.dashboard import serve

    source = serve.APP_SCRIPT.read_text()
    assert serve.APP_SCRIPT.name == "server_app.py"
    assert "st.App(" in source and "CompressedStatic" in source


def test_a_views_timeline_tables_and_map_view_are_prepared_once_and_shared(data_dir: Path):
    """What a rerun used to recompute (the timeline's dates, the tables' order, the map's
    view) comes from the cache for the same filters, whatever the language, and equals
    what the page computed on each rerun before."""
    from dataclasses import replace

    from app.dashboard import charts, loaders
    from app.dashboard import filters as flt
    from app.dashboard.map import make_view

    loaders.clear()
    rev = loaders.revision(data_dir)
    filters = flt.Filters(types=("armed_clash", "roadblock"))
    parts = loaders.view_parts(data_dir, rev, filters, table_rows=7, unplaced_rows=3)
    assert loaders.view_parts(data_dir, rev, replace(filters, lang="es"), table_rows=7, unplaced_rows=3) is parts
    grouped = loaders.view_data(data_dir, rev, filters).grouped
    series, period = charts.timeline(grouped, charts.dense_span(grouped["event_date"]))
    pd.testing.assert_frame_equal(parts.timeline, series)
    assert parts.period == period
    expected = grouped.sort_values(["event_date", "admin1"], ascending=[False, True], kind="stable").head(7)
    assert list(parts.newest_events.index) == list(expected.index)
    assert parts.unplaced_count > 3 and len(parts.newest_unplaced) == 3
    names = ["Jalisco", "Sinaloa"]
    view = loaders.map_view(data_dir, rev, filters, names)
    assert loaders.map_view(data_dir, rev, filters, names) is view
    points = loaders.map_points(str(data_dir), rev, filters.show_rejected, filters.show_unreviewed).points
    assert view == make_view(grouped, points, names)
    assert loaders.map_view(data_dir, rev, replace(filters, lang="es"), names).legend != view.legend
