"""filters.py: URL parameters <-> Filters, and applying them; charts.py figures and timeline."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from app.dashboard import charts, events
from app.dashboard import filters as flt
from app.records import EVENT_TYPES
from app.demo import synthetic_incidents


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
    grouped = events.events(data)
    fig = charts.figures(data, grouped)
    assert fig.incidents == 200 and fig.events == len(grouped) and fig.states == data["admin1"].nunique()
    assert fig.fatalities == int(pd.to_numeric(grouped["fatalities"]).fillna(0).sum())
    summary = charts.state_summary(grouped)
    assert summary["events"].sum() == len(grouped) and summary["events"].is_monotonic_decreasing
    assert summary["sources"].sum() >= data.groupby("admin1")["article"].nunique().sum() - 0
    assert charts.figures(data.iloc[0:0]) == charts.Figures(0, 0, 0, 0)


def test_previous_period_has_the_same_length():
    assert charts.previous_period(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == (dt.date(2026, 1, 4),
                                                                                 dt.date(2026, 1, 31))


def test_dense_span_leaves_out_stray_old_records():
    dates = pd.Series(["2020-01-01", "2020-06-01"] + ["2026-02-22"] * 15 + ["2026-02-23"] * 5)
    assert charts.dense_span(dates) == (dt.date(2026, 2, 22), dt.date(2026, 2, 23))
    assert charts.dense_span(pd.Series([], dtype="object")) is None


def test_timeline_period_follows_the_range():
    assert charts.timeline_period(dt.date(2026, 1, 1), dt.date(2026, 2, 1)) == "day"
    assert charts.timeline_period(dt.date(2026, 1, 1), dt.date(2026, 12, 1)) == "week"
    assert charts.timeline_period(dt.date(2020, 1, 1), dt.date(2026, 1, 1)) == "month"
    series, period = charts.timeline(frame(300))
    assert period == "week" and series["events"].sum() == 300
    assert (series["end"] > series["period"]).all()
    chart = charts.timeline_chart(series, period).to_dict()
    assert "http" not in str(chart.get("data", ""))  # data inline, nothing fetched


def test_timeline_legend_has_every_type_and_days_have_no_hour_ticks():
    data = frame(40)
    series, period = charts.timeline(data[data["event_type"] == "roadblock"], (dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    assert period == "day"
    spec = charts.timeline_chart(series, period).to_dict()
    legend = spec["encoding"]["color"]["legend"]["values"]
    assert legend == [charts.event_label(t) for t in EVENT_TYPES] and "Disruption" in legend
    assert spec["encoding"]["x"]["axis"]["tickCount"] == {"interval": "day", "step": 1}
    assert charts.TIMELINE_SELECTION in str(spec["params"])  # a drag selects dates


def test_country_level_records_count_no_state():
    data = frame(20)
    data.loc[data.index[0], "admin1"] = ""
    assert charts.figures(data).states == data["admin1"].replace("", pd.NA).dropna().nunique()
    assert charts.NO_STATE in set(charts.state_summary(events.events(data))["state"])


def test_state_from_clicked_tooltip():
    names = ["Jalisco", "Michoacán de Ocampo"]
    assert flt.state_from_tooltip("Michoacán de Ocampo\n12 events · 3 fatalities", names) == "Michoacán de Ocampo"
    assert flt.state_from_tooltip("Atlantis\n1 incidents", names) is None
    assert flt.state_from_tooltip(None, names) is None and flt.state_from_tooltip("  ", names) is None


def test_paths_inside_the_project_are_shown_relative(tmp_path) -> None:
    from app.dashboard import data
    assert data.shown_path(data.REPO_ROOT / "data" / "incidents.sqlite") == "data/incidents.sqlite"
    assert data.shown_path(tmp_path / "x.sqlite") == str(tmp_path / "x.sqlite")


def test_states_as_people_write_them():
    known = ["Baja California Sur", "Jalisco", "Michoacán de Ocampo", "Ciudad de México", "México"]
    assert flt.resolve_state("jalis", known) == "Jalisco"
    assert flt.resolve_state("michoacan", known) == "Michoacán de Ocampo"
    assert flt.resolve_state("CDMX", known) == "Ciudad de México"
    assert flt.resolve_state("Edomex", known) == "México"
    assert flt.resolve_state("Atlantis", known) is None


def test_unreadable_params_are_reported():
    filters, problems = flt.read_params({"state": ["Atlantis", "jalisco"], "type": ["picnic"], "prec": ["9"],
                                         "lang": ["xx"]}, ["Jalisco"])
    assert filters.states == ("Jalisco",)
    assert problems == [("state", "Atlantis"), ("type", "picnic"), ("prec", "9"), ("lang", "xx")]


def test_actor_filter_and_language_round_trip():
    data = frame(100)
    chosen = flt.Filters(actors=("CJNG",), lang="es")
    view = flt.apply(data, chosen)
    assert 0 < len(view) < len(data) and view["_actors"].map(lambda a: "CJNG" in a).all()
    as_lists = {k: v if isinstance(v, list) else [v] for k, v in flt.to_params(chosen).items()}
    assert flt.from_params(as_lists) == chosen
    assert flt.actor_names(data)[:2] == ["CJNG", "Mexican Army"] or "CJNG" in flt.actor_names(data)


def test_old_links_with_metric_incidents_still_work():
    assert flt.from_params({"metric": ["incidents"]}).metric == "events"
