"""What one sentence tells another: the article-level reading that places an event the
sentence itself does not place.

``_State`` carries what earlier sentences said (the last places and dates, the last
state, the last operation, a heading's event types, "X, where the attack occurred");
``_Neighbours`` answers, lazily, what the sentences before and after name and which states
the article is about. ``_fallback_groups`` is the order in which these are tried
(docs/codebook.md: the place of an event, across sentences).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Sequence
from urllib.parse import urlsplit

from app.articles import Article
from app.geo.gazetteer import fold, normalize
from app.geo.names import STATES
from app.extract.gates import GatedAlternation, GateSet, LowerCasePattern, _lowered, holds_any, literal_regex
from app.extract import lexicon
from app.extract.dates import sentence_date
from app.extract.mentions import HIGHWAY, Mention, find_mentions, road_towns, trap_spans
from app.extract.sentences import Sentence, dateline_place, dateline_state
from app.extract.places import PLACED, Group, PlaceResolver, _copy_groups, _groups, municipality_named
from app.extract.coding import POINT_EVENTS, SharedCount

_FLAGS = re.I

ANAPHORA = LowerCasePattern(r"\b(?:(?:de|deze|die|het|the|this|that|el|este|dicho|ese|la|esta|dicha|esa)\s+"
                            r"(?:operatie|operation|operativo|operaci[oó]n|inval|raid|actie))\b", _FLAGS)


TOWN_ANAPHORA = LowerCasePattern(lexicon.TOWN_ANAPHORA, _FLAGS)
SCENE_ANAPHORA = LowerCasePattern(lexicon.SCENE_ANAPHORA, _FLAGS)
ORDINAL_ANAPHORA = LowerCasePattern(lexicon.ORDINAL_ANAPHORA, _FLAGS)


STATE_CAPITAL_ANAPHORA = re.compile(lexicon.STATE_CAPITAL_ANAPHORA)
ROAD_TO_BEFORE = re.compile(lexicon.ROAD_TO_BEFORE)
DISTANCE_BEFORE = re.compile(lexicon.DISTANCE_BEFORE)
HOSPITAL_OF_BEFORE = re.compile(lexicon.HOSPITAL_OF_BEFORE)
SEAT_BEFORE = re.compile(lexicon.SEAT_BEFORE)


STATE_AUTHORITY = LowerCasePattern(lexicon.STATE_AUTHORITY, _FLAGS)
TOWN_GOVERNMENT = re.compile(lexicon.TOWN_GOVERNMENT)


STATE_ANAPHORA = LowerCasePattern(lexicon.STATE_ANAPHORA, _FLAGS)


SAME_STATE = LowerCasePattern(lexicon.SAME_STATE, _FLAGS)
SPREAD_OVER_STATE = LowerCasePattern(lexicon.SPREAD_OVER_STATE, _FLAGS)
THIS_TOWN = LowerCasePattern(lexicon.THIS_TOWN, _FLAGS)
THIS_CITY_ES = LowerCasePattern(lexicon.THIS_CITY_ES, _FLAGS)
NAMED = PLACED + ("weak",)  # how a sentence may name a town it tells nothing of


NATIONAL = LowerCasePattern(lexicon.NATIONAL, _FLAGS)
NATIONAL_OPENER = LowerCasePattern(lexicon.NATIONAL_OPENER, _FLAGS)


US_BORDER = re.compile(lexicon.US_BORDER, _FLAGS)


REGION_OF_MEXICO = LowerCasePattern(lexicon.REGION_OF_MEXICO, _FLAGS)


EVENT_PLACE = {lang: (LowerCasePattern(lexicon.EVENT_PLACE_BEFORE[lang], _FLAGS), LowerCasePattern(lexicon.EVENT_PLACE_AFTER[lang], _FLAGS))
               for lang in lexicon.EVENT_PLACE_BEFORE}
EVENT_PLACE_DISTANCE = re.compile(lexicon.EVENT_PLACE_DISTANCE, _FLAGS)
# The phrases after a place ("..., where the attack occurred") split into their parts as LowerCasePattern
# splits them, under keys of their own: the extractor's one sentence scan gates them (incidents._SENTENCE_GATES).
EVENT_PLACE_AFTER_PARTS = {lang: GatedAlternation(after.split[0].parts, ("event place after", lang))
                           for lang, (_, after) in EVENT_PLACE.items() if after.split is not None}


def event_place_after(text: str, lang: str, scanned: tuple[str, Any] | None = None) -> re.Match[str] | None:
    """``EVENT_PLACE[lang][1].search(text)`` (the same span), from the sentence's scan when the scan read the
    text as the pattern does (no Spanish subjunctive read as a preterite; no letter that folds apart)."""
    alternation = EVENT_PLACE_AFTER_PARTS.get(lang)
    if scanned is not None and alternation is not None:
        low = _lowered(text)
        if scanned[0] == low and "ı" not in low and "ſ" not in low:
            return alternation.search(low, scanned[1])
    return EVENT_PLACE[lang][1].search(text)


TITLE_STATE = re.compile(r"(?:\b(?:gobernador[a]?|governor|gouverneur|gobierno|secretari[oa] de gobierno)\s+(?:del?|of|van)"
                         r"\s+(?:(?:l\s+)?estado\s+de\s+|the\s+state\s+of\s+)?(?P<a>[A-ZÁÉÍÓÚ][\w ]+?)\b(?=[,.;:]|\s+[a-z(]|$)"
                         r"|(?P<b>[A-ZÁÉÍÓÚ]\w+(?: [A-ZÁÉÍÓÚ]\w+)?)[- ](?:gouverneur|[Gg]overnor)\b)")


ARTICLE_STATE_CONFIDENCE = 0.4


CITY_POPULATION = 20000  # a locality this large is a town in its own right ("Ciudad Juárez")


LIST_LINE_WORDS = 14  # a line this short without a full stop is a heading or a list item


_EVENT_PLACE_KEYS = frozenset({("event_place", 0), ("event_place", 1)})


_REGION_BEFORE = re.compile(lexicon.REGION_NOUN_BEFORE, re.I)
_STATE_GAP = re.compile(lexicon.STATE_NOUN, re.I)
_CITY_BEFORE = re.compile(lexicon.CITY_NOUN, re.I)
_STREET_BEFORE = re.compile(lexicon.STREET_NOUN_BEFORE, re.I)
_STREET_HEAD = re.compile(lexicon.STREET_HEAD_WORD)


# The streets of a corner before the last one's name: "la esquina de las calles República de Cuba y", "at the corner of
# Juárez and"
_STREETS_LISTED_BEFORE = re.compile(r"\b(?:calles|esquina|cruce|cruzamiento|corner|streets|avenidas|avenues|hoek)\b"
                                    r"[^.,;]{0,50}?\s(?:y|e|and|con|en)\s+$", re.I)


def _remember_event_place(text: str, lang: str, resolver: PlaceResolver, date: tuple[dt.date, str],
                          published: dt.date, state: _State, scanned: tuple[str, Any] | None = None, *,
                          main_date: tuple[dt.date, str] | None = None) -> None:
    """The town a sentence says the event happened in ("..., where the attack occurred";
    "the massacre took place in X"), even inside a trap span."""
    from app.extract.mentions import MUNICIPALITY_BEFORE, NEIGHBOURHOOD_AFTER, NEIGHBOURHOOD_BEFORE, SUBPLACE_GAP, name_runs, place_names
    before, after = EVENT_PLACE[lang]
    found_before, found_after = before.search(text), event_place_after(text, lang, scanned)
    if found_before is None and found_after is None:
        return  # no phrase, no place to read
    names = place_names(text, resolver.geo)
    # "Fue en la brecha Rancherías en el municipio de Hidalgo": the municipality holds the place
    # ... but "the city of Matehuala in the northern state of San Luis Potosi" holds the town, not the state
    names = [n for n, following in zip(names, names[1:] + [None])
             if following is None or not SUBPLACE_GAP.match(text[n[1]:following[0]])
             or _STATE_GAP.search(text, n[1], following[0]) is not None]
    for pattern, pick, match in ((before, lambda m: [n for n in names if n[1] <= m.start()][::-1], found_before),
                                 (after, lambda m: [n for n in names if n[0] >= m.end()], found_after)):
        if match is None or pattern is before and EVENT_PLACE_DISTANCE.search(text, max(0, match.start() - 40),
                                                                                match.start()):
            continue
        # the day after the phrase ("said Saturday that the attack, which happened Thursday in X"), up to a clause of its
        # own ("took place in the municipality of Cortazar, where in 2023 gunmen stormed a water park": 2023 is that
        # clause's; the sentence's date may be it too, so then the story's)
        told = text[match.start():]
        clause = _RELATIVE_CLAUSE.search(told)
        told = told[:clause.start()] if clause else told
        day = sentence_date(told, published) or (main_date if clause and main_date else date)
        for start, end, name in pick(match):
            if NEIGHBOURHOOD_BEFORE.search(text[max(0, start - 30):start].lower()) or NEIGHBOURHOOD_AFTER.match(text, end):
                continue  # "ubicado en la colonia El Llano", "of the Emiliano Zapata neighborhood where": not a town
            run_start = next((r[0] for r in name_runs(text) if r[0] < start < r[1]), start)
            if run_start < start and _STREET_HEAD.match(text, run_start, start) \
                    and _STREET_BEFORE.search(text, max(0, run_start - 20), run_start):
                continue  # "el cruce con la calle Sierra de Tapalpa": the street's name, as mentions read it
            if _REGION_BEFORE.search(text, max(0, start - 30), start):
                continue  # "los hechos registrados en la región del Istmo de Tehuantepec": a region, not the town
            if _STREETS_LISTED_BEFORE.search(text, max(0, start - 60), start):
                continue  # "en la esquina de las calles República de Cuba y Esperanza": the second street's name
            if ("schiereiland" in text or "nsula" in text) and any(
                    m.start("place") == start for p in _PENINSULA for m in p.finditer(text)):
                continue  # "op het schiereiland Yucatán": no state
            place = resolver.resolve(name)
            if place is not None and place.kind != "state" and not _CITY_BEFORE.search(text, max(0, start - 30), start) \
                    and (state_named := resolver.geo.state_name(name)):
                # "the attack, which occurred in the northern state of San Luis Potosi", "the first massacre that
                # occurred in Guanajuato": the state, not its capital of the same name (but "la ciudad de Zacatecas")
                place = resolver.state_place(state_named) or place
            if place is not None and place.kind in ("locality", "state") \
                    and MUNICIPALITY_BEFORE.search(text, max(0, start - 30), start):
                place = municipality_named(name, resolver) or place  # "the municipality of El Mezquital"
            if place is not None and place.kind == "state":
                state.event_places.append((place, day))
                return  # "De staat Sinaloa, waar de schietpartij plaatsvond": the state, for records coarser still
            if place is not None and place.kind in ("municipality", "locality"):
                if resolver.context_states and place.admin1 not in resolver.context_states:
                    continue  # "entre los ejidos Rubén Jaramillo y ...": a homonym in a state the article never names
                state.event_places.append((place, day))
                state.event_place_told = (state.index, name)
                return
            break  # the nearest name is the place the phrase gives, or none is


_RELATIVE_CLAUSE = re.compile(r",\s+(?:where|when|donde|cuando|waar|toen)\b", re.IGNORECASE)


class _State:
    """What earlier sentences tell later ones: the places of the last records."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.published: dt.date | None = None  # the day relative dates are read from
        self.heading: tuple = ()                # event types a heading gives the list lines under it
        self.paragraph_date: tuple[dt.date, str] | None = None  # the last date the paragraph gave
        self.paragraph_date_types: frozenset[str] = frozenset()  # ... told by events of these types (none: by no event)
        self.paragraph_date_at = -1  # ... by the sentence of this index
        self.last_groups: list[Group] = []
        self.last_index = -1                    # the sentence the last groups came from
        self.carried_groups: list[Group] = []   # the last groups of the sentence that ended the paragraph before
        self.carried_date: tuple[dt.date, str] | None = None
        self.index = 0                          # the sentence being read
        self.last_admin1: str | None = None     # the state of the last record
        self.shared: dict[int, SharedCount] = {}  # records that carry a count for several places
        self.event_places: list[tuple[Any, tuple[dt.date, str]]] = []  # "X, where the attack occurred"
        self.last_date: tuple[dt.date, str] | None = None
        self.last_event_day: tuple[dt.date, str] | None = None  # the day the last event sentence gave
        self.last_event_day_at = -1             # ... in the sentence of this index
        self.main_date: tuple[dt.date, str] | None = None  # the date of the article's main events
        self.operation_groups: list[Group] = []
        self.operation_date: tuple[dt.date, str] | None = None
        self.town_groups: list[Group] = []      # the last group of town-level places
        self.event_place_ahead = False          # the article says where "the attack took place" somewhere
        self.event_place_told: tuple[int, str] | None = None  # the sentence that said so, and the town's name
        self.town_date: tuple[dt.date, str] | None = None
        self.title_state: str | None = None     # the state of the last governor named
        self.dateline_town: Any = None          # the town of the article's dateline, if any
        self.lead_in_dateline_town = False      # the lead says "this town" of the dateline's town
        self.places: set[tuple] = set()         # every place named for a record so far
        self.recorded_types: dict[str, set[tuple]] = {}  # event types recorded so far, with the places they took
        self.abroad = False                     # the last sentence that placed an event placed it abroad


# Traps that can hide a state name; the others (roads, newspapers...) need not be checked.
_STATE_TRAP_WORDS = literal_regex(lexicon.STATE_TRAP_WORDS)  # searched for truth only: one trie of the words
_HONORIFIC_BEFORE = re.compile(lexicon.HONORIFIC + r"\s+$")


def _state_of(geo: Any, word: str) -> str | None:
    return geo.state_name(word) if len(word) > 3 else None


# A locality this big is a town of its own; a smaller one may be a colonia named after a town elsewhere
# (the gazetteer's "Ciudad Morelos" is a colonia of Playas de Rosarito, not the Mexicali valley town)
_TOWN_SIZE = 10000


_LISTED_BEFORE = re.compile(r",\s*$")  # a list item: after a comma, and more of the list after it
_LISTED_AFTER = re.compile(r"\s*(?:,|(?:y|e|and|en)\s)")
_TOWN_HEADS = frozenset({"Ciudad", "Cd.", "Villa", "Puerto"})  # a run opening so is a town's name


@lru_cache(maxsize=65536)
def _run_states(geo: Any, run: str) -> tuple[str, ...]:
    """The states a capitalised run names: as a whole, or by its last word ("Estado de
    Jalisco"). Runs repeat across sentences and articles; state_name is pure."""
    words = run.split()
    whole = _state_of(geo, run)
    if whole is None and len(words) > 1 and any(place.kind == "municipality" or (place.population or 0) >= _TOWN_SIZE
                                                for place in geo.candidates(run)):
        return ()  # "Villa Guerrero", "Puerto Morelos", "Ciudad Hidalgo": a town, not the state its last word names
    if whole is None and len(words) > 1 and words[0] in _TOWN_HEADS:
        return ()  # ... whatever the gazetteer holds: "Ciudad Morelos, una de las comunidades del Valle de Mexicali"
    found = (whole, _state_of(geo, words[-1]))
    if not any(found) and len(words) > 1:
        # "the Coahuila Public Security Secretariat", "Nuevo León State Police": an authority of that
        # state ("Michoacán Family" is a cartel, not the state)
        found = tuple(_state_of(geo, " ".join(words[:n])) for n in range(1, min(3, len(words) - 1) + 1)
                      if all(word.lower().removesuffix("'s").removesuffix("’s") in lexicon.AUTHORITY_WORDS
                             for word in words[n:]))
    return tuple(state for state in dict.fromkeys(found) if state)


# Mexico City by its old initials, as the press wrote it until 2016: "del DF", "en el D.F."
_FEDERAL_DISTRICT = re.compile(r"\b(?:del|en\s+el|al|el|of\s+the|in\s+the|van\s+het|in\s+het)\s+(?:DF|D\.\s?F\.)(?!\w)")


def _context_states(article: Article, geo: Any, sentences: Sequence[Sentence] = ()) -> list[str]:
    from app.extract.mentions import (COUNTED_MUNICIPALITIES_BEFORE, COUNTRY_WORDS, MUNICIPALITY_BEFORE, NEIGHBOURHOOD_AFTER,
                                      NEIGHBOURHOOD_BEFORE,
                                      STATE_OF_BEFORE, STATE_OF_MEXICO, name_runs, trap_spans, _overlaps,
                                      MUNICIPALITIES_AFTER)
    states: list[str] = []
    text = article.text
    datelines = [(s.start, s.end) for s in sentences if s.dateline]
    for start, end, run in name_runs(text):
        if run.rstrip(".,;:") in COUNTRY_WORDS and STATE_OF_BEFORE.search(text, max(0, start - 20), start):
            run = STATE_OF_MEXICO  # "en el sur del estado de México": the state, as its mentions read it
        named = _run_states(geo, run)  # most runs name no state: the cheap, cached test first
        if not named or datelines and any(start <= d_start < end for d_start, _ in datelines):
            continue  # "MEXICO CITY —" says where the reporter was (the state named after it, "Monterrey, Nuevo
            # Leon –", is the story's as the text's other names are)
        if NEIGHBOURHOOD_AFTER.match(text, end) or NEIGHBOURHOOD_BEFORE.search(text[max(0, start - 30):start].lower()):
            continue  # "the Constituyentes de Querétaro section", "la colonia Jalisco": a neighbourhood
        if _HONORIFIC_BEFORE.search(text, max(0, start - 16), start):
            continue  # "el cuerpo sin vida del doctor Guerrero": a person
        if MUNICIPALITY_BEFORE.search(text, max(0, start - 30), start) \
                and not COUNTED_MUNICIPALITIES_BEFORE.search(text[max(0, start - 50):start]) \
                or MUNICIPALITIES_AFTER.match(text, end):
            continue  # "los municipios de Hidalgo y Padilla, Tamaulipas", "Jalpa and Tabasco municipalities"
        if states and _LISTED_BEFORE.search(text, max(0, start - 6), start) and _LISTED_AFTER.match(text, end) \
                and any(c.kind == "municipality" and c.admin1 in states for c in geo.candidates(run)):
            continue  # "Juchipila, Tlaltenango, Jalpa, Momax, Tabasco y Villanueva": Tabasco, Zacatecas, amid the list
        for state in named:
            if state in states:
                continue
            # Only names outside traps ("Sinaloa-kartel" does not make the article about Sinaloa).
            lo = max(0, start - 80)
            window = text[lo:end + 40]
            if _STATE_TRAP_WORDS.search(window.lower()) is None \
                    or not _overlaps(start - lo, end - lo, trap_spans(window)):
                states.append(state)
    for start, end in datelines:  # "PIEDRAS NEGRAS, Coahuila –": its state settles homonyms last
        dateline = text[start:end]
        # ... also before a date ("Hermosillo, Sonora, 12 de marzo de 2024.-") and abbreviated ("TORREÓN, Coah.")
        named_after = (dateline_place(dateline) or ("", None))[1]
        for words in (dateline.rstrip(" –—-.").rsplit(",", 1)[-1].strip(), named_after, dateline_state(dateline)):
            for state in _run_states(geo, words) if words else ():
                if state not in states and state != "Ciudad de México":
                    states.append(state)
    if "Ciudad de México" not in states and ("DF" in text or "D.F" in text or "D. F" in text) \
            and _FEDERAL_DISTRICT.search(text):
        states.append("Ciudad de México")  # "un policía de la Secretaría de Seguridad Pública del DF" (too short a name
        # for the runs' test, and "DF. Ambos" runs on)
    demonyms = STATE_DEMONYMS.get(article.language)
    if demonyms is not None:  # "el Altiplano potosino": after the states named outright
        gates, patterns = demonyms
        low = text.lower()
        for name in sorted(gates.scan(low)):  # one trie scan; a regex only where its stem occurs
            # "la Familia Michoacana" names a cartel, not the article's state; "la taquería Los Sinaloenses"
            # a business (a capitalised demonym is part of a name)
            # ... nor does a person's origin: "la guanajuatense Marcela Muñoz Martínez"
            named = any(text[match.start()].islower() and not _PERSON_NAME_AFTER.match(text, match.end()) and not _overlaps(
                match.start() - lo, match.end() - lo, trap_spans(text[lo:match.end() + 40]))
                        for match in patterns[name].finditer(low) for lo in (max(0, match.start() - 80),))
            state = geo.state_name(name) if named else None
            if state and state not in states:
                states.append(state)
    return states


# A person's given name and surname right after a word: "la guanajuatense Marcela Muñoz"
_PERSON_NAME_AFTER = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+(?:(?:de\s+la|de|del)\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")


# The adjective of each state's people, by language (app/extract/words/<lang>.toml): the
# gates of all of them, and each one's pattern.
STATE_DEMONYMS = {lang: (GateSet(table), {name: re.compile(pattern) for name, pattern in table.items()})
                  for lang, words in lexicon.WORDS.items() if (table := words.get("state_demonyms"))}


# Town mentions placed this way say where the article is; a bare name may be a surname.
_PLACING_CONTEXTS = ("strong", "list", "subject")


def town_states(mentions: Sequence[Mention], geo: Any) -> list[str]:
    """The states of the towns an article names, for an article that names no state
    ("la ciudad de Apatzingán" is in Michoacán): only names whose municipalities all lie in
    one state and that name a municipality first, so "Juárez" or "Hidalgo" settle nothing."""
    states: list[str] = []
    for mention in mentions:
        if mention.context not in _PLACING_CONTEXTS or mention.state or mention.sub_place or mention.locality:
            # "la colonia Lomas de San Lorenzo" names no town San Lorenzo (Oaxaca); "las localidades de El Terrero y
            # San Carlos" a hamlet, not the municipality San Carlos of Tamaulipas
            continue
        state = one_state_town(geo, mention.name)
        if state is not None and state not in states:
            states.append(state)
    return states or _hamlet_and_its_town_states(mentions, geo)


def _hamlet_and_its_town_states(mentions: Sequence[Mention], geo: Any) -> list[str]:
    """The state of a hamlet the article names together with its municipality, a name several states hold
    ("Venustiano Carranza" and "la comunidad Laja Tendida", a hamlet of Venustiano Carranza, Chiapas): the
    two names settle each other."""
    towns = {normalize(m.name) for m in mentions if m.context in _PLACING_CONTEXTS}
    states: list[str] = []
    for mention in mentions:
        place = geo.resolve(mention.name) if mention.context in _PLACING_CONTEXTS else None
        if place is not None and place.kind == "locality" and place.admin2 \
                and normalize(place.admin2) != normalize(mention.name) and normalize(place.admin2) in towns \
                and place.admin1 not in states:
            states.append(place.admin1)
    return states


def _title_states(title: str, geo: Any) -> list[str]:
    """The states a headline names outright (not in a cartel's or an official's name)."""
    from app.extract.mentions import NEIGHBOURHOOD_AFTER, NEIGHBOURHOOD_BEFORE, name_runs, trap_spans, _overlaps
    traps = trap_spans(title)
    # (nor a neighbourhood's: "Balean a un joven en la colonia Morelos" is in Mexico City)
    return list(dict.fromkeys(state for start, end, run in name_runs(title) if not _overlaps(start, end, traps)
                              and not NEIGHBOURHOOD_BEFORE.search(title[max(0, start - 30):start].lower())
                              and not NEIGHBOURHOOD_AFTER.match(title, end)
                              for state in _run_states(geo, run)))


def source_states(source: str, geo: Any) -> list[str]:
    """The state a local outlet's name carries ("La Unión de Morelos", "El Sol de Durango",
    "Quadratín Guerrero"): where its stories mostly happen. Not the state of México, which
    national outlets name ("El Heraldo de México")."""
    words = re.findall(r"[^\W\d_]+", source)
    found = [_state_of(geo, " ".join(words[i:i + n])) for n in (3, 2, 1) for i in range(len(words) - n + 1)]
    # ... and by its abbreviation in capitals ("Pulso SLP", "BCS Noticias"), too short to trust in running text
    found += [geo.state_name(word) for word in words if word.isupper() and 2 <= len(word) <= 3]
    return list(dict.fromkeys(state for state in found if state and state not in ("México", "Ciudad de México")))


_OUTLET_TOWN = re.compile(r"\b(?:de|del)\s+([A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:de\s+|del\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\w.]*)*)\s*$")


def source_town_state(source: str, geo: Any) -> str | None:
    """The state of the city a local outlet is named after ("El Siglo de Torreón": Coahuila), a town of one
    state only, named after "de" (a bare title may be a town's name too: "Reforma" is a national daily, not
    Chiapas's town). Read only for an article that names no state: a local paper reports its region, and
    its towns' homonyms elsewhere are not what it means ("el ejido Coyote de Matamoros")."""
    town = _OUTLET_TOWN.search(re.split(r"[(,]", source, maxsplit=1)[0])
    return one_state_town(geo, town[1]) if town else None


def _address_key(text: str) -> str:
    """``text`` as a web address runs it together: folded, letters only ("Nuevo León": nuevoleon)."""
    return re.sub(r"[^a-z]", "", fold(text))


def _state_address_key(name: str) -> str:
    """A state's name as its web sections write it: the first part of a long name ("Michoacán de Ocampo": michoacan)."""
    return _address_key(name if name.startswith("San ") else name.split(" de ")[0])


# Each state's name in a web address ("elsoldedurango.com.mx", "/estados/nuevo-leon/"); not the country's ("mexico")
# nor the capital's. Longest key first, where one holds another ("bajacaliforniasur").
_ADDRESS_STATES = sorted(((_state_address_key(name), name)
                          for name in STATES.values() if name not in ("México", "Ciudad de México")),
                         key=lambda item: -len(item[0]))


def address_states(url: str) -> list[str]:
    """The states an article's address names in its site or its sections, not in its last part
    (the headline's words): "https://www.elsoldedurango.com.mx/policiaca/...", ".../estados/yucatan/...".
    The longest name first where one holds another ("bajacaliforniasur")."""
    parts = urlsplit(url or "")
    sections = [segment for segment in parts.path.split("/") if segment][:-1]
    keys = [_address_key(part) for part in (parts.hostname or "", *sections)]
    found = [name for key, name in _ADDRESS_STATES if any(key in part for part in keys)]
    # a section that is the capital's own name: ".../metropoli/cdmx/2016/05/16/..." (not "mexico" inside a site's name)
    capital = ["Ciudad de México"] if not _CAPITAL_SECTIONS.isdisjoint(keys[1:]) else []
    return [name for name in found if not any(other != name and _address_key(name) in _address_key(other)
                                              for other in found)] + capital


_CAPITAL_SECTIONS = frozenset({"cdmx", "ciudaddemexico", "df"})


def address_town(url: str, state: str, geo: Any) -> Any:
    """The municipality of ``state`` the section after the state's own section of an article's address is
    named after, whole (".../tamaulipas/riobravo/persecucion-y-detonaciones...": Río Bravo), or None: a local
    paper files a town's news under its state and that town, and its "la ciudad" is that town (a section
    named after a town alone may be a regional edition: "meganoticias.mx/salina-cruz/" covers the Isthmus)."""
    from app.geo.gazetteer import state_code
    code = state_code(state) or state_code(f"Estado de {state}")
    keys = [_address_key(segment) for segment in urlsplit(url or "").path.split("/")[:-1] if segment]
    state_key = _state_address_key(state)
    sections = {after for before, after in zip(keys, keys[1:]) if before == state_key}
    if code is None or not sections:
        return None
    named = {official for cvegeo, official in geo.table.municipality_names.items()
             if cvegeo.startswith(code) and _address_key(official) in sections}
    return geo.resolve(next(iter(named)), state=state) if len(named) == 1 else None


def reference_town_state(text: str, geo: Any) -> str | None:
    """The one state of the towns an article names anywhere, traps included ("on the highway
    that leads from Parral to Jiménez", "the Parral General Hospital"), for an article that
    names no state and places no town: where a road or a hospital is still says which state
    the story is in. None when those towns lie in several states, or in none."""
    from app.extract.mentions import NEIGHBOURHOOD_BEFORE, name_runs, _CENTRE
    # Mexico City is everyone's reference point ("500 kilometer ten westen van Mexico Stad")
    # a road's ends count one by one: "la carretera Cuauhtémoc-Chihuahua"
    # ("la colonia Centro", every town's downtown, is no sign of Tabasco's municipality Centro)
    # ("heading back to Canada" is no sign of San Antonio Cañada, Puebla)
    # ("la calle Jesús Carranza", "la colonia Morelos": a street's or a neighbourhood's name, no town)
    states = {state for start, _, run in name_runs(text) for part in run.split("-")
              if part != _CENTRE and normalize(part) not in lexicon.FOREIGN_NAMES
              and not NEIGHBOURHOOD_BEFORE.search(text[max(0, start - 30):start].lower())
              for state in (one_state_town(geo, part),) if state and state != "Ciudad de México"}
    return next(iter(states)) if len(states) == 1 else None


_DISTANCE_FROM = re.compile(lexicon.DISTANCE_FROM_TOWN)
_KNOWN_CITY = 100_000  # people: a reference point, not a namesake hamlet


def distance_reference_states(text: str, geo: Any) -> list[str]:
    """The states of the cities an article gives distances from, for an article that names no state."""
    if not holds_any(text, ("mile", "milla", "mijl", "kil", "km")):
        return []
    states: list[str] = []
    for found in _DISTANCE_FROM.finditer(text):
        city = geo.resolve(found.group(1))
        if city is not None and getattr(city, "country", "MX") == "MX" and city.kind in ("municipality", "locality") \
                and (city.population or 0) >= _KNOWN_CITY and city.admin1 not in states and city.admin1 != "Ciudad de México":
            states.append(city.admin1)
    return states


# A dateline names a city its readers know: one ten times the size of any namesake.
_DATELINE_CITY_LEAD = 10


def dateline_city_state(sentences: Sequence[Sentence], geo: Any) -> str | None:
    """The state of the city the article's first dateline names, for an article that names no state
    and no town of one state ("MAZATLÁN. _ Elementos del Ejército aseguraron ... en la colonia Mazatlán II"):
    a city of that name much larger than its namesakes (San Juan Mazatlán, Oaxaca), never "Juárez" or
    "Matamoros", cities in two states."""
    dateline = next((s for s in sentences if s.dateline), None)
    named = dateline_place(dateline.text) if dateline is not None else None
    if named is None:
        return None
    candidates = geo.candidates(named[0])
    if not candidates or candidates[0].kind != "municipality" or (candidates[0].population or 0) < CITY_POPULATION:
        return None
    if any((other.population or 0) * _DATELINE_CITY_LEAD > candidates[0].population for other in candidates[1:]):
        return None
    return candidates[0].admin1


@lru_cache(maxsize=16384)
def one_state_town(geo: Any, name: str) -> str | None:
    """The state of the town ``name`` when every town of that name lies in it (a municipality
    first, or a city): "Tlatlaya" is in the State of Mexico, "Juárez" could be in six states."""
    candidates = geo.candidates(name)
    if not candidates or candidates[0].kind not in ("municipality", "locality"):
        return None
    if candidates[0].kind == "locality" and (candidates[0].population or 0) < CITY_POPULATION:
        return None
    towns = {c.admin1 for c in candidates if c.kind == "municipality" or (c.population or 0) >= CITY_POPULATION}
    return candidates[0].admin1 if len(towns) == 1 else None


def _names_state(text: str, geo: Any, name: str) -> bool:
    from app.extract.mentions import CAP_RUN
    return any(name in _run_states(geo, run.group()) for run in CAP_RUN.finditer(text))


_LAST_ITEM = re.compile(r"(?:y|e|and|en)\s+[A-ZÁÉÍÓÚÑ][^.;:]*\.$")


def _under_heading(text: str, found: tuple, state: _State) -> tuple:
    """A heading or an introduction ending in ':' that names events ("Zonas con bloqueos
    confirmados") gives its event types to the list lines under it that name none ("Entrada a
    Tiríndaro, municipio de Zacapu"); a full sentence ends the list."""
    text = text.rstrip()
    # (the list's last line may end it: "y Villanueva.")
    short = (text[-1:] not in ".!?\"”»" or _LAST_ITEM.match(text) is not None) and len(text.split()) <= LIST_LINE_WORDS
    if found:
        state.heading = tuple((t, 0, 0) for t in dict.fromkeys(t for t, _, _ in found)) \
            if short or text.endswith(":") else ()
        return found
    if state.heading and short:
        return state.heading
    if not text.endswith(":"):
        state.heading = ()
    return found


def place_keys(groups: list[Group], contexts: tuple[str, ...] | None = None) -> set[tuple]:
    """The towns (or states) the groups' places lie in; with ``contexts``, only those named in one of them."""
    return {(p.admin1, p.admin2) for g in groups for p, mention, _ in g.places if getattr(p, "admin1", None)
            and (contexts is None or mention is not None and mention.context in contexts)}


def _remember(groups: list[Group], date: tuple[dt.date, str], state: _State) -> None:
    state.last_groups, state.last_date, state.last_index = [g for g in groups if g.types], date, state.index
    admin1 = [p.admin1 for g in state.last_groups for p, _, _ in g.places if getattr(p, "admin1", None)]
    if admin1:
        state.last_admin1 = admin1[-1]
    for g in groups:
        for t in g.types:
            state.recorded_types.setdefault(t, set()).update(place_keys([g]))
    if any("operation" in g.types for g in groups):
        state.operation_groups, state.operation_date = [g for g in groups if "operation" in g.types], date
    towns = [g for g in groups if g.types and all(p.kind in ("locality", "municipality") for p, _, _ in g.places)]
    if towns:
        state.town_groups, state.town_date = towns[-1:], date


def _remember_title_state(text: str, resolver: PlaceResolver, state: _State) -> None:
    for match in TITLE_STATE.finditer(text):
        name = resolver.geo.state_name((match["a"] or match["b"] or "").strip())
        if name:
            state.title_state = name


class _Neighbours:
    """The places other sentences of the article name, worked out only when a sentence
    without a place of its own asks (most sentences never need their neighbours')."""

    def __init__(self, sentences: list[Sentence], scans: list[tuple[str, set[Any]]], lang: str,
                 resolver: PlaceResolver, title: str = "") -> None:
        self.sentences, self.scans, self.lang, self.resolver = sentences, scans, lang, resolver
        self.title = title
        self._title_mentions: list[Mention] | None = None
        self.cache: dict[int, list[Group]] = {}
        self.found: dict[int, list[Mention]] = {}
        self.states: list[str] | None = None
        self.loose_states: list[str] | None = None
        self.named_before: dict[int, dict[tuple[str, str], Any]] = {}

    def mentions(self, index: int) -> list[Mention]:
        """The place mentions of sentence ``index``, found once whoever asks."""
        if index not in self.found:
            sentence = self.sentences[index]
            self.found[index] = [] if sentence.dateline else \
                find_mentions(sentence.text, self.lang, self.resolver.geo, self.scans[index][1],
                              tuple(self.resolver.context_states))
        return self.found[index]

    def places(self, index: int) -> list[Group]:
        """The strongly placed groups of sentence ``index`` (none for a dateline)."""
        if index not in self.cache:
            self.cache[index] = _groups(self.sentences[index].text, self.mentions(index), self.resolver, PLACED)
        return self.cache[index]

    def article_states(self, loose: bool = False) -> list[str]:
        """The states the article (and its title) places something in, in order of first
        mention: by a state's own name or a town's. ``loose``: any mention outside traps
        and destinations counts ("La violencia azota a Michoacán")."""
        if self.states is None:
            self.states = self._states(PLACED)
        if loose:
            if self.loose_states is None:
                self.loose_states = self._states(PLACED + ("weak", "none"))
            return self.loose_states
        return self.states

    def title_mentions(self) -> list[Mention]:
        """The title's place mentions, found once whoever asks."""
        if self._title_mentions is None:
            self._title_mentions = find_mentions(self.title, self.lang, self.resolver.geo)
        return self._title_mentions

    def title_town(self) -> Any:
        """The one town the title places its story in ("Seven dead ... after confrontation in
        Caborca, Sonora"), or None: a headline names where the story happened."""
        if not self.title:
            return None
        for contexts in (PLACED, ("weak", "none")):
            # ... or, placing none, names one in passing: "An armed pursuit unfolded in Pradera Dorada 6, Mazatlán, where"
            towns = {(p.admin1, p.admin2): p for group in _groups(self.title, self.title_mentions(), self.resolver, contexts)
                     for p, _, _ in group.places if p.kind in ("municipality", "locality")}
            if towns:
                return next(iter(towns.values())) if len(towns) == 1 else None
        return None

    def only_towns(self) -> list[Any]:
        """Each state's one town, where the article's sentences place anything in only one town of
        that state ("four municipal policemen in the city of El Salto responded to a call")."""
        towns = {(p.admin1, p.admin2): p for i, s in enumerate(self.sentences) if not s.dateline
                 for group in self.places(i) for p, _, _ in group.places if p.kind in ("municipality", "locality")}
        states = [a for a, _ in towns]
        return [p for (a, _), p in towns.items() if states.count(a) == 1]

    def towns_named_before(self, index: int) -> dict[tuple[str, str], Any]:
        """The towns (municipalities and localities) the title and the sentences before ``index``
        name in any telling way, even one where nothing happened ("The people of Villanueva said
        they'd had enough"), keyed by state and municipality, in order."""
        if index not in self.named_before:
            texts = [(self.title, self.title_mentions())] if self.title else []
            texts += [(self.sentences[i].text, self.mentions(i)) for i in range(index) if not self.sentences[i].dateline]
            self.named_before[index] = {(p.admin1, p.admin2 or p.location): p for text, mentions in texts
                                        for group in _groups(text, mentions, self.resolver, NAMED)
                                        for p, _, _ in group.places if p.kind in ("municipality", "locality")}
        return self.named_before[index]

    def _states(self, contexts: tuple[str, ...]) -> list[str]:
        found = [_groups(self.title, self.title_mentions(), self.resolver, contexts)] if self.title else []
        # a sentence's strongly placed groups are those places() keeps (read only here and there): found once
        found += [self.places(i) if contexts == PLACED else _groups(s.text, self.mentions(i), self.resolver, contexts)
                  for i, s in enumerate(self.sentences) if not s.dateline]
        states: list[str] = []
        for groups in found:
            for group in groups:
                states.extend(p.admin1 for p, _, _ in group.places if getattr(p, "admin1", None))
        return list(dict.fromkeys(states))

    def heading_town(self, index: int, reach: int = 3) -> Any:
        """The one town a heading line above ``index`` names ("Irapuato:" over "La violencia también golpeó la colonia
        Juárez ..."), when no sentence between names a place; not the article's opening dateline; else None."""
        # the nearest dateline-like line above, found on the text alone (most sentences have none: no places read)
        heading = next((other for other in range(index - 1, max(0, index - 1 - reach), -1)
                        if self.sentences[other].dateline), None)  # (index 0 is the opening dateline, if any)
        if heading is None:
            return None
        text = self.sentences[heading].text.rstrip()
        if not text.endswith(":") or text.isupper():
            return None  # ("TAPACHULA: Prosecutors ..." is a dateline repeated after a teaser: its town is no section's)
        if any(self.places(other) for other in range(heading + 1, index)):
            return None
        place = self.resolver.resolve(text.rstrip(":").strip())
        return place if place is not None and place.kind in ("municipality", "locality") else None

    def _text_neighbour(self, index: int) -> bool:
        return 0 <= index < len(self.sentences) and not self.sentences[index].dateline

    def before(self, index: int, reach: int = 2) -> tuple[int, list[Group]]:
        """The nearest of the ``reach`` sentences before ``index`` in its paragraph that names
        places; the sentence right before may end the previous paragraph (one-sentence
        paragraphs are common in news copy)."""
        paragraph = self.sentences[index].paragraph
        for other in range(index - 1, max(-1, index - 1 - reach), -1):
            if not self._text_neighbour(other):
                break
            if self.sentences[other].paragraph != paragraph and other != index - 1:
                break
            if self.places(other):
                return other, self.places(other)
        return -1, []

    def after(self, index: int) -> list[Group]:
        """The places of the next sentence ("... shot dead at a cockfight. The massacre
        took place in the hamlet of X")."""
        return self.places(index + 1) if self._text_neighbour(index + 1) else []


def _fallback_groups(text: str, types: set[str], mentions: list[Mention], resolver: PlaceResolver,
                     state: _State, neighbours: _Neighbours,
                     own_day: bool = False, own_date: tuple[dt.date, str] | None = None
                     ) -> tuple[list[Group], tuple[dt.date, str] | None, float]:
    """No place named in a strong way. In order: 'the operation' refers to the last one; a
    name after 'van/de/of' alone; a governor's measures apply to the state; 'the city'
    refers to the last town; the places of the sentence before (recorded or only named) in
    the paragraph, or else those of the sentence after; the article's only place."""
    if state.operation_groups and ANAPHORA.search(text):
        return _copy_groups(state.operation_groups), state.operation_date, 0.6
    if NATIONAL_OPENER.search(text):
        return [], None, 0.0  # the country's figure: no town's, nor the sentence before's
    if state.last_index == state.index - 1 and (state.last_groups or state.carried_groups) and ORDINAL_ANAPHORA.search(text):
        # "... se registraron dos enfrentamientos. || El primero tuvo lugar en la autopista La Tinaja-Cosoleacaque": one
        # of the events just told, where they were (not the road's state), even across a paragraph's end
        if state.last_groups:
            return _copy_groups(state.last_groups), state.last_date, 0.5
        return _copy_groups(state.carried_groups), state.carried_date, 0.5
    heading = neighbours.heading_town(state.index)
    if heading is not None:
        # "Irapuato: || La violencia también golpeó la colonia Juárez, donde un ataque armado ...": the town the
        # section's heading names, not the last section's
        return [Group(0, 10 ** 9, [(heading, None, False)], True, label=heading.location)], None, 0.5
    weak = _groups(text, mentions, resolver, ("weak",))
    if weak:
        return weak, None, 0.5
    roads = road_towns(text) if HIGHWAY.search(text) else []
    road_state = _road_state(roads, resolver) if roads else None
    if road_state is not None and (state.places or state.last_groups) \
            and not _towns_named_before(roads, resolver, state):
        # "una emboscada en una carretera michoacana que une las ciudades Briseñas y Sahuayo": the sentence
        # tells where, on a road between towns of one state: that state, not a town told before (but "en la
        # carretera Altar-Sáric" in a story of Sáric is that story's place)
        return [Group(0, 10 ** 9, [(road_state, None, False)], False, label=road_state.location)], None, 0.5
    if roads and own_day and (state.places or state.last_groups) \
            and (road_town := _road_town_named_before(roads, resolver, state)) is not None:
        # "El 19 de octubre de 2022, un hombre ... fue localizado en el camino vecinal que conecta a Valle de las Palmas
        # con San Pedro" in a story of Valle de las Palmas: the story's town at the road's end, on the sentence's own
        # day (not the last event's place and day, years before)
        return [Group(0, 10 ** 9, [(road_town, None, False)], True, label=road_town.location)], None, 0.5
    prosecutor_state = _prosecutor_state(text, resolver) if "Fiscal" in text or "Procuradur" in text \
        or "Seguridad" in text else None
    if prosecutor_state is not None and state.last_admin1 is not None and prosecutor_state.admin1 != state.last_admin1:
        # "Mientras tanto, en Michoacán, ... || Asimismo, la Procuraduría de Justicia de Sinaloa investiga si tres
        # cuerpos ...": a state's prosecutor tells of its own state, where the story moves
        return [Group(0, 10 ** 9, [(prosecutor_state, None, False)], False, label=prosecutor_state.location)], None, 0.5
    if "disruption" in types and (council := TOWN_GOVERNMENT.search(text)) is not None \
            and (town := municipality_named(council["town"], resolver)) is not None:
        # "El Gobierno de Ocotlán ... solicitó a la ciudadanía permanecer resguardada en sus casas": the town's own
        # call is its residents' (the government's name is no place of other events)
        return [Group(0, 10 ** 9, [(town, None, False)], True, label=town.location,
                      only=frozenset({"disruption"}))], None, 0.5
    if "disruption" in types and state.title_state and STATE_AUTHORITY.search(text):
        place = resolver.state_place(state.title_state)
        if place is not None:
            return [Group(0, 10 ** 9, [(place, None, False)], True, label=state.title_state,
                          only=frozenset({"disruption"}))], None, 0.5
    if state.dateline_town is not None and (THIS_TOWN.search(text) or state.dateline_town.admin1 != "Ciudad de México"
                                            and THIS_CITY_ES.search(text)):
        # "PIEDRAS NEGRAS, Coahuila — ... in the Campo Verde neighborhood of this border city": the dateline's
        # town, whichever town the sentences before named (a national desk's "Ciudad de México, a 28 de noviembre.-"
        # above a copied local report is not the "esta ciudad" of that report)
        town = state.dateline_town
        return [Group(0, 10 ** 9, [(town, None, False)], True, label=town.location)], None, 0.5
    # "was shot dead in the state capital" (also "en dos escuelas de la zona conurbada de la capital del estado": the
    # capital, before "la zona" is read as the last town)
    capital = _state_capital_named(text, resolver, state, neighbours)
    if capital is not None:
        return [Group(0, 10 ** 9, [(capital, None, False)], False, label=capital.location)], None, 0.5
    if state.town_groups and TOWN_ANAPHORA.search(text):
        # "the same municipality", "the city", "del municipio" name the place outright: the sentence's own date
        # stays ("On February 22, ... in the same municipality"; "In June, ... in the city's seaside neighborhoods")
        return _copy_groups(state.town_groups), None, 0.5
    if not state.town_groups and TOWN_ANAPHORA.search(text) and (title_town := neighbours.title_town()) is not None:
        # "Zetas go on rampage in Miguel Aleman" || "gunmen attacked the city Thursday": the headline's town
        return [Group(0, 10 ** 9, [(title_town, None, False)], True, label=title_town.location)], None, 0.5
    if not state.town_groups and THIS_TOWN.search(text) and len(named := neighbours.towns_named_before(state.index)) == 1:
        # "The people of Villanueva said they'd had enough. ... gunmen killed the police chief of this town": the
        # one town named before, though nothing happened there yet
        town = next(iter(named.values()))
        return [Group(0, 10 ** 9, [(town, None, False)], True, label=town.location)], None, 0.5
    story_state = state.last_admin1 or (resolver.context_states[0] if len(resolver.context_states) == 1 else None)
    if story_state and SPREAD_OVER_STATE.search(text):
        # "fueron incinerados 19 vehículos en diversos puntos de la entidad ... Estos sucesos se registraron en
        # Apatzingán (7); en Nueva Italia, Parácuaro ...": the towns listed next, not the state or the last town
        towns = _towns_listed_next(story_state, neighbours, state.index)
        if towns:
            return towns, None, 0.5
    if state.last_admin1 and SAME_STATE.search(text):
        place = resolver.state_place(state.last_admin1)
        if place is not None:
            # Named by the sentence itself, so a date of its own (a past year) is kept.
            return [Group(0, 10 ** 9, [(place, None, False)], False, label=place.location)], None, 0.5
    if (state.last_groups or state.town_groups) and not own_day and SCENE_ANAPHORA.search(text):
        if state.last_groups:
            return _copy_groups(state.last_groups), state.last_date, 0.5
        return _copy_groups(state.town_groups), state.town_date, 0.5  # the last paragraph's event
    named_at, named = neighbours.before(state.index)
    police_town = _police_town_of_victims(text, types, resolver)
    if police_town is not None and not any(police_town.admin2 == p.admin2 and police_town.admin1 == p.admin1
                                           for g in state.last_groups + named for p, _, _ in g.places):
        # "Por otra parte, ... tres elementos de la Policía Municipal de Lagos de Moreno fueron ejecutados" after an
        # event in Ejutla: a town's police are killed where they serve, not in the last event's town
        return [Group(0, 10 ** 9, [(police_town, None, False)], True, label=police_town.location)], None, 0.5
    if state.last_groups and state.last_index >= named_at:
        return _copy_groups(state.last_groups), state.last_date, 0.5
    if named and state.event_place_told is not None and state.event_place_told[0] == named_at:
        # "habitantes de Mochitlán y Quechultenango protestaron contra los hechos violentos registrados
        # en Chilpancingo. El sábado, sicarios asesinaron a taxistas": the events the sentence before
        # placed, not every town it named
        told = state.event_place_told[1]
        places = [entry for group in named for entry in group.places if entry[1] is not None and entry[1].name == told]
        if places:
            return [Group(0, 10 ** 9, places[:1], True, label=told)], None, 0.5
    named_states = {place.admin1 for group in named for place, _, _ in group.places if place.kind == "state"}
    office = _office_town_of_subject(text, types, resolver) \
        if named_states and all(place.kind == "state" for group in named for place, _, _ in group.places) else None
    if office is not None and named_states == {office.admin1}:
        # "A mayor in Mexico's western state of Michoacan was shot dead ... || Mayor Ricardo Guzman of La Piedad was
        # passing out campaign material when ... a gunman opened fire": the town the victim governed, in the state
        # the sentence before named
        return [Group(0, 10 ** 9, [(office, None, False)], True, label=office.location)], None, 0.5
    if named:
        # the sentence before, at the end of the last paragraph, recorded its event on a day: "La violencia
        # se intensificó el viernes 19 de octubre ... en una gasolinera de Tepeojuma. || Plácido N. y su hijo
        # fueron atacados": that day, not the story's first
        later_day = state.last_date if state.last_index == named_at and state.last_date is not None \
            and state.last_date[1] == "day" and state.main_date is not None \
            and state.last_date[0] > state.main_date[0] else None  # an earlier day is the background's
        return _copy_groups(named), later_day, 0.5
    if state.carried_groups and state.last_index == state.index - 1 \
            and (own_date is None or own_date == state.carried_date):  # (a date of its own: another event's)
        # the one town the sentence right before (the last of its paragraph) took, from its own words or its neighbours
        return _copy_groups(state.carried_groups), state.carried_date, 0.5
    office = _office_town_of_victim(text, types, resolver)
    if office is not None:
        return [Group(0, 10 ** 9, [(office, None, False)], True, label=office.location)], None, 0.5
    office = _office_state_of_victim(text, types, resolver)
    if office is not None:  # (after the story's own places: "el gobernador de Colima" often only speaks of them)
        return [Group(0, 10 ** 9, [(office, None, False)], True, label=office.location)], None, 0.5
    following = neighbours.after(state.index)
    if following and any(key[0] and key[0] != "Ciudad de México" for key in state.places):
        # "... they arrested 13 gunmen. The case was turned over to SEIDO in Mexico City": the capital,
        # where cases, prisoners and the wounded are sent, is no place of a story told elsewhere
        following = [group for group in following
                     if any(place.admin1 != "Ciudad de México" for place, _, _ in group.places)]
    if following:
        # "... tres viviendas que fueron atacadas a balazos. La misma ciudadanía ha reportado también detonaciones ...
        # en el vecino municipio de Mocorito": a place named as the neighbour of the story's is not its
        after_text = neighbours.sentences[state.index + 1].text
        following = [group for group in following if not any(
            mention is not None and NEIGHBOURING_PLACE_BEFORE.search(after_text, max(0, mention.start - 40), mention.start)
            for _, mention, _ in group.places)]
    if following and not CAME_AFTER.search(neighbours.sentences[state.index + 1].text):
        # (the state the sentence after names first: "... killing four soldiers. In Michoacan, a man died in a
        # car crash in the town of Paracuaro" leaves the soldiers in the state)
        return _copy_groups(following, town_first=False), None, 0.5
    towns = {(key[0], key[1]) for key in state.places if key[3] in ("locality", "municipality")}
    if len(towns) == 1 and all(key[3] != "state" or key[0] == next(iter(towns))[0] for key in state.places) \
            and state.town_groups:
        return _copy_groups(state.town_groups), state.town_date, 0.45  # the article's only town
    if state.lead_in_dateline_town and not state.places:
        # "LOS ALDAMAS, MEXICO -- Javier Martinez ... arrived ... in this little country town. || ... His body was later
        # found in a patch of weeds": the lead set the story in the dateline's town; placeless events until another
        # place is recorded are there
        town = state.dateline_town
        return [Group(0, 10 ** 9, [(town, None, False)], True, label=town.location)], None, 0.5
    if REGION_OF_MEXICO.search(text) and len(resolver.context_states) == 1:
        # "in northwest Mexico" in a story that names one state (even only in a title): that state
        story = resolver.state_place(resolver.context_states[0])
        if story is not None:
            return [Group(0, 10 ** 9, [(story, None, False)], True, label=story.location)], None, 0.45
    if REGION_OF_MEXICO.search(text):  # "in northwest Mexico": the country, to be placed later if the article can
        country = resolver.resolve("Mexico")
        if country is not None:
            return [Group(0, 10 ** 9, [(country, None, False)], True, label=country.location)], None, 0.45
    if NATIONAL.search(text):
        # A figure for the whole country is no event in one state; an event of a named day
        # "in Mexico" is coded at country level (and placed if the article names its town).
        # ... or of no day, when the article says later where it happened ("Dat gebeurde in Reynosa").
        country = resolver.resolve("Mexico") if types & POINT_EVENTS and (own_day or state.event_place_ahead) else None
        if country is not None:
            return [Group(0, 10 ** 9, [(country, None, False)], True, label=country.location)], None, 0.45
        return [], None, 0.0
    low = text.lower()  # the regions' cheap gate: most sentences name none
    region = _region_state(text, resolver) if any(word in low for word in lexicon.REGION_ANCHORS) else None
    if region is not None:  # "en la Tierra Caliente": the region's state, the article's own among several
        return [Group(0, 10 ** 9, [(region, None, False)], False, label=region.location)], None, 0.5
    if road_state is not None:  # "en la carretera Rayón-Cárdenas": the state the road's towns share
        return [Group(0, 10 ** 9, [(road_state, None, False)], False, label=road_state.location)], None, 0.5
    article_state = _article_state(resolver, state, neighbours, bool(STATE_ANAPHORA.search(text)))
    if article_state is not None:
        return [Group(0, 10 ** 9, [(article_state, None, False)], True, label=article_state.location)], \
            None, ARTICLE_STATE_CONFIDENCE
    if state.event_place_ahead and types & POINT_EVENTS:  # placed later ("the firefight erupted in X")
        country = resolver.resolve("Mexico")
        if country is not None:
            return [Group(0, 10 ** 9, [(country, None, False)], True, label=country.location)], None, 0.45
    if types & POINT_EVENTS:
        # "Police found 14 assault rifles at the scene" in a story whose sentences place things in
        # one town only (Puerto Peñasco): that town; Mexico City, everyone's reference point, is no such town
        towns = [town for town in neighbours.only_towns() if town.admin1 != "Ciudad de México"]
        if len(towns) == 1:
            return [Group(0, 10 ** 9, [(towns[0], None, False)], True, label=towns[0].location)], None, 0.45
    return [], None, 0.0


CAME_AFTER = re.compile(lexicon.CAME_AFTER, re.IGNORECASE)
NEIGHBOURING_PLACE_BEFORE = re.compile(lexicon.NEIGHBOURING_PLACE_BEFORE)
OFFICE_TOWN = re.compile(lexicon.OFFICE_TOWN)
OFFICE_TOWN_BEFORE = re.compile(lexicon.OFFICE_TOWN_BEFORE)
_OFFICE_WORDS = ("mayor", "running for", "alcald", "presidente municipal", "candidat", "burgemeester", "director de",
                 "jefe de", "titular de", "police chief", "politiechef", "ayuntamiento de")
# "..., the mayor of X said": the official speaks, no victim of the sentence's killing
_SAID = re.compile(r"\b(?:said|says|told|stated|dijo|declar[oó]|inform[oó]|afirm[oó]|señal[oó]|zei|verklaarde)\b", re.I)


def office_towns(text: str, resolver: PlaceResolver) -> dict[str, Any]:
    """The municipalities ``text`` names as a mayor's or candidate's ("the mayor of Tlanepantla", "running for
    re-election in Taretan"), in order, by municipality."""
    if not holds_any(text.lower(), _OFFICE_WORDS):  # most texts name no office: skip the regex
        return {}
    return _towns_named(OFFICE_TOWN, text, resolver) | _towns_named(OFFICE_TOWN_BEFORE, text, resolver)


def _towns_named(pattern: re.Pattern[str], text: str, resolver: PlaceResolver) -> dict[str, Any]:
    """The municipalities ``pattern``'s "town" group names in ``text``, in order, by municipality."""
    return {place.admin2: place for match in pattern.finditer(text)
            if (place := _longest_town(match["town"], resolver)) is not None}


def _office_town_of_victim(text: str, types: set[str], resolver: PlaceResolver) -> Any:
    """"The mayor of Tecalitlan was gunned down": the town a killed official governed, when the sentence
    names no other place (codebook: a killed politician's town), or None."""
    if not types & {"death", "attack"} or _SAID.search(text):
        return None
    towns = office_towns(text, resolver)
    return next(iter(towns.values())) if len(towns) == 1 else None


_ARTICLE_FIRST = re.compile(r"(?:(?:the|el|la|de)\s+)?", re.I)


def _office_town_of_subject(text: str, types: set[str], resolver: PlaceResolver) -> Any:
    """"Mayor Ricardo Guzman of La Piedad was passing out campaign material when ... a gunman opened fire, said
    Jonathan Arredondo": the town of the official a killing's sentence opens with (whoever it quotes at its end)."""
    if not types & {"death", "attack"}:
        return None
    opening = OFFICE_TOWN.match(text, _ARTICLE_FIRST.match(text).end())
    return _longest_town(opening["town"], resolver) if opening is not None else None


OFFICE_STATE = re.compile(lexicon.OFFICE_STATE)


def _office_state_of_victim(text: str, types: set[str], resolver: PlaceResolver) -> Any:
    """"El ex gobernador del estado de Colima ... fue baleado": the state a shot governor governed, at state level,
    when the sentence and its neighbours place the attack nowhere, or None."""
    if not types & {"death", "attack"} or _SAID.search(text) or not holds_any(text.lower(), ("gobernador", "governor",
                                                                                              "gouverneur")):
        return None
    states = {state for match in OFFICE_STATE.finditer(text) if (state := resolver.geo.state_name(match["state"]))}
    return resolver.state_place(next(iter(states))) if len(states) == 1 else None


MUNICIPAL_POLICE_TOWN = re.compile(lexicon.MUNICIPAL_POLICE_TOWN)


def _police_town_of_victims(text: str, types: set[str], resolver: PlaceResolver) -> Any:
    """The one town whose municipal police a killing's sentence names ("tres elementos de la Policía Municipal de
    Lagos de Moreno fueron ejecutados"), or None."""
    if not types & {"death", "attack"} or not holds_any(text.lower(), ("polic", "politie")):
        return None
    towns = _towns_named(MUNICIPAL_POLICE_TOWN, text, resolver)
    return next(iter(towns.values())) if len(towns) == 1 else None


def _longest_town(run: str, resolver: PlaceResolver) -> Any:
    """The municipality the longest head of ``run`` names ("Apaseo el Alto, a town": Apaseo el
    Alto, not Apaseo el Grande)."""
    words = run.split()
    for size in range(len(words), 0, -1):
        place = resolver.resolve(" ".join(words[:size]))
        if place is not None:
            return place if place.kind == "municipality" else None
    return None


_PENINSULA = (re.compile(lexicon.PENINSULA_BEFORE), re.compile(lexicon.PENINSULA_AFTER))


REGION_NAMES = re.compile(lexicon.REGION_NAMES)
_REGION_OWNER_BEFORE = re.compile(r"(?P<state>[A-ZÁÉÍÓÚÑ][\w]+(?:\s[A-ZÁÉÍÓÚÑ][\w]+)?)['’]s\s+(?:the\s+)?$")
_REGION_OWNER_AFTER = re.compile(r"\s+(?:de|del|of|van)\s+(?:(?:el\s+)?estado\s+de\s+)?"
                                 r"(?P<state>[A-ZÁÉÍÓÚÑ][\w]+(?:\s[A-ZÁÉÍÓÚÑ][\w]+)?)")


def _region_state(text: str, resolver: PlaceResolver) -> Any:
    """The state of the first region the sentence names ("la Meseta Purépecha": Michoacán), or of
    the article among its states ("la Tierra Caliente" in a Guerrero story); None when several remain."""
    found = REGION_NAMES.search(text)
    if found is None:
        return None
    states = lexicon.REGIONS[int(found.lastgroup[1:])][2]
    # "Guerrero's Tierra Caliente region", "la Tierra Caliente de Michoacán": the state named with it
    owner = _REGION_OWNER_BEFORE.search(text, 0, found.start()) or _REGION_OWNER_AFTER.match(text, found.end())
    named = resolver.geo.state_name(owner["state"]) if owner is not None else None
    mine = [named] if named in states else [state for state in resolver.context_states if state in states]
    if len(states) == 1 or len(mine) == 1:
        return resolver.state_place((mine or list(states))[0])
    return None


def _town_states(geo: Any, name: str) -> set[str]:
    """The states with a municipality called ``name`` (or, when none is, a locality)."""
    candidates = geo.candidates(name)
    for kind in ("municipality", "locality"):
        states = {c.admin1 for c in candidates if c.kind == kind}
        if states:
            return states
    return set()


def _towns_named_before(roads: list[list[str]], resolver: PlaceResolver, state: _State) -> bool:
    """Whether a town a road joins is one an earlier sentence placed an event in."""
    return _road_town_named_before(roads, resolver, state) is not None


def _road_town_named_before(roads: list[list[str]], resolver: PlaceResolver, state: _State) -> Any:
    """The first town a road joins that an earlier sentence placed an event in, or None."""
    named = {key[1] for key in state.places}
    return next((place for names in roads for name in names
                 if (place := resolver.resolve(name)) is not None and place.admin2 in named), None)


# ... and its police ministry: "la Secretaría de Seguridad Pública de Aguascalientes y el Ejército aprehendieron a siete"
_PROSECUTOR_OF_STATE = re.compile(r"\b(?:Fiscal[ií]a|Procuradur[ií]a|Secretar[ií]a\s+de\s+Seguridad(?=\s+P[uú]blica|\s+Ciudadana))"
                                  r"\s+(?:P[uú]blica\s+|Ciudadana\s+)?(?:General\s+)?(?:de\s+Justicia\s+)?(?:del?\s+)?"
                                  r"(?:Estado\s+de\s+)?(?P<state>[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][a-záéíóúñ]+)?)")


_MEMBERS_OF_BEFORE = re.compile(r"\b(?:elementos|agentes|efectivos|integrantes|personal|polic[ií]as|miembros|funcionarios|"
                                r"trabajadores|empleados)\s+(?:[\w]+\s+)?(?:de\s+la|del)\s+$", re.I)


def _prosecutor_state(text: str, resolver: PlaceResolver) -> Any:
    """The state whose prosecutor ("la Procuraduría de Justicia de Sinaloa", "la Fiscalía General del Estado
    de Guerrero") or police ministry ("la Secretaría de Seguridad Pública de Aguascalientes") the sentence names, as a state-level place, or None."""
    for found in _PROSECUTOR_OF_STATE.finditer(text):
        if _MEMBERS_OF_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            continue  # "dos elementos activos de la Fiscalía de Nayarit perdieron la vida" in Zapopan: its agents, not its report
        name = resolver.geo.state_name(found["state"])
        if name is not None:
            return resolver.state_place(name)
    return None


def _towns_listed_next(admin1: str, neighbours: "_Neighbours", index: int) -> list[Group]:
    """"11 cateos simultáneos en diferentes puntos de Querétaro ... Las revisiones fueron realizadas
    en los municipios de Amealco de Bonfil, Huimilpan y El Marqués": the towns of that state one
    of the next two sentences lists (two or more), where the events spread over."""
    for other in (index + 1, index + 2):
        if not neighbours._text_neighbour(other):
            break
        towns = [g for g in neighbours.places(other)
                 if all(p.kind in ("municipality", "locality") and p.admin1 == admin1 for p, _, _ in g.places)]
        if sum(len(g.places) for g in towns) >= 2:
            # every list of the sentence ("en Apatzingán (7); en Nueva Italia, Parácuaro ...; en Zamora (5); ..."),
            # as one group: a copied group is one list
            return [Group(0, 10 ** 9, [entry for g in towns for entry in g.places], True, label=towns[0].label)]
    return []


def _road_state(roads: list[list[str]], resolver: PlaceResolver) -> Any:
    """The state every town of a road named after them lies in ("la carretera Rayón-Cárdenas":
    San Luis Potosí), or None: the codebook codes a road's events in the towns' shared state."""
    for names in roads:
        # homonyms: the states where every town has a namesake ("Rayón" and "Cárdenas" are both in
        # San Luis Potosí), the article's own first
        shared = set.intersection(*(_town_states(resolver.geo, name) for name in names))
        states = [s for s in resolver.context_states if s in shared] or (
            sorted(shared) if not resolver.context_states else [])
        if len(states) == 1:
            return resolver.state_place(states[0])
    return None


def _state_capital_named(text: str, resolver: PlaceResolver, state: _State, neighbours: _Neighbours) -> Any:
    """"The state capital" of the state last named, or of the article's only state."""
    anaphora = ("capital" in text or "hoofdstad" in text) and STATE_CAPITAL_ANAPHORA.search(text)
    # "la capital potosina" (else "en la capital del estado" is the anaphora below)
    if "capital" in text and (capital := demonym_capital(text, resolver, neighbours.lang)) is not None:
        return capital
    if not anaphora or DISTANCE_BEFORE.search(text, max(0, anaphora.start() - 30), anaphora.start()) \
            or HOSPITAL_OF_BEFORE.search(text, max(0, anaphora.start() - 60), anaphora.start()) \
            or ROAD_TO_BEFORE.search(text, max(0, anaphora.start() - 40), anaphora.start()):
        return None
    if "capital" in text and any(start <= anaphora.start() < end for start, end in trap_spans(text)):
        return None  # "a statement from headquarters in Morelia, the state capital": where it was said
    states = [state.last_admin1] if state.last_admin1 else neighbours.article_states()
    return resolver.capital_of(states[0]) if len(states) == 1 else None


def demonym_capital(text: str, resolver: PlaceResolver, lang: str) -> Any:
    """The capital "la capital potosina", "la capital oaxaqueña", "the Sinaloan capital" names (the capital of the
    state the adjective names), or None."""
    found = demonym_capital_at(text, resolver, lang)
    return found[0] if found else None


def demonym_capital_at(text: str, resolver: PlaceResolver, lang: str) -> tuple[Any, int, int] | None:
    """``demonym_capital``'s place with the span of the words that name it."""
    named = _CAPITAL_OF_DEMONYM.search(text)
    if named is None:
        return None
    # "a 70 kilómetros de la capital michoacana": the match opens with its own "de"
    article = named.start("the") if named.group("the") else named.start()
    if any(DISTANCE_BEFORE.search(text, max(0, at - 30), at) for at in (named.start(), article)) \
            or SEAT_BEFORE.search(text, max(0, named.start() - 30), named.start()) \
            or HOSPITAL_OF_BEFORE.search(text, max(0, named.start() - 60), named.start()):
        # "trasladados hacia el Servicio Médico Forense de la capital sinaloense": where the dead are kept
        return None
    demonyms = STATE_DEMONYMS.get(lang)
    word = (named.group("adjective") or named.group("english")).lower()
    state_named = next((name for name, pattern in demonyms[1].items() if pattern.match(word)), None) if demonyms else None
    geo_state = resolver.geo.state_name(state_named) if state_named else None
    capital = resolver.capital_of(geo_state) if geo_state else None
    return (capital, named.start(), named.end()) if capital is not None else None


# ("se extendieron hasta la capital michoacana": as far as the capital, which they reached)
# (a sentence may open with it: "En la capital potosina, ...")
_CAPITAL_OF_DEMONYM = re.compile(r"(?<!cercanos )(?<!cercanas )(?<!cerca )\b(?:[Ee]n|[Dd]e|[Hh]asta)\s+(?P<the>la|esta)\s+capital\s+(?P<adjective>[a-záéíóúñ]+)"
                                 r"|\b[Tt]he\s+(?P<english>[A-Z][a-z]+)\s+capital\b")  # "the Sinaloan capital"


def _same_period(date: tuple[dt.date, str], main: tuple[dt.date, str]) -> bool:
    """Whether the main events' day falls in ``date``'s month or year (or is that week)."""
    day, precision = date
    if precision == "year":
        return day.year == main[0].year
    if precision == "month":
        return (day.year, day.month) == (main[0].year, main[0].month)
    return abs((main[0] - day).days) <= 7


def _article_state(resolver: PlaceResolver, state: _State, neighbours: _Neighbours, anaphora: bool) -> Any:
    """The state an event without a place of its own happened in, at state level: the state
    of the last record when the sentence says "the state"; otherwise the state the article
    is about, when it names only one (or all its records so far lie in one)."""
    recorded = list(dict.fromkeys(key[0] for key in state.places if key[0]))
    named = neighbours.article_states()
    if not named:  # no state placed in so many words: the states the article names at all
        named = neighbours.article_states(loose=True)
    if not named and len(resolver.context_states) == 1 and not _names_state(
            neighbours.sentences[state.index].text, resolver.geo, resolver.context_states[0]):
        # named only in another sentence's title ("Durango state prosecutor Ramiro Ortiz said"); in
        # the event's own sentence a title names the official, not the place
        named = list(resolver.context_states)
        if resolver.dateline_state and resolver.dateline_state not in named:
            # "Ríodoce/Choix.- Los gavilleros llegaron de noche ... desplazando sierra arriba, hacia Chihuahua": the
            # dateline's town places the story, a state named only in passing does not
            named = [resolver.dateline_state]
    if len(named) != 1:  # "Tlaxcala, Tlax., Seis cabezas ...": the dateline's state settles it
        datelined = [state for state in dict.fromkeys(
            dateline_state(s.text) for s in neighbours.sentences if s.dateline) if state and (not named or state in named)]
        named = datelined[:1] if len(datelined) == 1 else named
    if anaphora and state.last_admin1:
        name = state.last_admin1
    elif len(recorded) == 1 and (not named or named[0] == recorded[0]):
        name = recorded[0]
    elif len(named) == 1:
        name = named[0]
    else:
        return None
    return resolver.state_place(name)
