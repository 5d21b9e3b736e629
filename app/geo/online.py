"""Optional online fallback through geopy's Nominatim, for names the gazetteer lacks.

Off by default (``OfflineGeocoder(online=None)``); the CLI turns it on with ``--online``.
Public Nominatim allows one request per second, so every call goes through geopy's
``RateLimiter`` (at least ``min_delay_seconds`` apart), with a descriptive user agent,
and every answer (including "nothing found") is cached on disk under data/cache/ so a
name is asked once. The answer is placed in its INEGI municipality and state by
point-in-polygon, exactly like the offline data; answers outside Mexico are dropped.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Callable

from app.atomic import atomic_write_text
from app.geo.gazetteer import normalize
from app.geo.geocoder import Place
from app.geo.shapes import municipality_index

CACHE_DIR = Path(__file__).resolve().parents[2] / "data" / "cache"
CACHE_FILE = "nominatim.json"
USER_AGENT = ("cartel-incident-map/0.1 (offline-first research tool mapping violence "
              "incidents in Mexico from news; geocoding fallback)")
MIN_DELAY_SECONDS = 1.0

# Nominatim's addresstype -> (geo_precision, kind)
PRECISIONS: dict[str, tuple[int, str]] = {
    "city": (1, "locality"), "town": (1, "locality"), "village": (1, "locality"),
    "hamlet": (1, "locality"), "municipality": (1, "municipality"),
    "county": (1, "municipality"), "state": (3, "state"), "country": (4, "country"),
}
DEFAULT_PRECISION = (2, "locality")  # a suburb, a road, a building: near a town


class NominatimFallback:
    """``lookup(name, state=...) -> Place | None`` through Nominatim, rate-limited and cached."""

    def __init__(self, *, cache_path: Path | None = None, user_agent: str = USER_AGENT,
                 adapter_factory: Callable[..., Any] | None = None,
                 min_delay_seconds: float = MIN_DELAY_SECONDS, timeout: float = 10.0) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self.cache_path = cache_path or CACHE_DIR / CACHE_FILE
        self._nominatim = Nominatim(user_agent=user_agent, timeout=timeout,
                                    adapter_factory=adapter_factory)
        self._geocode = RateLimiter(self._nominatim.geocode,
                                    min_delay_seconds=max(MIN_DELAY_SECONDS, min_delay_seconds),
                                    max_retries=1, error_wait_seconds=2.0,
                                    swallow_exceptions=False)
        self._cache: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def lookup(self, name: str, *, state: str | None = None) -> Place | None:
        """A ``Place`` for ``name`` (in ``state``, an INEGI state name, if given), or None."""
        query = f"{name}, {state}" if state else name
        key = normalize(query)
        raw = self._cached(key)
        if raw is _MISSING:
            location = self._geocode(query, exactly_one=True, country_codes="mx",
                                     addressdetails=True, language="es")
            raw = location.raw if location is not None else None
            self._store(key, raw)
        return _to_place(raw, state) if raw else None

    # -- the on-disk cache --

    def _cached(self, key: str) -> Any:
        with self._lock:
            if self._cache is None:
                try:
                    self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    self._cache = {}
            return self._cache.get(key, _MISSING)

    def _store(self, key: str, raw: Any) -> None:
        with self._lock:
            assert self._cache is not None
            self._cache[key] = raw
            atomic_write_text(self.cache_path,
                              json.dumps(self._cache, ensure_ascii=False, sort_keys=True, indent=0))


_MISSING = object()


def _to_place(raw: dict[str, Any], state: str | None) -> Place | None:
    lat, lon = float(raw["lat"]), float(raw["lon"])
    found = municipality_index().locate(lat, lon)
    if found is None or (state and found.state != state):
        return None  # outside Mexico, or not in the state that was asked for
    precision, kind = PRECISIONS.get(str(raw.get("addresstype") or raw.get("type")), DEFAULT_PRECISION)
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0]
    return Place(location=name, admin2=found.name if precision < 3 else None,
                 admin1=found.state if precision < 4 else "", country="MX",
                 latitude=lat, longitude=lon, geo_precision=precision, kind=kind,
                 ids={"osm_type": raw.get("osm_type"), "osm_id": raw.get("osm_id"),
                      "cvegeo": found.cvegeo, "cve_ent": found.cve_ent, "source": "nominatim"})
