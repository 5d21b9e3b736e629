"""``build --engine dask``: extraction on a Dask LocalCluster of 2 workers gives the
single-process build's records, ids and byte-identical exports, keeps review decisions, and
the plain build never imports Dask."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import build
from cli_helpers import run_main
from app.store import Store, read_incidents
from app.store.columnar import GEOPARQUET_NAME, MONTHS_DIR, current_version
from benchmarks.synthetic_articles import generate_texts

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ("incidents.csv", "incidents.geojson", GEOPARQUET_NAME)


_main = run_main  # `python -m app ...` in this process


@pytest.fixture(autouse=True)
def _plain_main_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dask's worker processes are spawned, and a spawned process re-runs the parent's
    ``__main__``. Under the whole test suite that is whatever ran last in this process (an
    AppTest script of the dashboard tests, which then fails to start): give the workers what
    ``python -m app build`` gives them, a plain main module."""
    import types
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's seeds plus 400 synthetic articles: several partitions per worker."""
    folder = tmp_path_factory.mktemp("seeds")
    for path in (ROOT / "seeds").iterdir():
        shutil.copy(path, folder / path.name)
    for article_id, text in generate_texts(400):
        (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
    return folder


def _exports(data: Path) -> dict[str, bytes]:
    files = {name: (data / name).read_bytes() for name in EXPORTS}
    version = current_version(data)
    assert version is not None
    files[MONTHS_DIR] = version.name.encode()  # content-addressed: the same name is the same bytes
    return files


def _review(data: Path) -> dict[str, str]:
    """The same decisions in any copy: reject, approve and edit the first three auto records."""
    with Store(data) as db:
        first, second, third = sorted(db.frame()["incident_id"])[:3]
        db.set_status([first], "rejected", actor="ana")
        db.set_status([second], "approved", actor="ana")
        db.update_incident(third, {"fatalities": 41}, actor="ana")
    return {first: "rejected", second: "approved", third: "edited"}


def test_dask_build_on_two_workers_equals_the_plain_build(seeds: Path, tmp_path: Path) -> None:
    plain, dask = tmp_path / "plain", tmp_path / "dask"
    done = _main("build", "--seeds", str(seeds), "--data", str(plain))
    assert done.returncode == 0, done.stderr
    distributed = _main("build", "--seeds", str(seeds), "--data", str(dask), "--engine", "dask", "--workers", "2")
    assert distributed.returncode == 0, distributed.stderr
    assert distributed.stdout == done.stdout.replace(str(plain), str(dask))
    assert _exports(dask) == _exports(plain)
    frame = read_incidents(plain)
    assert len(frame) > 1000 and frame["article"].nunique() > 300  # many partitions, not a trivial case

    # review decisions survive a Dask rebuild exactly as they survive a plain one
    decisions = _review(plain)
    assert _review(dask) == decisions
    assert _main("build", "--seeds", str(seeds), "--data", str(plain)).returncode == 0
    assert _main("build", "--seeds", str(seeds), "--data", str(dask), "--engine", "dask",
                 "--workers", "2").returncode == 0
    assert _exports(dask) == _exports(plain)
    statuses = read_incidents(dask).set_index("incident_id")["status"]
    assert {ident: statuses[ident] for ident in decisions} == decisions
    assert read_incidents(dask).set_index("incident_id").loc[list(decisions)[2], "fatalities"] == 41


def test_the_plain_build_never_imports_dask(tmp_path: Path) -> None:
    script = ("import sys\nfrom app.__main__ import main\n"
              f"code = main(['build', '--data', {str(tmp_path / 'data')!r}])\n"
              "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
              "print(code, loaded)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 []"


def test_engine_options_are_checked_in_one_line(tmp_path: Path) -> None:
    alone = _main("build", "--data", str(tmp_path / "d"), "--scheduler", "tcp://127.0.0.1:1")
    assert alone.returncode == 2 and alone.stderr == "error: --scheduler and --workers go with --engine dask\n"
    zero = _main("build", "--data", str(tmp_path / "d"), "--engine", "dask", "--workers", "0")
    assert zero.returncode == 2 and zero.stderr == "error: --workers must be at least 1\n"


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import distributed
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT_S", 2)
    done = _main("build", "--data", str(tmp_path / "d"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert len(done.stderr.splitlines()) == 1


def test_a_worker_with_other_code_is_refused() -> None:
    from app.build import EngineError, code_version
    from app.distributed import _check_workers

    class Client:
        def __init__(self, versions: dict[str, str]) -> None:
            self.versions = versions

        def run(self, function: object) -> dict[str, str]:
            return self.versions

    here = code_version()
    assert _check_workers(Client({"tcp://a:1": here, "tcp://b:1": here})) == 2
    with pytest.raises(EngineError, match=r"^1 Dask worker\(s\) run other code .*tcp://b:1: version 0123"):
        _check_workers(Client({"tcp://a:1": here, "tcp://b:1": "0123"}))
    with pytest.raises(EngineError, match="no workers"):
        _check_workers(Client({}))


def test_a_failing_article_is_reported_by_either_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.extract import incidents

    def broken(article: object, **_: object) -> list:
        raise RuntimeError("boom")

    monkeypatch.setattr(incidents, "extract_incidents", broken)
    item = build.ArticleToExtract(id="a", text="x", title="", published=None, source="", url="", language="en",
                                  added_at="2026-01-01T00:00:00+00:00")
    assert build.extract_batch([item]) == [build.Extracted("a", None, "RuntimeError: boom")]
