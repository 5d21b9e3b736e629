"""``python -m app extract [--date YYYY-MM-DD] [--lang nl|es|en] FILE...``: JSON Lines on stdout.

A file that cannot be read (or, should it ever happen, makes the extractor fail) gets a
one-line message on stderr naming it; the others are still processed, and the exit
status is 1 when any file failed. What was read but guessed at (a legacy encoding, a
front-matter date that is not a date) gets a one-line warning and does not fail the run.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from app.articles import (MAX_DATE, MIN_DATE, Article, ArticleError, display_name, failure_reason, load_metadata,
                          read_article_noting_warnings)
from app.extract.incidents import extract_incidents


def _iso_date(value: str) -> dt.date:
    try:
        date = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from exc
    if not MIN_DATE <= date <= MAX_DATE:
        raise argparse.ArgumentTypeError(f"{value!r} is outside {MIN_DATE.year}-{MAX_DATE.year}")
    return date


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--date", type=_iso_date, help="publication date, overrides the article's")
    parser.add_argument("--lang", choices=("nl", "es", "en"), help="language, overrides detection")


def _metadata_for(path: Path, cache: dict[Path, dict]) -> dict | None:
    """seeds-style metadata.json next to the file, keyed by file stem; a broken one is
    reported once and ignored."""
    folder = path.parent
    if folder not in cache:
        try:
            cache[folder] = load_metadata(folder)
        except ArticleError as exc:
            print(f"warning: {exc}; ignored", file=sys.stderr)
            cache[folder] = {}
    return cache[folder].get(path.stem)


def _read(path: Path, meta_cache: dict[Path, dict]) -> Article:
    """The article, with its warnings printed as one line each."""
    article, notes = read_article_noting_warnings(path, metadata=_metadata_for(path, meta_cache))
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    return article


def _process(path: Path, args: argparse.Namespace, geocoder: Any, meta_cache: dict[Path, dict],
             out: TextIO) -> bool:
    """Write the records of one file; False (after a one-line message) when it failed."""
    try:
        article = _read(path, meta_cache)
        overrides = {k: v for k, v in (("date", args.date), ("language", args.lang)) if v}
        if overrides:
            article = dataclasses.replace(article, **overrides)
        reference = None
        if article.date is None:  # relative dates need a day to anchor on: the file's, said aloud
            reference = dt.date.fromtimestamp(path.stat().st_mtime)
            print(f"warning: {display_name(str(path))}: no publication date; relative dates anchored on the "
                  f"file's date {reference.isoformat()} (give --date)", file=sys.stderr)
        records = extract_incidents(article, geocoder=geocoder, reference_date=reference)
        lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in records]
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False
    except Exception as exc:  # noqa: BLE001 - a bug must not cost the other files their records
        print(f"error: {display_name(str(path))}: extraction failed ({failure_reason(exc)})", file=sys.stderr)
        return False
    out.writelines(lines)  # all of a file's records or none
    return True


def run(args: argparse.Namespace) -> int:
    from app.geo.geocoder import get_geocoder
    geocoder = get_geocoder()
    failed = 0
    meta_cache: dict[Path, dict] = {}
    try:
        for name in args.files:
            failed += not _process(Path(name), args, geocoder, meta_cache, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # "... | head": the reader has gone; not an error of ours
        # Point stdout at /dev/null so the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 1 if failed else 0
