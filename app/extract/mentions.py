"""Place mentions in a sentence, and the traps that keep names from becoming places.

A name becomes a candidate incident place only when (1) it lies outside every trap span
(cartel names, titles, newspapers, roads, birthplaces, reference points...), (2) the
gazetteer knows it, and (3) the words before it place something there ("in", "en el
municipio de", "the city of") or it continues a list that started so. Weaker readings
("de politiechef van X") are kept apart so the caller can use them only as a last resort.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Any, Collection, Hashable, Protocol, Sequence

from app.articles import MONTH_RE, MONTHS
from app.extract import lexicon
from app.extract.dates import WEEKDAY_RE, WEEKDAYS
from app.extract.gates import GatedPattern, GateSet, LowerCasePattern, conjuncts, holds_all, holds_any, literal_regex, literals
from app.extract.sentences import ABBREVIATIONS
from app.geo.gazetteer import fold, normalize

_CAPWORD = r"(?:[A-ZÁÉÍÓÚÑÜ][\w’'-]*\.?|\d+\s+de\s+[A-ZÁÉÍÓÚ]\w+)"
# The first word's class comes first (its lookbehind right after it): Python's re then skips to
# the capitals and digits instead of trying the lookbehind at every character.
_FIRST_CAPWORD = r"[A-ZÁÉÍÓÚÑÜ\d](?<![\w’'-].)(?:(?<=[A-ZÁÉÍÓÚÑÜ])[\w’'-]*\.?|(?<=\d)\d*\s+de\s+[A-ZÁÉÍÓÚ]\w+)"
CAP_RUN = re.compile(  # as (?<![\w’'-])(?:{_CAPWORD}) then the rest
    rf"{_FIRST_CAPWORD}(?:(?:[^\S\n]+|[-–])(?:(?:de\s+la|de\s+las|de\s+los|del|de|la|las|los|el|of|of\s+the)\s+)?"
    rf"(?:{_CAPWORD}))*")  # a name never runs across a line break
# One regex per trap: an alternation would let one match ("The governor") hide an
# overlapping one ("governor of Sinaloa"). Traps are grouped by their anchor words; a
# group's traps run only when one of its words occurs.
_BY_ANCHORS: dict[tuple[str, ...], list[tuple[re.Pattern[str], bool]]] = {}
for _trap in lexicon.TRAPS:
    _BY_ANCHORS.setdefault(_trap.anchors, []).append(
        (re.compile(_trap.pattern, re.I if _trap.ignore_case else 0), _trap.name_before))
FAMILIES: list[tuple[re.Pattern[str], list[tuple[re.Pattern[str], bool]]]] = [
    (literal_regex(anchors), traps) for anchors, traps in _BY_ANCHORS.items()]
# Which families' words occur, in one scan; the extractor folds these into its own
# per-sentence scan and passes the result in.
FAMILY_GATES: dict[tuple[Any, ...], frozenset[str]] = {
    ("trap", i): frozenset(anchors) for i, anchors in enumerate(_BY_ANCHORS)}
# ... and each trap's own words, read from its pattern (most traps of a family need more than its
# words): a trap whose gate key is missing has no match to give. None: no gate, always run.
_TRAP_GATE: dict[re.Pattern[str], tuple[Any, ...] | None] = {}
for _i, _traps in enumerate(_BY_ANCHORS.values()):
    for _j, (_pattern, _) in enumerate(_traps):
        _own = literals(_pattern.pattern)
        _TRAP_GATE[_pattern] = None if _own is None else ("trap literal", _i, _j)
        if _own is not None:
            FAMILY_GATES[("trap literal", _i, _j)] = _own
# ... and the other words each trap needs beside its own gate (gates.conjuncts), tested on the lower-cased text
TRAP_CONJUNCT_WORDS = 24  # a trap's search (most are case-insensitive) costs more than this many "in" tests
_TRAP_NEEDED: dict[re.Pattern[str], tuple[frozenset[str], ...]] = {
    pattern: needed for pattern, gate in _TRAP_GATE.items()
    if gate is not None and (needed := tuple(words for words in conjuncts(pattern.pattern, TRAP_CONJUNCT_WORDS)
                                             if all(ord(ch) < 0x250 and ch != "µ" for word in words for ch in word)))}
_FAMILY_SCAN = GateSet(FAMILY_GATES)
# The families by their gate key, so a call looks up only the families whose words occur
# (a set intersection) instead of testing all of them.
_FAMILY_BY_KEY: dict[Hashable, list[tuple[re.Pattern[str], bool]]] = {
    ("trap", i): traps for i, (_, traps) in enumerate(FAMILIES)}
# ... each family's traps with what trap_spans asks of them, read once: (pattern, name_before, the other
# words it needs or None, whether it marks its "place" group alone)
_FAMILY_PLAN: dict[Hashable, tuple[tuple[re.Pattern[str], bool, tuple[frozenset[str], ...] | None, bool], ...]] = {
    key: tuple((pattern, name_before, _TRAP_NEEDED.get(pattern), "place" in pattern.groupindex)
               for pattern, name_before in traps) for key, traps in _FAMILY_BY_KEY.items()}
NAME_BEFORE = re.compile(lexicon.NAME_BEFORE_RE)
_BACK = 80  # how far back a name before a keyword may start
# Strong context = a preposition, then at most four filler words, then the name. Checked
# word by word from the name backwards (a regex anchored at "$" backtracks badly).
PREP = {lang: re.compile(preps, re.I) for lang, preps in lexicon.PLACE_PREPS.items()}
FILLER_WORD = re.compile(lexicon.PLACE_FILLER[len(r"(?:\s+(?:"):-2], re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”«»]")
NOUN_OF = re.compile(lexicon.PLACE_NOUN_OF)  # on lower-cased text
EXAMPLES = re.compile(lexicon.PLACE_EXAMPLES)  # on lower-cased text
PART_OF = re.compile(lexicon.PART_OF)  # on lower-cased text
DESTINATION = re.compile(lexicon.DESTINATION)  # on lower-cased text
ACCESS_TO = re.compile(lexicon.ACCESS_TO)  # on lower-cased text
SPREAD_TO = re.compile(lexicon.SPREAD_TO)  # on lower-cased text
DEPARTURE_TO = re.compile(lexicon.DEPARTURE_TO)  # on lower-cased text
SECTOR_OF = re.compile(lexicon.SECTOR_OF)  # on lower-cased text
_SECTOR_WORDS = ("sector", "zona", "part", "rea ", "km", "kil")  # its cheap gate
HOSPITAL_TO = re.compile(lexicon.HOSPITAL_TO)  # on lower-cased text
DETAINEES_TO = re.compile(lexicon.DETAINEES_TO)  # on lower-cased text
_DETAINEE_WORDS = ("detenid", "arrestad", "aprehendid", "capturad", "delincuentes", "sospechos", "reos", "presos", "detainee",
                   "suspects", "prisoners", "arrested", "verdachten", "arrestanten")
_HOSPITAL_WORDS = ("hospital", "nosocom", "clínic", "clinic", "ziekenh", "semefo", "morgue", "mortu", "forens", "médic",
                   "medic", "salud", "treatment", "care", "behandeld",
                   "anfiteatro", "cefereso", "penal", "reclusorio", "penitenciar", "prisi", "cárcel", "carcel", "prison",
                   "jail", "gevangenis")  # its cheap gate
REFUGE_TO = re.compile(lexicon.REFUGE_TO)  # on lower-cased text
TRAVEL_FOR = re.compile(lexicon.TRAVEL_FOR)  # on lower-cased text
FLED_TO = re.compile(lexicon.FLED_TO)  # on lower-cased text
DISPLACED_FROM = re.compile(lexicon.DISPLACED_FROM)  # on lower-cased text
_FLED_WORDS = ("fle", "escap", "huy", "huir", "fug", "vlucht", "ontkw")  # its cheap gate
_TRAVEL_WORDS = ("head", "travel", "way", "route", "dirig", "viaj", "iban", "weg", "visit", "asistido", "acudido", "attend")  # its cheap gate
_REFUGE_WORDS = ("desplaz", "displaced", "refug", "ontheemd", "famil", "gezinnen", "evacua", "guarec", "onderdak",
                 "vluchtten", "shelter")  # its cheap gate

WEAK = re.compile(lexicon.WEAK_CONTEXT)  # on lower-cased text
# "in the capital, Villahermosa", "en el puerto, Manzanillo": the name stands in apposition to a place noun.
_NOUN_APPOSITION = re.compile(lexicon.PLACE_NOUN_APPOSITION)  # on lower-cased text
# A capitalised name the gazetteer may lack, then a comma: "in Rancho Cepeda, " before a town.
# ... "en la colonia San Miguel Teotongo, alcaldía Iztapalapa": the borough's noun may stand between
_UNKNOWN_PLACE_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][\w'’]*(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+|el\s+)?"
                                   r"[A-ZÁÉÍÓÚÑ][\w'’]*){0,3}),\s+(?:(?:alcald[ií]a|delegaci[oó]n)\s+)?$")
_CAPITAL_OF_STATE = re.compile(lexicon.CAPITAL_OF_STATE)  # on lower-cased text
QUALIFIER_GAP = re.compile(lexicon.QUALIFIER_GAP, re.I)
NEAR_GAP = re.compile(lexicon.NEAR_GAP, re.I)
APPOSITION_GAP = re.compile(lexicon.APPOSITION_GAP, re.I)
_BESIDE_THE_CITY = re.compile(r"\b(?:suburb|edge|outskirts|fringes?|near|outside|next\s+to|cerca|afueras|conurbad|vecin|"
                              r"bij|nabij|naast|voorstad|buitenwijk|rook)", re.I)
CAPITAL_APPOSITION_GAP = re.compile(lexicon.CAPITAL_APPOSITION_GAP, re.I)
BELONGING_TO = re.compile(lexicon.BELONGING_TO)  # on lower-cased text
CLASH_BETWEEN_AND = re.compile(lexicon.CLASH_BETWEEN_AND)
REGION_GAP = re.compile(lexicon.REGION_GAP, re.I)
NEIGHBOURHOOD_BEFORE = re.compile(lexicon.NEIGHBOURHOOD_BEFORE, re.I)
NEIGHBOURHOOD_AFTER = re.compile(lexicon.NEIGHBOURHOOD_AFTER, re.I)
LOCALITY_NOUN_BEFORE = re.compile(lexicon.LOCALITY_NOUNS, re.I)
ONE_SETTLEMENT_BEFORE = re.compile(lexicon.ONE_SETTLEMENT_BEFORE, re.I)  # "la comunidad de X": one locality
# Words one of which the three patterns around need (a substring test is far cheaper).
_NOUN_WORDS = literal_regex(("colonia", "col.", "fracc", "barrio", "habitacional", "residencial", "calle", "avenida", "zona", "neighbo", "wijk",
                             "ranch", "comunidad", "communit", "gemeenschap", "localidad", "poblado", "ejido", "caser", "hamlet", "village",
                             "gehucht", "dorp", "municip", "gemeente"))
MUNICIPALITY_BEFORE = re.compile(r"\b(?:municipios?|municipalit(?:y|ies)|gemeenten?|municipal(?:ity)? seat|cabecera\s+municipal)\s+"
                                 r"(?:de\s+|of\s+)?$", re.I)
# ... but a number of them names the state they lie in: "en tres municipios de Tabasco", "in several municipalities of
# Guerrero", "in drie gemeenten van Sonora"
COUNTED_MUNICIPALITIES_BEFORE = re.compile(
    r"\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varios|diversos|algunos|distintos|diferentes|"
    r"otros|\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|some|other|twee|drie|vier|vijf|zes|"
    r"verschillende|enkele|andere)\s+(?:de\s+los\s+|of\s+the\s+|van\s+de\s+)?(?:municipios|municipalities|gemeenten)\s+"
    r"(?:de|of|in|van)\s+$", re.I)
# "in Ixhuatlan Madero municipality"; an apposition: "in Hidalgo, a municipality located on the
# border with Texas", "en Hidalgo, un municipio fronterizo", "in Hidalgo, een gemeente aan de grens"
MUNICIPALITY_AFTER = re.compile(r"\s+(?:municipality|municipio|municipalities)\b|,\s+(?:(?:a|an|the|one)\s+(?:\w+\s+)?"
                                r"(?:municipality|town|city)|(?:un|el)\s+(?:\w+\s+)?municipio|municipio|"
                                r"(?:een|de)\s+(?:\w+\s+)?(?:gemeente|stad|plaats|plaatsje|stadje))\b", re.I)
SUBPLACE_GAP = re.compile(lexicon.SUBPLACE_GAP, re.I)
_IN_TOWN_GAP = re.compile(lexicon.IN_TOWN_GAP, re.I)
_BARE_IN_GAP = re.compile(r"^\s+(?:en|in)\s+$", re.I)
_POSSESSIVE_ADJECTIVE_GAP = re.compile(r"^['’]s\s+(?:[a-z][a-z-]+\s+){1,2}$")
_PAREN_TOWN_END = re.compile(r"\s*(?:municipality|municipio)?\s*\)", re.I)
_STATE_AFTER_MEXICO = re.compile(r"\s+state\b(?!\s+(?:of|department|in)\b)")  # lower case: "Mexico State" is read as such
_BEARING_BEFORE = re.compile(rf"\b{lexicon.BEARING}\s+$", re.I)
_PART_BEARING_BEFORE = re.compile(lexicon.PART_BEARING_BEFORE, re.I)
IN_MUNICIPALITY = re.compile(r"\b(?:en|in)\s+(?:el\s+|the\s+|de\s+)?(?:municipio|municipality|gemeente)\b", re.I)
FACILITY = re.compile(rf"-(?:{'|'.join(lexicon.FACILITY_SUFFIXES)})\w*\.?$", re.I)
MULTI_STATE = re.compile("|".join(f"(?:{p})" for p in lexicon.MULTI_STATE), re.I)
_GAP_TOKEN = re.compile(r"[^\W\d_]+|[,;/(]")
_CLOSING_QUOTE = re.compile(r"[,.!?]\s*[”\"»]")
POSSESSIVE = re.compile(r"^(?:\S+\s+){0,4}?\S+?['’]s\s+")  # "Mexico's", "Mexico City's", "San Luis Potosí's"
_POSSESSIVE_STATE = re.compile(r"((?:\S+\s+){0,2}?\S+?)['’]s\s+$")
CONNECTOR = re.compile(r".*\s(?:de|del|de\s+la|de\s+los)\s+(?=[A-ZÁÉÍÓÚÑ])")
TRAILING_GENERIC = re.compile(r"\s+(?:State|state|Staat|City|city|Municipality|Metro|metro(?:politan)? area|Metropolitan Area)\.?$")  # "the Monterrey Metro"
SENTENCE_OPENERS = " \t\"'“‘«¿¡(-–—"
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# A day before the sentence's subject leaves it the subject: "Este domingo Ciudad Obregón se vio sacudida por
# balaceras", "On Tuesday October 8th, San Miguel de Allende lived a violent day" (and "Actualmente, ...")
# (Dutch puts the verb before it: "Zondag werd Ciudad Obregón opgeschrikt door vuurgevechten")
_OPENING_DATE = (rf"(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
                 rf"|\d{{1,2}}(?:st|nd|rd|th|o\.?)?\s+(?:de\s+|of\s+)?(?:{MONTH_RE})"
                 rf"(?:,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?")
_DAY_OPENER = re.compile(rf"\s*(?:(?:(?:este|esta|el\s+pasado|el|la\s+noche\s+del?|this|last|on|op|afgelopen)\s+)?"
                         rf"(?:(?:{WEEKDAY_RE}|anoche|ayer|hoy|yesterday|today|gisteren|gisteravond|vannacht|vandaag)"
                         rf"(?:,?\s+(?:{_OPENING_DATE}))?|{_OPENING_DATE})"
                         rf"(?:\s+(?:por\s+la\s+(?:mañana|tarde|noche)|morning|afternoon|night|ochtend|avond))?|"
                         rf"(?:esta|this)\s+(?:mañana|tarde|noche|morning|afternoon|evening)|last\s+night|"
                         # ... and the present: "Actualmente, San Juan Mixtepec mantiene cerrada la carretera"
                         rf"{lexicon.NOW_WORDS})"
                         rf"\s*,?\s*(?:(?:werd|was|is|kende|beleefde)\s+)?", re.I)
STATE_OF_BEFORE = re.compile(r"\b(?:state|estado|staat|deelstaat|provincie)\s+(?:of\s+|de\s+|van\s+)?$", re.I)
COUNTRY_WORDS = frozenset({"Mexico", "México", "MEXICO", "MÉXICO"})
STATE_OF_MEXICO = "Estado de México"
GENERIC_HEAD = re.compile(r"^(?:zona\s+metropolitana|área\s+metropolitana|municipio|ciudad|estado|puerto|"
                          r"colonia|localidad|comunidad|poblado|crucero|state|city|municipality)\s+(?:de|del|of)\s+"
                          # "a la altura del Ejido La Fortaleza": a settlement noun written as part of the name
                          r"|^(?:ejido|rancher[ií]a|poblado|comunidad)\s+", re.I)


class Geocoder(Protocol):
    def is_place_name(self, name: str) -> bool: ...
    def state_name(self, name: str) -> str | None: ...
    def resolve(self, name: str, *, state: str | None = None, context_states: Sequence[str] = ()) -> Any: ...
    def misspelt_state(self, name: str, *, min_length: int) -> str | None: ...


@dataclass
class Mention:
    start: int
    end: int
    name: str
    context: str          # strong | list | subject | weak | destination | none
    part_of: bool = False  # "in het hart van", "las afueras de": precision 2
    state: str | None = None   # canonical state name when the name is a state
    qualifier: str | None = None  # "Tapalpa, Jalisco": the state given next to the name
    is_qualifier: bool = False
    continues_list: bool = False  # only separators/conjunctions since the previous name
    near: str | None = None       # "Cadereyta, near Monterrey": the reference point named after it
    named_as_place: bool = False  # a place noun stands right before it ("the hamlet of X")
    locality: bool = False        # "ranchería X", "the village of X": below a municipality
    municipality: bool = False    # "el municipio de X", "the municipality of X": a municipality first
    sub_place: bool = False       # the tail of a longer name: "Tierra Blanca de Culiacán", "Guadalupe del Lerma"


def trap_spans(text: str, possible: Collection[Hashable] | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` no name may be taken from. ``possible``: a scan of ``text`` that
    includes FAMILY_GATES, when the caller has one."""
    low = text.lower()
    spans: list[tuple[int, int]] = []
    present = _FAMILY_SCAN.scan(low) if possible is None else possible
    # Where case-insensitive matching and lower-casing part ("ı" matches "i", "İ" lower-cases to
    # two characters), a trap's own words are no safe gate.
    own_gates = len(low) == len(text) and "ı" not in low and "ſ" not in low
    for key in sorted(_FAMILY_BY_KEY.keys() & present):  # sorted: the same order every run
        for pattern, name_before, needed, only_place in _FAMILY_PLAN[key]:  # only_place: the trap marks that group alone
            if own_gates and (gate := _TRAP_GATE[pattern]) is not None and (gate not in present or needed is not None and not holds_all(low, needed)):
                continue  # none of its own words: no match
            for m in pattern.finditer(text):
                if only_place:
                    spans.append(m.span("place"))
                    continue
                start = m.start()
                if name_before:  # extend back over "Jalisco New Generation" / "Jalisco"
                    lo = max(0, start - _BACK)
                    before = NAME_BEFORE.search(text, lo, start)
                    if before is None:
                        continue
                    start = before.start()
                spans.append((start, m.end()))
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=65536)
def _known(geo: Geocoder, name: str) -> bool:
    # Capitalised words repeat across sentences and articles; the answer never changes.
    return geo.is_place_name(name)


@lru_cache(maxsize=16384)
def _town(geo: Geocoder, name: str) -> bool:
    """Whether ``name`` is first a municipality or a city, rather than a village or a neighbourhood."""
    candidates = geo.candidates(name)
    return bool(candidates) and (candidates[0].kind == "municipality" or (candidates[0].population or 0) >= 100_000)


_BOROUGH_AFTER = re.compile(r"\s+(?:district|borough)\b", re.I)  # not "neighbourhood": "the Benito Juárez neighbourhood"


# "en la Lázaro Cárdenas", "sobre la Vicente Guerrero": the feminine article before a man's name leaves out "calle",
# "avenida" or "colonia" (Mexico City's boroughs, "la Benito Juárez", are the borough: "la alcaldía")
_FEMININE_ARTICLE_BEFORE = re.compile(r"\b(?:en|sobre|por|a|hacia|desde|de)\s+la\s+$")


def _named_after_a_man(name: str) -> bool:
    """Whether ``name`` is a given name and a surname, the given name not a woman's ("Lázaro Cárdenas", not "María
    Lombardo")."""
    words = name.split()
    return len(words) >= 2 and _folded(words[0]) in lexicon.GIVEN_NAMES and not words[0].endswith("a")


def _borough(geo: Geocoder, name: str) -> bool:
    """Whether ``name`` is first one of Mexico City's boroughs (alcaldías), which English calls
    districts or boroughs."""
    candidates = geo.candidates(name)
    return bool(candidates) and candidates[0].kind == "municipality" and candidates[0].admin1 == "Ciudad de México"


@lru_cache(maxsize=65536)
def _state(geo: Geocoder, name: str) -> str | None:
    return geo.state_name(name)


_TOKEN_SPAN = re.compile(r"\S+")


def _name_in_run(run: str, offset: int, geo: Geocoder) -> tuple[int, int, str] | None:
    """The longest known place name the run stands for: the run itself, the run without
    a leading function word ("In Guadalajara"), or what follows a generic head
    ("Zona Metropolitana de Guadalajara")."""
    found = _name_at(geo, run)
    return None if found is None else (offset + found[0], offset + found[1], found[2])


_ARTICLES = frozenset({"El", "La", "Los", "Las"})
_STATE_AFTER_NAME = re.compile(rf"\s+(?:{lexicon.STATE_NAMES})\.?$")
_AUTHORITY_WITHOUT_COMMA = re.compile(lexicon.AUTHORITY_WITHOUT_COMMA)
_ADVERB = re.compile(r"(?!Clemente\b)[A-ZÁÉÍÓÚ][a-záéíóúñ]{3,}mente,?")  # Spanish adverbs of manner and time


@lru_cache(maxsize=65536)
def _name_at(geo: Geocoder, run: str) -> tuple[int, int, str] | None:
    # Runs repeat across sentences and articles ("Guardia Nacional", "Jalisco"), and the
    # answer depends on the run alone: cached, with offsets relative to the run.
    tokens = [(m.start(), m.group()) for m in _TOKEN_SPAN.finditer(run)]
    candidates = [(0, run)]
    if len(tokens) > 2 and tokens[0][1] in _ARTICLES and not _known(geo, run.rstrip(".")) \
            and any(c.kind == "municipality" for c in geo.candidates(run[tokens[1][0]:].rstrip("."))):
        # "El Teúl de González Ortega": the municipality Teúl de González Ortega, its article added
        candidates.append((tokens[1][0], run[tokens[1][0]:]))
    skip = 0
    while skip < len(tokens) - 1 and (tokens[skip][1].lower().strip(".") in lexicon.LEADING_WORDS
                                      or _ADVERB.fullmatch(tokens[skip][1])):  # "Finalmente", "Posteriormente"
        skip += 1
        start = tokens[skip][0]
        candidates.append((start, run[start:]))  # a substring of the run, whatever the spacing
    head = GENERIC_HEAD.match(candidates[-1][1]) or POSSESSIVE.match(candidates[-1][1])
    if head:  # "Zona Metropolitana de Guadalajara", "Mexico's Puerto Vallarta"
        cand_start = candidates[-1][0] + head.end()
        candidates.append((cand_start, run[cand_start:]))
    for start, name in list(candidates):
        tail = TRAILING_GENERIC.search(name)
        if tail:  # "Jalisco State"
            candidates.append((start, name[:tail.start()]))
        words = name.split()
        while len(words) > 1 and words[-1].lower().strip(".,") in TIME_WORDS:  # "Cancun Tuesday"
            words.pop()
            candidates.append((start, name[:name.rindex(words[-1]) + len(words[-1])]))
        if len(words) > 1 and words[-1] in _CLAUSE_OPENERS:
            # "In San Martín Texmelucan At least nine gunmen": copy that lost its full stop runs into the next clause
            candidates.append((start, name[:name.rindex(words[-2]) + len(words[-2])]))
    if run.endswith(("'s", "’s")):  # "Colima's capital city", "Mexico's"
        candidates.append((candidates[-1][0], candidates[-1][1][:-2]))
    last = candidates[-1]
    of_split = _OF_SPLIT.search(last[1])
    if of_split:  # "Juchitan de Zaragoza of the Istmo de Tehuantepec region": the town, not its region
        head = last[1][:of_split.start()]
        # "Residents of Tepalcatepec" opening a sentence, "the Colonia Centro of Nuevo Laredo": the town
        if head.lower() in lexicon.RESIDENT_NOUNS or SETTLEMENT_HEAD.match(head):
            candidates.append((last[0] + of_split.end(), last[1][of_split.end():]))
        else:
            candidates.append((last[0], head))
    for split in _STATE_SPLIT.finditer(last[1]):
        # "Iztapalapa de la Ciudad de México": a town before the first "de" that names a state is in that
        # state (the last "de" alone would leave "México"); "el Centro de Colima" is the centre of Colima, not
        # Tabasco's municipality Centro
        if _state(geo, last[1][split.end():].rstrip(".")):
            if _town(geo, last[1][:split.start()]) and last[1][:split.start()] != _CENTRE:
                candidates.append((last[0], last[1][:split.start()]))
            break
    state_after = _STATE_AFTER_NAME.search(last[1])
    if state_after and _town(geo, last[1][:state_after.start()]):
        # "en terrenos del municipio de Tlahualilo Durango": the town, its state after it without a comma
        candidates.append((last[0], last[1][:state_after.start()]))
    authority = _AUTHORITY_WITHOUT_COMMA.search(last[1])
    if authority:  # "En Morelia la Fiscalía realizó cateos": the town, no comma before the authority that acted
        candidates.append((last[0], last[1][:authority.start()]))
    connector = CONNECTOR.search(last[1])
    if connector:  # "Tierra Blanca de Culiacán": the neighbourhood of the town after "de"
        tail = last[1][connector.end():]
        head = last[1][:connector.end()].rsplit(" de", 1)[0].rstrip()
        if _state(geo, tail.rstrip(".")) and " " not in head.strip() and head != _CENTRE and _known(geo, head):
            # "Tepeyahualco de Hidalgo": a town's full name ending in a hero's name that is also a state's
            candidates.append((last[0], head))
        if not PLACE_LIKE_HEAD.match(head) or _can_host(geo, tail.rstrip(".")):
            candidates.append((last[0] + connector.end(), tail))
    person = _OF_PERSON.search(last[1])
    if person and lexicon.fold(person["given"]) in lexicon.GIVEN_NAMES \
            and (_state(geo, last[1][:person.start()]) or _town(geo, last[1][:person.start()])):
        # "la detención en Tepic de Juan Pérez": the place, then whom (a given name after "de")
        candidates.append((last[0], last[1][:person.start()]))
    facility = FACILITY.search(last[1])
    if facility:  # "Cadereyta-gevangenis"
        candidates.append((last[0], last[1][:facility.start()]))
    glued = _GLUED.search(run)
    if glued:  # "San Miguel TotolapanThere", "UruapanMichoacan": scraped copy that lost a space after the name
        candidates.append((0, run[:glued.end()]))
    for start, name in candidates:
        name = name.rstrip(".")
        if _known(geo, name):
            return start, start + len(name), name
    for start, name in candidates if "'" in run or "’" in run else ():
        owner = POSSESSIVE.match(name)
        # "Guerrero's Tierra Caliente region": a region the gazetteer lacks, in that state
        if owner is not None and _state(geo, owner.group().rstrip()[:-2]):
            return start, start + len(owner.group().rstrip()) - 2, owner.group().rstrip()[:-2]
        # "Playa del Carmen's Quinta Avenida": a named part of that town
        if owner is not None and " " in owner.group().strip() and _town(geo, owner.group().rstrip()[:-2]):
            return start, start + len(owner.group().rstrip()) - 2, owner.group().rstrip()[:-2]
    part = TOWN_PART_PREFIX.match(run)
    if part and _can_host(geo, run[part.end():].rstrip(".")):
        # "a chaotic shooting in South Juarez", "Downtown Monterrey": a part of that town
        return part.end(), len(run.rstrip(".")), run[part.end():].rstrip(".")
    saint = SAINT_PREFIX.match(run)
    if saint and len(run.split()) >= 3 and _known(geo, run[saint.end():].rstrip(".")):
        # "San Vicente Camalote": INEGI lists the village as Vicente Camalote
        return saint.end(), len(run.rstrip(".")), run[saint.end():].rstrip(".")
    return None


_CLAUSE_OPENERS = frozenset({"At", "The", "A", "An", "In", "On", "After", "When", "But", "And", "El", "La", "Los", "Las",
                             "En", "Un", "Una", "Tras", "Het", "Een", "Op", "Na", "Bij"})
_CENTRE = "Centro"  # "el Centro de Colima": a town's centre, never Tabasco's municipality Centro
_STATE_SPLIT = re.compile(r"\s(?:de|del|de\s+la|de\s+los)\s+(?=[A-ZÁÉÍÓÚÑ])")
SAINT_PREFIX = re.compile(r"(?:San|Santa|Santo)\s+")
_GLUED = re.compile(r"[a-záéíóúñ]{3}(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
TOWN_PART_PREFIX = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Downtown|Central|Greater)\s+")
SETTLEMENT_HEAD = re.compile(r"(?:Colonia|Col\.|Fraccionamiento|Fracc\.|Barrio|Ejido|Rancho|Ranchería|Comunidad|"
                              r"Localidad|Sindicatura|Tenencia)\s")
_OF_SPLIT = re.compile(r"\s+of(?:\s+the)?\s+")
_OF_PERSON = re.compile(r"\s+de\s+(?P<given>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b")
# Neighbourhoods named in a list: "en las colonias", "en 19 colonias, incluyendo", "in the neighborhoods including",
# "in de wijken" (but "the neighborhoods of San Miguel" are that town's own)
_NEIGHBOURHOODS_BEFORE = re.compile(r"\b(?:colonias|fraccionamientos|barrios|neighbou?rhoods|wijken)\s*(?:,?\s*(?:como|"
                                    r"incluyendo|incluidas|entre\s+ellas|including|such\s+as|zoals|waaronder)\s*:?\s*|:\s*)?$")
_NEIGHBOURHOODS_OF_BEFORE = re.compile(r"\b(?i:colonias|fraccionamientos|barrios)\s+(?i:de)\s+$")
_LIST_CONTINUES = re.compile(r"\s*,\s*[A-ZÁÉÍÓÚÑ]")
_LIST_GAP = {"es": re.compile(r"\s*,\s*(?:y\s+|e\s+)?|\s+[ye]\s+"), "en": re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"),
             "nl": re.compile(r"\s*,\s*|\s+en\s+")}  # (a Spanish ", en Culiacán" places the list: no neighbourhood)
_SETTLEMENT_DE = re.compile(r"(?:Colonia|Fraccionamiento|Barrio|Unidad\s+Habitacional)\s+(?:de|del|de\s+la|de\s+las|de\s+los)\s+")


_HOST_POPULATION = 20000  # a locality this large has neighbourhoods named after it
# Heads that make "X de Y" the name of a settlement of its own ("San Francisco de Ocotán"),
# unlike an institution's ("Policía Municipal de Huixcolotla", which names its town).
# ... and the words of land and water hamlets are named with: "Loma de Flores" is a hamlet, not a part of the
# small Flores elsewhere
PLACE_LIKE_HEAD = re.compile(r"(?:San|Santa|Santo|Santiago|Villa|El|La|Los|Las|Ejido|Rancho|Ranchería|Lomas?|Cerro|"
                             r"Valle|Paso|Arroyo|Ojo|Agua|Cañada|Mesa|Llano|Potrero|Rincón|Palo|Puente|Boca|Ciénega|"
                             r"Hacienda|Presa|Isla|Laguna|Playa|Barranca|Cuesta|Piedra|Peña|Puerta|Estación)\b")


def _can_host(geo: Geocoder, tail: str) -> bool:
    """Whether the name after "de" can be the town a longer name lies in ("Tierra Blanca de
    Culiacán"): a state, a municipality or a city. "San Francisco de Ocotán" is a hamlet of
    its own name; the small Ocotán elsewhere says nothing about where it is."""
    candidates = geo.candidates(tail)
    return bool(candidates) and (candidates[0].kind in ("state", "municipality")
                                 or (candidates[0].population or 0) >= _HOST_POPULATION)


# "en el bar Azul Tequila de Monterrey", "at the Sabino Gordo bar of ...": a venue named before its town
# ... and a neighbourhood's: "dentro del residencial Tecnológico de Piedras Negras", "en la colonia Centro de Culiacán"
_IN_VENUE_BEFORE = re.compile(r"\b(?:en|at|in|op|bij|dentro\s+de)\s+(?:el|la|los|las|un|una|the|a|het|de|een)\s+(?:bar|restaurante|antro|"
                              r"cantina|centro\s+nocturno|negocio|hotel|motel|tienda|palenque|discoteca|billar|taller|"
                              r"restaurant|nightclub|club|store|shop|caf[eé])\s+$|\b(?:en|dentro)\s+del\s+(?:residencial|"
                              r"fraccionamiento)\s+$", re.I)


def is_sub_place(run: str, name: str) -> bool:
    """True when the name is the tail of a longer 'X de Name' run (a part of the town)."""
    run = run.rstrip(".")
    return run.endswith(name) and bool(CONNECTOR.match(run)) and len(run) > len(name) + 4


def _phrases(pattern: str) -> frozenset[str]:
    """The phrases of a plain alternation of words ("(?:en|cerca\\s+de)"), lower case."""
    alternatives = pattern.removeprefix("(?:").removesuffix(")").split("|")
    phrases = frozenset(a.replace(r"\s+", " ") for a in alternatives)
    assert all(re.fullmatch(r"[a-zñáéíóúü]+(?: [a-zñáéíóúü]+)*", p) and re.fullmatch(pattern, p) for p in phrases), pattern
    return phrases


# The prepositions as sets: a set lookup instead of up to twenty regex calls per name.
PREP_PHRASES = {lang: _phrases(preps) for lang, preps in lexicon.PLACE_PREPS.items()}
PREP_WORDS = {lang: max(len(p.split()) for p in phrases) for lang, phrases in PREP_PHRASES.items()}


def _is_prep(phrase: str, lang: str) -> bool:
    if phrase.isascii():  # re.I and lower() agree on ASCII; elsewhere ask the regex
        return phrase.lower() in PREP_PHRASES[lang]
    return PREP[lang].fullmatch(phrase) is not None


@lru_cache(maxsize=16384)
def _is_filler(word: str) -> bool:
    return FILLER_WORD.fullmatch(word) is not None


def _strong(before: str, lang: str) -> bool:
    words = _CLAUSE_BREAK.split(before)[-1].split()[-8:]
    longest = PREP_WORDS[lang]
    skipped = 0  # fillers skipped that count against the limit
    for end in range(len(words), 0, -1):
        if end < len(words):
            word = words[end]
            if not _is_filler(word):
                return False  # the word just skipped was no filler: nothing further back counts
            # "in the popular Oaxaca beach resort of": a state's name and words that describe a
            # town cost nothing, however many
            skipped += not (word[:1].isupper() or word.lower() in lexicon.TOWN_DESCRIPTORS)
            if skipped > _MAX_FILLERS:
                return False
        for size in range(1, longest + 1):
            if end - size >= 0 and _is_prep(" ".join(words[end - size:end]), lang):
                return True
    return False


_MAX_FILLERS = 4


# The context words before a name, gated together: most names have none of them.
_TAIL_GATES = GateSet({"part_of": lexicon.PART_OF, "noun_of": lexicon.PLACE_NOUN_OF,
                       "examples": lexicon.PLACE_EXAMPLES})


def _context(text: str, start: int, lang: str) -> tuple[str, bool, bool]:
    """(context, part_of, named_as_place): how the words before a name place it."""
    before = text[max(0, start - 90):start]
    low_before = before.lower()
    tail = low_before[-45:]
    # the whole window: a list's lead-in may be longer than the tail ("los municipios afectados por los
    # bloqueos del lunes son")
    possible = _TAIL_GATES.scan(low_before)
    part_of = "part_of" in possible and PART_OF.search(tail) is not None
    noun = NOUN_OF.search(tail) if "noun_of" in possible else None
    if holds_any(tail, _SECTOR_WORDS) and SECTOR_OF.search(tail):
        return "strong", True, True  # "se dirigía hacia un sector del municipio X": in X
    if holds_any(tail, _HOSPITAL_WORDS) and HOSPITAL_TO.search(low_before):
        return "departure", False, False  # "trasladados a los hospitales de Toluca y Morelia"
    if holds_any(low_before, _DETAINEE_WORDS) and DETAINEES_TO.search(low_before):
        return "departure", False, False  # "los detenidos ... trasladarlos a Xalapa": where they were taken
    if noun and DEPARTURE_TO.search(low_before, 0, len(before) - len(tail) + noun.start()):
        return "departure", False, True  # "salir ... al municipio de X", "fled to the town of X": never the place
    if holds_any(low_before, _REFUGE_WORDS) and REFUGE_TO.search(low_before):
        return "departure", False, False  # "los desplazados llegaron a la cabecera municipal de X"
    if not noun and holds_any(low_before, _TRAVEL_WORDS) and TRAVEL_FOR.search(low_before):
        return "departure", False, False  # "headed for a private meeting in X": where they were going
    if not noun and holds_any(tail, _FLED_WORDS) and FLED_TO.search(tail):
        return "departure", False, False  # "the gunmen fled to Tamaulipas": where they went
    if not noun and "from" in tail and DISPLACED_FROM.search(low_before):
        return "strong", False, False  # "a mass exodus from Aguililla": where they were displaced
    if noun:
        return "strong", part_of, True  # "la comunidad de X", "the hamlet of X"
    if _strong(before, lang) or ("examples" in possible and EXAMPLES.search(low_before)):
        return "strong", part_of, False
    if ("capital" in low_before or "hoofdstad" in low_before) and (capital := _CAPITAL_OF_STATE.search(low_before)) \
            and _strong(before[:capital.start()], lang):
        return "strong", part_of, True  # "in de hoofdstad van de deelstaat X": placed as firmly as the capital
    if tail.endswith(", ") and (apposition := _NOUN_APPOSITION.search(tail)) and _strong(
            before[:len(before) - len(tail) + apposition.end("noun")], lang):
        return "strong", part_of, True
    if lang == "es" and "entre" in low_before and CLASH_BETWEEN_AND.search(before):
        return "strong", part_of, False  # "enfrentamiento entre San Juan Bosco Chuxnabán y X": the other side's town
    if ("perten" in tail or "belong" in tail or "behoren" in tail) and BELONGING_TO.search(tail):
        return "strong", True, False  # "la colonia Cactus, perteneciente a Soledad": in that town
    if (destination := DESTINATION.search(tail)) and (lang == "es" or destination.group().split()[0] not in ("a", "al")):
        # (Spanish "a" only: "a Rosarito Beach police officer" is English's article)
        if ACCESS_TO.search(tail) or SPREAD_TO.search(tail):
            return "strong", part_of, False  # "los accesos a X": at X; "se extendieron a X": there too
        return "destination", False, False
    if WEAK.search(tail):
        return "weak", part_of, False
    return "none", False, False


_IN_A_BEFORE = re.compile(lexicon.IN_A_BEFORE)
_PLACE_NOUN_AFTER = re.compile(lexicon.PLACE_NOUN_AFTER_NAME, re.I)


def find_mentions(text: str, lang: str, geo: Geocoder,
                  possible: Collection[Hashable] | None = None, story_states: tuple[str, ...] = ()) -> list[Mention]:
    """Known place names in ``text`` outside trap spans, with their context. ``story_states``:
    the states the article is about, where a short name stands for one town ("Mante")."""
    found_runs = [(run, found) for run in _joined_runs(text, geo)
                  # (a misspelt town of the story's state before an unknown hamlet: "in Novolato, a city in ... Sinaloa")
                  if (found := _owner_of_part(text, run, geo) or _name_in_run(run.group(), run.start(), geo)
                           or _misspelt_story_town(text, run, geo, story_states)
                           or _misspelt_state(text, run, geo)
                           or _story_town_with_article(text, run, geo, story_states)
                           or _unknown_hamlet(text, run) or _city_without_prefix(text, run, geo)
                           or _story_short_name(text, run, geo, story_states)
                           or _story_saint_seat(run, geo, story_states))]
    names_capital = "apital" in text or "hoofdstad" in text
    if not found_runs and not names_capital:
        return []
    traps = trap_spans(text, possible)
    names_building = _BUILDING_GATE.search(text) is not None  # most sentences name no office building
    mentions: list[Mention] = []
    neighbourhoods_end = -1  # where the last name of a list of neighbourhoods ended ("en las colonias A, B y C")
    for run, found in found_runs:
        start, end, name = found
        # a town named before "of the ... region" is judged apart from what follows
        run_end = end if _OF_SPLIT.match(text, end) else run.end()
        building = names_building and _BUILDING_OF_OFFICE.search(text, max(0, start - 100), start) is not None \
            and _town(geo, name)
        # the town after a street's name is placed as the street is: "en el bulevar Everardo Márquez de Pachuca"
        street = next((s for s, e in traps if s < run.start() < e), None) if start > run.start() \
            and text.endswith(" de ", 0, start) and not _overlaps(start, run_end, traps) else None
        town_of_part = False
        if _overlaps(run.start(), run_end, traps) and not building and street is None:
            if mentions and NEAR_GAP.match(text[mentions[-1].end:start]):
                mentions[-1].near = mentions[-1].near or name  # "de gevangenis nabij Monterrey": a reference
                continue
            bearing = _PART_BEARING_BEFORE.search(text, max(0, start - 45), start) if lang == "es" else None
            if bearing is None or mentions and mentions[-1].end == bearing.start():
                continue
            town_of_part = True  # "en el parque del Malecón, al norte de Tapachula": a part the gazetteer lacks
        before = text[max(0, start - 30):start].lower()
        nouns_before = _NOUN_WORDS.search(before) is not None  # most names have none: skip the patterns
        if start == run.start() and (nouns_before and _NEIGHBOURHOODS_BEFORE.search(before)
                                     or neighbourhoods_end >= 0 and _LIST_GAP[lang].fullmatch(text, neighbourhoods_end, start)):
            neighbourhoods_end = end  # "en las colonias La Trinidad, Las Américas y Loma Bonita": neighbourhoods all
            continue
        if nouns_before and _LIST_CONTINUES.match(text, run.end()) and (
                _NEIGHBOURHOODS_OF_BEFORE.search(text, max(0, run.start() - 30), run.start())
                or start > run.start() and _NEIGHBOURHOODS_BEFORE.search(text[max(0, run.start() - 30):run.start()].lower())):
            # "en las colonias de Norias de Ojocaliente, Jesús Terán, Ojocaliente II": a list of neighbourhoods (but "las
            # colonias de Culiacán", one name, are the town's)
            neighbourhoods_end = run.end()
            continue
        if nouns_before and NEIGHBOURHOOD_BEFORE.search(before) and start == run.start() \
                or NEIGHBOURHOOD_AFTER.match(text, end) and not (_BOROUGH_AFTER.match(text, end) and _borough(geo, name)):
            continue  # "la colonia Oaxaca": a neighbourhood's name (but "the Iztapalapa district" is the borough)
        if start > run.start() and nouns_before and not _town(geo, name) \
                and NEIGHBOURHOOD_BEFORE.search(text[max(0, run.start() - 30):run.start()].lower()):
            continue  # "la colonia Lomas de San Isidro"; but "la colonia Kilómetro 5 de Chetumal" is in Chetumal
        if start > run.start() and text.endswith(" de ", 0, start) and _SETTLEMENT_DE.fullmatch(text, run.start(), start):
            continue  # "en el Barrio de Santiago", "la Colonia del Carmen": the neighbourhood's name, no town's
        if start == run.start() and lang == "es" and text.endswith("la ", 0, start) \
                and _FEMININE_ARTICLE_BEFORE.search(text, max(0, start - 12), start) \
                and _named_after_a_man(name) and not _borough(geo, name):
            continue  # "una más en la Lázaro Cárdenas": a street or a neighbourhood ("la [calle] ...") named so
        if name in COUNTRY_WORDS and (STATE_OF_BEFORE.search(text, max(0, start - 20), start)
                                      or _STATE_AFTER_MEXICO.match(text, end)
                                      # (but "in a central Mexico state" is some state of central Mexico)
                                      and not _BEARING_BEFORE.search(text, max(0, start - 20), start)):
            # "the state of Mexico", "estado de México", "In Mexico state," "Mexico state police": the state
            name = STATE_OF_MEXICO
        context, part_of, named_as_place = _context(text, start if street is None else street, lang)
        part_of = part_of or street is not None or town_of_part
        if context == "departure" and _WHERE_AFTER.match(text, end):
            context = "strong"  # "escaparon con dirección al municipio de Amozoc, donde asesinaron a tres personas"
        sub_place = start > run.start() and is_sub_place(run.group(), name)
        if context == "none" \
                and (host := _UNKNOWN_PLACE_BEFORE.search(text, max(0, start - 45), start)) \
                and (not _known(geo, host.group(1))  # ... or a neighbourhood named like a town elsewhere ("en la
                     # colonia San Ignacio, San Luis de la Paz": not San Ignacio, Sinaloa)
                     or NEIGHBOURHOOD_BEFORE.search(text, max(0, host.start(1) - 30), host.start(1)) is not None) \
                and (host_context := _context(text, host.start(1), lang))[0] in ("strong", "weak") \
                and not (host_context[1] and _state(geo, name)):  # (not a state after "close to Salinillas")
            # "arrested in Rancho Cepeda, Ensenada": the town the place lies in; "in Alcoyonqui, Sinaloa": the state;
            # "residents of Los Bayados, Coyuca de Catalán": as firmly as the hamlet is named
            context, part_of = host_context[0], True
        if context in ("none", "weak", "destination") and lang == "en" \
                and _IN_A_BEFORE.search(text, max(0, start - 30), start) and _PLACE_NOUN_AFTER.match(text, end):
            context = "strong"  # "in a Guadalajara bar", "on a busy Guadalajara intersection": a place in that town
        if context in ("none", "weak") and start > run.start():  # "in Mexico's Puerto Vallarta"
            context, part_of, named_as_place = _context(text, run.start(), lang)
            part_of = part_of or sub_place
            if context == "none" and sub_place and _IN_VENUE_BEFORE.search(text, max(0, run.start() - 40), run.start()):
                context = "strong"  # "irrumpieron en el bar Azul Tequila de Monterrey": the bar is in that town
        if context == "none" and lang == "en" \
                and _AUTHORITY_AFTER.match(text, end) and not _state(geo, name):
            context = "weak"  # "officials said Tijuana police found three bodies", as "la policía de Tijuana"
        if building:
            context = "strong"  # "atacaron la sede de la Secretaría de Vialidad de Gómez Palacio": in that town
        if context in ("none", "weak") and text.endswith("between ", 0, start) and _PAIR_OF_TOWNS_AFTER.match(text, end):
            context = "strong"  # "on patrol between General Joaquin Amaro and Tabasco municipalities": there
        if context in ("none", "weak") and _RANKED_COUNT_AFTER.match(text, end) and not _state(geo, name):
            # "followed by León, with eight; Irapuato, with six": where those died (a ranking of states,
            # "Guanajuato con 14, Chihuahua con 6", is the country's statistics)
            context = "strong"
        if context == "none" and _TOWN_LIVED_AFTER.match(text, end) and not _state(geo, name):
            context = "subject"  # "Mientras el alcalde continúa en campaña, Salina Cruz registró dos ataques armados"
        if context == "none" and (not text[:run.start()].strip(SENTENCE_OPENERS)
                                  # (a state after the day tallies: "El 7 de octubre, Tlaxcala registró dos muertes")
                                  or _DAY_OPENER.fullmatch(text, 0, run.start()) and not _state(geo, name)):
            if _SPEAKER_AFTER.match(text, end):
                continue  # "Ramos had previously reported that ...", "Gonzalez died": a person
            context = "subject"  # "Morelia essentially shut down", "Culiacán amaneció con bloqueos"
        mentions.append(Mention(start, end, name, context, part_of, _state(geo, name), named_as_place=named_as_place,
                                locality=nouns_before and bool(LOCALITY_NOUN_BEFORE.search(before)),
                                municipality=nouns_before and bool(MUNICIPALITY_BEFORE.search(before))
                                or MUNICIPALITY_AFTER.match(text, end) is not None,
                                sub_place=sub_place))
        if start > run.start() and (owner := _POSSESSIVE_STATE.search(text, run.start(), start)) is not None:
            mentions[-1].qualifier = _state(geo, owner.group(1))  # "Nuevo Leon's Cadereyta": the one in Nuevo León
    if names_capital:
        mentions = _with_the_capital(text, lang, mentions)
    _link(text, mentions, traps, geo)
    return mentions


MEXICAN_CAPITAL = re.compile(lexicon.MEXICAN_CAPITAL)
MEXICAN_CAPITAL_AWAY = re.compile(lexicon.MEXICAN_CAPITAL_AWAY)


def _with_the_capital(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "the Mexican capital", "la capital del país" as Mexico City where
    the sentence places something there (not "south of", "taken to" the capital)."""
    added = []
    for match in MEXICAN_CAPITAL.finditer(text):
        if MEXICAN_CAPITAL_AWAY.search(text, max(0, match.start() - 30), match.start()):
            continue
        context, part_of, _ = _context(text, match.start(), lang)
        if context in ("strong", "weak"):
            added.append(Mention(match.start(), match.end(), "Ciudad de México", context, part_of,
                                 state="Ciudad de México"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_AUTHORITY_AFTER = re.compile(lexicon.AUTHORITY_AFTER_NAME, re.I)
_RANKED_COUNT_AFTER = re.compile(lexicon.RANKED_COUNT_AFTER, re.I)
_TOWN_LIVED_AFTER = re.compile(lexicon.TOWN_LIVED_AFTER, re.I)
MUNICIPALITIES_AFTER = re.compile(r"\s+(?:municipalities|municipios|gemeenten)\b", re.I)
_AND_GAP = re.compile(r"\s+(?:y|e|and)\s+")  # (not "en": Spanish "in" names the state a town lies in)
# the second of a pair named before their noun: "between X and Y municipalities" (a road's "between X and Y" is not)
_PAIR_OF_TOWNS_AFTER = re.compile(r"\s+and\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w’'.-]*){0,3}\s+"
                                  r"(?:municipalities|towns|communities|villages)\b")
# A sentence's subject that speaks, dies or is arrested is a person ("Ramos had previously
# reported", "Gonzalez died in a hospital"), whatever town shares the name.
_SPEAKER_AFTER = re.compile(
    r"\s+(?:(?:had|has|also|previously|later|then|había|ha|también|heeft|had|ook)\s+){0,2}"
    r"(?:said|says|told|reported|stated|added|explained|noted|dijo|declar[oó]|inform[oó]|señal[oó]|explic[oó]|"
    r"afirm[oó]|zei|zegt|meldde|verklaarde|died|was\s+(?:killed|shot|arrested|detained|wounded)|"
    r"muri[oó]|falleci[oó]|fue\s+(?:asesinad|detenid|baleado|herid)\w*|stierf|overleed|"
    r"werd\s+(?:gedood|vermoord|doodgeschoten|gearresteerd|opgepakt))\b")
_AND_JOIN = re.compile(r"[^\S\n]+(?:y|e)[^\S\n]+")


def _joined_runs(text: str, geo: Geocoder) -> list[re.Match[str]]:
    """The capitalised runs of ``text``, two runs joined by "y" taken as one where that is a
    place's name ("Guadalupe y Calvo", "Mier y Noriega"); a list ("Zapopan y Tonalá") stays two."""
    runs = list(CAP_RUN.finditer(text))
    if " y " not in text and " e " not in text:
        return runs
    joined: list[re.Match[str]] = []
    skip = False
    for first, second in zip(runs, runs[1:] + [None]):
        if skip:
            skip = False
            continue
        if second is not None and _AND_JOIN.fullmatch(text, first.end(), second.start()):
            # "In Guadalupe y Calvo municipality": the name may start after the run's first words
            start = next((s for s in _word_starts(first) if _known(geo, text[s:second.end()])), None)
            if start is not None:
                joined.append(_SPAN.match(text, start, second.end()))
                skip = True
                continue
        joined.append(first)
    return joined


_SPAN = re.compile(r".+", re.S)
# where people went to, and the violence they did there: the place of that event
_WHERE_AFTER = re.compile(lexicon.WHERE_VIOLENCE_AFTER, re.I)


def _word_starts(run: re.Match[str]) -> list[int]:
    """Where the words of ``run`` start, first to last."""
    return [run.start()] + [run.start() + m.end() for m in re.finditer(r"\s+", run.group())]


_PLACE_PREPOSITION_BEFORE = re.compile(lexicon.PLACE_PREPOSITION_BEFORE)


def _story_short_name(text: str, run: re.Match[str], geo: Geocoder,
                      story_states: tuple[str, ...]) -> tuple[int, int, str] | None:
    """"In June, police found 14 corpses near the town hall of Mante, in Tamaulipas state": a name
    the gazetteer knows only in the story's states (Ciudad Mante), as the geocoder reads it there;
    only after a preposition of place (most unknown capitalised runs are people, asked for nothing).
    ``_city_without_prefix`` reads "the city of Mante" in any story, without the story's states."""
    name = run.group().rstrip(".")
    if not story_states or len(name) < 5 or len(name.split()) > 2 \
            or not _PLACE_PREPOSITION_BEFORE.search(text, max(0, run.start() - 12), run.start()):
        return None
    return (run.start(), run.start() + len(name), name) \
        if geo.resolve(name, context_states=story_states) is not None else None


_SAINT_BEFORE_SEAT = re.compile(r"(?:San|Santa|Santo)\s+[A-ZÁÉÍÓÚÑ]\w+\s+(?:Bautista\s+)?(?=[A-ZÁÉÍÓÚÑ])")


def _story_saint_seat(run: re.Match[str], geo: Geocoder, story_states: tuple[str, ...]) -> tuple[int, int, str] | None:
    """"en la localidad de Buena Vista, San Pedro Soteapan": a municipal seat the press names with its patron saint,
    the gazetteer by its municipality's name only (Soteapan); only a municipality of the story's states."""
    name = run.group().rstrip(".")
    if not story_states or _SAINT_BEFORE_SEAT.match(name) is None:
        return None
    place = geo.resolve(name, context_states=story_states)
    if place is None or place.kind != "municipality" or place.admin1 not in story_states:
        return None
    return run.start(), run.start() + len(name), name


# A typo of a town of the story's states after a preposition of place is that town ("In de Mexicaanse stad
# Salamanco, in de deelstaat Guanajuato", "The attack occurred in Tancitero"): long enough names only.
TYPO_MIN_LENGTH = 8
_TOWN_WORD_BEFORE = re.compile(r"\b(?:in|en|of|de|del|near|at|van|bij|stad|plaats|ciudad|city|town|municipio|"
                               r"municipality|dorp|village|poblado)\s+$", re.I)


def _misspelt_story_town(text: str, run: re.Match[str], geo: Geocoder,
                         story_states: tuple[str, ...]) -> tuple[int, int, str] | None:
    name = run.group().rstrip(".")
    if not story_states or len(name) < TYPO_MIN_LENGTH or len(name.split()) > 2 \
            or not _TOWN_WORD_BEFORE.search(text, max(0, run.start() - 16), run.start()):
        return None
    town = _misspelt_town_of(geo, name, story_states)
    return (run.start(), run.start() + len(name), town) if town is not None else None


def _misspelt_state(text: str, run: re.Match[str], geo: Geocoder) -> tuple[int, int, str] | None:
    """"she died in a shooting on Saturday in Querataro": a state's long name with one letter off, after a word
    of place, is that state (the wires misspell states as they do towns)."""
    name = run.group().rstrip(".")
    if len(name) < TYPO_MIN_LENGTH or " " in name \
            or not _TOWN_WORD_BEFORE.search(text, max(0, run.start() - 16), run.start()):
        return None
    state = geo.misspelt_state(name, min_length=TYPO_MIN_LENGTH)
    return (run.start(), run.start() + len(name), state) if state is not None else None


_ARTICLE_PREFIX = re.compile(r"(?:El|La|Los|Las)\s+")


def _story_town_with_article(text: str, run: re.Match[str], geo: Geocoder,
                             story_states: tuple[str, ...]) -> tuple[int, int, str] | None:
    """"near the town of Los Rayones in the border state of Nuevo Leon": a municipality of the story's states
    said with an article its name lacks (Rayones); only after a word of place, and only in those states ("Los
    Ayala" of a Nayarit story is no Ayala of Morelos)."""
    name = run.group().rstrip(".")
    article = _ARTICLE_PREFIX.match(name)
    if not story_states or article is None or len(name.split()) != 2 \
            or not _TOWN_WORD_BEFORE.search(text, max(0, run.start() - 16), run.start()):
        return None
    town = name[article.end():]
    place = geo.resolve(town, context_states=story_states)
    if place is None or place.admin1 not in story_states or not _town(geo, town):
        return None
    return run.start() + article.end(), run.start() + len(name), town


@lru_cache(maxsize=16384)
def _misspelt_town_of(geo: Geocoder, name: str, states: tuple[str, ...]) -> str | None:
    # cached: the names a story's sentences ask about repeat ("Seguridad Pública", "Guardia Nacional")
    towns = {place.location for state in states
             if (place := geo.misspelt_municipality(name, state=state, min_length=TYPO_MIN_LENGTH)) is not None}
    return next(iter(towns)) if len(towns) == 1 else None


def _unknown_hamlet(text: str, run: re.Match[str]) -> tuple[int, int, str] | None:
    """"la comunidad de Ndoyonuyuji", "el municipio de San Esteban Atlatlahuca": a name the
    gazetteer lacks, placed by a locality or municipality noun. places.py puts a community in
    the town the sentence names, and reads a municipality's name as a typo of one, if it can."""
    if MUNICIPALITY_AFTER.match(text, run.end()):
        return run.start(), run.end(), run.group()
    before = text[max(0, run.start() - 30):run.start()].lower()
    if _NOUN_WORDS.search(before) is None or (LOCALITY_NOUN_BEFORE.search(before) is None
                                              and MUNICIPALITY_BEFORE.search(before) is None):
        return None
    return run.start(), run.end(), run.group()


# (grave accents too: foreign papers write "Jaime Gonzàlez Duràn")
_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñüàèìòù]+")
# Words of an organisation's name, which holds no person's (folded, lower case).
_ORGANISATION_WORDS = frozenset({"cartel", "kartel", "generacion", "generation", "zetas"})


_SENTENCE_END_IN_RUN = re.compile(r"(\w+)\.\s+")


@lru_cache(maxsize=4)
def name_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """Capitalised runs of a whole article as (start, end, run), cut where a sentence ends
    inside one ("Miguel Angel Treviño. Treviño", "en Coahuila. Fue"); abbreviations do not
    end one. Cached: an article's context and its person names both read them."""
    runs: list[tuple[int, int, str]] = []
    for run in CAP_RUN.finditer(text):
        if "." not in run.group():
            runs.append((run.start(), run.end(), run.group()))
            continue
        start = run.start()
        for cut in _SENTENCE_END_IN_RUN.finditer(text, run.start(), run.end()):
            word = cut.group(1)
            if word[-1].isupper() or word.lower() in ABBREVIATIONS:
                continue  # "Cd. Juárez", "U.S. Army": the sentence splitter's abbreviations end no sentence
            runs.extend((m.start(), m.end(), m.group()) for m in CAP_RUN.finditer(text, start, cut.start(1) + len(word)))
            start = cut.end()
        runs.extend((m.start(), m.end(), m.group()) for m in CAP_RUN.finditer(text, start, run.end()))
    return tuple(runs)


def unknown_hamlet_heads(text: str, geo: Geocoder) -> frozenset[str]:
    """The known first part of the hamlets the gazetteer lacks that an article names ("the
    community of Buenavista de los Hurtado"): "Buenavista" alone is then that hamlet, not the
    municipality Buenavista elsewhere."""
    if _NOUN_WORDS.search(text.lower()) is None:
        return frozenset()
    heads = set()
    for start, _end, run in name_runs(text):
        head, connector, _tail = run.partition(" de ")
        if not connector or " " in head or not LOCALITY_NOUN_BEFORE.search(text[max(0, start - 30):start]):
            continue
        if not _known(geo, run.rstrip(".")) and _known(geo, head):
            heads.add(head)
    return frozenset(heads)


# "en las localidades de Chapayal y Zaragoza, municipio de Ixhuatán", "the village of X, in the municipality of Y":
# places told with their municipality once
_ONE_NAME = r"[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]*){0,3}"
_PLACED_IN_MUNICIPALITY = re.compile(
    rf"\b(?:localidad(?:es)?|comunidad(?:es)?|poblados?|ejidos?|rancher[ií]as?|villages?|communities|community|hamlets?)"
    rf"\s+(?:de\s+|of\s+)?(?P<names>{_ONE_NAME}(?:\s*,\s*{_ONE_NAME})*(?:\s+(?:y|e|and)\s+{_ONE_NAME})?)\s*,\s+"
    rf"(?:(?:en\s+)?(?:el\s+)?municipio\s+de|(?:in\s+)?the\s+municipality\s+of)\s+(?P<town>{_ONE_NAME})")
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:y|e|and)\s+")
_PLACED_AFTER = r"(?:(?:localizad[oa]|ubicad[oa]|situad[oa]|located|situated)\s+en\s+|(?:en\s+)?(?:el\s+)?municipio\s+de\s+|in\s+)?"


def hamlet_municipalities(text: str, geo: Geocoder) -> dict[str, str]:
    """The places an article once names with their municipality ("las localidades de Chapayal y Zaragoza, municipio de
    Ixhuatán"), each with that municipality's name: "el poblado de Zaragoza" further on is that one, not the Zaragoza
    of another state."""
    if "municip" not in text:
        return {}
    towns: dict[str, str] = {}
    states: dict[str, str] = {}  # each town's state
    for placed in _PLACED_IN_MUNICIPALITY.finditer(text):
        town = geo.resolve(placed["town"])
        if town is None or town.kind != "municipality":
            continue
        states[placed["town"]] = town.admin1
        for name in _NAME_SEPARATOR.split(placed["names"]):
            if name and name != placed["town"]:
                towns.setdefault(name, placed["town"])
    # ... unless the article places the name elsewhere too: "así como en Las Juntas, localizado en Tamazula, Durango"
    # (its own state after it, "Zaragoza, Chiapas", is no other place)
    for name, town in list(towns.items()):
        for told in re.finditer(rf"\b{re.escape(name)}\s*,\s+{_PLACED_AFTER}(?P<where>{_ONE_NAME})", text):
            where = geo.resolve(told["where"]) if told["where"] != town else None
            if where is not None and not (where.kind == "state" and where.admin1 == states[town]):
                del towns[name]
                break
    return towns


# A town told with its state: "the remote Baja California Sur town of San Ignacio", "San Ignacio, Baja California Sur"
_TOWN_OF_STATE = re.compile(
    rf"\b(?P<state>{lexicon.STATE_NAMES})(?:\s+state)?\s+(?:(?:border|coastal|resort|mountain|mining|farming|port|"
    rf"small|remote|northern|southern)\s+)?(?:town|city|village|hamlet|municipality|port|resort)\s+of\s+(?P<name>{_ONE_NAME})"
    rf"|\b(?P<named>{_ONE_NAME})\s*,\s+(?:(?:en\s+)?(?:el\s+)?estado\s+de\s+|(?:in\s+)?(?:the\s+)?state\s+of\s+)?"
    rf"(?P<its_state>{lexicon.STATE_NAMES})\b")


def stated_town_states(text: str, geo: Geocoder) -> dict[str, str]:
    """The towns an article names once with their state, each with that state: a bare "San Ignacio" elsewhere in it
    (the dek above "the remote Baja California Sur town of San Ignacio") is that one, not Sonora's. A name told with
    two states is left to the usual tie-breaks."""
    found: dict[str, set[str]] = {}
    for told in _TOWN_OF_STATE.finditer(text):
        name, state = (told["name"], told["state"]) if told["name"] else (told["named"], told["its_state"])
        state_name = geo.state_name(state)
        if state_name and not geo.state_name(name):  # (not a list of states: "Guerrero, Chihuahua, Chiapas")
            found.setdefault(name, set()).add(state_name)
    return {name: next(iter(states)) for name, states in found.items() if len(states) == 1}


_STATE_AFTER_TOWN = re.compile(rf"\s+de\s+(?:{lexicon.STATE_NAMES})$")
# First words shared by many towns' names: never a short form of one of them.
_GENERIC_HEADS = frozenset("ciudad villa puerto nuevo nueva general heroica santa santo santiago".split())


def story_short_forms(text: str, geo: Geocoder) -> dict[str, str]:
    """"PINOTEPA NACIONAL, Oax.- ... en el centro de Pinotepa": the first word of a municipality an article names in
    full is that municipality when the gazetteer gives the word alone another one (Pinotepa de Don Luis)."""
    forms: dict[str, str] = {}
    for _start, _end, run in name_runs(text):
        # (the state after a town: "del municipio de Pinotepa Nacional de Oaxaca")
        name = _STATE_AFTER_TOWN.sub("", run.rstrip("."))
        head, _, rest = name.partition(" ")
        words = name.split()
        if len(words) >= 3 and words[0] in _SAINT_HEADS and (saint := " ".join(words[:2])) not in forms:
            # "the border city of San Luis Rio Colorado ... a garbage dump in San Luis": the saint's name and the
            # next word are that municipality, whatever hamlet elsewhere bears them alone
            whole, alone = geo.resolve(name), geo.resolve(saint)
            if whole is not None and whole.kind == "municipality" and (alone is None or alone.location != whole.location):
                forms[saint] = name
        if not rest or len(head) < 5 or head in forms or head.lower() in _GENERIC_HEADS:
            continue
        whole, alone = geo.resolve(name), geo.resolve(head)
        if whole is not None and alone is not None and whole.kind == alone.kind == "municipality" \
                and whole.location != alone.location:
            forms[head] = name
    return forms


_SAINT_HEADS = frozenset({"San", "Santa", "Santo"})


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    # the words of names repeat across articles; fold is pure
    return fold(word)


_PLURAL_ARTICLES = frozenset({"Los", "Las"})


def person_name_words(text: str, geo: Geocoder) -> tuple[frozenset[str], frozenset[str]]:
    """Town names that ``text`` uses inside a person's name: (middle words, surnames).
    A middle word stands between two capitalised words that are no places ("Noe Ramos
    Ferretiz"); alone later ("Ramos had begun his campaign") it is the person, not the town
    (Villa de Ramos). A surname ends a name ("Miguel Angel Treviño"); alone later it is the
    person unless a preposition places it ("Treviño werd opgepakt", not "in Jiménez"); a
    surname follows a given name or two more name words."""
    words, surnames = set(), set()
    for _, _, run in name_runs(text):
        if " " not in run:
            continue
        tokens = run.split()
        if not all(_NAME_WORD.fullmatch(token) for token in tokens):
            continue  # only plain names: no "de", no initials, no numbers
        if any(_folded(token) in _ORGANISATION_WORDS for token in tokens):
            continue  # "Cártel Tijuana Nueva Generación" names a gang, and Tijuana stays a town
        for before, word, after in zip(tokens, tokens[1:], tokens[2:]):
            if geo.state_name(word) is None and geo.is_place_name(word) \
                    and not geo.is_place_name(before) and not geo.is_place_name(after):
                words.add(word)
        # The surname that ends a name: "Miguel Angel Treviño" (not General Treviño), unless
        # the whole run is a place ("Nuevo Laredo", "Benito Juárez").
        first = next((i for i, token in enumerate(tokens[:-1]) if _folded(token) in lexicon.GIVEN_NAMES), None)
        if first is not None and not geo.is_place_name(" ".join(tokens[first:])):
            # "(Journalist) Victor Fernando Álvarez Chávez": every name after a given name is the person's
            surnames.update(t for t in tokens[first + 1:] if geo.state_name(t) is None and geo.is_place_name(t))
        last = tokens[-1]
        if tokens[-2] in _PLURAL_ARTICLES:
            continue  # "Since Los Rayones does not have a local police force": a place's name, no person's
        if len(tokens) == 2 and _folded(tokens[0]) not in lexicon.GIVEN_NAMES:
            continue  # "het Mexicaanse Jiménez", "But Taxco": no first name before it
        if geo.state_name(last) is None and geo.is_place_name(last) and not geo.is_place_name(run) \
                and not any(geo.is_place_name(token) for token in tokens[:-1]):
            surnames.add(last)
    return frozenset(words), frozenset(surnames - words)


# "la sede de la Secretaría de Protección y Vialidad de Gómez Palacio", "the headquarters of the Police of X": the
# building of an office named after its town stands in that town, so what happens at it does too
_BUILDING_GATE = re.compile(r"sede|instalaciones|oficinas|edificio|comandancia|cuartel|headquarters|offices|building|"
                            r"hoofdkwartier|kantoor|gebouw", re.I)
_BUILDING_OF_OFFICE = re.compile(r"\b(?i:sede|instalaciones|oficinas|edificio|comandancia|cuartel|headquarters|offices|"
                                 r"building|hoofdkwartier|kantoor|kantoren|gebouw)\s+(?i:de\s+la\s+|del\s+|de\s+los\s+|"
                                 r"of\s+the\s+|van\s+de\s+|van\s+het\s+)(?:Secretar[ií]a|Polic[ií]a|Fiscal[ií]a|"
                                 r"Procuradur[ií]a|Direcci[oó]n|Presidencia|Ayuntamiento|Gobierno|Government|Police|Politie|"
                                 r"Gemeente)\b[^.;,]{0,50}?\s(?:de|del|of|van)\s+$")
_BUILDING_GATE = GatedPattern(_BUILDING_GATE)  # run only where one of its words occurs


def _owner_of_part(text: str, run: re.Match[str], geo: Geocoder) -> tuple[int, int, str] | None:
    """"in Tijuana's Otay neighborhood": the town that owns a part named after it, when a
    neighbourhood noun follows and the town is big enough to have parts ("Monterrey's Periodico
    ABC" is a newspaper, no place)."""
    if "s " not in run.group() or not NEIGHBOURHOOD_AFTER.match(text, run.end()):
        return None
    owner = POSSESSIVE.match(run.group())
    if owner is None:
        return None
    name = owner.group().rstrip()[:-2]
    return (run.start(), run.start() + len(name), name) if name not in COUNTRY_WORDS and _can_host(geo, name) else None


# Function words a headline capitalises only when it capitalises every word ("Shot Dead In San Luis Potosi").
_TITLE_FUNCTION_WORDS = frozenset({"In", "Of", "At", "On", "For", "To", "The", "After", "Near", "With", "And", "From",
                                   "En", "De", "Del", "La", "El", "Los", "Las", "Tras", "Van", "Het", "Bij", "Op"})
_TITLE_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "y"})
_SMALL_TITLE_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "in", "of", "at", "on", "for", "to", "by", "as",
                                "near", "with", "from", "into", "vs", "vs."})
_TITLE_WORD = re.compile(r"\S+")
_TITLE_PUNCT = "'\",.:;!?()[]“”‘’«»"
_TITLE_TOWN_POPULATION = 20000


def readable_title(title: str, lang: str, geo: Geocoder) -> str:
    """A headline in capitals or in title case ("SHOOTING IN CULIACAN LEAVES THREE DEAD", "Mayor-Elect
    Shot Dead In San Luis Potosi") in sentence case, known states and towns capitalised: the name
    finder reads capitals as names, so a headline capitalising every word hides its place. Other
    headlines come back as they are."""
    words = [w for w in title.split() if any(c.isalpha() for c in w)]
    if len(words) < 3:
        return title
    shouting = not any(c.islower() for c in title)
    capitalised = sum(1 for w in words if w[0].isupper())
    # English headline style leaves only short function words small ("Gunmen Killed in Culiacan Shootout")
    small = [w for w in words if not w[0].isupper()]
    title_case = capitalised >= 0.6 * len(words) and (
        capitalised == len(words) or any(w in _TITLE_FUNCTION_WORDS for w in words[1:])
        or (lang == "en" and all(w.lower() in _SMALL_TITLE_WORDS for w in small)))
    if not (shouting or title_case):
        return title
    tokens = list(_TITLE_WORD.finditer(title))
    out = title.lower()
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 5), i, -1):
            core = " ".join(t.group() for t in tokens[i:j]).strip(_TITLE_PUNCT)
            if core.endswith(("'s", "’s", "'S", "’S")):  # "MEXICO'S", "Sinaloa's"
                core = core[:-2]
            name = " ".join(w if w in _TITLE_CONNECTORS and k else w[:1].upper() + w[1:]
                            for k, w in enumerate(core.lower().split()))
            if name and _headline_place(geo, name):
                start = tokens[i].start() + tokens[i].group().find(core[:1])
                out = out[:start] + name + out[start + len(name):]
                i = j
                break
        else:
            i += 1
    return out[:1].upper() + out[1:]


def _headline_place(geo: Geocoder, name: str) -> bool:
    """A state, a municipality or a large town: the places a headline names, not a hamlet
    called like a common word."""
    if name in COUNTRY_WORDS or _state(geo, name):
        return True
    candidates = geo.candidates(name)
    return bool(candidates) and (candidates[0].kind == "municipality"
                                 or (candidates[0].population or 0) >= _TITLE_TOWN_POPULATION)


CITY_NOUN_BEFORE = re.compile(r"\b(?:ciudad|city|town|stad|plaats)\s+(?:de\s+|of\s+)?$", re.I)


def _city_without_prefix(text: str, run: re.Match[str], geo: Geocoder) -> tuple[int, int, str] | None:
    """"de stad Mante", "the city of Mante": a town named without the "Ciudad" or "El" of
    its name (Ciudad Mante, El Mante), tried only after a city noun, where a name is a place."""
    before = text[max(0, run.start() - 12):run.start()]
    if not CITY_NOUN_BEFORE.search(before) or " " in run.group():
        return None
    for form in (f"Ciudad {run.group()}", f"El {run.group()}"):
        place = geo.resolve(form)
        if place is not None and place.kind in ("municipality", "locality"):
            return run.start(), run.end(), form
    return None


def place_names(text: str, geo: Geocoder) -> list[tuple[int, int, str]]:
    """Every known place name in ``text``, traps or not: (start, end, name)."""
    return [found for run in CAP_RUN.finditer(text) if (found := _name_in_run(run.group(), run.start(), geo))]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with trap spans turned into commas, so a masked item still separates a list."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
        chars[s] = ","
    return "".join(chars)


def is_list_gap(gap: str) -> bool:
    """Only separators, conjunctions, articles and place nouns between two names."""
    if _CLOSING_QUOTE.search(gap):  # '... in Chihuahua City," Gonzalez said': the quotation ended, no list goes on
        return False
    tokens = _GAP_TOKEN.findall(gap.lower())
    return len(tokens) <= 8 and all(t in lexicon.LIST_WORDS for t in tokens)


_LIST_GOES_ON = re.compile(r"\s*(?:,|\s(?:y|e|and|en|o|or|of)\s)\s*[A-ZÁÉÍÓÚÑ]")


def _town_of_state(anchor: Mention, cur: Mention, text: str, geo: Geocoder) -> bool:
    """"el municipio de Hidalgo, Nuevo León", "in Hidalgo, Nuevo Leon": a town named like a
    state, with the state it lies in, unless more names follow (a list of states)."""
    if _LIST_GOES_ON.match(text, cur.end) or anchor.state == cur.state:
        return False
    return anchor.municipality or any(c.kind == "municipality" for c in geo.candidates(anchor.name, state=cur.state))


_NEXT_ITEM_GAP = re.compile(r"\s*[,;]\s*(?:(?:y|e|and|en|así\s+como|as\s+well\s+as)\s+)?(?:en|in)\s+")


def _place_then_its_town(text: str, anchor: Mention, cur: Mention) -> bool:
    """"en Atengo, Tezontepec de Aldama.": a place placed outright, then (after a comma) a name and no
    list going on after it ("en Tijuana, Culiacán y Acapulco" is a list)."""
    return anchor.context == "strong" and not anchor.continues_list and not cur.state \
        and text[anchor.end:cur.start].strip() == "," and not _LIST_GOES_ON.match(text, cur.end)


def _hamlet_then_town(text: str, anchor: Mention, cur: Mention, following: Mention | None, geo: Geocoder) -> bool:
    """"la comunidad de San José del Rincón, Guadalupe y Calvo"; "en San José del Rincón, Guadalupe y
    Calvo, Chihuahua": a place, then the municipality it lies in (a municipality elsewhere by the
    first name's own is no second place of a list)."""
    if not _town(geo, cur.name):
        return False
    if anchor.locality and ONE_SETTLEMENT_BEFORE.search(text, max(0, anchor.start - 40), anchor.start):
        return True
    if following is not None and _NEXT_ITEM_GAP.fullmatch(text, cur.end, following.start) \
            and not any(c.kind == "municipality" for c in geo.candidates(anchor.name)):
        # "en las comunidades rurales de Chichimequillas, Fresnillo, en Bañón, Villa de Cos": the preposition
        # repeated opens the next item, so "Chichimequillas, Fresnillo" is one, a place and its municipality
        return True
    if _place_then_its_town(text, anchor, cur) and (state := _state_of_municipality(geo, cur.name)) \
            and not geo.candidates(anchor.name, state=state):
        # "un motociclista fue ultimado en San Francisco Bojay, Tula de Allende": a place, then the one municipality
        # of that name, of a state that holds no place of the first name: a hamlet the gazetteer lacks, not the
        # first name's namesake elsewhere
        return True
    if following is None or not following.state or not QUALIFIER_GAP.match(text[cur.end:following.start]):
        return False
    # "A, B, State": B a municipality of that state, A none of its places
    return any(c.kind == "municipality" for c in geo.candidates(cur.name, state=following.state)) \
        and not geo.candidates(anchor.name, state=following.state)


def _state_of_municipality(geo: Geocoder, town: str) -> str | None:
    """The state of the one municipality called ``town``, or None."""
    states = {c.admin1 for c in geo.candidates(town) if c.kind == "municipality"}
    return next(iter(states)) if len(states) == 1 else None


def _lies_in(geo: Geocoder, name: str, town: str) -> bool:
    """The gazetteer holds a place ``name`` in the municipality ``town`` ("Gustavo Díaz Ordaz (Ahome)")."""
    towns = {(c.admin1, c.admin2) for c in geo.candidates(town) if c.kind == "municipality"}
    return any((c.admin1, c.admin2) in towns for c in geo.candidates(name))


def _item_amid_a_list(text: str, anchor: Mention, cur: Mention, following: Mention | None, geo: Geocoder) -> bool:
    """Whether the state's name ``cur`` is an item of the list of towns it stands in, the list going on after it
    ("los municipios de Juchipila, Tlaltenango, Jalpa, Momax, Tabasco y Villanueva": Tabasco, Zacatecas), not the
    state qualifying the town before it."""
    return anchor.continues_list and following is not None and not following.state \
        and is_list_gap(text[cur.end:following.start]) \
        and any(c.kind == "municipality" for c in geo.candidates(cur.name))


def _listed_before(mentions: list[Mention], last: Mention) -> list[Mention]:
    """The mentions of the list that ``last`` ends, before it."""
    listed: list[Mention] = []
    at = next(i for i, m in enumerate(mentions) if m is last)
    while at > 0 and mentions[at].continues_list:
        at -= 1
        listed.append(mentions[at])
    return listed


def _link(text: str, mentions: list[Mention], traps: list[tuple[int, int]], geo: Geocoder) -> None:
    """Lists inherit the context of their first item; a state right after a town qualifies it."""
    blanked = _blank(text, traps)
    anchor: Mention | None = None
    last_end = 0
    nxt = {id(m): following for m, following in zip(mentions, mentions[1:])}
    reference_of: dict[int, Mention] = {}  # a reference point ("al sur del poblado X") -> the place it locates
    for cur in mentions:
        if anchor is None:
            anchor, last_end = cur, cur.end
            continue
        gap = blanked[last_end:cur.start]
        if cur.name in COUNTRY_WORDS and gap.strip() in (",", "("):
            cur.is_qualifier = True  # "Querétaro, México": the country, not the State of Mexico
            last_end = cur.end
            continue
        if anchor.state and not cur.state and _POSSESSIVE_ADJECTIVE_GAP.match(gap) and cur.context in ("none", "weak"):
            # "Quintana Roo's plush Playa del Carmen was the scene of": the state says which town, told as the town
            anchor.is_qualifier, cur.qualifier, cur.context = True, anchor.state, anchor.context
            anchor, last_end = cur, cur.end
            continue
        if anchor.qualifier is None and _place_then_its_town(text, anchor, cur) \
                and _lies_in(geo, anchor.name, cur.name):
            # "en Atengo, Tezontepec de Aldama": the Atengo of that municipality's state, not the Jalisco one
            anchor.qualifier = _state_of_municipality(geo, cur.name)
        amid = cur.state is not None and QUALIFIER_GAP.match(gap) is not None \
            and _item_amid_a_list(blanked, anchor, cur, nxt.get(id(cur)), geo)
        # ... and so is its last item after "y", "and": "entre los municipios de Jalpa y Tabasco"
        last_item = cur.state is not None and _AND_GAP.fullmatch(gap) is not None \
            and any(c.kind == "municipality" for c in geo.candidates(cur.name))
        if (amid or last_item) and any(m.municipality for m in [anchor, *_listed_before(mentions, anchor)]):
            cur.municipality = True  # an item of a list of municipalities is one
            amid = True
        if cur.state and anchor.qualifier is None and QUALIFIER_GAP.match(gap) and anchor.name not in COUNTRY_WORDS \
                and (not anchor.state or _town_of_state(anchor, cur, text, geo)) and not amid \
                and not MUNICIPALITIES_AFTER.match(text, cur.end):  # "Mexico, in de staat X": the state
            # (but "between Jalpa and Tabasco municipalities": both towns)
            cur.is_qualifier = True
            anchor.qualifier = cur.state
            listed = _listed_before(mentions, anchor)
            if listed and listed[-1].municipality:
                # "los municipios de Hidalgo y Padilla, Tamaulipas": the state of a list of municipalities is each one's
                for other in listed:
                    other.qualifier = other.qualifier or cur.state
            last_end = cur.end
            continue
        # "in El Terrero and Pueblo Nuevo in the municipality of Jilotlan de los Dolores": the list's places lie in the
        # municipality after it, placed as the list is
        # (no comma: "San Francisco Tláloc, en Tlalancaleca, y Atotonilco, municipio de Ixtacuixtla" is Atotonilco's only)
        located = reference_of.get(id(anchor))
        if located is not None and located.locality and cur.municipality and not cur.state and SUBPLACE_GAP.match(gap):
            # "en el ejido La Presa, al sur del poblado Valadeces, municipio de Gustavo Díaz Ordaz": the municipality
            # after the reference point is the hamlet's too
            cur.context, cur.part_of, located.context = located.context, True, "none"
            anchor, last_end = cur, cur.end
            continue
        listed_head = _listed_before(mentions, anchor)[:1] \
            if anchor.continues_list and cur.municipality and "," not in gap and SUBPLACE_GAP.match(gap) else []
        if listed_head and anchor.context == "none":
            anchor.context = listed_head[0].context
        if anchor.context in ("strong", "list", "weak") and anchor.name not in COUNTRY_WORDS and (
                SUBPLACE_GAP.match(gap) or anchor.locality and not cur.state and (
                    _IN_TOWN_GAP.match(gap)
                    # "the villages of Tamarindo and Cardel in Puente Nacional municipality"
                    or cur.municipality and _BARE_IN_GAP.match(gap))
                # "la comunidad de El Limón (Tuzantla)", "the village of X (Tuzantla municipality)": its municipality
                or gap.strip() == "(" and not cur.state and _PAREN_TOWN_END.match(text, cur.end) and _town(geo, cur.name)
                and not _lies_in(geo, anchor.name, cur.name)
                or gap.strip() == "," and not cur.state and _hamlet_then_town(text, anchor, cur, nxt.get(id(cur)), geo)):
            # "la ranchería El Guayabo, en Tonalá": the hamlet lies in the town after it
            if cur.state and not (cur.municipality and IN_MUNICIPALITY.search(gap)):
                # "the Acayucan municipality of Veracruz": the state qualifies the town; "la brecha
                # Rancherías en el municipio de Hidalgo" names the municipality Hidalgo
                cur.is_qualifier, anchor.qualifier = True, anchor.qualifier or cur.state
                last_end = cur.end
                continue
            cur.context, cur.part_of, anchor.context = anchor.context, True, "none"  # the hamlet's municipality
            if anchor.locality or listed_head:  # "las comunidades de El Carmen y La Esperanza, municipio de Pantelhó": each of them,
                # unless the gazetteer holds it in that municipality ("San Miguel Taimeo y Santa Cruz, municipio de
                # Zinapécuaro": San Miguel Taimeo)
                for listed in _listed_before(mentions, anchor):
                    if not _lies_in(geo, listed.name, cur.name):
                        listed.context = "none"
                    elif listed.qualifier is None:  # ... and that one in the municipality's state ("El Terrero ... in the
                        listed.qualifier = _state_of_municipality(geo, cur.name)  # municipality of Jilotlán", Jalisco)
            anchor, last_end = cur, cur.end
            continue
        if cur.state and anchor.context in ("destination", "departure") and CAPITAL_APPOSITION_GAP.match(gap):
            # "taken to Culiacan, the capital of Sinaloa": the state qualifies where they went, and is
            # not read as its capital, a place of the event
            cur.is_qualifier, anchor.qualifier = True, anchor.qualifier or cur.state
            last_end = cur.end
            continue
        if APPOSITION_GAP.match(gap):
            if cur.state and not (cur.state == "Ciudad de México" and _BESIDE_THE_CITY.search(gap)):
                # "X, a city in the state of Y": the state qualifies the town (but "a suburb ... on the edge of
                # Mexico City" names the city beside it, in another state)
                cur.is_qualifier, anchor.qualifier = True, anchor.qualifier or cur.state
                last_end = cur.end
                continue
            cur.context = "none"  # "X, a city in the Monterrey metropolitan area": a reference point
            anchor.near = anchor.near or cur.name
            anchor, last_end = cur, cur.end
            continue
        # ... but after a state, "near the town of X" says where in it ("in Coahuila, near the town of Hidalgo")
        refines_state = anchor.state is not None and (not cur.state or cur.named_as_place)
        if cur.context in ("strong", "none", "weak") and (NEAR_GAP.match(gap) and not refines_state
                                                         or not cur.state and REGION_GAP.match(gap)):
            cur.context = "none"  # "nabij Monterrey" locates the place before it
            anchor.near = anchor.near or cur.name
            reference_of[id(cur)] = anchor
            anchor, last_end = cur, cur.end
            continue
        cur.continues_list = is_list_gap(gap)
        if cur.continues_list and anchor.context == "departure":
            cur.context = "departure"  # "fled to X and to Y", "encontrado resguardo en X y en la sindicatura de Y"
        elif cur.continues_list and anchor.context in ("strong", "list", "destination", "weak", "subject") \
                and (cur.context in ("none", "weak")
                     or cur.context == "destination" and anchor.context in ("strong", "list")):
            cur.context = "list" if anchor.context in ("strong", "list") else anchor.context
            if cur.context == "subject" and normalize(cur.name) in lexicon.AMBIGUOUS_NAMES:
                cur.context = "list"  # "Celaya, León, Irapuato y Salamanca registraron ...": León the town, as Celaya
            cur.part_of = cur.part_of or bool(PART_OF.search(gap.lower()))
            cur.locality = cur.locality or anchor.locality  # "las comunidades de A, B y C"
        anchor, last_end = cur, cur.end


def multi_state_spans(text: str) -> list[tuple[int, int]]:
    """'in 20 Mexicaanse staten', 'en varios estados': unnamed states."""
    return [m.span() for m in MULTI_STATE.finditer(text)]


ROAD_BETWEEN_TOWNS = re.compile(lexicon.ROAD_BETWEEN_TOWNS)
HIGHWAY = LowerCasePattern(lexicon.HIGHWAY)  # spans and truth only
_DASH = re.compile(r"\s*[-–—]\s*")
_TOWN_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'.]*(?:\s+(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|del\s+|de\s+)?[A-ZÁÉÍÓÚÑ][\w’'.]*)*")


def road_towns(text: str) -> list[list[str]]:
    """The names of the towns each road in ``text`` is named after or joins, two or more a road
    ("la carretera Rayón-Cárdenas", "una carretera que une las ciudades Briseñas y Sahuayo")."""
    roads = [_DASH.split(road["towns"] or road["towns_before"]) for road in ROAD_BETWEEN_TOWNS.finditer(text)]
    roads += [[name.rstrip(".") for name in _TOWN_NAME.findall(text[start:end])] for start, end in trap_spans(text)
              if HIGHWAY.search(text, max(0, start - 60), start)]
    return [names for names in roads if len(names) > 1]
