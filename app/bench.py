"""``python -m app bench [geocode|extract|dashboard|scale|all] [--quick|--full]``: runs the benchmarks
kept under benchmarks/.

``benchmarks`` is a package beside ``app`` in the repository root: wherever ``python -m
app`` finds ``app`` (the root as the working folder, or on PYTHONPATH), it finds the
benchmarks too, so nothing is put on ``sys.path`` here.

Each benchmark module exposes ``run(*, quick: bool, full: bool) -> list[tuple[str, float, str]]``
(name, value, unit); this command prints one ``name: value unit`` line per figure as it
comes, then a table of them all. ``all`` runs every benchmark; one that fails is reported
and the others still run (the exit status is then 1).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback

BENCHMARKS: dict[str, str] = {
    "geocode": "benchmarks.bench_geocode",
    "extract": "benchmarks.bench_extract",
    "dashboard": "benchmarks.bench_dashboard",
    "scale": "benchmarks.bench_scale",
}

Row = tuple[str, str, float, str]  # benchmark, figure, value, unit


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("which", nargs="?", default="all", choices=[*BENCHMARKS, "all"])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small sizes; `all` finishes in under two minutes")
    size.add_argument("--full", action="store_true",
                      help="the largest sizes and more repeats; `all` finishes in under fifteen minutes")


def format_value(value: object) -> str:
    return f"{value:.6g}" if isinstance(value, (int, float)) else str(value)


def run_one(name: str, quick: bool, full: bool) -> list[Row] | None:
    """The figures of one benchmark, printed as they come; None when it could not run."""
    cpus = _affinity()
    try:
        module = importlib.import_module(BENCHMARKS[name])
        started = time.perf_counter()
        figures = module.run(quick=quick, full=full)
    except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
        traceback.print_exc()
        print(f"{name}: failed ({type(exc).__name__}: {exc})", file=sys.stderr, flush=True)
        return None
    finally:
        # bench_extract pins this process to one core for its per-core figure; the next
        # benchmark (and the server and browser it starts) must get every core back.
        _set_affinity(cpus)
    rows = [(name, figure, value, unit) for figure, value, unit in figures]
    rows.append((name, "benchmark wall time", time.perf_counter() - started, "s"))
    for _, figure, value, unit in rows:
        print(f"{figure}: {format_value(value)} {unit}", flush=True)
    return rows


def _affinity() -> set[int] | None:
    try:
        return os.sched_getaffinity(0)
    except (AttributeError, OSError):
        return None


def _set_affinity(cpus: set[int] | None) -> None:
    if cpus:
        try:
            os.sched_setaffinity(0, cpus)
        except (AttributeError, OSError):
            pass


def print_table(rows: list[Row]) -> None:
    width = max(len(r[1]) for r in rows)
    print()
    print(f"{'benchmark':<10} {'figure':<{width}} {'value':>12} unit")
    for name, figure, value, unit in rows:
        print(f"{name:<10} {figure:<{width}} {format_value(value):>12} {unit}")


def run(args: argparse.Namespace) -> int:
    # `all` keeps its old meaning and length: `scale` builds a million incidents (run it by name)
    names = [n for n in BENCHMARKS if n != "scale"] if args.which == "all" else [args.which]
    rows: list[Row] = []
    failed = []
    for name in names:
        result = run_one(name, args.quick, args.full)
        if result is None:
            failed.append(name)
        else:
            rows += result
    if rows:
        print_table(rows)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0
