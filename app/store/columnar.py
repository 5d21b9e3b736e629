"""The incidents as Parquet: the GeoParquet export and the by-month dataset the dashboard
queries with DuckDB (app.store.queries).

- ``data/incidents.parquet`` is an export like the CSV and GeoJSON (rejected records left
  out, sorted by article and incident_id): GeoParquet 1.1, a WKB point ``geometry`` column
  in longitude/latitude (OGC:CRS84), written with the CSV and GeoJSON as one set
  (files.write_export_pair).
- ``data/incidents-by-month/`` holds every incident with its review status as Parquet
  partitioned by month (``month=2026-03/part-0.parquet``, Hive style), each numbered for
  the dashboard's queries (``rec``, ``ev``, ``art``: see ``Numbering``), and beside them the
  same records as a row file (``_rows.jsonl`` and ``_rows.offsets``: see ``RowFile``) from
  which a table page reads its rows one by one. Each write is a new,
  content-addressed version folder (``v-<hash>``) named by the file ``CURRENT``, replaced
  atomically: a reader (the dashboard, mid-query) sees a whole version, never half of one.

Both are written from an iterator of rows in batches of ROW_GROUP rows, so memory stays
flat however many incidents there are, and deterministically (same rows, same bytes).
pyarrow is imported only here, when a file is written.
"""
from __future__ import annotations

import hashlib
import shutil
import struct
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

from app.atomic import atomic_write_text
from app.records import COUNT_FIELDS, FIELDS

GEOPARQUET_NAME = "incidents.parquet"
MONTHS_DIR = "incidents-by-month"
CURRENT_NAME = "CURRENT"
ROW_GROUP = 10_000  # rows per Parquet row group, and the most a writer holds in memory
# Versions kept besides the current one: a dashboard query that started on the previous
# version finishes on it. Unfinished temporaries (a killed run) go after KEEP_TEMPORARY_S.
KEEP_VERSIONS = 2
KEEP_TEMPORARY_S = 3600
UNKNOWN_MONTH = "unknown"

_TYPES = {
    "latitude": "float64", "longitude": "float64", "confidence": "float64",
    "geo_precision": "int64", "fatalities": "int64", "injured": "int64", "arrested": "int64",
    "evidence_start": "int64", "evidence_end": "int64", "actors": "list<string>",
}
NUMBER_FIELDS = ("rec", "ev", "art")  # written by Numbering into the by-month dataset
# RowFile, in the version folder ("_": readers of the folder as a Parquet dataset skip them)
ROWS_NAME, OFFSETS_NAME = "_rows.jsonl", "_rows.offsets"
# The fields a table page reads from the row file (the counts, the status and the numbers
# come from the queries' index, where the review statuses are current).
ROW_FIELDS = tuple(f for f in FIELDS if f not in COUNT_FIELDS)


def record_schema(*, with_status: bool = False, with_geometry: bool = False) -> Any:
    """The Arrow schema of a record (codebook order), plus ``status`` / ``geometry``."""
    import pyarrow as pa

    def arrow_type(field: str) -> Any:
        kind = _TYPES.get(field, "string")
        return {"float64": pa.float64(), "int64": pa.int64(), "int32": pa.int32(),
                "list<string>": pa.list_(pa.string()), "string": pa.string()}[kind]

    fields = [pa.field(f, arrow_type(f)) for f in FIELDS]
    if with_status:  # the dataset the dashboard queries: the status, and the evidence as text search folds it
        fields += [pa.field("status", pa.string()), pa.field("evidence_key", pa.string())]
        fields += [pa.field(name, pa.int32()) for name in NUMBER_FIELDS]
    if with_geometry:
        fields.append(pa.field("geometry", pa.binary()))
    return pa.schema(fields)


GEO_METADATA = {
    "version": "1.1.0", "primary_column": "geometry",
    "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}},  # no crs: OGC:CRS84
}


def point_wkb(longitude: float, latitude: float) -> bytes:
    """A 2D point as little-endian WKB, at the GeoJSON export's precision (5 decimals)."""
    return struct.pack("<BIdd", 1, 1, round(float(longitude), 5), round(float(latitude), 5))


def _table(batch: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa
    columns: dict[str, list[Any]] = {name: [r.get(name) for r in batch] for name in schema.names
                                     if name != "geometry"}
    if "geometry" in schema.names:
        columns["geometry"] = [point_wkb(r["longitude"], r["latitude"]) for r in batch]
    columns["actors"] = [list(a or []) for a in columns["actors"]]
    if "evidence_key" in columns:
        from app.geo.gazetteer import fold  # the dashboard's one accent fold
        columns["evidence_key"] = [fold(str(r.get("evidence") or "")) for r in batch]
    return pa.Table.from_pydict(columns, schema=schema)


class GeoParquetStream:
    """Writes records (already sorted) to a GeoParquet file, ROW_GROUP rows at a time."""

    def __init__(self, path: Path) -> None:
        import json

        import pyarrow.parquet as pq
        schema = record_schema(with_geometry=True)
        self.schema = schema.with_metadata({b"geo": json.dumps(GEO_METADATA, sort_keys=True).encode()})
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.pending: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self.pending.append(record)
        if len(self.pending) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(_table(self.pending, self.schema), row_group_size=ROW_GROUP)
            self.pending = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


# ---------------------------------------------------------------- the by-month dataset


def month_of(record: dict[str, Any]) -> str:
    date = str(record.get("event_date") or "")
    return date[:7] if len(date) >= 7 and date[4] == "-" else UNKNOWN_MONTH


def current_version(data_dir: Path) -> Path | None:
    """The folder of the by-month dataset's current version, or None when none was written."""
    root = Path(data_dir) / MONTHS_DIR
    try:
        name = (root / CURRENT_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = root / name
    return folder if name.startswith("v-") and folder.is_dir() else None


class Numbering:
    """The numbers the dashboard's queries group and join by, given to each record as the
    by-month dataset is written, so opening it is a plain read (numbering a million records
    with window functions at every open took 11-20 s): ``rec`` the record's position in the
    dataset (month, then article and id: within an event the smallest is its first record),
    ``ev`` its event (records of one type, state, municipality and date, as events.py
    groups them) and ``art`` its article, each counted from 0 in order of first appearance.

    An event lies in one month (its date is part of its key), so only the current month's
    events are remembered; the articles of the whole dataset are (one entry per article)."""

    def __init__(self) -> None:
        self.records = 0
        self.events: dict[tuple[str, str, str, str], int] = {}
        self.events_before = 0  # events numbered in the months already written
        self.articles: dict[str, int] = {}

    def new_month(self) -> None:
        self.events_before += len(self.events)
        self.events = {}

    def number(self, record: dict[str, Any]) -> dict[str, Any]:
        key = (str(record.get("event_type")), record.get("admin1") or "", record.get("admin2") or "",
               str(record.get("event_date")))
        ev = self.events.setdefault(key, self.events_before + len(self.events))
        art = self.articles.setdefault(str(record.get("article")), len(self.articles))
        self.records += 1
        return {**record, "rec": self.records - 1, "ev": ev, "art": art}


class RowFile:
    """The by-month dataset's records again, one JSON array of ROW_FIELDS per line in the
    order of ``rec`` (``_rows.jsonl``), and where each line starts (``_rows.offsets``: n + 1
    little-endian int64). A table page of the dashboard shows the first records of its
    events, which lie anywhere in the months they span: reading them from the Parquet files
    decodes every row of those months (0.2 s for nine months at a million incidents); here
    each is one read of its own line (issue 17). Written with the Parquet files, from the same
    Arrow batches (so the same values), and part of the version's digest."""

    def __init__(self, folder: Path) -> None:
        self.rows = open(folder / ROWS_NAME, "wb")
        self.offsets = open(folder / OFFSETS_NAME, "wb")
        self.end = 0
        self.offsets.write(struct.pack("<q", 0))

    def write(self, table: Any) -> None:
        import json
        columns = [table.column(name).to_pylist() for name in ROW_FIELDS]
        lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                 for row in map(list, zip(*columns))]
        ends = []
        for line in lines:
            self.end += len(line)
            ends.append(self.end)
        self.rows.write(b"".join(lines))
        self.offsets.write(struct.pack(f"<{len(ends)}q", *ends))

    def close(self) -> None:
        self.rows.close()
        self.offsets.close()


def write_month_partitions(records_by_month: Iterable[dict[str, Any]], data_dir: Path) -> bool:
    """Write the by-month dataset from records (each with ``status``) sorted by month
    (month_of) then article and incident_id; one file per month. True when the data
    changed (a new version became current), False when they were the same."""
    import pyarrow.parquet as pq
    root = Path(data_dir) / MONTHS_DIR
    root.mkdir(parents=True, exist_ok=True)
    _prune(root)
    schema = record_schema(with_status=True)
    work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    work.chmod(0o755)  # mkdtemp's 0700 would hide the dataset from a dashboard run by another user
    rows = None
    try:
        writer, month, pending = None, None, []
        numbering = Numbering()
        rows = RowFile(work)

        def flush() -> None:
            table = _table(pending, schema)
            writer.write_table(table, row_group_size=ROW_GROUP)
            rows.write(table)

        for record in records_by_month:
            if month_of(record) != month:  # a new month: a new file
                if writer is not None:
                    if pending:
                        flush()
                    writer.close()
                pending, month = [], month_of(record)
                numbering.new_month()
                (work / f"month={month}").mkdir()
                writer = pq.ParquetWriter(str(work / f"month={month}" / "part-0.parquet"), schema,
                                          compression="zstd")
            pending.append(numbering.number(record))
            if len(pending) >= ROW_GROUP:
                flush()
                pending = []
        if writer is not None:
            if pending:
                flush()
            writer.close()
        rows.close()
        version = "v-" + _tree_digest(work)
        current = current_version(data_dir)
        if current is not None and current.name == version:
            return False
        target = root / version
        if not target.is_dir():
            try:
                work.rename(target)
            except OSError:
                # Another writer (two `add`s of the same files at once) made this very version
                # between the check and the rename: the same data, so ours is not needed.
                if not target.is_dir():
                    raise
        atomic_write_text(root / CURRENT_NAME, version + "\n")
        return True
    finally:
        if rows is not None:
            rows.close()
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:20]


def _prune(root: Path) -> None:
    """Drop versions older than the KEEP_VERSIONS newest (never the current one) and
    temporaries a killed run left."""
    try:
        current = (root / CURRENT_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        current = ""
    now = time.time()
    try:
        entries = list(root.iterdir())
        versions = sorted((p for p in entries if p.name.startswith("v-") and p.is_dir()),
                          key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for stale in [v for v in versions if v.name != current][KEEP_VERSIONS - 1:]:
        shutil.rmtree(stale, ignore_errors=True)
    for temp in (p for p in entries if p.name.startswith(".tmp-")):
        try:
            if now - temp.stat().st_mtime > KEEP_TEMPORARY_S:
                shutil.rmtree(temp, ignore_errors=True)
        except OSError:
            pass
