"""A page load sends the map before its controls (issue 15, eleventh pass; on a first visit too,
with their code loaded meanwhile, twelfth pass): map_drawn.hold_page, map_drawn.load_controls_code.
In Chromium: test_dashboard_first_visit.py."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.dashboard import loaders, map_drawn, map_page

from conftest import APP_FILE

TIMEOUT = 60
FOLLOWS = "The timeline and the tables follow once the map is drawn."


@pytest.fixture(autouse=True)
def returning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A browser that has loaded the page before (its cookie; AppTest sends none)."""
    monkeypatch.setattr(map_drawn, "returning_browser", lambda: True)


def page_load(query: dict | None = None) -> AppTest:
    """A session's first run of the map page, with a browser's session (its map would report)."""
    at = AppTest.from_file(APP_FILE, default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def component(at: AppTest, name: str):
    (found,) = [c for c in at.get("component_instance") if c.proto.component_name.endswith(name)]
    return found


def map_feature_group(at: AppTest) -> str:
    return json.loads(component(at, "st_folium").proto.json_args)["feature_group"]


def view_token(at: AppTest) -> str:
    return re.search(r'"token":"([0-9a-f]{16})"', map_feature_group(at)).group(1)


def listener_args(at: AppTest) -> dict:
    return json.loads(component(at, "map_drawn").proto.json_args)


def htmls(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def controls(at: AppTest) -> dict[str, int]:
    """How many of the page's controls and figures this run sent."""
    def has(kind: str, key: str) -> int:
        try:
            getattr(at, kind)(key=key)
        except KeyError:
            return 0
        return 1
    return {"figures": len(at.metric), "types": has("multiselect", "f_types"), "precision": has("selectbox", "f_prec"),
            "language": len(at.get("button_group")), "dates": len(at.date_input)}


def report(at: AppTest, round_: int = 0) -> None:
    """What the listener sets once the map has drawn the view it was sent (map_drawn/index.html)."""
    at.session_state[map_drawn.LISTENER] = {"view": view_token(at), "how": "drawn", "round": round_}


@pytest.mark.parametrize("above_limit", [False, True], ids=["pandas page", "queried page"])
def test_a_page_load_sends_the_map_and_the_title_and_the_controls_follow_its_report(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, above_limit: bool):
    if above_limit:
        monkeypatch.setattr(loaders, "PANDAS_LIMIT", 10)
    loaders.clear()
    at = page_load()
    assert not at.exception, at.exception
    assert at.title and map_feature_group(at)
    assert controls(at) == {"figures": 0, "types": 0, "precision": 0, "language": 0, "dates": 0}
    assert not at.dataframe and FOLLOWS in [c.value for c in at.caption]
    assert map_page.HELD_CONTROLS in htmls(at)  # their room above the map
    drawn = map_feature_group(at)
    report(at)
    at.run()  # the run the report asks for (in the browser through below_map: next test)
    assert not at.exception, at.exception
    assert controls(at) == {"figures": 4, "types": 1, "precision": 1, "language": 1, "dates": 1}
    assert map_page.HELD_CONTROLS not in htmls(at)
    assert map_feature_group(at) == drawn  # the same view, the same number: the map is not drawn again
    loaders.clear()


def test_a_page_is_never_held_twice_in_a_row_nor_but_on_a_page_load(data_dir: Path):
    """A run before the map's report (or after a map that never reports) sends the controls; a
    run that is no page load (a widget changed, before any report) is never held."""
    at = page_load()
    assert controls(at)["figures"] == 0
    at.run()
    assert not at.exception, at.exception
    assert controls(at) == {"figures": 4, "types": 1, "precision": 1, "language": 1, "dates": 1}
    assert len(at.dataframe) == 3  # and, as before, a second run of the same view renders the tables
    at.multiselect(key="f_types").set_value(["roadblock"]).run()
    assert not at.exception, at.exception
    assert controls(at)["figures"] == 4 and at.multiselect(key="f_types").value == ["roadblock"]


def code_scripts(at: AppTest) -> list[str]:
    return [body for body in htmls(at) if "mxControlsCode" in body]


@pytest.mark.parametrize("above_limit", [False, True], ids=["pandas page", "queried page"])
def test_a_first_visit_is_held_too_and_loads_the_controls_code_once_the_map_exists(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, above_limit: bool):
    """A browser that has not loaded the page before has none of the controls' code in its
    cache: held alone, they followed the map by 1.2-1.6 s (eleventh pass). Its held run also
    carries the script that imports that code once the map's iframe exists (twelfth pass), with
    the map's files; a returning browser's does not (the code is in its cache), nor does the
    run that brings the controls."""
    if above_limit:
        monkeypatch.setattr(loaders, "PANDAS_LIMIT", 10)
    loaders.clear()
    monkeypatch.setattr(map_drawn, "returning_browser", lambda: False)
    at = page_load()
    assert controls(at) == {"figures": 0, "types": 0, "precision": 0, "language": 0, "dates": 0}
    assert map_page.HELD_CONTROLS in htmls(at)
    (script,) = code_scripts(at)
    assert script == map_drawn.controls_code_script(map_drawn.controls_code())
    preload = [body for body in htmls(at) if "l.rel = 'preload'" in body]
    assert htmls(at).index(script) == htmls(at).index(preload[0]) + 1  # right after the map's files
    report(at)
    at.run()
    assert controls(at) == {"figures": 4, "types": 1, "precision": 1, "language": 1, "dates": 1}
    assert not code_scripts(at)
    monkeypatch.setattr(map_drawn, "returning_browser", lambda: True)
    assert not code_scripts(page_load())
    loaders.clear()


def test_the_controls_code_is_their_elements_chunks_from_streamlits_build():
    """Every element kind the held run leaves out has its chunk named, with the chunks those
    import (all fetched at once, not one import after another), none that the page's own bundle
    already has, each a file Streamlit serves."""
    from app.dashboard.static_files import streamlit_static_dir

    files = map_drawn.controls_code()
    kinds = {name.split("/")[-1].removesuffix(".tsx") for name in map_drawn.CONTROL_ELEMENTS}
    assert kinds == {"DateInput", "Multiselect", "TextInput", "Metric", "ButtonGroup", "Selectbox", "Radio",
                     "Checkbox", "Button"}
    assert kinds <= {f.split(".")[0] for f in files}
    assert len(files) > len(kinds)  # and what they import
    folder = streamlit_static_dir() / "js"
    assert all((folder / f).is_file() for f in files)
    index = (streamlit_static_dir().parent / "index.html").read_text(encoding="utf-8")
    assert not [f for f in files if f in index]  # the bundle and what it preloads: not again
    assert not [f for f in files if f.split(".")[0] in ("DataFrame", "ArrowVegaLiteChart", "DownloadButton")]


def test_without_streamlits_manifest_there_is_no_script(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          data_dir: Path):
    from app.dashboard import static_files

    map_drawn.controls_code.cache_clear()
    monkeypatch.setattr(static_files, "streamlit_static_dir", lambda: tmp_path / "static")
    try:
        assert map_drawn.controls_code() == ()
        monkeypatch.setattr(map_drawn, "returning_browser", lambda: False)
        at = page_load()
        assert not at.exception, at.exception
        assert controls(at)["figures"] == 0 and not code_scripts(at)  # held all the same
    finally:
        map_drawn.controls_code.cache_clear()


def test_the_script_imports_the_code_beside_the_pages_bundle_once_the_maps_iframe_exists():
    script = map_drawn.controls_code_script(("Multiselect.abc.js", "useField.def.js"))
    assert '["Multiselect.abc.js", "useField.def.js"]' in script
    assert "import(new URL(f, base).href)" in script and "/static/js/index." in script
    assert ".st-key-mx_map iframe" in script and "if (window.mxControlsCode) return;" in script


def test_the_page_marks_the_browser_as_returning_with_the_cookie_the_server_reads():
    cookie = re.search(r"document\.cookie = '([a-z_]+)=1;", map_page.DATE_ENTER_JS)
    assert cookie and cookie.group(1) == map_drawn.RETURNING_COOKIE


def test_outside_a_request_the_browser_is_new(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.undo()
    assert map_drawn.returning_browser() is False


def test_without_a_browser_nothing_is_held(data_dir: Path):
    at = AppTest.from_file(APP_FILE, default_timeout=TIMEOUT)
    at.session_state[map_drawn.NEVER_HOLD] = True
    at.run()
    assert controls(at)["figures"] == 4 and len(at.dataframe) == 3
    assert map_page.HELD_CONTROLS not in htmls(at)


def test_the_run_with_the_controls_leaves_the_tables_to_the_listeners_next_report(data_dir: Path):
    """The run that brings the controls renders them alone: the tables wait (saying so) for one
    more report of the same view, which the listener makes in a new round."""
    at = page_load()
    first_round = listener_args(at)["round"]
    report(at, first_round)
    at.session_state["_mx_tables_next"] = True  # what below_map sets before it asks for that run
    at.run()
    assert not at.exception, at.exception
    assert controls(at)["figures"] == 4
    assert not at.dataframe and FOLLOWS in [c.value for c in at.caption]
    args = listener_args(at)
    assert args["held"] is True and args["round"] == first_round + 1 and args["reported"] is None
    report(at, args["round"])
    at.run()
    assert not at.exception, at.exception
    assert len(at.dataframe) == 3 and FOLLOWS not in [c.value for c in at.caption]


def _below_script() -> None:
    import streamlit as st

    from app.dashboard import map_drawn

    st.session_state.setdefault("runs", [])
    if st.session_state.get("start"):
        st.session_state.pop("start")
        map_drawn.hold_page(True)
    map_drawn.below_map(lambda held: st.session_state["runs"].append(held))


def test_the_maps_first_report_asks_for_the_whole_page_once(data_dir: Path):
    """below_map (where the listener sits, so the report reruns it) turns the report of a held
    page load into one whole-page run, whose tables wait for the next report."""
    at = AppTest.from_function(_below_script, default_timeout=TIMEOUT)
    at.session_state["start"] = True
    at.run()
    assert at.session_state["_mx_page_held"] is True
    at.session_state[map_drawn.LISTENER] = {"view": "", "how": "drawn", "round": 0}
    at.run()  # below_map asks for a whole-page run (st.rerun): AppTest runs it
    assert not at.exception, at.exception
    assert at.session_state["_mx_page_held"] is False
    assert at.session_state["runs"][-1] is True  # the tables wait in that run
    at.run()
    assert at.session_state["runs"][-1] is False  # not twice


def test_a_sessions_state_stays_small(data_dir: Path):
    """Streamlit keeps a closed tab's session for server.disconnectedSessionTTL (120 s) in case it
    reconnects, so a reload loop holds one per reload for two minutes (issue 15, eleventh pass:
    about 20-30 kB each at 100,000 incidents, traced). Frames belong in the shared caches
    (loaders.py), never in a session: its state, pickled, stays under 10 kB (3.5 kB on this store; one view of it as a frame is more)."""
    import pickle

    at = AppTest.from_file(APP_FILE, default_timeout=TIMEOUT)
    at.session_state[map_drawn.NEVER_HOLD] = True
    at.run()
    at.multiselect(key="f_types").set_value(["roadblock"]).run()
    assert not at.exception, at.exception
    state = at.session_state._state._state  # SessionState: what the session keeps between runs
    sizes = {key: len(pickle.dumps(state[key])) for key in state._keys() if _picklable(state, key)}
    assert sizes and sum(sizes.values()) < 10_000, sorted(sizes.items(), key=lambda kv: -kv[1])[:5]


def _picklable(state, key: str) -> bool:
    import pickle

    try:
        pickle.dumps(state[key])
    except Exception:  # noqa: BLE001 - callbacks, widget metadata
        return False
    return True
