"""The dashboard: `python -m app serve` runs this with `streamlit run`, from the repository
root and with it on PYTHONPATH, so ``app`` imports without touching ``sys.path`` here
(by hand: ``python -m streamlit run app/dashboard/streamlit_app.py`` from the root).

Entry point and page navigation only: each page is its module's ``main`` function, given
to ``st.Page`` by the module's ``nav_page``, so a rerun calls that function while the
modules and their caches are loaded once.
"""
from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from app.dashboard import add_page, feeds_panel, map_page, review_page

PAGE_TITLE = "Cartel-violence incidents in Mexico"


def pages() -> list[StreamlitPage]:
    """The pages in the sidebar, in order; the map is the default."""
    return [map_page.nav_page(), add_page.nav_page(), review_page.nav_page(), feeds_panel.nav_page()]


def configure() -> None:
    st.set_page_config(page_title=PAGE_TITLE, page_icon="🗺️", layout="wide")


def main() -> None:
    configure()
    st.navigation(pages()).run()


if __name__ == "__main__":
    main()
