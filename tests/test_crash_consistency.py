"""Crash consistency: ``build`` and ``add`` killed (SIGKILL) at seeded random moments on a
store with reviews; the recovery run (``build --if-stale``, what ``make run`` does) must
keep every review, audit row and added article, and the exports must match the store.

The default suite runs a few trials; ``pytest -m crash tests/test_crash_consistency.py``
runs CRASH_TRIALS of them. Where the kill lands varies with the machine's speed, but what
is checked holds for any moment, so the test has no timing assertion.
"""
from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli_helpers import run_main
from app.store import CSV_NAME, GEOJSON_NAME, SYSTEM_ACTOR, Store, records_to_csv, records_to_geojson

ROOT = Path(__file__).resolve().parent.parent
CRASH_TRIALS = 30
QUICK_TRIALS = 3
# Enough articles that a build writes for seconds (several MB of pages: SQLite spills them
# to the file before COMMIT, so a kill then leaves a hot journal).
GENERATED_ARTICLES = 600
TOWNS = ("Zapopan, Jalisco", "Celaya, Guanajuato", "Culiacán, Sinaloa", "Uruapan, Michoacán",
         "Reynosa, Tamaulipas", "Tijuana, Baja California", "Acapulco, Guerrero", "Fresnillo, Zacatecas")


_main = run_main  # `python -m app ...` in this process


def _article_text(number: int, version: int = 1) -> str:
    town = TOWNS[(number + version) % len(TOWNS)]
    return (f"---\ndate: 2026-03-{number % 28 + 1:02d}\nlanguage: es\ntitle: Nota {number}\n---\n"
            f"Hombres armados bloquearon la carretera e incendiaron {number + version + 1} vehículos en {town} "
            f"este domingo. Murieron {number % 7 + 1} personas y la Guardia Nacional detuvo a "
            f"{number % 5 + 1} sospechosos.\n")


@dataclass(frozen=True)
class Base:
    """A built store with reviews and added articles made after its last backup."""

    seeds: Path            # the seeds of the killed builds: every article changed since the base build
    data: Path
    extra: Path            # an article file the `add` trials add
    reviewer_rows: frozenset[tuple]
    statuses: dict[str, str]
    added: frozenset[str]
    run_seconds: float     # how long an uninterrupted build takes here


def _reviewer_rows(data: Path) -> frozenset[tuple]:
    with Store(data) as db:
        rows = db.conn.execute("SELECT change_id, actor, action, incident_id, article, field, new_value "
                               "FROM audit WHERE actor != ?", (SYSTEM_ACTOR,)).fetchall()
    return frozenset(tuple(r) for r in rows)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    root = tmp_path_factory.mktemp("crash")
    seeds, changed = root / "seeds", root / "seeds-changed"
    for folder, version in ((seeds, 1), (changed, 2)):
        shutil.copytree(ROOT / "seeds", folder)
        for number in range(GENERATED_ARTICLES):
            (folder / f"gen_{number:04d}.md").write_text(_article_text(number, version), encoding="utf-8")
    data = root / "data"
    assert _main("build", "--seeds", str(seeds), "--data", str(data)).returncode == 0
    for number in (5000, 5001):  # added after the build: not in the backup
        path = root / f"added_{number}.md"
        path.write_text(_article_text(number), encoding="utf-8")
        assert _main("add", "--data", str(data), str(path)).returncode == 0
    with Store(data) as db:  # reviews after the build: not in the backup either
        ids = [r["incident_id"] for r in db.records()]
        db.set_status(ids[0:5], "approved", actor="ana")
        db.set_status(ids[5:8], "rejected", actor="ana")
        db.update_incident(ids[8], {"fatalities": 41}, actor="ben")
        db.export()
        statuses = {i: db.incident(i)["status"] for i in ids[:9]}
        added = frozenset(a for a, meta in db.articles().items() if meta["origin"] == "cli")
    assert len(added) == 2
    extra = root / "extra.md"
    extra.write_text(_article_text(9000), encoding="utf-8")
    started = time.monotonic()
    probe = root / "probe"
    shutil.copytree(data, probe)
    subprocess.run([sys.executable, "-m", "app", "build", "--seeds", str(changed), "--data", str(probe)],
                   cwd=ROOT, capture_output=True, check=True, timeout=300)
    return Base(changed, data, extra, _reviewer_rows(data), statuses, added, time.monotonic() - started)


def _killed_run(base: Base, data: Path, command: str, delay: float) -> None:
    args = (["build", "--seeds", str(base.seeds)] if command == "build" else ["add", str(base.extra)])
    process = subprocess.Popen([sys.executable, "-m", "app", *args, "--data", str(data)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)


def _check_after_recovery(base: Base, data: Path, command: str) -> None:
    recovered = _main("build", "--seeds", str(base.seeds), "--data", str(data), "--if-stale")
    assert recovered.returncode == 0, recovered.stderr
    assert "damaged" not in recovered.stderr, recovered.stderr
    assert not list(data.glob("*.damaged-*"))
    assert not [p.name for p in data.iterdir() if p.name.endswith(".tmp")]
    assert base.reviewer_rows <= _reviewer_rows(data)
    with Store(data) as db:
        assert {i: db.incident(i)["status"] for i in base.statuses} == base.statuses
        articles = db.articles()
        assert base.added <= set(articles)
        for article_id in set(articles) - set(base.added):  # a new article is there whole or not at all
            if articles[article_id]["origin"] == "cli":
                assert command == "add"
                assert db.conn.execute("SELECT COUNT(*) FROM incidents WHERE article = ?",
                                       (article_id,)).fetchone()[0] > 0
        kept = [{k: v for k, v in r.items() if k != "status"} for r in db.records(include_rejected=False)]
    assert (data / CSV_NAME).read_text(encoding="utf-8") == records_to_csv(kept)
    assert (data / GEOJSON_NAME).read_text(encoding="utf-8") == records_to_geojson(kept)


def _trials(base: Base, tmp_path: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    failures: list[str] = []
    for trial in range(count):
        command = rng.choice(("build", "add"))
        delay = rng.uniform(0.2, 1.0) * base.run_seconds
        data = tmp_path / f"trial{trial}"
        shutil.copytree(base.data, data)
        _killed_run(base, data, command, delay)
        try:
            _check_after_recovery(base, data, command)
        except AssertionError as exc:
            failures.append(f"trial {trial} ({command} killed after {delay:.2f} s): {str(exc).splitlines()[0]}")
        shutil.rmtree(data)
    assert not failures, f"{len(failures)} of {count} trials lost or misreported data:\n" + "\n".join(failures)


def test_killed_build_and_add_lose_nothing_quick(base: Base, tmp_path: Path) -> None:
    _trials(base, tmp_path, QUICK_TRIALS, seed=13)


@pytest.mark.slow
@pytest.mark.crash
def test_killed_build_and_add_lose_nothing(base: Base, tmp_path: Path) -> None:
    _trials(base, tmp_path, CRASH_TRIALS, seed=2026)
