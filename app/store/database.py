"""The store: articles, incidents with their review status, and the audit log.

Every change is one transaction and one entry in the audit log (when, who, which field,
old and new value), which makes it undoable. Re-extraction (``sync_extraction``) updates
only records still in status ``auto``: approved, edited and rejected records keep what a
person decided.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import pandas as pd

from app.articles import MAX_DATE, MIN_DATE, checked_url
from app.records import COUNT_FIELDS, DATE_PRECISIONS, EVENT_TYPES, FIELDS, validation_errors
from app.store import schema
from app.store.columnar import MONTHS_DIR, write_month_partitions
from app.store.files import StoreDamagedError, StoreError, empty_frame, typed_frame, write_export_pair

STATUSES: tuple[str, ...] = ("auto", "approved", "rejected", "edited")
# Fields a reviewer may change directly. A new `location` comes with the rest of its place
# fields (PLACE_FIELDS), looked up by the review use case (app/review.py), never here.
EDITABLE_FIELDS: tuple[str, ...] = ("event_type", "event_date", "date_precision", "location",
                                    "fatalities", "injured", "arrested")
PLACE_FIELDS: tuple[str, ...] = ("location", "admin2", "admin1", "country", "latitude", "longitude",
                                 "geo_precision")
ARTICLE_COLUMNS: tuple[str, ...] = ("id", "content_hash", "text", "title", "source", "url", "published",
                                    "language", "origin", "extra", "added_at")
# The build's own changes (re-extraction) are logged but are not a reviewer's to undo.
SYSTEM_ACTOR = "build"
# The audit field of the row an undo adds, naming the change it undid (what redo brings back).
UNDOES = "undoes"



# ---------------------------------------------------------------- the same text

def text_fingerprint(text: str) -> str:
    """sha256 of the normalised text: NFC, whitespace runs as one space, trimmed. Stored in
    the ``content_hash`` column; unlike ``Article.content_hash`` (a short hash of the exact
    body) it recognises the same article pasted with other line breaks or trailing spaces."""
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AddResult:
    """What ``Store.add_article`` did: added, or found the same text (or a near-copy of
    it, ``near_copy``) already stored; ``article_id`` is then the stored article."""

    article_id: str
    added: bool
    incidents: int
    message: str
    near_copy: bool = False


def _extra_json(article: Any, extra: dict[str, Any] | None) -> str:
    """The article's other metadata as JSON; an address that is not a valid URL is kept
    here as text (``url_text``), never as the link."""
    more = {**(extra or {}), **({"url_text": article.url_text} if getattr(article, "url_text", "") else {})}
    return json.dumps(more, ensure_ascii=False, sort_keys=True)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _row_to_record(row: sqlite3.Row) -> dict[str, Any]:
    record = {f: row[f] for f in FIELDS}
    record["actors"] = json.loads(row["actors"] or "[]")
    return record


def _record_values(record: dict[str, Any]) -> list[Any]:
    return [json.dumps(list(record.get("actors") or []), ensure_ascii=False) if f == "actors"
            else record.get(f) for f in FIELDS]


@dataclass(frozen=True)
class Feed:
    """A followed RSS or Atom feed and what its last update found."""

    url: str
    title: str
    added_at: str
    etag: str
    last_modified: str
    last_checked: str | None
    last_status: str
    articles_added: int


class Store:
    """One connection to data_dir/incidents.sqlite; created and migrated on open.

    Use as a context manager. Every public method that changes data is one transaction
    and one undoable "change" in the audit log.
    """

    def __init__(self, data_dir: Path, *, create: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self.path = schema.db_path(self.data_dir)
        exists = self.path.exists()
        if not exists and not create:
            raise StoreError(f"{self.path} does not exist: run `python -m app build` first.")
        if exists:
            schema.check_database_file(self.path, thorough=False)  # never touch a database we cannot read
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.conn = schema.connect(self.path)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise schema.store_error(self.path, exc) from exc
        try:
            self._migrate()
            self._use_wal()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise schema.store_error(self.path, exc) from exc
        except BaseException:
            self.conn.close()
            raise

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- schema --

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer version of this tool "
                             f"(schema {version}, this one knows {schema.SCHEMA_VERSION}); update the code.")
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if (version == 0 and tables) or (version and not schema.OWN_TABLES <= tables):
            raise StoreDamagedError(schema.damaged_message(
                self.path, "it is another program's SQLite database, not an incident store"))
        if version and version < schema.SCHEMA_VERSION:
            schema.backup_database(self.data_dir)  # a migration must never cost the old data
        for number in range(version, schema.SCHEMA_VERSION):
            schema.run_migration(self.conn, number)

    def _use_wal(self) -> None:
        """WAL mode (kept in the file): readers never wait for a writer, nor a writer for them."""
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if not (schema.is_busy(exc) or schema.is_write_failure(exc)):
                raise  # busy or read-only: stay in the old mode this time, reading still works

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (all or nothing).

        Nested in another (see ``batch``), it joins the outer transaction.
        """
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def batch(self) -> Iterator["Store"]:
        """Many changes as one transaction: one disk sync instead of one per change (a build
        of thousands of articles), and all or nothing."""
        with self._transaction():
            yield self

    @contextlib.contextmanager
    def _change(self, actor: str, action: str) -> Iterator["_Change"]:
        """A transaction that logs its edits under one change id and bumps the revision."""
        with self._transaction() as conn:
            change_id = (conn.execute("SELECT COALESCE(MAX(change_id), 0) + 1 FROM audit").fetchone()[0])
            change = _Change(conn, change_id, actor, action)
            yield change
            if change.rows:
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")

    def revision(self) -> int:
        """Grows with every committed change: the dashboard's cache key."""
        return int(self.conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0])

    # -- reading --

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM incidents WHERE incident_id = ?", (incident_id,)).fetchone()
        if row is None:
            return None
        return {**_row_to_record(row), "status": row["status"]}

    def records(self, *, include_rejected: bool = True) -> list[dict[str, Any]]:
        where = "" if include_rejected else "WHERE status != 'rejected'"
        rows = self.conn.execute(f"SELECT {', '.join(FIELDS)}, status FROM incidents {where} "
                                 "ORDER BY article, incident_id")
        return [{**_row_to_record(r), "status": r["status"]} for r in rows]

    def frame(self) -> pd.DataFrame:
        """Every incident (rejected too) in codebook columns plus ``status``."""
        frame = pd.read_sql_query(f"SELECT {', '.join(FIELDS)}, status FROM incidents "
                                  "ORDER BY article, incident_id", self.conn)
        if frame.empty:
            return empty_frame().assign(status=pd.Series(dtype="object"))
        frame["actors"] = frame["actors"].map(json.loads)
        return typed_frame(frame)

    def articles(self) -> dict[str, dict[str, Any]]:
        """article id -> metadata (title, source, url, date, language, origin) for popups."""
        rows = self.conn.execute("SELECT id, title, source, url, published, language, origin, content_hash, "
                                 "added_at FROM articles ORDER BY id")
        # checked again on the way out: a row stored before URLs were validated must not
        # break a page that makes it a link
        return {r["id"]: {"title": r["title"], "source": r["source"], "url": checked_url(r["url"] or ""),
                          "date": r["published"], "language": r["language"], "origin": r["origin"],
                          "content_hash": r["content_hash"], "added_at": r["added_at"]} for r in rows}

    def article_text(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["text"] if row else None

    def article_by_hash(self, digest: str) -> str | None:
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        return row["id"] if row else None

    def audit(self, limit: int = 200) -> pd.DataFrame:
        rows = self.conn.execute("SELECT change_id, at, actor, action, incident_id, article, field, old_value, "
                                 "new_value, undone FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        columns = ["change_id", "at", "actor", "action", "incident_id", "article", "field", "old_value",
                   "new_value", "undone"]
        return pd.DataFrame([tuple(r) for r in rows], columns=columns)

    # -- articles --

    def add_article(self, article: Any, records: Sequence[dict[str, Any]], *, actor: str = "dashboard",
                    origin: str = "dashboard", extra: dict[str, Any] | None = None,
                    near_copies: bool = False) -> AddResult:
        """Store ``article`` (an app.articles.Article) and its incident records, unless the
        same text (``text_fingerprint``) is already stored, or, with ``near_copies``, a near-copy
        of it (app.duplicates: the same wire story under another URL): then no article and
        no incident is added, and the article's URL becomes one more source of the stored one."""
        digest = text_fingerprint(article.text)
        row = {"id": article.id, "content_hash": digest, "text": article.text, "title": article.title or "",
               "source": article.source or "", "url": article.url or "",
               "published": article.date.isoformat() if article.date else None,
               "language": article.language, "origin": origin,
               "extra": _extra_json(article, extra), "added_at": schema.utc_now()}
        # The checks run inside the write transaction: another process adding the same text
        # at the same moment is then seen here, never half-way (two `add`s of the same files).
        with self._change(actor, "add-article") as change:
            existing = self.article_by_hash(digest)
            if existing is not None:
                more = self._note_source(change, existing, article.url)
                return AddResult(existing, False, 0, f"This article is already in the store as {existing!r} "
                                                     f"(same text); nothing was added{more}.")
            twin = self.near_copy_of(article.text) if near_copies else None
            if twin is not None:
                more = self._note_source(change, twin, article.url)
                return AddResult(twin, False, 0, f"This article is a near-copy of {twin!r} (the same story with "
                                                 f"small edits); no incident was added{more}.", near_copy=True)
            if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                raise StoreError(f"An article with id {article.id!r} but other text is already stored.")
            change.insert_article(row)
            self._note_source(change, article.id, article.url)
            for record in records:
                change.insert_incident({**record, "article": article.id}, "auto")
        return AddResult(article.id, True, len(records),
                         f"Saved article {article.id!r} with {len(records)} incident(s).")

    def _note_source(self, change: "_Change", article_id: str, url: str) -> str:
        """Record ``url`` as an address of the article (once); the words to add to a message."""
        url = checked_url(url or "")
        if not url or self.conn.execute("SELECT 1 FROM article_sources WHERE article = ? AND url = ?",
                                        (article_id, url)).fetchone():
            return ""
        change.insert_source(article_id, url)
        return "; its address was added to the article's sources"

    def sources(self, article_id: str) -> list[str]:
        """Every address the article was found at, oldest first."""
        rows = self.conn.execute("SELECT url FROM article_sources WHERE article = ? ORDER BY added_at, rowid",
                                 (article_id,))
        return [r[0] for r in rows]

    def near_copy_of(self, text: str) -> str | None:
        """The stored article ``text`` is a near-copy of (app.duplicates), or None. Signatures
        are cached by content hash; those missing (seeds, older stores) are made here."""
        from app import duplicates
        rows = self.conn.execute("SELECT a.id, a.content_hash, s.minhash FROM articles a "
                                 "LEFT JOIN signatures s ON s.content_hash = a.content_hash").fetchall()
        candidates: list[tuple[str, bytes]] = []
        for row in rows:
            sig = row["minhash"]
            if sig is None:
                sig = duplicates.signature(self.article_text(row["id"]) or "")
                self.conn.execute("INSERT OR IGNORE INTO signatures (content_hash, minhash) VALUES (?, ?)",
                                  (row["content_hash"], sig))
            candidates.append((row["id"], sig))
        return duplicates.nearest(duplicates.signature(text), candidates)

    def upsert_seed_article(self, article: Any, extra: dict[str, Any] | None = None) -> str:
        """Insert or update a seed article (the file is the truth for its text and metadata).

        Returns "added", "updated", "unchanged" or "duplicate of <id>" (same text stored
        under another id: skipped).
        """
        digest = text_fingerprint(article.text)
        other = self.article_by_hash(digest)
        if other is not None and other != article.id:
            return f"duplicate of {other}"
        row = {"id": article.id, "content_hash": digest, "text": article.text, "title": article.title or "",
               "source": article.source or "", "url": article.url or "",
               "published": article.date.isoformat() if article.date else None,
               "language": article.language, "origin": "seed",
               "extra": _extra_json(article, extra), "added_at": schema.utc_now()}
        old = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article.id,)).fetchone()
        if old is not None and all(old[k] == row[k] for k in ARTICLE_COLUMNS if k not in ("added_at", "origin")):
            return "unchanged"
        with self._change(SYSTEM_ACTOR, "seed") as change:
            if old is None:
                change.insert_article(row)
            else:
                change.replace_article(dict(old), {**row, "added_at": old["added_at"], "origin": old["origin"]})
        return "added" if old is None else "updated"

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def article_batches(self, *, size: int) -> Iterator[list[dict[str, Any]]]:
        """Every stored article with its text, ``size`` at a time in id order; each batch is
        read by its own query from where the last ended (keyset), so no query holds every
        text, and articles undone meanwhile are simply not there."""
        after = ""
        while True:
            rows = self.conn.execute("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                     (after, size)).fetchall()
            if not rows:
                return
            yield [dict(row) for row in rows]
            after = rows[-1]["id"]

    def stored_article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article with its text (re-extraction reads them one at a time, so
        memory stays flat however large the store grows)."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return dict(row) if row is not None else None

    def stored_article_exists(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def sync_extraction(self, article_id: str, records: Sequence[dict[str, Any]]) -> dict[str, int]:
        """Bring the auto records of an article in line with a new extraction.

        Human work wins: an ``auto`` record takes the new values (or goes, when the
        extractor no longer finds it); an approved, edited or rejected one keeps its
        values and status, and only remembers the extractor's new version (auto_version).
        """
        counts = {"added": 0, "updated": 0, "removed": 0, "kept": 0}
        fresh = {r["incident_id"]: {**r, "article": article_id} for r in records}
        rows = self.conn.execute("SELECT * FROM incidents WHERE article = ?", (article_id,)).fetchall()
        old = {r["incident_id"]: r for r in rows}
        with self._change(SYSTEM_ACTOR, "extract") as change:
            for ident, record in fresh.items():
                row = old.get(ident)
                if row is None:
                    change.insert_incident(record, "auto")
                    counts["added"] += 1
                elif row["status"] == "auto":
                    counts["updated"] += bool(change.update_fields(ident, _row_to_record(row), record))
                else:
                    change.remember_auto_version(ident, record, row["auto_version"])
                    counts["kept"] += 1
            for ident, row in old.items():
                if ident not in fresh and row["status"] == "auto":
                    change.delete_incident(row)
                    counts["removed"] += 1
        return counts

    # -- feeds (configuration and bookkeeping, not incidents: not in the audit log) --

    def add_feed(self, url: str) -> bool:
        """Follow the feed at ``url`` (a checked http(s) URL); False when it is followed already."""
        with self._transaction() as conn:
            cursor = conn.execute("INSERT OR IGNORE INTO feeds (url, added_at) VALUES (?, ?)", (url, schema.utc_now()))
        return cursor.rowcount == 1

    def remove_feed(self, url: str) -> bool:
        """Stop following a feed (its articles stay); False when it was not followed."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM feed_entries WHERE feed = ?", (url,))
            cursor = conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cursor.rowcount == 1

    def feeds(self) -> list[Feed]:
        rows = self.conn.execute("SELECT * FROM feeds ORDER BY url").fetchall()
        return [Feed(**dict(r)) for r in rows]

    def entry_seen(self, feed: str, entry: str) -> bool:
        return self.conn.execute("SELECT 1 FROM feed_entries WHERE feed = ? AND entry = ?",
                                 (feed, entry)).fetchone() is not None

    def mark_entry_seen(self, feed: str, entry: str, url: str, article_id: str | None) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO feed_entries (feed, entry, url, seen_at, article) VALUES "
                         "(?, ?, ?, ?, ?)", (feed, entry, url, schema.utc_now(), article_id))

    def record_feed_check(self, url: str, *, status: str, title: str = "", etag: str | None = None,
                          last_modified: str | None = None, articles_added: int = 0) -> None:
        """What the last update of a feed found; ``etag``/``last_modified`` None keeps the old ones."""
        with self._transaction() as conn:
            conn.execute("UPDATE feeds SET last_checked = ?, last_status = ?, "
                         "title = CASE WHEN ? != '' THEN ? ELSE title END, "
                         "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
                         "articles_added = articles_added + ? WHERE url = ?",
                         (schema.utc_now(), status, title, title, etag, last_modified, articles_added, url))

    # -- review --

    def update_incident(self, incident_id: str, changes: dict[str, Any], *, actor: str = "dashboard") -> list[str]:
        """Apply a reviewer's edits; return the names of the fields that changed.

        ``changes`` holds EDITABLE_FIELDS; a new ``location`` must come with all its
        PLACE_FIELDS (app.review looks them up), else ValueError and nothing changes. The
        status becomes ``edited`` (a rejected record stays rejected).
        """
        row = self.conn.execute("SELECT * FROM incidents WHERE incident_id = ?", (incident_id,)).fetchone()
        if row is None:
            raise StoreError(f"No incident {incident_id!r} in the store.")
        current = _row_to_record(row)
        wanted = _validated(changes, current)
        target = {**current, **wanted}
        with self._change(actor, "edit") as change:
            changed = change.update_fields(incident_id, current, target)
            if changed and row["status"] != "rejected" and row["status"] != "edited":
                change.set_status(incident_id, row["status"], "edited")
        return changed

    def set_status(self, incident_ids: Iterable[str], status: str, *, actor: str = "dashboard") -> int:
        """Approve, reject, or reset records to auto; one undoable change. Returns how many changed."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        ids = list(dict.fromkeys(incident_ids))
        action = {"approved": "approve", "rejected": "reject"}.get(status, status)
        with self._change(actor, action) as change:
            for ident in ids:
                row = self.conn.execute("SELECT status FROM incidents WHERE incident_id = ?", (ident,)).fetchone()
                if row is not None and row["status"] != status:
                    change.set_status(ident, row["status"], status)
        return change.rows

    def undo(self, *, actor: str = "dashboard") -> str | None:
        """Undo the most recent change by a person (not the build's); a description, or None."""
        last = self._next_undo()
        if last is None:
            return None
        rows = self.conn.execute("SELECT * FROM audit WHERE change_id = ? AND field != ? ORDER BY id DESC",
                                 (last["change_id"], UNDOES)).fetchall()
        with self._change(actor, "undo") as change:
            for row in rows:
                change.revert(row)
            change.log(UNDOES, None, last["change_id"])  # what redo brings back
            self.conn.execute("UPDATE audit SET undone = 1 WHERE change_id = ?", (last["change_id"],))
        targets = sorted({r["incident_id"] or r["article"] for r in rows if r["incident_id"] or r["article"]})
        return f"Undid {last['action']} of {', '.join(targets[:5])}{' …' if len(targets) > 5 else ''} ({last['at']})."

    def _next_undo(self) -> sqlite3.Row | None:
        return self.conn.execute(
            "SELECT change_id, action, at FROM audit WHERE undone = 0 AND actor != ? AND action NOT IN "
            "('undo', 'redo') ORDER BY change_id DESC LIMIT 1", (SYSTEM_ACTOR,)).fetchone()

    def _next_redo(self) -> sqlite3.Row | None:
        """The latest undo still in force, when no person has changed anything since (a new
        change ends the redo chain, as in an editor)."""
        return self.conn.execute(
            "SELECT change_id, at FROM audit WHERE action = 'undo' AND undone = 0 AND change_id > "
            "(SELECT COALESCE(MAX(change_id), 0) FROM audit WHERE actor != ? AND action NOT IN ('undo', 'redo')) "
            "ORDER BY change_id DESC LIMIT 1", (SYSTEM_ACTOR,)).fetchone()

    def redo(self, *, actor: str = "dashboard") -> str | None:
        """Take back the latest undo (see ``_next_redo``); a description, or None."""
        last = self._next_redo()
        if last is None:
            return None
        rows = self.conn.execute("SELECT * FROM audit WHERE change_id = ? ORDER BY id DESC",
                                 (last["change_id"],)).fetchall()
        undone = next(_unjson(r["new_value"]) for r in rows if r["field"] == UNDOES)
        original = self.conn.execute("SELECT action FROM audit WHERE change_id = ? LIMIT 1", (undone,)).fetchone()
        with self._change(actor, "redo") as change:
            for row in rows:
                if row["field"] != UNDOES:
                    change.revert(row)
            self.conn.execute("UPDATE audit SET undone = 1 WHERE change_id = ?", (last["change_id"],))
            self.conn.execute("UPDATE audit SET undone = 0 WHERE change_id = ?", (undone,))
        targets = sorted({r["incident_id"] or r["article"] for r in rows if r["incident_id"] or r["article"]})
        return f"Redid {original['action'] if original else 'change'} of {', '.join(targets[:5])}" \
               f"{' …' if len(targets) > 5 else ''}."

    def can_redo(self) -> bool:
        return self._next_redo() is not None

    def undoable(self, limit: int = 10) -> list[dict[str, Any]]:
        """The latest changes a person made that can still be undone, newest first: change_id,
        at, action, actor, n (audit rows), ids (incidents), articles (of them), articles_added
        (articles the change added: undoing it removes them with their incidents)."""
        rows = self.conn.execute(
            "SELECT change_id, MIN(at) AS at, action, actor, COUNT(*) AS n, GROUP_CONCAT(DISTINCT incident_id) AS ids, "
            "GROUP_CONCAT(DISTINCT article) AS articles, "
            "GROUP_CONCAT(DISTINCT CASE WHEN field = 'article' AND old_value IS NULL THEN article END) AS articles_added "
            "FROM audit WHERE undone = 0 AND actor != ? AND action NOT IN ('undo', 'redo') GROUP BY change_id "
            "ORDER BY change_id DESC LIMIT ?", (SYSTEM_ACTOR, limit)).fetchall()
        return [dict(r) for r in rows]

    # -- exports --

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0])

    def export(self) -> list[str]:
        """data/incidents.csv and .geojson from the database (rejected records left out),
        streamed from the database; the names of the files that had to be (re)written
        (missing, outdated or damaged)."""
        rows = self.conn.execute(f"SELECT {', '.join(FIELDS)} FROM incidents WHERE status != 'rejected' "
                                 "ORDER BY article, incident_id")
        changed = write_export_pair(map(_row_to_record, rows), self.data_dir)
        if write_month_partitions(self.incidents_by_month(), self.data_dir):
            changed.append(MONTHS_DIR)
        return changed

    def incidents_by_month(self) -> Iterator[dict[str, Any]]:
        """Every incident (rejected too) with its status, by month of its date, then article
        and id: the by-month Parquet dataset's order. A cursor: SQLite sorts on disk, so
        memory stays flat."""
        rows = self.conn.execute(f"SELECT {', '.join(FIELDS)}, status FROM incidents "
                                 "ORDER BY substr(event_date, 1, 7), article, incident_id")
        return ({**_row_to_record(row), "status": row["status"]} for row in rows)


class _Change:
    """The writes of one change (inside a transaction), each logged in the audit table."""

    def __init__(self, conn: sqlite3.Connection, change_id: int, actor: str, action: str) -> None:
        self.conn, self.change_id, self.actor, self.action = conn, change_id, actor, action
        self.at = schema.utc_now()
        self.rows = 0

    def log(self, field: str, old: Any, new: Any, *, incident_id: str | None = None,
            article: str | None = None) -> None:
        self.conn.execute("INSERT INTO audit (change_id, at, actor, action, incident_id, article, field, "
                          "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (self.change_id, self.at, self.actor, self.action, incident_id, article, field,
                           _json(old), _json(new)))
        self.rows += 1

    # rows as a whole (field "*" for incidents, "article" for articles)

    def insert_article(self, row: dict[str, Any]) -> None:
        self.conn.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES "
                          f"({', '.join('?' * len(ARTICLE_COLUMNS))})", [row[c] for c in ARTICLE_COLUMNS])
        # An insert is undone by deleting: the log needs the id, not another copy of the text.
        self.log("article", None, {"id": row["id"], "content_hash": row["content_hash"]}, article=row["id"])

    def replace_article(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.conn.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in ARTICLE_COLUMNS)} WHERE id = ?",
                          [new[c] for c in ARTICLE_COLUMNS] + [old["id"]])
        self.log("article", old, new, article=old["id"])

    def insert_source(self, article_id: str, url: str) -> None:
        self.conn.execute("INSERT INTO article_sources (article, url, added_at) VALUES (?, ?, ?)",
                          (article_id, url, self.at))
        self.log("source", None, url, article=article_id)

    def delete_source(self, article_id: str, url: str) -> None:
        self.conn.execute("DELETE FROM article_sources WHERE article = ? AND url = ?", (article_id, url))
        self.log("source", url, None, article=article_id)

    def delete_article(self, article_id: str) -> None:
        """The article and whatever incidents it still has (a build may have added some)."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return
        for incident in self.conn.execute("SELECT * FROM incidents WHERE article = ?", (article_id,)).fetchall():
            self.delete_incident(incident)
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self.log("article", dict(row), None, article=article_id)

    def insert_incident(self, record: dict[str, Any], status: str, auto_version: str | None = None) -> None:
        columns = [*FIELDS, "status", "auto_version", "updated_at"]
        self.conn.execute(f"INSERT INTO incidents ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                          [*_record_values(record), status, auto_version, self.at])
        self.log("*", None, {"status": status}, incident_id=record["incident_id"], article=record["article"])

    def delete_incident(self, row: sqlite3.Row) -> None:
        self.conn.execute("DELETE FROM incidents WHERE incident_id = ?", (row["incident_id"],))
        self.log("*", {**_row_to_record(row), "status": row["status"]}, None,
                 incident_id=row["incident_id"], article=row["article"])

    # single fields

    def update_fields(self, incident_id: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
        changed = [f for f in FIELDS if f != "incident_id" and old.get(f) != new.get(f)]
        for field in changed:
            value = new.get(field)
            stored = json.dumps(list(value or []), ensure_ascii=False) if field == "actors" else value
            self.conn.execute(f"UPDATE incidents SET {field} = ?, updated_at = ? WHERE incident_id = ?",
                              (stored, self.at, incident_id))
            self.log(field, old.get(field), value, incident_id=incident_id, article=old.get("article"))
        return changed

    def set_status(self, incident_id: str, old: str, new: str) -> None:
        self.conn.execute("UPDATE incidents SET status = ?, updated_at = ? WHERE incident_id = ?",
                          (new, self.at, incident_id))
        self.log("status", old, new, incident_id=incident_id)

    def remember_auto_version(self, incident_id: str, record: dict[str, Any], previous: str | None) -> None:
        version = _json({f: record.get(f) for f in FIELDS})
        if version != previous:  # not logged: it changes no value anyone sees
            self.conn.execute("UPDATE incidents SET auto_version = ? WHERE incident_id = ?", (version, incident_id))

    def revert(self, row: sqlite3.Row) -> None:
        """Write the opposite of one audit row (and log that too)."""
        old, new, field = _unjson(row["old_value"]), _unjson(row["new_value"]), row["field"]
        if field == "source":
            if new is not None:
                self.delete_source(row["article"], new)
            if old is not None:
                self.conn.execute("INSERT OR IGNORE INTO article_sources (article, url, added_at) VALUES (?, ?, ?)",
                                  (row["article"], old, self.at))
                self.log("source", None, old, article=row["article"])
        elif field == "article":
            if new is not None:
                self.delete_article(new["id"])
            if old is not None:
                self.insert_article(old)
        elif field == "*":
            if new is not None:
                current = self.conn.execute("SELECT * FROM incidents WHERE incident_id = ?",
                                            (row["incident_id"],)).fetchone()
                if current is not None:
                    self.delete_incident(current)
            if old is not None:
                self.insert_incident(old, old.pop("status", "auto"))
        elif field == "status":
            self.set_status(row["incident_id"], new, old)
        else:
            current = self.conn.execute("SELECT * FROM incidents WHERE incident_id = ?",
                                        (row["incident_id"],)).fetchone()
            if current is not None:
                record = _row_to_record(current)
                self.update_fields(row["incident_id"], record, {**record, field: old})


def _validated(changes: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The reviewer's edits checked against the codebook; ValueError names the bad one.

    Place fields other than ``location`` are accepted only with a new location, all of
    them together, so a record never names one place and points at another."""
    place_only = [f for f in PLACE_FIELDS if f != "location"]
    new_place = "location" in changes and str(changes["location"] or "").strip() != current["location"]
    if new_place and not all(f in changes for f in place_only):
        raise ValueError("a new place name needs its place fields (app.review looks them up)")
    out: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in EDITABLE_FIELDS and not (new_place and field in place_only):
            raise ValueError(f"{field!r} cannot be edited here")
        if field == "event_type" and value not in EVENT_TYPES:
            raise ValueError(f"event type must be one of {', '.join(EVENT_TYPES)}, not {value!r}")
        if field == "date_precision" and value not in DATE_PRECISIONS:
            raise ValueError(f"date precision must be one of {', '.join(DATE_PRECISIONS)}")
        if field == "event_date":
            value = _iso_date(value)
        if field in COUNT_FIELDS:
            value = _count(field, value)
        if field == "location":
            value = str(value or "").strip()
            if not value:
                raise ValueError("the place name cannot be empty")
        out[field] = value
    if new_place:  # the codebook's checks (precision, coordinates in Mexico) on the new place
        known = set(validation_errors(current))
        errors = [e for e in validation_errors({**current, **out}) if e not in known]
        if errors:
            raise ValueError("; ".join(errors))
    return out


# A count above this is a typo (or would not fit SQLite's 64-bit integers).
MAX_COUNT = 1_000_000


def _iso_date(value: Any) -> str:
    try:
        if isinstance(value, (dt.date, pd.Timestamp)):
            date = value.date() if isinstance(value, (dt.datetime, pd.Timestamp)) else value
        else:
            date = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD") from exc
    if not MIN_DATE <= date <= MAX_DATE:
        raise ValueError(f"the date must be between {MIN_DATE} and {MAX_DATE}, not {date}")
    return date.isoformat()


def _count(field: str, value: Any) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value) or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{field} must be a whole number or empty, not {value!r}") from exc
    if number < 0 or number != float(value):
        raise ValueError(f"{field} must be a whole number ≥ 0, not {value!r}")
    if number > MAX_COUNT:
        raise ValueError(f"{field} must be at most {MAX_COUNT:,}, not {number:,}")
    return number
