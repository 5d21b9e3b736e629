"""The geopy interface, Place records, reverse geocoding, state names, the candidate filter."""
from __future__ import annotations

import dataclasses

import pytest
from geopy.exc import GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from app.geo import geocoder as geo
from app.geo.gazetteer import normalize

RECORD_FIELDS = {"location", "admin2", "admin1", "country", "latitude", "longitude", "geo_precision"}


def test_is_a_geopy_geocoder(geocoder):
    assert isinstance(geocoder, Geocoder)
    assert geo.get_geocoder() is geocoder  # one shared instance


def test_geocode_returns_a_location_with_the_full_record(geocoder):
    loc = geocoder.geocode("Culiacán")
    assert isinstance(loc, Location)
    assert RECORD_FIELDS <= set(loc.raw)
    assert loc.raw["admin1"] == "Sinaloa" and loc.raw["country"] == "MX"
    assert (loc.latitude, loc.longitude) == (loc.raw["latitude"], loc.raw["longitude"])
    assert "Sinaloa" in loc.address
    assert loc.raw["ids"]["cvegeo"] == "25006"


def test_geocode_with_state_and_not_exactly_one(geocoder):
    assert geocoder.geocode("Tonalá", state="Chiapas").raw["admin1"] == "Chiapas"
    assert geocoder.geocode("Guadalajara", state="Sonora") is None
    many = geocoder.geocode("Tonalá", exactly_one=False)
    assert isinstance(many, list) and len(many) >= 2
    assert {m.raw["admin1"] for m in many} >= {"Jalisco", "Chiapas"}
    assert many[0].raw["admin1"] == "Jalisco"
    assert geocoder.geocode("Xyzzyville", exactly_one=False) is None


def test_place_record(geocoder):
    place = geocoder.resolve("Zapopan")
    assert isinstance(place, geo.Place)
    record = place.to_record()
    assert RECORD_FIELDS <= set(record)
    assert record["admin2"] == "Zapopan" and record["admin1"] == "Jalisco"
    assert record["ids"]["cve_ent"] == "14"
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.location = "elsewhere"  # frozen


@pytest.mark.parametrize("point,admin2,admin1", [
    ((20.6767, -103.3475), "Guadalajara", "Jalisco"),
    ((19.4326, -99.1332), "Cuauhtémoc", "Ciudad de México"),
    ((25.6866, -100.3161), "Monterrey", "Nuevo León"),
    ((24.8091, -107.3940), "Culiacán", "Sinaloa"),
    ((21.1619, -86.8515), "Benito Juárez", "Quintana Roo"),
    ((20.5200, -103.1800), "El Salto", "Jalisco"),
])
def test_reverse_by_point_in_polygon(geocoder, point, admin2, admin1):
    loc = geocoder.reverse(point)
    assert isinstance(loc, Location)
    assert loc.raw["admin2"] == admin2 and loc.raw["admin1"] == admin1
    assert geocoder.reverse(f"{point[0]}, {point[1]}").raw["admin2"] == admin2
    assert geocoder.reverse(point, exactly_one=False)[0].raw["admin2"] == admin2


def test_reverse_outside_mexico(geocoder):
    assert geocoder.reverse((40.71, -74.0)) is None  # New York
    assert geocoder.reverse((22.0, -92.0)) is None  # Gulf of Mexico, far from land
    assert geocoder.reverse((40.71, -74.0), exactly_one=False) == []


def test_state_name(geocoder):
    assert geo.state_name("Michoacan") == "Michoacán de Ocampo"
    assert geo.state_name("CDMX") == "Ciudad de México"
    assert geo.state_name("Mexico City") == "Ciudad de México"
    assert geo.state_name("Estado de México") == "México"
    assert geo.state_name("Edomex") == "México"
    assert geo.state_name("Nuevo Leon") == "Nuevo León"
    assert geo.state_name("Coahuila") == "Coahuila de Zaragoza"
    assert geo.state_name("Veracruz") == "Veracruz de Ignacio de la Llave"
    assert geo.state_name("Qro.") == "Querétaro"
    assert geo.state_name("Guadalajara") is None
    assert geo.state_name("Narnia") is None
    assert geo.state_name("Mexico") is None  # the country, not a state


def test_unknown_state_argument_is_an_error(geocoder):
    with pytest.raises(geo.UnknownStateError):
        geocoder.resolve("Tonalá", state="Narnia")
    assert issubclass(geo.UnknownStateError, geo.GeocoderError)
    assert issubclass(geo.GeocoderError, GeopyError)


def test_is_place_name(geocoder):
    for name in ("Culiacán", "culiacan", "Jalisco", "Mexico-Stad", "ZMG", "Tlajomulco", "Edomex"):
        assert geocoder.is_place_name(name), name
    for name in ("Sicario", "", "Xyzzyville", "the"):
        assert not geocoder.is_place_name(name), name
    assert geo.is_place_name("Sinaloa")


def test_normalize():
    assert normalize("Neder-Californië") == "neder californie"
    assert normalize("  Ciudad   de MÉXICO ") == "ciudad de mexico"
    assert normalize("Cd. Juárez") == "cd juarez"
    assert normalize("Michoacán") == normalize("MICHOACAN")
    assert normalize("Tlaquepaque, Jal.") == "tlaquepaque jal"


def test_resolve_is_cached_and_stable(geocoder):
    first = geocoder.resolve("Uruapan", context_states=["Michoacán"])
    assert geocoder.resolve("Uruapan", context_states=["Michoacán"]) is first


def test_offline_geocoder_never_uses_the_network(geocoder):
    with pytest.raises(geo.OfflineOnlyError):
        geocoder.adapter.get_json("https://example.org", timeout=1, headers={})


@pytest.mark.parametrize("word", ["Son", "Ver", "Col", "Mor", "Tab", "Sin", "NL", "Pue"])
def test_state_abbreviations_only_where_a_state_is_expected(geocoder, word):
    assert geocoder.resolve(word) is None
    assert not geocoder.is_place_name(word)
    assert geo.state_name(word) is not None


def test_wrapped_state_names(geocoder):
    assert geocoder.resolve("staat Sinaloa").admin1 == "Sinaloa"
    assert geocoder.resolve("State of Nuevo Leon").admin1 == "Nuevo León"
    assert geocoder.resolve("estado de Michoacan").kind == "state"
    assert geocoder.resolve("Tonalá, Chis.").admin1 == "Chiapas"
    assert geocoder.resolve("La Piedad, Michoacán", state="México").admin1 == "Michoacán de Ocampo"
    assert geocoder.resolve("La Piedad, Michoacán", state="Jalisco") is None


def test_one_list_of_state_wrappers_for_state_arguments_and_free_text(geocoder):
    """"the state of X" and "X State" mean the state both as ``state=`` and in a name."""
    for wrapped in ("the state of Jalisco", "Jalisco State", "estado de Jalisco", "staat Jalisco"):
        assert geo.state_name(wrapped) == "Jalisco", wrapped
        assert geocoder.resolve(wrapped).kind == "state", wrapped
        assert geocoder.resolve("Tonalá", state=wrapped).admin1 == "Jalisco", wrapped
    assert geo.state_name("the state of Narnia") is None


def test_place_label_says_each_part_once():
    assert geo.place_label("Colima", "Colima", "Colima", "México") == "Colima, México"
    assert geo.place_label("El Salto", None, "Jalisco", "") == "El Salto, Jalisco"
    assert geo.place_label(None, "") == ""


def test_loaded_once_builds_one_object_for_threads_asking_at_once():
    import threading
    import time

    from app.geo.shared import loaded_once

    calls: list[int] = []

    @loaded_once
    def slow() -> object:
        calls.append(1)
        time.sleep(0.05)  # long enough for every thread to be waiting on the first load
        return object()

    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(slow())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len(got) == 8 and all(g is got[0] for g in got)


def test_a_long_municipality_name_with_one_typo_is_found_in_its_state(geocoder) -> None:
    geo = geocoder
    place = geo.misspelt_municipality("San Esteban Atlatlahuca", state="Oaxaca")
    assert place is not None and place.admin2 == "San Esteban Atatlahuca"
    assert geo.misspelt_municipality("San Esteban Atlatlahuca", state="Jalisco") is None
    assert geo.misspelt_municipality("Colimas", state="Colima") is None  # short names: no guess


def test_a_municipality_named_without_its_connectors_is_found_in_its_state(geocoder) -> None:
    place = geocoder.misspelt_municipality("Ixhuatlan Madero", state="Veracruz")
    assert place is not None and place.admin2 == "Ixhuatlán de Madero"
    assert geocoder.misspelt_municipality("Ixhuatlan Madero", state="Puebla") is None


def test_a_plural_typo_of_a_municipality_s_name_is_that_municipality(geocoder) -> None:
    geo = geocoder
    # the press writes "Gómez Palacios" for Gómez Palacio; a name of one word never gets this reading
    place = geo.resolve("Gómez Palacios")
    assert place is not None and (place.location, place.admin1) == ("Gómez Palacio", "Durango")
    assert geo.resolve("Gómez Palacios", state="Coahuila") is None
    assert geo.resolve("Villa de los Santos") is None


def test_a_municipality_named_with_the_article_of_the_other_gender(geocoder) -> None:
    # "la presidencia municipal de Las Herreras" in a Nuevo León story is Los Herreras there, not
    # the Durango hamlet Los Herrera whose alternate name it is
    place = geocoder.resolve("Las Herreras", context_states=["Nuevo León"])
    assert place is not None and (place.admin2, place.admin1) == ("Los Herreras", "Nuevo León")
    place = geocoder.resolve("Las Herreras", state="Nuevo León")
    assert place is not None and place.admin2 == "Los Herreras"
    assert geocoder.resolve("Las Herreras", state="Coahuila") is None


def test_a_municipality_named_with_an_article_it_lacks_is_found_in_its_state(geocoder) -> None:
    place = geocoder.misspelt_municipality("El Mezquital", state="Durango")
    assert place is not None and place.admin2 == "Mezquital"
    assert geocoder.misspelt_municipality("El Mezquital", state="Sonora") is None
    assert geocoder.misspelt_municipality("Oro", state="Durango") is None  # a dropped article: short, no guess
    assert geocoder.misspelt_municipality("El Ore", state="Durango") is None  # an article makes no short name a typo
