"""Rules of the fifty-fourth session, each from an error on heldout531-535 (the sentences are written for these tests,
after the gold's wording)."""
from __future__ import annotations

import pytest


def _of(records: list[dict], event_type: str) -> list[dict]:
    return [r for r in records if r["event_type"] == event_type]


def test_trade_and_transport_upset_in_listed_towns_is_a_disruption_in_each(extract) -> None:
    text = ("New blockades have caused fear and tension and disruption of trade and transport in the municipalities of "
            "La Huacana, Ario de Rosales and Nuevo Urecho, Michoacán.")
    records = extract(text, "en", date="2021-06-24")
    assert {r["location"] for r in _of(records, "disruption")} == {"La Huacana", "Ario de Rosales", "Nuevo Urecho"}, records


def test_an_exodus_is_a_disruption(extract) -> None:
    records = extract("The bloody turf war has caused a mass exodus from Aguililla, Michoacán.", "en", date="2021-06-24")
    assert {r["location"] for r in _of(records, "disruption")} == {"Aguililla"}, records


@pytest.mark.parametrize("text", [
    "An exclusive bottler of PepsiCo is halting operations in Ciudad Altamirano, Guerrero, where it has become too "
    "dangerous to operate.",
    "The company said that the decision to shut down indefinitely its operations in Ciudad Altamirano, Guerrero, "
    "was taken yesterday.",
    "Coca-Cola Femsa indefinitely closed its distribution operations in Ciudad Altamirano, Guerrero, in March.",
])
def test_a_company_stopping_its_operations_is_a_disruption_not_an_operation(extract, text: str) -> None:
    records = extract(text, "en", date="2018-06-12")
    assert _of(records, "disruption") and not _of(records, "operation"), records


def test_an_operation_of_the_forces_is_still_an_operation(extract) -> None:
    records = extract("Soldiers and federal police launched an operation in Ciudad Altamirano, Guerrero, on Monday.",
                      "en", date="2018-06-12")
    assert _of(records, "operation"), records


@pytest.mark.parametrize("text", [
    "Cerca de 100 antimotines de la Fuerza Civil entraron al centro penitenciario de Apodaca poco después de las "
    "15:30 horas.",
    "Nueve horas después elementos de la Guardia Nacional, Policía Federal y estatales, desalojaron a los habitantes "
    "que bloqueaban la carretera en Escuintla, Chiapas.",
])
def test_riot_police_entering_or_clearing_a_place_is_an_operation(extract, text: str) -> None:
    records = extract(text, "es", date="2022-01-08")
    assert _of(records, "operation"), records


def test_a_figure_for_the_whole_country_is_no_town_s(extract) -> None:
    text = ("Gunmen attacked a distribution centre in Ciudad Altamirano, Guerrero, on Friday. Nationwide, homicides "
            "have surged this year, outpacing 2017, which saw the most deaths on record.")
    records = extract(text, "en", date="2018-03-24")
    assert not _of(records, "death"), records


@pytest.mark.parametrize("lang,text", [
    ("en", "The men intended to set the distribution center in Ciudad Altamirano, Guerrero, on fire but Federal "
           "Police officers managed to stop them."),
    ("es", "Los sujetos pretendían incendiar el centro de distribución en Ciudad Altamirano, Guerrero, pero los "
           "policías federales lo impidieron."),
])
def test_a_fire_only_intended_is_no_arson(extract, lang: str, text: str) -> None:
    assert not _of(extract(text, lang, date="2018-03-24"), "arson")


def test_a_decapitated_man_found_is_one_death(extract) -> None:
    text = ("The final straw was the recent discovery by authorities of a decapitated man whose body was dumped near "
            "the mine in Madera, Chihuahua.")
    records = extract(text, "en", date="2018-05-26")
    assert [r["fatalities"] for r in _of(records, "death")] == [1], records


def test_an_election_day_ahead_is_no_date_of_the_events(extract) -> None:
    text = ("Mientras las autoridades electorales aseguran que no hay focos rojos, a unos días de la elección del 6 de "
            "junio, la noche de ayer tres simpatizantes del PES fueron atacados a balazos en Tamazunchale, San Luis "
            "Potosí.")
    records = extract(text, "es", date="2021-05-18")
    assert {r["event_date"] for r in _of(records, "attack")} == {"2021-05-17"}, records
