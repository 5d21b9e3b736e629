"""Figures, the timeline and the per-state summary of a filtered view (pandas + altair, no streamlit)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import altair as alt
import pandas as pd

from app.dashboard.style import EVENT_STYLE, event_label

NO_STATE = "(country-level, no state)"
DAY_LIMIT = 92       # up to ~3 months: one bar per day
WEEK_LIMIT = 2 * 366  # up to 2 years: per week; beyond: per month


@dataclass(frozen=True)
class Figures:
    incidents: int
    fatalities: int
    states: int
    articles: int
    events: int = 0


def figures(frame: pd.DataFrame, grouped: pd.DataFrame | None = None) -> Figures:
    """Figures of a view of records; with ``grouped`` (events.events of it) the fatalities
    are summed over events, so two articles about one event do not double its deaths."""
    counted = frame if grouped is None else grouped
    fatalities = pd.to_numeric(counted["fatalities"], errors="coerce").fillna(0).sum() if len(counted) else 0
    states = frame["admin1"].replace("", pd.NA).dropna()  # country-level records name no state
    return Figures(incidents=len(frame), fatalities=int(fatalities),
                   states=int(states.nunique()), articles=int(frame["article"].nunique()),
                   events=len(counted))


def timeline_period(first: dt.date, last: dt.date) -> str:
    """"day", "week" or "month": the bar width that keeps the timeline readable."""
    span = (last - first).days
    return "day" if span <= DAY_LIMIT else "week" if span <= WEEK_LIMIT else "month"


def timeline(frame: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Incidents per period and type: columns period (date), type (label), incidents."""
    dates = pd.to_datetime(frame["event_date"], errors="coerce")
    valid = dates.notna()
    if not valid.any():
        return pd.DataFrame(columns=["period", "type", "incidents", "end"]), "day"
    period = timeline_period(dates[valid].min().date(), dates[valid].max().date())
    starts = {"day": dates.dt.floor("D"),
              "week": dates.dt.to_period("W-SUN").dt.start_time,
              "month": dates.dt.to_period("M").dt.start_time}[period]
    grouped = (pd.DataFrame({"period": starts[valid], "type": frame.loc[valid, "event_type"].map(event_label)})
               .groupby(["period", "type"]).size().rename("incidents").reset_index())
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}[period]
    grouped["end"] = grouped["period"] + step  # bars span their whole period
    return grouped, period


def timeline_chart(data: pd.DataFrame, period: str) -> alt.Chart:
    """Stacked bars in the map's type colours (vega ships inside Streamlit: no CDN)."""
    labels = [label for label, _, _ in EVENT_STYLE.values()]
    colours = [colour for _, colour, _ in EVENT_STYLE.values()]
    date_format = "%b %Y" if period == "month" else "%d %b %Y"
    return (alt.Chart(data).mark_bar(stroke="white", strokeWidth=0.5).encode(
        x=alt.X("period:T", title=None),
        x2="end:T",
        y=alt.Y("sum(incidents):Q", title=f"incidents per {period}", stack="zero"),
        color=alt.Color("type:N", scale=alt.Scale(domain=labels, range=colours), title="type"),
        tooltip=[alt.Tooltip("period:T", title=f"{period} from", format=date_format), "type:N",
                 alt.Tooltip("sum(incidents):Q", title="incidents")],
    ).properties(height=260))


def state_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per state: incidents, fatalities, articles, first and last date, most frequent type."""
    if frame.empty:
        return pd.DataFrame(columns=["state", "incidents", "fatalities", "articles", "first", "last", "main type"])
    work = frame.assign(_fat=pd.to_numeric(frame["fatalities"], errors="coerce").fillna(0),
                        admin1=frame["admin1"].replace("", NO_STATE).fillna(NO_STATE))
    grouped = work.groupby("admin1")
    summary = pd.DataFrame({
        "incidents": grouped.size(),
        "fatalities": grouped["_fat"].sum().astype("int64"),
        "articles": grouped["article"].nunique(),
        "first": grouped["event_date"].min(),
        "last": grouped["event_date"].max(),
        "main type": grouped["event_type"].agg(lambda s: event_label(s.value_counts().index[0])),
    })
    return summary.sort_values(["incidents", "fatalities"], ascending=False) \
        .rename_axis("state").reset_index()
