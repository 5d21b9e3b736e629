"""The examples of issue 3: homonyms, the GeoNames admin1-code trap, name forms."""
from __future__ import annotations

import pytest

from geo_helpers import km

JAL, CHIS, MICH = "Jalisco", "Chiapas", "Michoacán de Ocampo"


def check(place, admin1, near=None, *, within_km=25.0, admin2=None, precision=None):
    assert place is not None, "expected a place, got no match"
    assert place.admin1 == admin1
    if near is not None:
        assert km(place.latitude, place.longitude, *near) <= within_km, place
    if admin2 is not None:
        assert place.admin2 == admin2
    if precision is not None:
        assert place.geo_precision == precision


def test_tonala_follows_the_state(geocoder):
    check(geocoder.resolve("Tonalá", state="Jalisco"), JAL, (20.62, -103.24), admin2="Tonalá")
    check(geocoder.resolve("Tonalá", state="Chiapas"), CHIS, (16.09, -93.75), admin2="Tonalá")
    check(geocoder.resolve("Tonala", context_states=["Chiapas"]), CHIS, (16.09, -93.75))
    # Without any state: the big municipality near Guadalajara.
    check(geocoder.resolve("Tonalá"), JAL, (20.62, -103.24))


def test_el_salto_is_the_municipality_near_guadalajara(geocoder):
    for place in (geocoder.resolve("El Salto", state="Jalisco"), geocoder.resolve("El Salto"),
                  geocoder.resolve("El Salto", context_states=["Jalisco"])):
        check(place, JAL, (20.52, -103.18), within_km=10, admin2="El Salto")


@pytest.mark.parametrize("name,near", [("Buenavista", (19.21, -102.59)),
                                       ("La Piedad", (20.34, -102.03))])
def test_michoacan_homonyms(geocoder, name, near):
    check(geocoder.resolve(name, state="Michoacán"), MICH, near, admin2=name)
    check(geocoder.resolve(name, state="Michoacan"), MICH, near)
    check(geocoder.resolve(f"{name}, Michoacán"), MICH, near)
    check(geocoder.resolve(name, context_states=["Michoacán"]), MICH, near)


@pytest.mark.parametrize("name,admin1,near", [
    # GeoNames admin1 05-08 are Chiapas, Chihuahua, Coahuila, Colima: INEGI's differ.
    ("Saltillo", "Coahuila de Zaragoza", (25.42, -101.00)),
    ("Colima", "Colima", (19.24, -103.72)),
    ("Tuxtla Gutiérrez", "Chiapas", (16.75, -93.12)),
    ("Chihuahua", "Chihuahua", (28.63, -106.07)),
    ("Torreón", "Coahuila de Zaragoza", (25.54, -103.41)),
    ("Tapachula", "Chiapas", (14.90, -92.26)),
    ("Manzanillo", "Colima", (19.05, -104.32)),
    ("Ciudad Juárez", "Chihuahua", (31.69, -106.42)),
    ("León", "Guanajuato", (21.12, -101.68)),
    ("Salamanca", "Guanajuato", (20.57, -101.19)),
])
def test_admin1_code_trap_and_big_cities(geocoder, name, admin1, near):
    check(geocoder.resolve(name), admin1, near, precision=1)


def test_guadalupe_follows_the_state(geocoder):
    check(geocoder.resolve("Guadalupe", state="Nuevo León"), "Nuevo León", (25.68, -100.26))
    check(geocoder.resolve("Guadalupe", state="Nuevo Leon"), "Nuevo León", (25.68, -100.26))
    check(geocoder.resolve("Guadalupe", state="Zacatecas"), "Zacatecas", (22.75, -102.52))
    check(geocoder.resolve("Guadalupe", context_states=["Zacatecas"]), "Zacatecas", (22.75, -102.52))


@pytest.mark.parametrize("name", ["Mexico-Stad", "Mexico City", "CDMX", "Ciudad de México",
                                  "ciudad de mexico", "MEXICO-STAD", "Mexiko-Stadt", "México D.F.",
                                  "Distrito Federal", "Cd. de México"])
def test_mexico_city_forms(geocoder, name):
    place = geocoder.resolve(name)
    check(place, "Ciudad de México", (19.43, -99.13), precision=1)
    assert place.location == "Ciudad de México"


@pytest.mark.parametrize("name,admin1", [
    ("Michoacan", MICH), ("Michoacán", MICH), ("MICHOACÁN", MICH), ("Michoacán de Ocampo", MICH),
    ("Nuevo Leon", "Nuevo León"), ("Nuevo León", "Nuevo León"), ("Coahuila", "Coahuila de Zaragoza"),
    ("Veracruz", "Veracruz de Ignacio de la Llave"), ("Jalisco", "Jalisco"),
    ("Neder-Californië", "Baja California"), ("Baja California", "Baja California"),
    ("Estado de México", "México"), ("State of Mexico", "México"), ("Edomex", "México"),
    ("staat Mexico", "México"), ("Estado de Chihuahua", "Chihuahua"), ("Sinaloa", "Sinaloa"),
    ("Jalisco State", "Jalisco"), ("Guerrero", "Guerrero"), ("Yucatan", "Yucatán"),
])
def test_states(geocoder, name, admin1):
    place = geocoder.resolve(name)
    check(place, admin1, precision=3)
    assert place.kind == "state" and place.admin2 is None and place.location == admin1


def test_estado_de_mexico_is_not_the_country(geocoder):
    state = geocoder.resolve("Estado de México")
    country = geocoder.resolve("Mexico")
    assert state.kind == "state" and state.geo_precision == 3 and state.admin1 == "México"
    assert country.kind == "country" and country.geo_precision == 4 and country.admin1 == ""


@pytest.mark.parametrize("name", ["Mexico", "México", "Mexiko", "MEXICO"])
def test_mexico_alone_is_the_country(geocoder, name):
    place = geocoder.resolve(name)
    assert place.kind == "country" and place.geo_precision == 4 and place.country == "MX"
    assert km(place.latitude, place.longitude, 23.6, -102.5) < 100


@pytest.mark.parametrize("name,admin2,near", [
    ("Tlajomulco", "Tlajomulco de Zúñiga", (20.47, -103.44)),
    ("Tlaquepaque", "San Pedro Tlaquepaque", (20.64, -103.31)),
    ("Autlán", "Autlán de Navarro", (19.77, -104.37)),
    ("Autlan", "Autlán de Navarro", (19.77, -104.37)),
    ("Tepatitlán", "Tepatitlán de Morelos", (20.82, -102.76)),
    ("Dolores Hidalgo", "Dolores Hidalgo Cuna de la Independencia Nacional", (21.16, -100.93)),
])
def test_short_forms(geocoder, name, admin2, near):
    check(geocoder.resolve(name), geocoder.resolve(admin2).admin1, near, admin2=admin2, precision=1)


@pytest.mark.parametrize("name", ["ZMG", "AMG", "zmg", "Zona Metropolitana de Guadalajara",
                                  "Área Metropolitana de Guadalajara", "Area Metropolitana de Guadalajara"])
def test_guadalajara_metro_area_is_precision_2(geocoder, name):
    place = geocoder.resolve(name)
    check(place, JAL, (20.67, -103.35), precision=2, admin2="Guadalajara")
    assert place.location == "Guadalajara"
    assert geocoder.resolve("Guadalajara").geo_precision == 1


def test_explicit_state_without_candidate_is_no_match(geocoder):
    assert geocoder.resolve("Guadalajara", state="Sonora") is None
    assert geocoder.resolve("Tijuana", state="Yucatán") is None
    assert geocoder.resolve("La Piedad, Sonora") is None
    assert geocoder.resolve("Xyzzyville") is None
    assert geocoder.resolve("") is None


def test_context_does_not_pull_a_big_city_to_a_hamlet(geocoder):
    place = geocoder.resolve("Guadalajara", context_states=["Chihuahua"])
    check(place, JAL, (20.67, -103.35))


def test_a_short_name_in_the_storys_state_is_the_municipality_it_begins(geocoder):
    # "San Nicolás" in a Nuevo León story is San Nicolás de los Garza, not San Nicolás, Oaxaca
    assert geocoder.resolve("San Nicolás", context_states=["Nuevo León"]).admin2 == "San Nicolás de los Garza"
    assert geocoder.resolve("San Pedro", context_states=["Nuevo León"]).admin2 == "San Pedro Garza García"
    assert geocoder.resolve("San Nicolás", context_states=["Oaxaca"]).admin1 == "Oaxaca"
    assert geocoder.resolve("San Nicolás").admin1 == "Oaxaca"


@pytest.mark.parametrize("name,state,admin2", [
    ("Lagos", "Jalisco", "Lagos de Moreno"),          # no place of that name: the municipality it begins
    ("Gómez", "Durango", "Gómez Palacio"),            # a hamlet elsewhere gives way
    ("Altamirano", "Guerrero", "Pungarabato"),         # Ciudad Altamirano, not Altamirano, Chiapas
    ("Mante", "Tamaulipas", "El Mante"),               # Ciudad Mante
])
def test_an_everyday_name_in_the_storys_state(geocoder, name: str, state: str, admin2: str):
    assert geocoder.resolve(name, context_states=[state]).admin2 == admin2


def test_a_generic_word_is_no_short_name(geocoder):
    assert geocoder.resolve("Valle", context_states=["Guanajuato"]) is None


def test_name_with_state_and_country(geocoder):
    check(geocoder.resolve("Culiacán, Sinaloa, México"), "Sinaloa", (24.80, -107.39))
    check(geocoder.resolve("Culiacán, México"), "Sinaloa", (24.80, -107.39))
    # "México" as a state argument means the country: no filter.
    check(geocoder.resolve("Culiacán", state="México"), "Sinaloa", (24.80, -107.39))
    check(geocoder.resolve("Ecatepec", state="Edomex"), "México", (19.60, -99.05))


def test_abbreviations(geocoder):
    check(geocoder.resolve("Cd. Juárez"), "Chihuahua", (31.69, -106.42))
    check(geocoder.resolve("Cd. Victoria"), "Tamaulipas", (23.74, -99.15))
    check(geocoder.resolve("Tonalá", state="Chis."), CHIS, (16.09, -93.75))
    # "Ciudad de X" for a city the gazetteer holds as "Ciudad X", never the bare X elsewhere
    check(geocoder.resolve("Ciudad de Altamirano"), "Guerrero", (18.36, -100.67))


def test_mexico_as_state_argument_prefers_the_state_of_mexico(geocoder):
    check(geocoder.resolve("La Paz", state="México"), "México", (19.36, -98.98))
    check(geocoder.resolve("Chalco", state="Mexico"), "México", (19.26, -98.90))
    check(geocoder.resolve("La Paz"), "Baja California Sur", (24.14, -110.31))


def test_state_name_repeated_as_place_is_the_municipality(geocoder):
    check(geocoder.resolve("Veracruz", state="Veracruz"), "Veracruz de Ignacio de la Llave",
          (19.18, -96.14), precision=1)
    check(geocoder.resolve("Veracruz"), "Veracruz de Ignacio de la Llave", precision=3)
    check(geocoder.resolve("Jalisco", state="Jalisco"), "Jalisco", precision=3)


def test_every_municipality_resolves_by_its_inegi_name_and_state(geocoder):
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "reference" / "municipalities.geojson"
    feats = json.loads(path.read_text(encoding="utf-8"))["features"]
    wrong = []
    for f in feats:
        p = f["properties"]
        place = geocoder.resolve(p["name"], state=p["state"])
        if place is None or place.admin2 != p["name"] or place.admin1 != p["state"]:
            wrong.append((p["name"], p["state"]))
    assert len(wrong) <= 5, wrong


def test_ciudad_and_a_municipality_name_is_that_municipality_in_the_state_it_is_in(geocoder):
    # The gazetteer knows the seat of Cuauhtémoc, Zacatecas only by its municipality's name.
    check(geocoder.resolve("Ciudad Cuauhtémoc", state="Zacatecas"), "Zacatecas", admin2="Cuauhtémoc")
    check(geocoder.resolve("Ciudad Cuauhtémoc", context_states=["Zacatecas"]), "Zacatecas", admin2="Cuauhtémoc")
    # Without a state, the only town of that name.
    check(geocoder.resolve("Ciudad Cuauhtémoc"), "Veracruz de Ignacio de la Llave")


def test_the_first_words_of_one_municipality_s_official_name_are_that_municipality(geocoder):
    check(geocoder.resolve("Valle de Chalco"), "México", admin2="Valle de Chalco Solidaridad")
    assert geocoder.resolve("Valle de Chalco", state="Jalisco") is None
    # the first words of several municipalities' names settle nothing
    assert geocoder.resolve("Santa María") is None or geocoder.resolve("Santa María").kind != "municipality"


def test_villa_and_a_municipality_name_is_that_municipality_only_in_the_story_s_states(geocoder):
    # "el poblado Villa Coronado": the seat of Coronado, Chihuahua, unknown to the gazetteer by that name
    check(geocoder.resolve("Villa Coronado", state="Chihuahua"), "Chihuahua", admin2="Coronado")
    check(geocoder.resolve("Villa Coronado", context_states=["Chihuahua"]), "Chihuahua", admin2="Coronado")
    assert geocoder.resolve("Villa Coronado") is None
    assert geocoder.resolve("Villa Coronado", context_states=["Sonora"]) is None


def test_a_city_named_ciudad_is_never_a_small_municipality_of_another_state(geocoder):
    assert geocoder.resolve("Ciudad Juárez", state="Nuevo León") is None
    check(geocoder.resolve("Ciudad Juárez", context_states=["Nuevo León"]), "Chihuahua", admin2="Juárez")


def test_a_short_name_with_its_state_is_the_municipality_it_begins_there(geocoder):
    # "the town of Santiago, Nayarit": Santiago Ixcuintla, as in a story about Nayarit
    assert geocoder.resolve("Santiago", state="Nayarit").admin2 == "Santiago Ixcuintla"
    assert geocoder.resolve("Santiago", state="Nuevo León").admin2 == "Santiago"


def test_a_town_and_its_state_in_an_english_report_take_the_short_name_there():
    import datetime as dt
    from app.articles import parse_article_text
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder
    article = parse_article_text("---\ndate: 2011-02-28\nlanguage: en\n---\nSoldiers killed four gunmen in a clash "
                                 "on Sunday. The troops were on patrol along a river in the town of Santiago, Nayarit "
                                 "when assailants opened fire.", article_id="t")
    records = extract_incidents(article, geocoder=get_geocoder(), reference_date=dt.date(2011, 2, 28))
    assert {r["admin2"] for r in records} == {"Santiago Ixcuintla"}, records
