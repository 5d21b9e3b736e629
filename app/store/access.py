"""What the dashboard and the commands use to reach the store: a store that is always
closed, exports after a change (in the background for large stores), the cache key, and
whole-table reads.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from app.store.database import SYSTEM_ACTOR, Store
from app.store.files import StoreError
from app.store.schema import connect, db_path, store_error

@contextlib.contextmanager
def open_store(data_dir: Path, *, create: bool = False) -> Iterator[Store]:
    """A Store that is closed afterwards; sqlite errors become StoreError with advice."""
    store = Store(data_dir, create=create)
    try:
        yield store
    except sqlite3.DatabaseError as exc:
        raise store_error(store.path, exc) from exc
    except OSError as exc:  # the exports: a full disk, a read-only folder
        raise store_error(store.path, exc) from exc
    finally:
        store.close()


# Up to this many incidents the exports are rewritten before a dashboard change returns;
# above it (seconds of work) in a background thread, so the page stays responsive.
SYNC_EXPORT_LIMIT = 20_000
_EXPORT_LOCK = threading.Lock()    # one export at a time per process
_PENDING_LOCK = threading.Lock()
_PENDING: set[str] = set()         # data folders with a background export queued


def export_after_change(data_dir: Path) -> str:
    """Rewrite the exports after a change from the dashboard: "written", or "started" /
    "pending" when a large store exports in the background. If the process stops before
    that finishes, the old exports stay whole (atomic writes) and `build --if-stale`
    rewrites them."""
    with open_store(data_dir) as db:
        if db.count() <= SYNC_EXPORT_LIMIT:
            with _EXPORT_LOCK:
                db.export()
            return "written"
    key = str(Path(data_dir).resolve())
    with _PENDING_LOCK:
        if key in _PENDING:
            return "pending"  # the queued export will read the newest data anyway
        _PENDING.add(key)
    threading.Thread(target=_export_in_background, args=(Path(data_dir), key), daemon=True,
                     name="mxmap-export").start()
    return "started"


def _export_in_background(data_dir: Path, key: str) -> None:
    with _EXPORT_LOCK:
        with _PENDING_LOCK:
            _PENDING.discard(key)  # a change from now on queues another export
        try:
            with open_store(data_dir) as db:
                db.export()
        except (StoreError, OSError, sqlite3.Error):
            pass  # the next change or `build --if-stale` writes them


def revision(data_dir: Path) -> tuple[int, int]:
    """(revision counter, file mtime): changes whenever the data do; the cache key.

    (-1, -1) when there is no database; the mtime catches a restored or replaced file.
    """
    path = db_path(data_dir)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return (-1, -1)
    try:
        with contextlib.closing(connect(path, mode="ro")) as conn:
            return (int(conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()[0]), mtime)
    except (sqlite3.DatabaseError, TypeError):
        return (-2, mtime)  # damaged: the loader then raises StoreError with advice


def read_incidents(data_dir: Path) -> pd.DataFrame:
    """Every stored incident (codebook columns + status); StoreError when there is no healthy DB."""
    with open_store(data_dir) as store:
        return store.frame()


def read_articles(data_dir: Path) -> dict[str, dict[str, Any]]:
    with open_store(data_dir) as store:
        return store.articles()


def import_records(data_dir: Path, records: Iterable[dict[str, Any]],
                   articles: dict[str, dict[str, Any]] | None = None, *, export: bool = True) -> None:
    """Load ready-made records (synthetic data, tests) as auto records, with a stand-in
    article per article id (its text: the evidence sentences), then export."""
    from app.articles import Article
    by_article: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_article.setdefault(record["article"], []).append(record)
    with open_store(data_dir, create=True) as store, store.batch():
        for article_id, group in sorted(by_article.items()):
            meta = (articles or {}).get(article_id) or {}
            text = f"[{article_id}] " + "\n".join(str(r.get("evidence") or "") for r in group)
            article = Article(id=article_id, text=text, title=str(meta.get("title") or ""),
                              source=str(meta.get("source") or ""), url=str(meta.get("url") or ""),
                              language=str(group[0].get("language") or "en"))
            store.add_article(article, group, actor=SYSTEM_ACTOR, origin="import")
        if export:
            store.export()
