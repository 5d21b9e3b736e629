"""Above loaders.PANDAS_LIMIT the map page is answered by the store's queries (issue 17):
the same figures, per-state table, timeline, tables, map view and downloads as the pandas
path, without loading the records into pandas. The limit is lowered so a small store is
"large"; the pandas page of the same store is the reference."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app.dashboard import filters as flt
from app.dashboard import loaders, points
from app.dashboard.map_page import TABLE_ROWS
from app.store import IncidentQueries

from conftest import APP_FILE, as_after_the_map_is_drawn

VIEWS = {
    "everything": flt.Filters(),
    "two states, two types": flt.Filters(states=("Jalisco", "Sinaloa"), types=("death", "arrest")),
    "dates, with the period before": flt.Filters(date_from=dt.date(2026, 2, 10), date_to=dt.date(2026, 2, 25)),
    "words": flt.Filters(text="vehículos"),
    "actors and precision": flt.Filters(actors=("CJNG",), max_geo_precision=2),
    "nothing": flt.Filters(states=("Jalisco",), types=("clash",), text="zzz-no-such-word"),
    "rejected and reviewed only": flt.Filters(show_rejected=True, show_unreviewed=False),
}


def page(filters: flt.Filters) -> AppTest:
    at = as_after_the_map_is_drawn(AppTest.from_file(APP_FILE, default_timeout=60))
    for key, value in flt.to_params(filters).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> dict:
    """What the page says: metrics, captions, tables, timeline bars, the map's view."""
    import pyarrow as pa
    charts = at.get("vega_lite_chart")
    bars = pa.ipc.open_stream(charts[0].proto.datasets[0].data.data).read_all().to_pandas() if charts else None
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    view = json.loads(re.search(r"MxIncidents\.view\((.*)\);", json.loads(component.proto.json_args)["feature_group"])
                      .group(1))
    mask = view.pop("mask")
    view.pop("token")  # names the view with its mask, whose bit order is each side's points file
    shown_points = None if mask is None else sum(bin(b).count("1") for b in __import__("base64").b64decode(mask))
    return {
        "metrics": [(m.label, m.value, m.delta) for m in at.metric],
        "captions": [c.value for c in at.caption],
        "expanders": [e.label for e in at.expander],
        "tables": [d.value.reset_index(drop=True) for d in at.dataframe],
        "bars": None if bars is None else
        bars[["period", "type", "events"]].sort_values(["period", "type"], ignore_index=True),
        "view": view, "points shown": shown_points,
    }


@pytest.fixture
def reviewed(data_dir: Path) -> Path:
    from app.store import Store
    with Store(data_dir) as db:
        ids = sorted(db.frame()["incident_id"])
        db.set_status(ids[:15], "rejected")
        db.set_status(ids[15:30], "approved")
    return data_dir


@pytest.mark.parametrize("name", list(VIEWS))
def test_above_the_limit_the_page_says_what_the_pandas_page_says(
        reviewed: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    monkeypatch.setattr(points, "PUBLISH_DIR", tmp_path / "points")
    filters = VIEWS[name]
    loaders.clear()
    expected = shown(page(filters))
    loaders.clear()
    monkeypatch.setattr(loaders, "PANDAS_LIMIT", 100)

    def no_records(*args: object, **kwargs: object) -> None:
        raise AssertionError("the records were loaded into pandas")
    no_records.clear = lambda: None  # type: ignore[attr-defined]  # loaders.clear() clears it
    for loader in ("load_prepared", "map_points", "view_data"):
        monkeypatch.setattr(loaders, loader, no_records)
    got = shown(page(filters))
    loaders.clear()

    assert got["metrics"] == expected["metrics"]
    assert got["captions"] == expected["captions"]
    assert got["expanders"] == expected["expanders"]
    assert got["view"] == expected["view"]  # choropleth, tooltips, legend, the note on unplaced events
    assert got["points shown"] == expected["points shown"]
    if expected["bars"] is None:
        assert got["bars"] is None
    else:
        pd.testing.assert_frame_equal(got["bars"], expected["bars"], check_dtype=False)
    assert len(got["tables"]) == len(expected["tables"])
    for got_table, want in zip(got["tables"], expected["tables"]):
        assert list(got_table.columns) == list(want.columns)
        # a state's main type when two types tie is either (test_queries checks it is a most frequent one)
        got_table, want = (f.drop(columns=["main type"], errors="ignore") for f in (got_table, want))
        key = list(want.columns)
        # ties (same date and state) may come in another order: compare the rows as sets
        normal = lambda f: f.astype(str).sort_values(key, ignore_index=True)  # noqa: E731
        pd.testing.assert_frame_equal(normal(got_table), normal(want))


def test_above_the_limit_the_downloads_hold_the_view(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path, downloads) -> None:
    monkeypatch.setattr(points, "PUBLISH_DIR", tmp_path / "points")
    filters = VIEWS["two states, two types"]
    loaders.clear()
    page(filters)
    expected = {name: downloads[name] for name in downloads.names()}
    downloads.clear()
    loaders.clear()
    monkeypatch.setattr(loaders, "PANDAS_LIMIT", 100)
    page(filters)
    got = {name: downloads[name] for name in downloads.names()}
    loaders.clear()
    assert set(got) == set(expected) and len(got) == 3
    for name in got:
        assert got[name] == expected[name], name


def test_above_the_limit_the_first_run_also_sends_the_map_first(reviewed: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    monkeypatch.setattr(points, "PUBLISH_DIR", tmp_path / "points")
    monkeypatch.setattr(loaders, "PANDAS_LIMIT", 100)
    loaders.clear()
    page_sizes: list[int] = []  # of every query the page makes: the map's run asks for no table page
    view = IncidentQueries.view
    monkeypatch.setattr(IncidentQueries, "view", lambda self, query, **kw: (page_sizes.append(kw["page_size"]),
                                                                          view(self, query, **kw))[1])
    at = AppTest.from_file(APP_FILE, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert "The timeline and the tables follow once the map is drawn." in [c.value for c in at.caption]
    assert not at.get("vega_lite_chart") and not at.dataframe
    assert set(page_sizes) == {0}, page_sizes
    assert "The timeline and the tables follow once the map is drawn." not in [c.value for c in at.run().caption]
    assert page_sizes[-1] == TABLE_ROWS  # the tables' query, once they are rendered
    loaders.clear()
