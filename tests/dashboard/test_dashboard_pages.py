"""The "Add article" and "Review" pages, events grouped across sources, and the review-status
toggles, under streamlit.testing.v1.AppTest; every change is checked in the store and again
after a restart (a new AppTest, a new store connection)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app import store
from app.dashboard import points, curation, events
from app.demo import synthetic_incidents
from app.store import import_records, read_incidents

from conftest import ARTICLES, dashboard, open_page

TIMEOUT = 60
ARTICLE_TEXT = ("---\ntitle: Bloqueos en Celaya\ndate: 2026-02-22\n---\n"
                "Hombres armados incendiaron vehículos y bloquearon carreteras en Celaya, Guanajuato, "
                "este domingo. En Irapuato fueron detenidas cinco personas.\n")


def page(name: str, query: dict | None = None) -> AppTest:
    at = dashboard(name, query, timeout=TIMEOUT)
    assert not at.exception, at.exception
    return at


def metrics(at: AppTest) -> dict[str, int]:
    return {m.label: int(str(m.value).replace(",", "")) for m in at.metric}


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


# ---------------------------------------------------------------- add an article

def test_add_article_previews_saves_and_shows_on_the_map(data_dir: Path):
    before = metrics(page("map"))["Events"]
    at = page("add")
    at.text_area(key="add_text_0").input(ARTICLE_TEXT).run()
    assert not at.exception, at.exception
    assert any(h.value.startswith("Preview:") for h in at.subheader)
    preview = at.dataframe[0].value  # read-only tables are not found by key
    assert len(preview) >= 1 and "Celaya" in set(preview["place"])
    key = store.text_fingerprint(ARTICLE_TEXT.split("---\n", 2)[2])[:12]
    assert at.text_input(key=f"add_title_{key}").value == "Bloqueos en Celaya"  # from the front matter
    assert at.selectbox(key=f"add_lang_{key}").value == "es"  # detected
    at.text_input(key=f"add_source_{key}").input("Diario de Prueba")
    at.text_input(key=f"add_url_{key}").input("https://example.org/celaya")
    at.button(key="add_save").click().run()
    assert not at.exception, at.exception
    assert at.success and "Saved article" in at.success[0].value
    assert at.text_area(key="add_text_1").value == ""  # a fresh form

    added = read_incidents(data_dir)
    new = added[added["article"].str.startswith("added_")]
    assert len(new) == len(preview) and set(new["status"]) == {"auto"}
    with store.open_store(data_dir) as db:
        meta = db.articles()[new["article"].iloc[0]]
    assert meta["source"] == "Diario de Prueba" and meta["url"] == "https://example.org/celaya"
    assert meta["language"] == "es" and meta["date"] == "2026-02-22"

    open_page(at, "map")  # same session: the cache was cleared
    added_events = len(events.events(added)) - len(events.events(added[~added["article"].str.startswith("added_")]))
    assert added_events >= 1
    assert metrics(at)["Events"] == before + added_events
    assert metrics(page("map"))["Events"] == before + added_events  # a restart keeps it
    assert "Celaya" in (data_dir / store.CSV_NAME).read_text(encoding="utf-8")  # exported too


def test_the_same_article_is_recognised_and_not_added_twice(data_dir: Path):
    at = page("add")
    at.text_area(key="add_text_0").input(ARTICLE_TEXT).run()
    at.button(key="add_save").click().run()
    count = len(read_incidents(data_dir))
    at.text_area(key="add_text_1").input(ARTICLE_TEXT.replace("\n", "\n\n") + "   ").run()
    assert at.warning and "already in the store" in at.warning[0].value
    assert at.button(key="add_save").disabled
    assert len(read_incidents(data_dir)) == count


def test_an_undated_article_says_which_day_its_relative_dates_are_read_from(data_dir: Path):
    import datetime as dt

    at = page("add")
    at.text_area(key="add_text_0").input("Bloqueos en Celaya\nHombres armados quemaron vehículos en Celaya, "
                                         "Guanajuato, este sábado.").run()
    assert not at.exception, at.exception
    warning = next(w.value for w in at.warning if "No publication date" in w.value)
    assert dt.date.today().isoformat() in warning and "Enter the publication date" in warning
    key = next(k.key for k in at.text_input if k.key and k.key.startswith("add_title_"))
    assert at.text_input(key=key).value == "Bloqueos en Celaya"  # the first line, as `add` takes it
    at.date_input(key=key.replace("add_title_", "add_date_")).set_value(dt.date(2026, 2, 21)).run()
    assert not any("No publication date" in w.value for w in at.warning)  # a date given: nothing to say
    dates = at.dataframe[0].value["date"]
    assert len(dates) and set(dates) == {"2026-02-21"}  # "este sábado" read from that day


def test_unreadable_input_gets_a_message(data_dir: Path):
    at = page("add")
    at.text_area(key="add_text_0").input("---\ntitle: only front matter\n---\n").run()
    assert not at.exception
    assert at.error and "cannot be read as an article" in at.error[0].value


# ---------------------------------------------------------------- review

def editor_rows(at: AppTest) -> pd.DataFrame:
    (editor,) = at.data_editor
    return editor.value


def edit(at: AppTest, rows: dict[int, dict]) -> None:
    key = at.data_editor[0].key
    at.session_state[key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}


def test_review_edits_cells_into_the_store_and_audit_log(data_dir: Path):
    at = page("review")
    rows = editor_rows(at)
    assert len(rows) == 301 and list(rows.columns) == list(curation.EDITOR_COLUMNS)
    first, second = rows["incident_id"].iloc[0], rows["incident_id"].iloc[1]
    new_type = "death" if rows["event_type"].iloc[0] != "death" else "arson"
    edit(at, {0: {"fatalities": 42, "event_type": new_type}, 1: {"location": "Celaya"}})
    at.run()
    assert not at.exception, at.exception
    assert not at.error, texts(at.error)
    with store.open_store(data_dir) as db:
        one, two = db.incident(first), db.incident(second)
        log = db.audit()
    assert one["fatalities"] == 42 and one["event_type"] == new_type and one["status"] == "edited"
    assert two["location"] == "Celaya" and two["admin1"] == "Guanajuato"  # geocoded again
    assert {"fatalities", "event_type", "location", "latitude", "status"} <= set(log["field"])
    assert editor_rows(at).set_index("incident_id").loc[first, "fatalities"] == 42  # fresh table

    edit(at, {0: {"location": "Atlantis del Norte"}})
    at.run()
    assert at.error and "No place called" in at.error[0].value

    restarted = page("review")  # a restart keeps every saved change
    table = editor_rows(restarted).set_index("incident_id")
    assert table.loc[first, "fatalities"] == 42 and table.loc[second, "admin1"] == "Guanajuato"


def test_review_approves_rejects_and_undoes(data_dir: Path):
    at = page("review")
    ids = list(editor_rows(at)["incident_id"].iloc[:3])
    edit(at, {0: {"select": True}, 1: {"select": True}})
    at.run()  # ticking rows enables the buttons
    at.button(key="review_approve").click().run()
    assert at.success and "2 record(s) now approved" in at.success[0].value
    edit(at, {2: {"select": True}})
    at.run()
    at.button(key="review_reject").click().run()
    statuses = read_incidents(data_dir).set_index("incident_id")["status"]
    assert list(statuses[ids]) == ["approved", "approved", "rejected"]

    at.button(key="review_undo").click().run()
    assert at.info and at.info[0].value.startswith("Undid reject")
    assert read_incidents(data_dir).set_index("incident_id").loc[ids[2], "status"] == "auto"

    restarted = page("review")
    statuses = read_incidents(data_dir).set_index("incident_id")["status"]
    assert list(statuses[ids]) == ["approved", "approved", "auto"]
    restarted.button(key="review_undo").click().run()
    assert set(read_incidents(data_dir).set_index("incident_id").loc[ids, "status"]) == {"auto"}


def test_undo_says_what_it_takes_back_asks_before_removing_an_article_and_redo_restores(data_dir: Path):
    at = page("add")
    at.text_area(key="add_text_0").input(ARTICLE_TEXT).run()
    at.button(key="add_save").click().run()
    added = read_incidents(data_dir)
    added_ids = set(added.loc[added["article"].str.startswith("added_"), "incident_id"])
    assert added_ids
    open_page(at, "review")
    assert any("Undo takes back: add-article of" in c.value for c in at.caption)  # said before the click
    at.button(key="review_undo").click().run()
    assert any("removes the added article" in w.value for w in at.warning)  # asked, nothing gone yet
    assert added_ids <= set(read_incidents(data_dir)["incident_id"])
    at.button(key="review_undo_cancel").click().run()
    assert added_ids <= set(read_incidents(data_dir)["incident_id"])  # kept
    at.button(key="review_undo").click().run()
    at.button(key="review_undo_confirm").click().run()
    assert at.info and at.info[0].value.startswith("Undid add-article")
    assert not added_ids & set(read_incidents(data_dir)["incident_id"])
    at.button(key="review_redo").click().run()
    assert at.info and at.info[0].value.startswith("Redid add-article")
    assert added_ids <= set(read_incidents(data_dir)["incident_id"])  # the article is back with its incidents
    assert at.button(key="review_redo").disabled


def test_needs_review_filter(data_dir: Path):
    frame = read_incidents(data_dir)
    expected = frame[((frame["confidence"] < curation.NEEDS_REVIEW_CONFIDENCE) | (frame["geo_precision"] >= 3))]
    at = page("review")
    at.toggle(key="r_needs").set_value(True).run()
    rows = editor_rows(at)
    assert 0 < len(rows) == len(expected) < len(frame)
    assert ((rows["confidence"] < 0.6) | (rows["geo_precision"] >= 3)).all()
    with store.open_store(data_dir) as db:  # a decision takes a record off the list
        db.set_status([rows["incident_id"].iloc[0]], "approved")
    at.run()
    assert len(editor_rows(at)) == len(expected) - 1


# ---------------------------------------------------------------- map: review status

def test_map_hides_rejected_and_can_hide_unreviewed(data_dir: Path):
    frame = read_incidents(data_dir)
    with store.open_store(data_dir) as db:
        db.set_status(frame["incident_id"].iloc[:5], "rejected")
        db.set_status(frame["incident_id"].iloc[5:8], "approved")
    n_events = lambda records: len(events.events(records))  # noqa: E731 (the page's unit)
    at = page("map")
    assert metrics(at)["Events"] == n_events(frame.iloc[5:])
    at.sidebar.checkbox(key="f_rejected").check().run()
    assert metrics(at)["Events"] == n_events(frame) and at.query_params["rejected"] == "1"
    at.sidebar.checkbox(key="f_unreviewed").uncheck().run()
    assert metrics(at)["Events"] == n_events(frame.iloc[:8]) and at.query_params["unreviewed"] == "0"
    reopened = page("map", {"unreviewed": "0"})  # the link reopens the same view
    assert metrics(reopened)["Events"] == n_events(frame.iloc[5:8])
    assert reopened.sidebar.checkbox(key="f_unreviewed").value is False


# ---------------------------------------------------------------- same event, several sources

def two_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Synthetic data plus one event that two articles report (and one that only one does)."""
    base = synthetic_incidents(40, seed=21)
    event = {**base[0], "event_type": "roadblock", "admin1": "Jalisco", "admin2": "Zapopan",
             "location": "Zapopan", "event_date": "2026-02-22", "latitude": 20.72, "longitude": -103.39,
             "geo_precision": 1, "fatalities": 2}
    reports = [{**event, "incident_id": "src-a", "article": "paper_a"},
               {**event, "incident_id": "src-b", "article": "paper_b", "fatalities": 3,
                "location": "Las Águilas", "geo_precision": 2},
               {**event, "incident_id": "src-c", "article": "paper_c", "event_date": "2026-02-23"}]
    directory = tmp_path / "grouped"
    import_records(directory, base + reports, {**ARTICLES, "paper_a": {"source": "Paper A"},
                                               "paper_b": {"source": "Paper B"}})
    monkeypatch.setenv("MXMAP_DATA_DIR", str(directory))
    return directory


def test_events_group_records_across_articles():
    frame = pd.DataFrame([
        {"incident_id": "1", "article": "a", "event_type": "death", "admin1": "Jalisco", "admin2": "Zapopan",
         "event_date": "2026-02-22", "fatalities": 2, "injured": None, "arrested": None},
        {"incident_id": "2", "article": "b", "event_type": "death", "admin1": "Jalisco", "admin2": "Zapopan",
         "event_date": "2026-02-22", "fatalities": 5, "injured": None, "arrested": None},
        {"incident_id": "3", "article": "c", "event_type": "arson", "admin1": "Jalisco", "admin2": "Zapopan",
         "event_date": "2026-02-22", "fatalities": None, "injured": None, "arrested": None},
        {"incident_id": "4", "article": "d", "event_type": "death", "admin1": "Jalisco", "admin2": None,
         "event_date": "2026-02-22", "fatalities": 1, "injured": None, "arrested": None},
    ])
    grouped = events.events(frame).set_index("incident_id")
    assert len(grouped) == 3
    assert grouped.loc["1", events.N_SOURCES] == 2 and grouped.loc["1", events.ARTICLES] == ("a", "b")
    assert grouped.loc["1", "fatalities"] == 5  # the largest report, not the sum
    assert grouped.loc["4", events.N_SOURCES] == 1  # state-level: not merged with the municipality's
    assert events.source_names(("a", "b"), {"a": {"source": "Paper A"}}) == "Paper A (a); b"


def test_map_and_table_show_how_many_sources_and_which(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    two_sources(tmp_path, monkeypatch)
    at = page("map")
    figures = metrics(at)
    assert figures["Events"] == 42 and "43 records" in at.caption[0].value
    table = at.dataframe[2].value  # [0] state-level events beside the map, [1] the per-state summary
    row = table[table["reported by"].str.contains("Paper A")].iloc[0]
    assert row["sources"] == 2 and row["reported by"] == "Paper A (paper_a); Paper B (paper_b)"
    assert row["fatalities"] == 3
    single = table[table["reported by"] == "paper_c"].iloc[0]
    assert single["sources"] == 1
    (component,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    script = json.loads(component.proto.json_args)["script"]
    assert "{n} sources report this event" in script  # the popup's words; its data are a file the browser keeps
    url = re.search(r'"detailsUrl":"/app/static/([^"]+)"', script).group(1)
    details = json.loads((points.STATIC_DIR / url).read_text())
    names = {tuple(details["articles"][a][0] for a in ids) for ids in details["sources"]}
    assert ("Paper A", "Paper B") in names


def test_map_filters_survive_a_visit_to_another_page(data_dir: Path):
    at = page("map")
    at.multiselect(key="f_states").set_value(["Jalisco"])
    at.sidebar.checkbox(key="f_rejected").check().run()
    narrowed = metrics(at)
    open_page(at, "review")
    open_page(at, "map")
    assert at.multiselect(key="f_states").value == ["Jalisco"]
    assert at.sidebar.checkbox(key="f_rejected").value is True
    assert at.sidebar.checkbox(key="f_unreviewed").value is True
    assert metrics(at) == narrowed
