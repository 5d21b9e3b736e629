"""The incident files: atomic writes, the CSV and GeoJSON exports, reading the CSV back.

Exports are deterministic (sorted by article and incident_id, fixed float formatting) and
atomic (temporary file, then rename), so building twice gives byte-identical files.
"""
from __future__ import annotations

import contextlib
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


class StoreBusyError(StoreError):
    """The database is locked by another writer: not damaged, try again (never set aside)."""



def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make exports private to their writer
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, text: str) -> bool:
    """atomic_write_text unless the file already holds ``text`` (keeps mtimes of unchanged exports)."""
    with contextlib.suppress(OSError):
        if path.read_bytes() == text.encode("utf-8"):
            return False
    atomic_write_text(path, text)
    return True



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
    # One feature per line: readable and diff-friendly, and json's fast C encoder does the
    # work (``indent`` would switch to its pure-Python one, several times slower).
    lines = ",\n".join(json.dumps(f, ensure_ascii=False) for f in features)
    return '{"type": "FeatureCollection", "features": [\n' + lines + ("\n" if lines else "") + "]}\n"


def write_incidents(records: Iterable[dict[str, Any]], data_dir: Path) -> tuple[Path, Path]:
    """Write the CSV and GeoJSON for ``records`` atomically; return their paths."""
    records = list(records)
    csv_path, geojson_path = Path(data_dir) / CSV_NAME, Path(data_dir) / GEOJSON_NAME
    write_if_changed(csv_path, records_to_csv(records))
    write_if_changed(geojson_path, records_to_geojson(records))
    return csv_path, geojson_path


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({f: pd.Series(dtype="object") for f in FIELDS})


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Codebook dtypes: nullable int counts, admin2 NA when absent."""
    for field in COUNT_FIELDS:
        frame[field] = pd.to_numeric(frame[field], errors="coerce").astype("Int64")
    frame["admin2"] = frame["admin2"].astype("string").replace({"": pd.NA})
    frame["incident_id"] = frame["incident_id"].astype("string")
    return frame


def load_incidents(data_dir: Path) -> pd.DataFrame:
    """The exported incidents (data_dir/incidents.csv) as a DataFrame in codebook columns.

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
    frame["actors"] = frame["actors"].map(lambda s: [a for a in str(s).split(ACTOR_SEPARATOR) if a])
    return typed_frame(frame)
