"""What the map adds beside the incidents: municipality borders and town names when zoomed
in, and a player that steps through the view's events day by day.

No streamlit here (the caching is in loaders.py). Two folium elements, made like map.py's
(a Jinja ``_template``, the JavaScript as a static file):

- ``MunicipalityLayer``: with tiles off a zoomed-in view would be a flat coloured shape.
  From zoom ``MUNICIPALITY_ZOOM`` on, static/mx/municipalities.js fetches the files of the
  states in view -- one per state, the INEGI municipality borders and the GeoNames towns
  of our own reference data (data/reference/), published as content-addressed files the
  browser keeps -- and draws the borders and the names of the larger towns (more as one
  zooms in). The first view fetches none of them; the page only carries a small index
  (each state's bounding box and file).
- ``TimePlayer``: a slider and a play button on the map (static/mx/time_player.js) that
  show the view's point events one day at a time, every day from its first to its last.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from folium.elements import JSCSSMixin, MacroElement
from folium.template import Template

from app.dashboard import assets
from app.dashboard.i18n import Translator
from app.dashboard.map import script_json
from app.geo.gazetteer import PLACES_FILE, REFERENCE_DIR, Entity, load_table
from app.geo.shapes import MUNICIPALITIES_FILE

MUNICIPALITY_ZOOM = 8  # about one state across the map: municipalities start to tell apart
# Town names: the population a town needs to be named at each zoom (seats of a
# municipality are named from TOWN_SEAT_ZOOM on, whatever their size).
TOWN_MIN_POPULATION = ((8, 50_000), (9, 15_000), (10, 5_000), (11, 1_500), (12, 0))
TOWN_SEAT_ZOOM = 10
TOWN_FILE_MIN_POPULATION = 1_000  # smaller places, unless seats, are left out of the files
COORD_DECIMALS = 4  # about 10 m, finer than the shapes (simplified to ~400 m)
# The borders never hold the page up (static/mx/municipalities.js): the files in view are
# asked for once the page is idle after a move (at the latest IDLE_MS after it), and drawn
# in slices of at most SLICE_MS of the page's main thread.
SLICE_MS = 8
IDLE_MS = 1000
MUNICIPALITIES_PATH = REFERENCE_DIR / MUNICIPALITIES_FILE
PLACES_PATH = REFERENCE_DIR / PLACES_FILE


@dataclass(frozen=True)
class StateOverlay:
    """One state's file: its bounding box (south, west, north, east) and its content."""

    code: str  # INEGI cve_ent
    bounds: tuple[float, float, float, float]
    payload: dict[str, Any]  # {"borders": FeatureCollection, "towns": [[name, lat, lon, pop, seat]]}


def state_overlays(municipalities: dict[str, Any], towns: Iterable[Entity]) -> list[StateOverlay]:
    """The per-state files from the municipality shapes (municipalities.geojson) and the
    place table's localities (gazetteer entities of kind "l"). Names are HTML-escaped: the
    browser puts them in labels as they are."""
    borders: dict[str, list[dict[str, Any]]] = {}
    for feature in municipalities.get("features", []):
        props = feature.get("properties") or {}
        borders.setdefault(str(props.get("cve_ent", "")), []).append(
            {"type": "Feature", "geometry": feature["geometry"],
             "properties": {"name": html.escape(str(props.get("name", "")))}})
    names: dict[str, list[list[Any]]] = {}
    for town in towns:
        if town.kind != "l" or (town.population < TOWN_FILE_MIN_POPULATION and not town.seat):
            continue
        names.setdefault(town.cve_ent, []).append(
            [html.escape(town.name), round(town.lat, COORD_DECIMALS), round(town.lon, COORD_DECIMALS),
             town.population, int(town.seat)])
    overlays = []
    for code in sorted(borders):
        listed = sorted(names.get(code, []), key=lambda row: (-row[3], row[0]))  # largest first
        overlays.append(StateOverlay(code, _bounds(f["geometry"] for f in borders[code]),
                                     {"borders": {"type": "FeatureCollection", "features": borders[code]},
                                      "towns": listed}))
    return overlays


def _bounds(geometries: Iterable[dict[str, Any]]) -> tuple[float, float, float, float]:
    lats: list[float] = []
    lons: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], (int, float)):
            lons.append(float(coords[0]))
            lats.append(float(coords[1]))
        else:
            for part in coords:
                walk(part)

    for geometry in geometries:
        walk(geometry.get("coordinates") or [])
    return (min(lats), min(lons), max(lats), max(lons))


def publish_overlays(overlays: Iterable[StateOverlay], publish: Callable[[dict[str, Any], str], str]) -> list[dict[str, Any]]:
    """Publish each state's file (``publish(payload, kind)`` returns its URL); the index the
    page carries: [{"bounds": [s, w, n, e], "url": ...}]."""
    return [{"bounds": list(o.bounds), "url": publish(o.payload, f"municipalities-{o.code}")} for o in overlays]


def build_index(publish: Callable[[dict[str, Any], str], str], municipalities: Path = MUNICIPALITIES_PATH,
                places: Path = PLACES_PATH) -> list[dict[str, Any]]:
    """Publish the per-state files from the reference data; the index (empty without the
    municipality shapes: the map then does without)."""
    try:
        shapes = json.loads(municipalities.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    try:
        towns = load_table(places).entities
    except (OSError, ValueError):
        towns = []  # borders without names
    return publish_overlays(state_overlays(shapes, towns), publish)


class MunicipalityLayer(JSCSSMixin, MacroElement):
    """Municipality borders and town names from zoom MUNICIPALITY_ZOOM on, fetched per state
    (``index``: see ``publish_overlays``) when first in view, once the page is idle, and drawn
    in slices of ``slice_ms`` (see SLICE_MS)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        MxMunicipalities.attach({{ this._parent.get_name() }}, {{ this.options_json }});
        {% endmacro %}
    """)

    default_js = list(assets.MAP_JS_BUNDLE)  # municipalities.js is in it
    default_css = [*assets.LEAFLET_CSS, *assets.MAP_OVERLAYS_CSS]

    def __init__(self, index: list[dict[str, Any]], *, slice_ms: float = SLICE_MS, idle_ms: int = IDLE_MS) -> None:
        super().__init__()
        self._name = "MunicipalityLayer"
        if not slice_ms > 0 or not idle_ms > 0:
            raise ValueError("slice_ms and idle_ms must be positive")
        for entry in index:
            if not str(entry["url"]).startswith("/app/static/") or ".." in str(entry["url"]):
                raise ValueError(f"not a local static file: {entry['url']!r}")
        self.options_json = script_json({"index": index, "minZoom": MUNICIPALITY_ZOOM,
                                         "townPopulation": [list(p) for p in TOWN_MIN_POPULATION],
                                         "seatZoom": TOWN_SEAT_ZOOM, "sliceMs": slice_ms, "idleMs": idle_ms})


class TimePlayer(JSCSSMixin, MacroElement):
    """The day-by-day player over the page's incident layer (map.IncidentMap)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        MxTimePlayer.attach({{ this._parent.get_name() }}, {{ this.options_json }});
        {% endmacro %}
    """)

    default_js = list(assets.MAP_JS_BUNDLE)  # time_player.js is in it
    default_css = [*assets.LEAFLET_CSS, *assets.MAP_OVERLAYS_CSS]

    def __init__(self, t: Translator) -> None:
        super().__init__()
        self._name = "TimePlayer"
        words = {key: html.escape(t(key)) for key in ("play_play", "play_pause", "play_all", "play_title")}
        words["play_day"] = html.escape(t("play_day", date="{date}", n="{n}"))
        self.options_json = script_json({"words": words})
