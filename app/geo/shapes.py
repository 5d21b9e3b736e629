"""State and municipality shapes (data/reference/*.geojson) and point-in-polygon lookups.

Loaded lazily: only ``reverse()`` (and the online fallback, to place a Nominatim answer
in its INEGI municipality) needs them, and parsing 5 MB of GeoJSON costs about a second.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.geo.gazetteer import REFERENCE_DIR
from app.geo.shared import loaded_once

MUNICIPALITIES_FILE = "municipalities.geojson"
STATES_FILE = "states.geojson"
# A point in the sea this close to the coast still belongs to the coastal municipality
# (the shapes are simplified to ~400 m, and coordinates in news are rough).
SNAP_DEGREES = 0.05  # ~5 km


@dataclass(frozen=True)
class Municipality:
    cvegeo: str
    cve_ent: str
    name: str
    state: str


class MunicipalityIndex:
    """An STRtree over the INEGI municipalities: point -> municipality."""

    def __init__(self, path: Path | None = None) -> None:
        import shapely
        import shapely.geometry

        path = path or REFERENCE_DIR / MUNICIPALITIES_FILE
        doc = json.loads(path.read_text(encoding="utf-8"))
        self.municipalities = [Municipality(**{k: f["properties"][k] for k in
                                               ("cvegeo", "cve_ent", "name", "state")})
                               for f in doc["features"]]
        self.geometries = [shapely.geometry.shape(f["geometry"]) for f in doc["features"]]
        shapely.prepare(self.geometries)
        self.tree = shapely.STRtree(self.geometries)

    def locate(self, lat: float, lon: float, *, snap: float = SNAP_DEGREES) -> Municipality | None:
        """The municipality containing (lat, lon), or the nearest within ``snap`` degrees."""
        import shapely

        point = shapely.Point(lon, lat)
        hits = self.tree.query(point, predicate="intersects")
        if len(hits):
            return self.municipalities[int(min(hits))]  # on a shared border: lowest code
        if snap <= 0:
            return None
        near = self.tree.query_nearest(point, max_distance=snap)
        return self.municipalities[int(min(near))] if len(near) else None


@loaded_once
def municipality_index() -> MunicipalityIndex:
    """The shared index, built on first use."""
    return MunicipalityIndex()
