"""The map page's server memory on a real store (issue 17): ``python -m app serve`` on the
store, the page loaded in headless Chromium until the map is drawn, then a filter change
(a state, through the URL); prints the peak and current resident memory of the server's
processes (serve and Streamlit: the sum of each one's peak, an upper bound) and the
seconds each load took.

    .venv/bin/python -m benchmarks.page_memory DATA_DIR   # a store, e.g. from `python -m app demo`
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_dashboard import dashboard_server, server_rss
from benchmarks.browser import CHROMIUM, fresh_page, launch

FIGURES_JS = "() => document.querySelectorAll('[data-testid=\"stMetricValue\"]').length >= 4"
MAP_JS = """() => Array.from(document.querySelectorAll('iframe')).some(f => {
    try { const w = f.contentWindow; return w.MxIncidents && w.MxIncidents.current
          && w.MxIncidents.current.drawnShown > 0; } catch (e) { return false; } })"""
TIMEOUT_MS = 600_000
PORT = int(os.environ.get("MXMAP_BENCH_PORT", "8711"))


def peaks(pid: int) -> dict[str, int]:
    """Peak resident bytes (VmHWM) of each process in ``pid``'s process group: "serve" (``pid``
    itself) and its children ("child 1", ... by process id)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[2]) != pid:
                continue
            for line in (stat.parent / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    found[int(stat.parent.name)] = int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    children = sorted(p for p in found if p != pid)
    return {("serve" if p == pid else f"child {children.index(p) + 1}"): found[p] for p in sorted(found)}


def peak_rss(pid: int) -> int:
    """Sum of the peak resident bytes (VmHWM) of the processes in ``pid``'s process group."""
    return sum(peaks(pid).values())


def measure(data_dir: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"needs Chromium at {CHROMIUM}")
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp, \
            dashboard_server(data_dir, Path(tmp) / "serve.log", timeout=600, port=PORT) as (url, _, pid), \
            sync_playwright() as playwright:
        browser = launch(playwright)
        with fresh_page(browser) as (page, _):
            started = time.perf_counter()
            page.goto(url, timeout=TIMEOUT_MS)
            page.wait_for_function(FIGURES_JS, polling=200, timeout=TIMEOUT_MS)
            page.wait_for_function(MAP_JS, polling=200, timeout=TIMEOUT_MS)
            figures["first visit: map drawn (s)"] = time.perf_counter() - started
            figures["server RSS after the first visit (MB)"] = server_rss(pid) / 2**20
            started = time.perf_counter()
            page.goto(url + "/?states=Jalisco", timeout=TIMEOUT_MS)
            page.wait_for_function(FIGURES_JS, polling=200, timeout=TIMEOUT_MS)
            page.wait_for_function(MAP_JS, polling=200, timeout=TIMEOUT_MS)
            figures["a second visit with a state filter: map drawn (s)"] = time.perf_counter() - started
        browser.close()
        figures["server RSS at the end (MB)"] = server_rss(pid) / 2**20
        for process, peak in peaks(pid).items():
            figures[f"server peak RSS, {process} (MB)"] = peak / 2**20
        figures["server peak RSS, sum of its processes' peaks (MB)"] = peak_rss(pid) / 2**20
    return figures


if __name__ == "__main__":
    print(f"load average before: {os.getloadavg()}", flush=True)
    for name, value in measure(Path(sys.argv[1])).items():
        print(f"{name}: {value:.1f}", flush=True)
    print(f"load average after: {os.getloadavg()}", flush=True)
