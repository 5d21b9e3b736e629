"""The dashboard's questions answered over the by-month Parquet dataset (app.store.columnar),
so only what a page shows travels to pandas and the browser: DuckDB reads the files, the
filters and counts run on an index of numpy codes read once per revision.

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
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from app.store.columnar import OFFSETS_NAME, ROW_FIELDS, ROWS_NAME, current_version
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


# Opened once per store revision (profiled in docs/performance.md): the columns the filters
# and the per-view questions need, read from the Parquet files with the numbers the export
# wrote beside each record (columnar.Numbering: ``rec``, ``ev``, ``art``) and kept as numpy
# arrays of small integer codes sorted by event (about 40 bytes a record: 40 MB at a
# million), so a filter change is a boolean mask and the events of the view are runs of
# that order (no hash grouping, no string compared). DuckDB reads the files: the columns at
# open, the evidence for a word, the records of a table page, the points file.
_COLUMNS = """
    SELECT rec, ev, art, coalesce(admin1, '') AS admin1, event_type, event_date, fatalities, injured, arrested,
           geo_precision, status
    FROM incidents ORDER BY ev, rec
"""
# A dataset written before the numbers were (they come with its next export): the same
# numbers from window functions over the files, at every question that reads them.
_NUMBERED = """
    SELECT *, (row_number() OVER (ORDER BY month, article, incident_id) - 1)::INTEGER AS rec,
           (dense_rank() OVER (ORDER BY event_type, coalesce(admin1, ''), coalesce(admin2, ''), event_date) - 1)::INTEGER AS ev,
           (dense_rank() OVER (ORDER BY article) - 1)::INTEGER AS art
    FROM {source}
"""
# Words looked up in the evidence, per revision: the matched records of each are kept.
WORDS_KEPT = 32
SOURCE_FLAGS = 64_000_000  # states x articles up to which distinct sources are counted with flags
NO_PRECISION = 99  # a record without a precision: outside every "at most" filter, as in SQL
POINT_BATCH_ROWS = 65_536  # rows per batch of the points file's scan
_POINT_TEXTS = ("event_type", "event_date", "date_precision", "location", "admin2", "admin1")
POINT_PRECISIONS = (1, 2)  # style.POINT_PRECISIONS: the events the map draws as points (no dashboard import here)
# whether a precision (the index's int16; negative ones wrap to the end) is a point's: a lookup, isin is 10x slower
_IS_POINT = np.isin(np.arange(2**15), POINT_PRECISIONS)


@dataclass(frozen=True)
class _Coded:
    """A text column as codes into its distinct values, sorted (so codes compare as the texts)."""

    codes: np.ndarray
    names: tuple[str, ...]

    def code_of(self, values: tuple[str, ...]) -> np.ndarray:
        index = {name: i for i, name in enumerate(self.names)}
        return np.array([index[v] for v in values if v in index], dtype=self.codes.dtype)


def _numbers(column: Any, missing: int, dtype: str) -> np.ndarray:
    """An Arrow column of numbers as a numpy array, ``missing`` for nulls."""
    return column.to_pandas().fillna(missing).to_numpy(dtype=dtype)


def _coded(column: Any, dtype: str = "int32") -> _Coded:
    import pyarrow.compute as pc
    encoded = pc.dictionary_encode(column.cast("string")).combine_chunks()
    names = [str(n) if n is not None else "" for n in encoded.dictionary.to_pylist()]
    order = np.argsort(np.array(names, dtype=object), kind="stable")
    rank = np.empty(len(names), dtype=dtype)
    rank[order] = np.arange(len(names), dtype=dtype)
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    return _Coded(rank[codes] if len(names) else codes.astype(dtype), tuple(names[i] for i in order))


@dataclass(frozen=True)
class Texts:
    """A text column as codes into its distinct values in order of first appearance (-1: missing)."""

    codes: np.ndarray
    names: tuple[str, ...]


def _first_seen_codes(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each key's code in order of first appearance, and where each code first appears."""
    if not len(keys):
        return np.zeros(0, dtype="int64"), np.zeros(0, dtype="int64")
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    code = np.empty(len(first), dtype="int64")
    code[order] = np.arange(len(first))
    return code[inverse.reshape(-1)], first[order]


def _first_seen(codes: np.ndarray, names: Any) -> Texts:
    """``codes`` into ``names`` (-1: missing) renumbered in order of first appearance."""
    present = codes >= 0
    renumbered, firsts = _first_seen_codes(codes[present])
    out = np.full(len(codes), -1, dtype="int64")
    out[present] = renumbered
    return Texts(out, tuple(names[codes[present][i]] for i in firsts))


class _FirstSeen:
    """A text column gathered a batch at a time into its slots, as codes (-1: missing)."""

    def __init__(self, size: int) -> None:
        self.codes = np.full(size, -1, dtype="int64")
        self.index: dict[str, int] = {}

    def add(self, slots: np.ndarray, column: Any) -> None:
        import pyarrow.compute as pc
        encoded = pc.dictionary_encode(column)
        local = np.array([self.index.setdefault(v, len(self.index)) for v in encoded.dictionary.to_pylist()] + [-1],
                         dtype="int64")
        self.codes[slots] = local[pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)]

    def of(self, kept: np.ndarray) -> Texts:
        return _first_seen(self.codes[kept], list(self.index))


def _in_slot_order(chunks: list[tuple[np.ndarray, Any]], kept: np.ndarray, size: int) -> Any:
    """The Arrow values gathered as (slots, values) chunks, at the slots ``kept``, in that order."""
    import pyarrow as pa
    if not chunks:
        return pa.array([], pa.string())
    at = np.full(size, -1, dtype="int64")
    slots = np.concatenate([slots for slots, _ in chunks])
    at[slots] = np.arange(len(slots))
    return pa.chunked_array([values for _, values in chunks]).take(pa.array(at[kept]))


@dataclass(frozen=True)
class PointColumns:
    """IncidentQueries.point_columns: the point events, one each in the order of ``ev``."""

    ev: np.ndarray
    texts: dict[str, Texts]  # the first record's event_type, event_date, date_precision, location, admin2, admin1
    status: Texts
    latitude: np.ndarray
    longitude: np.ndarray
    confidence: np.ndarray  # NaN: none
    geo_precision: np.ndarray
    fatalities: np.ndarray  # the largest any of its records gives; -1: none gives one
    source: np.ndarray  # each event's set of articles, a code in order of first appearance
    source_members: np.ndarray  # the sets' articles (indexes into ``articles``), set i from source_offsets[i]
    source_offsets: np.ndarray
    articles: tuple[str, ...]  # every article the events name, sorted
    ids: Any  # the first record's incident_id (Arrow strings)
    evidence: Any | None  # the first record's evidence (Arrow strings), or None

    def __len__(self) -> int:
        return len(self.ev)


@dataclass(frozen=True)
class QueriedView:
    """Everything a filter change asks."""

    figures: Figures
    state_summary: pd.DataFrame
    timeline: pd.DataFrame
    timeline_period: str
    table: TablePage
    days: pd.DataFrame        # events per day and type: event_date, event_type, events
    state_totals: pd.DataFrame  # per state (index admin1): events, fatalities, statewide (map.state_totals)
    events: np.ndarray        # the view's event numbers (``ev``), ascending: which points the map shows
    unplaced: tuple[int, int]  # events placed at state level, and in the country only
    unplaced_table: TablePage | None  # the newest events not drawn as points, when asked


@dataclass(frozen=True)
class _Events:
    """The view's events: runs of the index's order (``starts`` into ``positions``)."""

    positions: np.ndarray  # the view's records, positions in the index, by event then rec
    starts: np.ndarray     # where each event's records begin in ``positions``
    first: np.ndarray      # position of each event's first record (by article and id)
    fatalities: np.ndarray  # the largest any source gives; -1: none gives one


class IncidentQueries:
    """DuckDB over one version of the by-month dataset, with the store's current review
    statuses; thread-safe (each question runs on its own cursor, the arrays are read only).
    Close it when done."""

    def __init__(self, data_dir: Path) -> None:
        import duckdb
        self.data_dir = Path(data_dir)
        self.version = current_version(self.data_dir)
        self.conn = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY_LIMIT, "threads": DUCKDB_THREADS})
        numbered = False
        if self.version is None:  # no export yet: an empty table of the same columns
            from app.store.columnar import record_schema
            self.conn.register("empty_incidents", record_schema(with_status=True).empty_table())
            # a table, not the registered object: cursors do not see what a connection registered
            self.conn.execute("CREATE TABLE stored AS SELECT *, '' AS month FROM empty_incidents")
            self.conn.unregister("empty_incidents")
        else:
            glob = str(self.version / "month=*" / "*.parquet").replace("'", "''")
            files = f"read_parquet('{glob}', hive_partitioning = true)"
            columns = {row[0] for row in self.conn.execute(f"DESCRIBE SELECT * FROM {files}").fetchall()}
            source = files if "ev" in columns else f"({_NUMBERED.format(source=files)})"
            self.conn.execute(f"CREATE VIEW stored AS SELECT * FROM {source}")
            numbered = "ev" in columns
        reviews = self._reviews()
        self.conn.execute("CREATE TABLE reviews (incident_id VARCHAR PRIMARY KEY, status VARCHAR)")
        if reviews:
            self.conn.executemany("INSERT INTO reviews VALUES (?, ?)", reviews)
            self.conn.execute("CREATE VIEW incidents AS SELECT s.* REPLACE (coalesce(r.status, s.status) AS status) "
                              "FROM stored s LEFT JOIN reviews r USING (incident_id)")
        else:  # nothing reviewed: no join to pay for
            self.conn.execute("CREATE VIEW incidents AS SELECT * FROM stored")
        self._load_index()
        self._row_file = self._open_row_file() if self.version is not None and numbered else None
        self._periods: tuple[np.ndarray, dict[str, np.ndarray]] | None = None  # _day_periods
        self._day_periods()  # per revision, and the first filter change need not pay for it
        if self._row_file is not None and len(self.rec):  # nor for the first read of the row file
            self._page_rows([0], self.position_of_rec[:1])
        self._words: dict[str, np.ndarray] = {}  # folded word -> positions of the records holding it
        self._words_lock = threading.Lock()

    def _load_index(self) -> None:
        table = self.conn.sql(_COLUMNS).to_arrow_table()
        self.rec = _numbers(table["rec"], -1, "int64")
        self.ev = _numbers(table["ev"], -1, "int64")
        self.art = _numbers(table["art"], -1, "int64")
        self.fatalities = _numbers(table["fatalities"], -1, "int32")
        self.injured = _numbers(table["injured"], -1, "int32")
        self.arrested = _numbers(table["arrested"], -1, "int32")
        self.precision = _numbers(table["geo_precision"], NO_PRECISION, "int16")
        self.state, self.kind, self.day, self.status = (_coded(table[name]) for name in
                                                        ("admin1", "event_type", "event_date", "status"))
        del table
        self.position_of_rec = np.empty(int(self.rec.max()) + 1 if len(self.rec) else 0, dtype="int64")
        self.position_of_rec[self.rec] = np.arange(len(self.rec))
        actors = self.conn.sql("SELECT rec, unnest(actors) AS actor FROM stored").to_arrow_table()
        self.actor_positions = self.position_of_rec[actors["rec"].to_numpy()] if actors.num_rows else \
            np.zeros(0, dtype="int64")
        self.actor = _coded(actors["actor"])
        articles = self.conn.sql("SELECT DISTINCT art, article FROM stored").fetchall()
        self.article_names = np.empty(len(articles), dtype=object)
        for art, article in articles:
            self.article_names[art] = article

    def _open_row_file(self) -> tuple[Any, np.ndarray] | None:
        """The version's row file (columnar.RowFile) and its offsets, when it holds every record
        of the index (a version written before it, or cut short: None, rows come from DuckDB)."""
        try:
            offsets = np.fromfile(self.version / OFFSETS_NAME, dtype="<i8")
            handle = open(self.version / ROWS_NAME, "rb")
        except OSError:
            return None
        if len(offsets) != len(self.rec) + 1 or (len(self.rec) and int(self.rec.max()) != len(self.rec) - 1) or \
                os.fstat(handle.fileno()).st_size != offsets[-1]:
            handle.close()
            return None
        return handle, offsets

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
        if self._row_file is not None:
            self._row_file[0].close()
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

    # -- which records a view holds --

    def _mask(self, query: IncidentQuery) -> np.ndarray:
        """The view's records, one bool per record of the index."""
        mask = np.ones(len(self.rec), dtype=bool)
        rejected, auto = self.status.code_of(("rejected",)), self.status.code_of(("auto",))
        if not query.show_rejected and len(rejected):
            mask &= self.status.codes != rejected[0]
        if not query.show_unreviewed and len(auto):
            mask &= self.status.codes != auto[0]
        days = np.array(self.day.names, dtype=object)
        if query.date_from:  # ISO dates compare as text, and the codes as the texts
            mask &= self.day.codes >= np.searchsorted(days, query.date_from.isoformat(), side="left")
        if query.date_to:
            mask &= self.day.codes < np.searchsorted(days, query.date_to.isoformat(), side="right")
        for coded, values in ((self.state, query.states), (self.kind, query.types)):
            if values:
                mask &= np.isin(coded.codes, coded.code_of(values))
        if query.actors:
            named = np.zeros(len(self.rec), dtype=bool)
            named[self.actor_positions[np.isin(self.actor.codes, self.actor.code_of(query.actors))]] = True
            mask &= named
        if query.max_geo_precision < 4:
            mask &= self.precision <= query.max_geo_precision
        for word in query.words:
            holding = np.zeros(len(self.rec), dtype=bool)
            holding[self._word_positions(word)] = True
            mask &= holding
        return mask

    def _word_positions(self, word: str) -> np.ndarray:
        """The records whose folded evidence holds ``word`` (a plain substring, as the pandas
        path): the evidence stays on disk and is scanned once per word and revision; the
        WORDS_KEPT most recently asked words are kept."""
        with self._words_lock:
            if word in self._words:
                self._words[word] = self._words.pop(word)  # most recent last
                return self._words[word]
        cursor = self.conn.cursor()
        try:
            recs = cursor.sql("SELECT rec FROM stored WHERE contains(evidence_key, ?)", params=[word]).fetchnumpy()["rec"]
        finally:
            cursor.close()
        positions = self.position_of_rec[np.asarray(recs, dtype="int64")]
        with self._words_lock:
            self._words[word] = positions
            while len(self._words) > WORDS_KEPT:
                self._words.pop(next(iter(self._words)))
        return positions

    def _events(self, mask: np.ndarray) -> _Events:
        positions = np.flatnonzero(mask)
        ev = self.ev[positions]
        starts = np.flatnonzero(np.r_[True, ev[1:] != ev[:-1]]) if len(positions) else np.zeros(0, dtype="int64")
        fatalities = np.maximum.reduceat(self.fatalities[positions], starts) if len(positions) else \
            np.zeros(0, dtype="int32")
        return _Events(positions, starts, positions[starts], fatalities)

    # -- the whole store --

    def overview(self) -> StoreOverview:
        names = lambda coded: np.array(coded.names, dtype=object)  # noqa: E731
        days = names(self.day)[np.unique(self.day.codes)] if len(self.rec) else []
        states = tuple(n for n in names(self.state)[np.unique(self.state.codes)] if n) if len(self.rec) else ()
        counts = np.bincount(self.actor.codes, minlength=len(self.actor.names))
        actors = tuple(name for _, name in sorted((-int(n), name) for name, n in zip(self.actor.names, counts)
                                                  if name and n))
        statuses = np.bincount(self.status.codes, minlength=len(self.status.names))
        return StoreOverview(dt.date.fromisoformat(days[0]) if len(days) else None,
                             dt.date.fromisoformat(days[-1]) if len(days) else None, states, actors,
                             {s: int(n) for s, n in zip(self.status.names, statuses) if n}, len(self.rec))

    # -- one view: a mask over the index, its events as runs --

    def view(self, query: IncidentQuery, *, page: int = 0, page_size: int = 100,
             unplaced_rows: int = 0) -> QueriedView:
        """Figures, per-state summary, timeline, one table page and what the map needs of
        the view; with ``unplaced_rows`` the newest events not drawn as points too."""
        mask = self._mask(query)
        events = self._events(mask)
        counts = self._counts(events)
        timeline, period = self._timeline(counts)
        figures = self._figures(counts)
        precision = self.precision[events.first]
        unplaced = self._unplaced(events) if unplaced_rows else None
        pages = self._table_pages(events, [(np.arange(len(events.first)), page, page_size)]
                                  + ([(unplaced, 0, unplaced_rows)] if unplaced is not None else []))
        return QueriedView(figures, self._state_summary(counts), timeline, period, pages[0],
                           self._days(counts), self._state_totals(events), self.ev[events.first],
                           (int((precision == 3).sum()), int(((precision >= 4) & (precision != NO_PRECISION)).sum())),
                           pages[1] if unplaced is not None else None)

    def _unplaced(self, events: _Events) -> np.ndarray:
        """The events not drawn as points (placed at state level or in the country only)."""
        return np.flatnonzero(~_IS_POINT[self.precision[events.first]])

    def figures(self, query: IncidentQuery) -> Figures:
        return self._figures(self._counts(self._events(self._mask(query))))

    def state_summary(self, query: IncidentQuery) -> pd.DataFrame:
        """Per state, over events: events, sources (distinct articles), fatalities, first,
        last, main type (ties: the first name); most events first. The choropleth's numbers."""
        return self._state_summary(self._counts(self._events(self._mask(query))))

    def timeline(self, query: IncidentQuery) -> tuple[pd.DataFrame, str]:
        """Events per period and type (period, type, events, end) and the period used:
        "day", "week" (from Monday) or "month", as charts.timeline chooses."""
        return self._timeline(self._counts(self._events(self._mask(query))))

    def _counts(self, events: _Events) -> "_Counts":
        """Records and sources in the view and per state, and events per state and type and
        per day and type: figures, summary and timeline come from these small answers (numpy
        arrays of codes; pandas only for the few rows each answer has)."""
        states, kinds, days = len(self.state.names), max(len(self.kind.names), 1), len(self.day.names)
        record_state = self.state.codes[events.positions].astype("int64")
        state_sources, sources = self._sources(record_state, self.art[events.positions], states)
        state, kind, day = (coded.codes[events.first].astype("int64") for coded in (self.state, self.kind, self.day))
        fatalities = np.maximum(events.fatalities, 0)
        by_state = self._grouped(state * kinds + kind, states * kinds, fatalities, day)
        events_by_day = np.bincount(day * kinds + kind, minlength=days * kinds)
        by_day = np.flatnonzero(events_by_day)
        return _Counts(len(events.positions), sources, state_sources, by_state, by_day, events_by_day[by_day])

    def _sources(self, state: np.ndarray, art: np.ndarray, states: int) -> tuple[np.ndarray, int]:
        """Distinct articles per state and in all: one flag per state and article when that
        table is small (a million flags: no sort, no hash), else distinct pairs."""
        articles = max(len(self.article_names), 1)
        if states * articles <= SOURCE_FLAGS:
            flags = np.zeros((states, articles), dtype=bool)
            flags[state, art] = True
            return flags.sum(axis=1), int(flags.any(axis=0).sum())
        pairs = pd.unique(state * articles + art)
        return np.bincount(pairs // articles, minlength=states), len(pd.unique(art))

    def _grouped(self, keys: np.ndarray, size: int, fatalities: np.ndarray, day: np.ndarray) -> dict[str, Any]:
        """Per key present (ascending): events, fatalities, first and last day (codes). No
        ufunc.at: the days each key has are counted in one bincount (there are few keys), 10x
        faster at a million events."""
        events = np.bincount(keys, minlength=size)
        present = np.flatnonzero(events)
        days = len(self.day.names)
        if len(present):
            has = np.bincount(keys * days + day, minlength=size * days).reshape(size, days)[present] > 0
            first, last = has.argmax(axis=1), days - 1 - has[:, ::-1].argmax(axis=1)
        else:
            first = last = present
        return {"key": present, "events": events[present],
                "fatalities": np.bincount(keys, weights=fatalities, minlength=size)[present].astype("int64"),
                "first": first, "last": last}

    def _figures(self, counts: "_Counts") -> Figures:
        kinds = max(len(self.kind.names), 1)
        by = counts.by_state
        named = np.array([bool(name) for name in self.state.names], dtype=bool)
        states = int(named[np.unique(by["key"] // kinds)].sum()) if len(by["key"]) else 0
        return Figures(counts.incidents, int(by["events"].sum()), int(by["fatalities"].sum()), states, counts.sources)

    def _state_summary(self, counts: "_Counts") -> pd.DataFrame:
        """Per state: events, sources, fatalities, first, last and the main type (most events;
        ties: the first name), most events first, then most fatalities, then by name."""
        columns = ["state", "events", "sources", "fatalities", "first", "last", "main type"]
        by = counts.by_state
        if not len(by["key"]):
            return pd.DataFrame(columns=columns).astype({"events": "int64", "sources": "int64", "fatalities": "int64"})
        kinds = max(len(self.kind.names), 1)
        state, kind = by["key"] // kinds, by["key"] % kinds  # keys ascending: a state's rows are one run
        starts = np.flatnonzero(np.r_[True, state[1:] != state[:-1]])
        present = state[starts]
        main = np.lexsort((kind, -by["events"], state))[starts]  # the first of each state's run in that order
        names = lambda coded, codes: np.array(coded.names, dtype=object)[codes]  # noqa: E731
        frame = pd.DataFrame({
            "state": [name or NO_STATE for name in names(self.state, present)],
            "events": np.add.reduceat(by["events"], starts).astype("int64"),
            "sources": counts.state_sources[present].astype("int64"),
            "fatalities": np.add.reduceat(by["fatalities"], starts).astype("int64"),
            "first": names(self.day, np.minimum.reduceat(by["first"], starts)),
            "last": names(self.day, np.maximum.reduceat(by["last"], starts)),
            "main type": names(self.kind, kind[main])})
        return frame.sort_values(["events", "fatalities", "state"], ascending=[False, False, True], ignore_index=True)

    def _days(self, counts: "_Counts") -> pd.DataFrame:
        """Events per day and type (QueriedView.days)."""
        kinds = max(len(self.kind.names), 1)
        names = lambda coded, codes: np.array(coded.names, dtype=object)[codes]  # noqa: E731
        return pd.DataFrame({"event_date": pd.Series(names(self.day, counts.by_day // kinds), dtype=object),
                             "event_type": names(self.kind, counts.by_day % kinds),
                             "events": counts.by_day_events.astype("int64")})

    def _timeline(self, counts: "_Counts") -> tuple[pd.DataFrame, str]:
        """timeline_of(self._days(counts)), from the codes: the days' dates and period starts
        are worked out once per revision (pandas, as timeline_of does), the events per period
        and type counted here."""
        kinds = max(len(self.kind.names), 1)
        dates, starts = self._day_periods()
        day, kind = counts.by_day // kinds, counts.by_day % kinds
        valid = ~np.isnat(dates[day])
        if not valid.any():
            return pd.DataFrame(columns=["period", "type", "events", "end"]), "day"
        day, kind, events = day[valid], kind[valid], counts.by_day_events[valid]
        span_days = int((dates[day].max() - dates[day].min()) // np.timedelta64(1, "D"))
        period = "day" if span_days <= DAY_LIMIT else "week" if span_days <= WEEK_LIMIT else "month"
        period_start, period_of_day = np.unique(starts[period][day], return_inverse=True)
        keys, key_of = np.unique(period_of_day.reshape(-1) * kinds + kind, return_inverse=True)
        frame = pd.DataFrame({"period": period_start[keys // kinds],
                              "type": np.array(self.kind.names, dtype=object)[keys % kinds],
                              "events": np.bincount(key_of.reshape(-1), weights=events).astype("int64")})
        step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}[period]
        frame["end"] = frame["period"] + step
        return frame, period

    def _day_periods(self) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Each day code's date (NaT: not a date) and the start of its week and month, as
        timeline_of reckons them."""
        if self._periods is None:
            dates = pd.to_datetime(pd.Series(self.day.names, dtype=object), errors="coerce")
            self._periods = (dates.to_numpy(), {"day": dates.to_numpy(),
                                                "week": dates.dt.to_period("W-SUN").dt.start_time.to_numpy(),
                                                "month": dates.dt.to_period("M").dt.start_time.to_numpy()})
        return self._periods

    def _state_totals(self, events: _Events) -> pd.DataFrame:
        """map.state_totals of the view's events: per state name, events, fatalities and
        events not drawn as points (precision other than 1 and 2)."""
        state = self.state.codes[events.first].astype("int64")
        size = len(self.state.names)
        precision = self.precision[events.first]
        totals = pd.DataFrame({"events": np.bincount(state, minlength=size),
                               "fatalities": np.bincount(state, weights=np.maximum(events.fatalities, 0),
                                                         minlength=size),
                               "statewide": np.bincount(state, weights=~_IS_POINT[precision],
                                                        minlength=size)},
                              index=pd.Index(self.state.names, name="admin1")).astype("int64")
        return totals[(totals["events"] > 0) & (totals.index != "")]

    def table_page(self, query: IncidentQuery, *, page: int = 0, page_size: int = 100,
                   unplaced: bool = False) -> TablePage:
        """One page of the view's events, newest first then by state: only these rows leave
        DuckDB. ``unplaced``: only the events not drawn as points (precision 3 and 4)."""
        events = self._events(self._mask(query))
        chosen = self._unplaced(events) if unplaced else np.arange(len(events.first))
        return self._table_pages(events, [(chosen, page, page_size)])[0]

    def records(self, query: IncidentQuery) -> pd.DataFrame:
        """Every record of the view, every column, by article and id (a download)."""
        import pyarrow as pa
        recs = pa.table({"rec": self.rec[self._mask(query)]})
        cursor = self.conn.cursor()
        try:
            cursor.register("wanted", recs)
            frame = cursor.execute("SELECT i.* EXCLUDE (evidence_key, month, rec, ev, art) FROM incidents i "
                                   "SEMI JOIN wanted USING (rec) ORDER BY article, incident_id").df()
        finally:
            cursor.close()
        frame["actors"] = frame["actors"].map(lambda names: list(names) if names is not None else [])
        return frame

    def _picked(self, events: _Events, chosen: np.ndarray, page: int, page_size: int) -> np.ndarray:
        """Page ``page`` of the events ``chosen`` (indexes into ``events``), newest first, then
        by state and first record."""
        wanted = (page + 1) * page_size
        if wanted <= 0:
            return chosen[:0]
        first = events.first[chosen]
        day = self.day.codes[first]
        if len(chosen) > wanted:  # only the newest days can hold the page: sort those
            newest = np.partition(day, len(day) - wanted)[len(day) - wanted]
            keep = day >= newest
            chosen, first, day = chosen[keep], first[keep], day[keep]
        order = np.lexsort((self.rec[first], self.state.codes[first], -day.astype("int64")))
        return chosen[order][page * page_size:wanted]

    def _table_pages(self, events: _Events, asked: list[tuple[np.ndarray, int, int]]) -> list[TablePage]:
        """A TablePage per (chosen, page, page_size) asked (see _picked): the events' sums
        from the index, their first records read from the files by number, all the pages'
        at once (one read of the newest months)."""
        picked = [self._picked(events, chosen, page, page_size) for chosen, page, page_size in asked]
        every = np.concatenate(picked) if picked else np.zeros(0, dtype="int64")
        counts = np.diff(np.r_[events.starts, len(events.positions)])[every]
        records = events.positions[_ragged(events.starts[every], counts)]
        bounds = np.r_[0, np.cumsum(counts)][:-1]
        largest = lambda values: [None if v < 0 else v for v in  # noqa: E731
                                  (np.maximum.reduceat(values[records], bounds) if len(every) else values[:0]).tolist()]
        names = self.article_names[self.art[records]]
        articles = [sorted(set(names[start:start + count].tolist())) for start, count in zip(bounds.tolist(),
                                                                                              counts.tolist())]
        first = events.first[every]
        summary = {"rec": self.rec[first].tolist(),
                   "fatalities": [None if v < 0 else v for v in events.fatalities[every].tolist()],
                   "injured": largest(self.injured), "arrested": largest(self.arrested),
                   "n_sources": [len(a) for a in articles], "articles": articles}
        rows = self._page_rows(sorted(set(summary["rec"])), first)
        row_of = pd.Index(rows["rec"])
        pages, start = [], 0
        for (chosen, _, _), page_events in zip(asked, picked):
            end = start + len(page_events)
            part = pd.DataFrame({name: values[start:end] for name, values in summary.items()})
            start = end
            at = row_of.get_indexer(part["rec"])
            if (at >= 0).all():  # each event's record, in the page's order (a merge, without its cost)
                part = pd.concat([rows.drop(columns="rec").take(at).reset_index(drop=True), part.drop(columns="rec")],
                                 axis=1)
            else:
                part = part.merge(rows, on="rec", how="left").drop(columns="rec")
                part = part[[c for c in part.columns if c not in summary] + list(summary)[1:]]
            for column in ("fatalities", "injured", "arrested"):
                part[column] = part[column].astype("Int64") if part[column].isna().any() else part[column]
            pages.append(TablePage(part, len(chosen)))
        return pages

    def _page_rows(self, recs: list[int], first: np.ndarray) -> pd.DataFrame:
        """The records numbered ``recs`` (the events ``first``'s first records), every column
        but the counts: one line each of the row file, else from the Parquet files."""
        whole = "SELECT rec, * EXCLUDE (evidence_key, month, fatalities, injured, arrested, rec, ev, art) FROM incidents"
        if self._row_file is None:
            if not recs:
                return self._frame(f"{whole} LIMIT 0")
            months = sorted({self.day.names[d][:7] for d in self.day.codes[first].tolist()})
            # the month prunes the files read; the numbers are matched by a hash join
            return self._frame(f"{whole} WHERE month IN (SELECT unnest(?)) AND rec IN (SELECT unnest(?))",
                               [months, recs])
        import pyarrow as pa

        from app.store.columnar import record_schema
        handle, offsets = self._row_file
        starts, ends = offsets[recs].tolist(), offsets[np.asarray(recs, dtype="int64") + 1].tolist()
        fd = handle.fileno()
        lines = b",".join([os.pread(fd, end - start, start) for start, end in zip(starts, ends)])
        values = list(zip(*json.loads(b"[" + lines + b"]"))) or [()] * len(ROW_FIELDS)  # one parse, by column
        schema = record_schema(with_status=True)
        columns = {"rec": pa.array(recs, pa.int32())}
        for name, column in zip(ROW_FIELDS, values):
            columns[name] = pa.array(column, schema.field(name).type)
        status = self.status.codes[self.position_of_rec[np.asarray(recs, dtype="int64")]]
        columns["status"] = pa.array(np.array(self.status.names, dtype=object)[status] if len(recs) else [],
                                     pa.string())
        cursor = self.conn.cursor()
        try:  # DuckDB turns them into pandas: the same dtypes as the Parquet path's
            cursor.register("page_rows", pa.table(columns))
            return cursor.execute("SELECT * FROM page_rows").df()
        finally:
            cursor.close()

    def record(self, incident_id: str) -> pd.DataFrame:
        """The record of ``incident_id`` (one row, or none): a link to one event."""
        return self._frame("SELECT * EXCLUDE (evidence_key, month, rec, ev, art) FROM incidents WHERE incident_id = ?",
                           [incident_id])

    def event_of(self, incident_id: str) -> int | None:
        """The event number (``ev``) of ``incident_id``'s record."""
        found = self._rows("SELECT ev FROM stored WHERE incident_id = ?", [incident_id])
        return int(found[0][0]) if found else None

    def point_columns(self, precisions: tuple[int, ...], *, show_rejected: bool = False,
                      show_unreviewed: bool = True, evidence_limit: int = 0) -> "PointColumns":
        """The point events the review-status toggles allow (their first record placed at one
        of ``precisions``, with coordinates), one each in the order of ``ev``, as
        events.events gives them (the first record, the largest fatalities, the articles of
        all its records); the evidence only when the toggles allow at most ``evidence_limit``
        events. The points file's input above the pandas path's size.

        The events, their first records, fatalities and articles come from the index; the
        first records' other fields from one streamed scan of the files (a batch at a time,
        kept only for the points, texts as codes), so neither DuckDB nor Python ever holds
        the rows whole (issue 17: the map page's server under 1 GB at a million incidents)."""
        import pyarrow as pa
        mask = np.ones(len(self.rec), dtype=bool)
        for status, shown in (("rejected", show_rejected), ("auto", show_unreviewed)):
            code = self.status.code_of((status,))
            if not shown and len(code):
                mask &= self.status.codes != code[0]
        events = self._events(mask)
        candidate = np.isin(self.precision[events.first], precisions)
        first = events.first[candidate]
        slot_of_rec = np.full(len(self.position_of_rec), -1, dtype="int64")
        slot_of_rec[self.rec[first]] = np.arange(len(first))
        texts = {name: _FirstSeen(len(first)) for name in _POINT_TEXTS}
        numbers = {name: np.full(len(first), np.nan) for name in ("latitude", "longitude", "confidence")}
        ids: list[tuple[np.ndarray, Any]] = []
        evidence: list[tuple[np.ndarray, Any]] | None = [] if len(events.first) <= evidence_limit else None
        columns = ", ".join(("rec", "incident_id", *_POINT_TEXTS, *numbers) + (("evidence",) if evidence is not None
                                                                               else ()))
        cursor = self.conn.cursor()
        try:
            reader = cursor.sql(f"SELECT {columns} FROM stored").to_arrow_reader(POINT_BATCH_ROWS)
            for batch in reader:
                slots = slot_of_rec[batch.column("rec").to_numpy(zero_copy_only=False)]
                wanted = np.flatnonzero(slots >= 0)
                if not len(wanted):
                    continue
                batch, slots = batch.take(pa.array(wanted)), slots[wanted]
                for name, seen in texts.items():
                    seen.add(slots, batch.column(name))
                for name, values in numbers.items():
                    values[slots] = batch.column(name).to_numpy(zero_copy_only=False)
                ids.append((slots, batch.column("incident_id")))
                if evidence is not None:
                    evidence.append((slots, batch.column("evidence")))
        finally:
            cursor.close()
        placed = np.flatnonzero(~np.isnan(numbers["latitude"]) & ~np.isnan(numbers["longitude"]))
        chosen = np.flatnonzero(candidate)[placed]  # the points, as indexes into ``events``
        source, members, offsets, articles = self._point_sources(events, chosen)
        return PointColumns(
            ev=self.ev[events.first[chosen]],
            texts={name: seen.of(placed) for name, seen in texts.items()},
            status=_first_seen(self.status.codes[events.first[chosen]], self.status.names),
            latitude=numbers["latitude"][placed], longitude=numbers["longitude"][placed],
            confidence=numbers["confidence"][placed], geo_precision=self.precision[events.first[chosen]].astype("int64"),
            fatalities=events.fatalities[chosen].astype("int64"),
            source=source, source_members=members, source_offsets=offsets, articles=articles,
            ids=_in_slot_order(ids, placed, len(first)),
            evidence=None if evidence is None else _in_slot_order(evidence, placed, len(first)))

    def _point_sources(self, events: _Events, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                                          tuple[str, ...]]:
        """Each chosen event's articles (all its records', distinct, by name): a code per event
        into the distinct sets in order of first appearance, the sets as ``members`` (indexes
        into ``articles``) from ``offsets``, and ``articles``: every article named, sorted."""
        names = self.article_names
        by_name = np.argsort(names, kind="stable")
        rank = np.empty(len(names), dtype="int64")
        rank[by_name] = np.arange(len(names))
        counts = np.diff(np.r_[events.starts, len(events.positions)])[chosen]
        records = events.positions[_ragged(events.starts[chosen], counts)]
        width = max(len(names), 1)
        pairs = np.unique(np.repeat(np.arange(len(chosen)), counts) * width + rank[self.art[records]])
        named, member = np.unique(pairs % width, return_inverse=True)
        offsets = np.r_[0, np.cumsum(np.bincount(pairs // width, minlength=len(chosen)))]
        # a set's key: its one article, or (past every article) its place among the sets of several
        single = np.diff(offsets) == 1
        key = np.empty(len(chosen), dtype="int64")
        key[single] = member[offsets[:-1][single]]
        several: dict[bytes, int] = {}
        for i in np.flatnonzero(~single):
            key[i] = len(named) + several.setdefault(member[offsets[i]:offsets[i + 1]].tobytes(), len(several))
        source, firsts = _first_seen_codes(key)
        lengths = np.diff(offsets)[firsts]  # a set's members: those of its first event
        return (source, member[_ragged(offsets[firsts], lengths)], np.r_[0, np.cumsum(lengths)],
                tuple(str(names[by_name[r]]) for r in named))


def _ragged(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The indexes of the runs starting at ``starts``, ``counts`` long each, one after another."""
    return np.repeat(starts - np.r_[0, np.cumsum(counts)[:-1]], counts) + np.arange(counts.sum())


@dataclass(frozen=True)
class _Counts:
    incidents: int             # records in the view
    sources: int               # distinct articles in the view
    state_sources: np.ndarray  # per state code: distinct articles
    by_state: dict[str, Any]   # IncidentQueries._grouped per state and type (key: state * kinds + kind)
    by_day: np.ndarray         # the keys (day * kinds + kind) with events, ascending
    by_day_events: np.ndarray  # and their events


def timeline_of(days: pd.DataFrame, span: tuple[dt.date, dt.date] | None = None) -> tuple[pd.DataFrame, str]:
    """charts.timeline from events per day and type (QueriedView.days), within ``span``
    (all dates when None): events per period and type (period, type, events, end) and the
    period used: "day", "week" (from Monday) or "month"."""
    dates = pd.to_datetime(days["event_date"], errors="coerce")
    valid = dates.notna()
    if span is not None:
        valid &= (dates >= pd.Timestamp(span[0])) & (dates <= pd.Timestamp(span[1]))
    if not valid.any():
        return pd.DataFrame(columns=["period", "type", "events", "end"]), "day"
    days, dates = days[valid], dates[valid]
    span_days = (dates.max() - dates.min()).days
    period = "day" if span_days <= DAY_LIMIT else "week" if span_days <= WEEK_LIMIT else "month"
    starts = {"day": dates, "week": dates.dt.to_period("W-SUN").dt.start_time,
              "month": dates.dt.to_period("M").dt.start_time}[period]
    frame = (pd.DataFrame({"period": starts, "type": days["event_type"], "events": days["events"]})
             .groupby(["period", "type"], as_index=False)["events"].sum()
             .sort_values(["period", "type"], ignore_index=True))
    frame["events"] = frame["events"].astype("int64")
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}[period]
    frame["end"] = frame["period"] + step
    return frame, period
