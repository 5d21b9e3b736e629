"""Reading articles: encodings, front matter, HTML, size limits, language and date detection."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.articles import MAX_BYTES, ArticleError, detect_language, parse_article_text, read_article

ROOT = Path(__file__).resolve().parent.parent


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_front_matter_is_parsed_and_removed(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "---\ntitle: Bloqueos\ndate: 2026-02-22\nsource: X\nurl: http://x\n"
                                     "language: es\n---\nHubo bloqueos en Celaya.\n")
    article = read_article(path)
    assert (article.id, article.title, article.date, article.source, article.url, article.language) == (
        "a", "Bloqueos", dt.date(2026, 2, 22), "X", "http://x", "es")
    assert article.text == "Hubo bloqueos en Celaya."
    assert article.content_hash and article.path == str(path)


def test_malformed_front_matter_date_warns_and_uses_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.txt", "---\ndate: 22/02/yesterday\n---\n22 de febrero de 2026\nHubo bloqueos.")
    with pytest.warns(UserWarning, match="not YYYY-MM-DD"):
        article = read_article(path)
    assert article.date == dt.date(2026, 2, 22)


def test_front_matter_without_closing_line_is_just_text(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "c.txt", "---\ntitle: x\nThe army killed him on Sunday."))
    assert "army" in article.text


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", "---\ntitle: t\n---\n\n".encode()])
def test_empty_or_whitespace_only_is_an_error(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(ArticleError, match="no text"):
        read_article(_write(tmp_path, "e.txt", content))


def test_binary_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="binary"):
        read_article(_write(tmp_path, "bin.txt", bytes(range(256)) * 20))


def test_too_large_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="limit"):
        read_article(_write(tmp_path, "big.txt", b"a " * (MAX_BYTES // 2 + 10)))


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "nope.txt")


def test_latin1_and_cp1252_are_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Hubo un ataque en Michoacán el miércoles – dijo “la policía”."
    with pytest.warns(UserWarning, match="l.txt: not UTF-8; read as Windows-1252"):
        article = read_article(_write(tmp_path, "l.txt", text.encode("cp1252")))
    assert article.text == text
    with pytest.warns(UserWarning, match="not UTF-8"):
        article = read_article(_write(tmp_path, "l1.txt", "Ataque en Michoacán.".encode("latin-1")))
    assert article.text == "Ataque en Michoacán."


def test_bom_is_stripped(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "bom.txt", "\ufeff---\nlanguage: nl\n---\nIn Culiacán.".encode("utf-8")))
    assert article.language == "nl" and article.text == "In Culiacán."


def test_html_markup_scripts_and_styles_are_stripped(tmp_path: Path) -> None:
    html = ("<html><head><title>T</title><style>p{color:red}</style><script>var x='Culiacán';</script></head>"
            "<body><p>Hubo bloqueos en <b>Celaya</b> &amp; Irapuato.</p><p>Segundo p&aacute;rrafo.</p></body></html>")
    article = read_article(_write(tmp_path, "page.html", html))
    assert "Hubo bloqueos en Celaya & Irapuato." in article.text
    assert "Segundo párrafo." in article.text
    assert "color" not in article.text and "var x" not in article.text


@pytest.mark.parametrize("text,lang", [
    ("Het leger heeft de leider van het kartel gedood en de wegen werden geblokkeerd.", "nl"),
    ("El ejército abatió al líder del cártel y se reportaron bloqueos en las carreteras.", "es"),
    ("The army killed the leader of the cartel and roads were blocked in the state.", "en"),
])
def test_language_is_detected_from_stopwords(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_unknown_language_falls_back_to_english() -> None:
    assert detect_language("Lorem ipsum dolor sit amet consectetur.") == "en"
    with pytest.warns(UserWarning, match="language 'fr' is not nl, es or en"):
        article = parse_article_text("---\nlanguage: fr\n---\nThe army killed him in the city.", article_id="x")
    assert article.language == "en"


@pytest.mark.parametrize("text,date", [
    (" date 2020-07 Titel\n\n19 juli 2020\n\n11u46\n\nTekst.", dt.date(2020, 7, 19)),
    ("Ciudad de México, 22 de febrero de 2026. Hubo bloqueos.", dt.date(2026, 2, 22)),
    ("February 22, 2026 — Roadblocks were reported.", dt.date(2026, 2, 22)),
    ("No date at all here.", None),
])
def test_publication_date_is_detected_from_the_text(text: str, date) -> None:
    assert parse_article_text(text, article_id="x").date == date


def test_metadata_wins_over_front_matter() -> None:
    article = parse_article_text("---\ndate: 2020-01-01\nlanguage: en\n---\nIn Culiacán.", article_id="x",
                                 metadata={"date": "2026-02-23", "language": "nl", "title": "T"})
    assert (article.date, article.language, article.title) == (dt.date(2026, 2, 23), "nl", "T")


def test_seed_metadata_supplies_title_date_and_language() -> None:
    import json
    meta = json.loads((ROOT / "seeds" / "metadata.json").read_text(encoding="utf-8"))
    stem = "001_722de48f1f58a2b1"
    article = read_article(ROOT / "seeds" / f"{stem}.txt", metadata=meta[stem])
    assert article.date == dt.date(2020, 7, 19) and article.language == "nl" and article.source == "AD.nl"
    # Without metadata the text still gives the same date and language.
    bare = read_article(ROOT / "seeds" / f"{stem}.txt")
    assert bare.date == dt.date(2020, 7, 19) and bare.language == "nl"


def test_article_is_frozen() -> None:
    article = parse_article_text("In Culiacán.", article_id="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "other"  # type: ignore[misc]
