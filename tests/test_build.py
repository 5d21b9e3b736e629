"""``python -m app build`` and ``add``: seeds -> the store -> data/incidents.csv and .geojson;
deterministic, atomic, idempotent, keeping human review and surviving damaged files."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import build
from cli_helpers import run_main
from app.store import Store, StoreError, load_incidents, read_incidents

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "build", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


_main = run_main  # `python -m app ...` in this process


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once; tests copy it."""
    data = tmp_path_factory.mktemp("built") / "data"
    assert _main("build", "--data", str(data)).returncode == 0
    return data


def _copy(built: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(built, data)
    return data


def test_build_writes_the_data_files_deterministically(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _run("--data", str(data))
    assert first.returncode == 0, first.stderr
    assert "2 articles" in first.stdout and "incidents" in first.stdout and "0 failed" in first.stdout
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


def test_bad_files_are_reported_and_the_others_built(tmp_path: Path) -> None:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Gunmen set up roadblocks in Celaya on Sunday.", encoding="utf-8")
    (seeds / "bad.txt").write_bytes(bytes(range(256)) * 10)
    result = _run("--seeds", str(seeds), "--data", str(data))
    assert result.returncode == 1  # the good article is built, the failure is not hidden
    assert "1 articles" in result.stdout and "1 failed" in result.stdout and "bad.txt" in result.stderr
    assert "Celaya" in (data / "incidents.csv").read_text(encoding="utf-8")
    again = _run("--seeds", str(seeds), "--data", str(data), "--if-stale")
    assert again.returncode == 1 and "bad.txt" in again.stderr  # reported again, not "up to date"


def test_reader_warnings_are_printed(tmp_path: Path) -> None:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    (seeds / "latin.txt").write_bytes("Bloqueos en Celaya, Guanajuato, el domingo; quemaron veh\xedculos.".encode("cp1252"))
    result = _main("build", "--seeds", str(seeds), "--data", str(data))
    assert result.returncode == 0
    assert any(line.startswith("warning: ") and "latin.txt" in line and "not UTF-8" in line
               for line in result.stderr.splitlines())


def test_an_extractor_failure_costs_only_its_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.extract import incidents
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Gunmen set up roadblocks in Celaya on Sunday.", encoding="utf-8")
    (seeds / "poison.txt").write_text("Soldiers arrested two men in Zamora on Monday.", encoding="utf-8")
    real = incidents.extract_incidents

    def flaky(article, **kwargs):
        if article.id == "poison":
            raise RuntimeError("boom")
        return real(article, **kwargs)

    monkeypatch.setattr(incidents, "extract_incidents", flaky)
    result = _main("build", "--seeds", str(seeds), "--data", str(data))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert any("poison" in line and "extraction failed (RuntimeError: boom)" in line for line in result.stderr.splitlines())
    assert "Celaya" in (data / "incidents.csv").read_text(encoding="utf-8")


def test_article_files_ignore_metadata_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    assert [p.name for p in build.article_files(tmp_path)] == ["a.md"]


def test_the_same_article_twice_adds_nothing(tmp_path: Path, built: Path) -> None:
    seeds, data = tmp_path / "seeds", _copy(built, tmp_path)
    shutil.copytree(ROOT / "seeds", seeds)
    csv_bytes = (data / "incidents.csv").read_bytes()
    copy = seeds / "copy_of_000.txt"
    copy.write_text("\n\n" + (seeds / "000_39659762da020909.txt").read_text(encoding="utf-8") + "  \n",
                    encoding="utf-8")
    again = _main("build", "--seeds", str(seeds), "--data", str(data))
    assert again.returncode == 0 and "not added twice" in again.stderr and "copy_of_000" in again.stderr
    assert (data / "incidents.csv").read_bytes() == csv_bytes
    with Store(data) as db:
        assert sorted(db.articles()) == ["000_39659762da020909", "001_722de48f1f58a2b1"]


def test_rebuild_keeps_human_review(tmp_path: Path, built: Path) -> None:
    """Approved, edited and rejected records survive a full rebuild (re-extraction)."""
    data = _copy(built, tmp_path)
    frame = read_incidents(data)
    first, second, third = frame["incident_id"].head(3)
    with Store(data) as db:
        db.set_status([first], "approved")
        db.update_incident(second, {"fatalities": 99})
        db.set_status([third], "rejected")
        db.export()
    assert _main("build", "--data", str(data)).returncode == 0
    after = read_incidents(data).set_index("incident_id")
    assert after.loc[first, "status"] == "approved"
    assert after.loc[second, "status"] == "edited" and after.loc[second, "fatalities"] == 99
    assert after.loc[third, "status"] == "rejected"
    exported = load_incidents(data).set_index("incident_id")
    assert third not in exported.index and exported.loc[second, "fatalities"] == 99


def test_a_damaged_database_is_kept_and_the_backup_restored(tmp_path: Path, built: Path) -> None:
    data = _copy(built, tmp_path)
    with Store(data) as db:  # a reviewed record, in the backup after the next build
        ident = db.records()[0]["incident_id"]
        db.set_status([ident], "approved")
    assert _main("build", "--data", str(data)).returncode == 0  # the backup now holds the approval
    (data / "incidents.sqlite").write_bytes(b"\x00" * 4096)
    rebuilt = _main("build", "--data", str(data), "--if-stale")  # stale: a damaged store means rebuild
    # unreadable: it may hold reviews newer than the backup, so the build says so (exit 1)
    assert rebuilt.returncode == 1, rebuilt.stderr
    assert "damaged" in rebuilt.stderr and "restored the last backup" in rebuilt.stderr
    assert "could not be read" in rebuilt.stderr and ".recover" in rebuilt.stderr
    (aside,) = data.glob("incidents.sqlite.damaged-*")
    assert aside.read_bytes() == b"\x00" * 4096  # the damaged file is kept, not overwritten
    assert read_incidents(data).set_index("incident_id").loc[ident, "status"] == "approved"


@pytest.mark.parametrize("name", ["incidents.csv", "incidents.geojson"])
def test_a_damaged_export_is_rewritten_by_if_stale(tmp_path: Path, built: Path, name: str) -> None:
    data = _copy(built, tmp_path)
    good = (data / name).read_bytes()
    (data / name).write_bytes(good[: len(good) // 3])
    if name == "incidents.csv":
        with pytest.raises(StoreError, match="python -m app build"):
            load_incidents(data)
    repaired = _main("build", "--data", str(data), "--if-stale")
    assert "up to date" in repaired.stdout and "rewrote the exports" in repaired.stdout
    assert f"{name} did not match the store" in repaired.stderr
    assert (data / name).read_bytes() == good


def test_add_command_adds_once_and_exports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    article = tmp_path / "celaya.md"
    article.write_text("---\ndate: 2026-02-22\nlanguage: es\n---\nHubo bloqueos en Celaya, Guanajuato.\n",
                       encoding="utf-8")
    add = ["add", "--data", str(data), "--source", "Test", str(article)]
    first = _main(*add)
    assert first.returncode == 0 and "Saved article" in first.stdout, first.stderr
    assert "Celaya" in (data / "incidents.csv").read_text(encoding="utf-8")
    second = _main(*add)
    assert second.returncode == 0 and "already in the store" in second.stdout
    assert len(read_incidents(data)) == 1
