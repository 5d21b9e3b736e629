"""Rules of the fifty-second session, each from an error on heldout495-501 (the sentences are written for these tests,
after the gold's wording)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import places


def test_a_foreign_country_is_no_sign_of_its_mexican_namesake(extract) -> None:
    # "Canada" is also read as San Antonio Cañada (Puebla): a story that names no state is not set in Puebla by it
    text = ("Global Affairs Canada says it is aware of the death of a Canadian killed in Mexico.\n\n"
            "Mexican police have identified the woman, saying she died in a shooting on Saturday.\n\n"
            "She and a friend were outside a convenience store when armed criminals shot them.\n\n"
            "She was heading back to Canada to care for her sick mother.")
    records = extract(text, "en", date="2024-03-21")
    assert "Puebla" not in {r["admin1"] for r in records}, records


@pytest.mark.parametrize("text", [
    "Mexican police said she died in a shooting on Saturday in Querataro, which is in Central Mexico.",
    "Gunmen shot dead a tourist on Saturday in Michoacam.",
])
def test_a_state_misspelt_by_one_letter_is_that_state(extract, text: str) -> None:
    records = extract(text, "en", date="2024-03-21")
    assert {r["admin1"] for r in records if r["event_type"] == "death"} & {"Querétaro", "Michoacán de Ocampo"}, records


def test_a_short_word_one_letter_from_a_state_is_no_state(extract) -> None:
    # (only long names: "Sonara" could be many words)
    records = extract("Gunmen shot dead a tourist on Saturday in Sonara.", "en", date="2024-03-21")
    assert "Sonora" not in {r["admin1"] for r in records}, records


@pytest.mark.parametrize("lang,text", [
    ("en", "Two surfers were killed in Sinaloa state when they fought back during a robbery. They were last seen alive "
           "in the night of 20 November in the town of Topolobampo."),
    ("es", "Dos surfistas fueron asesinados en Sinaloa cuando se resistieron a un asalto. Fueron vistos por última vez "
           "en el poblado de Topolobampo."),
    ("nl", "Twee surfers werden in Sinaloa vermoord toen ze zich verzetten tegen een overval. Ze werden voor het laatst "
           "gezien in Topolobampo."),
])
def test_where_someone_was_last_seen_is_no_place_of_the_killing(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2015-12-04")
    assert records and "Topolobampo" not in {r["location"] for r in records}, records


def test_a_street_named_after_a_day_at_a_corner_is_no_date(extract) -> None:
    text = ("En Tlaquepaque, Jalisco, un grupo armado irrumpió en una fiesta y mató a siete personas. El ataque ocurrió "
            "en la calle Mariano Moreno 345 al cruce con 1 de Noviembre y 12 de Diciembre.")
    records = extract(text, "es", date="2018-07-09")
    assert records and {r["event_date"] for r in records} == {"2018-07-09"}, records


def test_a_bearing_in_a_metropolitan_area_is_not_its_central_city(extract) -> None:
    text = ("En Tlaquepaque, Jalisco, un grupo armado irrumpió en una fiesta y mató a siete personas. El ataque ocurrió "
            "en la colonia Francisco I. Madero, al sur de la zona metropolitana de Guadalajara. En el interior del "
            "inmueble las autoridades encontraron casquillos calibre .223.")
    records = extract(text, "es", date="2018-07-09")
    assert records and "Guadalajara" not in {r["location"] for r in records}, records


def test_the_metropolitan_area_itself_is_still_its_city(extract) -> None:
    records = extract("Un grupo armado mató a tres personas en la zona metropolitana de Guadalajara.", "es",
                      date="2018-07-09")
    assert ("death", "Guadalajara") in places(records), records


def test_a_named_mayor_of_a_town_places_the_killing_the_lead_set_in_his_state(extract) -> None:
    text = ("MORELIA, Mexico – A mayor in Mexico’s western state of Michoacan was shot dead Wednesday night while "
            "campaigning.\n\n"
            "Mayor Ricardo Guzman of La Piedad was passing out campaign material when an SUV drove by and a gunman "
            "opened fire, said Jonathan Arredondo, spokesman of the state Attorney General’s Office.")
    records = extract(text, "en", date="2011-11-03")
    got = places(records)
    assert ("death", "La Piedad") in got and ("attack", "La Piedad") in got, records
    assert "Morelia" not in {r["location"] for r in records}, records


def test_a_year_after_el_año_dates_the_event(extract) -> None:
    text = "Sicarios y policías se enfrentaron en Tihuatlán el año 2012, según la Fiscalía."
    records = extract(text, "es", date="2024-03-23")
    assert ("attack", "2012-01-01") in {(r["event_type"], r["event_date"]) for r in records}, records


def test_trucks_involved_in_a_violent_act_in_a_town_were_not_seized_there(extract) -> None:
    text = ("En un operativo conjunto, autoridades aseguran cuatro camionetas implicadas en un reciente acto violento "
            "en Cazones\n\nTihuatlán | 2024-03-23\n\n"
            "Fue este sábado cuando los agentes catearon un rancho ubicado en Tihuatlán.")
    records = extract(text, "es", date="2024-03-23")
    assert ("seizure", "Cazones de Herrera") not in places(records), records


def test_a_press_release_dateline_glued_to_its_lead_gives_the_day_of_filing(extract) -> None:
    text = ("New York, January 28, 2008—Mexican journalist Octavio Soto Torres was shot at by four masked gunmen on "
            "Wednesday night while driving in the city of Pánuco, Veracruz state.")
    records = extract(text, "en", date="2008-01-28")
    assert ("attack", "2008-01-23") in {(r["event_type"], r["event_date"]) for r in records}, records


@pytest.mark.parametrize("text", [
    "Presuntos sicarios bloquearon las carreteras que conducen de esta capital a las ciudades de Miguel Alemán y "
    "Reynosa, en Tamaulipas, así como una avenida del municipio de San Nicolás de los Garza, Nuevo León.",
    "Hombres armados bloquearon las carreteras que conducen a Reynosa, así como una avenida del municipio de San "
    "Nicolás de los Garza, Nuevo León.",
])
def test_the_towns_roads_lead_to_are_no_places_of_the_blockade(extract, text: str) -> None:
    records = extract(text, "es", date="2010-03-19")
    got = {r["location"] for r in records}
    assert "San Nicolás de los Garza" in got and not got & {"Reynosa", "Miguel Alemán"}, records


def test_police_scouring_the_area_is_an_operation(extract) -> None:
    records = extract("In Lázaro Cárdenas, Quintana Roo, police scoured the local until 1pm on Friday but did not "
                      "find the shooters.", "en", date="2023-06-11")
    assert ("operation", "Lázaro Cárdenas") in places(records), records


# Rules from heldout502-508, opened after their blind score.

def test_the_hospitals_the_wounded_were_transported_to_are_no_event_place(extract) -> None:
    text = ("The crowd took their prisoners to the municipal dump in San Jerónimo Tlacochahuaya, Oaxaca, and set them on "
            "fire. State police arrived in time to rescue the alleged thieves and transport them to hospitals in Oaxaca "
            "city.")
    records = extract(text, "en", date="2017-11-15")
    assert records and "Oaxaca de Juárez" not in {r["location"] for r in records}, records


def test_a_town_line_with_the_reporters_initials_is_the_dateline() -> None:
    from app.extract.sentences import split_sentences
    sentences = split_sentences("GUAYMAS, Sonora(GH)\n\nLas autoridades localizaron osamentas en un cerro.")
    assert sentences[0].dateline and sentences[0].text == "GUAYMAS, Sonora(GH)", sentences


@pytest.mark.parametrize("text", [
    "El colectivo Las Rastreadoras de El Fuerte llegarán a Guaymas para solicitar el ADN de las osamentas localizadas "
    "en Sonora.",
    "Integrantes de Madres Buscadoras de Jalisco localizaron restos humanos en un predio de Sonora.",
])
def test_a_search_collective_is_not_where_its_town_is(extract, text: str) -> None:
    records = extract(text, "es", date="2018-01-19")
    got = {r["location"] for r in records}
    assert records and not got & {"El Fuerte", "Jalisco"}, records


def test_the_state_of_a_licence_matricula_is_no_event_place(extract) -> None:
    text = ("En Sergio Butrón Casas, Quintana Roo, fue hallado muerto un hombre. Su cadáver estaba calcinado junto con un "
            "vehículo tipo Mustang con matrícula DHH5917, del Estado de Campeche.")
    records = extract(text, "es", date="2020-01-08")
    assert records and "Campeche" not in {r["admin1"] for r in records}, records


@pytest.mark.parametrize("text", [
    "In Chenalhó, Chiapas, the same group broke into the prison and released them.",
    "In Chenalhó, Chiapas, 30 people armed with sticks and stones and led by a local teacher set him free.",
])
def test_a_jail_broken_open_to_free_prisoners_is_unrest(extract, text: str) -> None:
    assert ("unrest", "Chenalhó") in places(extract(text, "en", date="2018-11-13"))


def test_the_burned_remains_of_a_vehicle_are_an_arson_not_a_death(extract) -> None:
    records = extract("The burned remains of a vehicle used by the hitmen was found later in Amacuzac, Morelos.", "en",
                      date="2019-05-11")
    got = {r["event_type"] for r in records}
    assert "arson" in got and "death" not in got, records


def test_a_weekday_of_what_is_to_come_does_not_date_a_past_arrest(extract) -> None:
    records = extract("In Cuernavaca, Morelos, a suspect was apprehended at the scene and will make a court appearance "
                      "on Wednesday.", "en", date="2019-05-11")
    assert [r["event_date"] for r in records if r["event_type"] == "arrest"] == ["2019-05-11"], records


def test_a_later_dateline_of_a_round_up_is_this_city_of_its_story(extract) -> None:
    text = ("Jerez de García Salinas, Zac.- Sicarios balearon a una mujer y dos hombres en este pueblo mágico.\n\n"
            "Lo Matan en la Francisco Villa\n\n"
            "Fresnillo, Zac.- Sicarios asesinaron a un hombre cuando deambulaba por la calle, en esta ciudad cada vez "
            "más violenta.")
    records = extract(text, "es", date="2022-12-17")
    assert ("death", "Fresnillo") in places(records), records


@pytest.mark.parametrize("text", [
    "In Teocaltiche, Jalisco, authorities found a workshop for making drone-carried bombs in a house.",
    "In Teocaltiche, Jalisco, police found bomb-making materials, including 15 pounds of gunpowder.",
])
def test_bombs_found_are_a_seizure(extract, text: str) -> None:
    assert ("seizure", "Teocaltiche") in places(extract(text, "en", date="2023-10-04"))


# Rules from heldout510-514, opened after their blind score.

def test_deprived_illegally_of_their_liberty_is_an_attack(extract) -> None:
    records = extract("En Nuevo Casas Grandes, Chihuahua, cuatro jóvenes fueron privados ilegalmente de la libertad en el "
                      "cruce de dos calles.", "es", date="2023-11-21")
    assert ("attack", "Nuevo Casas Grandes") in places(records), records


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tizatlán, Tlaxcala, un empleado fue víctima de un asalto armado la noche del viernes."),
    ("en", "In Cancún, Quintana Roo, a tourist was the victim of an armed robbery on Friday."),
    ("nl", "In Cancún werd een toerist vrijdag slachtoffer van een gewapende overval."),
])
def test_an_armed_robbery_is_an_attack(extract, lang: str, text: str) -> None:
    assert "attack" in {r["event_type"] for r in extract(text, lang, date="2025-05-10")}


@pytest.mark.parametrize("lang,text", [
    ("es", "En Coronado, Chihuahua, cinco personas resultaron sin vida, y de las cuales, tres de ellas fueron "
           "decapitadas."),
    ("es", "En Coronado, Chihuahua, cinco personas resultaron sin vida, de las cuales tres fueron decapitadas."),
    ("en", "In Celaya, Guanajuato, five people were killed, of whom three were beheaded."),
])
def test_a_part_of_those_just_counted_adds_no_deaths(extract, lang: str, text: str) -> None:
    deaths = [r["fatalities"] for r in extract(text, lang, date="2021-04-13") if r["event_type"] == "death"]
    assert deaths == [5], deaths


def test_people_forced_out_of_their_villages_are_displaced(extract) -> None:
    records = extract("En Zihuatanejo, Guerrero, unos 50 hombres armados los obligaron a salirse de sus pueblos.", "es",
                      date="2021-07-08")
    assert ("disruption", "Zihuatanejo de Azueta") in places(records), records


def test_what_followed_the_attack_is_dated_by_it(extract) -> None:
    text = ("Los ataques a empresas en Coatzacoalcos, Veracruz, comenzaron el 28 de mayo, cuando fue incendiada una "
            "sucursal de una tienda.\n\n"
            "Nuevamente, el hampa atacó otro establecimiento. Fue en el bar La Catrina la noche del 16 de julio cuando "
            "sujetos desconocidos irrumpieron y abrieron fuego contra dos empleados.\n\n"
            "Luego del ataque murió una mujer identificada como Diana.")
    records = extract(text, "es", date="2019-12-20")
    assert [r["event_date"] for r in records if r["event_type"] == "death"] == ["2019-07-16"], records
