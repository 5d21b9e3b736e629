"""The page under streamlit.testing.v1.AppTest: filters, URL round trip, figures, downloads, no-data."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.dashboard import data, events
from app.dashboard.map_drawn import LISTENER
from app.dashboard.style import EVENT_STYLE
from app import store
from app.store import import_records, read_incidents

from conftest import APP_FILE, as_after_the_map_is_drawn

TIMEOUT = 60


def run_app(query: dict | None = None) -> AppTest:
    at = as_after_the_map_is_drawn(AppTest.from_file(APP_FILE, default_timeout=TIMEOUT))
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def metrics(at: AppTest) -> dict[str, int]:
    return {m.label: int(str(m.value).replace(",", "")) for m in at.metric}


def n_events(records) -> int:
    """How many events (the page's unit) a frame of records holds."""
    return len(events.events(records))


def test_page_shows_figures_for_all_data(data_dir: Path):
    at = run_app()
    assert not at.exception, at.exception
    frame = read_incidents(data_dir)
    figures = metrics(at)
    assert figures["Events"] == n_events(frame) and len(frame) == 301
    assert figures["Fatalities"] == int(events.events(frame)["fatalities"].fillna(0).sum())
    assert figures["States"] == frame["admin1"].nunique()
    assert figures["Sources"] == frame["article"].nunique()
    assert any("per week" in h.value or "per day" in h.value for h in at.subheader)
    assert len(at.dataframe) == 3  # state-level events beside the map, per-state summary, events table
    assert not at.error and not at.info


def test_state_and_type_filters_change_figures_and_url(data_dir: Path):
    at = run_app()
    at.multiselect(key="f_states").set_value(["Jalisco"])
    at.multiselect(key="f_types").set_value(["roadblock", "death"])
    at.run()
    frame = read_incidents(data_dir)
    expected = frame[(frame["admin1"] == "Jalisco") & frame["event_type"].isin(["roadblock", "death"])]
    assert metrics(at)["Events"] == n_events(expected) > 0
    assert metrics(at)["States"] == 1
    assert at.query_params["state"] == "Jalisco"
    assert at.query_params["type"] == ["roadblock", "death"]


def test_query_params_reopen_the_same_view(data_dir: Path):
    """A copied link (query string) gives the same filters and figures in a new session."""
    first = run_app()
    first.multiselect(key="f_states").set_value(["Jalisco", "Sinaloa"])
    first.text_input(key="f_text").set_value("vehicles")
    first.sidebar.selectbox(key="f_prec").set_value(2)
    first.date_input(key="f_dates").set_value((dt.date(2026, 2, 1), dt.date(2026, 3, 31)))
    first.sidebar.radio(key="f_metric").set_value("fatalities")
    first.run()
    link = dict(first.query_params)
    assert link["from"] == "2026-02-01" and link["to"] == "2026-03-31" and link["q"] == "vehicles"
    assert link["prec"] == "2" and link["metric"] == "fatalities"

    second = run_app(link)
    assert not second.exception
    assert second.multiselect(key="f_states").value == ["Jalisco", "Sinaloa"]
    assert second.text_input(key="f_text").value == "vehicles"
    assert second.sidebar.selectbox(key="f_prec").value == 2
    assert second.sidebar.radio(key="f_metric").value == "fatalities"
    assert tuple(second.date_input(key="f_dates").value) == (dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    assert metrics(second) == metrics(first)

    frame = read_incidents(data_dir)
    dates = frame["event_date"].between("2026-02-01", "2026-03-31")
    expected = frame[dates & frame["admin1"].isin(["Jalisco", "Sinaloa"]) & (frame["geo_precision"] <= 2)
                     & frame["evidence"].str.lower().str.contains("vehicles")]
    assert metrics(second)["Events"] == n_events(expected) > 0


def test_reset_clears_filters_and_url(data_dir: Path):
    at = run_app({"state": "Jalisco", "q": "vehicles", "type": "death"})
    assert metrics(at)["Events"] < n_events(read_incidents(data_dir))
    at.sidebar.button(key="reset").click().run()
    assert metrics(at)["Events"] == n_events(read_incidents(data_dir))
    assert not dict(at.query_params)
    assert at.multiselect(key="f_states").value == []


def test_bad_query_params_fall_back_and_are_reported(data_dir: Path):
    at = run_app({"from": "yesterday", "state": ["Atlantis", "Jalisco"], "type": "picnic", "prec": "9"})
    assert not at.exception
    assert at.multiselect(key="f_states").value == ["Jalisco"]
    assert at.multiselect(key="f_types").value == []
    (warning,) = at.warning
    for value in ("state=Atlantis", "type=picnic", "from=yesterday", "prec=9"):
        assert value in warning.value, warning.value


@pytest.mark.parametrize("written", ["Michoacan", "michoacan", "MICHOACÁN", "Michoacán de Ocampo"])
def test_states_in_links_as_people_write_them(data_dir: Path, written: str):
    at = run_app({"state": written})
    assert at.multiselect(key="f_states").value == ["Michoacán de Ocampo"]
    assert not at.warning


def test_state_abbreviations_in_links_like_the_command_line(data_dir: Path):
    at = run_app({"state": ["CDMX", "Edomex"]})
    assert at.multiselect(key="f_states").value == ["Ciudad de México", "México"]


def test_text_search_ignores_case_and_accents(data_dir: Path):
    at = run_app({"q": "VEHÍCULOS"})
    frame = read_incidents(data_dir)
    assert metrics(at)["Events"] == n_events(frame[frame["evidence"].str.contains("vehículos")]) > 0


def test_filter_matching_nothing_keeps_the_map_and_says_so(data_dir: Path):
    at = run_app({"q": "no sentence says this"})
    assert not at.exception and not at.error
    assert metrics(at)["Events"] == 0
    assert any("No events match" in i.value for i in at.info)
    assert "No events match" in map_args(at)["feature_group"]  # said on the map too (the view)
    assert len(at.download_button) == 0


def test_downloads_hold_the_filtered_view(data_dir: Path, downloads: dict[str, bytes]):
    at = run_app({"state": "Jalisco"})
    assert [b.label for b in at.download_button] == ["CSV", "GeoJSON", "ACLED-style CSV"]
    n = len(read_incidents(data_dir).query("admin1 == 'Jalisco'"))  # downloads: one row per record
    by_kind = {name.rsplit(".", 1)[-1] + ("-acled" if "acled" in name else ""): downloads[name]
               for name in downloads.names()}
    rows = list(csv.DictReader(io.StringIO(by_kind["csv"].decode())))
    assert len(rows) == n and {r["admin1"] for r in rows} == {"Jalisco"}
    evil = next(r for r in rows if r["incident_id"] == "evil-1")
    assert evil["evidence"].startswith("'=HYPERLINK")  # neutralised for spreadsheets
    features = json.loads(by_kind["geojson"])["features"]
    assert len(features) == n
    acled = list(csv.DictReader(io.StringIO(by_kind["csv-acled"].decode())))
    assert len(acled) == n and acled[0]["event_type"] and acled[0]["geo_precision"] in {"1", "2", "3"}
    sources = {r["source"] for r in acled}
    assert "Evil <b>Daily</b> (evil_article)" in sources  # metadata reached the export (CSV is text)


def test_missing_data_shows_how_to_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(data.ENV_DATA_DIR, str(tmp_path / "nowhere"))
    at = run_app()
    assert not at.exception
    assert at.error and "python -m app build" in at.error[0].value


def test_corrupt_data_shows_the_store_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "incidents.sqlite").write_bytes(b"not a database at all" * 100)
    monkeypatch.setenv(data.ENV_DATA_DIR, str(tmp_path))
    at = run_app()
    assert not at.exception
    assert at.error and "not a SQLite database" in at.error[0].value
    assert "python -m app build" in at.error[0].value
    assert (tmp_path / "incidents.sqlite").read_bytes() == b"not a database at all" * 100  # untouched


def test_empty_data_shows_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import_records(tmp_path, [])
    monkeypatch.setenv(data.ENV_DATA_DIR, str(tmp_path))
    at = run_app()
    assert not at.exception and not at.error
    assert at.info and "no incidents" in at.info[0].value


def test_changed_data_show_up_without_restart(data_dir: Path):
    """The cache is keyed on the store's revision: a change made elsewhere (another
    session, a build) is picked up on the next rerun."""
    at = run_app()
    frame = read_incidents(data_dir)
    assert metrics(at)["Events"] == n_events(frame)
    with store.open_store(data_dir) as db:
        db.set_status(frame["incident_id"].head(10), "rejected", actor="test")
    at.run()
    assert metrics(at)["Events"] == n_events(frame.iloc[10:])


def map_args(at: AppTest) -> dict:
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    return json.loads(component.proto.json_args)


def test_map_component_loads_local_assets_and_reruns_only_on_state_clicks(data_dir: Path):
    args = map_args(run_app())
    assert args["js_links"] and args["css_links"]
    assert all(u.startswith(("/app/static/vendor/", "/app/static/mx/")) for u in args["js_links"] + args["css_links"])
    assert args["returned_objects"] == ["last_object_clicked_tooltip"]
    assert "tile.openstreetmap.org" not in args["script"] and "MxIncidents.layer(" in args["script"]
    assert '"reportDrawn":true' in args["script"]  # it reports each view drawn: the tables follow
    assert re.search(r'"token":"[0-9a-f]{16}"', args["feature_group"])  # ... by the view's token
    # the points are a file the browser keeps, not part of the map: a filter change sends the view only
    assert '"pointsUrl":"/app/static/points/points-' in args["script"] and '"lat":' not in args["script"]
    assert args["feature_group"].count("MxIncidents.view(") == 1 and len(args["feature_group"]) < 20_000
    assert "://" not in args["header"]


def test_online_tiles_are_opt_in(data_dir: Path):
    at = run_app()
    at.sidebar.checkbox(key="f_tiles").check().run()
    assert "tile.openstreetmap.org" in map_args(at)["script"]
    assert at.query_params["tiles"] == "1"


# ---------------------------------------------------------------- one unit everywhere (issue 14)

def timeline_events(at: AppTest) -> int:
    """Sum of the bars in the page's timeline (its Arrow data set)."""
    import pyarrow as pa

    (chart,) = at.get("vega_lite_chart")
    table = pa.ipc.open_stream(chart.proto.datasets[0].data.data).read_all().to_pandas()
    return int(table["events"].sum())


def state_tooltip_events(at: AppTest, state: str) -> int:
    """The event count in the map's tooltip of ``state`` ("12 events · 3 fatalities")."""
    import re

    view = map_args(at)["feature_group"]
    match = re.search(re.escape(json.dumps(state)) + r':\["#[0-9a-f]+","([\d,]+) events', view)
    assert match, f"no tooltip for {state}"
    return int(match.group(1).replace(",", ""))


@pytest.fixture
def multi_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """40 synthetic records plus one Jalisco event three articles report (12 deaths at most)."""
    from app.demo import synthetic_incidents

    base = synthetic_incidents(40, seed=21)
    event = {**base[0], "event_type": "death", "admin1": "Jalisco", "admin2": "Zapopan", "location": "Zapopan",
             "event_date": "2026-02-22", "latitude": 20.72, "longitude": -103.39, "geo_precision": 1}
    reports = [{**event, "incident_id": f"src-{n}", "article": f"paper_{n}", "fatalities": deaths}
               for n, deaths in (("a", 12), ("b", 9), ("c", 12))]
    directory = tmp_path / "multi"
    import_records(directory, base + reports, {"paper_a": {"source": "Paper A", "title": "T", "url": "https://a.example"}})
    monkeypatch.setenv(data.ENV_DATA_DIR, str(directory))
    return directory


def test_headline_tooltip_state_table_and_timeline_agree(multi_source: Path):
    at = run_app()
    assert not at.exception, at.exception
    frame = read_incidents(multi_source)
    grouped = events.events(frame)
    figures = metrics(at)
    assert figures["Events"] == len(grouped) == len(frame) - 2  # three reports, one event
    assert figures["Fatalities"] == int(grouped["fatalities"].fillna(0).sum())  # 12 once, not 33
    per_state = at.dataframe[1].value
    assert int(per_state["Events"].sum()) == figures["Events"]
    assert int(per_state["fatalities"].sum()) == figures["Fatalities"]
    jalisco = per_state.set_index("state").loc["Jalisco"]
    assert jalisco["Events"] == state_tooltip_events(at, "Jalisco") == (grouped["admin1"] == "Jalisco").sum()
    assert timeline_events(at) == figures["Events"]
    assert "Events per" in at.subheader[0].value and any("events" in c.value for c in at.caption)


def test_the_interface_in_spanish(multi_source: Path):
    at = run_app({"lang": "es"})
    assert not at.exception, at.exception
    assert set(metrics(at)) == {"Eventos", "Muertes", "Estados", "Fuentes"}
    assert at.multiselect(key="f_types").format_func("roadblock") == "Bloqueo"
    assert "Eventos por" in at.subheader[0].value
    assert "Eventos por estado" in map_args(at)["feature_group"]
    table = at.dataframe[2].value
    assert "evidencia" in table.columns and set(table["tipo"]) <= {"Bloqueo", "Incendio provocado", "Muerte",
        "Operativo de seguridad", "Detención", "Ataque / enfrentamiento", "Aseguramiento", "Disturbios", "Afectación"}
    at.segmented_control(key="f_lang").set_value("en").run()
    assert "Events" in metrics(at) and "lang" not in dict(at.query_params)


def test_link_to_one_event_shows_it_and_opens_its_popup(multi_source: Path):
    at = run_app({"event": "src-a"})
    assert not at.exception, at.exception
    assert any("Linked event" in m.value and "Zapopan" in m.value for m in at.markdown)
    assert "var openIndex = -1;" not in map_args(at)["script"]
    assert at.query_params["event"] == "src-a"


def test_change_against_the_previous_period(multi_source: Path):
    at = run_app({"from": "2026-02-01", "to": "2026-02-28"})
    frame = read_incidents(multi_source)
    now = events.events(frame[frame["event_date"].between("2026-02-01", "2026-02-28")])
    before = events.events(frame[frame["event_date"].between("2026-01-04", "2026-01-31")])
    (delta,) = [m.proto.delta for m in at.metric if m.label == "Events"]
    assert delta == f"{len(now) - len(before):+,}"
    assert "change" in at.dataframe[1].value.columns


def test_actor_filter(multi_source: Path):
    at = run_app({"actor": "CJNG"})
    frame = read_incidents(multi_source)
    with_cjng = frame[frame["actors"].map(lambda a: "CJNG" in list(a))]
    assert metrics(at)["Events"] == n_events(with_cjng) > 0
    assert at.sidebar.multiselect(key="f_actors").value == ["CJNG"]


def test_csv_download_can_be_cited_and_is_named_after_the_range(multi_source: Path, downloads):
    run_app({"from": "2026-02-01", "to": "2026-02-28"})
    name = next(n for n in downloads.names() if n.endswith(".csv") and "acled" not in n)
    assert name == "incidents_2026-02-01_2026-02-28.csv"
    rows = list(csv.DictReader(io.StringIO(downloads[name].decode())))
    cited = next(r for r in rows if r["incident_id"] == "src-a")
    assert (cited["source"], cited["title"], cited["url"], cited["status"]) == ("Paper A", "T", "https://a.example", "auto")


@pytest.fixture
def seed_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store `make run` builds: the two seed articles, extracted."""
    from app.build import build

    directory = tmp_path / "seeds-data"
    build(Path(__file__).resolve().parents[2] / "seeds", directory)
    monkeypatch.setenv(data.ENV_DATA_DIR, str(directory))
    return directory


def test_seed_store_headline_fatalities_tell_the_story(seed_store: Path):
    """Seed 000 reports at least fourteen dead, most of them in Jalisco ("Autoriteiten in
    Jalisco, Michoacan en Guanajuato meldden minstens veertien doden") and then itemises them
    in Jalisco (Tapalpa 4 and 3 more who died later, Zapopan 6, Puerto Vallarta 1, Guadalajara
    1): the headline says 15, never the 40 it said when the fourteen were copied onto each
    state, and the fatality colouring puts Jalisco first, Michoacán and Guanajuato at none
    (docs/codebook.md: counts)."""
    at = run_app({"metric": "fatalities"})
    assert not at.exception, at.exception
    figures = metrics(at)
    assert figures["Fatalities"] == 15
    per_state = at.dataframe[1].value.set_index("state")["fatalities"].fillna(0)
    assert per_state.idxmax() == "Jalisco" and per_state["Jalisco"] == 15
    for state in ("Michoacán de Ocampo", "Guanajuato"):
        assert per_state.get(state, 0) == 0


def test_tables_send_at_most_their_row_caps_newest_first(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    from app.dashboard import map_page

    monkeypatch.setattr(map_page, "TABLE_ROWS", 40)  # part of the cache key (loaders.view_parts)
    monkeypatch.setattr(map_page, "UNPLACED_ROWS", 5)
    at = run_app()
    assert not at.exception, at.exception
    grouped = events.events(read_incidents(data_dir))
    unplaced, _, table = (d.value for d in at.dataframe)
    statewide = grouped[~grouped["geo_precision"].isin([1, 2])]
    assert len(statewide) > 5 and len(unplaced) == 5
    assert sorted(unplaced["date"], reverse=True) == sorted(statewide["event_date"], reverse=True)[:5]
    assert len(grouped) > 40 and len(table) == 40
    assert list(table["date"]) == sorted(grouped["event_date"], reverse=True)[:40]
    captions = " ".join(c.value for c in at.caption)
    assert f"The 40 most recent of {len(grouped):,} events" in captions
    assert f"The 5 most recent of {len(statewide):,} events" in captions


def test_a_sessions_first_run_sends_the_map_and_the_tables_follow(data_dir: Path):
    """The first run of a session sends the map, not the tables and the timeline (their
    rendering held the map up), nor the figures (map_drawn.hold_page, on a first visit too
    since the twelfth pass); the run the map's drawn report starts renders them, and so does
    any later run of the same view."""
    at = AppTest.from_file(APP_FILE, default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    assert not at.metric and len(map_args(at)["feature_group"]) > 0
    assert not at.dataframe and not at.get("vega_lite_chart")
    assert FOLLOWS in [c.value for c in at.caption]
    at.run()
    assert not at.exception, at.exception
    assert metrics(at)["Events"] > 0
    assert len(at.dataframe) == 3 and len(at.get("vega_lite_chart")) == 1
    assert FOLLOWS not in [c.value for c in at.caption]


FOLLOWS = "The timeline and the tables follow once the map is drawn."


def map_components(at: AppTest) -> list:
    return [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]


def sent_view(at: AppTest) -> tuple[int, dict]:
    """The view the last run handed to the map by a script in the page (map.view_script): its
    number and the view."""
    bodies = [h.proto.body for h in at.get("html") if "CustomEvent('mx-view'" in h.proto.body]
    assert len(bodies) == 1, "one view handed to the map per run"
    view = json.loads(re.search(r"var view = (\{.*?\}); window.__mxView", bodies[0]).group(1))
    return view["seq"], view


def test_a_view_handed_over_again_keeps_its_number(data_dir: Path):
    """A rerun with the same view hands the map the same script (not run again by the page);
    the map is drawn with the number of the view it was last sent."""
    at = run_app()
    seq, view = sent_view(at)
    assert f'"seq":{seq}' in map_args(at)["feature_group"] and view["token"] == view_token(at)
    at.run()
    assert sent_view(at) == (seq, view)
    at.multiselect(key="f_types").set_value(["arson"]).run()
    at.multiselect(key="f_types").set_value([]).run()  # back to the first view: a new number
    assert sent_view(at)[0] == seq + 2 and sent_view(at)[1]["token"] == view["token"]


def view_token(at: AppTest) -> str:
    match = re.search(r'"token":"([0-9a-f]{16})"', map_args(at)["feature_group"])
    assert match, "the view names itself"
    return match.group(1)


def test_a_filter_change_sends_the_map_first_and_the_tables_follow_its_drawn_report(data_dir: Path):
    """A filter change, like a page load, sends the figures and the map, and the tables and
    the timeline wait (saying so) until the map reports it has drawn that view; the report
    of an older view does not release them."""
    at = AppTest.from_file(APP_FILE, default_timeout=TIMEOUT).run().run()  # a page drawn and complete
    assert len(at.dataframe) == 3
    before, (seq, _) = view_token(at), sent_view(at)
    at.multiselect(key="f_types").set_value(["roadblock"]).run()
    assert not at.exception, at.exception
    # the map gets the new view by a script in the page, numbered after the last (in the
    # browser the fragment with the bar and the figures runs alone and the map's element is
    # not rendered again: tests/dashboard/test_dashboard_first_visit.py; AppTest reruns the
    # whole page for a widget, so here the map is drawn with the same view)
    new_seq, sent = sent_view(at)
    assert sent["token"] != before and new_seq == seq + 1
    assert view_token(at) == sent["token"] and f'"seq":{new_seq}' in map_args(at)["feature_group"]
    assert not at.get("vega_lite_chart") and len(at.dataframe) == 0
    assert FOLLOWS in [c.value for c in at.caption]
    at.session_state[LISTENER] = {"view": before, "how": "drawn"}  # the report of an older view
    at.session_state["_mx_drawn_seen"] = None  # (not taken for a second run of the same view)
    at.run()
    assert not at.get("vega_lite_chart") and FOLLOWS in [c.value for c in at.caption]
    at.session_state[LISTENER] = {"view": view_token(at), "how": "drawn"}
    at.session_state["_mx_drawn_seen"] = None
    at.run()
    assert not at.exception, at.exception
    assert len(at.dataframe) == 3 and len(at.get("vega_lite_chart")) == 1
    assert FOLLOWS not in [c.value for c in at.caption]


def _showing_script() -> None:
    import streamlit as st

    from app.dashboard import map_drawn

    st.session_state["runs"] = st.session_state.get("runs", 0) + 1
    map_drawn.showing(st.session_state.get("token", "abc"), st.session_state.get("filters", "a"))


def test_a_new_filter_that_leaves_the_map_as_it_was_reruns_the_page():
    """The map reports only views it has not drawn: a new filter with the same view (its token)
    would leave what lies below the map showing the old filters, so the page reruns once."""
    at = AppTest.from_function(_showing_script).run()
    assert at.session_state["runs"] == 1
    at.session_state["filters"] = "b"  # the same view, other filters: one more run
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["runs"] == 3
    at.session_state["token"] = "def"  # a new view: the map's drawn report reruns what follows it
    at.session_state["filters"] = "c"
    at.run()
    assert at.session_state["runs"] == 4
    at.run()  # the same view and filters again: nothing to do
    assert at.session_state["runs"] == 5


def test_the_filters_that_drive_the_map_sit_above_it_and_the_rest_in_the_sidebar(data_dir: Path):
    """A change in the bar above the map reruns only its fragment (the figures and the map);
    the widgets whose change redraws the whole page stay in the sidebar."""
    at = as_after_the_map_is_drawn(AppTest.from_file(APP_FILE, default_timeout=TIMEOUT)).run()
    assert not at.exception, at.exception
    for key in ("f_dates", "f_states", "f_types", "f_text"):
        assert key not in {w.key for w in at.sidebar}, key
    assert {w.key for w in at.sidebar} >= {"f_actors", "f_prec", "f_metric", "f_tiles", "f_rejected", "f_unreviewed"}
    at.multiselect(key="f_types").set_value(["roadblock"]).run()
    shown = [c.value for c in at.caption]
    assert any(c.startswith(f"{metrics(at)['Events']:,} events") for c in shown), shown


def test_the_about_box_names_a_few_sources_and_counts_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Articles without a source name are listed by id: thousands of ids made one paragraph
    that froze the page for seconds while Streamlit parsed it (the benchmark's stores)."""
    from app.dashboard.map_page import ABOUT_SOURCES
    from app.demo import synthetic_incidents

    import_records(tmp_path, synthetic_incidents(400))  # no source names: the ids are listed
    monkeypatch.setenv(data.ENV_DATA_DIR, str(tmp_path))
    at = as_after_the_map_is_drawn(AppTest.from_file(APP_FILE, default_timeout=TIMEOUT)).run()
    assert not at.exception, at.exception
    line = next(m.value for m in at.markdown if m.value.startswith("Sources:"))
    n_articles = len(read_incidents(tmp_path)["article"].unique())
    assert n_articles > ABOUT_SOURCES
    assert line.count(", ") == ABOUT_SOURCES - 1 and f"and {n_articles - ABOUT_SOURCES:,} more" in line


def test_the_view_says_when_the_map_may_apply_a_type_or_state_change_itself(data_dir: Path):
    """The view handed to the map carries the filters the map can apply itself
    (map_page.with_early): types, states and dates; with a word of the evidence (or an actor,
    or a precision) it carries none and the map waits for the server's view."""
    at = run_app()
    _, view = sent_view(at)
    assert view["early"] == {"types": [], "states": [], "from": None, "to": None}
    at.multiselect(key="f_types").set_value(["arson"]).run()
    assert sent_view(at)[1]["early"]["types"] == [list(EVENT_STYLE).index("arson")]
    at.text_input(key="f_text").set_value("vehicles").run()
    assert sent_view(at)[1]["early"] is None
    at.text_input(key="f_text").set_value("").run()
    at.selectbox(key="f_prec").set_value(1).run()
    assert sent_view(at)[1]["early"] is None
