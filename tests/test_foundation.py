"""The project's frame: layout, seeds, CLI entry, codebook records and the store."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import COMMANDS, main
from app.records import FIELDS, validation_errors
from app import store

ROOT = Path(__file__).resolve().parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
# The seed articles are the publishers' text, kept verbatim: their sha256 is pinned here so
# that a fresh clone (CI) checks it too, without the shared originals beside the project.
SEED_SHA256 = {
    "000_39659762da020909.txt": "e056c0b8a2cb81492cef3bf49359af03b3148c9a8d214a4e03a96d8a085d1ab9",
    "001_722de48f1f58a2b1.txt": "29e8fc0dade94ee4b05f7b6b1f0498a9e83d0ab7695873790768b512e0924b5e",
}


def test_layout_has_the_required_top_level_folders() -> None:
    for name in ("seeds", "app", "data", "tests", "requirements.txt"):
        assert (ROOT / name).exists(), name


def test_every_seed_has_metadata() -> None:
    metadata = json.loads((ROOT / "seeds" / "metadata.json").read_text(encoding="utf-8"))
    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert seeds == sorted(metadata)
    for entry in metadata.values():
        assert entry["language"] == "nl"
        assert {"title", "source", "date"} <= set(entry)
    assert metadata["000_39659762da020909"]["date"] == "2026-02-23"
    assert metadata["001_722de48f1f58a2b1"]["date"] == "2020-07-19"


def test_seeds_are_verbatim_copies() -> None:
    seeds = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (ROOT / "seeds").glob("*.txt")}
    assert seeds == SEED_SHA256


@pytest.mark.skipif(not SHARED_SEEDS.exists(), reason="../shared/seeds not present (the pin above still runs)")
def test_pinned_seed_hashes_are_the_shared_originals() -> None:
    originals = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SHARED_SEEDS.glob("*.txt")}
    assert originals == SEED_SHA256


def test_help_lists_every_command() -> None:
    out = subprocess.run([sys.executable, "-m", "app", "--help"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    for name in COMMANDS:
        assert name in out


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def _record(**changes: object) -> dict:
    record = {
        "incident_id": "abc", "article": "a1", "event_type": "roadblock",
        "event_date": "2026-02-22", "date_precision": "day", "location": "Zapopan",
        "admin2": "Zapopan", "admin1": "Jalisco", "country": "MX", "latitude": 20.72,
        "longitude": -103.39, "geo_precision": 1, "fatalities": None, "injured": None,
        "arrested": 2, "actors": ["CJNG"], "place_mention": "Zapopan",
        "evidence": "Bloqueos en Zapopan.", "evidence_start": 0, "evidence_end": 20,
        "language": "es", "confidence": 0.8,
    }
    record.update(changes)
    return record


def test_a_valid_record_has_no_errors() -> None:
    assert validation_errors(_record()) == []


@pytest.mark.parametrize("changes, fragment", [
    ({"event_type": "party"}, "event_type"),
    ({"event_date": "22/02/2026"}, "event_date"),
    ({"geo_precision": 7}, "geo_precision"),
    ({"latitude": 48.8, "longitude": 2.3}, "outside Mexico"),
    ({"fatalities": -1}, "fatalities"),
    ({"confidence": 1.5}, "confidence"),
])
def test_codebook_violations_are_reported(changes: dict, fragment: str) -> None:
    assert any(fragment in e for e in validation_errors(_record(**changes)))


def test_store_round_trip_is_deterministic(tmp_path: Path) -> None:
    records = [_record(incident_id="b"), _record(incident_id="a", admin2=None, fatalities=0)]
    store.write_incidents(records, tmp_path)
    first = (tmp_path / store.CSV_NAME).read_bytes(), (tmp_path / store.GEOJSON_NAME).read_bytes()
    store.write_incidents(list(reversed(records)), tmp_path)
    assert first == ((tmp_path / store.CSV_NAME).read_bytes(), (tmp_path / store.GEOJSON_NAME).read_bytes())
    frame = store.load_incidents(tmp_path)
    assert list(frame.columns) == list(FIELDS)
    assert list(frame["incident_id"]) == ["a", "b"]
    assert frame.loc[0, "fatalities"] == 0 and frame.loc[1, "arrested"] == 2
    assert frame.loc[0, "actors"] == ["CJNG"]
    assert len(json.loads((tmp_path / store.GEOJSON_NAME).read_text())["features"]) == 2


def test_store_reports_missing_and_corrupt_files(tmp_path: Path) -> None:
    with pytest.raises(store.StoreError, match="build"):
        store.load_incidents(tmp_path)
    (tmp_path / store.CSV_NAME).write_text("not,the,codebook\n1,2,3\n")
    with pytest.raises(store.StoreError, match="columns"):
        store.load_incidents(tmp_path)


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_text("good")

    with pytest.raises(TypeError):
        store.atomic_write_text(target, 123)  # type: ignore[arg-type]
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_the_typed_incident_has_the_codebook_fields_in_order() -> None:
    from dataclasses import fields
    from app.records import FIELDS, Incident
    assert tuple(f.name for f in fields(Incident))[:len(FIELDS)] == FIELDS
    assert [f.name for f in fields(Incident)][len(FIELDS):] == ["added"]  # a working field, never stored
