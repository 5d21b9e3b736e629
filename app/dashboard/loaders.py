"""The pages' cached data loaders, shared by all pages (the one place that caches data).

Keys are the store's revision (a counter every change bumps, plus the file's mtime), so
a change made on another page, in another session or by `python -m app build` shows up
on the next rerun; ``clear`` drops the cache at once after a change made here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from app import store
from app.dashboard import data
from app.dashboard import filters as flt


def revision(directory: Path) -> tuple[int, int]:
    return store.revision(directory)


@st.cache_data(show_spinner="Loading incidents…", max_entries=2)
def load_prepared(directory: str, rev: tuple[int, int]) -> pd.DataFrame:
    """Every stored incident (with status) plus filter helper columns; ``rev`` keys the cache."""
    return flt.prepare(store.read_incidents(Path(directory)))


@st.cache_data(show_spinner=False, max_entries=2)
def load_articles(directory: str, rev: tuple[int, int]) -> dict[str, dict[str, Any]]:
    return store.read_articles(Path(directory))


@st.cache_data(show_spinner=False, max_entries=2)
def load_states(path: str, mtime: int) -> dict[str, Any] | None:
    shapes = data.read_json(Path(path))
    return shapes if isinstance(shapes, dict) and shapes.get("features") else None


def states() -> dict[str, Any] | None:
    path = data.states_path()
    return load_states(str(path), data.mtime_ns(path))


def clear() -> None:
    """After this session changed the store: reload on the next run, whatever the keys say."""
    load_prepared.clear()
    load_articles.clear()
