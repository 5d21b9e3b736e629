"""``python -m app add FILE... [--data DIR] [--title T] [--source S] [--url U] [--date D] [--lang L]``.

Adds articles to the store from the command line, as the dashboard's "Add article" page
does: the same text (content hash) is never added twice, the incidents are extracted
at once, and the exports (data/incidents.csv, .geojson) are rewritten. A file that
cannot be read gets a one-line message; the others are still added (exit status 1).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from app.articles import ArticleError
from app.build import ROOT


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md, .html)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the store's folder (default: data/)")
    parser.add_argument("--title", default="", help="title (else front matter or none)")
    parser.add_argument("--source", default="", help="publication, e.g. 'El Informador'")
    parser.add_argument("--url", default="", help="the article's address (http or https)")
    parser.add_argument("--date", default="", help="publication date YYYY-MM-DD (else detected)")
    parser.add_argument("--lang", choices=("nl", "es", "en"), help="language (else detected)")


def run(args: argparse.Namespace) -> int:
    from app import ingest, store
    metadata = {"title": args.title, "source": args.source, "url": args.url, "date": args.date,
                "language": args.lang or ""}

    def add_file(db: Any, name: str) -> tuple[Any, list[str]]:
        article, notes = ingest.article_from_file(Path(name), metadata=metadata)
        return db.add_article(article, ingest.extract_records(article), actor="cli", origin="cli"), notes

    return add_each(args.data, args.files, add_file, (ArticleError, store.StoreBusyError))


def add_each(data: Path, items: Iterable[str], add_one: Callable[[Any, str], tuple[Any, list[str]]],
             item_errors: tuple[type[Exception], ...]) -> int:
    """Add each item (a file, a URL) to the store in ``data`` with ``add_one(store, item)`` ->
    (result, warnings): one line per item, an error costs that item only (exit status 1),
    then the exports are rewritten once; a store that cannot be opened is exit status 2."""
    from app import store
    from app.articles import display_name
    failed = 0
    try:
        with store.open_store(data, create=True) as db:
            store.remove_stale_temporaries(Path(data))
            for item in items:
                shown = display_name(item)  # a newline in a name must not forge an output line
                try:
                    result, notes = add_one(db, item)
                except item_errors as exc:  # this item only: go on with the others
                    print(f"error: {exc}", file=sys.stderr)
                    failed += 1
                    continue
                for note in notes:
                    print(f"warning: {note}", file=sys.stderr)
                print(f"{shown}: {result.message}")
            db.export()
    except store.StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0
