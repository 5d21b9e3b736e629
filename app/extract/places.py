"""Which places a sentence names, resolved once per article, grouped as the lists they are,
and which group each piece of event wording belongs to.

A mention becomes a place when its context places something there (mentions.py) and the
gazetteer's answer is plausible for the article (``_acceptable``: no surname homonym, no
small village in a state the article never names). Names listed together form a Group;
event wording and counts go to the nearest group in their clause.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from geopy.distance import great_circle

from app.extract import lexicon
from app.geo.gazetteer import normalize
from app.extract.mentions import HIGHWAY, MUNICIPALITY_BEFORE, ONE_SETTLEMENT_BEFORE, SETTLEMENT_HEAD, STATE_OF_BEFORE, Mention, road_towns

_FLAGS = re.I
COMMA_PENALTY, CLAUSE_PENALTY = 60, 150  # how far a comma and a clause break put a place from wording

CITY_NOUN = re.compile(lexicon.CITY_NOUN, _FLAGS)
_TOWN_NOUN_BEFORE = re.compile(r"\b(?:city|town|ciudad|stad|stadje)\s+(?:de|of|van)?\s*$", _FLAGS)
CAPITAL_BEFORE = re.compile(lexicon.CAPITAL_OF_STATE, _FLAGS)
HOSPITALS_OF = re.compile(r"\b(?:hospital\w*|nosocomios?|cl[ií]nicas?|ziekenh\w+)\s+(?:de\s+la|del|in\s+the|of\s+the|in\s+de|van\s+de)\s+$",
                          _FLAGS)
# "Colima's capital", "in Chihuahua city" (lower case: not part of a name); but "the Sinaloa city
# of Guamuchil" is a city of that state, named next
CAPITAL_AFTER = re.compile(r"['’]s\s+(?:state\s+)?capital\b|\s+(?:(?-i:state)\s+)?(?-i:city|capital)\b(?!\s+of\b)"  # "the Jalisco (state) capital"
                           # "en Durango, capital del estado", "in Durango, the state capital", "Durango, de hoofdstad"
                           r"|,\s+(?:la\s+)?capital\s+(?:del\s+estado|estatal|de\s+la\s+entidad)\b|,\s+(?:the\s+)?state\s+capital\b"
                           r"|,\s+(?:the\s+)?capital\s+of\s+the\s+(?:\w+\s+)?state\b|,\s+de\s+hoofdstad\s+van\s+de\s+(?:deel)?staat\b",
                           _FLAGS)
CONTRAST = re.compile(r"\b(?:mientras\s+que|mientras|en\s+tanto\s+que|while|whereas|terwijl)\b", _FLAGS)


# Mention contexts that place an event: "in X", a list that began so, X as the sentence's subject.
PLACED = ("strong", "list", "subject")


@dataclass
class Group:
    """Places named together (a list), with the span that covers them."""
    start: int
    end: int
    places: list[tuple[Any, Mention | None, bool]]  # (place, mention, part_of)
    inherited: bool = False
    label: str = ""                        # the words that named an unnamed-states group
    only: frozenset[str] | None = None     # event types this group may take (None: all)
    types: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    added: set[str] = field(default_factory=set)  # counts of more victims of an event counted before
    shares: dict[int, int] = field(default_factory=dict)  # place index -> its own deaths ("12 en Culiacán y 1 en Elota")

    def accepts(self, etype: str) -> bool:
        return self.only is None or etype in self.only


class PlaceResolver:
    """Resolves mentions once per article, with the article's states as context."""

    def __init__(self, geo: Any, context_states: Sequence[str], person_words: frozenset[str] = frozenset(),
                 surnames: frozenset[str] = frozenset(), *, hamlet_heads: frozenset[str] = frozenset(),
                 short_forms: dict[str, str] | None = None, hamlet_towns: dict[str, str] | None = None,
                 town_states: dict[str, str] | None = None) -> None:
        self.geo = geo
        self.context_states = tuple(context_states)
        self.dateline_state: str | None = None  # "ZACATECAS, ZAC.-": the state a report is filed in (set once known)
        self.person_words = person_words  # town names the article uses inside a person's name
        self.surnames = surnames  # town names the article uses as the last word of a person's name
        self.hamlet_heads = hamlet_heads  # "Buenavista" after "the community of Buenavista de los Hurtado"
        self.short_forms = short_forms or {}  # "Pinotepa" after "Pinotepa Nacional": that municipality
        self.hamlet_towns = hamlet_towns or {}  # "Zaragoza" after "la localidad de Zaragoza, municipio de Ixhuatán"
        self.town_states = town_states or {}  # "San Ignacio" beside "the Baja California Sur town of San Ignacio"
        self.cache: dict[tuple[str, str | None], Any] = {}

    def capital_of(self, state: str) -> Any:
        """The capital city of ``state`` (a state name), or None."""
        from app.geo import gazetteer, names
        # ("México" names the country too: the state's code is under "Estado de México")
        code = gazetteer.state_code(state) or gazetteer.state_code(f"Estado de {state}")
        capital = names.STATE_CAPITALS.get(code or "")
        return self.resolve(capital) if capital else None

    def state_place(self, state: str) -> Any:
        """The state-level place of ``state`` (a state's name, "Jalisco"), or None: "estado de X" keeps a
        state's name from resolving to the town of that name (Durango, Zacatecas, Campeche)."""
        place = self.resolve(f"estado de {state}")
        return place if place is not None and place.kind == "state" else None

    def resolve(self, name: str, state: str | None = None) -> Any:
        key = (name, state)
        if key not in self.cache:
            if name in self.hamlet_towns:  # a part of the municipality it was told in (precision 2), unless the
                # gazetteer holds the place in that municipality
                town = self.geo.resolve(self.hamlet_towns[name], state=state, context_states=self.context_states)
                own = self.geo.resolve(name, state=state, context_states=self.context_states)
                self.cache[key] = own if own is not None and town is not None and own.admin2 == town.location else \
                    replace(town, geo_precision=2) if town is not None else None
            elif state is None and name in self.town_states and (told := self.resolve(name, self.town_states[name])):
                self.cache[key] = told  # the state the article tells the name with, elsewhere in it
            else:
                self.cache[key] = None if name in self.hamlet_heads else \
                    self.geo.resolve(self.short_forms.get(name, name), state=state, context_states=self.context_states)
        return self.cache[key]


SMALL_MUNICIPALITY = 5000  # people: a municipality this small is rarely news outside its own state's


def _acceptable(mention: Mention, place: Any, context_states: Sequence[str] = (), unique: bool = False,
                sole_hamlet: bool = False) -> bool:
    """Strictness against person names and hamlets that share a name with a surname. ``unique``: the gazetteer
    holds no other place of the mention's name; ``sole_hamlet``: nor of a hamlet's, placed in the story's state."""
    if place is None or getattr(place, "country", "MX") != "MX" or place.kind == "country":
        return False  # a bare "Mexico" never locates an incident; unnamed states do (MULTI_STATE)
    key = normalize(mention.name)
    if key in lexicon.FOREIGN_NAMES and not (mention.municipality and place.kind == "municipality"
                                              and place.admin1 in context_states):
        return False  # ... but "el municipio de China" in a Nuevo León story is China, Nuevo León
    if key in lexicon.AMBIGUOUS_NAMES and mention.context not in ("strong", "list"):
        return False
    if key in lexicon.COMMON_NOUN_NAMES and normalize(place.location) != key:
        return False  # "a la altura del Puente que comunica a La Haciendita": a bridge, not Puente Nacional
    if mention.sub_place and context_states and place.admin1 not in context_states:
        return False  # "el poblado de Guadalupe del Lerma" in Michoacán: not Lerma, Estado de México
    if mention.locality and place.kind == "municipality" and context_states and place.admin1 not in context_states:
        return False  # "ranchería González" in Tabasco is not the municipality of González, Tamaulipas
    if mention.locality and place.kind == "municipality" and normalize(place.location).startswith(key + " "):
        return False  # "the community of Cuautepec" is a village, not the municipality Cuautepec de Hinojosa
    if place.kind == "locality" and (place.population or 0) < 20000 and context_states \
            and place.admin1 not in context_states and mention.qualifier is None:
        return False  # a small homonym in a state the article never names is a wrong guess
    if place.kind == "municipality" and mention.context not in ("strong", "list") and (place.population or 0) < 20000 \
            and context_states and place.admin1 not in context_states and mention.qualifier is None:
        return False  # "además de Mier y Terán" in Oaxaca: a weakly placed small town of an unnamed state
    if place.kind == "municipality" and (place.population or 0) < SMALL_MUNICIPALITY and context_states \
            and place.admin1 not in context_states and mention.qualifier is None and not mention.municipality \
            and not (mention.named_as_place and unique):
        # "6km from Santo Tomás" in a Baja California story: not the village-sized municipality of Mexico State
        # (but "near the town of General Bravo", the only place of that name, in a Tamaulipas story is it)
        return False
    if place.kind == "locality" and (place.population or 0) < 5000 and not mention.named_as_place \
            and not _spells_its_municipality(place) and not (mention.context == "strong" and (
                mention.qualifier or sole_hamlet)) and not _CITY_HEAD.match(mention.name):
        # Hamlets share names with surnames and words: only "in X Y" or a populated one (or one placed in its
        # state, "in Mexcalcingo, Guerrero", or the one village of its name, in the story's state; a name that
        # says it is a town, "Residents of Ciudad Mier", is no one's surname)
        multiword = " " in mention.name.strip()
        if mention.context not in ("strong", "list") or (not multiword and (place.population or 0) < 1000):
            return False
    return True


COMMON_HAMLET = 8  # localities of one name: "San Vicente", "El Mirador", "Ojo de Agua"
_HAMLET_NOUN_BEFORE = re.compile(r"\b(?:comunidad|colonia|rancher[ií]a|ejido|poblado|localidad|paraje|village|hamlet|"
                                 r"community|neighbou?rhood|dorp|gehucht|wijk|buurtschap)\s+(?:de\s+|del\s+|of\s+)?$", _FLAGS)


def _common_hamlet_guess(mention: Mention, place: Any, resolver: PlaceResolver, text: str) -> bool:
    """"la comunidad de San Vicente", "the village of El Mirador": a hamlet's name that many villages
    share, with no town to say which, is a guess at one of them (often in a municipality the story
    never names)."""
    if place is None or place.kind != "locality" or mention.qualifier:
        return False
    if (place.population or 0) >= 5000:
        # a big one is a fair guess in the story's states, not in another: "las comunidades de La Quemada y San
        # Isidro" in a Zacatecas story is no San Isidro of the State of Mexico
        if not resolver.context_states or place.admin1 in resolver.context_states or not mention.locality:
            return False
    candidates = resolver.geo.candidates(mention.name)
    localities = [c for c in candidates if c.kind == "locality"]
    in_story = [c for c in localities if c.admin1 in resolver.context_states]
    noun_before = _HAMLET_NOUN_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if len(in_story) == 1 and len(localities) >= COMMON_HAMLET and (place.population or 0) < 5000 \
            and place.admin2 and noun_before and not _names_municipality(text, place.admin2):
        # "en la localidad La Joya" in a story of Ixmiquilpan: the one La Joya the gazetteer holds in Hidalgo lies
        # in a municipality the story never names, one of the many villages of that name (a bare name stays the
        # story's state's one: "in El Porvenir", 50 miles east of Ciudad Juárez)
        return True
    if (place.population or 0) < 5000 and not noun_before:
        if any(c.kind == "municipality" for c in candidates):
            return False  # a town's name too ("Benito Juárez"): the town, or its homonyms' settled elsewhere
        # no village noun: a guess only among several of the story's own states ("a pharmacy in El Zapote" in a story
        # of Celaya: three El Zapotes in Guanajuato, none in Celaya)
        return len(localities) >= COMMON_HAMLET and len(in_story) >= 2
    # ... several in the story's own states, or none there: which one is a guess
    return len(localities) >= COMMON_HAMLET and len(in_story) != 1


_CITY_HEAD = re.compile(r"(?:Ciudad|Cd\.)\s+[A-ZÁÉÍÓÚÑ]")


def _names_municipality(text: str, municipality: str) -> bool:
    """Whether ``text`` names the municipality (accents and case aside; "Santiago Tulantepec de Lugo Guerrero" by
    its first words, "Santiago Tulantepec", and "Cuautepec de Hinojosa" by its first, as the press writes them)."""
    folded = f" {normalize(text)} "
    words = normalize(municipality).split()
    first = 1 if words and words[0] not in _GENERIC_HEADS else 2
    return any(f" {' '.join(words[:n])} " in folded for n in range(min(first, len(words)), len(words) + 1))


# First words many towns' names share: no town named by them alone
_GENERIC_HEADS = frozenset("san santa santo santiago villa ciudad general nuevo nueva heroica el la los las".split())


def _spells_its_municipality(place: Any) -> bool:
    """"La comandancia municipal de Altzayanca": a small locality named almost as its
    municipality (Atltzayanca) is the municipality's seat or a gazetteer duplicate of it, a town
    the press names, not a hamlet sharing a word's or a surname's name."""
    name, municipality = normalize(place.location), normalize(place.admin2 or "")
    return len(name) >= 6 and name != municipality and SequenceMatcher(None, name, municipality).ratio() >= 0.85


def _common_name_elsewhere(mention: Mention, place: Any, resolver: PlaceResolver, text: str) -> bool:
    """"in Pueblo Viejo, a small town two hours from Mexico City" in an article about Morelos:
    a name towns of many states share, taken in a state the article never names, is a guess."""
    if place is None or place.kind not in ("municipality", "locality") or mention.qualifier or not resolver.context_states \
            or place.admin1 in resolver.context_states or mention.continues_list \
            or (place.population or 0) >= 100000 and not mention.locality:
        # a city is news anywhere (but "the village of Ojo de Agua" in a Zacatecas story is no city of 380,000 in
        # Mexico State); a list's homonyms are settled by the list's state
        return False
    if place.kind == "municipality" and MUNICIPALITY_BEFORE.search(text, max(0, mention.start - 30), mention.start) \
            and municipality_named(mention.name, resolver) == place:
        return False  # "el municipio de Tamazula": the one municipality of that name, wherever the villages are
    if place.kind == "municipality" and (place.population or 0) >= 20000 \
            and _CALLED_A_CITY.search(text, max(0, mention.start - 25), mention.start):
        return False  # "outside the city of Miguel Aleman": a town of that size, not a village named after the president
    return _homonym_states(resolver.geo, mention.name) >= 3


_CALLED_A_CITY = re.compile(r"\b(?:city|ciudad|stad)\s+(?:of\s+|de\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _homonym_states(geo: Any, name: str) -> int:
    return len({c.admin1 for c in geo.candidates(name) if c.kind in ("municipality", "locality")})


_ARTICLE = re.compile(r"^(?:El|La|Los|Las)\s+")


def _locality_named(name: str, resolver: PlaceResolver) -> Any:
    """The one locality of that name in the article's states, or None."""
    found = {(c.admin1, c.admin2, c.location): c for c in resolver.geo.candidates(name)
             if c.kind == "locality" and c.admin1 in resolver.context_states}
    return next(iter(found.values())) if len(found) == 1 else None


def municipality_named(name: str, resolver: PlaceResolver, qualifier: str | None = None) -> Any:
    """"The municipality of El Mezquital": the municipality (Mezquital, Durango), not a
    village of that name elsewhere; "el municipio de Hidalgo" in an article about Coahuila:
    Hidalgo, Coahuila, not the state."""
    bare = _ARTICLE.sub("", name)
    for state in ([qualifier] if qualifier else []) + list(resolver.context_states):
        place = resolver.resolve(bare, state)  # a municipality of that name in a state the article names
        if place is not None and place.kind == "municipality":
            return place
    place = resolver.resolve(bare, qualifier) if bare != name else None
    if place is not None and place.kind == "municipality" or qualifier is not None:
        return place if place is not None and place.kind == "municipality" else None
    # "municipio de Navolato" in a story whose only named state is a victim's home state
    # (Sonora, with a hamlet called Navolato): the one municipality of that name in the country
    municipalities = {(c.admin1, c.location): c for c in resolver.geo.candidates(bare)
                      if c.kind == "municipality" and normalize(c.location) == normalize(bare)}
    return next(iter(municipalities.values())) if len(municipalities) == 1 else None


def _misspelt_municipality(mention: Mention, resolver: PlaceResolver) -> Any:
    """"El municipio de San Esteban Atlatlahuca, en Oaxaca": a typo of a municipality of the
    state given with it or of the article's states."""
    for state in ([mention.qualifier] if mention.qualifier else []) + list(resolver.context_states):
        place = resolver.geo.misspelt_municipality(mention.name, state=state)
        if place is not None:
            return place
    return None


def _state_capital(mention: Mention, resolver: PlaceResolver, text: str) -> Any:
    """"la capital de Jalisco", "Colima's capital city of the same name": the state's capital."""
    return resolver.capital_of(mention.state) if _names_capital(mention, text) else None


def _names_capital(mention: Mention, text: str) -> bool:
    before = CAPITAL_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if before and HOSPITALS_OF.search(text, max(0, before.start() - 40), before.start()):
        return False  # "heridos en nosocomios de la capital de Coahuila": where the wounded are, no place
    return bool(before or CAPITAL_AFTER.match(text, mention.end))


def _as_state(mention: Mention, resolver: PlaceResolver, text: str, group_has_state: bool) -> Any:
    """'Guanajuato' alone, in a list of states or after 'de staat' is the state, not its
    capital; 'la ciudad de Colima' stays the city. Mexico City is left to the geocoder."""
    if not mention.state or mention.state == "Ciudad de México":
        return None
    before = text[max(0, mention.start - 30):mention.start]
    if CITY_NOUN.search(before) and not group_has_state or _names_capital(mention, text):
        return None
    return resolver.state_place(mention.state)


def _groups(text: str, mentions: list[Mention], resolver: PlaceResolver, allowed: tuple[str, ...]) -> list[Group]:
    groups: list[Group] = []
    previous: Mention | None = None
    # the states the sentence places something in (not where people were taken or came from)
    # ("Tabasco" named among municipalities, "Jalpa and Tabasco municipalities", is no state of the sentence)
    named_states = list(dict.fromkeys(m.state for m in mentions if m.state and m.context in ("strong", "list", "subject", "destination", "weak")
                                      and m.state != "Ciudad de México" and not m.municipality))
    for mention in mentions:
        if mention.is_qualifier:
            continue
        if mention.context not in allowed:
            previous = None
            continue
        qualifier = mention.qualifier
        if qualifier is None and mention.near:  # the homonym near the reference point
            reference = resolver.resolve(mention.near)
            qualifier = reference.admin1 if reference is not None and reference.kind != "country" else None
        place = resolver.resolve(mention.name, qualifier) if qualifier else None
        if place is None and not mention.state:
            place = _in_a_state_of_the_sentence(mention, named_states, resolver)
        place = place or resolver.resolve(mention.name, mention.qualifier)
        if _small_town_of_another_state(mention, place, named_states):
            place = None
        if mention.state:
            place = _state_capital(mention, resolver, text) or place
        if mention.state and place is not None and place.kind == "state" \
                and _TOWN_NOUN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            # "mayor of the city of Hidalgo" (the Tamaulipas story's town), "la ciudad de Hidalgo": a
            # municipality of that name, where the state's capital is named otherwise (Pachuca)
            place = municipality_named(mention.name, resolver, mention.qualifier) or place
        if mention.municipality and place is not None and place.kind in ("locality", "state"):
            # "el municipio de Hidalgo" in an article about Michoacán: the municipality
            place = municipality_named(mention.name, resolver, mention.qualifier) or place
        if mention.municipality and place is not None and mention.qualifier is None and resolver.context_states \
                and place.admin1 != resolver.context_states[0]:
            # "a la altura del municipio de Juárez" in a story about Coahuila: that state's
            # municipality, not the big city of the name elsewhere, even in a state the story
            # names later ("brechas aledañas a la Presa Don Martín - Salinillas Nuevo León")
            place = next((p for state in resolver.context_states for p in (resolver.resolve(mention.name, state),)
                          if p is not None and p.kind == "municipality"), place)
        if mention.municipality and (place is None or mention.qualifier and place.admin1 != mention.qualifier):
            # "el municipio de El Mezquital, Durango": Mezquital, not the El Mezquital of Hidalgo
            place = _misspelt_municipality(mention, resolver) or place
        if mention.state and place is not None and place.kind == "state" and resolver.dateline_state \
                and resolver.dateline_state != mention.state and mention.qualifier is None \
                and not STATE_OF_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            # "ZACATECAS, ZAC.- Durante los operativos en Tabasco": in a report filed in Zacatecas, a state's
            # name that is a municipality of Zacatecas is that municipality
            town = resolver.resolve(mention.name, resolver.dateline_state)
            place = town if town is not None and town.kind == "municipality" \
                and town.admin1 == resolver.dateline_state else place
        if mention.state and mention.locality and place is not None and place.kind == "state" \
                and ONE_SETTLEMENT_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            # "the rural community of Hidalgo" in a Coahuila story: a town, never a state ("a la altura del ejido
            # Tamaulipas", in Baja California: a hamlet of that name, or no place)
            place = municipality_named(mention.name, resolver, mention.qualifier) or _locality_named(mention.name, resolver)
        part_of = mention.part_of
        if place is not None and place.kind == "locality" and SETTLEMENT_HEAD.match(mention.name) \
                and (host := _host_town(mention, mentions, resolver)) is not None \
                and (host.admin1, host.admin2) != (place.admin1, place.admin2):
            # "El terror se apoderó de Malinalco ... emboscó a policías en el Barrio Santa María": every town has
            # its Barrio Santa María; the one of the town the sentence names, not the gazetteer's in Toluca
            place, part_of = host, True
        if place is not None and place.kind == "locality" \
                and ((town := _town_after(mention, mentions, text, resolver)) is not None
                     or _SPANISH_HAMLET_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                     and (town := _town_after(mention, mentions, text, resolver, _IN_TOWN_AFTER_SPANISH_HAMLET)) is not None) \
                and (town.admin1, town.admin2) != (place.admin1, place.admin2):
            # "in Ciudad Morelos in Mexicali": the hamlet lies in the town named after it, not in the
            # gazetteer's homonym of another municipality
            place, part_of = town, True
        if place is not None and place.kind in ("locality", "municipality") \
                and (town := _town_after(mention, mentions, text, resolver, _LOCATED_IN_TOWN_AFTER)) is not None \
                and (town.admin1, town.admin2) != (place.admin1, place.admin2):
            # "en la delegación de Cerro Azul, ubicado en la zona rural de Tecate": a place said to lie in a town
            # is in it, though a municipality elsewhere bears its name
            place, part_of = town, True
        if place is not None and place.kind == "locality" and mention.qualifier is None and len(mentions) > 1 \
                and (homonym := _homonym_in_a_named_town(mention, place, mentions, resolver)) is not None:
            # "las comunidades de Tepeji del Río, Hidalgo y Jilotepec, Estado de México ... la localidad de Ojo de
            # Agua": the Ojo de Agua of Tepeji del Río, not the gazetteer's largest, in Tecámac (no guess, then)
            place, in_named_town = homonym, True
        else:
            in_named_town = False
        if place is not None and place.kind == "locality" and _off_the_road(mention, place, text, resolver):
            # "en el tramo carretero Ocosingo-Oxchuc, a la altura del Ejido Río Florido": a hamlet on a road lies
            # on the way between its ends, not at the gazetteer's homonym 170 km off
            previous = None
            continue
        if mention.name in resolver.person_words and not mention.named_as_place:
            place = None  # "Ramos had begun his campaign" after "Noe Ramos Ferretiz": the person
        if mention.name in resolver.surnames and not mention.named_as_place and (
                mention.context not in ("strong", "list") or _ends_a_name(text, mention, resolver)):
            place = None  # "Treviño werd opgepakt in Nuevo Laredo" after "Miguel Angel Treviño"
        # (asked of small municipalities named as towns only: most mentions never need it)
        unique = place is not None and mention.named_as_place and place.kind == "municipality" \
            and (place.population or 0) < SMALL_MUNICIPALITY and len(resolver.geo.candidates(mention.name)) == 1
        # (asked of small hamlets named after "in" only, as ``unique`` above)
        sole_hamlet = place is not None and place.kind == "locality" and mention.context == "strong" \
            and (place.population or 0) < 5000 and not mention.named_as_place \
            and place.admin1 in resolver.context_states and len(resolver.geo.candidates(mention.name)) == 1
        if not in_named_town and (not _acceptable(mention, place, resolver.context_states, unique, sole_hamlet)
                                  or _common_name_elsewhere(mention, place, resolver, text)
                                  or _common_hamlet_guess(mention, place, resolver, text)):
            # ("in Sarabia, a community in Jerez": a hamlet the gazetteer lacks there lies in the town it is said to
            # be in or near, as a hamlet named so does)
            place = _host_town(mention, mentions, resolver) if mention.locality or mention.near else None
            if place is None and mention.qualifier and _unknown_to_gazetteer(mention, resolver):
                # "the village of Buenavista de los Hurtado in Guerrero": a hamlet the gazetteer
                # lacks, in a town the sentence does not name, is coded at its state; "in Rancho
                # Cepeda, Ensenada": at the town named after it, a village noun or not
                # (the state, not its capital's municipality: "El Ranchito, Durango", "the community of Loma de
                # Flores, in the state of Guanajuato")
                host = resolver.state_place(mention.qualifier) if mention.locality \
                    else resolver.resolve(mention.qualifier)
                if mention.locality or (host is not None and host.kind in ("municipality", "locality")):
                    place = host
            if place is None:
                continue
            part_of = True
        if mention.state and place is not None and place.kind == "state" \
                and CITY_NOUN.search(text, max(0, mention.start - 30), mention.start):
            # "la ciudad de Veracruz", "the port of Veracruz": the state's homonymous city
            city = resolver.resolve(mention.name, mention.state)
            place = city if city is not None and city.kind in ("municipality", "locality") else place
        if mention.state and place is not None and place.kind != "state" and place.admin1 == mention.state \
                and not mention.municipality:
            has_state = any(p.kind == "state" for g in groups[-1:] for p, _, _ in g.places) \
                and mention.continues_list
            place = _as_state(mention, resolver, text, has_state) or place
        if groups and mention.continues_list and groups[-1].places and groups[-1].places[-1][1] is previous:
            group = groups[-1]
            last = group.places[-1][0]
            if place.kind in ("municipality", "locality") and last.kind in ("municipality", "locality") \
                    and place.admin1 != last.admin1 and mention.qualifier is None:
                # "los municipios de Sombrerete, Fresnillo, ..., Cuauhtémoc": the homonym in the list's state
                sibling = resolver.resolve(mention.name, last.admin1)
                place = sibling if sibling is not None and sibling.kind in ("municipality", "locality") else place
            if place.kind in ("municipality", "locality") and (last.admin1, last.admin2) == (place.admin1, place.admin2):
                previous = mention  # "la comunidad de Tepochica, en Iguala": the town it lies in, no second place
                continue
            group.places.append((place, mention, part_of))
            group.end = mention.end
            if place.kind == "state":  # a homonym earlier in a list of states is a state too
                group.places = [(_as_state(m, resolver, text, True) or p, m, po) if m is not None else (p, m, po)
                                for p, m, po in group.places]
        else:
            groups.append(Group(mention.start, mention.end, [(place, mention, part_of)]))
        previous = mention
    for group in groups:
        _first_of_the_lists_state(group, resolver)
    return groups


def _homonym_in_a_named_town(mention: Mention, place: Any, mentions: list[Mention], resolver: PlaceResolver) -> Any:
    """The homonym of ``mention``'s locality that lies in a municipality the sentence names (the first named, when
    several towns have one), when the gazetteer's first choice lies in none of them; None otherwise."""
    homonyms = {(c.admin1, c.admin2): c for c in resolver.geo.candidates(mention.name) if c.kind == "locality"}
    if len(homonyms) < 2:
        return None
    towns = [(p.admin1, p.admin2) for m in mentions if m is not mention and not m.is_qualifier
             for p in (resolver.resolve(m.name, m.qualifier),) if p is not None and p.kind == "municipality"]
    if (place.admin1, place.admin2) in towns:
        return None
    return next((homonyms[town] for town in towns if town in homonyms), None)


def _off_the_road(mention: Mention, place: Any, text: str, resolver: PlaceResolver) -> bool:
    """Whether the sentence puts ``mention`` on a road between two towns of one state ("a la altura del Ejido
    Río Florido" after "el tramo carretero Ocosingo-Oxchuc") while the gazetteer's place of that name lies off it."""
    if not _AT_THE_HEIGHT_OF.search(text, max(0, mention.start - 25), mention.start) or not HIGHWAY.search(text):
        return False
    for names in road_towns(text):
        if mention.name in names or len(names) != 2:
            continue
        ends = [resolver.resolve(name) for name in names]
        if all(end is not None and end.kind in ("municipality", "locality") for end in ends) \
                and ends[0].admin1 == ends[1].admin1 and not _on_the_way(place, ends):
            return True
    return False


_AT_THE_HEIGHT_OF = re.compile(lexicon.AT_THE_HEIGHT_OF)


def _km(a: Any, b: Any) -> float:
    return great_circle((a.latitude, a.longitude), (b.latitude, b.longitude)).km


def _on_the_way(town: Any, ends: list[Any]) -> bool:
    """Whether a road named after its two ends passes by ``town`` ("Altamira.- ... al cruzar la carretera
    Tampico-Mante": Altamira lies on it), so the dateline's town may still be the place: the detour through the
    town is short next to the road's length."""
    if len(ends) != 2:
        return False
    a, b = ends
    return _km(a, town) + _km(town, b) <= 1.25 * _km(a, b) + 10


def _first_of_the_lists_state(group: Group, resolver: PlaceResolver) -> None:
    """"en los municipios de San José de Gracia, San Francisco de los Romo y Calvillo": the
    list's later towns agree on a state, so its first name is that state's homonym (later
    names already take the state of the name before them)."""
    if len(group.places) < 3:
        return
    (first, mention, part_of), rest = group.places[0], group.places[1:]
    towns = ("municipality", "locality")
    states = {p.admin1 for p, _, _ in rest}
    if mention is None or mention.qualifier is not None or first.kind not in towns \
            or any(p.kind not in towns for p, _, _ in rest) or len(states) != 1 or first.admin1 in states:
        return
    sibling = resolver.resolve(mention.name, next(iter(states)))
    if sibling is not None and sibling.kind in ("municipality", "locality"):
        group.places[0] = (sibling, mention, part_of)


_WORD_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+) $")


def _ends_a_name(text: str, mention: Mention, resolver: PlaceResolver) -> bool:
    """"detuvo a Miguel Angel Treviño": the surname in the person's name itself."""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and not resolver.geo.is_place_name(before.group(1))


def _in_a_state_of_the_sentence(mention: Mention, states: list[str], resolver: PlaceResolver) -> Any:
    """"Tres víctimas corresponden a Sinaloa ... cuando patrullaban la comunidad El Tamarindo":
    a town of the one state its sentence names, before a homonym of another state the article names."""
    if len(states) != 1:
        return None
    place = resolver.resolve(mention.name, states[0])
    return place if place is not None and place.kind in ("municipality", "locality") else None


def _small_town_of_another_state(mention: Mention, place: Any, states: list[str]) -> bool:
    """"Tres víctimas corresponden a Sinaloa ... la comunidad El Tamarindo": not the hamlet of that
    name in Guerrero when the sentence names Sinaloa alone."""
    return place is not None and len(states) == 1 and not mention.state and mention.qualifier is None \
        and place.kind in ("municipality", "locality") and (place.population or 0) < 20000 \
        and place.admin1 != states[0]


def _unknown_to_gazetteer(mention: Mention, resolver: PlaceResolver) -> bool:
    """Whether the gazetteer lacks the mention's name (rather than rejecting a homonym)."""
    return resolver.resolve(mention.name, mention.qualifier) is None


_IN_TOWN_AFTER = re.compile(lexicon.IN_TOWN_AFTER)
_LOCATED_IN_TOWN_AFTER = re.compile(lexicon.LOCATED_IN_TOWN_AFTER, re.I)
_SPANISH_HAMLET_BEFORE = re.compile(lexicon.SPANISH_HAMLET_BEFORE, re.I)
_IN_TOWN_AFTER_SPANISH_HAMLET = re.compile(lexicon.IN_TOWN_AFTER_SPANISH_HAMLET)


def _town_after(mention: Mention, mentions: list[Mention], text: str, resolver: PlaceResolver,
                gap: re.Pattern[str] = _IN_TOWN_AFTER) -> Any:
    """The municipality named right after ``mention`` as the town it lies in, or None."""
    after = next((m for m in mentions if m.start >= mention.end), None)
    if after is None or after.state or not gap.fullmatch(text, mention.end, after.start):
        return None
    town = resolver.resolve(after.name, after.qualifier)
    return town if town is not None and town.kind == "municipality" else None


def _host_town(hamlet: Mention, mentions: list[Mention], resolver: PlaceResolver) -> Any:
    """"Police from San Agustín Tlaxiaca, Hidalgo, clashed in the community of El Huizache":
    a community the gazetteer does not hold in the article's states lies in the one town of
    those states the sentence names (precision 2), or in the town it is said to be near.
    Two or none: no guess."""
    if hamlet.near:  # "the hamlet of Tlacotepec Viejo, near Iguala"
        place = resolver.resolve(hamlet.near)
        if place is not None and place.kind in ("municipality", "locality"):
            return place
    name = hamlet.name.rstrip(". ")
    for at in [i for i in range(len(name)) if name.startswith(" de ", i)]:
        # "la comunidad Los Bayados de Coyuca de Catalán": the hamlet of that municipality (its longest known tail)
        place = resolver.resolve(name[at + 4:], hamlet.qualifier)
        if place is not None and place.kind == "municipality" and (
                hamlet.qualifier or place.admin1 in resolver.context_states or not resolver.context_states):
            return place
    towns = {}
    for other in mentions:
        if other is hamlet or other.is_qualifier or other.state:
            continue
        place = resolver.resolve(other.name, other.qualifier)
        if place is not None and place.kind in ("municipality", "locality") and (
                other.qualifier or place.admin1 in resolver.context_states):
            towns[(place.admin1, place.admin2)] = place
    return next(iter(towns.values())) if len(towns) == 1 else None


def _gap(text: str, start: int, end: int, group: Group) -> str:
    """The text between a span and a group ('' when the group holds it)."""
    if group.start <= start and end <= group.end:
        return ""
    return text[end:group.start] if end <= group.start else text[group.end:start]


def _distance(text: str, start: int, end: int, group: Group) -> int:
    gap = _gap(text, start, end, group)
    penalty = gap.count(",") * COMMA_PENALTY + (gap.count(";") + gap.count(":")) * CLAUSE_PENALTY
    return len(gap) + penalty + _contrasts(gap) * CLAUSE_PENALTY


def _gap_cost(text: str, start: int, end: int, group: Group) -> int:
    """How far a group lies from a trigger in clause terms: only clause breaks count."""
    gap = _gap(text, start, end, group)
    # a colon right before the group introduces it: "se registraron en 14 municipios de la entidad: Queréndaro, ..."
    colons = gap.count(":") - (end <= group.start and gap.rstrip().endswith(":"))
    return (gap.count(";") + colons + _contrasts(gap)) * CLAUSE_PENALTY + (CLAUSE_PENALTY if len(gap) > 200 else 0)


def _contrasts(gap: str) -> int:
    """Contrast clauses in a gap ("..., mientras que en Comalcalco ...": another event)."""
    if "mientras" in gap or "while" in gap or "terwijl" in gap or "whereas" in gap or "en tanto" in gap:
        return len(CONTRAST.findall(gap))
    return 0


def _nearest(text: str, start: int, end: int, groups: list[Group]) -> Group:
    return min(groups, key=lambda g: _distance(text, start, end, g))


_PLACE_FIELDS: dict[int, tuple[Any, dict[str, Any]]] = {}


def _place_fields(place: Any) -> dict[str, Any]:
    """place.to_record(), memoised: the geocoder hands out the same Place objects."""
    key = id(place)
    hit = _PLACE_FIELDS.get(key)
    if hit is None or hit[0] is not place:
        if len(_PLACE_FIELDS) > 50_000:
            _PLACE_FIELDS.clear()
        hit = _PLACE_FIELDS[key] = (place, place.to_record())
    return hit[1]


def _group_keys(groups: list[Group]) -> set[tuple]:
    return {(p.admin1, p.admin2, p.location, p.kind) for g in groups if g.only is None for p, _, _ in g.places}


def _copy_groups(groups: list[Group], *, town_first: bool = True) -> list[Group]:
    # Inherited places cover the whole sentence, so every trigger reaches them. The first group, or (with
    # ``town_first``, for the places told before) the one town of its state after it: "De los municipios del
    # sur de Sinaloa, el puerto de Mazatlán fue el escenario de ... asesinatos. || El día 3, dos hombres fueron
    # asesinados": Mazatlán
    first = groups[:1]
    if town_first and first and all(place.kind == "state" for place, _, _ in first[0].places):
        state = {place.admin1 for place, _, _ in first[0].places}
        towns = [g for g in groups[1:] if len(g.places) == 1 and g.places[0][0].kind in ("municipality", "locality")
                 and g.places[0][0].admin1 in state]
        first = towns if len(towns) == 1 and len(groups) == 2 else first  # (not one of a list of towns)
    return [Group(0, 10 ** 9, list(g.places), True, label=g.label, only=g.only) for g in first]
