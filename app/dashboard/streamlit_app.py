"""The dashboard page: `python -m app serve` runs this with `streamlit run`.

Layout only: the data come from cached loaders (keyed on the files' mtimes, so a new
`python -m app build` shows up without a restart), filtering from filters.py, the map
from map.py, figures from charts.py and downloads from app.exports. The filters live in
the URL (st.query_params) so a copied link reopens the same view.
"""
from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run app/dashboard/streamlit_app.py` runs it as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from app import exports
from app.dashboard import charts, data
from app.dashboard import filters as flt
from app.dashboard.map import build_map
from app.dashboard.style import GEO_PRECISION_LABELS, METRICS, event_label
from app.records import EVENT_TYPES, GEO_PRECISIONS
from app.store import StoreError, load_incidents

MAP_HEIGHT = 620
TABLE_ROWS = 5_000
# Widget keys (session state) of the sidebar filters.
K_DATES, K_STATES, K_TYPES, K_TEXT, K_PREC, K_METRIC, K_TILES = (
    "f_dates", "f_states", "f_types", "f_text", "f_prec", "f_metric", "f_tiles")
K_PENDING_STATE = "pending_state_click"
K_LAST_CLICK = "last_map_click"


# ---- cached loaders (no layout in here) -------------------------------------------------

@st.cache_data(show_spinner="Loading incidents…", max_entries=2)
def load_prepared(directory: str, mtime: int) -> pd.DataFrame:
    """The incidents with filter helper columns; ``mtime`` only keys the cache."""
    return flt.prepare(load_incidents(Path(directory)))


@st.cache_data(show_spinner=False, max_entries=2)
def load_states(path: str, mtime: int) -> dict[str, Any] | None:
    shapes = data.read_json(Path(path))
    return shapes if isinstance(shapes, dict) and shapes.get("features") else None


@st.cache_data(show_spinner=False, max_entries=2)
def load_articles(path: str, mtime: int) -> dict[str, dict[str, Any]]:
    return data.read_articles(Path(path))


# ---- query parameters <-> widgets --------------------------------------------------------

def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in flt.ALL_PARAMS}


def _init_widgets(filters: flt.Filters, first: dt.date, last: dt.date, states: list[str]) -> None:
    """Seed the widgets from the URL once per session; afterwards the widgets lead."""
    if st.session_state.get("_widgets_seeded"):
        return
    lo = max(first, min(filters.date_from or first, last))
    hi = min(last, max(filters.date_to or last, lo))
    st.session_state[K_DATES] = (lo, hi)
    st.session_state[K_STATES] = [s for s in filters.states if s in states]
    st.session_state[K_TYPES] = list(filters.types)
    st.session_state[K_TEXT] = filters.text
    st.session_state[K_PREC] = filters.max_geo_precision
    st.session_state[K_METRIC] = filters.metric
    st.session_state[K_TILES] = filters.tiles
    st.session_state["_widgets_seeded"] = True


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
    sb.button("Reset filters", key="reset", on_click=_reset_filters, args=(first, last), width="stretch")
    return flt.Filters(
        date_from=date_from if date_from != first else None,
        date_to=date_to if date_to != last else None,
        states=tuple(chosen_states), types=tuple(chosen_types), text=text.strip(),
        max_geo_precision=int(precision), metric=metric, tiles=bool(tiles))


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

def show_figures(view: pd.DataFrame) -> None:
    fig = charts.figures(view)
    cols = st.columns(4)
    cols[0].metric("Incidents", f"{fig.incidents:,}")
    cols[1].metric("Fatalities", f"{fig.fatalities:,}", help="Sum of reported deaths (records with none stated count 0).")
    cols[2].metric("States", f"{fig.states:,}")
    cols[3].metric("Articles", f"{fig.articles:,}")


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


def show_tables(view: pd.DataFrame) -> None:
    st.subheader("Per state")
    st.dataframe(charts.state_summary(view), hide_index=True, width="stretch")
    st.subheader("Incidents")
    table = view.sort_values(["event_date", "admin1"], ascending=[False, True])
    if len(table) > TABLE_ROWS:  # the browser grid stays responsive; the downloads have all rows
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(table):,} incidents; "
                   "narrow the filters or download the view for all of them.")
        table = table.head(TABLE_ROWS)
    # The evidence sentence is what analysts read: keep it near the left, wide.
    table = pd.DataFrame({
        "date": table["event_date"], "type": table["event_type"].map(event_label),
        "state": table["admin1"].replace("", "(country)"), "place": table["location"],
        "fatalities": table["fatalities"], "evidence": table["evidence"],
        "precision": table["geo_precision"], "municipality": table["admin2"], "article": table["article"],
    })
    st.dataframe(table, hide_index=True, width="stretch", height=420, column_config={
        "date": st.column_config.TextColumn(width="small"),
        "fatalities": st.column_config.NumberColumn(width="small"),
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
    st.set_page_config(page_title="Cartel-violence incidents in Mexico", page_icon="🗺️", layout="wide")
    st.title("Cartel-violence incidents in Mexico")
    directory = data.data_dir()
    csv_path = data.incidents_file(directory)
    try:
        frame = load_prepared(str(directory), data.mtime_ns(csv_path))
    except StoreError as exc:
        st.error(f"No incident data to show. {exc}")
        st.stop()
    if frame.empty:
        st.info(f"{csv_path} holds no incidents yet. Add articles and run `python -m app build`.")
        st.stop()

    shapes = load_states(str(data.states_path()), data.mtime_ns(data.states_path()))
    articles = load_articles(str(data.articles_path()), data.mtime_ns(data.articles_path()))
    dates = frame["_date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (dt.date.today(), dt.date.today())
    shape_names = [f["properties"].get("name") for f in shapes["features"]] if shapes else []
    # country-level records have no state (admin1 ""): not an option in the state filter
    state_names = sorted(set(filter(None, frame["admin1"].dropna().astype(str))) | set(filter(None, shape_names)))

    _init_widgets(flt.from_params(_query_params(), state_names), first, last, state_names)
    _fit_dates_to_data(first, last)
    _apply_pending_click(state_names)
    filters = sidebar(first, last, state_names)
    _sync_url(filters)

    view = flt.apply(frame, filters)
    st.caption(f"{len(frame):,} incidents from {frame['article'].nunique():,} articles in {csv_path} · "
               f"{first} to {last} · copy the address bar to share this view.")
    show_figures(view)
    if view.empty:
        st.info("No incidents match these filters. Widen the dates, clear the states or types, "
                "or shorten the search text.")
        return
    show_map(view, shapes, articles, filters, state_names)
    show_timeline(view)
    show_tables(view)
    show_downloads(view, articles)


main()
