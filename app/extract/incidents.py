"""Assembling incident records from a sentence's event types, places, dates and counts.

The flow per sentence: triggers (lexicon) -> place mentions (mentions) -> each trigger is
attached to the nearest group of places in its clause -> one record per event type and
place, with the counts whose cue words sit nearest that group. Across the article,
records with the same type, place and date merge; state- and country-level records give
way to more precise ones of the same type and date inside them.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Sequence

from app.articles import Article
from app.extract import lexicon
from app.extract.dates import DATE_GATES, sentence_date
from app.extract.gates import GateSet
from app.extract.mentions import FAMILY_GATES, MULTI_STATE, Mention, find_mentions, multi_state_spans
from app.extract.quantities import find_numbers, nearest_count
from app.extract.sentences import Sentence, split_sentences

_FLAGS = re.I
# Event wording is matched case-sensitively against the lower-cased sentence: the same
# result as re.I, several times faster (Python's re is slow on case-folded alternations).
TRIGGERS: dict[str, dict[str, re.Pattern[str]]] = {
    etype: {lang: re.compile("|".join(f"(?:{p})" for p in pats)) for lang, pats in by_lang.items()}
    for etype, by_lang in lexicon.EVENTS.items()
}
NEGATIVE = {etype: re.compile("|".join(f"(?:{p})" for p in pats))
            for etype, pats in lexicon.NEGATIVE_EVENTS.items()}
LANGS = ("nl", "es", "en")
NEGATED = {etype: re.compile("|".join(pats)) for etype, pats in lexicon.NEGATED.items()}  # on lower case
DENIAL = re.compile(lexicon.DENIAL)  # on lower case
SINGULAR_DEATH = {lang: re.compile(p) for lang, p in lexicon.SINGULAR_DEATH.items()}  # on lower case
COUNT_CUES = {field: {lang: re.compile(p) for lang, p in by_lang.items()}  # on lower case
              for field, by_lang in lexicon.COUNT_CUES.items()}
BACKGROUND = re.compile("|".join(lexicon.BACKGROUND))  # on lower case
ANAPHORA = re.compile(r"\b(?:(?:de|deze|die|het|the|this|that|el|este|dicho|ese|la|esta|dicha|esa)\s+"
                      r"(?:operatie|operation|operativo|operaci[oó]n|inval|raid|actie))\b", _FLAGS)
VEHICLES = re.compile(r"\b(?:veh[ií]cul\w+|vehicles?|voertuig\w*|auto'?s?|auto’s|autobus\w*|bus(?:sen|es)?|camion\w*|"
                      r"vrachtwagen\w*|trucks?|tr[aá]ilers?|cars?|carros|unidades)\b", _FLAGS)
BUSINESSES = re.compile(r"\b(?:negocios?|comercios?|tiendas?|farmacias?|gasolinera\w*|oxxo|bancos?|"
                        r"establecimientos|tankstation\w*|benzinestation\w*|winkel\w*|bedrijven|"
                        r"businesses|stores?|shops?|gas stations?|pharmacies|banks?|casas?|huizen|homes)\b", _FLAGS)
ACTORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p)) for name, p in (  # on lower case
    ("Mexican Army", r"\b(?:leger|ej[eé]rcito|army|sedena|militair\w*|militares|soldiers|soldaten|troops|troepen)\b"),
    ("National Guard", r"\b(?:nationale garde|guardia nacional|national guard)\b"),
    ("Mexican Navy", r"\b(?:marina|semar|navy|marines|mariniers)\b"),
    ("Police", r"\b(?:politie|polic[ií]a\w*|police|agenten)\b"),
    ("CJNG", r"\b(?:cjng|jalisco new generation|jalisco-?kartel|jaliscokartel|nueva generaci[oó]n|nieuwe generatie)\b"),
    ("Sinaloa Cartel", r"\b(?:sinaloa-?(?:drugs)?kartel|sinaloakartel|c[aá]rtel de sinaloa|sinaloa cartel)\b"),
))
TOWN_ANAPHORA = re.compile(lexicon.TOWN_ANAPHORA, _FLAGS)
STATE_AUTHORITY = re.compile(lexicon.STATE_AUTHORITY, _FLAGS)
STATE_ANAPHORA = re.compile(lexicon.STATE_ANAPHORA, _FLAGS)
NATIONAL = re.compile(lexicon.NATIONAL, _FLAGS)
US_BORDER = re.compile(lexicon.US_BORDER, _FLAGS)
REGION_OF_MEXICO = re.compile(lexicon.REGION_OF_MEXICO, _FLAGS)
EVENT_PLACE = {lang: (re.compile(lexicon.EVENT_PLACE_BEFORE[lang], _FLAGS), re.compile(lexicon.EVENT_PLACE_AFTER[lang], _FLAGS))
               for lang in LANGS}
CITY_NOUN = re.compile(lexicon.CITY_NOUN, _FLAGS)
TITLE_STATE = re.compile(r"(?:\b(?:gobernador[a]?|governor|gouverneur|gobierno|secretari[oa] de gobierno)\s+(?:del?|of|van)"
                         r"\s+(?:(?:l\s+)?estado\s+de\s+|the\s+state\s+of\s+)?(?P<a>[A-ZÁÉÍÓÚ][\w ]+?)\b(?=[,.;:]|\s+[a-z(]|$)"
                         r"|(?P<b>[A-ZÁÉÍÓÚ]\w+(?: [A-ZÁÉÍÓÚ]\w+)?)[- ](?:gouverneur|[Gg]overnor)\b)")
DEFINITE_BEFORE = re.compile(lexicon.DEFINITE_BEFORE)
COMMA_PENALTY, CLAUSE_PENALTY = 60, 150
ARTICLE_STATE_CONFIDENCE = 0.4
# Mention contexts that place an event: "in X", a list that began so, X as the sentence's subject.
PLACED = ("strong", "list", "subject")
LIST_LINE_WORDS = 14  # a line this short without a full stop is a heading or a list item
POINT_EVENTS = frozenset({"death", "attack", "arrest", "operation", "seizure"})  # an event placed only by the state the article is about


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

    def accepts(self, etype: str) -> bool:
        return self.only is None or etype in self.only


# ---------------------------------------------------------------- triggers

def _lower(text: str) -> str:
    low = text.lower()
    # lower() keeps offsets except for a few characters ("İ"); fall back to casefolding
    # character by character then, which keeps the length.
    return low if len(low) == len(text) else "".join(ch.lower()[0] for ch in text)


# Per language: (type, pattern finditer, negative pattern or None), and one scan that
# tells which types' wording may occur (their gates, checked together).
_TABLE = {lang: [(etype, by_lang[lang].finditer, NEGATIVE.get(etype))
                 for etype, by_lang in TRIGGERS.items()] for lang in LANGS}


def _sentence_patterns(lang: str) -> dict[Any, str | frozenset[str]]:
    """Every pattern a sentence is checked against, by key, for the one-scan gate."""
    patterns: dict[Any, str | frozenset[str]] = {etype: by_lang[lang].pattern for etype, by_lang in TRIGGERS.items()}
    patterns.update({("actor", name): pattern.pattern for name, pattern in ACTORS})
    patterns.update({("cue", name): cues[lang].pattern for name, cues in COUNT_CUES.items()})
    patterns.update({("negated", etype): pattern.pattern for etype, pattern in NEGATED.items()})
    patterns.update({"denial": DENIAL.pattern, "background": BACKGROUND.pattern,
                     "multi_state": MULTI_STATE.pattern, "title_state": TITLE_STATE.pattern})
    patterns.update({("event_place", i): p.pattern for i, p in enumerate(EVENT_PLACE[lang])})
    patterns.update(FAMILY_GATES)  # trap words, for trap_spans
    patterns.update(DATE_GATES)    # date words, for sentence_date
    return patterns


# One scan of a lower-cased sentence says which of these patterns may match it.
_SENTENCE_GATES = {lang: GateSet(_sentence_patterns(lang)) for lang in LANGS}


def scan_sentence(text: str, lang: str) -> tuple[str, set[Any]]:
    """The lower-cased sentence and the keys of the patterns that may match it."""
    low = _lower(text)
    return low, _SENTENCE_GATES[lang].scan(low)


def find_triggers(text: str, lang: str, scanned: tuple[str, set[Any]] | None = None) -> tuple[tuple[str, int, int], ...]:
    """(event_type, start, end) for every event wording in ``text``."""
    low, possible = scanned or scan_sentence(text, lang)
    found: list[tuple[str, int, int]] = []
    for etype, finditer, negative in _TABLE[lang]:
        if etype not in possible:
            continue
        matches = list(finditer(low))
        if not matches:
            continue
        bad = [m.span() for m in negative.finditer(low)] if negative else []
        for match in matches:
            if not any(s <= match.start() < e for s, e in bad):
                found.append((etype, match.start(), match.end()))
    if any(t[0] == "roadblock" for t in found) and VEHICLES.search(text):
        # Burning vehicles that block a road are the roadblock, not a separate arson,
        # unless the burning is of shops, stations or houses.
        found = [t for t in found if t[0] != "arson" or BUSINESSES.search(text, max(0, t[1] - 30), t[2] + 30)]
    for etype, pattern in NEGATED.items():  # "no deaths were reported", "sin detenidos"
        if ("negated", etype) in possible and pattern.search(low):
            found = [t for t in found if t[0] != etype]
    if "denial" in possible and DENIAL.search(low):  # "desmintió la presunta captura"
        found = [t for t in found if t[0] not in lexicon.DENIABLE]
    return tuple(found)


# ---------------------------------------------------------------- places in a sentence

class PlaceResolver:
    """Resolves mentions once per article, with the article's states as context."""

    def __init__(self, geo: Any, context_states: Sequence[str]) -> None:
        self.geo = geo
        self.context_states = tuple(context_states)
        self.cache: dict[tuple[str, str | None], Any] = {}

    def resolve(self, name: str, state: str | None = None) -> Any:
        key = (name, state)
        if key not in self.cache:
            self.cache[key] = self.geo.resolve(name, state=state, context_states=self.context_states)
        return self.cache[key]


def _acceptable(mention: Mention, place: Any, context_states: Sequence[str] = ()) -> bool:
    """Strictness against person names and hamlets that share a name with a surname."""
    from app.geo.gazetteer import normalize
    if place is None or getattr(place, "country", "MX") != "MX" or place.kind == "country":
        return False  # a bare "Mexico" never locates an incident; unnamed states do (MULTI_STATE)
    key = normalize(mention.name)
    if key in lexicon.FOREIGN_NAMES:
        return False
    if key in lexicon.AMBIGUOUS_NAMES and mention.context not in ("strong", "list"):
        return False
    if mention.locality and place.kind == "municipality" and context_states and place.admin1 not in context_states:
        return False  # "ranchería González" in Tabasco is not the municipality of González, Tamaulipas
    if place.kind == "locality" and (place.population or 0) < 20000 and context_states \
            and place.admin1 not in context_states and mention.qualifier is None:
        return False  # a small homonym in a state the article never names is a wrong guess
    if place.kind == "locality" and (place.population or 0) < 5000 and not mention.named_as_place:
        # Hamlets share names with surnames and words: only "in X Y" or a populated one.
        multiword = " " in mention.name.strip()
        if mention.context not in ("strong", "list") or (not multiword and (place.population or 0) < 1000):
            return False
    return True


_ARTICLE = re.compile(r"^(?:El|La|Los|Las)\s+")


def _municipality_named(mention: Mention, resolver: PlaceResolver) -> Any:
    """"The municipality of El Mezquital": the municipality (Mezquital, Durango), not a
    village of that name elsewhere."""
    bare = _ARTICLE.sub("", mention.name)
    for state in ([mention.qualifier] if mention.qualifier else []) + list(resolver.context_states):
        place = resolver.resolve(bare, state)  # a municipality of that name in a state the article names
        if place is not None and place.kind == "municipality":
            return place
    place = resolver.resolve(bare, mention.qualifier) if bare != mention.name else None
    return place if place is not None and place.kind == "municipality" else None


def _as_state(mention: Mention, resolver: PlaceResolver, text: str, group_has_state: bool) -> Any:
    """'Guanajuato' alone, in a list of states or after 'de staat' is the state, not its
    capital; 'la ciudad de Colima' stays the city. Mexico City is left to the geocoder."""
    if not mention.state or mention.state == "Ciudad de México":
        return None
    before = text[max(0, mention.start - 30):mention.start]
    if CITY_NOUN.search(before) and not group_has_state:
        return None
    return resolver.resolve(f"estado de {mention.state}")


def _groups(text: str, mentions: list[Mention], resolver: PlaceResolver, allowed: tuple[str, ...]) -> list[Group]:
    groups: list[Group] = []
    previous: Mention | None = None
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
        place = place or resolver.resolve(mention.name, mention.qualifier)
        if mention.municipality and place is not None and place.kind in ("locality", "state"):
            # "el municipio de Hidalgo" in an article about Michoacán: the municipality
            place = _municipality_named(mention, resolver) or place
        if not _acceptable(mention, place, resolver.context_states):
            continue
        if mention.state and place is not None and place.kind != "state" and place.admin1 == mention.state \
                and not mention.municipality:
            has_state = any(p.kind == "state" for g in groups[-1:] for p, _, _ in g.places) \
                and mention.continues_list
            place = _as_state(mention, resolver, text, has_state) or place
        if groups and mention.continues_list and groups[-1].places and groups[-1].places[-1][1] is previous:
            group = groups[-1]
            last = group.places[-1][0]
            if place.kind in ("municipality", "locality") and (last.admin1, last.admin2) == (place.admin1, place.admin2):
                previous = mention  # "la comunidad de Tepochica, en Iguala": the town it lies in, no second place
                continue
            group.places.append((place, mention, mention.part_of))
            group.end = mention.end
            if place.kind == "state":  # a homonym earlier in a list of states is a state too
                group.places = [(_as_state(m, resolver, text, True) or p, m, po) if m is not None else (p, m, po)
                                for p, m, po in group.places]
        else:
            groups.append(Group(mention.start, mention.end, [(place, mention, mention.part_of)]))
        previous = mention
    return groups


def _distance(text: str, start: int, end: int, group: Group) -> int:
    if group.start <= start and end <= group.end:
        return 0
    gap = text[end:group.start] if end <= group.start else text[group.end:start]
    penalty = gap.count(",") * COMMA_PENALTY + (gap.count(";") + gap.count(":")) * CLAUSE_PENALTY
    return len(gap) + penalty


def _gap_cost(text: str, start: int, end: int, group: Group) -> int:
    """How far a group lies from a trigger in clause terms: only clause breaks count."""
    if group.start <= start and end <= group.end:
        return 0
    gap = text[end:group.start] if end <= group.start else text[group.end:start]
    return (gap.count(";") + gap.count(":")) * CLAUSE_PENALTY + (CLAUSE_PENALTY if len(gap) > 200 else 0)


def _nearest(text: str, start: int, end: int, groups: list[Group]) -> Group:
    return min(groups, key=lambda g: _distance(text, start, end, g))


# ---------------------------------------------------------------- records

def _actors(low: str, possible: set[Any]) -> list[str]:
    return [name for name, pattern in ACTORS if ("actor", name) in possible and pattern.search(low)]


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


def _record(article: Article, etype: str, place: Any, mention_text: str, part_of: bool,
            sentence: Sentence, date: tuple[dt.date, str], counts: dict[str, int | None],
            confidence: float, actors: list[str]) -> dict[str, Any]:
    fields = _place_fields(place)
    precision = fields.get("geo_precision", 1)
    if part_of and precision == 1:
        precision = 2
    # Built in the order of FIELDS (the CSV column order; tests check it).
    return {
        "incident_id": "", "article": article.id, "event_type": etype,
        "event_date": date[0].isoformat(), "date_precision": date[1],
        "location": fields["location"], "admin2": fields.get("admin2"), "admin1": fields.get("admin1", ""),
        "country": fields.get("country", "MX"), "latitude": float(fields["latitude"]),
        "longitude": float(fields["longitude"]), "geo_precision": precision,
        "fatalities": counts.get("fatalities") if etype == "death" else None,
        "injured": counts.get("injured") if etype in ("death", "attack", "operation") else None,
        "arrested": counts.get("arrested") if etype == "arrest" else None,
        "actors": list(actors), "place_mention": mention_text,
        "evidence": sentence.text, "evidence_start": sentence.start, "evidence_end": sentence.end,
        "language": article.language, "confidence": round(confidence, 2),
    }


def _place_key(record: dict[str, Any]) -> tuple:
    return (record["admin1"], record["admin2"] or "", record["location"], record["geo_precision"] >= 3)


def _merge(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per event type, place and date: the first evidence, the largest counts."""
    merged: dict[tuple, dict[str, Any]] = {}
    for record in records:
        key = (record["event_type"], _place_key(record), record["event_date"])
        if key not in merged:
            merged[key] = record
            continue
        kept = merged[key]
        for count in ("fatalities", "injured", "arrested"):
            if record[count] is not None and (kept[count] is None or record[count] > kept[count]):
                kept[count] = record[count]
        kept["confidence"] = max(kept["confidence"], record["confidence"])
        kept["actors"] = sorted(set(kept["actors"]) | set(record["actors"]))
    return list(merged.values())


_EVENT_PLACE_KEYS = frozenset({("event_place", 0), ("event_place", 1)})


def _remember_event_place(text: str, lang: str, resolver: PlaceResolver, date: tuple[dt.date, str],
                          published: dt.date, state: _State) -> None:
    """The town a sentence says the event happened in ("..., where the attack occurred";
    "the massacre took place in X"), even inside a trap span."""
    from app.extract.mentions import MUNICIPALITY_BEFORE, place_names
    before, after = EVENT_PLACE[lang]
    names = place_names(text, resolver.geo)
    for pattern, pick in ((before, lambda m: [n for n in names if n[1] <= m.start()][-1:]),
                          (after, lambda m: [n for n in names if n[0] >= m.end()][:1])):
        match = pattern.search(text)
        if match is None:
            continue
        for start, _, name in pick(match):
            place = resolver.resolve(name)
            if place is not None and place.kind == "locality" and MUNICIPALITY_BEFORE.search(text, max(0, start - 30), start):
                bare = _ARTICLE.sub("", name)  # "the municipality of El Mezquital"
                municipality = resolver.resolve(bare) if bare != name else None
                place = municipality if municipality is not None and municipality.kind == "municipality" else place
            if place is not None and place.kind in ("municipality", "locality"):
                # "said Saturday that the attack, which happened Thursday in X": the day after the phrase
                state.event_places.append((place, sentence_date(text[match.start():], published) or date))
                return


def _relocate_to_event_places(records: list[dict[str, Any]],
                              event_places: list[tuple[Any, tuple[dt.date, str]]]) -> list[dict[str, Any]]:
    """Point events placed only roughly (near a town, a state, the country) around the day of
    an event the article later places exactly ("the attack, which happened Thursday in X"),
    move there and take its day."""
    if not event_places:
        return records
    moved = []
    for r in records:
        if r["event_type"] in POINT_EVENTS and r["geo_precision"] >= 2 or r["geo_precision"] >= 3:
            for place, (day, _) in event_places:
                fields = _place_fields(place)
                if abs((dt.date.fromisoformat(r["event_date"]) - day).days) <= 3 and r["admin2"] != fields.get("admin2"):
                    r = {**r, **{f: fields.get(f) for f in ("location", "admin2", "admin1", "country")},
                         "event_date": day.isoformat(),
                         "latitude": float(fields["latitude"]), "longitude": float(fields["longitude"]),
                         "geo_precision": fields.get("geo_precision", 1), "confidence": min(r["confidence"], 0.6)}
                    break
        moved.append(r)
    return moved


def _relocate_to_town(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"A battle in the State of Mexico left 14 dead ... The incident occurred in the
    community of Texcaltitlán": a point event coded at state level moves to the one
    municipality of that state where the article places events of that day. Events that
    spread (roadblocks, arson, disruption, unrest) stay state-wide."""
    towns: dict[tuple[str, str], set[tuple]] = {}
    for r in records:
        if r["geo_precision"] <= 2 and r["admin2"]:
            towns.setdefault((r["admin1"], r["event_date"]), set()).add(_place_key(r))
    if not towns:
        return records
    by_key = {(_place_key(r), r["admin1"], r["event_date"]): r for r in records if r["geo_precision"] <= 2}
    moved = []
    for r in records:
        if r["geo_precision"] >= 3 and r["event_type"] in POINT_EVENTS:
            near = [k for (state, day), keys in towns.items() if state == r["admin1"] or not r["admin1"]
                    and abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(r["event_date"])).days) <= 1
                    for k in keys]
            municipalities = {(k[0], k[1]) for k in near}
            if len(municipalities) == 1:
                town = next(rec for (k, state, day), rec in sorted(by_key.items(), key=lambda kv: kv[0][2])
                            if k in near)
                r = {**r, **{f: town[f] for f in ("location", "admin2", "admin1", "country", "latitude", "longitude",
                                                  "geo_precision")},
                     "confidence": min(r["confidence"], 0.6)}
        moved.append(r)
    return moved


def _suppress_coarse(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A state-level record gives way to a finer one of the same type and date in that
    state (the most precise location, as ACLED codes it)."""
    finer_states = {(r["event_type"], r["event_date"], r["admin1"]) for r in records if r["geo_precision"] <= 2}
    kept = []
    for r in records:
        if r["geo_precision"] == 3 and (r["event_type"], r["event_date"], r["admin1"]) in finer_states:
            continue
        kept.append(r)
    return kept


def _assign_ids(article: Article, records: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for record in sorted(records, key=lambda r: (r["evidence_start"], r["event_type"], r["location"])):
        key = "|".join(str(x) for x in (article.id, record["event_type"], *_place_key(record),
                                        record["event_date"], record["evidence_start"]))
        ident = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        while ident in seen:  # cannot happen after _merge, but ids must never collide
            ident = hashlib.sha1((key + ident).encode("utf-8")).hexdigest()[:12]
        seen.add(ident)
        record["incident_id"] = f"{article.id[:40]}-{ident}"


# ---------------------------------------------------------------- the article

class _State:
    """What earlier sentences tell later ones: the places of the last records."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.heading: tuple = ()                # event types a heading gives the list lines under it
        self.paragraph_date: tuple[dt.date, str] | None = None  # the last date the paragraph gave
        self.last_groups: list[Group] = []
        self.last_index = -1                    # the sentence the last groups came from
        self.index = 0                          # the sentence being read
        self.last_admin1: str | None = None     # the state of the last record
        self.shared: dict[int, SharedCount] = {}  # records that carry a count for several places
        self.event_places: list[tuple[Any, tuple[dt.date, str]]] = []  # "X, where the attack occurred"
        self.last_date: tuple[dt.date, str] | None = None
        self.operation_groups: list[Group] = []
        self.operation_date: tuple[dt.date, str] | None = None
        self.town_groups: list[Group] = []      # the last group of town-level places
        self.town_date: tuple[dt.date, str] | None = None
        self.title_state: str | None = None     # the state of the last governor named
        self.places: set[tuple] = set()         # every place named for a record so far
        self.recorded_types: set[str] = set()   # event types recorded so far


# Traps that can hide a state name; the others (roads, newspapers...) need not be checked.
_STATE_TRAP_WORDS = re.compile("|".join(map(re.escape, lexicon.STATE_TRAP_WORDS)))


def _state_of(geo: Any, word: str) -> str | None:
    return geo.state_name(word) if len(word) > 3 else None


@lru_cache(maxsize=65536)
def _run_states(geo: Any, run: str) -> tuple[str, ...]:
    """The states a capitalised run names: as a whole, or by its last word ("Estado de
    Jalisco"). Runs repeat across sentences and articles; state_name is pure."""
    found = (_state_of(geo, run), _state_of(geo, run.split()[-1]))
    return tuple(state for state in dict.fromkeys(found) if state)


def _context_states(article: Article, geo: Any, sentences: Sequence[Sentence] = ()) -> list[str]:
    from app.extract.mentions import CAP_RUN, trap_spans, _overlaps
    states: list[str] = []
    text = article.text
    datelines = [(s.start, s.end) for s in sentences if s.dateline]
    for run in CAP_RUN.finditer(text):
        if datelines and _overlaps(run.start(), run.end(), datelines):
            continue  # "MEXICO CITY —" says where the reporter was
        for state in _run_states(geo, run.group()):
            if state in states:
                continue
            # Only names outside traps ("Sinaloa-kartel" does not make the article about Sinaloa).
            lo = max(0, run.start() - 80)
            window = text[lo:run.end() + 40]
            if _STATE_TRAP_WORDS.search(window.lower()) is None \
                    or not _overlaps(run.start() - lo, run.end() - lo, trap_spans(window)):
                states.append(state)
    return states


def _under_heading(text: str, found: tuple, state: _State) -> tuple:
    """A heading or an introduction ending in ':' that names events ("Zonas con bloqueos
    confirmados") gives its event types to the list lines under it that name none ("Entrada a
    Tiríndaro, municipio de Zacapu"); a full sentence ends the list."""
    text = text.rstrip()
    short = len(text.split()) <= LIST_LINE_WORDS and text[-1:] not in ".!?\"”»"
    if found:
        state.heading = tuple((t, 0, 0) for t in dict.fromkeys(t for t, _, _ in found)) \
            if short or text.endswith(":") else ()
        return found
    if state.heading and short:
        return state.heading
    if not text.endswith(":"):
        state.heading = ()
    return found


_DATE_KEYS = frozenset(DATE_GATES)


def _may_date(possible: set[Any]) -> bool:
    """Whether the sentence's scan found a date word (cheap: the scan is done anyway)."""
    return not _DATE_KEYS.isdisjoint(possible)


def _main_date(sentences: list[Sentence], triggers: list[tuple], date_of: Any,
               published: dt.date) -> tuple[dt.date, str]:
    """The date of the article's main events: the first day-level date in an event sentence."""
    for sentence, found in zip(sentences, triggers):
        if sentence.dateline or not found:
            continue
        found = date_of(sentence)
        if found and found[1] == "day":
            return found
    return published, "day"


def extract_incidents(article: Article, *, geocoder: Any = None,
                      reference_date: dt.date | None = None) -> list[dict[str, Any]]:
    """The incident records ``article`` reports, in the codebook's fields.

    Relative dates ("on Sunday", "last month") anchor on the article's publication date;
    an undated article needs ``reference_date`` (the store passes the day the article was
    added, so a rebuild on another day gives the same records). Never the clock."""
    if article.date is None and reference_date is None:
        raise ValueError(f"article {article.id!r} has no date: pass reference_date")
    if geocoder is None:
        from app.geo.geocoder import get_geocoder
        geocoder = get_geocoder()
    if article.language not in LANGS:  # app.articles never does this; a caller might
        article = dataclasses.replace(article, language="en")
    lang = article.language
    published = article.date or reference_date
    sentences = split_sentences(article.text)
    context = _context_states(article, geocoder, sentences)
    if ("border" in article.text or "grens" in article.text or "frontera" in article.text) \
            and US_BORDER.search(article.text):  # "a small town near the US border": homonyms there first
        context += [state for state in lexicon.US_BORDER_STATES if state not in context]
    resolver = PlaceResolver(geocoder, context)
    scans = [("", set()) if s.dateline else scan_sentence(s.text, lang) for s in sentences]
    triggers = [() if s.dateline else find_triggers(s.text, lang, scan) for s, scan in zip(sentences, scans)]
    dates: dict[int, tuple[dt.date, str] | None] = {}  # the main-date pass and the record pass share them
    possible_at = {s.start: scan[1] for s, scan in zip(sentences, scans) if not s.dateline}

    def date_of(sentence: Sentence) -> tuple[dt.date, str] | None:
        if sentence.start not in dates:
            dates[sentence.start] = sentence_date(sentence.text, published, possible_at[sentence.start])
        return dates[sentence.start]

    main_date = _main_date(sentences, triggers, date_of, published)
    state = _State()
    neighbours = _Neighbours(sentences, scans, lang, resolver, article.title)
    records: list[dict[str, Any]] = []
    for index, (sentence, found, scan) in enumerate(zip(sentences, triggers, scans)):
        if sentence.paragraph != state.paragraph:
            state.paragraph, state.last_groups, state.paragraph_date = sentence.paragraph, [], None
        if sentence.dateline:
            continue
        found = _under_heading(sentence.text, found, state)
        own_date = date_of(sentence) if found or _may_date(scan[1]) else None
        if own_date is None and found and state.paragraph_date is not None and state.paragraph_date[1] != "day" \
                and not _same_period(state.paragraph_date, main_date):
            own_date = state.paragraph_date  # "In 2011 ... The bodies were found in San Fernando"
        elif own_date is not None:
            state.paragraph_date = own_date
        if not found:
            own_date = None
        state.index = index
        if not _EVENT_PLACE_KEYS.isdisjoint(scan[1]):
            _remember_event_place(sentence.text, lang, resolver, own_date or main_date, published, state)
        records.extend(_sentence_records(article, sentence, found, scan, resolver, main_date, own_date, state,
                                         neighbours))
    # Records that carry a shared count stand apart from the finer ones they hold.
    own = [r for r in records if id(r) not in state.shared]
    own = _suppress_coarse(_merge(_relocate_to_town(_relocate_to_event_places(own, state.event_places))))
    records = own + _merge(_settle_shared_counts([r for r in records if id(r) in state.shared], own, state.shared))
    _assign_ids(article, records)
    return sorted(records, key=lambda r: (r["evidence_start"], r["event_type"], r["location"]))


def _sentence_records(article: Article, sentence: Sentence, triggers: tuple, scanned: tuple[str, set[Any]],
                      resolver: PlaceResolver, main_date: tuple[dt.date, str],
                      own_date: tuple[dt.date, str] | None, state: _State,
                      neighbours: "_Neighbours") -> list[dict[str, Any]]:
    text, (low, possible) = sentence.text, scanned
    lang = article.language
    if "title_state" in possible:
        _remember_title_state(text, resolver, state)
    # "the attack" looks back at an event already recorded: without a place of its own the
    # sentence adds nothing, and inheriting a place could misplace it.
    fresh = tuple(t for t in triggers if not (t[0] in state.recorded_types and DEFINITE_BEFORE.search(
        text[max(0, t[1] - 30):t[1]].lower())))
    if fresh and len(fresh) < len(triggers):
        # "detuvo a dos personas ... relacionadas con el ataque": the new event is the arrest.
        triggers = fresh
    if not triggers:
        if state.town_groups and TOWN_ANAPHORA.search(text):  # "chaos in grote delen van de stad"
            state.last_groups, state.last_date = _copy_groups(state.town_groups), state.town_date
        return []
    if own_date is None and "background" in possible and BACKGROUND.search(low):
        return []
    date = own_date or main_date
    confidence = 0.8
    mentions = neighbours.mentions(state.index)
    types = {t for t, _, _ in triggers}
    allowed = PLACED + (("destination",) if "disruption" in types else ())
    groups = _groups(text, mentions, resolver, allowed)
    if not any(g.places[0][0].kind == "state" for g in groups):
        country = None
        for start, end in multi_state_spans(text) if "multi_state" in possible else ():
            country = country or resolver.resolve("Mexico")
            if country is not None:
                groups.append(Group(start, end, [(country, None, False)], label=text[start:end],
                                    only=lexicon.WAVE_TYPES))
    if groups:
        state.places.update(_group_keys(groups))
    else:
        triggers, types = fresh, {t for t, _, _ in fresh}
        if not triggers:
            return []
        groups, inherited_date, confidence = _fallback_groups(text, types, mentions, resolver, state, neighbours,
                                                              own_day=bool(own_date and own_date[1] == "day"))
        if own_date and inherited_date and own_date != inherited_date and confidence < 0.6:
            return []  # a statistic or a past event: not the place of the event we inherit from
        if own_date and own_date[1] != "day" and any(g.inherited for g in groups) \
                and not _same_period(own_date, main_date):
            return []  # "in 2022", "last year": a figure of another period, not this article's event
        date = own_date or inherited_date or main_date
    if not groups:
        return []
    _assign(text, scanned, lang, triggers, groups)
    records = _group_records(article, sentence, groups, date, confidence, _actors(low, possible), resolver,
                             state.shared)
    if records and confidence > ARTICLE_STATE_CONFIDENCE:
        _remember(groups, date, state)  # a guessed state is no place for the next sentence to take
    return records


def _group_records(article: Article, sentence: Sentence, groups: list[Group], date: tuple[dt.date, str],
                   confidence: float, actors: list[str], resolver: PlaceResolver,
                   shared: dict[int, SharedCount]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for group in groups:
        places = [(p, m, po) for p, m, po in group.places if m is None or m.context != "destination"]
        # A count stated once for several places belongs to none of them alone (codebook:
        # counts): the places get no count, and one record at the level that holds them all
        # carries it (see _settle_shared_counts).
        per_place = group.counts if len(places) < 2 else {}
        for etype in sorted(group.types):
            for place, mention, part_of in group.places:
                if mention is not None and mention.context == "destination" and etype != "disruption":
                    continue  # "flown to Mexico City": only flights and transport go somewhere
                mention_text = mention.name if mention else group.label
                records.append(_record(article, etype, place, mention_text, part_of, sentence, date,
                                       per_place, confidence, actors))
            if len(places) >= 2 and any(_COUNTED_TYPES.get(f) == etype for f in group.counts):
                holder = _common_place([p for p, _, _ in places], resolver)
                if holder is not None:
                    counts = {f: v for f, v in group.counts.items() if _COUNTED_TYPES.get(f) == etype}
                    label = ", ".join(m.name for _, m, _ in places if m is not None) or group.label
                    record = _record(article, etype, holder, label, False, sentence, date, counts, confidence, actors)
                    shared[id(record)] = SharedCount(frozenset(_area(p) for p, _, _ in places), counts)
                    records.append(record)
    return records


@dataclass(frozen=True)
class SharedCount:
    """A count the text gives for several places together, and those places' areas."""
    areas: frozenset[tuple[str, str | None]]
    counts: dict[str, int]


# The record type each count belongs to.
_COUNTED_TYPES = {"fatalities": "death", "arrested": "arrest"}


def _area(place: Any) -> tuple[str, str | None]:
    """(state, municipality or None for a whole state)."""
    return (place.admin1 or "", None if place.kind in ("state", "country") else place.admin2)


def _common_place(places: list[Any], resolver: PlaceResolver) -> Any:
    """The smallest place that holds all of ``places``: their state, or the country."""
    states = {p.admin1 for p in places}
    if len(states) == 1 and all(p.kind != "state" for p in places):
        state = resolver.resolve(f"estado de {next(iter(states))}")
        if state is not None and state.kind == "state":
            return state
    return resolver.resolve("Mexico")


def _settle_shared_counts(holders: list[dict[str, Any]], own: list[dict[str, Any]],
                          shared: dict[int, SharedCount]) -> list[dict[str, Any]]:
    """A shared count's record keeps what the article's own counts inside those places on
    that day do not already account for, so that no death is counted twice; with nothing
    left, the record goes (the places' own records remain)."""
    kept = []
    for record in holders:
        info = shared[id(record)]
        for field_name, total in info.counts.items():
            inside = sum(r[field_name] or 0 for r in own
                         if r["event_type"] == record["event_type"] and _day_gap(r, record) <= 1
                         and ((r["admin1"], None) in info.areas or (r["admin1"], r["admin2"]) in info.areas))
            record[field_name] = total - inside if total > inside else None
        if any(record[f] for f in info.counts):
            kept.append(record)
    return kept


def _day_gap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return abs((dt.date.fromisoformat(a["event_date"]) - dt.date.fromisoformat(b["event_date"])).days)


def _group_keys(groups: list[Group]) -> set[tuple]:
    return {(p.admin1, p.admin2, p.location, p.kind) for g in groups if g.only is None for p, _, _ in g.places}


def _remember(groups: list[Group], date: tuple[dt.date, str], state: _State) -> None:
    state.last_groups, state.last_date, state.last_index = [g for g in groups if g.types], date, state.index
    admin1 = [p.admin1 for g in state.last_groups for p, _, _ in g.places if getattr(p, "admin1", None)]
    if admin1:
        state.last_admin1 = admin1[-1]
    state.recorded_types.update(t for g in groups for t in g.types)
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
        self.cache: dict[int, list[Group]] = {}
        self.found: dict[int, list[Mention]] = {}
        self.states: list[str] | None = None
        self.loose_states: list[str] | None = None

    def mentions(self, index: int) -> list[Mention]:
        """The place mentions of sentence ``index``, found once whoever asks."""
        if index not in self.found:
            sentence = self.sentences[index]
            self.found[index] = [] if sentence.dateline else \
                find_mentions(sentence.text, self.lang, self.resolver.geo, self.scans[index][1])
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

    def _states(self, contexts: tuple[str, ...]) -> list[str]:
        texts = [(self.title, find_mentions(self.title, self.lang, self.resolver.geo))] if self.title else []
        texts += [(s.text, self.mentions(i)) for i, s in enumerate(self.sentences) if not s.dateline]
        states: list[str] = []
        for text, mentions in texts:
            for group in _groups(text, mentions, self.resolver, contexts):
                states.extend(p.admin1 for p, _, _ in group.places if getattr(p, "admin1", None))
        return list(dict.fromkeys(states))

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
                     own_day: bool = False) -> tuple[list[Group], tuple[dt.date, str] | None, float]:
    """No place named in a strong way. In order: 'the operation' refers to the last one; a
    name after 'van/de/of' alone; a governor's measures apply to the state; 'the city'
    refers to the last town; the places of the sentence before (recorded or only named) in
    the paragraph, or else those of the sentence after; the article's only place."""
    if state.operation_groups and ANAPHORA.search(text):
        return _copy_groups(state.operation_groups), state.operation_date, 0.6
    weak = _groups(text, mentions, resolver, ("weak",))
    if weak:
        return weak, None, 0.5
    if "disruption" in types and state.title_state and STATE_AUTHORITY.search(text):
        place = resolver.resolve(f"estado de {state.title_state}")
        if place is not None:
            return [Group(0, 10 ** 9, [(place, None, False)], True, label=state.title_state,
                          only=frozenset({"disruption"}))], None, 0.5
    if state.town_groups and TOWN_ANAPHORA.search(text):
        return _copy_groups(state.town_groups), state.town_date, 0.5
    named_at, named = neighbours.before(state.index)
    if state.last_groups and state.last_index >= named_at:
        return _copy_groups(state.last_groups), state.last_date, 0.5
    if named:
        return _copy_groups(named), None, 0.5
    following = neighbours.after(state.index)
    if following:
        return _copy_groups(following), None, 0.5
    towns = {(key[0], key[1]) for key in state.places if key[3] in ("locality", "municipality")}
    if len(towns) == 1 and all(key[3] != "state" or key[0] == next(iter(towns))[0] for key in state.places) \
            and state.town_groups:
        return _copy_groups(state.town_groups), state.town_date, 0.45  # the article's only town
    if REGION_OF_MEXICO.search(text):  # "in northwest Mexico": the country, to be placed later if the article can
        country = resolver.resolve("Mexico")
        if country is not None:
            return [Group(0, 10 ** 9, [(country, None, False)], True, label=country.location)], None, 0.45
    if NATIONAL.search(text):
        # A figure for the whole country is no event in one state; an event of a named day
        # "in Mexico" is coded at country level (and placed if the article names its town).
        country = resolver.resolve("Mexico") if types & POINT_EVENTS and own_day else None
        if country is not None:
            return [Group(0, 10 ** 9, [(country, None, False)], True, label=country.location)], None, 0.45
        return [], None, 0.0
    article_state = _article_state(resolver, state, neighbours, bool(STATE_ANAPHORA.search(text)))
    if article_state is not None:
        return [Group(0, 10 ** 9, [(article_state, None, False)], True, label=article_state.location)], \
            None, ARTICLE_STATE_CONFIDENCE
    return [], None, 0.0


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
    if anaphora and state.last_admin1:
        name = state.last_admin1
    elif len(recorded) == 1 and (not named or named[0] == recorded[0]):
        name = recorded[0]
    elif len(named) == 1:
        name = named[0]
    else:
        return None
    place = resolver.resolve(f"estado de {name}")
    return place if place is not None and place.kind == "state" else None


def _copy_groups(groups: list[Group]) -> list[Group]:
    # Inherited places cover the whole sentence, so every trigger reaches them.
    return [Group(0, 10 ** 9, list(g.places), True, label=g.label, only=g.only) for g in groups[:1]]


def _assign(text: str, scanned: tuple[str, set[Any]], lang: str, triggers: tuple[tuple[str, int, int], ...],
            groups: list[Group]) -> None:
    """Each trigger and each count cue goes to the nearest group of places."""
    for etype, start, end in triggers:
        takers = [g for g in groups if g.accepts(etype)]
        if takers:
            _nearest(text, start, end, takers).types.add(etype)
    # A place named in the same clause as event wording is where it happened even when
    # another place is nearer that wording ("clashed ... in fourteen municipalities in
    # Michoacán, including the capital city of Morelia"): it takes its nearest wording.
    for group in groups:
        if group.types or group.inherited:
            continue
        nearest = min(((_gap_cost(text, start, end, group), etype) for etype, start, end in triggers
                       if group.accepts(etype)), default=None)
        if nearest is not None and nearest[0] < CLAUSE_PENALTY:
            group.types.add(nearest[1])
    low, possible = scanned
    cue_matches = {name: list(cues[lang].finditer(low)) if ("cue", name) in possible else []
                   for name, cues in COUNT_CUES.items()}
    if any(cue_matches.values()):
        _assign_counts(text, lang, groups, cue_matches, find_numbers(text, lang))
    if any(t[0] == "death" for t in triggers):
        for match in SINGULAR_DEATH[lang].finditer(low):  # "een bewaker werd gedood": one death
            group = _nearest(text, match.start(), match.end(), groups)
            group.counts.setdefault("fatalities", 1)


def _assign_counts(text: str, lang: str, groups: list[Group],
                   cue_matches: dict[str, list[re.Match[str]]], numbers: list[Any]) -> None:
    """Each count cue takes its nearest number (or sum of listed numbers) to its nearest group."""
    if not numbers:
        return
    used: set[tuple[str, int | None]] = set()
    for field_name, matches in cue_matches.items():
        for cue in matches:
            value, at = nearest_count(text, cue.start(), cue.end(), numbers, lang)
            if value is None or (field_name, at) in used:
                continue
            used.add((field_name, at))
            group = _nearest(text, cue.start(), cue.end(), groups)
            group.counts[field_name] = group.counts.get(field_name, 0) + value
