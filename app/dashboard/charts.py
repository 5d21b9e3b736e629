"""Figures, the timeline and the per-state summary of a filtered view (pandas + altair, no streamlit).

The unit is the event (events.events: records of one type, place and date from several
articles are one event, with its sources) in the headline, the per-state summary and the
timeline alike, so the numbers agree wherever they are shown.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Callable

import altair as alt
import numpy as np
import pandas as pd

from app.dashboard import events as ev
from app.dashboard.style import EVENT_STYLE, event_label

NO_STATE = "(country-level, no state)"
DAY_LIMIT = 92       # up to ~3 months: one bar per day
WEEK_LIMIT = 2 * 366  # up to 2 years: per week; beyond: per month
DENSE_SHARE = 0.9     # the timeline's default span holds at least this share of the events
TIMELINE_SELECTION = "span"  # name of the timeline's drag selection (the page reads it back)


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


def previous_period(date_from: dt.date, date_to: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same length just before [date_from, date_to]."""
    days = (date_to - date_from).days + 1
    return date_from - dt.timedelta(days=days), date_from - dt.timedelta(days=1)


def timeline_period(first: dt.date, last: dt.date) -> str:
    """"day", "week" or "month": the bar width that keeps the timeline readable."""
    span = (last - first).days
    return "day" if span <= DAY_LIMIT else "week" if span <= WEEK_LIMIT else "month"


def dense_span(dates: pd.Series, share: float = DENSE_SHARE) -> tuple[dt.date, dt.date] | None:
    """Where the data are: two stray records from years back must not squeeze the rest
    into a sliver. The shortest range of days holding ``share`` of ``dates``, widened to
    the dates that lie within that range's own length (at least a week) of it, so evenly
    spread data keep their whole range."""
    days = np.sort(pd.to_datetime(dates, errors="coerce").dropna().to_numpy(dtype="datetime64[D]"))
    if not len(days):
        return None
    k = max(1, math.ceil(share * len(days)))
    widths = days[k - 1:] - days[:len(days) - k + 1]
    start = int(np.argmin(widths))
    margin = max(widths[start], np.timedelta64(7, "D"))
    near = days[(days >= days[start] - margin) & (days <= days[start + k - 1] + margin)]
    return pd.Timestamp(near[0]).date(), pd.Timestamp(near[-1]).date()


def timeline(grouped: pd.DataFrame, span: tuple[dt.date, dt.date] | None = None) -> tuple[pd.DataFrame, str]:
    """Events per period and type within ``span`` (all dates when None): columns period
    (date), type (codebook value), events, end."""
    dates = pd.to_datetime(grouped["event_date"], errors="coerce")
    valid = dates.notna()
    if span is not None:
        valid &= (dates >= pd.Timestamp(span[0])) & (dates <= pd.Timestamp(span[1]))
    if not valid.any():
        return pd.DataFrame(columns=["period", "type", "events", "end"]), "day"
    period = timeline_period(dates[valid].min().date(), dates[valid].max().date())
    starts = {"day": dates.dt.floor("D"),
              "week": dates.dt.to_period("W-SUN").dt.start_time,
              "month": dates.dt.to_period("M").dt.start_time}[period]
    counts = (pd.DataFrame({"period": starts[valid], "type": grouped.loc[valid, "event_type"].astype(str)})
              .groupby(["period", "type"]).size().rename("events").reset_index())
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1)}[period]
    counts["end"] = counts["period"] + step  # bars span their whole period
    return counts, period


def timeline_chart(data: pd.DataFrame, period: str, label: Callable[[str], str] = event_label,
                   titles: dict[str, str] | None = None) -> alt.Chart:
    """Stacked bars in the map's type colours, every type in the legend (vega ships inside
    Streamlit: no CDN). A drag along the time axis is a selection the page turns into the
    date filter."""
    titles = {"y": f"events per {period}", "type": "type", "from": f"{period} from", "events": "events",
              **(titles or {})}
    labels = [label(t) for t in EVENT_STYLE]
    colours = [colour for _, colour, _ in EVENT_STYLE.values()]
    data = data.assign(label=data["type"].map(label))
    date_format = "%b %Y" if period == "month" else "%d %b %Y"
    # Per-day bars get one tick per day (no hour ticks); longer periods let vega choose.
    axis = (alt.Axis(format="%d %b", tickCount={"interval": "day", "step": 1}, labelOverlap=True)
            if period == "day" else alt.Axis(labelOverlap=True))
    drag = alt.selection_interval(encodings=["x"], name=TIMELINE_SELECTION)
    return (alt.Chart(data).mark_bar(stroke="white", strokeWidth=0.5).encode(
        x=alt.X("period:T", title=None, axis=axis),
        x2="end:T",
        y=alt.Y("sum(events):Q", title=titles["y"], stack="zero"),
        color=alt.Color("label:N", title=titles["type"],
                        scale=alt.Scale(domain=labels, range=colours),
                        legend=alt.Legend(values=labels, symbolLimit=0)),
        tooltip=[alt.Tooltip("period:T", title=titles["from"], format=date_format),
                 alt.Tooltip("label:N", title=titles["type"]),
                 alt.Tooltip("sum(events):Q", title=titles["events"])],
    ).add_params(drag).properties(height=230))


def selected_dates(selection: object) -> tuple[dt.date, dt.date] | None:
    """The dates of a drag on the timeline (Streamlit's selection state), if any."""
    try:
        chosen = selection["selection"][TIMELINE_SELECTION]  # type: ignore[index]
        lo, hi = chosen.get("period") or chosen.get("x")
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    start, end = sorted(pd.to_datetime([lo, hi], unit="ms" if isinstance(lo, (int, float)) else None))
    return start.date(), end.date()


def newest(events: pd.DataFrame, rows: int) -> pd.DataFrame:
    """The ``rows`` newest events, by date (newest first) then state. Sorts the two key
    columns only, then takes the rows: sorting the whole frame moved every column of
    100,000 events (0.6 s)."""
    order = events[["event_date", "admin1"]].reset_index(drop=True) \
        .sort_values(["event_date", "admin1"], ascending=[False, True], kind="stable").index
    return events.iloc[order[:rows]]


def state_summary(grouped: pd.DataFrame) -> pd.DataFrame:
    """Per state, over events: events, sources (distinct articles), fatalities, first and
    last date, most frequent type (codebook value)."""
    columns = ["state", "events", "sources", "fatalities", "first", "last", "main type"]
    if grouped.empty:
        return pd.DataFrame(columns=columns)
    articles = grouped[ev.ARTICLES] if ev.ARTICLES in grouped else grouped["article"].map(lambda a: (str(a),))
    work = grouped.assign(_fat=pd.to_numeric(grouped["fatalities"], errors="coerce").fillna(0),
                          _articles=articles,
                          admin1=grouped["admin1"].replace("", NO_STATE).fillna(NO_STATE))
    by_state = work.groupby("admin1")
    summary = pd.DataFrame({
        "events": by_state.size(),
        "sources": by_state["_articles"].agg(lambda s: len(set().union(*map(set, s)))),
        "fatalities": by_state["_fat"].sum().astype("int64"),
        "first": by_state["event_date"].min(),
        "last": by_state["event_date"].max(),
        "main type": by_state["event_type"].agg(lambda s: str(s.value_counts().index[0])),
    })
    return summary.sort_values(["events", "fatalities"], ascending=False) \
        .rename_axis("state").reset_index()[columns]
