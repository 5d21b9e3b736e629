"""What the map draws beside the incidents (map_overlays.py): the per-state municipality
files built from the reference data, kept out of the first view; the day-by-day player's
element. The browser side is in test_dashboard_first_visit.py."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from app.dashboard import assets, map_overlays, points
from app.dashboard.i18n import translator
from app.dashboard.map import base_map
from app.dashboard.map_overlays import MunicipalityLayer, TimePlayer, state_overlays
from app.demo import synthetic_incidents
from app.geo.gazetteer import Entity

from conftest import square


def town(name: str, state: str, population: int, seat: bool = False, kind: str = "l") -> Entity:
    return Entity(kind, name, state, state + "001", 20.5, -103.3, population, 1, 1, seat)


def test_one_file_per_state_with_its_borders_bounds_and_larger_towns():
    shapes = {"features": [
        {"properties": {"cve_ent": "14", "name": "Guadalajara"}, "geometry": {"type": "Polygon",
                                                                              "coordinates": square(20.6, -103.3)}},
        {"properties": {"cve_ent": "14", "name": "<b>Zapopan</b>"},
         "geometry": {"type": "MultiPolygon", "coordinates": [square(20.8, -103.4, 0.2)]}},
        {"properties": {"cve_ent": "16", "name": "Morelia"}, "geometry": {"type": "Polygon",
                                                                          "coordinates": square(19.7, -101.2)}},
    ]}
    towns = [town("Tlaquepaque", "14", 600_000), town("Hamlet", "14", 300), town("Seat", "14", 200, seat=True),
             town("Big", "14", 1_400_000), town("A & B", "16", 5_000), town("Jalisco", "14", 9_000_000, kind="s")]
    overlays = {o.code: o for o in state_overlays(shapes, towns)}
    assert set(overlays) == {"14", "16"}
    jalisco = overlays["14"]
    assert jalisco.bounds == pytest.approx((20.0, -103.9, 21.2, -102.7))  # south, west, north, east of both
    assert [f["properties"]["name"] for f in jalisco.payload["borders"]["features"]] == \
        ["Guadalajara", "&lt;b&gt;Zapopan&lt;/b&gt;"]  # escaped: the browser shows names as they are
    assert [t[0] for t in jalisco.payload["towns"]] == ["Big", "Tlaquepaque", "Seat"]  # largest first, seats kept
    assert overlays["16"].payload["towns"][0][0] == "A &amp; B"


def test_the_reference_data_give_every_state_a_small_index_and_a_file_of_its_own(tmp_path):
    index = map_overlays.build_index(lambda payload, kind: points.publish_json(payload, kind, tmp_path))
    assert len(index) == 32
    assert all(entry["url"].startswith(f"{points.URL_PREFIX}/municipalities-") for entry in index)
    files = sorted(tmp_path.glob("municipalities-*.json"))
    assert len(files) == 32
    jalisco = json.loads(next(f for f in files if f.name.startswith("municipalities-14-")).read_text())
    assert len(jalisco["borders"]["features"]) == 125  # Jalisco's municipalities
    assert "Guadalajara" in {t[0] for t in jalisco["towns"][:5]}
    assert len(json.dumps(index)) < 6_000  # what the first view carries: bounds and names of files


def test_the_first_view_carries_no_municipality_geometry(tmp_path):
    index = map_overlays.build_index(lambda payload, kind: points.publish_json(payload, kind, tmp_path))
    fmap = base_map(points.point_set(pd.DataFrame(synthetic_incidents(20, seed=2))))
    bare = len(fmap.get_root().render())
    MunicipalityLayer(index).add_to(fmap)
    TimePlayer(translator("es")).add_to(fmap)
    page = fmap.get_root().render()
    assert len(page) - bare < 8_000, len(page) - bare
    assert assets.BUNDLE_NAME in page  # municipalities.js and time_player.js are in it
    assert "Reproducir d\\u00eda a d\\u00eda" in page  # the player speaks the page's language (ASCII JSON)


@pytest.mark.parametrize("url", ["https://evil.example/m.json", "/app/static/../secrets.json"])
def test_a_municipality_index_must_point_at_this_servers_files(url):
    with pytest.raises(ValueError):
        MunicipalityLayer([{"bounds": [0, 0, 1, 1], "url": url}])
