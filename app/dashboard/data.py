"""Where the dashboard's inputs are, and reading them (cached in loaders.py, not here).

Incidents and articles are read only through app.store (the database under the data
folder); the state shapes are a reference file. ``read_articles`` reads a seeds-style
metadata.json (kept for tools that have one without a store).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.articles import ArticleError, load_metadata
from app.store import CSV_NAME, DB_NAME

REPO_ROOT = Path(__file__).resolve().parents[2]
# Environment variables set by `python -m app serve` (and by tests).
ENV_DATA_DIR = "MXMAP_DATA_DIR"
ENV_STATES = "MXMAP_STATES_GEOJSON"
ENV_ARTICLES = "MXMAP_ARTICLES_METADATA"

DEFAULT_DATA_DIR = REPO_ROOT / "data"
DEFAULT_STATES = REPO_ROOT / "data" / "reference" / "states.geojson"
DEFAULT_ARTICLES = REPO_ROOT / "seeds" / "metadata.json"


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR)


def states_path() -> Path:
    return Path(os.environ.get(ENV_STATES) or DEFAULT_STATES)


def articles_path() -> Path:
    return Path(os.environ.get(ENV_ARTICLES) or DEFAULT_ARTICLES)


def mtime_ns(path: Path) -> int:
    """The file's modification time, the cache key that makes a rebuild show up; -1 if absent."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def incidents_file(directory: Path) -> Path:
    """The CSV export (what downloads mirror)."""
    return directory / CSV_NAME


def database_file(directory: Path) -> Path:
    """The store the dashboard reads and changes."""
    return directory / DB_NAME


def shown_path(path: Path) -> str:
    """``path`` relative to the project when it is inside it (shorter, and the same on
    every machine), else as given."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(REPO_ROOT)) if resolved.is_relative_to(REPO_ROOT) else str(path)


def read_json(path: Path) -> Any | None:
    """The JSON in ``path``, or None when it is missing or unreadable (the map does without)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_articles(path: Path) -> dict[str, dict[str, Any]]:
    """article id -> metadata (source, title, url, ...) from a metadata.json next to the
    articles; {} when it is missing or broken (popups then name the article id only)."""
    if path.name != "metadata.json":
        return {}
    try:
        raw = load_metadata(path.parent)  # the same reader the build uses
    except ArticleError:
        return {}
    return {str(k): v for k, v in raw.items() if isinstance(v, dict)}
