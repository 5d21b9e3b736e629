"""``python -m app score [SET ...] [--totals] [-v]``: the extractor against hand-made gold.

The matching rules are those of the development corpus's scorer (``../shared/corpus/score.py``)
and of the held-out evaluation, so a figure printed here means the same thing there:

- a record matches a gold item when its ``event_type`` is one of the item's ``types``, its
  ``admin1`` equals the item's (accents, case and state aliases folded; an item with
  ``admin1: null`` matches only a country-level record), its ``location`` or ``admin2`` is
  one of the item's ``places`` (when given), it is state level when the item says
  ``state_level_only``, and its ``event_date`` agrees with the item's ``date`` (a day within
  one day, a month or year by prefix);
- recall: required items matched / required items; precision: records matching a required
  or optional item / records; traps: records placed in a ``forbidden_places`` name;
  fatalities: required items with ``fatalities_min`` whose best matching record reports at
  least that many deaths.

It runs the extractor in this process (one geocoder for every article), which is what the
test suite and ``bench extract`` use; the shared scorer runs ``python -m app extract``.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent


def _gold_sets(folder: Path) -> dict[str, Path]:
    """dev, heldout, heldout2, heldout3 ...: every set folder with a gold.json, in the order they were made
    (tests/gold/README.md); a set merged is scored without a list to edit."""
    order = {"dev": 0, "heldout": 1}
    named = [path for path in folder.glob("*") if (path / "gold.json").is_file()
             and (path.name in order or path.name.startswith("heldout") and path.name[7:].isdigit())]
    return {path.name: path for path in sorted(named, key=lambda path: order[path.name] if path.name in order else int(path.name[7:]))}


GOLD_SETS = _gold_sets(ROOT / "tests" / "gold")

_STATE_ALIASES = {
    "mexico city": "ciudad de mexico", "cdmx": "ciudad de mexico", "distrito federal": "ciudad de mexico",
    "mexico-stad": "ciudad de mexico", "state of mexico": "mexico", "estado de mexico": "mexico",
    "michoacan de ocampo": "michoacan", "coahuila de zaragoza": "coahuila",
    "veracruz de ignacio de la llave": "veracruz", "queretaro de arteaga": "queretaro",
}


def _fold(value: Any) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().lower().strip()
    return _STATE_ALIASES.get(text, " ".join(text.replace("-", " ").split()))


def _fold_state(value: Any) -> str | None:
    text = _fold(value)
    if not text:
        return None
    return _STATE_ALIASES.get(text, _STATE_ALIASES.get(text.replace(" ", "-"), text))


def _date_agrees(gold: str | None, predicted: str | None) -> bool:
    if not gold:
        return True
    if not predicted:
        return False
    if len(gold) == 10:
        try:
            return abs((dt.date.fromisoformat(gold) - dt.date.fromisoformat(str(predicted)[:10])).days) <= 1
        except ValueError:
            return False
    return str(predicted).startswith(gold)


def matches(item: dict[str, Any], record: dict[str, Any]) -> bool:
    """Whether ``record`` (codebook fields) matches gold ``item``."""
    if record.get("event_type") not in item["types"]:
        return False
    if "country" in item:
        return (record.get("country") or "").upper() == item["country"]
    if _fold_state(record.get("admin1")) != _fold_state(item["admin1"]):
        return False
    if item.get("places"):
        names = {_fold(p) for p in item["places"]}
        if _fold(record.get("location")) not in names and _fold(record.get("admin2")) not in names:
            return False
    if item.get("state_level_only") and (record.get("geo_precision") or 0) < 3 \
            and _fold(record.get("location")) != _fold(item["admin1"]):
        return False
    return _date_agrees(item.get("date"), record.get("event_date"))


@dataclass
class Totals:
    """Counts of one article or of many, and the figures made from them."""
    required: int = 0
    found: int = 0
    records: int = 0
    correct: int = 0
    traps: int = 0
    deaths_stated: int = 0
    deaths_right: int = 0

    def add(self, other: "Totals") -> None:
        for name in [f.name for f in fields(Totals)]:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.records if self.records else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label}: recall {self.recall:.2f} precision {self.precision:.2f} f1 {self.f1:.2f} "
                f"traps {self.traps} fatalities {self.deaths_right}/{self.deaths_stated}")


@dataclass
class ArticleScore(Totals):
    """One article's counts, with what was missed, extra or trapped."""
    article: str = ""
    language: str = ""
    missed: list[dict[str, Any]] = field(default_factory=list)
    extra: list[dict[str, Any]] = field(default_factory=list)
    trap_hits: list[dict[str, Any]] = field(default_factory=list)
    short_deaths: list[tuple[dict[str, Any], int]] = field(default_factory=list)


def score_article(article_id: str, language: str, gold: dict[str, Any],
                  records: list[dict[str, Any]]) -> ArticleScore:
    score = ArticleScore(article=article_id, language=language, required=len(gold.get("required", [])),
                         records=len(records))
    forbidden = {_fold(p) for p in gold.get("forbidden_places", [])}
    for item in gold.get("required", []):
        hits = [r for r in records if matches(item, r)]
        if hits:
            score.found += 1
        else:
            score.missed.append(item)
        if item.get("fatalities_min") is not None:
            score.deaths_stated += 1
            best = max((r.get("fatalities") or 0 for r in hits), default=0)
            if best >= item["fatalities_min"]:
                score.deaths_right += 1
            else:
                score.short_deaths.append((item, best))
    items = gold.get("required", []) + gold.get("optional", [])
    for record in records:
        if any(matches(item, record) for item in items):
            score.correct += 1
        else:
            score.extra.append(record)
        if forbidden & {_fold(record.get(k)) for k in ("location", "admin2", "admin1")}:
            score.traps += 1
            score.trap_hits.append(record)
    return score


def gold_articles(folder: Path, gold_file: Path | None = None,
                  only: str | None = None) -> Iterator[tuple[Any, dict[str, Any]]]:
    """(article, gold entry) for every article of ``folder``'s gold (``gold.json`` there unless
    given), dated as the gold says (the scorer passes that date to the extractor too)."""
    from app.articles import read_article
    gold = json.loads((gold_file or folder / "gold.json").read_text(encoding="utf-8"))
    for article_id, entry in gold.items():
        if article_id.startswith("_") or (only and only not in article_id):
            continue
        article = read_article(folder / f"{article_id}.txt")
        if entry.get("date"):
            article = dataclasses.replace(article, date=dt.date.fromisoformat(entry["date"]))
        yield article, entry


def score_folder(folder: Path, gold_file: Path | None = None, *, geocoder: Any = None,
                 only: str | None = None) -> list[ArticleScore]:
    """Extract every article of ``folder``'s gold and score it."""
    from app.extract.incidents import extract_incidents
    if geocoder is None:
        from app.geo.geocoder import get_geocoder
        geocoder = get_geocoder()
    scores = []
    for article, entry in gold_articles(folder, gold_file, only):
        records = extract_incidents(article, geocoder=geocoder, reference_date=dt.date(2000, 1, 1))
        scores.append(score_article(article.id, article.language, entry, records))
    return scores


def totals(scores: Iterable[ArticleScore]) -> Totals:
    total = Totals()
    for score in scores:
        total.add(score)
    return total


def _show(value: dict[str, Any], keys: tuple[str, ...]) -> str:
    return json.dumps({k: value[k] for k in keys if k in value}, ensure_ascii=False)


def report(scores: list[ArticleScore], label: str, verbose: bool, out: Any = None, *,
           per_article: bool = True) -> Totals:
    out = out or sys.stdout  # looked up at each call: a default bound at import would keep a redirected stream
    item_keys = ("types", "admin1", "country", "places", "date", "fatalities_min", "state_level_only")
    record_keys = ("event_type", "location", "admin2", "admin1", "event_date", "fatalities", "evidence")
    for s in scores if per_article else ():
        print(f"{s.article}: recall {s.found}/{s.required} precision {s.correct}/{s.records} traps {s.traps}", file=out)
        if verbose:
            for item in s.missed:
                print(f"   missed: {_show(item, item_keys)}", file=out)
            for record in s.extra:
                print(f"   extra: {_show(record, record_keys)}", file=out)
            for record in s.trap_hits:
                print(f"   TRAP: {_show(record, record_keys)}", file=out)
            for item, best in s.short_deaths:
                print(f"   fatalities: best {best} < {item['fatalities_min']} for {_show(item, item_keys)}", file=out)
    for language in sorted({s.language for s in scores}):
        print(totals(s for s in scores if s.language == language).line(f"{label} [{language}]"), file=out)
    total = totals(scores)
    print(total.line(label), file=out)
    return total


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sets", nargs="*", metavar="SET",
                        help="gold sets: 'dev', 'heldout' (tests/gold/...), or a folder holding gold.json and the "
                             "article files (default: dev and heldout)")
    parser.add_argument("--only", metavar="SUBSTR", help="score only articles whose id contains SUBSTR")
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 unless every set reaches this f1 with no trap")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed items, extra records and trap hits")
    # (a set kept unread is scored this way: nothing of its articles is shown)
    parser.add_argument("--totals", action="store_true", help="print each set's and the sets' totals only, no article")


def run(args: argparse.Namespace) -> int:
    failed = False
    names = args.sets or list(GOLD_SETS)
    every: list[ArticleScore] = []
    for name in names:
        folder = GOLD_SETS.get(name, Path(name))
        if not (folder / "gold.json").is_file():
            print(f"error: no gold.json in {name}", file=sys.stderr)
            failed = True
            continue
        scores = score_folder(folder, only=args.only)
        every += scores
        total = report(scores, f"score {name}", args.verbose and not args.totals, per_article=not args.totals)
        failed |= total.f1 < args.min_f1 or total.traps > 0 and args.min_f1 > 0
    if len(names) > 1:
        report(every, f"score all {len(names)} sets", False, per_article=False)
    return 1 if failed else 0
