"""Sentence splitting that survives abbreviations and datelines.

Sentences are returned as character spans into the article body, so evidence offsets are
exact. Paragraph breaks (blank lines) and single line breaks (headings) always end a
sentence; a period ends one only when it is not part of an abbreviation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.articles import MONTH_RE
from app.extract.dates import WEEKDAY_RE
from app.extract import lexicon
from app.geo.names import COUNTRY_NAME

# Lower-cased abbreviations (without the final period) that never end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset("""
cd gral sr sra srta dr dra lic ing mtro no núm num art arts av avda col fracc blvd carr km
u.s u.k e.u ee.uu edo p.ej etc vs st mr mrs ms prof gen col lt sgt capt gov sen rep jr
dhr mevr mw drs ir ca bijv o.a m.b.t n.a.v i.p.v d.w.z a.m p.m mx méx mich jal gto tamps
ver oax chis qro pue sin son chih coah dgo bc bcs zac ags nay col mor hgo tlax tab camp yuc
qroo gro slp nl cdmx sta sto fr rev msgr mons pbro
""".split())

# The press's state abbreviations in datelines ("Tepic, Nay., Una balacera ...").
_STATE_ABBREVIATIONS = ("Ags|BC|BCS|Camp|Chis|Chih|Coah|Col|CDMX|Dgo|Gto|Gro|Hgo|Jal|Edomex|Méx|Mex|Mich|Mor|Nay|NL|"
                        "N\\.\\s?L|Oax|Pue|Qro|Q\\.\\s?Roo|QRoo|SLP|S\\.\\s?L\\.\\s?P|Sin|Son|Tab|Tamps|Tlax|Ver|Yuc|Zac")
_ABBREVIATED_STATE = {
    "ags": "Aguascalientes", "bc": "Baja California", "bcs": "Baja California Sur", "camp": "Campeche",
    "chis": "Chiapas", "chih": "Chihuahua", "coah": "Coahuila", "col": "Colima", "cdmx": "Ciudad de México",
    "dgo": "Durango", "gto": "Guanajuato", "gro": "Guerrero", "hgo": "Hidalgo", "jal": "Jalisco",
    "edomex": "México", "méx": "México", "mex": "México", "mich": "Michoacán", "mor": "Morelos", "nay": "Nayarit",
    "nl": "Nuevo León", "oax": "Oaxaca", "pue": "Puebla", "qro": "Querétaro", "qroo": "Quintana Roo",
    "slp": "San Luis Potosí", "sin": "Sinaloa", "son": "Sonora", "tab": "Tabasco", "tamps": "Tamaulipas",
    "tlax": "Tlaxcala", "ver": "Veracruz", "yuc": "Yucatán", "zac": "Zacatecas",
}
# The states' names as datelines write them, accents or not (and the country's): the gazetteer's own list.
_STATE_NAMES = lexicon.STATE_NAMES + "|" + "|".join(lexicon.accents_optional(name) for name in (COUNTRY_NAME, "Mexico"))
_ABBREVIATION_AT_END = re.compile(r",\s*([\w.\s]+?)\.?,?\s*$")


# ... or before a dash or a date: "Uruapan, Mich.-", "URUAPAN, Mich., 10 de marzo de 2024.-"
# ("ZACATECAS, ZAC.-", "TORREÓN, Coah. (apro).-", "Tlaxiaco, Oax. a 16 de junio de 2025.-" too)
_ABBREVIATION_INSIDE = re.compile(rf",\s*((?i:{_STATE_ABBREVIATIONS}))\.?\s*(?=,|[-–—]|\(|a\s+\d|$)")


def dateline_state(dateline: str) -> str | None:
    """The state a dateline names by the press's abbreviation ("Tepic, Nay.," -> Nayarit)."""
    match = _ABBREVIATION_AT_END.search(dateline) or _ABBREVIATION_INSIDE.search(dateline)
    key = re.sub(r"[.\s]", "", match.group(1)).lower() if match else ""
    return _ABBREVIATED_STATE.get(key)


_DATELINE_PART = re.compile(r"^[^,(–—./-]+(?:\.\s*de\s+[^,(–—./-]+)?")  # "Mulegé/Baja California Sur/Noticias.-" too
_INITIAL_LEFT = re.compile(r"\s+[A-Z]$")


def dateline_place(dateline: str) -> tuple[str, str | None] | None:
    """The town a dateline names and the words after it that may name its state:
    "MÉRIDA, Yucatán. –" -> ("Mérida", "Yucatán"), "Tepic, Nay.," -> ("Tepic", "Nay");
    None when it names no town."""
    text = dateline.strip()
    town = _DATELINE_PART.match(text)
    if town is None or not town.group().strip():
        return None
    after = _DATELINE_PART.match(text[town.end():].lstrip(" ,/"))
    # an initialism after the name, cut at its first full stop: "Dolores Hidalgo C.I.N., a 02 de septiembre.-"
    name = _INITIAL_LEFT.sub("", town.group().strip())
    return name.title(), (after.group().strip() or None) if after else None


_MESES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
# Months' short forms, written with a full stop: "el 3 de sept. 2019", "Morelia, 17 sept. Bij ..."
_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct okt nov dec dic ene abr ago mrt".split())
# A dateline opens a paragraph: "MEXICO-STAD –", "MEXICO CITY —", "Cd. de México.-".
# A syndicating agency's source and day in brackets: "(APP - UrduPoint / Pakistan Point News - 30th May, 2024)"
SYNDICATED_SOURCE = r"\([A-Z][^)\n]{0,40}?\s[-–—/]\s[^)\n]{1,80}\)"
DATELINE = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .,'/-]{1,40}?(?:,\s*[A-Z][a-záéíóúñ]+(?:\s(?:[A-Z][a-záéíóúñ]+|\d{1,2}))?){0,2}\s*(?:\([^)]{1,30}\))?"
    r",?\s*[–—-]{1,2}\s"                                                 # ALL CAPS[, Mexico][, Feb 18] + dash ("HERMOSILLO, Sonora,- ")
    r"|[A-ZÁÉÍÓÚÑ]{2,}(?:[ .'/-]+[A-ZÁÉÍÓÚÑ]{2,}){0,3}\s*(?:(?:\([^)\n]{1,80}\)\s*){1,2}(?:[–—:-]{1,2}\s*)?|[–—:]\s*)"
    r"(?=[\"“A-ZÁÉÍÓÚÑ])"                                           # MEXICO CITY— / MEXICO CITY: / CITY (Source - date)
    # Name (EFE).-, Ciudad de México, 31 de octubre (SinEmbargo).-, CIUDAD DE MÉXICO (07/JUN/2011).-, CULIACÁN._ (Noroeste)
    r"|[A-ZÁÉÍÓÚÑ][\w .,'’()/]{1,60}?\.\s?[-–—_]\s?"
    r"(?:[A-ZÁÉÍÓÚÑ][\w ]{2,25}?\.\s?[-–—_]\s?)?"          # ... and its state the same way: "Ciudad Victoria.- Tamaulipas.-"
    rf"|[A-ZÁÉÍÓÚÑ][\w .'’]{{1,30}}?,\s*(?:{_STATE_ABBREVIATIONS})\.?,\s+(?=[¿¡\"“A-ZÁÉÍÓÚÑ])"  # Tepic, Nay.,
    # MEXICO CITY, Mexico  Mexican officials ...: a wire's dateline whose dash the copy lost (two spaces left)
    r"|[A-ZÁÉÍÓÚÑ]{2,}(?:[ .'/-]+[A-ZÁÉÍÓÚÑ]{2,}){0,3},\s*[A-Z][a-záéíóúñ]+(?:\s[A-Z][a-záéíóúñ]+)?\s{2,}(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Acapulco, (APP - UrduPoint / Pakistan Point News - 30th May, 2024) An aspiring mayor ...: a syndicated wire's
    # town in mixed case and its source and day in brackets (a dash or a slash in them: never "Juan Pérez (45) was")
    r"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){0,3},?\s*" + SYNDICATED_SOURCE +
    r"\s*(?:[–—:-]{1,2}\s*)?(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Ciudad Juárez, Chih. Un ...: a town of capitalised words only, then the abbreviation and a full stop
    rf"|[A-ZÁÉÍÓÚÑ][\w'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'’]*){{0,3}},\s*(?:{_STATE_ABBREVIATIONS})\.\s+(?=[¿¡\"“A-ZÁÉÍÓÚÑ])"
    # Monterrey, Nuevo Leon – / Guadalajara, Jalisco- / Tijuana, Mexico — : a town in mixed case, a state's name, a dash
    rf"|[A-ZÁÉÍÓÚÑ][\w'’.]*(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\w'’.]*){{0,3}},\s*(?:{_STATE_NAMES})"
    r"(?:,\s*M[eé]xico)?\.?\s*[–—-]{1,2}\s+(?=[\"“A-ZÁÉÍÓÚÑ])"  # (Ciudad Victoria, Tamaulipas, Mexico — )
    r"|(?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[a-zA-Z]+\s+(?:19|20)\d\d\s*[-–—]\s*(?=[A-ZÁÉÍÓÚÑ])"  # Dinsdag 15 februari 2022 -
    # MEXICO CITY, March 23 Five people ...: a wire's dateline whose "(Reuters) -" was cut away
    r"|[A-ZÁÉÍÓÚÑ]{2,}(?:[ .'/-]+[A-ZÁÉÍÓÚÑ]{2,}){0,3},\s*(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\s+(?=[A-ZÁÉÍÓÚÑ])"
    # México, noviembre 19 - / Culiacán, 3 de mayo de 2011 – / Mexico City, March 23 - : a town, a date, a dash
    rf"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){{0,3}},\s*(?:(?:{_MESES}|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+de\s+"
    # (a press release glues the dash to the lead: "New York, January 28, 2008—Mexican journalist ...")
    rf"(?:{_MESES}))(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?\s*(?:[–—-]{{1,2}}\s+|[–—])(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Chilpancingo, 30 de julio de 2024. En ... / Oaxaca de Juárez, 15 febrero. Como ... / Morelia, 17 sept. Bij ...:
    # a town, a day and its month, a full stop
    rf"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){{0,3}},\s*\d{{1,2}}\s+(?:de\s+)?"
    rf"(?:{_MESES}|(?:{'|'.join(sorted(_MONTH_SHORT))})\.)(?:\s+(?:de|del)\s+(?:19|20)\d\d)?\.?\s+(?:[–—-]{{1,2}}\s+)?(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Pedro Escobedo — 4 de marzo de 2026.- : a town, a dash, the day of publication and ".-"
    rf"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){{0,3}}\s*[–—-]\s*\d{{1,2}}\s+de\s+(?:{_MESES})"
    r"(?:\s+(?:de|del)\s+(?:19|20)\d\d)?\s*\.\s?[-–—]{1,2}\s*(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Querétaro, Qro. a 29 julio 2025– : a town, its state's abbreviation, "a", the day of publication and a dash
    rf"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){{0,3}},\s*(?:{_STATE_ABBREVIATIONS})\.?,?\s+a\s+"
    rf"\d{{1,2}}\s+(?:de\s+)?(?:{_MESES})(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?\.?\s*[–—-]{{1,2}}\s*(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Ciudad Victoria, Mexico: Police killed ... : a town in mixed case, the country and a colon (a wire's copy as a
    # paper prints it; prose names no country before a colon)
    r"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){0,3},\s*M[eé]xico\s*:\s+(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Mexico City : Five people ... : a town in mixed case, a space, a colon (a wire's copy; prose puts no space there)
    r"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s[A-ZÁÉÍÓÚÑ][\w.'’]*){0,3}\s+:\s+(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Monterrey/EFE – : a town in mixed case, a slash and the agency
    r"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s[A-ZÁÉÍÓÚÑ][\w.'’]*){0,3}\s*/\s*(?:EFE|Efe|AFP|AP|Reuters|Notimex|Apro|DPA|Xinhua|ANSA)"
    r"\s*[–—:-]{1,2}\s*(?=[\"“A-ZÁÉÍÓÚÑ])"
    # Mexico City, May 12 (IANS) / Culiacán (AP) — / Morelia (Mexico), Oct 15 (IANS/EFE): a town in mixed case (its
    # country in brackets), a date, the agency
    r"|[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s[A-ZÁÉÍÓÚÑ][\w.'’]*){0,3}(?:\s*\((?:Mexico|México)\))?"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?"
    r"\s*\((?:[A-Z]{2,}|Reuters|Xinhua|Notimex|Efe|Agencias?|Apro)(?:/(?:[A-Z]{2,}|Reuters|Xinhua|Notimex|Efe))*\)\s*(?:[–—:-]{1,2}\s*)?(?=[\"“A-ZÁÉÍÓÚÑ]))",
)

# ... or a full stop a stored copy glued to the next sentence: "de ese municipio.Los hechos ocurren"
# (a space lost after the period, as scraped copy often does: "dado que apenas los detienen y los vuelven a liberar.El
# jueves por la noche")
_END = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s)|\.(?<=[a-záéíóúñ]{3}\.)(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2}|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]\s)")
_NEXT_START = re.compile(r"\s*[\"'“‘«(¿¡]*[A-ZÁÉÍÓÚÑ0-9]")
_LAST_WORD = re.compile(r"([\w.]+)\.$")


# A paragraph runs until a blank line; whole runs of characters at a time, for speed.
_PARAGRAPH = re.compile(r"(?:[^\n]+|\n(?!\s*\n))+")
# A line; a stored copy's hard line break inside a sentence does not end it: after a comma in a line of lower-case
# text, an opening bracket or a word no sentence ends on ("las autoridades capitalinas aplicaron un nuevo operativo
# en\nTláhuac"), or between two lower-case words ("las autoridades\ncapitalinas"; not a heading's name before a Dutch
# date line: "... en Nuevo León\ndinsdag 21 augustus 2012"). A comma after a dateline's town ("DURANGO,\nDgo.") ends it.
_LINE = re.compile(r"[^\n]+")
_RUNS_ON = re.compile(r"(?:\(|(?i:\b(?:en|de|del|la|el|los|las|y|e|a|al|con|por|para|su|sus|un|una|que|of|the|in|at|on|"
                      r"and|an|to|for|with|van|het|een|op|bij|met))) *$")
_DUTCH_WEEKDAY = re.compile(r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b")
_LOWER_SET = frozenset("abcdefghijklmnopqrstuvwxyzáéíóúñ")


def _lines(block: str) -> list[tuple[int, int]]:
    """The spans of ``block``'s lines, a line broken inside a sentence joined to the next."""
    spans: list[tuple[int, int]] = []
    joined_from = None
    found = list(_LINE.finditer(block))
    for k, line in enumerate(found):
        start = line.start() if joined_from is None else joined_from
        after = found[k + 1] if k + 1 < len(found) else None
        text = line.group()
        if after is not None and after.start() == line.end() + 1 and _runs_on(text, after.group()):
            joined_from = start
            continue
        spans.append((start, line.end()))
        joined_from = None
    return spans


def _runs_on(line: str, following: str) -> bool:
    """Whether ``line`` breaks off a sentence that ``following`` goes on with (only their edges are read)."""
    if following[:1].isspace():
        return False
    tail = line[-12:]
    if _RUNS_ON.search(tail) is not None:
        return True
    if line.rstrip().endswith(",") and not _LOWER_SET.isdisjoint(line):
        return True
    return line[-1:] in _LOWER_SET and following[:1] in _LOWER_SET and _DUTCH_WEEKDAY.match(following) is None

# A short line of its own with no closing punctuation: a subheading ("El operativo y captura",
# "Tres muertos y dos detenidos"), in an article of blank-line paragraphs or of single lines
_HEADING = re.compile(r"\s*[A-ZÁÉÍÓÚÑ¿¡\"“][^.!?:;\n]{2,70}?[^\s.!?:;,\"”»)]\s*")
HEADING_WORDS = 6


def _is_heading(line: str) -> bool:
    # the regex first: it gives up at the first full stop or after 70-odd characters, a split reads the whole line
    return _HEADING.fullmatch(line) is not None and len(line.split()) <= HEADING_WORDS


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    dateline: bool = False
    heading: bool = False  # a subheading: the text under it tells the event and its place


# "on Dec. 15", "el 3 de sept. 2019": a month's short form (_MONTH_SHORT) before a number ends no sentence.
_DIGIT_NEXT = re.compile(r"\s*\d")


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _LAST_WORD.search(text, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _MONTH_SHORT and _DIGIT_NEXT.match(text, dot + 1):
        return True
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    # Initials: "J." or "E.U." — a single letter before the period.
    return len(word.replace(".", "")) <= 1 and word[:1].isalpha()


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        dot = match.start()
        if text[dot] == "." and _is_abbreviation(text, dot):
            continue
        if not _NEXT_START.match(text, match.end(), end):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


MAX_SENTENCE = 800  # characters; longer runs (lists, markup debris) are cut at spaces


def _cap_length(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run longer than MAX_SENTENCE at the last ';', ',' or space before the limit, so
    the per-sentence work (which compares every trigger with every place) stays bounded."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        cut = start + (cut + 1 if cut > MAX_SENTENCE // 2 else MAX_SENTENCE)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


# "Ciudad de México– La Procuraduría ...": a town in mixed case alone and a long dash, where the text begins (further
# down, "Uruapan – Carapan" is a road)
# ("Mexico City - Mexican soldiers seized ...": a hyphen between spaces does as well)
_LEAD_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.'’]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’]*){0,3}(?:\s?[–—]|\s-)\s+(?=[\"“A-ZÁÉÍÓÚÑ])")
# "Mexico City:", "MEXICO CITY -" on a line of its own above the lead: the dateline, not the lead's place
# ("Morelia, Michoacán /": Milenio's town and state before a slash; "Canatlán, Dgo." alone on its line; "GUAYMAS,
# Sonora(GH)": the town, its state and the reporter's initials)
_TOWN_LINE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}"
                        rf"(?:\s*(?::|[–—-]{{1,2}})|(?:,\s*(?:{_STATE_NAMES}))?\s*/|,\s*(?:{_STATE_ABBREVIATIONS})\.?"
                        rf"|,\s*(?:{_STATE_NAMES})\s*\([A-Z]{{2,6}}\))\s*$")


# "Martes 21 de agosto de 2012, p. 8", "Tuesday, August 21, 2012": a page's date line left in the copy, no sentence
_DATE_LINE = re.compile(rf"(?i:(?:(?:{WEEKDAY_RE}),?\s+)?(?:\d{{1,2}}\s+(?:de\s+)?(?:{MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?"
                        rf"\d{{4}}|(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}})(?:\s*,?\s*(?:p\.|pp\.|p[aá]g\.|page)\s*\d+)?\s*)$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets; datelines come out as their own items."""
    sentences: list[Sentence] = []
    paragraph = 0
    for para in _PARAGRAPH.finditer(text):
        lines = para.group()
        for line_start, line_end in _lines(lines):
            s, e = para.start() + line_start, para.start() + line_end
            heading = _is_heading(lines[line_start:line_end])
            if heading and line_start > 0:
                paragraph += 1  # a subheading inside a block opens a new paragraph
            dl = DATELINE.match(text, *_trim(text, s, e)) or _TOWN_LINE.match(text, *_trim(text, s, e)) \
                or _DATE_LINE.match(text, *_trim(text, s, e)) \
                or (None if any(not x.heading for x in sentences) else _LEAD_DATELINE.match(text, *_trim(text, s, e)))
            if dl and (dl.end() < e or dl.re is _TOWN_LINE or dl.re is _DATE_LINE):
                ds, de = _trim(text, dl.start(), dl.end())
                sentences.append(Sentence(ds, de, text[ds:de], paragraph, True))
                s = dl.end()
            for block in _split_block(text, s, e):
                for a, b in _cap_length(text, *block):
                    a, b = _trim(text, a, b)
                    if b > a:
                        sentences.append(Sentence(a, b, text[a:b], paragraph, heading=heading))
        paragraph += 1
    return sentences
