"""`python -m app serve` wiring and the vendored asset copy (no server started here)."""
from __future__ import annotations

import hashlib

import argparse
import subprocess
from pathlib import Path

import pytest

from app.dashboard import assets, serve
from app.demo import synthetic_incidents
from app.store import import_records

REPO = Path(__file__).resolve().parents[2]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    serve.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_missing_data_exits_with_advice(tmp_path, capsys):
    assert serve.run(parse("--data", str(tmp_path / "none"))) == 1
    assert "python -m app build" in capsys.readouterr().err


def test_runs_streamlit_offline_with_data_dir(tmp_path, monkeypatch):
    import_records(tmp_path, synthetic_incidents(3))
    calls = []
    monkeypatch.setattr(assets, "copy_assets", lambda: [])

    class FakeStreamlit:
        def __init__(self, cmd, cwd, env):
            calls.append((cmd, cwd, env))

        def wait(self, timeout=None):
            return 0

    monkeypatch.setattr(subprocess, "Popen", FakeStreamlit)
    assert serve.run(parse("--data", str(tmp_path), "--port", "8599")) == 0
    cmd, cwd, env = calls[0]
    flags = " ".join(cmd)
    for flag in ("--server.port 8599", "--server.headless true", "--server.enableStaticServing true",
                 "--browser.gatherUsageStats false", "--server.address localhost"):
        assert flag in flags
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("server_app.py")
    assert Path(cwd) == REPO and env["MXMAP_DATA_DIR"] == str(tmp_path.resolve())


def test_missing_node_modules_exits_with_advice(tmp_path, monkeypatch, capsys):
    import_records(tmp_path, synthetic_incidents(3))
    monkeypatch.setattr(assets, "NODE_MODULES", tmp_path / "node_modules")
    monkeypatch.setattr(assets, "VENDOR_DIR", tmp_path / "vendor")
    assert serve.run(parse("--data", str(tmp_path))) == 1
    assert "npm ci" in capsys.readouterr().err


def test_copy_assets_copies_every_declared_file(tmp_path):
    if assets.missing_sources():
        pytest.skip("node_modules lacks the map assets: run `npm ci`")
    copied = assets.copy_assets(vendor_dir=tmp_path)
    assert len(copied) == len(assets.VENDOR_FILES) and all(p.is_file() and p.stat().st_size for p in copied)
    assert assets.assets_ready(tmp_path)
    lists = assets.MAP_JS + assets.MAP_CSS + assets.LEAFLET_JS + assets.LEAFLET_CSS
    urls = [u for _, u in lists + assets.INCIDENT_MAP_CSS if u.startswith(assets.URL_PREFIX)]
    assert {u[len(assets.URL_PREFIX) + 1:] for u in urls} <= {dest for _, dest in assets.VENDOR_FILES}
    own = [u for _, u in assets.INCIDENT_MAP_CSS if u.startswith(assets.OWN_URL_PREFIX)]
    assert len(own) == 1 and all((assets.OWN_DIR / u.split("/")[-1].split("?")[0]).is_file() for u in own)


def test_the_maps_scripts_are_one_file_named_by_its_content(tmp_path):
    """streamlit-folium loads a map's scripts one after the other: Leaflet, supercluster and
    our three are one file, written by copy_assets, whose URL changes with any part."""
    if assets.missing_sources():
        pytest.skip("node_modules lacks the map assets: run `npm ci`")
    assets.copy_assets(vendor_dir=tmp_path)
    bundle = (tmp_path / assets.BUNDLE_NAME).read_bytes()
    parts = [(assets.NODE_MODULES / p).read_bytes() for p in assets.BUNDLE_PARTS] + \
        [(assets.OWN_DIR / p).read_bytes() for p in assets.BUNDLE_OWN_PARTS]
    marks = [b"window.L=t", b"Supercluster", b"window.MxIncidents", b"function MunicipalityLayer",
             b"function TimePlayer"]
    assert all(mark in part for mark, part in zip(marks, parts))
    at = [bundle.index(mark) for mark in marks]
    assert at == sorted(at)  # in order: Leaflet before everything that uses it
    assert b"sourceMappingURL" not in bundle
    (_, url), = assets.MAP_JS_BUNDLE
    assert url == f"{assets.URL_PREFIX}/{assets.BUNDLE_NAME}?v={hashlib.sha256(bundle).hexdigest()[:12]}"
    (tmp_path / assets.BUNDLE_NAME).unlink()
    assert not assets.assets_ready(tmp_path)


def test_vendor_folder_is_gitignored():
    ignored = subprocess.run(["git", "check-ignore", "-q", "app/dashboard/static/vendor/leaflet/leaflet.js"],
                             cwd=REPO).returncode
    assert ignored == 0


def test_the_supervisor_imports_neither_pandas_nor_streamlit():
    """`python -m app serve` stays in memory beside Streamlit for as long as the dashboard
    runs: it must not load what only the page needs (pandas alone is about 100 MB)."""
    import sys

    from app.dashboard import data
    from app.store import DB_NAME
    assert data.DB_NAME == DB_NAME  # written out in data.py so that app.store is not imported
    heavy = ("pandas", "numpy", "pyarrow", "duckdb", "streamlit", "app.store")
    script = ("import sys, app.__main__, app.dashboard.serve\n"
              f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} or m.startswith('app.store')))")
    done = subprocess.run([sys.executable, "-c", script], cwd=data.REPO_ROOT, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]", done.stdout
