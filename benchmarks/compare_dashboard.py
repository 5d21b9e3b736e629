"""Two checkouts of the dashboard on one store, measured in one run, visits alternated.

    python -m benchmarks.compare_dashboard STORE BEFORE_CHECKOUT [--rounds N]

Starts ``python -m app serve --data STORE`` from BEFORE_CHECKOUT (its own ``.venv``) and from
this checkout, then, in one headless Chromium, makes the first visit after start on each,
then ``--rounds`` visits of each (fresh browser profile: first visit, a reload in the same
profile: repeat visit, then the three filter changes of bench_dashboard), alternating which
goes first, and reads both servers' memory. The machine's load moves the same way for both,
which a comparison of two separate benchmark runs on a shared machine cannot promise.

A checkout of an older commit: ``git archive <commit> | tar -x -C DIR``, then link ``.venv``
and ``node_modules`` into DIR.
"""
from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Iterator

from app.store import read_incidents
from benchmarks.bench_dashboard import expected_for, filter_steps, free_port, server_rss, visit_ours
from benchmarks.browser import launch
from benchmarks.floor_dashboard import load_average, process_server, server_pid

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def server(checkout: Path, store: Path, log: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    command = [str(checkout / ".venv" / "bin" / "python"), "-m", "app", "serve", "--data", str(store), "--port", str(port)]
    with process_server(command, checkout, log, port=port) as url:
        yield url, server_pid(url)


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    records = read_incidents(args.store).to_dict("records")
    expected, steps = expected_for(records), filter_steps(records)
    checkouts = {"before": args.before.resolve(), "after": ROOT}
    with sync_playwright() as playwright, contextlib.ExitStack() as stack:
        browser = launch(playwright)
        stack.callback(browser.close)
        servers = {name: stack.enter_context(server(path, args.store, Path(f"/tmp/compare-{name}.log")))
                   for name, path in checkouts.items()}
        for name, (url, _) in servers.items():
            visit = visit_ours(browser, url, expected, 2.0, ())
            print(f"{name}: first visit after server start, drawn map {visit.drawn_s} s (load {load_average()})",
                  flush=True)
        for round_ in range(args.rounds):
            for name in ("before", "after") if round_ % 2 == 0 else ("after", "before"):
                load = load_average()
                v = visit_ours(browser, servers[name][0], expected, 2.0, steps)
                changes = "; ".join(f"{kind} {r[0] and round(r[0], 2)} / {r[1] and round(r[1], 2)} s (page clock "
                                    f"{r[4] and round(r[4], 2)} s), gap {r[2]:.0f} ms, {r[3] / 1e6:.3f} MB"
                                    for kind, r in (v.steps or {}).items())
                print(f"{name} round {round_}: first visit {v.drawn_s and round(v.drawn_s, 2)} s, repeat visit "
                      f"{v.repeat_s and round(v.repeat_s, 2)} s, bytes {v.bytes_total / 1e6:.2f} MB (repeat "
                      f"{v.repeat_bytes / 1e6:.2f} MB); filter changes, figures / map: {changes} "
                      f"(load {load} -> {load_average()})", flush=True)
        for name, (_, pid) in servers.items():
            print(f"{name}: server memory {server_rss(pid) / 1e6:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
