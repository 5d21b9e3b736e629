"""``python -m app import ARCHIVE... [--data DIR]``: bulk import of an outlet's archive.

An archive is a JSON Lines file (one object per line) or a Parquet file, each row an
article: a ``text`` column plus the metadata columns ``title``, ``date``, ``source``,
``url`` and ``language`` (all optional; other columns are ignored). Rows are read one
at a time (JSON Lines) or a small batch at a time (Parquet row batches), so memory stays
flat however long the archive is.

Each row goes the way ``add`` takes a file (app.ingest: the reader's checks, the same
one-line messages, the same id for the same text; app.store: the same text never twice),
its incidents are extracted, and the exports are rewritten once at the end. A row that
cannot be read costs that row only (exit status 1). Progress goes to stderr with a rate
and an ETA.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator

from app.articles import MAX_BYTES, ArticleError, display_name
from app.build import ROOT

ARCHIVE_SUFFIXES = (".jsonl", ".ndjson", ".parquet")
METADATA_COLUMNS = ("title", "date", "source", "url", "language")
# A JSON line holds the text (at most MAX_BYTES once decoded) escaped, plus metadata: a
# line beyond this is refused without being held in memory.
MAX_LINE_BYTES = 2 * MAX_BYTES + 64 * 1024
# Rows per write transaction (extraction runs outside it), as in build: short writes, so
# the dashboard's saves never wait long, and a killed import keeps what it committed.
BATCH_ROWS = 50
PARQUET_BATCH_ROWS = 256


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("archives", nargs="+", metavar="ARCHIVE", type=Path,
                        help="JSON Lines (.jsonl, .ndjson) or Parquet (.parquet) files of articles")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the store's folder (default: data/)")


@dataclass(frozen=True)
class ArchiveRow:
    """One row of an archive: where it is (``name``, for messages: ``archive.jsonl:12``), its
    text and metadata, or why it could not be read (``problem``)."""

    name: str
    text: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    problem: str = ""
    position: float = 0.0  # how far into its archive, 0..1, after this row (for the ETA)


def _row_from_mapping(name: str, values: Any, position: float) -> ArchiveRow:
    """An ArchiveRow from a decoded row; a missing or non-text ``text`` is a problem, a
    metadata value that is not a scalar is left out (the reader then detects it)."""
    if not isinstance(values, dict):
        return ArchiveRow(name, problem=f"{name}: not an object with a \"text\" field", position=position)
    text = values.get("text")
    if not isinstance(text, str):
        what = "has no \"text\" field" if text is None else "has a \"text\" field that is not text"
        return ArchiveRow(name, problem=f"{name}: {what}", position=position)
    metadata = {key: str(values[key]) for key in METADATA_COLUMNS
                if isinstance(values.get(key), (str, int, float)) or hasattr(values.get(key), "isoformat")}
    return ArchiveRow(name, text, metadata, position=position)


def jsonl_rows(path: Path) -> Iterator[ArchiveRow]:
    """The rows of a JSON Lines archive, one line in memory at a time (at most
    MAX_LINE_BYTES of it: a longer line is skipped unread and reported). Blank lines are
    skipped."""
    shown = display_name(path.name)  # rows are named as `add` names an upload: by file name
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as handle:
        number = 0
        while True:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            number += 1
            name = f"{shown}:{number}"
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                _skip_rest_of_line(handle)
                yield ArchiveRow(name, problem=f"{name}: over the {MAX_BYTES // (1024 * 1024)} MB limit "
                                              "for an article; not read", position=handle.tell() / size)
                continue
            if not line.strip():
                continue
            try:
                values = json.loads(line)
            except (ValueError, RecursionError) as exc:
                reason = " ".join(str(exc).split())[:120] if isinstance(exc, ValueError) else "nested too deeply"
                yield ArchiveRow(name, problem=f"{name}: not valid JSON ({reason})", position=handle.tell() / size)
                continue
            yield _row_from_mapping(name, values, handle.tell() / size)


def _skip_rest_of_line(handle: IO[bytes]) -> None:
    while True:
        chunk = handle.readline(1024 * 1024)
        if not chunk or chunk.endswith(b"\n"):
            return


def parquet_rows(path: Path) -> Iterator[ArchiveRow]:
    """The rows of a Parquet archive, PARQUET_BATCH_ROWS at a time (only the columns read)."""
    import pyarrow.parquet as pq

    shown = display_name(path.name)
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise ArticleError(f"{shown}: not a readable Parquet file ({' '.join(str(exc).split())[:160]})") from exc
    names = set(parquet.schema_arrow.names)
    if "text" not in names:
        raise ArticleError(f"{shown}: has no \"text\" column (columns: {', '.join(sorted(names))[:160]})")
    columns = ["text", *(c for c in METADATA_COLUMNS if c in names)]
    total = max(parquet.metadata.num_rows, 1)
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
        for values in batch.to_pylist():
            number += 1
            yield _row_from_mapping(f"{shown}:{number}", values, number / total)


def archive_rows(path: Path) -> Iterator[ArchiveRow]:
    """The rows of one archive, by its suffix; ArticleError when it cannot be read at all."""
    shown = display_name(str(path))
    suffix = path.suffix.lower()
    if suffix not in ARCHIVE_SUFFIXES:
        raise ArticleError(f"{shown}: not an archive ({', '.join(ARCHIVE_SUFFIXES)})")
    if not path.is_file():
        raise ArticleError(f"{shown}: no such file" if not path.exists() else f"{shown}: not a regular file")
    return parquet_rows(path) if suffix == ".parquet" else jsonl_rows(path)


# ---------------------------------------------------------------- progress


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


class Progress:
    """A progress bar on stderr with the rate and an ETA: redrawn in place on a terminal,
    one line every ``every_s`` seconds otherwise (a log file must not get a line per row)."""

    def __init__(self, *, out: IO[str], total_bytes: int, every_s: float | None = None) -> None:
        self.out, self.total = out, max(total_bytes, 1)
        self.tty = bool(getattr(out, "isatty", lambda: False)())
        self.every_s = every_s if every_s is not None else (0.25 if self.tty else 30.0)
        self.started = self.last = time.monotonic()
        self.rows = 0
        self.done_bytes = 0.0

    def update(self, *, rows: int, done_bytes: float, force: bool = False) -> None:
        self.rows, self.done_bytes = rows, done_bytes
        now = time.monotonic()
        if force or now - self.last >= self.every_s:
            self.last = now
            self.out.write(("\r" if self.tty else "") + self.line(now) + ("" if self.tty else "\n"))
            self.out.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        fraction = min(self.done_bytes / self.total, 1.0)
        bar = "#" * int(fraction * 30)
        eta = _duration(elapsed * (1 - fraction) / fraction) if fraction > 0 else "?"
        return (f"import: [{bar:<30}] {fraction:4.0%} {self.rows:,} rows, {self.rows / elapsed:,.0f} rows/s, "
                f"ETA {eta}")

    def finish(self) -> None:
        self.update(rows=self.rows, done_bytes=self.total, force=True)
        if self.tty:
            self.out.write("\n")


# ---------------------------------------------------------------- importing


@dataclass
class ImportResult:
    rows: int = 0
    added: int = 0
    already: int = 0      # the same text already stored (or earlier in the archive)
    failed: int = 0
    incidents: int = 0


@dataclass(frozen=True)
class _Prepared:
    row: ArchiveRow
    article: Any
    records: list[dict[str, Any]]
    stored: bool  # its text is already in the store: nothing to extract


def _prepare(db: Any, row: ArchiveRow) -> tuple[_Prepared, list[str]]:
    """Read the row as ``add`` reads a pasted text, and extract unless its text is stored."""
    from app import ingest
    from app.store import text_fingerprint
    article, notes = ingest.article_from_upload(row.text, filename=row.name, metadata=row.metadata)
    stored = db.article_by_hash(text_fingerprint(article.text)) is not None
    return _Prepared(row, article, [] if stored else ingest.extract_records(article), stored), notes


def import_archives(data: Path, archives: list[Path], *, err: IO[str] = sys.stderr,
                    progress_every_s: float | None = None) -> ImportResult:
    """Import every row of ``archives`` into the store in ``data``; messages go to ``err``.
    A store that cannot be used raises StoreError (nothing of the current batch written)."""
    from app import store
    result = ImportResult()

    def problem(message: str) -> None:
        result.failed += 1
        print(f"error: {message}", file=err)

    sizes = {path: (path.stat().st_size if path.is_file() else 0) for path in archives}
    meter = Progress(out=err, total_bytes=sum(sizes.values()), every_s=progress_every_s)
    done_before = 0.0
    with store.open_store(data, create=True) as db:
        store.remove_stale_temporaries(Path(data))
        for path in archives:
            try:
                rows = archive_rows(path)
                pending: list[_Prepared] = []
                for row in rows:
                    result.rows += 1
                    if row.problem:
                        problem(row.problem)
                    else:
                        try:
                            prepared, notes = _prepare(db, row)
                        except ArticleError as exc:
                            problem(str(exc))
                        else:
                            for note in notes:
                                print(f"warning: {note}", file=err)
                            pending.append(prepared)
                    if len(pending) >= BATCH_ROWS:
                        _save(db, pending, result, problem)
                        pending = []
                    meter.update(rows=result.rows, done_bytes=done_before + row.position * sizes[path])
                _save(db, pending, result, problem)
            except ArticleError as exc:  # the archive as a whole: not there, not Parquet, no text column
                problem(str(exc))
            except OSError as exc:
                problem(f"{display_name(str(path))}: cannot read ({' '.join(str(exc.strerror or exc).split())})")
            done_before += sizes[path]
        meter.finish()
        db.export()
    return result


def _save(db: Any, pending: list[_Prepared], result: ImportResult, problem: Any) -> None:
    """One transaction for a batch of prepared rows: the same checks as ``add`` (the same
    text never twice, even twice within the batch)."""
    from app.store import StoreError
    if not pending:
        return
    with db.batch():
        for item in pending:
            try:
                outcome = db.add_article(item.article, item.records, actor="cli", origin="import")
            except StoreError as exc:  # raised before this row wrote anything: the others go on
                problem(f"{item.row.name}: {exc}")
                continue
            if outcome.added:
                result.added += 1
                result.incidents += outcome.incidents
            else:
                result.already += 1


def run(args: argparse.Namespace) -> int:
    from app.store import StoreError
    started = time.monotonic()
    try:
        result = import_archives(args.data, list(args.archives))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = max(time.monotonic() - started, 1e-9)
    print(f"import: {result.rows:,} rows: {result.added:,} articles added with {result.incidents:,} incidents, "
          f"{result.already:,} already stored, {result.failed:,} failed ({result.rows / elapsed:,.0f} rows/s) -> "
          f"{display_name(str(args.data))}")
    return 1 if result.failed else 0
