"""The database file: schema and migrations, health checks, backups, damaged files.

Each migration moves the schema one version up (PRAGMA user_version). A file that is not a
healthy SQLite database is never written to; ``build`` keeps a backup
(incidents.sqlite.bak) of the last good state, and a damaged file is renamed aside, never
deleted.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from app.store.files import StoreBusyError, StoreError

DB_NAME = "incidents.sqlite"
BACKUP_SUFFIX = ".bak"
SQLITE_MAGIC = b"SQLite format 3\x00"


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def busy_error(path: Path) -> StoreBusyError:
    return StoreBusyError(f"{path} is busy: another process (a build, the dashboard) is writing to it. "
                          "Nothing was changed; try again in a moment.")


# Each entry moves the schema one version up (PRAGMA user_version); never edit a released
# one, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta VALUES ('revision', '0');
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,
        language TEXT NOT NULL DEFAULT 'en',
        origin TEXT NOT NULL DEFAULT 'seed',
        extra TEXT NOT NULL DEFAULT '{}',
        added_at TEXT NOT NULL
    );
    CREATE TABLE incidents (
        incident_id TEXT PRIMARY KEY,
        article TEXT NOT NULL,
        event_type TEXT NOT NULL,
        event_date TEXT NOT NULL,
        date_precision TEXT NOT NULL,
        location TEXT NOT NULL,
        admin2 TEXT,
        admin1 TEXT NOT NULL,
        country TEXT NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        geo_precision INTEGER NOT NULL,
        fatalities INTEGER, injured INTEGER, arrested INTEGER,
        actors TEXT NOT NULL DEFAULT '[]',
        place_mention TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        evidence_start INTEGER NOT NULL DEFAULT 0,
        evidence_end INTEGER NOT NULL DEFAULT 0,
        language TEXT NOT NULL,
        confidence REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'approved', 'rejected', 'edited')),
        auto_version TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX incidents_article ON incidents (article);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        incident_id TEXT,
        article TEXT,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX audit_change ON audit (change_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def backup_path(data_dir: Path) -> Path:
    return Path(data_dir) / (DB_NAME + BACKUP_SUFFIX)


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def check_database_file(path: Path) -> None:
    """Raise StoreError unless ``path`` is a healthy SQLite database (header and quick_check)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(damaged_message(path, f"cannot read it: {exc.strerror or exc}")) from exc
    if head != SQLITE_MAGIC:
        reason = "the file is empty" if not head else "it is not a SQLite database"
        raise StoreError(damaged_message(path, reason))
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise busy_error(path) from exc
        raise StoreError(damaged_message(path, str(exc))) from exc
    if result != [("ok",)]:
        raise StoreError(damaged_message(path, f"integrity check failed: {result[0][0]}"))


def damaged_message(path: Path, reason: str) -> str:
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    saved = f"The last good copy is {backup}. " if backup.exists() else ""
    return (f"{path} cannot be used ({reason}). Nothing was written to it. {saved}"
            "Run `python -m app build`: it keeps the damaged file under a new name "
            "(incidents.sqlite.damaged-…), restores the backup or starts afresh, and reloads the seeds.")


def backup_database(data_dir: Path) -> Path:
    """Copy the database to incidents.sqlite.bak, atomically (SQLite's backup API, then rename)."""
    source, target = db_path(data_dir), backup_path(data_dir)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def set_aside_damaged(data_dir: Path) -> tuple[Path, bool]:
    """Rename a damaged database out of the way (never delete it) and restore the backup
    when that one is healthy. Returns (where the damaged file went, restored?)."""
    path = db_path(data_dir)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, aside)
    for suffix in ("-journal", "-wal", "-shm"):  # a stale journal must not be replayed onto a restore
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + suffix))
    backup = backup_path(data_dir)
    try:
        check_database_file(backup)
    except StoreError:
        return aside, False
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    shutil.copyfile(backup, tmp)
    os.replace(tmp, path)
    return aside, True
