"""build_map: offline assets only, escaping, clustering payload, choropleth classes."""
from __future__ import annotations

import json
import re
import time

import pandas as pd

from app.dashboard import assets
from app.dashboard.i18n import translator
from app.dashboard.map import (EVIDENCE_IN_POPUP_LIMIT, MAX_ZOOM, ROW_FIELDS, _marker_callback, build_map, class_breaks,
                               fill_for, marker_payload, safe_url, state_totals, unplaced)
from app.dashboard.style import CHOROPLETH_FILLS, NO_DATA_FILL
from app.demo import synthetic_incidents
from app.store import load_incidents, write_incidents

from conftest import ARTICLES, hostile_record, tiny_states

EXTERNAL_REF = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def _frame(tmp_path, records):
    write_incidents(records, tmp_path)
    return load_incidents(tmp_path)


def test_rendered_map_points_at_no_cdn(tmp_path):
    frame = _frame(tmp_path, synthetic_incidents(200) + [hostile_record()])
    html = build_map(frame, tiny_states(), articles=ARTICLES).get_root().render()
    assert not EXTERNAL_REF.search(html), EXTERNAL_REF.search(html)
    assert "cdn" not in html.lower() and "d3" not in re.findall(r'src="[^"]*"', html)
    srcs = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert srcs and all(s.startswith(assets.URL_PREFIX + "/") for s in srcs), srcs
    for url in srcs:  # every referenced file is one that copy_assets provides
        assert url[len(assets.URL_PREFIX) + 1:] in {dest for _, dest in assets.VENDOR_FILES}
    assert "L.markerClusterGroup" in html and f'"maxZoom": {MAX_ZOOM}' in html
    assert "__mx_" not in html and "[20.6,-103.3,0," in html  # data put back after the fast render


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
    assert links and all(u.startswith(assets.URL_PREFIX) for u in links), links
    assert "://" not in _get_header(fmap)


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
    payload = marker_payload(frame, ARTICLES)
    assert any('href="https://www.informador.mx/ejemplo"' in s for s in payload["sources"])
    assert safe_url("javascript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert safe_url("https://example.org/a") == "https://example.org/a" and safe_url(None) is None


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


def test_class_breaks_and_fills():
    assert class_breaks([0, 0]) == [] and fill_for(0, [1, 2]) == NO_DATA_FILL
    breaks = class_breaks([1, 2, 3, 5, 8, 13, 400])
    assert breaks == sorted(set(breaks)) and breaks[-1] == 400
    assert fill_for(400, breaks) == CHOROPLETH_FILLS[-1]
    assert fill_for(1, breaks) != fill_for(400, breaks)


def test_no_dom_marker_per_incident_and_compact_payload_at_scale(tmp_path):
    """100,000 incidents: one JS callback over compact rows, not 100,000 folium Markers."""
    records = synthetic_incidents(100_000, seed=3)
    frame = pd.DataFrame(records)  # build_map takes any frame in codebook columns
    started = time.perf_counter()
    fmap = build_map(frame, tiny_states())
    html = fmap.get_root().render()
    elapsed = time.perf_counter() - started
    assert html.count("L.marker(") == 1  # the callback; no per-incident marker statements
    assert len(html) < 15_000_000, len(html)
    assert elapsed < 30, elapsed
    points = frame[frame["geo_precision"] <= 2]
    payload = marker_payload(points.head(EVIDENCE_IN_POPUP_LIMIT + 1))
    assert payload["evidence"] == []  # above the limit the popup links to the event instead
    assert len(payload["ids"]) == EVIDENCE_IN_POPUP_LIMIT + 1  # ... by its id
    assert "popup_evidence_via_link" in _marker_callback(payload, translator("en")) or \
        "open the link to this event" in _marker_callback(payload, translator("en"))
    assert json.dumps(payload["rows"][0]).startswith("[")


def test_empty_frame_and_missing_shapes(tmp_path):
    frame = _frame(tmp_path, synthetic_incidents(3))
    html = build_map(frame.iloc[0:0], tiny_states()).get_root().render()
    assert "L.markerClusterGroup" not in html and "Events per state" in html
    assert "L.markerClusterGroup" in build_map(frame, None).get_root().render()


def test_marker_payload_rows_point_into_escaped_tables(tmp_path):
    records = synthetic_incidents(3, seed=1) + [hostile_record()]
    records[0].update(location="Zapopan", admin2="Zapopan", admin1="Jalisco", fatalities=None, evidence="")
    records[0]["evidence_end"] = 0
    frame = _frame(tmp_path, records)
    frame["geo_precision"] = 1
    payload = marker_payload(frame, ARTICLES)
    rows = {payload["ids"][row[11]]: row for row in payload["rows"]}
    zapopan = rows["syn-000000"]
    assert payload["places"][zapopan[4]] == "Zapopan, Jalisco"  # the municipality is not repeated
    assert zapopan[6] == -1 and zapopan[7] == -1  # fatalities not stated, no evidence
    evil = rows["evil-1"]
    assert payload["evidence"][evil[7]].startswith("=HYPERLINK(&quot;http") and evil[6] == 2
    assert payload["dates"][evil[3]] == "2026-02-22 (day)"
    assert "Evil &lt;b&gt;Daily&lt;/b&gt;" in payload["sources"][evil[8]]
    assert payload["statuses"][evil[9]] == "unreviewed" and 0 <= evil[10] <= 100
    assert all(len(row) == len(ROW_FIELDS) for row in payload["rows"])


def test_state_and_country_level_events_are_not_points(tmp_path):
    records = synthetic_incidents(60, seed=8)
    records[0].update(admin1="", admin2=None, geo_precision=4, location="México", latitude=23.6345,
                      longitude=-102.5528)
    frame = _frame(tmp_path, records)
    payload = marker_payload(frame)
    drawn = {payload["ids"][row[11]] for row in payload["rows"]}
    placed_low = set(frame.loc[frame["geo_precision"] >= 3, "incident_id"])
    assert placed_low and not (drawn & placed_low)  # never a point where they did not happen
    assert drawn == set(frame["incident_id"]) - placed_low
    assert set(unplaced(frame)["incident_id"]) == placed_low
    html = build_map(frame, tiny_states()).get_root().render()
    statewide = int((frame["geo_precision"] == 3).sum())
    assert f"{statewide} state-wide events" in html and "1 national events" in html


def test_markers_show_precision_and_fatalities_in_the_legend(tmp_path):
    html = build_map(_frame(tmp_path, synthetic_incidents(50)), tiny_states()).get_root().render()
    assert "mx-hollow" in html and "hollow: near or part of a town" in html
    assert json.dumps("size: fatalities 1–4 / 5–9 / 10+")[1:-1] in html  # as the legend script holds it
    assert "details" in html  # the legend folds away (closed on narrow maps)


def test_first_click_does_not_scroll_the_page(tmp_path):
    html = build_map(_frame(tmp_path, synthetic_incidents(5)), tiny_states()).get_root().render()
    assert "focus({preventScroll: true})" in html


def test_link_to_one_event_opens_its_popup(tmp_path):
    frame = _frame(tmp_path, [dict(r, geo_precision=1) for r in synthetic_incidents(20)])
    html = build_map(frame, tiny_states(), open_event="syn-000007").get_root().render()
    payload = marker_payload(frame)
    index = next(i for i, row in enumerate(payload["rows"]) if payload["ids"][row[11]] == "syn-000007")
    assert f"var openIndex = {index};" in html
    assert "var openIndex = -1;" in build_map(frame, tiny_states()).get_root().render()


def test_the_map_speaks_spanish(tmp_path):
    html = build_map(_frame(tmp_path, synthetic_incidents(30)), tiny_states(), lang="es").get_root().render()
    for words in ("Eventos por estado", "Bloqueo", "enlace a este evento", "Revisi\\u00f3n"):
        assert words in html, words
