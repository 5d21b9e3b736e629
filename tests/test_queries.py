"""app.store.queries: DuckDB over the by-month Parquet dataset answers the dashboard's
questions (figures, per-state summary, timeline, table page) as the pandas path does, with
the review statuses SQLite holds now."""
from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import numpy as np
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


def _points_by_id(table: dict, details: dict) -> tuple[pd.DataFrame, list]:
    """A points file decoded: per incident id its drawn values, and its sources' article ids."""
    decoded = pd.DataFrame({k: [table[k + "s"][c] if k + "s" in table else c for c in table[k]]
                            for k in ("lat", "lon", "type", "prec", "fat", "date", "dprec", "place")}
                           | {"status": [details["statuses"][c] for c in details["status"]], "conf": details["conf"],
                              "evidence": [details["evidences"][c] if c >= 0 else "" for c in details["evidence"]]
                              if details["evidence"] is not None else None},
                           index=list(details["ids"])).sort_index()
    sources = sorted((i, tuple(details["articles"][a] for a in details["sources"][c]))
                     for i, c in zip(details["ids"], details["source"]))
    return decoded, sources


@pytest.mark.parametrize("evidence_limit", [0, 10**6])
def test_the_points_file_from_duckdb_columns_is_the_pandas_points_file(
        data: Path, prepared: pd.DataFrame, tmp_path: Path, evidence_limit: int) -> None:
    import json

    from app.dashboard import points
    articles = {a: {"source": f"Source {a[-1]}", "title": f"<b>{a}</b>", "url": f"https://x.mx/{a}"}
                for a in set(prepared["article"])}
    grouped = events.events(flt.apply(prepared, flt.Filters(show_rejected=True)))
    expected = points.point_set(grouped, articles, with_evidence=evidence_limit > 0)
    with IncidentQueries(data) as queries:
        columns = queries.point_columns(points.POINT_PRECISIONS, show_rejected=True, evidence_limit=evidence_limit)
    got = points.event_points(columns, articles, folder=tmp_path)
    assert len(got) == len(expected) > 0 and list(got.events) == sorted(got.events)
    read = lambda url: json.loads((tmp_path / url.rsplit("/", 1)[1]).read_text())  # noqa: E731
    table, details = read(got.published.points_url), read(got.published.details_url)
    want_points, want_sources = _points_by_id(expected.table, expected.details)
    got_points, got_sources = _points_by_id(table, details)
    pd.testing.assert_frame_equal(got_points, want_points)
    assert got_sources == want_sources
    # the mask of a view: the bits of its point events
    some = np.array(sorted(set(got.events[::3]) | {-5, 10**9}))
    mask = got.mask(some)
    bits = np.unpackbits(np.frombuffer(base64.b64decode(mask), dtype="uint8"), bitorder="little")[:len(got)]
    assert list(np.flatnonzero(bits)) == list(range(0, len(got), 3))
    assert got.mask(got.events) is None


# The points file as it was built before the build went by batches (branch scale2: one
# DuckDB statement, its answer as pandas categoricals, the JSON written whole): the files
# must stay byte for byte the same, so browsers keep what they hold.
_REFERENCE_SQL = """
    WITH e AS (SELECT ev, min(rec) AS first_rec, max(fatalities) AS fatalities
               FROM incidents WHERE NOT list_contains(?, status) GROUP BY ev),
         firsts AS (SELECT e.ev, e.fatalities, i.* EXCLUDE (ev, fatalities)
                    FROM e JOIN incidents i ON i.rec = e.first_rec
                    WHERE list_contains(?, i.geo_precision) AND i.latitude IS NOT NULL AND i.longitude IS NOT NULL),
         sources AS (SELECT ev, string_agg(DISTINCT article, chr(10) ORDER BY article) AS sources
                     FROM incidents WHERE NOT list_contains(?, status) AND ev IN (SELECT ev FROM firsts) GROUP BY ev)
    SELECT f.ev, f.incident_id, f.event_type, f.event_date, f.date_precision, f.location, f.admin2, f.admin1,
           f.latitude, f.longitude, f.geo_precision, f.fatalities, f.status, f.confidence, sources.sources{evidence}
    FROM firsts f JOIN sources USING (ev) ORDER BY f.ev"""


def _reference_points_files(queries: IncidentQueries, articles: dict, statuses: list[str], evidence: bool) -> list:
    import html
    import json

    import pyarrow as pa
    import pyarrow.compute as pc

    from app.dashboard import points
    from app.geo.geocoder import place_label
    table = queries.conn.sql(_REFERENCE_SQL.format(evidence=", f.evidence" if evidence else ""),
                             params=[statuses, [1, 2], statuses]).to_arrow_table()
    columns = pa.table([pc.dictionary_encode(c) if pa.types.is_string(c.type) and n != "incident_id" else c
                        for n, c in zip(table.column_names, table.columns)], names=table.column_names).to_pandas()

    def coded(column: pd.Series, render=html.escape) -> tuple[list, list]:
        values = column.astype("category")
        codes = values.cat.codes.to_numpy(dtype="int64")
        names = [render(str(c)) for c in values.cat.categories]
        if (codes < 0).any():
            codes = np.where(codes < 0, len(names), codes)
            names.append(render("None"))
        return codes.tolist(), names

    number = lambda name, missing: pd.to_numeric(columns[name]).fillna(missing).astype("int64").tolist()  # noqa: E731
    types, type_names = coded(columns["event_type"], render=str)
    dates, date_names = coded(columns["event_date"])
    dprecs, dprec_names = coded(columns["date_precision"])
    adm1, adm1_names = coded(columns["admin1"])
    parts = [columns[c].astype("category") for c in ("location", "admin2", "admin1")]
    triples, inverse = np.unique(np.stack([p.cat.codes.to_numpy(dtype="int64") for p in parts], axis=1), axis=0,
                                 return_inverse=True)
    labels = [place_label(*("" if code < 0 else str(part.cat.categories[code]) for part, code in zip(parts, triple)))
              for triple in triples]
    label_codes, label_names = pd.factorize(pd.Series(labels, dtype="object"), use_na_sentinel=False)
    scaled = lambda name: (columns[name] * points.COORD_SCALE).round().astype("int64").tolist()  # noqa: E731
    point_table = {
        "lat": scaled("latitude"), "lon": scaled("longitude"),
        "type": [points._TYPE_INDEX.get(type_names[t], -1) for t in types],
        "prec": number("geo_precision", 0), "fat": number("fatalities", -1),
        "date": dates, "dates": date_names, "dprec": dprecs, "dateprecs": dprec_names,
        "place": label_codes[inverse.reshape(-1)].tolist(), "places": [html.escape(str(x)) for x in label_names],
        "adm1": adm1, "adm1s": adm1_names}
    sources, source_keys = coded(columns["sources"], render=str)
    article_ids = sorted({a for key in source_keys for a in key.split("\n")})
    index = {a: i for i, a in enumerate(article_ids)}
    statuses_, status_names = coded(columns["status"])
    details = {
        "source": sources, "sources": [[index[a] for a in key.split("\n")] for key in source_keys],
        "articles": [points._article_entry(a, articles.get(a)) for a in article_ids],
        "status": statuses_, "statuses": status_names,
        "conf": (columns["confidence"] * 100).round().fillna(-1).astype("int64").tolist(),
        "ids": columns["incident_id"].astype(str).tolist(), "evidence": None, "evidences": []}
    if evidence:
        details["evidence"], details["evidences"] = points._evidence_codes(columns["evidence"])
    dump = lambda payload: json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace(  # noqa: E731
        "<", "\\u003c").encode("ascii")
    return [dump(point_table), dump(details), columns["ev"].tolist()]


@pytest.fixture(scope="module")
def gaps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose points lack a municipality or a state here and there (the store's
    columns that may be empty), with "<" and accents in their texts."""
    folder = tmp_path_factory.mktemp("gaps") / "data"
    records = synthetic_incidents(600, seed=5, days=40, articles=150)
    for i, record in enumerate(records):
        if record["geo_precision"] != 3:
            record.update({0: {"admin2": None}, 1: {"admin2": ""}, 2: {"location": "Las <Cruces> é"},
                           3: {"admin1": ""}}.get(i % 7, {}))
    import_records(folder, records)
    with Store(folder) as db:
        ids = sorted(db.frame()["incident_id"])
        db.set_status(ids[::5], "approved")
        db.set_status(ids[1::5], "rejected")
    return folder


@pytest.mark.parametrize("store", ["data", "gaps"])
@pytest.mark.parametrize("toggles", [(True, True, 10**6), (False, True, 0), (False, False, 0), (True, False, 10**6)])
def test_the_points_file_is_byte_for_byte_the_one_built_before_batches(
        request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        toggles: tuple[bool, bool, int], store: str) -> None:
    data = request.getfixturevalue(store)
    prepared = read_incidents(data)
    from app.dashboard import points
    from app.store import queries as queries_module
    monkeypatch.setattr(queries_module, "POINT_BATCH_ROWS", 700)  # several batches, codes across them
    monkeypatch.setattr(points, "CHUNK_ROWS", 300)  # the JSON's long arrays in several slices
    show_rejected, show_unreviewed, evidence_limit = toggles
    articles = {a: {"source": f"Source <{a[-1]}>", "title": f"Título {a}", "url": f"https://x.mx/{a}"}
                for a in set(prepared["article"])}
    statuses = [s for s, shown in (("rejected", show_rejected), ("auto", show_unreviewed)) if not shown]
    with IncidentQueries(data) as queries:
        expected = _reference_points_files(queries, articles, statuses, evidence=evidence_limit > 0)
        columns = queries.point_columns(points.POINT_PRECISIONS, show_rejected=show_rejected,
                                        show_unreviewed=show_unreviewed, evidence_limit=evidence_limit)
    got = points.event_points(columns, articles, folder=tmp_path)
    read = lambda url: (tmp_path / url.rsplit("/", 1)[1]).read_bytes()  # noqa: E731
    assert len(got) > 0 and got.events.tolist() == expected[2]
    assert read(got.published.points_url) == expected[0]
    assert read(got.published.details_url) == expected[1]


def test_a_dataset_written_before_the_numbers_answers_the_same(data: Path, tmp_path: Path) -> None:
    """An export of an older version has no rec/ev/art columns: they are worked out from
    the files (slower), to the same answers, until the next export writes them."""
    import shutil

    import pyarrow.parquet as pq

    from app.store.columnar import MONTHS_DIR, NUMBER_FIELDS
    old = tmp_path / "old"
    shutil.copytree(data, old)
    for path in (old / MONTHS_DIR).rglob("*.parquet"):
        pq.write_table(pq.read_table(path).drop_columns(list(NUMBER_FIELDS)), path)
    with IncidentQueries(data) as new_queries, IncidentQueries(old) as old_queries:
        for filters in QUERIES.values():
            query = as_query(filters)
            assert old_queries.figures(query) == new_queries.figures(query)
            pd.testing.assert_frame_equal(old_queries.state_summary(query), new_queries.state_summary(query))
            pd.testing.assert_frame_equal(old_queries.table_page(query).rows, new_queries.table_page(query).rows)


def test_the_records_of_a_word_are_looked_up_once_and_the_oldest_words_dropped(
        data: Path, prepared: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import queries as queries_module
    monkeypatch.setattr(queries_module, "WORDS_KEPT", 2)
    with IncidentQueries(data) as queries:
        first = queries.figures(IncidentQuery(words=("armados",)))
        matched = queries._word_positions("armados")
        assert queries.figures(IncidentQuery(words=("armados",))) == first
        assert queries._word_positions("armados") is matched  # not looked up again
        queries.figures(IncidentQuery(words=("bloqueo",)))
        queries.figures(IncidentQuery(words=("muertos",)))
        assert list(queries._words) == ["bloqueo", "muertos"]  # the oldest word dropped
        again = queries.figures(IncidentQuery(words=("armados",)))
    assert again == first
    expected = flt.apply(prepared, flt.Filters(text="armados"))
    assert first.incidents == len(expected) > 0


@pytest.fixture(scope="module")
def without_row_file(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same store, its version without the row file (written before it): table pages
    come from the Parquet files through DuckDB."""
    import shutil

    from app.store.columnar import OFFSETS_NAME, ROWS_NAME, current_version
    old = tmp_path_factory.mktemp("q-old") / "data"
    shutil.copytree(data, old)
    version = current_version(old)
    (version / ROWS_NAME).unlink()
    (version / OFFSETS_NAME).unlink()
    return old


def test_table_pages_from_the_row_file_are_those_from_the_parquet_files(
        data: Path, without_row_file: Path, prepared: pd.DataFrame) -> None:
    one = prepared.sort_values(["event_date", "admin1"]).iloc[0]  # a view of one event, maybe several records
    alone = flt.Filters(date_from=one["_date"], date_to=one["_date"], states=(one["admin1"],),
                        types=(one["event_type"],))
    cases = {**QUERIES, "nothing": flt.Filters(states=("Atlantis",)), "one event": alone}
    with IncidentQueries(data) as new, IncidentQueries(without_row_file) as old:
        assert new._row_file is not None and old._row_file is None
        for name, filters in cases.items():
            query = as_query(filters)
            total = new.table_page(query).total
            assert total == old.table_page(query).total
            last = max(total - 1, 0) // 7
            for page, size, unplaced in ((0, 50, False), (last, 7, False), (last + 1, 7, False), (0, 0, False),
                                         (0, 30, True), (1, 30, True)):
                got = new.table_page(query, page=page, page_size=size, unplaced=unplaced)
                want = old.table_page(query, page=page, page_size=size, unplaced=unplaced)
                assert got.total == want.total, (name, page, size, unplaced)
                pd.testing.assert_frame_equal(got.rows, want.rows)
            got_view = new.view(query, page_size=40, unplaced_rows=25)
            want_view = old.view(query, page_size=40, unplaced_rows=25)
            pd.testing.assert_frame_equal(got_view.table.rows, want_view.table.rows)
            pd.testing.assert_frame_equal(got_view.unplaced_table.rows, want_view.unplaced_table.rows)
        assert new.table_page(as_query(cases["nothing"])).total == 0
        single = new.table_page(as_query(alone))
        assert single.total == 1 and len(single.rows) == 1 and single.rows["event_date"].iloc[0] == one["event_date"]
        last_page = new.table_page(as_query(QUERIES["everything"]), page=(total := new.figures(
            as_query(QUERIES["everything"])).events) // 50, page_size=50)
        assert len(last_page.rows) == total % 50 and last_page.total == total


def test_a_row_file_that_does_not_match_the_dataset_is_not_used(data: Path, tmp_path: Path) -> None:
    import shutil

    from app.store.columnar import ROWS_NAME, current_version
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    rows = current_version(copy) / ROWS_NAME
    rows.write_bytes(rows.read_bytes()[:-10])  # cut short
    with IncidentQueries(copy) as queries, IncidentQueries(data) as whole:
        assert queries._row_file is None
        query = as_query(QUERIES["state and type"])
        pd.testing.assert_frame_equal(queries.table_page(query).rows, whole.table_page(query).rows)
