"""The view's filters: parsed from and written to URL query parameters, applied to a frame.

No streamlit here: the page passes ``st.query_params`` in as a plain mapping of lists, so
the round trip URL -> Filters -> URL is testable on its own and a copied link reopens
the same view. States in a link may be written as people write them (``michoacan``,
``CDMX``, ``Edomex``): they are read like the command line's ``--state``
(app.geo.geocoder.state_name); what cannot be read is reported, not silently dropped.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping, Sequence

import pandas as pd

from app.dashboard.i18n import language
from app.dashboard.style import METRICS
from app.geo.gazetteer import fold  # the one accent fold: "michoacan" finds "Michoacán"
from app.geo.geocoder import state_name
from app.records import EVENT_TYPES, GEO_PRECISIONS

# URL parameter names (short: they end up in links people paste into chats and reports).
P_FROM, P_TO, P_STATE, P_TYPE, P_TEXT, P_PREC, P_METRIC, P_TILES = (
    "from", "to", "state", "type", "q", "prec", "metric", "tiles")
# Review status: rejected records are hidden unless rejected=1; unreviewed (auto) ones
# are shown unless unreviewed=0.
P_REJECTED, P_UNREVIEWED = "rejected", "unreviewed"
P_ACTOR, P_LANG, P_EVENT = "actor", "lang", "event"
ALL_PARAMS = (P_FROM, P_TO, P_STATE, P_TYPE, P_TEXT, P_PREC, P_METRIC, P_TILES, P_REJECTED, P_UNREVIEWED,
              P_ACTOR, P_LANG, P_EVENT)
# Links made before events were the unit said metric=incidents.
METRIC_ALIASES = {"incidents": "events"}


@dataclass(frozen=True)
class Filters:
    """What the user chose; empty tuples and None mean "no restriction"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    states: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    text: str = ""
    max_geo_precision: int = max(GEO_PRECISIONS)  # 1 = town-level only ... 4 = everything
    metric: str = "events"
    tiles: bool = False
    show_rejected: bool = False
    show_unreviewed: bool = True
    actors: tuple[str, ...] = ()
    lang: str = "en"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None  # a mangled link falls back to "no restriction", not an error


def _first(params: Mapping[str, Sequence[str]], key: str) -> str | None:
    values = params.get(key) or []
    if isinstance(values, str):
        return values
    return values[0] if values else None


def _many(params: Mapping[str, Sequence[str]], key: str) -> list[str]:
    values = params.get(key) or []
    return [values] if isinstance(values, str) else [v for v in values if v]


def from_params(params: Mapping[str, Sequence[str] | str],
                known_states: Sequence[str] | None = None) -> Filters:
    """Filters from query parameters (values as lists, as ``st.query_params`` gives with get_all)."""
    return read_params(params, known_states)[0]


def read_params(params: Mapping[str, Sequence[str] | str],
                known_states: Sequence[str] | None = None) -> tuple[Filters, list[tuple[str, str]]]:
    """Filters from query parameters, and the (parameter, value) pairs that could not be read.

    A link must open whatever remains of the view rather than fail: unknown states or
    types, bad dates and out-of-range numbers are left out (and reported).
    """
    problems: list[tuple[str, str]] = []
    states = []
    for value in _many(params, P_STATE):
        found = resolve_state(value, known_states) if known_states is not None else value
        states.append(found) if found else problems.append((P_STATE, value))
    types = []
    for value in _many(params, P_TYPE):
        key = fold(value).strip()
        types.append(key) if key in EVENT_TYPES else problems.append((P_TYPE, value))
    date_from, date_to = _date(_first(params, P_FROM)), _date(_first(params, P_TO))
    for key, parsed in ((P_FROM, date_from), (P_TO, date_to)):
        if _first(params, key) and parsed is None:
            problems.append((key, str(_first(params, key))))
    raw_precision = _first(params, P_PREC)
    try:
        precision = int(raw_precision or max(GEO_PRECISIONS))
    except ValueError:
        precision = 0
    if precision not in GEO_PRECISIONS:
        problems.append((P_PREC, str(raw_precision)))
        precision = max(GEO_PRECISIONS)
    metric = METRIC_ALIASES.get(_first(params, P_METRIC) or "", _first(params, P_METRIC) or "events")
    if metric not in METRICS:
        problems.append((P_METRIC, metric))
        metric = "events"
    lang = _first(params, P_LANG)
    if lang and language(lang) != lang.strip().lower()[:2]:
        problems.append((P_LANG, lang))
    return Filters(
        date_from=date_from, date_to=date_to,
        states=tuple(dict.fromkeys(states)), types=tuple(dict.fromkeys(types)),
        text=(_first(params, P_TEXT) or "").strip()[:200],
        max_geo_precision=precision, metric=metric,
        tiles=_flag(params, P_TILES, False),
        show_rejected=_flag(params, P_REJECTED, False),
        show_unreviewed=_flag(params, P_UNREVIEWED, True),
        actors=tuple(dict.fromkeys(a.strip()[:100] for a in _many(params, P_ACTOR) if a.strip())),
        lang=language(lang),
    ), problems


def resolve_state(value: str, known_states: Sequence[str]) -> str | None:
    """The known state a typed or linked value means: its exact name, the same without
    case and accents ("michoacan"), any form the command line accepts ("CDMX", "Edomex",
    via the geocoder), or the one state whose name starts with it ("jalis"); else None."""
    known = list(known_states)
    if value in known:
        return value
    key = fold(value).strip()
    if not key:
        return None
    by_fold = {fold(name): name for name in known}
    if key in by_fold:
        return by_fold[key]
    official = state_name(value)
    if official in known:
        return official
    starting = [name for folded, name in by_fold.items() if folded.startswith(key)]
    return starting[0] if len(starting) == 1 else None


def _flag(params: Mapping[str, Sequence[str] | str], key: str, default: bool) -> bool:
    value = (_first(params, key) or "").strip().lower()
    if value in ("1", "true", "on"):
        return True
    if value in ("0", "false", "off"):
        return False
    return default


def to_params(filters: Filters) -> dict[str, str | list[str]]:
    """Query parameters for ``filters``; defaults are left out to keep links short."""
    params: dict[str, str | list[str]] = {}
    if filters.date_from:
        params[P_FROM] = filters.date_from.isoformat()
    if filters.date_to:
        params[P_TO] = filters.date_to.isoformat()
    if filters.states:
        params[P_STATE] = list(filters.states)
    if filters.types:
        params[P_TYPE] = list(filters.types)
    if filters.text:
        params[P_TEXT] = filters.text
    if filters.max_geo_precision != max(GEO_PRECISIONS):
        params[P_PREC] = str(filters.max_geo_precision)
    if filters.metric != "events":
        params[P_METRIC] = filters.metric
    if filters.tiles:
        params[P_TILES] = "1"
    if filters.show_rejected:
        params[P_REJECTED] = "1"
    if not filters.show_unreviewed:
        params[P_UNREVIEWED] = "0"
    if filters.actors:
        params[P_ACTOR] = list(filters.actors)
    if filters.lang != "en":
        params[P_LANG] = filters.lang
    return params


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """Add the helper columns filtering needs (done once per load, in the cached loader)."""
    frame = frame.copy()
    frame["_date"] = pd.to_datetime(frame["event_date"], errors="coerce").dt.date
    frame["_evidence_key"] = frame["evidence"].astype(str).map(fold)
    frame["_geo_precision"] = pd.to_numeric(frame["geo_precision"], errors="coerce")
    frame["_actors"] = frame["actors"].map(_actor_tuple) if "actors" in frame else [()] * len(frame)
    return frame


def _actor_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    try:
        return tuple(str(a) for a in value if a)  # type: ignore[union-attr]
    except TypeError:
        return ()


def actor_names(frame: pd.DataFrame) -> list[str]:
    """Every actor named in a ``prepare``d frame, most often named first."""
    counts = frame["_actors"].explode().dropna().value_counts()
    return [str(a) for a in counts.index]


def apply(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of a ``prepare``d frame that pass ``filters``."""
    mask = pd.Series(True, index=frame.index)
    if "status" in frame:
        if not filters.show_rejected:
            mask &= frame["status"] != "rejected"
        if not filters.show_unreviewed:
            mask &= frame["status"] != "auto"
    if filters.date_from:
        mask &= frame["_date"] >= filters.date_from
    if filters.date_to:
        mask &= frame["_date"] <= filters.date_to
    if filters.states:
        mask &= frame["admin1"].isin(filters.states)
    if filters.types:
        mask &= frame["event_type"].isin(filters.types)
    if filters.actors:
        wanted = set(filters.actors)
        mask &= frame["_actors"].map(lambda names: not wanted.isdisjoint(names)).astype(bool)
    if filters.max_geo_precision < max(GEO_PRECISIONS):
        mask &= frame["_geo_precision"] <= filters.max_geo_precision
    for term in fold(filters.text).split():
        # every word must occur (AND); plain substring match, no regular expressions
        mask &= frame["_evidence_key"].str.contains(term, regex=False)
    return frame[mask]


def public_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the helper columns added by ``prepare``."""
    return frame[[c for c in frame.columns if not c.startswith("_")]]


def state_from_tooltip(tooltip: object, state_names: Sequence[str]) -> str | None:
    """The state named on the first line of a clicked state's tooltip (see map.py), if known.

    streamlit-folium reports a click on a shape as the tooltip's text, not the feature.
    """
    if not isinstance(tooltip, str) or not tooltip.strip():
        return None
    first_line = tooltip.strip().splitlines()[0].strip()
    return first_line if first_line in set(state_names) else None
