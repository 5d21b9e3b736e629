"""Input on the way in: URLs urllib cannot parse, deeply nested metadata, special files,
invisible and control characters, symbolic links out of the seeds folder, file names that
would forge output lines, and spreadsheet formulas in data/incidents.csv."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import build, ingest, store
from cli_helpers import run_main
from app.articles import ArticleError, checked_url, normalise_text, read_capped_bytes
from app.store import Store

ROOT = Path(__file__).resolve().parent.parent
BAD_URLS = ("http://[::1", "http://evil\uff03.example/", "https://host:99999/x", "javascript:alert(1)")


_main = run_main  # `python -m app ...` in this process


ARTICLE = "---\ndate: 2026-02-22\nlanguage: es\nurl: {url}\n---\nHubo bloqueos en Celaya, Guanajuato.\n"


# ---------------------------------------------------------------- URLs

@pytest.mark.parametrize("url", BAD_URLS)
def test_an_unparseable_url_keeps_its_text_but_not_the_link(url: str) -> None:
    assert checked_url(url) == ""
    article, notes = ingest.article_from_upload(ARTICLE.format(url=url).encode(), filename="a.md")
    assert article.url == "" and article.url_text == url
    assert any("not a valid http(s) address" in n for n in notes)


def test_good_urls_stay() -> None:
    assert checked_url("https://www.informador.mx/ejemplo?x=1#a") == "https://www.informador.mx/ejemplo?x=1#a"
    assert checked_url("http://[::1]:8501/") == "http://[::1]:8501/"


@pytest.mark.parametrize("url", BAD_URLS[:2])
def test_add_with_a_bad_url_saves_the_article_and_the_text(tmp_path: Path, url: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(url="x"), encoding="utf-8")
    added = _main("add", "--data", str(tmp_path / "data"), "--url", url, str(path))
    assert added.returncode == 0 and "Saved article" in added.stdout and "Traceback" not in added.stderr
    with Store(tmp_path / "data") as db:
        (meta,) = db.articles().values()
        assert meta["url"] == ""
        extra = json.loads(db.conn.execute("SELECT extra FROM articles").fetchone()[0])
        assert extra["url_text"] == url


def test_a_bad_url_stored_before_never_reaches_a_page(tmp_path: Path) -> None:
    """Rows written before URLs were validated: the store gives the pages no link."""
    with Store(tmp_path) as db:
        db.conn.execute("INSERT INTO articles (id, content_hash, text, url, added_at) "
                        "VALUES ('old', 'h', 't', 'http://[::1', 'now')")
    assert store.read_articles(tmp_path)["old"]["url"] == ""


def test_bad_urls_in_metadata_json_are_kept_as_text(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(ARTICLE.format(url="http://[::1"), encoding="utf-8")
    (seeds / "metadata.json").write_text(json.dumps({"a": {"url": "http://evil\uff03.example/"}}), encoding="utf-8")
    built = _main("build", "--seeds", str(seeds), "--data", str(tmp_path / "data"))
    assert built.returncode == 0, built.stderr
    assert store.read_articles(tmp_path / "data")["a"]["url"] == ""


# ---------------------------------------------------------------- metadata, special files

def test_deeply_nested_metadata_json_is_a_message(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(ARTICLE.format(url=""), encoding="utf-8")
    (seeds / "metadata.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    built = _main("build", "--seeds", str(seeds), "--data", str(tmp_path / "data"))
    assert built.returncode == 2 and "nested too deeply" in built.stderr and "Traceback" not in built.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_add_refuses_a_named_pipe_and_goes_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_capped_bytes(pipe, str(pipe))  # no writer: a blocking open would wait for ever
    good = tmp_path / "good.md"
    good.write_text(ARTICLE.format(url=""), encoding="utf-8")
    added = subprocess.run([sys.executable, "-m", "app", "add", "--data", str(tmp_path / "data"), str(pipe),
                            str(good)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert added.returncode == 1 and "not a regular file" in added.stderr and "Saved article" in added.stdout


# ---------------------------------------------------------------- one normalisation on the way in

def test_invisible_characters_do_not_defeat_the_duplicate_check_or_the_extractor(tmp_path: Path) -> None:
    plain = "Hubo bloqueos en Celaya, Guanajuato, el 22 de febrero de 2026."
    hidden = "Hubo blo\u200bqueos en Ce\u2060laya, Guanajuato,\ufeff el 22 de febrero de 2026."
    first, _ = ingest.article_from_upload(plain, metadata={"language": "es"})
    second, _ = ingest.article_from_upload(hidden.encode(), filename="x.txt", metadata={"language": "es"})
    assert second.text == plain and second.id == first.id
    assert ingest.extract_records(second) == ingest.extract_records(first) != []


def test_rtl_overrides_and_controls_leave_titles_and_sources() -> None:
    text = "---\ntitle: Bloqueo \u202egpj.exe\u202c en Celaya\nsource: El \u200fDiario\x1b[31m\n---\nTexto de la nota.\n"
    article, _ = ingest.article_from_upload(text, metadata={"language": "es"})
    assert article.title == "Bloqueo gpj.exe en Celaya" and article.source == "El Diario[31m"


def test_pasted_text_gets_the_checks_a_file_gets() -> None:
    with pytest.raises(ArticleError, match="binary"):
        ingest.article_from_upload("Bloqueos en Celaya.\x00\x00", metadata={"language": "es"})
    with pytest.raises(ArticleError, match="binary"):
        ingest.article_from_upload(b"Bloqueos en Celaya.\x00\x00", filename="x.txt")
    article, _ = ingest.article_from_upload("Bloqueos\x1b en Celaya.", metadata={"language": "es"})
    assert article.text == "Bloqueos en Celaya."
    assert normalise_text("e\u0301") == "\u00e9"


# ---------------------------------------------------------------- seeds folder, names in messages

def test_symlinks_in_the_seeds_folder_stay_inside_it(tmp_path: Path) -> None:
    seeds, outside = tmp_path / "seeds", tmp_path / "secret.txt"
    seeds.mkdir()
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (seeds / "a.md").write_text(ARTICLE.format(url=""), encoding="utf-8")
    (seeds / "passwd.txt").symlink_to(outside)
    (seeds / "alias.md").symlink_to(seeds / "a.md")  # inside: fine
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text("Bloqueos en Zapopan, Jalisco.", encoding="utf-8")
    (seeds / "linked-folder").symlink_to(tmp_path / "elsewhere")
    assert [p.name for p in build.article_files(seeds)] == ["a.md", "alias.md"]


def test_file_names_are_escaped_in_messages(tmp_path: Path) -> None:
    forged = tmp_path / "x.md\nerror: forged line"
    forged.write_text(ARTICLE.format(url=""), encoding="utf-8")
    missing = tmp_path / "gone\n.md"
    added = _main("add", "--data", str(tmp_path / "data"), str(forged), str(missing))
    lines = added.stdout.splitlines() + added.stderr.splitlines()
    assert not any(line.startswith("error: forged") for line in lines), lines
    assert len(added.stdout.splitlines()) == 1 and "\\x0a" in added.stdout
    assert len(added.stderr.splitlines()) == 1 and "\\x0a" in added.stderr


# ---------------------------------------------------------------- spreadsheets

def test_the_csv_on_disk_is_neutralised_and_reads_back(tmp_path: Path) -> None:
    from app.demo import synthetic_incidents
    records = synthetic_incidents(3, seed=1)
    for record, evil in zip(records, ("=cmd|' /C calc'!A0", "=1+2", "@SUM(A1:A9)")):
        record["evidence"] = evil
    store.write_incidents(records, tmp_path)
    text = (tmp_path / store.CSV_NAME).read_text(encoding="utf-8")
    assert "'=cmd|" in text and ",'=1+2," in text and "'@SUM(A1:A9)" in text
    assert ",=1+2," not in text
    back = store.load_incidents(tmp_path)
    assert sorted(back["evidence"]) == sorted(r["evidence"] for r in records)
