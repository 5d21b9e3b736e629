"""An article's incident records: the fast annotation of each sentence, then the article.

Per sentence: event wording (lexicon), place mentions (mentions.py), the dates and counts,
negations and denials. The sentence's places are grouped and each piece of wording goes to
the nearest group in its clause (places.py); a sentence with wording but no place asks the
article (linking.py: the sentences around it, "X, where the attack occurred", the state
the article is about). Records are then coded and settled over the whole article
(coding.py: one per type, place and day; counts stated for several places coded once).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from app.articles import MONTH_RE, MONTHS, Article
from app.records import Incident
from app.extract import lexicon
from app.extract.dates import DATE_GATES, WEEKDAY_RE, bare_day, said_day, sentence_date, since_day
from app.extract.gates import GatedPattern, GateSet, GatedAlternation, LowerCasePattern, holds_any, lower_keeping_offsets, top_level_parts
from app.extract.mentions import (FAMILY_GATES, HIGHWAY, MULTI_STATE, Mention, find_mentions, multi_state_spans,
                                   person_name_words, readable_title, road_towns, story_short_forms,
                                   unknown_hamlet_heads, hamlet_municipalities, stated_town_states)
from app.extract.quantities import find_numbers, in_running_total_or_supposition, nearest_count, word_value
from app.extract.sentences import SYNDICATED_SOURCE, Sentence, dateline_place, dateline_state, split_sentences
from app.extract.places import (CLAUSE_PENALTY, Group, PLACED, PlaceResolver, _contrasts, _copy_groups, _gap, _gap_cost, _group_keys, _groups, _nearest, _on_the_way)
from app.extract.coding import (POINT_EVENTS, STREET_NAMED, _COUNTED_TYPES, _fold_into_days, _assign_ids, _relocate_guessed_to_one_town, _relocate_state_records_to, _relocate_to_state, _group_records, _merge, _relocate_to_event_places, _relocate_to_town, _settle_shared_counts, _suppress_coarse, _with_their_sentence)
from app.extract.linking import (ARTICLE_STATE_CONFIDENCE, place_keys, LIST_LINE_WORDS, NAMED, demonym_capital, demonym_capital_at, office_towns, EVENT_PLACE, EVENT_PLACE_AFTER_PARTS, event_place_after, THIS_TOWN, TITLE_STATE, TOWN_ANAPHORA, US_BORDER, _EVENT_PLACE_KEYS, _Neighbours, _State, _context_states, _fallback_groups, _remember, _remember_event_place, _remember_title_state, _same_period, _title_states, _towns_listed_next, _under_heading, dateline_city_state, address_town, reference_town_state, source_states, source_town_state, address_states, town_states, distance_reference_states)

_FLAGS = re.I


# Event wording is matched case-sensitively against the lower-cased sentence: the same
# result as re.I, several times faster (Python's re is slow on case-folded alternations).
TRIGGERS: dict[str, dict[str, re.Pattern[str]]] = {
    etype: {lang: re.compile("|".join(f"(?:{p})" for p in pats)) for lang, pats in by_lang.items()}
    for etype, by_lang in lexicon.EVENTS.items()
}


NEGATIVE = {etype: re.compile("|".join(f"(?:{p})" for p in pats))
            for etype, pats in lexicon.NEGATIVE_EVENTS.items()}


NEGATIVE_OBJECT_BEFORE = {etype: re.compile(p) for etype, p in lexicon.NEGATIVE_OBJECT_BEFORE.items()}


LANGS = lexicon.LANGS


NEGATED = {etype: re.compile("|".join(pats)) for etype, pats in lexicon.NEGATED.items()}  # on lower case
NEGATION_BEFORE = {lang: re.compile(pattern) for lang, pattern in lexicon.NEGATION_BEFORE.items()}
NEGATOR_WORD = {lang: re.compile(pattern) for lang, pattern in lexicon.NEGATOR_WORD.items()}


DENIAL = re.compile(lexicon.DENIAL)  # on lower case


SINGULAR_DEATH = {lang: re.compile(p) for lang, p in lexicon.SINGULAR_DEATH.items()}  # on lower case
ARMED_KILLING = {lang: (re.compile(arms), re.compile(found)) for lang, (arms, found) in lexicon.ARMED_KILLING.items()}
SINGULAR_ADDED = {lang: re.compile(p) for lang, p in lexicon.SINGULAR_ADDED.items()}  # on lower case
NAMED_VICTIM = {lang: GatedPattern(re.compile(p)) for lang, p in lexicon.NAMED_VICTIM.items()}  # on the text as written
ADDED_BEFORE = {lang: re.compile(p, re.I) for lang, p in lexicon.ADDED_BEFORE_NUMBER.items()}
ADDED_AFTER = {lang: re.compile(p, re.I) for lang, p in lexicon.ADDED_AFTER_NUMBER.items()}
ALONG_WITH = {lang: re.compile(p, re.I) for lang, p in lexicon.ALONG_WITH_NUMBER.items()}
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
TOLL_RISEN = re.compile(lexicon.TOLL_RISEN, re.I)
_TOLL_WORDS = ("toll", "body count", "dodental", "doden", "cifra", "mero de")  # one of them stands in every TOLL_RISEN match


COUNT_CUES = {field: {lang: re.compile(p) for lang, p in by_lang.items()}  # on lower case
              for field, by_lang in lexicon.COUNT_CUES.items()}


BACKGROUND = re.compile("|".join(lexicon.BACKGROUND))  # on lower case
TALLY = re.compile("|".join(lexicon.TALLY))  # on lower case
RECENT_DAYS = re.compile(lexicon.RECENT_DAYS)  # on lower case
RATE = re.compile(lexicon.RATE)  # on lower case


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


DEFINITE_BEFORE = re.compile(lexicon.DEFINITE_BEFORE)


SCENE_OF = re.compile(lexicon.SCENE_OF)  # on lower case


# No single incident in this reporting kills or detains this many (the largest massacres
# count in the low hundreds): a count this large is a period's statistic.
STATISTIC_COUNT = 500


# The same patterns split into their parts, each with a gate of its own: a sentence runs only
# the parts whose words it has (gates.GatedAlternation; the same matches).
_TRIGGER_PARTS = {etype: {lang: GatedAlternation(pats, ("trigger", etype, lang)) for lang, pats in by_lang.items()}
                  for etype, by_lang in lexicon.EVENTS.items()}
_NEGATIVE_PARTS = {etype: GatedAlternation(pats, ("negative", etype)) for etype, pats in lexicon.NEGATIVE_EVENTS.items()}
_NEGATED_PARTS = {etype: GatedAlternation(pats, ("negated part", etype)) for etype, pats in lexicon.NEGATED.items()}
_BACKGROUND_PARTS = GatedAlternation(lexicon.BACKGROUND, "background part")
_SINGULAR_DEATH_PARTS = {lang: GatedAlternation(top_level_parts(p), ("singular death", lang))
                         for lang, p in lexicon.SINGULAR_DEATH.items()}


# Per language: (type, pattern finditer, negative pattern or None), and one scan that
# tells which types' wording may occur (their gates, checked together).
_TABLE = {lang: [(etype, _TRIGGER_PARTS[etype][lang].finditer, _NEGATIVE_PARTS.get(etype))
                 for etype, by_lang in TRIGGERS.items()] for lang in LANGS}


def _sentence_patterns(lang: str) -> dict[Any, str | frozenset[str]]:
    """Every pattern a sentence is checked against, by key, for the one-scan gate."""
    patterns: dict[Any, str | frozenset[str]] = {etype: by_lang[lang].pattern for etype, by_lang in TRIGGERS.items()}
    patterns.update({("actor", name): pattern.pattern for name, pattern in ACTORS})
    patterns.update({("cue", name): cues[lang].pattern for name, cues in COUNT_CUES.items()})
    patterns.update({("negated", etype): pattern.pattern for etype, pattern in NEGATED.items()})
    patterns.update({"denial": DENIAL.pattern, "background": BACKGROUND.pattern, "tally": TALLY.pattern,
                     "recent_days": RECENT_DAYS.pattern, "rate": RATE.pattern, "multi_state": MULTI_STATE.pattern,
                     "title_state": TITLE_STATE.pattern, "abroad": lexicon.ABROAD})
    patterns.update({("event_place", i): p.pattern for i, p in enumerate(EVENT_PLACE[lang])})
    if lang in EVENT_PLACE_AFTER_PARTS:  # the parts of the phrase after a place, for event_place_after
        patterns.update(EVENT_PLACE_AFTER_PARTS[lang].gates())
    patterns.update(FAMILY_GATES)  # trap words, for trap_spans
    patterns.update(DATE_GATES)    # date words, for sentence_date
    for parts in [*(by_lang[lang] for by_lang in _TRIGGER_PARTS.values()), *_NEGATIVE_PARTS.values(),
                  *_NEGATED_PARTS.values(), _BACKGROUND_PARTS, _SINGULAR_DEATH_PARTS[lang]]:
        patterns.update(parts.gates())
    return patterns


# One scan of a lower-cased sentence says which of these patterns may match it.
_SENTENCE_GATES = {lang: GateSet(_sentence_patterns(lang)) for lang in LANGS}


# Spanish tells an event after "luego de que", "después de que", "tras que" in the past subjunctive
# ("luego de que militares capturaran a un líder"): its plural is read as the preterite the wording
# lists know, letter for letter as long, so every offset stays true.
_SUBJUNCTIVE_PLURAL = re.compile(r"(?<=[a-záéíóúñ]{3})(ar|ier)an\b")


def scan_sentence(text: str, lang: str) -> tuple[str, set[Any]]:
    """The lower-cased sentence and the keys of the patterns that may match it."""
    low = lower_keeping_offsets(text)
    if lang == "es" and "ran" in low:
        low = _SUBJUNCTIVE_PLURAL.sub(lambda m: m.group(1) + "on", low)
    return low, _SENTENCE_GATES[lang].scan(low)


def find_triggers(text: str, lang: str, scanned: tuple[str, set[Any]] | None = None) -> tuple[tuple[str, int, int], ...]:
    """(event_type, start, end) for every event wording in ``text``."""
    low, possible = scanned or scan_sentence(text, lang)
    found: list[tuple[str, int, int]] = []
    for etype, finditer, negative in _TABLE[lang]:
        if etype not in possible:
            continue
        matches = finditer(low, possible)
        if not matches:
            continue
        bad = [m.span() for m in negative.finditer(low, possible)
               if etype not in NEGATIVE_OBJECT_BEFORE or not NEGATIVE_OBJECT_BEFORE[etype].search(low, max(0, m.start() - 40),
                                                                                                  m.start())] \
            if negative else []
        for match in matches:
            if not any(s <= match.start() < e for s, e in bad) \
                    and not SCENE_OF.search(low, max(0, match.start() - 30), match.start()):
                found.append((etype, match.start(), match.end()))
    if not found:
        return ()  # nothing for the checks below to take back or add
    if any(t[0] == "roadblock" for t in found) and VEHICLES.search(text):
        # Burning vehicles that block a road are the roadblock, not a separate arson,
        # unless the burning is of shops, stations or houses.
        found = [t for t in found if t[0] != "arson" or BUSINESSES.search(text, max(0, t[1] - 30), t[2] + 30)]
    elif any(t[0] == "roadblock" for t in found):
        # "burning roadblocks", "bloqueos en llamas": the fire is the roadblock's
        blocks = [t for t in found if t[0] == "roadblock"]
        found = [t for t in found if t[0] != "arson" or not any(-2 <= b[1] - t[2] <= 2 or -2 <= t[1] - b[2] <= 2
                                                                 for b in blocks)]
    negated_parts: list[tuple[str, int, int]] = []
    for etype, pattern in NEGATED.items():  # "no deaths were reported", "sin detenidos"
        if ("negated", etype) in possible:
            spans = [m.span() for m in _NEGATED_PARTS[etype].finditer(low, possible)]
            # a negation takes back its own clause's events only: "Police arrested two men, but the
            # gunmen have not been arrested" keeps the arrest
            if spans:
                taken_back = [t for t in found if t[0] == etype and any(_same_clause(low, t[1], span) for span in spans)]
                found = [t for t in found if t not in taken_back]
                negated_parts.extend(taken_back)
    if found and NEGATOR_WORD[lang].search(low):  # "no hay ningún detenido", "ni operativo visible"
        negation = NEGATION_BEFORE[lang]
        negated: list[tuple[str, int, int]] = list(negated_parts)
        for t in sorted(found, key=lambda t: t[1]):
            # ... and what an "or" adds to it: "sin que se reporten enfrentamientos o detenciones"
            if negation.search(low, max(0, t[1] - 100), t[1]) \
                    or any(_OR_NEGATED.fullmatch(low, n[2], t[1]) for n in negated):
                negated.append(t)
        found = [t for t in found if t not in negated]
    if "denial" in possible and DENIAL.search(low):  # "desmintió la presunta captura"
        # what the denial says did not happen, not the rest of the sentence: "denies the state capital
        # is under curfew Friday night as ... fierce gunbattles ... left a total of 7 deaths"
        denials = [m.span() for m in DENIAL.finditer(low)]
        found = [t for t in found if t[0] not in lexicon.DENIABLE or not any(
            _same_clause(low, t[1], (start, end)) and _DENIAL_ENDS.search(low, min(t[1], end), max(t[1], start)) is None
            for start, end in denials)]
    if any(t[0] == "death" for t in found) and not any(t[0] == "attack" for t in found):
        # "two men were shot ... and died", "asesinados a balazos": the killing (one no negation took back)
        # was an armed attack too
        arms, bodies = ARMED_KILLING[lang]
        weapon = arms.search(low)
        if weapon is not None and not bodies.search(low):
            found.append(("attack", weapon.start(), weapon.end()))
    return tuple(found)


# A clause of its own after a denial: "denies the state capital is under curfew Friday night as the streets
# ... lie deserted after ... fierce gunbattles".
_DENIAL_ENDS = re.compile(r"\b(?:as|mientras|terwijl)\s+(?:the|a|an|la|el|las|los|de|het)\b")

# the gap after a negated event's wording to the next one's that an "or" joins: "enfrentamientos o detenciones",
# "no se ha reportado la detención de personas o aseguramiento de unidades"
# ... and a list's items before the "or": "no tenemos reporte de personas sin vida, lesionadas o detenidas"
_OR_NEGATED = re.compile(r"\w*(?:\s+(?:de|of|van)\s+\w+)?(?:,\s*\w+){0,3}\s+(?:o|u|ni|or|nor|of|noch)\s+(?:\w+\s+)?")

_CLAUSE_BREAK = re.compile(r";|\b(?:but|pero|maar|while|whereas|mientras|however|sin embargo|echter)\b")


def _same_clause(low: str, at: int, span: tuple[int, int]) -> bool:
    """Whether position ``at`` and ``span`` lie in one clause of the sentence (no ";" or
    "but", "pero", "maar" between them)."""
    start, end = min(at, span[0]), max(at, span[1])
    return _CLAUSE_BREAK.search(low, start, end) is None


def _actors(low: str, possible: set[Any]) -> list[str]:
    return [name for name, pattern in ACTORS if ("actor", name) in possible and pattern.search(low)]


_DATE_KEYS = frozenset(DATE_GATES)


def _may_date(possible: set[Any]) -> bool:
    """Whether the sentence's scan found a date word (cheap: the scan is done anyway)."""
    return not _DATE_KEYS.isdisjoint(possible)


# A day met after the lead (its first three paragraphs) and more than a week before publication
# is background, not the story's day: "So far this year ... On November 24, it was Brigadier
# General X executed" at the foot of a report on an ambush published on 3 December.
_LEAD_PARAGRAPHS = 3
_STORY_DAYS = 7


_EVENT_TIME = {lang: re.compile(pattern) for lang, pattern in lexicon.EVENT_TIME.items()}
_TOLD_ON = {lang: re.compile(pattern) for lang, pattern in lexicon.TOLD_ON.items()}  # on lower case


def _told_next(sentences: list[Sentence], index: int, lang: str, date_of: Any,
               published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day the next sentence of the paragraph gives the event of sentence ``index`` ("... un
    individuo fue asesinado con arma blanca. Los hechos ocurrieron el lunes"), or None. After the
    lead, the next paragraph's first sentence may tell it ("The shootout took place this weekend")."""
    lead = all(s.dateline or s.heading for s in sentences[:index])
    for following in sentences[index + 1:index + 3]:
        if following.paragraph != sentences[index].paragraph and not lead or following.dateline:
            return None
        if _EVENT_TIME[lang].match(following.text):
            day = date_of(following)
            return day if day and day[1] in ("day", "week") else None
        if not lead or (between := date_of(following)) is not None and between[0] != published:
            # after the lead, one sentence of more detail may come first ("Además el enfrentamiento dejó
            # lesionados a cinco agentes ..., informó el periódico El Sur este sábado || El incidente se
            # presentó el pasado jueves"), not one of another day than the telling's
            return None
    return None


THAT_YEAR = re.compile(lexicon.THAT_YEAR, re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})\b", re.IGNORECASE)
# "En lo que va del año 19 mujeres han sido asesinadas ... desde el 10 de agosto de 2015": in a tally,
# the day after "since" starts a period (here another's), no event's day
_SINCE_DAY = re.compile(r"\b(?:desde|since|sinds)\s+(?:el\s+|the\s+)?(?:[0-3]?\d\s+(?:de\s+)?[a-záéíóú]+|[a-z]+\.?\s+[0-3]?\d)\b"
                        r"(?:,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _in_year_named_before(found: tuple[dt.date, str] | None, before: str) -> tuple[dt.date, str] | None:
    """"En 2009 ... El 14 de febrero de ese año": the sentence's date moved into the year the
    text last named (the year itself when the sentence gives no month or day)."""
    years = _YEAR.findall(before)
    if not years:
        return found
    year = int(years[-1])
    if found is None or found[1] == "year":
        return dt.date(year, 1, 1), "year"
    try:
        return found[0].replace(year=year), found[1]
    except ValueError:  # 29 February
        return found[0].replace(year=year, day=28), found[1]


PERIOD_YEAR = re.compile(lexicon.PERIOD_YEAR, re.IGNORECASE)
# "Sinds de feiten van begin november 2019 ... vermoordden op 4 november": that month's year
_MONTH_YEAR_AT_END = re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
NOT_PERIOD_YEAR = re.compile(lexicon.NOT_PERIOD_YEAR, re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.IGNORECASE)
# "el 13 de septiembre pasado", "last November 4", "afgelopen 4 november": the most recent one
_LAST_ONE = re.compile(r"\b(?:pasad[oa]|last|past|afgelopen|jongstleden|jl)\b", re.IGNORECASE)


def _in_period_year_before(found: tuple[dt.date, str] | None, text: str, before: str,
                           published: dt.date) -> tuple[dt.date, str] | None:
    """A day or month a sentence names without its year ("el 21 de marzo"), moved into the past
    year the text just before set as its time ("Durante 2018, la comunidad registró diversos
    incidentes") or gave that month ("begin november 2019 ... op 4 november"), when that is the
    last year named there. A weekday or "pasado", "last" keep the day recent ("el pasado domingo 25
    de noviembre", "el 13 de septiembre pasado")."""
    if found is None or found[1] not in ("day", "month"):
        return found
    # most paragraphs name no year before the sentence: that test first
    years = _YEAR.findall(before)
    if not years or int(years[-1]) >= published.year or int(years[-1]) == found[0].year or _YEAR.search(text) \
            or not _MONTH_WORD.search(text) or _WEEKDAY.search(text) or _LAST_ONE.search(text):
        return found
    period = None
    for period in PERIOD_YEAR.finditer(before):
        pass
    month_year = None
    for month_year in _MONTH_YEAR_AT_END.finditer(before, max(0, len(before) - 200)):
        pass
    same_month = month_year is not None and month_year["y"] == years[-1] \
        and MONTHS.get(month_year["m"].lower()) == found[0].month
    if not same_month and (period is None or period.group(1) != years[-1]
                           or NOT_PERIOD_YEAR.search(before[:period.start()])):
        return found
    return _in_year_named_before(found, before)


def _main_date(sentences: list[Sentence], triggers: list[tuple], date_of: Any,
               published: dt.date, lang: str) -> tuple[dt.date, str]:
    """The date of the article's main events: the first day-level date in an event sentence;
    the lead's day of telling when it has none ("Tres policías murieron en una emboscada, confirmó
    este domingo la Fiscalía": the story happened by then); else a day of the last week the lead's
    paragraphs give; else the dateline's day; else the day of publication."""
    lead = True
    lead_week = None  # "arrested two cartel gunmen over the weekend": the lead's week, if no day is told
    for sentence, found in zip(sentences, triggers):
        if sentence.dateline or not found:
            continue
        found = date_of(sentence)
        if found and found[1] == "day":
            if sentence.paragraph >= _LEAD_PARAGRAPHS and ((published - found[0]).days > _STORY_DAYS or (
                    # "Last Wednesday, the coordinator ... assured that the confrontations ...": the day of telling
                    _DIGIT.search(sentence.text) is None and _TOLD_ON[lang].search(sentence.text.lower()))):
                continue
            return found
        if lead and found and found[1] == "week" and 0 <= (published - found[0]).days <= _STORY_DAYS:
            lead_week = found
        if lead and found is None:
            told = said_day(sentence.text, published)
            if told is not None and told < published:
                return told, "day"
        lead = False
    for sentence, found in zip(sentences, triggers):
        # "Four gunmen died in a shootout ... An army patrol ordered an SUV to halt around 10:20 a.m.
        # Monday near the city hall in Castaños": the lead's next sentences tell its day
        if sentence.paragraph >= _LEAD_PARAGRAPHS:
            break
        day = None if sentence.dateline else date_of(sentence)
        # within the story's week, or whenever a sentence only tells when the lead's event happened
        # ("Fue durante la madrugada del viernes 17 de febrero en la colonia Álvaro Obregón", two weeks on)
        if day and day[1] == "day" and 0 <= (published - day[0]).days \
                and ((published - day[0]).days <= _STORY_DAYS or _EVENT_TIME[lang].match(sentence.text)):
            return day
        if (found or _EVENT_TIME[lang].match(sentence.text)) and day and day[1] == "week" and lead_week is None \
                and 0 <= (published - day[0]).days <= _STORY_DAYS:
            # "The shootout took place this weekend near Anahuac", after an undated lead; "Los hechos se
            # desencadenaron durante este fin de semana, cuando paramédicos fueron alertados"
            lead_week = day
    if lead_week is not None:
        return lead_week
    for sentence in sentences:  # "FELIPE CARRILLO PUERTO, 31 de julio.-": the day the report was filed
        if sentence.dateline and _DIGIT.search(sentence.text):
            found = sentence_date(sentence.text, published)
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
    if EDITORS_NOTE.search(article.text):
        # blanked, not cut: every offset into the text stays true
        article = dataclasses.replace(article, text=EDITORS_NOTE.sub(lambda m: " " * len(m.group()), article.text))
    if article.title:
        article = dataclasses.replace(article, title=readable_title(article.title, lang, geocoder))
    shown_text = article.text  # what the records quote
    if (outlet := own_outlet(article)) is not None:
        # "Con base en el archivo de La Unión de Morelos": the outlet's own name places nothing (blanked:
        # every offset stays true, and the records quote the text as it is)
        article = dataclasses.replace(article, text=article.text.replace(outlet, " " * len(outlet)))
    sentences = split_sentences(article.text)
    context = _context_states(article, geocoder, sentences)
    if ("border" in article.text or "grens" in article.text or "frontera" in article.text) \
            and US_BORDER.search(article.text):  # "a small town near the US border": homonyms there first
        context += [state for state in lexicon.US_BORDER_STATES if state not in context]
    if not context:
        forces = {state for force, state in lexicon.STATE_FORCES.items() if force in article.text}
        context = [geocoder.state_name(next(iter(forces)))] if len(forces) == 1 else []
    if not context and article.title:
        # "Violence in San Luis Potosí: ..." over a text that names no state: the headline's
        # state settles homonyms ("the municipality of Villa Juárez")
        context = _title_states(article.title, geocoder)
    if article.source:  # a local outlet's state ("La Unión de Morelos") settles homonyms after the
        # states the text and its title name
        context += [state for state in source_states(article.source, geocoder) if state not in context]
    if article.url:  # ... and so do the site and the sections of its address ("elsoldedurango.com.mx/policiaca/")
        context += [state for state in address_states(article.url) if state not in context]
    scans = [("", set()) if s.dateline else scan_sentence(s.text, lang) for s in sentences]
    found_mentions: dict[int, list] = {}
    if not context:  # no state named: the states of the towns it names settle homonyms
        found_mentions = {i: find_mentions(s.text, lang, geocoder, scan[1])
                          for i, (s, scan) in enumerate(zip(sentences, scans)) if not s.dateline}
        # (a city distances are told from first: "El Porvenir", 50 miles from Ciudad Juárez, is no Chiapas town)
        context = distance_reference_states(article.text, geocoder) \
            or town_states([m for ms in found_mentions.values() for m in ms], geocoder)
        if not context:
            state = dateline_city_state(sentences, geocoder) or reference_town_state(article.text, geocoder) \
                or source_town_state(article.source, geocoder)
            context = [state] if state else []
    resolver = PlaceResolver(geocoder, context, *person_name_words(article.text, geocoder),
                             hamlet_heads=unknown_hamlet_heads(article.text, geocoder),
                             short_forms=story_short_forms(article.text, geocoder),
                             hamlet_towns=hamlet_municipalities(article.text, geocoder),
                             town_states=stated_town_states(article.text, geocoder))
    triggers = _without_events_told_before(
        sentences, scans, [() if s.dateline else find_triggers(s.text, lang, scan) for s, scan in zip(sentences, scans)])
    dates: dict[int, tuple[dt.date, str] | None] = {}  # the main-date pass and the record pass share them
    possible_at = {s.start: scan[1] for s, scan in zip(sentences, scans) if not s.dateline}

    paragraph_start: dict[int, int] = {}
    for s in sentences:
        paragraph_start.setdefault(s.paragraph, s.start)

    def date_of(sentence: Sentence) -> tuple[dt.date, str] | None:
        if sentence.start not in dates:
            found = sentence_date(sentence.text, published, possible_at[sentence.start])
            if ("año" in sentence.text or "year" in sentence.text or "jaar" in sentence.text) \
                    and THAT_YEAR.search(sentence.text) and not _YEAR.search(sentence.text):
                found = _in_year_named_before(found, article.text[:sentence.start])
            elif found is not None and found[1] in ("day", "month"):
                # this paragraph's sentences before it, or the paragraph before when it opens one
                first = paragraph_start[sentence.paragraph]
                if first == sentence.start:
                    first = paragraph_start.get(sentence.paragraph - 1, first)
                found = _in_period_year_before(found, sentence.text, article.text[first:sentence.start], published)
            if found is not None and "tally" in possible_at[sentence.start] and TALLY.search(low := sentence.text.lower()) \
                    and _SINCE_DAY.search(low):
                found = sentence_date(_SINCE_DAY.sub(lambda m: " " * len(m.group()), sentence.text), published)
            dates[sentence.start] = found
        return dates[sentence.start]

    main_date = _main_date(sentences, triggers, date_of, published, lang)
    state = _State()
    state.published = published
    state.main_date = main_date
    state.dateline_town = first_dateline_town = _dateline_town(sentences, resolver)
    first_dateline_at = next((i for i, s in enumerate(sentences) if s.dateline), -1)
    resolver.dateline_state = state.dateline_town.admin1 if state.dateline_town is not None else None
    if state.dateline_town is not None:  # "LOS ALDAMAS, MEXICO -- ... in this little country town"
        lead = next((s for s in sentences if not s.dateline), None)
        state.lead_in_dateline_town = lead is not None and bool(THIS_TOWN.search(lead.text))
    # "... left 42 of the gunmen dead. [...] The lengthy firefight erupted in the town of
    # Tanhuato": an event the article places later keeps a country-level record until then.
    before, after = EVENT_PLACE[lang]
    state.event_place_ahead = any(not _EVENT_PLACE_KEYS.isdisjoint(scan[1]) and _names_event_place(s.text, before, after, lang, scan)
                                  for s, scan in zip(sentences, scans) if not s.dateline)
    neighbours = _Neighbours(sentences, scans, lang, resolver, article.title)
    neighbours.found.update(found_mentions)
    records: list[Incident] = []
    # Sentences without wording that may give a date, since the paragraph's date was last set: their dates are
    # read only when a later sentence of the paragraph asks for the paragraph's date (most never do).
    pending: list[Sentence] = []

    def paragraph_date() -> tuple[dt.date, str] | None:
        while pending:  # the last sentence that gives a date sets it
            told = date_of(pending.pop())
            if told is not None:
                state.paragraph_date, state.paragraph_date_types = told, frozenset()
                pending.clear()
        return state.paragraph_date

    for index, (sentence, found, scan) in enumerate(zip(sentences, triggers, scans)):
        if sentence.paragraph != state.paragraph:
            # one-sentence paragraphs are common in news copy: the sentence right before keeps the places its
            # records took ("militares lograron salir ... en la ciudad" || "Las calles ... lucieron sin tráfico")
            # (one town only: a state the sentence took may be anybody's origin, a list of towns another event's)
            carried = [g for g in state.last_groups if all(p.kind in ("locality", "municipality") for p, _, _ in g.places)]
            state.carried_groups = carried if state.last_index == index - 1 and sum(len(g.places) for g in carried) == 1 \
                else []
            state.carried_date = state.last_date
            state.paragraph, state.last_groups, state.paragraph_date = sentence.paragraph, [], None
            pending.clear()
        if sentence.dateline:
            if index > first_dateline_at and (town := _town_of_dateline(sentence, resolver)) is not None:
                # a round-up's next story under its own dateline ("Fresnillo, Zac.- Sicarios ... asesinaron a un hombre
                # ... en esta ciudad"): "this city" is that story's town from here on
                state.dateline_town = town
            continue
        found = _under_heading(sentence.text, found, state)
        if found and sentence.heading and index > 0 and not neighbours.mentions(index):
            continue  # "Ontvoerd door politie" between paragraphs: the text under it tells the event and its place
        own_date = date_of(sentence) if found else None
        if own_date is not None and own_date[1] == "day":
            own_date = _in_month_told(sentence.text, own_date, state.last_event_day)
        if not found and _may_date(scan[1]):
            pending.append(sentence)  # its date, if any, is the paragraph's from here on: read when asked
        if found and own_date is None and "background" in scan[1] and _BACKGROUND_PARTS.search(scan[0], scan[1]):
            # habits and the distant past without a date of their own ("Much of the fighting takes
            # place in ..."), whatever date the paragraph gave before them
            found = ()
        if found and own_date is None and all(t[0] == "disruption" for t in found) \
                and (since := since_day(sentence.text, published)) is not None:
            own_date = (since, "day")  # "schools have been closed since Tuesday": closed from that day
        if found and own_date is None:
            own_date = _told_next(sentences, index, lang, date_of, published)
        if found and own_date is None and NOW_OPENER.match(sentence.text):
            own_date = (published, "day")  # "Actualmente, ... mantiene cerrada la carretera": now, whatever came before
        # a day shift before the paragraph's date: "El 24 de diciembre ... Tres días después, otro ataque" is the 27th
        last_day = state.last_event_day or state.last_date
        if found and own_date is None and last_day is not None and last_day[1] == "day":
            shifted = _shifted_day(sentence.text, lang, last_day[0])
            if shifted is not None:  # "The next day, three bodies were found": the last event's day, one on
                own_date = (shifted, "day")
        if found and own_date is None and last_day is not None and ("mes" in sentence.text or "month" in sentence.text
                                                                    or "maand" in sentence.text) \
                and SAME_MONTH.search(sentence.text):
            own_date = (last_day[0].replace(day=1), "month")  # "El mismo mes se confirmó la ejecución de ..."
        if found and own_date is None and state.last_event_day is not None and state.last_event_day_at == index - 1 \
                and THAT_EVENT_OPENER.match(sentence.text):
            own_date = state.last_event_day  # "Ese hecho provocó una persecución" after Monday's attack: Monday
        names_event_place = not _EVENT_PLACE_KEYS.isdisjoint(scan[1])
        if own_date is None and found and paragraph_date() is not None \
                and (not _same_period(state.paragraph_date, main_date)
                     # a day an event of the same kind set in the paragraph ("Mientras tanto el domingo, un comando arrojó
                     # los cuerpos ... Además, un taxista fue acribillado"), not the day something was said or will be
                     # ("will deploy to Sonora starting July 1"), nor another kind's ("school was called off on Monday")
                     or state.paragraph_date[1] == "day" and state.paragraph_date != main_date
                     and state.paragraph_date[0] <= published
                     and not state.paragraph_date_types.isdisjoint(t[0] for t in found)
                     # the month of an event of the same kind the sentence right before told, in the story's month:
                     # "Earlier this month, the mayor of Tacámbaro was also killed. Salvador Bastida García ... was
                     # fatally shot": that killing, not the story's day
                     or state.paragraph_date[1] == "month" and main_date[1] == "day"
                     and state.paragraph_date_at == index - 1 and state.paragraph_date[0] == main_date[0].replace(day=1)
                     and not state.paragraph_date_types.isdisjoint(t[0] for t in found)) \
                and not (names_event_place and _names_event_place(sentence.text, before, after, lang, scan)):
            # ("el gobierno condenó el ataque ocurrido en Cuautla" after "en marzo pasado": the story's attack)
            # "In 2011 ... The bodies were found in San Fernando"; "El periodista X fue asesinado el
            # 17 de enero ... La periodista Y fue asesinada ...": the paragraph's past period goes on
            own_date = state.paragraph_date
        elif own_date is not None:
            state.paragraph_date, state.paragraph_date_types = own_date, frozenset(t[0] for t in found)
            state.paragraph_date_at = index
            pending.clear()
        if found and own_date is not None:
            state.last_event_day, state.last_event_day_at = own_date, index  # "Apenas el viernes pasado, ... Ese mismo día"
        if not found:
            own_date = None
        if found or state.abroad:
            found = _unless_abroad(sentence.text, index, found, state, neighbours, "abroad" in scan[1])
        state.index = index
        if names_event_place:
            _remember_event_place(sentence.text, lang, resolver, own_date or main_date, published, state, scan,
                                  main_date=main_date)
        records.extend(_sentence_records(article, sentence, found, scan, resolver, main_date, own_date, state,
                                         neighbours))
    # Records that carry a shared count stand apart from the finer ones they hold.
    own = [r for r in records if id(r) not in state.shared]
    own = _with_their_sentence(_relocate_to_town(_relocate_to_event_places(own, state.event_places)))
    own = _relocate_to_state(own, resolver)
    dateline_town = first_dateline_town
    if dateline_town is not None and _on_a_road_elsewhere(own, dateline_town, resolver):
        dateline_town = None
    own = _relocate_state_records_to(own, dateline_town, types=DATELINE_EVENTS)
    placed_states = {r.admin1 for r in own if r.geo_precision <= 2}
    if any(r.geo_precision == 3 and r.event_type in POINT_EVENTS and r.admin1 not in placed_states for r in own):
        # most articles place every record in a town: no title or town to read (and reading every
        # sentence's towns is the dearest step here)
        title = neighbours.title_town()
        for town in ([title] if title else neighbours.only_towns()):
            own = _relocate_state_records_to(own, town)
        if article.url and not title:
            # ... or the town a local paper files it under, for a state none of its sentences places a town in
            placed_states = {r.admin1 for r in own if r.geo_precision <= 2}
            for admin1 in sorted({r.admin1 for r in own if r.geo_precision == 3 and r.admin1 not in placed_states}):
                own = _relocate_state_records_to(own, address_town(article.url, admin1, resolver.geo))
    office = _office_town(article.text, resolver) if "death" in {r.event_type for r in own} else None
    own = _relocate_state_records_to(own, office, types=OFFICE_EVENTS, unnamed_town=True)
    own = _relocate_guessed_to_one_town(own, ARTICLE_STATE_CONFIDENCE)
    own = _suppress_coarse(_fold_into_days(_merge(own)))
    records = own + _merge(_settle_shared_counts([r for r in records if id(r) in state.shared], own, state.shared))
    if article.text != shown_text:
        records = [dataclasses.replace(r, evidence=shown_text[r.evidence_start:r.evidence_end]) for r in records]
    _assign_ids(article, records)
    return [r.to_record() for r in sorted(records, key=lambda r: (r.evidence_start, r.event_type, r.location))]


def _opens_a_list(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence after ``index`` is a list line ("Juchipila,"): short, without a sentence's end."""
    if index + 1 >= len(sentences):
        return False
    line = sentences[index + 1].text.rstrip()
    return line[-1:] not in ".!?" and len(line.split()) <= LIST_LINE_WORDS


def _list_line_town(group: Group, resolver: PlaceResolver) -> Group:
    """A list line under a heading that names a state the article is not about, where a state it is about has a
    municipality of that name, names that municipality ("Tabasco," among the towns of Zacatecas under "Se atacaron e
    incendiaron sucursales del Banco del Bienestar en:")."""
    if len(group.places) != 1 or group.places[0][0].kind != "state" or group.places[0][0].admin1 in resolver.context_states:
        return group
    place, mention, part_of = group.places[0]
    town = next((p for state in resolver.context_states for p in (resolver.resolve(place.location, state),)
                 if p is not None and p.kind == "municipality" and p.admin1 == state), None)
    return group if town is None else dataclasses.replace(group, places=[(town, mention, part_of)], label=town.location)


def _names_a_victim(text: str, lang: str, trigger: tuple[str, int, int]) -> bool:
    """Whether the killing's wording at ``trigger`` names its victim by a given name ("la ejecución de Marcos")."""
    return any(match.start() <= trigger[1] < match.end("name") and lexicon.fold(match["name"]) in lexicon.GIVEN_NAMES
               for match in NAMED_VICTIM[lang].finditer(text))


def _unless_abroad(text: str, index: int, found: tuple, state: _State, neighbours: _Neighbours,
                   may_be_abroad: bool) -> tuple:
    """No events for a sentence that places them abroad ("Guatemalan authorities said they
    captured 15 alleged Zeta members") and names no Mexican place, nor for the placeless
    sentences after it until a Mexican place is named again."""
    abroad = may_be_abroad and any(not _BORDER_BEFORE.search(text, max(0, m.start() - 50), m.start())
                                   for m in ABROAD.finditer(text, gated=True))  # the sentence scan found its words
    if not abroad and not state.abroad:
        return found
    if neighbours.places(index):
        state.abroad = False
        return found
    if abroad and found:
        state.abroad = True
    return () if state.abroad else found


def _dateline_town(sentences: list[Sentence], resolver: PlaceResolver) -> Any:
    """The town of the article's first dateline ("MÉRIDA, Yucatán. –", "Tepic, Nay.,",
    "CIUDAD JUAREZ, Mexico –"), or None."""
    dateline = next((s for s in sentences if s.dateline), None)
    return _town_of_dateline(dateline, resolver) if dateline is not None else None


def _town_of_dateline(dateline: Sentence, resolver: PlaceResolver) -> Any:
    """The town one dateline names, or None (a syndicated copy's, a capital named like its state)."""
    named = dateline_place(dateline.text)
    if named is None:
        return None
    town, after = named
    if _SYNDICATED.search(dateline.text):
        return None  # where a syndicating agency's copy is filed from, not where its story happened
    if after and after.strip().lower() in ("mexico", "méxico") and (
            _WIRE_AGENCY.search(dateline.text) or resolver.geo.state_name(town)):
        # "TAPACHULA, Mexico (AP) —", "OAXACA, Mexico —": where an agency's reporter files from, or a
        # capital named like its state, not where the state's events happened
        return None
    state = dateline_state(dateline.text) or (resolver.geo.state_name(after) if after else None)
    place = resolver.resolve(town, state)
    if (place is None or place.kind not in ("municipality", "locality")) and after and "/" in dateline.text \
            and not state:
        place = resolver.resolve(after)  # "Ríodoce/Choix.-": the outlet's name, then the town
    return place if place is not None and place.kind in ("municipality", "locality") else None


def _on_a_road_elsewhere(records: list[Incident], town: Any, resolver: PlaceResolver) -> bool:
    """Whether a state-level record of ``town``'s state says it happened on a road between other towns of that state
    ("OAXACA, OAX.- ... dos hombres fueron ejecutados en el tramo de la carretera Juchitán-El Espinal"): the article's
    events are there, not in the dateline's town."""
    for record in records:
        if record.geo_precision != 3 or record.admin1 != town.admin1 or not HIGHWAY.search(record.evidence):
            continue
        for names in road_towns(record.evidence):
            places = [resolver.resolve(name, town.admin1) for name in names]
            if all(p is not None and p.admin1 == town.admin1 and p.admin2 != town.admin2 for p in places) \
                    and not _on_the_way(town, places):
                return True
    return False


_WIRE_AGENCY = re.compile(r"\((?:AP|AFP|Reuters|EFE|dpa|BNO NEWS|Xinhua|UPI)\)", re.IGNORECASE)
# a syndicated wire's desk: "Acapulco, (APP - UrduPoint / Pakistan Point News - 30th May, 2024)"
_SYNDICATED = re.compile(SYNDICATED_SOURCE)
# A local paper's blockades and closures are its town's too ("Reynosa, Tamaulipas.- ... ciudadanos
# reportaron bloqueos con vehículos incendiados"), unless the sentence says the whole state.
DATELINE_EVENTS = POINT_EVENTS | {"roadblock", "arson", "disruption", "unrest"}
ABROAD = LowerCasePattern(lexicon.ABROAD)  # spans only
# "cerca de la frontera con el estado de Arizona, en Estados Unidos": a border says where a Mexican place is
_BORDER_BEFORE = re.compile(lexicon.BORDER_WORDS, re.I)
OFFICE_EVENTS = frozenset({"death", "attack", "operation"})


def _office_town(text: str, resolver: PlaceResolver) -> Any:
    """The one municipality the article names as a mayor's or candidate's ("running for
    re-election in Taretan"), or None: a killed politician's town is where the killing is
    coded when the article places it in no town of that state."""
    towns = office_towns(text, resolver)
    # "el alcalde de Jalapa de Díaz ... desde el homicidio de ..., alcalde de Tlaxiaco": the
    # story's official is named first, the earlier victims after
    return next(iter(towns.values()), None)


_PEOPLE_HELD = re.compile(r"detenid|detainee|arrestant|aangehoudenen|capturad|aprehendid|arrestad")


# Where a list sentence's clauses part: "cuatro presuntos criminales el sábado en Miguel Alemán ..., además de una
# mujer que murió el jueves ... en Matamoros"
_CLAUSE_PARTS = re.compile(r"[:;]|,\s+(?:adem[aá]s\s+de|as[ií]\s+como|mientras\s+que|while|as\s+well\s+as|terwijl|"
                           r"evenals)\s+|\s+(?:y|and)\s+(?=(?:el|la|los|las|the|on)\b)"
                           # a chronicle's next day: "..., dos días después el 16 de febrero, con una metralleta
                           # agredieron ...", "..., on February 17, soldiers were attacked in Tamuín"
                           r"|,\s+(?=(?:[\w-]+\s+){0,3}?(?:el\s+(?:d[ií]a\s+)?[0-3]?\d\b|on\s+(?:[A-Z][a-z]+\.?\s+)?[0-3]?\d\b"
                           r"|op\s+[0-3]?\d\b))")


def _clause_dates(text: str, groups: list[Group], date: tuple[dt.date, str],
                  published: dt.date | None) -> list[tuple[list[Group], tuple[dt.date, str]]]:
    """The sentence's groups with their dates: one date for all, unless its clauses name days of their
    own for the places in them ("cuatro ... el sábado en Miguel Alemán, además de una mujer que murió el
    jueves en Matamoros": Saturday's, Thursday's)."""
    if len(groups) < 2 or published is None or not _CLAUSE_PARTS.search(text):
        return [(groups, date)]
    cuts = [0] + [m.end() for m in _CLAUSE_PARTS.finditer(text)] + [len(text)]
    dated: dict[tuple[dt.date, str], list[Group]] = {}
    for group in groups:
        start = max(c for c in cuts[:-1] if c <= group.start)
        end = min(c for c in cuts if c > group.start)
        own = sentence_date(text[start:end], published)
        key = own if own is not None and own[1] == "day" else date
        dated.setdefault(key, []).append(group)
    return [(grouped, key) for key, grouped in dated.items()] if len(dated) > 1 else [(groups, date)]


def _sentence_records(article: Article, sentence: Sentence, triggers: tuple, scanned: tuple[str, set[Any]],
                      resolver: PlaceResolver, main_date: tuple[dt.date, str],
                      own_date: tuple[dt.date, str] | None, state: _State,
                      neighbours: "_Neighbours") -> list[Incident]:
    text, (low, possible) = sentence.text, scanned
    lang = article.language
    if "title_state" in possible:
        _remember_title_state(text, resolver, state)
    # "the attack" looks back at an event already recorded: without a place of its own the
    # sentence adds nothing, and inheriting a place could misplace it.
    toll = triggers != () and _risen_tolls(text) != []  # (no wording: nothing below reads it)
    # ... unless the sentence names a day of its own in figures, apart from the story's ("Primero, el 31 de diciembre
    # de 2025, se informó la muerte de 3 hombres" after the 7 January attack): another event
    # (or counted from the last event's: "Cuatro días después, un tambo con los restos de un hombre se localizó")
    own_day = triggers != () and own_date is not None and own_date[1] == "day" \
        and (_DIGIT.search(text) is not None or (_day_shift(text, lang) or 0) >= 2) and all(
        abs((own_date[0] - told[0]).days) > 1 for told in (main_date, state.last_date) if told is not None)
    # (in the town the story has moved on to: "Por otra parte, en Tuxtepec ... se confirmó el fallecimiento del
    # masculino" after a death in Salina Cruz is Tuxtepec's own death)
    # (a town named only as a force's, "una patrulla de la policía municipal de Caborca", is not where the story is)
    here = place_keys(state.last_groups or state.carried_groups, PLACED)
    fresh = tuple(t for t in triggers if (toll and t[0] == "death") or not (
        t[0] in state.recorded_types and (not here or state.recorded_types[t[0]] & here)
        and DEFINITE_BEFORE.search(text[max(0, t[1] - 30):t[1]].lower())
        # "las audiencias con los detenidos" on a day of their own: the same people, no new arrest
        and not (own_day and not _PEOPLE_HELD.match(low, t[1]))
        # "El mismo mes se confirmó la ejecución de Marcos N": a victim named, another killing
        and not (t[0] == "death" and _names_a_victim(text, lang, t))))
    told_before = triggers if fresh and len(fresh) < len(triggers) else ()
    if told_before:
        # "detuvo a dos personas ... relacionadas con el ataque": the new event is the arrest.
        triggers = fresh
    if not triggers:
        if state.town_groups and TOWN_ANAPHORA.search(text):  # "chaos in grote delen van de stad"
            state.last_groups, state.last_date = _copy_groups(state.town_groups), state.town_date
        return []
    if (own_date is None or own_date[1] in ("month", "year")) and "tally" in possible and TALLY.search(low):
        return []  # "Tan sólo en Los Cabos en lo que va de 2017 han sido asesinadas más de 230 personas"
    if "rate" in possible and RATE.search(low):
        return []  # "it had the country's second highest murder rate, after the state of Guanajuato"
    date = own_date or main_date
    if own_date is None and date is not None and "recent_days" in possible and RECENT_DAYS.search(low):
        # the days' killings, told after it one by one, keep their days; these stand for the month
        date = (date[0].replace(day=1), "month")
    confidence = 0.8
    mentions = neighbours.mentions(state.index)
    # wording inside a place's name tells nothing: "la localidad vecina de Toro Muerto"
    # a heading's types are given as empty spans at 0 ("Juchipila," under "hubo narcobloqueos:"): they lie in no name
    list_line = all(t[1] == t[2] == 0 for t in triggers)
    triggers = tuple(t for t in triggers if t[2] == 0 or not any(m.start <= t[1] and t[2] <= m.end for m in mentions))
    if not triggers:
        return []
    types = {t for t, _, _ in triggers}
    # flights go to a place, and so do troops sent in: "stuurde troepen naar Culiacán"
    allowed = PLACED + (("destination",) if types & {"disruption", "operation"} else ())
    if list_line:
        allowed += ("none",)  # a list line under a heading that names events: a bare name places it
    groups = _groups(text, mentions, resolver, allowed)
    if list_line:
        groups = [_list_line_town(g, resolver) for g in groups]
    if len(groups) == 1 and len(groups[0].places) == 1 and groups[0].places[0][0].kind == "state" \
            and SPREAD_OVER.search(text, max(0, groups[0].start - 50), groups[0].start):
        groups = _towns_listed_next(groups[0].places[0][0].admin1, neighbours, state.index) or groups
    if len(groups) == 1 and len(groups[0].places) == 1 and groups[0].places[0][0].kind == "state" \
            and THIS_TOWN.search(text, 0, groups[0].start):
        # "The army rolled into this town in Zacatecas state": the one town of that state named before
        named = [p for p in neighbours.towns_named_before(state.index).values()
                 if p.admin1 == groups[0].places[0][0].admin1]
        if len(named) == 1:
            groups = [Group(groups[0].start, groups[0].end, [(named[0], None, False)], label=named[0].location)]
    if len(groups) == 1 and len(groups[0].places) == 1 and groups[0].places[0][0].kind == "state" \
            and (said_town := SAID_TOWN.search(text, groups[0].end)) is not None:
        # "en Michoacán, X, ex líder del grupo de autodefensa de Pátzcuaro, murió acribillado en las cercanías de un
        # centro comercial de dicha ciudad": the one town of that state the sentence named before
        named = {(p.admin1, p.admin2): p for g in _groups(text[:said_town.start()], mentions, resolver, NAMED)
                 for p, _, _ in g.places
                 if p.kind in ("municipality", "locality") and p.admin1 == groups[0].places[0][0].admin1}
        if len(named) == 1:
            town = next(iter(named.values()))
            groups = [Group(groups[0].start, groups[0].end, [(town, None, False)], label=town.location)]
    if len(groups) == 1 and len(groups[0].places) == 1 and groups[0].places[0][0].kind == "state" and "capital" in text \
            and (capital := demonym_capital(text, resolver, lang)) is not None \
            and capital.admin1 == groups[0].places[0][0].admin1:
        # "También en la capital mexiquense, ... tres hombres fueron asesinados en la delegación de San Felipe": the
        # capital the adjective names, not its state
        groups = [Group(groups[0].start, groups[0].end, [(capital, None, False)], label=capital.location)]
    elif groups and "capital" in text and (at := demonym_capital_at(text, resolver, lang)) is not None \
            and not any(g.start < at[2] and at[1] < g.end for g in groups) \
            and not any(p.admin1 == at[0].admin1 and p.admin2 == at[0].admin2 for g in groups for p, _, _ in g.places):
        # "en un tiroteo contra el bar Las Quintas, en la capital chihuahuense; mientras en el Terraza, del municipio de
        # Aldama": the capital is a place of the sentence like a town named by its name
        groups = sorted([*groups, Group(at[1], at[2], [(at[0], None, False)], label=at[0].location)], key=lambda g: g.start)
    if told_before:
        # "the armed attack against a woman ... in Villa de Álvarez": a town not named before,
        # told after the attack and nearer it than the new event's wording, so another attack
        # ("detuvo a dos personas en Salamanca relacionadas con el ataque" stays the arrest)
        again = [t for t in told_before if t not in triggers and any(
            _places_new_town(g, state) and (g.start >= t[2] or not RELATED_TO.search(text, max(0, t[1] - 40), t[1]))
            for g in groups)]
        if again:
            triggers = tuple(t for t in told_before if t in triggers or t in again)
            types = {t for t, _, _ in triggers}
    if not any(g.places[0][0].kind == "state" for g in groups):
        country = None
        for start, end in multi_state_spans(text) if "multi_state" in possible else ():
            country = country or resolver.resolve("Mexico")
            if country is not None:
                groups.append(Group(start, end, [(country, None, False)], label=text[start:end],
                                    only=lexicon.WAVE_TYPES))
    if groups and not fresh and all(p.kind == "state" for g in groups for p, _, _ in g.places) \
            and {p.admin1 for g in groups for p, _, _ in g.places} <= {key[0] for key in state.places
                                                                     if key[3] in ("municipality", "locality")}:
        # "The operation came in the wake of a wave of violence across three municipalities in Baja
        # California Sur": the operation told before, in a town of that state; the state is the wave's
        return []
    if groups:
        state.places.update(_group_keys(groups))
    else:
        triggers, types = fresh, {t for t, _, _ in fresh}
        if not triggers or text.rstrip().endswith(":") and _opens_a_list(neighbours.sentences, state.index):
            return []  # "en siete municipios hubo narcobloqueos:": the list lines under it tell where
        groups, inherited_date, confidence = _fallback_groups(text, types, mentions, resolver, state, neighbours,
                                                              own_day=bool(own_date and own_date[1] == "day"),
                                                              own_date=own_date)
        if own_date and inherited_date and own_date != inherited_date and confidence < 0.6 \
                and not _days_after(inherited_date, own_date) and not _days_before(inherited_date, own_date) \
                and not (own_date[1] == "day" and own_date == main_date):
            # (the story's own day is the story's event: "The six men found early Monday had been shot
            # execution-style" after a paragraph on April's shootout stays in Tijuana)
            local = own_date[1] == "day" and (_names_unknown_place(mentions, resolver) or STREET_NAMED.search(text))
            if own_date[1] in ("day", "month") and not local \
                    and (state_place := _state_of_groups(groups, resolver)) is not None:
                # "Pas vorige zaterdag werd ... nog een journalist vermoord", "In January, a journalist was also
                # killed": an event of its own day or month that names no place is in the story's state (not in
                # the town of the event it follows, and no statistic: it is told as one event)
                groups, inherited_date = [Group(0, 10 ** 9, [(state_place, None, False)], True, label=state_place.location)], None
            elif not local:
                return []  # a statistic or a past event: not the place of the event we inherit from
            # "El 24 de diciembre ocurrió el primer ataque con drones ... en El Pinito": an event of its own day at a
            # place the gazetteer lacks, in the story's town; so is one on a street ("On March the 2nd another taxi
            # driver was also murdered outside of his dispatch center on Vicente Guerrero blvd."); its own day
            inherited_date = None
        if own_date and own_date[1] != "day" and any(g.inherited for g in groups) \
                and not _same_period(own_date, main_date) and not _month_before(own_date, main_date) \
                and not (_recent_month(own_date, main_date, text) and _group_keys(groups) <= state.places) \
                and not (own_date[1] == "month" and TOWN_ANAPHORA.search(text)):
            # "in 2022", "last year": a figure of another period, not this article's event (but "In July, seven
            # police officers were shot and killed" in a story of Tijuana's police, told apart from its last record:
            # an earlier event of a place the story's events are in; and "En febrero de 2009 fue asesinado un general
            # ... asesor del municipio": a month's event the sentence places in the story's town itself)
            return []
        date = own_date or inherited_date or main_date
    if not groups:
        return []
    _assign(text, scanned, lang, triggers, groups)
    _counts_follow_their_type(groups)
    if any(value >= STATISTIC_COUNT for group in groups for value in group.counts.values()):
        return []  # "waar 3.139 mensen om het leven werden gebracht": a statistic, not an incident
    actors = _actors(low, possible)
    records = [record for clause_groups, clause_date in _clause_dates(text, groups, date, state.published)
               for record in _group_records(article, sentence, clause_groups, clause_date, confidence, actors, resolver,
                                            state.shared)]
    if records and confidence > ARTICLE_STATE_CONFIDENCE:
        _remember(groups, date, state)  # a guessed state is no place for the next sentence to take
    return records


def _state_of_groups(groups: list[Group], resolver: PlaceResolver) -> Any:
    """The state-level place of the groups' one state, when it is the article's first state; else None."""
    states = {p.admin1 for g in groups for p, _, _ in g.places if getattr(p, "admin1", None)}
    if len(states) != 1 or next(iter(states)) not in resolver.context_states[:1]:
        return None
    return resolver.state_place(next(iter(states)))


def _names_unknown_place(mentions: list[Mention], resolver: PlaceResolver) -> bool:
    """The sentence places its event at a hamlet the gazetteer holds only in another state ("en El Pinito" in a
    Chihuahua story, a Guanajuato locality): the caller found no place of it, so it is a hamlet of the story's
    town the gazetteer misses, the sentence a concrete event (not a statistic of another period)."""
    return any(m.context == "strong" and not m.state and (place := resolver.resolve(m.name)) is not None
               and getattr(place, "country", "MX") == "MX" and place.kind == "locality"
               and place.admin1 not in resolver.context_states for m in mentions)


SPREAD_OVER = re.compile(lexicon.SPREAD_OVER, re.IGNORECASE)
# "de dicha ciudad", "en esa ciudad", "in that city", "in die stad": the town the sentence just named
SAID_TOWN = re.compile(r"\b(?:dich[oa]|es[ae]|aquell[ao]|la\s+misma|el\s+mismo)\s+(?:ciudad|municipio|localidad|poblaci[oó]n)\b|"
                       r"\b(?:that|the\s+same)\s+(?:city|town)\b|\b(?:die|dezelfde)\s+(?:stad|plaats|gemeente)\b", re.I)
EDITORS_NOTE = re.compile(lexicon.EDITORS_NOTE)


def own_outlet(article: Article) -> str | None:
    """The name of the outlet that published ``article`` (its source, without a parenthesised
    aside) when the text names it: a name of two words or more, so that a one-word source
    ("Noroeste", "Reuters") never hides a common word."""
    name = re.sub(r"\s*\([^)]*\)", "", article.source or "").strip()
    return name if len(name.split()) >= 2 and name in article.text else None


DAY_AFTER = re.compile(lexicon.DAY_AFTER, _FLAGS)
DAY_BEFORE = re.compile(lexicon.DAY_BEFORE, _FLAGS)
SAME_DAY = re.compile(lexicon.SAME_DAY, _FLAGS)
SAME_MONTH = re.compile(lexicon.SAME_MONTH, _FLAGS)
THAT_EVENT_OPENER = re.compile(lexicon.THAT_EVENT_OPENER, _FLAGS)
NOW_OPENER = re.compile(lexicon.NOW_OPENER, _FLAGS)


DAYS_LATER = re.compile(lexicon.DAYS_LATER, _FLAGS)
CAME_DAYS_AFTER = re.compile(lexicon.CAME_DAYS_AFTER, _FLAGS)
CAME_YEAR_AFTER = re.compile(lexicon.CAME_YEAR_AFTER, _FLAGS)
# a word each of the day-shift patterns needs
# (capitalised too: "Cuatro Días después")
_DAY_WORDS = ("day", "d\u00eda", "dia", "dag", "night", "noche", "week", "semana", "v\u00edspera", "vispera", "hora", "Hora",
              "hour", "Hour", "minut", "Minut", "uren", "Uren", "Later", "Day", "D\u00eda", "Dia", "Dag", "Week", "Semana")
_DIGIT = re.compile(r"\d")


def _in_month_told(text: str, own: tuple[dt.date, str], last_day: tuple[dt.date, str] | None) -> tuple[dt.date, str]:
    """A day named without its month after an event of an earlier month, counting on from it, is
    that month's: "El 4 de enero ... El 5, un comerciante ..." in a round-up published in May."""
    if last_day is None or last_day[1] != "day" or (own[0].year, own[0].month) == (last_day[0].year, last_day[0].month):
        return own
    day = bare_day(text)
    if day != own[0].day or day < last_day[0].day:
        return own
    try:
        told = last_day[0].replace(day=day)
    except ValueError:  # "El 31," after a day of a 30-day month: no day of that month
        return own
    return (told, "day") if told < own[0] else own


def _shifted_day(text: str, lang: str, last_day: dt.date) -> dt.date | None:
    """The day the sentence tells its own, counted from the last event's day ("the next day": one
    on, "that same day", "two days later", "came a week after": seven before, "came exactly a year
    after": the year before), or None when it tells none."""
    if ("year" in text or "año" in text or "jaar" in text) and CAME_YEAR_AFTER.search(text):
        try:
            return last_day.replace(year=last_day.year - 1)
        except ValueError:  # 29 February
            return last_day - dt.timedelta(days=365)
    shift = _day_shift(text, lang)
    return last_day + dt.timedelta(days=shift) if shift is not None else None


def _day_shift(text: str, lang: str) -> int | None:
    """Days from the last event's day the sentence tells its own ("the next day": 1, "that
    same day": 0, "two days later": 2, "came a week after": -7), or None when it tells none."""
    if not holds_any(text, _DAY_WORDS):
        return None  # a substring test spares the regexes
    if DAY_AFTER.search(text):
        return 1
    if DAY_BEFORE.search(text):
        return -1
    if SAME_DAY.search(text):
        return 0
    for pattern, sign in ((CAME_DAYS_AFTER, -1), (DAYS_LATER, 1)):
        found = pattern.search(text)
        days = found and (7 if found["week"] else word_value(found["count"], lang)
                          or (int(found["count"]) if found["count"].isdigit() else None))
        if days:
            return sign * days
    return None


_CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ]")


def _names_event_place(text: str, before: re.Pattern[str], after: re.Pattern[str], lang: str | None = None,
                       scanned: tuple[str, set[Any]] | None = None) -> bool:
    """"X, where the attack occurred", "Dat gebeurde in Reynosa": the phrase with a name on
    its side; "toen de ontvoering plaatsvond" names no place. ``lang`` and ``scanned`` (the sentence's
    scan): ``after`` is EVENT_PLACE[lang]'s, looked for from the scan (linking.event_place_after)."""
    match = event_place_after(text, lang, scanned) if lang is not None and after is EVENT_PLACE[lang][1] \
        else after.search(text)
    if match and _CAPITALISED.search(text, match.end(), match.end() + 80):
        return True
    match = before.search(text)
    return bool(match and _CAPITALISED.search(text, max(0, match.start() - 80), match.start()))


def _counts_follow_their_type(groups: list[Group]) -> None:
    """"Un ataque en el Estado de México dejó seis muertos, confirmó el municipio de
    Cuautitlán Izcalli": the count went to one group and the deaths to another; the one
    group with that type and no count of its own takes it."""
    for field_name, etype in _COUNTED_TYPES.items():
        holders = [g for g in groups if field_name in g.counts and etype not in g.types]
        takers = [g for g in groups if etype in g.types and field_name not in g.counts]
        if len(holders) == 1 and len(takers) == 1:
            takers[0].counts[field_name] = holders[0].counts.pop(field_name)


def _days_after(earlier: tuple[dt.date, str], later: tuple[dt.date, str]) -> bool:
    """Whether ``later`` is a named day in the week after ``earlier``'s: the story going on
    ("el primer ataque ... el 21 de octubre; para el 23 de octubre ..."), not a past event."""
    return earlier[1] == later[1] == "day" and 0 < (later[0] - earlier[0]).days <= 7


def _month_before(date: tuple[dt.date, str], main: tuple[dt.date, str]) -> bool:
    """Whether ``date`` is the month before the main events' ("Vorige maand werden minstens
    twaalf lichamen gevonden ... in de regio"): a recent event of the story's place, not a
    figure of another period."""
    first = main[0].replace(day=1)
    return date[1] == "month" and date[0] == (first - dt.timedelta(days=1)).replace(day=1)


def _recent_month(date: tuple[dt.date, str], main: tuple[dt.date, str], text: str) -> bool:
    """Whether ``date`` is a month of the year before the main events, named without a year
    ("In July", "last March")."""
    first = main[0].replace(day=1)
    return date[1] == "month" and first - dt.timedelta(days=365) <= date[0] < first and _YEAR.search(text) is None


def _days_before(later: tuple[dt.date, str], earlier: tuple[dt.date, str]) -> bool:
    """Whether ``earlier`` is a day or weekend in the week before ``later``'s day: the story's
    own event told after what followed it ("8 escuelas suspendieron clases ... luego del ataque
    armado que se registró durante el fin de semana"), not a past event."""
    return later[1] == "day" and earlier[1] in ("day", "week") and 0 < (later[0] - earlier[0]).days <= 7


def _assign(text: str, scanned: tuple[str, set[Any]], lang: str, triggers: tuple[tuple[str, int, int], ...],
            groups: list[Group]) -> None:
    """Each trigger and each count cue goes to the nearest group of places."""
    for etype, start, end in triggers:
        takers = [g for g in groups if g.accepts(etype)]
        if takers:
            _nearest_taker(text, start, end, takers).types.add(etype)
    # A place named in the same clause as event wording is where it happened even when
    # another place is nearer that wording ("clashed ... in fourteen municipalities in
    # Michoacán, including the capital city of Morelia"): it takes its nearest wording.
    for group in groups:
        if group.types or group.inherited or _AFTER_AN_ARREST.search(text, max(0, group.start - 60), group.start):
            # ("incendiados en Colima tras la detención, en la Ciudad de México, de La Vaca": where the arrest was)
            continue
        nearest = min(((_gap_cost(text, start, end, group), etype) for etype, start, end in triggers
                       if group.accepts(etype)), default=None)
        if nearest is not None and nearest[0] < CLAUSE_PENALTY:
            group.types.add(nearest[1])
    low, possible = scanned
    cue_matches = {name: list(cues[lang].finditer(low)) if ("cue", name) in possible else []
                   for name, cues in COUNT_CUES.items()}
    has_death = any(t[0] == "death" for t in triggers)
    numbers = find_numbers(text, lang) if has_death or any(cue_matches.values()) else []  # read once
    if numbers and ("sum" in low or "total" in low or "totaal" in low or "if " in low or "si " in low or "als " in low):
        numbers = [n for n in numbers if not in_running_total_or_supposition(text, n)]
    if any(cue_matches.values()):
        _assign_counts(text, lang, groups, cue_matches, numbers)
    if has_death:
        _distributed_counts(text, groups, numbers)
        with_others: set[int] = set()
        for match in _SINGULAR_DEATH_PARTS[lang].finditer(low, possible):  # "een bewaker werd gedood": one death
            group = _nearest(text, match.start(), match.end(), groups)
            others = _along_with(text, lang, match.end(), numbers) if id(group) not in with_others else None
            if others is not None and group.counts.get("fatalities", others) in (others, 1):
                group.counts["fatalities"] = others + 1  # "hij stierf samen met drie lijfwachten": four
                with_others.add(id(group))
            group.counts.setdefault("fatalities", 1)
        for match in NAMED_VICTIM[lang].finditer(text):  # "la ejecución de Juan Carlos Pérez": one death
            if lexicon.fold(match["name"]) in lexicon.GIVEN_NAMES \
                    and not any(match.start() <= n.start < match.start("name") and not n.vague for n in numbers):
                _nearest(text, match.start(), match.end(), groups).counts.setdefault("fatalities", 1)
        if holds_any(text, _KIN_ALONG_WITH_WORDS):  # (after the named victim: "acribillaron a X, así como a su escolta")
            _kin_along_with(text, groups, with_others)
        if " also " in text or "también" in text or " ook " in text:
            for match in _ALSO_KILLED.finditer(text):
                # "Officer Rafael Martinez was shot to death while providing security for candidate Yuriel Gonzalez,
                # who was also killed": the one counted and one more
                group = _nearest(text, match.start(), match.end(), groups)
                if id(group) not in with_others and group.counts.get("fatalities") == 1:
                    group.counts["fatalities"] = 2
                    with_others.add(id(group))
        for match in SINGULAR_ADDED[lang].finditer(low):  # "another policeman died later": one more
            group = _nearest(text, match.start(), match.end(), groups)
            rank = next((lexicon.ORDINALS[lang][w] for w in match.group().split() if w in lexicon.ORDINALS[lang]), 0)
            if rank and group.counts.get("fatalities", 0) in range(1, rank):
                group.counts["fatalities"] = rank  # "Two men were killed ... and a third died later": three
            elif not rank and group.counts.get("fatalities") and not _ALSO.search(match.group()) and any(
                    n.end <= match.start() and not n.vague for n in numbers) \
                    and not any(match.start() <= n.start < match.end() and not n.vague for n in numbers):  # "nog een": counted
                # "One police officer was killed and another was fatally wounded": the one before, and one more
                group.counts["fatalities"] += 1
            elif "fatalities" not in group.counts or group.counts["fatalities"] == 1:
                group.counts["fatalities"] = 1
                group.added.add("fatalities")


# "Luego de los enfrentamientos los criminales quemaron vehículos en San Miguel el Alto", "After the shootout,
# soldiers arrested two men in ...": an opening that names an event told before as the time of the next one
_AFTER_THE_EVENT = re.compile(r"^(?:after|following|tras|luego\s+de|despu[eé]s\s+de|na)\s+(?:the|el|la|los|las|het|de|"
                              r"this|these|este|esta|estos|estas|dit|deze)\s+(?:[\w-]+\s+){0,2}$")
# ... unless the opening places it ("Tras el enfrentamiento en Teocaltiche, ..."): then it may be told here first
_PLACED_CLAUSE = re.compile(r"^[^,;:]*?\b(?:en|in|near|cerca|bij|op|at)\s")


def _without_events_told_before(sentences: list[Sentence], scans: list[tuple[str, set[Any]]],
                                triggers: list[tuple[tuple[str, int, int], ...]]) -> list[tuple[tuple[str, int, int], ...]]:
    """``triggers`` less the events a sentence's opening names as what came before ("After the clashes, ..."),
    when an earlier sentence told an event of that type: that event, not another at this sentence's places."""
    told: set[str] = set()
    kept = []
    for sentence, (low, _), found in zip(sentences, scans, triggers):
        if found and low.startswith(("after ", "following ", "tras ", "luego ", "después ", "despues ", "na ")):
            found = tuple(t for t in found if t[0] not in told or t[1] > 40 or not _AFTER_THE_EVENT.match(low[:t[1]])
                          or _PLACED_CLAUSE.match(low, t[2]))
        told.update(t[0] for t in found)
        kept.append(found)
    return kept


# The place of an arrest named as what another event followed: "tras la detención, en la Ciudad de México, de"
_AFTER_AN_ARREST = re.compile(r"\b(?:tras|despu[eé]s\s+de|luego\s+de|after|following|na)\s+(?:la|el|the|de|het)\s+"
                              r"(?:detenci[oó]n|captura|arresto|aprehensi[oó]n|arrest|capture|arrestatie|aanhouding)\b"
                              r"[^.;:]{0,12}?[,\s]+(?:en|in|op)\s+(?:la\s+|el\s+|the\s+)?$", re.I)


# "A bystander was also killed": the one counted in the sentence is the one more (not "one ... and another", nor "and
# also killed the vendor", whose victim is another than the one counted)
_ALSO = re.compile(r"\b(?:was\s+also|also\s+(?:died|was|lost)|tambi[eé]n\s+(?:fue|muri|falleci|perdi)|werd\s+ook|"
                   r"(?:kwam|stierf|overleed)\s+(?:\w+\s+){0,2}?ook)\b")


# "relacionadas con el ataque", "related to the attack", "where the clash occurred": the event
# told before, named as what the new event concerns or as a place
RELATED_TO = re.compile(r"\b(?:relacionad[oa]s?|vinculad[oa]s?|related|linked|connected|betrokken|in\s+verband)\s+"
                        r"(?:con|a|to|with|bij|met)\s+(?:\w+\s+){0,3}$|\bin\s+connection\s+with\s+(?:\w+\s+){0,3}$"
                        # "six kilometres from the place where the clash occurred"
                        r"|\b(?:where|donde|waar)\s+(?:\w+\s+){0,2}$", re.I)


def _places_new_town(group: Group, state: _State) -> bool:
    return any(key[3] in ("municipality", "locality") and key not in state.places for key in _group_keys([group]))


def _nearest_taker(text: str, start: int, end: int, takers: list[Group]) -> Group:
    """The group nearest event wording; a state only qualifies a town of it in the same
    clause ("the Board ... in the State of Colima announced ... the attack ... in the
    municipality of Villa de Álvarez"): the town takes it."""
    nearest = _nearest(text, start, end, takers)
    state = nearest.places[0][0]
    if state.kind != "state" or nearest.inherited:
        return nearest
    towns = [g for g in takers if g.places[0][0].kind in ("municipality", "locality") and not g.inherited
             and g.places[0][0].admin1 == state.admin1 and _gap_cost(text, start, end, g) < CLAUSE_PENALTY]
    return _nearest(text, start, end, towns) if towns else nearest


# "cinco en Ciudad Juárez, dos en Galeana y tres en Guadalupe y Calvo": a number right before
# "en"/"in"/"op" and a place is that place's share.
_MORE = r"(?:m[aá]s|more|meer|others?|otr[oa]s)"
_SHARE_GAP = re.compile(rf"(?:(?:\s+{_MORE})?"  # "dos más en Morelos", "two more in Jerez"
                        r"(?:\s+(?:[\w-]+\s+)?(?:people|persons|personas|mensen|hombres|men|mujeres|women|polic[ií]as|"
                        r"officers|agentes|agenten|soldados|soldiers|militares|cuerpos|bodies|lichamen|cad[aá]veres|"
                        r"muertos|doden|v[ií]ctimas|victims|slachtoffers))?"  # "two people in Celaya and three in Irapuato"
                        # ... and a bare number set off by a comma: "seis, en Chihuahua; cinco, en Guerrero" (not "siete
                        # personas, en Navolato tres": the next place's share follows it)
                        r"\s+|,\s+)(?:en|in|op)\s+(?:(?:el|la|the|de|het)\s+)?(?:(?:municipio|municipality|gemeente|ciudad|city|"
                        r"stad|estado|state|deelstaat)\s+(?:de\s+|of\s+)?)?")  # ("uno en el estado de México")


_MORE_SHARE = re.compile(rf"\s+{_MORE}\s+(?:en|in|op)\s", re.I)
_RANKED_GAP = re.compile(r",?\s+(?:con|with|met)\s+", re.I)
_SHARE_BEFORE = re.compile(r"(?:,|\by|\band|\ben)\s+(?:en|in)\s+$")
_SHARE_END = re.compile(r"\s*(?:[,.;]|\s(?:y|e|and|en|más|meer|more)\b|$)")
_SHARE_AFTER_GAP = re.compile(r"\s+|,\s+")  # "en Navolato 9", "en Celaya, 9"
# ... the share ends the item (never "en Culiacán, 9 en Navolato": that 9 is Navolato's)
_SHARE_AFTER_END = re.compile(r"\s*[,.;]|\s+(?:y|e|and|en)\s+(?:en|in|op)\s|\s*$")
# "Pénjamo (8), Salamanca (4), León (3)": digits in brackets after a place (after a person, an age: read as places only)
_BRACKETED_SHARE = re.compile(r"\s?\((\d{1,3})\)")


def _distributed_counts(text: str, groups: list[Group], numbers: list[Any]) -> None:
    """"La violencia dejó 10 asesinatos: cinco en Ciudad Juárez, dos en Galeana y tres en
    Guadalupe y Calvo": each place takes its share of the deaths, and a total that is the
    sum of the shares is not counted again."""
    _list_shares(text, groups, numbers)
    _each_shares(text, groups, numbers)
    shares = [(group, number) for group in groups
              if (number := next((n for n in numbers if not n.vague and n.end <= group.start
                                  and _SHARE_GAP.fullmatch(text, n.end, group.start)), None)) is not None]
    if shares:
        # "cuatro en Miguel Alemán y una en Matamoros": beside a counted share, "una", "one" is a share of one
        shares += [(group, number) for group in groups if all(group is not g for g, _ in shares)
                   and (number := next((n for n in numbers if n.vague and n.value == 1 and n.end <= group.start
                                        and _SHARE_GAP.fullmatch(text, n.end, group.start)), None)) is not None]
    if not shares:
        # "followed by León, with eight; Irapuato, with six": a ranking's places take the count after them
        shares = [(group, number) for group in groups if len(group.places) == 1
                  and (number := next((n for n in numbers if not n.vague and n.start >= group.end
                                       and _RANKED_GAP.fullmatch(text, group.end, n.start)), None)) is not None]
        if len(shares) < 2:
            shares = []
    if not shares:
        # "En Culiacán fueron asesinadas siete personas, en Navolato tres y en Mazatlán dos": the
        # places after the first take the number right after them
        shares = [(group, number) for group in groups if group.places and group.places[0][1] is not None
                  and _SHARE_BEFORE.search(text, max(0, group.start - 12), group.start)
                  and (number := next((n for n in numbers if not n.vague and n.start >= group.end
                                       and n.start > group.end and text[group.end:n.start].isspace()
                                       and _SHARE_END.match(text, n.end)), None)) is not None]
        if not shares or not any("fatalities" in g.counts for g in groups if all(g is not o for o, _ in shares)):
            return
        for group, number in shares:
            group.types.add("death")
            group.counts["fatalities"] = number.value
            group.added.discard("fatalities")
        return
    if len(shares) < 2 and not (shares and _MORE_SHARE.match(text, shares[0][1].end)
                                and any("fatalities" in g.counts for g in groups if g is not shares[0][0])):
        return  # (one share counts when it adds to another place's count: "cuatro víctimas en Irapuato; dos más en
        # Salvatierra")
    for group, number in shares:
        group.types.add("death")
        group.counts["fatalities"] = number.value
        group.added.discard("fatalities")
    total = sum(number.value for _, number in shares)
    for group in groups:
        if len(shares) > 1 and all(group is not g for g, _ in shares) and group.counts.get("fatalities") == total:
            del group.counts["fatalities"]


# "one each in the cities of Celaya, Cortazar ...", "cinco municipios con dos muertes violentas cada uno: Amacuzac,
# Ayala ...", "Amacuzac, Ayala and Huitzilac recorded two killings each", "un crimen en cada municipio": a count that
# every place listed had
_EACH_AFTER = re.compile(r"(?:\s+(?:[\w-]+\s+)?(?:deaths?|killings?|homicides?|murders?|victims?|bodies|dead|muertes?|"
                         r"muertos?|homicidios?|asesinatos?|ejecuciones|ejecutados|v[ií]ctimas|cuerpos|cr[ií]men(?:es)?|"
                         r"doden|moorden|slachtoffers|lichamen)(?:\s+[\w-]+)?)?\s+(?:each|apiece|cada\s+un[oa]|en\s+cada\s+[\w-]+|"
                         r"per\s+(?:stad|gemeente|plaats))\b", re.I)
_EACH_GAP = re.compile(r"[^.;:]{0,40}?(?:[:,]\s*|\s)|\s*[:,]?\s*")


def _each_shares(text: str, groups: list[Group], numbers: list[Any]) -> None:
    """A count followed by "each" or "cada uno" belongs to every place of the list beside it."""
    for number in numbers:
        each = _EACH_AFTER.match(text, number.end)
        if each is None or number.value > 50:
            continue
        lists = [g for g in groups if len(g.places) >= 2 and not g.shares
                 and (_EACH_GAP.fullmatch(text, each.end(), g.start) if g.start >= each.end()
                      else g.end <= number.start and _EACH_GAP.fullmatch(text, g.end, number.start))]
        if lists:
            group = min(lists, key=lambda g: min(abs(g.start - each.end()), abs(number.start - g.end)))
            group.types.add("death")
            # ... but a place with its own share keeps it ("dos en Rioverde y en Valles, ..., un crimen en cada municipio")
            group.shares = {index: next((n.value for n in numbers if not n.vague and mention is not None
                                         and n.end <= mention.start and _SHARE_GAP.fullmatch(text, n.end, mention.start)),
                                        number.value)
                            for index, (_, mention, _) in enumerate(group.places)}
            group.counts.pop("fatalities", None)
            group.added.discard("fatalities")


def _list_shares(text: str, groups: list[Group], numbers: list[Any]) -> None:
    """"13 asesinatos: 12 en Culiacán y 1 en Elota" reads as one list of places (digits do not
    break a list): when every place of a list has its own share before it, each place takes
    its share and the list's total is counted no more."""
    for group in groups:
        if len(group.places) < 2 or any(mention is None for _, mention, _ in group.places):
            continue
        shares = {index: next((n.value for n in numbers if not n.vague and n.end <= mention.start
                               and _SHARE_GAP.fullmatch(text, n.end, mention.start)), None)
                  for index, (_, mention, _) in enumerate(group.places)}
        if not all(value is not None for value in shares.values()):
            # ... or right after it ("en Navolato 9, en Mazatlán 6 y en Elota 4")
            after = {index: next((n.value for n in numbers if not n.vague and n.start >= mention.end
                                  and _SHARE_AFTER_GAP.fullmatch(text, mention.end, n.start)
                                  and _SHARE_AFTER_END.match(text, n.end)), None)
                     for index, (_, mention, _) in enumerate(group.places)}
            shares = after if sum(value is None for value in after.values()) < sum(
                value is None for value in shares.values()) else shares
            bracketed = {index: int(m.group(1)) if (m := _BRACKETED_SHARE.match(text, mention.end)) else None
                         for index, (_, mention, _) in enumerate(group.places)}
            if all(value is not None for value in bracketed.values()):
                shares = bracketed
        if shares[0] is None and group.counts.get("fatalities") is not None \
                and all(value is not None for index, value in shares.items() if index):
            # the first place's share told by the sentence ("Twelve people were killed in Culiacán, 9 in Navolato ...",
            # "En Culiacán hubo 12 muertos, en Navolato 9, ...")
            shares[0] = group.counts["fatalities"]
        if all(value is not None for value in shares.values()):
            group.types.add("death")
            group.shares = shares
            group.counts.pop("fatalities", None)
            group.added.discard("fatalities")


def _along_with(text: str, lang: str, after: int, numbers: list[Any]) -> int | None:
    """The number after "samen met", "along with", "junto con" following ``after``."""
    for number in numbers:
        if number.start <= after or number.vague or text[number.start:number.end].lower() in _POSSESSIVES:
            continue  # "and his brother fled"; one of kin along with the victim: _kin_along_with
        joined = ALONG_WITH[lang].search(text, max(after, number.start - 25), number.start)
        # a bare "and" joins more victims only when it counts several ("y a cuatro personas más"):
        # "..., en een agent werd vermoord in Guadalajara" is the next item of a list
        if joined and (number.value >= 2 or joined.group().split()[0].lower() not in _AND_WORDS) \
                and not _NOT_KILLED_AFTER.match(text, number.end):
            return number.value
    return None


_POSSESSIVES = frozenset({"his", "her", "their", "su", "sus", "zijn", "haar", "hun"})
# "un policía fue asesinado junto con su esposa", "a man died, as did his baby", "evenals zijn baby": the one
# victim and one of kin, unless the kin was hurt or spared ("junto con su esposa, quien resultó herida")
# ("así como a su escolta": the object's "a" too)
_KIN_ALONG_WITH = re.compile(rf"\b(?:{lexicon.KIN_ALONG_WITH})\s+(?:a\s+)?(?:su|his|her|zijn|haar)\s+(?:[\w-]+\s+)?(?:{lexicon.KIN})\b"
                             rf"(?!,?{lexicon.NOT_KILLED_AFTER})", re.I)


# A second victim told in a relative clause: ", who was also killed", ", quien también fue asesinado", ", die ook werd gedood"
_ALSO_KILLED = re.compile(r",\s+(?:who\s+(?:was|were)\s+also\s+(?:killed|murdered|shot\s+dead|slain|executed)|"
                          r"quien\s+tambi[eé]n\s+(?:fue\s+(?:asesinad|ejecutad|ultimad)[oa]|muri[oó]|perdi[oó]\s+la\s+vida)|"
                          r"die\s+ook\s+(?:werd\s+(?:gedood|vermoord|doodgeschoten)|om\s+het\s+leven\s+kwam|overleed))\b", re.I)


def _kin_along_with(text: str, groups: list[Group], done: set[int]) -> None:
    """One of kin, or one named person, who died along with the one victim counted: two ("fue asesinado junto a
    Roberto Barajas Salas"; a given name, so "junto a Plaza Galerías" is a place)."""
    named = [m for m in _NAMED_ALONG_WITH.finditer(text) if lexicon.fold(m["given"]) in lexicon.GIVEN_NAMES]
    for match in [*_KIN_ALONG_WITH.finditer(text), *named]:
        group = _nearest(text, match.start(), match.end(), groups)
        if id(group) not in done and group.counts.get("fatalities") == 1:
            group.counts["fatalities"] = 2
            done.add(id(group))


_NAMED_ALONG_WITH = re.compile(rf"\b(?i:{lexicon.KIN_ALONG_WITH})\s+(?:a\s+)?(?P<given>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)"
                               r"(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)+")
_KIN_ALONG_WITH_WORDS = ("junto", "igual", "como", "along", "together", " as ", "samen", "evenals", "net als", "alsook")
_AND_WORDS = frozenset({"and", "y", "en"})


# "un muerto y dos heridos": the number after "y" counts the wounded, not more dead
_NOT_KILLED_AFTER = re.compile(lexicon.NOT_KILLED_AFTER, re.I)


def _added_count(text: str, lang: str, numbers: list[Any]) -> bool:
    """Whether the counted numbers are more victims of an event counted before ("two other
    people died", "otras tres personas", "nog twee doden")."""
    if not numbers:
        return False
    first, last = min(n.start for n in numbers), max(n.end for n in numbers)
    return ADDED_BEFORE[lang].search(text, max(0, first - 20), first) is not None \
        or ADDED_AFTER[lang].match(text[last:last + 40]) is not None


# A part of those just counted: "..., de las cuales, tres", "..., of whom three", "..., van wie drie"
_PART_OF_THOSE_BEFORE = re.compile(r"\b(?:de\s+(?:los|las)\s+cuales|of\s+(?:whom|which|them)|van\s+wie)"
                                   r"\s*,?\s*$", re.I)


def _assign_counts(text: str, lang: str, groups: list[Group],
                   cue_matches: dict[str, list[re.Match[str]]], numbers: list[Any]) -> None:
    """Each count cue takes its nearest number (or sum of listed numbers) to its nearest group."""
    if not numbers:
        return
    used: dict[str, set[int]] = {}
    for field_name, matches in cue_matches.items():
        for cue in matches:
            value, consumed = nearest_count(text, cue.start(), cue.end(), numbers, lang)
            counted = used.setdefault(field_name, set())
            if value is None or consumed & counted:
                continue  # a number already counted under another cue of the same field
            counted |= consumed
            if field_name == "fatalities" and _total_before_its_parts(text, min(consumed, default=cue.start()), value, numbers,
                                                                      groups):
                continue
            group = _nearest(text, cue.start(), cue.end(), groups)
            if field_name in group.counts and _contrasts(_gap(text, cue.start(), cue.end(), group)):
                continue  # "killed 13 people, while ... shootouts have left 19 dead": another event's count
            if len(consumed) > 1 and group.counts.get(field_name) == value:
                continue  # the total's parts: "siete cuerpos correspondientes a cinco hombres y dos mujeres, quienes perdieron la vida"
            if field_name in group.counts and consumed \
                    and _PART_OF_THOSE_BEFORE.search(text, max(0, min(consumed) - 30), min(consumed)):
                continue  # "cinco personas resultaron sin vida, y de las cuales, tres de ellas fueron decapitadas": 3 of the 5
            group.counts[field_name] = group.counts.get(field_name, 0) + value
            if _added_count(text, lang, [n for n in numbers if n.start in consumed]):
                group.added.add(field_name)
    if cue_matches.get("fatalities") and len(groups) > 1:
        _elliptic_counts(text, lang, groups, numbers, set().union(*used.values()))
    if cue_matches.get("fatalities"):
        _risen_toll(text, groups, numbers)
        if not any("fatalities" in g.counts for g in groups):
            _subject_count(text, groups, numbers)


AMONG_VICTIMS = re.compile(lexicon.AMONG_VICTIMS, _FLAGS)


def _total_before_its_parts(text: str, at: int, value: int, numbers: list[Any], groups: list[Group]) -> bool:
    """"al menos 14 personas fueron ejecutadas este fin de semana; entre las víctimas, hay cuatro policías
    acribillados en Sombrerete": a total told before "among the victims" and the places' own smaller counts is
    none of those places' (the state's, when the sentence names it, is another group's)."""
    among = AMONG_VICTIMS.search(text, at)
    if among is None:
        return False
    before = [g for g in groups if g.start < among.start() and g.places]
    after = [g for g in groups if g.start > among.end()]
    return not before and bool(after) and any(among.end() <= n.start and n.value < value for n in numbers)


# "Seis personas, entre ellos un adolescente ..., fueron asesinados": the sentence's subject
# is the count, however far the verb.
SUBJECT_PEOPLE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:personas|people|mensen|hombres|men|mujeres|women|j[oó]venes|"
                            r"polic[ií]as|police officers|officers|agenten|agentes|soldados|soldiers|militairen|militares|"
                            r"migrantes|migrants|migranten)\b", _FLAGS)  # "Zes Mexicaanse agenten zijn ... doodgeschoten"


def _subject_count(text: str, groups: list[Group], numbers: list[Any]) -> None:
    first = numbers[0]
    if first.vague or first.start > 3 or not SUBJECT_PEOPLE.match(text, first.end):
        return
    deaths = [g for g in groups if "death" in g.types]
    if len(deaths) == 1:
        deaths[0].counts["fatalities"] = first.value


def _risen_tolls(text: str) -> list[re.Match[str]]:
    """"Het dodental ... is opgelopen tot", "the death toll rose to", "la cifra de muertos
    ascendió a": the number after each is the toll as it now stands."""
    if not holds_any(text, _TOLL_WORDS):  # a substring test spares the regex
        return []
    return list(TOLL_RISEN.finditer(text))


def _risen_toll(text: str, groups: list[Group], numbers: list[Any]) -> None:
    """A risen toll is the count of the place nearest to it."""
    for match in _risen_tolls(text):
        value = next((n.value for n in numbers if 0 <= n.start - match.end() <= 1 and not n.vague), None)
        if value is not None:
            group = _nearest(text, match.start(), match.end(), groups)
            group.counts["fatalities"] = max(value, group.counts.get("fatalities") or 0)
            group.added.discard("fatalities")


def _elliptic_counts(text: str, lang: str, groups: list[Group], numbers: list[Any], counted: set[int]) -> None:
    """"In Fresnillo werden tien lichamen aangetroffen, [...] in Pánfilo Natera nog eens zes":
    a number after "nog eens", "otros", "another" that ends its clause counts the same as the
    count before it, for the place nearest to it."""
    for number in numbers:
        if number.start in counted or number.vague or not _CLAUSE_END.match(text, number.end) \
                or ADDED_BEFORE[lang].search(text, max(0, number.start - 20), number.start) is None:
            continue
        group = _nearest(text, number.start, number.end, groups)
        others = [g for g in groups if g is not group and "fatalities" not in g.counts]
        if "fatalities" in group.counts and len(others) == 1:
            # "diez cuerpos y en Pánfilo Natera otros seis": the first count was the other place's
            others[0].counts["fatalities"] = group.counts.pop("fatalities")
        if "fatalities" not in group.counts:
            group.counts["fatalities"] = number.value
