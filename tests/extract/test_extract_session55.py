"""Rules of the fifty-fifth session, each from an error on heldout548-553 (the sentences are written for these tests,
after the gold's wording)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.extract.dates import sentence_date
from app.extract.mentions import road_towns
from tests.extract.conftest import of_type


@pytest.mark.parametrize("lang,text", [
    ("es", "Tres hombres sin vida y uno lesionado fue el saldo de un ataque armado en un bar de Celaya, Guanajuato."),
    ("es", "Tres muertos y uno lesionado fue el saldo de un ataque armado en un bar de Celaya, Guanajuato."),
    ("en", "Three dead and one wounded was the toll of an attack on a bar in Celaya, Guanajuato."),
])
def test_the_wounded_told_before_a_toll_are_not_its_dead(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2025-02-01")
    assert [r["fatalities"] for r in of_type(records, "death")] == [3], records


def test_one_killed_told_before_a_toll_is_still_its_count(extract) -> None:
    text = ("Una persona ejecutada y otro gravemente herido, es el saldo de un ataque más de la delincuencia organizada "
            "en Fresnillo, Zacatecas.")
    records = extract(text, "es", date="2015-07-15")
    assert [r["fatalities"] for r in of_type(records, "death")] == [1], records


@pytest.mark.parametrize("text,expected", [
    # a report of Saturday 1 February 2025: 1 January was a Wednesday
    ("Aproximadamente a las 3:20 de la tarde de este sábado 1 de enero se informó sobre una balacera.", dt.date(2025, 2, 1)),
    ("On Saturday, January 1, gunmen opened fire on a bar.", dt.date(2025, 2, 1)),
    # the weekday agrees with the day and month as written: kept
    ("El miércoles 1 de enero hubo una balacera.", dt.date(2025, 1, 1)),
    ("El sábado 14 de diciembre hubo una balacera.", dt.date(2024, 12, 14)),
])
def test_a_weekday_that_disagrees_with_the_month_names_a_day_of_the_report_s_week(text: str, expected: dt.date) -> None:
    assert sentence_date(text, dt.date(2025, 2, 1)) == (expected, "day")


@pytest.mark.parametrize("text,expected", [
    ("Esta violencia creciente inició en 2020, cuando el 4 de diciembre, localizaron el cuerpo sin vida de Julio "
     "Beltrán.", dt.date(2020, 12, 4)),
    ("The violence began in 2019, when on 3 May gunmen killed ten people.", dt.date(2019, 5, 3)),
])
def test_a_day_after_in_year_when_is_in_that_year(text: str, expected: dt.date) -> None:
    assert sentence_date(text, dt.date(2022, 10, 24)) == (expected, "day")


@pytest.mark.parametrize("lang,text", [
    ("es", "El 19 de octubre de 2022, un hombre maniatado y sin vida fue localizado en Tecate, Baja California.\n\n"
           "Cuatro días después, el cuerpo de un hombre fue localizado."),
    ("es", "El 19 de octubre de 2022, un hombre maniatado y sin vida fue localizado en Tecate, Baja California.\n\n"
           "Cuatro Días después, un tambo de lámina con los restos de un hombre se localizó en otro acceso al poblado."),
    ("en", "On October 19, 2022, a bound man was found dead in a car in Tecate, Baja California.\n\n"
           "Four days later, the body of a man was found."),
])
def test_a_body_found_days_later_is_another_death_on_its_own_day(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2022-10-24")
    assert sorted(r["event_date"] for r in of_type(records, "death")) == ["2022-10-19", "2022-10-23"], records
    assert {r["location"] for r in of_type(records, "death")} == {"Tecate"}, records


def test_remains_found_are_a_death(extract) -> None:
    records = extract("Un tambo con los restos de un hombre se localizó en Tecate, Baja California.", "es",
                      date="2022-10-24")
    assert of_type(records, "death"), records


@pytest.mark.parametrize("text,expected", [
    ("en el camino vecinal que conecta a Valle de las Palmas con San Pedro", ["Valle de las Palmas", "San Pedro"]),
    ("sobre la brecha que comunica Tepalcatepec con Coalcomán", ["Tepalcatepec", "Coalcomán"]),
    ("en una carretera que une las ciudades Briseñas y Sahuayo", ["Briseñas", "Sahuayo"]),
])
def test_a_road_told_by_the_towns_it_joins(text: str, expected: list[str]) -> None:
    assert expected in road_towns(text)


def test_an_event_of_its_own_day_on_a_road_from_the_story_s_town_is_in_that_town(extract) -> None:
    text = ("La narcoguerra en Tecate, Baja California, ha paralizado la actividad económica en el poblado de Valle de "
            "las Palmas.\n\nEsta violencia inició en 2020, cuando el 4 de diciembre localizaron el cuerpo sin vida de "
            "Julio Beltrán.\n\nEl 19 de octubre de 2022, un hombre maniatado y sin vida fue localizado al interior de "
            "un automóvil en el camino vecinal que conecta a Valle de las Palmas con San Pedro.")
    records = extract(text, "es", date="2022-10-24")
    day = [r for r in of_type(records, "death") if r["event_date"] == "2022-10-19"]
    assert [r["admin2"] for r in day] == ["Tecate"], records


def test_valle_de_las_palmas_is_in_tecate(geo) -> None:
    place = geo.resolve("Valle de las Palmas")
    assert (place.admin2, place.admin1, place.geo_precision) == ("Tecate", "Baja California", 2)
