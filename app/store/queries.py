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
    if query.words:  # a plain substring, as the pandas path; the evidence stays on disk
        clauses.append("incident_id IN (SELECT incident_id FROM incidents WHERE "
                       + " AND ".join(["contains(evidence_key, ?)"] * len(query.words)) + ")")
        params.extend(query.words)
    return " AND ".join(clauses), params


# Loaded once per store revision (profiled in docs/performance.md): the columns the filters
# and the per-view questions need, strings as small integer codes (a record's article, its
# event, its state), so a filter change scans about 40 MB in memory instead of the Parquet
# files, and groups events by one integer. Per filter change nothing is materialised: each
# question is one SQL statement with the filter as its WHERE clause.
_RECORDS = """
    CREATE TABLE records AS
    SELECT (row_number() OVER (ORDER BY article, incident_id))::INTEGER AS rec,
           (dense_rank() OVER (ORDER BY event_type, coalesce(admin1, ''), coalesce(admin2, ''), event_date))::INTEGER AS ev,
           articles.art,
           incident_id, event_type, coalesce(admin1, '') AS admin1, event_date,
           fatalities::INTEGER AS fatalities, injured::INTEGER AS injured, arrested::INTEGER AS arrested,
           geo_precision::UTINYINT AS geo_precision, actors, status
    FROM incidents JOIN articles USING (article) ORDER BY ev
"""
_ARTICLES = """
    CREATE TABLE articles AS
    SELECT article, (row_number() OVER (ORDER BY article))::INTEGER AS art FROM (SELECT DISTINCT article FROM incidents)
"""
# One row per event of the view: the largest fatalities any source gives, the first record
# (by article and id), its state, type and date.
_VIEW_EVENTS = """
    SELECT ev, any_value(admin1) AS admin1, any_value(event_type) AS event_type, any_value(event_date) AS event_date,
           max(fatalities) AS fatalities, min(rec) AS first_rec
    FROM records WHERE {where} GROUP BY ev
"""


@dataclass(frozen=True)
class QueriedView:
    """Everything a filter change asks."""

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
        self.conn.execute(_ARTICLES)
        self.conn.execute(_RECORDS)

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
        (first, last, count), = self._rows("SELECT min(event_date), max(event_date), count(*) FROM records")
        states = tuple(r[0] for r in self._rows("SELECT DISTINCT admin1 FROM records WHERE admin1 != '' "
                                                "ORDER BY admin1"))
        actors = tuple(r[0] for r in self._rows(
            "SELECT actor, count(*) AS n FROM (SELECT unnest(actors) AS actor FROM records) "
            "WHERE actor != '' GROUP BY actor ORDER BY n DESC, actor"))
        statuses = {s: int(n) for s, n in self._rows("SELECT status, count(*) FROM records GROUP BY status")}
        return StoreOverview(dt.date.fromisoformat(first) if first else None,
                             dt.date.fromisoformat(last) if last else None, states, actors, statuses, int(count))

    # -- one view: each question one statement, the filter its WHERE clause --

    def view(self, query: IncidentQuery, *, page: int = 0, page_size: int = 100) -> QueriedView:
        """Figures, per-state summary, timeline and one table page of the view."""
        counts = self._counts(query)
        timeline, period = _timeline(counts)
        return QueriedView(_figures(counts), _state_summary(counts), timeline, period,
                           self.table_page(query, page=page, page_size=page_size))

    def figures(self, query: IncidentQuery) -> Figures:
        return _figures(self._counts(query))

    def state_summary(self, query: IncidentQuery) -> pd.DataFrame:
        """Per state, over events: events, sources (distinct articles), fatalities, first,
        last, main type (ties: the first name); most events first. The choropleth's numbers."""
        return _state_summary(self._counts(query))

    def timeline(self, query: IncidentQuery) -> tuple[pd.DataFrame, str]:
        """Events per period and type (period, type, events, end) and the period used:
        "day", "week" (from Monday) or "month", as charts.timeline chooses."""
        return _timeline(self._counts(query))

    def _counts(self, query: IncidentQuery) -> "_Counts":
        """The two scans a filter change needs (figures, summary and timeline come from
        their small answers): records and sources per state, and events per state and type
        and per day and type."""
        where, params = _where(query)
        records = self._frame(f"""
            SELECT admin1, GROUPING(admin1) AS whole, count(*) AS incidents, count(DISTINCT art) AS sources
            FROM records WHERE {where} GROUP BY GROUPING SETS ((admin1), ())""", params)
        events = self._frame(f"""
            WITH e AS ({_VIEW_EVENTS.format(where=where)})
            SELECT admin1, event_type, event_date, GROUPING(admin1) AS by_day, count(*) AS events,
                   coalesce(sum(fatalities), 0)::BIGINT AS fatalities, min(event_date) AS first, max(event_date) AS last
            FROM e GROUP BY GROUPING SETS ((admin1, event_type), (event_date, event_type))""", params)
        return _Counts(records, events)

    def point_events(self, *, show_rejected: bool = False, show_unreviewed: bool = True,
                     evidence_limit: int = 0) -> pd.DataFrame:
        """The events the review-status toggles allow, one row each as events.events gives
        them (the first record by article and id, the largest counts, ``_articles`` and
        ``_n_sources``), with only the columns the map's points file needs (points.point_set:
        the evidence only up to ``evidence_limit`` events, its popup limit). The input of the
        points file per revision: the records themselves never reach pandas."""
        where, params = _where(IncidentQuery(show_rejected=show_rejected, show_unreviewed=show_unreviewed))
        (count,), = self._rows(f"SELECT count(DISTINCT ev) FROM records WHERE {where}", params)
        evidence = ", i.evidence" if count <= evidence_limit else ""
        return self._frame(f"""
            WITH e AS (SELECT ev, min(rec) AS first_rec, max(fatalities) AS fatalities
                       FROM records WHERE {where} GROUP BY ev),
                 sources AS (SELECT r.ev, list(DISTINCT a.article ORDER BY a.article) AS _articles
                             FROM records r JOIN articles a USING (art) WHERE {where} GROUP BY r.ev),
                 firsts AS (SELECT e.*, r.incident_id, sources._articles FROM e JOIN records r ON r.rec = e.first_rec
                            JOIN sources ON sources.ev = e.ev)
            SELECT i.incident_id, i.event_type, i.event_date, i.date_precision, i.location, i.admin2, i.admin1,
                   i.latitude, i.longitude, i.geo_precision, firsts.fatalities, i.status, i.confidence{evidence},
                   firsts._articles
            FROM firsts JOIN incidents i USING (incident_id)
            ORDER BY firsts.ev""", params * 2)

    def table_page(self, query: IncidentQuery, *, page: int = 0, page_size: int = 100) -> TablePage:
        """One page of the view's events, newest first then by state: only these rows leave DuckDB."""
        where, params = _where(query)
        (total,), = self._rows(f"SELECT count(DISTINCT ev) FROM records WHERE {where}", params)
        chosen = self._rows(f"""
            WITH e AS ({_VIEW_EVENTS.format(where=where)}),
                 p AS (SELECT * FROM e ORDER BY event_date DESC, admin1, first_rec LIMIT ? OFFSET ?),
                 sources AS (SELECT r.ev, list(DISTINCT a.article ORDER BY a.article) AS articles
                             FROM records r JOIN articles a USING (art)
                             WHERE r.ev IN (SELECT ev FROM p) AND {where.replace("incident_id IN", "r.incident_id IN")}
                             GROUP BY r.ev),
                 counts AS (SELECT ev, max(injured) AS injured, max(arrested) AS arrested FROM records
                            WHERE ev IN (SELECT ev FROM p) AND {where} GROUP BY ev)
            SELECT r.incident_id, p.fatalities, counts.injured, counts.arrested, len(sources.articles), sources.articles,
                   p.event_date
            FROM p JOIN records r ON r.rec = p.first_rec JOIN sources ON sources.ev = p.ev
                   JOIN counts ON counts.ev = p.ev
            ORDER BY p.event_date DESC, p.admin1, p.first_rec""", params + [page_size, page * page_size] + params * 2)
        columns = ["incident_id", "fatalities", "injured", "arrested", "n_sources", "articles"]
        order = pd.DataFrame([row[:6] for row in chosen], columns=columns)
        months = sorted({str(row[6])[:7] for row in chosen})
        # the page's whole records by id; the month prunes the files read
        rows = self._frame("""SELECT * EXCLUDE (evidence_key, month, fatalities, injured, arrested) FROM incidents
                              WHERE month IN (SELECT unnest(?)) AND list_contains(?, incident_id)""",
                           [months, list(order["incident_id"])]) if chosen else \
            self._frame("SELECT * EXCLUDE (evidence_key, month, fatalities, injured, arrested) FROM incidents LIMIT 0")
        rows = order.merge(rows, on="incident_id", how="left")
        front = [c for c in rows.columns if c not in columns[1:]]
        rows = rows[front + columns[1:]]
        for column in ("fatalities", "injured", "arrested"):
            rows[column] = rows[column].astype("Int64") if rows[column].isna().any() else rows[column]
        return TablePage(rows, int(total))


@dataclass(frozen=True)
class _Counts:
    records: pd.DataFrame  # admin1 (whole=1: the view), incidents, sources
    events: pd.DataFrame   # by_day=0: per admin1 and event_type; by_day=1: per event_date and event_type


def _figures(counts: _Counts) -> Figures:
    whole = counts.records[counts.records["whole"] == 1]
    incidents, articles = (int(whole["incidents"].iloc[0]), int(whole["sources"].iloc[0])) if len(whole) else (0, 0)
    by_state = counts.events[counts.events["by_day"] == 0]
    states = by_state.loc[by_state["admin1"] != "", "admin1"].nunique()
    return Figures(incidents, int(by_state["events"].sum()), int(by_state["fatalities"].sum()), int(states), articles)


def _state_summary(counts: _Counts) -> pd.DataFrame:
    by_type = counts.events[counts.events["by_day"] == 0]
    columns = ["state", "events", "sources", "fatalities", "first", "last", "main type"]
    if by_type.empty:
        return pd.DataFrame(columns=columns).astype({"events": "int64", "sources": "int64", "fatalities": "int64"})
    main = (by_type.sort_values(["admin1", "events", "event_type"], ascending=[True, False, True])
            .drop_duplicates("admin1").set_index("admin1")["event_type"])
    per_state = by_type.groupby("admin1").agg(events=("events", "sum"), fatalities=("fatalities", "sum"),
                                              first=("first", "min"), last=("last", "max"))
    sources = counts.records[counts.records["whole"] == 0].set_index("admin1")["sources"]
    frame = per_state.assign(sources=sources.reindex(per_state.index), **{"main type": main})
    frame = frame.reset_index().rename(columns={"admin1": "state"})
    frame["state"] = frame["state"].replace("", NO_STATE)
    frame = frame[columns].astype({"events": "int64", "sources": "int64", "fatalities": "int64"})
    return frame.sort_values(["events", "fatalities", "state"], ascending=[False, False, True], ignore_index=True)


def _timeline(counts: _Counts) -> tuple[pd.DataFrame, str]:
    days = counts.events[counts.events["by_day"] == 1]
    if days.empty:
        return pd.DataFrame(columns=["period", "type", "events", "end"]), "day"
    dates = pd.to_datetime(days["event_date"])
    span = (dates.max() - dates.min()).days
    period = "day" if span <= DAY_LIMIT else "week" if span <= WEEK_LIMIT else "month"
    starts = {"day": dates, "week": dates.dt.to_period("W-SUN").dt.start_time,
              "month": dates.dt.to_period("M").dt.start_time}[period]
    frame = (pd.DataFrame({"period": starts, "type": days["event_type"], "events": days["events"]})
             .groupby(["period", "type"], as_index=False)["events"].sum()
             .sort_values(["period", "type"], ignore_index=True))
    frame["events"] = frame["events"].astype("int64")
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}[period]
    frame["end"] = frame["period"] + step
    return frame, period
