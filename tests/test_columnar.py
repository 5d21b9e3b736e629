"""The incidents as Parquet: the GeoParquet export (streamed with the CSV and GeoJSON) and
the by-month dataset the dashboard queries, replaced as a whole version."""
from __future__ import annotations

import json
import struct
import tracemalloc
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from app.demo import synthetic_incidents
from app.store import Store, import_records, load_incidents, write_export_pair
from app.store import columnar
from app.store.columnar import (CURRENT_NAME, GEOPARQUET_NAME, MONTHS_DIR, OFFSETS_NAME, ROW_FIELDS, ROWS_NAME,
                                current_version, write_month_partitions)


def _store(data: Path, n: int = 300) -> list[dict]:
    records = synthetic_incidents(n, seed=3, days=100)
    import_records(data, records)
    return records


def test_geoparquet_export_holds_the_csv_rows_with_point_geometry(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store(data)
    with Store(data) as db:
        rejected = sorted(db.frame()["incident_id"])[0]
        db.set_status([rejected], "rejected")
        db.export()
    table = pq.read_table(data / GEOPARQUET_NAME)
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["primary_column"] == "geometry" and geo["columns"]["geometry"]["encoding"] == "WKB"
    csv = load_incidents(data)
    rows = table.to_pylist()
    assert [r["incident_id"] for r in rows] == list(csv["incident_id"]) and rejected not in set(csv["incident_id"])
    for row in rows[:50]:
        order, kind, lon, lat = struct.unpack("<BIdd", row["geometry"])
        assert (order, kind) == (1, 1) and (lon, lat) == (round(row["longitude"], 5), round(row["latitude"], 5))
    assert rows[0]["actors"] == list(csv["actors"].iloc[0])



def test_by_month_records_carry_their_position_event_and_article_numbers(tmp_path: Path) -> None:
    """rec counts the records in the dataset's order; ev is shared by exactly the records
    events.py groups into one event; art by exactly the records of one article."""
    import pandas as pd

    from app.dashboard.events import event_keys
    data = tmp_path / "data"
    records = synthetic_incidents(400, seed=5, days=60, articles=90)
    twins = [{**r, "incident_id": r["incident_id"] + "-b", "article": r["article"] + "b"} for r in records[:80]]
    import_records(data, records + twins)
    frame = pd.read_parquet(current_version(data))
    frame = frame.sort_values(["month", "article", "incident_id"], ignore_index=True)
    assert list(frame["rec"]) == list(range(len(frame)))
    keys = event_keys(frame)
    assert (frame.groupby(keys)["ev"].nunique() == 1).all() and frame["ev"].nunique() == keys.nunique()
    assert (frame.groupby("article")["art"].nunique() == 1).all() and frame["art"].nunique() == frame["article"].nunique()
    assert sorted(frame["ev"].unique()) == list(range(keys.nunique()))

def test_the_row_file_holds_each_record_on_its_line_in_the_order_of_its_number(tmp_path: Path) -> None:
    import numpy as np
    import pandas as pd
    data = tmp_path / "data"
    _store(data)
    version = current_version(data)
    frame = pd.read_parquet(version).sort_values("rec", ignore_index=True)
    offsets = np.fromfile(version / OFFSETS_NAME, dtype="<i8")
    body = (version / ROWS_NAME).read_bytes()
    assert list(frame["rec"]) == list(range(len(frame))) and len(offsets) == len(frame) + 1 > 1
    assert offsets[0] == 0 and offsets[-1] == len(body)
    for rec in range(len(frame)):
        line = body[offsets[rec]:offsets[rec + 1]]
        assert line.endswith(b"\n") and b"\n" not in line[:-1]
        got = dict(zip(ROW_FIELDS, json.loads(line)))
        want = frame.iloc[rec]
        for name in ROW_FIELDS:
            if name == "actors":
                assert got[name] == list(want[name])
            elif not isinstance(want[name], str) and pd.isna(want[name]):
                assert got[name] is None, (rec, name)
            else:
                assert got[name] == want[name], (rec, name)


def test_by_month_dataset_has_every_incident_with_its_status_one_folder_per_month(tmp_path: Path) -> None:
    data = tmp_path / "data"
    records = _store(data)
    version = current_version(data)
    assert version is not None and (data / MONTHS_DIR / CURRENT_NAME).read_text().strip() == version.name
    months = sorted(p.name for p in version.iterdir() if p.is_dir())
    assert months == sorted({f"month={r['event_date'][:7]}" for r in records})
    assert sorted(p.name for p in version.iterdir() if p.is_file()) == sorted([OFFSETS_NAME, ROWS_NAME])
    glob = str(version / "*" / "*.parquet")
    got = duckdb.sql(f"SELECT month, count(*) FROM read_parquet('{glob}', hive_partitioning = true) "
                     "GROUP BY month ORDER BY month").fetchall()
    expected: dict[str, int] = {}
    for r in records:
        expected[r["event_date"][:7]] = expected.get(r["event_date"][:7], 0) + 1
    assert got == sorted(expected.items())
    with Store(data) as db:
        ident = records[0]["incident_id"]
        db.set_status([ident], "rejected")
        assert MONTHS_DIR in db.export()  # rejected records stay, with their status
        assert db.export() == []  # the same data: the same version, nothing rewritten
    newer = current_version(data)
    assert newer is not None and newer != version
    status = duckdb.sql(f"SELECT status FROM read_parquet('{newer}/*/*.parquet') WHERE incident_id = '{ident}'")
    assert status.fetchall() == [("rejected",)]
    assert version.is_dir()  # the previous version stays for a query that started on it


def test_old_versions_are_pruned(tmp_path: Path) -> None:
    records = synthetic_incidents(20, seed=1)
    for index in range(5):
        changed = [{**r, "status": "auto", "fatalities": index} for r in records]
        assert write_month_partitions(sorted(changed, key=lambda r: (r["event_date"][:7], r["article"],
                                                                     r["incident_id"])), tmp_path)
    versions = [p for p in (tmp_path / MONTHS_DIR).iterdir() if p.name.startswith("v-")]
    assert len(versions) <= 3 and current_version(tmp_path) in versions


def _peak_export_bytes(tmp_path: Path, n: int) -> int:
    base = synthetic_incidents(1000, seed=5)

    def records():  # generated on the fly, as the store's cursor gives them
        for i in range(n):
            yield {**base[i % 1000], "incident_id": f"x{i:08d}", "article": f"a{i // 10:07d}"}

    tracemalloc.start()
    write_export_pair(records(), tmp_path / f"d{n}")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_exports_stream_in_flat_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(columnar, "ROW_GROUP", 1000)  # the same code, at a size tracemalloc measures quickly
    small, large = _peak_export_bytes(tmp_path, 2000), _peak_export_bytes(tmp_path, 8000)
    assert large < small * 1.3, (small, large)  # four times the rows, not four times the memory
    assert pq.ParquetFile(tmp_path / "d8000" / GEOPARQUET_NAME).metadata.num_rows == 8000


def test_a_version_another_writer_made_meanwhile_is_taken_as_is(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Two `add`s of the same files at once write the same version: the one whose rename
    comes second finds it made (the rename fails) and goes on, with nothing lost."""
    records = sorted(({**r, "status": "auto"} for r in synthetic_incidents(20, seed=1)),
                     key=lambda r: (r["event_date"][:7], r["article"], r["incident_id"]))
    first = tmp_path / "first"
    assert write_month_partitions(records, first)
    made = current_version(first)
    real_rename = Path.rename

    def other_writer_first(self: Path, target):
        target = Path(target)
        if target.name == made.name and not target.exists():
            import shutil
            shutil.copytree(made, target)  # the other writer's rename landed just before ours
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", other_writer_first)
    second = tmp_path / "second"
    assert write_month_partitions(records, second)
    assert current_version(second) is not None and current_version(second).name == made.name
    assert not [p for p in (second / MONTHS_DIR).iterdir() if p.name.startswith(".tmp-")]
