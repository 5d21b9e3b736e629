"""Rules of the fifty-fourth session, each from an error on heldout531-547 (the sentences are written for these tests,
after the gold's wording)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import of_type


def test_trade_and_transport_upset_in_listed_towns_is_a_disruption_in_each(extract) -> None:
    text = ("New blockades have caused fear and tension and disruption of trade and transport in the municipalities of "
            "La Huacana, Ario de Rosales and Nuevo Urecho, Michoacán.")
    records = extract(text, "en", date="2021-06-24")
    assert {r["location"] for r in of_type(records, "disruption")} == {"La Huacana", "Ario de Rosales", "Nuevo Urecho"}, records


def test_an_exodus_is_a_disruption(extract) -> None:
    records = extract("The bloody turf war has caused a mass exodus from Aguililla, Michoacán.", "en", date="2021-06-24")
    assert {r["location"] for r in of_type(records, "disruption")} == {"Aguililla"}, records


@pytest.mark.parametrize("text", [
    "An exclusive bottler of PepsiCo is halting operations in Ciudad Altamirano, Guerrero, where it has become too "
    "dangerous to operate.",
    "The company said that the decision to shut down indefinitely its operations in Ciudad Altamirano, Guerrero, "
    "was taken yesterday.",
    "Coca-Cola Femsa indefinitely closed its distribution operations in Ciudad Altamirano, Guerrero, in March.",
])
def test_a_company_stopping_its_operations_is_a_disruption_not_an_operation(extract, text: str) -> None:
    records = extract(text, "en", date="2018-06-12")
    assert of_type(records, "disruption") and not of_type(records, "operation"), records


def test_an_operation_of_the_forces_is_still_an_operation(extract) -> None:
    records = extract("Soldiers and federal police launched an operation in Ciudad Altamirano, Guerrero, on Monday.",
                      "en", date="2018-06-12")
    assert of_type(records, "operation"), records


@pytest.mark.parametrize("text", [
    "Cerca de 100 antimotines de la Fuerza Civil entraron al centro penitenciario de Apodaca poco después de las "
    "15:30 horas.",
    "Nueve horas después elementos de la Guardia Nacional, Policía Federal y estatales, desalojaron a los habitantes "
    "que bloqueaban la carretera en Escuintla, Chiapas.",
])
def test_riot_police_entering_or_clearing_a_place_is_an_operation(extract, text: str) -> None:
    records = extract(text, "es", date="2022-01-08")
    assert of_type(records, "operation"), records


def test_a_figure_for_the_whole_country_is_no_town_s(extract) -> None:
    text = ("Gunmen attacked a distribution centre in Ciudad Altamirano, Guerrero, on Friday. Nationwide, homicides "
            "have surged this year, outpacing 2017, which saw the most deaths on record.")
    records = extract(text, "en", date="2018-03-24")
    assert not of_type(records, "death"), records


@pytest.mark.parametrize("lang,text", [
    ("en", "The men intended to set the distribution center in Ciudad Altamirano, Guerrero, on fire but Federal "
           "Police officers managed to stop them."),
    ("es", "Los sujetos pretendían incendiar el centro de distribución en Ciudad Altamirano, Guerrero, pero los "
           "policías federales lo impidieron."),
])
def test_a_fire_only_intended_is_no_arson(extract, lang: str, text: str) -> None:
    assert not of_type(extract(text, lang, date="2018-03-24"), "arson")


def test_a_decapitated_man_found_is_one_death(extract) -> None:
    text = ("The final straw was the recent discovery by authorities of a decapitated man whose body was dumped near "
            "the mine in Madera, Chihuahua.")
    records = extract(text, "en", date="2018-05-26")
    assert [r["fatalities"] for r in of_type(records, "death")] == [1], records


def test_an_election_day_ahead_is_no_date_of_the_events(extract) -> None:
    text = ("Mientras las autoridades electorales aseguran que no hay focos rojos, a unos días de la elección del 6 de "
            "junio, la noche de ayer tres simpatizantes del PES fueron atacados a balazos en Tamazunchale, San Luis "
            "Potosí.")
    records = extract(text, "es", date="2021-05-18")
    assert {r["event_date"] for r in of_type(records, "attack")} == {"2021-05-17"}, records


def test_a_region_of_mexico_in_a_story_of_one_state_is_that_state(extract) -> None:
    text = ("MEXICO CITY – The mayor of a village in central Mexico was found dead Saturday, a day after he was "
            "kidnapped, security officials said.\n\n“We found a corpse in the town of El Pochote this morning,” a "
            "security official from southern Guerrero state told AFP.\n\nAn armed group kidnapped the mayor on Friday. "
            "One of his guards was killed during the attack, and authorities in Guerrero said they were still looking "
            "for his colleague.")
    records = extract(text, "en", date="2011-08-20", title="Mayor kidnapped near Mexico City found dead")
    lead = [r for r in of_type(records, "death") if "central Mexico" in r["evidence"]]
    assert lead and {r["admin1"] for r in lead} == {"Guerrero"}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "In Tixtla, Guerrero, they poured gasoline on the officers, threatening to set them on fire."),
    ("es", "En Choix, Sinaloa, corre como reguero de pólvora incendiada la versión de que los Lemos atacaron a los Báez."),
    ("es", "Los gavilleros llegaron de noche para desplazar a las familias de la comunidad llamada El Corral Quemado, "
           "en Choix, Sinaloa."),
])
def test_a_threat_an_idiom_or_a_name_is_no_arson(extract, lang: str, text: str) -> None:
    assert not of_type(extract(text, lang, date="2021-09-21"), "arson")


def test_people_found_wounded_in_a_hospital_are_not_placed_in_its_town(extract) -> None:
    text = ("La policía encontró el cadáver de un joven en el arco de acceso a Choix, Sinaloa. En el mismo caso, un "
            "hombre y una mujer fueron encontrados con heridas de bala en un hospital de Los Mochis.")
    records = extract(text, "es", date="2021-09-21")
    assert records and "Los Mochis" not in {r["location"] for r in records}, records


def test_an_outlet_before_the_dateline_s_town_leaves_the_town(extract) -> None:
    text = ("Ríodoce/Choix.- Los gavilleros llegaron de noche, disparando a diestra y siniestra.\n\n"
            "Los desplazados huyeron sierra arriba, hacia Chihuahua.")
    records = extract(text, "es", date="2013-09-16")
    assert {r["admin1"] for r in of_type(records, "attack")} == {"Sinaloa"}, records


def test_where_people_came_from_is_no_place_of_the_events(extract) -> None:
    text = ("Muchos de los atacantes llegaron de Badiraguato y otros llegaron de Guadalupe y Calvo, y son "
            "enfrentamientos entre ellos.")
    records = extract(text, "es", date="2019-08-12")
    assert not {"Badiraguato", "Guadalupe y Calvo"} & {r["location"] for r in records}, records


def test_an_incursion_of_criminals_is_no_operation(extract) -> None:
    text = "Se ha observado la incursión de grupos delictivos de Sinaloa en la sierra de Tamazula, Durango."
    assert not of_type(extract(text, "es", date="2019-08-12"), "operation")


def test_a_town_told_with_its_state_is_that_one_everywhere_in_the_article(extract) -> None:
    text = ("5 tons of crystal meth confiscated near San Ignacio\n\n"
            "More than ten tons of narcotics were seized over the weekend near the remote Baja California Sur town of "
            "San Ignacio.\n\nThe semi-truck was traveling to or from Hermosillo, Sonora.")
    records = extract(text, "en", date="2013-03-25")
    assert {r["admin1"] for r in of_type(records, "seizure")} == {"Baja California Sur"}, records


@pytest.mark.parametrize("lang,text,event_type", [
    ("en", "In Progreso, Yucatán, the officer was caught unaware by his attackers, who wounded him with a knife.",
     "arrest"),
    ("es", "En el poblado de Cuautlixco, municipio de Cuautla, Morelos, también hallaron prendas de vestir con restos "
           "hemáticos.", "death"),
])
def test_caught_unaware_is_no_arrest_and_blood_traces_no_death(extract, lang: str, text: str, event_type: str) -> None:
    assert not of_type(extract(text, lang, date="2020-06-10"), event_type)


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men dragged her 15-year-old son and two of his friends outside and shot them to death in Fresnillo, "
           "Zacatecas."),
    ("es", "Sicarios asesinaron a su hijo y dos amigos en Fresnillo, Zacatecas."),
])
def test_one_relative_and_a_counted_group_add_up(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2021-08-03")
    assert [r["fatalities"] for r in of_type(records, "death")] == [3], records


def test_a_man_nearly_lynched_is_unrest_not_a_death(extract) -> None:
    text = ("Tehuacán, Pue.- Un hombre de 19 años estuvo a punto de ser linchado por habitantes de Lomas de la Soledad, "
            "en el municipio de Tehuacán, luego de que lo sorprendieron cuando intentaba robar.")
    records = extract(text, "es", date="2016-09-26")
    assert of_type(records, "unrest") and not of_type(records, "death"), records


def test_riot_police_rescuing_a_man_from_a_crowd_is_an_operation(extract) -> None:
    text = ("En Lomas de la Soledad, Tehuacán, Puebla, policías antimotines tuvieron que rescatar al sujeto ante la "
            "molestia de la gente.")
    assert of_type(extract(text, "es", date="2016-09-26"), "operation")


def test_a_numbered_clinic_of_an_institution_is_where_the_wounded_went(extract) -> None:
    text = ("TLAPACOYAN, VER.- Tres presuntos delincuentes fueron abatidos en la colonia FREDEPO.\n\n"
            "Los elementos lesionados fueron trasladados de urgencia a la clínica 28 del IMSS en Martínez de la Torre.")
    records = extract(text, "es", date="2025-04-29")
    assert records and "Martínez de la Torre" not in {r["location"] for r in records}, records


@pytest.mark.parametrize("name,location,state", [
    ("Villa Ocuiltzapotlán", "Centro", "Tabasco"),
    ("Chinkultic", "La Trinitaria", "Chiapas"),
])
def test_villages_and_sites_below_the_gazetteer_find_their_municipality(geo, name: str, location: str,
                                                                        state: str) -> None:
    place = geo.resolve(name)
    assert place is not None and (place.location, place.admin1, place.geo_precision) == (location, state, 2), place


def test_how_long_the_violence_has_gone_on_is_no_date_of_its_start(extract) -> None:
    text = ("Chilpancingo, Gro.- En esta ciudad desde hace tres semanas sus habitantes viven otra oleada de violencia: "
            "van 11 asesinatos y seis vehículos incendiados.")
    records = extract(text, "es", date="2022-06-23")
    assert records and all(r["event_date"].startswith("2022-06") for r in records), records


def test_protesters_holding_the_mayor_of_a_town_attack_him(extract) -> None:
    text = ("Así también, los pobladores –que desde el pasado 5 de mayo mantienen protestas– retuvieron al presidente de "
            "Sola de Vega, Oaxaca, en las instalaciones de la Casa de la Cultura.")
    assert of_type(extract(text, "es", date="2020-05-07"), "attack")


def test_the_attackers_home_told_as_who_did_it_places_nothing(extract) -> None:
    text = ("La comunidad ha sido víctima de múltiples invasiones violentas por parte de los vecinos de San Vicente "
            "Coatlán, Oaxaca; la más reciente dejó una persona muerta.")
    records = extract(text, "es", date="2020-05-07")
    assert "San Vicente Coatlán" not in {r["location"] for r in records}, records


def test_tyre_spikes_counted_among_seized_guns_are_no_roadblock(extract) -> None:
    text = ("Tenancingo, Méx.- Durante la inspección fueron asegurados cuatro paquetes de marihuana.\n\n"
            "Un fusil AK-47 con dos cargadores y cartuchos útiles calibre 7.62 mm, 50 poncha llantas y una camioneta.")
    assert not of_type(extract(text, "es", date="2025-09-03"), "roadblock")


def test_a_taxis_livery_is_no_place_of_the_events(extract) -> None:
    text = ("Tres personas habrían intentado asaltar una tienda en Rancho Colorado, Jiquipilco, a bordo de un taxi con "
            "cromática del municipio de Ixtlahuaca, y dispararon contra los pobladores.")
    records = extract(text, "es", date="2025-04-26")
    assert records and "Ixtlahuaca" not in {r["location"] for r in records}, records


def test_one_killed_told_in_the_past_subjunctive_is_one_death(extract) -> None:
    text = ("Chalco.- La violencia volvió a teñir de rojo las calles, luego de que un mando de la policía fuera asesinado "
            "a balazos en las puertas de una tienda de Chalco, Estado de México.")
    records = extract(text, "es", date="2025-10-01")
    assert [r["fatalities"] for r in of_type(records, "death")] == [1], records


@pytest.mark.parametrize("text", [
    "Un presunto ladrón casi fue linchado por vecinos en Tehuacán, Puebla.",
    "Policías salvaron a un presunto ladrón de ser linchado por vecinos en Tehuacán, Puebla.",
    "Por poco y es linchado un presunto ladrón en Tehuacán, Puebla.",
])
def test_a_lynching_only_near_is_no_death(extract, text: str) -> None:
    assert not of_type(extract(text, "es", date="2016-09-26"), "death")
