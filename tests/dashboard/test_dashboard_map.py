"""build_map, IncidentMap, MapView and the point tables: offline assets only, escaping,
compact points, views as bitmasks, choropleth classes."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import time

import numpy as np
import pandas as pd

import pytest

from app.dashboard import assets, events, points
from app.dashboard.i18n import translator
from app.dashboard.map import (MAX_ZOOM, VIEW_EVENT, IncidentMap, MapView, View, base_map, build_map, class_breaks,
                               fill_for, view_script,
                               make_view, safe_url, script_json, state_totals, unplaced, view_group)
from app.dashboard.points import EVIDENCE_IN_POPUP_LIMIT, point_set
from app.dashboard.style import CHOROPLETH_FILLS, NO_DATA_FILL
from app.demo import synthetic_incidents
from app.store import load_incidents, write_incidents

from conftest import ARTICLES, hostile_record, tiny_states

EXTERNAL_REF = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def _frame(tmp_path, records):
    write_incidents(records, tmp_path)
    return load_incidents(tmp_path)


def _local(url: str) -> bool:
    """A file copy_assets provides, or one of the map's own (static/mx/)."""
    if url.startswith(assets.OWN_URL_PREFIX + "/"):
        return (assets.OWN_DIR / url.split("/")[-1].split("?")[0]).is_file()
    if url.split("?")[0] == f"{assets.URL_PREFIX}/{assets.BUNDLE_NAME}":  # copy_assets writes it
        return True
    return url[len(assets.URL_PREFIX) + 1:] in {dest for _, dest in assets.VENDOR_FILES}


def test_rendered_map_points_at_no_cdn(tmp_path):
    frame = _frame(tmp_path, synthetic_incidents(200) + [hostile_record()])
    html = build_map(frame, tiny_states(), articles=ARTICLES).get_root().render()
    assert not EXTERNAL_REF.search(html), EXTERNAL_REF.search(html)
    assert "cdn" not in html.lower() and "d3" not in re.findall(r'src="[^"]*"', html)
    srcs = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert srcs and all(_local(s) for s in srcs), srcs
    assert "MxIncidents.layer(" in html and f'"maxZoom":{MAX_ZOOM}' in html
    assert assets.BUNDLE_NAME in " ".join(srcs) and "markercluster" not in html.lower()  # supercluster is in it


def test_streamlit_folium_gets_only_local_links(tmp_path):
    """streamlit-folium collects default_js/default_css per element: they must be ours."""
    from streamlit_folium import _get_header  # the header it injects into its iframe

    fmap = build_map(_frame(tmp_path, synthetic_incidents(50)), tiny_states())
    fmap.get_root().render()
    links = []
    stack = [fmap]
    while stack:
        element = stack.pop()
        links += [u for _, u in getattr(element, "default_js", [])]
        links += [u for _, u in getattr(element, "default_css", [])]
        stack.extend(getattr(element, "_children", {}).values())
    assert links and all(_local(u) for u in links), links
    assert "://" not in _get_header(fmap)


def test_dependencies_are_declared_as_data_on_the_class():
    assert IncidentMap.default_js and all(_local(u) for _, u in IncidentMap.default_js)
    assert any("incident_map.css" in u for _, u in IncidentMap.default_css)


def test_online_tiles_only_when_asked(tmp_path):
    frame = _frame(tmp_path, synthetic_incidents(20))
    assert "tile.openstreetmap.org" not in build_map(frame, tiny_states()).get_root().render()
    assert "tile.openstreetmap.org" in build_map(frame, tiny_states(), tiles=True).get_root().render()


def test_popups_escape_article_text_and_drop_unsafe_links(tmp_path):
    frame = _frame(tmp_path, [hostile_record()] + synthetic_incidents(5))
    html = build_map(frame, tiny_states(), articles=ARTICLES).get_root().render()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Daily" not in html
    assert "&lt;script&gt;alert" in html and "&lt;img src=x" in html
    assert "javascript:alert" not in html
    details = point_set(frame, ARTICLES).details
    assert ["Evil &lt;b&gt;Daily&lt;/b&gt; — <i>&lt;img src=x onerror=&quot;window.top.__mx_xss = 1&quot;&gt;</i>",
            "", "evil_article"] in details["articles"] or any(a[0].startswith("Evil &lt;b&gt;") for a in details["articles"])
    assert any(a[1] == "https://www.informador.mx/ejemplo" for a in details["articles"])
    assert all(not a[1] or a[1].startswith(("http://", "https://")) for a in details["articles"])
    assert safe_url("javascript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert safe_url("https://example.org/a") == "https://example.org/a" and safe_url(None) is None


def test_jinja_never_runs_article_text(tmp_path):
    """folium compiles a rendered script again as a Jinja template: data must not be code."""
    record = dict(synthetic_incidents(1)[0], geo_precision=1, evidence="{{ 7*7 }} {% if 1 %}x{% endif %} {# c #}")
    html = build_map(_frame(tmp_path, [record]), tiny_states()).get_root().render()
    assert '"\\u007b{ 7*7 }} \\u007b% if 1 %}x\\u007b% endif %} \\u007b# c #}"' in html  # as written, not run
    assert json.loads(script_json({"a": "{{x}} {%y%} {#z#}"}).replace("\\u007b", "{")) == {"a": "{{x}} {%y%} {#z#}"}


def test_view_handed_to_the_map_by_a_script_in_the_page(tmp_path):
    """view_script: the view as JSON numbered ``seq``, dispatched as VIEW_EVENT on the page;
    article text in it cannot end the script or run as Jinja."""
    record = dict(synthetic_incidents(1)[0], geo_precision=1)
    frame = _frame(tmp_path, [record])
    view = make_view(frame, point_set(frame), ["</script><script>alert(1)</script> {{ 7*7 }}"],
                     empty_note="</script><img src=x onerror=alert(1)>")
    script = view_script(view, 7)
    assert script.startswith("<script>") and script.count("</script>") == 1 and script.endswith("</script>")
    assert f"new CustomEvent('{VIEW_EVENT}'" in script and "{{" not in script
    body = re.search(r"var view = (\{.*?\}); window.__mxView", script).group(1)
    assert json.loads(body.replace("\\u007b", "{")) == {**view.as_json(), "seq": 7}
    assert f'"seq":7' in MapView(view, 7).view_json and '"seq"' not in MapView(view).view_json
    with pytest.raises(TypeError):
        view_script(view, "7")  # type: ignore[arg-type]


def test_state_names_in_tooltip_and_choropleth_fill(tmp_path):
    frame = _frame(tmp_path, synthetic_incidents(100))
    fmap = build_map(frame, tiny_states())
    html = fmap.get_root().render()
    assert "Michoac\\u00e1n de Ocampo" in html or "Michoacán de Ocampo" in html
    totals = state_totals(frame)
    assert totals["events"].sum() == 100
    assert totals["statewide"].sum() == (frame["geo_precision"] == 3).sum()
    assert totals["fatalities"].sum() == int(frame["fatalities"].fillna(0).sum())
    fatal_html = build_map(frame, tiny_states(), metric="fatalities").get_root().render()
    assert "Fatalities per state" in fatal_html and "Events per state" in html
    view = make_view(frame, point_set(frame), list(totals.index) + ["Nowhere"])
    busiest = totals["events"].idxmax()
    assert view.states[busiest][0] == CHOROPLETH_FILLS[-1] and "Nowhere" not in view.states
    assert view.states[busiest][1].startswith(f"{totals['events'].max()} events")


def test_class_breaks_and_fills():
    assert class_breaks([0, 0]) == [] and fill_for(0, [1, 2]) == NO_DATA_FILL
    breaks = class_breaks([1, 2, 3, 5, 8, 13, 400])
    assert breaks == sorted(set(breaks)) and breaks[-1] == 400
    assert fill_for(400, breaks) == CHOROPLETH_FILLS[-1]
    assert fill_for(1, breaks) != fill_for(400, breaks)


@pytest.mark.parametrize("payload", [  # functions: JsonChunks are read once
    lambda: {"lat": np.arange(10), "grid": np.array([[1, 2], [3, 4], [5, 6]]), "empty": np.zeros(0, dtype="int64"),
             "names": ["<b>x</b>", "é\u2028", None], "nested": {"a": np.array([7, 8]), "b": 1.5}, "nothing": None},
    lambda: {"ids": points.JsonChunks(iter([["a", "<b"], [], ["c"]])), "none": points.JsonChunks(iter([[], []]))},
    lambda: [1, "<", np.array([1, 2])], lambda: "</script>", lambda: {1: "key not a string"}])
def test_json_written_in_parts_is_the_text_written_whole(payload, tmp_path, monkeypatch):
    """The points files are written a column, and a slice of a long column, at a time: the
    bytes and the content-addressed name are those of json.dumps of the whole payload."""
    monkeypatch.setattr(points, "CHUNK_ROWS", 2)
    plain = lambda value: value.tolist() if isinstance(value, np.ndarray) else [  # noqa: E731
        item for chunk in value for item in chunk]
    whole = json.dumps(payload(), ensure_ascii=True, separators=(",", ":"), default=plain).replace("<", "\\u003c")
    assert points.to_json(payload()) == whole.encode("ascii")
    url = points.publish_json(payload(), "t", tmp_path)
    name = url.rsplit("/", 1)[1]
    assert (tmp_path / name).read_bytes() == whole.encode("ascii")
    assert name == f"t-{hashlib.sha256(whole.encode('ascii')).hexdigest()[:32]}.json"
    assert points.publish_json(payload(), "t", tmp_path) == url
    assert [p.name for p in tmp_path.iterdir()] == [name]  # the temporary file is gone


def test_100k_points_are_columns_not_markers():
    """100,000 incidents: columns of numbers and small string tables, no Leaflet marker per incident."""
    frame = events.events(pd.DataFrame(synthetic_incidents(100_000, seed=3)))
    started = time.perf_counter()
    points_ = point_set(frame)
    table = points.to_json(points_.table)
    elapsed = time.perf_counter() - started
    n = int(points.is_point(frame).sum())
    assert len(points_) == n and len(points_.table["lat"]) == n
    assert len(table) < 4_000_000, len(table)
    assert len(points_.table["places"]) < 5_000  # de-duplicated
    assert elapsed < 60, elapsed
    assert points_.details["evidence"] is None  # above the limit the popup links to the event instead
    assert len(points_.details["ids"]) == n  # ... by its id
    html = base_map(points.Published("/app/static/points/points-ab.json", "/app/static/points/details-cd.json"),
                    tiny_states()).get_root().render()
    assert len(html) < 200_000 and "L.marker(" not in html  # the data are a file the browser keeps
    assert '"reportDrawn":false' in html  # only the map page asks to hear when it is drawn (the Add preview does not)


def test_evidence_in_popups_up_to_the_limit():
    frame = pd.DataFrame([dict(r, geo_precision=1) for r in synthetic_incidents(50)])
    assert point_set(frame).details["evidence"] is not None
    assert point_set(frame, with_evidence=False).details["evidence"] is None
    assert EVIDENCE_IN_POPUP_LIMIT >= 10_000


def test_empty_frame_and_missing_shapes(tmp_path):
    frame = _frame(tmp_path, synthetic_incidents(3))
    html = build_map(frame.iloc[0:0], tiny_states()).get_root().render()
    assert '"lat":[]' in html and "Events per state" in html
    assert "MxIncidents.layer(" in build_map(frame, None).get_root().render()


def test_points_point_into_escaped_tables(tmp_path):
    records = synthetic_incidents(3, seed=1) + [hostile_record()]
    records[0].update(location="Zapopan", admin2="Zapopan", admin1="Jalisco", fatalities=None, evidence="")
    records[0]["evidence_end"] = 0
    frame = _frame(tmp_path, records)
    frame["geo_precision"] = 1
    table, details = (p := point_set(frame, ARTICLES)).table, p.details
    at = {incident: i for i, incident in enumerate(details["ids"])}
    zapopan, evil = at["syn-000000"], at["evil-1"]
    assert table["places"][table["place"][zapopan]] == "Zapopan, Jalisco"  # the municipality is not repeated
    assert table["fat"][zapopan] == -1 and details["evidence"][zapopan] == -1  # not stated, no evidence
    assert details["evidences"][details["evidence"][evil]].startswith("=HYPERLINK(&quot;http") and table["fat"][evil] == 2
    assert table["dates"][table["date"][evil]] == "2026-02-22" and table["dateprecs"][table["dprec"][evil]] == "day"
    assert table["lat"][evil] == 2060000 and table["lon"][evil] == -10330000
    assert details["statuses"][details["status"][evil]] == "auto" and 0 <= details["conf"][evil] <= 100
    sources = details["sources"][details["source"][evil]]
    assert [details["articles"][a][2] for a in sources] == ["evil_article"]


def test_place_texts_follow_geos_one_place_label_rule():
    """The map says each name once, as the geocoder's place_label does (one rule, one helper)."""
    from app.geo.geocoder import place_label

    rows = [("Colima", "Colima", "Colima"), ("El Salto", None, "Jalisco"),
            ("Centro", "Aguascalientes", "Aguascalientes"), ("<b>x</b>", "", "Sonora"), (None, None, "")]
    frame = pd.DataFrame(rows, columns=["location", "admin2", "admin1"])
    assert points.place_texts(frame).tolist() == [place_label(*row) for row in rows]
    assert points.place_texts(frame).tolist()[2] == "Centro, Aguascalientes"


def test_a_view_is_a_bitmask_over_the_revisions_points(tmp_path):
    frame = events.events(_frame(tmp_path, synthetic_incidents(300, seed=2)))
    everything = point_set(frame)
    assert everything.mask(frame) is None  # all shown: nothing to send
    roadblocks = frame[frame["event_type"] == "roadblock"]
    bits = np.unpackbits(np.frombuffer(base64.b64decode(everything.mask(roadblocks)), dtype=np.uint8),
                         bitorder="little")[:len(everything)]
    shown = {everything.details["ids"][i] for i in np.flatnonzero(bits)}
    expected = set(roadblocks.loc[points.is_point(roadblocks), "incident_id"])
    assert shown == expected and len(everything.mask(roadblocks)) <= len(everything) // 6 + 4
    assert everything.mask(frame.iloc[0:0]) == base64.b64encode(bytes((len(everything) + 7) // 8)).decode()


def test_the_view_travels_apart_from_the_map(tmp_path):
    """A filter change sends a MapView (a few kB) through streamlit-folium's feature group."""
    frame = events.events(_frame(tmp_path, synthetic_incidents(200, seed=2)))
    points_ = point_set(frame)
    view = make_view(frame[frame["event_type"] == "arson"], points_, ["Jalisco"], lang="es", empty_note="<b>x</b>")
    group = view_group(view)
    script = next(iter(group._children.values()))._template.module.script(next(iter(group._children.values())))
    assert script.strip().startswith("MxIncidents.view(") and len(script) < 5_000
    assert "&lt;b&gt;x&lt;/b&gt;" in script and "<b>x" not in script
    with pytest.raises(TypeError):
        MapView({"mask": None})  # only a View
    with pytest.raises(ValueError):
        base_map(points.Published("https://evil.example/p.json", "/app/static/points/d.json"))
    with pytest.raises(ValueError):
        make_view(frame, points_, [], metric="bogus")


def test_state_and_country_level_events_are_not_points(tmp_path):
    records = synthetic_incidents(60, seed=8)
    records[0].update(admin1="", admin2=None, geo_precision=4, location="México", latitude=23.6345,
                      longitude=-102.5528)
    frame = _frame(tmp_path, records)
    drawn = set(point_set(frame).details["ids"])
    placed_low = set(frame.loc[frame["geo_precision"] >= 3, "incident_id"])
    assert placed_low and not (drawn & placed_low)  # never a point where they did not happen
    assert drawn == set(frame["incident_id"]) - placed_low
    assert set(unplaced(frame)["incident_id"]) == placed_low
    html = build_map(frame, tiny_states()).get_root().render()
    statewide = int((frame["geo_precision"] == 3).sum())
    assert f"state-wide events {statewide}," in html and "national events 1." in html


def test_markers_show_precision_and_fatalities_in_the_legend(tmp_path):
    html = build_map(_frame(tmp_path, synthetic_incidents(50)), tiny_states()).get_root().render()
    assert "mx-legend-hollow" in html and "hollow: near or part of a town" in html
    assert json.dumps("size: fatalities 1–4 / 5–9 / 10+")[1:-1] in html
    js = (assets.OWN_DIR / "incident_map.js").read_text()
    assert "mx-hollow" in js and "details.open = map.getSize().x >= openFrom" in js  # folds on narrow maps


def test_first_click_does_not_scroll_the_page(tmp_path):
    html = build_map(_frame(tmp_path, synthetic_incidents(5)), tiny_states()).get_root().render()
    assert "focus({preventScroll: true})" in html


def test_link_to_one_event_opens_its_popup(tmp_path):
    frame = _frame(tmp_path, [dict(r, geo_precision=1) for r in synthetic_incidents(20)])
    points_ = point_set(frame)
    index = points_.details["ids"].index("syn-000007")
    assert make_view(frame, points_, [], open_event="syn-000007").open == index
    assert make_view(frame, points_, [], open_event="nope").open == -1
    assert f'"open":{index}' in build_map(frame, tiny_states(), open_event="syn-000007").get_root().render()


def test_the_map_speaks_spanish(tmp_path):
    html = build_map(_frame(tmp_path, synthetic_incidents(30)), tiny_states(), lang="es").get_root().render()
    for words in ("Eventos por estado", "Bloqueo", "enlace a este evento", "Revisi\\u00f3n"):
        assert words in html, words
