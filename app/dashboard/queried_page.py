"""The map page above loaders.PANDAS_LIMIT incidents: the same page as map_page.main, every
figure, the choropleth, the timeline and the tables answered by the store's queries
(loaders.queried_view: DuckDB and an index of codes), the map's points from the store's
coded columns (loaders.event_points), so no record is ever loaded into pandas but the
rows a table shows (issue 17: a million incidents in well under 1 GB on the server).

The sidebar, the URL, the header and the linked-event box are map_page's own functions.
The sections that draw frames of events there are drawn here from the queries' small
answers; they say the same things with the same words (and keys), so the page looks and
behaves the same on both sides of the limit.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import streamlit as st

from app import demo, exports
from app.dashboard import charts, data, events, loaders, map_drawn
from app.dashboard import filters as flt
from app.dashboard import map_page as page
from app.dashboard.i18n import Translator, translator
from app.dashboard.map import View, view_of_totals
from app.store import QueriedView
from app.store.queries import timeline_of


def main(directory: Path, rev: tuple[int, int]) -> None:
    """map_page.main for a store above PANDAS_LIMIT incidents."""
    articles = loaders.load_articles(str(directory), rev)
    shapes = loaders.states()
    facts = loaders.queried_facts(str(directory), rev)
    first, last = facts.first, facts.last
    shape_names = [f["properties"].get("name") for f in shapes["features"]] if shapes else []
    state_names = sorted(set(facts.states) | set(filter(None, shape_names)))

    page_load = page.page_loaded()
    page._init_widgets(page._read_url(state_names), first, last)
    page._fit_dates_to_data(first, last)
    review = page._widget_filters(first, last)
    map_files = loaders.event_points(str(directory), rev, review.show_rejected, review.show_unreviewed)
    map_drawn.hold_page(page_load)  # the map before its controls on a page load
    page.preload_map(loaders.states_url() if shapes else None, map_files.published, len(map_files))
    t = translator(st.session_state.get(page.K_LANG) or "en")
    page.show_header(t)
    page.sidebar(first, last, list(facts.actors), t)
    if demo.is_demo(articles):
        st.warning(t("demo_banner"), icon=":material/science:")
    page.show_url_problems(t)
    if st.session_state.get(page.K_OPEN_EVENT):
        page.show_open_event(loaders.queried_record(directory, rev, st.session_state[page.K_OPEN_EVENT]), articles, t)

    def views(filters: flt.Filters) -> tuple[QueriedView, QueriedView | None, tuple[dt.date, dt.date]]:
        """The view's figures and the previous period's (no table page: cached per filters), its dates."""
        # The figures and the map need no table page: without one the query takes half the time
        # (60 against 120-190 ms at 100,000 incidents, at rest), and the map goes out that much
        # sooner; the tables' own query runs once the map has drawn the view (below).
        shown = loaders.queried_view(directory, rev, filters, page_size=0)
        span = (filters.date_from or first, filters.date_to or last)
        prev_lo, prev_hi = charts.previous_period(*span)
        previous = loaders.queried_view(directory, rev, replace(filters, date_from=prev_lo, date_to=prev_hi),
                                        page_size=0) if prev_lo >= first else None
        return shown, previous, span

    def figures(filters: flt.Filters) -> tuple[View, Callable[[], None]]:
        shown, previous, span = views(filters)
        fig = shown.figures
        prev_lo, prev_hi = charts.previous_period(*span)
        empty_note = ""
        if fig.incidents == 0:
            empty_note = t("empty_view_state", states=", ".join(filters.states)) if filters.states else t("empty_view")

        def draw() -> None:
            show_figures(shown, previous, t)
            if empty_note:
                st.info(empty_note)
            page.show_state_button(filters, t)
            page.show_caption(t("caption", events=f"{fig.events:,}", records=f"{fig.incidents:,}",
                                articles=f"{fig.articles:,}", lo=span[0], hi=span[1])
                              + (" · " + t("compared_with", lo=prev_lo, hi=prev_hi) if previous is not None else ""))
        return map_view(directory, rev, shown, filters, state_names, empty_note), draw

    def draw_map(filters: flt.Filters, view: View, seq: int) -> None:
        points = loaders.event_points(str(directory), rev, filters.show_rejected, filters.show_unreviewed)
        page.show_map(view, seq, shapes, filters, state_names, points.published, t)

    with st.container(key="mx_view"):
        page.show_view(lambda: page.prepare_filters(state_names, first, last),
                       lambda: page.filter_bar(first, last, state_names, t), figures, draw_map)

    def below(held: bool) -> None:  # the map first, as on the pandas page (map_drawn.py)
        filters = page.current_filters()
        shown, previous, span = views(filters)
        about = data.shown_path(data.database_file(directory))
        if held:
            page.show_about(facts, about, t)
            if shown.figures.incidents:
                st.caption(t("below_map_follows"))
            return
        tables = loaders.queried_view(directory, rev, filters, page_size=page.TABLE_ROWS,
                                      unplaced_rows=page.UNPLACED_ROWS)
        show_unplaced(tables, t)
        page.show_about(facts, about, t)
        if shown.figures.incidents == 0:
            return
        show_timeline(tables, filters, t)
        show_tables(tables, previous, articles, t)
        show_downloads(directory, rev, filters, articles, span, t)

    map_drawn.below_map(below)


def show_figures(shown: QueriedView, previous: QueriedView | None, t: Translator) -> None:
    """map_page.show_figures from the counted figures."""
    fig, before = shown.figures, previous.figures if previous is not None else None
    with st.container(key="mx_figures"):
        cols = st.columns(4)
        cols[0].metric(t("fig_events"), f"{fig.events:,}", help=t("fig_events_help"),
                       delta=None if before is None else f"{fig.events - before.events:+,}", delta_color="off")
        cols[1].metric(t("fig_fatalities"), f"{fig.fatalities:,}", help=t("fig_fatalities_help"),
                       delta=None if before is None else f"{fig.fatalities - before.fatalities:+,}",
                       delta_color="off")
        cols[2].metric(t("fig_states"), f"{fig.states:,}", help=t("fig_states_help"))
        cols[3].metric(t("fig_sources"), f"{fig.articles:,}", help=t("fig_sources_help"))


def map_view(directory: Path, rev: tuple[int, int], shown: QueriedView, filters: flt.Filters,
             state_names: list[str], empty_note: str) -> View:
    """The map's view of ``shown``: which of the revision's points, the states' colours, the notes."""
    points = loaders.event_points(str(directory), rev, filters.show_rejected, filters.show_unreviewed)
    open_index = -1
    opened = st.session_state.get(page.K_OPEN_EVENT)
    if opened:
        event = loaders.incident_queries(str(directory), rev).event_of(opened)
        found = points.positions(np.array([event])) if event is not None and np.isin(event, shown.events) else []
        open_index = int(found[0]) if len(found) else -1
    types = shown.days["event_type"].unique() if shown.figures.events else None
    return view_of_totals(shown.state_totals, types, shown.unplaced, points.mask(shown.events), state_names,
                          metric=filters.metric, lang=filters.lang, empty_note=empty_note,
                          focus_states=filters.states, open_index=open_index)


def show_unplaced(shown: QueriedView, t: Translator) -> None:
    """map_page.show_unplaced from the newest unplaced events the query sent."""
    table = shown.unplaced_table
    if table is None or not table.total:
        return
    page.show_unplaced_rows(table.rows, table.total, t)


def show_timeline(shown: QueriedView, filters: flt.Filters, t: Translator) -> None:
    """map_page.show_timeline from the events per day and type."""
    days = shown.days
    dates = np.repeat(pd.to_datetime(days["event_date"], errors="coerce").to_numpy(), days["events"].to_numpy())
    span = charts.dense_span(pd.Series(dates)) if not (filters.date_from or filters.date_to) else None
    series, period = timeline_of(days, span)
    st.subheader(t("timeline_title", period=t("period_" + period)))
    titles = {"y": t("timeline_y", period=t("period_" + period)), "type": t("col_type"),
              "from": t("timeline_from"), "events": t("fig_events")}
    event = st.altair_chart(charts.timeline_chart(series, period, t.type_label, titles), width="stretch",
                            on_select="rerun", selection_mode=charts.TIMELINE_SELECTION, key="timeline")
    shown_events = int(series["events"].sum()) if len(series) else 0
    if span and shown_events < shown.figures.events:
        st.caption(t("timeline_outside", n=f"{shown.figures.events - shown_events:,}", lo=span[0], hi=span[1]))
    st.caption(t("timeline_drag"))
    picked = charts.selected_dates(event)
    if picked and picked != st.session_state.get(page.K_LAST_SPAN):
        st.session_state[page.K_LAST_SPAN] = picked
        st.session_state[page.K_PENDING_DATES] = picked
        st.rerun()


def show_tables(shown: QueriedView, previous: QueriedView | None, articles: dict, t: Translator) -> None:
    """map_page.show_tables from the per-state summary and the table page the query sent."""
    before = None if previous is None else previous.state_summary.set_index("state")["events"]
    page.show_state_table(shown.state_summary, before, t)
    st.subheader(t("events_table"))
    rows, total = shown.table.rows, shown.table.total
    if total > len(rows):
        st.caption(t("table_truncated", n=f"{len(rows):,}", total=f"{total:,}"))
    table = pd.DataFrame({
        t("col_date"): rows["event_date"], t("col_type"): rows["event_type"].map(t.type_label),
        t("col_state"): rows["admin1"].fillna("").replace("", t("nationwide")), t("col_place"): rows["location"],
        t("col_fatalities"): rows["fatalities"], t("col_sources"): rows["n_sources"],
        t("col_reported_by"): rows["articles"].map(lambda ids: events.source_names(tuple(ids), articles)),
        t("col_evidence"): rows["evidence"], t("col_status"): rows["status"].map(t.status_label),
        t("col_actors"): rows["actors"].map(lambda names: ", ".join(a for a in names if a)),
        t("col_precision"): rows["geo_precision"], t("col_municipality"): rows["admin2"],
    })
    page.show_events_grid(table, t)


def show_downloads(directory: Path, rev: tuple[int, int], filters: flt.Filters, articles: dict,
                   span: tuple[dt.date, dt.date], t: Translator) -> None:
    """map_page.show_downloads: the view's records are read from the store when a button is
    clicked, not before."""
    def records() -> pd.DataFrame:
        return flt.public_columns(loaders.queried_records(directory, rev, filters))

    st.subheader(t("download_title"))
    stamp = f"{span[0].isoformat()}_{span[1].isoformat()}"
    cols = st.columns(3)
    cols[0].download_button("CSV", lambda: exports.to_cited_csv(records(), articles), f"incidents_{stamp}.csv",
                            "text/csv", key="dl_csv", on_click="ignore", help=t("download_csv_help"))
    cols[1].download_button("GeoJSON", lambda: exports.to_geojson(records()), f"incidents_{stamp}.geojson",
                            "application/geo+json", key="dl_geojson", on_click="ignore")
    cols[2].download_button(t("download_acled"), lambda: exports.to_acled_csv(records(), articles),
                            f"incidents-acled_{stamp}.csv", "text/csv", key="dl_acled", on_click="ignore",
                            help=t("download_acled_help"))
