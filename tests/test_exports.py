"""app.exports: formula-safe CSV, GeoJSON, and the ACLED layout with its documented mapping."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.exports import (ACLED_COLUMNS, ACLED_GEO_PRECISION, ACLED_TIME_PRECISION, ACLED_TYPES,
                         frame_to_records, neutralise, to_acled_csv, to_csv, to_geojson)
from app.records import DATE_PRECISIONS, EVENT_TYPES, FIELDS, GEO_PRECISIONS, validation_errors
from app.store import load_incidents, records_to_csv, write_incidents

ACLED_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                     "Riots", "Strategic developments"}


def record(**changes):
    base = {
        "incident_id": "a-1", "article": "art", "event_type": "roadblock", "event_date": "2026-02-22",
        "date_precision": "day", "location": "Zapopan", "admin2": "Zapopan", "admin1": "Jalisco",
        "country": "MX", "latitude": 20.72, "longitude": -103.39, "geo_precision": 1,
        "fatalities": None, "injured": None, "arrested": None, "actors": ["CJNG"],
        "place_mention": "Zapopan", "evidence": "Bloquearon avenidas en Zapopan.",
        "evidence_start": 0, "evidence_end": 31, "language": "es", "confidence": 0.9,
    }
    base.update(changes)
    assert not validation_errors(base), validation_errors(base)
    return base


@pytest.fixture
def frame(tmp_path: Path):
    records = [
        record(),
        record(incident_id="a-2", evidence="=cmd|' /C calc'!A0", location="+52 plaza",
               place_mention="@SUM(1)", event_type="death", fatalities=4, actors=["-Army", "CJNG"]),
        record(incident_id="a-3", evidence="\tTabbed", admin2=None, geo_precision=4,
               date_precision="year", event_type="seizure", location="-minus"),
    ]
    write_incidents(records, tmp_path)
    return load_incidents(tmp_path)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_neutralises_formula_cells(frame):
    out = rows(to_csv(frame))
    assert list(out[0]) == list(FIELDS)
    by_id = {r["incident_id"]: r for r in out}
    assert by_id["a-2"]["evidence"] == "'=cmd|' /C calc'!A0"
    assert by_id["a-2"]["location"] == "'+52 plaza"
    assert by_id["a-2"]["place_mention"] == "'@SUM(1)"
    assert by_id["a-2"]["actors"] == "'-Army; CJNG"
    assert by_id["a-3"]["evidence"] == "'\tTabbed" and by_id["a-3"]["location"] == "'-minus"
    for row in out:  # no cell may start a formula
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or value.replace("-", "", 1).replace(".", "", 1).isdigit(), value
    assert by_id["a-1"]["longitude"] == "-103.39000"  # numbers stay numbers


def test_csv_matches_the_store_for_harmless_records(tmp_path):
    records = [record(), record(incident_id="a-9", fatalities=0)]
    write_incidents(records, tmp_path)
    assert to_csv(load_incidents(tmp_path)) == records_to_csv(records)


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1" and neutralise("@x") == "'@x" and neutralise("+x") == "'+x"
    assert neutralise("-12.5") == "-12.5" and neutralise("-") == "'-" and neutralise("plain") == "plain"


def test_geojson_points_keep_all_fields(frame):
    collection = json.loads(to_geojson(frame))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 3
    feature = next(f for f in collection["features"] if f["properties"]["incident_id"] == "a-2")
    assert feature["geometry"] == {"type": "Point", "coordinates": [-103.39, 20.72]}
    assert feature["properties"]["fatalities"] == 4 and feature["properties"]["actors"] == ["-Army", "CJNG"]
    assert feature["properties"]["evidence"] == "=cmd|' /C calc'!A0"  # JSON is not a spreadsheet


def test_acled_layout_and_mapping(frame):
    out = rows(to_acled_csv(frame, {"art": {"source": "El Informador"}}))
    assert tuple(out[0]) == ACLED_COLUMNS
    by_note = {r["notes"].split("]")[0][1:]: r for r in out}
    death = by_note["death"]
    assert (death["event_type"], death["sub_event_type"]) == ACLED_TYPES["death"]
    assert death["fatalities"] == "4" and death["time_precision"] == "1" and death["geo_precision"] == "1"
    assert death["source"] == "El Informador (art)"
    assert by_note["roadblock"]["fatalities"] == "0"  # ACLED: 0 when none reported
    seizure = by_note["seizure"]
    assert seizure["geo_precision"] == "3" and seizure["time_precision"] == "3" and seizure["admin2"] == ""
    assert all(not r["notes"].startswith("=") for r in out)


def test_acled_mapping_is_complete_and_valid():
    assert set(ACLED_TYPES) == set(EVENT_TYPES)
    assert {t for t, _ in ACLED_TYPES.values()} <= ACLED_EVENT_TYPES
    assert set(ACLED_GEO_PRECISION) == set(GEO_PRECISIONS) and set(ACLED_GEO_PRECISION.values()) <= {1, 2, 3}
    assert set(ACLED_TIME_PRECISION) == set(DATE_PRECISIONS) and set(ACLED_TIME_PRECISION.values()) <= {1, 2, 3}


def test_acled_mapping_is_documented():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "acled-mapping.md").read_text(encoding="utf-8")
    for ours, (event_type, sub_event_type) in ACLED_TYPES.items():
        line = next((l for l in doc.splitlines() if l.startswith(f"| `{ours}`")), "")
        assert event_type in line and sub_event_type in line, ours


def test_records_round_trip_through_frames(frame):
    records = frame_to_records(frame)
    assert all(not validation_errors(r) for r in records)
    assert {r["incident_id"]: r["fatalities"] for r in records} == {"a-1": None, "a-2": 4, "a-3": None}
