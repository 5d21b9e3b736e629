"""The pages' cached data, shared by all pages and sessions (the one place that caches data).

Keys are the store's revision (a counter every change bumps, plus the file's mtime), so
a change made on another page, in another session or by `python -m app build` shows up
on the next rerun; ``clear`` drops the cache at once after a change made here.

``st.cache_resource``, not ``st.cache_data``, for the frames: every session gets the same
object (no copy per rerun, no copy per session), so the server holds one copy of the data
per revision however many pages are open. The frames are read-only by convention: the
pages only select from them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from app import store
from app.dashboard import charts, data, events, map_overlays, points
from app.dashboard import filters as flt
from app.dashboard.map import View, make_view, state_shapes, unplaced

# Views kept per server: a handful of recent filter combinations, dropped after a while.
VIEW_ENTRIES, VIEW_TTL_S = 8, 600
# Above this many stored incidents the map page is answered by the store's queries
# (queried_page.py, event_points), never from every record in pandas. Up to it the
# Parquet dataset is rewritten synchronously after each change (SYNC_EXPORT_LIMIT), so
# below it both ways see the same records; above it DuckDB may lag a field edit by one
# background export.
PANDAS_LIMIT = store.SYNC_EXPORT_LIMIT


def revision(directory: Path) -> tuple[int, int]:
    return store.revision(directory)


@st.cache_resource(show_spinner="Loading incidents…", max_entries=2)
def load_prepared(directory: str, rev: tuple[int, int]) -> pd.DataFrame:
    """Every stored incident (with status) plus filter helper columns; ``rev`` keys the cache."""
    return flt.prepare(store.read_incidents(Path(directory)))


@st.cache_resource(show_spinner=False, max_entries=2)
def load_articles(directory: str, rev: tuple[int, int]) -> dict[str, dict[str, Any]]:
    return store.read_articles(Path(directory))


# cache_resource: one shared object, read-only by convention (cache_data copied the shapes
# on every rerun: 0.18 s at each filter change).
@st.cache_resource(show_spinner=False, max_entries=2)
def load_states(path: str, mtime: int) -> dict[str, Any] | None:
    shapes = data.read_json(Path(path))
    return shapes if isinstance(shapes, dict) and shapes.get("features") else None


def states() -> dict[str, Any] | None:
    path = data.states_path()
    return load_states(str(path), data.mtime_ns(path))


@st.cache_resource(show_spinner=False, max_entries=2)
def _states_url(path: str, mtime: int) -> str | None:
    shapes = load_states(path, mtime)
    return points.publish_json(state_shapes(shapes), "states") if shapes else None


def states_url() -> str | None:
    """URL of the state shapes as the map fetches them (published once per file version)."""
    path = data.states_path()
    return _states_url(str(path), data.mtime_ns(path))


@st.cache_resource(show_spinner=False, max_entries=2)
def _municipality_index(shapes_mtime: int, places_mtime: int) -> list[dict[str, Any]]:
    return map_overlays.build_index(points.publish_json)


def municipality_index() -> list[dict[str, Any]]:
    """Each state's bounds and the URL of its municipalities-and-towns file (published once
    per version of the reference files)."""
    return _municipality_index(data.mtime_ns(map_overlays.MUNICIPALITIES_PATH), data.mtime_ns(map_overlays.PLACES_PATH))


@dataclass(frozen=True)
class StoreFacts:
    """What the page shows about the whole store, once per revision (not per rerun)."""

    first: dt.date
    last: dt.date
    states: tuple[str, ...]  # admin1 names in the records (country-level records have none)
    actors: tuple[str, ...]
    status_counts: dict[str, int]
    source_names: tuple[str, ...]  # sources (or ids) of the articles with records


@st.cache_resource(show_spinner=False, max_entries=2)
def store_facts(directory: str, rev: tuple[int, int]) -> StoreFacts:
    frame = load_prepared(directory, rev)
    articles = load_articles(directory, rev)
    dates = frame["_date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (dt.date.today(), dt.date.today())
    with_records = set(frame["article"].astype(str))
    counts = frame["status"].value_counts() if "status" in frame else pd.Series(dtype="int64")
    return StoreFacts(first, last, tuple(sorted(set(filter(None, frame["admin1"].dropna().astype(str))))),
                      tuple(flt.actor_names(frame)), {str(k): int(v) for k, v in counts.items()},
                      tuple(sorted({str(m.get("source") or a) for a, m in articles.items() if a in with_records})))


@dataclass(frozen=True)
class ViewData:
    """One filtered view: its records, its events, and the events of the period of the same
    length just before (None when that lies outside the data)."""

    view: pd.DataFrame
    grouped: pd.DataFrame
    previous: pd.DataFrame | None
    previous_span: tuple[dt.date, dt.date]


def _view_key(filters: flt.Filters) -> str:
    # The language, colouring and tiles change how a view looks, not which records are in it.
    return repr(replace(filters, lang="en", metric="events", tiles=False))


@st.cache_resource(show_spinner=False, max_entries=VIEW_ENTRIES, ttl=VIEW_TTL_S)
def _view_data(directory: str, rev: tuple[int, int], key: str, _filters: flt.Filters) -> ViewData:
    frame = load_prepared(directory, rev)
    facts = store_facts(directory, rev)
    first, last = facts.first, facts.last
    view = flt.apply(frame, _filters)
    span = (_filters.date_from or first, _filters.date_to or last)
    prev_lo, prev_hi = charts.previous_period(*span)
    previous = events.events(flt.apply(frame, replace(_filters, date_from=prev_lo, date_to=prev_hi))) \
        if prev_lo >= first else None
    grouped = events.events(view)
    return ViewData(view, grouped, previous, (prev_lo, prev_hi))


def view_data(directory: Path, rev: tuple[int, int], filters: flt.Filters) -> ViewData:
    """The filtered view of the store at ``rev`` (shared by every session asking for it)."""
    return _view_data(str(directory), rev, _view_key(filters), filters)


@dataclass(frozen=True)
class ViewParts:
    """What the page draws of one view besides the figures and the map, prepared once per
    view and shared (recomputed on every rerun they cost 0.2–0.4 s at 100,000 incidents:
    the timeline's date parsing, the state-wide events' and the table's sorting)."""

    timeline: pd.DataFrame  # charts.timeline of the events
    period: str  # the timeline's bar width: "day", "week" or "month"
    timeline_span: tuple[dt.date, dt.date] | None  # the dense span shown with all dates, else None
    newest_events: pd.DataFrame  # the events table's rows: the newest, by date then state
    unplaced_count: int  # events not drawn as points (state- or country-level)
    newest_unplaced: pd.DataFrame  # the newest of those, the list beside the map
    previous_by_state: pd.Series | None  # events per state in the previous period
    # charts.state_summary of the events: the per-state table's rows. Here rather than in
    # ViewData, which the figures and the map wait for: 0.07 s of a new filter's 0.25-0.3 s
    # at 10,000 incidents, for a table drawn only once the map has drawn the view.
    state_summary: pd.DataFrame


@st.cache_resource(show_spinner=False, max_entries=VIEW_ENTRIES, ttl=VIEW_TTL_S)
def _view_parts(directory: str, rev: tuple[int, int], key: str, _filters: flt.Filters, table_rows: int,
                unplaced_rows: int) -> ViewParts:
    shared = _view_data(directory, rev, key, _filters)
    grouped = shared.grouped
    # All dates: show where the data are dense (stray old records would squeeze the rest).
    span = charts.dense_span(grouped["event_date"]) if not (_filters.date_from or _filters.date_to) else None
    series, period = charts.timeline(grouped, span)
    rest = unplaced(grouped)
    previous = shared.previous
    by_state = None if previous is None else \
        previous["admin1"].replace("", charts.NO_STATE).fillna(charts.NO_STATE).value_counts()
    return ViewParts(series, period, span, charts.newest(grouped, table_rows), len(rest),
                     charts.newest(rest, unplaced_rows), by_state, charts.state_summary(grouped))


def view_parts(directory: Path, rev: tuple[int, int], filters: flt.Filters, *, table_rows: int,
               unplaced_rows: int) -> ViewParts:
    """The timeline and table rows of the filtered view (shared by every session asking)."""
    return _view_parts(str(directory), rev, _view_key(filters), filters, table_rows, unplaced_rows)


@dataclass(frozen=True)
class MapPoints:
    """The points the map holds for one revision and review-status choice, and their files."""

    points: points.PointSet
    published: points.Published


@st.cache_resource(show_spinner=False, max_entries=4)
def map_points(directory: str, rev: tuple[int, int], show_rejected: bool, show_unreviewed: bool) -> MapPoints:
    """Every event the status toggles allow, as the map's point table, published once.

    The other filters (dates, states, types, actors, words, precision) only pick among
    these points (``PointSet.mask``), so changing them sends a bitmask, not data.
    """
    frame = load_prepared(directory, rev)
    point_events = events.events(flt.apply(frame, flt.Filters(show_rejected=show_rejected,
                                                               show_unreviewed=show_unreviewed)))
    point_set = points.point_set(point_events, load_articles(directory, rev))
    return MapPoints(point_set, points.publish(point_set))


@st.cache_resource(show_spinner="Preparing the map…", max_entries=4)
def event_points(directory: str, rev: tuple[int, int], show_rejected: bool, show_unreviewed: bool) -> points.EventPoints:
    """map_points above PANDAS_LIMIT: the points file built from the store's coded columns
    (IncidentQueries.point_columns), never from the records in pandas; once published only
    the points' event numbers stay in memory."""
    return build_event_points(incident_queries(directory, rev), load_articles(directory, rev), show_rejected,
                              show_unreviewed)


def build_event_points(queries: store.IncidentQueries, articles: dict[str, dict[str, Any]], show_rejected: bool,
                       show_unreviewed: bool, folder: Path | None = None) -> points.EventPoints:
    """event_points, uncached (benchmarks.profile_queries measures it)."""
    columns = queries.point_columns(points.POINT_PRECISIONS, show_rejected=show_rejected,
                                    show_unreviewed=show_unreviewed, evidence_limit=points.EVIDENCE_IN_POPUP_LIMIT)
    return points.event_points(columns, articles, folder)


def above_pandas_limit(directory: Path, rev: tuple[int, int]) -> bool:
    """Whether the map page is answered by the store's queries (DuckDB), never loading
    every record into pandas."""
    return incident_count(str(directory), rev) > PANDAS_LIMIT


@st.cache_resource(show_spinner=False, max_entries=2)
def queried_facts(directory: str, rev: tuple[int, int]) -> StoreFacts:
    """store_facts from the store's queries (above PANDAS_LIMIT)."""
    queries = incident_queries(directory, rev)
    overview = queries.overview()
    with_records = set(queries.article_names)
    articles = load_articles(directory, rev)
    today = dt.date.today()
    return StoreFacts(overview.first or today, overview.last or today, overview.states, overview.actors,
                      overview.status_counts,
                      tuple(sorted({str(m.get("source") or a) for a, m in articles.items() if a in with_records})))


@st.cache_resource(show_spinner=False, max_entries=VIEW_ENTRIES, ttl=VIEW_TTL_S)
def _map_view(directory: str, rev: tuple[int, int], key: str, _filters: flt.Filters, state_names: tuple[str, ...],
              empty_note: str, open_event: str | None) -> View:
    grouped = _view_data(directory, rev, _view_key(_filters), _filters).grouped
    point_set = map_points(directory, rev, _filters.show_rejected, _filters.show_unreviewed).points
    return make_view(grouped, point_set, state_names, metric=_filters.metric, lang=_filters.lang,
                     empty_note=empty_note, focus_states=_filters.states, open_event=open_event)


def map_view(directory: Path, rev: tuple[int, int], filters: flt.Filters, state_names: list[str], *,
             empty_note: str = "", open_event: str | None = None) -> View:
    """The map's view of the filtered events (its mask and the states' colours: 0.15 s at
    100,000 incidents), once per filters, colouring and language."""
    return _map_view(str(directory), rev, repr(replace(filters, tiles=False)), filters, tuple(state_names),
                     empty_note, open_event)


@st.cache_resource(show_spinner=False, max_entries=2)
def incident_count(directory: str, rev: tuple[int, int]) -> int:
    """How many incidents the store holds at ``rev`` (which path answers the map page)."""
    with store.open_store(Path(directory)) as db:
        return db.count()


@st.cache_resource(show_spinner=False, max_entries=2)
def incident_queries(directory: str, rev: tuple[int, int]) -> store.IncidentQueries:
    """DuckDB over the store's by-month Parquet dataset at ``rev`` (one per revision, shared
    by every session; thread-safe): figures, per-state summary, choropleth, timeline and
    table pages computed without loading the incidents into pandas."""
    return store.IncidentQueries(Path(directory))


@st.cache_resource(show_spinner=False, max_entries=VIEW_ENTRIES, ttl=VIEW_TTL_S)
def _queried_view(directory: str, rev: tuple[int, int], key: str, _filters: flt.Filters, page: int,
                  page_size: int, unplaced_rows: int) -> store.QueriedView:
    return incident_queries(directory, rev).view(data.incident_query(_filters), page=page, page_size=page_size,
                                                 unplaced_rows=unplaced_rows)


def queried_view(directory: Path, rev: tuple[int, int], filters: flt.Filters, *, page: int = 0,
                 page_size: int = 100, unplaced_rows: int = 0) -> store.QueriedView:
    """The filtered view's figures, state summary, timeline, one table page (and the
    newest ``unplaced_rows`` events not drawn as points), from DuckDB."""
    return _queried_view(str(directory), rev, _view_key(filters), filters, page, page_size, unplaced_rows)


def queried_records(directory: Path, rev: tuple[int, int], filters: flt.Filters) -> pd.DataFrame:
    """Every record of the view (for a download, when it is clicked; not cached)."""
    return incident_queries(str(directory), rev).records(data.incident_query(filters))


def queried_record(directory: Path, rev: tuple[int, int], incident_id: str) -> pd.DataFrame:
    """The record of ``incident_id`` (a link to one event; no row when there is none)."""
    return incident_queries(str(directory), rev).record(incident_id)


def clear() -> None:
    """After this session changed the store: reload on the next run, whatever the keys say."""
    load_prepared.clear()
    incident_queries.clear()
    queried_facts.clear()
    event_points.clear()
    _queried_view.clear()
    load_articles.clear()
    store_facts.clear()
    _view_data.clear()
    _view_parts.clear()
    _map_view.clear()
    map_points.clear()
    incident_count.clear()
