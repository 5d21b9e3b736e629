"""The dashboard as Streamlit's ASGI app (``st.App``): what `python -m app serve` runs.

The pages are those of streamlit_app.py; this adds what Streamlit's own server does not do:

- ``CompressedStatic`` (static_files.py): Streamlit's JavaScript and our map files gzip-
  compressed once and marked immutable, so a first visit receives a third of the bytes and
  a repeat visit fetches none of them;
- a warm-up at server start (``warm_up``, in a background thread): the store is read, the
  map's points published and the unfiltered view computed before anyone asks, so the first
  visitor after a start does not wait for them (14 s at 100,000 incidents on a 2-vCPU VM).
  The caches are loaders.py's own (``st.cache_resource``), shared by every session.

`streamlit run` finds ``app`` below and serves it with the usual ``--server.*`` options.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
from pathlib import Path
from typing import Any, AsyncIterator

import streamlit as st
from starlette.middleware import Middleware

from app.dashboard import static_files
from app.dashboard.static_files import CompressedStatic

SCRIPT = Path(__file__).resolve().parent / "streamlit_app.py"
_LOG = logging.getLogger("mxmap.warm_up")
warmed = threading.Event()  # set when the warm-up has finished (or failed)


def warm_up() -> float:
    """Fill the caches the map page reads on a first visit with no filter; seconds taken.

    Never raises: a store that cannot be read is the page's to report.
    """
    started = time.perf_counter()
    # The caches warn that no script runs in this thread; that is the point here.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    try:
        from app.dashboard import data, loaders, points
        from app.dashboard import filters as flt
        # The page's heavy modules (pandas, altair, folium), but not streamlit_folium: a
        # component declared outside a script run is never registered, and its iframe
        # would get 404s.
        from app.dashboard import charts, map  # noqa: F401

        directory = data.data_dir()
        rev = loaders.revision(directory)
        defaults = flt.Filters()
        queried = loaders.above_pandas_limit(directory, rev)  # then the store's queries answer: no records in pandas
        if queried:
            loaders.queried_facts(str(directory), rev)
            map_files = loaders.event_points(str(directory), rev, defaults.show_rejected,
                                             defaults.show_unreviewed).published
        else:
            loaders.load_prepared(str(directory), rev)
            loaders.store_facts(str(directory), rev)
            map_files = loaders.map_points(str(directory), rev, defaults.show_rejected,
                                           defaults.show_unreviewed).published
        loaders.load_articles(str(directory), rev)
        published = [loaders.states_url(), map_files.points_url, map_files.details_url]
        for url in filter(None, published):  # compressed now, not on the first visitor's request
            static_files.compressed(points.PUBLISH_DIR / url.rsplit("/", 1)[1])
        if not queried:
            loaders.view_data(directory, rev, defaults)
    except Exception as exc:  # noqa: BLE001 - the page shows the error to whoever visits
        _LOG.warning("warm-up skipped: %s", exc)
    finally:
        warmed.set()
    return time.perf_counter() - started


@contextlib.asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    threading.Thread(target=warm_up, name="mxmap-warm-up", daemon=True).start()
    yield


app = st.App(SCRIPT, middleware=[Middleware(CompressedStatic)], lifespan=lifespan)
