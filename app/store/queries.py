"""The dashboard's questions answered by DuckDB over the by-month Parquet dataset
(app.store.columnar), so only what a page shows travels to pandas and the browser.

The Parquet dataset is written by every export (build, import, add, a dashboard change);
review decisions live in SQLite and are joined in by ``incident_id``: a record approved or
rejected on the Review page is counted with its new status at once, before the next export.
Other field edits show once the export that follows the change is written (immediately up
to SYNC_EXPORT_LIMIT incidents, in the background above).

Answers follow the dashboard's pandas path (app.dashboard.filters, events, charts): records
of one type, state, municipality and date are one event whatever articles report it, with
the largest fatalities any source gives; figures, the per-state summary, the choropleth
and the timeline count events. No streamlit and no dashboard import here.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

from app.store.columnar import current_version
from app.store.schema import connect, db_path

NO_STATE = "(country-level, no state)"  # the name charts.py gives records without a state
DAY_LIMIT, WEEK_LIMIT = 92, 2 * 366     # charts.timeline_period's limits
# DuckDB's own limits: the map page's server must stay well under 1 GB at a million incidents.
DUCKDB_MEMORY_LIMIT = "400MB"
DUCKDB_THREADS = 2


@dataclass(frozen=True)
class IncidentQuery:
    """Which records a view holds: the dashboard's filters, as the store understands them.
    Empty tuples and None mean no restriction; ``words`` are already folded (every one
    must occur in the folded evidence)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    states: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    max_geo_precision: int = 4
    show_rejected: bool = False
    show_unreviewed: bool = True


@dataclass(frozen=True)
class Figures:
    incidents: int
    events: int
    fatalities: int
    states: int
    articles: int


@dataclass(frozen=True)
class StoreOverview:
    """What a page says about the whole store (once per revision)."""

    first: dt.date | None
    last: dt.date | None
    states: tuple[str, ...]
    actors: tuple[str, ...]  # most often named first
    status_counts: dict[str, int]
    incidents: int


@dataclass(frozen=True)
class TablePage:
    rows: pd.DataFrame  # events, newest first: event columns plus n_sources and articles
    total: int          # events in the whole view


def _where(query: IncidentQuery) -> tuple[str, list[Any]]:
    clauses, params = ["TRUE"], []
    if not query.show_rejected:
        clauses.append("status != 'rejected'")
    if not query.show_unreviewed:
        clauses.append("status != 'auto'")
    if query.date_from:
        clauses.append("event_date >= ?")  # ISO dates compare as text
        params.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append("event_date <= ?")
        params.append(query.date_to.isoformat())
    for column, values in (("admin1", query.states), ("event_type", query.types)):
        if values:
            clauses.append(f"list_contains(?, {column})")
            params.append(list(values))
    if query.actors:
        clauses.append("list_has_any(actors, ?)")
        params.append(list(query.actors))
    if query.max_geo_precision < 4:
        clauses.append("geo_precision <= ?")
        params.append(query.max_geo_precision)
    for word in query.words:
        clauses.append("contains(evidence_key, ?)")  # a plain substring, as the pandas path
        params.append(word)
    return " AND ".join(clauses), params


# The records of a view, with only the columns events and figures need (the evidence and
# the other wide columns stay on disk until a table page asks for its few rows).
_VIEW = """
    CREATE TEMP TABLE v AS
    SELECT incident_id, article, event_type, coalesce(admin1, '') AS admin1, coalesce(admin2, '') AS admin2,
           event_date, fatalities, injured, arrested
    FROM incidents WHERE {where}
"""
# One row per event of the view (events.events): its first record by article and id, the
# largest counts any source gives, its distinct articles.
_EVENTS = """
    CREATE TEMP TABLE e AS
    SELECT event_type, admin1, admin2, event_date,
           min(struct_pack(article := article, id := incident_id)).id AS first_id,
           max(fatalities) AS fatalities, max(injured) AS injured, max(arrested) AS arrested,
           count(DISTINCT article) AS n_sources
    FROM v GROUP BY event_type, admin1, admin2, event_date
"""


@dataclass(frozen=True)
class QueriedView:
    """Everything a filter change asks, from one pass over the data."""

    figures: Figures
    state_summary: pd.DataFrame
    timeline: pd.DataFrame
    timeline_period: str
    table: TablePage


class IncidentQueries:
    """DuckDB over one version of the by-month dataset, with the store's current review
    statuses; thread-safe (each question runs on its own cursor). Close it when done."""

    def __init__(self, data_dir: Path) -> None:
        import duckdb
        self.data_dir = Path(data_dir)
        self.version = current_version(self.data_dir)
        self.conn = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY_LIMIT, "threads": DUCKDB_THREADS})
        if self.version is None:  # no export yet: an empty table of the same columns
            from app.store.columnar import record_schema
            self.conn.register("empty_incidents", record_schema(with_status=True).empty_table())
            # a table, not the registered object: cursors do not see what a connection registered
            self.conn.execute("CREATE TABLE stored AS SELECT *, '' AS month FROM empty_incidents")
            self.conn.unregister("empty_incidents")
        else:
            glob = str(self.version / "month=*" / "*.parquet").replace("'", "''")
            self.conn.execute(f"CREATE VIEW stored AS SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
        reviews = self._reviews()
        self.conn.execute("CREATE TABLE reviews (incident_id VARCHAR PRIMARY KEY, status VARCHAR)")
        if reviews:
            self.conn.executemany("INSERT INTO reviews VALUES (?, ?)", reviews)
            self.conn.execute("CREATE VIEW incidents AS SELECT s.* REPLACE (coalesce(r.status, s.status) AS status) "
                              "FROM stored s LEFT JOIN reviews r USING (incident_id)")
        else:  # nothing reviewed: no join to pay for
            self.conn.execute("CREATE VIEW incidents AS SELECT * FROM stored")

    def _reviews(self) -> list[tuple[str, str]]:
        """(incident_id, status) of every record a person decided on, from SQLite."""
        path = db_path(self.data_dir)
        if not path.exists():
            return []
        with contextlib.closing(connect(path, mode="ro")) as conn:
            try:
                return [tuple(r) for r in conn.execute("SELECT incident_id, status FROM incidents "
                                                       "WHERE status != 'auto'")]
            except sqlite3.DatabaseError:
                return []

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "IncidentQueries":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _frame(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        cursor = self.conn.cursor()
        try:
            return cursor.execute(sql, params or []).df()
        finally:
            cursor.close()

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        cursor = self.conn.cursor()
        try:
            return cursor.execute(sql, params or []).fetchall()
        finally:
            cursor.close()

    # -- the whole store --

    def overview(self) -> StoreOverview:
        (first, last, count), = self._rows("SELECT min(event_date), max(event_date), count(*) FROM incidents")
        states = tuple(r[0] for r in self._rows("SELECT DISTINCT admin1 FROM incidents WHERE admin1 != '' "
                                                "ORDER BY admin1"))
        actors = tuple(r[0] for r in self._rows(
            "SELECT actor, count(*) AS n FROM (SELECT unnest(actors) AS actor FROM incidents) "
            "WHERE actor != '' GROUP BY actor ORDER BY n DESC, actor"))
        statuses = {s: int(n) for s, n in self._rows("SELECT status, count(*) FROM incidents GROUP BY status")}
        return StoreOverview(dt.date.fromisoformat(first) if first else None,
                             dt.date.fromisoformat(last) if last else None, states, actors, statuses, int(count))

    # -- one view --

    @contextlib.contextmanager
    def _view(self, query: IncidentQuery) -> Iterator[Any]:
        """A cursor holding the view's records (``v``) and events (``e``) as temporary
        tables: the filter and the grouping run once for all the questions asked of them."""
        where, params = _where(query)
        cursor = self.conn.cursor()
        try:
            cursor.execute(_VIEW.format(where=where), params)
            cursor.execute(_EVENTS)
            yield cursor
        finally:
            cursor.close()

    def view(self, query: IncidentQuery, *, page: int = 0, page_size: int = 100) -> QueriedView:
        """Figures, per-state summary, timeline and one table page of the view."""
        with self._view(query) as cursor:
            timeline, period = _timeline(cursor)
            return QueriedView(_figures(cursor), _state_summary(cursor), timeline, period,
                               _table_page(cursor, page, page_size))

    def figures(self, query: IncidentQuery) -> Figures:
        with self._view(query) as cursor:
            return _figures(cursor)

    def state_summary(self, query: IncidentQuery) -> pd.DataFrame:
        """Per state, over events: events, sources (distinct articles), fatalities, first,
        last, main type (ties: the first name); most events first. The choropleth's numbers."""
        with self._view(query) as cursor:
            return _state_summary(cursor)

    def timeline(self, query: IncidentQuery) -> tuple[pd.DataFrame, str]:
        """Events per period and type (period, type, events, end) and the period used:
        "day", "week" (from Monday) or "month", as charts.timeline chooses."""
        with self._view(query) as cursor:
            return _timeline(cursor)

    def table_page(self, query: IncidentQuery, *, page: int = 0, page_size: int = 100) -> TablePage:
        """One page of the view's events, newest first then by state: only these rows leave DuckDB."""
        with self._view(query) as cursor:
            return _table_page(cursor, page, page_size)


def _figures(cursor: Any) -> Figures:
    (incidents, states, articles), = cursor.execute(
        "SELECT count(*), count(DISTINCT nullif(admin1, '')), count(DISTINCT article) FROM v").fetchall()
    (events, fatalities), = cursor.execute("SELECT count(*), coalesce(sum(fatalities), 0) FROM e").fetchall()
    return Figures(int(incidents), int(events), int(fatalities), int(states), int(articles))


def _state_summary(cursor: Any) -> pd.DataFrame:
    frame = cursor.execute(f"""
        WITH sources AS (SELECT admin1, count(DISTINCT article) AS sources FROM v GROUP BY admin1),
             types AS (SELECT admin1, event_type, count(*) AS n FROM e GROUP BY admin1, event_type),
             main AS (SELECT admin1, first(event_type ORDER BY n DESC, event_type) AS main_type
                      FROM types GROUP BY admin1)
        SELECT coalesce(nullif(e.admin1, ''), '{NO_STATE}') AS state, count(*) AS events,
               any_value(sources.sources) AS sources, coalesce(sum(e.fatalities), 0)::BIGINT AS fatalities,
               min(e.event_date) AS first, max(e.event_date) AS last, any_value(main.main_type) AS "main type"
        FROM e JOIN sources USING (admin1) JOIN main USING (admin1)
        GROUP BY e.admin1
        ORDER BY events DESC, fatalities DESC, state""").df()
    return frame.astype({"events": "int64", "sources": "int64", "fatalities": "int64"})


def _timeline(cursor: Any) -> tuple[pd.DataFrame, str]:
    (first, last), = cursor.execute("SELECT min(event_date), max(event_date) FROM e").fetchall()
    if first is None:
        return pd.DataFrame(columns=["period", "type", "events", "end"]), "day"
    span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    period = "day" if span <= DAY_LIMIT else "week" if span <= WEEK_LIMIT else "month"
    frame = cursor.execute(f"""
        SELECT date_trunc('{period}', CAST(event_date AS DATE)) AS period, event_type AS type, count(*) AS events
        FROM e GROUP BY ALL ORDER BY period, type""").df()
    frame["period"] = pd.to_datetime(frame["period"])
    frame["events"] = frame["events"].astype("int64")
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}[period]
    frame["end"] = frame["period"] + step
    return frame, period


def _table_page(cursor: Any, page: int, page_size: int) -> TablePage:
    (total,), = cursor.execute("SELECT count(*) FROM e").fetchall()
    cursor.execute("""CREATE OR REPLACE TEMP TABLE p AS SELECT * FROM e
                      ORDER BY event_date DESC, admin1, first_id LIMIT ? OFFSET ?""", [page_size, page * page_size])
    ids = [r[0] for r in cursor.execute("SELECT first_id FROM p").fetchall()]
    # the page's records by id (row-group statistics skip most of the files), then its sources
    rows = cursor.execute("""
        WITH chosen AS (SELECT * EXCLUDE (evidence_key, month, fatalities, injured, arrested)
                        FROM incidents WHERE list_contains(?, incident_id)),
             sources AS (SELECT v.event_type, v.admin1, v.admin2, v.event_date,
                                list(DISTINCT v.article ORDER BY v.article) AS articles
                         FROM v JOIN p USING (event_type, admin1, admin2, event_date) GROUP BY ALL)
        SELECT chosen.*, p.fatalities, p.injured, p.arrested, p.n_sources, sources.articles
        FROM p JOIN chosen ON chosen.incident_id = p.first_id
               JOIN sources ON sources.event_type = p.event_type AND sources.admin1 = p.admin1
                           AND sources.admin2 = p.admin2 AND sources.event_date = p.event_date
        ORDER BY p.event_date DESC, p.admin1, p.first_id""", [ids]).df()
    return TablePage(rows, int(total))
