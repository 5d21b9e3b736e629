"""Downloads of a (filtered) incident view: CSV, GeoJSON and a CSV in ACLED's column layout.

Frames come from ``app.store.load_incidents`` (codebook columns). The CSVs are meant to be
opened in spreadsheets, so text cells that a spreadsheet would run as a formula (those
starting with = + - @, or a tab / carriage return) are neutralised with a leading
apostrophe -- article text is untrusted -- by the store's CSV writer, the same one that
writes data/incidents.csv. Numbers (a negative longitude) are left alone.
The mapping of our event types to ACLED's is data (``ACLED_TYPES``), documented in
docs/acled-mapping.md.
"""
from __future__ import annotations

import io
import math
from typing import Any, Iterable, Mapping

import pandas as pd

from app.records import FIELDS
# FORMULA_PREFIXES and neutralise are re-exported: they are part of this module's interface.
from app.store import FORMULA_PREFIXES, csv_cell, neutralise, records_to_geojson, write_csv_rows  # noqa: F401


# our event_type -> (ACLED event_type, ACLED sub_event_type). ACLED codes one event with
# its fatalities; we keep a separate `death` record beside the attack or operation it
# belongs to, so deaths get their own row (fatalities are only on those rows, sums hold).
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "roadblock": ("Strategic developments", "Looting/property destruction"),
    "arson": ("Strategic developments", "Looting/property destruction"),
    "death": ("Violence against civilians", "Attack"),
    "operation": ("Strategic developments", "Other"),
    "arrest": ("Strategic developments", "Arrests"),
    "attack": ("Battles", "Armed clash"),
    "seizure": ("Strategic developments", "Disrupted weapons use"),
    "unrest": ("Riots", "Mob violence"),
    "disruption": ("Strategic developments", "Other"),
}
# our geo_precision -> ACLED geo_precision (1 town, 2 near a town / part of a region,
# 3 larger region; ACLED has no country-only level, so 4 becomes 3).
ACLED_GEO_PRECISION: dict[int, int] = {1: 1, 2: 2, 3: 3, 4: 3}
# our date_precision -> ACLED time_precision (1 day, 2 week or a few days, 3 month or more)
ACLED_TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}
ACLED_COLUMNS: tuple[str, ...] = (
    "event_date", "event_type", "sub_event_type", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "notes", "source",
)


def _plain(value: Any) -> Any:
    """pandas NA/NaN -> None, numpy scalars -> Python ones."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def frame_to_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Codebook records (dicts in FIELDS order) from a frame of codebook columns."""
    return [{f: _plain(row.get(f)) for f in FIELDS} for row in frame.to_dict("records")]


def _write_csv(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    buffer = io.StringIO()
    write_csv_rows(buffer, header, rows)  # the store's writer: the same neutralising as data/incidents.csv
    return buffer.getvalue()


def to_csv(frame: pd.DataFrame) -> str:
    """The incidents as CSV in codebook columns (like data/incidents.csv), formula-safe."""
    records = frame_to_records(frame)
    return _write_csv(FIELDS, ([csv_cell(f, r[f]) for f in FIELDS] for r in records))


# What a reader needs to cite a record, after the codebook columns of the cited CSV.
CITATION_COLUMNS: tuple[str, ...] = ("source", "title", "url", "status")


def to_cited_csv(frame: pd.DataFrame, articles: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The codebook columns plus, per row, the article's source name, title and URL and
    the record's review status (``auto`` when the frame has none), formula-safe."""
    articles = articles or {}
    statuses = frame["status"].tolist() if "status" in frame else ["auto"] * len(frame)

    def rows() -> Iterable[list[str]]:
        for record, status in zip(frame_to_records(frame), statuses):
            meta = articles.get(str(record["article"])) or {}
            cited = [str(meta.get("source") or ""), str(meta.get("title") or ""), str(meta.get("url") or ""),
                     str(status)]
            yield [csv_cell(f, record[f]) for f in FIELDS] + cited

    return _write_csv(FIELDS + CITATION_COLUMNS, rows())


def to_geojson(frame: pd.DataFrame) -> str:
    """The incidents as a GeoJSON FeatureCollection of points (the store's format)."""
    return records_to_geojson(frame_to_records(frame))


def acled_row(record: dict[str, Any], articles: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    meta = (articles or {}).get(record["article"]) or {}
    event_type, sub_event_type = ACLED_TYPES.get(record["event_type"], ("Strategic developments", "Other"))
    return {
        "event_date": record["event_date"], "event_type": event_type, "sub_event_type": sub_event_type,
        "admin1": record["admin1"], "admin2": record["admin2"], "location": record["location"],
        "latitude": record["latitude"], "longitude": record["longitude"],
        "geo_precision": ACLED_GEO_PRECISION.get(record["geo_precision"], 3),
        "time_precision": ACLED_TIME_PRECISION.get(record["date_precision"], 3),
        # ACLED records 0 when no deaths are reported; our null means "not stated"
        "fatalities": record["fatalities"] if record["fatalities"] is not None else 0,
        "notes": f"[{record['event_type']}] {record['evidence'] or ''}".strip(),
        # the publication's name when the article metadata has it; the article id always
        "source": f"{meta['source']} ({record['article']})" if meta.get("source") else record["article"],
    }


def to_acled_csv(frame: pd.DataFrame, articles: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The incidents in ACLED's column layout (see ACLED_COLUMNS and docs/acled-mapping.md)."""
    rows = (acled_row(r, articles) for r in frame_to_records(frame))
    return _write_csv(ACLED_COLUMNS, ([csv_cell(c, row[c]) for c in ACLED_COLUMNS] for row in rows))
