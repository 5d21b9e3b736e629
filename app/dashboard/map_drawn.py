"""The parts of the map page below the map, rendered once the map has drawn the view.

Streamlit renders tables and charts on the main thread the map's iframe shares: sent with
the map, they delayed its drawing on a page load by seconds and on a filter change by about
half a second at 100,000 incidents. So the parts below the map (the state-wide list, the
timeline, the tables, the downloads) are one ``st.fragment`` holding a listener
(``map_drawn/index.html``, a component with no look): in the run that brings a view the
map has not drawn yet (a page load, a filter change) they only say that they follow; the
map (static/mx/incident_map.js) tells the listener once it has painted that view, which
reruns the fragment alone (not the sidebar, the figures or the map), and that run renders
them.

They are never held twice for one view: any later run of the same view renders them, as
does a listener that heard nothing for 15 s, so a map that never reports cannot hide them
for good. A session without a browser (AppTest) can switch holding off (``NEVER_HOLD``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import streamlit as st
import streamlit.components.v1 as components

# True in a session that renders every part at once (AppTest: no browser, no map to report).
NEVER_HOLD = "_below_map_never_held"
LISTENER = "mx_drawn_listener"  # its key: the value it reported is in session state under it
_SEEN = "_mx_drawn_seen"  # the view of the fragment's last run

_listener = components.declare_component("map_drawn", path=str(Path(__file__).resolve().parent / "map_drawn"))


def held(token: str) -> bool:
    """Whether what lies below the map waits, in this run, for the map to draw view ``token``
    (see the module)."""
    previous = st.session_state.get(LISTENER)
    reported = previous.get("view") if isinstance(previous, dict) else None
    with st.container(key="mx_drawn_box"):  # hidden by map_page.PAGE_CSS
        value = _listener(view=token, reported=reported, key=LISTENER, default=None)
    drawn = isinstance(value, dict) and value.get("view") == token
    hold = not (drawn or st.session_state.get(NEVER_HOLD) or st.session_state.get(_SEEN) == token)
    st.session_state[_SEEN] = token
    return hold


@st.fragment
def below_map(token: str, render: Callable[[bool], Any]) -> None:
    """``render(held)``: the parts of the page below the map, ``held`` while the map has not
    drawn view ``token`` (then render shows what need not wait and says the rest follows).
    One fragment for all of them: two listeners reporting at once would ask for two fragment
    reruns in one batch of widget updates, and Streamlit runs only one of them."""
    render(held(token))
