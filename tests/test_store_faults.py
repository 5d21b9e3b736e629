"""The store under faults: a killed writer's hot journal, damaged files, leftovers of killed
runs, a writer and readers at once, a full disk and a read-only folder, another program's
database, migrations, file modes, and two `add`s of the same files at once."""
from __future__ import annotations

import argparse
import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import atomic, build, store
from cli_helpers import run_main
from app.articles import Article
from app.demo import synthetic_incidents
from app.store import Store, StoreError

ROOT = Path(__file__).resolve().parent.parent


_main = run_main  # `python -m app ...` in this process


def _records(ident: str, n: int) -> list[dict]:
    out = []
    for i, record in enumerate(synthetic_incidents(n, seed=5)):
        record.update(incident_id=f"{ident}-{i}", article=ident)
        out.append(record)
    return out


def _store_with_review(data: Path, n: int = 300) -> str:
    """A store (exported, backed up) plus an approval made after the backup; its incident id."""
    with Store(data) as db:
        db.add_article(Article(id="a1", text="Bloqueos en Zapopan.", language="es"), _records("a1", n))
        db.export()
    store.backup_database(data)
    with Store(data) as db:
        db.set_status(["a1-0"], "approved", actor="ana")
        db.export()
    return "a1-0"


def _article_file(folder: Path, name: str, town: str = "Celaya, Guanajuato") -> Path:
    path = folder / name
    path.write_text(f"---\ndate: 2026-02-22\nlanguage: es\n---\nHubo bloqueos en {town}.\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- hot journal, damage

KILL_MID_TRANSACTION = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")   # a store of an older version: rollback journal
conn.execute("PRAGMA cache_size = 1")          # spill changed pages to the file before COMMIT
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE incidents SET status = 'rejected', evidence = evidence || 'xxxxxxxxxxxxxxxxxxxxxxxx'")
conn.execute("DELETE FROM audit")
os.kill(os.getpid(), signal.SIGKILL)           # killed mid-transaction: a hot journal stays
"""


def _leave_hot_journal(path: Path) -> None:
    subprocess.run([sys.executable, "-c", KILL_MID_TRANSACTION, str(path)], check=False, timeout=60)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_a_hot_journal_is_rolled_back_not_taken_for_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / "seeds").mkdir()
    approved = _store_with_review(data)
    _leave_hot_journal(store.db_path(data))
    rebuilt = _main("build", "--seeds", str(tmp_path / "seeds"), "--data", str(data), "--if-stale")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "damaged" not in rebuilt.stderr and not list(data.glob("*.damaged-*"))
    with Store(data) as db:  # the killed transaction is gone, the approval after the backup is kept
        assert db.incident(approved)["status"] == "approved"
        assert db.conn.execute("SELECT COUNT(*) FROM incidents WHERE status = 'rejected'").fetchone()[0] == 0
        assert db.conn.execute("SELECT COUNT(*) FROM audit WHERE actor = 'ana'").fetchone()[0] == 1


def test_a_hot_journal_is_rolled_back_for_the_dashboard_and_add(tmp_path: Path) -> None:
    data = tmp_path / "data"
    approved = _store_with_review(data)
    _leave_hot_journal(store.db_path(data))
    frame = store.read_incidents(data)  # what the dashboard reads
    assert (frame.set_index("incident_id").loc[approved, "status"]) == "approved"
    added = _main("add", "--data", str(data), str(_article_file(tmp_path, "celaya.md")))
    assert added.returncode == 0 and "Saved article" in added.stdout, added.stderr


def _corrupt_index(path: Path) -> None:
    """Garbage over the pages of an index: the tables (and the audit log) stay readable,
    SQLite's integrity check fails."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'incidents_article'").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d" + b"\xff" * (page_size - 1))


def test_a_damaged_store_says_what_work_of_people_was_set_aside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / "seeds").mkdir()
    _store_with_review(data)
    _corrupt_index(store.db_path(data))
    with pytest.raises(store.StoreDamagedError):
        store.check_database_file(store.db_path(data))
    rebuilt = _main("build", "--seeds", str(tmp_path / "seeds"), "--data", str(data))
    assert rebuilt.returncode == 1  # work of people is only in the file set aside: said, not silent
    assert "restored the last backup" in rebuilt.stderr
    assert "holds 1 change(s) by people (ana" in rebuilt.stderr and ".recover" in rebuilt.stderr
    assert "Traceback" not in rebuilt.stderr


def test_leftover_temporaries_are_removed_a_live_writers_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / "seeds").mkdir()
    _store_with_review(data)
    stale = [data / ".incidents.csv.k1l2.tmp", data / ".incidents.sqlite.bak.x9y8.tmp"]
    for path in stale:
        path.write_bytes(b"x" * 100_000)
    with atomic.temporary_beside(data / "incidents.geojson") as live:
        rebuilt = _main("build", "--seeds", str(tmp_path / "seeds"), "--data", str(data))
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert not any(p.exists() for p in stale) and live.exists()
        assert "removed 2 temporary file(s)" in rebuilt.stderr


# ---------------------------------------------------------------- writers and readers

def test_readers_never_wait_for_a_writer(tmp_path: Path) -> None:
    _store_with_review(tmp_path)
    with Store(tmp_path) as writer:
        assert writer.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with writer.batch():
            writer.set_status(["a1-1"], "rejected", actor="ben")
            writer.conn.execute("PRAGMA cache_size = 1")
            writer.conn.execute("UPDATE incidents SET evidence = evidence || 'yyyyyyyyyyyyyyyy'")
            frame = store.read_incidents(tmp_path)  # another connection, during the write
            assert frame.set_index("incident_id").loc["a1-1", "status"] == "auto"  # the committed state


def test_a_build_commits_in_batches_so_others_can_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    for number in range(4):
        _article_file(seeds, f"s{number}.md", ("Celaya, Guanajuato", "Zapopan, Jalisco", "Uruapan, Michoacán",
                                               "Culiacán, Sinaloa")[number])
    assert _main("build", "--seeds", str(seeds), "--data", str(data)).returncode == 0
    monkeypatch.setattr(build, "BATCH_ARTICLES", 1)
    monkeypatch.setattr(store.schema, "STORE_TIMEOUT", 0.1)
    from app.extract import incidents
    real = incidents.extract_incidents
    writes: list[str] = []

    def extract_while_a_reviewer_saves(article, **kwargs):
        if article.id == "s2":  # mid-build: a reviewer's change must get through
            try:
                with Store(data) as other:
                    other.set_status([other.records()[0]["incident_id"]], "approved", actor="ana")
                writes.append("saved")
            except StoreError as exc:
                writes.append(str(exc))
        return real(article, **kwargs)

    monkeypatch.setattr(incidents, "extract_incidents", extract_while_a_reviewer_saves)
    assert _main("build", "--seeds", str(seeds), "--data", str(data)).returncode == 0
    assert writes == ["saved"]


def test_connections_wait_the_stores_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with_review(tmp_path)
    timeouts: list[float] = []
    real = sqlite3.connect

    def recording(*args, **kwargs):
        timeouts.append(kwargs.get("timeout", 5.0))
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recording)
    store.check_database_file(store.db_path(tmp_path))
    with store.open_store(tmp_path) as db:
        db.records()
    assert timeouts and all(t == store.STORE_TIMEOUT for t in timeouts)


def test_a_busy_store_is_not_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seeds").mkdir()
    _store_with_review(tmp_path)
    monkeypatch.setattr(store.schema, "STORE_TIMEOUT", 0.2)
    blocker = sqlite3.connect(store.db_path(tmp_path), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # as another writer would hold it
    try:
        store.check_database_file(store.db_path(tmp_path))  # reading does not wait (WAL)
        assert build.run(argparse.Namespace(seeds=tmp_path / "seeds", data=tmp_path, if_stale=False)) == 2
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not list(tmp_path.glob("*.damaged-*"))


def test_the_same_text_check_runs_inside_the_write_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """So another `add` cannot store the same text between the check and the write."""
    real = Store.article_by_hash
    seen: list[bool] = []

    def recording(self, digest):
        seen.append(self.conn.in_transaction)
        return real(self, digest)

    monkeypatch.setattr(Store, "article_by_hash", recording)
    with Store(tmp_path) as db:
        db.add_article(Article(id="a1", text="Bloqueos en Zapopan.", language="es"), _records("a1", 2))
    assert seen == [True]


def test_two_adds_of_the_same_files_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    towns = ("Celaya, Guanajuato", "Zapopan, Jalisco", "Uruapan, Michoacán", "Culiacán, Sinaloa")
    files = [str(_article_file(tmp_path, f"f{i}.md", town)) for i, town in enumerate(towns)]
    assert _main("add", "--data", str(data), str(_article_file(tmp_path, "zero.md", "León, Guanajuato"))).returncode == 0
    runs = [subprocess.Popen([sys.executable, "-m", "app", "add", "--data", str(data), *files], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    for name in files:  # each file saved by one run, found already stored by the other
        said = [line for out, _ in outputs for line in out.splitlines() if line.startswith(name + ":")]
        assert sorted("Saved article" in line for line in said) == [False, True], said
    assert len(store.read_articles(data)) == 5


# ---------------------------------------------------------------- a full disk, a read-only folder

def _disk_full_after(monkeypatch: pytest.MonkeyPatch, records: int) -> None:
    real = store.files._feature
    written: list[int] = []

    def feature(record):
        written.append(1)
        if len(written) > records:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(record)

    monkeypatch.setattr(store.files, "_feature", feature)


def test_a_full_disk_keeps_the_exports_a_matching_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    _store_with_review(data, n=50)
    before = {n: (data / n).read_bytes() for n in (store.CSV_NAME, store.GEOJSON_NAME)}
    _disk_full_after(monkeypatch, 20)
    added = _main("add", "--data", str(data), str(_article_file(tmp_path, "celaya.md")))
    assert added.returncode == 2 and "disk is full" in added.stderr and "Traceback" not in added.stderr
    assert len(added.stderr.strip().splitlines()) == 1
    assert {n: (data / n).read_bytes() for n in before} == before  # the old pair, both
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    assert _main("build", "--seeds", str(tmp_path), "--data", str(data), "--if-stale").returncode in (0, 1)
    frame = store.read_incidents(data)
    assert "Celaya" in set(frame["location"])  # the article was saved; the exports catch up


def _mount(point: Path, options: str) -> bool:
    point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    point = tmp_path / "disk"
    if not _mount(point, "size=2m"):
        pytest.skip("needs root to mount a small tmpfs")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_a_real_full_disk_and_read_only_folder_give_one_line(small_disk: Path, tmp_path: Path) -> None:
    data = small_disk / "data"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _article_file(seeds, "s1.md")
    assert _cli("build", "--seeds", str(seeds), "--data", str(data)).returncode == 0
    pair = {n: (data / n).read_bytes() for n in (store.CSV_NAME, store.GEOJSON_NAME)}
    filler = small_disk / "filler"
    with open(filler, "wb") as handle:  # fill the disk to the last byte
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
    for args in (["add", "--data", str(data), str(_article_file(tmp_path, "z.md", "Zapopan, Jalisco"))],
                 ["build", "--seeds", str(seeds), "--data", str(data)]):
        result = _cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr and "disk is full" in result.stderr, result.stderr
    assert {n: (data / n).read_bytes() for n in pair} == pair
    filler.unlink()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for args in (["add", "--data", str(data), str(_article_file(tmp_path, "u.md", "Uruapan, Michoacán"))],
                 ["build", "--seeds", str(seeds), "--data", str(data)]):
        result = _cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr and "read-only" in result.stderr, result.stderr
    assert {n: (data / n).read_bytes() for n in pair} == pair


# ---------------------------------------------------------------- other files, migrations, modes

def test_another_programs_sqlite_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = store.db_path(tmp_path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(store.StoreDamagedError, match="another program's SQLite database"):
        store.read_incidents(tmp_path)
    added = _main("add", "--data", str(tmp_path), str(_article_file(tmp_path, "celaya.md")))
    assert added.returncode == 2 and "another program's SQLite database" in added.stderr
    assert path.read_bytes() == before  # never written to


def test_migrations_run_as_one_script_in_a_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path):
        pass
    trigger = """
    CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT 'a; b');
    CREATE TRIGGER notes_touch AFTER INSERT ON notes BEGIN
        UPDATE meta SET value = 'x;y' WHERE key = 'last_note';
        INSERT OR IGNORE INTO meta VALUES ('last_note', 'z;w');
    END;
    """
    monkeypatch.setattr(store.schema, "MIGRATIONS", (*store.MIGRATIONS, trigger))
    monkeypatch.setattr(store.schema, "SCHEMA_VERSION", len(store.MIGRATIONS) + 1)
    with Store(tmp_path) as db:
        db.conn.execute("INSERT INTO notes DEFAULT VALUES")
        assert db.conn.execute("SELECT body FROM notes").fetchone()[0] == "a; b"
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == len(store.MIGRATIONS) + 1
    broken = "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);"
    monkeypatch.setattr(store.schema, "MIGRATIONS", (*store.MIGRATIONS, trigger, broken))
    monkeypatch.setattr(store.schema, "SCHEMA_VERSION", len(store.MIGRATIONS) + 2)
    with pytest.raises(StoreError):
        Store(tmp_path)
    with contextlib.closing(sqlite3.connect(store.db_path(tmp_path))) as conn:  # all or nothing
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(store.MIGRATIONS) + 1
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()


def test_backup_and_restore_keep_the_databases_file_mode(tmp_path: Path) -> None:
    _store_with_review(tmp_path)
    path = store.db_path(tmp_path)
    os.chmod(path, 0o664)
    store.backup_database(tmp_path)
    assert store.backup_path(tmp_path).stat().st_mode & 0o777 == 0o664
    path.write_bytes(b"junk")
    os.chmod(path, 0o640)
    assert store.set_aside_damaged(tmp_path).restored
    assert path.stat().st_mode & 0o777 == 0o640


def test_if_stale_hashes_every_code_file_read_at_run_time() -> None:
    files = {str(p.relative_to(ROOT)) for p in build.code_files()}
    assert {"app/geo/names.py", "app/extract/lexicon.py", "app/records.py", "app/articles.py",
            "data/reference/places.tsv.gz"} <= files
    assert not any("__pycache__" in f for f in files)


def test_review_counts_and_dates_are_bounded(tmp_path: Path) -> None:
    _store_with_review(tmp_path, n=3)
    with Store(tmp_path) as db:
        for changes, words in (({"fatalities": 2 ** 63}, "at most"), ({"injured": 10 ** 7}, "at most"),
                               ({"event_date": "0001-01-01"}, "between"), ({"event_date": "9999-12-31"}, "between")):
            with pytest.raises(ValueError, match=words):
                db.update_incident("a1-1", changes)
        assert db.update_incident("a1-1", {"fatalities": 12, "event_date": "2025-05-01"})
