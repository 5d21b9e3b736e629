"""A tiny stand-in for app.geo.geocoder with the same interface, for tests that must not
depend on the reference data. It knows the states and a few dozen towns."""
from __future__ import annotations

from typing import Sequence

from app.geo.gazetteer import normalize
from app.geo.geocoder import Place  # the real record, so the stub cannot drift from it

STATES = {  # INEGI name: (lat, lon, other forms)
    "Aguascalientes": (21.9, -102.3, ()), "Baja California": (30.6, -115.1, ()),
    "Baja California Sur": (25.9, -111.6, ()), "Campeche": (19.0, -90.4, ()),
    "Coahuila de Zaragoza": (27.3, -102.0, ("Coahuila",)), "Colima": (19.1, -103.9, ()),
    "Chiapas": (16.5, -92.5, ()), "Chihuahua": (28.8, -106.0, ()),
    "Ciudad de México": (19.4, -99.1, ("CDMX", "Mexico-Stad", "Mexico City", "Mexico-stad", "Distrito Federal")),
    "Durango": (24.9, -104.9, ()), "Guanajuato": (20.9, -101.2, ()), "Guerrero": (17.6, -99.9, ()),
    "Hidalgo": (20.5, -98.9, ()), "Jalisco": (20.5, -103.6, ()),
    "México": (19.3, -99.6, ("Estado de México", "Edomex")),
    "Michoacán de Ocampo": (19.2, -101.9, ("Michoacán", "Michoacan")), "Morelos": (18.7, -99.1, ()),
    "Nayarit": (21.8, -104.8, ()), "Nuevo León": (25.6, -99.9, ("Nuevo Leon",)), "Oaxaca": (17.0, -96.4, ()),
    "Puebla": (19.0, -97.9, ()), "Querétaro": (20.8, -99.9, ()), "Quintana Roo": (19.6, -88.0, ()),
    "San Luis Potosí": (22.6, -100.4, ()), "Sinaloa": (25.0, -107.5, ()), "Sonora": (29.7, -110.8, ()),
    "Tabasco": (18.0, -92.6, ()), "Tamaulipas": (24.0, -98.6, ()),
    "Tlaxcala": (19.4, -98.2, ()), "Veracruz de Ignacio de la Llave": (19.4, -96.4, ("Veracruz",)),
    "Yucatán": (20.8, -89.0, ()), "Zacatecas": (23.3, -102.7, ()),
}
TOWNS = [  # name, municipality, state, lat, lon, population, other forms
    ("Guadalajara", "Guadalajara", "Jalisco", 20.67, -103.35, 1_385_000, ("ZMG",)),
    ("Zapopan", "Zapopan", "Jalisco", 20.72, -103.39, 1_476_000, ()),
    ("Tonalá", "Tonalá", "Jalisco", 20.62, -103.24, 569_000, ()),
    ("Tlaquepaque", "San Pedro Tlaquepaque", "Jalisco", 20.64, -103.31, 687_000, ()),
    ("Tapalpa", "Tapalpa", "Jalisco", 19.95, -103.76, 21_000, ()),
    ("Puerto Vallarta", "Puerto Vallarta", "Jalisco", 20.62, -105.23, 291_000, ()),
    ("Chapala", "Chapala", "Jalisco", 20.30, -103.19, 55_000, ()),
    ("Autlán de Navarro", "Autlán de Navarro", "Jalisco", 19.77, -104.37, 64_000, ("Autlán",)),
    ("Tecolotlán", "Tecolotlán", "Jalisco", 20.2, -104.05, 17_000, ()),
    ("Ayutla", "Ayutla", "Jalisco", 20.12, -104.35, 13_000, ()),
    ("Talpa de Allende", "Talpa de Allende", "Jalisco", 20.38, -104.82, 15_000, ("Talpa",)),
    ("El Tuito", "Cabo Corrientes", "Jalisco", 20.32, -105.32, 3_500, ()),
    ("Melaque", "Cihuatlán", "Jalisco", 19.22, -104.7, 7_000, ("San Patricio Melaque",)),
    ("Cihuatlán", "Cihuatlán", "Jalisco", 19.24, -104.57, 40_000, ()),
    ("Aguililla", "Aguililla", "Michoacán de Ocampo", 18.73, -102.79, 16_000, ()),
    ("Morelia", "Morelia", "Michoacán de Ocampo", 19.70, -101.19, 849_000, ()),
    ("Uruapan", "Uruapan", "Michoacán de Ocampo", 19.42, -102.06, 356_000, ()),
    ("La Piedad", "La Piedad", "Michoacán de Ocampo", 20.34, -102.03, 106_000, ()),
    ("Culiacán", "Culiacán", "Sinaloa", 24.80, -107.39, 1_003_000, ("Culiacan",)),
    ("Reynosa", "Reynosa", "Tamaulipas", 26.09, -98.28, 704_000, ()),
    ("Nuevo Laredo", "Nuevo Laredo", "Tamaulipas", 27.48, -99.51, 425_000, ()),
    ("Manzanillo", "Manzanillo", "Colima", 19.05, -104.32, 191_000, ()),
    ("Colima", "Colima", "Colima", 19.24, -103.72, 157_000, ()),
    ("Celaya", "Celaya", "Guanajuato", 20.52, -100.81, 521_000, ()),
    ("León", "León", "Guanajuato", 21.12, -101.68, 1_721_000, ("Leon",)),
    ("Irapuato", "Irapuato", "Guanajuato", 20.67, -101.35, 592_000, ()),
    ("Tijuana", "Tijuana", "Baja California", 32.53, -117.02, 1_922_000, ()),
    ("Nogales", "Nogales", "Sonora", 31.31, -110.94, 264_000, ()),
    ("Acapulco", "Acapulco de Juárez", "Guerrero", 16.85, -99.88, 779_000, ()),
    ("Chilpancingo", "Chilpancingo de los Bravo", "Guerrero", 17.55, -99.50, 283_000, ()),
    ("Cancún", "Benito Juárez", "Quintana Roo", 21.16, -86.85, 888_000, ("Cancun",)),
    ("Ciudad Juárez", "Juárez", "Chihuahua", 31.69, -106.42, 1_512_000, ("Juárez",)),
    ("Monterrey", "Monterrey", "Nuevo León", 25.67, -100.31, 1_142_000, ()),
    ("Los Mochis", "Ahome", "Sinaloa", 25.79, -108.99, 298_000, ()),
    ("Mazatlán", "Mazatlán", "Sinaloa", 23.23, -106.41, 501_000, ("Mazatlan",)),
    ("Tepic", "Tepic", "Nayarit", 21.50, -104.89, 425_000, ()),
    ("Ciudad Victoria", "Victoria", "Tamaulipas", 23.74, -99.15, 349_000, ("Victoria",)),
    ("Guzmán", "Zapotlán el Grande", "Jalisco", 19.70, -103.46, 200, ()),
    ("Zambada", "Cosalá", "Sinaloa", 24.4, -106.7, 50, ()),
    ("Tulum", "Tulum", "Quintana Roo", 20.21, -87.46, 46_000, ()),
    ("Apatzingán", "Apatzingán", "Michoacán de Ocampo", 19.09, -102.35, 128_000, ()),
]


class StubGeocoder:
    def __init__(self) -> None:
        self._states: dict[str, str] = {}
        self._names: dict[str, list[Place]] = {}
        for name, (lat, lon, forms) in STATES.items():
            place = Place(name, None, name, "MX", lat, lon, 3, "state", 1_000_000)
            for form in (name, *forms):
                self._states[normalize(form)] = name
                self._names.setdefault(normalize(form), []).append(place)
        cdmx = Place("Ciudad de México", None, "Ciudad de México", "MX", 19.43, -99.13, 1, "locality", 9_000_000)
        for form in ("Ciudad de México", "CDMX", "Mexico-Stad", "Mexico City", "Cd. de México", "Distrito Federal"):
            self._names[normalize(form)] = [cdmx]
        for name, muni, state, lat, lon, pop, forms in TOWNS:
            kind = "municipality" if name == muni else "locality"
            place = Place(name, muni, state, "MX", lat, lon, 2 if name == "Guadalajara" and forms else 1, kind, pop)
            for form in (name, *forms):
                self._names.setdefault(normalize(form), []).insert(0, place)
        zmg = Place("Guadalajara", "Guadalajara", "Jalisco", "MX", 20.67, -103.35, 2, "locality", 1_385_000)
        self._names[normalize("ZMG")] = [zmg]
        self._names[normalize("Zona Metropolitana de Guadalajara")] = [zmg]
        country = Place("México", None, "", "MX", 23.6, -102.5, 4, "country", 126_000_000)
        for form in ("Mexico", "México", "Mexiko"):
            self._names[normalize(form)] = [country]
        self.calls = 0

    def is_place_name(self, name: str) -> bool:
        return normalize(name) in self._names

    def state_name(self, name: str) -> str | None:
        return self._states.get(normalize(name))

    def resolve(self, name: str, *, state: str | None = None, context_states: Sequence[str] = ()) -> Place | None:
        self.calls += 1
        candidates = self._names.get(normalize(name), [])
        for wanted in ([state] if state else []) + list(context_states):
            for place in candidates:
                if place.admin1 == wanted:
                    return place
        return candidates[0] if candidates else None
