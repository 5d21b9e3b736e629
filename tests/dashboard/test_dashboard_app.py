"""The page under streamlit.testing.v1.AppTest: filters, URL round trip, figures, downloads, no-data."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from app.dashboard import data
from app import store
from app.store import import_records, read_incidents

from conftest import APP_FILE

TIMEOUT = 60


def run_app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP_FILE, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def metrics(at: AppTest) -> dict[str, int]:
    return {m.label: int(str(m.value).replace(",", "")) for m in at.metric}


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The file behind each (deferred) download button, by file name, as a click would make it."""
    makers: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        makers[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)

    class Files(dict):
        def __missing__(self, name):
            body = makers[name]()
            return body.encode() if isinstance(body, str) else body

        def names(self):
            return list(makers)

    return Files()


def test_page_shows_figures_for_all_data(data_dir: Path):
    at = run_app()
    assert not at.exception, at.exception
    frame = read_incidents(data_dir)
    figures = metrics(at)
    assert figures["Incidents"] == len(frame) == 301
    assert figures["Fatalities"] == int(frame["fatalities"].fillna(0).sum())
    assert figures["States"] == frame["admin1"].nunique()
    assert figures["Articles"] == frame["article"].nunique()
    assert any("per week" in h.value or "per day" in h.value for h in at.subheader)
    assert len(at.dataframe) == 2  # per-state summary and the incidents table
    assert not at.error and not at.info


def test_state_and_type_filters_change_figures_and_url(data_dir: Path):
    at = run_app()
    at.sidebar.multiselect(key="f_states").set_value(["Jalisco"])
    at.sidebar.multiselect(key="f_types").set_value(["roadblock", "death"])
    at.run()
    frame = read_incidents(data_dir)
    expected = frame[(frame["admin1"] == "Jalisco") & frame["event_type"].isin(["roadblock", "death"])]
    assert metrics(at)["Incidents"] == len(expected) > 0
    assert metrics(at)["States"] == 1
    assert at.query_params["state"] == "Jalisco"
    assert at.query_params["type"] == ["roadblock", "death"]


def test_query_params_reopen_the_same_view(data_dir: Path):
    """A copied link (query string) gives the same filters and figures in a new session."""
    first = run_app()
    first.sidebar.multiselect(key="f_states").set_value(["Jalisco", "Sinaloa"])
    first.sidebar.text_input(key="f_text").set_value("vehicles")
    first.sidebar.selectbox(key="f_prec").set_value(2)
    first.sidebar.date_input(key="f_dates").set_value((dt.date(2026, 2, 1), dt.date(2026, 3, 31)))
    first.sidebar.radio(key="f_metric").set_value("fatalities")
    first.run()
    link = dict(first.query_params)
    assert link["from"] == "2026-02-01" and link["to"] == "2026-03-31" and link["q"] == "vehicles"
    assert link["prec"] == "2" and link["metric"] == "fatalities"

    second = run_app(link)
    assert not second.exception
    assert second.sidebar.multiselect(key="f_states").value == ["Jalisco", "Sinaloa"]
    assert second.sidebar.text_input(key="f_text").value == "vehicles"
    assert second.sidebar.selectbox(key="f_prec").value == 2
    assert second.sidebar.radio(key="f_metric").value == "fatalities"
    assert tuple(second.sidebar.date_input(key="f_dates").value) == (dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    assert metrics(second) == metrics(first)

    frame = read_incidents(data_dir)
    dates = frame["event_date"].between("2026-02-01", "2026-03-31")
    expected = frame[dates & frame["admin1"].isin(["Jalisco", "Sinaloa"]) & (frame["geo_precision"] <= 2)
                     & frame["evidence"].str.lower().str.contains("vehicles")]
    assert metrics(second)["Incidents"] == len(expected) > 0


def test_reset_clears_filters_and_url(data_dir: Path):
    at = run_app({"state": "Jalisco", "q": "vehicles", "type": "death"})
    assert metrics(at)["Incidents"] < 301
    at.sidebar.button(key="reset").click().run()
    assert metrics(at)["Incidents"] == 301
    assert not dict(at.query_params)
    assert at.sidebar.multiselect(key="f_states").value == []


def test_bad_query_params_fall_back_instead_of_failing(data_dir: Path):
    at = run_app({"from": "yesterday", "state": ["Atlantis", "Jalisco"], "type": "picnic", "prec": "9"})
    assert not at.exception
    assert at.sidebar.multiselect(key="f_states").value == ["Jalisco"]
    assert at.sidebar.multiselect(key="f_types").value == []


def test_text_search_ignores_case_and_accents(data_dir: Path):
    at = run_app({"q": "VEHÍCULOS"})
    frame = read_incidents(data_dir)
    assert metrics(at)["Incidents"] == frame["evidence"].str.contains("vehículos").sum() > 0


def test_filter_matching_nothing_shows_a_message(data_dir: Path):
    at = run_app({"q": "no sentence says this"})
    assert not at.exception and not at.error
    assert metrics(at)["Incidents"] == 0
    assert any("No incidents match" in i.value for i in at.info)
    assert len(at.download_button) == 0


def test_downloads_hold_the_filtered_view(data_dir: Path, downloads: dict[str, bytes]):
    at = run_app({"state": "Jalisco"})
    assert [b.label for b in at.download_button] == ["CSV", "GeoJSON", "ACLED-style CSV"]
    n = metrics(at)["Incidents"]
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


def test_broken_article_metadata_is_not_fatal(tmp_path: Path):
    (tmp_path / "metadata.json").write_text("{not json", encoding="utf-8")
    assert data.read_articles(tmp_path / "metadata.json") == {}
    assert data.read_articles(tmp_path / "missing" / "metadata.json") == {}


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
    before = metrics(at)["Incidents"]
    frame = read_incidents(data_dir)
    with store.open_store(data_dir) as db:
        db.set_status(frame["incident_id"].head(10), "rejected", actor="test")
    at.run()
    assert metrics(at)["Incidents"] == before - 10


def map_args(at: AppTest) -> dict:
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    return json.loads(component.proto.json_args)


def test_map_component_loads_local_assets_and_reruns_only_on_state_clicks(data_dir: Path):
    args = map_args(run_app())
    assert args["js_links"] and args["css_links"]
    assert all(u.startswith("/app/static/vendor/") for u in args["js_links"] + args["css_links"])
    assert args["returned_objects"] == ["last_object_clicked_tooltip"]
    assert "tile.openstreetmap.org" not in args["script"] and "L.markerClusterGroup" in args["script"]
    assert "://" not in args["header"]


def test_online_tiles_are_opt_in(data_dir: Path):
    at = run_app()
    at.sidebar.checkbox(key="f_tiles").check().run()
    assert "tile.openstreetmap.org" in map_args(at)["script"]
    assert at.query_params["tiles"] == "1"
