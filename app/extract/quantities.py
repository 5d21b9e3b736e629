"""Counts written as digits or words, and which count belongs to which cue.

Number words go through text2num (which knows nl, es and en); a small table in the
lexicon covers what it leaves alone (single small numbers, "een", "un", "a").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from app.articles import MONTH_RE
from app.extract import lexicon
from app.extract.gates import LowerCasePattern, holds_any

_TOKEN = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?!\d)|[\w’'-]+")  # "30.000" is one number
_DIGITS = re.compile(r"^\d{1,3}(?:[.,]\d{3})*$|^\d+$")
# A time of day: "at 10:30", "a las 21:00 horas", "om 10.30 uur" counts nobody (hours nor minutes).
_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}[:.][0-5]\d(?![\d.,:]?\d)")
# Stems of number words text2num understands beyond the small table (compounds, tens).
_NUMBER_STEM = re.compile(
    r"^(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|"
    r"zeventig|tachtig|negentig)|zestig|zeventig|tachtig|negentig|honderd\w*|duizend\w*"
    r"|veinti\w+|dieci\w+|treinta|cuarenta|sesenta|setenta|ochenta|noventa|ciento\w*|doscientos|trescientos"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|sixteen|seventeen|eighteen|nineteen)$",
    re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_RE})\.?\s+$", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:de\s+)?(?:{MONTH_RE})\b", re.I)
_UNIT_AFTER = LowerCasePattern(rf"\s*(?:\w+\s+){{0,1}}{lexicon.NOT_PEOPLE}", re.I)  # truth only
_PERSON_AFTER = LowerCasePattern(lexicon.PERSON_AFTER_ARTICLE, re.I)  # truth only
_TIME_AFTER = re.compile(lexicon.TIME_AFTER, re.I)
_RANGE_BEFORE = re.compile(lexicon.RANGE_BEFORE, re.I)
_RANGE_TIME_AFTER = re.compile(lexicon.RANGE_TIME_AFTER, re.I)
# A number that names a road, a kilometre post, a street or a unit counts nobody
_NUMBERED_BEFORE = re.compile(r"\b(?:carretera|autopista|highway|route|ruta|calle|avenida|street|kil[oó]metro|km|"
                              r"n[uú]mero|no\.|n[uú]m\.|snelweg|rijksweg|tramo|batall[oó]n|regimiento|zona\s+militar)"
                              r"(?:\s+(?:federal|estatal|libre|de\s+cuota|n[uú]mero|no\.))*\s*$", re.I)
_OFFICE_OF_TOWN_AFTER = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?(?P<office>" + lexicon.OFFICE_OF_TOWN + ")")
_NAMED_PERSON_AND_HIS = re.compile(lexicon.NAMED_PERSON_AND_HIS)
_NAMED_ONE_AND = re.compile(r"\s*,?\s+(?:and|y|e|en)\s+(?:a\s+)?(?:otr[oa]s\s+)?", re.I)
_NAMED_PERSON_AND_OTHERS = re.compile(lexicon.NAMED_PERSON_AND_OTHERS)
# One relative told with a possessive, then a counted group: "her 15-year-old son and two of his friends", "su hijo y dos
# amigos", "haar zoon en twee vrienden" (the possessive stands for the count; the words between are the group's)
_ONE_RELATIVE_AND = re.compile(rf"\b(?P<one>her|his|their|su|zijn|haar|hun)\s+(?:[\w-]+\s+){{0,2}}?(?:{lexicon.KIN})"
                               r"\s*,?\s+(?:and|y|e|en)\s+", re.I)
# kin or staff after the name: a person's given name must open it ("Juan Jiménez y su hijo", "Virginia N and two
# female employees")
_KIN_OR_STAFF_AFTER = re.compile(r"(?:su|his|her|zijn|haar)\s|[\w-]+\s+(?:[\w-]+\s+)?(?:employees|workers|relatives|friends|"
                                 r"companions|bodyguards|empleados|empleadas|trabajadores|familiares|amigos|werknemers|"
                                 r"familieleden|vrienden)\b", re.I)
# a word NAMED_PERSON_AND_OTHERS needs after the name (a cheap test first: most sentences have none)
_NAMED_AND_OTHERS_WORDS = ("other", "otr", "ander", "más", "mas ", "employ", "worker", "relative", "friend", "companion",
                           "bodyguard", "emplead", "trabajador", "familiar", "amigo", "werknemer", "familieled", "vriend",
                           "y su ", "y a su ", "and his ", "and her ", "en zijn ", "en haar ")
_PERSON_AFTER_WORD = LowerCasePattern(r"\s+[\w-]+" + lexicon.PERSON_AFTER_ARTICLE, re.I)  # truth only
_AGE = re.compile(r"\s*(?:,|\)|años|jaar|years? old)")
# Ages of several people: "two teenagers aged 15 and 16", "dos jóvenes de 15 y 16 años",
# "van 15 en 16 jaar": none of those numbers counts anyone.
_AGES = re.compile(r"\b(?:aged|ages\s+of|edades\s+de)\s+\d{1,2}(?:\s*(?:,|and|y|e|en|or|o|to|a|-)\s*\d{1,2})*"
                   r"|\b\d{1,2}(?:\s*(?:,|and|y|e|en|or|o|-)\s*\d{1,2})+\s*(?:años|jaar|years?\s+old|-year-olds?)",
                   re.I)
# (Spanish with "de": "Narciso Hernández Gaspar, de 44, y Bernardo Ramírez perecieron")
_NAME_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'-]+\s*(?:[,(]|,\s*de)\s*$")
_PLACE_NAMED_BEFORE = re.compile(r"\b(?:en|in|op)\s+[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+[\w’'-]+){0,3}?\s*,\s*$")
_PEOPLE_OR_WORD = re.compile(r"\s+[\w’'-]+")
_ONE_KIN_AFTER_AND = re.compile(lexicon.ONE_KIN_AFTER_AND, re.I)
_ONE_PERSON_BEFORE_AND = {lang: re.compile(pattern, re.I) for lang, pattern in lexicon.ONE_PERSON_BEFORE_AND.items()}
# ... or a comma before kin: "killing the officer, his wife and his four children"
_PERSON_AND = re.compile(lexicon.PERSON_AFTER_ARTICLE + rf"(?:{lexicon.OFFICE_OF_TOWN})?(?:\s*,?\s+(?:and|y|e|en)\s+"
                         r"(?:(?P<a>a)\s+)?|\s*,\s+(?=(?:su|his|her|their|zijn|haar|hun)\s))", re.I)
_MULTIPLE_KILLING = re.compile(lexicon.MULTIPLE_KILLING)
_HALF_BEFORE = re.compile(r"\b(?:media|half(?:\s+a)?|een\s+half)\s+$", re.I)
# "una pareja", "un matrimonio", "a couple" (not "a couple of days", "su pareja"), "een (echt)paar": two people
_PAIR_AFTER = re.compile(r"\s+(?:(?:young|elderly|married|joven|anciana|jong|jonge|oud|oude|bejaard|bejaarde)\s+)?"
                         r"(?:pareja(?!\s+de\s+(?:d[ií]as|semanas|meses|horas|a[ñn]os))|couple(?!\s+of\s+"
                         r"(?:days|weeks|months|hours|years|times|minutes))|matrimonio|echtpaar|stel)\b", re.I)


# Spanish writes 31-99 as "treinta y uno" ... "noventa y nueve"
_SPANISH_TENS = frozenset({30, 40, 50, 60, 70, 80, 90})


# "two of the four", "dos de los cuatro", "twee van de vier": a part of a group
_PARTITIVE_GAP = re.compile(r"\s+(?:of\s+(?:the|these|those)|de\s+(?:los|las|estos|estas|esos|esas)|van\s+de(?:ze)?)\s+", re.I)


# ... unless the group's own clause tells its fate: "Cuatro de las seis personas que fueron encontradas sin vida ya
# han sido reclamadas" (six found dead, four claimed), "two of the five men who were killed"
_GROUP_FATE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:que|who|that|die)\s+(?:fueron|hab[ií]an\s+sido|han\s+sido|were|had\s+been|"
                         r"have\s+been|werden|zijn)\s+(?:\w+\s+)?(?:encontrad|hallad|localizad|asesinad|ejecutad|"
                         r"found\s+dead|killed|murdered|slain|gedood|vermoord|dood\s+aangetroffen)", re.I)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    vague: bool


@lru_cache(maxsize=4096)
def word_value(word: str, lang: str) -> int | None:
    """The value of one number word, or None."""
    low = word.lower()
    table = lexicon.SMALL_NUMBERS.get(lang, {})
    if low in table:
        return table[low]
    if not _NUMBER_STEM.match(low):
        return None
    try:
        return int(text2num(low, lang))
    except (ValueError, KeyError):
        return None


@lru_cache(maxsize=16384)
def _counts_nothing(word: str, lang: str) -> bool:
    """Whether ``find_numbers`` passes over the token ``word`` whatever surrounds it: no
    multiplier, no digits, no number word (most tokens of a sentence)."""
    return lexicon.MULTIPLIERS.get(lang, {}).get(word.lower()) is None and not _DIGITS.match(word) \
        and word_value(word, lang) is None


def _is_year(text: str, value: int) -> bool:
    return len(text) == 4 and 1900 <= value <= 2100


def find_numbers(text: str, lang: str) -> list[Number]:
    """Numbers in ``text`` that may count people (not years, distances, money...)."""
    found: list[Number] = []
    ages = [m.span() for m in _AGES.finditer(text)] if "age" in text or "año" in text or "jaar" in text \
        or "year" in text else []
    multipliers = lexicon.MULTIPLIERS.get(lang, {})
    clocks = [m.span() for m in _CLOCK.finditer(text)] if ":" in text or "." in text else []
    for match in _TOKEN.finditer(text):
        word = match.group()
        if _counts_nothing(word, lang):
            continue
        factor = multipliers.get(word.lower())
        gap = text[found[-1].end:match.start()].strip().lower() if factor and found else None
        if gap in ("", "half") and found[-1].value < factor:
            last = found.pop()  # "two dozen", "dos docenas", "half a dozen", "een half dozijn": one number
            if gap or _HALF_BEFORE.search(text, max(0, last.start - 8), last.start):  # "half a" was made 0 above
                value = max(last.value, 1) * factor // 2
            else:
                value = last.value * factor
            found.append(Number(last.start, match.end(), value, False))
            continue
        if ages and any(start <= match.start() < end for start, end in ages):
            continue
        if _DIGITS.match(word):
            if clocks and any(start <= match.start() < end for start, end in clocks):
                continue
            value = int(re.sub(r"[.,]", "", word))
            if _is_year(word, value) or text[max(0, match.start() - 2):match.start()].strip().endswith("$"):
                continue
            if value <= 31 and (_MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
                                or _MONTH_AFTER.match(text, match.end())):
                continue  # "killed April 22", "el 22 de abril", "op 22 april": a day, not a count
            if _NUMBERED_BEFORE.search(text, max(0, match.start() - 25), match.start()):
                continue  # "en la carretera federal 57", "Highway 2", "kilómetro 23": a road's or a place's number
        else:
            value = word_value(word, lang)
            if value is None:
                value = factor  # "a dozen", "een half dozijn"
            if value is None:
                continue
        if _UNIT_AFTER.match(text, match.end()) or _TIME_AFTER.match(text, match.end()) \
                or _RANGE_TIME_AFTER.match(text, match.end()) and _RANGE_BEFORE.search(
                text, max(0, match.start() - 10), match.start()) \
                or _AGE.match(text, match.end()) and _NAME_BEFORE.search(
                text, max(0, match.start() - 40), match.start()) \
                and not _PLACE_NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Gumaro Perez, 35, was shot": an age, not a count (but "en Celaya, 9, en Irapuato, 6" shares)
        if _HALF_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            value //= 2  # "media docena", "half a dozen"
        # "a Red Cross worker", "another state police agent": up to two words before the person
        vague = word.lower() in lexicon.VAGUE and not (value == 1 and (
            _PERSON_AFTER.match(text, match.end()) or _PERSON_AFTER_WORD.match(text, match.end())))
        if word.lower() in lexicon.VAGUE and _PAIR_AFTER.match(text, match.end()):  # "una joven pareja": not "una joven"
            value, vague = 2, False  # "una pareja fue asesinada", "a couple was killed": two people
        if lang == "es" and found and 1 <= value <= 9 and found[-1].value in _SPANISH_TENS and not _DIGITS.match(word) \
                and text[found[-1].end:match.start()].strip().lower() == "y":
            last = found.pop()  # "treinta y cinco cuerpos": one number
            found.append(Number(last.start, match.end(), last.value + value, False))
            continue
        if found and not found[-1].vague and found[-1].value < value \
                and _PARTITIVE_GAP.fullmatch(text, found[-1].end, match.start()) \
                and not _GROUP_FATE.match(text, match.end()):
            # "Two of the four Americans ... were found dead", "Dos de los cuatro": the part is the count, read where
            # the group stands
            last = found.pop()
            found.append(Number(last.start, last.end, last.value, True))
            found.append(Number(match.start(), match.end(), last.value, False))
            continue
        found.append(Number(match.start(), match.end(), value, vague))
    for start, end in ages:
        # "Bernardino R. y Manuel G., jóvenes de 15 y 17 años, fueron hallados": as many people as ages,
        # when no count comes just before
        listed = len(re.findall(r"\d+", text[start:end]))
        if listed > 1 and not any(start - 40 <= n.start < start for n in found):
            found.append(Number(start, end, listed, False))
            found.sort(key=lambda number: number.start)
    if " su " in text or " his " in text or " her " in text or " their " in text or " zijn " in text \
            or " haar " in text or " hun " in text:
        for match in _ONE_KIN_AFTER_AND.finditer(text):  # "un padre y su hijo": the son counts one
            found.append(Number(match.start("one"), match.end("one"), 1, False))
        found.sort(key=lambda number: number.start)
    # after the kin: "the officer, his wife and ..."
    starts = {number.start for number in found if not number.vague}
    person_end = 0
    for match in _ONE_PERSON_BEFORE_AND[lang].finditer(text) if starts and lang in _ONE_PERSON_BEFORE_AND else ():
        # "the mayor and two of his bodyguards": the mayor counts one (and "la Policía" in "el director
        # de la Policía de Caborca y su esposa" is his office, no one more)
        if match.start() >= person_end and (joined := _PERSON_AND.match(text, match.end())) is not None \
                and (joined.end() in starts or joined.start("a") in starts):
            found.append(Number(match.start("one"), match.end("one"), 1, False))
            found.sort(key=lambda number: number.start)
            person_end = joined.end()
    # "killing Pérez Luna and seven of his sicarios": the person named before counts one
    if " his " in text or " sus " in text or " zijn " in text or " her " in text or " haar " in text:
        for match in _NAMED_PERSON_AND_HIS.finditer(text):
            if match.end() in starts:
                found.append(Number(match.start("one"), match.end("one"), 1, False))
        found.sort(key=lambda number: number.start)
    if " and " in text or " y " in text or " en " in text:
        # "dragged her 15-year-old son and two of his friends outside and shot them": the one relative counts one
        for match in _ONE_RELATIVE_AND.finditer(text):
            if match.end() in starts and not any(n.start == match.start("one") for n in found):
                found.append(Number(match.start("one"), match.end("one"), 1, False))
        found.sort(key=lambda number: number.start)
    if holds_any(text, _NAMED_AND_OTHERS_WORDS):
        for match in _NAMED_PERSON_AND_OTHERS.finditer(text):
            if _KIN_OR_STAFF_AFTER.match(text, match.end()) and lexicon.fold(match["one"].split()[0]) not in lexicon.GIVEN_NAMES:
                continue  # "el director de la Policía de Caborca, Sonora, y su esposa": a place, not the one person
            if match.end() in starts and not any(n.start == match.start("one") for n in found):
                found.append(Number(match.start("one"), match.end("one"), 1, False))
        found.sort(key=lambda number: number.start)
    if "ble " in text or "ple " in text or "uple " in text or "dige " in text:
        for match in _MULTIPLE_KILLING.finditer(text):  # "the quadruple homicide": four
            found.append(Number(match.start("n"), match.end("n"),
                                lexicon.MULTIPLE_KILLING_WORDS[match["n"].lower()], False))
        found.sort(key=lambda number: number.start)
    return found


# Between two counted groups of one sum: "three federal agents, two gunmen and five
# civilians", "drie vrouwen en zes kinderen", "10 presuntos delincuentes y seis policías".
_AND = {"nl": r"en\s+(?:zijn|haar|hun)|en|plus|naast", "es": r"(?:y|e)\s+(?:a\s+)?(?:otr[oa]s|sus)|(?:y|e)\s+a|y|e|m[aá]s|as[ií] como|adem[aá]s de",
        "en": r"and\s+(?:his|her|their)|and|plus|as well as"}  # "un padre y sus dos hijos": three
# the words of the first group, then the conjunction (kept apart: only the words may block)
_SUM_GAP = {lang: re.compile(rf"^(?P<words>(?:\s+[\w’'-]+){{1,5}}?)\s*(?:,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)$",
                             re.I) for lang, words in _AND.items()}
# A verb or a place between two counts: they belong to separate clauses or places.
_SUM_BLOCKERS = re.compile(r"\b(?:(?:de|of|van)\s+(?:them|those|whom|ellos|ellas|los\s+cuales|las\s+cuales|hen|wie)|"
                           r"among|entre|onder|including|incluidos|waaronder|whom|quienes|die|"
                           r"killed|dead|died|muertos|murieron|doden|injured|heridos|gewond|stierven|stierf|gedood|"
                           r"vermoord\w*|fallecieron|asesinad\w+|abatid\w+|ejecutad\w+|neutralizad\w+|lesionad\w+|"
                           r"om|werd|werden|were|was|fue|fueron)\b|"
                           rf"(?-i:\b(?!(?:{lexicon.BODY_NAME_WORDS})\b)[A-ZÁÉÍÓÚÑ]\w+)", re.I)
# An age set off by commas or brackets after a person: "A man, 45, was shot dead", "a woman (32)".
_AGE_BETWEEN_COMMAS = re.compile(r"[,(]\s?\d{2}\s*[,)]")
# The force a group belongs to, named between two counts of one sum: "Tres policías de la Policía Estatal
# Preventiva (PEP) y ocho civiles más murieron" is eleven.
_FORCE_NAME = re.compile(r"\s+(?:de\s+la|del|of\s+the)\s+(?:Polic[ií]a|Guardia|Secretar[ií]a|Fiscal[ií]a|Agencia|Marina|"
                         r"Ej[eé]rcito|Fuerza|Direcci[oó]n|Police|State\s+Police|National\s+Guard|Army|Navy)"
                         r"(?:\s+(?:de\s+la\s+|de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w]+)*(?:\s*\([A-ZÁÉÍÓÚÑ]{2,}\))?(?=\s)")
# "twee agenten en nog een burger": one more person of the same sum
_STILL_ONE_NL = re.compile(r"\s+nog\s+$", re.I)


# A group added right after the cue: ", as well as one officer", ", además de un policía".
_ADDED_AFTER = {lang: re.compile(rf"\s*,?\s*(?:{words})\s+", re.I)
                for lang, words in {"nl": r"plus|naast|en nog", "es": r"adem[aá]s de|as[ií] como|m[aá]s",
                                    "en": r"as well as|plus|and also"}.items()}
# ... but not "sin vida y con signos de violencia de seis personas": one noun's two attributes
# Spanish "en" is "in" ("murieron en el lugar cuatro agresores"), Dutch "en" is "and"
_CLAUSE_AND = {lang: re.compile(rf"\b(?:{words})\b(?!\s+(?:con|with|met)\b)", re.I)
               for lang, words in {"en": "and|plus|while", "es": "y|e|mientras", "nl": "en|terwijl"}.items()}
# A body's or a force's name in a count's reach is one word: "Tres mandos de la Secretaría de Seguridad
# Pública de Tamaulipas fueron ejecutados", "three soldiers from the Secretariat of National Defense"
_PROPER_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+(?:(?:de|del|la|las|los|y|of|the|for|and|van|voor|der)\s+)*"
                          r"[A-ZÁÉÍÓÚÑ][\w’'-]*)+(?:\s*\([A-Z][\w-]*\))?")


# A group with a fate of its own after its number: "murió uno de los delincuentes y 17 más fueron
# detenidos" is one dead, not eighteen.
_OTHER_FATE_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:detenid|arrestad|capturad|aprehendid|herid|lesionad|arrested|"
                               r"detained|captured|wounded|injured|hurt|gewond|aangehouden|gearresteerd|opgepakt)\w*", re.I)


def _sum_chain(text: str, numbers: list[Number], at: int, lang: str, lo: int, hi: int, consumed: set[int],
               cue: str = "") -> int:
    """The total of the coordinated counts around numbers[at] that lie between ``lo`` and
    ``hi``: groups of people listed with their own numbers add up ("three women and six
    children" is 9). A part named after "including" or "of" is not added. The positions of
    the numbers it adds go into ``consumed``."""
    joins = _SUM_GAP.get(lang, _SUM_GAP["en"])

    def joined(first: Number, second: Number) -> bool:
        gap = text[first.end:second.start]
        if (office := _OFFICE_OF_TOWN_AFTER.match(text, first.end)) is not None and office.end() < second.start:
            gap = gap[:office.start("office") - first.end] + gap[office.end() - first.end:]  # the mayor "of Tacámbaro"
        if _AGE_BETWEEN_COMMAS.match(text, second.start - 2) and 10 <= second.value <= 99:
            return False  # "A man, 45, was shot dead": his age, not 45 more dead
        if (force := _FORCE_NAME.search(gap)) is not None:  # "Tres policías de la Policía Estatal Preventiva (PEP) y"
            gap = gap[:force.start()] + gap[force.end():]
        if second.value == 1 and (still := _STILL_ONE_NL.search(gap)):
            gap = gap[:still.start()] + " "
        if first.vague or second.vague and not (_AND_BEFORE.search(text, first.end, second.start)
                                                and _ONE_MORE_PERSON.match(text, second.start)) \
                or _THING_AFTER.match(text, first.end):
            # ("Five soldiers and a suspected drug cartel enforcer were killed": a lone "a" after the
            # conjunction is one more of the group)
            return False  # "el pasado seis de agosto, cuatro hombres": a date, then the count
        match = joins.match(gap)
        # "killing Pérez Luna and seven of his sicarios": the name is the first group, no words of its own
        named_first = match is None and _NAMED_ONE_AND.fullmatch(gap) is not None and text[first.start].isupper() \
            and (" " in text[first.start:first.end] or _NAMED_PERSON_AND_OTHERS.match(text, first.start) is not None)
        if not named_first and (match is None or _SUM_BLOCKERS.search(match["words"])) \
                or _SUBSET_AFTER.match(text, second.end):
            return False  # "nueve personas, cuatro de ellas menores": four are among the nine
        fate = _OTHER_FATE_AFTER.match(text, second.end)
        # ... unless that fate is the cue's own ("detenid" under the cue "detenidos")
        return fate is None or fate.group().split()[-1][:5].lower() in cue.lower()

    total, left, right = numbers[at].value, at, at
    consumed.add(numbers[at].start)
    while left > 0 and numbers[left - 1].start >= lo and joined(numbers[left - 1], numbers[left]):
        left -= 1
        total += numbers[left].value
        consumed.add(numbers[left].start)
    while right + 1 < len(numbers) and numbers[right + 1].end <= hi and joined(numbers[right], numbers[right + 1]):
        right += 1
        total += numbers[right].value
        consumed.add(numbers[right].start)
    for split in range(left, right):
        # "ten suspects, nine men and one woman, were killed": the group, then what it was made of
        if numbers[split].value == sum(n.value for n in numbers[split + 1:right + 1]) \
                and _GROUP_THEN_PARTS.match(text[numbers[split].end:numbers[split + 1].start]):
            return total - numbers[split].value
    return total


# One more person after the conjunction, told with an article: "five soldiers and a suspected drug cartel enforcer".
_AND_BEFORE = re.compile(r"\s(?:and|en)\s+$")
_ONE_MORE_PERSON = re.compile(r"(?:a|an|een)\s+(?:[\w-]+\s+){0,3}?(?:soldier|officer|policeman|policewoman|agent|marine|man|"
                              r"woman|child|boy|girl|civilian|bystander|suspect|gunman|enforcer|hitman|member|journalist|"
                              r"teenager|driver|guard|person|militair|vrouw|kind|burger|verdachte|schutter)\b", re.I)


# A whole group named by a word that says nothing of who, then a comma: its parts follow.
_GROUP_THEN_PARTS = re.compile(r"\s+(?:[\w-]+\s+)?(?:people|persons|suspects|victims|individuals|gunmen|members|bodies|"
                               r"personas|sujetos|v[ií]ctimas|individuos|presuntos|delincuentes|civiles|cuerpos|"
                               r"mensen|personen|verdachten|slachtoffers|lichamen|doden)\s*[,(—–]\s*$", re.I)


# "de entre 25 y 35 años de edad", "aged 25 to 35": who the victims were, not how many.
_AGE_ASIDE = re.compile(r"\b(?:de\s+(?:entre\s+)?\d{1,2}(?:\s+(?:y|a)\s+\d{1,2})?\s+a[ñn]os(?:\s+de\s+edad)?"
                        r"|(?:aged|ages)\s+(?:between\s+)?\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?"
                        r"|(?:tussen\s+(?:de\s+)?)?\d{1,2}(?:\s+en\s+\d{1,2})?\s+jaar\s+oud)\b", re.I)


# Numbers of things, not people: "bij twee aanslagen", "en tres ataques", "two hours later".
_THING_AFTER = LowerCasePattern(  # truth only
    r"\s+(?:[\w-]+\s+)?(?:aanslagen|aanvallen|attacks|ataques|atentados|incidents|incidentes|incidenten|"
    r"enfrentamientos|balaceras|tiroteos|clashes|shootouts|gunfights|confrontations|vuurgevechten|schietpartijen|"
    r"vehicles|veh[ií]culos|voertuigen|auto'?s|cars|trucks|camionetas|camiones|vrachtwagens|hours|horas|uur|days|"
    r"d[ií]as|dagen|weeks|semanas|weken|months|meses|maanden|years|a[ñn]os|jaar|jaren|kilometers?|kil[oó]metros|km|"
    r"bombs|bombas|bommen|shots|disparos|schoten|houses|casas|huizen|homes|states|estados|staten|municipalities|"
    r"municipios|gemeenten|cartels|c[aá]rteles|kartels|times|veces|keer|ocasiones|impactos|balazos|tiros|"
    r"occasions|bullets|kogels)\b"  # "impactado en siete ocasiones": shots, not the dead
    # a day of a month in words: "el pasado seis de agosto, cuatro hombres ..." counts four
    r"|\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"january|february|june|july|august|october)\b", re.I)


# A part of a group counted before it: "Tres policías, entre ellos una mujer, murieron" is
# three deaths, not one.
_SUBSET_BEFORE = re.compile(r"\b(?:entre\s+(?:ellos|ellas|los\s+que|las\s+que)|among\s+(?:them|whom|those)|including|"
                            r"incluid[oa]s?|incluyendo|waaronder|onder\s+wie|onder\s+hen|de\s+(?:ellos|ellas|los\s+cuales|"
                            r"las\s+cuales)|of\s+(?:them|whom)|van\s+wie)\s+$", re.I)


# ... however far into that aside: "Seis personas, entre ellos un adolescente de 17 años y un bebé, fueron
# asesinados" is six.
# (also without a comma: "Three members of the Gulf Cartel including one of its leaders were killed")
_IN_SUBSET_ASIDE = re.compile(r"(?:[,(—–]\s*|\s)(?:entre\s+(?:ellos|ellas)|among\s+(?:them|whom)|including|incluid[oa]s?|"
                              r"incluyendo|waaronder|onder\s+wie|onder\s+hen)\b[^,;:()—–]*$", re.I)


# A word each of the two asides needs (case as the press writes them).
_SUBSET_WORDS = ("ellos", "ellas", "among", "includ", "Includ", "incluid", "Incluid", "incluy", "Incluy", "waaronder",
                 "onder wie", "onder hen")
# The same part of a group inside the gap between the group's number and its cue.
_SUBSET_IN_GAP = re.compile(r"[,(—–]?\s*\b(?:entre\s+(?:ellos|ellas)|among\s+(?:them|whom)|including|incluid[oa]s?|incluyendo|"
                            r"waaronder)\b[^,;:()—–]*[,)—–]?", re.I)


# A part of a group counted just before, set apart: "nine people — four of them minors — were".
_SUBSET_AFTER = re.compile(r"\s+(?:of\s+them|of\s+whom|de\s+ellos|de\s+ellas|van\s+hen|van\s+wie)\b", re.I)
_ASIDE_BEFORE = re.compile(r"[—–(,]\s*$")


# One person with an article opening a list of counted groups after the cue: "killed an innocent taco vendor,
# three gunmen, one police officer" (the number must name people: "a man, 45," is an age)
_ONE_PERSON_LISTED = re.compile(r"^\s+(?:an?|un|una|een|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-záéíóúñ]")
# A day set off by commas between a killing verb and its object: "mató ayer, sábado, a dos policías".
_TIME_ASIDE = re.compile(r"(?:\s+(?:ayer|anoche|anteayer|hoy))?\s*,\s*(?:(?:el|la|este|esta|pasado|pasada|por|de|del)\s+)*"
                         r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|noche|madrugada|mañana|tarde)"
                         r"(?:\s+\d{1,2}(?:\s+de\s+\w+)?)?\s*,", re.I)
# A running total, not the event's count: "para sumar 19 ejecutados", "con lo que ya suman 30 asesinatos",
# "bringing this year's total to 171"
_RUNNING_TOTAL_BEFORE = re.compile(r"\b(?:para\s+sumar|con\s+lo\s+que\s+(?:ya\s+)?suman|"
                                   r"bringing\s+(?:this\s+year['’]s|the\s+(?:year['’]s|annual|monthly))\s+total\s+to|"
                                   r"wat\s+het\s+totaal\s+(?:dit\s+jaar\s+)?op)\s+[^.;:()]{0,60}$"  # (and the list it opens)
                                   # ("sumando tres elementos ... asesinados en la entidad", not "sumando los hechos de
                                   # este lunes, la cifra fue de cuatro ejecutados": that day's own count)
                                   r"|\bsumando\s+$"
                                   # ... nor a supposed one: "So, if we have 100 murders, 50 would be ...", "si tenemos 100
                                   # homicidios", "als we 100 moorden hebben"
                                   r"|\b(?:if\s+(?:we|you|there)\s+(?:have|had|has|are|were|take)|si\s+(?:tenemos|tuvi[eé]ramos|"
                                   r"hubiera|hubieran)|als\s+(?:we|er))\s+(?:\w+\s+)?$", re.I)
# A Spanish killing verb in the active voice, whose object ("a dos policías") is the count.
_ACTIVE_KILLING = re.compile(r"(?:mat|asesin|ejecut|ultim|acribill)(?:ó|o|aron)|abatieron", re.I)
_OBJECT_BEFORE = {"es": re.compile(r"\s(?:a|de)\s+$"), "en": re.compile(r"\sof\s+$"), "nl": re.compile(r"\svan\s+$")}


def in_running_total_or_supposition(text: str, number: Number) -> bool:
    """Whether ``number`` counts a running total or a supposed case, not the event ("donde el miércoles hallaron un
    cuerpo calcinado, para sumar 19 ejecutados o emboscados, dos enterrados y dos embolsados"; "if we have 100
    murders")."""
    return _RUNNING_TOTAL_BEFORE.search(text, max(0, number.start - 90), number.start) is not None


# An English active killing verb, not after "were", "was", "been": its subject did the killing.
_ACTIVE_KILLED = re.compile(r"killed|murdered|slew|executed|gunned\s+down|shot\s+dead", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|are|is|be|being|get|got)\s+(?:\w+\s+)?$", re.I)
# The object an active killing verb takes: "killed the police chief", "killed four officers"
_VICTIMS_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|at\s+least|some|several|dozens|\d+|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve)\b", re.I)
# The killers a number counts: "some 70 assailants", "10 gunmen", "a dozen armed men"
_KILLERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:assailants|attackers|gunmen|hitmen|hit\s+men|armed\s+men|masked\s+men|"
                            r"hooded\s+men|killers|assassins|sicarios|cartel\s+members|gang\s+members)\b", re.I)
# A toll: a number before it with a fate of its own is not its count.
_TOLL_CUE = re.compile(r"saldo\s+de|toll|dodental", re.I)


def nearest_count(text: str, cue_start: int, cue_end: int, numbers: list[Number],
                  lang: str = "en") -> tuple[int | None, frozenset[int]]:
    """The count a cue word refers to: the closest number before it (within ~8 words) or
    right after it (within ~4 words), not across a sentence-internal ';' or ':'.
    Returns (value, the positions of every number counted in it) or (None, empty)."""
    best: tuple[int, int, int, int] | None = None
    listed_one = False  # one person with an article before the counted groups
    # "un sujeto armado mató a balazos a dos policías": an active killing verb's object is the count, not its subject
    object_after = lang == "es" and _ACTIVE_KILLING.fullmatch(text[cue_start:cue_end]) is not None and any(
        n.start >= cue_end and not n.vague and _OBJECT_BEFORE["es"].search(text[cue_end:n.start])
        and len(_TOKEN.findall(text[cue_end:n.start])) <= 8
        and not any(ch in _TIME_ASIDE.sub(" ", text[cue_end:n.start]) for ch in ",;:")
        for n in numbers)
    toll = _TOLL_CUE.fullmatch(text[cue_start:cue_end]) is not None
    # "some 70 assailants barged into town and killed the police chief": an active verb's subject counts the killers
    active = lang == "en" and _ACTIVE_KILLED.fullmatch(text[cue_start:cue_end]) is not None \
        and not _PASSIVE_BEFORE.search(text, max(0, cue_start - 20), cue_start) \
        and _VICTIMS_AFTER.match(text, cue_end) is not None  # ("one of two gunmen killed when ...": no object, a passive)
    for position, number in enumerate(numbers):
        one_before = False
        if number.vague or _THING_AFTER.match(text, number.end):
            continue
        if toll and number.end <= cue_start and _OTHER_FATE_AFTER.match(text, number.end):
            continue  # "Tres muertos y uno lesionado fue el saldo": the one is the wounded
        if active and number.end <= cue_start and _KILLERS_AFTER.match(text, number.end):
            continue
        if 10 <= number.value <= 99 and number.start >= 2 and _AGE_BETWEEN_COMMAS.match(text, number.start - 2):
            continue  # "A man, 45, was shot dead": an age
        if number.end <= cue_start and object_after:
            continue
        if number.end <= cue_start:
            gap = text[number.end:cue_start]
            # "cuatro hombres de entre 25 y 35 años de edad fueron ejecutados": an age says who, not how many
            # ... nor does a part of the group set apart: "Three members of the Gulf Cartel including one of its leaders
            # were killed"
            if holds_any(gap, _SUBSET_WORDS):  # (most gaps set no part apart: a substring test first)
                gap = _SUBSET_IN_GAP.sub(" ", gap)
            words = len(_TOKEN.findall(_PROPER_NAME.sub("N", _AGE_ASIDE.sub(" ", gap))))
            if words > 8 or ";" in gap or ":" in gap:
                continue
            distance = words
        elif number.start >= cue_end:
            gap = text[cue_end:number.start]
            words = len(_TOKEN.findall(gap))
            # "mató la tarde del domingo a 15 personas", "los cuerpos sin vida y con signos de
            # violencia de seis personas": an object or a genitive reaches further
            reach = 8 if _OBJECT_BEFORE[lang].search(gap) else 4
            # "killed an innocent taco vendor, three gunmen, one police officer": one person, then the list goes on
            one_before = _ONE_PERSON_LISTED.match(gap) is not None and _NOUN_AFTER.match(text, number.end) is not None
            if object_after:
                gap = _TIME_ASIDE.sub(" ", gap)  # "mató ayer, sábado, a dos policías"
            if not one_before and (words > reach or any(ch in gap for ch in ",;:") or _CLAUSE_AND[lang].search(gap)):
                continue  # "six were killed and four others were wounded": the next clause's count
            distance = words + 1  # prefer a number before its noun
        else:
            continue
        if holds_any(text[max(0, number.start - 80):number.start], _SUBSET_WORDS) \
                and (aside := _IN_SUBSET_ASIDE.search(text, max(0, number.start - 80), number.start)) is not None \
                and aside.start() > 0 and any(0 <= aside.start() - other.end < 40 and not other.vague
                                              for other in numbers[:position]):
            continue  # a part of a group counted before the aside: the group's count is the count
        if _SUBSET_BEFORE.search(text, max(0, number.start - 25), number.start) \
                and not (number.end <= cue_start and distance <= 1 and "," not in text[number.end:cue_start]):
            # the group's own count, when there is one, is the count ("Tres policías, entre ellos una
            # mujer, murieron"); but "tres hombres, de los cuales dos perdieron la vida" is two dead
            distance += 10
        if number.end <= cue_start and _SUBSET_AFTER.match(text, number.end) \
                and _ASIDE_BEFORE.search(text, max(0, number.start - 3), number.start):
            distance += 10  # "At least nine people — four of them minors — were killed": nine
        if best is None or distance < best[0]:
            best = (distance, number.value, number.start, position)
            listed_one = one_before
    if best is None:
        return None, frozenset()
    before_cue = numbers[best[3]].end <= cue_start
    lo, hi = (max(0, cue_start - 200), cue_start) if before_cue else (cue_end, cue_end + 200)
    consumed: set[int] = set()
    total = _sum_chain(text, numbers, best[3], lang, lo, hi, consumed, text[cue_start:cue_end]) + (1 if listed_one else 0)
    if before_cue:  # "left 42 of the gunmen dead, as well as one federal police officer"
        added = _ADDED_AFTER.get(lang, _ADDED_AFTER["en"]).match(text, cue_end)
        following = next((n for n in numbers if added and n.start == added.end()), None)
        if following is not None and not following.vague:
            total += following.value
            consumed.add(following.start)
    return total, frozenset(consumed)
