"""Articles: reading files, front matter, publication date and language.

An Article is the unit the extractor works on. Reading is defensive: any file we cannot
turn into text raises ArticleError with a one-line message naming the file, so a batch
can report it and carry on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_BYTES = 5 * 1024 * 1024  # 5 MB: far above any news article, small enough to stay fast
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "language")


class ArticleError(Exception):
    """An input that cannot be read as an article; the message is one line."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    date: dt.date | None = None
    source: str = ""
    url: str = ""
    language: str = "en"
    path: str = ""
    content_hash: str = ""


# ---------------------------------------------------------------- bytes -> text

def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first; cp1252 then latin-1 for legacy files."""
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{name}: looks like a binary file, not an article")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Many control characters mean binary data that happened to decode.
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > max(8, len(text[:4096]) // 50):
            raise ArticleError(f"{name}: looks like a binary file, not an article")
        return text
    raise ArticleError(f"{name}: cannot decode the text")  # latin-1 never fails; kept for clarity


_SCRIPT_STYLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAG = re.compile(r"</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|title)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def strip_html(markup: str) -> str:
    """Visible text of an HTML page; block elements become paragraph breaks."""
    text = _SCRIPT_STYLE.sub(" ", markup)
    text = _COMMENT.sub(" ", text)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- front matter

_FRONT = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines between two ``---`` lines at the top, and the body after them."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[match.end():]


# ---------------------------------------------------------------- language

_STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet werd werden door "
                    "ook maar naar bij hij ze zich aan om deze dit wordt heeft hebben zei".split()),
    "es": frozenset("el la los las de del y en que un una por con para se su al es lo como "
                    "más pero sus fue han este esta tras según desde".split()),
    "en": frozenset("the and of to in a is that was for on with as by at from his her "
                    "were has have had it its this which said after".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "en") -> str:
    """nl, es or en by stopword counts over the first few thousand characters."""
    counts = {lang: 0 for lang in _STOPWORDS}
    for word in _WORD.findall(text[:6000].lower()):
        for lang, words in _STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: (counts[lang], lang == default))
    return best if counts[best] >= 3 else default


# ---------------------------------------------------------------- publication date

MONTHS: dict[str, int] = {}
for _names in (
    "januari februari maart april mei juni juli augustus september oktober november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "january february march april may june july august september october november december",
):
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS[_name] = _i
MONTHS.update({"setiembre": 9, "sept": 9, "sep": 9, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
               "jun": 6, "jul": 7, "aug": 8, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dic": 12,
               "ene": 1, "abr": 4, "ago": 8, "mrt": 3})
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

_DATE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), ("y", "m", "d")),
    (re.compile(rf"\b(?P<d>[0-3]?\d)(?:\s+de)?\s+(?P<m>{MONTH_RE})\.?(?:\s+de(?:l)?)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I), ("y", "m", "d")),
    (re.compile(rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I), ("y", "m", "d")),
    (re.compile(r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\b"), ("y", "m", "d")),
)


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    m = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    try:
        return dt.date(int(year), m or 0, int(day))
    except (TypeError, ValueError):
        return None


def detect_date(text: str) -> dt.date | None:
    """The first full date near the top of the text, taken as the publication date."""
    head = text[:1500]
    found: list[tuple[int, dt.date]] = []
    for pattern, _ in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            date = _to_date(match["y"], match["m"], match["d"])
            if date:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


def parse_iso_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------- assembling

def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_article_text(text: str, *, article_id: str, metadata: dict | None = None,
                       path: str = "") -> Article:
    """An Article from already-decoded text (a file's content or text pasted by a user).

    Precedence for title/date/source/url/language: ``metadata`` (seeds/metadata.json or the
    command line), then front matter, then what the text itself shows.
    """
    front, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    body = body.strip("\n")
    if not body.strip():
        raise ArticleError(f"{path or article_id}: the article has no text")
    meta: dict[str, Any] = {**front, **{k: v for k, v in (metadata or {}).items() if v not in (None, "")}}
    date = None
    if meta.get("date"):
        date = parse_iso_date(meta["date"])
        if date is None:
            warnings.warn(f"{path or article_id}: date {meta['date']!r} is not YYYY-MM-DD; "
                          "taking the date from the text instead", stacklevel=2)
    if date is None:
        date = detect_date(body)
    language = str(meta.get("language") or "").lower()[:2]
    if language not in _STOPWORDS:
        language = detect_language(body)
    return Article(id=article_id, text=body, title=str(meta.get("title") or ""), date=date,
                   source=str(meta.get("source") or ""), url=str(meta.get("url") or ""),
                   language=language, path=path, content_hash=_hash(body))


def read_article(path: str | Path, *, metadata: dict | None = None) -> Article:
    """Read one article file (.txt, .md, .html); raise ArticleError when it cannot be read."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{name}: {size} bytes is over the {MAX_BYTES // (1024 * 1024)} MB limit for an article")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    text = _decode(raw, name)
    if path.suffix.lower() in (".html", ".htm"):
        front, rest = split_front_matter(text)
        text = strip_html(rest)
        if front:
            text = "---\n" + "\n".join(f"{k}: {v}" for k, v in front.items()) + "\n---\n" + text
    return parse_article_text(text, article_id=path.stem, metadata=metadata, path=name)


def load_metadata(folder: Path) -> dict[str, dict]:
    """seeds/metadata.json as {file stem: metadata}, or {} when there is none."""
    path = Path(folder) / "metadata.json"
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{path}: not valid JSON ({exc})") from exc
    return data if isinstance(data, dict) else {}
