"""Synthetic news articles from our own templates, for timing the extractor.

Deterministic (fixed seed): the same ``n`` always gives the same articles. Places, dates,
counts and wording vary over Dutch, Spanish and English; every article also carries
traps (cartel names, titles, datelines, roads) and background paragraphs, so the timing
covers the whole pipeline rather than the happy path.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Iterator

from app.articles import Article, parse_article_text

SEED = 20260222
TOWNS = ["Culiacán", "Guadalajara", "Zapopan", "Morelia", "Uruapan", "Reynosa", "Celaya", "Irapuato",
         "Tijuana", "Acapulco", "Zamora", "Apatzingán", "Mazatlán", "Nuevo Laredo", "Hermosillo",
         "Puerto Vallarta", "Chilpancingo", "Cancún", "Tapalpa", "Colima", "Manzanillo", "Tepic"]
STATES = ["Jalisco", "Michoacán", "Sinaloa", "Tamaulipas", "Guanajuato", "Guerrero", "Sonora",
          "Zacatecas", "Chihuahua", "Nuevo León", "Baja California", "Colima"]
NUMBERS = {
    "nl": ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "tien", "veertien", "12", "21"],
    "es": ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "diez", "catorce", "12", "21"],
    "en": ["two", "three", "four", "five", "six", "seven", "eight", "ten", "fourteen", "12", "twenty-one"],
}
WEEKDAY = {"nl": ["zondag", "maandag", "zaterdag", "vrijdag"], "es": ["este domingo", "el lunes", "el sábado"],
           "en": ["on Sunday", "on Monday", "on Saturday", "on Friday"]}
DATELINE = {"nl": "MEXICO-STAD –", "es": "Ciudad de México.-", "en": "MEXICO CITY —"}
TEMPLATES = {
    "nl": [
        "Gewapende mannen blokkeerden {day} wegen in {town} met brandende bussen.",
        "Bij een vuurgevecht in {town} kwamen {n} mensen om het leven, zeiden de autoriteiten.",
        "De politie heeft {day} in {town} {n} verdachten gearresteerd.",
        "Het Sinaloa-kartel kreeg de schuld; {state}-gouverneur Juan Pérez riep op tot kalmte.",
        "In {town} werden winkels in brand gestoken en vluchten naar {town2} geannuleerd.",
        "Er waren blokkades in {state}, {state2} en {state3}, aldus de krant Reforma.",
        "Militairen voerden een operatie uit in de gemeente {town}, {state}.",
        "De verdachte kwam oorspronkelijk uit {town2} en werkte voor het Jaliscokartel.",
        "In {year} vond er een aanslag plaats in {town2}.",
    ],
    "es": [
        "Hombres armados instalaron bloqueos {day} en {town}, {town2} y {town3}.",
        "Un enfrentamiento en {town} dejó {n} muertos y {n2} heridos, informó la Fiscalía.",
        "Elementos de la Guardia Nacional detuvieron a {n} personas en el municipio de {town}.",
        "El gobernador de {state} pidió calma tras los ataques del Cártel de Sinaloa.",
        "Incendiaron una gasolinera en la carretera a {town2}, en {town}.",
        "Se suspendieron las clases en {state} y {state2} por la violencia.",
        "Se reportaron bloqueos en al menos {n} estados, según Milenio.",
        "El detenido, originario de {town2}, fue trasladado a la Ciudad de México.",
        "En {year} hubo un motín en el penal de {town}.",
    ],
    "en": [
        "Gunmen set up roadblocks with burning vehicles in {town} {day}.",
        "At least {n} people were killed in a gunfight in {town}, officials said.",
        "Soldiers arrested {n} suspects and seized weapons in {town}, {state}.",
        "{state} Governor Ana López said the Jalisco New Generation Cartel was responsible.",
        "Flights to {town2} were cancelled and residents were told to shelter in place.",
        "The State Department warned citizens in {state}, {state2} and {state3} to stay at home.",
        "Marines launched an operation in the city of {town}.",
        "The leader, who was born in {town2}, had been arrested in {year}.",
        "Roadblocks were reported across {n} Mexican states.",
    ],
}
FILLER = {
    "nl": "Analisten zeggen dat de regering onder druk staat om resultaten te boeken in de strijd tegen de drugshandel.",
    "es": "Analistas señalan que el gobierno enfrenta presión para mostrar resultados en materia de seguridad.",
    "en": "Analysts say the government is under pressure to show results in the fight against drug trafficking.",
}


def _article_text(rng: random.Random, index: int) -> str:
    lang = ("nl", "es", "en")[index % 3]
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))
    towns, states = rng.sample(TOWNS, 3), rng.sample(STATES, 3)
    values = {"town": towns[0], "town2": towns[1], "town3": towns[2], "state": states[0], "state2": states[1],
              "state3": states[2], "n": rng.choice(NUMBERS[lang]), "n2": rng.choice(NUMBERS[lang]),
              "day": rng.choice(WEEKDAY[lang]), "year": str(rng.randrange(2010, published.year + 1))}
    paragraphs = []
    for p in range(rng.randrange(3, 7)):
        sentences = [t.format(**values) for t in rng.sample(TEMPLATES[lang], rng.randrange(2, 4))]
        if p == 0:
            sentences[0] = f"{DATELINE[lang]} {sentences[0]}"
        paragraphs.append(" ".join(sentences + [FILLER[lang]] * rng.randrange(0, 2)))
    return f"---\ndate: {published.isoformat()}\nlanguage: {lang}\n---\n" + "\n\n".join(paragraphs)


def generate_texts(n: int, seed: int = SEED) -> Iterator[tuple[str, str]]:
    """``n`` (article id, file text) pairs, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    for index in range(n):
        yield f"synthetic-{index:05d}", _article_text(rng, index)


def generate(n: int, seed: int = SEED) -> Iterator[Article]:
    """``n`` synthetic articles, parsed: the same for the same ``n`` and ``seed``."""
    for article_id, text in generate_texts(n, seed):
        yield parse_article_text(text, article_id=article_id)


def archive_rows(n: int, seed: int = SEED) -> Iterator[dict[str, str]]:
    """``n`` synthetic articles as archive rows (``python -m app import``): the text, with its
    date and language as metadata columns, and a title, source and address."""
    for index, (article_id, text) in enumerate(generate_texts(n, seed)):
        head, body = text.split("\n---\n", 1)
        front = dict(line.split(": ", 1) for line in head.splitlines()[1:])
        yield {"text": body, "title": f"Synthetic article {index}", "date": front["date"],
               "source": "Synthetic wire", "url": f"https://example.org/{article_id}",
               "language": front["language"]}


def write_jsonl_archive(path: Path, n: int, seed: int = SEED) -> Path:
    """A JSON Lines archive of ``n`` synthetic articles, written row by row (flat memory)."""
    import json
    with open(path, "w", encoding="utf-8") as out:
        for row in archive_rows(n, seed):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
