"""app.store: the SQLite store -- schema and migrations, content hash, review and audit log,
undo, re-extraction policy, restart safety, damaged files and atomic writes."""
from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

import pytest

from app import build, review, store
from app.articles import Article
from app.demo import synthetic_incidents
from app.records import validation_errors
from app.store import SCHEMA_VERSION, Store, StoreError


def article(text: str = "Hombres armados bloquearon calles en Zapopan.", ident: str = "a1", **meta) -> Article:
    return Article(id=ident, text=text, language="es", **meta)


def records(ident: str = "a1", n: int = 3) -> list[dict]:
    out = []
    for i, record in enumerate(synthetic_incidents(n, seed=3)):
        record.update(incident_id=f"{ident}-{i}", article=ident)
        out.append(record)
    return out


@pytest.fixture
def db(tmp_path: Path):
    with Store(tmp_path) as opened:
        opened.add_article(article(), records())
        yield opened


def no_geo(name: str, state: str | None) -> dict | None:
    """A stand-in gazetteer: knows Zapopan only."""
    if name != "Zapopan":
        return None
    return {"location": "Zapopan", "admin2": "Zapopan", "admin1": "Jalisco", "country": "MX",
            "latitude": 20.72, "longitude": -103.39, "geo_precision": 1}


# ---------------------------------------------------------------- schema

def test_schema_is_created_and_versioned(tmp_path: Path):
    with Store(tmp_path) as db:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "incidents", "audit", "meta"} <= tables


def test_a_newer_schema_is_refused_untouched(tmp_path: Path):
    Store(tmp_path).close()
    path = store.db_path(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        Store(tmp_path)
    assert path.read_bytes() == before


def test_migrations_run_in_order_and_back_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with Store(tmp_path) as db:
        db.add_article(article(), records())
    extra = "ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT ''"
    monkeypatch.setattr(store.schema, "MIGRATIONS", store.MIGRATIONS + (extra,))
    monkeypatch.setattr(store.schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(tmp_path) as db:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert db.conn.execute("SELECT note FROM articles").fetchone()[0] == ""
        assert len(db.records()) == 3
    assert store.backup_path(tmp_path).is_file()  # the pre-migration copy


# ---------------------------------------------------------------- articles

def test_same_text_is_not_added_twice(db: Store):
    again = db.add_article(article("  Hombres armados bloquearon\n calles en   Zapopan. ", ident="other"), records("other"))
    assert not again.added and again.article_id == "a1" and "already" in again.message
    assert len(db.records()) == 3 and list(db.articles()) == ["a1"]


def test_text_fingerprint_normalises_whitespace_and_unicode():
    assert store.text_fingerprint("Celaya,\r\n  Guanajuato ") == store.text_fingerprint("Celaya, Guanajuato")
    assert store.text_fingerprint("Michoaca\u0301n") == store.text_fingerprint("Michoacán")
    assert store.text_fingerprint("Celaya") != store.text_fingerprint("Celaya.")
    assert len(store.text_fingerprint("x")) == 64


# ---------------------------------------------------------------- review, audit, undo

def test_edit_is_validated_logged_and_marks_the_record_edited(db: Store):
    changed = db.update_incident("a1-0", {"fatalities": 4, "event_type": "death"})
    assert set(changed) == {"fatalities", "event_type"}
    record = db.incident("a1-0")
    assert record["status"] == "edited" and record["fatalities"] == 4
    log = db.audit()
    assert set(log["field"].head(3)) == {"fatalities", "event_type", "status"}
    row = log[log["field"] == "fatalities"].iloc[0]
    assert row["incident_id"] == "a1-0" and row["new_value"] == "4" and row["actor"] == "dashboard"
    for bad in ({"event_type": "picnic"}, {"event_date": "yesterday"}, {"fatalities": -1},
                {"fatalities": "many"}, {"evidence": "x"}):
        with pytest.raises(ValueError):
            db.update_incident("a1-1", bad)
    assert db.incident("a1-1")["status"] == "auto"


def test_a_new_place_name_is_geocoded_again(db: Store):
    changed = review.edit_incident(db, "a1-0", {"location": "Zapopan"}, lookup=no_geo)
    record = db.incident("a1-0")
    assert "location" in changed and record["admin1"] == "Jalisco" and record["latitude"] == 20.72
    assert not validation_errors({k: v for k, v in record.items() if k != "status"})
    with pytest.raises(ValueError, match="No place called"):
        review.edit_incident(db, "a1-1", {"location": "Atlantis"}, lookup=no_geo)
    assert db.incident("a1-1")["status"] == "auto"


def test_the_real_gazetteer_places_an_edited_name(db: Store):
    review.edit_incident(db, "a1-0", {"location": "Celaya"})
    record = db.incident("a1-0")
    assert record["admin1"] == "Guanajuato" and record["geo_precision"] == 1


def test_the_store_stores_a_place_but_never_looks_one_up(db: Store):
    """Layering: a new name without its place fields is refused, not geocoded by the store."""
    before = db.incident("a1-0")
    with pytest.raises(ValueError, match="place fields"):
        db.update_incident("a1-0", {"location": "Celaya"})
    with pytest.raises(ValueError, match="cannot be edited"):
        db.update_incident("a1-0", {"latitude": 19.0})  # coordinates only with a new name
    place = no_geo("Zapopan", None)
    with pytest.raises(ValueError, match="outside Mexico"):
        db.update_incident("a1-0", {**place, "latitude": 48.85, "longitude": 2.35})
    assert db.incident("a1-0") == before
    assert "location" in db.update_incident("a1-0", place)
    assert db.incident("a1-0")["latitude"] == 20.72


def test_undo_walks_back_through_changes(db: Store):
    before = db.incident("a1-0")
    db.set_status(["a1-0", "a1-1"], "approved")
    db.update_incident("a1-0", {"fatalities": 9})
    assert db.undo().startswith("Undid edit")
    assert db.incident("a1-0")["fatalities"] == before["fatalities"]
    assert db.incident("a1-0")["status"] == "approved"
    assert db.undo().startswith("Undid approve")
    assert db.incident("a1-0") == before and db.incident("a1-1")["status"] == "auto"
    assert db.undo().startswith("Undid add-article")  # the article itself, with its incidents
    assert db.records() == [] and db.articles() == {}
    assert db.undo() is None
    assert set(db.audit()["action"]) >= {"undo", "edit", "approve", "add-article"}


def test_every_change_is_one_transaction(db: Store, monkeypatch: pytest.MonkeyPatch):
    calls = []
    original = store.database._Change.log

    def failing(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(store.database._Change, "log", failing)
    with pytest.raises(RuntimeError):
        db.set_status(["a1-0", "a1-1"], "rejected")
    monkeypatch.setattr(store.database._Change, "log", original)
    assert {r["status"] for r in db.records()} == {"auto"}  # the first half was rolled back too


def test_a_restart_keeps_every_saved_change(tmp_path: Path):
    with Store(tmp_path) as db:
        db.add_article(article(), records())
        db.set_status(["a1-0"], "approved")
        db.set_status(["a1-1"], "rejected")
        db.update_incident("a1-2", {"fatalities": 7, "event_date": "2026-02-01"})
        before, log = db.records(), db.audit()
    with Store(tmp_path) as db:  # a new process would open it just like this
        assert db.records() == before
        assert db.audit().equals(log)
        assert [r["status"] for r in db.records()] == ["approved", "rejected", "edited"]
        assert db.undo().startswith("Undid edit")  # and the history still works


# ---------------------------------------------------------------- re-extraction policy

def test_reextraction_updates_auto_records_only(db: Store):
    db.set_status(["a1-0"], "approved")
    db.update_incident("a1-1", {"fatalities": 12})
    new = records()
    for record in new:
        record["confidence"] = 0.99
    new = new[:2] + [{**new[2], "incident_id": "a1-9"}]  # a1-2 disappears, a1-9 is new
    counts = db.sync_extraction("a1", new)
    assert counts == {"added": 1, "updated": 0, "removed": 1, "kept": 2}
    assert db.incident("a1-0")["confidence"] != 0.99 and db.incident("a1-0")["status"] == "approved"
    assert db.incident("a1-1")["fatalities"] == 12
    assert db.incident("a1-2") is None and db.incident("a1-9")["status"] == "auto"
    assert db.conn.execute("SELECT auto_version FROM incidents WHERE incident_id = 'a1-0'").fetchone()[0]
    assert db.sync_extraction("a1", new) == {"added": 0, "updated": 0, "removed": 0, "kept": 2}
    assert db.undoable()[0]["action"] == "edit"  # the build's own changes are not a reviewer's undo


# ---------------------------------------------------------------- exports

def test_exports_are_deterministic_and_leave_out_rejected(db: Store):
    db.set_status(["a1-1"], "rejected")
    assert db.export()
    csv_bytes = (db.data_dir / store.CSV_NAME).read_bytes()
    assert not db.export()  # nothing to rewrite
    assert b"a1-1" not in csv_bytes and b"a1-0" in csv_bytes
    frame = store.load_incidents(db.data_dir)
    assert list(frame["incident_id"]) == ["a1-0", "a1-2"]


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "incidents.csv"
    store.atomic_write_text(path, "old\n")

    def crash(*args):
        raise OSError("no space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.atomic_write_text(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.csv"]  # no temporary left behind


# ---------------------------------------------------------------- damaged files

@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_database_is_reported_and_never_written(tmp_path: Path, damage: str):
    with Store(tmp_path) as db:
        db.add_article(article(), records("a1", 200))
    path = store.db_path(tmp_path)
    good = path.read_bytes()
    bad = {"garbage": b"\x00garbage" * 500, "truncated": good[: len(good) // 2], "empty": b""}[damage]
    path.write_bytes(bad)
    with pytest.raises(StoreError) as caught:
        Store(tmp_path)
    assert "python -m app build" in str(caught.value) and str(path) in str(caught.value)
    with pytest.raises(StoreError):
        store.read_incidents(tmp_path)
    assert path.read_bytes() == bad  # nothing was written over it
    assert store.revision(tmp_path)[0] < 0


def test_damaged_database_is_set_aside_and_the_backup_restored(tmp_path: Path):
    with Store(tmp_path) as db:
        db.add_article(article(), records())
    store.backup_database(tmp_path)
    path = store.db_path(tmp_path)
    path.write_bytes(b"junk")
    outcome = store.set_aside_damaged(tmp_path)
    aside, restored = outcome.aside, outcome.restored
    assert restored and aside.read_bytes() == b"junk" and aside.name.startswith("incidents.sqlite.damaged-")
    assert len(store.read_incidents(tmp_path)) == 3


def test_missing_store_says_to_build(tmp_path: Path):
    with pytest.raises(StoreError, match="python -m app build"):
        store.read_incidents(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()  # reading never creates a store


def test_truncated_csv_export_gives_advice(tmp_path: Path):
    store.write_incidents(records(), tmp_path)
    path = tmp_path / store.CSV_NAME
    path.write_bytes(path.read_bytes()[:150])
    with pytest.raises(StoreError, match="python -m app build"):
        store.load_incidents(tmp_path)


def test_large_stores_export_in_the_background(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with Store(tmp_path) as db:
        db.add_article(article(), records())
        db.export()
        db.set_status(["a1-0"], "rejected")
    assert store.export_after_change(tmp_path) == "written"  # small: at once
    assert b"a1-0" not in (tmp_path / store.CSV_NAME).read_bytes()
    monkeypatch.setattr(store.access, "SYNC_EXPORT_LIMIT", 1)
    with Store(tmp_path) as db:
        db.set_status(["a1-0"], "auto")
    assert store.export_after_change(tmp_path) in ("started", "pending")
    for thread in [t for t in __import__("threading").enumerate() if t.name == "mxmap-export"]:
        thread.join(timeout=30)
    assert b"a1-0" in (tmp_path / store.CSV_NAME).read_bytes()


def test_a_busy_store_says_so_and_is_not_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A write while another writer holds the store: "busy", never "damaged"; reading still
    works (WAL), and nothing is set aside (tests/test_store_faults.py has the build's side)."""
    monkeypatch.setattr(store.schema, "STORE_TIMEOUT", 0.2)
    with Store(tmp_path) as db:
        db.add_article(article(), records())
    blocker = sqlite3.connect(store.db_path(tmp_path), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # as a long build would hold it
    try:
        with pytest.raises(store.StoreBusyError, match="is busy: another process"):
            with store.open_store(tmp_path) as db:
                db.set_status(["a1-0"], "approved")
        assert store.read_incidents(tmp_path)["status"].tolist() == ["auto"] * 3
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not list(tmp_path.glob("*.damaged-*"))  # locked is not damaged: nothing set aside


def test_undoing_an_added_article_removes_incidents_a_build_added_later(db: Store):
    db.sync_extraction("a1", records() + [{**records()[0], "incident_id": "a1-late"}])
    assert db.incident("a1-late") is not None
    assert db.undo().startswith("Undid add-article")
    assert db.records() == [] and db.articles() == {}


def test_redo_takes_back_undos_in_turn_until_a_new_change(db: Store):
    before = db.incident("a1-0")
    db.set_status(["a1-0"], "approved")
    db.update_incident("a1-0", {"fatalities": 9})
    assert db.undoable(1)[0]["action"] == "edit"  # what the next undo takes back, shown before it
    db.undo()
    db.undo()
    assert db.incident("a1-0") == before and db.can_redo()
    assert db.redo().startswith("Redid approve")
    assert db.incident("a1-0")["status"] == "approved" and db.incident("a1-0")["fatalities"] == before["fatalities"]
    assert db.redo().startswith("Redid edit")
    assert db.incident("a1-0")["fatalities"] == 9 and db.redo() is None
    assert db.undo().startswith("Undid edit")  # undo after redo: the same change again, once
    assert db.incident("a1-0")["fatalities"] == before["fatalities"] and db.incident("a1-0")["status"] == "approved"
    db.set_status(["a1-1"], "rejected")  # a new change ends the redo chain
    assert not db.can_redo() and db.redo() is None
    assert db.undo().startswith("Undid reject") and db.undo().startswith("Undid approve")
    assert db.undoable(1)[0]["action"] == "add-article" and db.undoable(1)[0]["articles_added"] == "a1"
