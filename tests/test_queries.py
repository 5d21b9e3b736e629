"""app.store.queries: DuckDB over the by-month Parquet dataset answers the dashboard's
questions (figures, per-state summary, timeline, table page) as the pandas path does, with
the review statuses SQLite holds now."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from app.dashboard import charts, events
from app.dashboard import filters as flt
from app.demo import synthetic_incidents
from app.geo.gazetteer import fold
from app.store import Store, import_records, read_incidents
from app.store.queries import IncidentQueries, IncidentQuery


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("q") / "data"
    records = synthetic_incidents(3000, seed=11, days=200, articles=900)
    # several articles about one event: the same type, place and date under other ids
    twins = [{**r, "incident_id": r["incident_id"] + "-b", "article": r["article"] + "b",
              "fatalities": (r["fatalities"] or 0) + 2} for r in records[:300]]
    import_records(folder, records + twins)
    with Store(folder) as db:  # reviewed after the export: only SQLite knows yet
        ids = sorted(db.frame()["incident_id"])
        db.set_status(ids[:40], "rejected")
        db.set_status(ids[40:80], "approved")
    return folder


QUERIES = {
    "everything": flt.Filters(),
    "state and type": flt.Filters(states=("Jalisco", "Sinaloa"), types=("death", "arrest")),
    "dates": flt.Filters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 3, 15)),
    "words": flt.Filters(text="VEHÍCULOS armados"),
    "actors and precision": flt.Filters(actors=("CJNG",), max_geo_precision=2),
    "reviewed only, rejected too": flt.Filters(show_rejected=True, show_unreviewed=False),
}


def as_query(filters: flt.Filters) -> IncidentQuery:
    return IncidentQuery(date_from=filters.date_from, date_to=filters.date_to, states=filters.states,
                         types=filters.types, actors=filters.actors, words=tuple(fold(filters.text).split()),
                         max_geo_precision=filters.max_geo_precision, show_rejected=filters.show_rejected,
                         show_unreviewed=filters.show_unreviewed)


@pytest.fixture(scope="module")
def prepared(data: Path) -> pd.DataFrame:
    return flt.prepare(read_incidents(data))


@pytest.mark.parametrize("name", list(QUERIES))
def test_duckdb_answers_as_the_pandas_path(data: Path, prepared: pd.DataFrame, name: str) -> None:
    filters = QUERIES[name]
    view = flt.apply(prepared, filters)
    grouped = events.events(view)
    assert len(view) > 0
    with IncidentQueries(data) as queries:
        query = as_query(filters)
        figures = queries.figures(query)
        expected = charts.figures(view, grouped)
        assert (figures.incidents, figures.events, figures.fatalities, figures.states, figures.articles) == \
            (expected.incidents, expected.events, expected.fatalities, expected.states, expected.articles)

        summary = queries.state_summary(query)
        pandas_summary = charts.state_summary(grouped)
        columns = ["state", "events", "sources", "fatalities", "first", "last"]
        ordered = lambda f: f[columns].sort_values(["state"]).reset_index(drop=True)  # noqa: E731
        pd.testing.assert_frame_equal(ordered(summary), ordered(pandas_summary), check_dtype=False)
        for state, main in zip(summary["state"], summary["main type"]):
            in_state = grouped[grouped["admin1"].replace("", charts.NO_STATE) == state]["event_type"].value_counts()
            assert in_state[main] == in_state.max()  # the most frequent type (ties: either)

        timeline, period = queries.timeline(query)
        pandas_timeline, pandas_period = charts.timeline(grouped)
        assert period == pandas_period
        key = ["period", "type"]
        pd.testing.assert_frame_equal(timeline.sort_values(key).reset_index(drop=True)[key + ["events", "end"]],
                                      pandas_timeline.sort_values(key).reset_index(drop=True)[key + ["events", "end"]],
                                      check_dtype=False)

        page = queries.table_page(query, page=0, page_size=50)
        assert page.total == len(grouped) and len(page.rows) == min(50, len(grouped))
        newest = grouped.sort_values(["event_date", "admin1"], ascending=[False, True])
        assert list(page.rows["event_date"]) == list(newest["event_date"][:50])
        by_key = grouped.set_index(events.event_keys(grouped))
        for _, row in page.rows.iterrows():
            event = by_key.loc[events.event_keys(pd.DataFrame([row])).iloc[0]]
            assert row["n_sources"] == event[events.N_SOURCES]
            assert tuple(row["articles"]) == event[events.ARTICLES]
            assert pd.isna(row["fatalities"]) if pd.isna(event["fatalities"]) else \
                row["fatalities"] == event["fatalities"]


def test_the_overview_and_review_statuses_come_from_sqlite(data: Path, prepared: pd.DataFrame) -> None:
    with IncidentQueries(data) as queries:
        overview = queries.overview()
    assert overview.incidents == len(prepared)
    assert overview.status_counts == {"auto": len(prepared) - 80, "rejected": 40, "approved": 40}
    assert overview.states == tuple(sorted(set(prepared["admin1"]) - {""}))
    assert overview.first == prepared["_date"].min() and overview.last == prepared["_date"].max()
    assert list(overview.actors) == flt.actor_names(prepared)


def test_a_store_never_exported_answers_empty(tmp_path: Path) -> None:
    with IncidentQueries(tmp_path) as queries:
        assert queries.figures(IncidentQuery()).incidents == 0
        assert queries.table_page(IncidentQuery()).total == 0
        assert queries.timeline(IncidentQuery())[0].empty
        assert queries.overview().first is None


def test_the_dashboard_loader_asks_duckdb_for_the_filtered_view(data: Path, prepared: pd.DataFrame) -> None:
    from app.dashboard import loaders
    from app.store import revision
    filters = QUERIES["state and type"]
    view = loaders.queried_view(data, revision(data), filters, page_size=20)
    grouped = events.events(flt.apply(prepared, filters))
    assert view.figures.events == len(grouped) and view.table.total == len(grouped) and len(view.table.rows) == 20
    assert set(view.state_summary["state"]) == {"Jalisco", "Sinaloa"}


def test_the_points_file_input_comes_from_duckdb_as_from_the_pandas_events(data: Path, prepared: pd.DataFrame) -> None:
    from app.dashboard import points
    base = flt.apply(prepared, flt.Filters())
    expected = points.point_set(events.events(base), with_evidence=False)
    with IncidentQueries(data) as queries:
        frame = queries.point_events()
    assert len(frame) == len(events.events(base))
    got = points.point_set(frame, with_evidence=False)
    order = lambda s: pd.DataFrame({k: [s.table[k + "s"][c] if k + "s" in s.table else c for c in s.table[k]]  # noqa: E731
                                    for k in ("lat", "lon", "type", "prec", "fat", "date", "place")},
                                   index=list(s.details["ids"])).sort_index()
    pd.testing.assert_frame_equal(order(got), order(expected))
    sources = lambda s: sorted((i, tuple(s.details["articles"][a][2] for a in s.details["sources"][c]))  # noqa: E731
                               for i, c in zip(s.details["ids"], s.details["source"]))
    assert sources(got) == sources(expected)


def test_above_the_limit_the_map_points_come_from_duckdb_without_the_records_frame(
        data: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app.dashboard import loaders, points
    from app.store import revision
    monkeypatch.setattr(points, "PUBLISH_DIR", tmp_path / "points")
    loaders.clear()
    small = loaders.map_points(str(data), revision(data), False, True)
    loaders.clear()
    monkeypatch.setattr(loaders, "PANDAS_LIMIT", 100)

    def no_frame(*args: object, **kwargs: object) -> None:
        raise AssertionError("the records were loaded into pandas")
    no_frame.clear = lambda: None  # type: ignore[attr-defined]  # loaders.clear() clears it
    monkeypatch.setattr(loaders, "load_prepared", no_frame)
    large = loaders.map_points(str(data), revision(data), False, True)
    loaders.clear()
    assert len(large.points) == len(small.points)
    assert sorted(large.points.details["ids"]) == sorted(small.points.details["ids"])
    evidence = lambda s: sorted((i, s.details["evidences"][c] if c >= 0 else "")  # noqa: E731
                                for i, c in zip(s.details["ids"], s.details["evidence"]))
    assert evidence(large.points) == evidence(small.points)
