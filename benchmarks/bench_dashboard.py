"""Dashboard at scale in headless Chromium: our map against the naive folium map.

``python -m app bench dashboard`` writes 1,000, 10,000 and 100,000 synthetic incidents
(app.demo, fixed seed) to a temporary data folder, starts
``python -m app serve`` on it and, in Debian's Chromium through Playwright, measures

- drawn map: navigation start until the map inside streamlit-folium's iframe has its state
  shapes and its clusters, with every incident of the view clustered (supercluster, in
  static/mx/incident_map.js) and drawn, then one more animation frame; "first visit" in a
  fresh browser profile (empty cache), "repeat visit" a reload in the same profile (the
  points file and Streamlit's bundles come from the browser's HTTP cache, which the
  benchmark leaves on: see benchmarks/browser.py);
- filter changes, one after the other as a user makes them: one event type, then a state,
  then a word of the evidence, each timed until the figures show the new count
  (``figures``) and then the map holds exactly the filtered incidents (``map``, so never
  before the figures), with the longest gap between two animation frames meanwhile
  (``frame gap``: the page frozen); ``map, page clock`` times the map alone, in the page
  (from the Enter key's event to the first frame painted after the map holds the filtered
  incidents), whether or not the figures came first;
- server memory: the resident memory of the server's processes after the visits and after
  ten more reloads (thirty with ``--full``), each a new Streamlit session;
- bytes received: HTTP bodies as sent (``Network.loadingFinished`` encodedDataLength, so
  compressed where the server compresses) plus WebSocket messages (Streamlit sends the
  map's HTML and the tables over its WebSocket), from a fresh browser profile.

The first visit after the server starts also reads and prepares the incidents from the database (Streamlit
caches it for later visits): it is reported apart ("first visit"); the other figures are
the best of the repeats on a warm server, because the machine is shared.

Then the naive way (benchmarks/naive_map.py: one folium.Marker per incident, no
clustering) from a local http.server with the same local Leaflet/jQuery files. Its filter
change is what a static folium page has to do: generate the page again for the filtered
incidents and load it (generation + load; the load in a fresh profile, like every load
here). Each naive load runs in a child process with its own Chromium, killed when the map
is not drawn within NAIVE_TIMEOUT_S: a 100,000-marker page keeps Chromium busy for
minutes. That is reported as a result: value = the timeout, unit "s (timed out: ...)",
bytes = the page's size, ratios against it as lower bounds ("at least").

``--quick``: 1,000 and 10,000 incidents, the first visit only, naive timeout 20 s. The
default adds 100,000 incidents and two warm visits; ``--full`` three warm visits.
MXMAP_BENCH_DASHBOARD_SIZES="300,600" overrides the sizes (the tests use a few hundred).
Tiles stay off; a request to any host but localhost is aborted and fails the run.
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import pandas as pd

from app.dashboard import data
from app.dashboard.events import event_keys
from app.demo import synthetic_incidents
from app.store import SYNC_EXPORT_LIMIT, import_records
from benchmarks import naive_map
from benchmarks.browser import CHROMIUM, MAP_READY_JS, fresh_page, launch, wait_drawn

ROOT = Path(__file__).resolve().parents[1]
SEED = 20260222
SIZES, QUICK_SIZES = (1_000, 10_000, 100_000), (1_000, 10_000)
ENV_SIZES = "MXMAP_BENCH_DASHBOARD_SIZES"
FILTER_TYPE, FILTER_LABEL = "roadblock", "Roadblock"  # the event-type filter the bench applies
FILTER_WORD = "vehicles"  # the evidence filter (a word of some synthetic sentences)
RELOADS, FULL_RELOADS = 10, 30  # reloads before the server's memory is read again (--full: 30, the
# slope of 10 is within the allocator's ups and downs of about 40 MB at 100,000)
TIMEOUT_S = 60  # ours: reported as timed out too, never waited on longer
NAIVE_TIMEOUT_S, QUICK_NAIVE_TIMEOUT_S = 60.0, 20.0
SETTLE_S = 2.0  # after the map is drawn, let the rest of the page (charts, table) arrive

Figure = tuple[str, float, str]

FIGURE_JS = """(expected) => {
    const v = document.querySelector('[data-testid="stMetricValue"]');
    return !!v && v.innerText.replace(/,/g, '').trim() === String(expected);
}"""


@dataclass(frozen=True)
class Plan:
    repeats: int  # visits per size on a warm server, after the first (the best is reported)
    naive_timeout: float  # seconds the naive page gets to draw
    settle: float = SETTLE_S
    reloads: int = 0  # reloads in the server-memory loop (0: not measured)


@dataclass
class Visit:
    """One page load (and one filter change) in a fresh browser profile."""

    drawn_s: float | None  # None: not drawn within the timeout
    bytes_total: int
    wire_estimate: int = 0  # ours: WebSocket frames counted deflated (see benchmarks.browser.Meter)
    figures_s: float | None = None  # ours: filter change until the figures show the new count
    filter_s: float | None = None  # filter change until the map holds the filtered incidents
    filter_bytes: int = 0
    generate_s: float = 0.0  # naive only: writing the page in Python
    filter_generate_s: float = 0.0
    repeat_s: float | None = None  # ours: drawn map on a reload in the same profile
    repeat_bytes: int = 0
    # kind -> figures, map (after the figures), gap, bytes, map on the page's clock
    steps: dict[str, tuple[float | None, float | None, float, int, float | None]] | None = None


# ---- sizes, data, servers ------------------------------------------------------------------

def sizes_for(quick: bool, override: str | None = None) -> tuple[int, ...]:
    """The incident counts to measure; ``override`` ("300,600") wins (tests keep it small)."""
    override = override if override is not None else os.environ.get(ENV_SIZES)
    if override:
        return tuple(int(part) for part in override.split(",") if part.strip())
    return QUICK_SIZES if quick else SIZES


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def dashboard_server(directory: Path, log_path: Path, timeout: float = 90,
                     port: int | None = None) -> Iterator[tuple[str, float, int]]:
    """(url, seconds to healthy, process group) of ``python -m app serve --data directory``
    (on ``port``, else a free one); killed after.

    Own process group, so Streamlit (a child of ``serve``) cannot outlive the bench.
    """
    port = port or free_port()
    url = f"http://localhost:{port}"
    with open(log_path, "w", encoding="utf-8") as log:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--data", str(directory),
                                    "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            while not _healthy(url):
                if process.poll() is not None or time.perf_counter() - started > timeout:
                    raise RuntimeError(f"dashboard did not start: {log_path.read_text()[-2000:]}")
                time.sleep(0.2)
            yield url, time.perf_counter() - started, process.pid
        finally:
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


# ---- browser measurements --------------------------------------------------------------

@dataclass(frozen=True)
class Expected:
    """What a drawn page holds: one marker per event placed at a town or near one
    (records of the same type, place and date are one event, app.dashboard.events;
    state- and country-level events are not points), and the events the first figure counts."""

    markers: int
    filtered_records: int  # the first figure: events after the filter
    filtered_markers: int


def expected_for(records: list[dict[str, Any]]) -> Expected:
    frame = pd.DataFrame(records)
    chosen = frame[frame["event_type"] == FILTER_TYPE]
    points = lambda f: f[f["geo_precision"] <= 2]  # noqa: E731 (app.dashboard.style.POINT_PRECISIONS)
    return Expected(event_keys(points(frame)).nunique(), event_keys(chosen).nunique(),
                    event_keys(points(chosen)).nunique())


@dataclass(frozen=True)
class FilterStep:
    """One filter change a user makes, and what the page shows after it."""

    kind: str  # "type", "state", "text"
    typed: str  # what is typed into the widget before Enter
    events: int  # the first figure after it
    markers: int  # points on the map after it


def filter_steps(records: list[dict[str, Any]]) -> list[FilterStep]:
    """Type, then the busiest state, then a word of the evidence, each on top of the last;
    expected counts through the dashboard's own filter and event functions."""
    from app.dashboard import events, filters as flt, points

    frame = flt.prepare(pd.DataFrame(records))
    chosen = frame[frame["event_type"] == FILTER_TYPE]
    state = str(chosen.loc[chosen["admin1"] != "", "admin1"].value_counts().index[0])
    steps = []
    for kind, typed, filters in (
            ("type", FILTER_LABEL, flt.Filters(types=(FILTER_TYPE,))),
            ("state", state, flt.Filters(types=(FILTER_TYPE,), states=(state,))),
            ("text", FILTER_WORD, flt.Filters(types=(FILTER_TYPE,), states=(state,), text=FILTER_WORD))):
        grouped = events.events(flt.apply(frame, filters))
        steps.append(FilterStep(kind, typed, len(grouped), int(points.is_point(grouped).sum())))
    return steps


def visit_ours(browser: Any, url: str, expected: Expected, settle: float,
               steps: Sequence[FilterStep] = ()) -> Visit:
    """A first visit in a fresh profile; with ``steps``, then a reload in the same profile
    (repeat visit) and the filter changes one after the other."""
    with fresh_page(browser) as (page, meter):
        started = time.perf_counter()
        page.goto(url, wait_until="commit")
        drawn = wait_drawn(page, expected.markers, True, started, TIMEOUT_S)
        page.wait_for_timeout(settle * 1000)
        visit = Visit(drawn, meter.bytes, meter.wire_estimate)
        if drawn is not None and steps:
            before = meter.bytes
            started = time.perf_counter()
            page.reload(wait_until="commit")
            visit.repeat_s = wait_drawn(page, expected.markers, True, started, TIMEOUT_S)
            page.wait_for_timeout(settle * 1000)
            visit.repeat_bytes = meter.bytes - before
            visit.steps = {}
            for step in steps:
                result = _change_filter(page, meter, step, settle)
                visit.steps[step.kind] = result
                if result[1] is None:
                    break
            kind = steps[0].kind
            visit.figures_s, visit.filter_s, _, visit.filter_bytes, _ = visit.steps.get(kind, (None, None, 0.0, 0, None))
        if meter.foreign:
            raise RuntimeError(f"the dashboard asked for hosts off localhost: {meter.foreign[:5]}")
        return visit


# Longest gap between two animation frames of the top page since the recorder started
# (same-origin iframes share its main thread, so a busy map shows here too).
GAP_START_JS = """() => { window.__mxGap = 0; let last = performance.now();
    window.__mxGapOn = true;
    (function tick(now) { if (!window.__mxGapOn) return;
        window.__mxGap = Math.max(window.__mxGap, now - last); last = now; requestAnimationFrame(tick); })(last); }"""
GAP_STOP_JS = "() => { window.__mxGapOn = false; return window.__mxGap; }"
# The map alone on the page's clock: from the Enter key's event (in the page) to the first
# frame after the map holds ``expected`` incidents (MAP_READY_JS, checked every frame).
MAP_CLOCK_START_JS = """(expected) => { const ready = """ + MAP_READY_JS + """;
    const clock = window.__mxClock = {enter: null, ready: false, map: null};
    document.addEventListener('keydown', function enter(e) {
        if (e.key !== 'Enter') return;
        clock.enter = performance.now(); document.removeEventListener('keydown', enter, true); }, true);
    (function tick(now) {
        if (clock.ready) { clock.map = now; return; }
        if (clock.enter !== null && ready([expected, true])) clock.ready = true;
        if (!clock.stop) requestAnimationFrame(tick); })(performance.now()); }"""
MAP_CLOCK_STOP_JS = """() => { const c = window.__mxClock; c.stop = true;
    return c.map === null || c.enter === null ? null : (c.map - c.enter) / 1000; }"""


IDLE_JS = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"  # no script run under way
FIRST_OPTION_JS = """(typed) => {
    const first = document.querySelector('[role="option"]');
    return !!first && first.innerText.trim().toLowerCase() === typed.toLowerCase();
}"""
SHOWN_JS = """() => ({figures: [...document.querySelectorAll('[data-testid="stMetricValue"]')].map(e => e.innerText),
    chosen: [...document.querySelectorAll('[data-baseweb="tag"]')].map(e => e.innerText),
    running: !!document.querySelector('[data-testid="stStatusWidget"]')})"""
FILTER_KEYS = {"type": "f_types", "state": "f_states", "text": "f_text"}  # map_page's widget keys


FILTER_TRIES = 3  # a rerun the map's component asks for (its view sent back) may re-render the box and take the focus


def _type_into(page: Any, field: Any, step: FilterStep) -> bool:
    """Fill the widget's input with ``step.typed`` once the page's script is idle, until it holds it and (for a
    dropdown) its first option is the typed one, which Enter takes: True then. Filled, not typed key by key, so no key
    lands on the page when a re-render took the focus (Streamlit's page has one-letter shortcuts)."""
    from playwright.sync_api import Error as PlaywrightError

    for _ in range(FILTER_TRIES):
        try:  # a slow machine may still run the page's script after the settle time, and a click then goes nowhere
            page.wait_for_function(IDLE_JS, polling=100, timeout=TIMEOUT_S * 1000)
            field.click()
            field.fill(step.typed)
            if step.kind == "text":
                return field.input_value() == step.typed
            page.wait_for_function(FIRST_OPTION_JS, arg=step.typed, polling=50, timeout=TIMEOUT_S * 1000 / FILTER_TRIES)
            return True
        except PlaywrightError:
            page.keyboard.press("Escape")
    return False


def _change_filter(page: Any, meter: Any, step: FilterStep,
                   settle: float) -> tuple[float | None, float | None, float, int, float | None]:
    """Make ``step`` in its filter widget; (figures s, map s, longest frame gap ms, bytes, map s
    on the page's clock)."""
    from playwright.sync_api import Error as PlaywrightError

    # By the widget's key, wherever the page puts it (the sidebar before issue 15's sixth
    # pass, the bar above the map since), so compare_dashboard drives both checkouts alike.
    box = page.locator(f".st-key-{FILTER_KEYS[step.kind]}")
    if not _type_into(page, box.locator("input"), step):
        print(f"filter change ({step.kind}): {step.typed!r} not typed, or no option offered", file=sys.stderr)
    page.evaluate(GAP_START_JS)
    page.evaluate(MAP_CLOCK_START_JS, step.markers)
    before = meter.bytes
    started = time.perf_counter()
    page.keyboard.press("Enter")  # choosing an option (or the text) reruns the page script
    figures_s = map_s = None
    try:
        page.wait_for_function(FIGURE_JS, arg=step.events, polling=50, timeout=TIMEOUT_S * 1000)
        figures_s = time.perf_counter() - started
        map_s = wait_drawn(page, step.markers, True, started, TIMEOUT_S)
    except PlaywrightError:  # say what the page showed instead, for the run's log
        shown = page.evaluate(SHOWN_JS)
        print(f"filter change ({step.kind}): expected {step.events} events and {step.markers} points, "
              f"the page shows {shown}", file=sys.stderr)
    gap = float(page.evaluate(GAP_STOP_JS))
    page.wait_for_timeout(100)  # the frame after a map drawn just now
    map_page_s = page.evaluate(MAP_CLOCK_STOP_JS)
    page.keyboard.press("Escape")
    page.wait_for_timeout(settle * 1000)
    return figures_s, map_s, gap, meter.bytes - before, map_page_s


def server_rss(pid: int) -> int:
    """Resident bytes of the processes in ``pid``'s process group (serve and Streamlit)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pid:  # pgrp
                total += int(fields[21]) * os.sysconf("SC_PAGE_SIZE")  # rss in pages
        except (OSError, IndexError, ValueError):
            continue
    return total


def reload_loop(browser: Any, url: str, expected: Expected, reloads: int) -> None:
    """``reloads`` page loads in one profile, each waiting for the drawn map (a new session each)."""
    with fresh_page(browser) as (page, _):
        for _ in range(reloads):
            started = time.perf_counter()
            page.goto(url, wait_until="commit")
            wait_drawn(page, expected.markers, True, started, TIMEOUT_S)


def visit_naive(base: str, records: list[dict[str, Any]], filtered: list[dict[str, Any]],
                shapes: dict[str, Any] | None, site: Path, timeout: float) -> Visit:
    """The naive page: generate and load it; its filter change generates the filtered page
    and loads that (timed from the start of the generation)."""
    t0 = time.perf_counter()
    page = naive_map.write_page(records, shapes, site)
    visit = Visit(None, 0, generate_s=time.perf_counter() - t0)
    loaded = naive_map.load_in_child(f"{base}/{page.name}", len(records), timeout)
    visit.drawn_s = loaded["drawn_s"]
    # Not drawn: the child was killed before Chromium reported its bytes; the page as
    # served is what it was receiving.
    visit.bytes_total = loaded["bytes"] if visit.drawn_s is not None else page.stat().st_size
    t0 = time.perf_counter()
    page = naive_map.write_page(filtered, shapes, site, name=f"naive-{FILTER_TYPE}.html")
    visit.filter_generate_s = time.perf_counter() - t0
    loaded = naive_map.load_in_child(f"{base}/{page.name}", len(filtered), timeout)
    if loaded["drawn_s"] is not None:
        visit.filter_s = visit.filter_generate_s + loaded["drawn_s"]
    visit.filter_bytes = loaded["bytes"] if loaded["drawn_s"] is not None else page.stat().st_size
    return visit


# ---- figures -------------------------------------------------------------------------------

def _best(values: Sequence[float | None]) -> float | None:
    done = [v for v in values if v is not None]
    return min(done) if done else None


def _seconds(name: str, value: float | None, timeout: float) -> Figure:
    if value is None:
        return (name, float(timeout), f"s (timed out: not drawn after {timeout:.3g} s)")
    return (name, value, "s")


def _ratio(name: str, naive: float | None, ours: float | None, timeout: float) -> Figure | None:
    if ours is None or ours <= 0:
        return None
    if naive is None:  # the naive figure is at least the timeout
        return (name, timeout / ours, "x (at least: naive timed out)")
    return (name, naive / ours, "x")


def figures_for(n: int, start_s: float, first: Visit, ours: list[Visit], naive: Visit,
                naive_timeout: float, memory: Sequence[Figure] = ()) -> list[Figure]:
    ours_ = f"ours {n:,} incidents: "
    naive_ = f"naive {n:,} incidents: "
    drawn, flt = _best([v.drawn_s for v in ours]), _best([v.filter_s for v in ours])
    mb = min(v.bytes_total for v in ours) / 1e6
    naive_mb = naive.bytes_total / 1e6
    naive_drawn = naive.drawn_s is not None
    repeat = _best([v.repeat_s for v in ours])
    steps: list[Figure | None] = []
    for kind in ("type", "state", "text"):
        results = [v.steps[kind] for v in ours if v.steps and kind in v.steps]
        if not results:
            continue
        steps += [_seconds(ours_ + f"filter change ({kind}), figures", _best([r[0] for r in results]), TIMEOUT_S),
                  _seconds(ours_ + f"filter change ({kind}), map", _best([r[1] for r in results]), TIMEOUT_S),
                  _seconds(ours_ + f"filter change ({kind}), map, page clock", _best([r[4] for r in results]),
                           TIMEOUT_S),
                  (ours_ + f"filter change ({kind}), longest frame gap", min(r[2] for r in results), "ms"),
                  (ours_ + f"filter change ({kind}), bytes received", min(r[3] for r in results) / 1e6, "MB")]
    figures: list[Figure | None] = [
        (ours_ + "server start", start_s, "s"),
        None if ours[0] is first else
        _seconds(ours_ + "first visit, drawn map (server reads the store)", first.drawn_s, TIMEOUT_S),
        _seconds(ours_ + "drawn map", drawn, TIMEOUT_S),
        _seconds(ours_ + "filter change, figures", _best([v.figures_s for v in ours]), TIMEOUT_S),
        _seconds(ours_ + "filter change, map", flt, TIMEOUT_S),
        (ours_ + "bytes received", mb, "MB"),
        (ours_ + "bytes on the wire with WebSocket compression (estimate)",
         min(v.wire_estimate for v in ours) / 1e6, "MB (frames deflated one by one: an upper bound)"),
        (ours_ + "bytes received for the filter change", min(v.filter_bytes for v in ours) / 1e6, "MB"),
        None if repeat is None else _seconds(ours_ + "drawn map, repeat visit (browser cache)", repeat, TIMEOUT_S),
        None if repeat is None else (ours_ + "bytes received, repeat visit",
                                     min(v.repeat_bytes for v in ours if v.repeat_s is not None) / 1e6, "MB"),
        *steps,
        *memory,
        (naive_ + "page generation", naive.generate_s, "s"),
        _seconds(naive_ + "drawn map", naive.drawn_s, naive_timeout),
        (naive_ + "filter change, page generation", naive.filter_generate_s, "s"),
        _seconds(naive_ + "filter change (generation + load)", naive.filter_s,
                 naive.filter_generate_s + naive_timeout),
        (naive_ + "bytes received", naive_mb, "MB" if naive_drawn else "MB (page size; not drawn)"),
        (naive_ + "bytes received for the filter change", naive.filter_bytes / 1e6, "MB"),
        _ratio(f"naive/ours {n:,} incidents: drawn map", naive.drawn_s, drawn, naive_timeout),
        _ratio(f"naive/ours {n:,} incidents: filter change", naive.filter_s, flt,
               naive.filter_generate_s + naive_timeout),
        (f"naive/ours {n:,} incidents: bytes received", naive_mb / mb if mb else 0.0, "x"),
    ]
    return [f for f in figures if f is not None]


def measure_size(browser: Any, n: int, plan: Plan, workdir: Path, shapes: dict[str, Any] | None) -> list[Figure]:
    records = synthetic_incidents(n, seed=SEED)
    filtered = [r for r in records if r["event_type"] == FILTER_TYPE]
    directory = workdir / f"data-{n}"
    # serve reads the database; above SYNC_EXPORT_LIMIT the map's points come from DuckDB over
    # the exported Parquet dataset (loaders.map_points): without it the map held no points and
    # every 100,000-incident visit timed out.
    import_records(directory, records, export=n > SYNC_EXPORT_LIMIT)
    steps = filter_steps(records)
    memory: list[Figure] = []
    with dashboard_server(directory, workdir / f"serve-{n}.log") as (url, start_s, pid):
        expected = expected_for(records)
        first = visit_ours(browser, url, expected, plan.settle, steps if not plan.repeats else ())
        ours = [visit_ours(browser, url, expected, plan.settle, steps) for _ in range(plan.repeats)]
        if plan.reloads:
            rss = server_rss(pid)
            reload_loop(browser, url, expected, plan.reloads)
            after = server_rss(pid)
            memory = [(f"ours {n:,} incidents: server memory after the visits", rss / 1e6, "MB"),
                      (f"ours {n:,} incidents: server memory after {plan.reloads} more reloads", after / 1e6, "MB"),
                      (f"ours {n:,} incidents: server memory growth per reload", (after - rss) / plan.reloads / 1e6,
                       "MB")]
    site = workdir / "naive-site"
    naive_map.prepare_site(site)
    with naive_map.serving(site) as base:
        naive = visit_naive(base, records, filtered, shapes, site, plan.naive_timeout)
    return figures_for(n, start_s, first, ours or [first], naive, plan.naive_timeout, memory)


def run(*, quick: bool, full: bool, sizes: Sequence[int] | None = None) -> list[Figure]:
    from playwright.sync_api import sync_playwright

    if not os.access(CHROMIUM, os.X_OK):
        raise RuntimeError(f"the dashboard benchmark needs Chromium at {CHROMIUM} (apt-get install chromium)")
    sizes = tuple(sizes) if sizes else sizes_for(quick)
    # --quick: the first visit only, shorter waits; its figures include the server's first read.
    plan = Plan(repeats=0 if quick else 3 if full else 2,
                naive_timeout=QUICK_NAIVE_TIMEOUT_S if quick else NAIVE_TIMEOUT_S,
                settle=0.5 if quick else SETTLE_S, reloads=0 if quick else FULL_RELOADS if full else RELOADS)
    shapes = data.read_json(data.DEFAULT_STATES)
    figures: list[Figure] = []
    failed: list[int] = []
    with tempfile.TemporaryDirectory(prefix="mxmap-bench-") as tmp, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for n in sizes:
                figures += _size_or_report(lambda: measure_size(browser, n, plan, Path(tmp), shapes), n, failed)
        finally:
            browser.close()
    if failed and not figures:
        raise RuntimeError(f"the dashboard benchmark failed at every size ({', '.join(map(str, failed))})")
    return figures


def _size_or_report(measure: Callable[[], list[Figure]], n: int, failed: list[int]) -> list[Figure]:
    """One size's figures; a size that fails is reported (and counted as a figure) without losing
    the figures of the sizes measured before and after it."""
    try:
        return measure()
    except Exception as exc:  # noqa: BLE001 - a timed-out click at 100,000 must not hide 1,000 and 10,000
        print(f"dashboard at {n:,} incidents failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        failed.append(n)
        return [(f"ours {n} incidents: failed", 1.0, "(see the message above)")]


if __name__ == "__main__":
    for figure, value, unit in run(quick="--quick" in sys.argv, full="--full" in sys.argv):
        print(f"{figure}: {value:.6g} {unit}")
