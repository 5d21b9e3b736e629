"""The map's incidents as data the browser keeps: one table of points per store revision,
and per view only which of them are shown.

``point_set(events, articles)`` turns the events of a store revision (events.py) that are
placed at a town or near one into columns of numbers with indexes into de-duplicated,
HTML-escaped string tables: ``table`` is what drawing and hovering need, ``details`` what a
popup adds (loaded by the browser on the first popup). ``publish`` writes both as
content-addressed JSON files under the dashboard's static folder, so the browser fetches
them once per revision and keeps them (static/mx/incident_map.js). A filter change then
sends only ``mask``: one bit per point.

No streamlit here; the caching lives in loaders.py.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import numpy as np
import pandas as pd

from app.dashboard.events import ARTICLES, EVENT_KEY, event_keys
from app.dashboard.style import EVENT_STYLE, POINT_PRECISIONS
from app.geo.geocoder import place_label

# Above this many points the popups leave out the evidence sentence and link to the event
# instead (the link opens the map at it with the whole popup): the details file stays a
# few MB even for 100,000 incidents.
EVIDENCE_IN_POPUP_LIMIT = 20_000
EVIDENCE_POPUP_CHARS = 400
# Where published files go: Streamlit serves <app>/static/ at /app/static/ (gitignored).
STATIC_DIR = Path(__file__).resolve().parent / "static"
PUBLISH_DIR = STATIC_DIR / "points"
URL_PREFIX = "/app/static/points"
# Published files older than this are removed when a new one is written (another server
# on this checkout may still use a recent one).
KEEP_PUBLISHED_S = 7 * 24 * 3600
CHUNK_ROWS = 65_536  # items of a long JSON array turned into Python objects at a time
COORD_SCALE = 100_000  # coordinates travel as integers of 1e-5 degrees (about a metre)

TYPE_INDEX = _TYPE_INDEX = {t: i for i, t in enumerate(EVENT_STYLE)}  # a point's ``type``: its place here


@dataclass(frozen=True)
class PointSet:
    """The point events of one store revision, in the order the browser holds them."""

    keys: pd.Index  # event key (events.event_keys) of each point
    table: dict[str, Any]  # lat, lon, type, prec, fat, date, dprec, place, adm1 + string tables
    details: dict[str, Any]  # source, status, conf, ids, evidence + string tables

    def __len__(self) -> int:
        return len(self.keys)

    def positions(self, events: pd.DataFrame) -> np.ndarray:
        """Positions in this set of the point events of ``events`` (a view of the same revision)."""
        if events.empty:
            return np.zeros(0, dtype="int64")
        keys = events[EVENT_KEY] if EVENT_KEY in events else event_keys(events)
        found = self.keys.get_indexer(keys[is_point(events)])
        return found[found >= 0]

    def mask(self, events: pd.DataFrame) -> str | None:
        """Which points ``events`` shows, one bit each (little-endian), base64; None when all are."""
        return shown_bits(self.positions(events), len(self.keys))


def shown_bits(positions: np.ndarray, points: int) -> str | None:
    """The map's mask: bit i set when point i is shown (little-endian), base64; None when
    all ``points`` are (``positions`` distinct)."""
    if len(positions) == points:
        return None
    bits = np.zeros(points, dtype=bool)
    bits[positions] = True
    return base64.b64encode(np.packbits(bits, bitorder="little").tobytes()).decode("ascii")


def at_point_precision(frame: pd.DataFrame) -> pd.Series:
    """Which records are placed at a town or near one (POINT_PRECISIONS); the others (state,
    country) are never drawn where they did not happen."""
    return pd.to_numeric(frame["geo_precision"], errors="coerce").isin(POINT_PRECISIONS)


def is_point(frame: pd.DataFrame) -> pd.Series:
    """Which records are drawn as points: at point precision, with coordinates."""
    lat = pd.to_numeric(frame["latitude"], errors="coerce")
    lon = pd.to_numeric(frame["longitude"], errors="coerce")
    return at_point_precision(frame) & lat.notna() & lon.notna()


def _codes(values: pd.Series, render=html.escape) -> tuple[list[int], list[str]]:
    """Index of each value into a de-duplicated table of rendered (escaped) strings."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes.tolist(), [render(str(u)) for u in uniques]


def place_texts(frame: pd.DataFrame) -> pd.Series:
    """"location, municipality, state", each name once (geo's place_label, the one rule for
    place labels); worked out once per distinct place, not per row."""
    parts = pd.DataFrame({column: frame[column].astype("object").where(frame[column].notna(), "").astype(str)
                          for column in ("location", "admin2", "admin1")})
    places = parts.drop_duplicates()
    labels = pd.Series([place_label(*row) for row in places.itertuples(index=False)], index=places.index)
    keys = pd.MultiIndex.from_frame(parts)
    return pd.Series(labels.set_axis(pd.MultiIndex.from_frame(places)).reindex(keys).to_numpy(), index=frame.index)


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (no javascript:, data:, ...)."""
    from urllib.parse import urlparse

    if not isinstance(url, str):
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def _article_entry(article: str, meta: Mapping[str, Any] | None) -> list[str]:
    """[label, url, id] of one source, each HTML-escaped: the popup builds its line from them."""
    meta = meta or {}
    label = html.escape(str(meta.get("source") or article))
    if meta.get("title"):
        label += " — <i>" + html.escape(str(meta["title"])) + "</i>"
    url = safe_url(meta.get("url"))
    return [label, html.escape(url, quote=True) if url else "", html.escape(article)]


def point_set(events: pd.DataFrame, articles: Mapping[str, Mapping[str, Any]] | None = None,
              with_evidence: bool | None = None) -> PointSet:
    """The point events of ``events`` (events.events of the store's records) as columns.

    Vectorised: it runs once per store revision, for up to 100,000 rows.
    """
    articles = articles or {}
    frame = events[is_point(events)] if not events.empty else events
    keys = frame[EVENT_KEY] if EVENT_KEY in frame else event_keys(frame) if not frame.empty \
        else pd.Series([], dtype="object")
    if with_evidence is None:
        with_evidence = len(frame) <= EVIDENCE_IN_POPUP_LIMIT
    if frame.empty:
        empty: dict[str, Any] = {name: [] for name in ("lat", "lon", "type", "prec", "fat", "date", "dprec",
                                                          "place", "dates", "dateprecs", "places", "adm1", "adm1s")}
        return PointSet(pd.Index([]), empty, {"source": [], "sources": [], "articles": [], "status": [],
                                              "statuses": [], "conf": [], "ids": [], "evidence": None,
                                              "evidences": []})
    lat = (pd.to_numeric(frame["latitude"]) * COORD_SCALE).round().astype("int64")
    lon = (pd.to_numeric(frame["longitude"]) * COORD_SCALE).round().astype("int64")
    date_codes, dates = _codes(frame["event_date"].astype(str))
    dprec_codes, dprecs = _codes(frame["date_precision"].astype(str))
    place_codes, places = _codes(place_texts(frame))
    state_codes, state_names = _codes(frame["admin1"].astype(str))
    table = {
        "lat": lat.tolist(), "lon": lon.tolist(),
        "type": frame["event_type"].map(_TYPE_INDEX).fillna(-1).astype("int64").tolist(),
        "prec": pd.to_numeric(frame["geo_precision"], errors="coerce").fillna(0).astype("int64").tolist(),
        "fat": pd.to_numeric(frame["fatalities"], errors="coerce").fillna(-1).astype("int64").tolist(),
        "date": date_codes, "dates": dates, "dprec": dprec_codes, "dateprecs": dprecs,
        "place": place_codes, "places": places,
        # the state of each point: the map applies a state filter itself, before the server's view
        "adm1": state_codes, "adm1s": state_names,
    }
    # an event reported by several articles names all of them
    sources = frame[ARTICLES] if ARTICLES in frame else frame["article"].astype(str).map(lambda a: (a,))
    article_ids = sorted({a for ids in sources for a in ids})
    article_index = {a: i for i, a in enumerate(article_ids)}
    source_codes, source_keys = pd.factorize(sources.map("\n".join), use_na_sentinel=False)
    status = frame["status"].astype(str) if "status" in frame else pd.Series("auto", index=frame.index)
    status_codes, statuses = _codes(status)
    confidence = (pd.to_numeric(frame["confidence"], errors="coerce") * 100).round().fillna(-1).astype("int64") \
        if "confidence" in frame else pd.Series(-1, index=frame.index)
    details: dict[str, Any] = {
        "source": source_codes.tolist(),
        "sources": [[article_index[a] for a in key.split("\n")] for key in source_keys],
        "articles": [_article_entry(a, articles.get(a)) for a in article_ids],
        "status": status_codes, "statuses": statuses, "conf": confidence.tolist(),
        "ids": frame["incident_id"].astype(str).tolist(), "evidence": None, "evidences": [],
    }
    if with_evidence:
        details["evidence"], details["evidences"] = _evidence_codes(frame["evidence"])
    return PointSet(pd.Index(keys.tolist()), table, details)


def _evidence_codes(evidence: pd.Series) -> tuple[list[int], list[str]]:
    """The popups' evidence: codes into the distinct sentences, cut at EVIDENCE_POPUP_CHARS;
    -1 for none."""
    text = evidence.astype("object").fillna("").astype(str)
    long = text.str.len() > EVIDENCE_POPUP_CHARS
    text = text.where(~long, text.str.slice(0, EVIDENCE_POPUP_CHARS).str.rstrip() + "…")
    codes, evidences = _codes(text)
    empty_codes = {i for i, e in enumerate(evidences) if not e}
    return [-1 if c in empty_codes else c for c in codes], evidences


@dataclass(frozen=True)
class EventPoints:
    """The map's points of one revision built from the store's columns (above the pandas
    path's size): the published files, and all the server keeps of them, each point's event
    number (``ev`` of app.store.queries, ascending: the files' order)."""

    published: "Published"
    events: np.ndarray

    def __len__(self) -> int:
        return len(self.events)

    def positions(self, events: np.ndarray) -> np.ndarray:
        """Positions of the points among ``events`` (event numbers; the others are not points)."""
        found = np.searchsorted(self.events, events)
        inside = found < len(self.events)
        found = found[inside]
        return found[self.events[found] == np.asarray(events)[inside]]

    def mask(self, events: np.ndarray) -> str | None:
        return shown_bits(np.unique(self.positions(events)), len(self.events))


def _coded(text: Any, render=html.escape) -> tuple[np.ndarray, list[str]]:
    """A text column (queries.Texts: codes in order of first appearance, -1 missing) as codes
    into its rendered values (missing: "None", as ``astype(str)`` renders it on the pandas
    path)."""
    codes = text.codes
    names = [render(str(name)) for name in text.names]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(names), codes)
        names.append(render("None"))
    return codes, names


def event_points(columns: Any, articles: Mapping[str, Mapping[str, Any]] | None = None,
                 folder: Path | None = None) -> EventPoints:
    """The points file of ``columns`` (IncidentQueries.point_columns: one row per point
    event, texts as codes in order of first appearance), published: the same files point_set
    and publish make of the same events, up to the order of the string tables, worked out
    per distinct value rather than per row and written a column at a time (the long
    columns a slice at a time), and nothing but the event numbers kept."""
    articles = articles or {}
    if not len(columns):
        return EventPoints(publish(point_set(pd.DataFrame()), folder), np.zeros(0, dtype="int64"))
    scaled = lambda values: np.round(values * COORD_SCALE).astype("int64")  # noqa: E731
    texts = columns.texts
    types, type_names = _coded(texts["event_type"], render=str)
    dates, date_names = _coded(texts["event_date"])
    dprecs, dprec_names = _coded(texts["date_precision"])
    adm1, adm1_names = _coded(texts["admin1"])
    # a place's label per distinct (location, municipality, state), not per row
    parts = [texts[c] for c in ("location", "admin2", "admin1")]
    triples, inverse = np.unique(np.stack([p.codes for p in parts], axis=1), axis=0, return_inverse=True)
    name = lambda part, code: "" if code < 0 else str(part.names[code])  # noqa: E731
    labels = [place_label(*(name(part, code) for part, code in zip(parts, triple))) for triple in triples]
    label_codes, label_names = pd.factorize(pd.Series(labels, dtype="object"), use_na_sentinel=False)
    table: dict[str, Any] = {
        "lat": scaled(columns.latitude), "lon": scaled(columns.longitude),
        "type": np.array([_TYPE_INDEX.get(t, -1) for t in type_names], dtype="int64")[types],
        "prec": columns.geo_precision, "fat": columns.fatalities,
        "date": dates, "dates": date_names, "dprec": dprecs, "dateprecs": dprec_names,
        "place": label_codes[inverse.reshape(-1)], "places": [html.escape(str(label)) for label in label_names],
        "adm1": adm1, "adm1s": adm1_names,
    }
    statuses, status_names = _coded(columns.status)
    confidence = np.round(columns.confidence * 100)
    details: dict[str, Any] = {
        "source": columns.source,
        "sources": JsonChunks(_sets(columns.source_members, columns.source_offsets)),
        "articles": JsonChunks([_article_entry(a, articles.get(a)) for a in columns.articles[i:i + CHUNK_ROWS]]
                               for i in range(0, len(columns.articles), CHUNK_ROWS)),
        "status": statuses, "statuses": status_names,
        "conf": np.where(np.isnan(confidence), -1, confidence).astype("int64"),
        "ids": JsonChunks(columns.ids.slice(i, CHUNK_ROWS).to_pylist() for i in range(0, len(columns.ids), CHUNK_ROWS)),
        "evidence": None, "evidences": [],
    }
    if columns.evidence is not None:
        details["evidence"], details["evidences"] = _evidence_codes(pd.Series(columns.evidence.to_pylist(),
                                                                              dtype="object"))
    return EventPoints(Published(publish_json(table, "points", folder), publish_json(details, "details", folder)),
                       columns.ev.astype("int64"))


def _sets(members: np.ndarray, offsets: np.ndarray) -> Iterator[list[list[int]]]:
    """The article sets of CSR ``members`` and ``offsets`` as lists, CHUNK_ROWS sets at a time."""
    for start in range(0, len(offsets) - 1, CHUNK_ROWS):
        bounds = offsets[start:start + CHUNK_ROWS + 1]
        flat = members[bounds[0]:bounds[-1]].tolist()
        yield [flat[a - bounds[0]:b - bounds[0]] for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist())]


class JsonChunks:
    """A long JSON array given as an iterable of lists, its items written a list at a time
    (json_parts); read once."""

    def __init__(self, chunks: Iterable[list[Any]]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[list[Any]]:
        return iter(self.chunks)


def json_parts(payload: Any) -> Iterator[str]:
    """The JSON text of ``payload`` (compact, ASCII), in parts whose concatenation is
    ``json.dumps``'s text: a mapping a value at a time, a numpy column or JsonChunks
    CHUNK_ROWS items at a time, so a long file is never one string in memory."""
    if not isinstance(payload, Mapping) or not all(isinstance(key, str) for key in payload):
        yield _dumps(payload)
        return
    yield "{"
    for i, (key, value) in enumerate(payload.items()):
        yield ("," if i else "") + _dumps(key) + ":"
        if isinstance(value, np.ndarray) and value.ndim:
            value = JsonChunks(_slices(value))
        if not isinstance(value, JsonChunks):
            yield _dumps(value)
            continue
        yield "["
        written = False
        for chunk in value:
            if len(chunk):
                yield ("," if written else "") + _dumps(chunk)[1:-1]
                written = True
        yield "]"
    yield "}"


def _slices(values: np.ndarray) -> Iterator[list[Any]]:
    for start in range(0, len(values), CHUNK_ROWS):
        yield values[start:start + CHUNK_ROWS].tolist()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=_listed)


def to_json(payload: Any) -> bytes:
    # ensure_ascii: no raw U+2028/2029; "<" as \u003c so the same text may sit in a <script>.
    # Columns of numbers may be numpy arrays: each becomes a list only while it is written.
    return "".join(json_parts(payload)).replace("<", "\\u003c").encode("ascii")


def _listed(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


@dataclass(frozen=True)
class Published:
    """URLs (under /app/static/) of a point set's two files."""

    points_url: str
    details_url: str


def publish_json(payload: Mapping[str, Any], kind: str, folder: Path | None = None) -> str:
    """Write ``payload`` as <folder>/<kind>-<sha256>.json unless it is there; its URL.

    Content-addressed: the same data always get the same name, so the browser may keep a
    file for good, and two servers on one checkout never overwrite each other's files.
    Written a part at a time (json_parts) to a temporary file while it is hashed, so a long
    file is never whole in memory; a file already there is left alone.
    """
    folder = folder or PUBLISH_DIR
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(handle, "wb") as out:
            for part in json_parts(payload):
                body = part.replace("<", "\\u003c").encode("ascii")
                digest.update(body)
                out.write(body)
        name = f"{kind}-{digest.hexdigest()[:32]}.json"
        target = folder / name
        if target.is_file():
            Path(temp).unlink()
        else:
            os.chmod(temp, 0o644)  # mkstemp makes it private; it is a public static file
            os.replace(temp, target)
            _prune(folder, keep=target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return f"{URL_PREFIX}/{name}"


def _prune(folder: Path, keep: Path) -> None:
    cutoff = time.time() - KEEP_PUBLISHED_S
    for path in folder.glob("*.json"):
        try:
            if path != keep and path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass  # another server pruned it first


def publish(points: PointSet, folder: Path | None = None) -> Published:
    return Published(publish_json(points.table, "points", folder), publish_json(points.details, "details", folder))
