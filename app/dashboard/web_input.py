"""The Add page's URL field: fetch a news page for the same preview as a paste or an upload.

Only for a session that may save (app/reviewers.py's rule): the server fetches what the
address names, so a read-only page must not let anyone make it fetch. The fetch goes
through app.fetch (its limits, robots.txt, one request per second per host, shared by
every session of this server); reading and saving stay app.ingest's and app.store's.
"""
from __future__ import annotations

import os

import streamlit as st

from app import reviewers
from app.dashboard import access, data
from app.fetch import Fetched, Fetcher, FetchError
from app.pages import page_file_name

K_FETCHED = "add_fetched_page"


@st.cache_resource
def shared_fetcher() -> Fetcher:
    """One Fetcher per server: its per-host spacing then holds across sessions."""
    return Fetcher()


def may_fetch() -> bool:
    """The session may save (and so may make the server fetch): local without reviewers,
    or signed in."""
    policy = reviewers.write_policy(os.environ.get(access.ENV_ADDRESS, "localhost"),
                                    reviewers.load_reviewers(data.data_dir()))
    return policy.writable and (not policy.needs_sign_in or bool(st.session_state.get(access.K_REVIEWER)))


def fetched_input(key: str) -> tuple[bytes, str, dict[str, str]] | None:
    """(page bytes, file name, {"url": address}) once the page at the address typed was
    fetched; None before, or when fetching failed (said on the page)."""
    if not may_fetch():
        return None
    cols = st.columns([5, 1], vertical_alignment="bottom")
    url = cols[0].text_input("…or give the article's address", key=key, placeholder="https://…",
                             help="The page is fetched once (needs the internet); its main text and "
                                  "publication date are read, menus and related links left out.").strip()
    if cols[1].button("Fetch", key="add_fetch", disabled=not url):
        try:
            st.session_state[K_FETCHED] = (url, shared_fetcher().get(url))
        except FetchError as exc:
            st.session_state.pop(K_FETCHED, None)
            st.error(f"Not fetched: {exc}")
            return None
    held: tuple[str, Fetched] | None = st.session_state.get(K_FETCHED)
    if held is None or held[0] != url:
        return None
    fetched = held[1]
    return fetched.body, page_file_name(fetched), {"url": fetched.final_url}
