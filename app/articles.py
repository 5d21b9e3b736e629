"""Articles: reading files, front matter, publication date and language.

An Article is the unit the extractor works on. Reading is defensive: any file we cannot
turn into text raises ArticleError with a one-line message naming the file, so a batch
can report it and carry on. What we can read but had to guess at is said in a warning
(``warnings.warn``, one line naming the file); the command line prints those on stderr.

The rules for hostile or broken input (docs/articles.md has the table):

- size: at most MAX_BYTES (5 MB) per file or pasted text; larger is an error. A news
  article is a few kB; the limit keeps one file from stalling a batch (the extractor
  runs at about 1 MB of worst-case text per 3 s).
- encoding: UTF-8 (a byte-order mark is dropped; UTF-16 with its BOM is read too). Other
  bytes are decoded as Windows-1252, or Latin-1 where cp1252 has no character, with a
  warning: legacy Spanish news sites still serve both, and guessing right keeps accents.
- binary data (NUL bytes, many control characters) is an error, not an article.
- empty or whitespace-only text is an error ("the article has no text").
- HTML: the main text and the page's metadata (title, publication date, site name, URL)
  come from trafilatura, so navigation, "Related" links and footers never reach the
  extractor; when it finds no main text (a fragment, a tiny page) our own stripper reads
  it: script, style, template and noscript elements and comments are removed with their
  content (an unclosed one removes everything after it); other tags are dropped.
- front matter: unknown keys are ignored; a date that is not a date between 1900 and
  2100 is ignored with a warning (the date then comes from the text); a language other
  than nl, es or en is ignored with a warning (it is detected from the text instead).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import logging
import os
import re
import stat
import unicodedata
import urllib.parse
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

MAX_BYTES = 5 * 1024 * 1024  # 5 MB: far above any news article, small enough to stay fast
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "language")
# Publication dates outside this range are typos or hostile (date arithmetic near year 1
# or 9999 overflows); they are ignored with a warning.
MIN_DATE, MAX_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters that change no visible text but defeat the duplicate check and the extractor's
# wording ("blo\u200bqueo"), or reorder what a reader sees (RTL overrides), and control
# characters (NUL, ESC, ...) other than tab, newline, carriage return and form feed.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad"
                        "\x00-\x08\x0b\x0e-\x1f\x7f]")


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
    url_text: str = ""  # an address given that is not a valid http(s) URL: kept as text, never a link


def normalise_text(text: str) -> str:
    """The one normalisation of text coming in (files, uploads, pastes, metadata): NFC,
    without zero-width characters, bidirectional overrides and control characters other
    than tab and line breaks."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def checked_url(value: str) -> str:
    """``value`` when it is an absolute http(s) URL that ``urllib.parse`` can take apart
    (host, port), else "" (``http://[::1``, ``http://evil\uff03.example/``, javascript:)."""
    value = value.strip()
    if not value or any(ch.isspace() for ch in value):
        return ""
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return ""
    return value if parts.scheme in ("http", "https") and parts.hostname else ""


def inside_folder(path: Path, folder: Path) -> bool:
    """``path`` is in ``folder`` once symbolic links are resolved (a link in seeds/ to
    /etc/passwd is not)."""
    try:
        return Path(path).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def display_name(name: str) -> str:
    """``name`` fit for a one-line message: control characters (a newline in a file name)
    and undecodable bytes shown as escapes."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


# ---------------------------------------------------------------- bytes -> text

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first; UTF-16 with a BOM; else cp1252, then latin-1,
    with a warning, for legacy files."""
    if raw.startswith(_UTF16_BOMS):
        try:
            return _check_text(raw.decode("utf-16"), name)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the checks below decide
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{name}: looks like a binary file, not an article")
    for encoding, label in (("utf-8-sig", ""), ("cp1252", "Windows-1252 (Latin-1)"), ("latin-1", "Latin-1")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = _check_text(text, name)
        if label:
            warnings.warn(f"{name}: not UTF-8; read as {label}", stacklevel=3)
        return text
    raise ArticleError(f"{name}: cannot decode the text")  # latin-1 never fails; kept for clarity


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but \t \n \f \r


def _check_text(text: str, name: str) -> str:
    """``text``, unless many control characters say it is binary data that happened to decode."""
    head = text[:4096]
    controls = len(_CONTROL_CHARS.findall(head))
    if "\x00" in head or controls > max(8, len(head) // 50):
        raise ArticleError(f"{name}: looks like a binary file, not an article")
    return text


# Elements whose content is never text, and comments: the opening, then the matching end
# searched for separately (a lazy ".*?" regex is quadratic on many unclosed openings).
_HIDDEN_OPEN = re.compile(r"<!--|<(script|style|noscript|template)\b", re.I)
_HIDDEN_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "noscript", "template")}
_BLOCK_TAG = re.compile(r"</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|title)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]+>")  # not "[^>]": a lone "<" must not make the scan quadratic


# What a page never shows as text but trafilatura would keep (a noscript fallback, a
# template); script and style stay for it: JSON-LD in a script holds the page's date.
_NEVER_SHOWN_OPEN = re.compile(r"<!--|<(noscript|template)\b", re.I)


def _drop_hidden(markup: str, opening_pattern: re.Pattern[str] = _HIDDEN_OPEN) -> str:
    """``markup`` without comments and script/style/noscript/template elements (or those
    ``opening_pattern`` finds); an unclosed one hides everything after it (a browser would
    not show it either)."""
    parts: list[str] = []
    pos = 0
    while (opening := opening_pattern.search(markup, pos)) is not None:
        parts.append(markup[pos:opening.start()])
        if opening.group(1):
            closing = _HIDDEN_CLOSE[opening.group(1).lower()].search(markup, opening.end())
            end = closing.end() if closing else -1
        else:
            end = markup.find("-->", opening.end())
            end = end + 3 if end >= 0 else -1
        if end < 0:
            return "".join(parts)
        parts.append(" ")
        pos = end
    parts.append(markup[pos:])
    return "".join(parts)


def strip_html(markup: str) -> str:
    """Visible text of an HTML page; block elements become paragraph breaks."""
    text = _drop_hidden(markup)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@dataclass(frozen=True)
class PageText:
    """What an HTML page holds for us: its main text and what its markup says about it."""

    text: str
    metadata: dict[str, str]   # title, date (YYYY-MM-DD), source, url, language; only those found
    main_text_found: bool      # False: trafilatura found none and ``text`` is the stripper's


_HTML_LANG = re.compile(r"<html\b[^<>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})\b", re.I)
# trafilatura and its helpers log what they discard; a batch reports its own one-line messages.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def read_html(markup: str) -> PageText:
    """The main text of a page (paragraphs separated by blank lines) and its metadata, by
    trafilatura; the publication date only from the page's markup (meta tags, JSON-LD,
    not guessed from its text, which ``detect_date`` reads later anyway). Without main text,
    or when trafilatura fails on hostile markup, ``strip_html`` reads the whole page."""
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        import trafilatura
        document = trafilatura.bare_extraction(
            _drop_hidden(markup, _NEVER_SHOWN_OPEN), with_metadata=True, include_comments=False,
            include_tables=False, date_extraction_params={"extensive_search": False, "original_date": True})
        text = _paragraphs(document.body) if document is not None and document.body is not None else ""
    except Exception:  # noqa: BLE001 - a parser bug on one page must not stop a batch: fall back
        document, text = None, ""
    metadata: dict[str, str] = {}
    if document is not None:
        found = {"title": document.title, "date": document.date, "source": document.sitename,
                 "url": checked_url(document.url or "")}
        metadata = {k: " ".join(str(v).split()) for k, v in found.items() if v}
    lang = _HTML_LANG.search(markup[:4096])
    if lang and lang.group(1).lower() in _STOPWORDS:
        metadata["language"] = lang.group(1).lower()
    if text.strip():
        return PageText(text, metadata, True)
    return PageText(strip_html(markup), metadata, False)


def _paragraphs(body: Any) -> str:
    """trafilatura's main-text tree as paragraphs separated by blank lines. Its own text
    output puts bold and links on lines of their own ("Hubo un\\nbloqueo\\nen Zapopan"),
    which would cut place names and sentences apart; a ``<br>`` stays one line break."""
    paragraphs: list[str] = []
    for block in body:
        for part in (block.iter("item") if block.tag == "list" else (block,)):
            for lb in part.iter("lb"):
                lb.tail = "\n" + (lb.tail or "")
            lines = (" ".join(line.split()) for line in "".join(part.itertext()).split("\n"))
            paragraph = "\n".join(line for line in lines if line)
            if paragraph:
                paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


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
    """``YYYY-MM-DD`` (anything after the tenth character is ignored) between MIN_DATE and
    MAX_DATE, else None."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return None
    return value if MIN_DATE <= value <= MAX_DATE else None


# ---------------------------------------------------------------- assembling

def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_article_text(text: str, *, article_id: str, metadata: dict | None = None,
                       path: str = "") -> Article:
    """An Article from already-decoded text (a file's content or text pasted by a user).

    Precedence for title/date/source/url/language: ``metadata`` (seeds/metadata.json or the
    command line), then front matter, then what the text itself shows.
    """
    name = display_name(path or article_id)
    if len(text) > MAX_BYTES:
        raise ArticleError(f"{name}: {len(text)} characters is over the {MAX_BYTES // (1024 * 1024)} MB "
                           "limit for an article")
    # Surrogates (undecodable bytes smuggled through "surrogateescape") cannot be written
    # out as UTF-8 later: replace them now.
    text = text.encode("utf-8", "replace").decode("utf-8")
    # Pasted text gets the checks a file gets (NUL, many control characters: binary data),
    # then the one normalisation every text coming in gets.
    text = normalise_text(_check_text(text, name))
    front, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    body = body.strip("\n")
    if not body.strip():
        raise ArticleError(f"{name}: the article has no text")
    extra = metadata if isinstance(metadata, dict) else {}
    meta: dict[str, Any] = {**front, **{k: v for k, v in extra.items() if v not in (None, "")}}
    given_url = _field(meta, "url")
    url = checked_url(given_url)
    if given_url and not url:
        warnings.warn(f"{name}: url {display_name(given_url[:80])!r} is not a valid http(s) address; "
                      "kept as text, without a link", stacklevel=2)
    return Article(id=article_id, text=body, title=_field(meta, "title"), date=_date(meta, body, name),
                   source=_field(meta, "source"), url=url, url_text="" if url else given_url,
                   language=_language(meta, body, name), path=path, content_hash=_hash(body))


def _field(meta: dict[str, Any], key: str) -> str:
    """A metadata value as one line of normalised text (front matter and metadata.json may
    hold anything)."""
    value = meta.get(key)
    return " ".join(normalise_text(str(value)).split()) if value not in (None, "") else ""


def _date(meta: dict[str, Any], body: str, name: str) -> dt.date | None:
    if meta.get("date") not in (None, ""):
        date = parse_iso_date(meta["date"])
        if date is not None:
            return date
        shown = display_name(str(meta["date"])[:40])
        warnings.warn(f"{name}: date {shown!r} is not YYYY-MM-DD (years {MIN_DATE.year}-{MAX_DATE.year}); "
                      "taking the date from the text instead", stacklevel=3)
    return detect_date(body)


def _language(meta: dict[str, Any], body: str, name: str) -> str:
    declared = meta.get("language")
    language = str(declared or "").strip().lower()[:2]
    if language in _STOPWORDS:
        return language
    detected = detect_language(body)
    if declared not in (None, ""):
        shown = display_name(str(declared)[:20])
        warnings.warn(f"{name}: language {shown!r} is not nl, es or en; detected {detected!r} from the text",
                      stacklevel=3)
    return detected


def read_article(path: str | Path, *, metadata: dict | None = None) -> Article:
    """Read one article file (.txt, .md, .html); raise ArticleError when it cannot be read."""
    path = Path(path)
    name = display_name(str(path))
    article_id = path.stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return read_article_bytes(read_capped_bytes(path, name), name=name, article_id=article_id,
                              html=path.suffix.lower() in HTML_SUFFIXES, metadata=metadata)


def read_article_bytes(raw: bytes, *, name: str, article_id: str, html: bool = False,
                       metadata: dict | None = None) -> Article:
    """An article from a file's bytes (an upload, say): the same checks as ``read_article``
    (size limit, encodings, binary data, HTML to text); ``name`` is used in messages."""
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{name}: {len(raw)} bytes is over the {MAX_BYTES // (1024 * 1024)} MB "
                           "limit for an article")
    text = _decode(raw, name)
    if html:
        front, rest = split_front_matter(text)
        page = read_html(rest)
        text = page.text
        front = {**page.metadata, **front}  # what the file's front matter says wins over the page
        if front:
            text = "---\n" + "\n".join(f"{k}: {v}" for k, v in front.items()) + "\n---\n" + text
    return parse_article_text(text, article_id=article_id, metadata=metadata, path=name)


def noting_warnings(read: Callable[..., Article], *args: Any, **kwargs: Any) -> tuple[Article, list[str]]:
    """``read(*args, **kwargs)`` plus its warnings (legacy encoding, bad front-matter date,
    ...) as one-line messages, for callers that show them rather than let Python print them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = read(*args, **kwargs)
    return article, [str(w.message) for w in caught]


def read_article_noting_warnings(path: str | Path, *, metadata: dict | None = None) -> tuple[Article, list[str]]:
    """``read_article`` plus its warnings as one-line messages."""
    return noting_warnings(read_article, path, metadata=metadata)


def failure_reason(exc: BaseException) -> str:
    """An unexpected exception as one short line, for a per-file error message."""
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:200]


def read_capped_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, at most MAX_BYTES: read with a cap, so a device or a file that grows
    ("/dev/zero", a pipe) cannot exhaust memory."""
    too_big = f"{name}: over the {MAX_BYTES // (1024 * 1024)} MB limit for an article"
    try:
        # Non-blocking: opening a named pipe must not wait for a writer; then only a
        # regular file is read (a pipe, a device or a socket is refused).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ArticleError(f"{name}: not a regular file (a pipe, device or socket); not read")
            if info.st_size > MAX_BYTES:
                raise ArticleError(f"{name}: {info.st_size} bytes is over the {MAX_BYTES // (1024 * 1024)} MB "
                                   "limit for an article")
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        reason = " ".join(str(exc.strerror or exc).split())
        raise ArticleError(f"{name}: cannot read ({reason})") from exc
    if len(raw) > MAX_BYTES:
        raise ArticleError(too_big)
    return raw


def load_metadata(folder: Path) -> dict[str, dict]:
    """seeds/metadata.json as {file stem: metadata}, or {} when there is none."""
    path = Path(folder) / "metadata.json"
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{display_name(str(path))}: not valid JSON ({' '.join(str(exc).split())})") from exc
    except RecursionError as exc:  # "[[[[…" thousands deep
        raise ArticleError(f"{display_name(str(path))}: nested too deeply to be metadata") from exc
    # Entries that are not objects are ignored: they cannot say anything about an article.
    return {str(k): v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}
