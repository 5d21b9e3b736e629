"""Geocoder timings for ``python -m app bench geocode`` (or ``python -m benchmarks.bench_geocode``).

Figures: cold load time (a fresh interpreter importing the geocoder and loading the
place table, minus the bare interpreter start-up), lookups per second on repeated names
(served by the resolve cache) and on distinct names (each name asked once, cache cold),
and peak memory of the loaded geocoder. Targets (issue 3): load ≤ 1 s, ≥ 100,000/s
repeated, ≥ 20,000/s distinct, on one core. Also: reverse geocoding (first call loads
the municipality shapes; then point-in-polygon per point, many of them in the sea).
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_COLD_LOAD = """
import json, resource, sys, time
t0 = time.perf_counter()
from app.geo.geocoder import OfflineGeocoder
g = OfflineGeocoder()
g.resolve("Culiacán")
t1 = time.perf_counter()
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load": t1 - t0, "rss_mb": rss_mb}))
"""


def run(*, quick: bool, full: bool) -> list[tuple[str, float, str]]:
    repeats = 3 if quick else 5
    cold = [_cold_load() for _ in range(repeats)]
    load_s = min(c["load"] for c in cold)  # best of n: the machine is shared
    process_s = min(c["process"] for c in cold)
    peak_mb = max(c["rss_mb"] for c in cold)

    from app.geo.geocoder import OfflineGeocoder

    geocoder = OfflineGeocoder()
    names = _distinct_names(geocoder, 20_000 if quick else (200_000 if full else 60_000))
    repeated = names[:50] * (2_000 if quick else 10_000)
    for name in names[:50]:
        geocoder.resolve(name)  # warm the cache for the repeated-name figure
    t0 = time.perf_counter()
    for name in repeated:
        geocoder.resolve(name)
    repeated_rate = len(repeated) / (time.perf_counter() - t0)

    fresh = OfflineGeocoder(geocoder.table)  # a cold resolve cache
    t0 = time.perf_counter()
    for name in names:
        fresh.resolve(name)
    distinct_rate = len(names) / (time.perf_counter() - t0)
    # reverse(): the shapes load lazily on the first call, then an STRtree query per point.
    t0 = time.perf_counter()
    geocoder.reverse((20.67, -103.35))
    shapes_s = time.perf_counter() - t0
    points = [(15.0 + (i * 7919 % 1700) / 100, -117.0 + (i * 104729 % 3000) / 100)
              for i in range(2_000 if quick else 10_000)]
    t0 = time.perf_counter()
    for point in points:
        geocoder.reverse(point)
    reverse_rate = len(points) / (time.perf_counter() - t0)
    return [
        ("cold load", load_s, "s"),
        ("cold process (interpreter + load + 1 lookup)", process_s, "s"),
        ("lookups repeated names", repeated_rate, "lookups/s"),
        ("lookups distinct names", distinct_rate, "lookups/s"),
        ("peak memory (cold load process)", peak_mb, "MB"),
        ("reverse: first call (loads shapes)", shapes_s, "s"),
        ("reverse lookups", reverse_rate, "lookups/s"),
    ]


def _cold_load() -> dict[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _COLD_LOAD], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=120)
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    figures["process"] = time.perf_counter() - t0
    return figures


def _distinct_names(geocoder: object, count: int) -> list[str]:
    """Real names in the spellings articles use: gazetteer names, then the same names
    in upper case, without accents, and with a state suffix, until ``count`` are distinct
    (about one in ten is a miss, as in real candidate lists)."""
    import unicodedata

    table = geocoder.table  # type: ignore[attr-defined]
    base = sorted({e.name for e in table.entities})
    variants = [
        lambda n: n,
        lambda n: n.upper(),
        lambda n: "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)),
        lambda n: n + ", Jalisco",
        lambda n: n.lower() + " town",  # a miss
    ]
    out: list[str] = []
    seen: set[str] = set()
    for variant in variants:
        for name in base:
            candidate = variant(name)
            if candidate not in seen:
                seen.add(candidate)
                out.append(candidate)
            if len(out) >= count:
                return out
    return out


if __name__ == "__main__":
    for figure, value, unit in run(quick="--quick" in sys.argv, full="--full" in sys.argv):
        print(f"{figure}: {value:.6g} {unit}")
