"""``python -m app build [--seeds DIR] [--data DIR] [--if-stale]``.

Loads every article under the seeds folder (with its metadata.json) into the store
(data/incidents.sqlite; the same text is never stored twice), re-extracts every stored
article (seeds and those added from the dashboard) and exports data/incidents.csv and
data/incidents.geojson (deterministic, atomic). Re-extraction updates only records still
in status ``auto``: approved, edited and rejected records keep what a person decided.
A manifest of input hashes and code version lets ``--if-stale`` skip an unchanged build.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from app.articles import (ARTICLE_SUFFIXES, Article, ArticleError, failure_reason, load_metadata, parse_iso_date,
                          read_article_noting_warnings)
from app.store import (Store, StoreBusyError, StoreError, atomic_write_text, backup_database, check_database_file, db_path,
                       set_aside_damaged)

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ".build-manifest.json"
# The code whose change must trigger a rebuild: the extractor, the articles and the store.
CODE_PATHS = ("app/articles.py", "app/extract", "app/store", "app/records.py", "app/build.py",
              "app/geo/geocoder.py", "app/geo/gazetteer.py", "data/reference/places.tsv.gz")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of articles (default: seeds/)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="output folder (default: data/)")
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the inputs and the code are unchanged since the last build")


def article_files(folder: Path) -> list[Path]:
    """Article files under ``folder``, in a stable order (metadata.json and dotfiles excluded)."""
    return sorted(p for p in Path(folder).rglob("*")
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))


def _digest_file(digest: Any, path: Path) -> None:
    digest.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).encode())
    digest.update(path.read_bytes())


def code_version() -> str:
    digest = hashlib.sha256()
    for rel in CODE_PATHS:
        path = ROOT / rel
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            _digest_file(digest, file)
    return digest.hexdigest()[:16]


def input_hashes(folder: Path, files: list[Path]) -> dict[str, str]:
    hashes = {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in files}
    meta = Path(folder) / "metadata.json"
    if meta.exists():
        hashes["metadata.json"] = hashlib.sha256(meta.read_bytes()).hexdigest()[:16]
    return hashes


def _extra_metadata(meta: dict | None) -> dict[str, Any]:
    """Metadata beyond the Article's fields (author, note, ...), kept in the store as is."""
    known = {"title", "date", "source", "url", "language"}
    return {k: v for k, v in (meta or {}).items() if k not in known and v not in (None, "")}


def open_store_for_build(data: Path, notes: list[str]) -> Store:
    """The store, after setting a damaged database aside (never overwriting it) and
    restoring the last good backup when there is one."""
    path = db_path(data)
    if path.exists():
        try:
            check_database_file(path)
        except StoreBusyError:
            raise  # locked by another writer is not damaged: never set it aside
        except StoreError as exc:
            aside, restored = set_aside_damaged(data)
            what = ("restored the last backup" if restored else
                    "found no usable backup, so the store starts afresh from the seeds")
            notes.append(f"{path} was damaged ({str(exc).split('(', 1)[-1].split(')')[0]}); "
                         f"kept it as {aside.name} and {what}.")
    return Store(data)


def _stored_article(row: dict[str, Any]) -> Article:
    return Article(id=row["id"], text=row["text"], title=row["title"], date=parse_iso_date(row["published"]),
                   source=row["source"], url=row["url"], language=row["language"])


def _added_on(row: dict[str, Any]) -> dt.date:
    """The day an article entered the store: what an undated article's relative dates
    ("on Sunday") anchor on, the same on every rebuild."""
    return parse_iso_date(str(row["added_at"])[:10]) or dt.date(1970, 1, 1)


def _extract_stored(store: Store, geocoder: Any, failed: list[str]) -> int:
    """Re-extract every stored article; one that makes the extractor fail keeps its
    previous records and is reported, so one bad article cannot stop the build."""
    from app.extract.incidents import extract_incidents
    stored = store.stored_articles()
    for row in stored:
        try:
            records = extract_incidents(_stored_article(row), geocoder=geocoder,
                                        reference_date=_added_on(row))
        except Exception as exc:  # noqa: BLE001 - a bug must not cost the other articles
            failed.append(f"article {row['id']}: extraction failed ({failure_reason(exc)}); kept its previous records")
            continue
        store.sync_extraction(row["id"], records)
    return len(stored)


def build(seeds: Path, data: Path) -> tuple[int, int, list[str], list[str]]:
    """Load the seeds into the store, re-extract every stored article, export.

    Returns (articles, exported incidents, failures, notes): failures are files that could
    not be read and articles the extractor failed on; notes are warnings (a legacy
    encoding, a duplicate text, a damaged database set aside). Human review wins over
    re-extraction (see Store.sync_extraction).
    """
    from app.geo.geocoder import get_geocoder
    geocoder = get_geocoder()
    metadata = load_metadata(seeds)
    failed: list[str] = []
    notes: list[str] = []
    # One transaction for the whole build: one disk sync, and all or nothing.
    with open_store_for_build(data, notes) as store, store.batch():
        for path in article_files(seeds):
            try:
                article, warned = read_article_noting_warnings(path, metadata=metadata.get(path.stem))
            except ArticleError as exc:
                failed.append(str(exc))
                continue
            notes.extend(warned)
            outcome = store.upsert_seed_article(article, _extra_metadata(metadata.get(path.stem)))
            if outcome.startswith("duplicate"):
                notes.append(f"{path}: same text as stored article {outcome.split()[-1]}; not added twice")
        articles = _extract_stored(store, geocoder, failed)
        store.export()
        exported = len(store.records(include_rejected=False))
    backup_database(data)  # the last good state, for when the file gets damaged
    return articles, exported, failed, notes


def _up_to_date(data: Path, manifest: dict[str, Any]) -> bool:
    """The manifest matches and the database is healthy (damaged -> rebuild, which repairs)."""
    manifest_path = data / MANIFEST
    try:
        if json.loads(manifest_path.read_text(encoding="utf-8")) != manifest:
            return False
        check_database_file(db_path(data))
    except (OSError, ValueError, StoreError):
        return False  # an unreadable manifest or database means: build
    return True


def run(args: argparse.Namespace) -> int:
    seeds, data = Path(args.seeds), Path(args.data)
    if not seeds.is_dir():
        print(f"error: {seeds} is not a folder of articles", file=sys.stderr)
        return 2
    try:
        files = article_files(seeds)
        manifest = {"code": code_version(), "inputs": input_hashes(seeds, files)}
    except OSError as exc:
        print(f"error: cannot read {seeds}: {exc}", file=sys.stderr)
        return 2
    manifest_path = data / MANIFEST
    if args.if_stale and _up_to_date(data, manifest):
        with Store(data) as store:
            repaired = store.export()  # a deleted or damaged export is rewritten from the database
        if repaired:  # deleted, damaged or edited by hand: the store is the truth
            print(f"build: {' and '.join(repaired)} did not match the store (missing, damaged or "
                  "edited); rewrote the exports from it", file=sys.stderr)
        print(f"build: up to date ({len(files)} articles unchanged), nothing to do"
              + ("; rewrote the exports" if repaired else ""))
        return 0
    try:
        articles, incidents, failed, notes = build(seeds, data)
    except (ArticleError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for message in failed:
        print(f"error: {message}", file=sys.stderr)
    for message in notes:
        print(f"warning: {message}", file=sys.stderr)
    if not failed:  # with failures, the next --if-stale builds (and reports them) again
        atomic_write_text(manifest_path, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"build: {articles} articles, {incidents} incidents, {len(failed)} failed -> {data}")
    return 1 if failed else 0
