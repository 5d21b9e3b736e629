"""The dashboard: `python -m app serve` runs this with `streamlit run`, from the repository
root and with it on PYTHONPATH, so ``app`` imports without touching ``sys.path`` here
(by hand: ``python -m streamlit run app/dashboard/streamlit_app.py`` from the root).

Entry point and page navigation only. Each page is a small file under views/ that calls
its module (map_page, add_page, review_page): Streamlit runs page files anew on every
rerun, while modules and their caches are loaded once.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

VIEWS = Path(__file__).resolve().parent / "views"
PAGES = (
    # (file under views/, title, icon, url path)
    ("map_view.py", "Map", ":material/map:", "map"),
    ("add_article.py", "Add article", ":material/post_add:", "add"),
    ("review.py", "Review", ":material/fact_check:", "review"),
    ("feeds.py", "Feeds", ":material/rss_feed:", "feeds"),
)


def main() -> None:
    st.set_page_config(page_title="Cartel-violence incidents in Mexico", page_icon="🗺️", layout="wide")
    pages = [st.Page(str(VIEWS / name), title=title, icon=icon, default=True) if url == "map" else
             st.Page(str(VIEWS / name), title=title, icon=icon, url_path=url)
             for name, title, icon, url in PAGES]
    st.navigation(pages).run()


main()
