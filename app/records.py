"""The incident record of docs/codebook.md as data: field names, types and checks.

Extractor, store, dashboard and evaluation all import these names from here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "roadblock", "arson", "death", "operation", "arrest",
    "attack", "seizure", "unrest", "disruption",
)
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
GEO_PRECISIONS: tuple[int, ...] = (1, 2, 3, 4)
LANGUAGES: tuple[str, ...] = ("nl", "es", "en")

# Field order is the column order of data/incidents.csv.
FIELDS: tuple[str, ...] = (
    "incident_id", "article", "event_type", "event_date", "date_precision",
    "location", "admin2", "admin1", "country", "latitude", "longitude", "geo_precision",
    "fatalities", "injured", "arrested", "actors", "place_mention",
    "evidence", "evidence_start", "evidence_end", "language", "confidence",
)
COUNT_FIELDS: tuple[str, ...] = ("fatalities", "injured", "arrested")

@dataclass(slots=True)
class Incident:
    """One record of the codebook, typed; ``to_record()`` gives it in the FIELDS order the
    store and the exports take. ``added``: counts of more victims of an event counted before
    ("two other people died"), which merging adds instead of keeping the largest; never stored."""
    incident_id: str
    article: str
    event_type: str
    event_date: str
    date_precision: str
    location: str
    admin2: str | None
    admin1: str
    country: str
    latitude: float
    longitude: float
    geo_precision: int
    fatalities: int | None
    injured: int | None
    arrested: int | None
    actors: list[str]
    place_mention: str
    evidence: str
    evidence_start: int
    evidence_end: int
    language: str
    confidence: float
    added: frozenset[str] = frozenset()

    def to_record(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}


# Mexico's bounding box with a margin, for checking coordinates of country MX.
MEXICO_BBOX = (14.0, -119.0, 33.5, -86.0)  # south, west, north, east


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Everything in ``record`` that breaks the codebook; an empty list means valid."""
    errors: list[str] = []
    missing = [f for f in FIELDS if f not in record]
    if missing:
        errors.append(f"missing fields: {', '.join(missing)}")
        return errors
    if record["event_type"] not in EVENT_TYPES:
        errors.append(f"unknown event_type {record['event_type']!r}")
    if record["date_precision"] not in DATE_PRECISIONS:
        errors.append(f"unknown date_precision {record['date_precision']!r}")
    try:
        dt.date.fromisoformat(str(record["event_date"]))
    except ValueError:
        errors.append(f"event_date {record['event_date']!r} is not YYYY-MM-DD")
    if record["geo_precision"] not in GEO_PRECISIONS:
        errors.append(f"unknown geo_precision {record['geo_precision']!r}")
    if record["language"] not in LANGUAGES:
        errors.append(f"unknown language {record['language']!r}")
    for field in COUNT_FIELDS:
        value = record[field]
        if value is not None and (not isinstance(value, int) or value < 0):
            errors.append(f"{field} must be a non-negative int or null, not {value!r}")
    lat, lon = record["latitude"], record["longitude"]
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        errors.append("latitude/longitude must be numbers")
    elif record["country"] == "MX":
        south, west, north, east = MEXICO_BBOX
        if not (south <= lat <= north and west <= lon <= east):
            errors.append(f"coordinates {lat},{lon} are outside Mexico")
    if not isinstance(record["actors"], list):
        errors.append("actors must be a list")
    conf = record["confidence"]
    if not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
        errors.append(f"confidence {conf!r} is not within 0..1")
    start, end = record["evidence_start"], record["evidence_end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        errors.append("evidence_start/evidence_end must be ints with start <= end")
    return errors
