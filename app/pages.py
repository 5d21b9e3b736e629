"""Web pages into the store: ``python -m app fetch URL... [--data DIR]``, and what the
Add page and ``feeds update`` use to turn a fetched page into an article.

A page is fetched by app.fetch (its rules: timeouts, size cap, types, redirects, robots.txt,
one request per second per host), read by app.articles (HTML through trafilatura: main
text and the page's metadata), stored like ``add`` (the same text never twice, a
near-copy of a stored article only adds its URL as a source) and its incidents extracted.
A URL that fails gets one line on stderr; the others go on (exit status 1).
"""
from __future__ import annotations

import argparse
import urllib.parse
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.articles import Article, ArticleError
from app.fetch import Fetched, Fetcher, FetchError


def page_file_name(fetched: Fetched) -> str:
    """A file name for messages and the reader's choice of HTML or text: the URL's last
    part, with the suffix its content type calls for."""
    stem = Path(urllib.parse.urlsplit(fetched.final_url).path).stem or "page"
    return f"{stem}.html" if fetched.is_html else f"{stem}.txt"


def article_from_page(fetched: Fetched, *, metadata: dict[str, Any] | None = None) -> tuple[Article, list[str]]:
    """The article a fetched page holds, with the reader's warnings; its URL is the address
    it was found at (after redirects) unless ``metadata`` gives one."""
    from app import ingest
    meta = {"url": fetched.final_url, **{k: v for k, v in (metadata or {}).items() if v}}
    article, notes = ingest.article_from_upload(fetched.body, filename=page_file_name(fetched), metadata=meta)
    return replace(article, path=fetched.final_url), notes


def add_page(db: Any, fetcher: Fetcher, url: str, *, actor: str, origin: str,
             extra: dict[str, Any] | None = None) -> tuple[Any, list[str]]:
    """Fetch ``url``, read it and add it to ``db`` (an app.store.Store) with its incidents;
    (AddResult, reader warnings). Raises FetchError or ArticleError (one line each)."""
    from app import ingest
    article, notes = article_from_page(fetcher.get(url))
    result = db.add_article(article, ingest.extract_records(article), actor=actor, origin=origin,
                            extra=extra, near_copies=True)
    return result, notes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.build import ROOT
    parser.add_argument("urls", nargs="+", metavar="URL", help="addresses of news articles (http or https)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the store's folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    from app import store
    from app.add import add_each
    fetcher = Fetcher()

    def add_url(db: Any, url: str) -> tuple[Any, list[str]]:
        return add_page(db, fetcher, url, actor="cli", origin="fetch")

    return add_each(args.data, args.urls, add_url, (FetchError, ArticleError, store.StoreBusyError))
