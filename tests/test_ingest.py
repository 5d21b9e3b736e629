"""app.ingest: uploads, pasted text and files to add become Articles with stable ids,
with the reader's checks and one-line messages."""
from __future__ import annotations

from pathlib import Path

import pytest

from app import ingest, store
from app.articles import MAX_BYTES, ArticleError


def test_upload_reads_html_and_front_matter() -> None:
    html = b"<html><head><script>alert(1)</script></head><body><p>Bloqueos en Celaya.</p></body></html>"
    got, notes = ingest.article_from_upload(html, filename="x.html", metadata={"source": "S", "date": "2026-02-22"})
    assert got.text == "Bloqueos en Celaya." and got.source == "S" and got.date.isoformat() == "2026-02-22"
    assert got.id == f"added_{store.text_fingerprint(got.text)[:16]}" and notes == []
    pasted, _ = ingest.article_from_upload("---\ntitle: T\nlanguage: nl\n---\nBloqueos en Celaya.")
    assert pasted.id == got.id and pasted.title == "T" and pasted.language == "nl"


def test_an_article_without_a_title_is_titled_by_its_first_line_on_the_page_and_the_command_line(tmp_path) -> None:
    text = "Queman vehículos en Celaya\nHombres armados bloquearon la carretera este sábado.\n"
    pasted, _ = ingest.article_from_upload(text)
    (tmp_path / "nota.txt").write_text(text, encoding="utf-8")
    from_file, _ = ingest.article_from_file(tmp_path / "nota.txt", metadata={"title": ""})  # `add` without --title
    assert pasted.title == from_file.title == "Queman vehículos en Celaya"
    given, _ = ingest.article_from_upload(text, metadata={"title": "Given"})
    assert given.title == "Given"
    assert ingest.headline("x" * 201 + "\nbody") == ""  # a first line that long is no headline


@pytest.mark.parametrize("raw, name, message", [
    (b"\x00\x01binary" * 100, "photo.txt", "photo.txt: looks like a binary file"),
    (b"", "empty.md", "empty.md: the article has no text"),
    ("  \n ", "", "pasted text: the article has no text"),
    (b"a" * (MAX_BYTES + 1), "huge.txt", "huge.txt: 5242881 bytes is over the 5 MB limit"),
])
def test_unreadable_uploads_get_one_line_messages(raw: bytes | str, name: str, message: str) -> None:
    with pytest.raises(ArticleError) as caught:
        ingest.article_from_upload(raw, filename=name)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value) and "/tmp" not in str(caught.value)


def test_legacy_encodings_are_read_with_a_warning() -> None:
    got, notes = ingest.article_from_upload("Bloqueos en Celaya, café".encode("cp1252"), filename="w.txt")
    assert got.text == "Bloqueos en Celaya, café"
    assert notes == ["w.txt: not UTF-8; read as Windows-1252 (Latin-1)"]


def test_a_file_to_add_gets_the_same_id_as_its_upload(tmp_path: Path) -> None:
    path = tmp_path / "nota.md"
    path.write_text("Quemaron vehículos en Zamora, Michoacán.", encoding="utf-8")
    from_file, _ = ingest.article_from_file(path)
    from_upload, _ = ingest.article_from_upload(path.read_bytes(), filename="nota.md")
    assert from_file.id == from_upload.id and from_file.path == "nota.md"


def test_a_missing_file_is_one_line() -> None:
    with pytest.raises(ArticleError, match=r"^/nonexistent/x.txt: cannot read \("):
        ingest.article_from_file(Path("/nonexistent/x.txt"))


def test_extract_records_uses_the_offline_geocoder() -> None:
    article, _ = ingest.article_from_upload("---\ndate: 2026-02-22\nlanguage: es\n---\n"
                                            "Hombres armados quemaron vehículos en Zamora, Michoacán, este domingo.")
    records = ingest.extract_records(article)
    assert records and records[0]["admin2"] == "Zamora" and records[0]["admin1"].startswith("Michoacán")
