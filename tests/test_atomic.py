"""The one atomic write (app.atomic): flushed to disk before the rename, the old file whole
when it fails, nothing left behind; and the geo writers (reference data, the Nominatim
cache) go through it like the store does."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from app import atomic
from app.geo import refdata


@pytest.fixture
def fsynced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the files os.fsync was called on (folders included)."""
    calls: list[str] = []
    real = os.fsync

    def recording(fd: int) -> None:
        calls.append(os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else str(fd))
        real(fd)

    monkeypatch.setattr(atomic.os, "fsync", recording)
    return calls


def test_write_replaces_the_file_after_flushing_it(tmp_path: Path, fsynced: list[str]):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(fsynced) >= 1  # the temporary before the rename (then the folder)
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]  # no temporary left


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError):
        atomic.atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_text_is_utf8_with_line_endings_as_given(tmp_path: Path):
    target = tmp_path / "t.csv"
    atomic.atomic_write_text(target, "Michoacán\r\nx\n")
    assert target.read_bytes() == "Michoacán\r\nx\n".encode("utf-8")


def test_refdata_writes_through_the_atomic_helper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  fsynced: list[str]):
    monkeypatch.setattr(refdata, "_read_inegi", lambda: ([], []))
    assert refdata.run(argparse.Namespace(out=tmp_path, only="shapes")) == 0
    for name in ("states.geojson", "municipalities.geojson"):
        assert (tmp_path / name).read_text(encoding="utf-8").startswith('{"type":"FeatureCollection"')
    assert len(fsynced) >= 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["municipalities.geojson", "states.geojson"]


def test_nominatim_cache_writes_through_the_atomic_helper(tmp_path: Path, fsynced: list[str]):
    from geopy.adapters import BaseSyncAdapter

    from app.geo.online import NominatimFallback

    class NothingFound(BaseSyncAdapter):  # no test touches the network
        def get_json(self, url: str, *, timeout: object, headers: object) -> object:
            return []

        def get_text(self, url: str, *, timeout: object, headers: object) -> str:
            return "[]"

    fallback = NominatimFallback(cache_path=tmp_path / "cache" / "nominatim.json", adapter_factory=NothingFound)
    assert fallback.lookup("Colonia Inexistente") is None  # "nothing found" is cached too
    assert (tmp_path / "cache" / "nominatim.json").read_text(encoding="utf-8").strip().startswith("{")
    assert fsynced
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["nominatim.json"]
