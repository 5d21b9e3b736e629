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
