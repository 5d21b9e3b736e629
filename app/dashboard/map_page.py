"""The map page: filters in the sidebar (and the URL), figures, map, timeline, tables, downloads.

Layout only: the data come from loaders.py (cached on the store's revision, so a saved
article or a review shows up at once), filtering from filters.py, grouping into events
from events.py, the map from map.py, figures from charts.py and downloads from
app.exports. The filters live in the URL (st.query_params) so a copied link reopens
the same view.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from app import exports
from app.dashboard import charts, data, events, loaders
from app.dashboard import filters as flt
from app.dashboard.map import build_map
from app.dashboard.style import GEO_PRECISION_LABELS, METRICS, event_label
from app.records import EVENT_TYPES, GEO_PRECISIONS
from app.store import StoreError

MAP_HEIGHT = 620
TABLE_ROWS = 5_000
# Widget keys (session state) of the sidebar filters.
K_DATES, K_STATES, K_TYPES, K_TEXT, K_PREC, K_METRIC, K_TILES, K_REJECTED, K_UNREVIEWED = (
    "f_dates", "f_states", "f_types", "f_text", "f_prec", "f_metric", "f_tiles", "f_rejected", "f_unreviewed")
K_PENDING_STATE = "pending_state_click"
K_LAST_CLICK = "last_map_click"
K_LAST_FILTERS = "_map_filters"


# ---- query parameters <-> widgets --------------------------------------------------------

def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in flt.ALL_PARAMS}


def _init_widgets(filters: flt.Filters, first: dt.date, last: dt.date, states: list[str]) -> None:
    """Seed the widgets from the URL on a session's first visit; afterwards the widgets lead.

    Streamlit drops a widget's state while another page is shown, so on coming back the
    widgets are seeded from the filters this page last used (K_LAST_FILTERS).
    """
    if K_DATES in st.session_state:
        return
    filters = st.session_state.get(K_LAST_FILTERS, filters)
    lo = max(first, min(filters.date_from or first, last))
    hi = min(last, max(filters.date_to or last, lo))
    st.session_state[K_DATES] = (lo, hi)
    st.session_state[K_STATES] = [s for s in filters.states if s in states]
    st.session_state[K_TYPES] = list(filters.types)
    st.session_state[K_TEXT] = filters.text
    st.session_state[K_PREC] = filters.max_geo_precision
    st.session_state[K_METRIC] = filters.metric
    st.session_state[K_TILES] = filters.tiles
    st.session_state[K_REJECTED] = filters.show_rejected
    st.session_state[K_UNREVIEWED] = filters.show_unreviewed


def _fit_dates_to_data(first: dt.date, last: dt.date) -> None:
    """After a rebuild the data's date range may change under the date widget.

    A view of "all dates" follows the new range; a narrower one is clamped into it
    (Streamlit refuses a widget value outside min/max).
    """
    old_range = st.session_state.get("_data_range")
    st.session_state["_data_range"] = (first, last)
    if old_range is None or old_range == (first, last):
        return
    lo, hi = _date_range(st.session_state.get(K_DATES), *old_range)
    if (lo, hi) == old_range:
        lo, hi = first, last
    lo = min(max(lo, first), last)
    st.session_state[K_DATES] = (lo, min(max(hi, lo), last))


def _apply_pending_click(states: list[str]) -> None:
    """A state clicked on the map (last run) becomes the state filter, before widgets exist."""
    if K_STATES in st.session_state:  # a rebuild may have dropped a state from the options
        st.session_state[K_STATES] = [s for s in st.session_state[K_STATES] if s in states]
    clicked = st.session_state.pop(K_PENDING_STATE, None)
    if clicked in states:
        st.session_state[K_STATES] = [clicked]


def sidebar(first: dt.date, last: dt.date, states: list[str]) -> flt.Filters:
    """Draw the filters; return what they say."""
    sb = st.sidebar
    sb.header("Filters")
    picked = sb.date_input("Dates", key=K_DATES, min_value=first, max_value=last, format="YYYY-MM-DD")
    date_from, date_to = _date_range(picked, first, last)
    chosen_states = sb.multiselect("States", states, key=K_STATES, placeholder="All states",
                                   help="Or click a state on the map.")
    chosen_types = sb.multiselect("Event types", list(EVENT_TYPES), key=K_TYPES, placeholder="All types",
                                  format_func=event_label)
    text = sb.text_input("Evidence contains", key=K_TEXT, placeholder="e.g. Guadalajara bloqueo",
                         help="Every word must occur in the evidence sentence; accents and case are ignored.")
    precision = sb.selectbox("Place precision at least", list(GEO_PRECISIONS), key=K_PREC,
                             format_func=_precision_option)
    sb.divider()
    sb.header("Map")
    metric = sb.radio("Colour states by", list(METRICS), key=K_METRIC, format_func=METRICS.get,
                      horizontal=True)
    tiles = sb.checkbox("Online base map (OpenStreetMap)", key=K_TILES,
                        help="Off by default: the tool works offline; this loads map tiles from the internet.")
    sb.divider()
    sb.header("Review status")
    unreviewed = sb.checkbox("Show unreviewed records", key=K_UNREVIEWED,
                             help="Records as the extractor made them, not yet approved or edited by a person.")
    rejected = sb.checkbox("Show rejected records", key=K_REJECTED,
                           help="Records a reviewer marked as wrong (hidden by default).")
    sb.divider()
    sb.button("Reset filters", key="reset", on_click=_reset_filters, args=(first, last), width="stretch")
    return flt.Filters(
        date_from=date_from if date_from != first else None,
        date_to=date_to if date_to != last else None,
        states=tuple(chosen_states), types=tuple(chosen_types), text=text.strip(),
        max_geo_precision=int(precision), metric=metric, tiles=bool(tiles),
        show_rejected=bool(rejected), show_unreviewed=bool(unreviewed))


def _reset_filters(first: dt.date, last: dt.date) -> None:
    # A callback runs before the script, so it may still change the widgets' values.
    defaults = flt.Filters()
    st.session_state[K_DATES] = (first, last)
    st.session_state[K_STATES] = []
    st.session_state[K_TYPES] = []
    st.session_state[K_TEXT] = ""
    st.session_state[K_PREC] = defaults.max_geo_precision
    st.session_state[K_METRIC] = defaults.metric
    st.session_state[K_TILES] = defaults.tiles
    st.session_state[K_REJECTED] = defaults.show_rejected
    st.session_state[K_UNREVIEWED] = defaults.show_unreviewed


def _precision_option(level: int) -> str:
    if level == max(GEO_PRECISIONS):
        return "any (incl. country-only)"
    return f"{level}: " + " / ".join(GEO_PRECISION_LABELS[p] for p in GEO_PRECISIONS if p <= level)


def _date_range(picked: Any, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    # While the user is picking a range the widget briefly holds one date.
    if isinstance(picked, (tuple, list)):
        lo = picked[0] if len(picked) > 0 else first
        hi = picked[1] if len(picked) > 1 else last
        return lo, hi
    return (picked, picked) if isinstance(picked, dt.date) else (first, last)


def _sync_url(filters: flt.Filters) -> None:
    wanted = flt.to_params(filters)
    current = {k: v for k, v in _query_params().items() if v}
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normal:
        st.query_params.from_dict(wanted)


# ---- page sections ------------------------------------------------------------------------

def show_figures(view: pd.DataFrame, grouped: pd.DataFrame) -> None:
    fig = charts.figures(view, grouped)
    cols = st.columns(5)
    cols[0].metric("Incidents", f"{fig.incidents:,}", help="Incident records, one per article that reports them.")
    cols[1].metric("Events", f"{fig.events:,}", help="Records of the same type, municipality and date from "
                   "different articles count as one event.")
    cols[2].metric("Fatalities", f"{fig.fatalities:,}", help="Sum over events of the deaths reported "
                   "(the largest number any source gives; none stated counts 0).")
    cols[3].metric("States", f"{fig.states:,}")
    cols[4].metric("Articles", f"{fig.articles:,}")


def show_map(view: pd.DataFrame, shapes: dict | None, articles: dict, filters: flt.Filters,
             state_names: list[str]) -> None:
    if shapes is None:
        st.warning(f"State shapes not found at {data.states_path()}: the map shows incidents only. "
                   "Run `python -m app refdata` to rebuild data/reference/.")
    fmap = build_map(view, shapes, metric=filters.metric, tiles=filters.tiles, articles=articles,
                     focus_states=filters.states)
    # Only a clicked state's tooltip comes back: panning, zooming and opening popups
    # do not rerun the script.
    result = st_folium(fmap, height=MAP_HEIGHT, use_container_width=True,
                       returned_objects=["last_object_clicked_tooltip"], key="incident_map")
    _handle_map_click(result, state_names, filters)


def _handle_map_click(result: Any, state_names: list[str], filters: flt.Filters) -> None:
    """Make a clicked state the filter (applied before the widgets on the next run).

    Any change of view gives the map new content, hence a new component whose value
    starts empty; remembering the last value seen lets the same state be clicked again
    later while never re-applying one click on every rerun.
    """
    tooltip = (result or {}).get("last_object_clicked_tooltip")
    previous = st.session_state.get(K_LAST_CLICK)
    st.session_state[K_LAST_CLICK] = tooltip
    if not tooltip or tooltip == previous:
        return
    clicked = flt.state_from_tooltip(tooltip, state_names)
    if clicked and filters.states != (clicked,):
        st.session_state[K_PENDING_STATE] = clicked
        st.rerun()


def show_timeline(view: pd.DataFrame) -> None:
    series, period = charts.timeline(view)
    st.subheader(f"Incidents per {period}, by type")
    st.altair_chart(charts.timeline_chart(series, period), width="stretch")


def show_tables(view: pd.DataFrame, grouped: pd.DataFrame, articles: dict) -> None:
    st.subheader("Per state")
    st.dataframe(charts.state_summary(view), hide_index=True, width="stretch")
    st.subheader("Events")
    table = grouped.sort_values(["event_date", "admin1"], ascending=[False, True])
    if len(table) > TABLE_ROWS:  # the browser grid stays responsive; the downloads have all rows
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(table):,} events; "
                   "narrow the filters or download the view for all of them.")
        table = table.head(TABLE_ROWS)
    # The evidence sentence is what analysts read: keep it near the left, wide.
    table = pd.DataFrame({
        "date": table["event_date"], "type": table["event_type"].map(event_label),
        "state": table["admin1"].replace("", "(country)"), "place": table["location"],
        "fatalities": table["fatalities"], "sources": table[events.N_SOURCES],
        "reported by": table[events.ARTICLES].map(lambda ids: events.source_names(ids, articles)),
        "evidence": table["evidence"],
        "status": table["status"] if "status" in table else "auto",
        "precision": table["geo_precision"], "municipality": table["admin2"],
    })
    st.dataframe(table, hide_index=True, width="stretch", height=420, key="events_table", column_config={
        "date": st.column_config.TextColumn(width="small"),
        "fatalities": st.column_config.NumberColumn(width="small"),
        "sources": st.column_config.NumberColumn(width="small", help="How many articles report this event."),
        "reported by": st.column_config.TextColumn(width="medium"),
        "precision": st.column_config.NumberColumn(width="small", help="1 town … 4 country only"),
        "evidence": st.column_config.TextColumn(width="large"),
    })


def show_downloads(view: pd.DataFrame, articles: dict) -> None:
    """Three downloads of the view, written only when clicked (100,000 rows take seconds).

    on_click="ignore": downloading does not rerun the page.
    """
    st.subheader("Download this view")
    public = flt.public_columns(view)
    stamp = dt.date.today().isoformat()
    cols = st.columns(3)
    cols[0].download_button("CSV", lambda: exports.to_csv(public), f"incidents-{stamp}.csv", "text/csv",
                            key="dl_csv", on_click="ignore", help="Codebook columns, like data/incidents.csv.")
    cols[1].download_button("GeoJSON", lambda: exports.to_geojson(public), f"incidents-{stamp}.geojson",
                            "application/geo+json", key="dl_geojson", on_click="ignore")
    cols[2].download_button("ACLED-style CSV", lambda: exports.to_acled_csv(public, articles),
                            f"incidents-acled-{stamp}.csv", "text/csv", key="dl_acled", on_click="ignore",
                            help="ACLED's columns; the type mapping is in docs/acled-mapping.md.")


def main() -> None:
    st.title("Cartel-violence incidents in Mexico")
    directory = data.data_dir()
    try:
        rev = loaders.revision(directory)
        frame = loaders.load_prepared(str(directory), rev)
        articles = loaders.load_articles(str(directory), rev)
    except StoreError as exc:
        st.error(f"No incident data to show. {exc}")
        st.stop()
    if frame.empty:
        st.info(f"{data.database_file(directory)} holds no incidents yet. Add an article "
                "(page “Add article”) or put articles in seeds/ and run `python -m app build`.")
        st.stop()

    shapes = loaders.states()
    dates = frame["_date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (dt.date.today(), dt.date.today())
    shape_names = [f["properties"].get("name") for f in shapes["features"]] if shapes else []
    # country-level records have no state (admin1 ""): not an option in the state filter
    state_names = sorted(set(filter(None, frame["admin1"].dropna().astype(str))) | set(filter(None, shape_names)))

    _init_widgets(flt.from_params(_query_params(), state_names), first, last, state_names)
    _fit_dates_to_data(first, last)
    _apply_pending_click(state_names)
    filters = sidebar(first, last, state_names)
    st.session_state[K_LAST_FILTERS] = filters
    _sync_url(filters)

    view = flt.apply(frame, filters)
    grouped = events.events(view)
    st.caption(f"{len(frame):,} incidents from {frame['article'].nunique():,} articles in "
               f"{data.shown_path(data.database_file(directory))} · {first} to {last} · copy the address bar to share this view.")
    show_figures(view, grouped)
    if view.empty:
        st.info("No incidents match these filters. Widen the dates, clear the states or types, "
                "shorten the search text, or show unreviewed or rejected records.")
        return
    show_map(grouped, shapes, articles, filters, state_names)
    show_timeline(view)
    show_tables(view, grouped, articles)
    show_downloads(view, articles)
