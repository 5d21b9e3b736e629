"""A sentence without event wording still gives its paragraph a date, for the events told after
it (read only when such an event asks for it): the latest one of the paragraph, and none across a
paragraph break."""
from __future__ import annotations

import pytest

LEAD = "Gunmen attacked a bar in Celaya, Guanajuato, on Sunday, killing four people.\n\n"
FOUND = "Police found the bodies of 72 migrants in San Fernando, Tamaulipas."


@pytest.mark.parametrize("middle,expected", [
    ("In 2011 the region saw its worst violence. ", ("2011-01-01", "year")),
    # the latest sentence that gives a date is the paragraph's
    ("In 2009 the state elected a new governor. In 2011 the region saw its worst violence. ", ("2011-01-01", "year")),
    # a new paragraph starts without one
    ("In 2011 the region saw its worst violence.\n\n", ("2026-02-22", "day")),
])
def test_a_paragraphs_date_comes_from_its_last_dated_sentence(extract, middle: str, expected: tuple[str, str]) -> None:
    records = [r for r in extract(LEAD + middle + FOUND, "en") if r["location"] == "San Fernando"]
    assert [(r["event_date"], r["date_precision"]) for r in records] == [expected]


@pytest.mark.parametrize("lang,text", [
    ("es", "El 4 de enero el cuerpo de una mujer fue localizado en Soledad de Graciano Sánchez. "
           "El 5, un comerciante fue ejecutado en Matehuala."),
    ("en", "On January 4 the body of a woman was found in Soledad de Graciano Sánchez. "
           "On the 5th, gunmen killed a shopkeeper in Matehuala."),
])
def test_a_day_named_without_its_month_after_a_past_months_event_is_in_that_month(extract, lang: str, text: str) -> None:
    # a round-up published in May of the killings of January: "El 5," goes on counting the days of January
    records = [r for r in extract(text, lang, date="2018-05-07") if r["location"] == "Matehuala"]
    assert records and {r["event_date"] for r in records} == {"2018-01-05"}


def test_a_day_named_without_its_month_earlier_than_the_last_event_is_in_the_month_of_publication(extract) -> None:
    # "El 2," after an event of the 28th of the month before: the count of days began anew
    text = ("El 28 de abril el cuerpo de una mujer fue localizado en Soledad de Graciano Sánchez. "
            "El 2, un comerciante fue ejecutado en Matehuala.")
    records = [r for r in extract(text, "es", date="2018-05-07") if r["location"] == "Matehuala"]
    assert records and {r["event_date"] for r in records} == {"2018-05-02"}


def test_a_bare_day_the_earlier_month_does_not_have_is_no_error(extract) -> None:
    # "El 31," after 4 November (30 days): no day of November, so the reading by publication stands
    text = ("El 4 de noviembre el cuerpo de una mujer fue localizado en Soledad de Graciano Sánchez. "
            "El 31, un comerciante fue ejecutado en Matehuala.")
    records = [r for r in extract(text, "es", date="2018-01-07") if r["location"] == "Matehuala"]
    assert records and {r["event_date"] for r in records} == {"2017-12-31"}


def test_a_day_an_event_of_the_paragraph_told_dates_the_events_told_after_it(extract) -> None:
    # a round-up told by days: "Mientras tanto el domingo, ... Además, un taxista fue acribillado" is that Sunday, though the
    # main events (Friday) are only two days before
    text = ("El viernes, seis personas fueron asesinadas en Calera, Zacatecas.\n\nMientras tanto el domingo, un comando "
            "arrojó los cuerpos de dos hombres en Villa García. Además, un taxista fue acribillado a tiros en Fresnillo.")
    records = [r for r in extract(text, "es", "2021-09-13") if r["location"] == "Fresnillo"]
    assert {r["event_date"] for r in records} == {"2021-09-12"}, records


@pytest.mark.parametrize("middle", [
    # a day still to come, or the day something was said, dates no event told after it
    "Police said on Thursday that 1,800 National Guard troops will deploy to Sonora starting July 1. ",
    "The state prosecutor said on Thursday that the case was under investigation. ",
])
def test_a_day_no_event_told_leaves_the_story_s_date(extract, middle: str) -> None:
    text = ("Gunmen killed a man and his son in Ciudad Obregón, Sonora, on Monday.\n\n" + middle +
            "Gunmen also killed two police officers in Navojoa.")
    records = [r for r in extract(text, "en", "2019-06-28") if r["location"] == "Navojoa"]
    assert {r["event_date"] for r in records} == {"2019-06-24"}, records


def test_the_week_an_event_sentence_of_the_lead_tells_dates_the_story_after_an_undated_lead(extract) -> None:
    text = ("MONTERREY, Nuevo Leon – A team of cartel gunmen murdered a state cop and injured two others during a fierce "
            "shootout in a rural community near the Texas border.\n\nThe shootout took place this weekend near Anahuac. "
            "Gunmen stopped and began shooting at the police in Lampazos, Nuevo Leon.")
    records = [r for r in extract(text, "en", "2019-04-16") if r["location"] == "Lampazos de Naranjo"]
    assert records and {r["event_date"] for r in records} == {"2019-04-13"}, records


@pytest.mark.parametrize("lang,text", [
    ("es", "Ayer miércoles, tres cuerpos fueron hallados en Manzanillo, Colima.\n\nEl viernes pasado, un hombre fue asesinado "
           "en Manzanillo.\n\nHoras más tarde, en el municipio colindante de Tecomán, fue asesinado un joven."),
    ("en", "Three bodies were found in Manzanillo, Colima, on Wednesday.\n\nLast Friday a man was shot dead in Manzanillo.\n"
           "\nHours later, gunmen killed a young man in Tecomán."),
])
def test_hours_later_is_the_last_event_s_day(extract, lang: str, text: str) -> None:
    records = [r for r in extract(text, lang, "2014-02-13") if r["location"] == "Tecomán"]
    assert records and {r["event_date"] for r in records} == {"2014-02-07"}, records
