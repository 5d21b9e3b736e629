"""The dashboard's map: state shapes coloured by the view, incidents clustered in the browser.

No streamlit here. Two folium elements, made the way folium's plugins are (a Jinja
``_template``, JavaScript and CSS as static files served locally, declared in
``default_js``/``default_css``; static/mx/incident_map.js does the drawing):

- ``IncidentMap``: the state shapes and the incidents of one store revision (points.py),
  given inline or as URLs of content-addressed files the browser fetches once and keeps;
  supercluster clusters them in the browser and only the clusters and markers in view are
  drawn -- never one Leaflet marker per incident.
- ``MapView``: what one view shows (which points, the states' colours and tooltips, the
  legend, the notes, the state to zoom to, the event whose popup opens): a few kB, sent on
  every filter change without rebuilding the map (streamlit-folium's feature group).

``build_map`` makes a self-contained map (inline data: the Add article preview, tests);
the map page uses ``base_map`` + ``view_group`` so a filter change re-sends only the view.
Everything is drawn from local assets (assets.py); with ``tiles=False`` the page makes no
request beyond its own host.
"""
from __future__ import annotations

import hashlib
import html
import json
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import folium
import numpy as np
import pandas as pd
from folium.elements import JSCSSMixin, MacroElement
from folium.template import Template

from app.dashboard import assets, points
from app.dashboard.i18n import Translator, translator
from app.dashboard.points import PointSet, at_point_precision
from app.dashboard.style import (CHOROPLETH_FILLS, EVENT_STYLE, FALLBACK_STYLE, FATALITY_SIZES,
                                 HOLLOW_PRECISION, METRICS, NO_DATA_FILL, SEA_BACKGROUND, STATE_BORDER,
                                 fatality_size, marker_sizes)

MEXICO_CENTER = (23.6, -102.4)
MEXICO_ZOOM = 5
# 14 (a town's streets) is as close as our places get (municipality or locality
# coordinates); supercluster clusters up to it, so events at one place stay one cluster
# there and a click lists them.
MAX_ZOOM = 14
CLUSTER_RADIUS = 60  # px at supercluster's 512 px tiles: about markercluster's 45 px at 256
LIST_MAX = 30  # events listed by a click on a cluster no zoom separates
# Views of up to this many points are clustered on the page's main thread, at once (tens of
# ms, drawn before the page renders on); larger ones in a Web Worker, so the page never
# freezes (supercluster takes about half a second for 80,000 points); once the worker
# runs, smaller views go there too.
MAIN_THREAD_POINTS = 20_000
# URL parameter of a link to one event (its first record's incident_id).
EVENT_PARAM = "event"
OSM_TILES = "OpenStreetMap"
LEGEND_OPEN_FROM = 1200  # px: on narrower maps (phones, laptops) the legend starts folded, off Yucatán

EVIDENCE_IN_POPUP_LIMIT = points.EVIDENCE_IN_POPUP_LIMIT
safe_url = points.safe_url


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
    # Counted with numpy over the states' codes: a groupby took 0.2 s per rerun at 100,000.
    fatalities = pd.to_numeric(events["fatalities"], errors="coerce").fillna(0).to_numpy(dtype="float64")
    statewide = (~at_point_precision(events)).to_numpy(dtype="int64")
    codes, names = pd.factorize(events["admin1"], sort=True)  # missing admin1: -1, left out
    kept = codes >= 0
    codes, n = codes[kept], len(names)
    totals = pd.DataFrame({"events": np.bincount(codes, minlength=n),
                           "fatalities": np.bincount(codes, weights=fatalities[kept], minlength=n),
                           "statewide": np.bincount(codes, weights=statewide[kept], minlength=n)},
                          index=pd.Index(names, name="admin1"))
    return totals.astype("int64")


def unplaced(events: pd.DataFrame) -> pd.DataFrame:
    """The events not drawn as points: placed at state level (3) or only in the country (4)."""
    return events[~at_point_precision(events)]


def state_shapes(states_geojson: Mapping[str, Any]) -> dict[str, Any]:
    """The states as the browser gets them: geometry, the name (to match views and clicks)
    and ``label``, the name HTML-escaped for the tooltip."""
    features = []
    for feature in states_geojson.get("features", []):
        name = str((feature.get("properties") or {}).get("name", ""))
        features.append({"type": "Feature", "geometry": feature.get("geometry"),
                         "properties": {"name": name, "label": html.escape(name)}})
    return {"type": "FeatureCollection", "features": features}


def _words(t: Translator) -> dict[str, Any]:
    """Every word the map's JavaScript shows, HTML-escaped, in the page's language."""
    words = {key: html.escape(t(key)) for key in (
        "popup_date", "popup_place", "popup_precision", "popup_fatalities", "popup_not_stated",
        "popup_status", "popup_confidence", "popup_link", "popup_evidence_via_link", "popup_unknown",
        "popup_source", "popup_open_article", "legend_summary", "map_loading")}
    words["loading"] = words.pop("map_loading")
    words["popup_n_sources"] = html.escape(t("popup_n_sources", n="{n}"))
    words["map_cluster_more"] = html.escape(t("map_cluster_more", n="{n}"))
    return {
        "words": words,
        "styles": [{"label": html.escape(t.type_label(event_type)), "color": color, "icon": icon}
                   for event_type, (_, color, icon) in EVENT_STYLE.items()],
        "fallback": {"label": html.escape(t.type_label("other")), "color": FALLBACK_STYLE[1],
                     "icon": FALLBACK_STYLE[2]},
        "precision": {str(k): html.escape(t.precision_label(k)) for k in range(1, 5)},
        "datePrecisions": {k: html.escape(v) for k, v in t.strings["date_precisions"].items()},
        "statuses": {k: html.escape(v) for k, v in t.strings["statuses"].items()},
        "lang": t.lang,
    }


_JINJA_OPENERS = re.compile(r"\{(?=[{%#])")


def script_json(payload: Any) -> str:
    """``payload`` as JSON to put inside a <script> that folium renders through Jinja.

    No "<" (so no "</script>"), no raw U+2028/2029, and no "{{", "{%" or "{#" that Jinja
    would run: folium compiles a rendered script once more as a template, and the data hold
    article text. In JSON those can only occur inside strings, where \\u007b is the same "{".
    """
    return _JINJA_OPENERS.sub(r"\\u007b", points.to_json(payload).decode("ascii"))


class IncidentMap(JSCSSMixin, MacroElement):
    """The state shapes and the incidents of one store revision, drawn by static/mx/incident_map.js.

    ``data``: the point set inline (a ``PointSet``) or the URLs of its published files
    (``points.Published``); ``states``: the state shapes (see ``state_shapes``) inline, or
    ``states_url``. Inputs are checked here, at the boundary: URLs must be this server's
    static files, the language one the map speaks. With ``report_drawn`` the map tells the
    page each time it has drawn a view (its ``View.token``; app/dashboard/map_drawn.py).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = MxIncidents.layer({{ this._parent.get_name() }}, {{ this.options_json }});
        {% endmacro %}
    """)

    default_js = list(assets.MAP_JS_BUNDLE)  # Leaflet, supercluster and our scripts: one file
    default_css = [*assets.LEAFLET_CSS, *assets.INCIDENT_MAP_CSS]

    def __init__(self, data: PointSet | points.Published, t: Translator, *,
                 states: Mapping[str, Any] | None = None, states_url: str | None = None,
                 report_drawn: bool = False, watch: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self._name = "IncidentMap"
        options: dict[str, Any] = {
            **_words(t), "sea": SEA_BACKGROUND, "noDataFill": NO_DATA_FILL, "stateBorder": STATE_BORDER,
            "center": list(MEXICO_CENTER), "zoom": MEXICO_ZOOM, "maxZoom": MAX_ZOOM, "radius": CLUSTER_RADIUS,
            "listMax": LIST_MAX, "openFrom": LEGEND_OPEN_FROM, "hollow": HOLLOW_PRECISION, "param": EVENT_PARAM,
            "sizes": {"base": fatality_size(None), "steps": [[least, px] for least, px in FATALITY_SIZES if least > 0]},
            "states": dict(states) if states else None, "statesUrl": _static_url(states_url),
            "points": None, "pointsUrl": None, "details": None, "detailsUrl": None,
            # clustering in a Web Worker, off the page's main thread (static/mx/cluster_worker.js)
            "workerUrl": _script_url(assets.CLUSTER_WORKER_URL), "superclusterUrl": _script_url(assets.SUPERCLUSTER_URL),
            "mainThreadMax": MAIN_THREAD_POINTS, "reportDrawn": report_drawn,
            # the page's type and state widgets (their keys): the map applies a change there
            # itself as soon as the widget shows it (incident_map.js ``watchFilters``)
            "watch": _widget_keys(watch),
        }
        if isinstance(data, PointSet):
            options.update(points=data.table, details=data.details)
        elif isinstance(data, points.Published):
            options.update(pointsUrl=_static_url(data.points_url), detailsUrl=_static_url(data.details_url))
        else:
            raise TypeError(f"data must be a PointSet or points.Published, not {type(data).__name__}")
        self.options_json = script_json(options)


def _widget_keys(watch: Mapping[str, str] | None) -> dict[str, str] | None:
    if not watch:
        return None
    if set(watch) != {"types", "states"} or not all(re.fullmatch(r"[A-Za-z0-9_-]+", k) for k in watch.values()):
        raise ValueError(f"watch takes the keys of the types and states widgets, not {watch!r}")
    return dict(watch)


def _static_url(url: str | None) -> str | None:
    """A URL of this server's published files, or None; anything else is refused."""
    if url is None:
        return None
    if not re.fullmatch(r"/app/static/[A-Za-z0-9_./-]+\.json", url) or ".." in url:
        raise ValueError(f"not a local static JSON file: {url!r}")
    return url


def _script_url(url: str) -> str:
    """A URL of one of this server's static scripts (optionally ?v=<hash>); anything else is refused."""
    if not re.fullmatch(r"/app/static/[A-Za-z0-9_./-]+\.js(\?v=[0-9a-f]{8,64})?", url) or ".." in url:
        raise ValueError(f"not a local static script: {url!r}")
    return url


@dataclass(frozen=True)
class View:
    """What one view of the map shows; JSON-ready (see incident_map.js ``apply``)."""

    mask: str | None  # points shown, one bit each (points.PointSet.mask); None = all
    states: dict[str, tuple[str, str]]  # state name -> (fill colour, tooltip summary HTML)
    zero_summary: str  # tooltip summary of a state with no events
    legend: str  # legend HTML (escaped)
    note: tuple[str, str] | None  # (handle, HTML) of the note on events that are not points
    empty: str  # HTML of the note shown when nothing is in view
    focus: tuple[str, ...]  # state names to zoom to
    open: int  # point whose popup opens (a link to one event), -1 for none
    # The filters this view is of, as the map can apply them itself (``early_filters``), or
    # None when it cannot: then it waits for the server's view. Not part of the token.
    early: Mapping[str, Any] | None = None

    def _content(self) -> dict[str, Any]:
        return {"mask": self.mask, "states": {k: list(v) for k, v in self.states.items()},
                "zeroSummary": self.zero_summary, "legend": self.legend,
                "note": list(self.note) if self.note else None, "empty": self.empty,
                "focus": list(self.focus), "open": self.open}

    @property
    def token(self) -> str:
        """A name of this view (the same view, the same token): the map reports it once it has
        drawn the view, and the page renders what waits for that (app/dashboard/map_drawn.py)."""
        content = json.dumps(self._content(), sort_keys=True, ensure_ascii=True).encode()
        return hashlib.sha256(content).hexdigest()[:16]

    def as_json(self, seq: int | None = None) -> dict[str, Any]:
        """The view as the map gets it; ``seq`` (see view_script) orders the views one page sends."""
        return {**self._content(), "token": self.token, "early": dict(self.early) if self.early else None,
                **({"seq": seq} if seq is not None else {})}


def early_filters(types: Iterable[str], states: Iterable[str], date_from: Any, date_to: Any) -> dict[str, Any]:
    """What the map needs to apply a change of the type or state filter itself, before the
    server's view comes (static/mx/incident_map.js ``early``): the types as indexes of the
    points' ``type`` column, the states' names as the points file has them (escaped), the
    dates as ISO text (None: open). Only for filters the browser can apply exactly: the
    caller gives None for a view with any other filter (words, actors, precision)."""
    indexes = [points.TYPE_INDEX.get(t, -1) for t in types]
    if -1 in indexes:
        raise ValueError(f"a type the map has no style for: {list(types)}")
    return {"types": indexes, "states": [html.escape(str(s)) for s in states],
            "from": date_from.isoformat() if date_from else None, "to": date_to.isoformat() if date_to else None}


class MapView(MacroElement):
    """One view of the map (a ``View``), applied to the page's IncidentMap."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        MxIncidents.view({{ this.view_json }});
        {% endmacro %}
    """)

    def __init__(self, view: View, seq: int | None = None) -> None:
        super().__init__()
        self._name = "MapView"
        if not isinstance(view, View):
            raise TypeError(f"view must be a View, not {type(view).__name__}")
        self.view_json = script_json(view.as_json(seq))


def make_view(events: pd.DataFrame, point_set: PointSet, state_names: Iterable[str], *,
              metric: str = "events", lang: str = "en", empty_note: str = "",
              focus_states: Iterable[str] = (), open_event: str | None = None) -> View:
    """The view of ``events`` (the filtered events of the revision ``point_set`` was made from)."""
    open_index = -1
    if open_event and not events.empty:
        match = events[events["incident_id"].astype(str) == str(open_event)]
        found = point_set.positions(match)
        open_index = int(found[0]) if len(found) else -1
    precision = pd.to_numeric(events["geo_precision"], errors="coerce")
    return view_of_totals(state_totals(events), events["event_type"].unique() if not events.empty else None,
                          (int((precision == 3).sum()), int((precision >= 4).sum())), point_set.mask(events),
                          state_names, metric=metric, lang=lang, empty_note=empty_note, focus_states=focus_states,
                          open_index=open_index)


def view_of_totals(totals: pd.DataFrame, types: Iterable[str] | None, unplaced_counts: tuple[int, int],
                   mask: str | None, state_names: Iterable[str], *, metric: str = "events", lang: str = "en",
                   empty_note: str = "", focus_states: Iterable[str] = (), open_index: int = -1) -> View:
    """A view from what it counts (the store's queries answer these without the events):
    ``totals`` as state_totals gives them, the event ``types`` present (None: no events),
    the events placed at state level and in the country only, the points' mask."""
    if metric not in METRICS:
        raise ValueError(f"metric must be one of {sorted(METRICS)}, not {metric!r}")
    t = translator(lang)
    state_names = list(state_names)
    breaks = class_breaks(totals[metric].tolist())
    states: dict[str, tuple[str, str]] = {}
    for name in state_names:
        if name not in totals.index:
            continue
        row = totals.loc[name]
        summary = t("map_state_summary", events=f"{int(row['events']):,}", fatalities=f"{int(row['fatalities']):,}")
        if int(row["statewide"]):
            summary += " · " + t("map_state_statewide", n=f"{int(row['statewide']):,}")
        states[name] = (fill_for(int(row[metric]), breaks), html.escape(summary))
    legend = [choropleth_legend_html(breaks, metric, t)] if state_names or types is not None else []
    note = None
    if types is not None:
        legend.append(event_legend_html(types, t))
        handle, text = unplaced_note_of(*unplaced_counts, t)
        note = (html.escape(handle), text) if text else None
    return View(mask=mask, states=states,
                zero_summary=html.escape(t("map_state_summary", events="0", fatalities="0")),
                legend='<hr style="margin:5px 0">'.join(legend), note=note, empty=html.escape(empty_note),
                focus=tuple(focus_states), open=open_index)


def base_map(data: PointSet | points.Published, states_geojson: Mapping[str, Any] | None = None, *,
             states_url: str | None = None, tiles: bool = False, lang: str = "en",
             report_drawn: bool = False, watch: Mapping[str, str] | None = None) -> folium.Map:
    """The map without a view: the same for every filter of one store revision and language
    (``report_drawn``, ``watch``: see IncidentMap)."""
    t = translator(lang)
    fmap = folium.Map(location=MEXICO_CENTER, zoom_start=MEXICO_ZOOM, tiles=None, control_scale=True)
    fmap.options.update(maxZoom=MAX_ZOOM, minZoom=3)
    # folium.Map's own links point to CDNs: the map needs only Leaflet, served here (in the
    # bundle of the map's scripts, assets.MAP_JS_BUNDLE).
    fmap.default_js = list(assets.MAP_JS_BUNDLE)
    fmap.default_css = list(assets.LEAFLET_CSS)
    KeepPageStill().add_to(fmap)
    if tiles:
        folium.TileLayer(OSM_TILES, name="OpenStreetMap", max_zoom=MAX_ZOOM).add_to(fmap)
    shapes = state_shapes(states_geojson) if states_geojson and states_geojson.get("features") else None
    IncidentMap(data, t, states=shapes, states_url=states_url, report_drawn=report_drawn, watch=watch).add_to(fmap)
    return fmap


def preload_urls(states_url: str | None, points_url: str | None, worker: bool = False) -> list[tuple[str, str]]:
    """(URL, kind) of what the map page's iframe will fetch, in the order it needs them:
    streamlit-folium's script, the map's bundle, the state shapes and the points, and with
    ``worker`` (more points than MAIN_THREAD_POINTS) the clustering worker's two scripts
    (kind: a <link rel=preload>'s ``as``)."""
    from app.dashboard import static_files
    scripts = [*static_files.component_scripts(), *(url for _, url in assets.MAP_JS_BUNDLE)]
    workers = [assets.CLUSTER_WORKER_URL, assets.SUPERCLUSTER_URL] if worker else []
    data = [_static_url(url) for url in (states_url, points_url) if url]
    return [(url, "script") for url in scripts] + [(url, "fetch") for url in data] + [(url, "script") for url in workers]


def preload_script(urls: Iterable[tuple[str, str]]) -> str:
    """A script (for st.html, in the page) that asks for ``urls`` now, as <link rel=preload>: the
    map's iframe, of the same origin, then finds them in the browser's HTTP cache (they are
    served "immutable", static_files.py; the cache does not tell a preload from the iframe's
    fetch(), checked in test_dashboard_first_visit.py). Each link once per page."""
    return ("<script>(function () { " + script_json([[url, kind] for url, kind in urls]) + ".forEach(function (f) {"
            " if (document.querySelector('link[rel=preload][href=\"' + f[0] + '\"]')) return;"
            " var l = document.createElement('link'); l.rel = 'preload'; l.as = f[1]; l.href = f[0];"
            " document.head.appendChild(l); }); })();</script>")


def view_group(view: View, seq: int | None = None) -> folium.FeatureGroup:
    """The view as streamlit-folium's ``feature_group_to_add``: applied to the mounted map
    (``seq``: see view_script)."""
    group = folium.FeatureGroup(name="view", control=False)
    MapView(view, seq).add_to(group)
    return group


VIEW_EVENT = "mx-view"  # the page's event that hands a view to its map (incident_map.js)


def view_script(view: View, seq: int) -> str:
    """A <script> for the page around the map (st.html) that hands ``view`` to the map at
    once, without rendering the map's element again: the map (static/mx/incident_map.js)
    listens for VIEW_EVENT on the page. ``seq`` numbers the views a page sends, the one it
    draws the map with (view_group) included: the map applies a view only if its number is
    higher than the last one it applied, so a view reaching it both ways is drawn once and
    an older one never replaces a newer one."""
    if not isinstance(view, View) or not isinstance(seq, int):
        raise TypeError("view_script takes a View and an int")
    return ("<script>(function () { var view = " + script_json(view.as_json(seq)) + "; window.__mxView = view; "
            f"window.dispatchEvent(new CustomEvent('{VIEW_EVENT}', {{detail: view}})); }})();</script>")


def build_map(incidents: pd.DataFrame, states_geojson: Mapping[str, Any] | None, *,
              metric: str = "events", tiles: bool = False,
              articles: Mapping[str, Mapping[str, Any]] | None = None,
              focus_states: Iterable[str] = (), lang: str = "en", empty_note: str = "",
              open_event: str | None = None) -> folium.Map:
    """A self-contained map of ``incidents`` (already filtered; events, see events.py), data inline.

    ``metric`` colours the states by "events" or "fatalities"; ``tiles`` adds
    OpenStreetMap tiles (needs the internet); ``articles`` maps article ids to their
    metadata (source, title, url) for the popups; ``focus_states`` zooms to those states;
    ``lang`` is the language of every word on the map; ``empty_note`` is shown on the map
    when there is nothing to draw; ``open_event`` (an incident_id) opens that event's popup.
    Events placed only at state or country level are not points: they count in their
    state's colour and a note on the map says how many there are.
    """
    point_set = points.point_set(incidents, articles)
    view = make_view(incidents, point_set, _names(states_geojson) | set(incidents["admin1"].dropna().astype(str))
                     if not incidents.empty else _names(states_geojson), metric=metric, lang=lang,
                     empty_note=empty_note, focus_states=focus_states, open_event=open_event)
    fmap = base_map(point_set, states_geojson, tiles=tiles, lang=lang)
    MapView(view).add_to(fmap)
    return fmap


def _names(states_geojson: Mapping[str, Any] | None) -> set[str]:
    return {str((f.get("properties") or {}).get("name", "")) for f in (states_geojson or {}).get("features", [])}


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


def unplaced_note_of(statewide: int, national: int, t: Translator) -> tuple[str, str]:
    """unplaced_note from the counts: events placed at state level, and in the country only."""
    if not statewide and not national:
        return "", ""
    return (t("map_unplaced_handle", n=f"{statewide + national:,}"),
            html.escape(t("map_unplaced_note", statewide=f"{statewide:,}", national=f"{national:,}")))
