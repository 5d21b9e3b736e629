"""``python -m app bench``: runs the benchmarks kept under benchmarks/.

Each benchmark module exposes ``run(*, quick: bool, full: bool) -> list[tuple[str, float, str]]``
(name, value, unit); this command prints one ``name: value unit`` line per figure, then a table.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

BENCHMARKS: dict[str, str] = {
    "geocode": "benchmarks.bench_geocode",
    "extract": "benchmarks.bench_extract",
    "dashboard": "benchmarks.bench_dashboard",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("which", nargs="?", default="all", choices=[*BENCHMARKS, "all"])
    parser.add_argument("--quick", action="store_true", help="small sizes, finishes in under two minutes")
    parser.add_argument("--full", action="store_true", help="the largest sizes (e.g. 10,000 articles)")


def run(args: argparse.Namespace) -> int:
    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    names = list(BENCHMARKS) if args.which == "all" else [args.which]
    rows: list[tuple[str, str, float, str]] = []
    for name in names:
        try:
            module = importlib.import_module(BENCHMARKS[name])
        except ModuleNotFoundError as exc:
            print(f"{name}: not available ({exc})", file=sys.stderr)
            continue
        for figure, value, unit in module.run(quick=args.quick, full=args.full):
            print(f"{figure}: {value:.6g} {unit}", flush=True)
            rows.append((name, figure, value, unit))
    if rows:
        width = max(len(r[1]) for r in rows)
        print()
        print(f"{'benchmark':<10} {'figure':<{width}} {'value':>14} unit")
        for name, figure, value, unit in rows:
            print(f"{name:<10} {figure:<{width}} {value:>14.6g} {unit}")
    return 0
