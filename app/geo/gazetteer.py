"""The name table (GeoNames + INEGI) and name normalisation.

The table lives in ``data/reference/places.tsv.gz`` (built by ``python -m app refdata``,
written by ``build_places.encode_table``) and is read with the standard library only. Layout, one record per line, tab-separated:

    #places	1	<number of entities>
    <kind> <name> <cve_ent> <cvegeo> <lat> <lon> <population> <geonameid> <precision> <seat>
    ...                                   (one line per entity; its line number is its id)
    <normalised key> <candidates: "id,tier,precision" separated by spaces>

``kind`` is c(ountry), s(tate), m(unicipality) or l(ocality); ``cvegeo`` is the
municipality's own code, or for a locality the municipality it lies in. Candidates of a
key are stored already ranked for the case without any state information: tier first
(curated alias, state name, place name, alternate name), then population, with
municipalities and their seats weighted up.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from app.geo import names

PLACES_FILE = "places.tsv.gz"
REFERENCE_DIR = Path(__file__).resolve().parents[2] / "data" / "reference"
FORMAT_VERSION = "1"
# Candidate tiers (lower wins before population): curated alias, state name, place name
# (INEGI municipality, its short forms, GeoNames name), GeoNames alternate name.
# Context states may promote a candidate up to the place-name tier, never an alternate.
TIER_CURATED, TIER_STATE, TIER_NAME, TIER_ALTERNATE = 0, 1, 2, 3

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """The project's one accent fold: casefolded, accents stripped, nothing else changed.

    ``fold("Michoacán") == "michoacan"``; the dashboard's filters match with it too.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """``fold``, then hyphens/punctuation as single spaces, spaces collapsed: the table's keys.

    ``normalize("Neder-Californië") == "neder californie"``.
    """
    return _NON_WORD.sub(" ", fold(name)).strip()


class Entity(NamedTuple):
    kind: str
    name: str
    cve_ent: str
    cvegeo: str
    lat: float
    lon: float
    population: int
    geonameid: int
    precision: int
    seat: bool


class Candidate(NamedTuple):
    entity: int
    tier: int
    precision: int  # 0: the entity's own precision


@dataclass
class PlaceTable:
    entities: list[Entity]
    keys: dict[str, str]  # key -> raw candidate string, parsed lazily (most keys never asked)
    municipality_names: dict[str, str]  # cvegeo -> INEGI municipality name

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        raw = self.keys.get(key)
        if raw is None:
            return ()
        return _parse_candidates(raw)

    def __contains__(self, key: str) -> bool:
        return key in self.keys


@lru_cache(maxsize=32768)
def _parse_candidates(raw: str) -> tuple[Candidate, ...]:
    out = []
    for item in raw.split(" "):
        i, t, p = item.split(",")
        out.append(Candidate(int(i), int(t), int(p)))
    return tuple(out)


def load_table(path: Path | None = None) -> PlaceTable:
    """Read the place table; raises FileNotFoundError when refdata has not been run."""
    path = path or REFERENCE_DIR / PLACES_FILE
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    magic, version, count = lines[0].split("\t")
    if magic != "#places" or version != FORMAT_VERSION:
        raise ValueError(f"{path} is not a version {FORMAT_VERSION} place table")
    n = int(count)
    entities: list[Entity] = []
    mun_names: dict[str, str] = {}
    for line in lines[1:n + 1]:
        kind, name, cve_ent, cvegeo, lat, lon, pop, gid, prec, seat = line.split("\t")
        entities.append(Entity(kind, name, cve_ent, cvegeo, float(lat), float(lon), int(pop),
                               int(gid), int(prec), seat == "1"))
        if kind == "m":
            mun_names[cvegeo] = name
    keys = dict(line.split("\t", 1) for line in lines[n + 1:] if line)
    return PlaceTable(entities, keys, mun_names)


# --- state names ----------------------------------------------------------------------

def _state_lookup() -> dict[str, str]:
    """normalised state form -> cve_ent (place names, argument-only forms, INEGI names)."""
    table: dict[str, str] = {}
    for source in (names.STATE_PLACE_NAMES, names.STATE_ARGUMENT_NAMES):
        for cve, forms in source.items():
            for form in forms:
                table[normalize(form)] = cve
    for cve, name in names.STATES.items():
        table[normalize(name)] = cve
    # Bare "México" is the country; as a state argument it means "no filter".
    for form in names.COUNTRY_NAMES:
        table.pop(normalize(form), None)
    return table


STATE_CODES: dict[str, str] = _state_lookup()
COUNTRY_KEYS: frozenset[str] = frozenset(normalize(n) for n in names.COUNTRY_NAMES)


def state_code(name: str) -> str | None:
    """INEGI code of any accepted state form ("Michoacan", "Edomex", "CDMX", "the state of
    Jalisco"), else None."""
    key = normalize(name)
    if key in STATE_CODES:
        return STATE_CODES[key]
    inner = unwrapped_state(key)
    return STATE_CODES.get(inner) if inner is not None else None


def unwrapped_state(key: str) -> str | None:
    """The state part of a normalised "estado de X", "state of X", "X state", "staat X"
    (the wrappers are ``names.STATE_PREFIXES``/``STATE_SUFFIXES``); None without a wrapper."""
    for prefix in names.STATE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):]
    for suffix in names.STATE_SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return None


# --- query rewrites -------------------------------------------------------------------

def key_variants(key: str) -> Iterable[tuple[str, int]]:
    """The normalised key and its rewrites, each with a precision override (0: none).

    "cd juarez" -> "ciudad juarez"; "zona metropolitana de monterrey" -> "monterrey" at 2.
    """
    yield key, 0
    head, _, rest = key.partition(" ")
    if rest and head in names.LEADING_ABBREVIATIONS:
        yield names.LEADING_ABBREVIATIONS[head] + " " + rest, 0
    if key.startswith("ciudad de ") and len(key) > 10:
        yield "ciudad " + key[10:], 0  # "Ciudad de Altamirano" is Ciudad Altamirano
    for prefix in names.METRO_PREFIXES:
        if key.startswith(prefix):
            yield key[len(prefix):], 2
    for suffix in names.METRO_SUFFIXES:
        if key.endswith(suffix):
            yield key[: -len(suffix)], 2
