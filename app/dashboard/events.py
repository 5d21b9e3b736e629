"""Same event, several sources: records grouped into events (pandas only, no streamlit).

Records of the same event type, municipality (admin2 + admin1) and date are one event,
whichever articles report them; state- and country-level records (no admin2) group by
state the same way. The map draws one marker per event and the table one row per event,
each saying how many sources report it and which. The records themselves stay as they
are (the store, the downloads and the review page keep one row per record).
"""
from __future__ import annotations

from typing import Any, Mapping

import pandas as pd

# Columns added to a view by ``events``.
EVENT_KEY, N_SOURCES, ARTICLES = "_event", "_n_sources", "_articles"


def event_keys(frame: pd.DataFrame) -> pd.Series:
    """The grouping key of each record: type | state | municipality | date."""
    admin2 = frame["admin2"].astype("object").where(frame["admin2"].notna(), "").astype(str)
    return (frame["event_type"].astype(str) + "|" + frame["admin1"].fillna("").astype(str) + "|"
            + admin2 + "|" + frame["event_date"].astype(str))


def events(view: pd.DataFrame) -> pd.DataFrame:
    """One row per event of ``view``: its first record (by article, id) plus
    ``_n_sources`` (distinct articles) and ``_articles`` (their ids, sorted); the
    fatalities, injured and arrested are the largest any source reports (not the sum:
    two articles about one event do not double its deaths)."""
    if view.empty:
        return view.assign(**{EVENT_KEY: pd.Series(dtype="object"), N_SOURCES: pd.Series(dtype="int64"),
                              ARTICLES: pd.Series(dtype="object")})
    work = view.assign(**{EVENT_KEY: event_keys(view)})
    shared = work[EVENT_KEY].duplicated(keep=False)
    # Most events have one record: only the others go through the (slow) groupby.
    single = work[~shared].assign(**{ARTICLES: work.loc[~shared, "article"].map(lambda a: (str(a),)),
                                     N_SOURCES: 1})
    return pd.concat([single, _merged(work[shared])], ignore_index=True) if shared.any() \
        else single.reset_index(drop=True)


def _merged(work: pd.DataFrame) -> pd.DataFrame:
    work = work.sort_values([EVENT_KEY, "article", "incident_id"], kind="stable")
    grouped = work.groupby(EVENT_KEY, sort=False)
    first = grouped.head(1).set_index(EVENT_KEY)
    articles = grouped["article"].agg(lambda s: tuple(sorted(set(map(str, s)))))
    first[ARTICLES] = articles
    first[N_SOURCES] = articles.map(len).astype("int64")
    for field in ("fatalities", "injured", "arrested"):
        if field in work:
            first[field] = grouped[field].max()
    return first.reset_index()


def source_names(article_ids: tuple[str, ...], articles: Mapping[str, Mapping[str, Any]]) -> str:
    """"AD.nl (001_…); El Informador (added_…)" for the table."""
    names = []
    for article in article_ids:
        source = str((articles.get(article) or {}).get("source") or "")
        names.append(f"{source} ({article})" if source else article)
    return "; ".join(names)
