"""The database file: connections, schema and migrations, health checks, backups, damaged files.

Each migration moves the schema one version up (PRAGMA user_version). The database runs in
WAL mode: readers never wait for a writer. A file with a hot journal (a writer was killed)
is opened read-write, so SQLite rolls the unfinished transaction back. "Damaged" means
SQLite's integrity check fails, the file is not a SQLite database, or it is another
program's: only then does ``build`` rename it aside (never delete it), restore the backup
(incidents.sqlite.bak, the last good state) and say what work of people is only in the
file it set aside. A busy, read-only or full disk is never "damaged".
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from app.atomic import install, temporary_beside
from app.store.files import StoreBusyError, StoreDamagedError, StoreError, StoreWriteError

DB_NAME = "incidents.sqlite"
BACKUP_SUFFIX = ".bak"
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another before giving up with "busy" (a build commits in
# batches of well under a second; a reviewer's Save waits at most this).
STORE_TIMEOUT = 15.0
# The tables of our schema: a SQLite file without them is another program's.
OWN_TABLES = frozenset({"meta", "articles", "incidents", "audit"})
# SQLite's words for a failed write that is not damage: the disk, not the file.
_WRITE_FAILURES = ("readonly", "disk is full", "disk i/o error", "unable to open")


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def busy_error(path: Path) -> StoreBusyError:
    return StoreBusyError(f"{path} is busy: another process (a build, the dashboard) is writing to it. "
                          "Nothing was changed; try again in a moment.")


def is_write_failure(exc: BaseException) -> bool:
    """A full disk, a read-only folder or file, an I/O error: the write failed, the file is fine."""
    if isinstance(exc, OSError):
        return True
    return isinstance(exc, sqlite3.OperationalError) and any(w in str(exc).lower() for w in _WRITE_FAILURES)


def write_error(folder: Path, exc: BaseException) -> StoreWriteError:
    """One line for a write that failed on the disk's side (ENOSPC, EROFS, EACCES, ...)."""
    code = getattr(exc, "errno", None)
    text, state = str(exc).lower(), _folder_state(folder)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or state == "read-only":
        reason = "the folder or the database is read-only"
    elif code == errno.ENOSPC or "full" in text or state == "full":
        reason = "the disk is full"
    else:
        reason = " ".join(str(getattr(exc, "strerror", None) or exc).split())
    return StoreWriteError(f"cannot write to {folder} ({reason}). Nothing saved before was lost: every "
                           "change to the store is all or nothing, and the CSV and GeoJSON exports are "
                           "still the previous matching pair. Free some space or make the folder "
                           "writable, then run the command again.")


def _folder_state(folder: Path) -> str:
    """"full", "read-only" or "": SQLite says only "disk I/O error" when its WAL cannot grow."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return ""
    if info.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return "read-only"
    return "full" if info.f_bavail * info.f_frsize < 64 * 1024 else ""


def store_error(path: Path, exc: BaseException) -> StoreError:
    """An sqlite3 or OS error on the store as a StoreError that says what to do."""
    if is_busy(exc):
        return busy_error(path)
    if is_write_failure(exc):
        return write_error(path.parent, exc)
    return StoreDamagedError(damaged_message(path, " ".join(str(exc).split())))


def _uri(path: Path, mode: str) -> str:
    return f"file:{urllib.request.pathname2url(str(Path(path).absolute()))}?mode={mode}"


def connect(path: Path, *, mode: str = "rwc") -> sqlite3.Connection:
    """A connection to the store at ``path`` in autocommit mode (transactions are explicit)
    that waits up to STORE_TIMEOUT for another writer. ``mode``: rwc creates the file, rw
    does not, ro only reads."""
    conn = sqlite3.connect(_uri(path, mode), uri=True, timeout=STORE_TIMEOUT, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def run_migration(conn: sqlite3.Connection, number: int) -> None:
    """MIGRATIONS[number] as one script (triggers and strings may hold ";") in one
    transaction with the new user_version: all or nothing."""
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\n;\n"
                           f"PRAGMA user_version = {number + 1};\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


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
    # 2: following the news. Every address an article was found at (the same wire story
    # under several URLs is one article); the feeds with their conditional-request state
    # and the entries already seen; MinHash signatures of article texts (a cache keyed on
    # the content hash, so it can never disagree with a text: app/duplicates.py).
    """
    CREATE TABLE article_sources (
        article TEXT NOT NULL,
        url TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (article, url)
    );
    INSERT INTO article_sources (article, url, added_at) SELECT id, url, added_at FROM articles WHERE url != '';
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        last_checked TEXT,
        last_status TEXT NOT NULL DEFAULT '',
        articles_added INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE feed_entries (
        feed TEXT NOT NULL,
        entry TEXT NOT NULL,
        url TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        article TEXT,
        PRIMARY KEY (feed, entry)
    );
    CREATE TABLE signatures (content_hash TEXT PRIMARY KEY, minhash BLOB NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def backup_path(data_dir: Path) -> Path:
    return Path(data_dir) / (DB_NAME + BACKUP_SUFFIX)


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def check_database_file(path: Path, *, thorough: bool = True) -> None:
    """Raise StoreError unless ``path`` is a healthy database of ours.

    Opened read-write, so that a hot journal left by a killed writer is rolled back (a
    read-only connection cannot, and fails). ``thorough`` runs SQLite's full
    ``integrity_check`` (the build's health check, which decides "damaged"); otherwise the
    faster ``quick_check`` (each open). StoreDamagedError only for a file that fails them,
    is not SQLite or is another program's; busy or unwritable is said as such."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if head != SQLITE_MAGIC:
        reason = "the file is empty" if not head else "it is not a SQLite database"
        raise StoreDamagedError(damaged_message(path, reason))
    try:
        with contextlib.closing(connect(path, mode="rw")) as conn:
            result = conn.execute(f"PRAGMA {'integrity_check' if thorough else 'quick_check'}").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise store_error(path, exc) from exc
    if [tuple(r) for r in result] != [("ok",)]:
        raise StoreDamagedError(damaged_message(path, f"integrity check failed: {result[0][0]}"))
    if tables - {"sqlite_sequence"} and not OWN_TABLES <= tables:
        raise StoreDamagedError(damaged_message(path, "it is another program's SQLite database, "
                                                      "not an incident store"))


def damaged_message(path: Path, reason: str) -> str:
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    saved = f"The last good copy is {backup}. " if backup.exists() else ""
    return (f"{path} cannot be used ({reason}). Nothing was written to it. {saved}"
            "Run `python -m app build`: it keeps the damaged file under a new name "
            "(incidents.sqlite.damaged-…), restores the backup or starts afresh, reloads the seeds, "
            "and says what work of people was only in the damaged file.")


def backup_database(data_dir: Path) -> Path:
    """Copy the database to incidents.sqlite.bak, atomically (SQLite's backup API into a
    temporary file, then rename), with the database's file mode."""
    source, target = db_path(data_dir), backup_path(data_dir)
    with temporary_beside(target, mode=source.stat().st_mode & 0o777) as tmp:
        with contextlib.closing(connect(source, mode="rw")) as src, \
                contextlib.closing(sqlite3.connect(tmp, isolation_level=None)) as dst:
            src.backup(dst)
        install(tmp, target)
    return target


@dataclass(frozen=True)
class SetAside:
    """What ``set_aside_damaged`` did."""

    aside: Path           # where the damaged file went
    restored: bool        # the backup was healthy and is the store now
    people_work: str      # what changes of people are only in the damaged file, and how to get them back


def set_aside_damaged(data_dir: Path) -> SetAside:
    """Rename a damaged database out of the way (never delete it) and restore the backup
    when that one is healthy, keeping the original file mode; report the work of people
    (reviews, added articles) the restored store lacks."""
    path = db_path(data_dir)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    mode = path.stat().st_mode & 0o777
    os.replace(path, aside)
    for suffix in ("-journal", "-wal", "-shm"):  # a stale journal must not be replayed onto a restore
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + suffix))
    backup = backup_path(data_dir)
    try:
        check_database_file(backup)
    except StoreError:
        return SetAside(aside, False, people_work_only_in(aside, None))
    with temporary_beside(path, mode=mode) as tmp:
        shutil.copyfile(backup, tmp)
        install(tmp, path)
    return SetAside(aside, True, people_work_only_in(aside, backup))


def _last_change(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(_uri(path, "ro") + "&immutable=1", uri=True)) as conn:
        return int(conn.execute("SELECT COALESCE(MAX(change_id), 0) FROM audit").fetchone()[0])


def people_work_only_in(damaged: Path, restored_from: Path | None) -> str:
    """One sentence: the changes by people (not the build) in ``damaged`` after the last
    change in ``restored_from``, and how to get them back; "" when there are none."""
    recover = (f"to get them back, recover the file with `sqlite3 {damaged} .recover | sqlite3 recovered.sqlite` "
               "and re-apply them from its audit table (each row has the field, old and new value)")
    try:
        since = _last_change(restored_from) if restored_from is not None else 0
        # immutable: read as it is, without replaying or writing any journal
        with contextlib.closing(sqlite3.connect(_uri(damaged, "ro") + "&immutable=1", uri=True)) as conn:
            changes, actors, last = conn.execute(
                "SELECT COUNT(DISTINCT change_id), GROUP_CONCAT(DISTINCT actor), MAX(at) FROM audit "
                "WHERE actor != 'build' AND change_id > ?", (since,)).fetchone()
    except (sqlite3.DatabaseError, OSError):
        return (f"{damaged.name} could not be read, so it may hold reviews or added articles made since "
                f"the last build that the store no longer has; {recover}.")
    if not changes:
        return ""
    return (f"{damaged.name} holds {changes} change(s) by people ({actors}; the last at {last}) that the "
            f"restored store does not have; {recover}.")
