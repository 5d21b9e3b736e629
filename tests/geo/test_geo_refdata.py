"""The committed reference files: sizes, properties, determinism, and the name rules."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import shapely.geometry

from app.geo import names
from app.geo.build_places import gzip_bytes, short_forms
from app.geo.gazetteer import load_table, normalize
from app.geo.refdata import _feature_collection

REF = Path(__file__).resolve().parents[2] / "data" / "reference"


@pytest.fixture(scope="module")
def states() -> dict:
    return json.loads((REF / "states.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def municipalities() -> dict:
    return json.loads((REF / "municipalities.geojson").read_text(encoding="utf-8"))


def test_sizes():
    assert (REF / "states.geojson").stat().st_size <= 1_000_000
    assert (REF / "municipalities.geojson").stat().st_size <= 8_000_000
    assert (REF / "places.tsv.gz").stat().st_size <= 3_000_000


def test_states_geojson(states):
    feats = states["features"]
    assert [f["properties"]["cve_ent"] for f in feats] == [f"{i:02d}" for i in range(1, 33)]
    assert all(set(f["properties"]) == {"cve_ent", "name"} for f in feats)
    by_code = {f["properties"]["cve_ent"]: f["properties"]["name"] for f in feats}
    assert by_code == names.STATES
    assert by_code["09"] == "Ciudad de México" and by_code["15"] == "México"
    assert by_code["16"] == "Michoacán de Ocampo" and by_code["05"] == "Coahuila de Zaragoza"
    for f in feats:
        geom = shapely.geometry.shape(f["geometry"])
        assert geom.is_valid and not geom.is_empty
        minx, miny, maxx, maxy = geom.bounds  # WGS84 lon/lat, inside Mexico
        assert -119 < minx and maxx < -86 and 14 < miny and maxy < 33.5


def test_municipalities_geojson(municipalities):
    feats = municipalities["features"]
    assert 2400 <= len(feats) <= 2500
    codes = [f["properties"]["cvegeo"] for f in feats]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    for f in feats:
        p = f["properties"]
        assert set(p) == {"cvegeo", "cve_ent", "name", "state"}
        assert len(p["cvegeo"]) == 5 and p["cvegeo"][:2] == p["cve_ent"]
        assert p["state"] == names.STATES[p["cve_ent"]]
    coords = json.dumps(feats[0]["geometry"]["coordinates"])
    assert all(len(c.split(".")[-1]) <= 4 for c in coords.replace("]", "").replace("[", "").split(",")
               if "." in c)


def test_place_table_covers_states_and_municipalities(municipalities):
    table = load_table()
    kinds = [e.kind for e in table.entities]
    assert kinds.count("c") == 1 and kinds.count("s") == 32
    assert kinds.count("m") == len(municipalities["features"])
    assert kinds.count("l") > 15_000
    for f in municipalities["features"]:
        assert normalize(f["properties"]["name"]) in table


def test_place_table_is_not_geonames_admin1():
    """Every GeoNames point has its INEGI state by point-in-polygon: Saltillo is in 05."""
    table = load_table()
    by_name = {(e.name, e.kind): e for e in table.entities}
    assert by_name[("Saltillo", "m")].cve_ent == "05"
    assert by_name[("Colima", "m")].cve_ent == "06"
    assert by_name[("Tuxtla Gutiérrez", "m")].cve_ent == "07"
    assert by_name[("Chihuahua", "m")].cve_ent == "08"


def test_feature_collection_is_deterministic():
    feats = [{"properties": {"cve_ent": "01", "name": "A"},
              "geometry": shapely.geometry.box(-100.123456, 20.987654, -99.5, 21.5)}]
    one, two = _feature_collection(feats, 4), _feature_collection(feats, 4)
    assert one == two and b"-100.1235" in one and b"20.9877" in one
    assert gzip_bytes("x\n") == gzip_bytes("x\n")
    assert gzip.decompress(gzip_bytes("x\n")) == b"x\n"


@pytest.mark.parametrize("name,expected", [
    ("Tlajomulco de Zúñiga", "Tlajomulco"), ("Autlán de Navarro", "Autlán"),
    ("San Pedro Tlaquepaque", "Tlaquepaque"), ("Oaxaca de Juárez", "Oaxaca"),
    ("Heroica Ciudad de Huajuapan de León", "Huajuapan de León"),
    ("Heroica Ciudad de Huajuapan de León", "Huajuapan"),
    ("San Juan Bautista Tuxtepec", "Tuxtepec"),
    ("Dolores Hidalgo Cuna de la Independencia Nacional", "Dolores Hidalgo"),
])
def test_short_forms(name, expected):
    assert expected in short_forms(name)


@pytest.mark.parametrize("name,not_expected", [
    ("Valle de Bravo", "Valle"), ("San Juan de los Lagos", "San Juan"),
    ("San Miguel de Allende", "de Allende"), ("Villa de Álvarez", "Villa"),
])
def test_short_forms_keep_generic_heads(name, not_expected):
    assert not_expected not in short_forms(name)
