"""The server's memory under a reload loop, long enough to say flat or not (issue 15, eleventh pass).

    python -m benchmarks.reload_memory STORE [--reloads 40] [--pause 150] [--checkout DIR]

Serves STORE (``python -m app serve``, from this checkout or ``--checkout``'s, its own .venv),
makes one visit, then ``--reloads`` page loads in one browser profile, each a new Streamlit
session, each waiting for the drawn map (bench_dashboard.reload_loop's visit), and reads the
resident memory of the server's processes after each. Then the page is closed and, after
``--pause`` seconds (longer than Streamlit's ``server.disconnectedSessionTTL``, 120 s by
default, during which a closed tab's session is kept for a reconnect), one more visit is made and
closed (Streamlit drops expired sessions when its session storage next changes), and memory is
read again after a few seconds.

Prints each reading with the load average, then the least-squares slope in MB per reload with
its standard error, the slopes of the loop's two halves, and the memory before the loop, at its
end and after the pause.
"""
from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Sequence

from app.store import read_incidents
from benchmarks.bench_dashboard import TIMEOUT_S, expected_for, server_rss
from benchmarks.browser import fresh_page, launch, wait_drawn
from benchmarks.floor_dashboard import load_average, ours_server, server_pid

ROOT = Path(__file__).resolve().parents[1]


def slope(values: Sequence[float]) -> tuple[float, float]:
    """Least-squares slope of ``values`` against 0, 1, 2, ... and its standard error."""
    n = len(values)
    if n < 3:
        return (values[-1] - values[0]) / max(1, n - 1) if n > 1 else 0.0, float("nan")
    xs = range(n)
    mx, my = (n - 1) / 2, statistics.fmean(values)
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, values)) / sxx
    residual = sum((y - (my + b * (x - mx))) ** 2 for x, y in zip(xs, values))
    return b, (residual / (n - 2) / sxx) ** 0.5


def run(store: Path, reloads: int, pause: float, checkout: Path, workdir: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    records = read_incidents(store).to_dict("records")
    markers = expected_for(records).markers
    readings: list[float] = []
    with sync_playwright() as playwright, ours_server(checkout, store, "reload-memory", workdir) as url:
        pid = server_pid(url)
        browser = launch(playwright)
        try:
            with fresh_page(browser) as (page, _):
                started = time.perf_counter()
                page.goto(url, wait_until="commit")
                drawn = wait_drawn(page, markers, True, started, TIMEOUT_S)
                print(f"first visit after start: drawn {drawn} s; server {server_rss(pid) / 1e6:.1f} MB "
                      f"(load {load_average():.1f})", flush=True)
            with fresh_page(browser) as (page, _):
                for i in range(reloads):
                    started = time.perf_counter()
                    page.goto(url, wait_until="commit")
                    drawn = wait_drawn(page, markers, True, started, TIMEOUT_S)
                    page.wait_for_timeout(1000)  # what follows the map (the tables) arrives too
                    readings.append(server_rss(pid) / 1e6)
                    print(f"reload {i + 1}: drawn {drawn and round(drawn, 2)} s, server {readings[-1]:.1f} MB "
                          f"(load {load_average():.1f})", flush=True)
            time.sleep(pause)
            with fresh_page(browser) as (page, _):
                started = time.perf_counter()
                page.goto(url, wait_until="commit")
                wait_drawn(page, markers, True, started, TIMEOUT_S)
            time.sleep(5)
            after = server_rss(pid) / 1e6
        finally:
            browser.close()
    b, se = slope(readings)
    half = len(readings) // 2
    first_half, second_half = slope(readings[:half])[0], slope(readings[half:])[0]
    print(f"\n{reloads} reloads: slope {b:+.3f} MB per reload (standard error {se:.3f}); halves {first_half:+.3f} / "
          f"{second_half:+.3f}; {readings[0]:.1f} MB after the first reload, {readings[-1]:.1f} MB after the last, "
          f"max {max(readings):.1f}; {after:.1f} MB after {pause:.0f} s and one more visit", flush=True)
    return {"slope": b, "stderr": se, "first": readings[0], "last": readings[-1], "after_pause": after}


def main(argv: Sequence[str] | None = None) -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--reloads", type=int, default=40)
    parser.add_argument("--pause", type=float, default=150.0)
    parser.add_argument("--checkout", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    with tempfile.TemporaryDirectory(prefix="mxmap-memory-") as tmp:
        run(args.store, args.reloads, args.pause, args.checkout.resolve(), Path(tmp))


if __name__ == "__main__":
    main()
