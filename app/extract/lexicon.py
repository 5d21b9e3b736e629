"""Event wording, place context and traps per language, as data.

Each language's event wording, count cues, number words and counting phrases live in its own
file, app/extract/words/<lang>.toml, read here; the rest is below. Everything is plain
regular-expression source text; the modules that use it compile
it once at import. Patterns are matched case-insensitively unless a name says otherwise.
``near(a, b, n)`` allows up to n words between two parts in either order, for phrasings
such as "vluchten naar Puerto Vallarta zou opschorten".
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.geo.gazetteer import fold
from app.geo.names import STATE_PLACE_NAMES


def near(a: str, b: str, n: int = 5) -> str:
    gap = rf"(?:\W+[\w'’-]+){{0,{n}}}?\W+"
    return rf"(?:(?:{a}){gap}(?:{b})|(?:{b}){gap}(?:{a}))"


LANGS = ("nl", "es", "en")
WORDS_DIR = Path(__file__).with_name("words")


def _read_words(lang: str) -> dict[str, Any]:
    with open(WORDS_DIR / f"{lang}.toml", "rb") as fh:
        return tomllib.load(fh)


# Each language's words: app/extract/words/<lang>.toml (event wording, count cues, singular
# deaths, added counts, number words).
WORDS: dict[str, dict[str, Any]] = {lang: _read_words(lang) for lang in LANGS}


def _read_regions() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    with open(WORDS_DIR / "regions.toml", "rb") as fh:
        table = tomllib.load(fh)["regions"]
    return tuple((name, entry["pattern"], tuple(entry["states"])) for name, entry in table.items())


# Regions named instead of a town ("en la Tierra Caliente", "the Golden Triangle"): (name, pattern,
# states), from app/extract/words/regions.toml.
REGIONS = _read_regions()
REGION_NAMES = r"\b(?:" + "|".join(f"(?P<r{i}>{pattern})" for i, (_, pattern, _) in enumerate(REGIONS)) + r")\b"
REGION_ANCHORS = ("baj", "lagun", "caliente", "dorado", "golden", "gouden", "meseta", "tarahumara", "mixteca", "sierra gorda",
             "costa", "huasteca", "riviera")


_VOWEL_CLASSES = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]",
                  "á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]"}


def accents_optional(name: str) -> str:
    """Regular-expression source matching ``name`` with or without its accents ("Michoacan", "Michoacán")."""
    return "".join(_VOWEL_CLASSES.get(ch, re.escape(ch)) for ch in name)


# The states' names, accents optional, longest first: the gazetteer's own list.
STATE_NAMES = "|".join(accents_optional(name) for name in sorted(
    {n for names in STATE_PLACE_NAMES.values() for n in names}, key=len, reverse=True))


def _read_given_names() -> frozenset[str]:
    lines = (WORDS_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


# Given names, the same in every language (app/extract/words/given_names.txt), folded.
GIVEN_NAMES: frozenset[str] = _read_given_names()


def _pattern(item: str | dict[str, Any]) -> str:
    """A pattern of a words file: regex source, or {near = [A, B], within = N}."""
    if isinstance(item, dict):
        first, second = item["near"]
        return near(first, second, item["within"])
    return item


# ---------------------------------------------------------------- event triggers
# type -> language -> list of patterns. Broad stems; no names of places or people.
EVENTS: dict[str, dict[str, list[str]]] = {
    etype: {lang: [_pattern(item) for item in WORDS[lang]["events"][etype]] for lang in LANGS}
    for etype in WORDS["en"]["events"]
}
# A company stopping work is a disruption, and no operation (NEGATIVE_EVENTS): one pattern for both.
COMPANY_STOPPED = WORDS["en"]["company_stopped"]["operations"]
EVENTS["disruption"]["en"].append(COMPANY_STOPPED)

# More kinds of the spent cartridges' guns, not more goods: "15 casquillos percutidos de fusiles de asalto y escopetas"
_MORE_GUN_KINDS = (r"(?!\s+(?:escopetas?|pistolas?|rifles?|fusiles?|armas?\s+cortas|shotguns?|pistols?|handguns?|"
                   r"geweren|pistolen|jachtgeweren)\b)")
# Spans matching these are not triggers of the given type, whatever matched inside them.
# ... and the crimes listed after a charge: "linked to at least 20 homicides in La Paz and the murder of a woman in
# Sinaloa state"
_AND_MORE_CRIMES = (r"(?:[^.;]{0,60}?\b(?:and|y|en)\s+(?:the\s+|el\s+|la\s+|del?\s+)?(?:murder|homicide|killing|asesinato|"
                    r"homicidio|ejecuci[oó]n|feminicidio|moord)\b)?")
# A group's fate told in passing, no event of the article: "the Beltran Leyva gang, whose leaders have recently been
# killed or captured", "cuyos líderes han sido abatidos o capturados", "waarvan de leiders onlangs zijn gedood"
_GROUP_FATE = (r"\bwhose\s+(?:\w+\s+){0,3}?(?:leaders?|bosses|chiefs?|founders?|members|heads?)\s+(?:have|had|has)\s+"
               r"(?:\w+\s+)?been\s+(?:killed|captured|arrested|detained|jailed)(?:\s+or\s+(?:killed|captured|arrested|detained|"
               r"jailed|extradited))?\b"
               r"|\bcuy[oa]s\s+(?:\w+\s+){0,2}?(?:l[ií]deres|jefes|cabecillas|fundadores|miembros|integrantes)\s+(?:han|hab[ií]an)\s+"
               r"sido\s+(?:abatid|asesinad|capturad|detenid|aprehendid|encarcelad)[oa]s(?:\s+[oy]\s+(?:abatid|asesinad|capturad|"
               r"detenid|aprehendid|extraditad)[oa]s)?\b"
               r"|\bwaarvan\s+(?:de\s+)?(?:\w+\s+){0,2}?(?:leiders|bazen|kopstukken|leden)\s+(?:\w+\s+)?(?:zijn|waren)\s+"
               r"(?:gedood|opgepakt|gearresteerd|gevangengenomen)(?:\s+of\s+(?:gedood|opgepakt|gearresteerd|gevangengenomen))?\b")
# crimes laid at someone's door, each kind's words after it: "a suspected leader ... linked to at least 20 homicides",
# "vinculados con secuestros y balaceras", "se le atribuye el asesinato de", "betrokken bij moorden"
_LAID_AT_DOOR = (r"\b(?:linked\s+to|tied\s+to|blamed\s+for|responsible\s+for|implicated\s+in|"
                 r"vinculad[oa]s?\s+(?:con|a)(?!\s+proceso)|"
                 r"relacionad[oa]s?\s+con|(?:presunt[oa]s?\s+|probables?\s+)?responsables?\s+de|se\s+les?\s+atribuye[n]?|"
                 r"atribuid[oa]s?\s+a|betrokken\s+bij|verantwoordelijk\s+voor|"
                 # "He is also being investigated in connection with various murders" (not "arrested in connection with
                 # the killing of", an arrest for a killing told)
                 r"(?:investigated|sought|wanted|suspected)\s+in\s+connection\s+with)")
_ATTACK_CRIMES = (r"(?:kidnappings|shootouts|attacks|ambushes|secuestros|balaceras|ataques|emboscadas|ontvoeringen|"
                  r"schietpartijen|aanslagen)\b")
# a total's parts told next: "14 personas fueron ejecutadas; entre las víctimas, hay cuatro policías acribillados en
# Sombrerete", "among the dead were four police officers in", "onder de doden zijn vier agenten in"
AMONG_VICTIMS = (r"\b(?:entre\s+(?:las\s+v[ií]ctimas|los\s+(?:muertos|fallecidos|occisos|asesinados))|among\s+(?:the\s+)?"
                 r"(?:dead|victims|those\s+killed)|onder\s+de\s+(?:doden|slachtoffers))\b")
# what forces are there to prevent, no event: "con el propósito de ... prevenir nuevas agresiones", "recorridos ... para
# prevenir bloqueos carreteros", "to prevent further attacks", "om nieuwe aanslagen te voorkomen"
_PREVENTED = (r"\b(?:prevenir|evitar|inhibir|disuadir|impedir|prevent|preventing|avoid|deter|voorkomen)\s+"
              r"(?:(?:nuevas?|m[aá]s|futuras?|posibles?|otr[oa]s|further|more|new|future|possible|any|nieuwe|verdere)\s+)?"
              r"(?:agresiones|ataques|bloqueos|enfrentamientos|attacks|roadblocks|blockades|clashes|aanslagen|aanvallen|"
              r"blokkades|wegblokkades)\b|\b(?:nieuwe\s+|verdere\s+)?(?:aanslagen|aanvallen|blokkades)\s+te\s+voorkomen\b")
# what people fear may happen, none told: "no se presentaron a trabajar ante el temor de que los sicarios regresaran y
# ocurriera una masacre", "stayed home for fear that there would be another massacre"
_FEARED = (r"\b(?:temor|miedo)\s+(?:a|de)\s+que\s+(?:[\w,]+\s+){0,8}?(?:ocurriera|ocurrieran|hubiera|sucediera|se\s+registrara|"
           r"estallara|se\s+desatara)\s+(?:una?\s+|otr[oa]\s+)?(?:nuev[oa]\s+)?(?:masacre|matanza|balacera|enfrentamiento|ataque|"
           r"tiroteo|agresi[oó]n)\b|\bfor\s+fear\s+(?:that\s+)?(?:[\w,]+\s+){0,8}?(?:would|might|could)\s+(?:be\s+)?"
           r"(?:an?\s+|another\s+)?(?:new\s+)?(?:massacre|shootout|attack|bloodbath)\b")
# a search or an arrest only demanded or awaited: "Familiares ... exigen a las autoridades su búsqueda y captura
# inmediata", "la demora en su captura prolonga la impunidad", "relatives called for the arrest of"
_DEMANDED = (r"\b(?:exigen|exigi[oó]|exigieron|piden|pidieron|pidi[oó]|reclaman|reclamaron|demandan|demandaron|"
             r"demanded|demands|demanding|called\s+for|calling\s+for|urged|eisen|eisten)\s+(?:\w+\s+){0,5}?"
             r"(?:b[uú]squeda|captura|detenci[oó]n|aprehensi[oó]n|arrest|capture|arrestatie|aanhouding)(?:\s+(?:y|e|and|en)\s+"
             r"(?:la\s+|su\s+|the\s+|de\s+)?(?:b[uú]squeda|captura|detenci[oó]n|aprehensi[oó]n|arrest|capture))?\b|"
             r"\b(?:demora|retraso|tardanza)\s+en\s+(?:su|la)\s+(?:b[uú]squeda|captura|detenci[oó]n|aprehensi[oó]n)\b")
# what forces carry out ("ejecutar" a raid, an order), no killing
_CARRIED_OUT = (r"(?:cateos?|operativos?|[oó]rden(?:es)?|acciones|acci[oó]n|allanamientos?|diligencias?|mandamientos?|"
                r"labores|trabajos|obras?|proyectos?|programas?|planes|plan|recursos|presupuestos?|protocolos?|estrategias?|"
                r"maniobras?|inspecciones|revisiones|recorridos)")
NEGATIVE_EVENTS: dict[str, list[str]] = {
    "operation": [r"\b(?:veiligheids|beveiligings)operaties\b", r"\boperations? (?:manager|center|centre)\b", r"\bsecurity operations\b",
                  # the cartels' business: "drug cartels seeking to minimize interference with their operations", "the
                  # cartel's smuggling operations", "sus operaciones criminales"
                  r"\b(?:cartels?['’]s?|gangs?['’]s?|their|its)\s+(?:(?:drug|smuggling|trafficking|criminal|illicit|illegal|"
                  r"money[- ]laundering|business)\s+)?operations\b(?!\s+(?:in|against)\b)",
                  r"(?<!anti-)(?<!anti)(?<!counter-)\b(?:drug|smuggling|trafficking|money[- ]laundering)\s+operations\b",
                  COMPANY_STOPPED,  # a company's work stopped: a disruption
                  _DEMANDED,
                  # armed men raiding: an assault, no operation ("armed and masked men raided the warehouses")
                  r"\b(?:gunmen|armed\s+(?:and\s+(?:masked|hooded)\s+)?men|masked\s+men|hooded\s+men|hitmen|assailants)\s+"
                  r"(?:\w+\s+){0,2}?raid(?:ed|s)?\b",
                  # gunmen, not forces, arriving: "según la Policía Estatal, al lugar llegaron civiles armados"
                  r"\b(?:polic[ií]as?|agentes|elementos|autoridades)\b[^.;]{0,60}?\b(?:al\s+lugar|a\s+la\s+zona|al\s+sitio)\s+"
                  r"llegaron\s+(?:\w+\s+){0,2}?(?:(?:civiles|sujetos|hombres)\s+armados|sicarios|delincuentes|pistoleros|"
                  r"un\s+(?:grupo|comando)\s+armado)\b",
                  # forces not there yet, or onlookers who came: "minutes before security forces arrived", "Al sitio
                  # acudieron decenas de curiosos, quienes antes de que llegaran agentes ..."
                  r"\bbefore\s+(?:[\w-]+\s+){0,3}?(?:forces|police|authorities|troops|soldiers|agents|officers)\s+"
                  r"(?:arrived|got\s+there|showed\s+up)\b",
                  r"\bal\s+(?:lugar|sitio)\s+(?:acudieron|llegaron|arribaron)\s+(?:decenas\s+de\s+|cientos\s+de\s+)?"
                  r"(?:curiosos|vecinos|familiares|habitantes)\b",
                  # a post, not an operation: "deputy operations coordinator", "had just finished directing police operations"
                  r"\boperations?\s+(?:coordinator|chief|director|commander|head|officer)\b",
                  r"\b(?:directing|directed|ran|running|in\s+charge\s+of)\s+(?:[\w-]+\s+){0,2}?operations\b",
                  # the authorities not awaited: "Sus familiares no esperaron la intervención de las autoridades"
                  r"\bno\s+esper(?:aron|[oó]|an)\s+(?:a\s+)?la\s+intervenci[oó]n\b",
                  # gunmen surrounding a police building: "surrounded the building of the Municipal police headquarters"
                  r"\bsurrounded\s+(?:the\s+)?(?:building\s+of\s+the\s+)?(?:municipal\s+|state\s+)?police\s+"
                  r"(?:headquarters|station|building|barracks)\b",
                  # a campaign as background, an aim: "amid a two-year government crackdown", "seek to rescue captured members"
                  r"\bamid\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?crackdown\b",
                  r"\b(?:seek|seeks|sought|seeking|try|tries|trying)\s+to\s+(?:rescue|free)\b",
                  # a unit's name: "a member of the Grupo de Operaciones Especiales (GOE) or Special Operations Group"
                  r"\b(?:grupo|unidad|agrupamiento|fuerza|divisi[oó]n)\s+de\s+operaciones\s+(?:especiales|t[aá]cticas|mixtas)\b",
                  r"\bspecial\s+operations\s+(?:group|unit|squad|division|command|team)\b",
                  # one officer posted somewhere: "the killed policeman ... was deployed in Villa Victoria"
                  r"\b(?:he|she|who|policeman|officer|agent|agente|polic[ií]a|elemento)\s+(?:was|had\s+been|fue|hab[ií]a\s+sido)\s+"
                  r"(?:deployed|assigned|stationed|posted|comisionad[oa]|asignad[oa]|adscrit[oa])\s+(?:in|to|at|en|a)\b",
                  # the gunmen who chase: "The officers were pursued by gunmen", "perseguidos por sicarios"
                  r"\b(?:\w+\s+(?:were|was|fueron|fue|werden|werd)\s+)?(?:pursued|chased|perseguid[oa]s?|achtervolgd)\s+(?:by|por|door)\s+(?:\w+\s+)?(?:gunmen|armed\s+men|"
                  r"attackers|assailants|hitmen|sicarios|hombres\s+armados|civiles\s+armados|pistoleros|schutters|gewapende\s+mannen)\b",
                  # the wounded brought in, no forces sent: "a un hospital de Manzanillo llegaron 5 marinos heridos",
                  # "five wounded marines arrived at a hospital"
                  r"\b(?:a|al)\s+(?:un|el|los)\s+(?:hospital(?:es)?|nosocomios?|cl[ií]nicas?)\b[^.;]{0,40}?\bllegaron\b",
                  r"\bllegaron\s+(?:[\w-]+\s+){0,3}?heridos\b",
                  r"\b(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:arrived|were\s+brought|were\s+taken)\s+(?:at|to)\s+"
                  r"(?:a|the)\s+(?:local\s+|nearby\s+)?hospital\b",
                  # a boss's base: "has set up his center of operations in Puerto Penasco", "su centro de operaciones"
                  r"\b(?:center|centre|base|hub)\s+of\s+operations?\b", r"\b(?:centro|base)\s+de\s+operaci[oó]n(?:es)?\b(?!\s+mixtas)",
                  r"\boperaciones de seguridad\b", r"\bsuspend\w* (?:its|their) operations?\b",
                  r"\boperation(?:s)? to (?:mexico|flights)\b",
                  # a cartel's business: "the Gulf Cartel and its various operations", "criminal operations"
                  r"\b(?:cartel|gang|gangs|group|organi[sz]ation)\b[^.;]{0,30}?\b(?:its|their)\s+(?:\w+\s+)?operations\b",
                  r"\b(?:criminal|drug|smuggling|trafficking|money[- ]laundering|financial|cartel)\s+operations?\b",
                  r"\b(?:cartel|gang|group|organi[sz]ation|zetas|family)'s\s+(?:\w+\s+){0,2}?operations?\b",
                  r"\boperaciones\s+(?:criminales|delictivas|financieras|de\s+(?:lavado|tr[aá]fico|contrabando))\b",
                  # gunmen spreading out are no security operation: "los hombres armados ... se desplegaron a los
                  # municipios de Siltepec y La Grandeza"
                  r"\b(?:hombres armados|sicarios|pistoleros|gunmen|armed men|hitmen|criminales|delincuentes|civiles armados|"
                  r"grupos? (?:armados?|criminales|delictivos?)|sujetos armados|gewapende mannen|"
                  r"armed\s+(?:[\w-]+\s+){0,2}?(?:people|civilians|groups?))\b[^.;]{0,80}?\b(?:se\s+)?"
                  r"(?:desplegaron|despleg[oó]|deployed|patrullaban|patrolled|iniciaron\s+una\s+persecuci[oó]n|persiguieron|"
                  # ... nor are their raids and checkpoints: "Cartel gunmen raided seven bars", "established a checkpoint"
                  r"raided|(?:established|set\s+up|installed)\s+(?:a\s+|several\s+)?checkpoints?|"
                  r"(?:instalaron|pusieron|montaron)\s+(?:un\s+|varios\s+)?ret[eé]n(?:es)?|allanaron|"
                  r"deden\s+(?:een\s+)?inval|vielen\s+(?:\w+\s+){0,3}?binnen|zetten\s+(?:een\s+)?controleposten?)\b",
                  r"\bdeployment\s+of\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:hitmen|gunmen|sicarios|cartel)\b",
                  # ... told the other way round: "an illicit “checkpoint” set up by criminal groups", "un retén instalado
                  # por hombres armados", "een controlepost van het kartel"
                  r"\b(?:illicit|illegal|fake|cartel|narco)[\s-]+[“\"']?checkpoints?\b|\bnarco-?ret[eé]n(?:es)?\b|"
                  r"\b(?:checkpoints?|ret[eé]n(?:es)?|controleposten?)[”\"']?\s+(?:\w+\s+){0,2}?(?:set\s+up|established|run|manned|"
                  r"instalad[oa]s?|puest[oa]s?|montad[oa]s?)\s+by\s+(?:\w+\s+){0,2}?(?:criminal|cartel|gang|gunmen|armed)|"
                  r"\b(?:checkpoints?|ret[eé]n(?:es)?)[”\"']?\s+(?:\w+\s+){0,2}?(?:instalad[oa]s?|puest[oa]s?|montad[oa]s?)\s+por\s+"
                  r"(?:\w+\s+){0,2}?(?:criminales|delincuentes|sicarios|hombres\s+armados|civiles\s+armados|el\s+cartel)\b",
                  # gunmen arriving are no troops sent in: "los sicarios llegaron disparando contra los policías"
                  r"\b(?:sicarios|pistoleros|hombres\s+armados|sujetos\s+armados|delincuentes|agresores|gunmen|attackers|"
                  r"armed\s+men|gewapende\s+mannen)\s+(?:\w+\s+)?(?:llegaron|arribaron|arrived|kwamen)\b",
                  # what the victims were doing: "two officers were killed while on patrol", "murdered while
                  # patrolling the highway", "asesinados mientras patrullaban"
                  r"\b(?:while|when|as)\s+(?:they\s+were\s+|he\s+was\s+|she\s+was\s+)?(?:on\s+(?:a\s+)?(?:routine\s+)?patrol|"
                  r"patrolling)\b",
                  r"\b(?:mientras|cuando)\s+(?:\w+\s+){0,4}?(?:patrullaban|patrullaba|realizaban\s+(?:un\s+|sus\s+)?(?:recorridos?|"
                  r"patrullajes?)|realizaba\s+(?:un\s+|su\s+)?(?:recorridos?|patrullajes?))\b",
                  # ... or who was attacked: "armed individuals came upon a group of soldiers patrolling the area",
                  # "soldiers patrolling in Rio Grande came under fire", "emboscaron a policías que patrullaban"
                  r"\b(?:attack(?:ed|s)?|ambush(?:ed)?|came\s+upon|fired\s+on|opened\s+fire\s+on|attack\s+on)\s+(?:\w+\s+){0,5}?"
                  r"(?:soldiers|troops|officers|police|policemen|marines|agents|guardsmen)\s+(?:\w+\s+)?(?:patrolling|on\s+patrol)\b",
                  r"\b(?:soldiers|troops|officers|police|policemen|marines|agents|guardsmen)\s+(?:patrolling|on\s+patrol)\b"
                  r"[^.;]{0,60}?\b(?:came\s+under\s+(?:fire|attack)|were\s+(?:attacked|ambushed|shot))\b",
                  r"\b(?:atac\w+|embosc\w+|agredi\w+|dispararon\s+contra)\s+(?:a\s+)?[^.;]{0,80}?\bque\s+"
                  r"(?:patrullaban|realizaban\s+(?:un\s+|sus\s+)?(?:recorridos?|patrullajes?))\b",
                  r"\b(?:realizaba|realizaban|efectuaba|efectuaban)\s+(?:labores\s+de\s+)?(?:patrullajes?|recorridos?)\b"
                  r"[^.;]{0,120}?\bcuando\b",
                  # "Soldiers were conducting patrols in Nuevo Laredo when gunmen ambushed them": the patrol attacked
                  r"\b(?:carrying\s+out|conducting)\s+(?:\w+\s+){0,4}?patrols?\b[^.;]{0,80}?\bwhen\b",
                  r"\b(?:op\s+patrouille|patrouilleerden|voerden\s+(?:\w+\s+){0,2}?patrouilles)\b[^.;]{0,80}?\btoen\b",
                  # the security presence the violence defied, no operation of its own: "pese al despliegue de fuerzas
                  # federales", "a pesar del operativo especial", "despite the deployment of troops"
                  r"\b(?:pese\s+a(?:l)?|a\s+pesar\s+de(?:l)?|despite)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?(?:\w+\s+)?"
                  r"(?:presencia|despliegue|operativos?|deployment|presence|operations?)\b",
                  # a unit's name: "Grupo Operativo Z"
                  r"\bgrupo\s+operativo\b",
                  # civilians to the rescue, no forces: "parientes del secuestrado acudieron al rescate del menor"
                  r"\b(?:parientes|familiares|vecinos|pobladores|habitantes|relatives|neighbou?rs|residents|familieleden|"
                  r"buren)\b[^.;]{0,40}?\b(?:acudieron\s+al\s+rescate|came\s+to\s+(?:the|his|her|their)\s+rescue|"
                  r"schoten\s+te\s+hulp)\b",
                  # an officer's title: "informó Guillermo Flores, comandante operativo de la corporación"
                  r"\b(?:comandante|director|jefe|coordinador|subdirector|titular|encargado)\s+operativ[oa]\b",
                  # a medical emergency, no manhunt: "fue trasladado por paramédicos en código rojo a uno de los hospitales"
                  r"\b(?:trasladad\w*|llevad\w*|ingresad\w*)\s+(?:[\w,]+\s+){0,4}?en\s+c[oó]digo\s+rojo\b",
                  r"\ben\s+c[oó]digo\s+rojo\s+(?:a|al|hacia)\s+(?:un|una|uno|el|la|los)\b",
                  # wounded gunmen carried off by their own: "éstos fueron rescatados por sus compañeros"
                  r"\b(?:rescatad[oa]s?|rescued|gered)\s+(?:por|by|door)\s+(?:sus|their|hun)\s+(?:propios\s+|own\s+)?"
                  r"(?:compañeros|c[oó]mplices|cómplices|accomplices|comrades|companions|partners|kompanen|handlangers)\b"],
    "arrest": [r"\b(?:leiden|leidt|leading|lead|conduzca|lleven?) (?:tot|to|a) (?:de |the |la )?(?:arrestatie|arrest|captura|detenci[oó]n)\b",
               # taken by surprise, not into custody: "The officer was caught unaware by his attackers", "caught in the
               # crossfire", "caught on video"
               r"\b(?:(?:was|were|been|being|get|gets|got)\s+)?caught\s+(?:\w+\s+)?(?:unaware|unawares|off[- ]guard|by\s+surprise|in\s+(?:the\s+)?(?:crossfire|cross-fire|"
               r"middle)|on\s+(?:camera|video|film|tape))\b",
               # help asked for: "cualquier información que pueda contribuir a la captura de los agresores", "help
               # capture", "bijdragen aan de arrestatie"
               r"\b(?:contribuir|contribuya|ayudar|ayude|coadyuvar|coadyuve)\s+(?:a|en|con)\s+(?:la\s+)?(?:captura|detenci[oó]n|"
               r"localizaci[oó]n)\b|\bhelp\s+(?:to\s+)?(?:capture|arrest|catch)\b|\b(?:bijdragen|bijdraagt)\s+(?:aan|tot)\s+de\s+"
               r"(?:arrestatie|aanhouding)\b",
               _DEMANDED,
               # attackers stopping their victim: "dos individuos detuvieron al hombre y, sin mediar palabra, realizaron
               # al menos dos disparos", "unos sujetos armados detuvieron la camioneta"
               r"\b(?:individuos|sujetos|desconocidos|sicarios|pistoleros|delincuentes|encapuchados|hombres\s+armados|"
               r"civiles\s+armados|gunmen|attackers|assailants)\s+(?:armados\s+)?(?:\w+\s+)?(?:detuvieron|detuvo|stopped)\b",
               # the heart stopping: "The injuries suffered caused cardiac arrest that proved fatal"
               r"\b(?:cardiac|cardio-?respiratory|respiratory|heart)\s+arrest\b",
               # an accusation, no arrest told: "Gulf accused Duran of having captured and released two leaders",
               # "lo acusan de haber detenido y liberado a"
               r"\b(?:accus\w+|acus\w+|beschuldig\w*)\s+(?:\w+\s+){0,3}?(?:of|de|van)\s+(?:having\s+|haber\s+|het\s+)?"
               r"(?:captured|arrested|detained|capturado|detenido|arrestado|aprehendido)\b",
               # a goal, not an arrest: "la captura de su líder ... es uno de los grandes objetivos del Gobierno"
               r"\b(?:captura|detenci[oó]n|capture|arrest|arrestatie)\s+(?:de|of|van)\s+[^.;]{0,80}?\b(?:es|era|sigue\s+siendo|is|was|"
               r"remains|blijft)\s+(?:uno\s+de\s+|one\s+of\s+|een\s+van\s+)?(?:los|las|la|el|the|a|de|het)?\s*(?:grandes\s+|main\s+|"
               r"top\s+|principales?\s+|belangrijkste\s+)?(?:objetivos?|prioridad(?:es)?|goals?|priorit(?:y|ies)|targets?|doelen|doel|"
               r"prioriteit(?:en)?)\b",
               _GROUP_FATE,
               # stopped, not arrested: "fueron detenidos en un supuesto filtro sanitario, donde fueron atacados"
               r"\bdetenid[oa]s?\s+en\s+un\s+(?:supuesto\s+|falso\s+|presunto\s+)?(?:ret[eé]n|filtro|puesto\s+de\s+control)\b",
               # filmed, not caught: "captured by onlookers in videos", "quedó capturado en video", "op camera vastgelegd"
               r"\b(?:captured|caught|capturad[oa]s?|captad[oa]s?|gevangen|vastgelegd)\s+(?:\w+\s+){0,3}?(?:on|in|by|en|por|op)\s+"
               r"(?:\w+\s+){0,3}?(?:videos?|cameras?|film|footage|onlookers|witnesses|cctv|c[aá]maras?|testigos|"
               r"grabaci[oó]n|grabaciones|beeld|camerabeelden)\b",
               # a court's review of an arrest told before: "el control de la detención", "a detention hearing"
               r"\bcontrol\s+de\s+(?:la\s+)?detenci[oó]n\b", r"\bdetention\s+hearings?\b(?:[^.;]{0,40}?\b(?:arrested|detained|detainees)\b)?",
               r"\b(?:rechter-commissaris|voorgeleid\w*)\b[^.;]{0,40}?\b(?:arrestatie|aanhouding)\b",
               # no one caught: "also evaded arrest", "whether or not the guilty have been apprehended", "would not
               # disarm until the government captured the leaders", "eludieron la captura"
               r"\b(?:evaded|eluded|avoided|escaped)\s+(?:\w+\s+)?(?:arrest|capture)\b",
               # an arrest told as a cause: "Guzman's arrest has left a power vacuum", "la captura de El Chapo desató"
               r"\b\w+['’]s\s+(?:arrest|capture)\s+(?:has\s+|had\s+)?(?:left|led|sparked|triggered|unleashed|caused|created|"
               r"fueled|fuelled|set\s+off)\b",
               r"\b(?:captura|detenci[oó]n)\s+de\s+(?:[\w\"“”]+\s+){1,7}?(?:desat[oó]|provoc[oó]|gener[oó]|ha\s+dejado|"
               r"dej[oó]\s+un\s+vac[ií]o)\b",
               r"\b(?:evadieron|eludieron|evadi[oó]|eludi[oó])\s+(?:la\s+)?(?:captura|detenci[oó]n|acci[oó]n\s+de\s+la\s+justicia)\b",
               r"\bwhether\s+(?:or\s+not\s+)?(?:\w+\s+){0,4}?(?:have|has|had)\s+been\s+(?:arrested|apprehended|detained|captured)\b",
               r"\buntil\s+(?:\w+\s+){0,4}?(?:captures?|captured|arrests?|arrested)\b",
               r"\bop te pakken\b", r"\bto arrest\b",
               # an arrest meant, not made: "shout at the uniformed officers to go arrest them", "un operativo para
               # detener a", "om hem te arresteren"
               r"\bto (?:go (?:and )?|\w+ (?:and|or) )?(?:arrest|detain|capture|apprehend)\b",
               # "asking a female accomplice if they should arrest the victim"
               r"\b(?:should|would|could|might|must|will)\s+(?:not\s+)?(?:arrest|detain|capture)\b",
               r"\bpara (?:ir a |\w+ y )?(?:detener|capturar|arrestar|aprehender)\b", r"\bom (?:\w+ )?te (?:arresteren|pakken)\b",
               # a warrant to be served: "mientras estaban buscando cumplimentar una orden de aprehensión contra un hombre",
               # "seeking to serve an arrest warrant", "om een arrestatiebevel uit te voeren"
               r"\b(?:buscando|buscaban|buscaba|intentando|intentaban|pretend[ií]an|iban\s+a|para)\s+(?:cumplimentar|ejecutar)\s+"
               r"(?:una?\s+)?[oó]rden(?:es)?\s+de\s+(?:aprehensi[oó]n|captura|detenci[oó]n)\b",
               r"\b(?:seeking|trying|attempting|tried|sought|attempted)\s+to\s+serve\s+(?:an?\s+)?(?:arrest\s+)?warrants?\b",
               r"\barrestatie-?(?:operatie|team|poging)\w*",
               r"\bmislukte arrestatie\b", r"\bfailed arrest\b", r"\bintento de (?:captura|detenci[oó]n)\b",
               r"\barrest warrants?\b",
               # (but "six people were captured" is an arrest)
               r"\b(?:residents|witnesses|people|users|neighbou?rs|cameras?|videos?|bystanders)\s+"
               r"(?!(?:were|was|are|is|been|being)\b)(?:\w+\s+)?captured\b",
               r"\bcaptured\s+(?:on\s+)?(?:video|camera|film|footage|images?|the\s+moment|recent)\b", r"\b[oó]rden(?:es)? de (?:aprehensi[oó]n|captura|detenci[oó]n)\b",
               r"\barrestatiebevel\w*", r"\baanhoudingsbevel\w*",
               # to stop, not to arrest: "cuando se detuvo en una gasolinería", "detuvo su camioneta"
               # ... but "se detuvo a siete sujetos" is an arrest told impersonally
               r"\bse\s+(?:detuv(?:o|ieron)|detien(?:e|en)|deten[ií]an?)\b(?!\s+a\s+(?:\w+\s+){0,2}?(?:sujetos|personas|hombres|"
               r"mujeres|individuos|presuntos|j[oó]venes|integrantes|miembros|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|"
               r"nueve|diez|varios|un\s+(?:hombre|sujeto|individuo)|una\s+mujer|la\s+totalidad\s+de|tod[oa]s\s+l[oa]s|l[oa]s\s+presunt[oa]s|al\s+presunto)\b"
               # ... and so is "se detuvieron personas con armamento", "se detuvieron tres hombres" (no "a")
               r"|\s+(?:(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|vari[oa]s)\s+)?(?:sujetos|personas|hombres|"
               r"mujeres|individuos|presuntos|j[oó]venes|integrantes)\b)",
               r"\bdetuv(?:o|ieron)\s+(?:su|sus|la|el)\s+(?:marcha|veh[ií]culos?|camionetas?|autos?|carros?|paso)\b",
               # ... and people stuck in traffic: "pasaron al menos seis horas detenidos"
               r"\b(?:pasaron|permanecieron|estuvieron|quedaron|llevaban)\s+(?:al\s+menos\s+|m[aá]s\s+de\s+|casi\s+)?"
               r"(?:\w+\s+)?(?:horas?|minutos)\s+(?:\w+\s+)?detenid[oa]s\b",
               # a vehicle standing still: "el vehículo había permanecido detenido desde muy temprano", "La camioneta,
               # de color rojo, quedó detenida tras chocar contra un árbol"
               r"\b(?:veh[ií]culos?|camionetas?|autos?|autom[oó]vil(?:es)?|carros?|tr[aá]ilers?|tr[aá]ileres|camiones|cami[oó]n|"
               r"unidad(?:es)?),?\s+(?:[\w,]+\s+){0,4}?(?:permanec\w+|estaba|estaban|qued[oó]|quedaron)\s+detenid[oa]s?\b",
               # a cause named, not an event told: "the attack may be linked to the arrest of a cartel boss"
               r"\b(?:linked|related|connected|tied)\s+to\s+(?:the\s+)?(?:recent\s+)?(?:arrest|capture|detention)\s+of\b",
               r"\b(?:relacionad|vinculad)[oa]s?\s+(?:con|a)\s+(?:la|el)\s+(?:reciente\s+)?(?:detenci[oó]n|captura|arresto)\s+de\b",
               r"\b(?:verband\s+met|te\s+maken\s+met)\s+de\s+(?:arrestatie|aanhouding)\s+van\b"],
    "attack": [r"\b(?:schoten|shots?) (?:van|of) (?:vreugde|joy)\b", _PREVENTED, _FEARED,
               # a policy, not a clash: "el compromiso ... en el combate al crimen organizado", "combate a la delincuencia"
               r"\bcombate\s+(?:frontal\s+|directo\s+)?(?:a|al|contra)\s+(?:la\s+|el\s+|los\s+)?(?:crimen|delincuencia|"
               r"narcotr[aá]fico|inseguridad|violencia|c[aá]rteles|grupos\s+(?:delictivos|criminales)|corrupci[oó]n|delitos?|"
               r"generadores\s+de\s+violencia)\b",
               # a device found and made safe, none set off: "An explosive device was also found in front of the mayor's
               # office in Matamoros and deactivated" (Spanish and Dutch tell no attack with the device's noun alone)
               r"\b(?:explosive\s+devices?|bombs?)\b[^.;]{0,100}?\b(?:deactivated|defused)\b",
               # a charge, not an attack told: "una por ataque a las vías de comunicación"
               r"\b(?:por|del?)\s+(?:el\s+)?(?:delito\s+de\s+)?ataques?\s+a\s+las\s+v[ií]as\s+(?:generales\s+)?de\s+comunicaci[oó]n\b",
               # attacks meant, not made: "commando groups that may have been preparing attacks", "planeaban atacar",
               # "bereidden een aanslag voor"
               r"\b(?:preparing|planning|plotting|plotted|planned|to\s+plan)\s+(?:\w+\s+){0,3}?(?:attacks?|ambush(?:es)?|assaults?)\b",
               r"\b(?:preparaban|planeaban|planeaba|preparaba|planearon|planeando|preparando|planear|preparar)\s+"
               r"(?:\w+\s+){0,3}?(?:atentados?|ataques?|atacar|emboscadas?|emboscar|agresi[oó]n|agredir)\b",
               r"\b(?:beraamden|beraamde|plannen|planden|voorbereiden|bereidden|bereidde)\s+(?:\w+\s+){0,3}?"
               r"(?:aanslagen|aanslag|aanvallen|aanval)\b",
               r"\b(?:aanslagen|aanslag|aanvallen|aanval)\s+(?:\w+\s+){0,3}?(?:beraamden|beraamde|planden|voorbereidden|voor\s+te\s+bereiden)\b",
               # crimes laid at someone's door: "Cartel gunmen are linked to kidnappings, murders, and shootouts",
               # "vinculados con secuestros y balaceras", "betrokken bij ontvoeringen en schietpartijen"
               _LAID_AT_DOOR + rf"\s+(?:[\w,]+\s+){{0,5}}?{_ATTACK_CRIMES}(?:[^.;]{{0,60}}?\b(?:and|y|en)\s+"
               rf"(?:[\w-]+\s+){{0,2}}?{_ATTACK_CRIMES})?",
               # figures that soared, no shots: "en San Luis los homicidios se dispararon", "se disparó la violencia"
               r"\b(?:homicidios|asesinatos|muertes|ejecuciones|delitos|cifras|[ií]ndices|robos|secuestros|casos|"
               r"precios|violencia|incidencia|extorsiones)\s+(?:\w+\s+){0,2}?se\s+dispar(?:[oó]|aron|an)\b",
               r"\bse\s+dispar(?:[oó]|aron|an)\s+(?:\w+\s+){0,2}?(?:los|las|la|el)\s+(?:homicidios|asesinatos|muertes|"
               r"ejecuciones|delitos|cifras|[ií]ndices|robos|secuestros|casos|precios|violencia|incidencia|extorsiones)\b",
               # a body found shot: "a man was found shot to death", "fue hallado muerto a balazos", "werd doodgeschoten aangetroffen"
               r"\b(?:(?:was|were)\s+found\s+shot(?:\s+to\s+death|\s+dead)?|(?:fue|fueron)\s+(?:hallad|encontrad|localizad)[oa]s?\s+"
               r"(?:muert[oa]s?|sin\s+vida)\s+a\s+balazos|doodgeschoten\s+aangetroffen|signs\s+of\s+an?\s+execution-style\s+shooting)\b",
               # explosives seized or found are no attack: "soldiers also seized six improvised explosive devices",
               # "aseguraron seis artefactos explosivos", "namen zes explosieven in beslag"
               r"\b(?:seized|found|confiscated|recovered|located|aseguraron|asegur[oó]|se\s+aseguraron|decomisaron|"
               r"encontr(?:aron|[oó])|localizaron|hallaron|namen|vonden|troffen)\b[^.;]{0,60}?\b(?:explosive\s+devices?|"
               r"explosives|grenades|ieds?|artefactos\s+explosivos|explosivos|granadas|explosieven|granaten)\b",
               # a trend, not an incident: "the latest in a round of ambush-style attacks", "part of a string of
               # apparent vigilante attacks", "en medio de una ola de ataques", "na een reeks aanslagen"
               r"\b(?:latest\s+in|part\s+of|amid|stop|end|follows?|following|in\s+the\s+wake\s+of)\s+(?:a|an|the)\s+"
               r"(?:[\w-]+\s+)?(?:string|wave|round|series|spate|rash|surge|campaign)\s+of\s+(?:[\w-]+\s+){0,3}?"
               r"(?:attacks|killings|murders|shootings|ambushes|assaults)\b",
               r"\b(?:en\s+medio\s+de|forma\s+parte\s+de|parte\s+de)\s+(?:una|la)\s+(?:ola|serie|racha|escalada|oleada)\s+"
               r"de\s+(?:[\w-]+\s+){0,2}?(?:ataques|agresiones|atentados|emboscadas)\b",
               r"\b(?:te\s+midden\s+van|onderdeel\s+van)\s+(?:een|de)\s+(?:golf|reeks|serie)\s+(?:van\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:aanvallen|aanslagen|hinderlagen)\b",
               # talk of attacks, none told: "as rumors of shootouts spread", "face the possibility of an armed attack",
               # "gunmen can carry out attacks in one state", "rumores de balaceras", "de dreiging van een aanslag"
               r"\b(?:rumou?rs?|possibility|threats?|risk|fears?)\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:attacks?|shootouts?|"
               r"shootings?|gunfire|gunfights?|ambush(?:es)?)\b",
               r"\b(?:rumores|posibilidad|amenazas?|riesgo|temor|miedo)\s+de\s+(?:una?\s+|otro\s+)?(?:[\w-]+\s+)?(?:ataques?|"
               r"balaceras?|enfrentamientos?|atentados?|tiroteos?|agresi[oó]n(?:es)?)\b(?:\s+(?:a\s+balazos|armad[oa]s))?",
               # fear of a shooting, none told: "Con el miedo a morir en el fuego cruzado"; an attack announced, not
               # made: "para responder al ataque programado, pero todo se trató de una falsa alarma"
               r"\b(?:miedo|temor)\s+(?:a|de)\s+(?:morir|quedar|caer|estar)\s+(?:\w+\s+)?en\s+(?:el\s+|medio\s+del\s+)?fuego\s+cruzado\b",
               r"\bataques?\s+(?:programad|planead|anunciad)[oa]s?\b",
               r"\b(?:geruchten|dreiging|kans|angst|vrees)\s+(?:over|van|op|voor)\s+(?:een\s+)?(?:[\w-]+\s+)?(?:aanvall?e?n?|"
               r"aanslag(?:en)?|schietpartij(?:en)?|vuurgevecht(?:en)?)\b",
               r"\b(?:can|could|may|might)\s+(?:\w+\s+)?(?:carry\s+out|launch|stage|commit|mount)\s+(?:[\w-]+\s+)?attacks\b",
               # word of fighting going round, no fight told: "Reports of fighting spread by e-mail, Twitter and other
               # social network postings", "reportes de balaceras circularon en redes sociales", "berichten over
               # schietpartijen gingen rond op sociale media"
               r"\breports?\s+of\s+(?:the\s+)?(?:fighting|shootouts?|gunfire|gunfights?|clashes)\b[^.;]{0,40}?\s+"
               r"(?:spread|circulated|went\s+around)\b",
               r"\b(?:reportes|mensajes|versiones|alertas)\s+(?:de|sobre)\s+(?:presuntas?\s+)?(?:balaceras|enfrentamientos|"
               r"tiroteos|disparos)\s+(?:circularon|se\s+difundieron|se\s+viralizaron|corrieron)\b",
               r"\b(?:berichten|meldingen|geruchten)\s+over\s+(?:\w+\s+)?(?:schietpartijen|vuurgevechten|gevechten)\s+"
               r"(?:gingen\s+rond|verspreidden\s+zich)\b",
               r"\b(?:witnessed|seen|suffered)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:string|wave|series|spate|rash)\s+of\s+"
               r"(?:[\w-]+\s+){0,2}?(?:attacks|killings|murders|shootings|ambushes)\b",
               # an ongoing war, no incident: "have been fighting turf battles around the two cities"
               r"\b(?:have|has)\s+been\s+(?:fighting|battling|waging|clashing)\b(?:\s+[\w-]+){0,3}",
               r"\bturf\s+(?:wars?|battles?)\b",
               # an attack feared, none told: "Three schools have closed for fear they might come under armed attack"
               r"\b(?:might|could|may|would)\s+(?:\w+\s+)?(?:come\s+under|face)\s+(?:an?\s+)?(?:armed\s+)?(?:attacks?|fire)\b",
               r"\b(?:podr[ií]an?|pudieran?|pudiera)\s+(?:ser\s+(?:atacad|agredid|baleado)\w*|sufrir\s+(?:un\s+|una\s+)?"
               r"(?:ataques?|agresi[oó]n(?:es)?|atentados?))",
               r"\b(?:zouden|zou|kunnen|kan)\s+(?:\w+\s+)?(?:worden\s+)?(?:aangevallen|beschoten)\b"],
    # "bones, some burned", "cuerpos calcinados": the state of remains, not an arson
    # attackers hiding or fleeing and people ducking for cover are no disruption of daily life: "donde los presuntos
    # delincuentes quisieron resguardarse", "algunos intentaban resguardarse", "a larger contingent that fled the village"
    "disruption": [r"\b(?:delincuentes|atacantes|agresores|sicarios|criminales|pistoleros|hombres\s+armados|civiles\s+armados)\b"
                   r"[^.;]{0,60}?\b(?:quisieron|intentaron|buscaron|pretend[ií]an)\s+(?:\w+\s+)?(?:se\s+)?resguard\w+",
                   r"\b(?:intentaban|intentaron|trataban\s+de|trataron\s+de)\s+(?:\w+\s+)?resguard\w+",
                   # an official's own plans called off: "la mandataria suspendió su agenda pública", "the governor
                   # cancelled her public schedule", "de gouverneur schortte haar agenda op"
                   r"\b(?:suspendi[oó]|cancel[oó]|suspended|cancell?ed|schortte|annuleerde)\s+(?:\w+\s+){0,2}?(?:su|sus|his|her|their|"
                   r"zijn|haar|hun)\s+(?:\w+\s+)?(?:agenda|gira|schedule|trip|reis)\b",
                   # ... nor a wanted man hiding out: "un inmueble ..., donde se presume se resguardaba un sujeto",
                   # "en el inmueble presuntamente se resguardaba Roberto N."
                   r"\b(?:presuntamente|se\s+presume(?:\s+que)?|donde)\s+se\s+(?:resguardaba|ocultaba|escond[ií]a)n?\b",
                   # forces or bodies stranded, forces moving in: "Los militares quedaron varados" (their vehicle
                   # disabled), "the bodies were stranded 8 meters down", "corporaciones ... en desplazamiento hacia el lugar"
                   r"\b(?:militares|soldados|polic[ií]as|agentes|elementos|marinos|soldiers|troops|officers|police|agenten|"
                   r"militairen|bodies|cuerpos|cad[aá]veres|lichamen)\s+(?:quedaron|were|remained|werden|bleven)\s+"
                   r"(?:varados|stranded|gestrand)\b",
                   r"\ben\s+desplazamiento\s+(?:hacia|rumbo|al|a\s+la)\b",
                   # a foreign government's travel warning: "the U.S. Consulate in Matamoros was wrong for issuing a
                   # travel alert", "In a July 12 travel alert, the U.S. State Dept. warned Americans"
                   r"(?:\bu\.\s?s\.|\bstate\s+dep(?:artmen)?t\b|\bconsulate\b|\bembassy\b)[^;]{0,60}?\btravel\s+"
                   r"(?:alert|warning|advisory)\b",
                   r"\btravel\s+(?:alert|warning|advisory)\b[^;]{0,60}?(?:\bu\.\s?s\.|\bstate\s+dep(?:artmen)?t\b|"
                   r"\bconsulate\b|\bembassy\b)",
                   # a crime scene closed off for the investigators: "Once it was confirmed the scene was closed to transit
                   # and access to people", "la escena quedó acordonada y cerrada a la circulación"
                   r"\b(?:scene|site|perimeter|escena|lugar\s+de\s+los\s+hechos)\s+(?:was|were|had\s+been|has\s+been|fue|qued[oó])\s+"
                   r"(?:\w+\s+(?:y|and)\s+)?(?:closed|cordoned\s+off|sealed\s+off|cerrad[oa]|acordonad[oa])\b[^.;]{0,40}",
                   r"\b(?:gunmen|attackers|assailants|contingent|criminals|hitmen|sicarios)\b[^.;]{0,30}?\bfled\b",
                   r"\b(?:schutters|daders|aanvallers|criminelen)\b[^.;]{0,30}?\b(?:vluchtten|vluchtte|ontvluchtten)\b",
                   # the wounded taken away: "four soldiers ... required evacuation to a Ciudad Rio Bravo medical clinic",
                   # "los heridos fueron evacuados al hospital", "de gewonden werden geëvacueerd naar het ziekenhuis"
                   r"\b(?:evacuat(?:ed|ion)|evacuad[oa]s?|evacuaron|ge[eë]vacueerd)\s+(?:\w+\s+){0,2}?(?:to|a|al|naar)\s+"
                   r"(?:a\s+|an\s+|the\s+|un\s+|una\s+|la\s+|el\s+|het\s+|een\s+)?(?:[\w-]+\s+){0,4}?"
                   r"(?:hospitals?|clinics?|hospital(?:es)?|cl[ií]nicas?|ziekenhuis|kliniek|medical\s+(?:center|facility))\b",
                   # a country's statistic, nobody displaced here: "there are currently 386k internally displaced people
                   # in Mexico", "hay más de 380 mil desplazados internos en el país"
                   r"\b(?:there\s+(?:are|were)|hay|hab[ií]a|er\s+zijn)\s+(?:\w+\s+){0,3}?\d[\d.,]*\s*(?:k|mil|thousand|duizend)?\s+"
                   # (to its end: "... an NGO who track the number of civilians forced to leave their homes")
                   r"(?:internally\s+)?(?:displaced|desplazad\w+|ontheemde?n?)\b[^.;]*"],
    # tools for blockades among what was seized: "220 ponchallantas metálicos para bloqueos viales", "tire spikes
    # used for roadblocks", "spijkers voor wegblokkades"
    "roadblock": [_PREVENTED,
                  # ... counted among guns in a list of what was seized: "Un fusil AK-47 con dos cargadores y cartuchos
                  # útiles calibre 7.62 mm, 50 poncha llantas y"
                  r"\b(?:fusil\w*|cargadores|cartuchos|armas?|rifles?|granadas|chalecos)\b(?:[^.;]|\.\d){0,80}?\b\d+\s+"
                  r"(?:ponchallantas|poncha\s*llantas|puyas)\b",
                  # tyre spikes a man carried: "le encontraron 15 ponchallantas que traía en su poder"
                  r"\b(?:ponchallantas|poncha\s*llantas|puyas|tire\s+spikes)\b[^.;]{0,40}?\b(?:en\s+su\s+(?:poder|posesi[oó]n)|"
                  r"in\s+(?:his|their)\s+possession|in\s+(?:zijn|hun)\s+bezit)\b",
                  # tyre spikes among what was seized: "se aseguró ... una cubeta llena de puyas de acero (ponchallantas)"
                  # (a calibre's point is no sentence's end: "tres armas largas calibre .223, ... poncha llantas")
                  # ... or found inside a vehicle: "los militares hallaron en su interior ocho bidones, 15 ponchallantas"
                  r"\b(?:asegur\w+|incaut\w+|decomis\w+|seized|confiscated|in\s+beslag|"
                  r"(?:hall|encontr|localiz)\w+\s+(?:en\s+su\s+interior|dentro\s+de\s+(?:la|el)\s+(?:veh[ií]culo|camioneta|unidad|auto))|"
                  r"found\s+inside\s+(?:the|a)\s+(?:vehicle|truck|car|van)|troffen\s+in\s+(?:de|het)\s+(?:auto|voertuig|wagen)\s+aan)\b"
                  r"(?:[^.;]|\.(?=\d)){0,250}?\b(?:ponchallantas|"
                  r"poncha\s*llantas|puyas|tire\s+spikes|caltrops|kraaienpoten)\b"
                  # ... and what they are for: "puyas de acero (ponchallantas)", "220 tire spikes used for roadblocks"
                  r"(?:[^.;]{0,25}?\b(?:ponchallantas|poncha\s*llantas|tire\s+spikes))?"
                  r"(?:[^.;]{0,40}?\b(?:bloqueos|roadblocks|blockades|wegblokkades)\b)?",
                  r"\b(?:ponchallantas|poncha\s*llantas|clavos|picos|estrellas\s+metálicas|tire\s+spikes|spikes|caltrops|"
                  r"spijkers|kraaienpoten)\b[^.;]{0,40}?\b(?:para|for|used\s+for|voor)\s+(?:realizar\s+|setting\s+up\s+)?"
                  r"(?:bloqueos|roadblocks|blockades|wegblokkades)\b"],
    "arson": [# point-blank, no fire: "dispararon a quema ropa contra un taquero" ("a quemarropa")
              r"\ba\s+quema\s*r?ropa\b",
              # news that spreads like fire: "corre como reguero de pólvora incendiada", "spread like wildfire"
              r"\breguero\s+de\s+p[oó]lvora(?:\s+(?:incendiad|encendid)[oa])?|\blike\s+(?:a\s+)?wildfire\b",
              # places named after a fire: "la comunidad llamada El Corral Quemado", "Cerro Quemado", "Llano Quemado"
              r"\b(?:corral|cerro|llano|palo|ojo|plan|paso|potrero|arroyo|puerto|mesa|loma)\s+quemad[oa]\b",
              # fire bombs among what was seized: "They reported seizing 10 assault rifles, 14 grenades and 30 gasoline bombs"
              r"\b(?:seiz\w+|confiscat\w+|asegur\w+|decomis\w+|incaut\w+|in\s+beslag)\b[^.;]{0,120}?\b(?:gasoline\s+bombs|"
              r"petrol\s+bombs|fire\s*bombs|molotov(?:\s+cocktails?)?|bombas\s+molotov|c[oó]cteles\s+molotov)\b",
              # a threat or an aim: "amenazaron con matar a los comuneros y después incendiar las viviendas"
              # ... or named: "ante la amenaza de incendiar autos, saquear tiendas", "de dreiging om ... in brand te steken"
              # ... or only intended: "the men intended to set the distribution center on fire but Federal Police officers
              # managed to foil the attack", "pretendían incendiar"
              r"\b(?:amenaz\w*\s+(?:con|de)|threaten(?:ed|ing|s)?\s+to|dreigden|dreiging\s+om|para|in\s+order\s+to|"
              r"(?:intended|planned|meant|wanted|plotted)\s+to|pretend[ií]an|planeaban|quer[ií]an)\s+"
              r"(?:[\w,'’]+\s+){0,8}?(?:incendiar|quemar|burn|torch|set\s+fire|set\s+(?:[\w,'’]+\s+){1,8}?(?:on\s+)?(?:fire|ablaze|alight)|"
              r"in\s+brand\s+(?:te\s+)?steken)\b",
              # what would happen: "de lo contrario sus unidades serían quemadas", "or their buses would be burned"
              r"\b(?:ser[ií]an|ser[aá]n|ser[ií]a|ser[aá])\s+(?:quemad|incendiad|calcinad)\w*",
              r"\b(?:would|will|could|might)\s+(?:all\s+)?be\s+(?:burned|burnt|torched|set\s+on\s+fire|set\s+ablaze)\b",
              r"\b(?:zouden|zou|zullen|zal)\s+(?:\w+\s+)?(?:worden\s+)?(?:verbrand|in\s+brand\s+gestoken)\b",
              # burned bodies and people killed and burned are deaths, no arson: "los restos que encontramos son calcinados",
              # "las cinco personas ejecutadas e incineradas", "tres jóvenes sin vida y calcinados" (unless a vehicle or a
              # house between them burned: "two others were burnt in a vehicle")
              r"\b(?:bones|bodies|remains|corpses|body|cuerpos?|restos|cad[aá]veres?|osamentas?|huesos|"
              r"lichamen|lichaam|stoffelijke resten|botten|resten)\b[^.;]{0,20}?\b(?:burned|burnt|charred|"
              r"calcinad\w*|quemad\w*|incinerad\w*|verbrand\w*|verkoold\w*)",
              r"\b(?:personas|v[ií]ctimas|hombres|mujeres|j[oó]venes|sujetos|individuos)\s+(?:(?:ejecutad|asesinad|sin\s+vida)"
              r"\w*\s+[ey]\s+)?(?:calcinad|incinerad|carbonizad)[oa]s\b",
              # "Their bodies had been doused with gasoline and set ablaze"
              r"\b(?:bodies|corpses|body|remains|cuerpos?|cad[aá]veres|lichamen|lichaam)\b[^.;]{0,40}?\b(?:set\s+ablaze|"
              r"set\s+on\s+fire|prendieron\s+fuego|les\s+prendieron|in\s+brand\s+gestoken)\b",
              r"\b(?:burned|burnt|charred|calcinad\w*|quemad\w*|verbrande|verkoolde)\s+(?:bodies|remains|corpses|body|"
              r"cuerpos?|restos|cad[aá]veres|lichamen|lichaam|resten)\b"
              # (a wreck is no body: "The burned remains of a vehicle ... was found later in San Gabriel Palmas")
              r"(?!\s+(?:of|de|van)\s+(?:an?|the|un|una|el|la|een|de|het)\s+(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|vans?|"
              r"pickups?|suvs?|veh[ií]culos?|autos?|camionetas?|coches?|auto|voertuig|wagen)\b)",
              # people cut up or killed and then burned: "ordenar que los desmembraran y los quemaran con diesel"
              r"\b(?:desmembr|descuartiz|mat|asesin|ejecut)\w*\s+(?:\w+\s+){0,3}?(?:y|e)\s+(?:los|las|lo|la)\s+"
              r"(?:quem|incinera|calcin)\w*",
              # ... told of the victims: "43 students ... were later killed and burned by a drug cartel", "asesinados y
              # calcinados", "vermoord en verbrand"
              r"\b(?:killed|murdered|slain|executed|shot)\s+and\s+(?:then\s+|later\s+)?(?:burned|burnt|incinerated)\b",
              r"\b(?:asesinad|ejecutad|matad)[oa]s?\s+[ey]\s+(?:luego\s+|despu[eé]s\s+)?(?:quemad|calcinad|incinerad)[oa]s?\b",
              r"\b(?:vermoord|gedood|omgebracht|geëxecuteerd)\s+en\s+(?:daarna\s+|vervolgens\s+)?verbrand\b"],
    # looting threatened, none told: "ante la amenaza de incendiar autos, saquear tiendas y levantar a civiles"
    "unrest": [r"\b(?:amenaz\w*\s+(?:con|de)|dreigden|dreiging\s+om)\s+(?:[\w,'’]+\s+){0,8}?"
               r"(?:saquear|plunderen)\b"],
    "death": [r"\bdood (?:van|of)\b(?=.{0,40}\b(?:was|is)\b)", _GROUP_FATE, _FEARED,
              # a search for graves asked for or to come, none found: "recomendaron iniciar una búsqueda de fosas
              # clandestinas en la comunidad", "urged a search for clandestine graves"
              r"\b(?:iniciar|realizar|emprender|hacer|solicitaron|pidieron)\s+(?:una\s+)?b[uú]squeda\s+de\s+(?:posibles\s+)?"
              r"fosas(?:\s+clandestinas)?\b|\b(?:to\s+search|a\s+search)\s+for\s+(?:possible\s+)?(?:clandestine\s+|mass\s+)?graves\b",
              # a lynching only near: "estuvo a punto de ser linchado", "lo salvaron de ser linchado", "casi fue linchado"
              r"\b(?:de\s+ser\s+|casi\s+(?:fue\s+|es\s+)?|por\s+poco\s+(?:y\s+)?(?:es|fue)\s+)linchad[oa]s?\b",
              # blood traces, no remains: "prendas de vestir con restos hemáticos", "manchas hemáticas"
              r"\b(?:(?:hall|encontr|localiz|ubic)\w*\s+(?:[\w,]+\s+){0,6}?(?:con\s+)?)?restos\s+hem[aá]ticos\b",
              # the crimes a gang is given to, no killing told: "un grupo delictivo ... dedicado a la venta de drogas,
              # extorsión y homicidio", "a gang dedicated to drug dealing, extortion and murder", "die zich bezighoudt met"
              r"\b(?:dedicad[oa]s?\s+a|se\s+dedica(?:ba|ban|n)?\s+a|dedicated\s+to|devoted\s+to|involved\s+in|"
              r"(?:zich\s+)?bezig(?:houdt|hielden|hield|houden)?\s+met)\s+(?:la\s+|el\s+)?[^.;]{0,80}?"
              r"\b(?:homicidios?|asesinatos?|murders?|homicides?|killings?|moorden|moord)\b",
              # a unit's name, no killing: "personal del área de Homicidios", "homicide detectives", "afdeling moordzaken"
              r"\b(?:[aá]rea|unidad|direcci[oó]n|departamento|brigada|coordinaci[oó]n|fiscal[ií]a\s+especializada)\s+"
              r"(?:especializad[oa]\s+)?(?:de|en)\s+(?:investigaci[oó]n\s+de\s+)?homicidios\b",
              # ... "agentes de la FGE del Grupo Homicidios"
              r"\bgrupo\s+(?:de\s+)?homicidios\b",
              r"\bhomicide\s+(?:unit|division|squad|detectives?|investigators?|department|bureau)\b",
              r"\b(?:afdeling|recherche)\s+moordzaken\b|\bmoordzaken\b",
              # raids carried out: "Los operativos, ejecutados durante las primeras horas del día", "La diligencia fue
              # ejecutada por elementos de la PFM", "un operativo de precisión ejecutado por la FRIP"
              rf"\b{_CARRIED_OUT}\b,?\s+(?:\w+\s+){{0,2}}?(?:fue\s+|fueron\s+)?ejecutad[oa]s?\b",
              # ... told in the active: "ejecutaron nueve cateos", "ejecutó una orden de aprehensión"
              rf"\bejecut(?:aron|[oó])\s+(?:\w+\s+){{0,2}}?{_CARRIED_OUT}\b",
              # a charge, not a killing told: "puestos a disposición ... por el delito de homicidio calificado",
              # "on charges of murder", "op verdenking van moord"
              r"\b(?:por|del?)\s+(?:el\s+|los\s+)?delitos?\s+de\s+(?:[\w,]+\s+){0,4}?(?:homicidio|feminicidio)\w*",
              r"\bcharges?\s+of\s+(?:[\w,]+\s+){0,3}?(?:murder|homicide|manslaughter)\b",
              r"\b(?:op\s+verdenking\s+van|verdacht\s+van)\s+(?:[\w,]+\s+){0,3}?(?:moord|doodslag)\w*",
              # a rumour the authorities ruled out: "se habló de un posible homicidio ..., sin embargo, esta versión fue
              # descartada", "a possible homicide ... was ruled out"
              r"\bposibles?\s+(?:homicidios?|asesinatos?|ejecuci[oó]n(?:es)?)\b(?=[^.;]{0,120}?\b(?:descartad|desmentid)\w*)",
              r"\bpossible\s+(?:homicides?|murders?|killings?)\b(?=[^.;]{0,120}?\b(?:ruled\s+out|denied|dismissed)\b)",
              # the dead buried or mourned, where that happens, no killing: "Los cuerpos fueron sepultados en
              # Salamanca", "the bodies were buried in", "the funeral of the victims", "de lichamen werden begraven"
              r"\b(?:cuerpos|restos|cad[aá]veres|bodies|remains|lichamen|stoffelijke\s+overschotten)\b[^.;]{0,60}?"
              r"\b(?:fueron|ser[aá]n|han\s+sido|were|will\s+be|have\s+been|werden|worden|zijn)\s+(?:\w+\s+){0,4}?"
              r"(?:sepultad|inhumad|enterrad|velad|buried|laid\s+to\s+rest|begraven|gecremeerd|cremad|cremated)\w*",
              r"\b(?:sepelio|funeral|velorio|entierro|exequias|begrafenis|uitvaart)\w*\s+(?:de|del|of|van)\s+"
              r"(?:\w+\s+){0,4}?(?:v[ií]ctimas|victims|slachtoffers|fallecid[oa]s|muert[oa]s|dead|doden)\b",
              # raids carried out, not a killing: "tras la ejecución simultánea de igual número de cateos", "la ejecución
              # de una orden de aprehensión"
              rf"\bejecuci[oó]n\s+(?:simult[aá]nea\s+)?de\s+(?:\w+\s+){{0,4}}?{_CARRIED_OUT}\b",
              # "Los cateos ... se ejecutaron en domicilios de El Saucillo", "las órdenes se ejecutaron": things carried
              # out (a person executed takes "a": "se ejecutó a un hombre")
              r"\bse\s+ejecut(?:aron|[oó]|an|a|aban|ar[aá]n)\b(?!\s+(?:a|al)\s)",
              r"\b(?:raids?|warrants?|orders?|searches|operations?)\b(?:,[^.;,]{0,60},)?\s+(?:were|was|have\s+been|had\s+been)\s+"
              r"executed\b",
              # a search for dead who may be there: "en busca de probables fallecidos", "searching for possible victims",
              # "zoeken naar mogelijke doden"
              r"\b(?:en\s+busca\s+de|buscar|buscando|buscan|searching\s+for|search\s+for|looking\s+for|zoeken\s+naar|"
              r"zoekt\s+naar|op\s+zoek\s+naar|naar)\s+(?:\w+\s+){0,2}?(?:probables|posibles|possible|potential|more|m[aá]s|"
              r"mogelijke|eventuele|meer)\s+(?:fallecidos|v[ií]ctimas|muertos|cuerpos|cad[aá]veres|victims|bodies|dead|"
              r"doden|slachtoffers|lichamen)\b",
              # a killing told before, as a time: "Prior to his murder, Duran was the target of numerous threats",
              # "antes de su asesinato", "voor zijn dood"
              r"\b(?:prior\s+to|before|in\s+the\s+(?:days|weeks|months)\s+before|antes\s+de|voor|v[oó][oó]r)\s+"
              r"(?:his|her|their|su|sus|zijn|haar|hun)\s+(?:murder|killing|death|assassination|slaying|asesinato|muerte|"
              r"homicidio|ejecuci[oó]n|dood|moord)\b",
              # the badly wounded: "two minors remain between life and death", "entre la vida y la muerte"
              r"\b(?:between\s+life\s+and\s+death|entre\s+la\s+vida\s+y\s+la\s+muerte|tussen\s+leven\s+en\s+dood)\b",
              # an attempt, nobody killed: "charges of attempted murder", "tentativa de homicidio", "poging tot moord"
              r"\b(?:attempted\s+(?:murder|homicide)|(?:tentativa|intento)\s+de\s+homicidio|homicidio\s+en\s+grado\s+de\s+"
              r"tentativa|poging\s+tot\s+(?:moord|doodslag))\b",
              # ... killings that go on, told as a state of things: "las ejecuciones no cesan", "the killings have not stopped"
              r"\b(?:ejecuciones|asesinatos|homicidios|muertes|killings|murders)\s+no\s+(?:cesan|paran|se\s+detienen|terminan)\b|"
              r"\b(?:killings|murders)\s+(?:have|has)\s+not\s+stopped\b",
              # a trend, no killing told: "killings rose as the cartels splintered", "aumentaron los homicidios"
              r"\b(?:killings|murders|homicides|deaths)\s+(?:have\s+|has\s+)?(?:rose|risen|soared|increased|surged|spiked|"
              r"climbed|jumped|grew|grown)\b",
              r"\b(?:aumentaron|se\s+incrementaron|crecieron|se\s+dispararon)\s+(?:los\s+|las\s+)?(?:homicidios|asesinatos|"
              r"muertes|ejecuciones)\b|\b(?:homicidios|asesinatos|ejecuciones)\s+(?:aumentaron|se\s+incrementaron|crecieron|"
              r"se\s+dispararon)\b",
              r"\b(?:moorden|doden)\s+(?:steeg|stegen|nam\s+toe|namen\s+toe|is\s+gestegen|zijn\s+gestegen)\b",
              # a holiday, nobody's death: "not to hold massive events in the framework of Halloween and Day of the Dead"
              r"\b(?:day|night) of the dead\b", r"\bd[ií]a de (?:los )?(?:fieles )?(?:muertos|difuntos)\b",
              r"\bnoche de (?:los )?muertos\b", r"\bdag van de doden\b",
              # a charge, not a killing told: "wanted by US authorities for drug trafficking and murder",
              # "charged with drug dealing, extortion, and murder", "acusado de homicidio"
              r"\b(?:wanted|accused|charged|convicted|sentenced|indicted|suspected|acusad\w*|procesad\w*|sentenciad\w*|"
              r"vinculad\w*\s+a\s+proceso|buscad\w*)\b[^.;]{0,60}?\b(?:murders?|homicid\w*|killings?|asesinat\w*)\b"
              + _AND_MORE_CRIMES,
              # crimes laid at someone's door: "a suspected leader ... linked to at least 20 homicides in La Paz",
              # "señalado como responsable de varios homicidios", "se le atribuye el asesinato de", "betrokken bij moorden"
              _LAID_AT_DOOR + r"\s+(?:[\w,]+\s+){0,5}?"
              # ... last of a list of crimes: "relacionado con delitos contra la salud, posesión y venta ilegal de
              # hidrocarburos, así como con homicidios de tres agentes"
              r"(?:(?:[\w,]+\s+){0,10}?(?:así\s+como|as\s+well\s+as|alsook)\s+(?:con\s+|de\s+|with\s+|in\s+)?)?"
              r"(?:murders?|homicides?|killings?|homicidios?|asesinatos?|ejecuciones|feminicidios?|moorden|moord)\b"
              + _AND_MORE_CRIMES,
              r"\b(?:on|over|facing)\s+(?:\w+\s+)?(?:murder|homicide|manslaughter)\s+charges?\b",
              # a statistic, no killing told: "the number of murders in the state surging to 2,316", "32% of all the
              # homicides", "el número de homicidios", "het aantal moorden"
              r"\b(?:the\s+number|numbers)\s+of\s+(?:\w+\s+)?(?:murders|homicides|killings|deaths)\b",
              r"\bel\s+n[uú]mero\s+de\s+(?:\w+\s+)?(?:homicidios|asesinatos|muertes|v[ií]ctimas)\b",
              r"\bhet\s+aantal\s+(?:\w+\s+)?(?:moorden|doden|slachtoffers)\b",
              r"\b(?:of\s+all\s+(?:the\s+)?|\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent|por\s+ciento|procent)\s+(?:of|de|van)\s+"
              r"(?:all\s+|the\s+|los\s+|las\s+|alle\s+|de\s+)*)(?:homicides|murders|killings|deaths|homicidios|asesinatos|"
              r"muertes|moorden|doden)\b",
              # a role, no killing told: "was in charge of kidnappings, extortion and killings for the Zetas"
              r"\b(?:in\s+charge\s+of|encargad[oa]s?\s+de|belast\s+(?:was\s+|is\s+|werd\s+)?met)\s+(?:[\w,]+\s+){0,5}?"
              r"(?:killings|murders|executions|homicidios|ejecuciones|asesinatos|moorden|liquidaties)\b",
              # "ejecutaron 16 órdenes de aprehensión": warrants served, nobody executed
              r"\b(?:ejecut|cumpliment)\w+\s+(?:\w+\s+){0,2}?(?:[oó]rden(?:es)?|mandamientos?|mandatos?)\b",
              r"\bexecut\w+\s+(?:\w+\s+){0,2}?(?:warrants?|orders?|search(?:es)?)\b",
              r"\b(?:warrants?|orders?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?executed\b",
              r"\bcuerpos? (?:de|del) (?:bomberos|seguridad|emergencia\w*|rescate|socorro|polic[ií]a|auxilio|"
              r"protecci[oó]n civil|agua)\b", r"\bcuerpos? (?:policiac|policial|de seguridad)\w*", r"\bbodies of water\b", r"\blaw enforcement bodies\b",
              # a condition, not an event: "they would be killed unless a ransom was provided"
              r"\b(?:would|will|could|might)\s+(?:all\s+)?be\s+(?:killed|murdered|executed|shot)\b",
              r"\b(?:ser[ií]an|ser[aá]n|ser[ií]a|ser[aá])\s+(?:asesinad|ejecutad|muert)\w*",
              r"\b(?:zouden|zou|zullen|zal)\s+(?:\w+\s+)?(?:worden\s+)?(?:vermoord|gedood|doodgeschoten)\b",
              # "The writers would face certain death at the hands of the cartels" (a risk, nobody killed)
              r"\b(?:would|will|could|might)\s+(?:\w+\s+)?face\s+(?:a\s+)?(?:certain\s+)?death\b",
              r"\b(?:enfrentar[ií]an?|correr[ií]an?|arriesgar[ií]an?)\s+(?:una\s+)?muerte\s+segura\b",
              r"\b(?:zouden|zou)\s+(?:een\s+)?(?:zekere\s+)?dood\s+tegemoet\s+gaan\b",
              # threats: "a sign threatening death for DEA agents", "amenazas de muerte", "doodsbedreigingen"
              r"\bthreat\w*\s+(?:\w+\s+){0,2}?(?:death|to kill|to murder)\b", r"\bdeath threats?\b",
              r"\bamenaz\w*\s+(?:\w+\s+){0,2}?(?:de\s+muerte|con\s+matar\w*|con\s+asesinar\w*)\b",
              r"\bdoodsbedreiging\w*", r"\bdreig\w*\s+(?:\w+\s+){0,4}?te\s+(?:vermoorden|doden)\b",
              # a charge for a killing told before: "uno de ellos acusado de haber asesinado a un soldado"
              r"\b(?:acusad|señalad|sospechos)[oa]s?\s+de\s+haber\s+(?:asesinado|matado|ejecutado|dado\s+muerte)\b",
              r"\b(?:beschuldigd|verdacht|veroordeeld)\s+(?:wordt\s+|werd\s+|is\s+)?(?:van|voor)\s+(?:\w+\s+){0,3}?(?:moord\w*|doodslag)\b",
              # a gang's record, no killing told: "pleegde duizenden moorden", "committed thousands of murders"
              r"\b(?:pleegde|pleegden|gepleegd|committed|cometi[oó]|cometieron|cometido)\s+(?:al\s+menos\s+|at\s+least\s+)?"
              r"(?:duizenden|honderden|tientallen|thousands\s+of|hundreds\s+of|dozens\s+of|miles\s+de|cientos\s+de|"
              r"decenas\s+de)\s+(?:moorden|murders|killings|asesinatos|homicidios)\b",
              # a death in the state next door, not here: "la muerte del líder del CJNG ... en la entidad vecina"
              r"\b(?:muerte|asesinato|abatimiento|death|killing|dood)\b[^.;]{0,100}?\b(?:en\s+(?:la\s+entidad\s+vecina|el\s+estado\s+"
              r"vecino|el\s+vecino\s+estado)|in\s+(?:the\s+)?neighbou?ring\s+state|in\s+(?:de\s+)?naburige\s+(?:deel)?staat)\b",
              # a confession, no killing told: "He admitted to participating in massacres", "confesó haber participado en"
              r"\b(?:admitted|confessed|admitió|admitio|confesó|confeso|reconoció|reconocio|bekende|gaf\s+toe)\s+(?:to\s+|haber\s+)?"
              r"(?:\w+\s+){0,3}?(?:massacres?|murders?|killings?|masacres?|asesinatos?|homicidios?|ejecuciones|moorden)\b",
              # a plan carried out, no one executed: "un operativo ejecutado por los tres niveles de gobierno"
              r"\b(?:operativos?|acci[oó]n(?:es)?|planes|plan|programas?|[oó]rden(?:es)?|obras?|proyectos?|estrategias?|"
              r"cateos?|mandamientos?)\s+(?:\w+\s+)?ejecutad[oa]s?\b",
              # a fear, not a death: "parents stayed home for fear of dying in the crossfire"
              r"\b(?:fear|afraid|scared|terrified)\s+of\s+(?:dying|being\s+killed|getting\s+killed)\b",
              # a check, not a death: "verificaron si había personas heridas o fallecidas"
              r"\bverific\w+\s+si\s+(?:había|hubo|habia)\s+(?:personas\s+)?(?:\w+\s+[oy]\s+)?(?:fallecid|muert|sin\s+vida)\w*"],
    # "gunmen seized cargo trucks": a hijacking by the attackers, not a seizure by the authorities
    "seizure": [# people seized are kidnapped: "Witnesses with the victims when they were seized"; the scene secured:
                # "las labores de aseguramiento y recolección de indicios"
                r"\b(?:victims?|they|he|she|men|women|people|persons|migrants|officers|agents)\s+(?:were|was|had\s+been)\s+seized\b",
                # ... named by their calling: "Father Oscar Lopez Navarro was seized at the entrance to his parish residence"
                r"\b(?:father|fr\.|priests?|pastors?|reverend|rev\.|journalists?|reporters?|mayors?|activists?|businessm[ae]n|"
                r"teachers?|students?|doctors?)\s+(?:[\w.'’-]+\s+){0,4}?(?:were|was|had\s+been)\s+seized\b",
                r"\blabores\s+de\s+aseguramiento\b",
                r"\baseguramiento\s+(?:de\s+la\s+(?:zona|escena)|del\s+(?:lugar|[aá]rea|per[ií]metro)|"
                # the dead taken in: "proceder con el aseguramiento de los restos humanos", "del cuerpo"
                r"de\s+(?:los\s+)?(?:restos|cuerpos|cad[aá]veres)|del\s+(?:cuerpo|cad[aá]ver))\b",
                r"\b(?:gunmen|armed men|attackers|assailants|cartel members|criminals|sicarios|hombres armados|"
                r"delincuentes|civiles armados|criminales|gewapende mannen|criminelen|bendeleden)\b"
                r"(?:\s+\w+){0,3}\s+(?:seized|se apoderaron|asegur\w+|despojaron|namen)\b",
                # the spent cartridges of a shooting, picked up as evidence, are no seizure: "recovered shells
                # from seven different guns", "fueron asegurados casquillos de arma larga", "hulzen van
                # automatische wapens" (unless the list goes on: "... casquillos de arma larga y dos fusiles")
                r"\b(?:se\s+)?(?:recovered|found|collected|secured|located|seized|asegur\w+|localiz\w+|encontr\w+|hall\w+|recog\w+|"
                r"vonden|gevonden|verzamel\w+|aangetroffen|troffen)\s+(?:\w+\s+){0,3}?"
                r"(?:(?:spent\s+|bullet\s+)?(?:shells?|casings?|cartridges?)\s+(?:from|of|for)|casquillos\s+(?:percutidos\s+)?"
                r"(?:de|para)|(?:kogel)?hulzen\s+(?:van|uit))\s+(?:[\w.-]+\s+){0,3}?(?:guns?|rifles?|weapons?|firearms?|pistols?|"
                r"armas?|fusil\w*|pistolas?|cuernos?|wapens?|geweren?|pistolen?)\b"
                rf"(?![^.;]{{0,30}}?\b(?:y|e|and|as\s+well\s+as|along\s+with|plus|as[ií]\s+como|adem[aá]s|alsook|en\s+(?:een|twee|drie|vier|\d+))\b{_MORE_GUN_KINDS})",
                # ... spent, whatever gun fired them: "found dozens of spent AK-47 and AR-15 rifle shells at the scene",
                # "hallaron 23 cartuchos percutidos de cuerno de chivo", "vonden lege hulzen"
                r"\b(?:se\s+)?(?:found|recovered|collected|located|hallaron|encontraron|localizaron|recogieron|aseguraron|vonden|"
                r"troffen)\s+(?:[\w-]+\s+){0,4}?(?:spent\s+(?:[\w-]+\s+){0,4}?(?:shells?|casings?|cartridges?|rounds)|"
                r"(?:cartuchos|casquillos)\s+percutidos|lege\s+(?:kogel)?hulzen)\b(?:[^.;]{0,40}?\b(?:rifles?|guns?|fusil\w*|"
                r"chivo|armas?|wapens?)\b)?(?![^.;]{0,30}?\b(?:y|e|and|as\s+well\s+as|along\s+with|plus|as[ií]\s+como|"
                rf"adem[aá]s|alsook|en\s+(?:een|twee|drie|vier|\d+))\b{_MORE_GUN_KINDS})",
                # ... told in the passive: "numerous AK-47 shell casings were found"
                r"\b(?:[\w.-]+\s+){0,2}?(?:shell\s+casings|casings|spent\s+(?:shells|cartridges|rounds)|bullet\s+shells)\s+"
                r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:found|recovered|collected|located)\b",
                # a town taken, not goods: "vigilantes seized the town of Paracuaro"
                r"\bseized\s+(?:control\s+of\s+)?(?:the\s+)?(?:town|city|village|municipality|city\s+hall|municipal\s+\w+|"
                r"plaza|streets?)\b",
                # people held, not goods: "local residents seized 32 state police", "seized two soldiers"
                r"\bseiz(?:ed|ing)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|a\s+group\s+of)?\s*"
                r"(?:(?:state|federal|municipal|local)\s+)?(?:police(?:\s+officers)?|policemen|officers|soldiers|troops|marines|"
                r"guardsmen|agents)\b(?!\s*['’]s?\s)"],
}
# ... unless those gunmen are the object of what the forces did: "detuvieron a 15 presuntos delincuentes y
# aseguraron varias armas", "Soldiers killed three gunmen and seized three assault rifles"
NEGATIVE_OBJECT_BEFORE: dict[str, str] = {
    "seizure": r"\b(?:a|al|killed|arrested|detained|captured|abatieron|detuvieron|capturaron|aprehendieron|"
               r"doodden|arresteerden)\s+(?:[\w,]+\s+){0,3}?$",
}

# ---------------------------------------------------------------- negation
# "no deaths", "geen doden", "sin que se reporte alguna persona muerta o detenida": no
# record of that type from the sentence.
# "did not say whether", "no precisaron si", "maakten niet bekend of": what was not said happened
_UNSAID_EN = (r"\b(?:no\s+(?:\w+\s+){1,3}?(?:has|have)|did\s+not|didn['’]t|would\s+not|could\s+not|(?:has|have|had)\s+not|"
              r"hasn['’]t|haven['’]t|declined\s+to)\s+(?:say|said|confirm|confirmed|disclose|disclosed|specify|specified|"
              r"report|reported)\s+(?:whether|if)\b[^.;]{0,80}?\b")
# (a negative subject says it too: "ninguna autoridad local o estatal ha confirmado si", "no official has
# confirmed whether")
_UNSAID_ES = (r"\b(?:(?:no|tampoco)\s+|ning[uú]n[ao]?\s+(?:\w+\s+){1,4}?)(?:se\s+)?(?:(?:ha|han|hab[ií]a|hab[ií]an)\s+)?"
              r"(?:precis(?:aron|[oó]|ado)|dijeron|dijo|dicho|"
              r"informaron|inform[oó]|informado|especificaron|especific[oó]|especificado|confirmaron|confirm[oó]|confirmado)"
              r"\s+si\b[^.;]{0,80}?\b")
_UNSAID_NL = r"\b(?:(?:maakte|maakten)\s+niet\s+bekend|(?:zei|zeiden|meldde|meldden)\s+niet)\s+of\b[^.;]{0,80}?\b"
# no details given yet: "sin que hasta el momento se hayan dado a conocer detalles oficiales sobre personas detenidas o
# lesionadas", "sin que hasta el momento se tenga noticia sobre personas lesionadas o fallecidas"
_DETAILS_UNTOLD = (r"\bsin\s+que\s+(?:hasta\s+(?:el\s+momento|ahora)\s+)?se\s+(?:(?:hayan?|haya)\s+(?:dado\s+a\s+conocer|"
                   r"informado|precisado|reportado)|tengan?\s+(?:noticias?|conocimiento|reportes?|registros?))\s+(?:\w+\s+){0,3}?(?:sobre|de|acerca\s+de)\s+(?:personas\s+|posibles\s+)?"
                   r"(?:\w+\s+(?:o|y|ni)\s+)?")
NEGATED: dict[str, list[str]] = {
    # ... also after another harm: "no injuries or deaths were reported", "no se reportaron heridos ni muertos",
    # "geen gewonden of doden"
    "death": [r"\bgeen (?:\w+ (?:of|en) )?(?:doden|dodelijke slachtoffers)\b", r"\bniemand (?:kwam om|werd gedood)\b",
              # no toll yet: "it was too early to confirm a death toll", "aún no se tiene un saldo de víctimas",
              # "het dodental is nog niet bekend"
              r"\b(?:too\s+early\s+to\s+(?:confirm|give|say|know)|(?:did|could)\s+not\s+(?:give|confirm|provide))\s+"
              r"(?:a|the|any)\s+(?:death\s+toll|number\s+of\s+(?:dead|deaths|victims|casualties))\b",
              r"\b(?:a[uú]n\s+no\s+(?:se\s+)?(?:tiene|tienen|hay|conoce|precisa|ha\s+precisado)|(?:se\s+)?desconocen?)\s+"
              r"(?:un\s+|el\s+|la\s+|las\s+)?(?:saldo|n[uú]mero\s+de\s+(?:muertos|v[ií]ctimas|fallecidos)|"
              # "Desconocen cifras de lesionados, muertos y daños materiales", "se desconoce si hay muertos"
              r"cifras?\s+de\s+(?:\w+,?\s+){0,3}?(?:muertos|v[ií]ctimas|fallecidos)|si\s+(?:hay|hubo)\s+"
              r"(?:\w+\s+(?:o|ni|y)\s+)?(?:muertos|v[ií]ctimas|fallecidos))\b",
              # "no se tiene registro, hasta este momento, de personas muertas o lesionadas"
              r"\bno\s+se\s+tienen?\s+(?:registros?|reportes?|conocimiento)\b[^.;]{0,40}?\b(?:muert|fallecid|v[ií]ctimas)\w*",
              # "it is not known whether anyone died", "the number of dead is unknown"
              r"\b(?:it\s+(?:is|was)\s+(?:not\s+(?:yet\s+)?known|unclear)|(?:authorities|police|officials)\s+(?:do|did)\s+not\s+"
              r"know)\s+(?:whether|if|how\s+many)\b[^.;]{0,50}?\b(?:died|dead|killed|deaths)\b",
              r"\bthe\s+number\s+of\s+(?:dead|deaths|victims|casualties)\s+(?:is|was|remains|remained)\s+(?:still\s+)?"
              r"(?:unknown|unclear)\b",
              r"\b(?:het\s+(?:precieze\s+)?(?:dodental|aantal\s+doden)\s+is|is\s+het\s+(?:precieze\s+)?(?:dodental|aantal\s+doden))"
              r"\s+(?:nog\s+)?(?:niet\s+bekend|onbekend)\b",
              r"\bsin (?:dejar |que (?:hasta (?:el momento|ahora) |a[uú]n |todav[ií]a )?se (?:report\w+|registr\w+) )?"
              r"(?:alg[uú]n\w* )?(?:muert[oa]s?|v[ií]ctimas|"
              r"personas? (?:fallecid|muert)\w*|fallecid\w+)\b",
              # "no se reportaron agresiones ni personas heridas o asesinadas", "sin que ninguno de los clientes resultara
              # muerto o herido"
              # ... "no se reportaron detenidos, ni tampoco muertos ni lesionados"
              r"\bno (?:se )?(?:report\w+|registr\w+|hubo) (?:\w+, ){0,3}(?:(?:ni|o|y) (?:tampoco )?)?(?:\w+ (?:ni|o|y) ){0,2}"
              r"(?:personas |ning[uú]n\w* )?(?:\w+ (?:ni|o|y) )?(?:asesinad|muert|fallecid|sin vida)\w*",
              r"\bsin que (?:ninguno|ninguna|nadie)\b[^.;]{0,60}?\b(?:resultara|resultaran|muriera|murieran|falleciera)\b",
              # "sin que las autoridades reporten un número de personas muertas o heridas"
              r"\bsin\s+que\s+(?:(?:las|los)\s+\w+\s+)?(?:report\w+|registr\w+|inform\w+|precis\w+)\s+(?:\w+\s+){0,5}?"
              r"(?:muert|fallecid|v[ií]ctimas)\w*",
              r"\bnone of (?:the )?[^.;]{0,50}?\b(?:was|were) (?:killed|hurt|injured)\b",
              r"\bwithout (?:anyone|anybody) (?:being )?(?:killed|hurt|injured)\b",
              # "attacked elements of the Public Security Secretariat with bullets, without any reports of injuries or deaths"
              r"\bwithout\s+(?:any\s+)?reports?\s+of\s+(?:\w+\s+(?:or|and)\s+)?(?:deaths|fatalities|casualties|dead)\b",
              _DETAILS_UNTOLD + r"(?:muert|fallecid|v[ií]ctimas)\w*",
              r"\bzonder dat (?:er )?iemand\b[^.;]{0,40}?\b(?:gedood|omkwam|gewond)\b",
              r"\bno (?:se )?(?:report\w+|hubo|dej[oó]|registr\w+|sabe de|conoce de) (?:personas |ning[uú]n\w* )?"
              r"(?:\w+ (?:ni|o|y) )?(?:muert[oa]s|v[ií]ctimas mortales|fallecid[oa]s|personas muertas)\b",
              r"\bno (?:one|deaths|fatalities) (?:was|were)?\s*(?:killed|reported)?\b(?! (?:was|were) (?:injured|hurt))",
              r"\bno (?:reported )?(?:\w+ (?:or|and|nor) )?(?:deaths|fatalities)\b", r"\bnobody was killed\b",
              # "there have been no reports yet of fatalities", "no se tienen reportes de muertos",
              # "er zijn nog geen meldingen van doden"
              r"\bno reports? (?:yet |so far )?of (?:any |other |further )?(?:deaths|fatalities|casualties|dead)\b",
              # nobody of a kind killed: "So far, no soldier has been killed", "ningún policía ha muerto", "geen enkele
              # soldaat is gedood"
              r"\bno\s+(?:[\w-]+\s+){1,2}?(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?been\s+killed\b",
              r"\bno\s+(?:soldiers?|officers?|police(?:\s+officers?)?|agents?|marines?|troops|civilians?|residents?|"
              r"bystanders?)\s+(?:was|were)\s+killed\b",
              r"\bning[uú]n\s+(?:\w+\s+){1,2}?(?:ha|hab[ií]a|han)\s+(?:muerto|sido\s+asesinad[oa]|fallecido|perdido\s+la\s+vida)\b",
              r"\bning[uú]n\s+\w+\s+(?:muri[oó]|falleci[oó]|result[oó]\s+muerto|perdi[oó]\s+la\s+vida)\b",
              r"\b(?:(?:is|werd|zijn|werden)\s+)?geen\s+(?:enkele\s+)?\w+\s+(?:(?:is|werd|zijn|werden)\s+)?(?:\w+\s+)?"
              r"(?:gedood|omgekomen|doodgeschoten)\b",
              # a tip about graves that may exist: "the possible existence of clandestine graves in Ensenada and Mexicali"
              r"\b(?:possible|alleged|suspected)\s+existence\s+of\b", r"\bposible\s+existencia\s+de\b",
              r"\bmogelijke\s+(?:aanwezigheid|bestaan)\s+van\b",
              r"\bno (?:se )?(?:tienen|hay|ha habido) (?:a[uú]n )?(?:reportes?|informes?) de (?:personas )?(?:muert|fallecid|"
              r"v[ií]ctimas)\w*",
              r"\bgeen (?:meldingen|berichten) (?:van|over) (?:doden|slachtoffers)\b",
              # "no hay un reporte sobre personas lesionadas o abatidas"
              r"\bno (?:hay|hubo|se tiene) (?:un |ning[uú]n |alg[uú]n )?(?:reporte|informe|registro|dato)s? (?:sobre|de) "
              r"(?:m[aá]s )?(?:personas )?(?:\w+ (?:o|y|ni) )?(?:muert|fallecid|abatid|v[ií]ctimas)\w*",
              # "No hay datos sobre más personas muertas o heridas", "no information on further casualties"
              r"\bno (?:hay|hubo|se tiene) informaci[oó]n (?:sobre|de) (?:m[aá]s )?(?:personas )?(?:\w+ (?:o|y|ni) )?"
              r"(?:muert|fallecid|abatid|v[ií]ctimas)\w*",
              r"\bno (?:information|details|data) (?:on|about) (?:any |more |further |other )?(?:deaths|dead|fatalities|casualties)\b",
              r"\bno se (?:ha|han|habr[ií]a|hab[ií]a)n? (?:informado|reportado|registrado|confirmado) (?:de )?"
              r"(?:ning[uú]n\w* |personas )?(?:fallecid|muert|v[ií]ctimas mortales|decesos)\w*",
              # what the authorities did not say happened: "Authorities did not say whether any of the attackers
              # were killed or captured", "no precisaron si hubo muertos", "maakten niet bekend of er doden vielen"
              _UNSAID_EN + r"(?:killed|dead|died|deaths)\b", _UNSAID_ES + r"(?:muert|fallecid|abatid|v[ií]ctimas\s+mortales)\w*",
              _UNSAID_NL + r"(?:doden|gedood|omgekomen)\b"],
    "seizure": [r"\bno (?:se )?(?:encontr(?:aron|ó)|hallaron|hall[oó]|localiz(?:aron|ó)) (?:ning[uú]n\w* )?(?:armas?|drogas?|"
                r"explosivos|cartuchos)\b", r"\bno (?:weapons|guns|drugs|arms) (?:were|was) (?:found|seized|recovered)\b",
                r"\bgeen (?:wapens|drugs) (?:gevonden|aangetroffen|in beslag genomen)\b"],
    "operation": [r"\b(?:had|have|has|there\s+(?:were|was))\s+no\s+(?:checkpoints?|operations?|patrols?)\b",
                  r"\bno\s+(?:hay|hab[ií]a|hubo|exist[ií]an?|ten[ií]an?)\s+(?:ning[uú]n\s+)?(?:retenes|ret[eé]n|operativos?|filtros?)\b",
                  r"\bgeen\s+(?:controleposten|controlepost|operatie)\b",
                  # "se mantienen alerta sin realizar acciones concretas", "without carrying out any operation"
                  r"\bsin\s+(?:realizar|llevar\s+a\s+cabo|emprender|desplegar)\s+(?:ninguna\s+|ning[uú]n\s+)?(?:acci[oó]n|acciones|"
                  r"operativos?|intervenci[oó]n)\b",
                  r"\bwithout\s+(?:carrying\s+out|taking|launching|mounting)\s+(?:any\s+)?(?:action|operations?)\b",
                  # no forces came: "la falta de intervención de la Fiscalía y el Ejército", "the lack of police presence"
                  r"\b(?:falta|ausencia)\s+de\s+(?:intervenci[oó]n|operativos?|presencia|vigilancia|patrullajes?)\b",
                  r"\black\s+of\s+(?:police\s+|military\s+|security\s+|any\s+)?(?:intervention|presence|patrols?|operations?)\b",
                  r"\bgebrek\s+aan\s+(?:politie\w*\s+)?(?:optreden|aanwezigheid|patrouilles|toezicht|ingrijpen)\b"],
    "arrest": [r"\b(?:have|has|had)\s+not\s+(?:yet\s+)?(?:arrested|detained|made\s+(?:any\s+)?arrests)\b",
               # a search that caught nobody: "pero no se logró su detención", "sin lograr la captura de los agresores",
               # "but failed to make any arrests", "maar zonder de daders te kunnen aanhouden"
               r"\b(?:no\s+se\s+logr[oó]|no\s+lograron|no\s+logr[oó]|sin\s+lograr)\s+(?:la\s+|su\s+)?(?:detenci[oó]n|captura|"
               r"aprehensi[oó]n|detener|capturar)\b",
               r"\bfail(?:ed|ing)?\s+to\s+(?:make\s+any\s+arrests?|arrest|catch|capture|apprehend)\b",
               # "Police have not determined a motive or made arrests", "no han establecido el móvil ni detenido a nadie",
               # "heeft nog geen motief vastgesteld of arrestaties verricht"
               r"\b(?:have|has|had)\s+not\s+(?:yet\s+)?(?:\w+\s+){1,4}?(?:or|nor)\s+(?:made\s+(?:any\s+)?arrests|arrested\s+anyone)\b",
               # "aunque no se informó sobre la detención de los agresores", "no word on arrests", "niets bekend over arrestaties"
               r"\bno\s+(?:se\s+)?(?:inform[oó]|report[oó]|dio\s+a\s+conocer|precis[oó])\s+(?:nada\s+)?(?:sobre|de|acerca\s+de)\s+"
               r"(?:la\s+|el\s+|alg[uú]n\w*\s+|las\s+|los\s+)?(?:detenci[oó]n|detenciones|captura|arresto|detenid\w+)\b",
               r"\bno\s+word\s+(?:on|of)\s+(?:any\s+)?arrests?\b", r"\bniets\s+bekend\s+over\s+(?:\w+\s+)?arrestaties\b",
               r"\bno\s+(?:han|ha|hab[ií]an?)\s+(?:\w+\s+){1,4}?ni\s+(?:(?:han|ha)\s+)?(?:detenido|capturado|arrestado|"
               r"realizado\s+(?:ninguna\s+)?(?:detenciones|arrestos))\b",
               r"\bgeen\s+(?:\w+\s+){1,3}?(?:of|en)\s+(?:arrestaties|aanhoudingen)\b",
               _UNSAID_EN + r"(?:arrested|detained|captured|apprehended|arrests)\b",
               # "ni responsables detenidos", "sin sospechosos capturados", "no culprits arrested", "geen daders opgepakt"
               r"\b(?:ni|sin)\s+(?:un\s+solo\s+|ning[uú]n\s+)?(?:presuntos\s+)?(?:responsables?|sospechosos?|culpables?|"
               r"agresores?|asesinos?|homicidas?)\s+(?:detenid|capturad|arrestad|aprehendid)[oa]s?\b",
               r"\bno\s+(?:suspects?|culprits?|perpetrators?|attackers?|assailants?|killers?)\s+(?:have\s+been\s+|has\s+been\s+|"
               r"were\s+|was\s+)?(?:arrested|detained|captured)\b",
               r"\bgeen\s+(?:daders|verdachten|schutters)\s+(?:zijn\s+|werden\s+)?(?:opgepakt|gearresteerd|aangehouden)\b",
               # "no hubo un solo detenido", "tampoco hubo detenidos", "not a single arrest", "geen enkele arrestatie"
               r"\b(?:no|ni|tampoco)\s+(?:se\s+)?(?:hubo|hay|hab[ií]a|report[oó]|reportaron|registr[oó]|registraron)\s+"
               r"(?:un\s+solo|ning[uú]n|personas)?\s*(?:(?:presuntos?\s+)?(?:responsables?|sospechosos?|culpables?|agresores?)\s+)?"
               r"(?:detenid[oa]s?|detenciones|arrestos)\b",
               r"\bnot\s+(?:a\s+)?single\s+(?:arrest|person\s+(?:was\s+)?(?:arrested|detained)|suspect\s+(?:was\s+)?(?:arrested|detained))\b",
               r"\bgeen\s+enkele\s+(?:arrestatie|aanhouding|verdachte\s+(?:opgepakt|gearresteerd))\b",
               # what the fleeing avoided: "tomaron otro camino para evitar ser capturados", "to avoid being arrested"
               # ... or did: "quienes lograron evadir la captura", "evitan la detención", "the gunmen evaded arrest"
               r"\b(?:evit|evad|elud)(?:ar|ir|an|en|aron|ieron|ó|i[oó]|iendo|ando)\s+(?:ser\s+)?(?:su\s+|la\s+|el\s+)?"
               r"(?:capturad|detenid|arrestad|aprehendid|captura|detenci[oó]n|arresto)\w*",
               r"\b(?:avoid|evade|escape)(?:d|s|ing)?\s+(?:being\s+)?(?:arrest|capture|detention|arrested|captured|detained)\b",
               r"\bom\s+(?:arrestatie|aanhouding)\s+te\s+(?:ontlopen|ontwijken)\b",
               # a purpose, none made yet: "acordó desplegar acciones para la aprehensión de los responsables"
               r"\b(?:para|a\s+fin\s+de|con\s+el\s+fin\s+de|con\s+el\s+objetivo\s+de)\s+(?:lograr\s+)?(?:la\s+)?"
               r"(?:aprehensi[oó]n|detenci[oó]n|captura|detener|capturar|aprehender|arrestar)\b",
               r"\b(?:in\s+order\s+to|with\s+the\s+aim\s+of|aimed\s+at)\s+(?:arresting|capturing|apprehending|detaining|"
               r"arrest|capture|apprehend|detain)\b",
               r"\b(?:om|met\s+als\s+doel)\s+(?:de\s+)?(?:daders|verdachten)\s+(?:te\s+)?(?:arresteren|op\s+te\s+pakken|aan\s+te\s+houden)\b",
               _UNSAID_ES + r"(?:detenid|capturad|arrestad|detenci)\w*", _UNSAID_NL + r"(?:gearresteerd|opgepakt|arrestaties)\b",
               _DETAILS_UNTOLD + r"(?:detenid|capturad|arrestad|detenci)\w*",
               # "there were no reports of other casualties or arrests", "no se reportaron detenidos", "geen arrestaties"
               r"\bno\s+reports?\s+(?:yet\s+|so\s+far\s+)?of\s+(?:any\s+|other\s+|further\s+)?(?:\w+\s+(?:or|and)\s+)?"
               r"(?:arrests|detentions|detainees)\b",
               # ... a list of harms before: "no se reportaron víctimas, lesionados o detenidos"
               r"\bno\s+(?:se\s+)?(?:report(?:ó|aron|an)|registr(?:ó|aron|an)|hubo|hay)\s+(?:\w+,\s+){0,3}(?:\w+\s+(?:ni|o|y)\s+)?"
               r"(?:detenidos|detenciones|arrestos)\b",
               r"\bgeen\s+(?:\w+\s+(?:of|en)\s+)?(?:arrestaties|aanhoudingen|arrestanten)\b",
               # "no se ha logrado la detención", "en ninguno de los dos casos las autoridades han logrado la detención"
               r"\b(?:no\s+(?:se\s+)?|ninguno\s+de\s+(?:los\s+)?(?:\w+\s+)?casos\s+(?:\w+\s+){0,3}?)(?:han|ha|hab[ií]an?)\s+"
               r"logrado\s+(?:la\s+)?(?:detenci[oó]n|captura|detener|capturar|aprehender)\b",
               r"\bno\s+se\s+(?:han|ha|hab[ií]an?)\s+(?:realizado|registrado|reportado)\s+(?:detenciones|arrestos)\b",
               # an arrest named as the time of something else: "since Guzman's arrest", "na de arrestatie van"
               # (not "tras su detención": the arrest the story tells)
               r"\b(?:after|since|following|na|sinds|sedert|tras|desde|despu[eé]s\s+de)\s+(?:the\s+|de\s+|la\s+|el\s+|"
               r"\w+['’]s\s+)(?:(?:widely\s+)?(?:publicized|publicised|recent|reported|high-profile)\s+)?"
               r"(?:arrests?|captures?|extraditions?|arrestaties?|aanhoudingen|aanhouding|uitlevering|detenci[oó]n|detenciones|"
               r"capturas?|extradici[oó]n)\b",  # ("since the arrests last year in the U.S. of Ismael Zambada")
               r"\bno\s+(?:han|ha|hab[ií]an?)\s+(?:detenido|capturado|arrestado)\b",
               # an arrest sought, or named as the cause of the violence: "las acciones buscaban la detención de X",
               # "los hechos fueron resultado de la detención de", "in retaliation for the arrest of"
               r"\b(?:buscaban?|pretend[ií]an?|intentaban?|sought|seeking|trying\s+to|tried\s+to|attempt(?:ed|ing)?\s+to|"
               r"probeerden|wilden)\s+(?:la\s+|the\s+|de\s+)?(?:detenci[oó]n|captura|detener|capturar|arrest|capture|"
               r"arresteren|oppakken)\b",
               r"\b(?:resultado|consecuencia|a\s+ra[ií]z|en\s+respuesta|en\s+represalia|como\s+reacci[oó]n)\s+"
               r"(?:a|de|por)\s+(?:la\s+)?(?:detenci[oó]n|captura)\b",
               r"\b(?:in\s+(?:response|reaction)\s+to|in\s+retaliation\s+for|as\s+a\s+result\s+of|triggered\s+by|sparked\s+by)\s+"
               r"the\s+(?:arrest|capture)\b",
               r"\b(?:als\s+reactie\s+op|naar\s+aanleiding\s+van|uit\s+wraak\s+voor)\s+de\s+(?:arrestatie|aanhouding)\b",
               # nothing known of an arrest: "sin que hasta el momento se conozca de algún detenido", "No se informó si
               # hubo civiles detenidos", "it was not reported whether anyone was arrested"
               # "sin que se tenga reporte de alguna detención", "ninguna autoridad ... ha informado de personas detenidas",
               # "Authorities didn't report any arrests"
               r"\bsin\s+que\s+se\s+tenga\s+(?:reporte|registro|conocimiento)\s+de\s+(?:alg[uú]n\w*\s+|ning[uú]n\w*\s+)?"
               r"(?:detenid\w*|detenci[oó]n|detenciones|arrest\w*|captur\w*)",
               r"\bninguna\s+autoridad\b[^.;]{0,40}?\b(?:ha|han|hab[ií]a)\s+(?:informado|reportado|confirmado)\s+(?:de\s+|sobre\s+)?"
               r"(?:personas\s+|alg[uú]n\w*\s+)?(?:detenid|arrest|captur)\w*",
               r"\b(?:didn['’]t|did\s+not|have\s+not|haven['’]t|has\s+not|hasn['’]t|had\s+not)\s+(?:yet\s+)?report(?:ed)?\s+"
               r"(?:any\s+)?arrests\b",
               r"\bsin\s+que\s+(?:hasta\s+(?:el\s+momento|ahora)\s+)?se\s+(?:conozca|sepa|reporte|informe)\s+(?:de\s+)?"
               r"(?:alg[uú]n|ning[uú]n)\w*\s+(?:detenid|arrestad|capturad)\w*",
               # "se desconoce si hay víctimas mortales, o si existe registro de personas detenidas"
               r"\bdesconoc(?:e|en|[ií]a|[ií]an)\s+si\s+[^.;]{0,80}?\b(?:detenid[oa]s|detenciones|arrestos)\b",
               r"\bno\s+se\s+(?:inform[oó]|report[oó]|precis[oó]|ha\s+informado|dio\s+a\s+conocer)\s+si\s+(?:hubo|hay)\s+"
               r"(?:\w+\s+){0,2}?(?:detenid|arrestad|capturad)\w*",
               r"\b(?:not|never)\s+(?:been\s+)?(?:reported|said|disclosed|known)\s+(?:whether|if)\s+(?:\w+\s+){0,4}?"
               r"(?:arrested|detained|arrests)\b",
               r"\b(?:information|details|news|informaci[oó]n|datos|informatie)\s+(?:regarding|about|on|sobre|de|over)\s+"
               r"(?:any\s+|possible\s+|posibles\s+|eventuele\s+)?(?:arrests|detenciones|detenidos|arrestaties)\b",
               r"\b(?:ni|no) (?:hay|hubo|hab[ií]a) (?:personas |ning[uú]n\w* )?(?:detenid[oa]s|detenciones|arrestos)\b",
               r"\bno (?:reported )?(?:arrests|detentions)\b", r"\bno (?:deaths|injuries|casualties|fatalities) or arrests\b",
               # the capture that did not happen: "sin que se lograra su captura", "sin lograr su detención"
               r"\bsin (?:que se (?:lograra|logr[oó]|logre|haya logrado|concretara|concretar[ao]n) |lograr )(?:su |la |las )?(?:captura|"
               r"detenci[oó]n|aprehensi[oó]n|capturas|detenciones)\b",
               # an arrest only expected: "se espera que ... se dé a conocer la posible detención de esta persona"
               r"\b(?:posible|probable|eventual|possible|potential|mogelijke|eventuele)\s+(?:detenci[oó]n|captura|aprehensi[oó]n|"
               r"arrest|capture|arrestatie|aanhouding)\b",
               r"\bno (?:one|arrests) (?:was|were|has been|have been) "
               r"(?:arrested|detained|made|reported)\b", r"\bnobody was (?:arrested|detained)\b",
               r"\bsin (?:que (?:hasta (?:el momento|ahora) |a[uú]n |todav[ií]a )?(?:se )?(?:report\w+|registr\w+|haya\w*) )?"
               r"(?:alg[uú]n\w* )?(?:detenid[oa]s?|personas? "
               r"(?:\w+ o )?detenid[oa]s?|detenciones|arrestos)\b",
               r"\bno (?:se )?(?:report\w+|hubo|registr\w+|realiz(?:aron|ó)) (?:ning[uú]n\w* )?"
               r"(?:detenid[oa]s|detenciones|arrestos|personas detenidas)\b",
               r"\bgeen (?:arrestaties|aanhoudingen|verdachten (?:opgepakt|gearresteerd))\b",
               r"\bniemand\b[^.;]{0,30}\b(?:opgepakt|gearresteerd|aangehouden)\b", r"\bnog geen (?:arrestaties|aanhoudingen)\b",
               r"\bno se (?:ha|han) (?:informado|reportado|registrado) (?:sobre |de )?(?:detenciones|detenidos|personas detenidas)\b",
               r"\bno (?:arrests|one) (?:had|has|have) been (?:made|arrested|detained)\b",
               r"\bnadie (?:fue|ha sido) (?:detenid|arrestad|capturad)\w*\b",
               r"\b(?:ausencia de|sin) (?:detenid[oa]s|detenciones|arrestos)\b", r"\babsence of (?:arrests|suspects)\b",
               # "No suspects have been detained", "have yet to make any arrests", "have not been arrested",
               # "fled without being caught", "huyeron sin ser detenidos", "no se ha logrado la detención",
               # "se desconoce si hay detenidos", "de daders zijn nog niet gearresteerd"
               r"\bno (?:suspects?|people|persons?|one|arrests?) (?:has|have|had|was|were) (?:yet )?(?:been )?"
               r"(?:arrested|detained|captured|apprehended|made)\b",
               r"\b(?:yet|failed|unable) to (?:make (?:any )?arrests?|arrest|detain|capture|apprehend)\b",
               r"\bnot (?:yet )?been (?:arrested|detained|captured|apprehended)\b",
               r"\bwithout (?:being|having been) (?:arrested|detained|caught|captured)\b",
               r"\bsin (?:ser|haber sido) (?:detenid|capturad|arrestad|aprehendid)\w*",
               r"\bno (?:se )?(?:ha|han|hab[ií]a|hab[ií]an) (?:logrado|concretado) (?:la |ninguna )?(?:detenci[oó]n|captura|"
               r"aprehensi[oó]n|arresto)\w*",
               # ... or whether the killer was caught: "No se sabe si fue aprehendido, pues ... huyó del pueblo"
               r"\b(?:se desconoce|no se sabe|se ignora)\b[^.;]{0,60}?\bsi (?:(?:hay|hubo|existen?) (?:personas )?(?:detenid|detencion)|"
               r"(?:ya )?(?:fue|fueron|ha sido|han sido) (?:detenid|aprehendid|capturad|arrestad))\w*",
               # ... or whether they were caught: "tampoco está claro si los responsables ya fueron identificados y detenidos",
               # "it is not clear whether those responsible have been caught", "onduidelijk is of de daders zijn opgepakt"
               r"\b(?:no|tampoco)\s+(?:est[aá]|es|qued[oó]|queda)\s+claro\s+si\b[^.;]{0,80}?\b(?:detenid|capturad|arrestad|"
               r"aprehendid)\w*",
               r"\b(?:not\s+clear|unclear)\s+(?:if|whether)\b[^.;]{0,80}?\b(?:arrested|detained|caught|captured)\b",
               r"\bonduidelijk\s+(?:is\s+)?of\b[^.;]{0,80}?\b(?:gearresteerd|opgepakt|aangehouden)\b",
               r"\b(?:nog )?niet (?:gearresteerd|opgepakt|aangehouden|gepakt)\b",
               r"\bzonder (?:te worden|dat \w+ (?:werd|werden)) (?:gearresteerd|opgepakt|aangehouden)\b",
               # "So far it is unknown if there are detainees", "en ninguno de los dos ataques hubo detenidos"
               r"\b(?:unknown|not known|unclear)\s+(?:if|whether)\s+(?:there\s+(?:are|were|have been)\s+)?(?:any\s+)?"
               r"(?:detainees|arrests|suspects\s+(?:in\s+custody|arrested|detained)|(?:anyone|someone|he|she|they)\s+(?:was|were|has been|have been)\s+"
               r"(?:arrested|detained|caught|captured))\b",
               r"\bniet\s+bekend\s+(?:is\s+)?of\b[^.;]{0,80}?\b(?:gearresteerd|opgepakt|aangehouden)\b",
               r"\bningun[oa]\b[^.;]{0,40}\b(?:hubo|hay|hab[ií]a)\s+(?:personas\s+)?detenid\w*",
               # nobody has said there are any: "no ha informado si hay algún avance respecto a detenciones", "ni se
               # ha informado sobre personas detenidas", "sin que, hasta el momento, se reporten detenidos", "ninguno de
               # los sicarios había sido detenido", "no word on arrests"
               r"\b(?:no|ni)\s+(?:se\s+)?(?:ha|han|hab[ií]a|hab[ií]an)\s+(?:informado|reportado|confirmado|precisado|"
               r"revelado|dado\s+a\s+conocer)\b[^.;]{0,60}?\b(?:detenid|detenci[oó]n|deten[cs]ion|captur|arrest)\w*",
               r"\bsin\s+que\b[^.;]{0,40}?\b(?:se\s+)?(?:report|registr|confirm|inform)\w*\s+(?:personas\s+)?"
               r"(?:detenid|detenci[oó]n|deten[cs]ion|captur)\w*",
               r"\bningun[oa]\s+de\s+los\s+\w+\s+(?:ha|hab[ií]a|han|hab[ií]an)\s+sido\s+(?:detenid|capturad|arrestad)\w*",
               r"\bno (?:word|information|details?|reports?) (?:on|about|of) (?:any )?arrests?\b",
               r"\bover (?:eventuele )?(?:arrestaties|aanhoudingen) is (?:nog )?niets bekend\b",
               r"\bnone of the (?:\w+ )?(?:perpetrators|suspects|attackers|gunmen|assailants|killers) (?:have|has|had|were|was) "
               r"(?:yet )?(?:been )?(?:apprehended|arrested|detained|captured)\b",
               r"\b(?:niets|geen informatie) (?:bekend )?over (?:eventuele )?(?:arrestaties|aanhoudingen)\b",
               # none held, or arrests only awaited: "said none were under arrest", "arrests are expected in the coming
               # days", "se esperan detenciones en los próximos días", "arrestaties worden verwacht"
               r"\bnone (?:of them )?(?:was|were|is|are|had been|have been) (?:under arrest|in custody|arrested|detained)\b",
               r"\b(?:arrests?|detentions?) (?:are|is|were|was) (?:\w+ )?(?:expected|anticipated|likely|imminent)\b",
               r"\bse\s+(?:esperan|prevén|preven|anticipan)\s+(?:m[aá]s\s+)?(?:detenciones|capturas|arrestos)\b",
               r"\b(?:arrestaties|aanhoudingen)\b[^.;]{0,30}?\bverwacht\b"],
}
# Any negator at all: most sentences have none, and then the check below is skipped.
# "Los hechos ocurrieron el lunes", "The incident happened Friday": the day of the sentence before.
EVENT_TIME: dict[str, str] = {lang: rf"(?i)^\W*(?:{WORDS[lang]['event_time']['opener']})" for lang in LANGS}
TOLD_ON: dict[str, str] = {lang: WORDS[lang]["event_time"]["told_on"] for lang in LANGS}
NEGATOR_WORD: dict[str, str] = {lang: rf"(?<![\w-])(?:{WORDS[lang]['negation']['negators']})(?![\w-])" for lang in LANGS}
# A negator right before an event's wording, with only a few filler words between
# ("no hay ningún detenido", "ni operativo", "were not arrested", "werd niemand opgepakt"):
# matched on the lower-cased text that ends where the wording starts.
NEGATION_BEFORE: dict[str, str] = {
    lang: (rf"(?<![\w-])(?:{WORDS[lang]['negation']['negators']})(?:\s+(?:{WORDS[lang]['negation']['fillers']})){{0,9}}\s+$")
    for lang in LANGS}
# Denials: "desmintió la presunta captura", "denied that X had been captured": the event
# the sentence names did not happen (arrests, deaths, operations).
DENIAL = (r"\b(?:desminti\w+|desmient\w+|neg(?:[oó]|aron|aba|aban)\s+(?:\w+\s+){0,3}?que|niegan?\s+(?:\w+\s+){0,3}?que|nieg(?:a|an)\s+(?:los\s+|las\s+)?(?:ataques|enfrentamientos|balaceras|detenciones|capturas|muertes|asesinatos)|descart\w+ (?:la|el) (?:versi[oó]n|captura|detenci[oó]n)|"
          r"(?:es|era|resulta) fals[oa]|informaci[oó]n falsa|fake news|denied|denies|deny|ruled out|"
          # "se habló de dos personas muertas ..., lo cual fue descartado por las autoridades"
          r"(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:m[aá]s\s+tarde\s+|posteriormente\s+|luego\s+)?(?:descartad|desmentid)[oa]s?|"
          r"(?:is|was) (?:false|untrue|a rumou?r)|ontkend\w*|ontkent|ontkende|weerspr\w+|is (?:vals|onjuist|nepnieuws))\b")
DENIABLE = frozenset({"arrest", "death", "operation", "attack"})

# ---------------------------------------------------------------- counts
# Words that, near a number, say what is counted.
COUNT_CUES: dict[str, dict[str, str]] = {
    field: {lang: WORDS[lang]["count_cues"][field] for lang in LANGS} for field in WORDS["en"]["count_cues"]
}
# One person's death, with no number: "een bewaker werd gedood", "fue asesinado", "he died".
_NOT_A_NUMBER = r"(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|" \
                r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|number|total|dozen|several|many|varios|varias)\b)"
# A place of a ranking holds its count: "followed by León, with eight; Irapuato, with six", "Ejutla con siete
# occisos", "Tarimoro, met vijf": the count right after the name, nothing or the dead after it.
RANKED_COUNT_AFTER = (r",?\s+(?:con|with|met)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|één|een|twee|drie|vier|vijf|zes|"
                      r"zeven|acht|negen|tien|elf|twaalf)(?:\s+(?:homicid(?:io)?s?|homicides?|asesinatos?|ejecucion(?:es)?|"
                      r"ejecutados|muert[oe]s|occisos|v[ií]ctimas|murders?|killings|victims|dead|deaths|doden|moorden|"
                      r"slachtoffers))?(?:\s*[,;.]|\s+(?:y|e|and|en)\b|\s*$)")
# A town that lived through the events, as the subject of its clause anywhere in the sentence: "Mientras el alcalde
# continúa en campaña, Salina Cruz registró esta noche dos ataques armados", "Reynosa vivió otra noche de balaceras",
# "when Culiacán saw a day of blockades", "terwijl Culiacán een dag van wegblokkades beleefde".
TOWN_LIVED_AFTER = (r"\s+(?:(?:también|de\s+nuevo|nuevamente|otra\s+vez|again|also|ook|opnieuw)\s+)?"
                    r"(?:registr[oó]|vivi[oó]|amaneci[oó]|sufri[oó]|padeci[oó]|se\s+vio\s+(?:sacudid|afectad|envuelt)[oa]|"
                    r"saw|experienced|suffered|woke\s+up\s+to|was\s+(?:rocked|shaken|hit)\s+by|"
                    r"beleefde|kende|werd\s+(?:opgeschrikt|getroffen|opgeschud)\s+door)\b")
# A death toll as it now stands: the number follows.
TOLL_RISEN = (r"\b(?:death toll|toll|body count|dodental|aantal doden|cifra de (?:muertos|v[ií]ctimas|fallecidos|personas fallecidas)|"
              r"n[uú]mero de (?:muertos|v[ií]ctimas|fallecidos))\b[^.;]{0,80}?\b(?:rose|has risen|had risen|(?:has |had )?increased|climbed|reached|"
              r"stood at|stands at|is now|opgelopen tot|gestegen (?:tot|naar)|staat (?:nu )?op|ascendi[oó] a|asciende a|"
              r"aument[oó] a|subi[oó] a|lleg[oó] a|se elev[oó] a|se increment[oó] a|pas[oó] de \w+ a|went from \w+ to|(?:ging|steeg) van \w+ (?:naar|tot))"
              r"(?:\s+(?:to|at))?\s+(?:at least |minstens |ten minste |al menos |por lo menos )?")
# A killing told with its weapons or gunmen, no bodies found: an attack as well (per language).
ARMED_KILLING: dict[str, tuple[str, str]] = {lang: (WORDS[lang]["armed_killing"]["arms"], WORDS[lang]["armed_killing"]["found"])
                                             for lang in LANGS}
# One death said in the singular; more victims of an event counted before ("two other
# people died"): the words before or after the number, and "another policeman died".
SINGULAR_DEATH: dict[str, str] = {lang: WORDS[lang]["singular"]["death"].replace("{not_a_number}", _NOT_A_NUMBER)
                                  for lang in LANGS}
SINGULAR_ADDED: dict[str, str] = {lang: WORDS[lang]["singular"]["added_death"] for lang in LANGS}
NAMED_VICTIM: dict[str, str] = {lang: WORDS[lang]["singular"]["named_victim"] for lang in LANGS}  # on the text as written
ORDINALS: dict[str, dict[str, int]] = {lang: WORDS[lang]["ordinals"] for lang in LANGS}
ADDED_BEFORE_NUMBER: dict[str, str] = {lang: WORDS[lang]["added"]["before_number"] for lang in LANGS}
ADDED_AFTER_NUMBER: dict[str, str] = {lang: WORDS[lang]["added"]["after_number"] for lang in LANGS}
ALONG_WITH_NUMBER: dict[str, str] = {lang: WORDS[lang]["added"]["along_with"] for lang in LANGS}
# "un hombre y una mujer", "a man and a woman": an article before a person counts one.
# Family members, singular: "un padre y su hijo", "a woman and her daughter", "een vader en zijn zoon".
KIN = (r"padre|madre|hij[oa]|herman[oa]|espos[oa]|sobrin[oa]|prim[oa]|t[ií][oa]|abuel[oa]|father|mother|son|daughter|"
       r"brother|sister|husband|wife|nephew|niece|cousin|uncle|aunt|grand(?:father|mother|son|daughter)|vader|moeder|"
       r"zoon|dochter|broer|zus|echtgeno(?:ot|te)|vrouw|neef|nicht|oom|tante|opa|oma|kleinzoon|kleindochter|"
       # partners, babies, in-laws and bodyguards count as kin do: "junto con su escolta", "and her baby"
       r"beb[eé]|baby|novi[oa]|pareja|girlfriend|boyfriend|partner|vriendin|vriend|suegr[oa]|cuñad[oa]|"
       r"schoon(?:vader|moeder|zus)|zwager|escolta|bodyguard|lijfwacht|"
       # ... and so does one who works for them: "Four music band members and their manager", "y su chofer"
       r"manager|m[aá]nager|representante|chofer|driver|chauffeur|asistente|assistant|secretari[oa]|secretary|ayudante")
# "y su hijo", "and her daughter", "en zijn zoon", "a man, his wife and their son": one more person after a
# counted one; so is one "along with" the victim ("junto con su esposa", "al igual que su bebé", "as was
# his wife", "evenals zijn baby").
KIN_ALONG_WITH = (r"junto\s+(?:con|a)|al\s+igual\s+que|as[ií]\s+como|along\s+with|together\s+with|as\s+(?:was|were|did)|"
                  r"as\s+well\s+as|samen\s+met|evenals|net\s+als|alsook")
ONE_KIN_AFTER_AND = (rf"(?:,|\b(?:y|e|and|en|{KIN_ALONG_WITH}))\s+(?:a\s+)?(?P<one>su|his|her|their|zijn|haar|hun)\s+"
                     rf"(?:[\w-]+\s+)?(?:{KIN})\b")
# "the mayor and two of his bodyguards", "al alcalde y a dos de sus escoltas": the one person named
# with a definite article before a count joined to it counts one.
# "a quadruple homicide", "un doble homicidio", "een dubbele moord": as many dead as the word says.
MULTIPLE_KILLING_WORDS = {"double": 2, "doble": 2, "dubbele": 2, "triple": 3, "drievoudige": 3, "quadruple": 4,
                          "cuádruple": 4, "cuadruple": 4, "viervoudige": 4, "quintuple": 5, "quíntuple": 5}
MULTIPLE_KILLING = (r"(?i)\b(?P<n>" + "|".join(MULTIPLE_KILLING_WORDS) + r")\s+(?:homicid\w*|murders?|killings?|"
                    r"executions?|asesinatos?|ejecuci[oó]n|ejecuciones|crimen|feminicidios?|moord\w*|liquidatie)\b")
ONE_PERSON_BEFORE_AND = {"en": r"\b(?P<one>the)\b", "es": r"\b(?P<one>el|al|la)\b", "nl": r"\b(?P<one>de|het)\b"}
PERSON_AFTER_ARTICLE = (r"\s+(?:\d{1,2}-year-old\b(?!-)|(?:\w+\s+)?(?:hombre|mujer|joven|menor|niñ[oa]|polic[ií]a|agente|persona|sujeto|taxista|"
                        r"militar|soldado|marine|marino|elemento|reo|interno|custodio|periodista|comerciante|man|woman|boy|girl|"
                        r"officer|policeman|policewoman|soldier|person|child|teenager|guard|journalist|vrouw|jongen|"
                        r"meisje|agent|politieagent|militair|persoon|kind|bewaker|journalist|voorbijganger|omstander|"
                        r"burger|inwoner|transe[uú]nte|civil|vecino|bystander|passer-by|civilian|resident|"
                        r"bevelhebber|commandant|commander|comandante|mayor|alcalde|alcaldesa|burgemeester|"
                        r"candidate|candidat[oa]|kandidaat|activist[ae]?|sacerdote|priest|priester|student|estudiante|"
                        r"doctor|m[eé]dico|arts|nurse|enfermer[oa]|driver|chofer|conductor|chauffeur|"
                        r"judge|jueza?|rechter|magistrate|magistrad[oa]|relative|pariente|familielid|"
                        r"trooper|gunman|hitman|sicario|delincuente|pistolero|gatillero|detective|paramedic|param[eé]dico|"
                        r"worker|trabajador|obrero|chief|jefe|(?<!grupo\s)(?<!banda\s)(?<!célula\s)(?<!celula\s)(?<!comando\s)(?<!organización\s)criminal(?!\s+(?:record|records|case|cases|complaint|charges?|past|background|organi[sz]ation|group|gang|cell|network))|crimineel|suspect|verdachte|sospechoso|"
                        r"assailant|attacker|aggressor|agresor|aanvaller|dader|"
                        # heads and trades: "fueron ejecutados el director ... y su esposa", "the rancher and his son"
                        r"director|directora|directeur|subdirector|regidora?|s[ií]ndico|funcionari[oa]|official|"
                        r"ambtenaar|empresari[oa]|businessman|businesswoman|zakenman|ganadero|rancher|farmer|boer|"
                        r"campesino|l[ií]der|leader|leider|dueñ[oa]|owner|eigenaar|maestr[oa]|teacher|leraar|"
                        r"profesora?|abogad[oa]|lawyer|advocaat|comisario|delegad[oa]|edil|"
                        rf"{KIN}))\b")
# A number followed by one of these measures something else than people.
NOT_PEOPLE = (r"(?:km|kil[oó]met\w+|uur|uren|hours?|horas|jaar|jaren|a[ñn]os?|years?|punten|puntos|points|"
              r"staten|estados|states|miljoen|millones|million|miljard|mil\b|dollar\w*|d[oó]lares|pesos|%|"
              r"procent|por ciento|percent|minuten|minutos|minutes|dagen|d[ií]as|days|meter\w*|metros|"
              r"ciudades|cities|steden|municipios|gemeenten|municipalities|veh[ií]culos|vehicles|voertuigen|"
              r"times|veces|keer|maal|rounds|disparos|shots|schoten|balazos|"
              r"kilo\w*|toneladas|tons|armas|weapons|wapens)\b")

# A stretch of time right after a number: "18 gunmen and soldiers were killed in battles one weekend" (not
# "killed four Thursday night", where a word stands between)
TIME_AFTER = (r"\s+(?:weekends?|fines?\s+de\s+semana|weeks?|semanas?|weken|nights?|noches?|nachten|months?|mes|meses|"
              r"maanden?|day|d[ií]a|dag)\b")
# ... nor does the first number of a range of time ("killed between four and six months ago", "hace entre cuatro y
# seis meses", "tussen vier en zes maanden geleden"), but "asesinaron a 15 en un día" counts 15
RANGE_BEFORE = r"\b(?:between|entre|tussen)\s+$"
RANGE_TIME_AFTER = r"\s+(?:and|or|to|y|o|a|en|tot)\s+\w+" + TIME_AFTER

# Number words per language that text2num may not accept on their own (it ignores
# small numbers and indefinite articles), plus spellings it misses.
SMALL_NUMBERS: dict[str, dict[str, int]] = {lang: dict(WORDS[lang]["numbers"]) for lang in LANGS}
# Words that multiply the number just before them ("two dozen", "dos docenas", "twee dozijn").
MULTIPLIERS: dict[str, dict[str, int]] = {lang: dict(WORDS[lang].get("multipliers", {})) for lang in LANGS}
# Vague quantities are not reported counts.
VAGUE = frozenset({"tientallen", "honderden", "duizenden", "decenas", "cientos", "centenares", "dozens",
                   "hundreds", "a", "an", "een", "un", "una", "another", "otro", "otra"})  # articles as often as "one"

# ---------------------------------------------------------------- places: context
# Words right before a name that say "this happened there" (strong context). The pattern
# is matched against the text before a mention and must reach its end.
# Verbs whose object is the place a wave of violence hit ("burnings that have plagued Tepic",
# "la violencia que azota a Culiacán") count as such words.
PLACE_PREPS: dict[str, str] = {
    "nl": r"(?:in|te|bij|nabij|rond|rondom|buiten|tussen|vanuit|boven|teisteren|teistert|teisterden|geteisterd|"
          r"ontwricht|ontwrichtten|ontvluchtten|ontvlucht|trof|troffen|"
          # the place the story turns to: "Wat betreft Chihuahua, ..."
          r"wat\s+betreft)",
    "es": r"(?:en|cerca\s+de|a\s+las\s+afueras\s+de|entre|a\s+la\s+altura\s+de|a\s+la\s+altura\s+del|llegando\s+a|"
          r"dentro\s+de|"
          # "una balacera sacudió a Culiacán", "la violencia azotó Culiacán", "cimbró a Reynosa"
          r"sacudió\s+a|sacude\s+a|sacuden\s+a|azotó\s+a|azotó|azota|azotan|azotaron|paralizó\s+a|paralizó|paraliza\s+a|"
          r"paralizan\s+a|cimbró\s+a|cimbró|cimbraron\s+a|cimbraron|estremeció\s+a|aterrorizó\s+a|sacudieron\s+a|"
          r"sacudieron|sacudió|paralizaron\s+a|paralizaron|"
          # what a town went through: "el escenario de violencia que vivió Reynosa, Tamaulipas"
          r"que\s+vivió|que\s+vivieron|que\s+vive|que\s+viven|que\s+ha\s+vivido|"
          # the place people fled: "abandonaron Tepalcatepec"
          r"abandonaron|abandonar|abandonan|han\s+abandonado|"
          # where events struck: "los bloqueos afectaron a Celaya, León e Irapuato", "la violencia alcanzó a Celaya"
          r"afectó\s+a|afectaron\s+a|afecta\s+a|afectan\s+a|alcanzó\s+a|alcanzaron\s+a|"
          # the place the story turns to: "En relación con Chihuahua, sobre la ejecución del inspector ..."
          r"en\s+relación\s+con|con\s+relación\s+a|en\s+cuanto\s+a)",
    "en": r"(?:in|at|near|outside|around|across|throughout|within|into|over|on\s+the\s+outskirts\s+of|on\s+the\s+edge\s+of|"
          r"close\s+to|plagued|plaguing|rocked|rocking|gripped|shook|shaking|engulfed|swept\s+through|"
          r"paralyzed|paralysed|terrorized|terrorised|besieged|fled|fleeing|flee|abandoned|evacuated|"
          r"affected|affecting|hit|hitting|struck|"
          # the place the story turns to: "As for Chihuahua, ..."
          r"as\s+for)",
}
# "de stad", "el municipio de", "the city of", adjectives: up to three such words.
PLACE_FILLER = (r"(?:\s+(?:de|het|el|la|los|las|the|een|un|una|a|"
                r"haar|zijn|hun|her|his|their|su|sus|"  # possessives: "in het centrum van haar stad Cotija"
                r"[a-záéíóúñëïöü’'-]+(?:e|en|o|a|os|as|al|an|ic|ese|ian|ish|sche|se)|"
                r"stad|staat|deelstaat|gemeente|dorp|provincie|hoofdstad|regio|kust|haven|badplaats|toeristenoord|schiereiland|peninsula|pen[ií]nsula|"
                r"vakantieoord|kustplaats|grensstad|havenstad|plaats|balneario|destino|beach|border|"
                r"[a-z]+['’]s|popular|famous|nearby|violent|troubled|restive|coastal|northern|southern|western|eastern|"
                r"bustling|tourist|touristic|seaside|embattled|crime-ridden|cartel-plagued|drug-plagued|"
                r"ciudad|estado|municipio|localidad|comunidad|poblado|puerto|zona|regi[oó]n|capital|"
                r"city|state|town|village|municipality|port|region|area|capital|resort|"
                r"of|van|del?|metropolitan\w*|toeristische|populaire|toeristenplaatsen|als|como|such|"
                r"hart|heart|centro|centrum|centre|center|omgeving|alrededores|inmediaciones|outskirts|afueras|"
                r"mountains|hills|highlands|countryside|sierra|bergen|downtown|"
                r"noorden|zuiden|norte|sur|north|south|oosten|westen|oriente|poniente|east|west|"
                r"northwest|northeast|southwest|southeast|northwestern|northeastern|southwestern|southeastern|central|"
                r"noroeste|noreste|suroeste|sureste|noordwesten|noordoosten|zuidwesten|zuidoosten))")
# A road named after the towns it joins ("la carretera Rayón-Cárdenas", "the Palmillas-Huichapan
# highway", "tramo Victoria-Matamoros-Reynosa"): the towns, dash-separated, in group "towns" or "towns_before".
_ROAD_TOWN = r"[A-ZÁÉÍÓÚÑ][\w’'.]*(?:\s+(?:de\s+|del\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ][\w’'.]*){0,3}"
_ROAD_TOWNS = rf"{_ROAD_TOWN}(?:\s*[-–—]\s*{_ROAD_TOWN})+"
ROAD_BETWEEN_TOWNS = (rf"\b(?i:carretera|autopista|highway|road|tramo|libramiento|snelweg|weg|v[ií]a|ruta|route|vialidad)\s+"
                      rf"(?:(?i:federal|estatal|libre|de\s+cuota|carreter[oa]|[\w.]*\d[\w.]*)\s+)*(?P<towns>{_ROAD_TOWNS})"
                      rf"|(?P<towns_before>{_ROAD_TOWNS})\s+(?i:highway|road|freeway|expressway|snelweg)\b")
# A hamlet said to lie at a point of a road: "a la altura del Ejido Río Florido", "near the village of", "bij het dorp"
AT_THE_HEIGHT_OF = (r"(?i:a\s+la\s+altura\s+(?:de|del)|(?:cerca|a\s+un\s+costado)\s+(?:de|del)|near|bij)\s+"
                    r"(?:la\s+|el\s+|the\s+|het\s+)?(?:(?i:ejido|comunidad|localidad|poblado|ranchería|rancho|village|hamlet|"
                    r"town|community|dorp|gehucht)\s+(?:de\s+|of\s+)?)?$")
# Words that describe a town between a preposition and its name ("in the popular beach resort of").
TOWN_DESCRIPTORS = frozenset("""popular famous beach resort tourist touristic seaside coastal border bustling violent
troubled restive embattled crime-ridden cartel-plagued drug-plagued northern southern western eastern northwest northeast southwest
southeast northwestern northeastern southwestern southeastern central
toeristische populaire turística turístico popular fronteriza fronterizo costera costero
haar zijn hun her his their su sus""".split())  # possessives too: "in het centrum van haar stad Cotija"
# One settlement named right after ("la comunidad de", "the rural community of"): never a state.
ONE_SETTLEMENT_BEFORE = (r"\b(?:community|village|hamlet|comunidad|localidad|poblado|rancher[ií]a|ejido|sindicatura|"
                         r"caser[ií]o|dorp|gehucht|gemeenschap)(?:\s+(?:rural|ind[ií]gena|serrana))?\s+(?:de\s+|of\s+|van\s+)?(?:the\s+)?$")
# "la ranchería El Guayabo, en Tonalá": the gap after a hamlet before the town it lies in.
IN_TOWN_GAP = r"^\s*,\s*(?:en|in)\s*$"
# "la capital de Jalisco", "the capital of the state of Jalisco", "capital of the border state of
# Nuevo Leon", "de hoofdstad van de noordelijke deelstaat": the state's capital city (case-insensitive).
CAPITAL_OF_STATE = (r"\b(?:capital|hoofdstad)\s+(?:city\s+)?(?:(?:of|de|del|van)\s+)?(?:the\s+(?:[a-z-]+\s+){0,2}state\s+of\s+|"
                    r"estado\s+(?:[a-z]+\s+)?de\s+|(?:de\s+)?(?:[a-z]+\s+)?(?:deel)?staat\s+)?$")
# A place noun the name after a comma stands in apposition to: "in the capital, Villahermosa".
PLACE_NOUN_APPOSITION = (r"\b(?P<noun>(?:state\s+|border\s+|port\s+)?capital(?:\s+city|\s+del\s+estado|\s+estatal|"
                         r"\s+of\s+the\s+state)?|hoofdstad|puerto|port|"
                         r"(?:border\s+|port\s+)?city|ciudad|stad|grensstad|havenstad|town|cabecera(?:\s+municipal)?),\s+$")
# Place nouns followed by van/de/of: "de hoofdstad van", "municipio de", "the town of".
PLACE_NOUN_OF = (r"\b(?:stad|staat|deelstaat|gemeente|dorp|hoofdstad|regio|omgeving|buurt|wijk|centrum|hart|"
                 r"ciudad|estado|municipio|localidad|comunidad|poblado|puerto|zona|regi[oó]n|capital|"
                 r"alrededores|inmediaciones|afueras|colonia|barrio|centro|crucero|puntos|partes|sur|norte|"
                 r"city|state|town|township|village|municipality|port|region|area|outskirts|suburbs?|parts|heart|"
                 r"hamlet|gehucht|caser[ií]o|rancher[ií]a|ejido|sindicatura|delegaci[oó]n|agencia|"
                 r"poblaciones|localidades|comunidades|community|communities|villages|dorpen|gemeenschap|centro hist[oó]rico|"
                 r"bar|restaurante|hotel|casino|antro|cantina|palenque|discoteca|centro nocturno|hospital|escuela|"
                 r"states|cities|towns|municipalities|estados|municipios|ciudades|staten|gemeenten|steden|"
                 r"prison|jail|penal|c[aá]rcel|penitenciar[ií]a|gevangenis|reclusorio|cereso|"
                 r"centre|center|streets|metropolitana|metropolitan|areas|terminal|luchthaven|aeropuerto|airport|"
                 # a town's own facilities: "cerca de la central de autobuses de Fresnillo", "near the town hall of X"
                 r"central\s+de\s+autobuses|central\s+camionera|mercado|gasolinera|presidencia\s+municipal|palacio\s+municipal|"
                 r"comandancia|bus\s+station|market|gas\s+station|town\s+hall|busstation|markt|tankstation|gemeentehuis|"
                 r"neighbou?rhood|section|sector|borough|districts|cabecera\s+municipal|municipal\s+seat)"
                 r"\s+(?:van|de|del|of|de\s+la|of\s+the)\s*$"
                 # "la ciudad mexicana de Tula", "la ciudad fronteriza de Reynosa", "el puerto turístico de X"
                 r"|\b(?:ciudad|puerto|municipio|poblado|localidad|comunidad)\s+(?:mexicana|fronteriza|costera|"
                 r"tur[ií]stica|petrolera|portuaria|sinaloense|norteña|sureña|serrana|vecina|ind[ií]gena|"
                 r"tur[ií]stico|fronterizo|costero|vecino|ind[ií]gena|rural)\s+de\s*$"
                 # ... and in the plural: "en las comunidades rurales de Chichimequillas, Fresnillo, en Bañón"
                 # (not "las localidades vecinas de Toluca y Ciudad Hidalgo": the neighbours)
                 r"|\b(?:comunidades|localidades|poblaciones|rancher[ií]as|ejidos|poblados)\s+(?:rurales|ind[ií]genas|serranas)"
                 r"\s+de\s*$"
                 r"|\b(?:staten|deelstaten|estados|states|gemeenten|municipios|steden|ciudades)\s*$"
                 # a place noun right before the name: "de gemeente San Miguel Totolapan", "la comunidad El Salto"
                 r"|\b(?:city|town|village|port|stad|dorp|ciudad|poblado|municipio|comunidad)\s*,\s*$"
                 # "comunidades pertenecientes al municipio Chínipas", "en el municipio Rioverde" (without "de")
                 r"|\b(?:el|al|del)\s+municipio\s*$"
                 r"|\b(?:(?:de|het|la|el|the)\s+)(?:[\w-]+\s+)?(?:gemeente|stad|dorp|gehucht|plaats|grensstad|havenstad|badplaats|"
                 r"comunidad|localidad|ranchería|ranchera|colonia|ejido|sindicatura|poblado|cabecera municipal|"
                 # "en calles de la alcaldía Iztapalapa", "la delegación Gustavo A. Madero": a borough of Mexico City
                 r"alcald[ií]a|delegaci[oó]n|"
                 r"town|village|hamlet|community|border city|port city)\s*$")
# Nouns saying the place is part of/near a town: precision 2.
PART_OF = (r"\b(?:hart|heart|centro|centre|center|omgeving|alrededores|inmediaciones|afueras|outskirts|"
           r"suburbs|buitenwijk\w*|wijk|buurt|colonia|barrio|crucero|neighbou?rhood|near|nabij|cerca|"
           r"zona metropolitana|metropolitan area|periferie|rand|carretera|autopista|salida|entrada|avenida|"
           r"calle|highway|snelweg|road|street|perif[eé]rico|libramiento|tramo|bulevar|boulevard|section|district|sector)\b")
# "escaparon con dirección al municipio de Amozoc, donde asesinaron a tres personas": where people
# went to is the place of the violence they did there (not of "donde han recibido apoyo").
WHERE_VIOLENCE_AFTER = (r",?\s+(?:donde|en\s+donde|where|waar)\s+(?:\w+\s+){0,4}?"
                        r"(?:asesin\w+|mat(?:aron|ó)|ejecut\w+|dispar\w+|atac\w+|bale\w+|acribill\w+|incendi\w+|"
                        r"quem\w+|secuestr\w+|killed|shot|attacked|murdered|opened\s+fire|set\s+fire|kidnapped|"
                        r"vermoord\w*|doodgeschoten|schoten|aangevallen|ontvoerd\w*|"
                        # ... or died: "llevada al Hospital General de la ciudad de Apizaco, donde falleció"
                        r"falleci\w*|muri[oó]|perdi[oó]\s+la\s+vida|died|overleed|stierf)")
# A number counting people who were not killed: "un muerto y dos heridos", "one dead and two wounded".
NOT_KILLED_AFTER = (r"\s+(?:\w+\s+){0,3}?(?:herid\w*|lesionad\w*|detenid\w*|capturad\w*|wounded|injured|hurt|arrested|"
                    r"detained|gewond\w*|gearresteerd\w*|ilesos?|unharmed|survived|sobreviv\w*)\b")
# Destinations: only flights and transport go "to" a place.
DESTINATION = (r"\b(?:naar|to|hacia|a|al|rumbo\s+a|con\s+destino\s+a)"
               r"(?:\s+(?:la|el|de|het|the|onder\s+meer|among\s+others|entre\s+otros|o\.a\.))*"
               # ... a resort named as such: "iban hacia el destino turístico de Ixtapa-Zihuatanejo"
               r"(?:\s+(?:destino\s+tur[ií]stico|balneario|tourist\s+(?:destination|resort)|resort|badplaats)"
               r"\s+(?:de|of|van)\s+(?:the\s+)?)?\s*$")
# The ways into a town are that town's: "bloquearon los accesos a Apatzingán", "roads into Apatzingán were blocked",
# "de toegangswegen naar Apatzingán" (no destination)
ACCESS_TO = (r"\b(?:accesos?|entradas?|access(?:es)?|entrances?|roads?\s+(?:leading\s+)?(?:in)?to|toegangswegen|toegangsweg|"
             r"toegang|ingangen|ingang)\s+(?:principal(?:es)?\s+)?(?:a|al|hacia|to|into|naar|tot)(?:\s+(?:la|el|the|het))?\s*$")
# Events that spread to a town happened there: "los cortes a la circulación se extendieron a Ixtapan de la Sal",
# "the blockades spread to", "de blokkades breidden zich uit naar"
SPREAD_TO = (r"\b(?:se\s+extendi(?:eron|[oó])|se\s+propag(?:aron|[oó])|spread|spreading|extended|breidden\s+zich\s+uit|"
             r"breidde\s+zich\s+uit)\s+(?:(?:hasta|also|ook|tambi[eé]n)\s+)?(?:a|al|hasta|to|into|naar|tot)(?:\s+(?:la|el|the|het))?\s*$")
# A part of a town someone was heading into is in that town: "una patrulla militar se dirigía hacia un sector del
# municipio Nueva Ciudad Guerrero" (when it was attacked there)
SECTOR_OF = (r"\b(?:hacia|into|to)\s+(?:un|una|a)\s+(?:sector|zona|parte|área|area|part)\s+(?:del|de\s+la|of\s+the)\s+"
             r"(?:municipio|municipality|ciudad|city)\s+(?:de\s+|of\s+)?$"
             # a road's kilometre at a town: "a la altura del kilómetro 171 de ciudad Victoria", "at kilometre 30 of"
             r"|\b(?:kil[oó]metro|km|kilometer|kilometre)\.?\s*\d{1,4}(?:[+.,]\d{1,3})?\s+(?:de|del|of|van)\s+"
             r"(?:la\s+|the\s+|de\s+)?(?:(?:ciudad|city|stad)\s+(?:de\s+|of\s+)?)?$")
# "no podían salir a hacer compras al municipio de X", "fled to the town of X": a place
# someone goes to or is brought to, even when a place noun stands before it.
DEPARTURE_TO = (r"\b(?:salir|sal[ií]an|huir|huyeron|huyendo|escapar(?:on)?|fled|flee|fleeing|escaped|"
                r"vluchtten|vluchten|gevlucht|"
                # "fueron trasladados a la ciudad de Monterrey", "were taken to the city of X": where
                # detainees or the wounded were brought, not where the event was
                r"trasladad[oa]s?|trasladaron|traslad[oó]|trasladarse|traslad[aá]ndose|llevad[oa]s?|transferred|flown|"
                r"transportad[oa]s?|transportaron|transport[oó]|trasportaron|transported|rushed|airlifted|"
                r"overgebracht|overgevlogen|vervoerd|"
                # "were traveling to the state capital of Culiacan when ...": where they were going
                r"travell?ing|travell?ed|heading|headed|se\s+dirig[ií]an|se\s+dirig[ií]a|viajaban|viajaba|"
                r"op\s+weg|onderweg|"
                # "desplazados ... regresaron nuevamente a la comunidad de Vallecitos de Zaragoza": where they went
                r"regresaron|regres[oó]|regresaban|"
                # "viajaba con su familia, con dirección a la ciudad de Monterrey": where they were going
                r"con\s+direcci[oó]n|en\s+direcci[oó]n|rumbo)\b"
                r"[^.;,]{0,40}?\b(?:a|al|hacia|to|naar)\s+(?:la\s+|el\s+|the\s+|het\s+|de\s+)?(?:\w+\s+){0,3}$")
# Where the wounded are treated and the dead are kept (HOSPITAL_TO, HOSPITAL_OF_BEFORE)
_MEDICAL_PLACES = (r"hospital(?:es)?|nosocomios?|cl[ií]nicas?|centros?\s+m[eé]dicos?|centros?\s+de\s+salud|"
                   r"medical\s+cent(?:er|re)s?|hospitals?|ziekenhuizen|ziekenhuis|semefo|morgue|mortuary|forensic\s+\w+|"
                   r"servicio\s+m[eé]dico\s+forense|anfiteatro|mortuarium")
# Where the wounded were taken: "15 heridos que ya han sido trasladados a los hospitales de Toluca y
# Morelia", "rushed to hospitals in X": no place of the event (a list after it goes with it).
# Detainees taken on to a town: "policías ... para hacerse cargo de los detenidos y trasladarlos a Xalapa", "the suspects
# were transferred to Mexico City": where they were taken, not where anything happened (lower-cased text)
DETAINEES_TO = (r"\b(?:detenid[oa]s|arrestad[oa]s|aprehendid[oa]s|capturad[oa]s|presuntos\s+delincuentes|sospechosos|reos|presos|"
                r"detainees|suspects|prisoners|arrested\s+men|verdachten|arrestanten)\b[^.;]{0,80}?\b(?:traslad\w*|llevad[oa]s|"
                r"llevarlos|llevarlas|remitid[oa]s|remitirlos|transferred|flown|taken|overgebracht|overgeplaatst)\s+"
                r"(?:a|al|hasta|hacia|to|naar)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+|la\s+capital\s+(?:del\s+estado\s+)?)?$")
HOSPITAL_TO = (r"\b(?:trasladad\w*|traslad[oó]|trasladaron|trasladan|llevad\w*|llevaron|ingresad\w*|taken|rushed|"
               # ("State police arrived in time to rescue the alleged thieves and transport them to hospitals in Oaxaca city")
               r"transport(?:ed|ing)?|"
               # bodies sent on: "Los cuerpos fueron enviados ... al Servicio Médico Forense en Guadalajara"
               r"envi(?:ad[oa]s?|ar(?:lo|la|los|las)?|aron|[oó])|remitid[oa]s|sent|"
               # where the wounded were treated: "fue atendido inicialmente en un centro médico del municipio de Matamoros"
               r"atendid[oa]s?|treated|behandeld|"
               # ... or found, wounded: "un hombre y una mujer fueron encontrados con heridas de bala en un hospital de Los
               # Mochis" (not a body found outside one)
               r"(?:encontrad|localizad|hallad)[oa]s?\s+(?:con\s+(?:heridas|lesiones)|herid[oa]s?|lesionad[oa]s?)|"
               r"found\s+(?:wounded|injured|with\s+(?:gunshot\s+|bullet\s+)?wounds)|"
               # where the wounded died later: "died later at a hospital in the state capital of Hermosillo"
               r"flown|transferred|overgebracht|gebracht|died\s+later|later\s+died|muri[oó]\s+m[aá]s\s+tarde|"
               # ... or died there: "another 14-year-old boy died in the general hospital of Cuautla"
               r"died\s+(?:in|at)|muri[oó]\s+en|falleci[oó]\s+en|overleed\s+in|"
               rf"overleed\s+later|later\s+overleed)\b[^.;]{{0,50}}?\b(?:{_MEDICAL_PLACES}|"
               # ... or a prison: "Trasladan a los seis detenidos en Tlaxcala a un Cefereso en Michoacán"
               r"cefereso|penal|reclusorio|penitenciar[ií]a|prisi[oó]n|c[aá]rcel|prison|jail|penitentiary|gevangenis)"
               # ... "el hospital general de Cuautla"
               r"(?:\s+(?:general|regional|civil|integral|comunitario|militar|naval|universitario|b[aá]sico))?"
               # ... its acronym after it: "del Servicio Médico Forense (SEMEFO) en la ciudad de Orizaba"
               r"(?:\s*\(\w+\))?"
               # ... its number and its institution: "a la clínica 28 del IMSS en Martínez de la Torre"
               r"(?:\s+(?:no\.\s*|n[uú]mero\s+)?\d{1,3})?(?:\s+(?:del|de\s+la|de)\s+(?:imss|issste|cruz\s+roja|pemex|sedena|ssa|"
               r"issemym|isssteson))?"
               # ... "al Servicio Médico Forense del Municipio de Ozuluama"
               r"\s+(?:de|del|in|of|van|en)\s+(?:the\s+|la\s+|el\s+)?(?:(?:state\s+)?capital\s+(?:city\s+)?of\s+|"
               r"(?:municipio|municipality|ciudad|city|town)\s+(?:de\s+|of\s+)?)?$"
               # Dutch puts the verb last: "Hij werd naar een ziekenhuis in Irapuato gebracht"
               r"|\bnaar\s+(?:een|het)\s+(?:\w+\s+)?(?:ziekenhuis|mortuarium|gevangenis)\s+(?:in|van)\s+(?:de\s+(?:gemeente|stad)\s+)?$"
               # where the wounded are being treated, no hospital named: "quien al momento se encuentra recibiendo
               # atención médica en la ciudad de Toluca", "receiving medical treatment in", "medisch behandeld in"
               r"|\b(?:recib\w+|recibe|reciben)\s+atenci[oó]n\s+(?:m[eé]dica|hospitalaria)\s+en\s+"
               r"(?:la\s+ciudad\s+de\s+|el\s+municipio\s+de\s+)?$"
               r"|\b(?:receiv\w+|getting|gets|got)\s+(?:medical\s+)?(?:treatment|care|attention)\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?$"
               r"|\b(?:medisch\s+)?behandeld\s+in\s+(?:de\s+stad\s+)?$")
# An authority named right after a town, with no comma between: "En Morelia la Fiscalía realizó cateos", "En
# Tijuana el Ejército detuvo a dos" (the capitalised run takes both)
AUTHORITY_WITHOUT_COMMA = (r"\s+(?:la|el|los|las)\s+(?=(?:Fiscal[ií]a|Marina|Polic[ií]a|Secretar[ií]a|Guardia|Ej[eé]rcito|"
                           r"Sedena|Semar|Procuradur[ií]a|Gobierno|Ayuntamiento|Cruz\s+Roja|Protecci[oó]n\s+Civil|FGR|PGR|"
                           r"Agencia|Direcci[oó]n|Comisi[oó]n|Coordinaci[oó]n|Fuerzas?|Agentes|Polic[ií]as|Militares|Soldados|"
                           r"Marinos)\b)")
# A place named as another one than the story's: "La misma ciudadanía ha reportado también detonaciones ... en el vecino
# municipio de Mocorito", "in the neighbouring town of X", "in het naburige X" (a sentence before it borrows no place
# from it)
NEIGHBOURING_PLACE_BEFORE = (r"(?i:\b(?:(?:vecin[oa]s?|aledañ[oa]s?|colindantes?)\s+(?:municipios?|ciudad(?:es)?|"
                             r"comunidad(?:es)?|poblados?|estados?)\s+(?:de\s+)?|(?:municipios?|ciudad(?:es)?|comunidad(?:es)?|"
                             r"poblados?|estados?)\s+(?:vecin[oa]s?|aledañ[oa]s?|colindantes?)\s+(?:de\s+)?|"
                             r"neighbou?ring\s+(?:towns?|city|cities|municipalit(?:y|ies)|states?|villages?)\s+(?:of\s+)?|"
                             r"(?:het\s+|de\s+)?(?:naburige|nabijgelegen)\s+(?:(?:gemeente|stad|dorp|staat)\s+)?))$")
# The town a settlement is said to lie in, right after its name: "Ciudad Morelos in Mexicali", "la comunidad X,
# en el municipio de Y", "X in de gemeente Y" (the gap between the two names)
# (Spanish "en" after a comma or before "municipio": Dutch "en" is "and", "in San José del Cabo en La Paz")
# (a word may describe the town: "en el municipio guerrerense de Heliodoro Castillo", "in the Guerrero
# municipality of")
IN_TOWN_AFTER = (r"(?:,\s*|\s+)in\s+(?:(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:city|town|municipality)\s+of\s+|de\s+gemeente\s+)?|"
                 r",\s*en\s+(?:(?:el\s+)?municipio\s+(?:[a-záéíóúñ]+\s+)?de\s+|la\s+ciudad\s+de\s+)?|"
                 r"\s+en\s+(?:el\s+)?municipio\s+(?:[a-záéíóúñ]+\s+)?de\s+|"
                 # "en la colonia Lomas de Santiago en la cabecera municipal de Tixtla"
                 r",?\s+en\s+la\s+cabecera\s+(?:municipal\s+)?de\s+")
# ... and plain "en" after a Spanish hamlet noun and its name ("la comunidad fronteriza de Ojo de Agua en Tepeji del
# Río"), never Dutch "en" (and): the words before the hamlet's name, then the gap
SPANISH_HAMLET_BEFORE = r"\b(?:comunidad|localidad|poblado|rancher[ií]a|ejido|congregaci[oó]n)\b[^,.;]{0,25}$"
IN_TOWN_AFTER_SPANISH_HAMLET = r"\s+en\s+"
# ... and a place said to lie in a town, whatever other town bears its name: "en la delegación de Cerro Azul, ubicado
# en la zona rural de Tecate" (not Veracruz's Cerro Azul), "located in the municipality of", "gelegen in de gemeente"
LOCATED_IN_TOWN_AFTER = (r",?\s+(?:ubicad[oa]s?|localizad[oa]s?|situad[oa]s?|located|situated|gelegen)\s+(?:en|in)\s+"
                         r"(?:(?:la\s+)?zona\s+(?:rural|urbana|serrana|norte|sur|oriente|poniente)\s+(?:de|del\s+municipio\s+de)\s+|"
                         r"(?:el\s+)?municipio\s+de\s+|the\s+(?:rural\s+(?:area|outskirts)\s+of\s+)?(?:municipality\s+of\s+)?|"
                         r"(?:het\s+landelijke\s+gebied\s+van\s+)?(?:de\s+gemeente\s+)?)")
# Where the displaced went: "los desplazados llegaron a la cabecera municipal de X", "families
# took refuge in X". The displacement happened where they left.
REFUGE_TO = (r"\b(?:desplazad\w+|displaced|refugiad\w+|evacuad\w+|ontheemd\w*|familias|families|gezinnen)\b[^.;]{0,60}?"
             r"\b(?:llegaron|arribaron|se\s+refugiaron|se\s+instalaron|arrived|took\s+refuge|sought\s+refuge|"
             r"(?:han|ha|habían)\s+encontrado\s+(?:resguardo|refugio)(?:\s+temporal)?|found\s+(?:refuge|shelter)|"
             r"onderdak\s+gevonden|"
             # where they live now: "Los desplazados que ahora viven en Culiacán", "the displaced now living in"
             r"(?:ahora\s+)?viven(?:\s+ahora)?|(?:now\s+)?(?:live|living)(?:\s+now)?|wonen\s+(?:nu\s+)?|"
             r"(?:est[aá]n|permanecen|se\s+encuentran)\s+(?:albergad\w+|refugiad\w+|alojad\w+)|"
             r"aankwamen|kwamen\s+aan|vonden\s+onderdak)\s+(?:a|al|en|in|at|to|naar|bij)\s+"
             r"(?:la\s+|el\s+|the\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,3}?(?:de\s+|of\s+|van\s+)?$"
             # Dutch puts the verb last: "De ontheemde gezinnen die nu in Culiacán wonen"
             r"|\b(?:ontheemd\w*|gevlucht\w*|vluchtelingen|gezinnen|families)\b[^.;]{0,60}?\b(?:die|dat)\s+(?:nu|inmiddels)\s+"
             r"(?:in|bij)\s+(?:de\s+|het\s+)?(?:stad\s+|plaats\s+)?$"
             # where anyone took refuge, whoever the subject: "Unas se refugiaron en la ciudad Culiacán"
             r"|\b(?:se\s+refugiaron|se\s+refugi[oó]|refugiarse|se\s+guarecieron|guarecerse|took\s+refuge|"
             r"sought\s+refuge|(?:are\s+|were\s+)?(?:seeking|sought|took|taking|found)\s+shelter|buscan\s+refugio|"
             r"buscaron\s+refugio|vonden\s+onderdak|vluchtten)\s+(?:de\s+igual\s+forma\s+|tambi[eé]n\s+|also\s+)?"
             r"(?:a|al|en|in|at|to|naar|bij)\s+(?:nearby\s+|cercan[oa]\s+)?"
             r"(?:la\s+|el\s+|the\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,3}?(?:de\s+|of\s+|van\s+)?"
             # ... and the town the refuge lies in: "para refugiarse en el poblado de Río Santiago, ubicado en Atoyac"
             r"(?:[\w-]+(?:\s+[\w-]+){0,3},\s+(?:ubicad[oa]|situad[oa]|located|gelegen)\s+(?:en|in)\s+"
             r"(?:el\s+municipio\s+de\s+|the\s+municipality\s+of\s+)?)?$")
# "headed for a private meeting in Soto La Marina", "se dirigían a una reunión en X", "op weg
# naar een bijeenkomst in X": where someone was going when the event happened on the way.
# Where people fled to: "the cartel gunmen fled to Tamaulipas", "huyeron hacia Sinaloa", "vluchtten naar
# Sonora": never the place of what they fled (a bare name; "fled to the town of X" is DEPARTURE_TO's).
FLED_TO = (r"\b(?:fled|flee|flees|fleeing|escaped|huyeron|huy[oó]|huir|huyendo|escaparon|escap[oó]|escapar|"
           r"(?:se\s+)?(?:dieron|dio|daban|daba|dar|darse)\s+a\s+la\s+fuga|se\s+fugaron|se\s+fug[oó]|"
           r"vluchtten|vluchtte|gevlucht|ontkwamen)\s+(?:back\s+|again\s+|de\s+nuevo\s+|terug\s+)?"
           r"(?:to|into|towards?|a|al|hacia|rumbo\s+a|naar)\s+(?:the\s+|la\s+|el\s+|het\s+|de\s+)?(?:neighbou?ring\s+|"
           r"vecino\s+)?(?:(?:state|estado|staat|deelstaat)\s+(?:of\s+|de\s+|van\s+)?)?$")
TRAVEL_FOR = (r"\b(?:headed|heading|travell?ing|on\s+(?:their|his|her)\s+way|en\s+route|se\s+dirig[ií]an?|"
              # ("viajaban a bordo de una motocicleta en Zitácuaro": on board, not bound for)
              r"viajaban?|iban|op\s+weg|onderweg)\s+(?:to|for|a(?!\s+bordo\b)|al|hacia|naar)\b[^.;,]{0,40}?\b(?:in|at|en|op)\s+"
              r"(?:la\s+|el\s+|the\s+|de\s+|het\s+)?$"
              # ... or whom they went to see: "driving from the U.S. to visit family in Michoacán", "para visitar a sus
              # familiares en"
              r"|\b(?:to\s+visit|para\s+visitar(?:\s+a)?)\s+(?:\w+\s+){0,3}?(?:in|en)\s+$"
              # ... or where they had been before: "quienes habían asistido a evento privado en Puerto Peñasco", "who had
              # attended a party in"
              r"|\b(?:hab[ií]an?\s+(?:asistido|acudido)|had\s+(?:been\s+)?attend(?:ed|ing))\s+(?:\w+\s+){0,4}?(?:in|en)\s+$")
# "estados vecinos como", "toeristenplaatsen als", "cities such as", "including".
PLACE_EXAMPLES = (r"(?:\b(?:estados?|staten|states|ciudades|steden|cities|municipios|gemeenten|municipalities|"
                  r"destinos|plaatsen|places|toeristenplaatsen|towns|pueblos|localidades|areas|zonas|"
                  r"regiones|regions|regio's|gebieden|comunidades|communities|poblaciones|dorpen|villages)"
                  # "municipios como", "otros municipios del Estado, como", "towns in the state such as"
                  r"(?:\s+[\w-]+){0,3}?,?\s+(?:como|als|zoals|such\s+as|like)|\bincluding|\bincluid[oa]s?|"
                  r"\bincluyendo|\bwaaronder|\binclusief"
                  r"|\b(?:incluid[oa]s?|including|waaronder)\s+(?:in\s+)?(?:la|el|the|de|het)\s+(?:capital|hoofdstad|"
                  r"ciudad|city|stad|puerto|port)\s*,?"
                  # "los municipios afectados son A, B y C", "the towns affected were A and B", "afectados: A, B"
                  r"|\b(?:estados|staten|states|ciudades|steden|cities|municipios|gemeenten|municipalities|towns|"
                  r"localidades|lugares|plaatsen|places|zonas|areas)\b[^.;]{0,80}?\b(?:son|fueron|are|were|zijn|waren)"
                  r"|\b(?:afectad[oa]s|affected|getroffen)\s*:"
                  # a list its places' noun opens with a colon: "se registraron en 14 municipios de la entidad: A, B, C"
                  r"|\b(?:estados|ciudades|municipios|localidades|comunidades|poblaciones|states|cities|municipalities|"
                  r"towns|communities|staten|steden|gemeenten|plaatsen)\b[^.;:]{0,40}:"
                  # ... or, counted, with a semicolon: "Two homicides occurred in four municipalities; Pénjamo, ..."
                  r"|\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|"
                  r"nueve|diez|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:municipios|municipalities|gemeenten|"
                  r"towns|ciudades|cities|steden|localidades|comunidades|communities)\s*;)\s*$")
# "en diferentes puntos de Querétaro", "in various parts of the state of X", "op verschillende
# plaatsen in X": events spread over towns a following sentence may list.
SPREAD_OVER = (r"\b(?:diferentes|distintos|distintas|varios|varias|diversos|diversas)\s+(?:puntos|partes|municipios|"
               r"zonas|lugares|sitios|regiones)\s+(?:de(?:l)?|en)\s+(?:la\s+|el\s+)?(?:estado\s+de\s+)?$"
               r"|\b(?:various|several|different|multiple)\s+(?:parts|points|places|locations|areas|towns|municipalities)\s+"
               r"(?:of|in|across)\s+(?:the\s+)?(?:state\s+of\s+)?$"
               r"|\b(?:verschillende|diverse|meerdere)\s+(?:delen|plaatsen|locaties|gebieden|gemeenten)\s+(?:van|in)\s+"
               r"(?:de\s+)?(?:(?:deel)?staat\s+)?$")
# Events spread over the state the story is in, named by a noun: "en diversos puntos de la entidad".
SPREAD_OVER_STATE = (r"\b(?:diferentes|distintos|distintas|varios|varias|diversos|diversas)\s+(?:puntos|partes|municipios|"
                     r"zonas|lugares|sitios|regiones)\s+de\s+la\s+entidad\b"
                     r"|\b(?:various|several|different|multiple)\s+(?:parts|points|places|locations|areas|towns|"
                     r"municipalities)\s+(?:of|in|across)\s+the\s+state\b(?!\s+of\b)"
                     r"|\b(?:verschillende|diverse|meerdere)\s+(?:delen|plaatsen|locaties|gebieden|gemeenten)\s+van\s+de\s+"
                     r"(?:deel)?staat\b")
# Weak context: "of/van/de" — used only when a sentence has no strongly placed name.
WEAK_CONTEXT = r"\b(?:van|of|de|del)(?:\s+(?:la|el|het|the))?\s*$"
# English names the force or office a town owns before it ("Tijuana police", "the Salamanca city
# government"), where Spanish and Dutch say "la policía de Tijuana", "de politie van Tijuana": as weak
# a context as their "de"/"van".
AUTHORITY_AFTER_NAME = (r"\s+(?:city\s+|municipal\s+|local\s+)?(?:police(?:\s+chief)?|policemen|officials|authorities|"
                        r"government|hall|council|mayor|prosecutors?|public\s+security)\b")
# Between two names of one list.
LIST_WORDS = frozenset(""",  ; / ( en y e and or o of as well así como además evenals alsmede ook also también
de het el la los las the del van crucero municipio municipios ciudad alrededores zona stad gemeente city town
municipality including incluido incluida incluidos incluyendo waaronder inclusief zoals such like posteriormente
luego después later daarna then a al in to naar areas parts partes zonas delen gebieden áreas omgeving
inmediaciones outskirts afueras near nabij cerca entre tussen between other otros otras otro andere more más
municipalities states estados staten cities ciudades steden towns sindicatura sindicaturas comunidad comunidades
localidad localidades poblado cabecera municipal village villages dorp dorpen
neighboring neighbouring nearby naburige naburig nabijgelegen vecino vecina vecinos vecinas""".split())
# Words that put a place near another rather than in it (both patterns below).
NEAR_WORDS = (r"near|nabij|bij|vlakbij|vlak\s+bij|in\s+de\s+buurt\s+van|niet\s+ver\s+van|cerca\s+del?|muy\s+cerca\s+del?|"
              r"no\s+lejos\s+del?|close\s+to|not\s+far\s+from|junto\s+a|outside|buiten|(?:on\s+the\s+)?outskirts\s+of|"
              r"(?:a\s+)?las\s+afueras\s+del?|aan\s+de\s+rand\s+van")
# "de Cadereyta-gevangenis nabij Monterrey": right after a place, "near X" says where that place is.
# ... and a bearing from it: "the community of Cedros, north of Manzanillo", "a 15 km al sur de Mazatlán"
DIRECTION_OF = (r"(?:(?:some|about|unos|a)\s+)?(?:\d+\s*(?:km|kilometers|kilometres|kil[oó]metros|miles)\s+)?"
                r"(?:(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|"
                r"al\s+(?:norte|sur|oriente|poniente|este|oeste|noreste|noroeste|sureste|suroeste)\s+del?|"
                r"ten\s+(?:noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten)\s+van)")
# A Spanish bearing set off by a comma with no distance says which part of a town a place lies in: "en el parque
# del Malecón, al norte de Tapachula", "en la colonia Adolfo de la Huerta, al sur de Hermosillo" (but "a 15 kilómetros
# al sur de Mazatlán" and "Gustavo Díaz Ordaz, al poniente de Reynosa", a town beside a town, are references).
PART_BEARING_BEFORE = (r",\s+al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|oriente|poniente|"
                       r"surponiente|suroriente|norponiente|nororiente)\s+de\s+(?:la\s+ciudad\s+de\s+)?$")
NEAR_GAP = (rf"^(?:-\w+)?\s*,?\s*(?:(?:is|lies|ligt)\s+)?(?:(?:just|right|very|quite|justo|muy|vlak|"
            rf"heel)\s+)?(?:{NEAR_WORDS}|{DIRECTION_OF})\s+"
            r"(?:the\s+|la\s+|el\s+|het\s+|de\s+)?"
            # "near the crime-plagued port of Coatzacoalcos", "cerca de la cabecera municipal de"
            r"(?:(?:[\w-]+\s+){0,2}?(?:port|city|town|village|municipality|capital|resort|puerto|ciudad|municipio|balneario|"
            r"cabecera(?:\s+"
            r"municipal)?|poblado|haven|havenstad|stad|gemeente|plaats)\s+(?:of|de|del|van)\s+(?:the\s+|la\s+|el\s+)?|"
            # ... a Spanish settlement noun without "de": "al sur del poblado Valadeces"
            r"(?:poblado|ejido|comunidad|localidad)\s+)?$")
# Before a town a record is placed near, not in ("a police convoy near Mexico City", "een
# toeristenoord nabij Cancun"): only such a record is rough enough for a later event place to move.
NEAR_BEFORE = rf"(?i:\b(?:{NEAR_WORDS})\s+(?:[\w-]+\s+){{0,3}}$)"
# "San Nicolás, a city in the Monterrey metropolitan area", "Tonalá, un municipio vecino de
# Guadalajara", "Zapopan, een voorstad van Guadalajara": an apposition that says where the
# place before it lies; the name it ends with is a reference, not a second place.
APPOSITION_GAP = (r"^\s*,\s*(?:a|an|one|una?|een)\s+(?:[\w-]+\s+){0,2}?(?:city|town|suburb|municipality|community|"
                  r"village|port|ciudad|municipio|poblado|localidad|comunidad|puerto|stad|gemeente|plaats|dorp|"
                  # ... its size between: "Naucalpan, a sprawling suburb of 775,000 inhabitants on the northwest edge of"
                  r"voorstad|buitenwijk|havenstad)\s+(?:(?:of|with|de|con|van|met)\s+(?:about\s+|some\s+|more\s+than\s+|unos\s+|"
                  r"m[aá]s\s+de\s+|ruim\s+)?[\d.,]+\s+(?:inhabitants|people|residents|habitantes|inwoners)\s+)?(?:[\w-]+\s+)?"
                  r"(?:on\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts|fringes?)\s+of|in|of|near|outside|next\s+to|en|de|del|cerca\s+de|"
                  r"junto\s+a|vecin[oa]\s+(?:a|de)|conurbad[oa]\s+(?:a|con)|bij|nabij|van|naast|onder\s+de\s+rook\s+van)\s+"
                  r"(?:the\s+|la\s+|el\s+|het\s+|de\s+)?(?:zona\s+metropolitana\s+de\s+|área\s+metropolitana\s+de\s+)?$")
# "taken to Culiacán, the capital of Sinaloa": the state says which town; it is no place of its own
CAPITAL_APPOSITION_GAP = (r"^\s*,\s*(?:the\s+|la\s+|de\s+)?(?:state\s+)?(?:capital|hoofdstad)\s+(?:of|de|del|van)\s+"
                          r"(?:the\s+state\s+of\s+|(?:el\s+)?estado\s+de\s+|de\s+(?:deel)?staat\s+)?$")
# "Tepeyahualco de Hidalgo —en la zona de Libres—", "Tepeyahualco, en la región de Libres": a region
# named after a town, set after a place, says where that place lies; the town is a reference.
REGION_GAP = (r"^\s*(?:,|—|–|\()\s*(?:en\s+|in\s+)?(?:la\s+|the\s+|de\s+|het\s+)?(?:zona|regi[oó]n|region|area|"
              r"[aá]rea|comarca|streek|regio)\s+(?:de|del|of|van)\s+(?:la\s+|el\s+|the\s+)?$")
# "en la colonia Cactus, perteneciente a Soledad de Graciano Sánchez": the town a place the gazetteer
# lacks belongs to, so the event's (precision 2), not a destination.
# The second of two sides of a clash between places, after one the gazetteer may lack: "un enésimo enfrentamiento
# entre San Juan Bosco Chuxnabán y San Miguel Quetzaltepec" (the first is placed by "entre" itself).
# (the sides' names capitalised: case-insensitive only around them)
CLASH_BETWEEN_AND = (r"(?i:(?:enfrentamientos?|conflicto|choques?|pugna|disputa|confrontaci[oó]n)\s+(?:(?:agrario|armado|"
                     r"violento)\s+)?entre\s+(?:(?:los\s+)?(?:pueblos|comunidades|comuneros|habitantes|pobladores)\s+de\s+)?)"
                     r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+(?:de\s+|del\s+|la\s+)?){1,5}(?:y|e)\s+(?:(?:los\s+)?de\s+)?$")
BELONGING_TO = (r"\b(?:pertenecientes?\s+al?|belonging\s+to|behorend(?:e)?\s+(?:bij|tot))\s+"
                r"(?:(?:el\s+)?municipio\s+de\s+|(?:la\s+)?alcald[ií]a\s+|the\s+municipality\s+of\s+|the\s+|de\s+gemeente\s+)?$")
# "Guadalupe Victoria, perteneciente a Magdalena Jaltepec": the first place lies in the
# second, which is the one the gazetteer can place (precision 2).
SUBPLACE_GAP = (r"^\s*,?\s*(?:perteneciente\s+al?(?:\s+municipio\s+de)?|(?:del|en\s+el)\s+municipio\s+de|"
                # an apposition: "Ciudad Morelos, una de las grandes comunidades del Valle de Mexicali"
                r"una\s+de\s+las\s+(?:\w+\s+)?(?:comunidades|localidades|poblaciones)\s+(?:m[aá]s\s+\w+\s+)?"
                r"(?:del\s+(?:valle|municipio)\s+de|de)|one\s+of\s+the\s+(?:\w+\s+)?(?:communities|towns|villages)\s+"
                r"(?:of|in)\s+(?:the\s+(?:\w+\s+)?(?:valley|municipality)\s+of\s+|the\s+)?|"
                r"(?:primera|segunda|tercera|cuarta|quinta|\d+a\.?)\s+secci[oó]n\s+(?:de|del\s+municipio\s+de)|"
                r"municipio\s+de|in\s+the\s+municipality\s+of|municipality\s+of|(?:in\s+)?de\s+gemeente|"
                r"gemeente|belonging\s+to|(?:in\s+)?(?:the\s+)?(?:\w+\s+)?(?:state|estado|staat|deelstaat)\s+(?:of|de|van)?)\s*$")
# "en el cruce con la calle Sierra de Tapalpa": a street named "Word de Town" (one word before "de") is no town
STREET_NOUN_BEFORE = r"\b(?:calles?|avenidas?|av\.|calzada|bulevar|boulevard|blvd\.|privada|andador|cerrada)\s+$"
STREET_HEAD_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’]*\s+(?:de|del|de\s+la)\s+$"
# "los hechos registrados en la región del Istmo de Tehuantepec": a region's name, not its town.
REGION_NOUN_BEFORE = r"\b(?:regi[oó]n|region|regio|zona|istmo)\s+(?:del?\s+|of\s+|van\s+)?(?:\w+\s+(?:de|of|van)\s+)?$"
# "in the northern state of": the words that say the next name is a state.
STATE_NOUN = r"\b(?:state|estado|staat|deelstaat)\b"
# "la colonia Oaxaca", "fraccionamiento Jalisco": a neighbourhood named after a place is not that place.
NEIGHBOURHOOD_BEFORE = (r"\b(?:colonia|col\.|fraccionamiento|fracc\.|barrio|unidad habitacional|residencial|calle|avenida|zona)\s+$"
                        r"|\b(?:el|un|del)\s+barrio\s+de\s+$"  # "el barrio de Tlaxcala" in San Luis Potosí
                        r"|\b(?:in|at)\s+the\s+neighbou?rhood\s+of\s+$|\bde\s+wijk\s+$")  # "a raid in the neighborhood of Morelos"
# (Tepito), but "the Benito Juárez neighborhood of Culiacán" is in Culiacán
# "the Atasta neighborhood in Villahermosa": a neighbourhood's name, the noun after it.
# ("in Praderas de San Juan colony", "in Fovissste and Niños Heroes colonies": the press's English for colonia)
_NAME_WORDS = r"(?-i:[A-ZÁÉÍÓÚÑ])[\w'’]*(?:\s+(?:de\s+|del\s+|la\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w'’]*){0,3}"
NEIGHBOURHOOD_AFTER = (r"\s+(?:neighbou?rhood|district|suburb|section|wijk|buurt|streets?|avenues?|boulevard|colony|colonies)\b"
                       # a list of them: "in the Obrera, La Paz, Plan de Ayala neighborhoods"
                       rf"|(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|y|en)\s+){_NAME_WORDS})+\s+"
                       r"(?:neighbou?rhoods|districts|suburbs|colonies|wijken)\b"
                       # "in the Mariano Escobedo area in western Juárez": a part of the town named after it
                       r"|\s+area\s+(?:in|of)\s+(?:(?:north|south|east|west)\w*\s+)?(?=[A-ZÁÉÍÓÚÑ])")
# Nouns for places below a municipality: a name after them is never a whole municipality elsewhere.
LOCALITY_NOUNS = (r"\b(?:rancher[ií]as?|rancheras?|comunidad(?:es)?|localidad(?:es)?|poblados?|ejidos?|caser[ií]os?|"
                  r"hamlets?|villages?|community|communities|gehuchten|gehucht|dorpen|dorp|gemeenschap(?:pen)?)"
                  # "la comunidad rural de Guerrero": an adjective between
                  r"(?:\s+(?:rural|rurales|ind[ií]genas?|serranas?|serranos?|cercanas?|cercanos?|vecinas?|vecinos?))?"
                  r"\s+(?:de\s+|of\s+|van\s+)?(?:(?:las|los|the|de)\s+)?$")
# "Editor's Note: Breitbart Texas traveled to the Mexican States of Tamaulipas, Coahuila, and Nuevo León
# to recruit citizen journalists": a paragraph about the outlet, never about the story (its states
# would settle the story's homonyms).
EDITORS_NOTE = (r"(?im)^[ \t]*(?:editor['’]s\s+note|note\s+from\s+the\s+editor|nota\s+del?\s+(?:editor|la\s+redacci[oó]n)|"
                r"noot\s+van\s+de\s+redactie)\s*:[^\n]*")
# "Cadereyta-gevangenis": a place name joined to a facility noun is that place.
FACILITY_SUFFIXES = ("gevangenis", "luchthaven", "ziekenhuis", "kazerne", "haven",
                     "provincie", "deelstaat", "regio")  # "de Guanajuato-provincie": the state
# "Tapalpa, Jalisco", "Puerto Vallarta in Jalisco", "La Piedad (Michoacán)": a qualifying state.
QUALIFIER_GAP = (r"^\s*(?:,|\()?\s*(?:(?:in|en|em)\s+)?(?:(?:de|het|el|la|the)\s+)?(?:(?:staat|deelstaat|estado|state|"
                 r"naburige|vecino|neighbou?ring)\s+)*(?:(?:de|of|van)\s+)?$")

# ---------------------------------------------------------------- places: traps
# Each pattern marks a span of the sentence in which no name may become an incident place.
_CAP = r"[A-ZÁÉÍÓÚÑ][\w’'.-]*"
_CAPS = rf"{_CAP}(?:\s+(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|del\s+|de\s+|y\s+)?{_CAP}){{0,4}}"
# a settlement noun before a road's end: "la carretera que va de la comunidad El Tule a la cabecera municipal de
# Encarnación de Díaz" (a municipality's name at the start says where the road runs: "la carretera que va del municipio de
# Pinos a la comunidad de Santiago" is in Pinos)
_SETTLEMENT_NOUN = (r"(?i:(?:la\s+|el\s+|the\s+)?(?:comunidad|poblado|localidad|ranchería|ejido|village|community)\s+"
                    r"(?:de\s+|del\s+|of\s+)?)")
_TOWN_NOUN = r"(?i:(?:la\s+|el\s+|the\s+)?(?:ciudad|cabecera\s+municipal|municipio|town|city)\s+(?:de\s+|del\s+|of\s+)?)"
# a road's designation between its noun and what it does: "federal número 23,", "estatal 200", "No. 15", "Highway 2,"
_ROAD_NUMBER = r"(?:\s+(?:federal|estatal|libre|de\s+cuota|n[uú]mero|no\.|núm\.|[0-9]+[a-z]?))*,?"
_EN_TIME_WORDS = ("(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_DISTANCE_UNIT = r"(?:km|kms|kil[oó]met\w*|miles|millas|mijl)"  # "a 80 kilómetros de", "50 miles from"
# ... and how many: ten or more, in figures or words (the distance traps below)
_DISTANCE_NUMBER = (r"(?:\d{2,}[\d.,]*|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|diez|veinte|"
                    r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|tien|twintig|dertig|veertig|vijftig|"
                    r"zestig|zeventig|tachtig|negentig|honderd)\w*)")
# "a stretch of border 50 miles east of Ciudad Juarez", "a 30 kilómetros de Culiacán": a distance told from a town the
# readers know (its name in group 1; a bearing may stand between, and the other unit in brackets)
DISTANCE_FROM_TOWN = (rf"\b\d[\d,.]*\s*{_DISTANCE_UNIT}\.?\s+(?:\([^)]{{1,25}}\)\s+)?"
                      r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|"
                      r"al\s+(?:norte|sur|este|oeste|oriente|poniente)|ten\s+(?:noorden|zuiden|oosten|westen))\s+)?"
                      r"(?:of|from|de|del|van)\s+(?:the\s+(?:city|town)\s+of\s+|la\s+ciudad\s+de\s+)?"
                      r"([A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]*){0,3})")
# A cheap word test per trap: the trap's regex runs only when one of its anchor
# substrings occurs in the lower-cased sentence, for speed.
# Plain substrings of the lower-cased sentence (str "in" is far faster than a regex).
_A_CARTEL = ("cartel", "cártel", "kartel", "generati", "generaci", "zetas", "gulf", "golfo")
_A_TITLE = ("gouverneur", "burgemeester", "gobernador", "governor", "gov.", "alcalde", "mayor", "fiscal", "secretar",
            "procurador", "gobierno", "government", "regering", "minister", "senador", "senator", "diputad",
            "congres", "attorney", "prosecutor")
# "of the Gulf Cartel", "del grupo delictivo Los Zetas": whose boss
_OF_A_CARTEL = (r"\s+(?:of|de|del|van)\s+(?:the\s+|los\s+|la\s+|el\s+|de\s+)?(?:[\w-]+\s+){0,3}?(?:cartel|c[aá]rtel|kartel|gang|"
                r"zetas|family|familia|organi[sz]ation|organizaci[oó]n)")
_A_MEDIA = ("reforma", "milenio", "informador", "universal", "jornada", "excélsior", "excelsior", "financiero",
            "proceso", "político", "post", "el norte", "debate", "noroeste", "ríodoce", "zeta", "siglo",
            "economista", "vanguardia", "razón", "infobae", "televisa", "azteca", "aristegui", "fórmula", "radio",
            "pulso", "sol de", "diario", "heraldo", "mañana de", "imparcial", "dictamen", "occidental", "voz de",
            "prensa", "crónica")
_A_ROAD = ("carretera", "autopista", "libramiento", "salida", "entrada", "avenida", "av.", "calle", "calzada",
           "bulevar", "boulevard", "blvd", "paseo", "camino", "highway", "snelweg", "perif", "tramo", "cruce",
           "cuota", "road", "street", "avenue", "vialidad", "mateos", "héroes", "heroes", "insurgentes", "cárdenas", "tabachines")
# A person's honorific: the name after it is a surname ("del doctor Guerrero", "Mr. Guerrero").
HONORIFIC = (r"(?:\b(?:doctora?|licenciad[oa]|ingenier[oa]|profesora?|maestr[oa]|señora?|don|doña)|\b(?:Dr|Dra|Lic|Ing|Prof|Mr|"
             r"Mrs|Ms)\.)")
_A_HONORIFIC = ("doctor", "licenciad", "ingenier", "profesor", "maestr", "señor", "don", "doña", "dr.", "dra.", "lic.",
                "ing.", "prof.", "mr.", "mrs.", "ms.")
_A_REFERENCE = ("ten noord", "ten zuid", "ten oost", "ten west", "norte de", "sur de", "este de", "oeste de",
                "oriente de", "poniente de", "th of", "st of", "naast", "next to", "junto a", "vecino a",
                "ambassade", "embassy", "embajada", "consula")
_A_PLATES = ("plate", "placa", "matrícula", "matricula", "kenteken", "nummerpla")
_A_BIO = ("lives", "lived", "living", "resides", "resided", "oorspronkelijk", "afkomstig", "geboren", "opgegroeid", "originari", "oriund", "nativ", "nacid", "naci", "rígen",
          "rigen", "roots",
          "born", "native", "hail", "grew", "opereert", "actief", "operate", "operating", "based", "gevestigd", "basis",
          "opera desde", "sede", "presencia", "presence", "aanwezigheid", "bolwerk", "stronghold", "basti", "feudo",
          "domicilio", "residencia", "residente", "residence", "woonachtig", "encarga", "in charge", "verantwoordelijk")
_A_SPEECH = ("said", "told", "stated", "zei", "zegt", "verklaarde", "dijo", "declar", "afirm", "señal",
             "conference", "persconferentie", "conferencia", "mañanera", "mananera")


# a neighbour's side after its name: "which borders the state of Zacatecas to the north", "colinda con Jalisco al sur"
_TO_THE_SIDE = r"(?:,?\s+(?i:to\s+the|al)\s+(?i:north|south|east|west|northeast|northwest|southeast|southwest|norte|sur|este|oeste|oriente|poniente|noreste|noroeste|sureste|suroeste))?"


@dataclass(frozen=True)
class Trap:
    """A span of a sentence in which no name may become an incident place.

    ``pattern`` is regular-expression source; it runs only when one of ``anchors`` (plain
    lower-case substrings) occurs in the sentence, for speed. ``ignore_case`` matches it
    case-insensitively. ``name_before``: the capitalised name right before a match is
    trapped with it ("Jalisco New Generation Cartel", "Jalisco-gouverneur")."""
    kind: str
    pattern: str
    anchors: tuple[str, ...]
    ignore_case: bool = False
    name_before: bool = False


# A neighbouring state narrowed to one of its towns: "con el Estado de México, específicamente el municipio de Jilotepec"
_NEIGHBOUR_NARROWED = (rf"(?:\s*,\s*(?i:espec[ií]ficamente|concretamente|en\s+particular|precisamente)\s+(?i:con\s+)?"
                       rf"(?i:el\s+municipio\s+de\s+|la\s+ciudad\s+de\s+)?{_CAPS})?")
# Roads between towns, not streets in one: the towns such a road is named after or joins are no event places
HIGHWAY = (r"\b(?:carreteras?|autopistas?|libramiento|brecha|tramo|camino|v[ií]a|ruta|route|vialidad(?:es)?|highways?|roads?|freeway|"
           r"expressway|snelwegen|snelweg|rijksweg|weg)\b")
NAME_BEFORE_RE = rf"{_CAPS}\s*$"
# A person named before "and N of his ...": "killing Pérez Luna and seven of his sicarios", "asesinaron a Juan
# Pérez y a dos de sus escoltas", "doodden Juan Pérez en drie van zijn lijfwachten": the named one counts one.
# ... a withheld surname and an alias in quotes too: "Marcos “N” alias “El Tigres” y dos de sus empleados"
_QUOTED = r"[“\"«][^”\"»]{1,30}[”\"»]"
NAMED_PERSON_AND_HIS = (rf"(?P<one>{_CAP}(?:\s+(?:{_CAP}|{_QUOTED}))+(?:,?\s+(?:alias|a\.k\.a\.|aka)\s+{_QUOTED})?)\s*,?\s+"
                        r"(?:and|y|e|en)\s+(?:a\s+)?"
                        r"(?=[\w-]+\s+(?:of\s+(?:his|her|their)|de\s+sus|van\s+(?:zijn|haar|hun))\b"
                        # ... and a named person's kin: "General Ricardo Nino Villarreal and his wife were killed"
                        rf"|(?:his|her|su|zijn|haar)\s+(?:[\w-]+\s+)?(?:{KIN})\b)")

# "Uscanga and four others", "Ricardo Martínez and three other state officials", "Gómez y otros cuatro", "Pérez en
# vier anderen": the person named before the others counts one
# ... also "Virginia N and two female employees", and one of kin: "Juan Jiménez y su hijo Silvano"
NAMED_PERSON_AND_OTHERS = (rf"(?P<one>{_CAP}(?:\s+{_CAP})*)\s*,?\s+(?:and|y|e|en)\s+(?:a\s+)?(?:otr[oa]s\s+)?"
                           r"(?=[\w-]+\s+(?:others\b|other\s+(?:[\w-]+\s+){0,2}?(?:people|persons|men|women|officers|"
                           r"officials|agents|victims|policemen|soldiers|gunmen|companions|bodyguards|escorts)\b|anderen\b|"
                           r"andere\s+(?:[\w-]+\s+)?(?:mensen|mannen|agenten|slachtoffers)\b|(?:personas|hombres|mujeres|"
                           r"polic[ií]as|agentes|escoltas|acompañantes|v[ií]ctimas)\b|m[aá]s\b|"
                           r"(?:[\w-]+\s+)?(?:employees|workers|relatives|friends|companions|bodyguards|empleados|empleadas|"
                           r"trabajadores|familiares|amigos|werknemers|familieleden|vrienden)\b)|(?<=otros\s)|(?<=otras\s)|"
                           rf"(?:su|his|her|zijn|haar)\s+(?:[\w-]+\s+)?(?:{KIN})\b)")

# The town a person is of, between that person and the next counted group: "the mayor of the city of
# San Juan Mixtepec and a municipal police officer", "el alcalde de Tacámbaro y dos de sus escoltas"
OFFICE_OF_TOWN = (rf"\s+(?:of|de|del|van)\s+(?:the\s+(?:city|town|municipality)\s+of\s+|la\s+ciudad\s+de\s+|"
                  rf"el\s+municipio\s+de\s+|de\s+(?:stad|gemeente)\s+|(?:la|the|de|het)\s+(?=[A-ZÁÉÍÓÚÑ]))?{_CAPS}"
                  # ... and its state: "el director de la Policía de Caborca, Sonora, y su esposa"
                  rf"(?:,\s*{_CAP}(?:\s+{_CAP})?)?(?=\s*,?\s+(?:and|y|e|en)\s)")

# "op het schiereiland Yucatán", "the Yucatan peninsula": three states, so no event place of its own (an
# article that names no other place still takes the state Yucatán for it).
PENINSULA_BEFORE = r"(?i:\bschiereiland\s+|\bpen[ií]nsula\s+(?:de\s+)?)(?P<place>Yucat[aá]n)\b"
PENINSULA_AFTER = r"\b(?P<place>Yucat[aá]n)(?=\s+[Pp]eninsula\b)"

# "in a Guadalajara bar", "on a busy Guadalajara intersection": a place of the town named before it
# (IN_A_BEFORE the words before the name, PLACE_NOUN_AFTER_NAME the noun after it).
IN_A_BEFORE = r"\b(?:in|at|on|outside|inside|from|near|under|off|behind)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}$"
# "near the town hall of Mante": a preposition of place, before a short name known only in the story's states.
PLACE_PREPOSITION_BEFORE = r"\b(?:in|en|of|de|del|near|at|van|bij|to|a)\s+$"
PLACE_NOUN_AFTER_NAME = (r"\s+(?:bar|restaurant|nightclub|club|cantina|hotel|motel|store|shop|market|intersection|street|"
                         r"neighbou?rhood|suburb|highway|home|house|ranch|school|church|park|square|plaza|bridge|overpass|"
                         r"boulevard|avenue|hospital|prison|jail|mall|beach|airport|stadium|cemetery|warehouse|"
                         r"apartment|residence|bakery|gas\s+station|bus\s+station|car\s+wash|parking\s+lot)\b")
_VENUE = r"(?:bar|restaurant|nightclub|night\s+club|club|cantina|hotel|motel|store|shop|taco\s+stand|taqueria|cafe|café|disco)"
_A_VENUE = ("bar", "restaurant", "club", "cantina", "hotel", "motel", "store", "shop", "taco", "taqueria", "cafe", "café", "disco")

TRAPS: tuple[Trap, ...] = (
    # organisations named after places: cartels and gangs
    # "the Jalisco cartel", "the Sinaloa drug cartel"
    Trap("cartel", r"\s+(?:(?:drug|crime|narco)(?:-trafficking)?\s+)?(?:[Cc]artels?|[Kk]artel|[Cc]ártel)\b", _A_CARTEL,
         name_before=True),
    Trap("cartel", rf"\b[Cc][aá]rtel(?:es)?\s+(?:de\s+|del\s+)?{_CAPS}", _A_CARTEL),
    Trap("cartel", rf"\b[Cc]artel\s+(?:de\s+|del\s+)?{_CAPS}", _A_CARTEL),
    # the second of two cartels: "los cárteles Jalisco Nueva Generación (CJNG) y de Sinaloa (CDS)"
    Trap("cartel", rf"\b[Cc][aá]rteles\s+[^.;,]{{0,60}}?\s+y\s+(?:el\s+)?(?:de\s+|del\s+){_CAPS}", ("cártel", "cartel")),
    Trap("cartel", r"\b[\w’'-]+-?(?:drugs)?kartel\w*", _A_CARTEL),
    Trap("cartel", rf"\b(?:Nieuwe\s+Generatie|Nueva\s+Generaci[oó]n|New\s+Generation)\s*{_CAPS}?", _A_CARTEL),
    Trap("cartel", r"\s+(?:New\s+Generation|Nueva\s+Generaci[oó]n)", _A_CARTEL, name_before=True),
    Trap("cartel", r"\b(?:Los\s+Zetas|Gulf\s+Cartel|Golfo)\b", _A_CARTEL),
    Trap("cartel", rf"\b{_CAP}(?:\s+(?:and|y|en|e)\s+{_CAP})+\s+(?:cartels|c[aá]rteles|kartels|gangs|bandas)\b", _A_CARTEL + ("gang", "banda")),
    # gangs named by where they come from: "la disputa entre grupos delictivos de Jalisco y Sinaloa en la Sierra de
    # Nayarit", "criminal groups from Sinaloa"
    Trap("cartel", rf"\b(?:grupos?|c[eé]lulas?|organizaciones?)\s+(?:criminal(?:es)?|delictiv[oa]s?|delincuencial(?:es)?)\s+"
                   rf"(?:de|del\s+estado\s+de|provenientes\s+de|from)\s+{_CAPS}(?:\s+(?:y|e|and)\s+(?:de\s+)?{_CAPS})?"
                   rf"|\b(?:criminal|crime)\s+(?:groups?|gangs?|cells?)\s+from\s+{_CAPS}(?:\s+and\s+{_CAPS})?",
         ("grupo", "célula", "celula", "organizaci", "groups from", "group from", "gangs from", "gang from", "cells from",
          "cell from")),
    # ... also as some papers write it: "La familia michoacana"
    Trap("cartel", r"\b(?:[Ff]amilia\s+[Mm]ichoacana|Michoac[aá]n\s+Family|Caballeros\s+Templarios|Knights\s+Templar)\b",
         ("familia", "family", "templ")),
    # a person named by an honorific, whatever the surname: "donde quedó el cuerpo sin vida del doctor Guerrero", "Mr.
    # Guerrero", "licenciado Morelos"
    Trap("title", HONORIFIC + r"\s+(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]+)", _A_HONORIFIC),
    # titles: "Jalisco-gouverneur", "Jalisco Governor", "gobernador de Jalisco" (but "the Iztapalapa mayor's office",
    # English for "la alcaldía Iztapalapa", is the borough)
    Trap("title", r"[- ](?:gouverneur|burgemeester|[Gg]overnor|[Gg]ov\.|[Mm]ayor(?!['’]s\s+[Oo]ffice)|[Aa]ttorney)\b", _A_TITLE,
         name_before=True),
    # "The Puebla state prosecutor's office", "Sinaloa state Attorney General": the authority's state
    Trap("title", r"\s+[Ss]tate\s+(?:[Pp]rosecutor|[Aa]ttorney|[Pp]ublic\s+[Ss]afety|[Ss]ecurity\s+[Ss]ecretar|[Ii]nvestigat)",
         ("state pros", "state attor", "state public", "state secur", "state invest"), name_before=True),
    Trap("title", rf"\b(?:gouverneur|burgemeester|gobernador[a]?|governor|alcalde(?:sa)?|mayor|fiscal|fiscal[ií]a|"
                  rf"secretari[oa]|procurador[a]?|gobierno|government|regering|minister|ministerio|senador[a]?|"
                  rf"senator|diputad[oa]|congreso|congress|procuradur[ií]a|attorney general|prosecutor|procureur)"
                  rf"(?:\s+(?:general|de\s+seguridad|de\s+gobierno|estatal))?"
                  rf"\s+(?:del?|of|van)\s+(?:(?:l\s+|de\s+|het\s+)?(?:estado|state|staat|deelstaat|provincie|the\s+state)\s+(?:de|of|van\s+)?\s*)?"
                  rf"(?:la\s+|the\s+)?{_CAPS}", _A_TITLE + ("procureur",)),
    # "la Procuraduría General de Justicia de Coahuila", "la Secretaría de Seguridad Pública de Sonora": the authority's state
    # ... and its spokesman's office: "La Vocería de Seguridad de Tamaulipas confirmó que"
    Trap("title", rf"\b(?:Gobierno|Government|Fiscal[ií]a|Secretar[ií]a|Congreso|Procuradur[ií]a|Vocer[ií]a)"
                  rf"(?:\s+(?:General|de\s+Justicia|de\s+Seguridad(?:\s+P[uú]blica|\s+Ciudadana)?|de\s+Gobierno|Municipal))*"
                  rf"\s+(?:del?\s+(?:Estado\s+de\s+)?|of\s+)?{_CAPS}"
                  # ... and another town's: "la Secretaría de Seguridad Pública Municipal de Querétaro y de Corregidora"
                  rf"(?:\s+y\s+de\s+{_CAPS})?",
         _A_TITLE + ("procuradur", "vocer")),
    # a university's name, not where its campus lies: "a un kilómetro de las instalaciones de la Universidad Autónoma de
    # Ciudad Juárez (UACJ) campus Nuevo Casas Grandes"
    Trap("institution", rf"\b(?:Universidad|University|Universiteit)(?:\s+(?:Aut[oó]noma|Tecnol[oó]gica|Polit[eé]cnica|"
                        rf"Pedag[oó]gica|Intercultural|Estatal|Regional))*\s+(?:del\s+Estado\s+)?(?:de|of|van)\s+{_CAPS}"
                        rf"(?=\s*(?:\([A-Z]{{2,8}}\)\s*)?,?\s+(?i:campus|sede|unidad|plantel)\b)",
         ("universidad", "university", "universiteit")),
    # newspapers and media
    # (not the tail of a town's name: "el municipio de Mineral de la Reforma")
    Trap("media", r"(?<!de la )(?<!De la )\b(?:Reforma|Milenio|El Informador|El Universal|La Jornada|Excélsior|Excelsior|El Financiero|"
                  r"Proceso|Animal Político|New York Post|El Norte|El Debate|Noroeste|Ríodoce|Zeta Tijuana|"
                  r"El Siglo de Torreón|El Economista|Vanguardia|La Razón|Infobae|Televisa|TV Azteca|Aristegui|"
                  r"Radio Fórmula|Blu Radio|Pulso)\b", _A_MEDIA),
    Trap("media", rf"\b(?:El|La)\s+(?:Sol|Diario|Heraldo|Siglo|Mañana|Imparcial|Dictamen|Occidental|Voz|Prensa|"
                  rf"Crónica)\s+de\s+{_CAPS}", _A_MEDIA),
    # a paper named with its town: "according to newspaper Norte in Ciudad Juárez", "el diario Norte de Ciudad Juárez"
    Trap("media", rf"(?i:\b(?:newspaper|daily|diario|peri[oó]dico|krant|dagblad)\s+)(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+){{1,3}}"
                  rf"(?:in|of|de|en|uit|van)\s+{_CAPS}", ("newspaper", "daily", "diario", "periódico", "periodico", "krant",
                                                       "dagblad")),
    # a cartel boss's turf, not where he was caught or killed: "the purported Zetas chief in the central state of San
    # Luis Potosi, was captured ... in Fresnillo", "the local head of the Gulf Cartel in the border city of Nuevo
    # Progreso", "el jefe de plaza en Reynosa" (a cartel's boss, and a place noun or "plaza" that says turf: "la captura
    # de un líder de Los Zetas en San Luis Potosí" is where he was caught, "a state police chief in the border city of
    # Nogales" where he was killed)
    Trap("title", rf"(?i:\b(?:(?:chief|leader|boss|head|jefe|l[ií]der|cabecilla|leider|baas){_OF_A_CARTEL}|"
                  rf"(?:cartel|zetas|gang|kartel)\s+(?:[\w-]+\s+)?(?:chief|leader|boss|head|leider|baas))"
                  rf"\s+(?:in|en|for|para|te)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:central|northern|southern|western|"
                  rf"eastern|border)\s+)?(?:states?|city|cities|towns?|estados?|ciudad(?:es)?|municipios?|municipalities|plaza|stad|"
                  rf"staat|deelstaat)\s+(?:of\s+|de\s+|van\s+)?"
                  rf"|\b(?:plaza\s+(?:boss|chief)|jefe\s+de\s+(?:la\s+)?plaza)(?:{_OF_A_CARTEL})?\s+(?:in|en|for|para|de|of)\s+)"
                  rf"{_CAPS}",
         ("chief", "head", "leader", "boss", "jefe", "líder", "lider", "cabecilla", "leider", "baas")),
    # streets and roads named after places or people
    # (a town's own exit is in that town: "en la salida de Buenavista Tomatlán, en dirección hacia Tepalcatepec";
    # so is a road's stretch named after one town: "fue cerrada en el tramo de Tierra Blanca, luego de una balacera")
    Trap("road", rf"\b(?:[Cc]arretera|[Aa]utopista|[Ll]ibramiento|[Ss]alida(?!\s+del?\s)|[Ee]ntrada|[Aa]venida|[Aa]v\.|[Cc]alle|"
                 rf"[Cc]alzada|[Bb]ulevar|[Bb]oulevard|[Bb]lvd\.|[Pp]aseo|[Cc]amino|[Hh]ighway|[Ss]nelweg|[Vv]ialidad|"
                 rf"[Pp]erif[eé]rico|[Tt]ramo(?!\s+del?\s+[A-ZÁÉÍÓÚÑ][^-–,.;\n]{{0,40}}[,.;](?:\s|$))|[Cc]ruce|[Cc]uota|[Rr]oad|[Ss]treet|[Aa]venue)"
                 rf"(?:\s+(?:federal|estatal|libre|de\s+cuota|[0-9]+|No\.\s*[0-9]+))*"
                 # "on the road to the town of Benito Juárez", "de weg naar het dorp X": where the road goes
                 rf"(?:\s+(?:to\s+the\s+(?:town|city|village|community|municipality)\s+of|naar\s+(?:het|de)\s+(?:dorp|stad|"
                 rf"gemeente)|a|al|de|del|hacia|to|naar|van|la|el))*\s+"
                 # a street named after a person ends before "de <town>", the town it runs through
                 # ("el bulevar Everardo Márquez de Pachuca"; never "calle Salto de Durango", one word)
                 rf"(?:{_CAP}(?:\s+{_CAP}){{1,3}}(?=\s+de\s+{_CAP})|{_CAPS}(?:[-–]\s*{_CAPS})?)", _A_ROAD),
    # a town's centre, not Tabasco's municipality Centro: "en pleno Centro de este municipio", "balacera en el Centro."
    # ("el Centro de Salud", "el Centro de Tuzantla", "Centro, Tabasco" are read as such)
    Trap("reference", r"\b(?:[Ee]l|[Dd]el|[Aa]l|[Pp]leno|[Cc]uadro\s+del)\s+Centro\b"
                      r"(?!\s*,\s*Tab|\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ])",
         ("centro",)),
    # street nouns that name a person's or town's avenue straight after them: "en plena costera Miguel Alemán",
    # "el malecón Tajamar", "la privada Morelos" (never "la zona costera de Guerrero")
    # (a bridge or a roundabout in lower case only: "a la altura del puente Morelia", "la glorieta Colón", never the
    # municipality Puente Nacional)
    Trap("road", rf"\b(?:[Cc]ostera|[Mm]alec[oó]n|[Pp]rivada|[Cc]ircuito|[Pp]rolongaci[oó]n|[Aa]ndador|[Vv]iaducto|puente|"
                 # ... and beaches: "un restaurante de playa Manzanillo" in Acapulco (never "Playa del Carmen")
                 # ... each up to "de <town>", the town it lies in ("la playa Revolcadero de Acapulco")
                 rf"glorieta|playa|balneario)\s+(?:{_CAP}(?:\s+{_CAP}){{0,3}}(?=\s+de\s+{_CAP})|{_CAPS})",
         ("costera", "malec", "privada", "circuito", "prolongaci", "andador", "viaducto", "puente", "glorieta", "playa",
          "balneario")),
    # where the scene lies, told by a reference point: "The location is said to be close to Xalapa, the state capital",
    # "el lugar se ubica cerca de Tepic", "de plek ligt vlak bij Culiacán"
    # ... and a hamlet located near a town ("un poblado situado cerca de Cancún", "la sindicatura de Adolfo Ruiz Cortines,
    # la cual se ubica muy cerca del poblado de Juan José Ríos")
    Trap("reference", rf"(?i:\b(?:location|site|spot|scene|area|place|ranch|property|lugar|sitio|predio|punto|zona|rancho|"
                      rf"plek|locatie|plaats|la\s+cual|el\s+cual|which|poblado|comunidad|localidad|town|village|hamlet|"
                      rf"community)\s+(?:is|was|lies|lay|se\s+ubica|se\s+encuentra|est[aá]|queda|ligt|lag|situad[oa]|"
                      rf"ubicad[oa]|located|situated)\s+"
                      rf"(?:[\w-]+\s+){{0,4}}?(?:{NEAR_WORDS})\s+(?:the\s+|la\s+|el\s+|het\s+|de\s+)?"
                      rf"(?:(?:town|city|village|municipality|ciudad|municipio|poblado|cabecera(?:\s+municipal)?|stad|dorp|"
                      rf"gemeente)\s+(?:of\s+|de\s+|del\s+|van\s+)?)?)(?P<place>{_CAPS}"
                      # ... and its apposition: "close to Xalapa, the state capital of Veracruz"
                      rf"(?:,\s+(?:the\s+|la\s+|de\s+)?(?:state\s+)?(?:capital|hoofdstad)\s+(?:city\s+)?(?:of\s+|de\s+|del\s+|van\s+)?"
                      rf"(?:the\s+state\s+of\s+|estado\s+de\s+|de\s+staat\s+)?{_CAPS})?)",
         ("location", "site", "spot", "scene", "area", "place", "ranch", "property", "lugar", "sitio", "predio", "punto",
          "zona", "rancho", "plek", "locatie", "plaats", "cual", "which", "poblado", "comunidad", "localidad", "town",
          "village", "hamlet", "community")),
    # a facility named after a town, in another: "a guard at the Aquiles Serdan prison in Chihuahua city"
    # ("a riot in Durango prison in March": a month or a weekday is no town)
    Trap("reference", rf"(?P<place>{_CAPS})\s+(?:prison|jail|penitentiary|airport|barracks)\s+"
                      rf"(?=(?:in|at)\s+(?:the\s+)?(?!{_EN_TIME_WORDS}\b)[A-ZÁÉÍÓÚÑ])",
         ("prison", "jail", "penitentiary", "airport", "barracks")),
    # a neighbouring state or town named as a border: "en el área limítrofe con el vecino estado de Chihuahua"
    Trap("reference", rf"(?i:\b(?:l[ií]mite|limítrofe|limitrofe|colindante|colinda|fronteriz[oa]|bordering|borders?|grenst|"
                      rf"grenzend)\s+(?:con|with|on|aan)\s+(?:el\s+|la\s+|the\s+)?(?:vecino\s+|neighbou?ring\s+)?"
                      rf"(?:estado\s+de\s+|municipio\s+de\s+|state\s+of\s+|deelstaat\s+)?)(?P<place>{_CAPS}{_NEIGHBOUR_NARROWED})",
         ("limite", "límite", "limítrofe", "limitrofe", "colinda", "fronteriz", "border", "grenst", "grenzend")),
    # ... also after the border place's own name: "la comunidad fronteriza de Ojo de Agua en Tepeji del Río de Ocampo, con
    # el Estado de México, específicamente el municipio de Jilotepec"
    Trap("reference", rf"(?i:\bfronteriz[oa]s?\s+de\s+[^,.;]{{1,60}}?,\s+con\s+(?:el\s+|la\s+)?(?:estado\s+de\s+)?)"
                      rf"(?P<place>{_CAPS}{_NEIGHBOUR_NARROWED})", ("fronteriz",)),
    # a border crossing named by its two towns: "missing near the Ojinaga, Mexico-Presidio, Texas border"
    Trap("reference", rf"\bthe\s+(?P<place>{_CAPS}(?:,\s*Mexico)?\s*[-–]\s*{_CAPS}(?:,\s*(?:Texas|Arizona|California|New\s+Mexico))?)"
                      rf"\s+border\b", ("border",)),
    # the state oil company, never the camp of that name in Macuspana: "near the Pemex installation"
    Trap("reference", r"\b(?:Pemex|PEMEX)\b", ("pemex",)),
    # where several states meet: "en la zona serrana donde convergen los límites de Durango, Nayarit, Jalisco y Zacatecas"
    Trap("reference", rf"(?i:\b(?:convergen|confluyen)\s+(?:los\s+)?l[ií]mites\s+(?:de|entre)\s+(?:los\s+estados\s+de\s+)?)"
                      rf"(?P<place>{_CAPS}(?:(?:,\s*|\s+(?:y|e)\s+){_CAPS}){{2,}})",
         ("convergen", "confluyen")),
    # streets named after towns, listed: "between the streets of Zumpango and Otumba", "entre las calles Zumpango y Otumba"
    # (but "en calles de Culiacán", "on the streets of Culiacán" are the city's streets)
    # ("en calles de San Nicolás, Apodaca y Monterrey" are the streets of those towns: "de" only after "entre")
    Trap("road", rf"\b(?:[Cc]alles|[Ss]treets|[Aa]venidas|[Aa]venues|[Ss]traten)(?:(?:(?<=ntre las calles)|(?<=ntre calles)|(?<=tween the streets)|(?<=ssen de straten)|"
                 rf"(?<=ntre las avenidas)|(?<=tween the avenues))\s+(?:de|of|van)"
                 rf"(?=\s+{_CAPS}(?:,\s*|\s+(?:y|and|en|e)\s+){_CAPS}))?\s+"
                 rf"(?P<place>{_CAPS}(?:(?:,\s*|\s+(?:y|and|en|e)\s+){_CAPS})*)",
         ("calles", "streets", "avenidas", "avenues", "straten")),
    # the cross streets of an address: "sobre la calle Joaquín Valle Ramírez, entre Juárez e Hidalgo"
    Trap("road", rf"\b(?:[Cc]alles?|[Aa]venidas?|[Bb]ulevar|[Bb]oulevard|[Ss]treets?|[Aa]venues?|[Ss]traat)\b[^.;]{{0,60}}?"
                 rf"\b(?:entre|between|tussen)\s+(?:las\s+|the\s+|de\s+)?(?:calles\s+|streets\s+)?"
                 rf"(?P<place>{_CAPS}\s+(?:y|e|and|en)\s+{_CAPS})",
         ("entre", "between", "tussen")),
    # a street corner: "reunidas en la esquina de Río Hondo y Santa Cruz", "at the corner of Juárez and Hidalgo"
    Trap("road", rf"\b(?:[Ee]squina|[Cc]orner|[Hh]oek)\s+(?:de|of|con|with|van)\s+(?:la\s+|las\s+|the\s+|calle\s+|avenida\s+)?"
                 rf"(?P<place>{_CAPS}(?:\s+(?:y|e|and|en)\s+(?:la\s+|calle\s+|avenida\s+)?{_CAPS})?)",
         ("esquina", "corner", "hoek")),
    # a road named after the two towns it joins, English style: "across the San Juan de los Lagos and Encarnacion
    # de Diaz highway", "over the Durango to Zacatecas highway"
    Trap("road", rf"\bthe\s+(?P<place>{_CAPS}\s+(?:and|to)\s+{_CAPS})\s+(?:highway|road|freeway|expressway)\b",
         ("highway", "road", "freeway", "expressway")),
    # the roads out to several towns: "en las salidas a Coatzacoalcos, Villahermosa, Comalcalco y Huimanguillo"
    # (the ways into a town are that town's: "bloquearon los accesos a Apatzingán", ACCESS_TO)
    # ... and a junction or turn-off towards one: "en el entronque a Paracho", "en la desviación a Tancítaro"
    Trap("road", rf"\b(?:[Cc]arreteras|[Ss]alidas|[Cc]aminos|[Hh]ighways|[Rr]oads|[Ss]nelwegen|[Ee]ntronques?|"
                 rf"[Dd]esviaci[oó]n|[Dd]esv[ií]o|[Tt]urn-?off|[Aa]fslag)"
                 rf"\s+(?:a|al|hacia|to|naar)\s+(?P<place>{_CAPS}(?:(?:,\s*|\s+(?:y|and|en|e)\s+){_CAPS})*)",
         ("carreteras", "salidas", "caminos", "highways", "roads", "snelwegen", "entronque", "desviaci", "desvío",
          "desvio", "turn", "afslag")),
    # where a road leads: "una carretera que va hacia el municipio de X", "the road that leads to X"
    # a road that joins two towns: "una zona de terracería que conecta los municipios de Ziltlaltepec y Nopalucan",
    # "la carretera federal 44 que comunica a los municipios de Fresnillo y Valparaíso"
    # "una carretera michoacana que une las ciudades Briseñas y Sahuayo"
    Trap("road", rf"(?i:\bque\s+(?:conecta|une|comunica)\s+(?:a\s+)?(?:(?:los|las)\s+(?:municipios|localidades|ciudades|"
                 rf"comunidades|poblados|cabeceras\s+municipales)\s+(?:de\s+)?)?|"
                 rf"\b(?:connecting|linking|that\s+(?:connects|links))\s+(?:the\s+(?:towns|municipalities|cities|communities)\s+of\s+)?|"
                 rf"\bdie\s+(?:de\s+(?:gemeenten|steden|dorpen|plaatsen)\s+)?)"
                 # ... with an aside after the first: "the highway that links Ciudad Victoria, the capital of Tamaulipas, and Mante"
                 rf"(?P<place>{_CAPS}(?:\s*,\s*[^,.;]{{1,40}},)?\s+(?:y|and|en|e|with|con|met)\s+{_CAPS})",
         ("conecta", "une ", "comunica", "connect", "link", "verbindt")),
    # ... and the far end named further on: "a highway connecting the capital with the tourist town of Cuernavaca",
    # "the highway that connects the Monterrey Metropolitan area with the border city of Nuevo Laredo"
    Trap("road", rf"(?i:\b(?:highways?|roads?|carreteras?|autopistas?)\s+(?:that\s+|which\s+|que\s+)?(?:connects?|connecting|links?|"
                 rf"linking|conectan?|unen?|comunican?)\b[^.;]{{1,60}}?\s(?:with|to|con)\s+(?:the\s+|la\s+|el\s+)?(?:[\w-]+\s+){{0,2}}?"
                 rf"(?:(?:town|city|state|port|municipality|ciudad|estado|puerto|municipio)\s+(?:of\s+|de\s+)?)?)(?P<place>{_CAPS})",
         ("connect", "link", "conecta", "une ", "comunica")),
    # ... in Dutch the verb comes last: "de weg die Nuevo Laredo met de buurstaat Coahuila verbindt"
    Trap("road", rf"(?i:\b(?:snel)?weg(?:en)?\s+die\s+[^.;]{{1,60}}?\smet\s+(?:de\s+|het\s+)?(?:[\w-]+\s+){{0,2}}?)(?P<place>{_CAPS})"
                 rf"(?=\s+(?:verbinden|verbindt|verbond|verbonden)\b)",
         ("verbind", "verbond")),
    # (the road's number may stand between: "la carretera federal número 23, que conduce al municipio de Jerez")
    Trap("road", rf"(?i:\b(?:carreteras?|autopistas?|camino|brecha|brechas|caminos|road|roads|highways?|gaps?|trails?|paths?|weg)"
                 rf"{_ROAD_NUMBER}\s+(?:que\s+(?:va|van|conduce|conducen|lleva|llevan|comunica)|"
                 rf"that\s+(?:leads?|goes|go|runs?)|leading|die\s+(?:naar|leidt|leiden))\s+"
                 # ... from a place told without a name: "las carreteras que conducen de esta capital a las ciudades de
                 # Miguel Alemán y Reynosa"
                 rf"(?:(?:de|desde|from)\s+(?:esta|este|la|el|this|the)\s+[\w-]+\s+)?(?:hacia|a|al|to|towards|naar)\s+"
                 rf"(?:el\s+|la\s+|las\s+|los\s+|the\s+|de\s+|het\s+)?(?:(?:municipios?|ciudad(?:es)?|poblados?|estados?|towns?|"
                 rf"city|cities|villages?|states?|stad|dorp|staat)"
                 rf"(?:\s+(?:vecino|neighbou?ring|fronterizo))?\s+(?:de\s+|of\s+)?)?)(?P<place>{_CAPS}(?:\s+(?:y|e|and|en)\s+{_CAPS})?)",
         # ("gaps leading to the village of Empalme": the dirt roads the army patrols)
         ("carretera", "autopista", "camino", "brecha", "road", "highway", "weg", "gap", "trail", "path")),
    # the road from one town to another: "en el camino que conduce de Lerdo a Tlahualilo", "the road that runs from X to Y"
    Trap("road", rf"(?i:\b(?:carretera|autopista|camino|brecha|road|highway|weg){_ROAD_NUMBER}\s+(?:que\s+(?:va|conduce|lleva|comunica|corre)|"
                 rf"that\s+(?:leads|goes|runs)|leading|running|die)\s+(?:de|del|desde|from|van)\s+{_SETTLEMENT_NOUN}?)"
                 rf"(?P<place>{_CAPS}\s+(?:a|al|hacia|to|naar)\s+(?:{_SETTLEMENT_NOUN}|{_TOWN_NOUN})?{_CAPS})",
         ("carretera", "autopista", "camino", "brecha", "road", "highway", "weg")),
    # a turn in a chase names a street: "una persecución ... sobre la Colosio, para dar vuelta en Altamirano", "giraron
    # hacia Morelos", "the car turned onto Juárez"
    Trap("road", rf"(?i:\b(?:dar|dio|dieron|daba|daban|dando)\s+(?:la\s+)?vuelta\s+(?:a\s+la\s+(?:derecha|izquierda)\s+)?"
                 rf"(?:en|hacia|sobre|por)\s+|\b(?:gir(?:ó|o|aron|ar|ando)|dobl(?:ó|o|aron|ar|ando))\s+"
                 rf"(?:a\s+la\s+(?:derecha|izquierda)\s+)?(?:en|sobre|por)\s+|\bturned\s+(?:left\s+|right\s+)?onto\s+)"
                 rf"(?:(?:la|el|the)\s+)?(?:(?:calle|avenida|street)\s+)?(?P<place>{_CAPS})",
         ("vuelta", "gir", "dobl", "turned")),
    # a prosecutor's office named after its seat: "un agente del Ministerio Público de Tlacotalpan", "Agentes del
    # Ministerio Público de Texmelucan tomaron conocimiento"
    Trap("reference", rf"\b(?:[Mm]inisterio\s+[Pp][uú]blico|MP)\s+(?:del?\s+)?(?:fuero\s+com[uú]n\s+)?(?:de|en)\s+(?P<place>{_CAPS})",
         ("ministerio", "mp ")),
    # the court that issued a warrant: "una orden de aprehensión vigente por el delito de extorsión emitida en Toluca",
    # "girada por un juez de Cuernavaca", "a warrant issued in Monterrey", "een arrestatiebevel uitgevaardigd in Tijuana"
    Trap("reference", rf"(?i:\b(?:[oó]rden(?:es)?\s+de\s+(?:aprehensi[oó]n|captura|arresto|cateo)|mandamientos?\s+judiciales?|"
                      rf"warrants?|arrestatiebevel\w*)\b[^.;]{{0,80}}?\b(?:emitid[oa]s?|girad[oa]s?|librad[oa]s?|expedid[oa]s?|"
                      rf"dictad[oa]s?|issued|uitgevaardigd)\s+(?:(?:en|in|por|by|door)\s+(?:un\s+|una\s+|el\s+|la\s+|a\s+|the\s+|"
                      rf"een\s+|de\s+)?(?:(?:juez|jueza|juzgado|tribunal|court|judge|rechter|rechtbank)\w*\s+(?:[\w-]+\s+){{0,3}}?)?"
                      rf"(?:de|del|en|in|of|van|from)\s+|en\s+|in\s+)(?:el\s+estado\s+de\s+|the\s+state\s+of\s+)?)(?P<place>{_CAPS}(?:,\s*(?:[Ee]stado\s+de\s+)?{_CAPS})?)",
         ("orden", "mandamiento", "warrant", "arrestatiebevel")),
    # an office's seat: "the Attorney General's office in Reynosa said", "la delegación en X informó"
    Trap("reference", rf"(?i:\b(?:office|oficina|delegaci[oó]n|sede|kantoor|headquarters|cuartel\s+general)\s+(?:in|en|at|op)\s+)"
                      rf"(?P<place>{_CAPS})(?=\s*,?\s+(?:said|says|reported|stated|announced|dijo|inform[oó]|señal[oó]|"
                      rf"report[oó]|zei|meldde))",
         ("office", "oficina", "delegaci", "sede", "kantoor", "headquarters", "cuartel")),
    # ... and the speaker's office: "said Jose Luis Leyva of the state prosecutor's office in Culiacan"
    Trap("reference", rf"(?i:\b(?:said|says|according\s+to|dijo|seg[uú]n|zei|volgens)\s+[^.;]{{0,60}}?\b(?:of|from|del?|van)\s+"
                      rf"(?:the\s+|la\s+|el\s+|het\s+)?[\w\s'’-]{{0,40}}?\b(?:office|oficina|kantoor)\s+(?:in|en|at|op)\s+)"
                      rf"(?P<place>{_CAPS})",
         ("office", "oficina", "kantoor")),
    # ... and where a statement came from: "according to a statement from 21st Military Zone headquarters in Morelia"
    Trap("reference", rf"(?i:\b(?:statement|comunicado|report|informe|verklaring)\s+(?:from|of|by|de|del|van)\s+"
                      rf"(?:the\s+|la\s+|el\s+|de\s+|het\s+)?[\w\s'’-]{{0,40}}?\b(?:headquarters|office|sede|oficinas?|"
                      rf"cuartel|kantoor|hoofdkwartier)\s+(?:in|en|at|op)\s+)(?P<place>{_CAPS}"
                      rf"(?:,\s+(?:the\s+(?:state\s+)?capital|la\s+capital(?:\s+del\s+estado)?|de\s+hoofdstad))?)",
         ("statement", "comunicado", "report", "informe", "verklaring")),
    # who said it, where the sentence names the event's place after: "Police in Culiacan said gunmen killed
    # three men in Navolato"
    Trap("reference", rf"(?i:\b(?:police|authorities|officials|prosecutors|investigators|spokes(?:man|woman|person))\s+"
                      rf"in\s+)(?P<place>{_CAPS})(?=\s*,?\s+(?:said|say|says|reported|told|confirmed)\b[^.;]*?"
                      rf"\b(?:in|near|at|outside)\s+(?:the\s+(?:\w+\s+){{0,2}}?(?:town|city|municipality|village)\s+of\s+)?"
                      rf"(?-i:[A-ZÁÉÍÓÚÑ]))",
         ("police in", "authorities in", "officials in", "prosecutors in", "investigators in", "spokes")),
    # where something usually happens: "el asesinato de policías, un hecho que ocurre mayormente en Zacatecas"
    Trap("reference", rf"(?i:\b(?:ocurren?|suceden?|se\s+registran?|se\s+presentan?|occurs?|happens?|gebeur(?:t|en)|"
                      rf"komen?\s+voor)\s+(?:mayormente|principalmente|sobre\s+todo|frecuentemente|con\s+frecuencia|"
                      rf"a\s+menudo|mostly|mainly|often|frequently|vooral|vaak|meestal)\s+(?:en|in)\s+"
                      rf"(?:el\s+estado\s+de\s+|the\s+state\s+of\s+|de\s+staat\s+)?)(?P<place>{_CAPS})",
         ("mayormente", "principalmente", "sobre todo", "frecuente", "frecuencia", "menudo", "mostly", "mainly", "often",
          "frequently", "vooral", "vaak", "meestal")),
    Trap("reference", rf"(?i:\b(?:vooral|vaak|meestal)\s+in\s+(?:de\s+staat\s+)?)(?P<place>{_CAPS})"
                      rf"(?=\s+(?:gebeurt|gebeuren|voorkomt|voorkomen|plaatsvindt|plaatsvinden)\b)",
         ("vooral", "vaak", "meestal")),
    # the road between two towns: "cuando circulaban entre el trayecto de Temósachic y Madera"
    # ... and "en el tramo carretero San Juan de los Lagos a Lagos de Moreno"
    Trap("road", rf"(?i:\b(?:trayecto|tramo|camino|stretch|traject|weg)\s+(?:carreter[oa]\s+)?(?:de\s+|del\s+|entre\s+|"
                 rf"between\s+|from\s+|tussen\s+|van\s+)?)(?P<place>{_CAPS}\s+(?:y|a|and|to|en|naar|e)\s+{_CAPS})",
         ("trayecto", "tramo", "camino", "stretch", "traject", "weg")),
    # a road's stretch between two cities: "on national highway 57 between San Luis Potosi and the
    # city of Matehuala", "en la autopista entre Monterrey y Saltillo" (the events lie on the way)
    # ... "en la carretera federal 23, entre los municipios de Fresnillo y Jerez"
    # ... and a corridor: "su ubicación estratégica como corredor entre la Ciudad de México y Cuernavaca"
    Trap("road", rf"(?i:\b(?:highways?|roads?|carreteras?|autopistas?|snelwegen|snelweg|rijksweg|corredor|corridor)\b(?:\s+[\w.]+){{0,3}}?\s*,?\s+(?:between|entre|tussen)\s+"
                 rf"(?:the\s+(?:city|town)\s+of\s+|la\s+ciudad\s+de\s+|de\s+stad\s+|los\s+municipios\s+de\s+|"
                 rf"the\s+(?:municipalities|towns)\s+of\s+|de\s+gemeenten\s+|la\s+|el\s+)?)"
                 # "bloquear carreteras entre San Blas, Nayarit y Villa Hidalgo, Jalisco": a state may follow each
                 rf"(?P<place>{_CAPS}(?:\s*,\s*{_CAPS})?\s+(?:and|y|e|en)\s+(?:the\s+(?:city|town)\s+of\s+|la\s+ciudad\s+de\s+|de\s+stad\s+)?{_CAPS})",
         ("highway", "road", "carretera", "autopista", "snelweg", "rijksweg", "corredor", "corridor")),
    # a journey's ends: "cuando viajaban de Hermosillo a Mazatán", "driving from Culiacán to Mazatlán",
    # "onderweg van Tijuana naar Ensenada" (the event happened on the way, at neither end)
    Trap("road", rf"(?i:\b(?:viajaba[n]?|circulaba[n]?|se\s+dirig[ií]an?|se\s+trasladaba[n]?|transitaba[n]?|"
                 rf"travell?ing|travell?ed|driving|drove|heading|headed|onderweg|reden|reisden)\s+"
                 rf"(?:(?:de|desde|from|van|vanuit)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?)){_CAPS}"
                 rf"(?:\s*,\s*{_CAPS})?\s+(?:a|al|hacia|rumbo\s+a|con\s+destino\s+a|to|towards|toward|naar)\s+{_CAPS}",
         ("viaj", "circul", "dirig", "traslad", "transit", "travel", "driv", "drove", "head", "onderweg", "reden", "reisden")),
    # the states a region links to or borders: "un punto estratégico para el narcotráfico, por sus conexiones con Tabasco y
    # Veracruz", "el municipio, que colinda con Guerrero", "its connections to Tabasco and Veracruz"
    Trap("reference", rf"(?i:\b(?:conexi[oó]n(?:es)?|colinda|colindan|colindante|connections?|links?)\s+"
                      rf"(?:con|hacia|with|to)\s+(?:el\s+estado\s+de\s+|los\s+estados\s+de\s+|the\s+states?\s+of\s+)?)"
                      rf"(?P<place>{_CAPS}(?:\s*,\s*{_CAPS})*(?:\s+(?i:y|e|and)\s+{_CAPS})?)",
         ("conexi", "colind", "connection", "link")),
    # where the displaced went, not where they were displaced: "Familias enteras provenientes de ... Siltepec y Chicomuselo se
    # han desplazado a Motozintla"
    Trap("reference", rf"(?i:\b(?:familias|personas|habitantes|pobladores|vecinos|desplazados)\b[^.;]{{0,200}}?\bse\s+"
                      rf"(?:han\s+|hab[ií]an\s+)?desplaza(?:do|ron|n)\s+(?:a|al|hacia|rumbo\s+a)\s+(?:la\s+cabecera\s+municipal\s+de\s+|"
                      rf"el\s+municipio\s+de\s+|la\s+ciudad\s+de\s+)?)(?P<place>{_CAPS})",
         ("desplaza",)),
    # what went on elsewhere at the time: "la agresión ... el 25 de julio pasado, mientras se celebraba la Guelaguetza en
    # la ciudad de Oaxaca", "while the World Cup match was being played in Guadalajara"
    Trap("reference", rf"(?i:\b(?:mientras|while)\s+(?:se\s+)?[^.;,]{{0,40}}?\b(?:celebraba[n]?|realizaba[n]?|llevaba[n]?\s+a\s+cabo|"
                      rf"desarrollaba[n]?|jugaba[n]?|disputaba[n]?|(?:was|were)\s+(?:being\s+)?(?:held|celebrated|played|staged))"
                      rf"\s+[^.;,]{{0,60}}?\b(?:en|in)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+|el\s+|la\s+)?){_CAPS}",
         ("mientras", "while")),
    # where a place lies, said by the towns it lies between: "vecinos de este municipio ubicado, entre Coalcomán y
    # Aquila", "a village located between Iguala and Taxco", "een dorp gelegen tussen Iguala en Taxco"
    Trap("reference", rf"(?i:\b(?:ubicad[oa]s?|situad[oa]s?|located|situated|gelegen)\s*,?\s+(?:entre|between|tussen)\s+"
                      rf"(?:los\s+municipios\s+de\s+|the\s+towns\s+of\s+|de\s+gemeenten\s+)?)"
                      rf"(?P<place>{_CAPS}\s+(?i:y|e|and|en)\s+{_CAPS})",
         ("entre", "between", "tussen")),
    # where attackers fled to: "fleeing afterward in the direction of Union San Antonio, a town in the neighboring state
    # of Jalisco", "huyeron en dirección a Lagos de Moreno", "vluchtten in de richting van Tonalá"
    Trap("destination", rf"(?i:\b(?:fled|fleeing|flee|escaped|huyeron|huyendo|hu[ií]an|escaparon|vluchtten|vluchtte)\b[^.;]{{0,30}}?"
                        rf"\b(?:in\s+the\s+direction\s+of|en\s+direcci[oó]n\s+(?:a|de|hacia)|in\s+de\s+richting\s+van)\s+)"
                        rf"(?P<place>{_CAPS}(?:,\s+(?i:a|an|un|una|een)\s+[^.;]{{0,70}})?)",
         ("fled", "flee", "escaped", "huy", "hu", "escaparon", "vlucht")),
    # a victim's kin in office elsewhere: "identified one of the fatalities as the son of the mayor of the nearby town of
    # San Francisco del Rincon", "hijo del alcalde de", "de zoon van de burgemeester van"
    Trap("reference", rf"(?i:\b(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|hij[oa]|herman[oa]|"
                      rf"espos[oa]|padre|madre|sobrin[oa]|zoon|dochter|broer|zus|vrouw|man|vader|moeder|neef|nicht)\s+"
                      rf"(?:of|de|del|van)\s+(?:the\s+|la\s+|el\s+|de\s+)?(?:former\s+|ex\s*-?\s*)?(?:mayor|alcalde(?:sa)?|"
                      rf"presidente\s+municipal|burgemeester)\s+(?:of|de|del|van)\s+(?:the\s+(?:nearby\s+)?(?:town|city|"
                      rf"municipality)\s+of\s+|la\s+ciudad\s+de\s+|el\s+municipio\s+de\s+|de\s+(?:stad|gemeente)\s+)?)"
                      rf"(?P<place>{_CAPS})",
         ("mayor", "alcald", "presidente municipal", "burgemeester")),
    # a smuggling route's ends: "el trasiego de la droga conocida como ice desde Morelos hacia Estados Unidos",
    # "smuggling drugs from Sinaloa to Arizona", "smokkel van cocaïne van Colombia naar Mexico"
    Trap("road", rf"(?i:\b(?:trasiego|tr[aá]fico|trafficking|smuggling|smokkel)\b[^.;]{{0,60}}?\b(?:desde|from|vanuit|van)\s+"
                 rf"(?:el\s+estado\s+de\s+|the\s+state\s+of\s+)?)(?P<place>{_CAPS}\s+(?i:hacia|hasta|to|into|naar)\s+"
                 rf"(?i:el\s+|la\s+|los\s+|the\s+)?{_CAPS})",
         ("trasiego", "tráfico", "trafico", "trafficking", "smuggling", "smokkel")),
    # a road segment: "Uruapan – Carapan", "la vía Zapotlanejo-Tototlán" (the towns it joins)
    Trap("road", rf"{_CAPS}\s+[–—]\s+{_CAPS}", ("–", "—")),
    Trap("road", r"\b(?:López Mateos|Lopez Mateos|Niños Héroes|Ninos Heroes|Insurgentes|"
                 r"Lázaro Cárdenas\s+(?:Avenue|avenue)|Periférico|Tabachines)\b", _A_ROAD),
    # reference points: "ten zuidwesten van Guadalajara", "130 km al sur de", "next to"
    Trap("reference", rf"(?i:\b(?:ten\s+(?:noord|zuid|oost|west)\w*\s+van|(?:al|del)\s+(?:norte|sur|este|oeste|"
                      rf"noreste|noroeste|sureste|suroeste|oriente|poniente|surponiente|suroriente|norponiente|"
                      rf"nororiente)\s+de|(?:north|south|east|west)\w*\s+of|"
                      rf"naast|next\s+to|junto\s+a|vecino\s+a)\s+(?:de\s+la\s+|la\s+|el\s+|the\s+|de\s+)?"
                      # "ten oosten van de stad Guadalajara", "al sur de la ciudad de Culiacán"
                      # ... "north of the state capital of Chilpancingo", "west of the border city of Reynosa", "west of
                      # the Michoacán state capital of Morelia"
                      rf"(?:(?:[A-ZÁÉÍÓÚÑ][\w'’]+\s+(?=state\s+capital))?"
                      rf"(?:border\s+|northern\s+|southern\s+|port\s+|coastal\s+)?(?:stad|grensstad|gemeente|ciudad|"
                      rf"city|town|municipio|municipality|(?:state\s+)?capital(?:\s+city)?|hoofdstad)"
                      rf"(?:\s+fronteriza|\s+portuaria)?\s+(?:de\s+|of\s+|van\s+)?)?){_CAPS}",
         _A_REFERENCE),
    # a distance from a town: "a 80 kilómetros de Culiacán", "50 miles from Durango", "op 30 km van Tijuana"
    # (ten or more: "a dos kilómetros de Villahermosa" is at Villahermosa)
    Trap("reference", rf"(?i:\b{_DISTANCE_NUMBER}\s+{_DISTANCE_UNIT}\.?\s+"
                      # "120 kilometers (75 miles) from the border city of Ciudad Juarez"
                      rf"(?:\([^)]{{1,25}}\)\s+)?"
                      rf"(?:(?:away\s+)?from|de|del|van|vanaf|outside(?:\s+of)?)\s+(?:la\s+|el\s+|the\s+|de\s+)?"
                      rf"(?:(?:border\s+|northern\s+|southern\s+|state\s+|fronteriza\s+)?(?:city|town|capital|ciudad|stad|grensstad)"
                      rf"(?:\s+fronteriza)?\s+(?:of\s+|de\s+|van\s+)?)?){_CAPS}",
         ("km", "kil", "miles", "millas", "mijl")),
    # ... and a bearing from a place in a town: "approximately 90 miles west of his working-class parish in Saltillo",
    # "a 80 kilómetros al norte de su parroquia en Saltillo"
    Trap("reference", rf"(?i:\b{_DISTANCE_NUMBER}\s+{_DISTANCE_UNIT}\.?\s+"
                      rf"(?:(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|"
                      rf"al\s+(?:norte|sur|oriente|poniente|este|oeste|noreste|noroeste|sureste|suroeste)\s+del?)\s+"
                      rf"(?:his|her|their|its|the|su|sus|la|el)\s+[^.;,]{{0,40}}?\b(?:in|en)\s+"
                      rf"(?:the\s+city\s+of\s+|la\s+ciudad\s+de\s+)?){_CAPS}",
         ("km", "kil", "miles", "millas", "mijl")),
    # where a region holds a famous town: "autopistas de Guerrero, ... donde se encuentra la ciudad de Acapulco"
    Trap("reference", rf"(?i:\b(?:donde|where|waar)\s+(?:(?:se\s+encuentra|se\s+ubica|est[aá]|(?:is|lies)\s+(?:located\s+)?|"
                      rf"ligt|zich\s+bevindt)\s+)?(?:la\s+ciudad\s+de\s+|el\s+puerto\s+de\s+|the\s+(?:city|town|resort)\s+of\s+|"
                      rf"de\s+stad\s+)|\b(?:donde|where|waar)\s+(?:se\s+encuentra|se\s+ubica|is\s+located|lies|ligt)\s+)"
                      rf"(?P<place>{_CAPS})",
         ("donde se", "donde est", "where", "waar")),
    # a town only placed by the city it lies outside: "in a poor suburb of Mexico City" (Nezahualcóyotl, in
    # Mexico State), "a wealthy suburb of the Mexican city of Guadalajara", "een voorstad van Monterrey"
    Trap("reference", rf"(?i:\b(?:an?|een|un)\s+(?:[\w-]+\s+){{0,2}}?(?:suburb|voorstad|suburbio)(?:\s+[\w-]+)?\s+(?:of|van|de)\s+"
                      rf"(?:the\s+|de\s+|la\s+)?(?:(?:mexican\s+|mexicaanse\s+)?(?:city|stad|ciudad)\s+(?:of\s+|van\s+|de\s+)?)?){_CAPS}",
         ("suburb", "voorstad", "suburbio")),
    # ... and the capital's outskirts, which are other municipalities, mostly of another state: "discovered eight
    # corpses on the outskirts of Mexico City" (in Ecatepec, Mexico State), "en las afueras de la Ciudad de México"
    Trap("reference", r"(?i:\b(?:outskirts|afueras|periferia|rand)\s+(?:of|de|van)\s+(?:the\s+|la\s+)?)"
                      r"(?P<place>Mexico City|Ciudad de M[eé]xico|Mexico-Stad|CDMX|(?:el\s+)?Distrito Federal)",
         ("outskirts", "afueras", "periferia", "rand ")),
    # a car model named after a place: "una camioneta tipo Durango", "a Dodge Durango", "een Dodge Durango"
    Trap("vehicle", r"(?i:\b(?:tipo|modelo|marca\s+dodge|dodge)\s+)(?P<place>Durango)\b", ("tipo", "modelo", "dodge")),
    # where a car was registered: "a Nissan with Jalisco plates", "placas de Sinaloa", "kenteken uit Sonora",
    # "placas de circulación JR 42 514, del estado de Jalisco", "de placas GUW5721 del estado de Guanajuato"
    Trap("plates", r"\s+(?:license\s+|licence\s+)?plates?\b", _A_PLATES, name_before=True),
    Trap("plates", rf"(?i:\b(?:plates?\s+(?:from|of)|(?:placas?|matr[ií]culas?)\s+(?:de\s+circulaci[oó]n\s+)?(?:(?=[\w -]{{0,14}}\d)[A-Z0-9]{{2,4}}(?:[- ]?[A-Z0-9]{{1,4}}){{1,3}},?\s+)?(?:de|del)|"
                   rf"(?:kenteken\w*|nummerpla\w+)\s+(?:uit|van))\s+(?:the\s+state\s+of\s+|(?:el\s+)?estado\s+de\s+|"
                   rf"de\s+staat\s+)?){_CAPS}", _A_PLATES),
    # where a vehicle came from: "a vehicle authorized as a taxi from Quintana Roo", "una camioneta procedente de Sinaloa"
    Trap("plates", rf"(?i:\b(?:taxi|car|truck|vehicle|bus|pickup|van|suv|camioneta|veh[ií]culo|autob[uú]s|auto|tr[aá]iler|"
                   rf"busje|vrachtwagen)s?\b[^.;]{{0,30}}?\b(?:from|procedentes?\s+de|provenientes?\s+de|afkomstig\s+uit)\s+"
                   rf"(?:the\s+state\s+of\s+|(?:el\s+)?estado\s+de\s+|de\s+staat\s+)?)(?P<place>{_CAPS})",
         ("taxi", "car", "truck", "vehicle", "bus", "pickup", "van", "suv", "camioneta", "vehículo", "vehiculo", "auto",
          "tráiler", "trailer", "busje", "vrachtwagen")),
    # a taxi's livery: "un taxi con cromática del municipio de Ixtlahuaca" (where it is licensed, not where it was)
    Trap("plates", rf"(?i:\bcrom[aá]tica\s+(?:de|del)\s+(?:(?:municipio|ciudad|estado)\s+de\s+)?)(?P<place>{_CAPS})",
         ("cromática", "cromatica")),
    # "the prison near Monterrey", "de gevangenismuren nabij Monterrey": the facility's whereabouts
    Trap("reference", rf"(?i:\b(?:gevangenis\w*|prison|jail|penal|c[aá]rcel|penitenciar\w*|cereso|airport|luchthaven|"
                      rf"aeropuerto|kazerne|military base|base militar|mine|mina|dam|presa)\s+(?:nabij|near|cerca\s+de|"
                      rf"close\s+to|outside|buiten)\s+(?:la\s+|el\s+|the\s+)?)(?P<place>{_CAPS})",
         ("gevangenis", "prison", "jail", "penal", "cárcel", "carcel", "penitenciar", "cereso", "airport",
          "luchthaven", "aeropuerto", "kazerne", "base", "mine", "mina", "dam", "presa")),
    # a venue named after a place: "at the Jalisco bar in Celaya" (but "in a Guadalajara bar" is a bar in Guadalajara)
    Trap("venue", rf"\bthe\s+(?P<place>{_CAP})\s+{_VENUE}\b", _A_VENUE),
    Trap("venue", rf"\b(?:a|an)\s+(?P<place>{_CAP})\s+{_VENUE}(?=\s+(?:in|at|on|near)\s+(?:the\s+)?"
                  rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                  rf"July|August|September|October|November|December)\b)[A-ZÁÉÍÓÚÑ])", _A_VENUE),
    # regions of several towns or states: "el Bajío", "la Comarca Lagunera", "the Golden Triangle" (regions.toml)
    Trap("region", REGION_NAMES, REGION_ANCHORS),
    # a part of a metropolitan area named by its bearing is no part of the city the area is named after: "en la colonia
    # Francisco I. Madero, al sur de la zona metropolitana de Guadalajara" (in Tlaquepaque), "in the southern part of
    # the Monterrey metropolitan area"
    Trap("region", rf"(?i:\b(?:al|en\s+el|hacia\s+el)\s+(?:sur|norte|oriente|poniente|este|oeste|noreste|noroeste|sureste|"
                   rf"suroeste|nororiente|norponiente|suroriente|surponiente)\s+de\s+la\s+(?:zona|[aá]rea)\s+metropolitana\s+"
                   rf"de\s+){_CAPS}"
                   rf"|(?i:\b(?:south|north|east|west|southeast|southwest|northeast|northwest)(?:ern)?\s+(?:part\s+|edge\s+|"
                   rf"side\s+)?of\s+the\s+){_CAPS}(?=\s+(?i:metropolitan\s+area|metro\s+area))",
         ("metropolitan", "metro area")),
    # regions named after a town: "la región del Istmo de Tehuantepec", "the Isthmus of Tehuantepec"
    # ... and river basins: "en la región de la Cuenca del Papaloapan", "the Balsas basin"
    Trap("region", rf"(?i:\b(?:istmo\s+de|isthmus\s+of|cañ[oó]n\s+de|comarca\s+de|cuenca\s+del?|basin\s+of\s+the)\s+){_CAPS}",
         ("istmo", "isthmus", "cañón", "cañon", "comarca", "cuenca", "basin")),
    # a region inside a municipality: "la comunidad La Lagunita, en la región de La Barranca del municipio de Pueblo Nuevo"
    Trap("region", rf"(?i:\bregi[oó]n\s+de\s+)(?P<place>{_CAPS})(?=\s+(?:del|en\s+el)\s+municipio\b)", ("regi",)),
    Trap("basin", rf"{_CAPS}(?i:\s+(?:river\s+)?basin)\b", ("basin",)),
    # the border zone between two states, no place of its own: "en la zona limítrofe de Durango y Sinaloa", "in the
    # border area between Durango and Sinaloa", "in het grensgebied van Durango en Sinaloa"
    Trap("region", rf"(?i:\b(?:zona|regi[oó]n|franja|[aá]rea)\s+(?:limítrofe|limitrofe|fronteriza|serrana\s+limítrofe)\s+"
                   rf"(?:de|entre)\s+(?:los\s+estados\s+de\s+)?|\bborder\s+(?:area|region|zone)\s+(?:of|between)\s+(?:the\s+states\s+of\s+)?|"
                   rf"\bgrensgebied\s+(?:van|tussen)\s+)(?P<place>{_CAPS}\s+(?:y|e|and|en)\s+{_CAPS})",
         ("limítrofe", "limitrofe", "fronteriza", "border", "grensgebied")),
    # a region told by the states it spans: "a mountainous, marijuana-growing region straddling the northern states
    # of Sinaloa, Durango and Chihuahua", "una región que abarca los estados de", "een gebied dat zich uitstrekt over"
    Trap("region", rf"(?i:\b(?:region|area|zone|belt|regi[oó]n|zona|franja|[aá]rea|regio|gebied|streek)\s+"
                   rf"(?:(?:that|which|que|dat|die)\s+)?(?:straddl\w+|spann?\w*|stretch\w*\s+(?:across|over)|cover\w*|"
                   rf"abarca\w*|comprend\w*|se\s+extiende\s+(?:por|entre)|zich\s+uitstrekt\s+over|omvat)\s+"
                   rf"(?:(?:the|los|las|de)\s+)?(?:(?:northern|southern|western|eastern|norteños|sureños|noordelijke|zuidelijke)\s+)?"
                   rf"(?:states|estados|staten|deelstaten)\s+(?:of\s+|de\s+)?)"
                   rf"(?P<place>{_CAPS}(?:(?:\s*,\s*|\s+(?:y|e|and|en)\s+){_CAPS})*)",
         ("straddl", "span", "stretch", "cover", "abarca", "comprend", "extiende", "uitstrekt", "omvat")),
    # a state named as a neighbour of the scene: "the shooting continued in the area near the state of Nuevo Leon",
    # "cerca del estado de Jalisco"
    Trap("reference", rf"(?i:\b(?:near|close\s+to|cerca\s+del?|muy\s+cerca\s+del?|bij|nabij)\s+(?:the\s+|el\s+|de\s+)?"
                      rf"(?:state|estado|deelstaat)\s+(?:of\s+|de\s+)?)(?P<place>{_CAPS})", ("near", "close", "cerca", "bij")),
    # a cockfight pit, not the Chiapas town: "a shootout in Palenque called Poker", "el palenque El Gallo de Oro"
    Trap("venue", r"\b(?:[Pp]alenque\s+(?=(?:called|named|known\s+as|llamado|denominado|conocido\s+como)\b|[\"“«'])|"
                  r"palenque\s+(?=[A-ZÁÉÍÓÚÑ]))", ("palenque",)),
    # a school named after a person or a town: "en las escuelas Guadalupe Victoria y Lázaro Cárdenas, situadas en el
    # municipio de Cuautepec", "la primaria Benito Juárez" (not "la Escuela Normal Rural de Ayotzinapa", where students
    # of a place are named)
    Trap("venue", rf"\b(?:[Ee]scuelas?|[Pp]rimarias?|[Ss]ecundarias?|[Tt]elesecundarias?|[Pp]reparatorias?|[Cc]olegios?|"
                  rf"[Jj]ard[ií]n(?:es)?\s+de\s+[Nn]iños|[Kk]inder)(?:\s+(?:[Pp]rimaria|[Ss]ecundaria|[Oo]ficial|[Ff]ederal|"
                  rf"[Ee]statal|[Rr]ural|[Tt][eé]cnica|[Gg]eneral))*\s+(?!Normal\b){_CAPS}(?:\s*,\s*{_CAPS})*"
                  rf"(?:\s+(?:y|e)\s+{_CAPS})?", ("escuela", "primaria", "secundaria", "preparatoria", "colegio", "jard", "kinder")),
    # a lake or a dam named after a town: "en la ribera del lago de Chapala", "on the shores of Lake Chapala", "la presa
    # El Cuchillo" (in lower case only: "Laguna de Bustillos" is a town)
    # a devotion, no place: "un altar de la virgen de Guadalupe", "Our Lady of Guadalupe", "la Virgen de Juquila"
    Trap("devotion", rf"\b(?:[Vv]irgen|[Vv]irgin|[Nn]uestra\s+[Ss]eñora|[Oo]ur\s+[Ll]ady|[Mm]aagd)\s+(?:de|del|of|van)\s+"
                     rf"(?:la\s+|los\s+|las\s+)?{_CAPS}", ("virgen", "virgin", "señora", "lady", "maagd")),
    Trap("lake", rf"\b(?:lago|laguna|presa|Lake|meer\s+van)\s+(?:de\s+|del\s+)?{_CAPS}", ("lago", "laguna", "presa", "lake", "meer")),
    # a river named like a town: "across the Rio Grande from Roma, Texas"
    # ("across Rio Bravo/Rio Grande to Del Rio Texas": both names of the river)
    Trap("river", r"\b(?:the|del|el|across|along|crossing|crossed|cruzar|cruzaron)\s+(?:Rio|Río)\s+(?:Grande|Bravo)\b"
                  r"|\b(?:Rio|Río)\s+(?:Grande|Bravo)\s*/\s*(?:Rio|Río)\s+(?:Grande|Bravo)\b", ("rio", "río")),
    # places counted, not named, near a town: "Armed groups battled in two municipalities near Culiacan", "en dos
    # comunidades cercanas a Tepic"
    Trap("reference", rf"(?i:\b(?:two|three|four|several|various|dos|tres|cuatro|varios|varias|diversos|diversas|twee|drie|"
                      rf"vier|enkele|verschillende)\s+(?:municipalities|towns|communities|villages|municipios|comunidades|"
                      rf"poblados|localidades|gemeenten|dorpen|plaatsen)\s+(?:near|close\s+to|around|outside|cercan[oa]s\s+a|"
                      rf"cerca\s+de|aleda[ñn]os\s+a|vecinos\s+(?:a|de)|bij|nabij|rond)\s+(?:the\s+city\s+of\s+|la\s+ciudad\s+de\s+)?)"
                      rf"(?P<place>{_CAPS})",
         ("near", "close", "around", "outside", "cercan", "cerca", "aleda", "vecinos", "bij", "rond")),
    # where a road leads, not where something happened: "in the direction of Atasta", "rumbo a"
    Trap("direction", rf"(?i:\b(?:in\s+the\s+direction\s+of|heading\s+(?:to|for)|bound\s+for|con\s+(?:direcci[oó]n|rumbo)\s+(?:a|hacia)|"
                      # "En el trayecto a Culiacán, los escoltas fueron emboscados cerca de Guasave", "on their way to"
                      rf"(?:en\s+el\s+)?trayecto\s+(?:a|al|hacia)|on\s+(?:the|their|his|her)\s+way\s+to|en\s+route\s+to|"
                      rf"en\s+direcci[oó]n\s+(?:a|de|hacia)|rumbo\s+(?:a|hacia)|richting|op\s+weg\s+naar)\s+(?:la\s+|el\s+|the\s+)?){_CAPS}",
         ("direction", "heading", "bound for", "rumbo", "direcci", "richting", "op weg naar", "trayecto", "way to",
          "en route")),
    # where an ambulance came from, not the scene: "fue trasladado en una patrulla ambulancia de Zacatelco"
    Trap("reference", rf"\b(?:[Aa]mbulancias?|[Aa]mbulances?)\s+(?:de|del|from)\s+(?:la\s+|el\s+|the\s+)?{_CAPS}",
         ("ambulanc",)),
    # where travellers were headed, not where they were stopped: "los individuos indicaron proceder de Nuevo Laredo y
    # tener como destino el estado de Morelia", "a truck bound for Culiacán", "met bestemming Monterrey"
    Trap("destination", rf"(?i:\b(?:como\s+destino|con\s+destino\s+(?:a|al|hacia)|destined\s+for|bound\s+for|"
                        rf"(?:met\s+)?bestemming)\s+(?:el\s+|la\s+|the\s+)?(?:estado\s+de\s+|ciudad\s+de\s+|"
                        rf"municipio\s+de\s+|state\s+of\s+|city\s+of\s+|de\s+stad\s+)?)(?P<place>{_CAPS})",
         ("destino", "destined", "bound for", "bestemming")),
    # the states the displaced went to, not where they fled from: "Los desplazados se han refugiado ... así como en los
    # estados de México, Morelos, Nuevo León", "families have fled to the states of Sinaloa and Sonora"
    Trap("destination", rf"(?i:\b(?:se\s+(?:han\s+|habían\s+|habian\s+)?refugiad[oa]s?|se\s+refugiaron|(?:han|ha|habían)\s+"
                        rf"buscado\s+refugio|took\s+refuge|(?:have|has|had)\s+taken\s+refuge|sought\s+refuge|"
                        rf"(?:huyeron|han\s+huido|fled|have\s+fled)\s+(?:a|hacia|to)\b)[^.;]{{0,160}}?\b(?:en|a|in|to)\s+"
                        rf"(?:los\s+|the\s+)?(?:estados|states)\s+(?:de\s+|of\s+)?)"
                        rf"(?P<place>{_CAPS}(?:(?:\s*,\s*|\s+(?:y|e|and)\s+){_CAPS})*)",
         ("refugi", "refuge", "huy", "fled")),
    # the shelter the displaced reached, not where they fled from: "el albergue de la ciudad de Guamúchil se
    # encuentra casi al límite", "resguardarse en la ciudad de Guamúchil", "the shelter in", "de opvang in"
    Trap("destination", rf"(?i:\b(?:albergues?(?:\s+temporal(?:es)?)?|refugios?\s+temporal(?:es)?|shelters?|noodopvang|opvang(?:centrum)?|"
                        # ... "El Maguey residents are currently taking refuge in the municipality of Los Reyes"
                        rf"resguardarse|refugiarse|se\s+refugia(?:n|ron|ban)?|refugiad[oa]s|"
                        rf"(?:take|taking|took|taken|sought|seeking|seek|found|finding)\s+refuge|"
                        rf"(?:zochten|zoeken|vonden)\s+(?:een\s+)?(?:toevlucht|onderdak))\s+(?:de|del|en|in|at|of|van)\s+"
                        rf"(?:la\s+ciudad\s+de\s+|el\s+municipio\s+de\s+|the\s+(?:city|town|municipality)\s+of\s+|de\s+stad\s+|"
                        rf"de\s+gemeente\s+)?)"
                        rf"(?P<place>{_CAPS})",
         ("albergue", "refugi", "shelter", "opvang", "resguardarse", "refuge", "toevlucht", "onderdak")),
    # a neighbouring state or town, not where it happened: "en los límites con el estado de Nuevo
    # León", "colindante con Jalisco", "on the border with Sonora", "op de grens met Sinaloa"
    # ... nor two states named as a border ("en los límites entre Michoacán y Guanajuato"; two towns so named are
    # where one scene lies)
    Trap("border", rf"(?i:\b(?:l[ií]mites?\s+(?:territorial(?:es)?\s+|estatal(?:es)?\s+)?con|linderos?\s+con|colindancia\s+con|l[ií]m[ií]trofes?,?\s+(?:con|entre)|colinda(?:ntes?|n)?\s+con|"
                   rf"l[ií]mites?\s+entre(?=\s+(?:los\s+estados\s+de\s+)?(?:{STATE_NAMES})\s+(?:y|e)\s)|"
                   rf"frontera\s+con|fronteriz[oa]s?\s+con|border\s+with|state\s+line\s+with|bordering|grens\s+met|grenzend\s+aan|"
                   # "which borders the state of Michoacán", "hasta los límites del estado de Michoacán" (how far)
                   rf"(?:which|that|and|it|que)\s+borders|hasta\s+(?:los\s+)?l[ií]mites\s+(?:del|de\s+los|de))\s+"
                   # ... "near the border with the violence-plagued state of Michoacán"
                   rf"(?:el\s+|la\s+|los\s+|the\s+|de\s+|het\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:estados?|municipios?|states?|"
                   rf"municipalit(?:y|ies)|deelstaat|deelstaten|staat|staten|gemeenten?)\s+(?:de\s+|of\s+|van\s+)?)?){_CAPS}"
                   # ... and the places listed with it: "con el estado de Querétaro e Hidalgo", "which borders the state
                   # of Zacatecas to the north, and the municipality of Lagos de Moreno to the south"
                   rf"(?:{_TO_THE_SIDE}(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:y|e|and|en)\s+)(?:(?:el\s+|the\s+)?(?:estado\s+de\s+|state\s+of\s+|"
                   rf"municipio\s+de\s+|municipality\s+of\s+))?{_CAPS})*{_TO_THE_SIDE}",
         ("límite", "limite", "linderos", "limítrofe", "limitrofe", "colinda", "frontera con", "fronteriz", "border with", "bordering",
          "state line with",
          "borders", "grens met", "grenzend")),
    # a crossing's gate is named after no town of the event: "near the San Miguel gate, a traditional tribal crossing"
    Trap("border", rf"(?i:\bthe\s+){_CAPS}(?=\s+(?i:gate)\b)", ("gate",)),
    # a state's border named before the word: "in Anáhuac, 200 kilometers north of Monterrey near the Tamaulipas border"
    # (a town's, "near the Nogales border crossing", is that town)
    Trap("border", rf"(?i:\b(?:near|on|along|across|close\s+to|toward|towards|at|from)\s+the\s+)(?=(?:{STATE_NAMES})\s+(?i:border|state\s+line)\b(?!\s+crossing))"
                   rf"{_CAPS}", ("border", "state line")),
    # where armed civilians come from, not where they act: "Guardias de Autodefensas de los municipios de Chinicuila y
    # Coalcomán, establecieron dos barricadas, una a la entrada de dicha población" (Coahuayana's), "self-defense
    # groups from the towns of Tepalcatepec and Buenavista"
    Trap("origin", rf"(?i:\b(?:autodefensas?|guardias\s+comunitarias|polic[ií]as?\s+comunitari[oa]s|comunitarios|"
                   rf"self-defen[cs]e\s+(?:groups?|forces?|militias?)|vigilantes|zelfverdedigingsgroepen|burgerwachten)\s+"
                   rf"(?:de\s+los\s+municipios\s+de|from\s+the\s+(?:towns|municipalities)\s+of|uit\s+de\s+(?:gemeenten|plaatsen))\s+)"
                   rf"(?P<place>{_CAPS}(?:(?:,\s*|\s+(?:y|and|en|e)\s+){_CAPS})*)",
         ("autodefens", "comunitari", "self-defen", "vigilante", "zelfverdedig", "burgerwacht")),
    # where people were coming back from: "cuando regresaban de una reunión en la ciudad de Casas Grandes", "regresaban
    # de verificar obras en el municipio de Motozintla", "as they were returning from a meeting in Casas Grandes"
    # (the words between in lower case: "regresaba de Culiacán en Navolato" is attacked in Navolato)
    Trap("origin", rf"(?i:\b(?:regresaban|regresaba|volv[ií]an|volv[ií]a|returning|terugkeerden|terugkwamen|terugkwam)\s+"
                   rf"(?:de|del|from|van|uit)\s+)(?:[a-záéíóúñü,\s]{{0,60}}?\b(?:en|in)\s+)?(?i:el\s+municipio\s+de\s+|"
                   rf"la\s+ciudad\s+de\s+|the\s+(?:city|town)\s+of\s+|de\s+stad\s+)?{_CAPS}",
         ("regresaba", "volv", "returning", "terugke", "terugkw")),
    # where a trip began when it names where it went: "was attacked as it drove from the coastal city of Los Mochis into
    # the town of El Fuerte" (a town the sentence places the event in, "into the town of", then places it; a bare "to"
    # leaves the road's state, as "cuando se trasladaban de Culiacán a Navolato" always did)
    Trap("origin", rf"(?i:\b(?:drove|driving|drive|traveled|travelled|traveling|travelling|headed|heading|going|went|"
                   rf"se\s+trasladaban?|viajaban?|se\s+dirig[ií]an?|circulaban?|reden|rijden|reisden)\s+(?:back\s+)?(?:from|de|del|van|uit)\s+"
                   rf"(?:the\s+|la\s+|el\s+|het\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|port|ciudad|municipio|poblado|"
                   rf"comunidad|cabecera\s+municipal|stad|dorp)\s+(?:of\s+|de\s+)?)?){_CAPS}"
                   rf"(?=,?\s+(?i:to|into|toward|towards|for|a|al|hacia|rumbo\s+a|con\s+destino\s+a|naar)\s)",
         ("drove", "driving", "drive", "travel", "headed", "heading", "going", "went", "trasladaba", "viajaba", "dirig",
          "circulaba", "reden", "rijden", "reisden")),
    # where people or troops came from: "60 more troops from the state of Campeche", "procedentes de"
    # ("las víctimas del ataque provenían del poblado de San Martín")
    # ... "los individuos indicaron proceder de Nuevo Laredo"
    Trap("origin", rf"(?i:\b(?:(?:proven[ií]an?|provenir|proced[ií]an?|proceder|ven[ií]an?|came|hailed)\s+(?:de|del|from|uit)|"
                   rf"kwam(?:en)?\s+uit)\s+"
                   rf"(?:la\s+|el\s+|the\s+|het\s+|de\s+)?(?:(?:comunidad|localidad|poblado|rancher[ií]a|municipio|village|town|"
                   rf"dorp|gemeente|stadje)\s+(?:de\s+|del\s+|of\s+)?)?){_CAPS}",
         ("proven", "proced", "venía", "venia", "came from", "hailed", "kwam")),
    # where the attackers are said to be from: "Los presuntos asesinos habrían sido de la comunidad de San Pedro
    # Ocotepec", "the killers were from the village of X", "de daders kwamen uit het dorp X"
    Trap("origin", rf"(?i:\b(?:asesinos|agresores|atacantes|homicidas|sicarios|pistoleros|responsables|killers|attackers|"
                   rf"gunmen|assailants|daders|aanvallers|schutters)\s+(?:\w+\s+){{0,3}}?(?:(?:habr[ií]an|habr[ií]a|han|ha)\s+sido|"
                   rf"ser[ií]an|eran|son|fueron|were|are|waren|zijn)\s+(?:originari[oa]s\s+|vecin[oa]s\s+|afkomstig\s+)?"
                   rf"(?:de|del|from|uit|van)\s+(?:la\s+|el\s+|the\s+|het\s+|de\s+)?(?:(?:comunidad|localidad|poblado|"
                   rf"rancher[ií]a|municipio|village|town|dorp|gemeente)\s+(?:de\s+|del\s+|of\s+)?)?){_CAPS}",
         ("asesinos", "agresores", "atacantes", "homicidas", "sicarios", "pistoleros", "responsables", "killers",
          "attackers", "gunmen", "assailants", "daders", "aanvallers", "schutters")),
    # gunmen from elsewhere: "arrested 10 gunmen from a drug cartel in Tamaulipas", "13 gunmen from Tamaulipas and
    # Jalisco", "sicarios provenientes de" (above)
    Trap("origin", rf"(?i:\b(?:gunmen|hitmen|sicarios|suspects|members|criminals|men|women)\s+from\s+"
                   rf"(?:(?:a|the)\s+(?:[\w-]+\s+){{0,3}}?(?:in|of)\s+)?(?:the\s+state\s+of\s+)?)"
                   rf"(?P<place>{_CAPS}(?:(?:\s*,\s*|\s+and\s+){_CAPS})*)",
         ("from",)),
    # where the victim worked: "The journalist, who worked for a newspaper in Culiacan, was killed in
    # Navolato", "quien trabajaba para un diario en Culiacán", "die voor een krant in Culiacán werkte"
    Trap("workplace", rf"(?i:\b(?:worked|working|trabajaba|laboraba|werkte)\s+(?:for|at|as|para|en|como|voor|bij|als)\s+"
                      rf"[^.;,]{{0,50}}?\b(?:in|en)\s+(?:the\s+(?:city\s+)?of\s+|la\s+ciudad\s+de\s+)?){_CAPS}",
         ("worked", "working", "trabajaba", "laboraba", "werkte")),
    # ... or where they kept a shop: "Oscar era gallero y con su esposa tenían una tienda de abarrotes en la comunidad San
    # Bernardo", "the couple ran a grocery store in San Bernardo"
    Trap("workplace", rf"(?i:\b(?:ten[ií]an?|pose[ií]an?|atend[ií]an?|had|ran|owned|runs|owns)\s+(?:un|una|a|an|su|sus|his|her|"
                      rf"their)\s+(?:[\w-]+\s+){{0,3}}?(?:tiendas?|negocios?|local|puestos?|taller|stores?|shops?|business|"
                      rf"restaurante?s?)\s+(?:[\w-]+\s+){{0,4}}?(?:en|in)\s+(?:la\s+comunidad\s+(?:de\s+)?|el\s+poblado\s+(?:de\s+)?|"
                      rf"la\s+colonia\s+|the\s+(?:town|village|community)\s+of\s+)?){_CAPS}",
         ("tenía", "tenian", "tenían", "poseía", "poseia", "atendía", "atendia", "had", "ran", "owned", "runs", "owns")),
    # ... Dutch puts the verb last: "de Belg, die een verblijfsvergunning had en in Mexico-Stad werkte"
    Trap("workplace", rf"(?i:\bdie\s+[^.;]{{0,80}}?\bin\s+)(?P<place>{_CAPS})\s+(?:werkte|werkten|woonde|woonden)\b",
         ("werkte", "woonde")),
    # troops from a base elsewhere: "Soldiers from the base in Apatzingan were ambushed near Aguililla"
    Trap("origin", rf"(?i:\b(?:from|de|del|van)\s+(?:the\s+|la\s+|el\s+|de\s+)?(?:military\s+|army\s+|militar\s+)?"
                   rf"(?:base|barracks|garrison|cuartel|destacamento|kazerne)\s+(?:militar\s+)?(?:in|en|de|of|van)\s+){_CAPS}",
         ("base", "barracks", "garrison", "cuartel", "destacamento", "kazerne")),
    # a body found far from where the victim went missing: "the body of a man reported missing in Tijuana
    # in a ravine in Tecate"
    Trap("reference", rf"(?i:\b(?:reported\s+missing|reportad[oa]s?\s+como\s+desaparecid[oa]s?|als\s+vermist\s+opgegeven)\s+"
                      rf"(?:in|en|from|desde|de|del|uit)\s+(?:the\s+|la\s+|el\s+)?){_CAPS}",
         ("missing", "desaparecid", "vermist")),
    # ... nor where a found vehicle had been reported stolen: "Dicho vehículo cuenta con reporte de robo interpuesto el 20
    # de octubre del presente año en la ciudad de Chihuahua", "the truck had been reported stolen in Tijuana", "als
    # gestolen opgegeven in Tijuana"
    # (a report filed: "tres vehículos con reporte de robo en Aguililla" are recovered there)
    Trap("reference", rf"(?i:\b(?:(?:reporte|denuncia)\s+de\s+robo\s+(?:interpuest|levantad|presentad|realizad)[oa]|"
                      rf"reported\s+stolen|als\s+gestolen\s+opgegeven)\b"
                      rf"[^.;]{{0,70}}?\b(?:in|en)\s+(?:the\s+city\s+of\s+|la\s+ciudad\s+de\s+|de\s+stad\s+)?){_CAPS}",
         ("robo", "stolen", "gestolen")),
    # ... and a stolen vehicle's report filed in another state: "un Nissan Versa con reporte de robo en Sinaloa" (a town
    # is where the vehicles were recovered: "tres vehículos con reporte de robo en Aguililla")
    Trap("reference", rf"(?i:\bcon\s+reporte\s+de\s+robo\s+en\s+(?:el\s+estado\s+de\s+)?)(?P<place>{STATE_NAMES})\b",
         ("robo",)),
    # where someone works: "also assigned to the attache office in Mexico City" ("adscrito al municipio
    # de Oriental" names the prosecutor's district, which is where the case is: no trap)
    Trap("workplace", rf"(?i:\b(?:assigned|detailed|gedetacheerd)\s+(?:to|at|bij)\s+[^.;,]{{0,50}}?"
                      rf"\b(?:in|te)\s+(?:the\s+)?(?:city\s+of\s+)?){_CAPS}",
         ("assigned", "detailed", "gedetacheerd")),
    # ... "comisionados en el Aeropuerto Internacional de Monterrey" (the agents killed in Santiago worked there)
    Trap("workplace", rf"(?i:\b(?:comisionad[oa]s?|asignad[oa]s?)\s+(?:en|a|al)\s+(?:el\s+|la\s+)?[^.;,]{{0,50}}?"
                      rf"\b(?:de|del|en)\s+(?:la\s+ciudad\s+de\s+)?){_CAPS}",
         ("comisionad", "asignad")),
    # where a unit is stationed: "un grupo de Morteros del 19 batallón, destacamentado en el municipio de
    # Petatlán", "the 9th Military Zone, stationed in Culiacán" ("based in", "con sede en": biography, below)
    # ... and where people are posted: "militares destacados en el Precos de Villa Unión", "agentes adscritos en
    # Tehuacán y Ajalpan" ("adscrito al municipio de Oriental" stays a place: see above)
    Trap("workplace", rf"(?i:\b(?:destacamentad[oa]s?|destacad[oa]s|acantonad[oa]s?|adscrit[oa]s?|con\s+base|stationed|"
                      rf"headquartered|gestationeerd|gelegerd)\s+(?:en|in)\s+(?:el\s+municipio\s+de\s+|la\s+ciudad\s+de\s+|"
                      rf"the\s+(?:city|town)\s+of\s+|de\s+stad\s+|(?:el|la|los|las)\s+(?=[A-ZÁÉÍÓÚÑ]))?){_CAPS}",
         ("destacamentad", "destacad", "acantonad", "adscrit", "con base", "stationed", "headquartered",
          "gestationeerd", "gelegerd")),
    # where one person lives: "Tamez, ... is a resident of the municipality of China, 60 miles northeast of Monterrey"
    # (residents, plural, of a town are its people, where things happen to them)
    Trap("origin", rf"(?i:\b(?:is|was|a|an)\s+(?:\w+\s+)?resident\s+of\s+(?:the\s+(?:municipality|town|city|village)\s+of\s+)?)"
                   rf"{_CAPS}", ("resident of",)),
    # where someone was last seen is where they were before they vanished, no place of what was done to them: "Adam
    # Coleman and Dean Lucas ... were last seen alive in the night of 20 November in the town of Topolobampo", "fue
    # visto por última vez en Xalisco", "werd voor het laatst gezien in Tepic"
    Trap("origin", rf"(?i:\b(?:last\s+seen|vist[oa]s?\s+por\s+[uú]ltima\s+vez|voor\s+het\s+laatst\s+(?:levend\s+)?gezien)"
                   rf"\s+(?:[\w,]+\s+){{0,8}}?(?:in|at|near|en|cerca\s+de|bij)\s+(?:the\s+|el\s+|la\s+|het\s+|de\s+)?"
                   rf"(?:(?:town|city|village|municipality|port|resort|municipio|ciudad|poblado|localidad|comunidad|"
                   rf"dorp|stad|plaats)\s+(?:of\s+|de\s+)?)?){_CAPS}",
         ("last seen", "por última vez", "por ultima vez", "het laatst")),
    # a search collective is named after the town it comes from: "El colectivo Las Rastreadoras de El Fuerte llegarán a
    # Guaymas", "Madres Buscadoras de Sonora" (a search is where it digs, not where the collective is from)
    Trap("origin", rf"(?:(?i:\b(?:colectivos?|collectives?)\s+)(?:(?:{_CAP}|[“\"])\s*){{1,5}}?(?i:de|del|of)"
                   rf"|\b(?:Rastreador[ae]s|Buscador[ae]s|Madres\s+Buscadoras)\s+(?i:de|del))\s+(?P<place>{_CAPS})",
         ("colectivo", "collective", "rastreador", "buscador")),
    # where a witness lives or came from: "dijo un turista de Ciudad de México", "a tourist from Texas"
    Trap("origin", rf"(?i:\b(?:turistas?|visitantes?|vacacionistas?|paseantes|tourists?|visitors?|holidaymakers?|"
                   rf"toeristen|toerist|bezoekers?|vakantiegangers?)\s+(?:\w+\s+)?(?:de|del|from|uit|van)\s+"
                   rf"(?:la\s+|el\s+|the\s+|het\s+)?){_CAPS}",
         ("turist", "visitante", "vacacionista", "paseante", "tourist", "visitor", "holidaymaker", "toerist",
          "bezoeker", "vakantieganger")),
    # handed over to the authorities somewhere: "puestos a disposición de la FGR, en la ciudad de Morelia"
    # ... nor the prison where someone spent time before: "luego de permanecer poco más de un año interno en el Cereso No. 1
    # de Aquiles Serdán", "había estado recluido en el penal de Puente Grande"
    Trap("custody", rf"(?i:\b(?:intern[oa]s?|recluid[oa]s?|encarcelad[oa]s?|internad[oa]s?|pres[oa]s?|purgaba|purgando|"
                    rf"cumpl[ií]a\s+(?:una\s+)?condena)\s+(?:[\w.]+\s+){{0,3}}?en\s+el\s+(?:cereso|cefereso|penal|reclusorio|"
                    rf"centro\s+(?:federal\s+)?de\s+reinserci[oó]n\s+social|centro\s+penitenciario)(?:\s+(?:n[oú]m(?:ero|\.)?|no\.)\s*\d+)?"
                    rf"(?:\s+(?:femenil|varonil|estatal|federal))?\s+(?:de|del|en)\s+)(?P<place>{_CAPS})",
         ("cereso", "penal", "reclusorio", "reinserci", "penitenciario")),
    Trap("custody", rf"(?i:\b(?:puest[oa]s?|turnad[oa]s?|remitid[oa]s?|entregad[oa]s?|handed\s+over|turned\s+over|"
                    rf"overgedragen|overgeleverd)\s+(?:a|to|aan)\s+"
                    rf"[^.;]{{0,80}}?\b(?:en|in)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?){_CAPS}",
         ("puest", "turnad", "remitid", "entregad", "handed over", "turned over", "overgedragen", "overgeleverd")),
    # ... reinforcements too: "esperaron refuerzos del vecino municipio de Tonalá", "versterkingen uit de naburige gemeente"
    Trap("origin", rf"(?i:\b(?:from|desde|procedentes?\s+de|provenientes?\s+de|vanuit|afkomstig\s+uit|refuerzos\s+del?|"
                   rf"versterkingen\s+uit)\s+"
                   rf"(?:the\s+|el\s+|la\s+|het\s+|de\s+)?(?:neighbou?ring\s+|vecino\s+|naburige\s+)?(?:state|estado|staat|deelstaat|city|ciudad|"
                   rf"stad|municipio|municipality|gemeente)\s+"
                   rf"(?:(?:of|de|del|van)\s+|(?<=gemeente\s)|(?<=stad\s)|(?<=staat\s)))(?-i:{_CAPS})",
         ("from", "desde", "procedente", "proveniente", "vanuit", "afkomstig", "refuerzos", "versterkingen")),
    # where people came from: "muchos llegaron de Badiraguato y otros llegaron de Guadalupe y Calvo, que son de estados
    # distintos"
    Trap("origin", rf"(?i:\b(?:llegaron|llegaban|lleg[oó]|vienen|ven[ií]an|vinieron|vino|provienen|proven[ií]an)\s+"
                   rf"(?:de|del))\s+{_CAPS}(?:(?:\s*,\s*|\s+(?i:y|e)\s+){_CAPS})*",
         ("llega", "lleg", "vien", "vení", "veni", "vinie", "vino", "provien", "proven")),
    # the attackers' home, told as who did it: "víctima de múltiples invasiones violentas por parte de los vecinos de San
    # Vicente Coatlán"
    Trap("origin", rf"(?i:\bpor\s+parte\s+de\s+(?:los|las|sus|unos|algunos)\s+(?:vecinos|habitantes|pobladores|comuneros|ejidatarios|"
                   rf"moradores)\s+(?:de|del)\s+(?:la\s+comunidad\s+de\s+|el\s+municipio\s+de\s+)?){_CAPS}",
         ("por parte",)),
    # where a victim was coming back from: "circulaba en un auto de regreso de Ometepec, en la Costa Chica, cuando fue
    # atacado", "returning from", "on his way back from", "op de terugweg van"
    Trap("origin", rf"(?i:\b(?:de\s+regreso\s+de(?:l)?|regresaba[n]?\s+de(?:l)?|volv[ií]a[n]?\s+de(?:l)?|returning\s+from|"
                   rf"on\s+(?:his|her|their|the)\s+way\s+back\s+from|coming\s+back\s+from|op\s+de\s+terugweg\s+van)\s+"
                   rf"(?:la\s+|el\s+|the\s+)?(?:(?:comunidad|localidad|municipio|ciudad|town|city|village)\s+(?:de\s+|of\s+)?)?){_CAPS}",
         ("regres", "volv", "returning", "way back", "coming back", "terugweg")),
    # "un supuesto líder procedente de Tamaulipas", "provenientes de las comunidades de San Martín y
    # El Mirador": where people or vehicles came from, with or without "the state of", and the municipality of a village
    # so told ("grupos civiles armados ... procedentes del ejido Manuel Utrilla del municipio de Chenalhó")
    # (but where the displaced fled from is where they were displaced: "Familias enteras provenientes de los municipios de
    # Bejucal de Ocampo, ... y Chicomuselo se han desplazado a Motozintla")
    Trap("origin", rf"(?i:\b(?:procedentes?|provenientes?)\s+del?\s+(?:la\s+|el\s+|las\s+|los\s+)?"
                   rf"(?:(?:comunidad(?:es)?|localidad(?:es)?|poblados?|rancher[ií]as?|municipios?|ejidos?|parajes?)\s+"
                   rf"(?:de\s+|del\s+)?)?)"
                   rf"{_CAPS}(?:(?:\s*,\s*|\s+(?:y|e)\s+){_CAPS})*(?:\s+(?i:del|en\s+el)\s+(?i:municipio)\s+(?i:de)\s+{_CAPS})?"
                   rf"(?![^.;]*?\b(?i:se\s+(?:han\s+)?desplaz\w+|huyeron|han\s+huido|salieron\s+de))",
         ("procedente", "proveniente")),
    # where the people of the sentence before are from, told at the start: "Son de Durango, Guatemala y Veracruz; se les
    # aseguraron 3 armas", "Eran originarios de Sinaloa"
    Trap("origin", rf"(?:^|(?<=[.;:]\s))(?:Son|Eran)\s+(?:originari[oa]s\s+|oriund[oa]s\s+|vecin[oa]s\s+)?(?:de|del)\s+"
                   rf"{_CAPS}(?:(?:\s*,\s*|\s+(?:y|e)\s+){_CAPS})*",
         ("son ", "eran ")),
    # who complained, by where they live: "denuncias en las que ciudadanos en estados como Tabasco, Chiapas o Veracruz
    # manifestaron que familiares suyos habían sido privados de su libertad", "people in states such as"
    Trap("origin", rf"(?i:\b(?:ciudadanos|personas|familias|familiares|habitantes|vecinos|residentes|people|residents|families|"
                   rf"mensen|bewoners|families)\s+(?:en|de|in|from|of|uit)\s+(?:estados|entidades|municipios|states|"
                   rf"municipalities|staten|deelstaten)\s+(?:como|such\s+as|like|zoals)\s+)"
                   rf"{_CAPS}(?:(?:\s*,\s*|\s+(?i:y|e|o|u|and|or|en|of)\s+){_CAPS})*",
         ("estados como", "entidades como", "municipios como", "states such", "states like", "municipalities such",
          "staten zoals")),
    # victims' hometowns: "Ángel Alberto, de 25 años, de Mazatlán", "José, 35, of Culiacán", "Jan (35) uit Culiacán"
    Trap("origin", rf"(?i:\bde\s+\d{{1,3}}\s+años(?:\s+de\s+edad)?\s*,?\s*(?:originari[oa]\s+|vecin[oa]\s+)?(?:de|del)\s+"
                   rf"(?:la\s+ciudad\s+de\s+|el\s+municipio\s+de\s+)?){_CAPS}"
                   # ... and the municipality and state after a hamlet: "de 34 años, de Nazareno de Abajo, del
                   # municipio de Lerdo, Durango"
                   rf"(?:\s*,\s*(?i:del|en\s+el)\s+(?i:municipio)\s+de\s+{_CAPS}(?:\s*,\s*{_CAPS})?)?", ("años",)),
    Trap("origin", rf",\s+\d{{1,3}},\s+(?:of|from)\s+{_CAPS}|\(\d{{1,3}}\)\s+uit\s+{_CAPS}", ("of", "from", "uit")),
    # the people the victims were handed to, not where they were seized: "fueron secuestrados ... y posteriormente
    # entregados a comuneros de la localidad de Topilejo", "handed over to villagers of", "overgedragen aan dorpelingen van"
    Trap("taken", rf"(?i:\b(?:entregad[oa]s?|handed\s+(?:\w+\s+)?over|overgedragen|overgeleverd)\s+(?:a|to|aan)\s+(?:los\s+|las\s+|the\s+|de\s+)?"
                  rf"(?:comuneros|pobladores|habitantes|vecinos|villagers|residents|community\s+members|dorpelingen|bewoners)\s+"
                  rf"(?:de|of|from|van|uit)\s+(?:la\s+(?:localidad|comunidad)\s+de\s+|the\s+(?:village|town|community)\s+of\s+)?)"
                  rf"(?P<place>{_CAPS})", ("entregad", "handed", "overgedragen", "overgeleverd")),
    # where bodies or the wounded were taken: "taken to a funeral home in Los Mochis"
    Trap("taken", rf"(?i:\b(?:taken|transferred|moved|flown|trasladad[oa]s?|llevad[oa]s?|overgebracht|vervoerd)\s+"
                  rf"(?:bajo\s+[^.;,]{{0,40}}?\s+)?(?:to|a|al|naar)\s+(?!cabo\b)[^.;]{{0,70}}?\b(?:in|en)\s+(?:la\s+|el\s+|the\s+)?){_CAPS}",
         ("taken", "transferred", "moved", "flown", "trasladad", "llevad", "overgebracht", "vervoerd")),
    # a facility someone was taken to, named after its town: "trasladados al anfiteatro de Apizaco",
    # "su traslado final al penal de mediana seguridad de Tenango del Valle"
    Trap("taken", rf"(?i:\b(?:taken|transferred|trasladad[oa]s?|traslado|llevad[oa]s?|ingresad[oa]s?|overgebracht)\s+"
                  rf"(?:\w+\s+)?(?:to|a|al|naar)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+|het\s+)?"
                  rf"(?:anfiteatro|semefo|servicio\s+m[eé]dico\s+forense|hospital|penal|c[aá]rcel|prisi[oó]n|reclusorio|"
                  rf"cereso|centro\s+penitenciario|morgue|funeraria|prison|jail|mortuarium|gevangenis)\b"
                  rf"[^.;]{{0,50}}?\b(?:de|del|of|van)\s+(?:la\s+ciudad\s+de\s+)?){_CAPS}"
                  # ... unless someone died there: "llevada al Hospital General de la ciudad de Durango, donde falleció"
                  rf"(?![^.;]{{0,30}}?\b(?:donde|where|waar)\s+(?:\w+\s+){{0,2}}?(?:falleci|muri|perdi[oó]|died|overleed|stierf))",
         ("taken", "transferred", "trasladad", "traslado", "llevad", "ingresad", "overgebracht")),
    # whom money was meant for: "dinero del programa PROSPERA que iba a ser pagado a beneficiarios de la junta auxiliar
    # de Atequexquitla en Xicotepec", "payments for beneficiaries in"
    Trap("request", rf"(?i:\b(?:beneficiari[oa]s|derechohabientes|beneficiaries|recipients|uitkeringsgerechtigden)\s+"
                    rf"(?:de|del|en|of|in|van|uit)\s+[^.;:]{{0,60}}?){_CAPS}(?:\s+(?i:en|in)\s+{_CAPS})?",
         ("beneficiari", "derechohabiente", "recipient", "uitkeringsgerechtigd")),
    # beneficiaries of a request: "pidió protección para los municipios de A, B y C"
    Trap("request", rf"(?i:\b(?:para|for|voor)\s+(?:los|las|el|la|the|de|het)\s+(?:habitantes\s+de\s+(?:los\s+)?|"
                    rf"residents\s+of\s+(?:the\s+)?|inwoners\s+van\s+(?:de\s+)?)?(?:municipios?|comunidades?|estados?|"
                    rf"localidades|municipalities|communities|states|towns|gemeenten?|staten|dorpen)\s+(?:de|of|van)\s+)"
                    rf"(?P<place>(?:(?:the|el|la|het)\s+)?(?:[a-z]+\s+){{0,2}}?{_CAPS}(?:(?:,\s*|\s+(?:y|and|en|e)\s+|"
                   rf"\s+(?:state|estado|staat)\s+(?:of|de|van)\s+){_CAPS})*)",
         ("para los", "para las", "para el", "para la", "for the", "voor de", "voor het")),
    # crimes someone is linked to or wanted for, not where they were caught: "detuvieron a tres
    # personas vinculadas a delitos de alto impacto en Villa de Reyes y Santa María del Río"
    Trap("linked", rf"(?i:\b(?:vinculad[oa]s?|relacionad[oa]s?|implicad[oa]s?|involucrad[oa]s?|señalad[oa]s?|"
                   rf"buscad[oa]s?|linked|tied|connected|wanted|suspected|betrokken|gelinkt|gezocht|verdacht)\s+"
                   rf"(?:(?:zijn|waren|zou|is|was|are|were)\s+)?(?:a|al|con|en|por|to|with|for|of|in|bij|aan|voor|van)\s+(?:[\w-]+,?\s+){{0,8}}?"
                   rf"(?:delitos|cr[ií]menes|homicidios|asesinatos|secuestros|extorsiones|hechos\s+delictivos|"
                   rf"crimes|murders|killings|homicides|kidnappings|extortions|misdrijven|moorden|ontvoeringen|"
                   # ... or one violent event: "aseguran cuatro camionetas implicadas en un reciente acto violento en Cazones"
                   rf"(?:actos?|hechos?)\s+violentos?)\b"
                   rf"[^.;]{{0,40}}?\b(?:en|in)\s+(?:los\s+municipios\s+de\s+|the\s+municipalities\s+of\s+)?)"
                   rf"(?P<place>(?:(?:the|el|la|het)\s+)?(?:[a-z]+\s+){{0,2}}?{_CAPS}(?:(?:,\s*|\s+(?:y|and|en|e)\s+|"
                   rf"\s+(?:state|estado|staat)\s+(?:of|de|van)\s+){_CAPS})*)",
         ("vinculad", "relacionad", "implicad", "involucrad", "señalad", "buscad", "linked", "tied", "connected",
          "wanted", "suspected", "betrokken", "gelinkt", "gezocht", "verdacht")),
    # institutions: embassies and consulates (not one attacked: "lobbed a fragmentation grenade at the U.S. Consulate in
    # Nuevo Laredo", "A homemade bomb exploded in front of the U.S. Consulate in Nuevo Laredo": the target's town)
    Trap("reference", rf"(?P<target>(?i:\b(?:(?:grenade|bomb|explosive|shots|gunfire|attack(?:ed|s)?|granada|explosivo|"
                      rf"disparos|ataque|atentado|granaat|bom|aanslag)\s+(?:[\w-]+\s+){{0,2}}?(?:at|on|against|al|contra|op)|"
                      # ("attacked the consulate", "near the U.S. Consulate in Monterrey": the target's town too)
                      rf"attacked|atacaron|atac[oó]|near|cerca\s+del|junto\s+al|nabij|bij|"
                      rf"in\s+front\s+of|outside|frente\s+al|afuera\s+del|fuera\s+del|voor)\s+(?:the\s+|el\s+|het\s+)?"
                      rf"(?:[\w.]+\s+){{0,3}}?))?"
                      rf"(?i:\b(?:ambassade|embassy|embajada|consulaat|consulate|consulado)(?:[\s-]+general)?\s+(?:in|en|van|of|de|del)"
                      rf"\s+(?:la\s+|el\s+)?)(?(target){_CAPS}|(?P<place>{_CAPS}))", _A_REFERENCE),
    # where something was said, not where it happened: "said in Mexico City", "conferencia en"
    Trap("speech", rf"(?i:\b(?:said|told\s+reporters|stated|zei|zegt|verklaarde|dijo|declar[oó]|afirm[oó]|señal[oó]|"
                   rf"(?:press\s+conference|news\s+conference|persconferentie|conferencia(?:\s+de\s+prensa)?|"
                   rf"ma[ñn]anera))(?:\s+(?:on|el|op|this|este)\s+\w+)?\s+(?:in|en|vanuit|desde|at)\s+"
                   rf"(?:la\s+|el\s+|the\s+)?){_CAPS}", _A_SPEECH),
    # ... nor where an arrest is to be announced: "Authorities were expected to formally announce the arrest of Knights
    # Templar leader Servando Gomez Martinez ... later today in Mexico City"
    Trap("speech", rf"(?i:\b(?:announce[sd]?|announcing|anunciar[aá]?n?|anunci[oó]|aankondig\w*)\b[^.;]{{0,120}}?\b"
                   rf"(?:later\s+today|today|tonight|on\s+\w+day|this\s+(?:morning|afternoon|evening)|m[aá]s\s+tarde|"
                   rf"este\s+\w+|hoy|later\s+vandaag|vandaag)\s+(?:in|en)\s+(?:la\s+|el\s+|the\s+)?){_CAPS}",
         ("announc", "anunci", "aankondig")),
    # where a charged crime happened, not the arrest: "detenido ... acusado de presuntamente estar implicado
    # en un homicidio en Puebla", "charged with a murder in Texas"
    Trap("charge", rf"(?i:\b(?:acusad[oa]s?|imputad[oa]s?|accused|charged|beschuldigd|verdacht)\s+(?:de|of|with|van)\b"
                   rf"[^.;:]{{0,80}}?\b(?:en|in)\s+(?:la\s+|el\s+|the\s+)?){_CAPS}"
                   # ("tras ser señalado por el robo de una camioneta en Perote, Veracruz": the theft's town, not the
                   # lynching's; "es señalado de participar en asesinatos ... tanto en Sonora como en Baja California")
                   rf"|(?i:\b(?:señalad[oa]s?\s+(?:por|de)|señalad[oa]s?\s+como\s+(?:presunt[oa]s?\s+)?responsables?\s+de)\b"
                   rf"[^.;:]{{0,80}}?\b(?:en|in)\s+(?:la\s+|el\s+|the\s+)?){_CAPS}"
                   rf"(?:(?:\s*,\s*|\s+(?i:y|e|o)\s+|\s+(?i:como\s+en)\s+){_CAPS})*"
                   # "linked to at least 20 homicides in La Paz and the murder of a woman in Sinaloa state"
                   rf"|(?i:\b(?:linked\s+to|tied\s+to|blamed\s+for|responsible\s+for|(?:presunt[oa]s?\s+)?responsables?\s+de|"
                   rf"se\s+le\s+atribuye[n]?|verantwoordelijk\s+voor)\s+(?:[\w,]+\s+){{0,5}}?(?:murders?|homicides?|killings?|"
                   rf"homicidios?|asesinatos?|ejecuciones|moorden)\b[^.;:]{{0,140}}\b(?:en|in)\s+(?:la\s+|el\s+|the\s+)?){_CAPS}"
                   # ... all the places named so: "tanto en Morelos como en Guerrero", "in Sinaloa and Sonora"
                   rf"(?:(?:\s*,\s*|\s+(?i:y|e|and|en|o|or|of)\s+|\s+(?i:como\s+en|as\s+well\s+as\s+in)\s+){_CAPS})*",
         ("acusad", "imputad", "accused", "charged", "beschuldigd", "verdacht", "linked", "tied", "blamed", "responsib",
          "responsab", "atribuye", "verantwoordelijk", "señalad")),
    # where a military unit sits: "According to the 8th Military Zone in Reynosa, the Zetas also attacked a patrol"
    Trap("unit", rf"\b(?:Military|Naval|[Mm]ilitary|[Nn]aval)\s+(?:Zone|Region|Base|Garrison|zone|region|base|garrison)\s+"
                 rf"(?:in|at|of)\s+{_CAPS}|\b(?:Zona|Regi[oó]n)\s+(?:Militar|Naval)\s+(?:con\s+sede\s+)?(?:en|de)\s+{_CAPS}",
         ("military", "naval", "militar")),
    # datelines inside a sentence ("Cd. de México.-"): the dateline splitter takes most
    Trap("dateline", rf"^{_CAPS}\s*\.-", (".-",)),
    # biography: birthplaces, where a group operates from, where someone grew up
    Trap("biography", r"\b(?:oorspronkelijk\s+uit|afkomstig\s+uit|geboren\s+(?:in|te)|opgegroeid\s+in|originari[oa]s?\s+del?|"
                      r"oriund[oa]s?\s+del?|nativ[oa]s?\s+del?|nacid[oa]\s+en|naci[oó]\s+en|born\s+in|natives?\s+of|"
                      r"hails?\s+from|grew\s+up\s+in|opereert\s+vanuit|opereert\s+in|actief\s+in|"
                      # (but where companies work is where they are: "All bus companies that operate in Michoacán canceled
                      # services", "a mining company that operates in Cocula")
                      r"(?<!companies\sthat\s)(?<!company\sthat\s)(?<!firms\sthat\s)(?<!lines\sthat\s)"
                      r"operates?\s+(?:from|out\s+of|in)|based\s+in|gevestigd\s+in|met\s+basis\s+in|opera\s+desde|"
                      # a gang's turf ("a member of the Zetas cartel operating in the municipalities of X and Y"), not
                      # Spanish "un grupo armado que opera en ... Chenalhó", which goes on to tell its ambush there
                      r"(?:cartel|gang|group|organi[sz]ation|cell)\s+operating\s+in|"
                      r"con\s+sede\s+en|con\s+presencia\s+en|presence\s+in|aanwezigheid\s+in|bolwerk|stronghold|"
                      # a gang's trade: "se encargaban de la venta y distribución de droga en Amacuzac y Tetecala",
                      # "in charge of selling drugs in", "verantwoordelijk voor de drugsverkoop in"
                      r"encarga(?:ba|ban|n)?\s+de\s+(?:la\s+|el\s+)?(?:venta|distribuci[oó]n|trasiego|comercializaci[oó]n)|"
                      r"in\s+charge\s+of\s+(?:selling|distributing|dealing|trafficking)|verantwoordelijk\s+voor\s+de\s+"
                      r"(?:drugs)?(?:verkoop|handel|distributie)|"
                      # a gang's roots: "un grupo delictivo con orígenes en el estado de Michoacán"
                      r"con\s+or[ií]genes?\s+en|with\s+(?:its\s+)?roots\s+in|"
                      # a home: "Este último tiene su domicilio en Tizayuca", "con domicilio en", "woonachtig in"
                      # ... "un sujeto que dijo tener su residencia en Tamazula de Gordiano"
                      r"(?:tener|tiene|ten[ií]a|tienen|ten[ií]an)\s+su\s+(?:domicilio|residencia)\s+en|"
                      r"con\s+(?:domicilio|residencia)\s+en|residente\s+de|(?:his|her|their)\s+residence\s+in|"
                      r"woonachtig\s+in|"
                      # where someone hides out: "saying that El Chapo lives near the town of Guanacevi" (not "lived in
                      # Ciudad Victoria", a victim's town, nor "deprived of their lives in a bar")
                      r"(?:lives|lived|living|resides|resided)\s+(?:near|outside)|"
                      # up to the first name and a list joined to it: not a later clause's place ("Elementos de
                      # la Fiscalía con sede en Uruapan detuvieron a dos hombres en Paracho")
                      # ... and the municipality after it ("originario de la comunidad de Tutepec, municipio de Ayutla")
                      # (an aside's closing dash ends it: "el grupo –que opera desde hace ocho meses en la entidad– las
                      # ejecuciones ... en Atizapán")
                      # ... and so does a capital named by its state's adjective ("la 21 Zona Militar con sede en la
                      # capital michoacana realizó operativos en ... Tuzantla": the seat is that capital, see linking)
                      rf"basti[oó]n|feudo)\b(?:[^,.;:–—c]|c(?!apital\s))*?(?-i:{_CAPS})(?:(?:\s*,\s*(?:(?:en\s+el\s+)?municipio\s+de\s+|"
                      rf"(?:in\s+the\s+)?municipality\s+of\s+|gemeente\s+)?|\s+(?:y|e|and|en|of|de|del|van|"
                      rf"(?:cities|towns|municipalities|ciudades|municipios|steden|gemeenten)\s+(?:of|de|van))\s+"
                      # ... and the others' origin: "tres originarios de San Luis Potosí y uno del Estado de México"
                      rf"|\s+(?:y|e|and)\s+(?:uno|una|otro|otra|dos|tres|cuatro|el\s+otro|la\s+otra|los\s+otros|one|another|"
                      rf"the\s+other|two|three)\s+(?:del?|of|from)\s+(?:el\s+|la\s+|the\s+)?)"
                      rf"(?-i:{_CAPS}))*", _A_BIO,
         ignore_case=True),
)

# ---------------------------------------------------------------- places: no names
# "in 20 Mexicaanse staten", "en al menos 22 estados", "across six Mexican states".
MULTI_STATE: list[str] = [
    r"\b(?:in|en|across|over)\s+(?:(?:al\s+menos|minstens|meer\s+dan|more\s+than|at\s+least|ten\s+minste|"
    r"m[aá]s\s+de|over|some|zeker)\s+)?(?:\d+|(?!the\b|los\b|las\b|de\b|het\b|die\b|deze\b|these\b|those\b)[a-zé]+)\s+"
    r"(?:(?:Mexicaanse|Mexican|mexicanos)\s+)?"
    r"(?:staten|estados|states|deelstaten|entidades)\b",
    r"\b(?:in|en|across)\s+(?:verschillende|meerdere|diverse|several|various|multiple|many|varios|diversos|"
    r"distintos)\s+(?:(?:Mexicaanse|Mexican)\s+)?(?:staten|estados|states|deelstaten|entidades)\b",
]

# Sentences describing habits or the distant past without a date are background.
BACKGROUND = [r"\bjarenlang\b", r"\bfor years\b", r"\bdurante años\b", r"\bdesde hace años\b",
              r"\bde (?:laatste|afgelopen) jaren\b", r"\bin recent years\b", r"\bover the (?:past|last) (?:few )?years\b",
              r"\ben los [uú]ltimos años\b", r"\ben años recientes\b",
              # "en el último lustro han sido asesinados por lo menos 13 policías", "in the past five years"
              r"\ben\s+(?:el|los|la)\s+[uú]ltim[oa]s?\s+(?:\w+\s+)?(?:lustros?|decenios?|d[eé]cadas?|sexenios?)\b",
              r"\b(?:in|over)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:decades?|five\s+years|ten\s+years)\b",
              # a season of violence summed up: "ha ido en escala durante los últimos dos meses, tiempo durante el cual
              # ... se han dedicado a sembrar el terror en municipios de la Chontalpa", "over the past two months"
              r"\bdurante los [uú]ltimos (?:\w+ )?(?:meses|años)\b", r"\bover the (?:past|last) (?:\w+ )?months\b",
              r"\bde (?:laatste|afgelopen) (?:\w+ )?maanden\b",
              # ("commonly" alone describes things: "commonly a reference to the Jalisco Cartel"; its habits are below)
              r"\bgewoonlijk\b", r"\busually\b", r"\bsuelen\b", r"\bhistorically\b",
              # a trend, not an event: "grupos criminales optan por quemar a las víctimas ... su frecuencia ha sido en los
              # municipios de", "ha registrado aumento en actos delictivos"
              r"\boptan\s+por\b", r"\bsu\s+frecuencia\b", r"\bse\s+han\s+caracterizado\b",
              r"\bha\s+registrado\s+(?:un\s+)?(?:aumento|incremento|alza)\b",
              # not "tactical gear", "equipo táctico", nor a unit: "Grupo de Armas y Tácticas Especiales"
              r"\btactiek\b", r"(?<!arms and )(?<!weapons and )\btactics?\b", r"(?<!armas y )\bt[aá]cticas?\b",
              # habits and rates: "gunmen routinely jump between", "the country's second highest murder rate"
              r"\broutinely\b",
              # "In the past, cartel gunmen used blockades", "en el pasado", "in het verleden" (not "in the past week")
              r"\bin\s+the\s+past\b(?!\s+(?:\w+\s+)?(?:hours?|days?|nights?|weeks?|weekend|months?|years?|decades?))",
              r"\ben\s+el\s+pasado\b(?!\s+(?:\w+\s+)?(?:d[ií]as?|semanas?|fin|mes(?:es)?|años?|lunes|martes|mi[eé]rcoles|"
              r"jueves|viernes|s[aá]bado|domingo|\d))", r"\bin\s+het\s+verleden\b",
              # "drug gangs frequently use vehicles as barricades", "a menudo utilizan", "gebruiken vaak"
              r"\b(?:frequently|often|regularly|commonly)\s+(?:use|employ|resort\s+to|set\s+up|block|burn|torch)\b",
              r"\b(?:frecuentemente|a\s+menudo|con\s+frecuencia|regularmente)\s+(?:utilizan|usan|emplean|recurren|"
              r"bloquean|incendian|queman|instalan)\b",
              r"\b(?:gebruiken|zetten|blokkeren|verbranden)\s+(?:\w+\s+){0,2}?(?:vaak|regelmatig|geregeld)\b",
              # generalisations: "brazen attacks ... are an usual occurrence in Nuevo Leon", "most of the murders
              # committed in the Monterrey metropolitan area", "la mayoría de los homicidios", "de meeste moorden"
              r"\b(?:an?\s+)?(?:usual|common|frequent|regular|everyday|daily)\s+occurrence\b",
              r"\b(?:most|much)\s+of\s+the\s+(?:murders|killings|homicides|attacks|violence|crimes|fighting|clashes)\b",
              # "violent clashes ... occur regularly", "se registran con frecuencia", "vinden geregeld plaats"
              r"\b(?:occurs?|happens?|take\s+place|takes\s+place)\s+(?:regularly|frequently|often|constantly|almost\s+daily)\b",
              r"\b(?:se\s+registran|ocurren|suceden|se\s+presentan)\s+(?:con\s+frecuencia|frecuentemente|"
              r"constantemente|regularmente|casi\s+a\s+diario)\b",
              r"\bvinden\s+(?:vaak|regelmatig|geregeld|bijna\s+dagelijks)\s+plaats\b",
              # a pledge, not a fight: "the federal government is committed to fighting huachicoleros"
              r"\b(?:committed|commitment|pledged|vowed|determined)\s+to\s+(?:fighting|combating|combatting|battling)\b",
              r"\bla\s+mayor[ií]a\s+de\s+(?:los|las)\s+(?:homicidios|asesinatos|ataques|muertes|agresiones)\b",
              r"\bson\s+(?:algo\s+)?(?:comunes|frecuentes|habituales|cotidian[oa]s)\b",
              r"\bde\s+meeste\s+(?:moorden|aanslagen|aanvallen|doden)\b", r"\bkomen\s+(?:vaak|veel|regelmatig)\s+voor\b",
              r"\b(?:the\s+)?scene\s+of\s+(?:many|numerous|several|frequent|repeated)\b",
              r"\bescenario\s+(?:recurrente\s+)?de\s+(?:numeros[oa]s|much[oa]s|vari[oa]s|constantes|frecuentes)\b",
              r"\bhet\s+toneel\s+van\s+(?:veel|talloze|vele|herhaalde)\b",
              # a turf war as a state of affairs: "is now fighting other gangs for control of the area"
              r"\b(?:is|are|has been|have been)\s+(?:now\s+|still\s+)?(?:fighting|battling|vying|competing)\s+"
              r"(?:[\w-]+\s+){0,3}?(?:for|over)\s+(?:the\s+)?control\b",
              # ... not a clause that says who the detained were ("siete sujetos ... quienes se disputan el control")
              r"(?<!quienes\s)(?<!que\s)\bse\s+disputan\s+(?:el\s+control|la\s+plaza|el\s+territorio)\b",
              r"\b(?:constantes?|continu[oa]s?|permanentes?)\s+(?:enfrentamientos?|disputas?|pugnas?)\s+por\s+el\s+control\b",
              r"\b(?:vechten|strijden)\s+(?:[\w-]+\s+){0,3}?om\s+(?:de\s+)?(?:controle|macht)\b"]
# A period's tally, not an incident: "54 homicidios entre enero y junio", "so far this year",
# "en lo que va de 2017": background too when the sentence names no day of its own.
TALLY = [r"\bentre enero y \w+\b",
         # a year's toll: "The 2010 death toll, according to officials, already stands at more than 7,000", "this year's
         # death toll"
         r"\b(?:the\s+(?:19|20)\d\d|this\s+year['’]s|last\s+year['’]s)\s+(?:death\s+)?toll\b",
         # a town's toll over the years, no incident: "Hundreds of its residents have been killed", "cientos de sus
         # habitantes han sido asesinados", "honderden inwoners zijn vermoord"
         r"\b(?:hundreds|thousands|dozens|cientos|miles|decenas|honderden|duizenden|tientallen)\s+(?:of\s+|de\s+)?"
         r"(?:(?:its|their|sus|hun|zijn)\s+)?(?:residents|people|inhabitants|habitantes|pobladores|personas|vecinos|inwoners|"
         r"mensen|bewoners)\s+(?:have|had|han|hab[ií]an|zijn|waren)\s+(?:been\s+|sido\s+)?(?:killed|murdered|slain|"
         r"asesinad[oa]s|ejecutad[oa]s|muerto|vermoord|gedood|omgekomen|omgebracht)\b",
         # "sólo en el mes de enero en Sonora se contabilizaron 44 homicidios dolosos"
         r"\bse\s+contabiliz(?:aron|an|[oó])\b",
         # "Tan sólo durante el 2022, se han registrado 14 homicidios"
         r"\bdurante\s+(?:el\s+|este\s+)?(?:año\s+)?(?:19|20)\d\d\b[^.;]{0,30}?\bse\s+han\s+registrado\b", r"\ben lo que (?:a )?va del? (?:año|mes|sexenio|(?:19|20)\d\d)\b",
         r"\bso far (?:this year|in (?:19|20)\d\d)\b", r"\bbetween january and \w+\b", r"\btussen januari en \w+\b",
         r"\bdit jaar al\b", r"\bin the first (?:half|quarter|months?) of\b", r"\ben el primer (?:semestre|trimestre)\b",
         # a month's or a year's total: "bringing the total dead in April to 171", "year-to-date"
         r"\btotal (?:number of )?(?:dead|deaths|killed|homicides|murders|victims|slayings) (?:in|for) (?:january|february|"
         r"march|april|may|june|july|august|september|october|november|december|the month|the year)\b",
         r"\byear-to-date\b",
         # a year's toll by its rank: "2017 was het dodelijkste jaar ooit voor journalisten in Mexico met veertien doden",
         # "2017 was the deadliest year for journalists", "2017 fue el año más violento"
         r"\b(?:19|20)\d\d\s+(?:was|is|fue|ha\s+sido|werd)\s+(?:the|het|el)\s+(?:(?:deadliest|bloodiest|most\s+violent|worst|"
         r"dodelijkste|bloedigste|gewelddadigste|ergste)\s+(?:year|jaar)|a[ñn]o\s+m[aá]s\s+(?:violento|sangriento|letal|"
         r"mort[ií]fero))\b",
         # a running total: "Del 31 de diciembre a la fecha, suman nueve las víctimas"
         # ... "Desde diciembre hasta la fecha en Cuautitlán Izcalli se han registrado al menos 35 homicidios"
         r"\b(?:del|desde(?: el)?|from|since|sinds|van) [^.;]{3,25}? (?:a la fecha|hasta (?:hoy|la fecha|ahora)|to date|"
         r"until now|tot nu toe|tot op heden)\b",
         # a total so far: "al tien kandidaten dood", "already ten candidates killed", "ya suman diez candidatos asesinados"
         r"\b(?:al|already|ya(?:\s+suman|\s+son|\s+van)?)\s+(?:meer\s+dan\s+|more\s+than\s+|m[aá]s\s+de\s+)?"
         r"(?:\d+|tien|twintig|dertig|veertig|vijftig|honderd|ten|twenty|thirty|forty|fifty|hundred|diez|veinte|treinta|"
         r"cuarenta|cincuenta|cien)\s+(?:[\w-]+\s+){1,2}?(?:dood|doden|vermoord|killed|dead|murdered|muertos|asesinad[oa]s)\b",
         # "desde el 11 de marzo hoy 1 de octubre ya se contabiliza diez elementos asesinados"
         r"\bya\s+se\s+contabiliza(?:n)?\b", r"\bdesde el [^.;]{3,25}? hoy\b",
         # "Hasta la fecha se cuentan 28 ejecutados en el municipio de Othón P. Blanco", "so far this year police count"
         r"\bhasta\s+(?:la\s+fecha|ahora|el\s+momento)\s+(?:se\s+)?(?:cuentan|suman|van|contabiliza\w*|registra\w*)\b",
         # ... or the last months: "More than 30 carjackers have been killed ... in the last few months"
         r"\b(?:in\s+the\s+(?:last|past)|en\s+los\s+[uú]ltimos|(?:in\s+)?de\s+afgelopen)\s+(?:few\s+|several\s+|"
         # ... counted: "En Oaxaca en los últimos 8 meses se han reportado al menos 320 homicidios"
         r"pocos\s+|varios\s+|paar\s+|\d{1,2}\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|dos|tres|"
         r"cuatro|cinco|seis|siete|ocho|nueve|diez|once|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf)\s+)?"
         r"(?:months|meses|maanden)\b",
         # a rank in a year's toll: "the fifth journalist killed in Guerrero this year", "de vijfde journalist
         # die dit jaar is vermoord"
         r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,2}?"
         r"(?:journalists?|reporters?|mayors?|priests?|candidates?|officers?|activists?|politicians?) (?:to be )?"
         r"(?:killed|murdered|slain)\b",
         r"\bde (?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende) (?:[\w-]+ ){0,2}?"
         r"(?:journalist|verslaggever|burgemeester|priester|kandidaat|activist)e?n? die\b"]
# A count over the last days: "En los últimos tres días se registraron ocho asesinatos entre los
# municipios de Iguala, Taxco y Tepecoacuilco", "in the past three days": the days' killings, each place's,
# dated by the month (no one day is theirs).
RECENT_DAYS = (r"\b(?:en\s+(?:los|las)\s+[uú]ltim[oa]s|in\s+the\s+(?:last|past)|(?:in\s+)?de\s+(?:afgelopen|laatste))\s+"
               r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
               r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:d[ií]as|days|dagen|semanas|weeks|weken)\b")
# Rates are statistics, whatever period they give: "the country's second highest murder rate";
# so is what has gone on since a year ("heeft sinds 2014 te kampen met geweld", "desde 2011").
RATE = (r"\b(?:(?:murder|homicide|crime) rates?|tasas? de (?:homicidios|criminalidad)|moordcijfers?|per 100[.,]000|"
        r"por cada 100 mil|op de 100[.,]000)\b"
        # a share of all killings: "85-90% of murders committed in Baja California", "el 70 % de los homicidios"
        r"|\d\s*(?:%|percent|por\s*ciento|procent)\s+(?:of|de|van)\s+(?:the\s+|los\s+|las\s+|de\s+|alle\s+)?"
        r"(?:murders|killings|homicides|homicidios|asesinatos|moorden|doden)\b"
        # ... but "the worst mass slaying of police since 2019" is this event
        r"|^(?!.*\b(?:worst|deadliest|bloodiest|largest|biggest|peor|m[aá]s sangrient\w*|ergste|dodelijkste|bloedigste|"
        r"grootste)\b).*?\b(?:since|sinds|desde)\s+(?:el\s+(?:año\s+)?|het\s+jaar\s+|the\s+year\s+)?(?:19|20)\d\d\b")


# Names that are also common surnames or first names: accepted only with strong context.
AMBIGUOUS_NAMES = frozenset({"guerrero", "victoria", "guzman", "zambada", "juarez", "hidalgo", "morelos",
                             "zaragoza", "allende", "madero", "obregon", "cardenas", "mayo", "paz",
                             "colon", "reforma", "esperanza", "trinidad", "santa ana", "leon", "garcia",
                             "mexico", "america", "progreso", "libertad", "union"})
# Spanish common nouns a sentence may capitalise ("a la altura del Puente que comunica a", "la Presa"): alone, they
# name a bridge, a dam, a hill, not the gazetteer's one place whose longer name holds them (Puente de Ixtla, La Presa)
COMMON_NOUN_NAMES = frozenset({"puente", "presa", "barranca", "loma", "laguna", "colonia", "canada"})
# Words that may open a capitalised run without being part of the name.
# People named by their town at the start of a sentence ("Residents of Tepalcatepec fled"): the
# capitalised run the noun opens names the town after "of".
RESIDENT_NOUNS = frozenset({"residents", "inhabitants", "villagers", "townspeople", "people", "families",
                            "citizens", "dozens", "hundreds", "thousands"})
LEADING_WORDS = frozenset({"in", "en", "de", "het", "the", "bij", "at", "near", "on", "op", "een",
                           "un", "una", "a", "ook", "also", "y", "and", "maar", "but", "toen", "when",
                           "tijdens", "during", "durante", "na", "tras", "after", "despues", "volgens",
                           "according", "segun", "zondag", "maandag", "domingo", "sunday", "monday",
                           # adjectives of place: "het Noord-Mexicaanse Jiménez", "Mexico's northern Sonora"
                           "boven", "over", "into", "throughout", "rond", "nabij", "buiten", "vanuit", "entre",
                           "mexicaanse", "noord-mexicaanse", "zuid-mexicaanse", "west-mexicaanse",
                           "oost-mexicaanse", "centraal-mexicaanse", "mexican", "mexicana", "mexicano",
                           "northern", "southern", "western", "eastern", "central", "noordelijke",
                           "zuidelijke", "westelijke", "oostelijke", "norteño", "norteña", "sureño",
                           # sentence adverbs: "Meanwhile Valle de Santiago recorded ..." (Spanish "-mente": mentions.py)
                           "meanwhile", "ondertussen"})

# Foreign names the Mexican gazetteer also holds as hamlets ("Canada" -> "Cañada").
FOREIGN_NAMES = frozenset({"canada", "canada s", "estados unidos", "united states", "verenigde staten", "texas",
                           "california", "californie", "arizona", "colombia", "guatemala", "honduras",
                           "venezuela", "espana", "spain", "spanje", "europa", "europe", "washington",
                           "new york", "chicago", "los angeles", "houston", "miami", "el paso", "san diego",
                           "phoenix", "dallas", "ottawa", "toronto", "madrid", "amsterdam", "brussel",
                           "columbia", "district of columbia", "peru", "ecuador", "china", "india", "cuba",
                           "chapo", "el chapo", "mencho", "el mencho", "el mayo", "mayo"})

# "the attack", "el ataque", "de aanval" when the article has already recorded that type:
# the sentence looks back at a known event rather than reporting a new one.
DEFINITE_BEFORE = r"\b(?:the|this|that|el|la|este|esta|ese|esa|dicho|dicha|de|het|deze|die|dit)\s+(?:\w+\s+)?$"

# Unnamed states get a country-level record only for the types that spread as a wave.
WAVE_TYPES = frozenset({"roadblock", "arson", "attack", "unrest", "disruption"})
# "the city", "de stad", "la zona": the text points back at the last town named.
TOWN_ANAPHORA = (r"\b(?:(?:de|die|deze|the|that|this|la|esa|esta|dicha|el|ese|este|dicho)\s+"
                 r"(?:(?:same|mism[oa]|zelfde)\s+)?"
                 r"(?:stad|city|town|ciudad|zona|area|gebied|localidad|municipio|municipality|plaats|poblaci[oó]n)\b|"
                 r"\bdezelfde\s+(?:stad|gemeente|plaats)\b|"
                 # "todas las escuelas del municipio", not "oriundas del municipio de Perote"
                 r"\bdel\s+municipio\b(?!\s+(?:de|del)\b)|\bdel\s+mism[oa]\s+(?:municipio|ciudad|localidad)\b|"
                 r"\bter plaatse\b|\bon the spot\b|\ben el lugar\b|\bin de omgeving\b|\bthe area\b|"
                 # "el pasado 7 de enero de 2023, ahí se registró una emboscada": the town just named
                 r"\b(?:ah[ií]|all[ií])\s+(?:mismo\s+)?(?:se\s+registr\w+|ocurri\w+|sucedi\w+|hubo|se\s+report\w+|fue|"
                 # "Ahí estaban tirados, a un costado del camino, cuatro hombres"
                 r"estaban\s+tirad[oa]s|fueron\s+(?:encontrad|hallad|localizad)[oa]s)\b)")
# A day told from the last event's: "the next day", "al día siguiente", "de dag nadien" (+1),
# "the day before", "la noche anterior", "daags voordien" (-1).
DAY_AFTER = (r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after|al\s+d[ií]a\s+siguiente|"
             r"el\s+d[ií]a\s+siguiente|(?<!curri[oó]\s)(?<!produjo\s)(?<!lleg[oó]\s)un\s+d[ií]a\s+despu[eé]s|de\s+volgende\s+dag|een\s+dag\s+later|"
             r"de\s+dag\s+(?:nadien|erna|daarna)|daags\s+(?:nadien|daarna|erna))\b")
# "that same day", "ese mismo día", "diezelfde dag": the last event's day itself.
# ... and hours or minutes on: "Horas más tarde, en el municipio colindante de Tecomán, ...", "Hours later", "Uren later"
SAME_DAY = (r"\b(?:(?:that|the)\s+same\s+day|(?:ese|el|aquel)\s+mismo\s+d[ií]a|(?:die|diezelfde|dezelfde)\s+dag|"
            r"^(?:(?:unas|pocas|algunas|a\s+few|several|enkele|een\s+paar)\s+)?(?:horas|minutos|hours|minutes|uren|minuten)\s+"
            r"(?:m[aá]s\s+tarde|despu[eé]s|later)|^later\s+that\s+(?:day|afternoon|evening|night))\b")
# "El mismo mes", "that same month", "diezelfde maand": the last event's month.
SAME_MONTH = r"\b(?:(?:that|the)\s+same\s+month|(?:ese|el|aquel)\s+mismo\s+mes|(?:die|diezelfde|dezelfde)\s+maand)\b"
# A sentence that opens on the present: "Actualmente, San Juan Mixtepec mantiene cerrada la carretera" after "en 2010
# ... obtuvo una sentencia" is the day of the report, not the paragraph's year
NOW_WORDS = (r"actualmente|en\s+la\s+actualidad|hoy\s+en\s+d[ií]a|a\s+la\s+fecha|currently|at\s+present|presently|"
             r"to\s+this\s+day|momenteel|op\s+dit\s+moment|tot\s+op\s+heden")
NOW_OPENER = rf"^[\s\"“«]*(?:{NOW_WORDS})\b"
# A sentence that opens on the event the sentence before told, by a demonstrative: "Ese hecho provocó una persecución
# de los policías" after "el pasado lunes ... fueron agredidos": that event's day
THAT_EVENT_OPENER = (r"^[\s\"“«]*(?:ese|este|dicho|aquel|tal)\s+(?:hecho|ataque|enfrentamiento|incidente|suceso|evento|"
                     r"episodio|atentado)\b|^[\s\"“«]*(?:esa|esta|dicha|aquella|tal)\s+(?:agresi[oó]n|balacera|emboscada|"
                     r"persecuci[oó]n|refriega|acci[oó]n)\b|^[\s\"“]*(?:that|this)\s+(?:attack|clash|incident|shootout|"
                     r"ambush|chase|pursuit|confrontation)\b|^[\s\"“]*(?:dat|dit|die|deze)\s+(?:incident|aanval|"
                     r"vuurgevecht|achtervolging|confrontatie)\b"
                     # ... and what followed it in Spanish: "Luego del ataque murió una mujer" (English "After the shooting,
                     # long lines of traffic" tells a later scene, not the event's day)
                     r"|^[\s\"“«]*(?:luego|despu[eé]s)\s+(?:del\s+(?:ataque|enfrentamiento|atentado|incendio)|de\s+la\s+"
                     r"(?:agresi[oó]n|balacera|emboscada|refriega))\b")
DAY_BEFORE = (r"\b(?:the\s+(?:previous\s+day|day\s+before|night\s+before)|a\s+day\s+earlier|el\s+d[ií]a\s+anterior|"
              r"un\s+d[ií]a\s+antes|la\s+noche\s+anterior|de\s+dag\s+(?:ervoor|daarvoor)|"
              # "La víspera fueron asesinadas cinco personas en Nogales": the eve of the last event's day
              r"la\s+v[ií]spera(?!\s+del?\s)|"
              r"daags\s+(?:ervoor|voordien|tevoren)|een\s+dag\s+eerder|"
              # "The attack came a day after gunmen killed three police officers": what follows was the day before
              r"(?:came|comes|occurred|happened)\s+(?:just\s+)?(?:a|one)\s+day\s+after|"
              r"(?:ocurri[oó]|se\s+produjo|lleg[oó])\s+un\s+d[ií]a\s+despu[eé]s\s+de)\b")
# "two days later", "una semana después": the last event's day, so many days on; "The killings come a
# week after a shootout ...", "ocurrió dos días después de que": what follows was so many days before.
_DAY_COUNT = (r"(?:(?P<count>two|three|four|five|six|dos|tres|cuatro|cinco|seis|twee|drie|vier|vijf|zes|[2-6])\s+"
              r"(?:days|d[ií]as|dagen)|(?P<week>a|one|una|een)\s+(?:week|semana))")
DAYS_LATER = (rf"\b{_DAY_COUNT}\s+(?:later|despu[eé]s|m[aá]s\s+tarde|nadien|daarna|erna)\b"
              r"(?!\s+(?:de|del|after|na|van)\b)")
_CAME = (r"\b(?:came|comes|come|occurred|happened|ocurri[oó]|ocurre|se\s+produjo|se\s+produce|lleg[oó]|llega|"
         r"se\s+registr[oó]|se\s+registra|kwam|komt|gebeurde|valt|viel)\s+(?:er\s+)?(?:just\s+|only\s+|apenas\s+|"
         r"slechts\s+|exactly\s+|precisely\s+|exact\s+|precies\s+|justo\s+|exactamente\s+)?")
CAME_DAYS_AFTER = rf"{_CAME}{_DAY_COUNT}\s+(?:after|despu[eé]s\s+de|na)\b"
# "Zijn moord komt er exact een jaar na de aanslag op Javier Valdez", "The killing came exactly a year after the
# attack on ...": what follows was a year before, to the day
CAME_YEAR_AFTER = rf"{_CAME}(?:a|one|un|een)\s+(?:year|a[ñn]o|jaar)\s+(?:after|despu[eé]s\s+del?|na)\b"
# "The killings come a week after a shootout ... in nearby Reynosa": that sentence's places are the
# earlier event's, none for a placeless sentence before it to take.
CAME_AFTER = rf"{_CAME}(?:(?:a|one|un|una|een)\s+(?:day|d[ií]a|dag)|{_DAY_COUNT})\s+(?:after|despu[eé]s\s+de|na)\b"
# "the state capital", "la capital del estado", "en esta capital" (a local paper's own city), "de
# hoofdstad van de deelstaat", named no further:
# the capital of the state last named.
STATE_CAPITAL_ANAPHORA = (r"(?i:\b(?:the\s+state(?:['’]s)?\s+capital|the\s+capital\s+of\s+the\s+state|"
                          r"la\s+capital\s+(?:del\s+estado|estatal|de\s+la\s+entidad)|esta\s+(?:ciudad\s+)?capital|"
                          # "en el fraccionamiento Cerro de los Remedios, en la capital": the story's state's capital
                          r"(?<=en\s)la\s+capital(?!\s+(?:mexicana|del\s+pa[ií]s|de\s+la\s+rep[uú]blica|nacional|federal))|"
                          r"de\s+hoofdstad\s+van\s+de\s+(?:deel)?staat|de\s+(?:deel)?staatshoofdstad)\b)"
                          r"(?!\s*,?\s*(?:of\s+|de\s+|van\s+)?[A-ZÁÉÍÓÚÑ])")  # case-sensitive: a name after it
# ... a road's end, no place: "ubicado sobre la carretera a la capital del estado", "the highway to the state capital"
ROAD_TO_BEFORE = (r"(?i:\b(?:carretera|autopista|camino|salida|entrada|libramiento|road|highway|weg|snelweg)\s+"
                  r"(?:que\s+(?:va|conduce|lleva)\s+)?(?:a|al|hacia|rumbo\s+a|to|towards|naar)\s+$)")
# The capital named by what it is: Mexico City ("a gritty neighborhood of the Mexican capital").
MEXICAN_CAPITAL = (r"\b(?:the\s+Mexican\s+capital|Mexico['’]s\s+capital(?!\s+of)|la\s+capital\s+(?:mexicana|del\s+pa[ií]s|"
                   r"de\s+la\s+rep[uú]blica)|de\s+Mexicaanse\s+hoofdstad|Mexico['’]s\s+hoofdstad)\b")
# Words before it that make it a reference point or a destination, not a place of events.
MEXICAN_CAPITAL_AWAY = (r"(?i:\b(?:ten\s+\w+\s+van|(?:north|south|east|west)\w*\s+of|(?:al|del)\s+\w+\s+de|"
                        r"from|to|naar|desde|hacia|a|vanuit|fled\s+to|trasladad\w*\s+a)\s*$)")
# The town a killed mayor or candidate governed or ran in: "running for re-election in Taretan",
# "the mayor of Tlanepantla", "candidato a la alcaldía de X", "burgemeester van X".
OFFICE_TOWN = (rf"(?i:\b(?:running\s+for\s+(?:re-?election|mayor|office|the\s+mayorship)\s+(?:in|of)|mayor\s+of|"
               # ... and a mayor named between title and town: "Mayor Ricardo Guzman of La Piedad"
               rf"mayor\s+(?-i:{_CAP}(?:\s+{_CAP}){{1,3}})\s+of|mayoral\s+candidate\s+"
               rf"(?:in|of|for)|candidate\s+for\s+(?:the\s+)?(?:mayor|mayorship)\s+of|alcalde(?:sa)?\s+de|presidente\s+municipal\s+de|"
               rf"candidat[oa]\s+a\s+(?:la\s+)?(?:alcald[ií]a|presidencia\s+municipal)\s+de|"
               # a town's police chief: "el subdirector de la policía de Uruapan", "police chief of Cajeme"
               rf"(?:sub)?director\s+de\s+(?:la\s+)?(?:polic[ií]a|seguridad\s+p[uú]blica)(?:\s+municipal)?\s+de|"
               rf"(?:jefe|titular)\s+de\s+(?:la\s+)?polic[ií]a(?:\s+municipal)?\s+de|police\s+chief\s+of|"
               rf"politiechef\s+van|"
               # a town council's officer: "el coordinador de Industria y Comercio del ayuntamiento de Poza Rica"
               rf"(?:funcionari[oa]|coordinador[a]?|director[a]?|regidor[a]?|s[ií]ndic[oa]|tesorer[oa]|secretari[oa]|"
               rf"emplead[oa]|trabajador[a]?)\s+(?:[\w-]+\s+){{0,4}}?del\s+ayuntamiento\s+de|"
               rf"burgemeester\s+van|burgemeesterskandidaat\s+(?:van|in))\s+)"
               rf"(?P<town>{_CAP}(?:\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+|el\s+|la\s+|los\s+|las\s+)?{_CAP}){{0,4}})")
# A state's (former) governor, the victim of an attack the sentence places nowhere: "El ex gobernador del estado de
# Colima Fernando Moreno Peña fue baleado", "the former governor of Colima was shot", "de oud-gouverneur van Colima"
OFFICE_STATE = (rf"(?i:\b(?:ex-?\s*|former\s+|oud-)?(?:gobernador[a]?|governor|gouverneur)\s+(?:del\s+estado\s+de|de|of(?:\s+the\s+"
                rf"state\s+of)?|van(?:\s+de\s+staat)?)\s+)(?P<state>{STATE_NAMES})\b"
                # ... the victim, not the one who speaks of it ("El gobernador de Michoacán condenó el asesinato")
                rf"(?=[^.;]{{0,80}}?\b(?i:fue|ha\s+sido|was|has\s+been|werd|is)\s+(?:\w+\s+){{0,2}}?(?i:balead|herid|atacad|"
                rf"asesinad|ejecutad|shot|wounded|attacked|killed|murdered|neergeschoten|gedood|aangevallen|vermoord))")
# ... and in English, the town before the title: "The Office of Juarez Mayor Armando Cabada says" (a title before a name)
OFFICE_TOWN_BEFORE = rf"(?P<town>{_CAP}(?:\s+{_CAP}){{0,2}})\s+Mayor\s+(?=[A-ZÁÉÍÓÚÑ])"
# a town's own police, the victims of a killing there: "tres elementos de la Policía Municipal de Lagos de Moreno fueron
# ejecutados", "El policía de Zapopan murió", "two municipal police officers of Celaya", "agenten van de politie van X"
MUNICIPAL_POLICE_TOWN = (rf"(?i:\b(?:(?:elementos?|agentes?|oficiales|uniformados?|integrantes)\s+de\s+la\s+polic[ií]a\s+"
                         rf"(?:preventiva\s+)?municipal\s+de|polic[ií]as?\s+(?:preventivos?\s+)?municipales\s+de|"
                         rf"(?:el|un|dos|tres|cuatro|cinco|seis)\s+polic[ií]as?\s+(?:municipal(?:es)?\s+)?de|"
                         rf"municipal\s+police\s+(?:officers?\s+|agents?\s+)?(?:of|from)|"
                         rf"agenten\s+van\s+de\s+(?:gemeentelijke\s+)?politie\s+van)\s+)"
                         rf"(?P<town>{_CAP}(?:\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+|el\s+|la\s+|los\s+|las\s+)?{_CAP}){{0,4}})")
# "50 miles from the state capital": a distance, the capital only a reference point.
DISTANCE_BEFORE = rf"(?i:\b{_DISTANCE_UNIT}\.?\s+(?:(?:away\s+)?from|de|del|van|vanaf)\s+$)"
# "falleció en el Hospital Juárez de esta capital", "in a hospital in the state capital": where the wounded were
# treated, not where the events were
HOSPITAL_OF_BEFORE = rf"(?i:\b(?:{_MEDICAL_PLACES}|clinics?|sanatorios?|cruz\s+roja|red\s+cross)\b[^.;,]{{0,40}}$)"
# Where an office sits: "la 21 Zona Militar con sede en la capital michoacana, realizó operativos en ..." (the seat, not
# the place of what it did)
SEAT_BEFORE = r"(?i:\b(?:con\s+sede|con\s+base|radicad[oa]s?|acantonad[oa]s?|destacamentad[oa]s?)\s*$)"
# "X, where the attack occurred", "the massacre took place in X": the sentence says where the
# article's main event happened, whatever else it says about that place (it may sit inside
# a trap: "gangs operate in the area around X, where the attack occurred").
_EVENT_NOUN = {"en": r"(?:attacks?|ambush(?:es)?|massacres?|shootings?|killings?|incidents?|event|violent\s+events|clash(?:es)?|"
                     r"slayings?|murders?|"
                     # machine English of "los hechos ocurrieron": "The facts occurred in the colony Diaz Miron"
                     r"facts|"
                     r"confrontations?|gunfights?|shootouts?|firefights?|violence|(?:mass\s+)?graves?|"
                     # the seizure told before: "... were found on Saturday. The bust occurred in Tecate"
                     r"bust|seizure)",
               "es": r"(?:ataque|emboscada|masacre|agresi[oó]n|enfrentamiento|balacera|hechos?|evento|crimen|asesinato|"
                     r"acciones (?:delincuenciales|delictivas|violentas)|bloqueos|agresiones|fosa(?:\s+clandestina)?|"
                     r"aseguramiento|decomiso|incidente|suceso)",
               "nl": r"(?:aanval|aanslag|schietpartij|bloedbad|hinderlaag|moord|incident|gebeurtenis|vuurgevecht|confrontatie|"
                     r"(?:wapen)?geweld|gevecht|schotenwisseling|(?:massa)?graf|feiten)"}
EVENT_PLACE_BEFORE = {
    "en": rf"\b(?:where|in which)\s+the\s+(?:\w+\s+)?{_EVENT_NOUN['en']}\s+(?:\w+\s+)?(?:occurred|took place|happened|unfolded)",
    "es": rf"\b(?:donde|en (?:el|la) que)\s+(?:(?:ocurri[oó]|ocurrieron|tuvo lugar|se registr[oó]|se perpetr[oó])\s+"
          rf"(?:el|la|los)\s+{_EVENT_NOUN['es']}|(?:el|la|los)\s+{_EVENT_NOUN['es']}\s+(?:ocurri[oó]|tuvo lugar))",
    "nl": rf"\bwaar\s+(?:de|het)\s+{_EVENT_NOUN['nl']}\s+(?:plaatsvond|gebeurde|werd gepleegd)",
}
EVENT_PLACE_AFTER = {
    # ... or the attackers the lead told of: "The assailants pulled up in more than 10 vehicles early Saturday
    # in the city of La Piedad"
    "en": rf"\b(?:it|this|that)\s+(?:happened|occurred|took place)\b|^[\s\"“]*it\s+was\s+(?=in\s+the\s+(?:town|village|municipality|community)\b)"
          rf"|^[\s\"“]*the\s+(?:assailants|attackers|aggressors)\b"
          rf"|\bthe\s+(?:\w+\s+)?{_EVENT_NOUN['en']}(?:\s+(?:in|at)\s+the\s+[\w-]+)?\s*,?\s+(?:which\s+|that\s+)?(?:occurred|took place|happened|unfolded|"
          rf"erupted|broke out|was located|lay)\b"
          rf"|\bthe\s+(?:bar|restaurant|house|home|ranch|party|nightclub|club|store|shop|hotel|venue|cockfight|"
          rf"building|property|farm|school|college)\s+(?:is|was)\s+(?:located|situated)\b"
          # ... and the schools a closure counted: "The two preschools, two primary schools and two middle schools are
          # located in Chilapa"
          rf"|\bthe\s+(?:[\w,-]+\s+){{0,8}}?(?:schools|preschools|colleges)\s+(?:are|were)\s+(?:located|situated)\b",
    "es": rf"\b(?:esto|ello|lo anterior)\s+(?:ocurri[oó]|sucedi[oó]|pas[oó])\b|^[\s\"“«¡]*fue\s+(?=(?:en|durante)\b)"
          rf"|^[\s\"“«¡]*los\s+(?:agresores|atacantes)\b"
          rf"|\b(?:el|la|los|las)\s+{_EVENT_NOUN['es']}(?:\s+(?:violent|armad|delictiv|sangrient)[oa]s?)?\s*,?\s+(?:que\s+)?"
          rf"(?:ocurri[oó]|ocurrieron|ocurrid[oa]s?|tuvo lugar|tuvieron lugar|se registr[oó]|"
          rf"se registraron|registrad[oa]s?|suscitad[oa]s?|se suscit[oó]|se ubicaba|se encontraba|estaba ubicada)\b"
          rf"|\b(?:el|la)\s+(?:bar|restaurante|casa|vivienda|domicilio|rancho|fiesta|centro\s+nocturno|antro|tienda|"
          rf"negocio|hotel|palenque|inmueble|predio|escuela|plantel|colegio)\s+(?:se\s+ubica|se\s+encuentra|est[aá]\s+ubicad[oa])\b"
          rf"|\b(?:los|las)\s+(?:[\w,]+\s+){{0,8}}?(?:escuelas|planteles|colegios|primarias|secundarias|preescolares)\s+"
          rf"(?:se\s+ubican|se\s+encuentran|est[aá]n\s+ubicad[oa]s)\b",
    "nl": rf"\b(?:dat|dit|het)\s+(?:gebeurde|vond plaats|speelde zich af)\b|^[\s\"“]*het\s+was\s+(?=in\s+(?:het\s+)?(?:dorp|stadje|de\s+gemeente)\b)"
          rf"|^[\s\"“]*de\s+(?:daders|aanvallers)\b"
          rf"|\b(?:de|het)\s+{_EVENT_NOUN['nl']}\s*,?\s+(?:die\s+)?(?:vond(?:en)?|gebeurden?|speelden? zich|plaatsvond(?:en)?|was|woedde|"
          rf"lag)\b"
          rf"|\b(?:de|het)\s+(?:bar|restaurant|huis|woning|ranch|feest|nachtclub|club|winkel|hotel|pand|boerderij|school)\s+"
          rf"(?:ligt|lag|bevindt\s+zich|bevond\s+zich)\b"
          rf"|\bde\s+(?:[\w,-]+\s+){{0,8}}?scholen\s+(?:liggen|lagen|bevinden\s+zich|bevonden\s+zich)\b",
}
# "la zona del enfrentamiento", "the scene of the attack": the event named before, not a new one.
# "Militares acudieron al lugar", "police rushed to the scene", "agenten gingen ter plaatse":
# the place of the event just told, never of the sentence after.
SCENE_ANAPHORA = (r"\b(?:acudi\w+|lleg\w+|arrib\w+|se\s+traslad\w+|se\s+dirig\w+|se\s+present\w+)\s+al\s+"
                  r"(?:lugar|sitio)\b|\bal\s+lugar\s+de\s+los\s+hechos\b|"
                  r"\b(?:arrived|rushed|went|responded|came|sent)\s+to\s+the\s+scene\b|"
                  r"\b(?:gingen|kwamen|snelden|rukten\s+uit)\s+(?:\w+\s+)?(?:ter\s+plaatse|naar\s+de\s+plek)\b|"
                  # "After the shootout, the gunmen set fire to the police vehicle": at the shootout's place
                  r"^(?:after|following|tras|despu[eé]s\s+de|na)\s+(?:the|el|la|het|de)\s+"
                  r"(?:shootout|clash|attack|ambush|firefight|confrontation|gunfight|enfrentamiento|ataque|balacera|"
                  r"agresi[oó]n|emboscada|tiroteo|vuurgevecht|aanval|schietpartij|hinderlaag)\b")
# One of the events the sentence before told, taken up by its rank: "Por la mañana, en José Azueta, se registraron dos
# enfrentamientos. || El primero tuvo lugar en la autopista La Tinaja-Cosoleacaque": at the place the sentence before gave
# (a road between towns there is where in that place)
# (the ordinal standing for the event, before its verb: "The second attack occurred in Tecate" names its own place)
ORDINAL_ANAPHORA = (r"^(?:(?:el|la)\s+(?:primer[oa]|segund[oa]|tercer[oa])|(?:the\s+)?(?:first|second|third|latter)(?:\s+one)?|"
                    r"(?:de|het)\s+(?:eerste|tweede|derde))\s+(?:tuvo\s+lugar|ocurri[oó]|sucedi[oó]|se\s+(?:registr|suscit|dio|"
                    r"report|produjo)\w*|fue|occurred|happened|took\s+place|came|was|unfolded|vond\s+plaats|gebeurde|was|werd)\b")
SCENE_OF = (r"\b(?:zona|lugar|sitio|escena|[aá]rea|inmediaciones|scene|site|area|place|spot|plek|plaats|omgeving)\s+"
            r"(?:del|de\s+la|de\s+los|of\s+the|van\s+de|van\s+het)\s+$")
# "six kilometres from the place where the clash occurred": a distance from the event's
# place, so the name before it is not that place.
EVENT_PLACE_DISTANCE = (r"\b(?:from|of|away\s+from|de|del|desde|van|vanaf)\s+(?:the\s+|el\s+|la\s+|de\s+|het\s+)?"
                        r"(?:place|spot|site|area|scene|lugar|sitio|zona|punto|plek|plaats)?\s*,?\s*$")
# "throughout the state", "en la entidad", "in de deelstaat", "in the same state": the state last named.
STATE_ANAPHORA = (r"\b(?:(?:the|this|that|el|este|dicho|la|esta|dicha|de|deze|die|het|dezelfde)\s+"
                  r"(?:(?:same|mismo|misma)\s+)?(?:state|estado|entidad|staat|deelstaat)\b(?!\s+(?:of|de|del|van)\b)(?!['’]s)"
                  r"|\b(?:statewide|todo el estado|toda la entidad|hele staat)\b)")
# "en la entidad se registraron 12 homicidios", "across the state": the whole state the article is about.
STATE_WIDE = (r"\b(?:en\s+(?:toda\s+)?la\s+entidad|en\s+territorio\s+(?:estatal|\w+ense)|statewide|state-wide|"
              r"across\s+the\s+state|in\s+de\s+hele\s+(?:deel)?staat|"
              # a week's round-up of the state: "en Jalisco ... se registraron 13 ejecuciones ... en menos de una semana"
              r"en\s+(?:menos\s+de\s+)?(?:una|la\s+(?:última|ultima|pasada))\s+semana|en\s+los\s+(?:últimos|ultimos)\s+(?:\w+\s+)?días|"
              r"in\s+(?:less\s+than\s+)?(?:a|one|the\s+(?:past|last))\s+week|in\s+the\s+(?:past|last)\s+(?:few\s+|\w+\s+)?days|"
              r"in\s+(?:minder\s+dan\s+)?(?:een|één|de\s+afgelopen)\s+week)\b")
# "elsewhere in the state", "en otros puntos del estado", "op andere plekken in de provincie": events
# of other places of the state last named, beside (never inside) the town of the sentence before.
ELSEWHERE_IN_STATE = (r"\b(?:(?:elsewhere|other\s+parts|other\s+places)\s+(?:in|of)\s+the\s+state|"
                      r"(?:otros\s+puntos|otras\s+partes|otras\s+regiones|otras\s+zonas)\s+del\s+estado|"
                      r"(?:andere\s+plekken|andere\s+plaatsen|elders)\s+in\s+de\s+(?:deelstaat|provincie|staat))\b")
# An event abroad: "Guatemalan authorities said they captured 15 alleged Zeta members", "arrested in
# Texas", "Guatemala's national police". A sentence that says so and names no Mexican place is no
# record, nor are the placeless sentences after it until a Mexican place is named again.
_FOREIGN_COUNTRIES = (r"guatemala|honduras|el\s+salvador|colombia|venezuela|ecuador|per[uú]|spain|españa|spanje|"
                      r"canada|canad[aá]|belize|belice|the\s+united\s+states|the\s+u\.s\.|estados\s+unidos|"
                      r"los\s+estados\s+unidos|ee\.\s?uu\.?|eeuu|verenigde\s+staten|texas|arizona|california|new\s+mexico|"
                      r"nuevo\s+m[eé]xico|chicago|houston|dallas|san\s+antonio|los\s+[aá]ngeles|san\s+diego|phoenix")
ABROAD = (r"\b(?:guatemalan|honduran|salvadoran|colombian|venezuelan|ecuadorian|peruvian|belizean|canadian|"
          r"guatemaltec[oa]s?|hondureñ[oa]s?|salvadoreñ[oa]s?|colombian[oa]s?|venezolan[oa]s?|beliceñ[oa]s?|"
          r"guatemalteekse|hondurese|colombiaanse|venezolaanse|(?:" + _FOREIGN_COUNTRIES + r")'s)\s+"
          r"(?:national\s+|federal\s+|state\s+)?(?:authorities|police|prosecutors?|officials|forces|troops|army|"
          r"military|agents|autoridades|polic[ií]as?|fiscal[ií]as?|fuerzas|ej[eé]rcito|agentes|autoriteiten|politie|"
          r"leger)\b"
          r"|\b(?:autoridades|polic[ií]as?|fiscal[ií]as?|fuerzas|ej[eé]rcito|agentes)\s+(?:\w+\s+)?"
          r"(?:guatemaltec[oa]s?|hondureñ[oa]s?|salvadoreñ[oa]s?|colombian[oa]s?|venezolan[oa]s?|beliceñ[oa]s?)\b"
          # (not "near Texas Border": the border, on the Mexican side as often as not)
          r"|\b(?:in|en|near|cerca\s+de|bij|across\s+the\s+border\s+in)\s+(?:" + _FOREIGN_COUNTRIES + r")(?:\b|(?<=\.))(?![-\w])"  # ("in the U.S. of": the dot ends it)
          r"(?!\s+(?:[Bb]order|[Bb]orderline|[Ff]rontier)\b)")
# "cerca de la frontera con el estado de Arizona, en Estados Unidos": a border named before a foreign
# place says where a Mexican place lies, not that the event is abroad.
BORDER_WORDS = r"\b(?:frontera|fronteriz\w+|border|grens|l[ií]nea\s+divisoria|lim[ií]trof\w+)\b"
# "in the same state", "en el mismo estado", "in dezelfde deelstaat": another place of the
# state last named, so the state, not the town of the sentence before.
SAME_STATE = (r"\b(?:the\s+same\s+(?:state|entity)|d?el\s+mismo\s+estado|la\s+misma\s+entidad|"
              r"dezelfde\s+(?:deel)?staat)\b|" + ELSEWHERE_IN_STATE)
# "El 14 de febrero de ese año", "later that year", "in datzelfde jaar": the year the article
# last named, not the year of publication.
THAT_YEAR = (r"\b(?:(?:ese|aquel)\s+(?:mismo\s+)?año|(?:that|the\s+same)\s+(?:same\s+)?year|"
             r"(?:dat|datzelfde|hetzelfde)\s+jaar)\b")
# "Durante 2018, la comunidad registró diversos incidentes. [...] ocurrió el 21 de marzo": a year a sentence
# sets as the time of what the paragraph tells next (not "since 2018", a period's start).
PERIOD_YEAR = (r"\b(?:(?:durante|en|a\s+lo\s+largo\s+de)(?:\s+(?:el\s+año|todo\s+el\s+año|el\s+transcurso\s+de))?|"
               r"in|during|throughout|tijdens|gedurende|heel)\s+((?:19|20)\d\d)\b(?!\s*[-–/]|\s+(?:y|and|en|a|to|tot)\s+(?:19|20)\d\d)")
# "un informe publicado en 2018", "founded in 1999": a year of something else
NOT_PERIOD_YEAR = (r"\b(?:publicad[oa]s?|publicó|published|aprobad[oa]s?|fundad[oa]s?|founded|established|created|"
                   r"cread[oa]s?|elegid[oa]s?|elected|nacid[oa]s?|born|gepubliceerd|opgericht|geboren)\s+$")
# "this border city", "deze stad": in English and Dutch copy under a town's dateline, that town (not where
# people were taken "from"); Spanish "este municipio", "esta ciudad" is the town just named
THIS_TOWN = (r"(?<!\bfrom )(?<!\buit )(?<!\bvan )\b(?:this|deze)\s+(?:(?:border|northern|southern|coastal|resort|port|"
             r"industrial|tourist|western|eastern|central|beach|embattled|violent|troubled|small|large|little|country|"
             r"rural|farming|mountain|mining|sleepy|dusty|quiet|remote|kleine|grote)\s+){0,2}"
             r"(?:city|town|(?:grens|haven|kust)?stad|plaats)\b")
# ... in Spanish: "varios negocios céntricos de esta ciudad comenzaron a cerrar" under "APATZINGÁN, Mich." (not a
# distance from it: "la población, ubicada a unos 30 kilómetros al noreste de esta ciudad")
THIS_CITY_ES = (r"(?<!norte de )(?<!sur de )(?<!este de )(?<!oeste de )(?<!kil[oó]metros de )(?<!km de )(?<!metros de )"
                r"(?<!minutos de )(?<!horas de )(?<!cerca de )(?<!lejos de )(?<!afueras de )(?<!salida de )"
                r"\besta\s+(?:(?:fronteriza|norteña|sureña|costera|tur[ií]stica|porteña)\s+)?(?:ciudad|urbe)\b")
# Where people fled from is where they were displaced: "The bloody turf war has caused a mass exodus from Aguililla",
# "hundreds of families fled from El Salado" (not the gunmen's flight: "the attackers fled from the scene")
DISPLACED_FROM = (r"\b(?:(?:exodus|displaced|displacement)\s+(?:[\w,]+\s+){0,3}?|(?:residents|families|villagers|"
                  r"people|inhabitants|thousands|hundreds|dozens)\b[^.;]{0,40}?\b(?:fled|fleeing|escaped|driven\s+out|"
                  r"forced\s+out)\s+(?:[\w,]+\s+){0,2}?)from\s+$")
# The whole country: a sentence about Mexico as a whole never falls back to one state.
NATIONAL = (r"\b(?:in|en|across|throughout|door|over)\s+(?:(?:het\s+hele|heel|all\s+of|todo|the\s+whole\s+of)\s+)?"
            r"(?:mexico|méxico|the\s+country|el\s+país|het\s+land)\b(?!\s*(?:city|stad|-stad))"
            r"|^\W*(?:mexico|méxico)\b(?!\s*(?:city|stad|-stad))|\bnationwide\b|\ba nivel nacional\b|\bin het hele land\b|\ben todo el país\b|\blandelijk\b")
# ... told first: "Nationwide, homicides have surged this year" is the country's figure even in a story of one town
NATIONAL_OPENER = (r"^\W*(?:nationwide|across\s+(?:the\s+country|mexico)|(?:a|en)\s+(?:el\s+)?(?:nivel|[aá]mbito)\s+nacional|"
                   r"en\s+todo\s+el\s+pa[ií]s|in\s+(?:heel|het\s+hele)\s+(?:land|mexico)|landelijk)\b")
# "near the US border", "frontera con Estados Unidos": without a state named, the states
# along that border come first among homonyms.
US_BORDER = (r"\b(?:(?:us|u\.s\.|american|amerikaanse|texas|arizona)[- ]border|border with (?:the )?(?:us|united states|texas)|"
             r"grens met (?:de )?(?:vs|verenigde staten)|frontera con (?:estados unidos|ee\.? ?uu\.?|texas)|"
             r"amerikaanse grens|frontera (?:norte|estadounidense)|northern border|noordgrens)\b")
US_BORDER_STATES = ("Baja California", "Sonora", "Chihuahua", "Coahuila de Zaragoza", "Nuevo León", "Tamaulipas")
# A part of the country without a state: "in northwest Mexico", "in het noorden van Mexico",
# State police forces whose name says their state ("elementos de Fuerza Civil, en Cadereyta"): for
# an article that names no state, they settle homonyms the way a state's name would.
STATE_FORCES = {"Fuerza Civil": "Nuevo León", "Fuerza Coahuila": "Coahuila"}

# A compass bearing as English puts it before "Mexico": "northern", "central", "south-west".
BEARING = r"(?:north|south|east|west|central|north-?(?:east|west)|south-?(?:east|west))(?:ern)?"
# "en el norte de México": a country-level record (precision 4), placed later if the article can.
REGION_OF_MEXICO = (rf"\b(?:{BEARING}\s+mexico"
                    r"|the\s+(?:north|south|east|west|north-?(?:east|west)|south-?(?:east|west))\s+of\s+the\s+country"
                    r"|(?:het\s+)?(?:noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten)\s+van\s+"
                    r"(?:mexico|het\s+land)"
                    r"|(?:noord|zuid|oost|west)-mexico|(?:el\s+)?(?:norte|sur|oriente|poniente|noreste|noroeste|sureste|suroeste|"
                    r"centro)\s+(?:de|del)\s+(?:méxico|mexico|pa[ií]s))\b")
# A governor or state official ordering measures: the state they govern.
STATE_AUTHORITY = (r"\b(?:gouverneur|gobernador[a]?|governor|mandatari[oa]|gobierno estatal|state government|"
                   r"deelstaatregering|secretari[oa] de gobierno|de staat|el estado|the state)\b")
# A town's own government, whose calls to stay home are its residents' disruption: "El Gobierno de Ocotlán",
# "el Ayuntamiento de Zitácuaro", "the municipal government of Caborca", "het gemeentebestuur van Culiacán".
TOWN_GOVERNMENT = (r"\b(?:[Gg]obierno\s+(?:municipal\s+)?de|[Aa]yuntamiento\s+de|[Aa]lcald[ií]a\s+de|[Pp]residencia\s+"
                   r"[Mm]unicipal\s+de|municipal\s+government\s+of|town\s+council\s+of|city\s+council\s+of|"
                   r"gemeentebestuur\s+van|gemeente)\s+(?P<town>[A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+)?"
                   r"[A-ZÁÉÍÓÚÑ][\w’'.-]*){0,3})")
# Nouns that make a state-capital homonym the city ("la ciudad de Colima").
CITY_NOUN = (r"\b(?:stad|city|ciudad|capital|hoofdstad|municipio|gemeente|municipality|town|cabecera|centro(?: hist[oó]rico)?|"
             r"puerto|port|haven(?:stad)?|"  # "el puerto de Veracruz", "the port of Veracruz": the city
             r"downtown|historic cent(?:er|re)|colonia|barrio|bar|restaurante|hotel|casino)\b\W*(?:de|del|of|van)?\s*$")

# Trap families that can hide a state name ("Sinaloa-kartel",
# "originario de Michoacán"): checked before a state counts as one the article is about.
# a governor's state is one the article is about; a distance reference ("southwest of Mexico City")
# is not, nor an address's cross street ("sobre la calle Joaquín Valle Ramírez, entre Juárez e Hidalgo")
# ... nor a neighbour ("la zona limítrofe entre Coahuila y Nuevo León", "bordering Arizona")
# Capitalised words after a state's name that make the run one of its authorities ("the Coahuila
# Public Security Secretariat", "Tamaulipas State Police"): the article is about that state.
# Capitalised words of the forces and bodies a count names ("two soldiers with the Mexican military
# and five cartel gunmen", "dos elementos de la Guardia Nacional y tres civiles"): unlike a place's
# name, they do not split two counts into separate events.
BODY_NAME_WORDS = (r"Mexican|Mexicans|Mexicano|Mexicanos|Mexicana|Mexicanas|Mexicaanse|Army|Navy|Marines?|National|"
                   r"Guard|Guardia|Nacional|Ej[eé]rcito|Marina|Defensa|Federal|Federales|State|Estatal|Municipal|"
                   r"Police|Polic[ií]a|Sedena|Semar|Nationale|Garde|Leger|Politie")
AUTHORITY_WORDS = frozenset("""state public security secretariat secretary police prosecutor prosecutors attorney
general government governor congress civil guard force department office ministry""".split())
STATE_TRAP_WORDS = _A_CARTEL + _A_BIO + _A_REFERENCE + _A_PLATES + _A_ROAD \
    + ("limítrofe", "limitrofe", "colinda", "bordering", "border with", "grens met", "grenzend", "frontera con",
       "fronteriz", "linderos", "límites con", "limites con", "límite con", "limite con", "conexion", "conexión",
       "connection")
