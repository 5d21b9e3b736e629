"""``python -m app build``: all seeds -> data/incidents.csv and .geojson, deterministic and atomic."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from app import build
from app.store import load_incidents

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "build", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_build_writes_the_data_files_deterministically(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _run("--data", str(data))
    assert first.returncode == 0, first.stderr
    assert "2 articles" in first.stdout and "incidents" in first.stdout and "0 skipped" in first.stdout
    csv_bytes = (data / "incidents.csv").read_bytes()
    geojson_bytes = (data / "incidents.geojson").read_bytes()
    assert _run("--data", str(data)).returncode == 0
    assert (data / "incidents.csv").read_bytes() == csv_bytes
    assert (data / "incidents.geojson").read_bytes() == geojson_bytes
    frame = load_incidents(data)
    assert len(frame) > 10 and set(frame["article"]) == {"000_39659762da020909", "001_722de48f1f58a2b1"}
    assert frame["incident_id"].is_unique
    features = json.loads(geojson_bytes)["features"]
    assert len(features) == len(frame)
    assert not list(data.glob(".*.tmp"))  # no half-written temporaries left


def test_if_stale_skips_unchanged_and_rebuilds_changed_input(tmp_path: Path) -> None:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    shutil.copytree(ROOT / "seeds", seeds)
    assert _run("--seeds", str(seeds), "--data", str(data), "--if-stale").returncode == 0
    again = _run("--seeds", str(seeds), "--data", str(data), "--if-stale")
    assert "up to date" in again.stdout
    extra = seeds / "002_extra.txt"
    extra.write_text("---\ndate: 2026-02-22\nlanguage: es\n---\nHubo bloqueos en Celaya.\n", encoding="utf-8")
    rebuilt = _run("--seeds", str(seeds), "--data", str(data), "--if-stale")
    assert "3 articles" in rebuilt.stdout
    assert "Celaya" in (data / "incidents.csv").read_text(encoding="utf-8")


def test_bad_files_are_skipped_and_reported(tmp_path: Path) -> None:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Gunmen set up roadblocks in Celaya on Sunday.", encoding="utf-8")
    (seeds / "bad.txt").write_bytes(bytes(range(256)) * 10)
    result = _run("--seeds", str(seeds), "--data", str(data))
    assert result.returncode == 0
    assert "1 articles" in result.stdout and "1 skipped" in result.stdout and "bad.txt" in result.stderr


def test_article_files_ignore_metadata_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    assert [p.name for p in build.article_files(tmp_path)] == ["a.md"]
