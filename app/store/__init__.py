"""Where incident records live: a SQLite database, data/incidents.sqlite, and its exports.

The database holds the articles (text, metadata, a content hash), the incidents (codebook
fields plus a review status: auto, approved, rejected, edited) and an audit log of every
change, which makes every change undoable. data/incidents.csv and data/incidents.geojson
are exports of it (rejected records left out), written deterministically (sorted by
article and incident_id, fixed float formatting) and atomically (temporary file, then
rename), so building twice gives byte-identical files.

Safety (docs/store.md has the promises and how they are tested): every database change
is one transaction, in WAL mode (readers never wait); a killed writer's journal is rolled
back by SQLite, never taken for damage; a file that fails SQLite's integrity check is never
written to (StoreError says what to do), and ``build`` keeps a backup
(incidents.sqlite.bak) of the last good state to restore from. The dashboard reads and
changes data only through this package:

- ``files``: the CSV and GeoJSON exports and reading them back (atomic writes: ``app.atomic``);
- ``schema``: the database file, migrations, health checks, backups, damaged files;
- ``database``: ``Store``, its review status, audit log and undo;
- ``columnar``: the GeoParquet export and the incidents by month as Parquet;
- ``queries``: the dashboard's questions answered by DuckDB over that Parquet;
- ``access``: what the dashboard and commands use (``open_store``, exports after a change,
  the cache key, whole-table reads).

Everything public is importable from ``app.store``.
"""
from __future__ import annotations

from app.articles import ArticleError  # the dashboard catches it from here
from app.store.files import (
    ACTOR_SEPARATOR, CSV_NAME, FORMULA_PREFIXES, GEOJSON_NAME, StoreBusyError, StoreDamagedError, StoreError,
    StoreWriteError, csv_cell, empty_frame, load_incidents, neutralise, records_to_csv, records_to_geojson,
    write_csv_rows, write_export_pair, write_incidents,
)
from app.atomic import atomic_write_text, remove_stale_temporaries, write_if_changed
from app.store.schema import (
    BACKUP_SUFFIX, DB_NAME, MIGRATIONS, SCHEMA_VERSION, SQLITE_MAGIC, STORE_TIMEOUT, SetAside, backup_database,
    backup_path, busy_error, check_database_file, damaged_message, db_path, is_busy, set_aside_damaged,
    store_error,
)
from app.store.database import (
    ARTICLE_COLUMNS, AddResult, EDITABLE_FIELDS, Feed, PLACE_FIELDS, STATUSES, SYSTEM_ACTOR, Store,
    text_fingerprint,
)
from app.store.queries import (Figures as QueryFigures, IncidentQueries, IncidentQuery, QueriedView, StoreOverview,
                               TablePage)
from app.store.access import (
    SYNC_EXPORT_LIMIT, export_after_change, import_records, open_store, read_articles,
    read_incidents, revision,
)

__all__ = [
    "FORMULA_PREFIXES", "STORE_TIMEOUT", "SetAside", "StoreDamagedError", "StoreWriteError", "csv_cell",
    "neutralise", "remove_stale_temporaries", "store_error", "write_csv_rows", "write_export_pair",
    "ArticleError", "ACTOR_SEPARATOR", "ARTICLE_COLUMNS", "AddResult", "BACKUP_SUFFIX", "CSV_NAME",
    "DB_NAME", "EDITABLE_FIELDS", "Feed", "GEOJSON_NAME", "MIGRATIONS", "PLACE_FIELDS", "SCHEMA_VERSION",
    "SQLITE_MAGIC", "STATUSES", "SYNC_EXPORT_LIMIT", "SYSTEM_ACTOR", "Store", "StoreBusyError",
    "StoreError", "atomic_write_text", "backup_database", "backup_path", "busy_error",
    "check_database_file", "text_fingerprint", "damaged_message", "db_path", "empty_frame",
    "export_after_change", "import_records", "is_busy", "load_incidents",
    "open_store", "read_articles", "read_incidents", "records_to_csv", "records_to_geojson",
    "revision", "set_aside_damaged", "write_if_changed", "write_incidents",
    "IncidentQueries", "IncidentQuery", "QueriedView", "QueryFigures", "StoreOverview", "TablePage",
]
