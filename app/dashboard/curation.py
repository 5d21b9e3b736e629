"""The review page's logic without streamlit: what needs review, the editor's table, and
turning the editor's cells into store edits.
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from app.store import EDITABLE_FIELDS

# Below this extractor confidence, or placed only at state or country level
# (geo_precision 3 or 4), a record "needs review".
NEEDS_REVIEW_CONFIDENCE = 0.6
NEEDS_REVIEW_PRECISION = 3
SELECT = "select"
EDITOR_COLUMNS: tuple[str, ...] = (
    SELECT, "status", "event_type", "event_date", "date_precision", "location", "admin1", "geo_precision",
    "fatalities", "injured", "arrested", "confidence", "evidence", "article", "incident_id",
)


def needs_review(frame: pd.DataFrame) -> pd.Series:
    """Low confidence or a coarse place, and not yet decided by a person."""
    confidence = pd.to_numeric(frame["confidence"], errors="coerce").fillna(0)
    precision = pd.to_numeric(frame["geo_precision"], errors="coerce").fillna(4)
    coarse_or_unsure = (confidence < NEEDS_REVIEW_CONFIDENCE) | (precision >= NEEDS_REVIEW_PRECISION)
    return coarse_or_unsure & frame["status"].isin(["auto"])


def editor_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows for st.data_editor, in EDITOR_COLUMNS order, with an unticked select column."""
    table = frame.assign(**{SELECT: False})[list(EDITOR_COLUMNS)].reset_index(drop=True)
    return table.astype({"fatalities": "Int64", "injured": "Int64", "arrested": "Int64"})


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def edits(original: pd.DataFrame, edited: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """incident_id -> {field: new value} for the editable cells that differ."""
    changes: dict[str, dict[str, Any]] = {}
    fields = [f for f in EDITABLE_FIELDS if f in edited.columns]
    for position in range(min(len(original), len(edited))):
        before, after = original.iloc[position], edited.iloc[position]
        diff = {f: _plain(after[f]) for f in fields if _plain(after[f]) != _plain(before[f])}
        if diff:
            changes[str(before["incident_id"])] = diff
    return changes


def selected(edited: pd.DataFrame) -> list[str]:
    return edited.loc[edited[SELECT].fillna(False).astype(bool), "incident_id"].astype(str).tolist()
