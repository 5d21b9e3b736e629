"""Where incident records live: data/incidents.csv and data/incidents.geojson.

Writes are atomic (temporary file in the same folder, then rename) and deterministic
(records sorted by incident_id, fixed float formatting), so building twice gives
byte-identical files. The dashboard reads and changes data only through this module.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from app.records import COUNT_FIELDS, FIELDS

CSV_NAME = "incidents.csv"
GEOJSON_NAME = "incidents.geojson"
ACTOR_SEPARATOR = "; "


class StoreError(Exception):
    """A data file is missing, corrupt or unreadable; the message says what to do."""


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sorted(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r["article"], r["incident_id"]))


def _csv_cell(field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "actors":
        return ACTOR_SEPARATOR.join(value)
    if field in ("latitude", "longitude"):
        return f"{float(value):.5f}"
    if field == "confidence":
        return f"{float(value):.2f}"
    return str(value)


def records_to_csv(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FIELDS)
    for record in _sorted(records):
        writer.writerow([_csv_cell(f, record.get(f)) for f in FIELDS])
    return buffer.getvalue()


def records_to_geojson(records: Iterable[dict[str, Any]]) -> str:
    features = []
    for record in _sorted(records):
        props = {f: record.get(f) for f in FIELDS if f not in ("latitude", "longitude")}
        coords = [round(float(record["longitude"]), 5), round(float(record["latitude"]), 5)]
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": coords},
                         "properties": props})
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write_incidents(records: Iterable[dict[str, Any]], data_dir: Path) -> tuple[Path, Path]:
    """Write the CSV and GeoJSON for ``records`` atomically; return their paths."""
    records = list(records)
    csv_path, geojson_path = Path(data_dir) / CSV_NAME, Path(data_dir) / GEOJSON_NAME
    atomic_write_text(csv_path, records_to_csv(records))
    atomic_write_text(geojson_path, records_to_geojson(records))
    return csv_path, geojson_path


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({f: pd.Series(dtype="object") for f in FIELDS})


def load_incidents(data_dir: Path) -> pd.DataFrame:
    """The incidents under ``data_dir`` as a DataFrame in codebook columns.

    Raises StoreError with a clear message when the file is missing or corrupt.
    """
    path = Path(data_dir) / CSV_NAME
    if not path.exists():
        raise StoreError(f"{path} does not exist: run `python -m app build` first.")
    try:
        frame = pd.read_csv(path, dtype={"admin2": "string", "incident_id": "string"},
                            keep_default_na=False, na_values={f: [""] for f in COUNT_FIELDS})
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise StoreError(f"{path} is corrupt ({exc}); run `python -m app build` to rebuild it.") from exc
    if list(frame.columns) != list(FIELDS):
        raise StoreError(f"{path} does not have the codebook's columns; "
                         "run `python -m app build` to rebuild it.")
    for field in COUNT_FIELDS:
        frame[field] = pd.to_numeric(frame[field], errors="coerce").astype("Int64")
    frame["actors"] = frame["actors"].map(lambda s: [a for a in str(s).split(ACTOR_SEPARATOR) if a])
    frame["admin2"] = frame["admin2"].replace({"": pd.NA})
    return frame
