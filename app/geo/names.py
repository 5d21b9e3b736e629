"""Name variants as data: state aliases, curated aliases, short-form rules, query rewrites.

Everything here is plain data read by ``gazetteer`` (at run time, standard library only)
and by ``build_places`` (at ``refdata`` time). Add a variant here, not an ``if`` elsewhere.
Strings are written naturally; they are normalised (``gazetteer.normalize``) before use.
"""
from __future__ import annotations

COUNTRY_NAME = "México"
# A sensible point for "Mexico" the country: the geographic centre used by INEGI
# (near Cañitas de Felipe Pescador, Zacatecas)... rounded; precision 4 says "country only".
COUNTRY_POINT = (23.6345, -102.5528)

# INEGI code -> INEGI name (the Marco Geoestadístico spelling).
STATES: dict[str, str] = {
    "01": "Aguascalientes", "02": "Baja California", "03": "Baja California Sur",
    "04": "Campeche", "05": "Coahuila de Zaragoza", "06": "Colima", "07": "Chiapas",
    "08": "Chihuahua", "09": "Ciudad de México", "10": "Durango", "11": "Guanajuato",
    "12": "Guerrero", "13": "Hidalgo", "14": "Jalisco", "15": "México",
    "16": "Michoacán de Ocampo", "17": "Morelos", "18": "Nayarit", "19": "Nuevo León",
    "20": "Oaxaca", "21": "Puebla", "22": "Querétaro", "23": "Quintana Roo",
    "24": "San Luis Potosí", "25": "Sinaloa", "26": "Sonora", "27": "Tabasco",
    "28": "Tamaulipas", "29": "Tlaxcala", "30": "Veracruz de Ignacio de la Llave",
    "31": "Yucatán", "32": "Zacatecas",
}

# Names of a state that may also stand alone in running text as a place (they go into
# the place table). Dutch, Spanish and English forms; accents and case do not matter.
STATE_PLACE_NAMES: dict[str, tuple[str, ...]] = {
    "01": ("Aguascalientes", "Estado de Aguascalientes"),
    "02": ("Baja California", "Neder-Californië", "Baja California Norte", "Lower California",
           "Estado de Baja California"),
    "03": ("Baja California Sur", "Zuid-Neder-Californië", "Baja California del Sur"),
    "04": ("Campeche", "Estado de Campeche"),
    "05": ("Coahuila de Zaragoza", "Coahuila", "Estado de Coahuila"),
    "06": ("Colima", "Estado de Colima"),
    "07": ("Chiapas", "Estado de Chiapas"),
    "08": ("Chihuahua", "Estado de Chihuahua"),
    "09": ("Ciudad de México", "Estado de Ciudad de México"),
    "10": ("Durango", "Estado de Durango"),
    "11": ("Guanajuato", "Estado de Guanajuato"),
    "12": ("Guerrero", "Estado de Guerrero"),
    "13": ("Hidalgo", "Estado de Hidalgo"),
    "14": ("Jalisco", "Estado de Jalisco"),
    "15": ("Estado de México", "State of Mexico", "Mexico State", "Edomex", "Edo. Mex.",
           "Edo. de México", "Estado de Mexico", "staat Mexico", "deelstaat Mexico",
           "Estado Mexicano de México"),
    "16": ("Michoacán de Ocampo", "Michoacán", "Estado de Michoacán"),
    "17": ("Morelos", "Estado de Morelos"),
    "18": ("Nayarit", "Estado de Nayarit"),
    "19": ("Nuevo León", "Estado de Nuevo León"),
    "20": ("Oaxaca", "Estado de Oaxaca"),
    "21": ("Puebla", "Estado de Puebla"),
    "22": ("Querétaro", "Querétaro de Arteaga", "Estado de Querétaro"),
    "23": ("Quintana Roo", "Estado de Quintana Roo"),
    "24": ("San Luis Potosí", "Estado de San Luis Potosí"),
    "25": ("Sinaloa", "Estado de Sinaloa"),
    "26": ("Sonora", "Estado de Sonora"),
    "27": ("Tabasco", "Estado de Tabasco"),
    "28": ("Tamaulipas", "Estado de Tamaulipas"),
    "29": ("Tlaxcala", "Estado de Tlaxcala"),
    "30": ("Veracruz de Ignacio de la Llave", "Veracruz", "Veracruz-Llave", "Estado de Veracruz"),
    "31": ("Yucatán", "Estado de Yucatán"),
    "32": ("Zacatecas", "Estado de Zacatecas"),
}

# Extra forms accepted only where a state is expected (``state=``, ``context_states``,
# ``state_name``): postal-style abbreviations that are too ambiguous as free-standing
# place names ("Son", "Ver", "Mor" ...), and the city names for Ciudad de México.
STATE_ARGUMENT_NAMES: dict[str, tuple[str, ...]] = {
    "01": ("Ags", "Ags."), "02": ("BC", "B.C."), "03": ("BCS", "B.C.S."),
    "04": ("Camp", "Camp."), "05": ("Coah", "Coah."), "06": ("Col", "Col."),
    "07": ("Chis", "Chis."), "08": ("Chih", "Chih."),
    "09": ("CDMX", "Distrito Federal", "Mexico City", "Mexico-Stad", "México D.F.", "DF", "D.F.", "Mexiko-Stadt"),
    "10": ("Dgo", "Dgo."), "11": ("Gto", "Gto."), "12": ("Gro", "Gro."), "13": ("Hgo", "Hgo."),
    "14": ("Jal", "Jal."), "15": ("Méx", "Méx.", "Edo Mex", "Edo. Méx."),
    "16": ("Mich", "Mich."), "17": ("Mor", "Mor."), "18": ("Nay", "Nay."),
    "19": ("NL", "N.L.", "Nuevo Leon"), "20": ("Oax", "Oax."), "21": ("Pue", "Pue."),
    "22": ("Qro", "Qro."), "23": ("Q. Roo", "QRoo", "Q Roo"), "24": ("SLP", "S.L.P."),
    "25": ("Sin", "Sin."), "26": ("Son", "Son."), "27": ("Tab", "Tab."),
    "28": ("Tamps", "Tamps.", "Tamp"), "29": ("Tlax", "Tlax."), "30": ("Ver", "Ver."),
    "31": ("Yuc", "Yuc."), "32": ("Zac", "Zac."),
}

# The country alone. As a ``state=`` argument "México" is ambiguous ("Culiacán, México"
# names the country, "Chalco, México" the State of Mexico): candidates in the State of
# Mexico are preferred, and without one there the name is resolved anywhere in Mexico.
COUNTRY_NAMES: tuple[str, ...] = ("Mexico", "México", "Mexiko", "Mexique", "Messico",
                                  "Méjico", "Republica Mexicana", "República Mexicana")

# Wrappers around a state's name in running text or a ``state=`` argument ("estado de
# Jalisco", "the state of Sinaloa", "Sonora State", "staat Michoacán"), normalised.
STATE_PREFIXES: tuple[str, ...] = ("estado de ", "estado del ", "state of ", "the state of ", "staat ",
                                   "deelstaat ")
STATE_SUFFIXES: tuple[str, ...] = (" state", " staat")

# States whose capital shares the state's name. A bare "Chihuahua" resolves to the city
# (precision 1, inside the state either way); "Estado de Chihuahua" to the state.
# Use ``state_name()`` when a mention is known to be a state (e.g. a list of states).
CAPITAL_HOMONYMS: dict[str, str] = {
    # cve_ent -> cvegeo of the same-named capital municipality
    "01": "01001", "04": "04002", "06": "06002", "08": "08019", "10": "10005",
    "11": "11015", "20": "20067", "21": "21114", "22": "22014", "24": "24028",
    "29": "29033", "32": "32056",
}

# Each state's capital, by cve_ent, as the gazetteer names it: "la capital de Jalisco",
# "Jalisco's capital" is Guadalajara.
STATE_CAPITALS: dict[str, str] = {
    "01": "Aguascalientes", "02": "Mexicali", "03": "La Paz, Baja California Sur", "04": "San Francisco de Campeche",
    "05": "Saltillo", "06": "Colima, Colima", "07": "Tuxtla Gutiérrez", "08": "Chihuahua, Chihuahua",
    "10": "Victoria de Durango", "11": "Guanajuato, Guanajuato", "12": "Chilpancingo", "13": "Pachuca",
    "14": "Guadalajara", "15": "Toluca", "16": "Morelia", "17": "Cuernavaca", "18": "Tepic", "19": "Monterrey",
    "20": "Oaxaca de Juárez", "21": "Heroica Puebla de Zaragoza", "22": "Santiago de Querétaro",
    "23": "Chetumal", "24": "San Luis Potosí, San Luis Potosí", "25": "Culiacán", "26": "Hermosillo",
    "27": "Villahermosa", "28": "Ciudad Victoria", "29": "Tlaxcala, Tlaxcala", "30": "Xalapa", "31": "Mérida",
    "32": "Zacatecas, Zacatecas",
}

# Curated aliases: name -> target. Targets: ("mun", cvegeo), ("state", cve_ent),
# ("geonameid", id), ("country", ""). Optional third element: geo_precision override.
CURATED_ALIASES: dict[str, tuple] = {
    # Mexico City, the city (precision 1) in every language we read.
    "Mexico City": ("geonameid", 3530597), "Mexico-Stad": ("geonameid", 3530597),
    "Mexicostad": ("geonameid", 3530597), "Mexiko-Stadt": ("geonameid", 3530597),
    "Ciudad de México": ("geonameid", 3530597), "CDMX": ("geonameid", 3530597),
    "Cd. de México": ("geonameid", 3530597), "México D.F.": ("geonameid", 3530597),
    "México DF": ("geonameid", 3530597), "D.F.": ("geonameid", 3530597),
    "Ciudad de Mexico City": ("geonameid", 3530597), "Distrito Federal": ("geonameid", 3530597),
    # The country alone.
    **{name: ("country", "") for name in COUNTRY_NAMES},
    # Metropolitan areas: the central city at precision 2 ("part of or near a town").
    "ZMG": ("mun", "14039", 2), "AMG": ("mun", "14039", 2),
    "Zona Metropolitana de Guadalajara": ("mun", "14039", 2),
    "Área Metropolitana de Guadalajara": ("mun", "14039", 2),
    "Guadalajara metropolitan area": ("mun", "14039", 2),
    "Greater Guadalajara": ("mun", "14039", 2),
    "ZMM": ("mun", "19039", 2), "AMM": ("mun", "19039", 2),
    "Zona Metropolitana de Monterrey": ("mun", "19039", 2),
    "Área Metropolitana de Monterrey": ("mun", "19039", 2),
    "Zona Metropolitana del Valle de México": ("geonameid", 3530597, 2),
    "ZMVM": ("geonameid", 3530597, 2), "Valle de México": ("geonameid", 3530597, 2),
    # Everyday short names that no systematic rule yields.
    "Tuxtla": ("mun", "07101"), "San Cristóbal": ("mun", "07078"), "Juárez": ("mun", "08037"), "Cd. Juárez": ("mun", "08037"),
    "Los Cabos": ("mun", "03008"), "Tlaquepaque": ("mun", "14098"),
    "San Pedro Garza García": ("mun", "19019"),
    "Ciudad Victoria": ("mun", "28041"), "Veracruz puerto": ("mun", "30193"),
    "Puerto de Veracruz": ("mun", "30193"), "Heroica Veracruz": ("mun", "30193"),
    "Chihuahua City": ("mun", "08019"), "Ciudad de Chihuahua": ("mun", "08019"),
    "Oaxaca City": ("mun", "20067"), "Ciudad de Oaxaca": ("mun", "20067"),
    "Puebla City": ("mun", "21114"), "Ciudad de Puebla": ("mun", "21114"),
    # A municipality's older name, and one created after the 2020 shapes (Villa de Pozos, split from San Luis Potosí in
    # 2024: a part of that municipality in these shapes, precision 2).
    "Magdalena Aldama": ("mun", "07113"), "Villa de Pozos": ("mun", "24028", 2),
    # The names Arizona and California know resorts by.
    "Rocky Point": ("mun", "26048"), "Rosarito Beach": ("mun", "02005"),
    # The border town across from Columbus, New Mexico, as both sides call it (Puerto Palomas de Villa, Ascensión).
    "Palomas": ("geonameid", 3991350),
    # The everyday name of Del Nayar, Nayarit ("killed in El Nayar, in the western state of Nayarit"); the GeoNames
    # hamlet of that name lies in Durango.
    "El Nayar": ("mun", "18009"),
    # Villages below GeoNames' 500-inhabitant cut that the news names often: their municipality, precision 2.
    "Xcalak": ("mun", "23004", 2), "San Carlos Nuevo Guaymas": ("mun", "26029", 2), "Chavajebal": ("mun", "07014", 2),
    "La Isla de Chacahua": ("mun", "20334", 2), "Chacahua": ("mun", "20334", 2),
    "Yosoñama": ("mun", "20210", 2), "Santo Domingo Yosoñama": ("mun", "20210", 2),
    "Real de Limón": ("mun", "12017", 2), "Real del Limón": ("mun", "12017", 2),
    "Los Guajes de Ayala": ("mun", "12022", 2), "Cocó": ("mun", "07113", 2),
    "Villa Ocuiltzapotlán": ("mun", "27004", 2), "Ocuiltzapotlán": ("mun", "27004", 2),
    "Valle de las Palmas": ("mun", "02003", 2),
    # The valley a city's municipality spreads over ("en el Valle de Mexicali"): that municipality, precision 2
    "Valle de Mexicali": ("mun", "02002", 2),
    # ... and the valley's town Ciudad Morelos (Cuervos), larger than GeoNames' namesake hamlet in Playas de Rosarito
    "Ciudad Morelos": ("mun", "02002", 2), "Cuervos": ("mun", "02002", 2),
    # The press's "Atizapán" is the city of Atizapán de Zaragoza (490,000 people), not the municipality of 9,000 that
    # goes by Santa Cruz Atizapán
    "Atizapán": ("mun", "15013"), "Atizapan": ("mun", "15013"),
    # ... and an archaeological site the news names as a place ("the Chinkultic ruins"): its municipality
    "Chinkultic": ("mun", "07099", 2), "Chinkultik": ("mun", "07099", 2),
}

# Short-form rules for municipality names (applied at refdata time).
# 1. Leading words dropped: "San Pedro Tlaquepaque" -> "Tlaquepaque",
#    "Heroica Ciudad de Huajuapan de León" -> "Huajuapan de León".
SHORT_FORM_PREFIXES: tuple[str, ...] = (
    "Heroica Ciudad de ", "Heroica Villa de ", "Heroica Villa ", "Heroica ", "H. ",
    "Ciudad de ", "Ciudad ", "Villa de ", "Villa ", "General ",
    "San Pedro ", "San Juan Bautista ", "Santo Domingo ", "Santiago ", "Santa María ",
    "San Andrés ", "San Martín ", "San Francisco ", "San Miguel ", "San Juan ", "San Pablo ",
    "San Bartolomé ", "San Mateo ", "San Lorenzo ", "San Felipe ", "San Jerónimo ",
    "San Agustín ", "San Antonio ", "San Sebastián ", "Santa Cruz ", "Santa Catarina ",
    "Santa Ana ", "Santa Lucía ",
)
# 2. Trailing words dropped: "Dolores Hidalgo Cuna de la Independencia Nacional".
SHORT_FORM_SUFFIXES: tuple[str, ...] = (
    " Cuna de la Independencia Nacional", " el Grande", " de los Membrillos",
)
# 3. "<Head> de <Surname>" -> "<Head>" ("Tlajomulco de Zúñiga", "Autlán de Navarro",
#    "Tepatitlán de Morelos", "Oaxaca de Juárez"), unless the head is a generic word
#    ("Valle de Bravo" is not "Valle") or the tail starts with an article
#    ("San Juan de los Lagos" keeps its name).
GENERIC_HEADS: frozenset[str] = frozenset({
    "villa", "valle", "ciudad", "real", "mineral", "general", "heroica", "puerto", "san",
    "santa", "santo", "nuevo", "nueva", "el", "la", "los", "las", "pueblo", "presa", "cerro",
    "rancho", "hacienda", "ejido", "colonia", "isla", "sierra", "boca", "paso", "ojo", "agua",
    "rio", "cuatro", "tres", "dos", "san pedro", "pinal", "lagos", "tierra", "mar",
})

# Single words that never stand for one municipality of a story's state ("Valle", "Villa", "Nuevo"), when
# the geocoder reads the first words of a municipality's name as that municipality in the story's
# states; "Lagos" alone is Lagos de Moreno in a Jalisco story.
CONTEXT_SHORT_NAME_EXCLUDED: frozenset[str] = GENERIC_HEADS - {"lagos"}

ARTICLES: frozenset[str] = frozenset({"el", "la", "los", "las", "del", "san", "santa"})

# Query rewrites, on normalised text: a leading abbreviation -> its full word.
LEADING_ABBREVIATIONS: dict[str, str] = {
    "cd": "ciudad", "gral": "general", "sta": "santa", "sto": "santo", "sn": "san",
    "edo": "estado", "h": "heroica", "pto": "puerto", "cd de": "ciudad de",
}
# Wrappers meaning "the area around X": resolved as X at precision 2.
METRO_PREFIXES: tuple[str, ...] = (
    "zona metropolitana de ", "zona metropolitana del ", "area metropolitana de ",
    "area metropolitana del ", "zona conurbada de ", "regio van ", "omgeving van ",
    "greater ", "metro ", "metropolitan area of ", "metropoolregio ",
)
METRO_SUFFIXES: tuple[str, ...] = (" metropolitan area", " metro area", " area")

# GeoNames records whose own name we replace (the record keeps its coordinates).
GEONAMES_OVERRIDES: dict[int, dict] = {
    # GeoNames "Mexico City" lies in the alcaldía Cuauhtémoc; as a place it is the city.
    3530597: {"name": "Ciudad de México", "admin2": None},
}
