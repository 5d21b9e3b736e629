"""Incident records from the groups of a sentence, and the passes over all of an article's
records: one record per type, place and day; roughly placed point events moved to the town
the article places them in; counts stated for several places coded once; stable ids.
(docs/codebook.md: the record, counts.)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any

from app.articles import Article
from app.extract import lexicon
from app.records import Incident
from app.extract.sentences import Sentence
from app.extract.mentions import HIGHWAY, road_towns
from app.extract.places import Group, PlaceResolver, _place_fields
from app.extract.gates import GatedPattern


POINT_EVENTS = frozenset({"death", "attack", "arrest", "operation", "seizure"})  # an event placed only by the state the article is about


def _record(article: Article, etype: str, place: Any, mention_text: str, part_of: bool,
            sentence: Sentence, date: tuple[dt.date, str], counts: dict[str, int | None],
            confidence: float, actors: list[str]) -> Incident:
    fields = _place_fields(place)
    precision = fields.get("geo_precision", 1)
    if part_of and precision == 1:
        precision = 2
    return Incident(
        incident_id="", article=article.id, event_type=etype,
        event_date=date[0].isoformat(), date_precision=date[1],
        location=fields["location"], admin2=fields.get("admin2"), admin1=fields.get("admin1", ""),
        country=fields.get("country", "MX"), latitude=float(fields["latitude"]),
        longitude=float(fields["longitude"]), geo_precision=precision,
        fatalities=counts.get("fatalities") if etype == "death" else None,
        injured=counts.get("injured") if etype in ("death", "attack", "operation") else None,
        arrested=counts.get("arrested") if etype == "arrest" else None,
        actors=list(actors), place_mention=mention_text,
        evidence=sentence.text, evidence_start=sentence.start, evidence_end=sentence.end,
        language=article.language, confidence=round(confidence, 2),
    )


def _place_key(record: Incident) -> tuple:
    return (record.admin1, record.admin2 or "", record.location, record.geo_precision >= 3)


_COUNTS = ("fatalities", "injured", "arrested")


def _merge(records: list[Incident]) -> list[Incident]:
    """One record per event type, place and date: the first evidence, the largest counts,
    and counts of more victims ("two other people died") added to them."""
    merged: dict[tuple, Incident] = {}
    # the count the last sentence of each key gave: "more victims" add to it, not to a total told
    # before it ("Siete personas muertas ... quedaron cuatro cuerpos ... otros dos hombres": 7, not 9)
    last: dict[tuple, dict[str, int | None]] = {}
    for record in records:
        added, record.added = record.added, frozenset()
        key = (record.event_type, _place_key(record), record.event_date)
        if key not in merged:
            merged[key] = record
            last[key] = {count: getattr(record, count) for count in _COUNTS}
            continue
        kept = merged[key]
        for count in _COUNTS:
            value = getattr(record, count)
            if value is not None and count in added:
                value = (last[key][count] or 0) + value
            last[key][count] = value if value is not None else last[key][count]
            if value is not None and (getattr(kept, count) is None or value > getattr(kept, count)):
                setattr(kept, count, value)
        kept.confidence = max(kept.confidence, record.confidence)
        kept.actors = sorted(set(kept.actors) | set(record.actors))
    return list(merged.values())


def _fold_into_days(records: list[Incident]) -> list[Incident]:
    """A week's or a month's record of the same type and place as a day's record inside that
    period is the same event told twice ("La semana pasada, tres narcobloqueos en Lagos de
    Moreno ... la noche del miércoles once de diciembre"): the day's record keeps it, with the
    larger counts."""
    days: dict[tuple, list[Incident]] = {}
    for r in records:
        if r.date_precision == "day":
            days.setdefault((r.event_type, _place_key(r)), []).append(r)
    kept = []
    for r in records:
        start = dt.date.fromisoformat(r.event_date)
        # A weekend (dates.py gives its Saturday, or the Friday it is read on) is two days
        # already: only whole weeks (their Monday) and months fold.
        whole_week = r.date_precision == "week" and start.weekday() == 0
        if (whole_week or r.date_precision == "month") and (r.event_type, _place_key(r)) in days:
            last = start + dt.timedelta(days=6) if r.date_precision == "week" else \
                (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            # a death toll of its own is another event ("A priest was killed on Sunday ... Earlier this
            # month, soldiers fired on a convoy ... six were killed")
            day = next((d for d in days[r.event_type, _place_key(r)]
                        if start <= dt.date.fromisoformat(d.event_date) <= last
                        and (r.fatalities is None or d.fatalities is None or r.fatalities == d.fatalities)), None)
            if day is not None:
                for count in ("fatalities", "injured", "arrested"):
                    if getattr(r, count) is not None and (getattr(day, count) or 0) < getattr(r, count):
                        setattr(day, count, getattr(r, count))
                continue
        kept.append(r)
    return kept


def _moved_to(record: Incident, place: Any) -> Incident:
    """``record`` placed at ``place`` instead, with the lower confidence of a moved record."""
    fields = _place_fields(place)
    return replace(record, **{f: fields.get(f) for f in ("location", "admin2", "admin1", "country")},
                   latitude=float(fields["latitude"]), longitude=float(fields["longitude"]),
                   geo_precision=fields.get("geo_precision", 1), confidence=min(record.confidence, 0.6))


def _relocate_to_event_places(records: list[Incident],
                              event_places: list[tuple[Any, tuple[dt.date, str]]]) -> list[Incident]:
    """Point events placed only roughly (near a town, a state, the country) around the day of
    an event the article later places exactly ("the attack, which happened Thursday in X"),
    move there and take its day."""
    if not event_places:
        return records
    moved = []
    for r in records:
        if r.event_type in POINT_EVENTS and r.geo_precision >= 2 or r.geo_precision >= 3:
            if r.geo_precision == 2 and not _placed_near(r):
                # "en una brecha de la comunidad de San Nicolás de Ocotillo, en el municipio de
                # Tonalá": a hamlet placed in its town is placed exactly, not roughly
                moved.append(r)
                continue
            for place, (day, _) in event_places:
                fields = _place_fields(place)
                if place.kind == "state" and r.geo_precision < 4:
                    continue  # a state given as the event's place refines only country-level records
                # a record in a town of its own ("in a neighbourhood of Villa de Álvarez") on
                # another day is another event; a rough one ("near X", the state) is moved
                # ... and so is one in another state on another day ("Maandag kwamen in de staat Michoacán
                # dertien agenten om" beside Tuesday's shoot-out placed in Guerrero)
                reach = 0 if r.date_precision == "day" and (r.admin2 or r.admin1 and r.admin1 != fields.get("admin1")) else 3
                if abs((dt.date.fromisoformat(r.event_date) - day).days) <= reach \
                        and (r.admin1, r.admin2) != (fields.get("admin1"), fields.get("admin2")):
                    r = replace(_moved_to(r, place), event_date=day.isoformat())
                    break
        moved.append(r)
    return moved


_NEAR_BEFORE = re.compile(lexicon.NEAR_BEFORE)


def _placed_near(record: Incident) -> bool:
    """Whether the record's sentence puts it near its town rather than in it."""
    at = record.evidence.find(record.place_mention) if record.place_mention else -1
    return at < 0 or _NEAR_BEFORE.search(record.evidence, max(0, at - 60), at) is not None


def _relocate_to_town(records: list[Incident]) -> list[Incident]:
    """"A battle in the State of Mexico left 14 dead ... The incident occurred in the
    community of Texcaltitlán": a point event coded at state level moves to the one
    municipality of that state where the article places events of that day. Events that
    spread (roadblocks, arson, disruption, unrest) stay state-wide."""
    towns: dict[tuple[str, str], set[tuple]] = {}
    for r in records:
        if r.geo_precision <= 2 and r.admin2:
            towns.setdefault((r.admin1, r.event_date), set()).add(_place_key(r))
    if not towns:
        return records
    by_key = {(_place_key(r), r.admin1, r.event_date): r for r in records if r.geo_precision <= 2}
    moved = []
    for r in records:
        if (r.geo_precision >= 3 or _whole_capital(r)) and r.event_type in POINT_EVENTS \
                and not _STATE_WIDE.search(r.evidence):
            near: list[tuple] = []
            # an event on a road between towns, placed by its sentence in their state, moves only to a town of
            # its own day: the day's either side are other events
            on_road = bool(HIGHWAY.search(r.evidence) and road_towns(r.evidence))
            for gap in (0,) if on_road else (0, 1):  # that day's one town first, then the day's either side
                near = [k for (state, day), keys in towns.items() if (state == r.admin1 or not r.admin1)
                        and abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(r.event_date)).days) <= gap
                        for k in keys]
                if len({(k[0], k[1]) for k in near}) == 1:
                    break
            municipalities = {(k[0], k[1]) for k in near}
            if r.event_type == "attack" and 2 <= len(municipalities) <= 3:
                killed = {_place_key(d) for d in records if d.event_type == "death" and d.geo_precision <= 2
                          and d.admin1 == r.admin1 and d.event_date == r.event_date}
                if {(k[0], k[1]) for k in killed} >= municipalities:
                    for key in sorted(k for k in near if k in killed):
                        town = by_key[(key, r.admin1, r.event_date)]
                        moved.append(replace(r, **{f: getattr(town, f) for f in (
                            "location", "admin2", "admin1", "country", "latitude", "longitude", "geo_precision")},
                            confidence=min(r.confidence, 0.6)))
                    continue
            if len(municipalities) == 1:
                town = next(rec for (k, state, day), rec in sorted(by_key.items(), key=lambda kv: kv[0][2])
                            if k in near)
                r = replace(r, **{f: getattr(town, f) for f in ("location", "admin2", "admin1", "country", "latitude",
                                                                "longitude", "geo_precision")},
                            confidence=min(r.confidence, 0.6))
        moved.append(r)
    return moved


def _whole_capital(record: Incident) -> bool:
    """Mexico City without a borough: the capital is a state of sixteen boroughs, so "Mexico City
    police reported that a shootout left six dead" beside "the Saturday shootout ... in Azcapotzalco"
    is placed no better than a state."""
    return record.admin1 == "Ciudad de México" and not record.admin2


def _with_their_sentence(records: list[Incident]) -> list[Incident]:
    """"Armed men set fire to the gaming hall ... 52 people were killed": an event that spreads,
    told in the one sentence whose point events are placed in a town of its state, is there too."""
    towns: dict[tuple[int, str], set[tuple]] = {}
    for r in records:
        if r.event_type in POINT_EVENTS and r.geo_precision <= 2 and r.admin2:
            towns.setdefault((r.evidence_start, r.admin1), set()).add(_place_key(r))
    placed = []
    for r in records:
        held = towns.get((r.evidence_start, r.admin1), set())
        if r.geo_precision >= 3 and r.event_type not in POINT_EVENTS and len(held) == 1:
            town = next(o for o in records if o.evidence_start == r.evidence_start and _place_key(o) in held)
            r = replace(r, **{f: getattr(town, f) for f in ("location", "admin2", "admin1", "country", "latitude",
                                                            "longitude", "geo_precision")},
                        confidence=min(r.confidence, town.confidence))
        placed.append(r)
    return placed


def _relocate_to_state(records: list[Incident], resolver: PlaceResolver) -> list[Incident]:
    """"Two soldiers ... were killed after the unit was ambushed in southwest Mexico ... the
    shootout took place in a mountainous area of the state of Guerrero": a country-level
    record moves to the one state where the article places events of that day (precision 3)."""
    moved = []
    for r in records:
        if not r.admin1 and r.country == "MX":
            states = {o.admin1 for o in records if o.admin1 and _day_gap(o, r) == 0}
            if len(states) != 1:  # that day's one state first, then the day's either side
                states = {o.admin1 for o in records if o.admin1 and _day_gap(o, r) <= 1}
            if not states and len(resolver.context_states) == 1:
                states = set(resolver.context_states)  # "in het westen van het land" in an article naming only Nayarit
            place = resolver.state_place(next(iter(states))) if len(states) == 1 else None
            if place is not None:
                r = _moved_to(r, place)
        moved.append(r)
    return moved


def _relocate_state_records_to(records: list[Incident], town: Any, *, types: frozenset[str] = POINT_EVENTS,
                               unnamed_town: bool = False) -> list[Incident]:
    """"MÉRIDA, Yucatán. – A police officer died in a confrontation ... in Yucatán": a point event
    the article places only in the state of its dateline's town, and no other town of that
    state, is coded around that town (precision 2): a local paper reports from where it happens.
    The same for a killed mayor's or candidate's town (``types`` death and attack), which "a
    small town" in the evidence may name (``unnamed_town``)."""
    if town is None:
        return records
    state = town.admin1
    # another town of the state may be where it happened; a town of an earlier event ("The killings
    # come a week after a shootout ... in nearby Reynosa") is not
    latest_placed = max((r.event_date or "" for r in records if r.admin1 == state and r.geo_precision <= 2), default="")
    def around_town(r: Incident) -> Incident:
        return replace(_moved_to(r, town), geo_precision=2, confidence=min(r.confidence, 0.5))

    sentences = {r.evidence_start for r in records
                 if r.geo_precision == 3 and r.admin1 == state and r.event_type in types and (r.event_date or "") > latest_placed
                 and (unnamed_town or not _UNNAMED_TOWN.search(r.evidence)) and not _STATE_WIDE.search(r.evidence)
                 and (unnamed_town or not _HAMLET_NAMED.search(r.evidence))}
    # what the same sentence says followed ("una balacera ... lo que provocó que escuelas suspendieran
    # clases"): its other records go with the point event
    return [around_town(r) if r.geo_precision == 3 and r.admin1 == state and r.evidence_start in sentences else r
            for r in records]


# A street or a neighbourhood named: a place in a town, the story's when the sentence names no other ("outside of
# his dispatch center on Vicente Guerrero blvd.", "en la colonia Centro")
STREET_NAMED = re.compile(r"\b(?i:calle|avenida|bulevar|boulevard|colonia|fraccionamiento|barrio|street|avenue|"
                          r"neighbou?rhood|straat|laan|wijk)\s+(?:de\s+(?:la\s+|los\s+)?)?[A-ZÁÉÍÓÚÑ0-9]"
                          r"|[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+(?i:blvd|boulevard|avenue|street|ave|st)\b")


def _relocate_guessed_to_one_town(records: list[Incident], guessed: float) -> list[Incident]:
    """A blockade, a fire or a disruption placed only in the article's state by a guess (confidence at most
    ``guessed``: "Autoridades informaron que civiles armados realizaron una serie de bloqueos" in a story whose every
    town record is in Nuevo Parangaricutiro) is coded around that one town of its state (precision 2). (A guessed
    death or arrest is as often another event of the state: measured on the gold sets.)"""
    towns: dict[str, dict[str, Incident]] = {}
    for r in records:
        if r.geo_precision <= 2 and r.admin2:
            towns.setdefault(r.admin1, {}).setdefault(r.admin2, r)
    if not towns:
        return records
    moved = []
    for r in records:
        if r.geo_precision == 3 and r.confidence <= guessed \
                and (r.event_type not in POINT_EVENTS or STREET_NAMED.search(r.evidence)) \
                and len(towns.get(r.admin1, ())) == 1:
            town = next(iter(towns[r.admin1].values()))
            r = replace(r, location=town.location, admin2=town.admin2, latitude=town.latitude, longitude=town.longitude,
                        geo_precision=2)
        moved.append(r)
    return moved


# The line between two towns, where one scene lies: "en los límites entre los municipios poblanos de", "on the border
# between"
_BOUNDARY_BEFORE = re.compile(r"\b(?:l[ií]mites?|linderos?|colindancia)\s+(?:entre|de)\s+(?:los\s+municipios\s+(?:\w+\s+)?de\s+)?$"
                              r"|\b(?:border|boundary|line)\s+between\s+(?:the\s+(?:municipalities|towns)\s+of\s+)?$", re.I)
# "en la entidad se registraron 12 homicidios", "across the state": the whole state, not the dateline's town;
# nor is "elsewhere in the state" (the towns named beside it are where these events did not happen).
_STATE_WIDE = re.compile(lexicon.STATE_WIDE + "|" + lexicon.ELSEWHERE_IN_STATE, re.IGNORECASE)
_STATE_WIDE = GatedPattern(_STATE_WIDE)  # truth only; run where its words occur
# "elsewhere in the state": a count of its own, not part of the towns' named beside it.
_ELSEWHERE_IN_STATE = re.compile(lexicon.ELSEWHERE_IN_STATE, re.IGNORECASE)
# "dentro de los límites de la localidad de Limones" (a hamlet the gazetteer lacks): the event is there,
# not in the dateline's town.
_HAMLET_NAMED = re.compile(r"\b(?i:la\s+(?:localidad|comunidad|ranchería|rancheria)|el\s+(?:poblado|ejido|caserío)|"
                           r"las\s+(?:localidades|comunidades|rancherías|rancherias)|los\s+(?:poblados|ejidos|caseríos)|"
                           r"the\s+(?:village|hamlet|community|villages|hamlets|communities)|het\s+(?:dorp|gehucht)|"
                           r"de\s+(?:dorpen|gehuchten))\s+(?:de\s+|of\s+)?[A-ZÁÉÍÓÚÑ]")  # ("La comunidad de X" opens sentences)
# "in a fishing community in the neighboring state of Quintana Roo": a town the article does
# not name, so not the dateline's (Cancún).
_UNNAMED_TOWN = re.compile(r"\b(?:an?|one|una?|een)\s+(?:\w+\s+)?(?:community|town|village|hamlet|municipality|"
                           r"comunidad|poblado|localidad|municipio|ranchería|ejido|dorp|gehucht|gemeente|plaats)\b",
                           re.IGNORECASE)


def _suppress_coarse(records: list[Incident]) -> list[Incident]:
    """A state-level record gives way to a finer one of the same type and date in that
    state (the most precise location, as ACLED codes it)."""
    finer_states: dict[tuple, int] = {}
    for r in records:
        if r.geo_precision <= 2 and not _whole_capital(r):
            key = (r.event_type, r.event_date, r.admin1)
            finer_states[key] = finer_states.get(key, 0) + (r.fatalities or 0)
    kept = []
    for r in records:
        key = (r.event_type, r.event_date, r.admin1)
        if (r.geo_precision == 3 or _whole_capital(r)) and key in finer_states and not _ELSEWHERE_IN_STATE.search(r.evidence):
            # "killing two soldiers" in the state beside "a man died" in one of its towns: the
            # deaths the towns do not account for stay at state level (codebook: counts)
            if not r.fatalities or r.fatalities <= finer_states[key]:
                continue
            r = replace(r, fatalities=r.fatalities - finer_states[key])
        kept.append(r)
    return kept


def _assign_ids(article: Article, records: list[Incident]) -> None:
    seen: set[str] = set()
    for record in sorted(records, key=lambda r: (r.evidence_start, r.event_type, r.location)):
        key = "|".join(str(x) for x in (article.id, record.event_type, *_place_key(record),
                                        record.event_date, record.evidence_start))
        ident = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        while ident in seen:  # cannot happen after _merge, but ids must never collide
            ident = hashlib.sha1((key + ident).encode("utf-8")).hexdigest()[:12]
        seen.add(ident)
        record.incident_id = f"{article.id[:40]}-{ident}"


def _group_records(article: Article, sentence: Sentence, groups: list[Group], date: tuple[dt.date, str],
                   confidence: float, actors: list[str], resolver: PlaceResolver,
                   shared: dict[int, SharedCount]) -> list[Incident]:
    records: list[Incident] = []
    for group in groups:
        places = [(p, m, po) for p, m, po in group.places if m is None or m.context != "destination"]
        # A state named beside a town of its own ("en el Estado de México ... municipio de
        # Cuautitlán Izcalli") says where the town is: one place, not two sharing a count.
        places = [x for x in places if x[0].kind != "state"
                  or not any(o[0].kind in ("municipality", "locality") and o[0].admin1 == x[0].admin1 for o in places)]
        # A count stated once for several places belongs to none of them alone (codebook:
        # counts): the places get no count, and one record at the level that holds them all
        # carries it (see _settle_shared_counts).
        # ... except as many as there are places: "tres ejecuciones en Jonuta, Nacajuca y Teapa"
        # is one in each, since every place listed had one.
        per_place = group.counts if len(places) < 2 else _one_each(group.counts, places)
        # One scene on the line between two towns ("en límites entre los municipios de Juan C. Bonilla y Coronango"):
        # the whole count is the first town's, and no count is shared.
        on_boundary = len(places) == 2 and all(p.kind in ("municipality", "locality") for p, _, _ in places) \
            and _BOUNDARY_BEFORE.search(sentence.text, max(0, group.start - 70), group.start) is not None
        for etype in sorted(group.types):
            for index, (place, mention, part_of) in enumerate(group.places):
                if mention is not None and mention.context == "destination" and etype not in ("disruption", "operation"):
                    continue  # "flown to Mexico City": only flights, transport and troops sent in go somewhere
                mention_text = mention.name if mention else group.label
                counts = {**per_place, "fatalities": group.shares[index]} if index in group.shares else per_place
                if on_boundary:
                    counts = group.counts if index == 0 else {}
                records.append(_record(article, etype, place, mention_text, part_of, sentence, date,
                                       counts, confidence, actors))
                if per_place and group.added:
                    records[-1].added = frozenset(group.added)
            if len(places) >= 2 and not on_boundary \
                    and any(_COUNTED_TYPES.get(f) == etype and f not in per_place for f in group.counts):
                holder = _common_place([p for p, _, _ in places], resolver)
                if holder is not None:
                    counts = {f: v for f, v in group.counts.items() if _COUNTED_TYPES.get(f) == etype and f not in per_place}
                    label = ", ".join(m.name for _, m, _ in places if m is not None) or group.label
                    record = _record(article, etype, holder, label, False, sentence, date, counts, confidence, actors)
                    shared[id(record)] = SharedCount(frozenset(_area(p) for p, _, _ in places), counts)
                    records.append(record)
    return records


def _one_each(counts: dict[str, int], places: list[tuple[Any, Any, bool]]) -> dict[str, int]:
    """The counts that equal the number of places they are shared by, as one per place."""
    areas = {_area(place) for place, _, _ in places}
    return {field_name: 1 for field_name, total in counts.items() if total == len(areas) == len(places)}


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
        state = resolver.state_place(next(iter(states)))
        if state is not None:
            return state
    return resolver.resolve("Mexico")


def _settle_shared_counts(holders: list[Incident], own: list[Incident],
                          shared: dict[int, SharedCount]) -> list[Incident]:
    """A shared count's record keeps what the article's own counts inside those places on
    that day do not already account for, so that no death is counted twice; with nothing
    left, the record goes (the places' own records remain)."""
    kept = []
    for record in holders:
        info = shared[id(record)]
        for field_name, total in info.counts.items():
            same = [r for r in own if r.event_type == record.event_type and _day_gap(r, record) <= 1
                    and ((r.admin1, None) in info.areas or (r.admin1, r.admin2) in info.areas)]
            inside = sum(getattr(r, field_name) or 0 for r in same)
            left = total - inside if total > inside else None
            uncounted = [r for r in same if getattr(r, field_name) is None]
            if left and len(info.areas) > 1 and len(uncounted) == 1 \
                    and len({_record_area(r) for r in same}) == len(info.areas):
                # "dos enfrentamientos en Agua Prieta y Naco dejaron 9 muertos ... en Naco, cuatro": the
                # one place told without its own count has the rest
                setattr(uncounted[0], field_name, left)
                left = None
            setattr(record, field_name, left)
        if any(getattr(record, f) for f in info.counts):
            kept.append(record)
    return kept


def _record_area(record: Incident) -> tuple[str, str | None]:
    """A record's (state, municipality or None at state level), as ``_area`` gives a place's."""
    return (record.admin1, None if record.geo_precision == 3 else record.admin2)


def _day_gap(a: Incident, b: Incident) -> int:
    return abs((dt.date.fromisoformat(a.event_date) - dt.date.fromisoformat(b.event_date)).days)
