"""The incident files: the CSV and GeoJSON exports (written with app.atomic), reading the CSV back.

Exports are deterministic (sorted by article and incident_id, fixed float formatting) and
atomic (temporary file, flushed to disk, then rename), so building twice gives
byte-identical files; both are written before either replaces its file, so they stay a
matching pair when the disk fills up. Every CSV cell is neutralised for spreadsheets.
"""
from __future__ import annotations

import csv
import filecmp
import io
import json
import re
from pathlib import Path
from typing import IO, Any, Callable, Iterable

import pandas as pd

# The atomic writes live in app.atomic (standard library only, shared with app.geo).
from app.atomic import install, temporary_beside

from app.records import COUNT_FIELDS, FIELDS

CSV_NAME = "incidents.csv"
GEOJSON_NAME = "incidents.geojson"
ACTOR_SEPARATOR = "; "


class StoreError(Exception):
    """A data file is missing, corrupt or unreadable; the message says what to do."""


class StoreBusyError(StoreError):
    """The database is locked by another writer: not damaged, try again (never set aside)."""


class StoreDamagedError(StoreError):
    """The database fails SQLite's integrity check, is not a SQLite file, or is another
    program's database: the only case ``build`` sets a file aside."""


class StoreWriteError(StoreError):
    """The disk is full or the data folder read-only: nothing is damaged, nothing was half-written."""


# ---------------------------------------------------------------- CSV and GeoJSON

# Spreadsheets run a text cell starting with one of these as a formula; article text is
# untrusted, so such cells get a leading apostrophe. Numbers (a negative longitude) stay.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet (see FORMULA_PREFIXES). A cell that
    starts with an apostrophe gets one too, so ``unneutralise`` gives back the exact text."""
    if (cell.startswith(FORMULA_PREFIXES) and not _NUMBER.match(cell)) or cell.startswith("'"):
        return "'" + cell
    return cell


def unneutralise(cell: str) -> str:
    """The text ``neutralise`` was given (reading our CSV back)."""
    return cell[1:] if cell.startswith("'") else cell


def neutralising_writer(handle: IO[str], header: Iterable[str]) -> Callable[[Iterable[str]], None]:
    """The one CSV writer of the project (disk exports and downloads): writes ``header``,
    then returns a function that writes one row with every cell neutralised."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(list(header))
    return lambda row: writer.writerow([neutralise(cell) for cell in row])


def write_csv_rows(handle: IO[str], header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    write_row = neutralising_writer(handle, header)
    for row in rows:
        write_row(row)


def _sorted(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: (r["article"], r["incident_id"]))


def csv_cell(field: str, value: Any) -> str:
    """A record's value as CSV text (before neutralising): fixed float formatting, actors joined."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ACTOR_SEPARATOR.join(str(v) for v in value)
    if field in ("latitude", "longitude"):
        return f"{float(value):.5f}"
    if field == "confidence":
        return f"{float(value):.2f}"
    return str(value)


def _csv_row(record: dict[str, Any]) -> list[str]:
    return [csv_cell(f, record.get(f)) for f in FIELDS]


def _feature(record: dict[str, Any]) -> str:
    props = {f: record.get(f) for f in FIELDS if f not in ("latitude", "longitude")}
    coords = [round(float(record["longitude"]), 5), round(float(record["latitude"]), 5)]
    # json's fast C encoder (``indent`` would switch to its pure-Python one, several times slower)
    return json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": coords},
                       "properties": props}, ensure_ascii=False)


_GEOJSON_HEAD = '{"type": "FeatureCollection", "features": [\n'


def _write_geojson(handle: IO[str], records: Iterable[dict[str, Any]]) -> None:
    """One feature per line: readable and diff-friendly."""
    handle.write(_GEOJSON_HEAD)
    first = True
    for record in records:
        handle.write(("" if first else ",\n") + _feature(record))
        first = False
    handle.write(("" if first else "\n") + "]}\n")


def records_to_csv(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    write_csv_rows(buffer, FIELDS, (_csv_row(r) for r in _sorted(records)))
    return buffer.getvalue()


def records_to_geojson(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    _write_geojson(buffer, _sorted(records))
    return buffer.getvalue()


def write_export_pair(sorted_records: Iterable[dict[str, Any]], data_dir: Path) -> list[str]:
    """data_dir/incidents.csv, .geojson and .parquet (GeoParquet) from records already
    sorted by (article, incident_id), streamed (memory stays flat however many there are).
    All temporaries are written in full before any replaces its file, so a full disk or a
    read-only folder leaves the old set as it was. Returns the names of the files that
    changed."""
    from app.store.columnar import GEOPARQUET_NAME, GeoParquetStream
    data_dir = Path(data_dir)
    targets = {CSV_NAME: data_dir / CSV_NAME, GEOJSON_NAME: data_dir / GEOJSON_NAME,
               GEOPARQUET_NAME: data_dir / GEOPARQUET_NAME}
    with temporary_beside(targets[CSV_NAME]) as csv_tmp, temporary_beside(targets[GEOJSON_NAME]) as geo_tmp, \
            temporary_beside(targets[GEOPARQUET_NAME]) as parquet_tmp:
        with open(csv_tmp, "w", encoding="utf-8", newline="") as csv_out, \
                open(geo_tmp, "w", encoding="utf-8", newline="") as geo_out:
            parquet_out = GeoParquetStream(parquet_tmp)
            write_row = neutralising_writer(csv_out, FIELDS)
            geo_out.write(_GEOJSON_HEAD)
            first = True
            for record in sorted_records:
                write_row(_csv_row(record))
                geo_out.write(("" if first else ",\n") + _feature(record))
                parquet_out.write(record)
                first = False
            geo_out.write(("" if first else "\n") + "]}\n")
            parquet_out.close()
        temporaries = {CSV_NAME: csv_tmp, GEOJSON_NAME: geo_tmp, GEOPARQUET_NAME: parquet_tmp}
        changed = [name for name, path in targets.items() if not _same_file(temporaries[name], path)]
        for name in changed:
            install(temporaries[name], targets[name])
    return changed


def _same_file(a: Path, b: Path) -> bool:
    try:
        return filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def write_incidents(records: Iterable[dict[str, Any]], data_dir: Path) -> tuple[Path, Path]:
    """Write the CSV and GeoJSON for ``records`` atomically; return their paths."""
    write_export_pair(_sorted(records), data_dir)
    return Path(data_dir) / CSV_NAME, Path(data_dir) / GEOJSON_NAME


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({f: pd.Series(dtype="object") for f in FIELDS})


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Codebook dtypes: nullable int counts, admin2 NA when absent."""
    for field in COUNT_FIELDS:
        frame[field] = pd.to_numeric(frame[field], errors="coerce").astype("Int64")
    frame["admin2"] = frame["admin2"].astype("string").replace({"": pd.NA})
    frame["incident_id"] = frame["incident_id"].astype("string")
    return frame


def _ends_with_newline(path: Path) -> bool:
    """Whether the file's last byte is a newline, as every export's is (an empty file too)."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        if fh.tell() == 0:
            return True
        fh.seek(-1, 2)
        return fh.read(1) == b"\n"


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
    if not _ends_with_newline(path):  # cut off mid-row: pandas would pad the last row silently
        raise StoreError(f"{path} is cut off; run `python -m app build` to rebuild it.")
    for field in FIELDS:  # text cells come back as the store holds them
        if not pd.api.types.is_numeric_dtype(frame[field]):
            frame[field] = frame[field].map(lambda v: unneutralise(v) if isinstance(v, str) else v)
    frame["actors"] = frame["actors"].map(lambda s: [a for a in str(s).split(ACTOR_SEPARATOR) if a])
    return typed_frame(frame)
