"""Event dates from a sentence, anchored on the publication date.

Returns (date, precision): explicit dates win; then relative days and weekdays (the most
recent such weekday on or before publication); then months and years.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Collection, Hashable

from app.articles import MONTH_RE, MONTHS
from app.extract.gates import GatedPattern, GateSet, holds_any

WEEKDAYS: dict[str, int] = {}
for _names in ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
               "lunes martes miércoles jueves viernes sábado domingo",
               "monday tuesday wednesday thursday friday saturday sunday"):
    for _i, _name in enumerate(_names.split()):
        WEEKDAYS[_name] = _i
WEEKDAYS.update({"miercoles": 2, "sabado": 5})
WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

DateResult = tuple[dt.date, str]
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], DateResult | None]]
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})\b")
_DIGIT = re.compile(r"\d")


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _full(m: re.Match[str], pub: dt.date) -> DateResult | None:
    month = int(m["m"]) if m["m"].isdigit() else _month(m["m"])
    date = _safe(int(m["y"]), month, int(m["d"]))
    return (date, "day") if date else None


def _day_month(m: re.Match[str], pub: dt.date) -> DateResult | None:
    year = _YEAR_THEN_WHEN.search(m.string, max(0, m.start() - 40), m.start())
    if year is not None:  # "inició en 2020, cuando el 4 de diciembre, localizaron ...": that year's December
        return (found, "day") if (found := _safe(int(year["y"]), _month(m["m"]), int(m["d"]))) else None
    date = _safe(pub.year, _month(m["m"]), int(m["d"]))
    if date and (date - pub).days > _ANNOUNCED_DAYS:  # "17 oktober" read in January is last year's October
        date = _safe(pub.year - 1, date.month, date.day)
    if date and (weekday := _WEEKDAY_BEFORE_DAY.search(m.string, max(0, m.start() - 30), m.start())) is not None:
        target = WEEKDAYS[weekday["w"]]
        if date.weekday() != target:
            # "este sábado 1 de enero" in a report of Saturday 1 February: the weekday and the day agree on a day
            # of the report's week, the month is a slip
            near = [day for shift in range(-_ANNOUNCED_DAYS, _ANNOUNCED_DAYS + 1)
                    if (day := pub + dt.timedelta(days=shift)).day == date.day and day.weekday() == target]
            if near:
                return near[0], "day"
    return (date, "day") if date else None


# A bracketed aside that dates what it follows: "(ocurrido el pasado 19 de abril)", "(which took place on 3 May)",
# "(dat op 3 mei plaatsvond)"
_DATED_ASIDE = re.compile(r"\((?:ocurrid|registrad|cometid|perpetrad|sucedid|suscitad)[oa]s?\s+[^()]{1,60}\)"
                          r"|\((?:which|that)\s+(?:occurred|took\s+place|happened)\s+[^()]{1,60}\)"
                          r"|\((?:dat|die)\s+[^()]{1,60}?\s+(?:plaatsvond|gebeurde)\)", re.I)
# A year in a clause about people: "the 43 students who disappeared in 2014", "los normalistas, quienes desaparecieron en
# 2014", "de studenten die in 2014 verdwenen"
_YEAR_OF_WHO = re.compile(r"\b(?:who|quien|quienes|die|wie)\s+(?:[\w-]+\s+){0,4}?(?:in|en|el|op|during|durante)\s+"
                          r"(?:(?:el\s+)?año\s+)?(?:19|20)\d\d\b(?:\s+(?:[\w-]+\s+){0,2}?(?:verdwenen|ontvoerd|vermoord))?"
                          # ... or what they had done before: "in Ciudad Juarez, where he had fled to a month ago"
                          r"|\b(?:where|who)\s+(?:he|she|they)\s+(?P<had>had)\s+(?:[\w-]+\s+){1,4}?(?:(?:a|one|two|three|\d+)\s+"
                          r"(?:days?|weeks?|months?|years?)\s+ago|in\s+(?:19|20)\d\d)\b", re.I)
# A year, then "when" and the day: "en 2020, cuando el 4 de diciembre", "in 2019, when on 3 May" (lower-cased text)
_YEAR_THEN_WHEN = re.compile(r"\b(?:en|in)\s+(?P<y>(?:19|20)\d\d),?\s+(?:cuando|when|toen)\s+(?:el\s+|on\s+|op\s+)?$")
# The weekday right before a day and month: "el sábado 1 de enero", "on Saturday, January 1" (lower-cased text)
_WEEKDAY_BEFORE_DAY = re.compile(rf"\b(?P<w>{WEEKDAY_RE}),?\s+(?:the\s+)?$")


# ... but a day in the week after publication is this year's: "no habrá clases este lunes 29 de septiembre",
# read on Sunday 28 September, announces the Monday after
_ANNOUNCED_DAYS = 7


# "el pasado jueves 3": the weekday's day of the month follows it
# ("el sábado primero", "el domingo 1o.": the first of the month, in words)
_DAY_NUMBER_AFTER = re.compile(r"\s+(?:(?P<first>primero|1o\.?|1º)(?!\s+de\s)|(?P<d>[0-3]?\d)\b)"
                               r"(?!\s*(?:de\b|del\b|of\b|van\b|[:.,]\d|h\b|hrs|horas|am\b|pm\b|uur\b|"
                               r"personas|people|mensen|muertos|dead|doden|a[ñn]os|years|jaar))")


def _weekday(m: re.Match[str], pub: dt.date) -> DateResult:
    target = WEEKDAYS[m["w"].lower()]
    if m["prev_week"] or m["prev_week_after"]:
        return pub - dt.timedelta(days=pub.weekday() + 7 - target), "day"
    number = _DAY_NUMBER_AFTER.match(m.string, m.end())
    if number is not None:
        day = 1 if number["first"] else int(number["d"])
        month = pub if day <= pub.day else pub.replace(day=1) - dt.timedelta(days=1)
        for _ in range(2):  # the day in the last month it fell on that weekday ("el sábado primero" read on 1 April)
            found = _safe(month.year, month.month, day)
            if found is not None and found.weekday() == target:
                return found, "day"
            month = month.replace(day=1) - dt.timedelta(days=1)
    days = (pub.weekday() - target) % 7
    if m["week_ago"]:
        return pub - dt.timedelta(days=days + 7), "day"
    if days == 0 and (m["last"] or m["last_after"]):  # "afgelopen vrijdag", "el viernes pasado" read on a Friday: a week ago
        days = 7
    return pub - dt.timedelta(days=days), "day"


def _month_year(m: re.Match[str], pub: dt.date) -> DateResult:
    # "once de diciembre de 2023": a day written as a word before the month
    word = _DAY_WORD_BEFORE.search(m.string, 0, m.start())
    if word is not None:
        day = _safe(int(m["y"]), _month(m["m"]), _DAY_WORDS.get(word["dw"]) or int(word["dw"].rstrip("oº.")))
        if day is not None:
            return day, "day"
    return dt.date(int(m["y"]), _month(m["m"]), 1), "month"


def _this_month(m: re.Match[str], pub: dt.date) -> DateResult:
    return pub.replace(day=1), "month"


def _first_of_month(m: re.Match[str], pub: dt.date) -> DateResult:
    return pub.replace(day=1), "day"


def _day_of_month(m: re.Match[str], pub: dt.date) -> DateResult | None:
    """'el día 12', 'on the 12th': that day of the publication's month, or of the month
    before when the day is still to come."""
    day = int(m["d"] or m["e"] or m["f"] or m["g"])
    date = _safe(pub.year, pub.month, day)
    if date is None or date > pub:
        before = pub.replace(day=1) - dt.timedelta(days=1)
        date = _safe(before.year, before.month, day)
    return (date, "day") if date else None


def _month_only(m: re.Match[str], pub: dt.date) -> DateResult:
    """'In March' without a year: the last such month on or before publication; 'in March
    last year', 'vorig jaar maart', 'en marzo del año pasado': that month of the year before."""
    month = _month(m["m"])
    if m["ly"] or m["ly_before"]:
        return dt.date(pub.year - 1, month, 1), "month"
    year = pub.year if month <= pub.month else pub.year - 1
    return dt.date(year, month, 1), "month"


def _year(m: re.Match[str], pub: dt.date) -> DateResult | None:
    year = int(m["y"])
    return (dt.date(year, 1, 1), "year") if year <= pub.year else None


def _decade(m: re.Match[str], pub: dt.date) -> DateResult:
    value = (m["d"] or m["e"]).lower()
    decades = {"negentig": 90, "tachtig": 80, "noventa": 90, "ochenta": 80, "nineties": 90, "eighties": 80}
    digits = "".join(ch for ch in value if ch.isdigit())  # "90s", "'90s", "1990s"
    year = decades.get(value) or int(digits[-2:])
    return dt.date(1900 + year, 1, 1), "year"


def _shift_days(days: int) -> Callable[[re.Match[str], dt.date], DateResult]:
    return lambda m, pub: (pub - dt.timedelta(days=days), "day")


def _last_week(m: re.Match[str], pub: dt.date) -> DateResult:
    start = pub - dt.timedelta(days=7 + pub.weekday())
    return start, "week"


def _last_month(m: re.Match[str], pub: dt.date) -> DateResult:
    first = pub.replace(day=1) - dt.timedelta(days=1)
    return first.replace(day=1), "month"


def _count_word(word: str) -> int | None:
    from app.extract.quantities import word_value
    return int(word) if word.isdigit() else next(
        (v for lang in ("en", "nl", "es") if (v := word_value(word, lang)) is not None), None)


def _years_ago(m: re.Match[str], pub: dt.date) -> DateResult | None:
    count = _count_word(m["n"] or m["h"])
    if not count or count > 100:
        return None
    return dt.date(pub.year - count, 1, 1), "year"


def _months_ago(m: re.Match[str], pub: dt.date) -> DateResult | None:
    count = _count_word(m["n"] or m["h"])
    if not count or count > 120:
        return None
    months = pub.year * 12 + pub.month - 1 - count
    return dt.date(months // 12, months % 12 + 1, 1), "month"


def _days_ago(m: re.Match[str], pub: dt.date) -> DateResult | None:
    count = _count_word(m["n"] or m["h"])
    return (pub - dt.timedelta(days=count), "day") if count and count <= 31 else None


def _weeks_ago(m: re.Match[str], pub: dt.date) -> DateResult | None:
    """'two weeks ago': the Monday of that week, at week precision (like 'last week')."""
    count = _count_word(m["n"] or m["h"])
    if not count or count > 52:
        return None
    return pub - dt.timedelta(days=7 * count + pub.weekday()), "week"


# Holidays as the reporting names them: the most recent one on or before publication.
_HOLIDAYS = {"christmas eve": (12, 24), "nochebuena": (12, 24), "kerstavond": (12, 24),
             "christmas": (12, 25), "navidad": (12, 25), "kerstmis": (12, 25), "kerst": (12, 25),
             "eerste kerstdag": (12, 25), "new year's eve": (12, 31), "nochevieja": (12, 31),
             "oudejaarsavond": (12, 31), "oudjaar": (12, 31), "new year's day": (1, 1), "año nuevo": (1, 1),
             "nieuwjaarsdag": (1, 1), "valentijnsdag": (2, 14), "valentine's day": (2, 14),
             "san valentín": (2, 14), "san valentin": (2, 14), "day of the dead": (11, 2), "muertos": (11, 2),
             "los muertos": (11, 2), "allerzielen": (11, 2)}


def _holiday(m: re.Match[str], pub: dt.date) -> DateResult | None:
    month, day = _HOLIDAYS[m["hol"].replace("’", "'")]
    date = _safe(pub.year, month, day)
    if date and (date - pub).days == 1:
        return pub, "day"  # "Balaceras ... en Día de Muertos" on 1 November: the feast has begun, not last year's
    if date and date > pub:
        date = _safe(pub.year - 1, month, day)
    return (date, "day") if date else None


_DAY_WORDS = {"primero": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
              "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
              "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
              "veintiuno": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
              "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
              "veintiocho": 28, "veintinueve": 29, "treinta": 30, "treinta y uno": 31}
_DAY_WORD_RE = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_CAPITAL_DAY_WORD_RE = "|".join(word[0].upper() + word[1:] for word in sorted(_DAY_WORDS, key=len, reverse=True)
                                if word[0].isalpha())


def _day_word_month(m: re.Match[str], pub: dt.date) -> DateResult | None:
    """'el primero de diciembre', 'el 1o. de diciembre', 'once de diciembre'."""
    word = m["dw"]
    day = _DAY_WORDS.get(word) or int(word.rstrip("oº."))
    date = _safe(pub.year, _month(m["m"]), day)
    if date and (date - pub).days > _ANNOUNCED_DAYS:
        date = _safe(pub.year - 1, date.month, date.day)
    return (date, "day") if date else None


_DAY_WORD_BEFORE = re.compile(rf"\b(?P<dw>{_DAY_WORD_RE}|1o\.?|1º)\s+de\s+$")


_PAST_WEEKEND = re.compile(r"\b(?:last|past|pasado|afgelopen|vorig)\b")  # on lower case


def _weekend(m: re.Match[str], pub: dt.date) -> DateResult:
    """'over the weekend', 'el fin de semana', 'afgelopen weekend': the last weekend's
    Saturday, at week precision (either of two days); read from Friday to Sunday, the
    weekend under way (a Friday's "this weekend" is that day, its "last weekend" the one before)."""
    if pub.weekday() == 4:
        if _PAST_WEEKEND.search(m.group()):
            return pub - dt.timedelta(days=6), "week"
        return pub, "week"
    if pub.weekday() == 6:
        return pub - dt.timedelta(days=1), "week"
    return pub - dt.timedelta(days=(pub.weekday() - 5) % 7), "week"


def _this_week(m: re.Match[str], pub: dt.date) -> DateResult:
    return pub - dt.timedelta(days=pub.weekday()), "week"


def _this_year(offset: int) -> Callable[[re.Match[str], dt.date], DateResult]:
    return lambda m, pub: (dt.date(pub.year - offset, 1, 1), "year")


_Y = r"(?P<y>(?:19|20)\d\d)"
_I = 0  # rules run on the lower-cased sentence (faster than re.I)
RULES: list[Rule] = [  # in order of precedence
    (re.compile(rf"\b{_Y}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _full),
    (re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+de|\s+of)?\s+(?P<m>{MONTH_RE})\.?(?:\s+del?)?,?\s+{_Y}\b", _I), _full),
    (re.compile(rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_Y}\b", _I), _full),
    # "3 de mayo", "3 mei", "the 3rd of May"
    (re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+de|\s+of)?\s+(?P<m>{MONTH_RE})\b(?!\s+(?:de\s+)?(?:19|20)\d\d)", _I), _day_month),
    # "May 3", "on March the 2nd"
    (re.compile(rf"\b(?P<m>{MONTH_RE})\.?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)(?!\s*[,:.]?\d)", _I), _day_month),
    # "el primero de agosto", "el sábado 1o. de agosto": a day in words ranks with one in digits, before the
    # weekday beside it
    (re.compile(rf"\b(?P<dw>{_DAY_WORD_RE}|1o\.?|1º)\s+de\s+(?P<m>{MONTH_RE})\b(?!\s+(?:de\s+)?(?:19|20)\d\d)", _I),
     _day_word_month),
    (re.compile(r"\b(?:eergisteren|eergisteravond|anteayer|antier|anteanoche|day before yesterday)\b", _I), _shift_days(2)),
    (re.compile(r"\b(?:gisteren|ayer|yesterday|gisteravond|gisterochtend|gisternacht|gistermiddag|anoche|last night)\b", _I),
     _shift_days(1)),
    # "vorige week dinsdag", "el martes de la semana pasada", "Tuesday of last week": that day of the week before
    # ... and "a week ago Sunday": the Sunday before the last one
    (re.compile(rf"(?:\b(?P<prev_week>vorige week|afgelopen week)\s+|\b(?P<week_ago>a\s+week\s+ago,?\s+(?:on\s+|last\s+)?)|"
                rf"\b(?P<last>afgelopen|vorige|last|past|el pasado|pasado)\s+)?"
                rf"\b(?P<w>{WEEKDAY_RE})(?:avond|ochtend|middag|nacht|morgen)?\b"
                rf"(?P<prev_week_after>\s+(?:de la semana pasada|of last week|van vorige week))?(?P<last_after>\s+pasado\b)?",
                _I), _weekday),
    (re.compile(r"\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|hoy|esta mañana|esta tarde|esta noche|este d[ií]a|"
                r"today|this morning|this afternoon|this evening|tonight)\b",
                _I), _shift_days(0)),
    (re.compile(r"\b(?:vorige week|afgelopen week|la semana pasada|last week|hace (?:apenas )?una semana|"
                r"a week ago|een week geleden)\b", _I), _last_week),
    (re.compile(rf"\b(?P<m>{MONTH_RE})(?:\s+del?)?\s+{_Y}\b", _I), _month_year),
    (re.compile(r"\b(?:vorige maand|afgelopen maand|el mes pasado|last month)\b", _I), _last_month),
    (re.compile(r"\b(?:eerder deze maand|begin deze maand|a principios de (?:este )?mes|earlier this month|"
                r"at the start of this month)\b", _I), _this_month),
    (re.compile(rf"\b(?:in|en|op|during|durante|sinds|desde|since|begin|eind|early|late|a\s+principios\s+del?|last|past|"
                rf"pasado|afgelopen|vorige|(?P<ly_before>(?:vorig|afgelopen)\s+jaar)|a\s+mediados\s+del?|half|midden|mid|"
                rf"a\s+finales\s+del?|at\s+the\s+(?:end|beginning|start)\s+of|a\s+(?:fines|comienzos|inicios)\s+del?|"
                rf"al\s+(?:final|inicio|principio)\s+de|aan\s+het\s+(?:eind|einde|begin)\s+van)(?:\s+|(?<=mid)-)(?:de\s+|het\s+)?(?:(?:el\s+)?mes\s+de\s+|the\s+month\s+of\s+|de\s+maand\s+)?"
                rf"(?P<m>{MONTH_RE})\b(?!\s+(?:de\s+)?\d)"
                r"(?P<ly>,?\s+(?:of\s+)?last\s+year|\s+(?:van\s+)?vorig\s+jaar|\s+del?\s+(?:año\s+pasado|pasado\s+año))?", _I),
     _month_only),
    (re.compile(r"\b(?:vorig jaar|afgelopen jaar|een jaar geleden|d?el año pasado|d?el pasado año|hace un año|"
                r"last year|a year ago)\b", _I), _this_year(1)),
    (re.compile(r"\b(?:begin dit jaar|eerder dit jaar|a principios de (?:este )?año|earlier this year)\b", _I),
     _this_year(0)),
    # "in 2011", "in late 2019", "a finales de 2019", "eind 2019": a part of a year dates by the year
    (re.compile(r"\b(?:(?:in|en|rond|circa|around|hacia|sinds|since|desde|del|van|tot|until|hasta)\s+"
                r"(?:(?:late|early|mid)[\s-]+)?(?:het\s+jaar\s+|el\s+año\s+|the\s+year\s+)?|"
                # ... and Spanish's year without a preposition: "tras un enfrentamiento el año 2012"
                r"\bel\s+año\s+|"
                rf"(?:late|early|mid|eind|begin|medio|(?:a\s+)?(?:finales|fines|principios|mediados)\s+del?)[\s-]+|"
                # "2017 was het dodelijkste jaar ...", "2019 fue el año más violento": the year a sentence opens with
                rf"^(?=(?:19|20)\d\d\s+(?:was|is|fue|ha\s+sido|werd)\s)){_Y}\b",
                _I), _year),
    # "jaren negentig", "años 90", "the '90s" (never "the 40 days")
    (re.compile(r"\b(?:(?:jaren|años)\s+(?P<d>negentig|tachtig|noventa|ochenta|'?\d0s?|19\d0s?)|"
                r"the\s+(?P<e>nineties|eighties|'?\d0s|19\d0s))\b", _I), _decade),
    # "siete meses atrás", "three months ago", "twee maanden geleden"
    (re.compile(r"\b(?P<n>\d{1,2}|[a-zé]+)\s+(?:months?|meses|maanden)\s+(?:ago|geleden|atr[aá]s|earlier|eerder)\b|"
                r"(?<!desde )\bhace\s+(?P<h>\d{1,2}|[a-zé]+)\s+meses\b", _I), _months_ago),
    # "dertien jaar geleden", "hace ocho años", "eight years to the day after" (not "desde hace 45 años": how long
    # something has gone on)
    (re.compile(r"\b(?P<n>\d{1,2}|[a-zé]+)\s+(?:years?|jaar|años)\s+(?:ago|geleden|atr[aá]s|earlier|eerder|before|"
                r"to the day)\b|(?<!desde )\bhace\s+(?P<h>\d{1,2}|[a-zé]+)\s+años\b", _I), _years_ago),
    # "three days ago", "hace tres días", "drie dagen geleden" (not "desde hace tres semanas": how long it has gone on)
    (re.compile(r"\b(?P<n>\d{1,2}|[a-zé]+)\s+(?:days?|d[ií]as|dagen)\s+(?:ago|geleden|atr[aá]s|earlier|eerder)\b|"
                r"(?<!desde )\bhace\s+(?:apenas\s+)?(?P<h>\d{1,2}|[a-zé]+)\s+d[ií]as\b", _I), _days_ago),
    # "two weeks ago", "hace dos semanas", "zo'n twee weken geleden"
    (re.compile(r"\b(?P<n>\d{1,2}|[a-zé]+)\s+(?:weeks?|semanas|weken)\s+(?:ago|geleden|atr[aá]s|earlier|eerder)\b|"
                r"(?<!desde )\bhace\s+(?:apenas\s+)?(?P<h>\d{1,2}|[a-zé]+)\s+semanas\b", _I), _weeks_ago),
    # what an event told before came weeks after: "The mass shooting happened just two weeks after eight women and three
    # men were killed in Celaya", "El ataque ocurrió a dos semanas de que", "De aanslag kwam twee weken na": that week,
    # counted from the day of publication (days after are counted from an event's day, which this never knows)
    (re.compile(r"\b(?:came|comes|happened|occurred|took\s+place|follows|followed|ocurri[oó]|se\s+registr[oó]|lleg[oó]|"
                r"se\s+dio|kwam|gebeurde|volgde|vond\s+plaats)\s+(?:just|only|barely|about|nearly|apenas|justo|precies|"
                r"slechts|amper)?\s*(?P<n>\d{1,2}|[a-zé]+)\s+(?:weeks?|semanas|weken)\s+(?:after|después\s+de|despues\s+de|na)\b"
                r"|\b(?:ocurri[oó]|se\s+registr[oó]|se\s+dio)\s+(?:apenas\s+)?a\s+(?P<h>\d{1,2}|[a-zé]+)\s+semanas\s+de\b", _I),
     _weeks_ago),
    (re.compile(r"\b(?:vannacht|esta madrugada|la madrugada de hoy)\b", _I), _shift_days(0)),
    (re.compile(r"\b(?:(?:over|during|on|at)\s+the\s+weekend|(?:this\s+)?(?:last|past)\s+weekend|this\s+weekend|"
                r"(?:el|este|durante\s+el|el\s+pasado)\s+"
                r"fin\s+de\s+semana(?!\s+(?:pr[oó]xim|que\s+viene))|(?:afgelopen|vorig|dit|het)\s+weekend)\b", _I), _weekend),
    (re.compile(r"\b(?:earlier\s+this\s+week|this\s+week|(?:eerder\s+)?deze\s+week|(?:a\s+principios\s+de\s+)?esta\s+semana)\b",
                _I), _this_week),
    (re.compile(r"\b(?:on|at|after|before|over|during|el\s+d[ií]a\s+de|en|tras|despu[eé]s\s+de|antes\s+de|"
                r"durante|met|na|voor|op|tijdens|rond|afgelopen|last|this\s+past|el\s+pasado|night\s+of|noche\s+del?)\s+"
                r"(?:the\s+|la\s+|el\s+|de\s+)?(?:d[ií]a\s+de\s+)?"
                r"(?P<hol>christmas eve|christmas|valentijnsdag|valentine['’]s day|san valent[ií]n|day of the dead|"
                r"(?<=d[ií]a de )(?:los )?muertos|allerzielen|"
                r"new year['’]s eve|new year['’]s day|nochebuena|navidad|nochevieja|a[ñn]o nuevo|kerstavond|"
                r"eerste kerstdag|kerstmis|kerst|oudejaarsavond|oudjaar|nieuwjaarsdag)\b"
                # a season is no day: "during Christmas holidays", "en las fiestas de navidad" stay undated
                r"(?![\s-]+(?:holidays?|season|period|vacations?|break|vacaciones|temporada|periodo|"
                r"feestdagen|vakantie|periode|dagen|tijd))", _I), _holiday),
    # "el día primero" (of the month the article is in)
    (re.compile(r"\bel\s+d[ií]a\s+primero\b(?!\s+de\s)", _I), _first_of_month),
    # "el día 12", "el 12 de este mes", "on the 12th", "El 19, ...": the last such day of the month on or before
    # publication
    (re.compile(r"\b(?:el\s+(?:pasado\s+)?(?:d[ií]a\s+)?(?P<d>[0-3]?\d)\s+(?:de\s+este\s+(?:mismo\s+)?mes|del\s+presente\s+mes|"
                r"del\s+mes\s+en\s+curso)|el\s+(?:pasado\s+)?(?:día|dia)\s+(?P<e>[0-3]?\d)\b"
                r"(?!\s+de\s)|on\s+the\s+(?P<f>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+of\s)"
                # a round-up's "El 19, un grupo armado disparó ...": a bare day opening the sentence or a clause
                # ("Cuatro días después, el 6, dos hombres fueron baleados")
                r"|(?:^|,)[\s\"“]*el\s+(?:pasado\s+)?(?P<g>[0-3]?\d)\s*,)", _I), _day_of_month),
    # "hace unas horas", "a few hours ago", "enkele uren geleden": the day of publication (appended: the
    # indexes above are named in _WORD_RULES, _NEEDS_MONTH and _NEEDS_DIGIT)
    (re.compile(r"\b(?:hace\s+(?:unas|pocas|algunas|\d{1,2})\s+horas|(?:a\s+few|several|\d{1,2})\s+hours\s+ago|"
                r"(?:enkele|een\s+paar|\d{1,2})\s+(?:uur|uren)\s+geleden)\b", _I), _shift_days(0)),
]


def _applicable(has_month: bool, has_digit: bool) -> list[tuple[int, re.Pattern[str], Callable]]:
    return [(i, p, r) for i, (p, r) in enumerate(RULES)
            if (has_month or i not in _NEEDS_MONTH) and (has_digit or i not in _NEEDS_DIGIT)]


# Rules that are plain word lists ("gisteren", "last month"...) are found in one scan.
_WORD_RULES = (6, 7, 9, 10, 12, 13, 15, 16)
_WORDS = re.compile("|".join(f"(?P<w{i}>{RULES[i][0].pattern})" for i in _WORD_RULES))
_NEEDS_MONTH = frozenset({1, 2, 3, 4, 5, 11, 14})
_NEEDS_DIGIT = frozenset({0, 1, 2, 3, 4, 11, 17, 28})

_APPLICABLE = {(m, d): _applicable(m, d) for m in (False, True) for d in (False, True)}


# One scan tells which rules may match at all (their literals occur): a sentence without
# a date word skips nearly every rule.
# The extractor folds DATE_GATES into its own per-sentence scan and passes the result in.
DATE_GATES: dict[tuple[str, int], str] = {("date", index): pattern.pattern for index, (pattern, _) in enumerate(RULES)}
_GATES = GateSet(DATE_GATES)
_RULE_KEYS = [("date", index) for index in range(len(RULES))]
_MONTH_KEYS = frozenset(_RULE_KEYS[i] for i in _NEEDS_MONTH)


# Places and streets named after a day ("el poblado 20 de Noviembre", "la colonia 5 de Mayo",
# "calle 16 de Septiembre", "las calles 18 de marzo y Mariano Matamoros"): a place noun before.
_DAY_NAMED_PLACE = re.compile(
    r"\b(?:poblado|colonia|col\.|calles?|avenidas?|av\.|localidad|ejido|comunidad|fraccionamiento|ranchería|"
    r"escuela|plaza|barrio|unidad|boulevard|bulevar|calzada|privada|andador|circuito|hospital|cl[ií]nica|mercado|"
    r"estadio|puente|parque|jard[ií]n|deportivo|primaria|secundaria|telesecundaria|preparatoria|glorieta|"
    r"sector|secci[oó]n|congregaci[oó]n|asentamiento|"  # "en el sector 2 de Abril" (Veracruz's neighbourhoods)
    # ... or a feminine article right before it: a date takes "el" ("en la 18 de Marzo" is the colonia)
    r"monumento|ruta|batalla|nombre(?:\s+oficial)?|llamad[oa]|denominad[oa]|(?<![\w-])la(?=\s+\d)|"
    # ... or the corner a street makes with it: "en la calle Mariano Moreno 345 al cruce con 1 de Noviembre"
    r"(?:cruce|esquina|cruzamiento)\s+con)\s+(?:de\s+)?(?:la\s+|el\s+)?"
    r"(?:prolongaci[oó]n\s+|prol\.\s+)?"  # "la avenida Prolongación Cinco de Mayo"
    rf"(?P<day>(?:\d{{1,2}}|{_DAY_WORD_RE})\s+de\s+(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|"
    r"Noviembre|Diciembre)\b)", re.I)
# English and Dutch name the street after it: "on 5 de Mayo street", "in de 16 de Septiembre-straat"
_NOUNS_AFTER_DAY = ("street", "avenue", "boulevard", "neighbo", "hospital", "bridge", "market", "park", "school",
                    "stadium", "straat", "laan", "wijk", "ziekenhuis", "brug", "markt")
_DAY_NAMED_BEFORE_NOUN = re.compile(
    rf"\b(?P<named>(?:\d{{1,2}}|{_DAY_WORD_RE})\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre))(?=[\s-]+(?:street|avenue|boulevard|neighbou?rhood|hospital|bridge|market|park|school|"
    r"stadium|straat|laan|wijk|ziekenhuis|brug|markt)\b)")


# The same in a list of streets ("como el Boulevard Manuel Cavazos Lerma, 12 de Marzo, Sendero
# Nacional"): a capitalised month between commas names a street, whatever noun began the list.
# A day in quotes, a name: 'near the "November 20th" rural community', 'la colonia "5 de Mayo"'
_DAY_IN_QUOTES = re.compile(rf"[“\"«](?P<quoted>(?:{MONTH_RE})\.?\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d\s+(?:de\s+)?"
                            rf"(?:{MONTH_RE}))[”\"»]", _I)
_DAY_NAMED_IN_LIST = re.compile(
    r"(?<=, )(?P<day>\d{1,2}\s+de\s+(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|"
    r"Noviembre|Diciembre))(?=,|\s+y\s+[A-ZÁÉÍÓÚÑ])"
    # ... or last in a list that a street noun or a plural place noun opens: "entre las calles Aquiles Serdán y 16 de
    # Septiembre", "between ejidos Valle Eureka and 18 de Marzo"
    r"|\b(?:[Cc]alles|[Aa]venidas|[Ee]squina\s+con|[Cc]ruce\s+(?:de|con)|(?i:ejidos|colonias|comunidades|localidades|"
    r"poblados|fraccionamientos|rancher[ií]as|barrios|streets|avenues|neighbou?rhoods|communities|villages|wijken|"
    r"dorpen))\s+[^.;]{0,200}?\s(?:y|e|con|and|en)\s+"  # (lists of ejidos run long: "ejidos Miguel Hidalgo I, ..., y 20 de noviembre")
    r"(?P<last>\d{1,2}\s+de\s+(?i:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|"
    r"Diciembre))\b"
    # ... or a day spelt out with a capital within a sentence: "dos comunidades: Santiaguillo y Seis de Enero" (a date's
    # spelt day is written in lower case: "el seis de enero")
    rf"|(?<=[\w,:;] )(?P<spelt>(?:{_CAPITAL_DAY_WORD_RE})\s+de\s+(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|"
    r"Septiembre|Octubre|Noviembre|Diciembre))\b")
# most sentences hold no month name or place noun: the patterns run only where their words occur
_DAY_NAMED_PLACE, _DAY_NAMED_IN_LIST = GatedPattern(_DAY_NAMED_PLACE), GatedPattern(_DAY_NAMED_IN_LIST)


# A clause about a person's career ("Silverio Cavazos, who left office a year ago, ..."): its
# period dates the career, not the event of the sentence.
_CAREER_CLAUSE = re.compile(r",\s+(?:who|quien|die)\s+[^,]{0,60}?\b(?:left|took|assumed)\s+office\b[^,]*,|"
                            r",\s+quien\s+[^,]{0,60}?\b(?:dej[oó]|asumi[oó]|tom[oó])\s+(?:el\s+)?(?:cargo|protesta)\b[^,]*,|"
                            r",\s+die\s+[^,]{0,60}?\b(?:aftrad|aantrad|in\s+functie\s+kwam)\b[^,]*,|"
                            # a term's start as the period's: "otro fin de semana violento desde que inició la
                            # administración de Javier May Rodríguez, el pasado 4 de octubre"
                            r"\b(?:desde\s+que\s+(?:inici[oó]|comenz[oó]|arranc[oó]|asumi[oó])|since\s+(?:\w+\s+){0,3}?"
                            r"(?:took\s+office|began\s+(?:his|her)\s+term))\b[^.;]{0,80}"
                            # ... and how long someone had held it: "The slain mayor had been in office since October 2009",
                            # "estaba en el cargo desde octubre de 2009", "was sinds oktober 2009 in functie"
                            r"|\b(?:had|has|have)\s+been\s+in\s+office\s+since\s+[^,.;]{1,30}"
                            r"|\b(?:estaba|est[aá]|hab[ií]a\s+estado)\s+en\s+(?:el\s+)?cargo\s+desde\s+[^,.;]{1,30}"
                            r"|\bsinds\s+[^,.;]{1,30}?\s+in\s+functie\b", re.I)

# When someone was elected or appointed, not when the event came: "Mario Lázaro Mendoza, elected on June 2 as an
# alternate councilor ..., was shot Sunday", "Salvador Bastida García, elected in September 2024, was fatally shot"
_ELECTED_CLAUSE = re.compile(r"\b(?:(?:re-?)?elected|appointed|sworn\s+in|(?:re)?elect[oa]s?|elegid[oa]s?|nombrad[oa]s?|"
                             r"designad[oa]s?|(?:her)?verkozen|benoemd|beëdigd)\s+(?:on|in|last|el|en|op|in\s+de\s+maand)\b[^,;()]{0,80}",
                             re.I)
_ELECTED_WORDS = ("elect", "appointed", "sworn", "elegid", "nombrad", "designad", "verkozen", "benoemd", "beëdigd")

# What a sentence's event followed, with its own day: "Tras el asesinato del alcalde, ocurrido el 1 de noviembre, ...",
# "After the killing of the mayor, which took place on November 1, ..."
_EARLIER_EVENT_OPENING = re.compile(r"(?:tras|despu[eé]s\s+de|luego\s+de|after|following|na)\s+(?:el|la|los|las|the|de|het)\s+"
                                    r"(?:[^,;]{3,80},\s*){1,3}?(?:ocurrid[oa]s?|registrad[oa]s?|perpetrad[oa]s?|cometid[oa]s?|"
                                    r"(?:which|that)\s+(?:occurred|took\s+place|happened)|die\s+plaatsvond)\s+[^,;]{0,40},")


# A running total's first day is no event's day: "Del 31 de diciembre a la fecha, suman nueve las
# víctimas", "from December 31 to date", "van 31 december tot nu toe".
_PERIOD_TO_NOW = re.compile(rf"\b(?:del|desde\s+el|from|since|van(?:af)?|sinds)\s+(?:[0-3]?\d\s+(?:de\s+)?(?:{MONTH_RE})|"
                            rf"(?:{MONTH_RE})\.?\s+[0-3]?\d(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?,?\s+"
                            r"(?:(?:a|hasta)\s+(?:la\s+fecha|hoy|ahora|el\s+d[ií]a\s+de\s+hoy)|hoy|to\s+date|until\s+now|"
                            r"through\s+today|tot\s+(?:nu|op\s+heden|vandaag))\b"
                            # "A partir del 1 de agosto, bandas criminales han sembrado el terror": the start of a
                            # period up to now, not an event's day (but "desde el 8 de octubre ha habido tiroteos"
                            # dates shootings that began that day)
                            rf"|\ba\s+partir\s+del?\s+[0-3]?\d\s+(?:de\s+)?(?:{MONTH_RE})(?:,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?"
                            r"(?=,?(?:\s+[\w-]+){0,6}?\s+(?:han|ha)\b)", _I)
# "han suspendido clases desde este martes hasta el 24 de octubre", "a curfew until November 3": where a
# measure ends, not the day of the event
_UNTIL_DAY = re.compile(rf"\b(?:hasta\s+el|until|till|tot\s+en\s+met|tot)\s+(?:(?:lunes|martes|mi[eé]rcoles|jueves|viernes|"
                        r"s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|"
                        r"woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
                        rf"(?:[0-3]?\d\s+(?:de\s+)?(?:{MONTH_RE})|(?:{MONTH_RE})\.?\s+[0-3]?\d(?:st|nd|rd|th)?)"
                        r"(?:,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?\b"
                        # ... but "Hasta el 26 de agosto, día de su ejecución": the day named is the event's
                        r"(?!,?\s+(?:d[ií]a|fecha|the\s+day|date|de\s+dag)\s+(?:de|en\s+(?:que|el\s+que)|of|on\s+which|when|waarop|van)\b)", _I)
_ELECTION_WORDS = ("election", "elecci", "comicios", "verkiezing", "jornada electoral", "votaci", "vote")
_ELECTION_DAY = re.compile(rf"\b(?:(?:{MONTH_RE})\.?\s+[0-3]?\d|[0-3]?\d\s+(?:de\s+)?(?:{MONTH_RE}))\b"
                           r"(?=(?:\s+[\w-]+){0,3}?\s+(?:elections?|elecciones|elección|comicios|verkiezingen|vote|votaci[oó]n)\b)"
                           # "de gemeenteraadsverkiezingen van 1 juli", "las elecciones municipales del 1 de julio"
                           r"|(?:\b(?:elections?|elecciones|elecci[oó]n|comicios|jornada\s+electoral)|verkiezingen)(?:\s+[\w-]+){0,2}?"
                           r"\s+(?:of|on|del?|van|op)\s+"
                           rf"(?:(?:{MONTH_RE})\.?\s+[0-3]?\d|[0-3]?\d\s+(?:de\s+)?(?:{MONTH_RE}))\b")


# "prosecutors said Monday", "dijo el lunes", "zei maandag": the day of the statement, not of
# the event it reports (common in wire copy).
# A dateline's day before ".-" ("mièrcoles, 12 de marzo del 2025.-"): weekday or not, on the lower-cased sentence
_DATELINE_DAY = re.compile(rf"(?:\b(?:{WEEKDAY_RE}|mi[eèé]rcoles|s[aáà]bado),?\s+)?\b[0-3]?\d\s+de\s+(?:{MONTH_RE})"
                           r"(?:\s+del?\s+(?:19|20)\d\d)?\s*\.\s?[-–—]")
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|announced|told\s+\w+|confirmed|stated|added|dijo|dijeron|"
                          r"inform(?:[oó]|aron)|señal(?:[oó]|aron)|report(?:[oó]|aron)|anunci(?:[oó]|aron)|"
                          r"declar(?:[oó]|aron)|precis(?:[oó]|aron)|confirm(?:[oó]|aron)|revel(?:[oó]|aron)|explic(?:[oó]|aron)|"
                          r"zei|zegt|meldde|verklaarde|bevestigde|"
                          r"maakte\s+\w+\s+bekend)"
                          # ... and who said it: "informó el periódico El Sur este sábado" (never what was said:
                          # "dijo el alcalde que el sábado ...")
                          r"(?:\s+(?:het|de|la|el)(?:\s+(?!(?:que|that|dat)\b)\w+){1,4})?\s+(?:on\s+|el\s+|este\s+|op\s+)?$")
# Dutch puts the day before the participle: "het OM heeft zondag bevestigd dat ...".
# ... and so does wire copy: "A spokesperson for the U.S. Embassy on Wednesday confirmed the deaths", "la Fiscalía este
# martes informó"
_SAID_AFTER = re.compile(r"\s+(?:bevestigd|bekendgemaakt|bekend|gemeld|verklaard|gezegd|aangekondigd|meegedeeld|laten\s+weten|"
                         r"said|confirmed|announced|reported|stated|told|inform[oó]|confirm[oó]|anunci[oó]|report[oó]|"
                         r"declar[oó]|dijo)\b")
_WEEKDAY_RULE = 8
_SINCE_BEFORE = re.compile(r"\b(?:since|sinds|desde(?:\s+el)?|a\s+partir\s+del?)\s+(?:last\s+|el\s+pasado\s+|afgelopen\s+)?$")
_SINCE_REACH = 12  # characters before a weekday where "since" may stand
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:cuando|when|toen)\b")


_WHAT_WAS_SAID = re.compile(r"\b(?:que|that|dat)\b")
# "said Tuesday that eight bodies found over the weekend ...": what was said dates itself.
_OWN_PERIOD = tuple(pattern for pattern, rule in RULES if rule in (_weekend, _this_week, _last_week, _days_ago, _weeks_ago))


def _weekday_match(pattern: re.Pattern[str], low: str) -> re.Match[str] | None:
    """The first weekday that is not the day of an attribution (", prosecutors said Monday.");
    "informó este jueves que permanecerá cerrado" dates what was said, so it counts."""
    # "Santo Domingo Tehuantepec", "Domingo Arenas": a town's name, not Sunday
    matches = [m for m in pattern.finditer(low)
               if not low.endswith("santo ", 0, m.start()) and not low.startswith(" arenas", m.end())
               # "22 others have been killed in similar clashes since Saturday": a period's start, no day (but "arrancó
               # desde el viernes, cuando el exregidor fue asesinado": the day of what happened then)
               and not (_SINCE_BEFORE.search(low, max(0, m.start() - _SINCE_REACH), m.start())
                        and not _WHEN_AFTER.match(low, m.end()))]
    said = [bool(_SAID_BEFORE.search(low, max(0, m.start() - 45), m.start()) or _SAID_AFTER.match(low, m.end()))
            for m in matches]
    for i, (m, is_said) in enumerate(zip(matches, said)):
        if not is_said:
            return m
        if _WHAT_WAS_SAID.search(low, m.end()) and not any(not s for s in said[i + 1:]) \
                and not any(period.search(low, m.end()) for period in _OWN_PERIOD):
            return m  # what was said is the event, unless it names a day or a period of its own
    return None


def since_day(text: str, published: dt.date) -> dt.date | None:
    """The weekday a state began ("schools have been closed since Tuesday", "desde el martes no
    hay clases", "sinds dinsdag"): a disruption's first day, though no count's ("22 killed since
    Saturday" is a period's tally, which sentence_date leaves undated)."""
    low = text.lower()
    for found in RULES[_WEEKDAY_RULE][0].finditer(low):
        if _SINCE_BEFORE.search(low, max(0, found.start() - _SINCE_REACH), found.start()):
            return _weekday(found, published)[0]
    return None


def said_day(text: str, published: dt.date) -> dt.date | None:
    """The day a sentence's news was told ("confirmó este domingo la Fiscalía", "prosecutors
    said Monday"), when it names that day only: its events happened by then."""
    low = text.lower()
    pattern = RULES[_WEEKDAY_RULE][0]
    found = pattern.search(low)
    if found is None or _weekday_match(pattern, low) is not None:
        return None
    return _weekday(found, published)[0]


_DAY_OF_MONTH_RULE = next(i for i, (_, rule) in enumerate(RULES) if rule is _day_of_month)


def bare_day(text: str) -> int | None:
    """The day of a sentence that names a day without its month ("El 5, un comerciante ...",
    "el día 12", "on the 12th"), which sentence_date reads in the month of publication: in a
    round-up of a past month the caller knows better."""
    found = RULES[_DAY_OF_MONTH_RULE][0].search(text.lower())
    if found is None or found["d"]:  # "el 12 de este mes" names its month
        return None
    return int(found["e"] or found["f"] or found["g"])


# A man named Domingo mid-sentence, before a surname or another name: "perdieron la vida Domingo y Martha Hernández",
# "Domingo Pérez fue detenido" (a weekday in Spanish prose is written in lower case)
_DOMINGO_NAMED = re.compile(r"(?<=[\wáéíóúñ,] )Domingo(?=\s+(?:y\s+|e\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)")


def sentence_date(text: str, published: dt.date,
                  possible: Collection[Hashable] | None = None) -> DateResult | None:
    """The date a sentence gives its events, or None when it names none. ``possible``: a
    scan of ``text`` that includes DATE_GATES, when the caller has one."""
    if "(" in text and (aside := _DATED_ASIDE.search(text)) is not None:
        # "uno de los presuntos responsables del ataque al camión de pasajeros (ocurrido el pasado 19 de abril)": the day
        # of the thing the aside follows, not of the sentence
        text = text[:aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end():]
        possible = None
    if "who" in text or "quien" in text or "die " in text or "wie " in text or " had " in text:
        clause = _YEAR_OF_WHO.search(text)
        if clause is not None:
            # "the 43 students who disappeared in 2014, also suspended classes this week": the year says who they
            # are; the sentence's own time, if it tells one, dates it
            blanked = sentence_date(text[:clause.start()] + " " * (clause.end() - clause.start()) + text[clause.end():],
                                    published)
            if blanked is not None or clause["had"]:  # (what they had done before dates nothing of the sentence)
                return blanked
    low = text.lower()
    if possible is None:
        possible = _GATES.scan(low)
    digit_in_text = _DIGIT.search(text) is not None  # asked twice below
    if " de " in text and (digit_in_text or not _MONTH_KEYS.isdisjoint(possible)):
        # "en el poblado 20 de Noviembre", "la colonia Primero de Mayo": a place, not a day
        for named in [*_DAY_NAMED_PLACE.finditer(text), *_DAY_NAMED_IN_LIST.finditer(text)]:
            group = next(name for name in ("day", "last", "spelt") if named.groupdict().get(name))
            low = low[:named.start(group)] + " " * (named.end(group) - named.start(group)) + low[named.end(group):]
        if holds_any(low, _NOUNS_AFTER_DAY):
            for named in _DAY_NAMED_BEFORE_NOUN.finditer(low):
                low = low[:named.start("named")] + " " * (named.end() - named.start()) + low[named.end():]
    if "Domingo" in text:
        for named in _DOMINGO_NAMED.finditer(text):
            low = low[:named.start()] + " " * (named.end() - named.start()) + low[named.end():]
    if ("“" in text or '"' in text or "«" in text) and not _MONTH_KEYS.isdisjoint(possible):
        for named in _DAY_IN_QUOTES.finditer(low):
            low = low[:named.start("quoted")] + " " * (named.end("quoted") - named.start("quoted")) + low[named.end("quoted"):]
    if ".-" in text or ".–" in text or ".—" in text:
        # "Ixtlan del Rìo, Nayarit; miércoles, 12 de marzo del 2025.- en un operativo realizado el pasado lunes":
        # the day of the dateline the splitter left inside (a lower-case lead), not of the events
        for filed in _DATELINE_DAY.finditer(low):
            if low[filed.end():].strip():  # (a dateline of its own keeps its day: the report's, when nothing else has one)
                low = low[:filed.start()] + " " * (filed.end() - filed.start()) + low[filed.end():]
    if (low.startswith(("tras ", "después ", "despues ", "luego ", "after ", "following ", "na "))) \
            and (earlier := _EARLIER_EVENT_OPENING.match(low)) is not None:
        # "Tras el asesinato del alcalde de Uruapan, ocurrido el 1 de noviembre, la violencia volvió a sacudir a
        # Michoacán": the day of what came before, not of the sentence's event
        low = " " * earlier.end() + low[earlier.end():]
    if "office" in low or "cargo" in low or "protesta" in low or "aftrad" in low or "aantrad" in low or "functie" in low \
            or "desde que" in low or "term" in low:
        for clause in _CAREER_CLAUSE.finditer(low):
            low = low[:clause.start()] + " " * (clause.end() - clause.start()) + low[clause.end():]
    if holds_any(low, _ELECTED_WORDS):
        for clause in _ELECTED_CLAUSE.finditer(low):
            low = low[:clause.start()] + " " * (clause.end() - clause.start()) + low[clause.end():]
    if digit_in_text and not _MONTH_KEYS.isdisjoint(possible):
        for period in [*_PERIOD_TO_NOW.finditer(low), *_UNTIL_DAY.finditer(low)]:
            low = low[:period.start()] + " " * (period.end() - period.start()) + low[period.end():]
    if holds_any(low, _ELECTION_WORDS) and not _MONTH_KEYS.isdisjoint(possible):
        # "ahead of the June 2 national elections": the vote's day, not the event's
        for vote in _ELECTION_DAY.finditer(low):
            low = low[:vote.start()] + " " * (vote.end() - vote.start()) + low[vote.end():]
    # Rules that need a month name or a digit are skipped when the sentence has none.
    has_month = not _MONTH_KEYS.isdisjoint(possible) and _MONTH_WORD.search(low) is not None
    has_digit = digit_in_text and _DIGIT.search(low) is not None  # lower-casing and blanking add no digit
    words: dict[int, re.Match[str]] | None = None
    for index, pattern, rule in _APPLICABLE[has_month, has_digit]:
        if _RULE_KEYS[index] not in possible:
            continue
        if index in _WORD_RULES:
            if words is None:
                words = {}
                for found in _WORDS.finditer(low):
                    words.setdefault(int(found.lastgroup[1:]), found)  # type: ignore[index]
            match = words.get(index)
        elif index == _WEEKDAY_RULE:
            match = _weekday_match(pattern, low)
        else:
            match = pattern.search(low)
        if match:
            try:
                result = rule(match, published)
            except (ValueError, OverflowError):  # date arithmetic past year 1 or 9999
                continue
            if result and index == _WEEKDAY_RULE and result[0] < published and not (match["last"] or match["last_after"]) \
                    and _FUTURE.search(low, max(0, match.start() - 40), match.start()):
                if _PAST_THEN_FUTURE.search(low, 0, match.start()):
                    # "A suspect was apprehended at the scene and will make a court appearance on Wednesday": the day
                    # of what is to come, not of the sentence's event
                    continue
                # "no habrá clases este lunes", "schools will stay closed on Monday": the weekday ahead
                return result[0] + dt.timedelta(days=7), "day"
            if result:
                return result
    return None


# What a sentence announces: a weekday after a future verb is the one ahead of publication ("no habrá clases este
# lunes"); "Police said Monday they will investigate" keeps the Monday before
_FUTURE = re.compile(r"\b(?:habr[aá]n?|ser[aá]n?|permanecer[aá]n?|se\s+suspender[aá]n?|reanudar[aá]n?|will|shall|"
                     r"zal|zullen)\b")
# ... after a clause of the past or present joined to it: "was apprehended at the scene and will make a court appearance"
_PAST_THEN_FUTURE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|fue|fueron|ha\s+sido|han\s+sido|werd|werden|is|zijn)"
                               r"\s+[^.;]{0,80}?\b(?:and|y|e|en)\s+(?:\w+\s+)?(?:will|shall|ser[aá]n?|zal|zullen)\b")
