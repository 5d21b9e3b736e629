"""New articles in: an upload, pasted text or a file becomes an Article with a stable id,
and its incident records come from the extractor with the offline geocoder.

The dashboard's "Add article" page and ``python -m app add`` both go through here, then
save through ``app.store``; ``build`` reads the seeds with ``app.articles`` directly
(their ids are their file names).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.articles import (HTML_SUFFIXES, Article, display_name, noting_warnings, parse_article_text,
                          read_article_bytes, read_capped_bytes)
from app.store import text_fingerprint


def added_article_id(text: str) -> str:
    """``added_<first 16 hex of the text fingerprint>``: the same text always gets the same id."""
    return f"added_{text_fingerprint(text)[:16]}"


def article_from_upload(raw: bytes | str, *, filename: str = "", metadata: dict[str, Any] | None = None
                        ) -> tuple[Article, list[str]]:
    """An Article from pasted text (str) or an uploaded .txt/.md/.html file (bytes), with
    the reader's warnings as one-line messages; raises ArticleError with a one-line message.

    Uploads get exactly the checks files in seeds/ get (size limit, encodings, binary
    data, HTML to text).
    """
    name = Path(filename).name or "pasted text"
    if isinstance(raw, bytes):
        article, notes = noting_warnings(read_article_bytes, raw, name=name, article_id="added",
                                         html=Path(name).suffix.lower() in HTML_SUFFIXES, metadata=metadata)
    else:
        article, notes = noting_warnings(parse_article_text, raw, article_id="added", metadata=metadata, path=name)
    return replace(article, id=added_article_id(article.text), path=name,
                   title=article.title or headline(article.text)), notes


def headline(text: str) -> str:
    """A pasted or plain-text article usually starts with its headline: the title when
    none is given (the Add page and `python -m app add` alike); "" when the first line is
    too long to be one."""
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= 200 else ""


def article_from_file(path: Path, *, metadata: dict[str, Any] | None = None) -> tuple[Article, list[str]]:
    """An article file to add (``python -m app add``): capped read, then as an upload."""
    raw = read_capped_bytes(path, display_name(str(path)))
    return article_from_upload(raw, filename=path.name, metadata=metadata)


def extract_records(article: Article, *, added_on: dt.date | None = None) -> list[dict[str, Any]]:
    """The extractor's incident records for ``article`` (offline geocoder). An undated
    article's relative dates anchor on ``added_on``, the day it enters the store (today
    unless given), as they will on every rebuild."""
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder
    return extract_incidents(article, geocoder=get_geocoder(), reference_date=added_on or dt.date.today())
