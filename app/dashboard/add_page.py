"""The "Add article" page: paste, upload or fetch (by URL) an article, check its metadata, preview, save.

Reading and extraction go through app.ingest, saving through app.store; this page is
layout and session state. The metadata widgets are keyed on the
text's hash, so a new text starts with its own detected title, date and language.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.navigation.page import StreamlitPage
from streamlit_folium import st_folium

from app import ingest, store
from app.articles import checked_url
from app.dashboard import access, data, loaders, map_page, web_input
from app.dashboard.map import build_map
from app.dashboard.style import event_label
from app.records import LANGUAGES

K_TEXT, K_FILE, K_SAVED, K_VERSION = "add_text", "add_file", "add_saved_message", "add_form_version"
K_URL = "add_page_url"
PREVIEW_HEIGHT = 360
LANGUAGE_NAMES = {"nl": "Dutch (nl)", "es": "Spanish (es)", "en": "English (en)"}


@st.cache_data(show_spinner="Reading the article…", max_entries=8)
def preview(raw: bytes | str, filename: str, meta: tuple[tuple[str, str], ...]
            ) -> tuple[Any, list[dict], list[str]]:
    """(Article, incident records, reader warnings) for the input; cached so widget
    changes stay quick."""
    article, notes = ingest.article_from_upload(raw, filename=filename, metadata=dict(meta))
    return article, ingest.extract_records(article), notes


def _form_key(name: str) -> str:
    # A new version after each save gives fresh, empty input widgets (a file uploader
    # cannot be emptied through session state).
    return f"{name}_{st.session_state.get(K_VERSION, 0)}"


def _input() -> tuple[bytes | str, str, dict[str, str]] | None:
    """The uploaded file (wins), the fetched page or the pasted text, with a file name and
    what is known of it (a fetched page's address); None when empty."""
    upload = st.file_uploader("Upload a file", type=["txt", "md", "html", "htm"], key=_form_key(K_FILE),
                              help="Plain text, Markdown (front matter allowed) or a saved web page.")
    text = st.text_area("…or paste the article's text", key=_form_key(K_TEXT), height=220,
                        placeholder="Title, date line and body as published; front matter "
                                    "(---, title: …, date: …, ---) is read too.")
    fetched = web_input.fetched_input(_form_key(K_URL))
    if upload is not None:
        return upload.getvalue(), upload.name, {}
    if fetched is not None:
        return fetched
    if text.strip():
        return text, "", {}
    return None


def _metadata_form(article: Any, key: str) -> dict[str, str]:
    """Title, source, URL, date and language, prefilled from the article; the user's values."""
    cols = st.columns([3, 2])
    title = cols[0].text_input("Title", value=article.title, key=f"add_title_{key}")
    source = cols[1].text_input("Source", value=article.source, key=f"add_source_{key}",
                                placeholder="e.g. El Informador")
    cols = st.columns([3, 1, 1])
    url = cols[0].text_input("URL", value=article.url, key=f"add_url_{key}", placeholder="https://…")
    date = cols[1].date_input("Publication date", value=article.date, key=f"add_date_{key}",
                              format="YYYY-MM-DD", help="Anchors relative dates (\"on Sunday\").")
    language = cols[2].selectbox("Language", list(LANGUAGES), index=list(LANGUAGES).index(article.language),
                                 format_func=LANGUAGE_NAMES.get, key=f"add_lang_{key}",
                                 help="Detected from the text; change it if it is wrong.")
    if not isinstance(date, dt.date):
        st.warning(f"No publication date was found in the article, so its relative dates (\"this Saturday\", "
                   f"\"yesterday\") are read from today, {dt.date.today().isoformat()}. Enter the publication date "
                   "above if you know it.", icon=":material/event_busy:")
    if url.strip() and not checked_url(url):
        st.warning("Only http and https links are shown on the map; this URL will be kept as text only.")
    return {"title": title.strip(), "source": source.strip(), "url": url.strip(),
            "date": date.isoformat() if isinstance(date, dt.date) else "", "language": language}


def _records_table(records: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(records)
    return pd.DataFrame({
        "type": frame["event_type"].map(event_label), "date": frame["event_date"],
        "place": frame["location"], "municipality": frame["admin2"], "state": frame["admin1"],
        "precision": frame["geo_precision"], "fatalities": frame["fatalities"],
        "confidence": frame["confidence"], "evidence": frame["evidence"],
    })


def _show_preview(article: Any, records: list[dict]) -> None:
    st.subheader(f"Preview: {len(records)} incident(s)")
    if not records:
        st.info("The extractor found no incident with a place in Mexico in this text. "
                "You can still save the article; it will have no markers.")
        return
    frame = pd.DataFrame(records)
    fmap = build_map(frame, loaders.states(), articles={article.id: {"source": article.source,
                                                                   "title": article.title, "url": article.url}})
    # zoomed to the article's incidents, not the whole country
    fmap.fit_bounds([[frame["latitude"].min() - 1, frame["longitude"].min() - 1],
                     [frame["latitude"].max() + 1, frame["longitude"].max() + 1]], max_zoom=7)
    st_folium(fmap, height=PREVIEW_HEIGHT, use_container_width=True, returned_objects=[], key="preview_map")
    st.dataframe(_records_table(records), hide_index=True, width="stretch", key="preview_table")


def _save(article: Any, records: list[dict], actor: str) -> None:
    directory = data.data_dir()
    with store.open_store(directory, create=True) as db:
        result = db.add_article(article, records, actor=actor, near_copies=True)
    if result.added:
        store.export_after_change(directory)
    loaders.clear()  # the map page must show the new incidents on its next run
    st.session_state[K_SAVED] = (result.added, result.message)
    if result.added:  # start afresh with empty inputs
        st.session_state[K_VERSION] = st.session_state.get(K_VERSION, 0) + 1
    st.rerun()


def _show_saved_message() -> None:
    saved = st.session_state.pop(K_SAVED, None)
    if saved is None:
        return
    added, message = saved
    if added:
        st.success(message + " Its incidents are on the map now.")
        st.page_link(map_page.nav_page(), label="Open the map", icon=":material/map:")
    else:
        st.warning(message)


def main() -> None:
    st.title("Add an article")
    st.caption("Paste, upload or give the address of a news article (Dutch, Spanish or English). Check the details, "
               "look at the incidents it yields, and save: they go into the store and onto the map.")
    _show_saved_message()
    given = _input()
    if given is None:
        return
    raw, filename, known = given
    try:
        article, _, notes = preview(raw, filename, tuple(sorted(known.items())))
    except store.ArticleError as exc:
        st.error(f"This cannot be read as an article: {exc}")
        return
    for note in notes:  # e.g. not UTF-8: read as Windows-1252 -- the user should check the accents
        st.warning(note)
    key = store.text_fingerprint(article.text)[:12]
    try:
        with store.open_store(data.data_dir(), create=True) as db:
            existing = db.article_by_hash(store.text_fingerprint(article.text))
    except store.StoreError as exc:
        st.error(str(exc))
        return
    if existing:
        st.warning(f"This article is already in the store as {existing!r} (same text); it will not be added twice.")
    meta = _metadata_form(article, key)
    article, records, _ = preview(raw, filename, tuple(sorted(meta.items())))
    _show_preview(article, records)
    actor = access.writer()  # who saves: None shows why not (read-only, sign in)
    if actor is None:
        return
    if st.button("Save article", type="primary", key="add_save", disabled=bool(existing)):
        try:
            _save(article, records, actor)
        except store.StoreError as exc:
            st.error(f"Not saved. {exc}")


def nav_page() -> StreamlitPage:
    """This page in the navigation (st.Page of ``main``)."""
    return st.Page(main, title="Add article", icon=":material/post_add:", url_path="add")
