"""The map page: filters in the sidebar (and the URL), figures, map, timeline, tables, downloads.

Layout only: the data come from loaders.py (cached on the store's revision, so a saved
article or a review shows up at once), filtering from filters.py, grouping into events
from events.py, the map from map.py, figures from charts.py, downloads from app.exports
and every word from i18n.py (English or Spanish, ``?lang=es``). The filters live in the
URL (st.query_params) so a copied link reopens the same view.

The unit is the event (records of one type, place and date from several articles are one
event with its sources): the figures, the map, the per-state table and the timeline all
count events, so they agree.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from typing import Any, Callable

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.navigation.page import StreamlitPage
from streamlit_folium import st_folium

from app import demo, exports
from app.dashboard import charts, data, events, loaders, map_drawn
from app.dashboard import filters as flt
from app.dashboard.i18n import LANGUAGES, Translator, translator
from app.dashboard.map import (MAIN_THREAD_POINTS, View, base_map, early_filters, preload_script, preload_urls,
                               view_group, view_script)
from app.dashboard.map_overlays import MunicipalityLayer, TimePlayer
from app.dashboard.style import METRICS
from app.records import EVENT_TYPES, GEO_PRECISIONS
from app.store import StoreError

# Tall enough to read, short enough that the whole map stays above the fold at 1366×768
# with the title and figures (a map cut by the fold scrolls on the first click).
MAP_HEIGHT = 500
# Rows the page's tables send (the downloads have every row): at 100,000 incidents the
# events table with 5,000 rows and the state-wide list with every row were 4.6 MB of the
# first view's WebSocket messages and most of the server's time for a warm rerun.
TABLE_ROWS = 1_000
UNPLACED_ROWS = 500  # a folded list beside the map: the newest 500
# Sources named in the about box; the rest are counted. A store whose articles have no source
# names lists their ids: 16,666 of them (the 100,000-incident benchmark store) were a
# 300 kB paragraph that Streamlit's markdown parser took 25 s to render, the page frozen.
ABOUT_SOURCES = 30
# Widget keys (session state) of the sidebar filters.
K_DATES, K_STATES, K_TYPES, K_TEXT, K_PREC, K_METRIC, K_TILES, K_REJECTED, K_UNREVIEWED = (
    "f_dates", "f_states", "f_types", "f_text", "f_prec", "f_metric", "f_tiles", "f_rejected", "f_unreviewed")
K_ACTORS, K_LANG = "f_actors", "f_lang"
MAP_KEY = "incident_map"
K_PENDING_DATES = "pending_timeline_dates"
K_LAST_CLICK = "last_map_click"
K_LAST_SPAN = "last_timeline_span"
K_LAST_FILTERS = "_map_filters"
K_OPEN_EVENT = "_open_event"
K_URL_PROBLEMS = "_url_problems"
DEFAULT_FILTERS = flt.Filters()
# Each sidebar widget and the Filters field it holds: the one mapping, both ways (the date
# widget holds two fields, date_from and date_to).
WIDGET_FIELDS: tuple[tuple[str, str], ...] = (
    (K_STATES, "states"), (K_TYPES, "types"), (K_ACTORS, "actors"), (K_TEXT, "text"),
    (K_PREC, "max_geo_precision"), (K_METRIC, "metric"), (K_TILES, "tiles"),
    (K_REJECTED, "show_rejected"), (K_UNREVIEWED, "show_unreviewed"), (K_LANG, "lang"))

# Compact header and figures, so the map is above the fold; on a phone the map comes
# first (CSS order inside the main column) and the figures wrap two by two.
PAGE_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.6rem; padding-bottom: 2rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 1.55rem; padding: 0 0 .1rem 0; }
[data-testid="stMetric"] { padding: 0; }
[data-testid="stMetricValue"] { font-size: 1.45rem; line-height: 1.25; }
[data-testid="stMetricDelta"] { font-size: .8rem; }
.st-key-mx_figures [data-testid="stHorizontalBlock"] { flex-wrap: wrap; row-gap: .3rem; }
.st-key-mx_figures [data-testid="stColumn"] { min-width: 0; }
[class*="st-key-mx_drawn_"], .st-key-mx_courier { display: none; }  /* listeners and scripts take no room */
div:has(> .st-key-mx_preload) { display: none; }  /* its wrapper too: no gap in the page's column */
/* The bar, the figures and the caption are one fragment, the map another (show_view): their
   wrappers step aside, so the bar (drawn last) comes first and the caption under the map. */
.st-key-mx_view > [data-testid="stLayoutWrapper"],
.st-key-mx_view > [data-testid="stLayoutWrapper"] > [data-testid="stVerticalBlock"] { display: contents; }
div:has(> .st-key-mx_filter_bar) { order: -1; }
div:has(> .st-key-mx_caption) { order: 1; }
.st-key-mx_view { gap: .6rem; }
.st-key-mx_filter_bar [data-testid="stWidgetLabel"] { min-height: 0; margin-bottom: .1rem; }
.st-key-mx_filter_bar [data-testid="stWidgetLabel"] p { font-size: .8rem; }
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-top: 3.2rem; }
  [data-testid="stMainBlockContainer"] h1 { font-size: 1.2rem; }
  div:has(> .st-key-mx_view) { order: -1; }  /* the filter bar, the figures and the map first */
  div:has(> .st-key-mx_map) { order: -2; }  /* and in there the map first */
  .st-key-mx_figures [data-testid="stColumn"] { flex: 1 1 40% !important; min-width: 40% !important; }
}
</style>"""
# Streamlit's date range field applies a typed date only when the user clicks elsewhere or
# presses Escape (Enter does nothing, Tab moves on to the end date). Enter in it does what
# Escape does, so a typed date applies on Enter too. st.html runs this in the page itself;
# it binds once per page. It also sets map_drawn.RETURNING_COOKIE.
DATE_ENTER_JS = """<script>
(function () {
  // This browser has loaded the page (map_drawn.returning_browser): no name, no id, a year.
  document.cookie = 'mx_returning=1; path=/; max-age=31536000; SameSite=Lax';
  if (window.mxDateEnterBound) return;
  window.mxDateEnterBound = true;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.target.closest || !event.target.closest('[data-testid="stDateInput"]')) return;
    ['keydown', 'keyup'].forEach(function (type) {
      event.target.dispatchEvent(new KeyboardEvent(type, {key: 'Escape', code: 'Escape', bubbles: true}));
    });
  }, true);
})();
</script>"""


# ---- query parameters <-> widgets --------------------------------------------------------

def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in flt.ALL_PARAMS}


def page_loaded() -> bool:
    """Whether this run loads the page: its widgets are not there yet (a session's first run,
    or back from another page; called before _init_widgets seeds them)."""
    return K_DATES not in st.session_state


def _init_widgets(filters: flt.Filters, first: dt.date, last: dt.date) -> None:
    """Seed the widgets from the URL on a session's first visit; afterwards the widgets lead.

    Streamlit drops a widget's state while another page is shown, so on coming back the
    widgets are seeded from the filters this page last used (K_LAST_FILTERS).
    """
    if K_DATES in st.session_state:
        return
    _set_widgets(st.session_state.get(K_LAST_FILTERS, filters), first, last)


def _set_widgets(filters: flt.Filters, first: dt.date, last: dt.date) -> None:
    """Put ``filters`` into the widgets (before they are drawn, or from a callback)."""
    lo = max(first, min(filters.date_from or first, last))
    st.session_state[K_DATES] = (lo, min(last, max(filters.date_to or last, lo)))
    for key, field in WIDGET_FIELDS:
        value = getattr(filters, field)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value


def _widget_filters(first: dt.date, last: dt.date) -> flt.Filters:
    """What the widgets say, as Filters (all dates = no date restriction)."""
    date_from, date_to = _date_range(st.session_state.get(K_DATES), first, last)
    values = {field: st.session_state.get(key, getattr(DEFAULT_FILTERS, field)) for key, field in WIDGET_FIELDS}
    values = {field: tuple(value) if isinstance(value, list) else value for field, value in values.items()}
    values.update(text=str(values["text"] or "").strip(), max_geo_precision=int(values["max_geo_precision"]),
                  lang=values["lang"] or DEFAULT_FILTERS.lang)
    return replace(DEFAULT_FILTERS, **values, date_from=date_from if date_from != first else None,
                   date_to=date_to if date_to != last else None)


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


def _apply_pending(states: list[str], first: dt.date, last: dt.date) -> None:
    """What the timeline asked for on the last run becomes a filter, before the widgets
    exist: a dragged date span. (A click on a state sets the filter in its callback.)"""
    if K_STATES in st.session_state:  # a rebuild may have dropped a state from the options
        st.session_state[K_STATES] = [s for s in st.session_state[K_STATES] if s in states]
    span = st.session_state.pop(K_PENDING_DATES, None)
    if span:
        lo, hi = min(max(span[0], first), last), min(max(span[1], first), last)
        st.session_state[K_DATES] = (lo, max(lo, hi))


def sidebar(first: dt.date, last: dt.date, actors: list[str], t: Translator) -> None:
    """Draw the filters that do not redraw the map alone (show_view holds those): the actors,
    the precision, the colouring, the tiles, the review status and the reset (once the map has
    drawn, on a page load: map_drawn.hold_page)."""
    if map_drawn.page_held():
        return
    sb = st.sidebar
    sb.header(t("filters"))
    # a rebuild may have dropped an actor from the options
    st.session_state[K_ACTORS] = [a for a in st.session_state.get(K_ACTORS, []) if a in actors]
    sb.multiselect(t("actors"), actors, key=K_ACTORS, placeholder=t("all_actors"),
                   filter_mode="contains", help=t("actors_help"))
    sb.selectbox(t("precision_at_least"), list(GEO_PRECISIONS), key=K_PREC,
                 format_func=lambda level: _precision_option(level, t))
    sb.divider()
    sb.header(t("map"))
    sb.radio(t("colour_by"), list(METRICS), key=K_METRIC, format_func=t.metric_label,
             horizontal=True)
    sb.checkbox(t("online_tiles"), key=K_TILES, help=t("online_tiles_help"))
    sb.divider()
    sb.header(t("review_status"))
    sb.checkbox(t("show_unreviewed"), key=K_UNREVIEWED, help=t("show_unreviewed_help"))
    sb.checkbox(t("show_rejected"), key=K_REJECTED, help=t("show_rejected_help"))
    sb.divider()
    sb.button(t("reset"), key="reset", on_click=_reset_filters, args=(first, last), width="stretch")


def filter_bar(first: dt.date, last: dt.date, states: list[str], t: Translator) -> None:
    """The filters people change most, in a bar above the map: dates, states, event types and
    a word of the evidence (in show_view's fragment with the figures)."""
    with st.container(key="mx_filter_bar"):
        cols = st.columns([1.1, 1.2, 1.2, 1])
        cols[0].date_input(t("dates"), key=K_DATES, min_value=first, max_value=last, format="YYYY-MM-DD",
                           help=t("dates_help"))
        # "contains", not the default fuzzy match: "jalis" + Enter must pick Jalisco, not
        # also Baja California Sur (j-a-l-i-s in order).
        cols[1].multiselect(t("states"), states, key=K_STATES, placeholder=t("all_states"),
                            filter_mode="contains", help=t("states_help"))
        cols[2].multiselect(t("event_types"), list(EVENT_TYPES), key=K_TYPES, placeholder=t("all_types"),
                            filter_mode="contains", format_func=t.type_label)
        cols[3].text_input(t("evidence_contains"), key=K_TEXT, placeholder=t("evidence_placeholder"),
                           help=t("evidence_help"))


# The map's filters and view (issue 15, seventh pass): two fragments. The bar, the figures
# and the caption are one; a change in the bar (or a click on a state) reruns it alone. It
# works out the view first and hands it to the map at once by a script in the page
# (``send_view``), before it draws anything else, so the map redraws while React is still
# rendering the bar and the figures; the map's element is not rendered again. The map is
# the other fragment: it runs with the page and draws the view it is given then.
FRAGMENT_VIEW, FRAGMENT_MAP = "mx_fig", "mx_map_view"
# Streamlit's front end renders every message that has arrived in one React pass, and runs
# an st.html script only once that pass is committed: the view's script, sent in one burst
# with the figures and the bar, waited 70-150 ms for their rendering (traced, load 3-4). The
# fragment pauses this long after sending the view, so the script arrives and runs alone,
# and again before the bar, so the figures are rendered before the bar's widgets.
VIEW_HEAD_START_S = 0.04
FIGURES_HEAD_START_S = 0.04
K_VIEW_SENT = "_mx_view_sent"  # (seq, View) last sent to the map; seq grows with each new view
# While a page load's figures and bar wait for the map (map_drawn.hold_page), their room above
# it, so the map does not move down when they come (the bar, the figures and the gaps between
# them at 1400 px: 145 px).
HELD_CONTROLS_PX = 145
HELD_CONTROLS = f'<div class="mx-held-controls" style="height: {HELD_CONTROLS_PX}px"></div>'


def show_view(prepare: Callable[[], flt.Filters], bar: Callable[[], None],
              figures: Callable[[flt.Filters], tuple[View, Callable[[], None]]],
              draw_map: Callable[[flt.Filters, View, int], None]) -> None:
    """The filter bar, the figures and the map (see FRAGMENT_VIEW above). ``prepare`` applies
    what the timeline asked for and returns what the filters say (before the widgets are
    drawn: the widgets' new values are in the session already), ``bar`` draws the filters,
    ``figures(filters)`` works out the view and returns it with a function that draws the
    figures, ``draw_map(filters, view, seq)`` draws the map with that view."""
    _view_fragment(prepare, bar, figures)
    _map_fragment(draw_map)


@st.fragment(key=FRAGMENT_VIEW)
def _view_fragment(prepare: Callable[[], flt.Filters], bar: Callable[[], None],
                   figures: Callable[[flt.Filters], tuple[View, Callable[[], None]]]) -> None:
    filters = prepare()
    st.session_state[K_LAST_FILTERS] = filters
    _sync_url(filters)
    view, draw_figures = figures(filters)
    view = with_early(view, filters)
    send_view(view)
    alone = _fragment_run()  # on a page load the map's own element brings the view: no pauses
    if not alone and map_drawn.page_held():  # the figures and the bar follow the map (map_drawn.py)
        map_drawn.showing(view.token, repr(filters))
        st.html(HELD_CONTROLS)
        return
    time.sleep(VIEW_HEAD_START_S if alone else 0)
    draw_figures()
    map_drawn.showing(view.token, repr(filters))
    time.sleep(FIGURES_HEAD_START_S if alone else 0)
    bar()  # drawn last, shown first (PAGE_CSS)


def with_early(view: View, filters: flt.Filters) -> View:
    """``view`` with what the map needs to apply the next change of the type or state filter
    itself (map.early_filters), as the user makes it, before this fragment reruns: only when
    every other filter is one the map can apply exactly from the points it holds (dates,
    and the review status its points file is made for) and no event is opened; the server's
    view follows and the map checks it is the same."""
    if (filters.text or filters.actors or filters.max_geo_precision < max(GEO_PRECISIONS)
            or st.session_state.get(K_OPEN_EVENT) or view.open >= 0):
        return replace(view, early=None)
    try:
        return replace(view, early=early_filters(filters.types, filters.states, filters.date_from, filters.date_to))
    except ValueError:
        return replace(view, early=None)


def _fragment_run() -> bool:
    """Whether this run reruns fragments only (not the whole page)."""
    ctx = get_script_run_ctx()
    return bool(ctx and ctx.fragment_ids_this_run)


@st.fragment(key=FRAGMENT_MAP)
def _map_fragment(draw_map: Callable[[flt.Filters, View, int], None]) -> None:
    seq, view = st.session_state[K_VIEW_SENT]
    with st.container(key="mx_map"):
        draw_map(current_filters(), view, seq)


def send_view(view: View) -> None:
    """Give the map ``view`` now: a script in the page hands it to the map's layer
    (map.view_script), so the map redraws while the figures are still being rendered; the
    map's own element is not rendered again."""
    sent = st.session_state.get(K_VIEW_SENT)
    seq = 1 if sent is None else sent[0] if sent[1].token == view.token else sent[0] + 1
    st.session_state[K_VIEW_SENT] = (seq, view)
    with st.container(key="mx_courier"):  # hidden by PAGE_CSS
        st.html(view_script(view, seq), unsafe_allow_javascript=True)


def current_filters() -> flt.Filters:
    """The filters the map was last drawn for (what lies below the map shows the same)."""
    return st.session_state.get(K_LAST_FILTERS, DEFAULT_FILTERS)


def rerun_view() -> None:
    """Rerun the bar's and the figures' fragment (from a callback): the map follows."""
    st.rerun(FRAGMENT_VIEW)


def prepare_filters(states: list[str], first: dt.date, last: dt.date) -> flt.Filters:
    """What the filters say on this run, what the timeline asked for applied first (show_view's
    ``prepare``, both pages)."""
    _apply_pending(states, first, last)
    return _widget_filters(first, last)


def _reset_filters(first: dt.date, last: dt.date) -> None:
    # A callback runs before the script, so it may still change the widgets' values.
    # The language stays: resetting the filters is not a change of reader.
    _set_widgets(replace(DEFAULT_FILTERS, lang=st.session_state.get(K_LANG) or DEFAULT_FILTERS.lang), first, last)
    st.session_state.pop(K_OPEN_EVENT, None)


def _clear_states() -> None:
    st.session_state[K_STATES] = []


def _precision_option(level: int, t: Translator) -> str:
    if level == max(GEO_PRECISIONS):
        return t("precision_any")
    return f"{level}: " + " / ".join(t.precision_label(p) for p in GEO_PRECISIONS if p <= level)


def _date_range(picked: Any, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    # While the user is picking a range the widget briefly holds one date.
    if isinstance(picked, (tuple, list)):
        lo = picked[0] if len(picked) > 0 else first
        hi = picked[1] if len(picked) > 1 else last
        return lo, hi
    return (picked, picked) if isinstance(picked, dt.date) else (first, last)


def _sync_url(filters: flt.Filters) -> None:
    wanted = flt.to_params(filters)
    if st.session_state.get(K_OPEN_EVENT):
        wanted[flt.P_EVENT] = st.session_state[K_OPEN_EVENT]
    current = {k: v for k, v in _query_params().items() if v}
    normal = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normal:
        st.query_params.from_dict(wanted)


# ---- page sections ------------------------------------------------------------------------

def preload_map(states_url: str | None, published: Any, count: int) -> None:
    """Ask for the map's files (its scripts, the state shapes, the ``count`` points of this
    revision and review choice) with the page's first elements, before the header, the
    sidebar and the figures are drawn: the map's iframe exists only once React has rendered
    those, 0.6-2 s later, and then finds the files in the browser's cache (both pages;
    map.preload_script). On a first visit's page load, the controls' code too, once the map's
    iframe exists (map_drawn.load_controls_code: call map_drawn.hold_page before this)."""
    with st.container(key="mx_preload"):  # hidden by PAGE_CSS
        st.html(preload_script(preload_urls(states_url, published.points_url, worker=count > MAIN_THREAD_POINTS)),
                unsafe_allow_javascript=True)
        map_drawn.load_controls_code()


def show_header(t: Translator) -> None:
    # Wide enough for "English | Español" at 1366 px (a sixth of the page cut it).
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    left.title(t("title"))
    if map_drawn.page_held():  # the language control follows the map (map_drawn.hold_page)
        return
    right.segmented_control(t("language"), list(LANGUAGES), key=K_LANG, format_func=LANGUAGES.get,
                            label_visibility="collapsed", on_change=_keep_language)


def _keep_language() -> None:
    # A segmented control can be clicked off (None): keep the language shown.
    if not st.session_state.get(K_LANG):
        st.session_state[K_LANG] = st.session_state.get(K_LAST_FILTERS, flt.Filters()).lang


def show_url_problems(t: Translator) -> None:
    problems = st.session_state.get(K_URL_PROBLEMS) or []
    if problems:
        listed = ", ".join(f"{key}={value}" for key, value in problems)
        st.warning(t("url_not_understood", values=listed), icon=":material/link_off:")


def show_figures(view: pd.DataFrame, grouped: pd.DataFrame, previous: pd.DataFrame | None,
                 t: Translator) -> None:
    """Events, fatalities, states and sources; with ``previous`` (the events of the period of
    the same length just before) the change against it."""
    fig = charts.figures(view, grouped)
    before = charts.figures(previous, previous) if previous is not None else None
    with st.container(key="mx_figures"):
        cols = st.columns(4)
        cols[0].metric(t("fig_events"), f"{fig.events:,}", help=t("fig_events_help"),
                       delta=None if before is None else f"{fig.events - before.events:+,}",
                       delta_color="off")
        cols[1].metric(t("fig_fatalities"), f"{fig.fatalities:,}", help=t("fig_fatalities_help"),
                       delta=None if before is None else f"{fig.fatalities - before.fatalities:+,}",
                       delta_color="off")
        cols[2].metric(t("fig_states"), f"{fig.states:,}", help=t("fig_states_help"))
        cols[3].metric(t("fig_sources"), f"{fig.articles:,}", help=t("fig_sources_help"))


def show_map(view: View, seq: int, shapes: dict | None, filters: flt.Filters, state_names: list[str],
             published: Any, t: Translator) -> None:
    """The map (both pages): mounted once per store revision, language and tiles (the points,
    ``published``, reach the browser as a file it keeps); it is drawn with ``view`` (number
    ``seq``, see send_view) and a filter change only sends the view. The map reports each view
    it has drawn (map_drawn.py)."""
    if shapes is None:
        st.warning(t("no_shapes", path=data.states_path()))
    fmap = base_map(published, states_url=loaders.states_url() if shapes else None,
                    tiles=filters.tiles, lang=filters.lang, report_drawn=True,
                    watch={"types": K_TYPES, "states": K_STATES})
    MunicipalityLayer(loaders.municipality_index()).add_to(fmap)
    TimePlayer(t).add_to(fmap)
    map_element(fmap, view, seq, state_names)


def map_element(fmap: Any, view: View, seq: int, state_names: list[str]) -> None:
    """streamlit-folium's element of the page's map (both pages). Only a clicked state's
    tooltip comes back: panning, zooming and opening popups do not rerun the script; a click
    reruns the bar and the figures (``_map_clicked``), not the map."""
    st_folium(fmap, height=MAP_HEIGHT, use_container_width=True, feature_group_to_add=view_group(view, seq),
              returned_objects=["last_object_clicked_tooltip"], key=MAP_KEY,
              on_change=lambda: _map_clicked(state_names))


def show_caption(text: str) -> None:
    """The caption of the view (what the events come from), shown under the map (PAGE_CSS
    puts it there: it is drawn with the figures, in their fragment)."""
    with st.container(key="mx_caption"):
        st.caption(text)


def show_state_button(filters: flt.Filters, t: Translator) -> None:
    """"Show all states" above the map while states are chosen."""
    if filters.states:
        st.button(t("clear_states", states=", ".join(filters.states)), key="clear_states",
                  on_click=_clear_states, icon=":material/close:", type="tertiary")


def _map_clicked(state_names: list[str]) -> None:
    """Make a clicked state the filter, or clear the filter when the selected state is
    clicked again; rerun the bar and the figures (a callback: before the widgets exist).

    The map stays mounted across views and keeps its last value; every click reports a new
    text (the map counts clicks, hidden in the tooltip), and remembering the last value
    seen never re-applies one click.
    """
    tooltip = (st.session_state.get(MAP_KEY) or {}).get("last_object_clicked_tooltip")
    previous = st.session_state.get(K_LAST_CLICK)
    st.session_state[K_LAST_CLICK] = tooltip
    if not tooltip or tooltip == previous:
        return
    clicked = flt.state_from_tooltip(tooltip, state_names)
    if not clicked:
        return
    chosen = [s for s in st.session_state.get(K_STATES, []) if s in state_names]
    st.session_state[K_STATES] = [] if chosen == [clicked] else [clicked]
    rerun_view()


def show_unplaced(parts: loaders.ViewParts, t: Translator) -> None:
    """The state- and country-level events, which the map does not draw as points."""
    if not parts.unplaced_count:
        return
    show_unplaced_rows(parts.newest_unplaced, parts.unplaced_count, t)


def show_unplaced_rows(rest: pd.DataFrame, total: int, t: Translator) -> None:
    """The state-wide and national events beside the map (both the pandas and the queried page):
    the newest rows of ``total``."""
    with st.expander(t("unplaced_title", n=f"{total:,}")):
        if total > len(rest):
            st.caption(t("table_truncated", n=f"{len(rest):,}", total=f"{total:,}"))
        st.dataframe(pd.DataFrame({
            t("col_date"): rest["event_date"], t("col_type"): rest["event_type"].map(t.type_label),
            t("col_where"): rest["admin1"].replace("", t("nationwide")).fillna(t("nationwide")),
            t("col_precision"): rest["geo_precision"], t("col_fatalities"): rest["fatalities"],
            t("col_evidence"): rest["evidence"],
        }), hide_index=True, width="stretch")


def show_open_event(frame: pd.DataFrame, articles: dict, t: Translator) -> None:
    """A link to one event (?event=<incident_id>): say which, with its evidence, even when
    the filters hide it from the map."""
    event_id = st.session_state.get(K_OPEN_EVENT)
    if not event_id:
        return
    match = frame[frame["incident_id"].astype(str) == event_id]
    if match.empty:
        st.warning(t("event_not_found", id=event_id))
        return
    row = match.iloc[0]
    source = events.source_names((str(row["article"]),), articles)
    with st.container(border=True):
        st.markdown(t("event_linked", type=t.type_label(row["event_type"]), place=row["location"],
                      date=row["event_date"], source=source))
        st.caption(str(row["evidence"]))
        if st.button(t("event_close"), key="close_event"):
            st.session_state.pop(K_OPEN_EVENT, None)
            st.rerun()


def show_about(facts: loaders.StoreFacts, store: str, t: Translator) -> None:
    with st.expander(t("about_title"), icon=":material/info:"):
        st.markdown(t("about_body"))
        st.markdown(t("about_status", **{s: facts.status_counts.get(s, 0)
                                         for s in ("auto", "approved", "edited", "rejected")}))
        st.markdown(t("about_sources", sources=sources_line(facts.source_names, t), store=store))


def sources_line(names: tuple[str, ...], t: Translator) -> str:
    """The about box's list of sources: the first ABOUT_SOURCES, then how many more."""
    if not names:
        return "—"
    shown = ", ".join(names[:ABOUT_SOURCES])
    return shown if len(names) <= ABOUT_SOURCES else t("about_sources_more", names=shown,
                                                        n=f"{len(names) - ABOUT_SOURCES:,}")


def show_timeline(parts: loaders.ViewParts, events_in_view: int, t: Translator) -> None:
    series, period, span = parts.timeline, parts.period, parts.timeline_span
    st.subheader(t("timeline_title", period=t("period_" + period)))
    titles = {"y": t("timeline_y", period=t("period_" + period)), "type": t("col_type"),
              "from": t("timeline_from"), "events": t("fig_events")}
    event = st.altair_chart(charts.timeline_chart(series, period, t.type_label, titles), width="stretch",
                            on_select="rerun", selection_mode=charts.TIMELINE_SELECTION, key="timeline")
    shown = int(series["events"].sum()) if len(series) else 0
    if span and shown < events_in_view:
        st.caption(t("timeline_outside", n=f"{events_in_view - shown:,}", lo=span[0], hi=span[1]))
    st.caption(t("timeline_drag"))
    picked = charts.selected_dates(event)
    if picked and picked != st.session_state.get(K_LAST_SPAN):
        st.session_state[K_LAST_SPAN] = picked
        st.session_state[K_PENDING_DATES] = picked
        st.rerun()


def show_state_table(summary: pd.DataFrame, before: pd.Series | None, t: Translator) -> None:
    """The per-state table; ``before``: each state's events in the period before, for the change column."""
    st.subheader(t("per_state"))
    table = pd.DataFrame({
        t("col_state"): summary["state"].replace(charts.NO_STATE, t("nationwide")),
        t("fig_events"): summary["events"], t("col_sources"): summary["sources"],
        t("col_fatalities"): summary["fatalities"],
    })
    if before is not None:
        table[t("col_change")] = (summary["events"] - summary["state"].map(before).fillna(0)).astype("int64")
    table[t("col_first")] = summary["first"]
    table[t("col_last")] = summary["last"]
    table[t("col_main_type")] = summary["main type"].map(t.type_label)
    st.dataframe(table, hide_index=True, width="stretch", column_config={
        t("col_change"): st.column_config.NumberColumn(format="%+d", help=t("col_change_help"))})


def show_tables(grouped: pd.DataFrame, summary: pd.DataFrame, parts: loaders.ViewParts, articles: dict,
                t: Translator) -> None:
    show_state_table(summary, parts.previous_by_state, t)
    st.subheader(t("events_table"))
    rows = parts.newest_events
    if len(grouped) > len(rows):  # the browser grid stays responsive; the downloads have all rows
        st.caption(t("table_truncated", n=f"{len(rows):,}", total=f"{len(grouped):,}"))
    # The evidence sentence is what analysts read: keep it near the left, wide.
    table = pd.DataFrame({
        t("col_date"): rows["event_date"], t("col_type"): rows["event_type"].map(t.type_label),
        t("col_state"): rows["admin1"].replace("", t("nationwide")), t("col_place"): rows["location"],
        t("col_fatalities"): rows["fatalities"], t("col_sources"): rows[events.N_SOURCES],
        t("col_reported_by"): rows[events.ARTICLES].map(lambda ids: events.source_names(ids, articles)),
        t("col_evidence"): rows["evidence"],
        t("col_status"): (rows["status"] if "status" in rows else pd.Series("auto", index=rows.index))
        .map(t.status_label),
        t("col_actors"): rows["_actors"].map(", ".join) if "_actors" in rows else "",
        t("col_precision"): rows["geo_precision"], t("col_municipality"): rows["admin2"],
    })
    show_events_grid(table, t)


def show_events_grid(table: pd.DataFrame, t: Translator) -> None:
    """The events table as the page shows it (both the pandas and the queried page)."""
    st.dataframe(table, hide_index=True, width="stretch", height=420, key="events_table", column_config={
        t("col_date"): st.column_config.TextColumn(width="small"),
        t("col_fatalities"): st.column_config.NumberColumn(width="small"),
        t("col_sources"): st.column_config.NumberColumn(width="small", help=t("col_sources_help")),
        t("col_reported_by"): st.column_config.TextColumn(width="medium"),
        t("col_precision"): st.column_config.NumberColumn(width="small", help=t("col_precision_help")),
        t("col_evidence"): st.column_config.TextColumn(width="large"),
    })


def show_downloads(view: pd.DataFrame, articles: dict, span: tuple[dt.date, dt.date], t: Translator) -> None:
    """Three downloads of the view, named after its dates, written only when clicked
    (100,000 rows take seconds). on_click="ignore": downloading does not rerun the page."""
    st.subheader(t("download_title"))
    public = flt.public_columns(view)
    stamp = f"{span[0].isoformat()}_{span[1].isoformat()}"
    cols = st.columns(3)
    cols[0].download_button("CSV", lambda: exports.to_cited_csv(public, articles), f"incidents_{stamp}.csv",
                            "text/csv", key="dl_csv", on_click="ignore", help=t("download_csv_help"))
    cols[1].download_button("GeoJSON", lambda: exports.to_geojson(public), f"incidents_{stamp}.geojson",
                            "application/geo+json", key="dl_geojson", on_click="ignore")
    cols[2].download_button(t("download_acled"), lambda: exports.to_acled_csv(public, articles),
                            f"incidents-acled_{stamp}.csv", "text/csv", key="dl_acled", on_click="ignore",
                            help=t("download_acled_help"))


def _read_url(state_names: list[str]) -> flt.Filters:
    """The URL's filters, once per session: what it could not read is kept to be shown,
    and a link to one event (?event=) opens it."""
    params = _query_params()
    filters, problems = flt.read_params(params, state_names)
    if "_url_read" not in st.session_state:
        st.session_state["_url_read"] = True
        st.session_state[K_URL_PROBLEMS] = problems
        event = (params.get(flt.P_EVENT) or [None])[0]
        if event:
            st.session_state[K_OPEN_EVENT] = event[:200]
    return filters


def main() -> None:
    st.html(PAGE_CSS + DATE_ENTER_JS, unsafe_allow_javascript=True)
    directory = data.data_dir()
    try:
        rev = loaders.revision(directory)
        if loaders.above_pandas_limit(directory, rev):  # DuckDB answers: no record is loaded into pandas
            from app.dashboard import queried_page
            return queried_page.main(directory, rev)
        frame = loaders.load_prepared(str(directory), rev)
        articles = loaders.load_articles(str(directory), rev)
    except StoreError as exc:
        st.error(translator("en")("no_data", error=exc))
        st.stop()
    if frame.empty:
        st.info(translator("en")("empty_store", path=data.database_file(directory)))
        st.stop()

    shapes = loaders.states()
    facts = loaders.store_facts(str(directory), rev)
    first, last = facts.first, facts.last
    shape_names = [f["properties"].get("name") for f in shapes["features"]] if shapes else []
    # country-level records have no state (admin1 ""): not an option in the state filter
    state_names = sorted(set(facts.states) | set(filter(None, shape_names)))

    page_load = page_loaded()
    _init_widgets(_read_url(state_names), first, last)
    _fit_dates_to_data(first, last)
    review = _widget_filters(first, last)
    map_files = loaders.map_points(str(directory), rev, review.show_rejected, review.show_unreviewed)
    map_drawn.hold_page(page_load)  # the map before its controls on a page load
    preload_map(loaders.states_url() if shapes else None, map_files.published, len(map_files.points))
    t = translator(st.session_state.get(K_LANG) or "en")
    show_header(t)
    sidebar(first, last, list(facts.actors), t)
    if demo.is_demo(articles):
        st.warning(t("demo_banner"), icon=":material/science:")
    show_url_problems(t)
    show_open_event(frame, articles, t)

    def figures(filters: flt.Filters) -> tuple[View, Callable[[], None]]:
        shared = loaders.view_data(directory, rev, filters)  # cached per revision and filters
        view, grouped, previous = shared.view, shared.grouped, shared.previous
        span = (filters.date_from or first, filters.date_to or last)
        prev_lo, prev_hi = shared.previous_span
        empty_note = ""
        if view.empty:
            where = ", ".join(filters.states)
            empty_note = t("empty_view_state", states=where) if filters.states else t("empty_view")
        map_view = loaders.map_view(directory, rev, filters, state_names, empty_note=empty_note,
                                    open_event=st.session_state.get(K_OPEN_EVENT))

        def draw() -> None:
            show_figures(view, grouped, previous, t)
            if empty_note:
                st.info(empty_note)
            show_state_button(filters, t)
            show_caption(t("caption", events=f"{len(grouped):,}", records=f"{len(view):,}",
                           articles=f"{view['article'].nunique():,}", lo=span[0], hi=span[1])
                         + (" · " + t("compared_with", lo=prev_lo, hi=prev_hi) if previous is not None else ""))
        return map_view, draw

    def draw_map(filters: flt.Filters, map_view: View, seq: int) -> None:
        show_map(map_view, seq, shapes, filters, state_names,
                 loaders.map_points(str(directory), rev, filters.show_rejected, filters.show_unreviewed).published, t)

    with st.container(key="mx_view"):
        show_view(lambda: prepare_filters(state_names, first, last), lambda: filter_bar(first, last, state_names, t),
                  figures, draw_map)

    def below(held: bool) -> None:  # the map first (map_drawn.py): the rest once it has drawn the view
        filters = current_filters()
        shared = loaders.view_data(directory, rev, filters)
        view, grouped = shared.view, shared.grouped
        span = (filters.date_from or first, filters.date_to or last)

        def parts() -> loaders.ViewParts:  # cached per filters: computed once the map has drawn the view
            return loaders.view_parts(directory, rev, filters, table_rows=TABLE_ROWS, unplaced_rows=UNPLACED_ROWS)

        if not held:
            show_unplaced(parts(), t)
        show_about(facts, data.shown_path(data.database_file(directory)), t)
        if view.empty:
            return
        if held:
            st.caption(t("below_map_follows"))
            return
        show_timeline(parts(), len(grouped), t)
        show_tables(grouped, parts().state_summary, parts(), articles, t)
        show_downloads(view, articles, span, t)

    map_drawn.below_map(below)


def nav_page() -> StreamlitPage:
    """This page in the navigation (st.Page of ``main``); also the target of links to it."""
    # The map is the default page, at /.
    return st.Page(main, title="Map", icon=":material/map:", url_path="map", default=True)
