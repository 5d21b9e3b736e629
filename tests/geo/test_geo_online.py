"""The optional Nominatim fallback, with a fake adapter: no test touches the network."""
from __future__ import annotations

import json
import time
from typing import Any

from geopy.adapters import BaseSyncAdapter

from app.geo.geocoder import OfflineGeocoder
from app.geo.online import USER_AGENT, NominatimFallback

# A Nominatim answer for a name the gazetteer lacks (a neighbourhood of Guadalajara).
ANSWER = [{"place_id": 1, "osm_type": "relation", "osm_id": 42, "lat": "20.6600", "lon": "-103.3900",
           "name": "Colonia Chapalita", "display_name": "Colonia Chapalita, Guadalajara, Jalisco, México",
           "addresstype": "suburb", "type": "administrative", "class": "boundary"}]


class FakeAdapter(BaseSyncAdapter):
    calls: list[tuple[str, dict[str, Any]]] = []
    answer: list[dict[str, Any]] = ANSWER

    def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
        FakeAdapter.calls.append((url, dict(headers)))
        return FakeAdapter.answer

    def get_text(self, url: str, *, timeout: Any, headers: Any) -> str:
        return json.dumps(self.get_json(url, timeout=timeout, headers=headers))


def make(tmp_path, geocoder) -> tuple[OfflineGeocoder, NominatimFallback]:
    FakeAdapter.calls = []
    FakeAdapter.answer = ANSWER
    fallback = NominatimFallback(cache_path=tmp_path / "nominatim.json", adapter_factory=FakeAdapter)
    return OfflineGeocoder(geocoder.table, online=fallback), fallback


def test_off_by_default(geocoder):
    assert geocoder.online is None
    assert geocoder.geocode("Colonia Chapalita") is None


def test_fallback_resolves_and_places_in_inegi_shapes(tmp_path, geocoder):
    online_geocoder, _ = make(tmp_path, geocoder)
    loc = online_geocoder.geocode("Colonia Chapalita")
    assert loc is not None
    assert loc.raw["admin2"] == "Guadalajara" and loc.raw["admin1"] == "Jalisco"
    assert loc.raw["geo_precision"] == 2 and loc.raw["ids"]["source"] == "nominatim"
    url, headers = FakeAdapter.calls[0]
    assert "countrycodes=mx" in url and headers["User-Agent"] == USER_AGENT
    # Offline answers never ask Nominatim.
    assert online_geocoder.geocode("Zapopan").raw["admin2"] == "Zapopan"
    assert len(FakeAdapter.calls) == 1


def test_answers_are_cached_on_disk(tmp_path, geocoder):
    _, fallback = make(tmp_path, geocoder)
    assert fallback.lookup("Colonia Chapalita") is not None
    assert (tmp_path / "nominatim.json").exists()
    again = NominatimFallback(cache_path=tmp_path / "nominatim.json", adapter_factory=FakeAdapter)
    assert again.lookup("colonia chapalita").admin2 == "Guadalajara"
    assert len(FakeAdapter.calls) == 1


def test_rate_limited_to_one_request_per_second(tmp_path, geocoder):
    _, fallback = make(tmp_path, geocoder)
    start = time.monotonic()
    fallback.lookup("Colonia Uno")
    fallback.lookup("Colonia Dos")
    assert len(FakeAdapter.calls) == 2
    assert time.monotonic() - start >= 1.0


def test_state_filter_and_outside_mexico(tmp_path, geocoder):
    _, fallback = make(tmp_path, geocoder)
    assert fallback.lookup("Colonia Chapalita", state="Sonora") is None
    FakeAdapter.answer = []
    assert fallback.lookup("Nothing Here") is None
    FakeAdapter.answer = [dict(ANSWER[0], lat="40.71", lon="-74.0")]
    assert fallback.lookup("Somewhere in New York") is None


def test_fallback_also_answers_when_not_exactly_one(tmp_path, geocoder):
    online_geocoder, _ = make(tmp_path, geocoder)
    many = online_geocoder.geocode("Colonia Chapalita", exactly_one=False)
    assert [m.raw["admin2"] for m in many] == ["Guadalajara"]
    assert many[0].raw["ids"]["source"] == "nominatim"
    # offline candidates come first and never ask Nominatim
    assert len(online_geocoder.geocode("Tonalá", exactly_one=False)) >= 2
    assert len(FakeAdapter.calls) == 1


def test_the_command_line_online_option_leaves_the_shared_geocoder_offline(capsys):
    from app.__main__ import main
    from app.geo.geocoder import get_geocoder

    assert main(["geocode", "--online", "--json", "Zapopan"]) == 0  # found offline: no request
    assert json.loads(capsys.readouterr().out)["admin2"] == "Zapopan"
    assert get_geocoder().online is None
