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


# From heldout554-559 (blind in the fifty-fifth session, then opened)

def test_a_neighbourhood_in_the_title_names_no_state(extract) -> None:
    text = ("Un nuevo homicidio ocurrió en la colonia Morelos. La madrugada del domingo un joven de 23 años fue atacado a "
            "balazos mientras se encontraba en la calle Jesús Carranza.")
    records = extract(text, "es", date="2016-05-16", title="Balean a un joven en la colonia Morelos",
                      url="https://www.eluniversal.com.mx/articulo/metropoli/cdmx/2016/05/16/balean-un-joven")
    assert records and {r["admin1"] for r in records} == {"Ciudad de México"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Los funcionarios municipales y empleados de Súchil, Durango, no se presentaron a trabajar ante el temor de que "
           "los sicarios regresaran y ocurriera una masacre."),
    ("en", "Town hall employees in Súchil, Durango, did not show up for work for fear that there would be another "
           "massacre."),
])
def test_staff_kept_from_work_by_fear_is_a_disruption_and_the_feared_massacre_no_death(extract, lang: str,
                                                                                      text: str) -> None:
    records = extract(text, lang, date="2009-02-12")
    assert [r["event_type"] for r in records] == ["disruption"], records


@pytest.mark.parametrize("lang,text,place", [
    ("en", "As a precautionary measure, the National Chamber of Passenger Transportation ordered the suspension of all "
           "overnight bus trips to Apatzingán, Michoacán.", "Apatzingán"),
    ("en", "All bus companies that operate in Michoacán canceled services due to the precarious security situation.",
     "Michoacán de Ocampo"),
    ("es", "Se suspendieron las corridas de autobuses a Apatzingán, Michoacán, por la inseguridad.", "Apatzingán"),
    # (the Spanish forms the extractor read already: kept as regression cases)
    ("es", "Las líneas de autobuses cancelaron sus salidas en Apatzingán, Michoacán.", "Apatzingán"),
])
def test_coaches_stopped_are_a_disruption(extract, lang: str, text: str, place: str) -> None:
    records = extract(text, lang, date="2018-03-01")
    assert [r["location"] for r in of_type(records, "disruption")] == [place], records


@pytest.mark.parametrize("lang,text", [
    ("en", "Six schools in Guerrero have closed for the past two days due to extortion attempts against teachers.\n\n"
           "The two preschools, two primary schools and two middle schools are located in Chilapa."),
    ("es", "Seis escuelas de Guerrero cerraron por la extorsión contra maestros.\n\n"
           "Los dos preescolares, dos primarias y dos secundarias se ubican en Chilapa."),
    ("nl", "Zes scholen in Guerrero zijn gesloten wegens afpersing van leraren.\n\n"
           "De twee kleuterscholen, twee basisscholen en twee middelbare scholen liggen in Chilapa."),
])
def test_schools_closed_in_a_state_are_in_the_town_the_next_sentence_locates_them_in(extract, lang: str,
                                                                                     text: str) -> None:
    records = extract(text, lang, date="2018-11-29")
    assert [r["admin2"] for r in of_type(records, "disruption")] == ["Chilapa de Álvarez"], records


def test_a_year_that_says_who_people_are_does_not_date_the_sentence() -> None:
    text = ("The Ayotzinapa Rural Teachers College, the educational institute attended by the 43 students who "
            "disappeared in 2014, also suspended classes this week after armed civilians showed up at the school.")
    assert sentence_date(text, dt.date(2018, 11, 29)) == (dt.date(2018, 11, 26), "week")
    # ... but a sentence with no time of its own keeps it
    assert sentence_date("The students who disappeared in 2014 were never found.", dt.date(2018, 11, 29)) \
        == (dt.date(2014, 1, 1), "year")


@pytest.mark.parametrize("text", [
    "Mientras policías acordonaban la zona en Milpa Alta, Ciudad de México, llegaron los peritos.",
    "En Cuautla, Morelos, la policía federal apoyada por elementos militares han tomado el control de la zona.",
    "En Matehuala, San Luis Potosí, el reporte fue atendido por elementos de la Guardia Nacional, quienes fungieron "
    "como primeros respondientes.",
    "Las instalaciones de la Fiscalía en Mérida, Yucatán, están completamente blindadas por elementos de la Secretaría "
    "de Seguridad Pública.",
])
def test_forces_at_the_scene_told_otherwise_are_an_operation(extract, text: str) -> None:
    assert of_type(extract(text, "es", date="2025-04-26"), "operation")


def test_a_person_s_origin_is_not_the_story_s_state(extract) -> None:
    text = ("A menos de 36 horas de que par de sicarios en motocicleta ejecutaran a una persona en la colonia Sascalum, "
            "otro sujeto fue baleado en la Ernesto Zedillo la noche del lunes pasado.\n\n"
            "La secretaria de Protección y Seguridad Ciudadana, la guanajuatense Marcela Muñoz Martínez, evade a los "
            "medios de información.")
    records = extract(text, "es", date="2022-10-19", source="Tribuna Campeche (tribunacampeche.com)")
    assert records and {r["admin1"] for r in records} == {"Campeche"}, records


# From heldout560-565 (blind in the fifty-fifth session, then opened)

def test_detainees_taken_to_a_town_place_nothing_there(extract) -> None:
    text = ("Coacoatzintla, Ver.- El pueblo enardecido intentó linchar a cuatro presuntos delincuentes.\n\n"
            "A la cabecera municipal arribaron policías de la Fuerza Civil para hacerse cargo de los detenidos y "
            "trasladarlos a Xalapa.")
    records = extract(text, "es", date="2021-05-21")
    assert records and "Xalapa" not in {r["location"] for r in records}, records


def test_forces_being_sent_to_a_town_are_an_operation_there(extract) -> None:
    text = ("The Chihuahua state police is again sending officers to Nuevo Casas Grandes, following the murder of "
            "another public servant.")
    records = extract(text, "en", date="2021-03-05")
    assert [r["location"] for r in of_type(records, "operation")] == ["Nuevo Casas Grandes"], records


@pytest.mark.parametrize("text,expected", [
    ("Manuel Lara Rodriguez, 48, was shot dead in Ciudad Juarez, where he had fled to a month ago after receiving "
     "death threats.", None),
    ("The slain mayor had been in office since October 2009, while the area is a highland town.", None),
    ("Fue detenido uno de los presuntos responsables del ataque al camión de pasajeros (ocurrido el pasado 19 de abril).",
     None),
])
def test_what_someone_had_done_before_or_an_aside_about_another_event_dates_nothing(text: str, expected) -> None:
    assert sentence_date(text, dt.date(2017, 5, 9)) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of its residents have been killed in Guadalupe, Chihuahua, and it is listed among the most "
           "dangerous towns in the country."),
    ("es", "Cientos de sus habitantes han sido asesinados en Guadalupe, Chihuahua."),
    ("en", "The mayor was killed in El Naranjo, San Luis Potosí. The 2010 death toll, according to officials, already "
           "stands at more than 7,000."),
])
def test_a_town_s_or_a_year_s_toll_is_no_incident(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2010-09-09")
    assert all(r["location"] == "El Naranjo" for r in of_type(records, "death")), records


def test_a_common_noun_is_no_alternate_name_of_a_town(geo) -> None:
    assert geo.resolve("Pueblo") is None
    assert geo.resolve("Presa") is None


def test_a_devotion_names_no_place(extract) -> None:
    text = ("Unas 70 personas desplazadas regresaron a Xaltianguis, Acapulco, Guerrero, y encontraron sus casas quemadas."
            "\n\nEn dicha casa, perteneciente a una familia de cuatro, tanto camas, sillones, trastes y hasta un altar de la "
            "virgen de Guadalupe fueron quemados.")
    records = extract(text, "es", date="2019-11-26")
    assert records and {r["admin1"] for r in records} == {"Guerrero"}, records


def test_a_search_for_graves_asked_for_is_no_death(extract) -> None:
    text = ("Los vecinos de Xaltianguis, Acapulco, Guerrero, recomendaron iniciar una búsqueda de fosas clandestinas en "
            "la comunidad.")
    assert not of_type(extract(text, "es", date="2019-11-26"), "death")


# From heldout566-571 (blind in the fifty-fifth session, then opened)

@pytest.mark.parametrize("name,municipality", [
    ("Atizapán", "Atizapán de Zaragoza"), ("Valle de Mexicali", "Mexicali"), ("Ciudad Morelos", "Mexicali"),
])
def test_the_press_s_names_of_towns(geo, name: str, municipality: str) -> None:
    assert geo.resolve(name).admin2 == municipality


def test_a_prosecutor_s_agents_killed_elsewhere_do_not_move_the_story_to_its_state(extract) -> None:
    text = ("Esta tarde, elementos de la Fiscalía General del Estado de Nayarit fueron atacados a balazos en Zapopan, "
            "Jalisco.\n\nLos efectivos se encontraban al interior de un restaurante cuando fueron atacados.\n\n"
            "Al menos dos elementos activos de la Fiscalía de Nayarit perdieron la vida en este violento hecho.")
    records = extract(text, "es", date="2019-07-31")
    assert [r["admin2"] for r in of_type(records, "death")] == ["Zapopan"], records


def test_dutch_omgebracht_is_a_death(extract) -> None:
    records = extract("De studenten zijn in 2014 in Iguala omgebracht.", "nl", date="2016-10-21")
    assert of_type(records, "death"), records


@pytest.mark.parametrize("text,dead", [
    ("Late Saturday, some 70 assailants barged into Villa Ahumada, Chihuahua, and killed the police chief, two "
     "officers and three residents.", 6),
    ("Ten gunmen killed four police officers in Villa Ahumada, Chihuahua.", 4),
    # the killers' number after a passive or a bare participle is the dead's
    ("Three gunmen were killed in Villa Ahumada, Chihuahua.", 3),
    ("In Hidalgo, Coahuila, the teen was one of two gunmen killed when a large number of gunmen tried to enter the "
     "region.", 2),
])
def test_the_killers_counted_before_an_active_verb_are_not_its_dead(extract, text: str, dead: int) -> None:
    records = extract(text, "en", date="2008-05-20")
    assert [r["fatalities"] for r in of_type(records, "death")] == [dead], records


def test_a_hamlet_and_its_municipality_settle_each_other_s_state(extract) -> None:
    text = ("Los cuerpos de los tres comuneros que perdieron la vida en el enfrentamiento armado de este sábado en "
            "Venustiano Carranza fueron entregados a sus familiares.\n\n"
            "Los cuerpos fueron recuperados de los terrenos de la comunidad Laja Tendida, donde se registró el "
            "enfrentamiento entre ambas organizaciones.")
    records = extract(text, "es", date="2021-06-14")
    assert records and {r["admin1"] for r in records} == {"Chiapas"}, records


# From heldout572-577 (blind in the fifty-fifth session, then opened)

def test_a_dateline_with_a_comma_before_its_dash_places_nothing(extract) -> None:
    text = ("HERMOSILLO, Sonora,- Tres automóviles y una tienda Oxxo fueron incendiados en San Luis Río Colorado la "
            "madrugada de este lunes.")
    records = extract(text, "es", date="2026-02-24")
    assert {r["location"] for r in of_type(records, "arson")} == {"San Luis Río Colorado"}, records


def test_the_last_street_of_a_corner_is_no_event_place(extract) -> None:
    text = ("Durante la noche del domingo, sicarios arribaron a una bodega en la colonia Misión, al norponiente de "
            "Hermosillo, en Sonora. Ahí, comenzaron a atacar con armas de fuego a los invitados de una fiesta: el saldo "
            "fue de tres personas muertas.\n\nEl ataque se registró alrededor de las 23:00 horas en la esquina de las "
            "calles República de Cuba y Esperanza, en la colonia Misión.")
    records = extract(text, "es", date="2020-12-28")
    assert "Esperanza" not in {r["location"] for r in records}, records


# One death told in a form the counts lacked (deaths right fell under 80 % with the session's new gold)

@pytest.mark.parametrize("lang,text", [
    ("es", "Un enfrentamiento armado en Minatitlán, Veracruz, dejó como saldo una mujer fallecida y dos hombres detenidos."),
    ("es", "En Yuriria, Guanajuato, las balas lo alcanzaron, provocando su caída y posterior deceso."),
    ("es", "Ejecutado a balazos terminó un hombre cuando caminaba por calles de Tehuacán, Puebla."),
    ("es", "Un ataque en Celaya, Guanajuato, contra un trabajador de un autolavado lo dejó sin vida."),
    ("es", "Israel H. C., de 46 años de edad, fue hallado muerto por una herida de bala en Moquel, Champotón, Campeche."),
    ("es", "En Chunhuaimil, Hopelchén, Campeche, R.R.P.P. mató a quemarropa al exagente municipal Daniel Pech."),
    ("en", "After the attack in Ciudad Obregon, Sonora, the father drove to a hospital, where the toddler was pronounced "
           "dead."),
    ("en", "Gunmen ambushed the police director in Nogales, Sonora, killing him with a barrage of gunfire."),
    ("en", "On Tuesday, a man slaughtered his father with a machete in Hoctún, Yucatán."),
])
def test_one_death_told_this_way_counts_one(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2024-01-02")
    assert [r["fatalities"] for r in of_type(records, "death")] == [1], records


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday night, state police Officer Rafael Martinez Melendez was shot to death in Nuevo Casas Grandes, "
           "Chihuahua, while providing security for mayoral candidate Yuriel Armando Gonzalez Lara, who was also killed."),
    ("es", "El policía Rafael Martínez fue asesinado en Nuevo Casas Grandes, Chihuahua, mientras escoltaba al candidato "
           "Yuriel González, quien también fue asesinado."),
])
def test_a_second_victim_in_a_relative_clause_is_one_more_death(extract, lang: str, text: str) -> None:
    records = extract(text, lang, date="2021-03-05")
    assert [r["fatalities"] for r in of_type(records, "death")] == [2], records


@pytest.mark.parametrize("text", [
    "In Acolihuia, in de staat Puebla, werd Fernando Herrera Silva van de regeringspartij PRI (Institutioneel "
    "Revolutionaire Partij) doodgeschoten.",
    "De moord op Rodríguez werd woensdagavond gepleegd in haar huis in San Fernando, Tamaulipas.",
    "Het is nog onduidelijk hoe Gómez (50) in El Rosario, Sinaloa, om het leven is gekomen.",
])
def test_one_death_told_this_way_in_dutch_counts_one(extract, text: str) -> None:
    records = extract(text, "nl", date="2018-05-01")
    assert [r["fatalities"] for r in of_type(records, "death")] == [1], records


def test_a_dutch_singular_passive_leaves_a_plural_count_alone(extract) -> None:
    records = extract("In Reynosa, Tamaulipas, werd gemeld dat drie agenten werden doodgeschoten.", "nl", date="2018-05-01")
    assert [r["fatalities"] for r in of_type(records, "death")] == [3], records
