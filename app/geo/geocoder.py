"""OfflineGeocoder: Mexican place names -> places, offline, with a geopy interface.

Choosing among homonyms, in this order (issue 3):
1. an explicit state (``state=``, or "La Piedad, Michoacán" in the name itself): only
   candidates in that state; none there -> ``None`` ("no match"), never a place elsewhere;
2. the states the surrounding article is about (``context_states``);
3. curated aliases and state names, then municipalities and their seats before other
   localities, population last: this order is stored ranked in the place table
   (see ``build_places``), so the run-time choice is a scan of a short list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError, GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from app.geo import gazetteer, names
from app.geo.gazetteer import Candidate, Entity, PlaceTable, normalize
from app.geo.shared import loaded_once

# Context states do not pull a name away from a big city towards a hamlet: a candidate
# outside the context keeps its place when it is this big and the context one this small.
CONTEXT_KEEPS_CITY_POP = 200_000
CONTEXT_HAMLET_POP = 20_000
CACHE_SIZE = 200_000

STATE_OF_MEXICO = "15"
KINDS = {"c": "country", "s": "state", "m": "municipality", "l": "locality"}


# --- errors -----------------------------------------------------------------------------

class GeocoderError(GeopyError):
    """Base of this package's errors (a geopy error, so geopy callers can catch it)."""


class ReferenceDataError(GeocoderError):
    """data/reference/ is missing or unreadable: run ``python -m app refdata``."""


class UnknownStateError(GeocoderError, ValueError):
    """A ``state=`` argument that is not a Mexican state in any form we know."""


class OfflineOnlyError(GeocoderServiceError, GeocoderError):
    """The offline geocoder was asked to use the network."""


# --- the place record -------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    location: str
    admin2: str | None
    admin1: str
    country: str
    latitude: float
    longitude: float
    geo_precision: int
    kind: str
    population: int = 0
    ids: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_record(self) -> dict[str, Any]:
        """The codebook's place fields, plus the gazetteer ids."""
        return {"location": self.location, "admin2": self.admin2, "admin1": self.admin1,
                "country": self.country, "latitude": self.latitude, "longitude": self.longitude,
                "geo_precision": self.geo_precision, "kind": self.kind,
                "population": self.population, "ids": dict(self.ids)}

    @property
    def address(self) -> str:
        return place_label(self.location, self.admin2, self.admin1, names.COUNTRY_NAME)


def place_label(*parts: str | None) -> str:
    """The non-empty parts, each once, in order, joined by ", ": "Colima, Colima" reads
    "Colima" (a town named like its municipality or state is not said twice)."""
    return ", ".join(dict.fromkeys(p for p in parts if p))


class _NoNetworkAdapter(BaseSyncAdapter):
    """geopy wants an adapter; the offline geocoder never opens a connection."""

    def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
        raise OfflineOnlyError(f"offline geocoder: no network access ({url})")

    def get_text(self, url: str, *, timeout: Any, headers: Any) -> str:
        raise OfflineOnlyError(f"offline geocoder: no network access ({url})")


# --- the geocoder -----------------------------------------------------------------------

class OfflineGeocoder(Geocoder):
    """Offline geocoder for Mexico over the GeoNames + INEGI place table."""

    def __init__(self, table: PlaceTable | None = None, *, online: Any = None,
                 user_agent: str | None = None) -> None:
        super().__init__(user_agent=user_agent or "cartel-incident-map offline geocoder",
                         adapter_factory=_NoNetworkAdapter)
        try:
            self.table = table or gazetteer.load_table()
        except (OSError, ValueError) as exc:
            raise ReferenceDataError(f"cannot read the place table ({exc}); "
                                     "run `python -m app refdata`") from exc
        self.online = online  # an app.geo.online.NominatimFallback, or None (the default)
        self._places: dict[tuple[int, int], Place] = {}
        self._cache: dict[tuple, Place | None] = {}
        self._by_state: dict[str, list[tuple[str, str, str]]] = {}
        self._index_by_state: dict[str, tuple] = {}
        self._short_forms: dict[str, list[int]] | None = None
        self._by_joinless_name: dict[tuple[str, str], list[int]] | None = None

    # -- the fast path used by the extractor --

    def resolve(self, name: str, *, state: str | None = None,
                context_states: Sequence[str] = ()) -> Place | None:
        """The best place for ``name``, or None ("no match")."""
        cache_key = (name, state, tuple(context_states))
        try:
            return self._cache[cache_key]
        except KeyError:
            pass
        place = self._resolve(name, state, context_states)
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[cache_key] = place
        return place

    def candidates(self, name: str, *, state: str | None = None) -> list[Place]:
        """Every place ``name`` may mean (in ``state`` if given), best first."""
        filter_code = self._state_filter(state)
        return [self._place(c) for c in self._lookup(normalize(name))
                if filter_code is None or self.table.entities[c.entity].cve_ent == filter_code]

    def misspelt_municipality(self, name: str, *, state: str, min_length: int | None = None) -> Place | None:
        """The one municipality of ``state`` whose name differs from ``name`` by one letter
        added, dropped or changed ("San Esteban Atlatlahuca" for San Esteban Atatlahuca):
        the press's typos in long names (``min_length`` letters or more, MISSPELLING_MIN_LENGTH
        unless given). None when there is none, or more than one."""
        key = normalize(name)
        min_length = MISSPELLING_MIN_LENGTH if min_length is None else min_length
        code = self._state_filter(state)
        if code is None or len(key) < min_length and not _LEADING_ARTICLE.match(key):
            return None
        by_length, by_no_connectors, by_no_article = self._municipality_index(code)
        # one letter off only for long names; an article added or dropped ("El Mezquital") at any length
        found = {cvegeo: official for size in (len(key) - 1, len(key), len(key) + 1)
                 for cvegeo, official, folded in by_length.get(size, ()) if _one_edit_apart(key, folded)} \
            if len(key) >= min_length else {}
        found.update(by_no_connectors.get(key, {}))  # "Ixhuatlan Madero" for Ixhuatlán de Madero
        found.update(by_no_article.get(_LEADING_ARTICLE.sub("", key), {}))  # "El Mezquital" for Mezquital
        if len(found) != 1:
            return None
        return self.resolve(next(iter(found.values())), state=state)

    def misspelt_state(self, name: str, *, min_length: int) -> str | None:
        """The state whose one-word name differs from ``name`` by one letter added, dropped or changed
        ("Querataro" for Querétaro), spelt right; None when none is, or more than one. Only names of
        ``min_length`` letters or more: shorter ones are one letter from too many words."""
        key = normalize(name)
        if len(key) < min_length or " " in key:
            return None
        found = {code: form for code, form, folded in _ONE_WORD_STATE_FORMS if _one_edit_apart(key, folded)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _municipalities_of(self, code: str) -> list[tuple[str, str, str]]:
        """(cvegeo, INEGI name, normalised name) of a state's municipalities, listed once."""
        if code not in self._by_state:
            self._by_state[code] = [(cvegeo, official, normalize(official))
                                    for cvegeo, official in self.table.municipality_names.items()
                                    if cvegeo.startswith(code)]
        return self._by_state[code]

    def _municipality_index(self, code: str) -> tuple[dict[int, list[tuple[str, str, str]]],
                                                      dict[str, dict[str, str]], dict[str, dict[str, str]]]:
        """A state's municipalities by the length of their normalised name, and by that name without
        connectors and without a leading article: a typo check reads only the names it could be."""
        if code not in self._index_by_state:
            by_length: dict[int, list[tuple[str, str, str]]] = {}
            by_no_connectors: dict[str, dict[str, str]] = {}
            by_no_article: dict[str, dict[str, str]] = {}
            for cvegeo, official, folded in self._municipalities_of(code):
                by_length.setdefault(len(folded), []).append((cvegeo, official, folded))
                by_no_connectors.setdefault(_CONNECTORS.sub("", folded), {})[cvegeo] = official
                by_no_article.setdefault(_LEADING_ARTICLE.sub("", folded), {})[cvegeo] = official
            self._index_by_state[code] = (by_length, by_no_connectors, by_no_article)
        return self._index_by_state[code]

    def is_place_name(self, name: str) -> bool:
        """True when ``resolve(name)`` finds a place (cached, so as fast as resolve)."""
        return self.resolve(name) is not None

    # -- geopy interface --

    def geocode(self, query: str, *, exactly_one: bool = True, state: str | None = None,
                context_states: Sequence[str] = (), timeout: Any = None) -> Any:
        """geopy-style: a ``Location`` (``.raw`` = the full record), a list, or None."""
        if exactly_one:
            place = self._resolve_or_ask_online(query, state, context_states)
            return _location(place) if place else None
        places = self.candidates(query, state=state)
        if not places:
            place = self._resolve_or_ask_online(query, state, context_states)
            places = [place] if place else []
        return [_location(p) for p in places] or None

    def _resolve_or_ask_online(self, query: str, state: str | None,
                               context_states: Sequence[str]) -> Place | None:
        """``resolve``, then the online fallback (when configured) for a name the gazetteer lacks."""
        place = self.resolve(query, state=state, context_states=context_states)
        if place is None and self.online is not None:
            place = self.online.lookup(query, state=state and self.state_name(state))
        return place

    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: Any = None) -> Any:
        """Municipality and state of a point ("lat, lon" string, pair or geopy Point)."""
        from geopy.point import Point

        from app.geo.shapes import municipality_index

        point = Point(query)
        found = municipality_index().locate(point.latitude, point.longitude)
        if found is None:
            return None if exactly_one else []
        place = Place(location=found.name, admin2=found.name, admin1=found.state, country="MX",
                      latitude=point.latitude, longitude=point.longitude, geo_precision=1,
                      kind="municipality", ids={"cvegeo": found.cvegeo, "cve_ent": found.cve_ent})
        location = _location(place)
        return location if exactly_one else [location]

    # -- states --

    @staticmethod
    def state_name(name: str) -> str | None:
        """The INEGI name of any accepted state form ("Michoacan" -> "Michoacán de Ocampo")."""
        code = gazetteer.state_code(name)
        return names.STATES[code] if code else None

    # -- internals --

    def _state_filter(self, state: str | None) -> str | None:
        """INEGI code to filter on; None for no filter (no state, or the country)."""
        if state is None or not state.strip() or normalize(state) in gazetteer.COUNTRY_KEYS:
            return None
        code = gazetteer.state_code(state)
        if code is None:
            raise UnknownStateError(f"not a Mexican state: {state!r}")
        return code

    def _lookup(self, key: str) -> list[Candidate]:
        """Candidates of the key and its rewrites ("cd juarez", "zona metropolitana de x")."""
        out: list[Candidate] = []
        for variant, precision in gazetteer.key_variants(key):
            for cand in self.table.candidates(variant):
                out.append(cand._replace(precision=cand.precision or precision))
            if out:
                break
        return out

    def _resolve(self, name: str, state: str | None, context_states: Sequence[str]) -> Place | None:
        filter_code = self._state_filter(state)
        key = normalize(name)
        cands = self._lookup(key)
        if not cands:
            return self._resolve_fallbacks(name, key, state, context_states)
        if filter_code is not None:
            # ("the town of Santiago, Nayarit": Santiago Ixcuintla, as in a story about Nayarit)
            chosen = self._in_state(cands, filter_code) or self._city_of(key, {filter_code}, cands) \
                or self._short_form_in(key, {filter_code}, cands) or self._other_gender_in(key, {filter_code}) \
                or self._regendered_in(key, {filter_code})
            return self._place(chosen) if chosen else None
        if state is not None and normalize(state) in gazetteer.COUNTRY_KEYS:
            chosen = self._in_state(cands, STATE_OF_MEXICO)  # "Chalco, México"
            if chosen is not None:
                return self._place(chosen)
        context = {code for s in context_states if (code := gazetteer.state_code(s))}
        chosen = self._choose(cands, context)
        if context and self.table.entities[chosen.entity].cve_ent not in context:
            chosen = self._city_of(key, context, cands) or self._short_form_in(key, context, cands) \
                or self._other_gender_in(key, context) or self._regendered_in(key, context) or chosen
        return self._place(chosen)

    def _short_form_in(self, key: str, codes: set[str], cands: list[Candidate]) -> Candidate | None:
        """"San Nicolás" in a Nuevo León story: the one municipality of the story's states whose
        official name it begins (San Nicolás de los Garza), rather than a namesake elsewhere;
        never when the name's ``cands`` hold a city."""
        words = key.split()
        if len(key) < 5 or words[-1] in _JOINING_WORDS or len(words) == 1 and key in names.CONTEXT_SHORT_NAME_EXCLUDED \
                or any(self.table.entities[c.entity].population >= CONTEXT_KEEPS_CITY_POP for c in cands):
            return None
        # "Altamirano" in a Guerrero story: Ciudad Altamirano, the town the story's state has by that name
        city = next((c for c in self._lookup("ciudad " + key) if self.table.entities[c.entity].cve_ent in codes), None)
        if city is not None:
            return city
        prefix = key + " "
        named = [(cvegeo, folded) for code in codes for cvegeo, _, folded in self._municipalities_of(code)
                 if folded.startswith(prefix)]
        if len(named) > 1:
            # "del municipio de Santa Cruz en Tlaxcala": Santa Cruz Tlaxcala, the one named with its state's name after
            # (not Santa Cruz Quilehtla)
            named = [(cvegeo, folded) for cvegeo, folded in named
                     if gazetteer.state_code(folded[len(prefix):]) == cvegeo[:2]]
        found = [cvegeo for cvegeo, _ in named]
        if len(found) != 1:
            return None
        return next((c for c in self._lookup(normalize(self.table.municipality_names[found[0]]))
                     if self.table.entities[c.entity].kind == "m"
                     and self.table.entities[c.entity].cve_ent == found[0][:2]), None)

    def _other_gender_in(self, key: str, codes: set[str | None] | None) -> Candidate | None:
        """"Las Herreras" for Los Herreras, Nuevo León: the press's article of the wrong gender
        before a municipality's name, when one municipality (of ``codes``, when given) has the
        name with the other article."""
        swapped = _ARTICLE_SWAP.sub(lambda m: _ARTICLE_OTHER_GENDER[m.group(1)] + " ", key, count=1)
        if swapped == key or len(key) < 10:
            return None
        found = [c for c in self._lookup(swapped) if self.table.entities[c.entity].kind == "m"
                 and (codes is None or self.table.entities[c.entity].cve_ent in codes)]
        return found[0] if len(found) == 1 else None

    def _regendered_in(self, key: str, codes: set[str]) -> Candidate | None:
        """"Tierra Colorado" for Tierra Colorada: an adjective's gender mistaken by a foreign desk; the place of the
        states ``codes`` so named (two words or more, the last of five letters or more), chosen as a name's places
        are, else None."""
        if not codes or " " not in key or key[-1] not in "ao" or len(key.rsplit(" ", 1)[1]) < 5:
            return None
        found = [c for c in self._lookup(key[:-1] + ("a" if key[-1] == "o" else "o"))
                 if self.table.entities[c.entity].cve_ent in codes]
        return self._choose(found, set(codes)) if found else None

    def _city_of(self, key: str, codes: set[str], cands: list[Candidate]) -> Candidate | None:
        """"Ciudad Cuauhtémoc" in Zacatecas, where the gazetteer knows the town only as the seat of
        the municipality Cuauhtémoc: that municipality, when one of ``codes`` has it; never when
        the name's ``cands`` hold a city (Ciudad Juárez is not Juárez, Nuevo León)."""
        if not key.startswith("ciudad ") \
                or any(self.table.entities[c.entity].population >= CONTEXT_KEEPS_CITY_POP for c in cands):
            return None
        return self._seat_municipality(key, codes)

    def _seat_municipality(self, key: str, codes: set[str | None]) -> Candidate | None:
        """The municipality X of one of the states ``codes`` for "ciudad X", "villa X" or "San Pedro X" (a seat
        the gazetteer knows only by its municipality's name), else None."""
        seat = _SEAT_PREFIX.match(key)
        if seat is None:
            return None
        ents = self.table.entities
        return next((c for c in self._lookup(key[seat.end():])
                     if ents[c.entity].kind == "m" and ents[c.entity].cve_ent in codes), None)

    def _in_state(self, cands: list[Candidate], code: str) -> Candidate | None:
        """The best candidate in state ``code``. A state's own name given with that state
        ("Veracruz, Veracruz", "Sinaloa, Sinaloa") means its homonymous municipality."""
        ents = self.table.entities
        inside = [c for c in cands if ents[c.entity].cve_ent == code]
        if inside and ents[inside[0].entity].kind == "s":
            municipality = next((c for c in inside if ents[c.entity].kind == "m"), None)
            return municipality or inside[0]
        return inside[0] if inside else None

    def _choose(self, cands: list[Candidate], context: set[str]) -> Candidate:
        top = cands[0]
        if not context:
            return top
        ents = self.table.entities
        top_e = ents[top.entity]
        if top_e.kind in "cs" or top_e.cve_ent in context:
            return top  # the country, a state, or already in the context
        for cand in cands[1:]:
            e = ents[cand.entity]
            if e.cve_ent not in context or cand.tier > max(top.tier, gazetteer.TIER_NAME):
                continue
            if top_e.population >= CONTEXT_KEEPS_CITY_POP and e.population < CONTEXT_HAMLET_POP:
                return top
            return cand
        return top

    def _resolve_fallbacks(self, name: str, key: str, state: str | None,
                           context_states: Sequence[str]) -> Place | None:
        # "La Piedad, Michoacán" / "Culiacán, Sinaloa, México": the tail is a state.
        if "," in name:
            head, _, tail = name.rpartition(",")
            if not head.strip():
                return None
            if normalize(tail) in gazetteer.COUNTRY_KEYS:
                return self._resolve(head, state, context_states)
            tail_code = gazetteer.state_code(tail)
            if tail_code is not None:
                if self._state_filter(state) not in (None, tail_code):
                    return None  # two different states named: nothing fits both
                return self._resolve(head, tail, context_states)
        # "Valle de Chalco" for Valle de Chalco Solidaridad: the first words of one municipality's
        # official name, when no other municipality's name starts so
        short = self._short_form_of(key)
        if short is not None and self._state_filter(state) in (None, self.table.entities[short].cve_ent):
            return self._place(Candidate(short, gazetteer.TIER_ALTERNATE, 0))
        # only in the state given or the story's states, never anywhere:
        codes = {self._state_filter(state)} if state else {gazetteer.state_code(s) for s in context_states}
        codes.discard(None)
        # "Lagos" in a Jalisco story: the one municipality of the story's states whose name it begins
        in_story = self._short_form_in(key, codes, []) if codes else None  # type: ignore[arg-type]
        if in_story is not None:
            return self._place(in_story)
        # "Villa Coronado" in a Chihuahua story: a municipal seat the gazetteer knows only as its
        # municipality (Coronado)
        municipality = self._seat_municipality(key, codes)
        if municipality is not None:
            return self._place(municipality)
        # "Santa Bárbara La Cueva" for Santa Bárbara de la Cueva: the one place of the story's states named so but
        # for its joining words
        joinless = self._joinless_in(key, codes)
        if joinless is not None:
            return self._place(Candidate(joinless, gazetteer.TIER_ALTERNATE, 0))
        regendered = self._regendered_in(key, codes)
        if regendered is not None:
            return self._place(regendered)
        # "Gómez Palacios": the press's plural typo of a municipality's name of two words or more
        if " " in key and key.endswith("s") and len(key) >= 10:
            typo = [c for c in self._lookup(key[:-1]) if self.table.entities[c.entity].kind == "m"
                    and self._state_filter(state) in (None, self.table.entities[c.entity].cve_ent)]
            if len(typo) == 1:
                return self._place(typo[0])
        other_gender = self._other_gender_in(key, {self._state_filter(state)} if state else None)
        if other_gender is not None:
            return self._place(other_gender)
        # "Jalisco State", "staat Sinaloa", "State of Nuevo Leon": a state in a wrapper.
        # Bare abbreviations ("Son", "Ver", "Col") are accepted only where a state is
        # expected (``state=``), never as free-standing place names.
        code = _wrapped_state_code(key)
        if code is None or self._state_filter(state) not in (None, code):
            return None
        idx = next(i for i, e in enumerate(self.table.entities) if e.kind == "s" and e.cve_ent == code)
        return self._place(Candidate(idx, gazetteer.TIER_STATE, 0))

    def _joinless_in(self, key: str, codes: set[str]) -> int | None:
        """The one place of the states ``codes`` whose name, without its joining words (de, la, los...), is
        ``key``'s without them (two words or more left); its index, else None."""
        words = [word for word in key.split() if word not in _JOINING_WORDS]
        if len(words) < 2 or not codes:
            return None
        if self._by_joinless_name is None:
            self._by_joinless_name = {}
            for index, entity in enumerate(self.table.entities):
                if entity.kind in ("m", "l"):
                    name = " ".join(word for word in normalize(entity.name).split() if word not in _JOINING_WORDS)
                    self._by_joinless_name.setdefault((entity.cve_ent, name), []).append(index)
        found = [index for code in codes for index in self._by_joinless_name.get((code, " ".join(words)), ())]
        return found[0] if len(found) == 1 else None

    def _short_form_of(self, key: str) -> int | None:
        """The municipality whose official name ``key`` begins (two words or more, ending in a
        name rather than "de"), when it is the only one; its index, else None."""
        if self._short_forms is None:
            self._short_forms = {}
            for index, entity in enumerate(self.table.entities):
                if entity.kind == "m":
                    words = normalize(entity.name).split()
                    for size in range(2, len(words)):
                        if words[size - 1] not in _JOINING_WORDS:
                            self._short_forms.setdefault(" ".join(words[:size]), []).append(index)
        found = self._short_forms.get(key, ())
        return found[0] if len(found) == 1 else None

    def _place(self, cand: Candidate) -> Place:
        memo_key = (cand.entity, cand.precision)
        place = self._places.get(memo_key)
        if place is None:
            place = self._make_place(self.table.entities[cand.entity], cand.precision)
            self._places[memo_key] = place
        return place

    def _make_place(self, e: Entity, precision: int) -> Place:
        admin1 = names.STATES.get(e.cve_ent, "")
        admin2 = self.table.municipality_names.get(e.cvegeo) if e.kind in "ml" else None
        ids: dict[str, Any] = {}
        if e.geonameid:
            ids["geonameid"] = e.geonameid
        if e.cvegeo:
            ids["cvegeo"] = e.cvegeo
        if e.cve_ent:
            ids["cve_ent"] = e.cve_ent
        return Place(location=e.name, admin2=admin2, admin1=admin1, country="MX",
                     latitude=e.lat, longitude=e.lon, geo_precision=precision or e.precision,
                     kind=KINDS[e.kind], population=e.population, ids=ids)


_JOINING_WORDS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e"})
# "ciudad X", "villa X", and the patron saint the press puts before a seat's name ("San Pedro Soteapan" for Soteapan)
_SEAT_PREFIX = re.compile(r"(?:villa|ciudad|santiago|(?:san|santa|santo) \w+(?: bautista)?) (?=\w{3})")


_ARTICLE_OTHER_GENDER = {"las": "los", "los": "las", "la": "el", "el": "la"}
_ARTICLE_SWAP = re.compile(r"^(las|los|la|el) ")


def _wrapped_state_code(key: str) -> str | None:
    """INEGI code for "Jalisco State", "staat Sinaloa", "estado de Nuevo Leon", else None."""
    inner = gazetteer.unwrapped_state(key)
    return gazetteer.state_code(inner) if inner is not None else None


def _location(place: Place) -> Location:
    return Location(place.address, (place.latitude, place.longitude), place.to_record())


# --- the shared instance ----------------------------------------------------------------

@loaded_once
def get_geocoder() -> OfflineGeocoder:
    """The process-wide offline geocoder (no online fallback), loaded once."""
    return OfflineGeocoder()


def resolve(name: str, *, state: str | None = None, context_states: Sequence[str] = ()) -> Place | None:
    """Module-level shortcut for ``get_geocoder().resolve``."""
    return get_geocoder().resolve(name, state=state, context_states=context_states)


def is_place_name(name: str) -> bool:
    return get_geocoder().is_place_name(name)


def state_name(name: str) -> str | None:
    return OfflineGeocoder.state_name(name)


_CONNECTORS = re.compile(r"(?:\s+(?:de|del|de la|de los|de las))+(?=\s)")
_LEADING_ARTICLE = re.compile(r"^(?:el|la|los|las)\s+")  # on normalised names
# (state code, form, normalised form) of the states' one-word names: what misspelt_state compares a name with
_ONE_WORD_STATE_FORMS = tuple((code, form, normalize(form)) for code, forms in names.STATE_PLACE_NAMES.items()
                              for form in forms if " " not in form)
MISSPELLING_MIN_LENGTH = 12  # shorter names are too close to one another for one edit to tell


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]
