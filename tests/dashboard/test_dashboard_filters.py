"""filters.py: URL parameters <-> Filters, and applying them; charts.py figures and timeline."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from app.dashboard import charts
from app.dashboard import filters as flt
from app.dashboard.synthetic import synthetic_incidents


def frame(n: int = 400) -> pd.DataFrame:
    return flt.prepare(pd.DataFrame(synthetic_incidents(n)))


def test_params_round_trip():
    original = flt.Filters(date_from=dt.date(2026, 1, 5), date_to=dt.date(2026, 2, 1),
                           states=("Jalisco", "Ciudad de México"), types=("roadblock",), text="bloqueo",
                           max_geo_precision=2, metric="fatalities", tiles=True)
    params = flt.to_params(original)
    as_lists = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    assert flt.from_params(as_lists) == original
    assert flt.to_params(flt.Filters()) == {}  # defaults keep links short


def test_bad_params_are_dropped():
    parsed = flt.from_params({"from": ["31-12-2026"], "type": ["picnic", "arson"], "prec": ["x"],
                              "metric": ["votes"], "state": ["Atlantis", "Jalisco"]},
                             known_states=["Jalisco"])
    assert parsed == flt.Filters(types=("arson",), states=("Jalisco",))


def test_apply_combines_filters():
    data = frame()
    chosen = flt.Filters(date_from=dt.date(2026, 2, 1), states=("Jalisco",), types=("death", "arrest"),
                         max_geo_precision=2)
    view = flt.apply(data, chosen)
    assert len(view) > 0
    assert set(view["admin1"]) == {"Jalisco"} and set(view["event_type"]) <= {"death", "arrest"}
    assert (view["_date"] >= dt.date(2026, 2, 1)).all() and (view["geo_precision"] <= 2).all()
    assert len(flt.apply(data, flt.Filters())) == len(data)


def test_text_search_every_word_any_case_no_accents():
    data = frame()
    view = flt.apply(data, flt.Filters(text="INCENDIARON vehiculos"))
    assert len(view) > 0 and view["evidence"].str.contains("incendiaron").all()
    assert len(flt.apply(data, flt.Filters(text="incendiaron arrested"))) == 0
    assert len(flt.apply(data, flt.Filters(text="(["))) == 0  # not a regular expression


def test_figures_and_state_summary():
    data = frame(200)
    fig = charts.figures(data)
    assert fig.incidents == 200 and fig.states == data["admin1"].nunique()
    assert fig.fatalities == int(pd.to_numeric(data["fatalities"]).fillna(0).sum())
    summary = charts.state_summary(data)
    assert summary["incidents"].sum() == 200 and summary["incidents"].is_monotonic_decreasing
    assert charts.figures(data.iloc[0:0]) == charts.Figures(0, 0, 0, 0)


def test_timeline_period_follows_the_range():
    assert charts.timeline_period(dt.date(2026, 1, 1), dt.date(2026, 2, 1)) == "day"
    assert charts.timeline_period(dt.date(2026, 1, 1), dt.date(2026, 12, 1)) == "week"
    assert charts.timeline_period(dt.date(2020, 1, 1), dt.date(2026, 1, 1)) == "month"
    series, period = charts.timeline(frame(300))
    assert period == "week" and series["incidents"].sum() == 300
    assert (series["end"] > series["period"]).all()
    chart = charts.timeline_chart(series, period).to_dict()
    assert "http" not in str(chart.get("data", ""))  # data inline, nothing fetched


def test_country_level_records_count_no_state():
    data = frame(20)
    data.loc[data.index[0], "admin1"] = ""
    assert charts.figures(data).states == data["admin1"].replace("", pd.NA).dropna().nunique()
    assert charts.NO_STATE in set(charts.state_summary(data)["state"])


def test_state_from_clicked_tooltip():
    names = ["Jalisco", "Michoacán de Ocampo"]
    assert flt.state_from_tooltip("Michoacán de Ocampo\n12 incidents · 3 fatalities", names) == "Michoacán de Ocampo"
    assert flt.state_from_tooltip("Atlantis\n1 incidents", names) is None
    assert flt.state_from_tooltip(None, names) is None and flt.state_from_tooltip("  ", names) is None


def test_paths_inside_the_project_are_shown_relative(tmp_path) -> None:
    from app.dashboard import data
    assert data.shown_path(data.REPO_ROOT / "data" / "incidents.sqlite") == "data/incidents.sqlite"
    assert data.shown_path(tmp_path / "x.sqlite") == str(tmp_path / "x.sqlite")
