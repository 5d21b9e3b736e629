"""``python -m app extract``: JSON Lines on stdout, bad files reported and skipped."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.records import FIELDS, validation_errors

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "extract", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_extract_writes_json_lines_and_continues_after_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("---\ndate: 2026-02-22\nlanguage: es\n---\nHubo bloqueos en Celaya y Irapuato.\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = _run(str(binary), str(good), str(empty), str(missing))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("error: ") for line in errors)
    assert any("binary.txt" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["admin2"] for r in records) == ["Celaya", "Irapuato"]
    for record in records:
        assert list(record) == list(FIELDS) and validation_errors(record) == []


def test_extract_date_and_lang_override(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Zondag werden wegen geblokkeerd in Celaya.", encoding="utf-8")
    result = _run("--date", "2026-02-23", "--lang", "nl", str(path))
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["event_date"], record["language"]) == ("2026-02-22", "nl")


def test_extract_reads_seed_metadata_next_to_the_file() -> None:
    result = _run("seeds/001_722de48f1f58a2b1.txt")
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["language"] == "nl" for r in records)


def test_extract_bad_date_is_a_usage_error() -> None:
    result = _run("--date", "yesterday", "seeds/001_722de48f1f58a2b1.txt")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
