"""``python -m app extract [--date YYYY-MM-DD] [--lang nl|es|en] FILE...``: JSON Lines on stdout.

A file that cannot be read gets a one-line message on stderr; the others are still
processed, and the exit status is 1 when any file failed.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import warnings
from pathlib import Path

from app.articles import ArticleError, load_metadata, read_article
from app.extract.incidents import extract_incidents


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--date", type=_iso_date, help="publication date, overrides the article's")
    parser.add_argument("--lang", choices=("nl", "es", "en"), help="language, overrides detection")


def _metadata_for(path: Path, cache: dict[Path, dict]) -> dict | None:
    """seeds-style metadata.json next to the file, keyed by file stem."""
    folder = path.parent
    if folder not in cache:
        try:
            cache[folder] = load_metadata(folder)
        except ArticleError:
            cache[folder] = {}
    return cache[folder].get(path.stem)


def run(args: argparse.Namespace) -> int:
    from app.geo.geocoder import get_geocoder
    geocoder = get_geocoder()
    failed = 0
    meta_cache: dict[Path, dict] = {}
    out = sys.stdout
    for name in args.files:
        path = Path(name)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                article = read_article(path, metadata=_metadata_for(path, meta_cache))
            for warning in caught:
                print(f"warning: {warning.message}", file=sys.stderr)
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        overrides = {k: v for k, v in (("date", args.date), ("language", args.lang)) if v}
        if overrides:
            article = dataclasses.replace(article, **overrides)
        for record in extract_incidents(article, geocoder=geocoder):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0
