"""The parts of the map page below the map, rendered once the map has drawn the view.

Streamlit renders tables and charts on the main thread the map's iframe shares: sent with
the map, they delayed its drawing on a page load by seconds and on a filter change by about
half a second at 100,000 incidents. So the parts below the map (the state-wide list, the
timeline, the tables, the downloads) are one ``st.fragment`` holding a listener
(``map_drawn/index.html``, a component with no look): in the run that brings a view the
map has not drawn yet (a page load) they only say that they follow; the map
(static/mx/incident_map.js) tells the listener once it has painted that view, which reruns
the fragment alone (not the sidebar, the figures or the map), and that run renders them.

The filters that drive the map sit in a fragment of their own with the figures
(map_page.show_view), which hands the map each new view; a change there reruns that fragment
alone and never this one: it says which view it sent (``showing``) and the listener, which
hears every view the map draws, reruns this fragment once the map has drawn it and the
page's run has ended. Until then this fragment still shows
the last view's tables; they follow the map within a frame or two of its drawing.

On a page load the map goes first in the same way (issue 15, eleventh and twelfth passes):
until the map has drawn a view in this session (the listener has heard nothing yet), the page's
run sends the map with the title alone (``hold_page``); the filter bar, the figures, the language
control and the sidebar's controls follow in a whole-page run that the listener's first report
asks for (``below_map``). Streamlit renders every element on the page's thread, which the map's
same-origin iframe shares: rendered with the map they delayed its drawing by about 0.5 s.
On a first visit Streamlit's code for those controls (its element chunks) is not in the
browser's cache, and Streamlit asks for it only once they arrive: held alone, they followed the
map by 1.2-1.6 s. So a browser that has not loaded the page before is also sent, with the map,
a script that imports that code as soon as the map's iframe exists (``controls_code_script``):
the server is idle then (its run has ended, the map's files are preloaded), and the code is in
the page's module map when the controls come.

They are never held twice for one view: any later run of the same view renders them, as
does a listener that heard nothing for 15 s, so a map that never reports cannot hide them
for good. A session without a browser (AppTest) can switch holding off (``NEVER_HOLD``).
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Callable

import streamlit as st
import streamlit.components.v1 as components

# True in a session that renders every part at once (AppTest: no browser, no map to report).
NEVER_HOLD = "_below_map_never_held"
LISTENER = "mx_drawn_listener"  # its key: the value it reported is in session state under it
_SEEN = "_mx_drawn_seen"  # (token, filters) of the fragment's last run
_SHOWING = "_mx_drawn_showing"  # (token, filters) of the view the map was last sent
_PAGE_HELD = "_mx_page_held"  # this page load's controls wait for the map's first report
_TABLES_NEXT = "_mx_tables_next"  # the run that brings a held page's controls: the tables wait for it
_ROUND = "_mx_drawn_round"  # grows with each such run: the listener reports the same view again

_listener = components.declare_component("map_drawn", path=str(Path(__file__).resolve().parent / "map_drawn"))


def showing(token: str, filters: str) -> None:
    """The map was just sent view ``token``, drawn for ``filters`` (any text naming them).

    A new filter that leaves the map as it was (the same token: a date range with no other
    events in it, a word every shown event has) gets no drawn report, so nothing would rerun
    the fragment below: the whole page is rerun instead, which renders it for the new filters."""
    previous = st.session_state.get(_SHOWING)
    st.session_state[_SHOWING] = (token, filters)
    # What lies below the map fades while it shows another view than this one (its marker,
    # written by ``held``, names the view it shows), as Streamlit fades what a run replaces.
    st.html(f"<style>.st-key-mx_below:not(:has([data-mx-view='{_safe(token)}'])) "
            "{ opacity: .45; transition: opacity .2s; }</style>")
    if previous and previous[0] == token and previous[1] != filters and st.session_state.get(_SEEN) != (token, filters):
        st.rerun()


# Set by the map page in the browser (map_page.DATE_ENTER_JS's script): this browser has loaded
# the page before, so Streamlit's code for the controls is in its cache (immutable files).
RETURNING_COOKIE = "mx_returning"


def returning_browser() -> bool:
    """Whether the browser of this session has loaded the map page before (its cookie came
    with the WebSocket's request)."""
    try:
        return st.context.cookies.get(RETURNING_COOKIE) == "1"
    except Exception:  # noqa: BLE001 - no request (AppTest): a first visit
        return False


def hold_page(page_load: bool = True) -> bool:
    """At the start of the map page's whole run: whether this run sends the map before its
    controls (see the module): a page load (``page_load``: the page's widgets were not there
    before this run) whose map has reported no view yet in this session. Never twice in a row
    (a run before the report, or after a map that never reports, renders them), and never in a
    session without a browser (``NEVER_HOLD``). Call ``load_controls_code`` in the run it holds."""
    hold = page_load and not (isinstance(st.session_state.get(LISTENER), dict) or st.session_state.get(NEVER_HOLD)
                              or st.session_state.get(_PAGE_HELD))
    st.session_state[_PAGE_HELD] = hold
    return hold


# Streamlit's elements among the held controls (hold_page): the filter bar (date input,
# multiselects, text input), the figures (metrics), the language control (a segmented
# control: ButtonGroup) and the sidebar's (multiselect, selectbox, radio, checkboxes, button).
# Their sources in Streamlit's build manifest; the rest of the page (title, headers, dividers,
# captions, expanders, st.html, components) is in its main bundle or came with the map.
CONTROL_ELEMENTS = ("widgets/DateInput/DateInput.tsx", "widgets/Multiselect/Multiselect.tsx",
                    "widgets/TextInput/TextInput.tsx", "elements/Metric/Metric.tsx",
                    "widgets/ButtonGroup/ButtonGroup.tsx", "widgets/Selectbox/Selectbox.tsx",
                    "widgets/Radio/Radio.tsx", "widgets/Checkbox/Checkbox.tsx", "widgets/Button/Button.tsx")


@functools.lru_cache(maxsize=1)
def controls_code() -> tuple[str, ...]:
    """Names of the files under Streamlit's /static/js/ that hold the code of CONTROL_ELEMENTS:
    their chunks and every chunk those import, less what the page's own bundle imports (it
    has them already), read from Streamlit's build manifest. Empty when there is no manifest or
    it names none of them (another Streamlit build: the page works as before, the controls'
    code is then fetched when they come)."""
    from app.dashboard.static_files import streamlit_static_dir

    try:
        manifest = json.loads((streamlit_static_dir().parent / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    if not isinstance(manifest, dict):
        return ()

    def closure(keys: list[str]) -> set[str]:
        seen: set[str] = set()
        while keys:
            key = keys.pop()
            if key in seen or not isinstance(manifest.get(key), dict):
                continue
            seen.add(key)
            keys.extend(manifest[key].get("imports") or [])
        return seen

    wanted = [key for key in manifest if any(key.endswith("/components/" + name) for name in CONTROL_ELEMENTS)]
    loaded = closure([key for key, entry in manifest.items() if isinstance(entry, dict) and entry.get("isEntry")])
    files = {str(manifest[key].get("file", "")) for key in closure(wanted) - loaded}
    return tuple(sorted(f.removeprefix("static/js/") for f in files
                        if f.startswith("static/js/") and f.endswith(".js") and "/" not in f.removeprefix("static/js/")))


def controls_code_script(files: tuple[str, ...]) -> str:
    """A script (st.html, in the page) that imports ``files`` (controls_code) once the map's
    iframe exists: resolved against the page's own bundle, as Streamlit resolves its lazy
    imports, so that when the controls come their modules are the ones already loaded."""
    return ("<script>(function () {\n"
            "  if (window.mxControlsCode) return;\n"
            "  window.mxControlsCode = true;\n"
            f"  var files = {json.dumps(list(files))};\n"
            "  var bundle = document.querySelector('script[type=\"module\"][src*=\"/static/js/index.\"]');\n"
            "  var base = bundle ? bundle.src : new URL('static/js/index.js', document.baseURI).href;\n"
            "  function load() { files.forEach(function (f) { import(new URL(f, base).href).catch(function () {}); }); }\n"
            "  var map = function () { return document.querySelector('.st-key-mx_map iframe'); };\n"
            "  if (map()) { load(); return; }\n"
            "  new MutationObserver(function (_, observer) {\n"
            "    if (map()) { observer.disconnect(); load(); }\n"
            "  }).observe(document, {childList: true, subtree: true});\n"
            "})();</script>")


def load_controls_code() -> None:
    """In a run that holds the controls (hold_page) of a browser that has not loaded the page
    before (on a repeat visit the code is in its cache): the script that imports their code once
    the map's iframe exists (see the module); map_page.preload_map sends it with the map's
    files, in their hidden container."""
    files = controls_code()
    if not (page_held() and files) or returning_browser():
        return
    st.html(controls_code_script(files), unsafe_allow_javascript=True)


def page_held() -> bool:
    """Whether this run of the map page holds its controls back (``hold_page``)."""
    return bool(st.session_state.get(_PAGE_HELD))


def held(token: str, filters: str) -> bool:
    """Whether what lies below the map waits, in this run, for the map to draw view ``token``
    (see the module)."""
    previous = st.session_state.get(LISTENER)
    reported = previous.get("view") if isinstance(previous, dict) else None
    # The run that brings a held page load's controls renders them alone: what lies below the
    # map waits once more, for the listener's next report (once this run has ended).
    again = bool(st.session_state.pop(_TABLES_NEXT, False))
    hold = again or not (reported == token or st.session_state.get(NEVER_HOLD)
                         or st.session_state.get(_SEEN) == (token, filters))
    if again:
        st.session_state[_ROUND] = st.session_state.get(_ROUND, 0) + 1
    with st.container(key="mx_drawn_box"):  # hidden by map_page.PAGE_CSS
        _listener(view=token, held=hold, reported=None if again else reported, round=st.session_state.get(_ROUND, 0),
                  key=LISTENER, default=None)
        st.html(f'<span data-mx-view="{_safe(token)}"></span>')  # the view shown below the map
    st.session_state[_SEEN] = (token, filters)
    return hold


@st.fragment
def below_map(render: Callable[[bool], Any]) -> None:
    """``render(held)``: the parts of the page below the map for the view ``showing`` named
    last, ``held`` while the map has not drawn it (then render shows what need not wait and
    says the rest follows). One fragment for all of them: two listeners reporting at once
    would ask for two fragment reruns in one batch of widget updates, and Streamlit runs only
    one of them."""
    if page_held() and isinstance(st.session_state.get(LISTENER), dict):
        # The map has drawn (or the listener gave up waiting): now the whole page, controls too.
        st.session_state[_PAGE_HELD] = False
        st.session_state[_TABLES_NEXT] = True
        st.rerun()
    token, filters = st.session_state.get(_SHOWING) or ("", "")
    with st.container(key="mx_below"):
        render(held(token, filters))


def _safe(token: str) -> str:
    """A view's token as it goes into the page's HTML (a hash: hex digits only)."""
    return "".join(c for c in token if c in "0123456789abcdef")
