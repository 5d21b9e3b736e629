"""build_map(incidents, states_geojson) -> folium.Map: states as a choropleth, incidents clustered.

No streamlit here: the map is a pure function of the (already filtered) incidents, so it
can be unit-tested and rendered to HTML. Everything is drawn from local assets (see
assets.py); with ``tiles=False`` the page makes no request beyond its own host.

Scale: incidents go to the browser as compact rows ([lat, lon, type, date, place, ...]
with indexes into de-duplicated, pre-escaped string tables) and are drawn by
Leaflet.markercluster from one JavaScript callback (IncidentCluster, a leaner FastMarkerCluster), so the
DOM only ever holds the clusters and markers in view -- never one element per incident.
"""
from __future__ import annotations

import copy
import html
import json
import math
from typing import Any, Iterable, Mapping
from urllib.parse import urlparse

import folium
import pandas as pd
from branca.element import Element
from folium.elements import MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template

from app.dashboard import assets
from app.dashboard.i18n import Translator, translator
from app.dashboard.style import (CHOROPLETH_FILLS, EVENT_STYLE, FALLBACK_STYLE, FATALITY_SIZES,
                                 HOLLOW_PRECISION, METRICS, NO_DATA_FILL, POINT_PRECISIONS, SEA_BACKGROUND,
                                 STATE_BORDER, fatality_size, marker_sizes)

MEXICO_CENTER = (23.6, -102.4)
MEXICO_ZOOM = 5
# markercluster needs a maxZoom on the map when there is no tile layer. 14 (a town's
# streets) is as close as our places get (municipality or locality coordinates), and
# fewer zoom levels halve the clustering work with 100,000 incidents (benchmarks/).
MAX_ZOOM = 14
# Above this many incidents the popups leave out the evidence sentence and link to the
# event instead (the link opens the map at it with the whole popup), so the map payload
# stays a few MB even for 100,000 incidents.
EVIDENCE_IN_POPUP_LIMIT = 20_000
# URL parameter of a link to one event (its first record's incident_id).
EVENT_PARAM = "event"
EVIDENCE_POPUP_CHARS = 400
OSM_TILES = "OpenStreetMap"

_TYPE_INDEX = {t: i for i, t in enumerate(EVENT_STYLE)}


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (no javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def class_breaks(values: Iterable[float], classes: int = len(CHOROPLETH_FILLS)) -> list[int]:
    """Upper bounds of up to ``classes`` classes over the positive values (quantiles, rounded).

    Quantiles rather than equal steps: incident counts are very skewed (one state can
    hold most of them) and equal steps would paint every other state the same pale colour.
    """
    positive = sorted(v for v in values if v and v > 0)
    if not positive:
        return []
    series = pd.Series(positive, dtype="float64")
    bounds = {int(math.ceil(series.quantile(q))) for q in
              [(i + 1) / classes for i in range(classes)]}
    return sorted(bounds)


def fill_for(value: float, breaks: list[int]) -> str:
    if not value or value <= 0 or not breaks:
        return NO_DATA_FILL
    for index, bound in enumerate(breaks):
        if value <= bound:
            # spread the used classes over the whole palette, darkest for the top class
            return CHOROPLETH_FILLS[_palette_index(index, len(breaks))]
    return CHOROPLETH_FILLS[-1]


def _palette_index(index: int, n_breaks: int) -> int:
    if n_breaks <= 1:
        return len(CHOROPLETH_FILLS) - 1
    return round(index * (len(CHOROPLETH_FILLS) - 1) / (n_breaks - 1))


def state_totals(events: pd.DataFrame) -> pd.DataFrame:
    """Per admin1 (state name), over events: events, fatalities, and how many of the events
    are placed at state level only (not drawn as points)."""
    if events.empty:
        return pd.DataFrame({"events": pd.Series(dtype="int64"), "fatalities": pd.Series(dtype="int64"),
                             "statewide": pd.Series(dtype="int64")})
    fatalities = pd.to_numeric(events["fatalities"], errors="coerce").fillna(0)
    statewide = ~_is_point(events)
    grouped = pd.DataFrame({"admin1": events["admin1"], "fatalities": fatalities, "statewide": statewide}) \
        .groupby("admin1").agg(events=("fatalities", "size"), fatalities=("fatalities", "sum"),
                               statewide=("statewide", "sum"))
    return grouped.astype("int64")


def _is_point(frame: pd.DataFrame) -> pd.Series:
    """Which records are drawn as points: placed at a town or near one (POINT_PRECISIONS)."""
    return pd.to_numeric(frame["geo_precision"], errors="coerce").isin(POINT_PRECISIONS)


def unplaced(events: pd.DataFrame) -> pd.DataFrame:
    """The events not drawn as points: placed at state level (3) or only in the country (4)."""
    return events[~_is_point(events)]


def _state_layer(states_geojson: Mapping[str, Any], totals: pd.DataFrame, metric: str,
                 t: Translator) -> folium.GeoJson:
    breaks = class_breaks(totals[metric].tolist())
    collection = copy.deepcopy(dict(states_geojson))
    for feature in collection.get("features", []):
        props = feature.setdefault("properties", {})
        name = str(props.get("name", ""))
        row = totals.loc[name] if name in totals.index else None
        n_events = int(row["events"]) if row is not None else 0
        n_fat = int(row["fatalities"]) if row is not None else 0
        n_wide = int(row["statewide"]) if row is not None else 0
        summary = t("map_state_summary", events=f"{n_events:,}", fatalities=f"{n_fat:,}")
        if n_wide:
            summary += " · " + t("map_state_statewide", n=f"{n_wide:,}")
        # Tooltip text is escaped here: folium puts property values into innerHTML.
        props["name"] = html.escape(name)
        props["summary"] = html.escape(summary)
        props["fill"] = fill_for(n_events if metric == "events" else n_fat, breaks)
    layer = folium.GeoJson(
        collection,
        name="States",
        style_function=lambda f: {"fillColor": f["properties"]["fill"], "fillOpacity": 0.75,
                                  "color": STATE_BORDER, "weight": 0.8},
        highlight_function=lambda f: {"weight": 2.5, "color": "#222", "fillOpacity": 0.9},
        # The first line of this tooltip is the state's name: the dashboard reads it back
        # (streamlit-folium's last_object_clicked_tooltip) to filter on a clicked state.
        tooltip=folium.GeoJsonTooltip(fields=["name", "summary"], labels=False, sticky=True),
        zoom_on_click=False,
    )
    layer.breaks = breaks  # for the legend
    return layer


def _source_html(article: str, meta: Mapping[str, Any] | None, t: Translator) -> str:
    meta = meta or {}
    label = html.escape(str(meta.get("source") or article))
    title = meta.get("title")
    if title:
        label += " — <i>" + html.escape(str(title)) + "</i>"
    url = safe_url(meta.get("url"))
    if url:
        label += (f' <a href="{html.escape(url, quote=True)}" target="_blank" '
                  f'rel="noopener noreferrer">{html.escape(t("popup_open_article"))}</a>')
    return label + f' <span class="mx-muted">({html.escape(article)})</span>'


def _sources_html(key: str, articles: Mapping[str, Mapping[str, Any]], t: Translator) -> str:
    """The popup's source line(s): one article, or "N sources" and each of them (an
    event several articles report, see events.py). ``key`` is the ids joined by newlines."""
    ids = key.split("\n")
    if len(ids) == 1:
        return f"<b>{html.escape(t('popup_source'))}</b> " + _source_html(ids[0], articles.get(ids[0]), t)
    items = "".join(f"<li>{_source_html(a, articles.get(a), t)}</li>" for a in ids)
    return (f'<b>{html.escape(t("popup_n_sources", n=len(ids)))}</b>'
            f'<ul class="mx-sources">{items}</ul>')


def _codes(values: pd.Series, render=html.escape) -> tuple[list[int], list[str]]:
    """Index of each value into a de-duplicated table of rendered (escaped) strings."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes.tolist(), [render(str(u)) for u in uniques]


def _place_texts(frame: pd.DataFrame) -> pd.Series:
    """"location, municipality, state" without repeating a name (a town is often its municipality)."""
    location = frame["location"].fillna("").astype(str)
    admin2 = frame["admin2"].astype("object").where(frame["admin2"].notna(), "").astype(str)
    admin1 = frame["admin1"].fillna("").astype(str)
    with_admin2 = location.where((admin2 == "") | (admin2 == location), location + ", " + admin2)
    return with_admin2.where((admin1 == "") | (admin1 == location), with_admin2 + ", " + admin1)


# Positions in a marker row (see marker_payload).
ROW_FIELDS = ("lat", "lon", "type", "date", "place", "precision", "fatalities", "evidence", "source",
              "status", "confidence", "id")


def marker_payload(incidents: pd.DataFrame, articles: Mapping[str, Mapping[str, Any]] | None = None,
                   with_evidence: bool | None = None, t: Translator | None = None) -> dict[str, Any]:
    """The events drawn as points, as compact rows plus string tables; every string is
    HTML-escaped except the ids (which only go through encodeURIComponent into a link).

    Row (ROW_FIELDS): [lat, lon, type index, date index, place index, geo precision,
    fatalities (-1 = not stated), evidence index (-1 = left out), source index, status
    index, confidence in percent (-1 = none), id index]. Vectorised: this runs on every
    rerun that changes the view, for up to 100,000 rows. State- and country-level events
    are left out (see ``unplaced``).
    """
    articles = articles or {}
    t = t or translator("en")
    lat = pd.to_numeric(incidents["latitude"], errors="coerce")
    lon = pd.to_numeric(incidents["longitude"], errors="coerce")
    frame = incidents[lat.notna() & lon.notna() & _is_point(incidents)]
    if with_evidence is None:
        with_evidence = len(frame) <= EVIDENCE_IN_POPUP_LIMIT
    lat, lon = lat[frame.index].round(5), lon[frame.index].round(5)
    types = frame["event_type"].map(_TYPE_INDEX).fillna(-1).astype("int64")
    date_codes, dates = _codes(frame["event_date"].astype(str) + " ("
                               + frame["date_precision"].astype(str).map(t.strings["date_precisions"].get)
                               .fillna(frame["date_precision"].astype(str)) + ")")
    place_codes, places = _codes(_place_texts(frame))
    precision = pd.to_numeric(frame["geo_precision"], errors="coerce").fillna(0).astype("int64")
    fatalities = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(-1).astype("int64")
    # an event reported by several articles (events.py) names all of them
    keys = frame["_articles"].map("\n".join) if "_articles" in frame else frame["article"].astype(str)
    source_codes, sources = _codes(keys, render=lambda k: _sources_html(k, articles, t))
    status = frame["status"].astype(str) if "status" in frame else pd.Series("auto", index=frame.index)
    status_codes, statuses = _codes(status, render=lambda s: html.escape(t.status_label(s)))
    confidence = (pd.to_numeric(frame["confidence"], errors="coerce") * 100).round().fillna(-1).astype("int64") \
        if "confidence" in frame else pd.Series(-1, index=frame.index)
    id_codes, ids = _codes(frame["incident_id"].astype(str), render=str)
    if with_evidence:
        text = frame["evidence"].fillna("").astype(str)
        long = text.str.len() > EVIDENCE_POPUP_CHARS
        text = text.where(~long, text.str.slice(0, EVIDENCE_POPUP_CHARS).str.rstrip() + "…")
        evidence_codes, evidence = _codes(text)
        empty = set(i for i, e in enumerate(evidence) if not e)
        evidence_codes = [-1 if c in empty else c for c in evidence_codes]
    else:
        evidence_codes, evidence = [-1] * len(frame), []
    rows = [list(row) for row in zip(lat.tolist(), lon.tolist(), types.tolist(), date_codes, place_codes,
                                     precision.tolist(), fatalities.tolist(), evidence_codes, source_codes,
                                     status_codes, confidence.tolist(), id_codes)]
    return {"rows": rows, "dates": dates, "places": places, "evidence": evidence, "sources": sources,
            "statuses": statuses, "ids": ids}


def _marker_callback(payload: Mapping[str, Any], t: Translator) -> str:
    """JavaScript ``{marker(row) -> L.marker, popup(row) -> html, tooltip(row)}`` closing
    over the string tables and the page's words."""
    styles = [{"label": html.escape(t.type_label(event_type)), "color": color, "icon": icon}
              for event_type, (_, color, icon) in EVENT_STYLE.items()]
    words = {key: html.escape(t(key)) for key in (
        "popup_date", "popup_place", "popup_precision", "popup_fatalities", "popup_not_stated",
        "popup_status", "popup_confidence", "popup_link", "popup_evidence_via_link", "popup_unknown")}
    tables = {"styles": styles, "fallback": {"label": html.escape(t.type_label("other")),
                                             "color": FALLBACK_STYLE[1], "icon": FALLBACK_STYLE[2]},
              "precision": {str(k): html.escape(t.precision_label(k)) for k in range(1, 5)},
              "sizes": {"base": fatality_size(None), "steps": [[least, px] for least, px in _size_steps()]},
              "hollow": HOLLOW_PRECISION, "param": EVENT_PARAM, "lang": t.lang, "words": words,
              **{k: payload[k] for k in ("dates", "places", "evidence", "sources", "statuses", "ids")}}
    # ensure_ascii: no raw U+2028/2029 or non-ASCII in the script; the strings are already
    # HTML-escaped, so they contain no "<" that could end a <script> element either; the
    # ids are not, so "<" is written as \\u003c.
    data = json.dumps(tables, ensure_ascii=True).replace("<", "\\u003c")
    return """(function () {
    var T = %s, W = T.words;
    function eventLink(row) {
        // The page's own address with ?event=<id>: opens the map at this event, popup open.
        var base = '';
        try { base = window.top.location.origin + window.top.location.pathname; } catch (e) { base = ''; }
        var href = base + '?' + T.param + '=' + encodeURIComponent(T.ids[row[11]])
            + (T.lang !== 'en' ? '&lang=' + T.lang : '');
        return '<a class="mx-event-link" target="_top" href="' + href + '">' + W.popup_link + '</a>';
    }
    function popup(row, s) {
        var fat = row[6] < 0 ? W.popup_not_stated : String(row[6]);
        var prec = T.precision[String(row[5])] || W.popup_unknown;
        var conf = row[10] < 0 ? W.popup_unknown : row[10] + '%%';
        var ev = row[7] < 0 ? '<div class="mx-muted">' + W.popup_evidence_via_link + '</div>'
                            : '<blockquote class="mx-evidence">' + T.evidence[row[7]] + '</blockquote>';
        return '<div class="mx-popup"><div class="mx-type" style="color:' + s.color + '">'
            + '<i class="fa-solid fa-' + s.icon + '"></i> ' + s.label + '</div>'
            + '<div><b>' + W.popup_date + '</b> ' + T.dates[row[3]] + '</div>'
            + '<div><b>' + W.popup_place + '</b> ' + T.places[row[4]] + ' <span class="mx-muted">('
            + W.popup_precision + ' ' + row[5] + ': ' + prec + ')</span></div>'
            + '<div><b>' + W.popup_fatalities + '</b> ' + fat + '</div>' + ev
            + '<div class="mx-source">' + T.sources[row[8]] + '</div>'
            + '<div class="mx-review"><b>' + W.popup_status + '</b> ' + T.statuses[row[9]]
            + ' · <b>' + W.popup_confidence + '</b> ' + conf + ' · ' + eventLink(row) + '</div></div>';
    }
    function tooltip(row, s) {
        return '<b>' + s.label + '</b> · ' + T.places[row[4]] + ' · ' + T.dates[row[3]];
    }
    function style(row) { return row[2] >= 0 ? T.styles[row[2]] : T.fallback; }
    function size(row) {
        var px = T.sizes.base;
        T.sizes.steps.forEach(function (step) { if (row[6] >= step[0]) px = step[1]; });
        return px;
    }
    // One icon object per type, hollowness and size, shared by all markers alike.
    var icons = {};
    function icon(row, s) {
        var hollow = row[5] >= T.hollow, px = size(row), key = s.icon + (hollow ? '-h' : '') + px;
        var look = hollow ? 'background:#fff;color:' + s.color + ';border-color:' + s.color
                          : 'background:' + s.color;
        return icons[key] || (icons[key] = L.divIcon({
            className: 'mx-marker' + (hollow ? ' mx-hollow' : ''),
            html: '<span style="' + look + ';width:' + px + 'px;height:' + px + 'px;font-size:'
                + Math.round(px / 2) + 'px"><i class="fa-solid fa-' + s.icon + '"></i></span>',
            iconSize: [px, px], iconAnchor: [px / 2, px / 2]}));
    }
    return {
        marker: function (row) {
            return L.marker([row[0], row[1]], {icon: icon(row, style(row)), mxRow: row});
        },
        // Popups are made on click (see IncidentCluster), not bound to each of 100,000 markers.
        popup: function (row) { return popup(row, style(row)); },
        tooltip: function (row) { return tooltip(row, style(row)); }
    };
})()""" % data


def _size_steps() -> list[tuple[int, int]]:
    return [(least, px) for least, px in FATALITY_SIZES if least > 0]


# Clusters in a dark neutral, sized by count: the default yellow/orange/green clusters
# would melt into the yellow-to-red choropleth underneath.
CLUSTER_ICON_JS = """function (cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 48;
    return L.divIcon({html: '<div><span>' + n.toLocaleString('en-US') + '</span></div>',
                      className: 'marker-cluster mx-cluster', iconSize: L.point(size, size)});
}"""


class _RawScript(Element):
    """Already rendered JavaScript, passed through as is (no Jinja compilation)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text




class IncidentCluster(MarkerCluster):
    """Leaflet.markercluster fed from compact rows by one JavaScript callback.

    Like folium's FastMarkerCluster, but the rows are serialised once here (folium's
    template would run them through Jinja's tojson on every render, and streamlit-folium
    renders twice) and handed to ``addLayers`` in one call, which markercluster clusters
    in chunks instead of marker by marker. ``open_index`` (a row) is shown with its popup
    open once the markers are in: a link to one event.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var make = {{ this.callback }};
            var rows = {{ this.rows_json }};
            var map = {{ this._parent.get_name() }};
            var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
            {%- if this.icon_create_function is not none %}
            cluster.options.iconCreateFunction = {{ this.icon_create_function.strip() }};
            {%- endif %}
            var markers = new Array(rows.length);
            for (var i = 0; i < rows.length; i++) { markers[i] = make.marker(rows[i]); }
            // On the map first: a cluster group that is not on a map checks every added
            // marker against its whole pending list (quadratic: 6 s for 100,000); on the
            // map, addLayers clusters in chunks and the page stays responsive.
            cluster.addTo(map);
            cluster.addLayers(markers);
            function openPopup(marker) {
                L.popup({maxWidth: 360, offset: [0, -8]}).setLatLng(marker.getLatLng())
                    .setContent(make.popup(marker.options.mxRow)).openOn(map);
            }
            cluster.on('click', function (e) {
                if (!e.layer || !e.layer.options.mxRow) return;
                openPopup(e.layer);
            });
            // One tooltip, made on hover (not bound to each marker): type, place and date.
            var tip = L.tooltip({direction: 'top', offset: [0, -10], className: 'mx-tooltip'});
            cluster.on('mouseover', function (e) {
                if (!e.layer || !e.layer.options.mxRow) return;
                tip.setLatLng(e.layer.getLatLng()).setContent(make.tooltip(e.layer.options.mxRow)).addTo(map);
            });
            cluster.on('mouseout', function () { tip.remove(); });
            var openIndex = {{ this.open_index }};
            if (openIndex >= 0) {
                // chunked loading: wait until the linked event's marker is in the group
                (function waitForMarker() {
                    var marker = markers[openIndex];
                    if (!cluster.hasLayer(marker)) { setTimeout(waitForMarker, 100); return; }
                    cluster.zoomToShowLayer(marker, function () { openPopup(marker); });
                })();
            }
            return cluster;
        })();
        {% endmacro %}
    """)

    _BIG = ("callback", "rows_json")

    def __init__(self, rows: list[list[Any]], callback: str, open_index: int = -1, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._name = "IncidentCluster"
        self.callback = callback
        self.open_index = int(open_index)
        # numbers only (strings live in the callback's escaped tables)
        self.rows_json = json.dumps(rows, separators=(",", ":"))

    def render(self, **kwargs: Any) -> None:
        """As folium's, minus a cost: folium wraps each rendered script in a new Jinja
        Template, and compiling megabytes of data as a template takes seconds. Render
        with placeholders, then put the data into a plain element."""
        big = {name: getattr(self, name) for name in self._BIG}
        for name in big:
            setattr(self, name, f"__mx_{name}__")
        try:
            super().render(**kwargs)
        finally:
            for name, value in big.items():
                setattr(self, name, value)
        scripts = self.get_root().script._children
        if self.get_name() in scripts:
            text = scripts[self.get_name()].render()
            for name, value in big.items():
                text = text.replace(f"__mx_{name}__", value)
            scripts[self.get_name()] = _RawScript(text)


class Legend(MacroElement):
    """A Leaflet control in a map corner holding pre-escaped HTML (no d3, unlike branca's).

    ``collapsible``: the HTML goes into a <details> with ``summary`` as its handle, open
    unless the map is narrower than ``open_from`` pixels (a phone), where it would hide
    half of the map.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var control = L.control({position: {{ this.position|tojson }}});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
                {%- if this.summary %}
                var details = L.DomUtil.create('details', '', div);
                details.open = map.getSize().x >= {{ this.open_from }};
                var summary = L.DomUtil.create('summary', 'mx-legend-title', details);
                summary.textContent = {{ this.summary|tojson }};
                var body = L.DomUtil.create('div', '', details);
                body.innerHTML = {{ this.html|tojson }};
                {%- else %}
                div.innerHTML = {{ this.html|tojson }};
                {%- endif %}
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            control.addTo(map);
        })();
        {% endmacro %}
    """)

    def __init__(self, html_text: str, position: str = "bottomleft", summary: str = "",
                 css_class: str = "mx-legend", open_from: int = 600) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html_text
        self.position = position
        self.summary = summary
        self.css_class = css_class
        self.open_from = int(open_from)


class KeepPageStill(MacroElement):
    """The first click on the map must land where it was aimed.

    On mouse-down Leaflet focuses the map's container (for keyboard panning), and
    ``focus()`` scrolls every scrollable ancestor -- the Streamlit page around the map's
    iframe included -- to show the whole map, so the mouse-up lands elsewhere and the click
    is lost. Re-bind Leaflet's handler with ``focus({preventScroll: true})``.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            if (!map.keyboard) return;
            map.keyboard.disable();
            map.keyboard._onMouseDown = function () {
                if (this._focused) return;
                this._map._container.focus({preventScroll: true});
            };
            map.keyboard.enable();
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "KeepPageStill"


def choropleth_legend_html(breaks: list[int], metric: str, t: Translator) -> str:
    title = html.escape(t("legend_per_state", metric=t.metric_label(metric)))
    rows = [f'<div><span class="mx-swatch" style="background:{NO_DATA_FILL}"></span>0</div>']
    low = 1
    for index, bound in enumerate(breaks):
        fill = CHOROPLETH_FILLS[_palette_index(index, len(breaks))]
        text = f"{low:,}" if low >= bound else f"{low:,}–{bound:,}"
        rows.append(f'<div><span class="mx-swatch" style="background:{fill}"></span>{text}</div>')
        low = bound + 1
    return f'<div class="mx-legend-title">{title}</div>' + "".join(rows)


def event_legend_html(present: Iterable[str] | None, t: Translator) -> str:
    """Types on the map, then what a marker's fill and size say (precision, fatalities)."""
    present = set(present) if present is not None else set(EVENT_STYLE)
    rows = []
    for event_type, (_, color, icon) in EVENT_STYLE.items():
        if event_type in present:
            rows.append(f'<div><span class="mx-legend-pin" style="background:{color}">'
                        f'<i class="fa-solid fa-{icon}"></i></span>{html.escape(t.type_label(event_type))}</div>')
    rows.append(f'<div class="mx-legend-title">{html.escape(t("legend_marker"))}</div>')
    rows.append(f'<div><span class="mx-legend-pin" style="background:#555"></span>'
                f'{html.escape(t("legend_filled"))}</div>')
    rows.append(f'<div><span class="mx-legend-pin mx-legend-hollow"></span>{html.escape(t("legend_hollow"))}</div>')
    sizes = "".join(f'<span class="mx-legend-size" style="width:{px - 8}px;height:{px - 8}px"></span>'
                    for _, px in marker_sizes())
    labels = " / ".join(label for label, _ in marker_sizes())
    rows.append(f'<div>{sizes} {html.escape(t("legend_size", sizes=labels))}</div>')
    return f'<div class="mx-legend-title">{html.escape(t("legend_types"))}</div>' + "".join(rows)


MAP_CSS = """
<style>
.leaflet-container { background: %(sea)s; font-family: system-ui, sans-serif; }
.mx-marker span { display: flex; align-items: center; justify-content: center; width: 22px; height: 22px;
  border-radius: 50%%; border: 2px solid #fff; box-shadow: 0 0 2px rgba(0,0,0,.6); color: #fff; font-size: 11px;
  box-sizing: border-box; }
.mx-marker.mx-hollow span { border-width: 3px; box-shadow: 0 0 0 1px #fff, 0 0 3px rgba(0,0,0,.6); }
.marker-cluster.mx-cluster { background: rgba(30, 42, 56, .35); border-radius: 50%%; }
.marker-cluster.mx-cluster div { background: rgba(30, 42, 56, .88); color: #fff; font-weight: 600;
  width: calc(100%% - 8px); height: calc(100%% - 8px); margin: 4px; border-radius: 50%%;
  display: flex; align-items: center; justify-content: center; font-size: 12px; }
.marker-cluster.mx-cluster span { line-height: 1; }
.mx-legend, .mx-note { background: rgba(255,255,255,.93); padding: 6px 9px; border-radius: 4px; font-size: 12px;
  line-height: 16px; box-shadow: 0 1px 4px rgba(0,0,0,.3); color: #222; max-width: 230px; }
.mx-note { max-width: 300px; }
.mx-note-empty { font-size: 14px; font-weight: 600; max-width: 340px; }
.mx-legend summary, .mx-note summary { cursor: pointer; font-weight: 600; }
.mx-legend-title { font-weight: 600; margin: 2px 0 3px; }
.mx-swatch { display: inline-block; width: 14px; height: 12px; margin-right: 6px; border: 1px solid #999;
  vertical-align: middle; }
.mx-legend-pin { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px;
  border-radius: 50%%; color: #fff; font-size: 9px; margin-right: 6px; vertical-align: middle; box-sizing: border-box; }
.mx-legend-hollow { background: #fff; border: 3px solid #555; }
.mx-legend-size { display: inline-block; border-radius: 50%%; background: #888; margin-right: 2px;
  vertical-align: middle; }
.mx-popup { font-size: 13px; line-height: 1.35; }
.mx-popup > div { margin: 2px 0; }
.mx-type { font-weight: 700; font-size: 14px; }
.mx-evidence { margin: 6px 0; padding-left: 8px; border-left: 3px solid #ccc; font-style: italic; color: #333; }
.mx-muted { color: #666; font-size: 12px; }
.mx-review { color: #444; font-size: 12px; border-top: 1px solid #ddd; padding-top: 3px; }
.mx-sources { margin: 2px 0 0 0; padding-left: 18px; }
</style>
""" % {"sea": SEA_BACKGROUND}


def _local_assets(element: Any, js: list[tuple[str, str]], css: list[tuple[str, str]]) -> None:
    # Instance attributes: folium's render and streamlit-folium both read them per element.
    element.default_js = list(js)
    element.default_css = list(css)


def _local_assets(element: Any, js: list[tuple[str, str]], css: list[tuple[str, str]]) -> None:
    # Instance attributes: folium's render and streamlit-folium both read them per element.
    element.default_js = list(js)
    element.default_css = list(css)


def _bounds_of(states_geojson: Mapping[str, Any], names: Iterable[str]) -> list[list[float]] | None:
    wanted = set(names)
    lats: list[float] = []
    lons: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], (int, float)):
            lons.append(float(coords[0]))
            lats.append(float(coords[1]))
        else:
            for item in coords:
                walk(item)

    for feature in states_geojson.get("features", []):
        if feature.get("properties", {}).get("name") in wanted:
            walk(feature["geometry"]["coordinates"])
    if not lats:
        return None
    return [[min(lats), min(lons)], [max(lats), max(lons)]]




def unplaced_note(events: pd.DataFrame, t: Translator) -> tuple[str, str]:
    """(handle, text) of the note on the map about the events not drawn as points:
    ("8 events are not points", "6 state-wide ... listed under the map"); ("", "") if none."""
    precision = pd.to_numeric(events["geo_precision"], errors="coerce")
    statewide, national = int((precision == 3).sum()), int((precision >= 4).sum())
    if not statewide and not national:
        return "", ""
    return (t("map_unplaced_handle", n=f"{statewide + national:,}"),
            html.escape(t("map_unplaced_note", statewide=f"{statewide:,}", national=f"{national:,}")))


def build_map(incidents: pd.DataFrame, states_geojson: Mapping[str, Any] | None, *,
              metric: str = "events", tiles: bool = False,
              articles: Mapping[str, Mapping[str, Any]] | None = None,
              focus_states: Iterable[str] = (), lang: str = "en", empty_note: str = "",
              open_event: str | None = None) -> folium.Map:
    """The dashboard's map of ``incidents`` (already filtered; events, see events.py) over the state shapes.

    ``metric`` colours the states by "events" or "fatalities"; ``tiles`` adds
    OpenStreetMap tiles (needs the internet); ``articles`` maps article ids to their
    metadata (source, title, url) for the popups; ``focus_states`` zooms to those states;
    ``lang`` is the language of every word on the map; ``empty_note`` is shown on the map
    when there is nothing to draw; ``open_event`` (an incident_id) opens that event's popup.
    Events placed only at state or country level are not points: they count in their
    state's colour and a note on the map says how many there are.
    """
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {sorted(METRICS)}, not {metric!r}")
    t = translator(lang)
    fmap = folium.Map(location=MEXICO_CENTER, zoom_start=MEXICO_ZOOM, tiles=None,
                      control_scale=True)
    # folium only hands min/max zoom to a tile layer; with none, Leaflet.markercluster
    # refuses to start ("Map has no maxZoom specified"), so set them on the map itself.
    fmap.options.update(maxZoom=MAX_ZOOM, minZoom=3)
    _local_assets(fmap, assets.MAP_JS, assets.MAP_CSS)
    fmap.get_root().header.add_child(folium.Element(MAP_CSS), name="mx_css")
    KeepPageStill().add_to(fmap)
    if tiles:
        folium.TileLayer(OSM_TILES, name="OpenStreetMap", max_zoom=MAX_ZOOM).add_to(fmap)

    legend_parts = []
    if states_geojson and states_geojson.get("features"):
        layer = _state_layer(states_geojson, state_totals(incidents), metric, t)
        layer.add_to(fmap)
        legend_parts.append(choropleth_legend_html(layer.breaks, metric, t))
        focus = _bounds_of(states_geojson, focus_states) if focus_states else None
        if focus:
            fmap.fit_bounds(focus)

    if not incidents.empty:
        payload = marker_payload(incidents, articles, t=t)
        open_index = payload["ids"].index(open_event) if open_event in payload["ids"] else -1
        if open_index >= 0:
            open_index = next(i for i, row in enumerate(payload["rows"]) if row[11] == open_index)
        cluster = IncidentCluster(
            payload["rows"], _marker_callback(payload, t), open_index=open_index, name="Incidents",
            # Many incidents share a town's coordinates: at the last zoom level a click on
            # their cluster spreads them out (spiderfy) instead of stacking them.
            # Longer chunks (ms of clustering between yields to the page) cut the overhead
            # of many short chunks with large data sets.
            options={"maxClusterRadius": 45, "spiderfyOnMaxZoom": True, "chunkedLoading": True,
                     "chunkInterval": 1000, "showCoverageOnHover": False},
            icon_create_function=CLUSTER_ICON_JS)
        _local_assets(cluster, assets.CLUSTER_JS, assets.CLUSTER_CSS)
        cluster.add_to(fmap)
        legend_parts.append(event_legend_html(incidents["event_type"].unique(), t))
        handle, note = unplaced_note(incidents, t)
        if note:
            Legend(note, position="topright", summary=handle, css_class="mx-note mx-unplaced").add_to(fmap)
    if empty_note:
        Legend(html.escape(empty_note), position="topright", css_class="mx-note mx-note-empty").add_to(fmap)
    if legend_parts:
        Legend('<hr style="margin:5px 0">'.join(legend_parts), position="bottomright",
               summary=t("legend_summary")).add_to(fmap)
    return fmap
