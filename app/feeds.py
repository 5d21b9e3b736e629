"""RSS and Atom feeds: ``python -m app feeds add URL | list | remove URL | update [--data DIR]``.

The feeds followed are kept in the store. ``update`` asks each feed for what is new with a
conditional request (ETag, Last-Modified: an unchanged feed answers 304 and costs
nothing), fetches each entry not seen before and adds it as ``fetch`` does (app.pages).
An entry is remembered once read, or once refused for a reason that will not change
(robots.txt, not a web page, too large); one that failed for a passing reason (a timeout,
a 503) is tried again next time. A feed that fails is reported in one line and the others
are updated; the store keeps, per feed, when it was last updated, what happened and how
many articles it brought.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from app.articles import ArticleError, checked_url, display_name
from app.fetch import FEED_TYPES, Fetched, Fetcher, FetchError


class FeedError(Exception):
    """A feed that cannot be read; the message is one line naming it."""


@dataclass(frozen=True)
class FeedEntry:
    key: str    # the entry's id (guid), else its link: what "seen before" is decided on
    url: str
    title: str = ""


@dataclass(frozen=True)
class FeedDocument:
    title: str
    entries: list[FeedEntry]


def parse_feed(fetched: Fetched) -> FeedDocument:
    """The entries of an RSS or Atom document we fetched (feedparser reads bytes here: it
    never goes to the network itself). Entries without an http(s) link are skipped."""
    import feedparser
    parsed = feedparser.parse(fetched.body, response_headers={"content-location": fetched.final_url})
    if not parsed.get("version") and not parsed.entries:
        reason = " ".join(str(parsed.get("bozo_exception") or "no RSS or Atom elements").split())[:120]
        raise FeedError(f"{display_name(fetched.url)}: not an RSS or Atom feed ({reason})")
    entries = []
    for item in parsed.entries:
        link = checked_url(str(item.get("link") or ""))
        if link:
            key = str(item.get("id") or link)
            entries.append(FeedEntry(key, link, " ".join(str(item.get("title") or "").split())))
    return FeedDocument(" ".join(str(parsed.feed.get("title") or "").split()), entries)


@dataclass
class FeedReport:
    url: str
    status: str                    # "not modified", "N new entries, M articles added", or the error
    added: int = 0
    failed: list[str] = field(default_factory=list)  # one line per entry or feed that failed


def update_feed(db: object, fetcher: Fetcher, url: str, etag: str, last_modified: str) -> FeedReport:
    """Fetch one feed conditionally and add its new entries; the store records the outcome."""
    from app import pages
    try:
        fetched = fetcher.get(url, accept=FEED_TYPES, etag=etag, last_modified=last_modified)
        if fetched.not_modified:
            db.record_feed_check(url, status="not modified")  # type: ignore[attr-defined]
            return FeedReport(url, "not modified")
        document = parse_feed(fetched)
    except (FetchError, FeedError) as exc:
        db.record_feed_check(url, status=f"failed: {exc}")  # type: ignore[attr-defined]
        return FeedReport(url, f"failed: {exc}", failed=[str(exc)])
    report = FeedReport(url, "")
    new = [e for e in document.entries if not db.entry_seen(url, e.key)]  # type: ignore[attr-defined]
    for entry in new:
        try:
            result, _ = pages.add_page(db, fetcher, entry.url, actor="feeds", origin="feed", extra={"feed": url})
        except FetchError as exc:
            report.failed.append(str(exc))
            if not exc.transient:  # it will not get better: do not ask again
                db.mark_entry_seen(url, entry.key, entry.url, None)  # type: ignore[attr-defined]
            continue
        except ArticleError as exc:
            report.failed.append(str(exc))
            db.mark_entry_seen(url, entry.key, entry.url, None)  # type: ignore[attr-defined]
            continue
        report.added += int(result.added)
        db.mark_entry_seen(url, entry.key, entry.url, result.article_id)  # type: ignore[attr-defined]
    report.status = f"{len(new)} new entries, {report.added} articles added" + (
        f", {len(report.failed)} failed" if report.failed else "")
    db.record_feed_check(url, status=report.status, title=document.title,  # type: ignore[attr-defined]
                         etag=fetched.etag, last_modified=fetched.last_modified, articles_added=report.added)
    return report


def update_all(db: object, fetcher: Fetcher) -> list[FeedReport]:
    return [update_feed(db, fetcher, f.url, f.etag, f.last_modified) for f in db.feeds()]  # type: ignore[attr-defined]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.build import ROOT
    sub = parser.add_subparsers(dest="action", required=True, metavar="add|list|remove|update")
    for name, help_text in (("add", "follow a feed (nothing is fetched until update)"),
                            ("list", "the feeds followed, when each was last updated and what it brought"),
                            ("remove", "stop following a feed (its articles stay)"),
                            ("update", "fetch what is new in every feed and add it to the store")):
        action = sub.add_parser(name, help=help_text, description=help_text)
        if name in ("add", "remove"):
            action.add_argument("url", metavar="URL", help="the feed's address (RSS 2.0 or Atom)")
        action.add_argument("--data", type=Path, default=ROOT / "data", help="the store's folder (default: data/)")


def run(args: argparse.Namespace) -> int:
    from app import store
    try:
        with store.open_store(args.data, create=True) as db:
            if args.action == "add":
                url = checked_url(args.url)
                if not url:
                    print(f"error: {display_name(args.url[:200])}: not an http(s) address", file=sys.stderr)
                    return 2
                print(f"{display_name(url)}: " + ("following it; `feeds update` fetches it" if db.add_feed(url)
                                                  else "already followed"))
            elif args.action == "remove":
                if not db.remove_feed(args.url.strip()):
                    print(f"error: {display_name(args.url[:200])}: not a feed followed here", file=sys.stderr)
                    return 1
                print(f"{display_name(args.url.strip())}: no longer followed (its articles stay)")
            elif args.action == "list":
                for feed in db.feeds():
                    print(f"{display_name(feed.url)}\t{display_name(feed.title) or '-'}\t"
                          f"last update {feed.last_checked or 'never'}\t{feed.articles_added} articles\t"
                          f"{display_name(feed.last_status) or '-'}")
            else:
                return _update(db)
    except store.StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _update(db: object) -> int:
    reports = update_all(db, Fetcher())
    for report in reports:
        for line in report.failed:
            print(f"error: {line}", file=sys.stderr)
        print(f"{display_name(report.url)}: {display_name(report.status)}")
    if any(r.added for r in reports):
        db.export()  # type: ignore[attr-defined]
    return 1 if any(r.failed for r in reports) else 0
