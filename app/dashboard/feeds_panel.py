"""The "Feeds" page: the RSS and Atom feeds followed, when each was last updated, what that
update found and how many articles each brought. Read from the store; feeds are added and
updated with ``python -m app feeds`` (updating needs the internet)."""
from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit.navigation.page import StreamlitPage

from app import store
from app.dashboard import data


def feeds_table(feeds: list[store.Feed]) -> pd.DataFrame:
    return pd.DataFrame({
        "feed": [f.title or "(not fetched yet)" for f in feeds],
        "address": [f.url for f in feeds],
        "last update": [f.last_checked or "never" for f in feeds],
        "result": [f.last_status for f in feeds],
        "articles brought": [f.articles_added for f in feeds],
    })


def main() -> None:
    st.title("Feeds")
    st.caption("News feeds followed: `python -m app feeds add URL` follows one, "
               "`python -m app feeds update` fetches what is new in each (needs the internet).")
    try:
        with store.open_store(data.data_dir()) as db:
            feeds = db.feeds()
    except store.StoreError as exc:
        st.info(f"No store yet: {exc}")
        return
    if not feeds:
        st.info("No feed is followed yet.")
        return
    cols = st.columns(3)
    cols[0].metric("Feeds", len(feeds))
    cols[1].metric("Articles brought", sum(f.articles_added for f in feeds))
    cols[2].metric("Last update", max((f.last_checked or "" for f in feeds), default="") or "never")
    st.dataframe(feeds_table(feeds), hide_index=True, width="stretch", key="feeds_table")


def nav_page() -> StreamlitPage:
    """This page in the navigation (st.Page of ``main``)."""
    return st.Page(main, title="Feeds", icon=":material/rss_feed:", url_path="feeds")
