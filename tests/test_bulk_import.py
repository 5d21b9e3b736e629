"""``python -m app import``: archives of articles (JSON Lines, Parquet) go the way ``add``
takes a file, row by row, in flat memory, with one-line messages for bad rows."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from app import store
from app.articles import MAX_BYTES
from app.bulk_import import Progress, import_archives
from app.ingest import added_article_id

REPO = Path(__file__).resolve().parents[1]
CELAYA = "Hombres armados incendiaron vehículos en Celaya, Guanajuato, el lunes."
CULIACAN = "Soldiers arrested five suspects in Culiacán, Sinaloa, on Monday."


def run_app(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_jsonl_rows_are_added_like_add_with_one_line_per_bad_row(tmp_path: Path) -> None:
    archive = write_jsonl(tmp_path / "feed.jsonl", [
        {"text": CELAYA, "date": "2026-03-02", "source": "El Sol", "language": "es", "url": "https://example.com/a"},
        {"text": CELAYA + "  ", "date": "2026-03-02"},      # the same text (whitespace aside): not twice
        "", "not json", {"title": "no text"}, {"text": 5}, {"text": "   "}, [1, 2],
        {"text": CULIACAN, "date": "2026-13-40", "title": "Arrests", "extra column": [1]},
    ])
    done = run_app("import", str(archive), "--data", str(tmp_path / "data"))
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith(("error", "warning"))]
    assert errors == [
        "error: feed.jsonl:4: not valid JSON (Expecting value: line 1 column 1 (char 0))",
        'error: feed.jsonl:5: has no "text" field',
        'error: feed.jsonl:6: has a "text" field that is not text',
        "error: feed.jsonl:7: the article has no text",
        'error: feed.jsonl:8: not an object with a "text" field',
        "warning: feed.jsonl:9: date '2026-13-40' is not YYYY-MM-DD (years 1900-2100); taking the date from the text "
        "instead",
    ]
    assert "import: 8 rows: 2 articles added" in done.stdout and "1 already stored, 5 failed" in done.stdout
    assert "rows/s" in done.stderr and "ETA" in done.stderr
    with store.open_store(tmp_path / "data") as db:
        articles = db.articles()
        assert set(articles) == {added_article_id(CELAYA), added_article_id(CULIACAN)}
        first = articles[added_article_id(CELAYA)]
        assert (first["source"], first["date"], first["language"], first["origin"]) == \
            ("El Sol", "2026-03-02", "es", "import")
        assert articles[added_article_id(CULIACAN)]["title"] == "Arrests"
        assert {r["event_type"] for r in db.records()} >= {"arson", "arrest"}
    exported = (tmp_path / "data" / "incidents.csv").read_text(encoding="utf-8")
    assert added_article_id(CELAYA) in exported  # the exports were rewritten


def test_an_archive_row_and_an_added_file_with_the_same_text_are_one_article(tmp_path: Path) -> None:
    (tmp_path / "nota.txt").write_text(CELAYA, encoding="utf-8")
    assert run_app("add", str(tmp_path / "nota.txt"), "--data", str(tmp_path / "data")).returncode == 0
    archive = write_jsonl(tmp_path / "a.jsonl", [{"text": CELAYA}, {"text": CULIACAN}])
    done = run_app("import", str(archive), "--data", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert "1 articles added" in done.stdout and "1 already stored" in done.stdout
    again = run_app("import", str(archive), "--data", str(tmp_path / "data"))  # a rerun adds nothing
    assert again.returncode == 0 and "0 articles added" in again.stdout and "2 already stored" in again.stdout


def test_parquet_archives_with_metadata_columns(tmp_path: Path) -> None:
    table = pa.table({"text": [CELAYA, CULIACAN, None], "title": ["Quema", None, "x"],
                      "date": pa.array([20514, 20515, None], type=pa.date32()),  # 2026-03-02, 2026-03-03
                      "source": ["El Sol", "Wire", None], "ignored": [1, 2, 3]})
    pq.write_table(table, tmp_path / "a.parquet")
    err = io.StringIO()
    result = import_archives(tmp_path / "data", [tmp_path / "a.parquet"], err=err)
    assert (result.rows, result.added, result.failed) == (3, 2, 1)
    assert 'error: a.parquet:3: has no "text" field' in err.getvalue()
    with store.open_store(tmp_path / "data") as db:
        meta = db.articles()[added_article_id(CELAYA)]
    assert (meta["title"], meta["date"], meta["source"]) == ("Quema", "2026-03-02", "El Sol")


def test_whole_archives_that_cannot_be_read_are_one_line_each(tmp_path: Path) -> None:
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "notext.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    (tmp_path / "a.csv").write_text("text\nx\n")
    good = write_jsonl(tmp_path / "good.jsonl", [{"text": CELAYA}])
    done = run_app("import", str(tmp_path / "notext.parquet"), str(tmp_path / "broken.parquet"),
                   str(tmp_path / "a.csv"), str(tmp_path / "missing.jsonl"), str(good), "--data", str(tmp_path / "d"))
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error")]
    assert errors[0] == 'error: notext.parquet: has no "text" column (columns: body)'
    assert errors[1].startswith("error: broken.parquet: not a readable Parquet file (")
    assert errors[2:] == [f"error: {tmp_path / 'a.csv'}: not an archive (.jsonl, .ndjson, .parquet)",
                          f"error: {tmp_path / 'missing.jsonl'}: no such file"]
    assert "1 articles added" in done.stdout  # the good archive after them was imported


def test_an_overlong_line_is_skipped_unread_and_the_next_rows_go_on(tmp_path: Path) -> None:
    huge = json.dumps({"text": "a" * (2 * MAX_BYTES + 100_000)})
    archive = write_jsonl(tmp_path / "big.jsonl", [huge, {"text": CULIACAN}])
    err = io.StringIO()
    result = import_archives(tmp_path / "data", [archive], err=err)
    assert (result.rows, result.added, result.failed) == (2, 1, 1)
    assert "error: big.jsonl:1: over the 5 MB limit for an article; not read" in err.getvalue()


def test_progress_says_rate_and_eta() -> None:
    out = io.StringIO()
    meter = Progress(out=out, total_bytes=1000, every_s=0)
    meter.update(rows=10, done_bytes=250)
    line = out.getvalue().strip()
    assert line.startswith("import: [#######") and "25%" in line and "10 rows" in line
    assert "rows/s" in line and "ETA" in line and "ETA ?" not in line


def _peak_rss_of_import(tmp_path: Path, n: int) -> int:
    """Peak RSS (kB) of a child process importing a synthetic archive of ``n`` articles."""
    script = (
        "import resource, sys\nfrom pathlib import Path\n"
        "from benchmarks.synthetic_articles import write_jsonl_archive\n"
        "from app.bulk_import import import_archives\n"
        f"archive = write_jsonl_archive(Path({str(tmp_path)!r}) / 'a{n}.jsonl', {n})\n"
        f"result = import_archives(Path({str(tmp_path)!r}) / 'd{n}', [archive], err=open('/dev/null', 'w'))\n"
        f"assert result.added == {n}, result\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_memory_stays_flat_as_the_archive_grows(tmp_path: Path) -> None:
    small, large = _peak_rss_of_import(tmp_path, 100), _peak_rss_of_import(tmp_path, 1500)
    # 15 times the rows (about 14,000 more incidents): a pipeline that kept rows, records or
    # texts would grow by tens of MB; the store's page cache and allocator noise stay small
    assert large - small < 15_000, (small, large)
