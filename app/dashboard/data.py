"""Where the dashboard's inputs are, and reading them (cached in loaders.py, not here).

Incidents and articles are read only through app.store (the database under the data
folder); the state shapes are a reference file.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
# Environment variables set by `python -m app serve` (and by tests).
ENV_DATA_DIR = "MXMAP_DATA_DIR"
ENV_STATES = "MXMAP_STATES_GEOJSON"

# app.store.DB_NAME, written out: importing app.store imports pandas, and `serve`'s supervisor,
# which reads this module, has no use for it (about 100 MB; tests/dashboard/test_dashboard_serve.py)
DB_NAME = "incidents.sqlite"

DEFAULT_DATA_DIR = REPO_ROOT / "data"
DEFAULT_STATES = REPO_ROOT / "data" / "reference" / "states.geojson"


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR)


def states_path() -> Path:
    return Path(os.environ.get(ENV_STATES) or DEFAULT_STATES)


def mtime_ns(path: Path) -> int:
    """The file's modification time, the cache key that makes a rebuild show up; -1 if absent."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


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


def incident_query(filters: Any) -> Any:
    """The store-side query (app.store.queries.IncidentQuery) for the page's filters
    (app.dashboard.filters.Filters): the DuckDB path answers the same view as flt.apply."""
    from app.geo.gazetteer import fold
    from app.store.queries import IncidentQuery
    return IncidentQuery(date_from=filters.date_from, date_to=filters.date_to, states=tuple(filters.states),
                         types=tuple(filters.types), actors=tuple(filters.actors),
                         words=tuple(fold(filters.text).split()), max_geo_precision=filters.max_geo_precision,
                         show_rejected=filters.show_rejected, show_unreviewed=filters.show_unreviewed)
