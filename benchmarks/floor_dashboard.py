"""The floor of a dashboard page load: what part of ours is Streamlit itself (issue 15, eleventh pass).

    python -m benchmarks.floor_dashboard [--sizes 1000,10000] [--rounds 4] [--checkout NAME=DIR]...

In one headless Chromium and one run, alternating the order every round, several visits of

- ``plain folium N``: the page bench_dashboard calls naive (benchmarks/naive_map.py: one
  folium.Marker per incident over the state shapes, the bench's own synthetic incidents),
  from a local http.server; drawn = bench_dashboard's definition (state shapes and N markers
  in the marker pane, then one more frame);
- ``bare write``: a Streamlit app of one ``st.write("x")``, served by ``streamlit run`` with
  the options ``python -m app serve`` gives ours (serve.streamlit_command, the same
  .streamlit/config.toml); drawn = its text painted (then one more frame);
- ``bare folium``: a Streamlit app of one streamlit-folium element drawing a tiny Leaflet map
  (one state-sized polygon, one marker, the same local Leaflet), same options; drawn = the
  polygon and the marker in the iframe's map (the plain folium definition, then one frame);
- ``ours N``: ``python -m app serve`` on the bench's store of N incidents (bench_dashboard's
  import), drawn = bench_dashboard's definition (every incident clustered and drawn);
- with ``--checkout NAME=DIR`` (repeatable), ``NAME N``: the same store served from another
  checkout (its own .venv: ``git archive REV | tar -x -C DIR``, then link .venv and copy
  node_modules into DIR), for a before/after in the same run.

Each visit: a fresh browser profile (empty cache: "first"), then a reload in the same profile
("repeat"), each timed from navigation to drawn as bench_dashboard times it. Every server gets
one visit after its start that is not counted. In the page: DOMContentLoaded and when the
first iframe (the map's) exists, on the page's clock, to split a load into Streamlit's part and
the map's. Prints one line per visit with the load average, then per target the median and
best of first and repeat visits.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

from app.dashboard import assets, data, serve
from app.demo import synthetic_incidents
from app.store import SYNC_EXPORT_LIMIT, import_records
from benchmarks import naive_map
from benchmarks.bench_dashboard import SEED, expected_for, free_port
from benchmarks.browser import MAP_READY_JS, NEXT_FRAME_JS, fresh_page, launch

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 60.0

BARE_WRITE = 'import streamlit as st\n\nst.write("x")\n'
# A tiny map through the same component as ours: local Leaflet (no CDN), one polygon (so the
# overlay pane has a path, as MAP_READY_JS asks) and one marker.
BARE_FOLIUM = '''import folium
import streamlit as st
from streamlit_folium import st_folium

fmap = folium.Map(location=(23.6, -102.4), zoom_start=5, tiles=None)
fmap.default_js = {js!r}
fmap.default_css = {css!r}
folium.GeoJson({{"type": "Feature", "properties": {{"name": "box"}}, "geometry": {{"type": "Polygon",
    "coordinates": [[[-104, 20], [-100, 20], [-100, 24], [-104, 24], [-104, 20]]]}}}}).add_to(fmap)
folium.Marker((22.0, -102.0)).add_to(fmap)
st_folium(fmap, height=500, use_container_width=True, returned_objects=[], key="m")
'''.format(js=list(assets.MAP_JS), css=[assets.MAP_CSS[0]])
# Our page complete: the filter bar's type box, a figure and the sidebar's precision box shown.
CONTROLS_JS = """() => !!document.querySelector('.st-key-f_types input')
    && !!document.querySelector('[data-testid="stMetricValue"]')
    && !!document.querySelector('[data-testid="stSidebar"] .st-key-f_prec')"""
WRITE_DRAWN_JS = """() => Array.from(document.querySelectorAll('[data-testid="stMarkdownContainer"]'))
    .some(e => e.innerText.trim() === 'x')"""
# On the page's clock: DOMContentLoaded, and the first iframe in the page (the map's: streamlit-
# folium's element is the first component of every Streamlit target here).
PHASES_INIT_JS = """(() => { if (window.top !== window) return;
    window.__mxPhases = {iframe: null};
    new MutationObserver((_, obs) => { if (document.querySelector('iframe')) {
        window.__mxPhases.iframe = performance.now(); obs.disconnect(); } })
      .observe(document, {childList: true, subtree: true}); })();"""
PHASES_JS = """() => { const n = performance.getEntriesByType('navigation')[0];
    return {dcl: n ? n.domContentLoadedEventEnd : null, iframe: (window.__mxPhases || {}).iframe}; }"""


@dataclass
class Target:
    name: str
    url: str
    check: str  # a function of ``arg`` that is true once the page counts as drawn
    arg: Any = None
    complete: str | None = None  # ours: true once the page's controls and figures are shown too
    visits: list[dict[str, Any]] = field(default_factory=list)


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


@contextlib.contextmanager
def process_server(command: Sequence[str], cwd: Path, log: Path, env: dict[str, str] | None = None,
                   port: int = 0) -> Iterator[str]:
    """``command`` (a server on ``port``) in its own process group until the block ends."""
    url = f"http://localhost:{port}"
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(list(command), cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
        try:
            started = time.perf_counter()
            while True:
                with contextlib.suppress(OSError):
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                    break
                if process.poll() is not None or time.perf_counter() - started > 120:
                    raise RuntimeError(f"{command[:4]}: did not start, see {log}")
                time.sleep(0.2)
            yield url
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


def server_pid(url: str) -> int:
    """The process group of the server on ``url``'s port (ours_server's child)."""
    port = url.rsplit(":", 1)[1]
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            args = cmdline.read_bytes().split(b"\0")
            if b"serve" in args and port.encode() in args:
                return int(cmdline.parent.name)
    raise RuntimeError(f"no server process for {url}")


def bare_server(script: str, name: str, workdir: Path) -> contextlib.AbstractContextManager[str]:
    """``script`` under ``streamlit run`` with our server's options (serve.streamlit_command), from
    the repository root (our .streamlit/config.toml), with our static folder beside it."""
    folder = workdir / name
    folder.mkdir(exist_ok=True)
    (folder / "floor_app.py").write_text(script, encoding="utf-8")
    if not (folder / "static").exists():
        (folder / "static").symlink_to(assets.OWN_DIR.parent)
    port = free_port()
    command = serve.streamlit_command(port, "localhost")
    command[command.index(str(serve.APP_SCRIPT))] = str(folder / "floor_app.py")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return process_server(command, ROOT, workdir / f"{name}.log", env, port)


def ours_server(checkout: Path, store: Path, name: str, workdir: Path) -> contextlib.AbstractContextManager[str]:
    port = free_port()
    python = checkout / ".venv" / "bin" / "python"
    return process_server([str(python), "-m", "app", "serve", "--data", str(store), "--port", str(port)],
                          checkout, workdir / f"{name}.log", None, port)


def visit(browser: Any, target: Target, reload: bool = True) -> dict[str, Any]:
    """A first visit in a fresh profile and (``reload``) a repeat visit: seconds to drawn and phases."""
    result: dict[str, Any] = {"load": load_average()}
    with fresh_page(browser) as (page, meter):
        page.context.add_init_script(PHASES_INIT_JS)
        for kind in ("first", "repeat") if reload else ("first",):
            started = time.perf_counter()
            if kind == "first":
                page.goto(target.url, wait_until="commit")
            else:
                page.reload(wait_until="commit")
            try:
                page.wait_for_function(target.check, arg=target.arg, polling=20, timeout=TIMEOUT_S * 1000)
                page.evaluate(NEXT_FRAME_JS)
                result[kind] = time.perf_counter() - started
                if target.complete:
                    page.wait_for_function(target.complete, polling=20, timeout=TIMEOUT_S * 1000)
                    page.evaluate(NEXT_FRAME_JS)
                    result[kind + "_complete"] = time.perf_counter() - started
            except Exception:  # noqa: BLE001 - reported as not drawn
                result.setdefault(kind, None)
            phases = page.evaluate(PHASES_JS)
            result[kind + "_dcl"] = phases["dcl"] and phases["dcl"] / 1000
            result[kind + "_iframe"] = phases["iframe"] and phases["iframe"] / 1000
            page.wait_for_timeout(500)
        if meter.foreign:
            raise RuntimeError(f"{target.name} asked for hosts off localhost: {meter.foreign[:5]}")
    return result


def build_store(n: int, workdir: Path) -> tuple[Path, list[dict[str, Any]]]:
    """The bench's store of ``n`` incidents (bench_dashboard.measure_size's import)."""
    records = synthetic_incidents(n, seed=SEED)
    directory = workdir / f"data-{n}"
    if not (directory / data.DB_NAME).exists():
        import_records(directory, records, export=n > SYNC_EXPORT_LIMIT)
    return directory, records


def summary(values: Sequence[float | None]) -> str:
    done = [v for v in values if v is not None]
    if not done:
        return "not drawn"
    missed = len(values) - len(done)
    return f"{statistics.median(done):.2f} ({min(done):.2f})" + (f" [{missed} not drawn]" if missed else "")


def run(sizes: Sequence[int], rounds: int, checkouts: Sequence[tuple[str, Path]], workdir: Path,
        plain_sizes: Sequence[int], out: Any = sys.stdout, bare: bool = True) -> list[Target]:
    from playwright.sync_api import sync_playwright

    assets.copy_assets()
    shapes = data.read_json(data.DEFAULT_STATES)
    site = workdir / "naive-site"
    naive_map.prepare_site(site)
    targets: list[Target] = []
    with sync_playwright() as playwright, contextlib.ExitStack() as stack:
        browser = launch(playwright)
        stack.callback(browser.close)
        base = stack.enter_context(naive_map.serving(site))
        stores = {n: build_store(n, workdir) for n in sorted(set(sizes) | set(plain_sizes))}
        for n in plain_sizes:
            page = naive_map.write_page(stores[n][1], shapes, site, name=f"naive-{n}.html")
            targets.append(Target(f"plain folium {n:,}", f"{base}/{page.name}", MAP_READY_JS,
                                  [len(stores[n][1]), False]))
        if bare:
            targets.append(Target("bare write", stack.enter_context(bare_server(BARE_WRITE, "bare_write", workdir)),
                                  WRITE_DRAWN_JS))
            targets.append(Target("bare folium", stack.enter_context(bare_server(BARE_FOLIUM, "bare_folium", workdir)),
                                  MAP_READY_JS, [1, False]))
        for n in sizes:
            directory, records = stores[n]
            markers = expected_for(records).markers
            for label, checkout in [("ours", ROOT), *checkouts]:
                url = stack.enter_context(ours_server(checkout, directory, f"{label}-{n}", workdir))
                targets.append(Target(f"{label} {n:,}", url, MAP_READY_JS, [markers, True], CONTROLS_JS))
        for target in targets:  # the first visit after a start (caches, the warm-up): not counted
            if not target.name.startswith("plain"):
                warm = visit(browser, target, reload=False)
                print(f"{target.name}: first visit after start {_s(warm['first'])} s (load {warm['load']:.1f})",
                      file=out, flush=True)
        for round_ in range(rounds):
            shift = round_ % len(targets)
            order = targets[shift:] + targets[:shift]
            if round_ % 2:
                order.reverse()
            for target in order:
                result = visit(browser, target)
                target.visits.append(result)
                complete = (f"; controls shown {_s(result.get('first_complete'))} / {_s(result.get('repeat_complete'))} s"
                            if target.complete else "")
                print(f"round {round_} {target.name}: first {_s(result['first'])} s (DOMContentLoaded "
                      f"{_s(result['first_dcl'])}, iframe {_s(result['first_iframe'])}), repeat "
                      f"{_s(result['repeat'])} s (DOMContentLoaded {_s(result['repeat_dcl'])}, iframe "
                      f"{_s(result['repeat_iframe'])}){complete} (load {result['load']:.1f})", file=out, flush=True)
    print("\ntarget: first visit median (best) / repeat visit median (best) / iframe exists, first / repeat, "
          "medians / load min-max", file=out)
    for target in targets:
        v = target.visits
        loads = [r["load"] for r in v]
        print(f"{target.name}: {summary([r['first'] for r in v])} s / {summary([r['repeat'] for r in v])} s / "
              f"{summary([r['first_iframe'] for r in v])} / {summary([r['repeat_iframe'] for r in v])} s "
              f"/ load {min(loads):.1f}-{max(loads):.1f}", file=out, flush=True)
        if target.complete:
            print(f"{target.name}, controls and figures shown: first {summary([r.get('first_complete') for r in v])} s"
                  f" / repeat {summary([r.get('repeat_complete') for r in v])} s", file=out, flush=True)
    return targets


def _s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="our dashboard's sizes (default 1000,10000)")
    parser.add_argument("--plain-sizes", default=None, help="plain folium's sizes (default: --sizes)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--checkout", action="append", default=[], metavar="NAME=DIR",
                        help="another checkout served beside ours (repeatable)")
    parser.add_argument("--no-bare", action="store_true", help="leave out the bare Streamlit apps")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the stores here (default: a temporary folder)")
    args = parser.parse_args(argv)
    # A SIGTERM ends the run through the servers' clean-up (their process groups), not around it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    plain = sizes if args.plain_sizes is None else [int(s) for s in args.plain_sizes.split(",") if s.strip()]
    with contextlib.ExitStack() as stack:
        workdir = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mxmap-floor-")))
        workdir.mkdir(parents=True, exist_ok=True)
        checkouts = [(name, Path(folder).resolve()) for name, folder in (c.split("=", 1) for c in args.checkout)]
        run(sizes, args.rounds, checkouts, workdir, plain, bare=not args.no_bare)


if __name__ == "__main__":
    main()
