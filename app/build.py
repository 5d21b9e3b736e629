"""``python -m app build [--seeds DIR] [--data DIR] [--if-stale]``.

Extracts every article under the seeds folder (with its metadata.json) and writes
data/incidents.csv and data/incidents.geojson through app.store (deterministic, atomic).
A manifest of input hashes and code version lets ``--if-stale`` skip an unchanged build.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import warnings
from pathlib import Path
from typing import Any

from app.articles import ARTICLE_SUFFIXES, ArticleError, load_metadata, read_article
from app.store import atomic_write_text, write_incidents

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ".build-manifest.json"
# The code whose change must trigger a rebuild: the extractor, the articles and the store.
CODE_PATHS = ("app/articles.py", "app/extract", "app/store.py", "app/records.py", "app/build.py",
              "app/geo/geocoder.py", "app/geo/gazetteer.py", "data/reference/places.tsv.gz")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of articles (default: seeds/)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="output folder (default: data/)")
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the inputs and the code are unchanged since the last build")


def article_files(folder: Path) -> list[Path]:
    """Article files under ``folder``, in a stable order (metadata.json and dotfiles excluded)."""
    return sorted(p for p in Path(folder).rglob("*")
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))


def _digest_file(digest: Any, path: Path) -> None:
    digest.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).encode())
    digest.update(path.read_bytes())


def code_version() -> str:
    digest = hashlib.sha256()
    for rel in CODE_PATHS:
        path = ROOT / rel
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            _digest_file(digest, file)
    return digest.hexdigest()[:16]


def input_hashes(folder: Path, files: list[Path]) -> dict[str, str]:
    hashes = {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in files}
    meta = Path(folder) / "metadata.json"
    if meta.exists():
        hashes["metadata.json"] = hashlib.sha256(meta.read_bytes()).hexdigest()[:16]
    return hashes


def build(seeds: Path, data: Path) -> tuple[int, int, list[str]]:
    """Extract all articles and write the data files; (articles, incidents, skipped messages)."""
    from app.extract.incidents import extract_incidents
    from app.geo.geocoder import get_geocoder
    geocoder = get_geocoder()
    metadata = load_metadata(seeds)
    records: list[dict] = []
    skipped: list[str] = []
    articles = 0
    for path in article_files(seeds):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                article = read_article(path, metadata=metadata.get(path.stem))
        except ArticleError as exc:
            skipped.append(str(exc))
            continue
        articles += 1
        records.extend(extract_incidents(article, geocoder=geocoder))
    write_incidents(records, data)
    return articles, len(records), skipped


def run(args: argparse.Namespace) -> int:
    seeds, data = Path(args.seeds), Path(args.data)
    if not seeds.is_dir():
        print(f"error: {seeds} is not a folder of articles", file=sys.stderr)
        return 2
    try:
        files = article_files(seeds)
        manifest = {"code": code_version(), "inputs": input_hashes(seeds, files)}
    except OSError as exc:
        print(f"error: cannot read {seeds}: {exc}", file=sys.stderr)
        return 2
    manifest_path = data / MANIFEST
    if args.if_stale and manifest_path.exists() and all((data / n).exists() for n in ("incidents.csv", "incidents.geojson")):
        try:
            if json.loads(manifest_path.read_text(encoding="utf-8")) == manifest:
                print(f"build: up to date ({len(files)} articles unchanged), nothing to do")
                return 0
        except (OSError, ValueError):
            pass  # an unreadable manifest means: build
    try:
        articles, incidents, skipped = build(seeds, data)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for message in skipped:
        print(f"skipped: {message}", file=sys.stderr)
    atomic_write_text(manifest_path, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"build: {articles} articles, {incidents} incidents, {len(skipped)} skipped files -> {data}")
    return 0
