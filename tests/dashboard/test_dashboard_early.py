"""A change of the type or state filter drawn by the map itself, before the server's view
(issue 15, ninth pass): the map works the points out from the columns it holds
(static/mx/incident_map.js ``early``), and they must be exactly the server's.

The page itself (the map reading Streamlit's widgets) is tested in test_dashboard_first_visit.py."""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

import pandas as pd
import pytest

from app.dashboard import events, points
from app.dashboard import filters as flt
from app.dashboard import map as map_module
from app.dashboard.i18n import translator
from app.dashboard.map import MapView, base_map, early_filters, make_view
from app.demo import synthetic_incidents

from conftest import serve_map_page, tiny_states

LABEL = translator("en").type_label


def test_early_filters_name_the_points_columns():
    got = early_filters(("roadblock", "arson"), ("Jalisco", "A&B"), dt.date(2026, 1, 2), None)
    assert got == {"types": [points.TYPE_INDEX["roadblock"], points.TYPE_INDEX["arson"]],
                   "states": ["Jalisco", html.escape("A&B")], "from": "2026-01-02", "to": None}
    with pytest.raises(ValueError):
        early_filters(("no such type",), (), None, None)


def test_the_early_filters_travel_with_the_view_but_do_not_name_it():
    frame = events.events(pd.DataFrame(synthetic_incidents(50, seed=2)))
    view = make_view(frame, points.point_set(frame), [])
    with_early = replace(view, early=early_filters((), (), None, None))
    assert with_early.token == view.token  # the same view: the same token
    assert with_early.as_json(3)["early"] == {"types": [], "states": [], "from": None, "to": None}
    assert view.as_json()["early"] is None


def test_the_map_watches_only_widget_keys():
    frame = events.events(pd.DataFrame(synthetic_incidents(20, seed=2)))
    published = points.point_set(frame)
    rendered = base_map(published, watch={"types": "f_types", "states": "f_states"}).get_root().render()
    assert '"watch":{"types":"f_types","states":"f_states"}' in rendered
    assert '"watch":null' in base_map(published).get_root().render()
    for bad in ({"types": "f_types"}, {"types": "a b", "states": "f_states"}, {"types": "x';", "states": "y"}):
        with pytest.raises(ValueError):
            map_module.IncidentMap(published, translator("en"), watch=bad)


def test_the_points_file_names_each_points_state():
    records = synthetic_incidents(200, seed=4)
    frame = events.events(pd.DataFrame(records))
    point_set = points.point_set(frame)
    table, shown = point_set.table, frame[points.is_point(frame)]
    assert [table["adm1s"][code] for code in table["adm1"]] == [html.escape(s) for s in shown["admin1"]]


@pytest.fixture
def records() -> list[dict]:
    return synthetic_incidents(3_000, seed=21)


def _open(browser, tmp_path, point_set, view):
    fmap = base_map(points.publish(point_set, tmp_path), tiny_states())
    MapView(view).add_to(fmap)
    page = browser.new_page()
    serve_map_page(page, fmap.get_root().render(), tmp_path, [])
    page.goto("http://dash.local/", wait_until="domcontentloaded")
    page.wait_for_function("() => MxIncidents.current && MxIncidents.current.drawnShown >= 0"
                           " && MxIncidents.current.shown >= 0", timeout=30_000)
    return page


# (the filters of the view the map holds, the types and states then chosen in the widgets)
CHANGES = [
    (flt.Filters(), ("roadblock",), ()),
    (flt.Filters(), (), ("Jalisco",)),
    (flt.Filters(types=("roadblock",)), ("roadblock", "arson"), ("Jalisco", "Sinaloa")),
    (flt.Filters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 3, 15)), ("death",), ("Guanajuato",)),
    (flt.Filters(types=("death",), states=("Jalisco",)), (), ()),  # both cleared: every point again
]


@pytest.mark.parametrize("before, types, states", CHANGES)
def test_points_drawn_early_are_the_servers(browser, tmp_path, records, before, types, states):
    """The map's own mask of a change is the server's, bit for bit (so the server's view that
    follows is not clustered again), for types, states and dates on records that make
    multi-record events (the filters apply to records, the map to events)."""
    prepared = flt.prepare(pd.DataFrame(records))
    everything = events.events(prepared)
    point_set = points.point_set(everything)

    def view_of(filters: flt.Filters):
        shown = events.events(flt.apply(prepared, filters))
        view = make_view(shown, point_set, [], focus_states=filters.states)
        return replace(view, early=early_filters(filters.types, filters.states, filters.date_from, filters.date_to))

    page = _open(browser, tmp_path, point_set, view_of(before))
    try:
        expected = view_of(replace(before, types=types, states=states))
        drew = page.evaluate("([t, s]) => MxIncidents.current.early(t, s)", [[LABEL(t) for t in types], list(states)])
        assert drew is True
        layer = page.evaluate("() => ({mask: MxIncidents.current.view.mask, focus: MxIncidents.current.view.focus,"
                              " token: MxIncidents.current.view.token})")
        assert layer["mask"] == expected.mask and layer["focus"] == list(states) and layer["token"] is None
        want = len(point_set.positions(events.events(flt.apply(prepared, replace(before, types=types, states=states)))))
        page.wait_for_function("(n) => MxIncidents.current.shown === n && MxIncidents.current.drawnShown === n",
                               arg=want, timeout=10_000)
        # a change that moves the map (here back to the country) draws once more for the move
        # (moveend); let that land first, or it is counted against the server's view below
        page.wait_for_timeout(300)
        drawn = page.evaluate("() => MxIncidents.current.drawn")
        # the server's view of the same change: the same points, not drawn again
        page.evaluate("(v) => MxIncidents.view(v)", expected.as_json(2))
        page.wait_for_timeout(300)
        state = page.evaluate("() => [MxIncidents.current.earlySame, MxIncidents.current.earlyOther,"
                              " MxIncidents.current.drawn, MxIncidents.current.view.token]")
        assert state == [1, 0, drawn, expected.token]
    finally:
        page.close()


def test_what_the_map_cannot_apply_waits_for_the_server(browser, tmp_path, records):
    frame = events.events(pd.DataFrame(records))
    point_set = points.point_set(frame)
    view = make_view(frame, point_set, [])
    page = _open(browser, tmp_path, point_set, view)  # a view without ``early`` (a word filter, say)
    try:
        assert page.evaluate("() => MxIncidents.current.early(['Roadblock'], [])") is False
        page.evaluate("(v) => MxIncidents.view(v)", replace(view, early=early_filters((), (), None, None)).as_json(2))
        assert page.evaluate("() => MxIncidents.current.early(['No such type'], [])") is False  # an unknown label
        assert page.evaluate("() => MxIncidents.current.early([], [])") is False  # nothing changed
        assert page.evaluate("() => MxIncidents.current.earlyDrawn") == 0
    finally:
        page.close()


def test_dates_the_map_cannot_read_wait_for_the_server(browser, tmp_path, records):
    """An event dated by its month only ("2026-03") is compared as a date by the server; the map
    compares plain days only, and leaves a view with a date filter over such dates alone."""
    records = [dict(r, event_date="2026-03") if i % 50 == 0 else r for i, r in enumerate(records)]
    frame = events.events(pd.DataFrame(records))
    point_set = points.point_set(frame)
    view = replace(make_view(frame, point_set, []), early=early_filters((), (), dt.date(2026, 2, 1), None))
    page = _open(browser, tmp_path, point_set, view)
    try:
        assert page.evaluate("() => MxIncidents.current.early(['Roadblock'], [])") is False
    finally:
        page.close()


def test_the_same_view_for_other_filters_updates_what_the_map_may_apply(browser, tmp_path, records):
    """A filter change that changes nothing on the map keeps the view's number (map_page.send_view)
    and is not drawn again; the map still takes the filters it may apply from it."""
    frame = events.events(pd.DataFrame(records))
    point_set = points.point_set(frame)
    view = make_view(frame, point_set, [])
    page = _open(browser, tmp_path, point_set, view)
    try:
        page.evaluate("(v) => MxIncidents.view(v)", replace(view, early=early_filters((), (), None, None)).as_json(5))
        other = replace(view, early=early_filters((), (), dt.date(2026, 1, 1), None))
        page.evaluate("(v) => MxIncidents.view(v)", other.as_json(5))
        assert page.evaluate("() => MxIncidents.current.view.early.from") == "2026-01-01"
        older = replace(view, early=early_filters((), (), dt.date(2025, 1, 1), None))
        page.evaluate("(v) => MxIncidents.view(v)", older.as_json(4))  # an older one: left alone
        assert page.evaluate("() => MxIncidents.current.view.early.from") == "2026-01-01"
    finally:
        page.close()


@pytest.fixture
def worker_for_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(map_module, "MAIN_THREAD_POINTS", 0)


def test_the_servers_view_while_the_early_one_is_still_clustered(browser, tmp_path, records, worker_for_all):
    """The server's view can come while the worker still clusters the points of the change drawn
    early (100,000 incidents, a busy machine): it waits for that clustering and the map ends
    up drawn with the new points (a bug caught by the benchmark: it drew with the old count)."""
    prepared = flt.prepare(pd.DataFrame(records))
    point_set = points.point_set(events.events(prepared))
    base = replace(make_view(events.events(prepared), point_set, []), early=early_filters((), (), None, None))
    page = _open(browser, tmp_path, point_set, base)
    try:
        page.wait_for_function("() => MxIncidents.current.engine.kind === 'worker'", timeout=10_000)
        chosen = flt.Filters(types=("roadblock",))
        server = replace(make_view(events.events(flt.apply(prepared, chosen)), point_set, []),
                         early=early_filters(chosen.types, (), None, None))
        want = len(point_set.positions(events.events(flt.apply(prepared, chosen))))
        page.evaluate("([label, v]) => { MxIncidents.current.early([label], []); MxIncidents.view(v); }",
                      [LABEL("roadblock"), server.as_json(2)])
        page.wait_for_function("(n) => MxIncidents.current.shown === n && MxIncidents.current.drawnShown === n",
                               arg=want, timeout=10_000)
        assert page.evaluate("() => [MxIncidents.current.earlySame, MxIncidents.current.earlyOther]") == [1, 0]
    finally:
        page.close()
