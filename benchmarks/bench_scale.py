"""Archive scale (issue 17), each figure beside the plain way measured in the same run:

- ``build``: articles per second of the single-process build and of ``--engine dask`` on a
  LocalCluster of 1 and 2 workers, over the same synthetic articles (fresh store each), and
  the scaling efficiency (rate with 2 workers / twice the rate with 1);
- ``import``: rows per second and peak RSS of ``python -m app import`` of a synthetic
  JSON Lines archive (a child process, so the RSS is the import's alone);
- ``dashboard queries``: at 100,000 and 1,000,000 synthetic incidents, the server-side time
  of a filter change (figures, per-state summary, timeline, table page) and the process's
  peak RSS, DuckDB over the by-month Parquet against the pandas path (the frame in memory,
  flt.apply, events.events, charts), each in its own child process;
- ``page``: at the largest size, a real ``python -m app serve`` on a demo store, the map
  page loaded in headless Chromium and once more with a state filter: the server
  processes' peak RSS (benchmarks.page_memory).

Sizes: ``--quick`` 200 articles and 10,000 / 100,000 incidents; default 1,000 articles and
100,000 / 1,000,000 incidents; ``--full`` 4,000 articles.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

Figure = tuple[str, float, str]
ROOT = Path(__file__).resolve().parent.parent


def _sizes(quick: bool, full: bool) -> tuple[int, tuple[int, ...]]:
    if quick:
        return 200, (10_000, 100_000)
    return (4000 if full else 1000), (100_000, 1_000_000)


def _app(*args: str, timeout: float = 7200) -> tuple[float, int, str]:
    """Run ``python -m app ...`` under /usr/bin/time-like accounting: (seconds, peak RSS kB, stdout)."""
    script = ("import resource, subprocess, sys, time\n"
              "t = time.perf_counter()\n"
              "done = subprocess.run([sys.executable, '-m', 'app', *sys.argv[1:]], capture_output=True, text=True)\n"
              "elapsed = time.perf_counter() - t\n"
              "assert done.returncode == 0, done.stderr[-2000:]\n"
              "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
              "print(done.stdout)\n")
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    first, _, rest = done.stdout.partition("\n")
    seconds, rss = first.split()
    return float(seconds), int(rss), rest


def bench_build(workdir: Path, articles: int) -> list[Figure]:
    from benchmarks.synthetic_articles import generate_texts
    seeds = workdir / "seeds"
    seeds.mkdir()
    for article_id, text in generate_texts(articles):
        (seeds / f"{article_id}.md").write_text(text, encoding="utf-8")
    figures: list[Figure] = []
    rates: dict[str, float] = {}
    runs = {"plain build": [], "dask build, 1 worker": ["--engine", "dask", "--workers", "1"],
            "dask build, 2 workers": ["--engine", "dask", "--workers", "2"]}
    exports: dict[str, bytes] = {}
    for name, extra in runs.items():
        data = workdir / name.replace(" ", "_").replace(",", "")
        seconds, _, _ = _app("build", "--seeds", str(seeds), "--data", str(data), *extra)
        rates[name] = articles / seconds
        figures.append((f"{name}: {articles:,} articles", rates[name], "articles/s"))
        exports[name] = (data / "incidents.csv").read_bytes()
    if len(set(exports.values())) != 1:
        raise RuntimeError("the Dask build's exports differ from the plain build's")
    figures.append(("dask scaling efficiency, 2 workers vs 1",
                    rates["dask build, 2 workers"] / (2 * rates["dask build, 1 worker"]), "ratio"))
    figures.append(("dask 2 workers vs plain build", rates["dask build, 2 workers"] / rates["plain build"], "x"))
    return figures


def bench_import(workdir: Path, articles: int) -> list[Figure]:
    from benchmarks.synthetic_articles import write_jsonl_archive
    archive = write_jsonl_archive(workdir / "archive.jsonl", articles)
    seconds, rss, _ = _app("import", str(archive), "--data", str(workdir / "imported"))
    return [(f"import: {articles:,} articles", articles / seconds, "rows/s"),
            (f"import: {articles:,} articles, peak RSS", rss / 1024, "MB")]


# ---------------------------------------------------------------- dashboard queries

FILTER_CHANGES = [  # what a reader clicks through, in this order
    {"states": ["Jalisco"]},
    {"states": ["Jalisco", "Sinaloa"], "types": ["death"]},
    {"types": ["arrest"], "text": "arrested"},
    {"date_from": "2024-06-01", "date_to": "2024-08-31"},
    {"actors": ["CJNG"], "max_geo_precision": 2},
    {},
]

def as_filters(change: dict[str, Any]) -> Any:
    """A FILTER_CHANGES entry (JSON values) as the dashboard's Filters."""
    from app.dashboard import filters as flt
    values = dict(change)
    for key in ("date_from", "date_to"):
        if key in values:
            values[key] = dt.date.fromisoformat(values[key])
    for key in ("states", "types", "actors"):
        if key in values:
            values[key] = tuple(values[key])
    return flt.Filters(**values)


_CHILD = r'''
import datetime as dt, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from app.dashboard import charts, events, data as dd
from app.dashboard import filters as flt
from benchmarks.bench_scale import as_filters as filters
mode, folder = sys.argv[1], Path(sys.argv[2])
changes = json.loads(sys.argv[4])

started = time.perf_counter()
if mode == "pandas":
    import pandas as pd
    from app.store.columnar import current_version
    frame = pd.read_parquet(current_version(folder)).drop(columns=["evidence_key", "month"])
    frame = flt.prepare(frame)
    events.events(flt.apply(frame, flt.Filters()))  # the first visit's view, as on the DuckDB side
    def change(f):
        view = flt.apply(frame, f)
        grouped = events.events(view)
        charts.figures(view, grouped); charts.state_summary(grouped); charts.timeline(grouped)
        grouped.sort_values(["event_date", "admin1"], ascending=[False, True]).head(1000)
        if f.date_from:  # the page compares with the period before
            lo, hi = charts.previous_period(f.date_from, f.date_to)
            charts.figures(previous := events.events(flt.apply(frame, f.__class__(date_from=lo, date_to=hi))), previous)
else:
    from app.store.queries import IncidentQueries
    queries = IncidentQueries(folder)
    queries.overview()
    # the page's first visit, before any filter change: the view without a filter
    queries.view(dd.incident_query(flt.Filters()), page_size=1000, unplaced_rows=500)
    def change(f):  # what the queried map page asks (queried_page.main)
        queries.view(dd.incident_query(f), page_size=1000, unplaced_rows=500)
        if f.date_from:
            lo, hi = charts.previous_period(f.date_from, f.date_to)
            queries.view(dd.incident_query(f.__class__(date_from=lo, date_to=hi)), page_size=0)
loaded = time.perf_counter() - started
times = []
for c in changes:
    t = time.perf_counter(); change(filters(c)); times.append(time.perf_counter() - t)
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child forked from a parent
# that had just made a million records reported the parent's size (1.8 GB "DuckDB peaks")
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"load": loaded, "times": times, "rss_mb": peak_kb / 1024}))
'''


def write_incidents_dataset(folder: Path, n: int) -> None:
    """The by-month Parquet of ``n`` demo incidents (as a build would write it), without SQLite."""
    from app.demo import demo_records
    from app.store.columnar import month_of, write_month_partitions
    records, _ = demo_records(n)
    for record in records:
        record["status"] = "auto"
    records.sort(key=lambda r: (month_of(r), r["article"], r["incident_id"]))
    write_month_partitions(iter(records), folder)


def _query_child(mode: str, folder: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", _CHILD, mode, str(folder), str(ROOT), json.dumps(FILTER_CHANGES)],
                          cwd=ROOT, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_queries(workdir: Path, n: int) -> list[Figure]:
    folder = workdir / f"incidents-{n}"
    write_incidents_dataset(folder, n)
    figures: list[Figure] = []
    for mode in ("pandas", "duckdb"):
        got = _query_child(mode, folder)
        figures += [(f"{n:,} incidents, {mode}: load average (1 min) after", os.getloadavg()[0], "runnable")]
        figures += [(f"{n:,} incidents, {mode}: filter change {json.dumps(change)}", seconds, "s")
                    for change, seconds in zip(FILTER_CHANGES, got["times"])]
        figures += [(f"{n:,} incidents, {mode}: filter change (median)", statistics.median(got["times"]), "s"),
                    (f"{n:,} incidents, {mode}: filter change (slowest)", max(got["times"]), "s"),
                    (f"{n:,} incidents, {mode}: first load", got["load"], "s"),
                    (f"{n:,} incidents, {mode}: server peak RSS", got["rss_mb"], "MB")]
    shutil.rmtree(folder, ignore_errors=True)
    return figures


def bench_page(workdir: Path, n: int) -> list[Figure]:
    from benchmarks import page_memory
    store = workdir / f"store-{n}"
    _app("demo", "--incidents", str(n), "--data", str(store))
    got = page_memory.measure(store)
    shutil.rmtree(store, ignore_errors=True)
    return [(f"{n:,} incidents, served map page: {name.rsplit(' (', 1)[0]}", value, name.rsplit(" (", 1)[1][:-1])
            for name, value in got.items()]


def run(*, quick: bool, full: bool, parts: tuple[str, ...] = ("build", "import", "queries", "page")) -> list[Figure]:
    articles, incident_sizes = _sizes(quick, full)
    only = os.environ.get("MXMAP_BENCH_SCALE_PARTS")  # e.g. "queries" to run one part
    if only:
        parts = tuple(only.split(","))
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        workdir = Path(tmp)
        if "build" in parts:
            figures += bench_build(workdir, articles)
        if "import" in parts:
            figures += bench_import(workdir, articles)
        if "queries" in parts:
            for n in incident_sizes:
                figures += bench_queries(workdir, n)
        if "page" in parts:
            figures += bench_page(workdir, incident_sizes[-1])
    return figures
