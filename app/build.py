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
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from app.articles import (ARTICLE_SUFFIXES, Article, ArticleError, display_name, failure_reason, inside_folder,
                          load_metadata, parse_iso_date, read_article_noting_warnings)
from app.store import (Store, StoreDamagedError, StoreError, atomic_write_text, backup_database, check_database_file,
                       db_path, remove_stale_temporaries, set_aside_damaged, store_error)

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ".build-manifest.json"
# Everything the build may read at run time: the whole app package and the reference data
# (a change to any of it, app/geo/names.py say, must trigger a rebuild).
CODE_PATHS = ("app", "data/reference")
CODE_SUFFIXES = (".py", ".json", ".tsv", ".gz", ".geojson", ".csv", ".txt")
# Articles per transaction: short write transactions, so a reviewer's Save or an `add`
# waits well under a second for a build, and a killed build keeps what it committed.
BATCH_ARTICLES = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of articles (default: seeds/)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="output folder (default: data/)")
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the inputs and the code are unchanged since the last build")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="where extraction runs: this process (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: a running scheduler (tcp://host:8786); default: a local "
                             "cluster on this machine's cores")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="with --engine dask and no --scheduler: worker processes (default: one per core)")


def article_files(folder: Path) -> list[Path]:
    """Article files under ``folder``, in a stable order (metadata.json and dotfiles
    excluded). A symbolic link is followed only when it stays inside the folder: a link to
    /etc/passwd must not become an article."""
    return sorted(p for p in Path(folder).rglob("*")
                  if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
                  and inside_folder(p, folder) and p.is_file())


def _digest_file(digest: Any, path: Path) -> None:
    digest.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).encode())
    digest.update(path.read_bytes())


def code_files() -> list[Path]:
    """The files whose content the build depends on (see CODE_PATHS), in a stable order."""
    files: list[Path] = []
    for rel in CODE_PATHS:
        path = ROOT / rel
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and p.suffix in CODE_SUFFIXES
                         and "__pycache__" not in p.parts and "static" not in p.relative_to(ROOT).parts)
        elif path.is_file():
            files.append(path)
    return sorted(files)


def code_version() -> str:
    digest = hashlib.sha256()
    for file in code_files():
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


def open_store_for_build(data: Path, notes: list[str], lost: list[str]) -> Store:
    """The store, after SQLite rolled back what a killed run left unfinished, and after
    setting a damaged database aside (never overwriting it) and restoring the last good
    backup when there is one. What people did that only the damaged file holds goes to
    ``lost`` (a warning, and exit status 1)."""
    removed = remove_stale_temporaries(data)
    if removed:
        notes.append(f"removed {len(removed)} temporary file(s) an interrupted run left in {display_name(str(data))}")
    path = db_path(data)
    if path.exists():
        try:
            check_database_file(path)  # read-write: a hot journal is rolled back here
        except StoreDamagedError as exc:
            outcome = set_aside_damaged(data)
            what = ("restored the last backup" if outcome.restored else
                    "found no usable backup, so the store starts afresh from the seeds")
            notes.append(f"{path} was damaged ({str(exc).split('(', 1)[-1].split(')')[0]}); "
                         f"kept it as {outcome.aside.name} and {what}.")
            if outcome.people_work:
                lost.append(outcome.people_work)
    return Store(data)


def _batches(items: list[Any], size: int = BATCH_ARTICLES) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _load_seeds(store: Store, seeds: Path, metadata: dict[str, dict], failed: list[str], notes: list[str]) -> None:
    for batch in _batches(article_files(seeds)):
        read: list[tuple[Path, Article]] = []
        for path in batch:  # reading happens outside the write transaction
            try:
                article, warned = read_article_noting_warnings(path, metadata=metadata.get(path.stem))
            except ArticleError as exc:
                failed.append(str(exc))
                continue
            notes.extend(warned)
            read.append((path, article))
        with store.batch():
            for path, article in read:
                outcome = store.upsert_seed_article(article, _extra_metadata(metadata.get(path.stem)))
                if outcome.startswith("duplicate"):
                    notes.append(f"{display_name(str(path))}: same text as stored article "
                                 f"{outcome.split()[-1]}; not added twice")


@dataclass(frozen=True)
class ArticleToExtract:
    """What extraction needs of a stored article, and nothing of the store: it travels to
    another process or machine (``--engine dask``) as it is."""

    id: str
    text: str
    title: str
    published: str | None
    source: str
    url: str
    language: str
    added_at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "ArticleToExtract":
        return cls(id=row["id"], text=row["text"], title=row["title"], published=row["published"],
                   source=row["source"], url=row["url"], language=row["language"], added_at=str(row["added_at"]))


@dataclass(frozen=True)
class Extracted:
    """The records of one article, or why the extractor failed on it (``records`` None)."""

    article_id: str
    records: list[dict[str, Any]] | None
    failure: str = ""


def extract_batch(batch: list[ArticleToExtract]) -> list[Extracted]:
    """Extract each article of ``batch`` with this process's geocoder. One that makes the
    extractor fail is reported in its Extracted, so one bad article cannot stop the build.
    A plain function of its input: the plain build and every Dask worker run this same one."""
    from app.extract import incidents
    from app.geo.geocoder import get_geocoder
    geocoder = get_geocoder()
    out = []
    for item in batch:
        article = Article(id=item.id, text=item.text, title=item.title, date=parse_iso_date(item.published),
                          source=item.source, url=item.url, language=item.language)
        # an undated article's relative dates ("on Sunday") anchor on the day it entered
        # the store, the same on every rebuild
        added_on = parse_iso_date(item.added_at[:10]) or dt.date(1970, 1, 1)
        try:
            out.append(Extracted(item.id, incidents.extract_incidents(article, geocoder=geocoder,
                                                                      reference_date=added_on)))
        except Exception as exc:  # noqa: BLE001 - a bug must not cost the other articles
            out.append(Extracted(item.id, None, failure_reason(exc)))
    return out


# Runs extraction over batches of articles and gives back their results in the same order
# (lazily: the next batches are read from the store while earlier ones are written).
ExtractionEngine = Callable[[Iterator[list[ArticleToExtract]]], Iterator[list[Extracted]]]


def in_this_process(batches: Iterator[list[ArticleToExtract]]) -> Iterator[list[Extracted]]:
    """The plain engine: one batch after the other, here."""
    return map(extract_batch, batches)


def _extract_stored(store: Store, failed: list[str], *, engine: ExtractionEngine = in_this_process,
                    batch_size: int = BATCH_ARTICLES) -> int:
    """Re-extract every stored article: read ``batch_size`` at a time (memory stays flat),
    extracted by ``engine`` outside the write transactions, each batch's records written in
    transactions of BATCH_ARTICLES (a batch's writes take milliseconds). An article that
    makes the extractor fail keeps its previous records and is reported."""
    count = 0

    def batches() -> Iterator[list[ArticleToExtract]]:
        nonlocal count
        for rows in store.article_batches(size=batch_size):
            count += len(rows)
            yield [ArticleToExtract.from_row(row) for row in rows]

    for results in engine(batches()):
        for chunk in _batches(results):
            with store.batch():
                for result in chunk:
                    if result.records is None:
                        failed.append(f"article {result.article_id}: extraction failed ({result.failure}); "
                                      "kept its previous records")
                    elif store.stored_article_exists(result.article_id):  # not undone meanwhile
                        store.sync_extraction(result.article_id, result.records)
    return count


class EngineError(Exception):
    """The extraction engine cannot run (a scheduler that does not answer, a worker with
    other code); the message is one line."""


@dataclass
class BuildResult:
    articles: int
    exported: int
    failed: list[str] = field(default_factory=list)   # files that could not be read, articles the extractor failed on
    notes: list[str] = field(default_factory=list)    # warnings: a legacy encoding, a duplicate text, a damaged file
    lost: list[str] = field(default_factory=list)     # work of people only in a damaged file set aside


def build(seeds: Path, data: Path, *, engine: ExtractionEngine = in_this_process,
          batch_size: int = BATCH_ARTICLES) -> BuildResult:
    """Load the seeds into the store, re-extract every stored article with ``engine``
    (``batch_size`` articles per unit of work), export.

    Committed in batches of BATCH_ARTICLES: readers never wait (WAL), writers at most one
    batch, and a killed build keeps the batches it committed (the next build redoes the
    rest: re-extraction is idempotent). Human review wins over re-extraction (see
    Store.sync_extraction).
    """
    metadata = load_metadata(seeds)
    result = BuildResult(0, 0)
    with open_store_for_build(data, result.notes, result.lost) as store:
        _load_seeds(store, seeds, metadata, result.failed, result.notes)
        result.articles = _extract_stored(store, result.failed, engine=engine, batch_size=batch_size)
        store.export()
        result.exported = store.conn.execute("SELECT COUNT(*) FROM incidents WHERE status != 'rejected'").fetchone()[0]
    backup_database(data)  # the last good state, for when the file gets damaged
    return result


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
    # callers that make their own Namespace (tests, scripts) may leave the engine options out
    engine, scheduler, workers = (getattr(args, "engine", "local"), getattr(args, "scheduler", None),
                                  getattr(args, "workers", None))
    if not seeds.is_dir():
        print(f"error: {display_name(str(seeds))} is not a folder of articles", file=sys.stderr)
        return 2
    if engine != "dask" and (scheduler or workers):
        print("error: --scheduler and --workers go with --engine dask", file=sys.stderr)
        return 2
    if workers is not None and workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        files = article_files(seeds)
        manifest = {"code": code_version(), "inputs": input_hashes(seeds, files)}
    except OSError as exc:
        print(f"error: cannot read {display_name(str(seeds))}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    manifest_path = data / MANIFEST
    try:
        if args.if_stale and _up_to_date(data, manifest):
            remove_stale_temporaries(data)
            with Store(data) as store:
                repaired = store.export()  # a deleted or damaged export is rewritten from the database
            if repaired:  # deleted, damaged or edited by hand: the store is the truth
                print(f"build: {' and '.join(repaired)} did not match the store (missing, damaged or "
                      "edited); rewrote the exports from it", file=sys.stderr)
            print(f"build: up to date ({len(files)} articles unchanged), nothing to do"
                  + ("; rewrote the exports" if repaired else ""))
            return 0
        if engine == "dask":
            from app.distributed import DaskOptions, dask_engine  # never imported by the plain build
            with dask_engine(DaskOptions(scheduler=scheduler, workers=workers)) as dask:
                result = build(seeds, data, engine=dask.run, batch_size=dask.partition_size)
        else:
            result = build(seeds, data)
        if not result.failed:  # with failures, the next --if-stale builds (and reports them) again
            atomic_write_text(manifest_path, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    except (ArticleError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except EngineError as exc:  # the cluster: unreachable, other code on a worker
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.DatabaseError) as exc:  # a full disk, a read-only folder: one line
        print(f"error: {store_error(db_path(data), exc)}", file=sys.stderr)
        return 2
    for message in result.failed:
        print(f"error: {message}", file=sys.stderr)
    for message in result.notes:
        print(f"warning: {message}", file=sys.stderr)
    for message in result.lost:
        print(f"warning: {message}", file=sys.stderr)
    print(f"build: {result.articles} articles, {result.exported} incidents, {len(result.failed)} failed -> "
          f"{display_name(str(data))}")
    return 1 if result.failed or result.lost else 0
