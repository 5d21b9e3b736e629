"""``python -m app agree SECOND.json [--first FILE]``: how far two annotators of the same articles agree.

The extractor is scored against one annotator's gold; what a second careful annotator would
score against the same gold is the ceiling that figure should be read against. Each gold item
of the second annotation stands in for a record and is scored by the extractor's own rules
(``app.evaluate``): recall is the share of the first annotator's required items that some
required item of the second matches, precision the share of the second's required items that
match a required or optional item of the first, fatalities the first's counts that the second
reaches. An item matches another when they share an event type and the state, their places
share a name (an item without places matches any place of its state; the other way round only
when the first says ``state_level_only``) and their dates agree (a day within one day, a month
or a year by prefix, either way round). Traps are not counted: an item's places are names as
written, which the other annotator may forbid because the gazetteer's place of that name lies
elsewhere, so only a resolved record can hit a trap. Both directions are printed: which annotator is "gold"
is a choice, and the two figures bound the agreement.

The first annotation of each article is looked up in the project's gold sets (``tests/gold``)
unless ``--first`` names a file; the extractor's own figures on the same articles, against each
annotator, are printed beside the agreement (``--no-extractor`` leaves them out).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app.evaluate import GOLD_SETS, Totals, _date_agrees, _fold, _fold_state, score_article


def items_match(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether gold item ``second`` (another annotator's) matches gold item ``first``."""
    if not set(first.get("types") or ()) & set(second.get("types") or ()):
        return False
    if _fold_state(first.get("admin1")) != _fold_state(second.get("admin1")):
        return False
    places_first = {_fold(p) for p in first.get("places") or ()}
    places_second = {_fold(p) for p in second.get("places") or ()}
    if places_first and places_second and not places_first & places_second:
        return False
    if places_first and not places_second and not first.get("state_level_only"):
        return False  # a state-wide item says less than a town's
    a, b = first.get("date"), second.get("date")
    return not a or not b or _date_agrees(a, b) or _date_agrees(b, a)


def agreement(first: dict[str, Any], second: dict[str, Any]) -> Totals:
    """``second``'s required items scored as records against ``first`` as gold, over the
    articles both annotated (gold.json shape: article id -> entry)."""
    total = Totals()
    for article, entry in second.items():
        if article.startswith("_") or article not in first:
            continue
        gold, made = first[article], entry.get("required", [])
        required = gold.get("required", [])
        acceptable = required + gold.get("optional", [])
        total.required += len(required)
        total.found += sum(any(items_match(item, other) for other in made) for item in required)
        total.records += len(made)
        total.correct += sum(any(items_match(item, other) for item in acceptable) for other in made)
        for item in required:
            if item.get("fatalities_min") is None:
                continue
            total.deaths_stated += 1
            counts = [other.get("fatalities_min") or 0 for other in made + entry.get("optional", [])
                      if items_match(item, other)]
            total.deaths_right += max(counts, default=0) >= item["fatalities_min"]
    return total


def first_annotations(articles: list[str]) -> tuple[dict[str, Any], dict[str, Path]]:
    """Each article's entry in the gold sets that hold it, and its folder."""
    found: dict[str, Any] = {}
    folders: dict[str, Path] = {}
    for folder in GOLD_SETS.values():
        gold_file = folder / "gold.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for article in articles:
            if article in gold and article not in found:
                found[article], folders[article] = gold[article], folder
    return found, folders


def _extractor_totals(first: dict[str, Any], second: dict[str, Any], folders: dict[str, Path]) -> tuple[Totals, Totals]:
    from app.articles import read_article
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder
    geocoder = get_geocoder()
    against_first, against_second = Totals(), Totals()
    for article_id, entry in second.items():
        if article_id.startswith("_") or article_id not in first or article_id not in folders:
            continue
        article = read_article(folders[article_id] / f"{article_id}.txt")
        try:
            if first[article_id].get("date"):
                article = dataclasses.replace(article, date=dt.date.fromisoformat(str(first[article_id]["date"])))
        except ValueError:  # a date the gold mistyped: the article's own, as the reader found it
            pass
        records = extract_incidents(article, geocoder=geocoder, reference_date=dt.date(2000, 1, 1))
        against_first.add(score_article(article_id, article.language, first[article_id], records))
        against_second.add(score_article(article_id, article.language, entry, records))
    return against_first, against_second


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("second", metavar="SECOND", help="the second annotator's gold (gold.json shape)")
    parser.add_argument("--first", metavar="FILE", help="the first annotator's gold (default: the project's gold sets)")
    parser.add_argument("--articles", metavar="DIR", help="the article files, when --first is not a project gold set")
    parser.add_argument("--no-extractor", action="store_true", help="print the agreement only")


def _load(path: str) -> dict[str, Any] | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return None
    if not isinstance(data, dict):
        print(f"error: {path} is no gold file (a JSON object of article id -> entry)", file=sys.stderr)
        return None
    for article, entry in data.items():
        if article.startswith("_"):
            continue
        lists = [entry.get(key, []) for key in ("required", "optional")] if isinstance(entry, dict) else None
        if lists is None or not all(isinstance(items, list) and all(
                isinstance(item, dict) and isinstance(item.get("types"), list) for item in items) for items in lists):
            print(f"error: {path}: the entry of {article!r} is no gold entry (required and optional: lists of items "
                  f"with a list of types)", file=sys.stderr)
            return None
    return data


def run(args: argparse.Namespace) -> int:
    second = _load(args.second)
    if second is None:
        return 2
    articles = [k for k in second if not k.startswith("_")]
    if args.first:
        first = _load(args.first)
        if first is None:
            return 2
        folder = Path(args.articles or Path(args.first).parent)
        folders = {a: folder for a in articles if (folder / f"{a}.txt").is_file()}
    else:
        first, folders = first_annotations(articles)
    shared = [a for a in articles if a in first]
    if not shared:
        print("error: no article of the second annotation is in the first", file=sys.stderr)
        return 1
    print(f"articles annotated by both: {len(shared)} of {len(articles)}")
    print(agreement(first, second).line("second annotator, scored against the first"))
    print(agreement(second, first).line("first annotator, scored against the second"))
    if not args.no_extractor:
        against_first, against_second = _extractor_totals(first, second, folders)
        print(f"extractor run on the {sum(1 for a in shared if a in folders)} of them whose article files were found")
        print(against_first.line("extractor, scored against the first"))
        print(against_second.line("extractor, scored against the second"))
    return 0
