"""Synthetic incidents: ``python -m app demo --incidents N --data DIR`` writes a store of
them, so anyone can see the dashboard at scale; tests, benchmarks and screenshots use
``synthetic_incidents`` directly.

Deterministic for a given seed. The places are the 32 states' representative points
(from data/reference/states.geojson) jittered a little, so the records validate against
app.records and fall inside their states. A demo store says it is synthetic everywhere:
every article's source is DEMO_SOURCE, every evidence sentence starts with
SYNTHETIC_MARK, and the map page shows a banner (``is_demo``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any, Mapping

from app.records import EVENT_TYPES

# INEGI state name -> (latitude, longitude) of a point inside the state.
STATE_POINTS: dict[str, tuple[float, float]] = {
    "Aguascalientes": (22.023, -102.321), "Baja California": (30.362, -115.248),
    "Baja California Sur": (25.43, -111.56), "Campeche": (19.333, -89.943),
    "Coahuila de Zaragoza": (27.204, -102.311), "Colima": (19.095, -103.923),
    "Chiapas": (16.257, -92.245), "Chihuahua": (28.703, -106.038),
    "Ciudad de México": (19.3, -99.158), "Durango": (24.597, -104.586),
    "Guanajuato": (20.877, -101.262), "Guerrero": (17.603, -99.948),
    "Hidalgo": (20.498, -99.212), "Jalisco": (20.834, -103.217), "México": (19.334, -99.822),
    "Michoacán de Ocampo": (19.163, -101.67), "Morelos": (18.73, -99.105),
    "Nayarit": (21.83, -104.862), "Nuevo León": (25.48, -99.502), "Oaxaca": (17.17, -96.347),
    "Puebla": (19.345, -97.422), "Querétaro": (20.843, -99.999), "Quintana Roo": (19.75, -88.321),
    "San Luis Potosí": (22.845, -101.104), "Sinaloa": (24.756, -107.422),
    "Sonora": (29.416, -110.552), "Tabasco": (17.953, -92.485), "Tamaulipas": (24.964, -98.357),
    "Tlaxcala": (19.413, -98.106), "Veracruz de Ignacio de la Llave": (19.809, -96.874),
    "Yucatán": (20.615, -89.085), "Zacatecas": (23.088, -103.204),
}
# Where the synthetic violence concentrates, as in the seed articles.
HOTSPOTS = ("Jalisco", "Michoacán de Ocampo", "Guanajuato", "Sinaloa", "Tamaulipas")

SENTENCES = (
    "Gunmen set {n} vehicles on fire to block the highway near {place}.",
    "Hombres armados incendiaron {n} vehículos en {place}, según la fiscalía.",
    "In {place} werden {n} mensen gearresteerd na een operatie van het leger.",
    "Authorities reported {n} dead after a clash in {place}.",
)


def synthetic_incidents(n: int, seed: int = 7, start: dt.date = dt.date(2026, 1, 1),
                        days: int = 120, articles: int | None = None) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    states = list(STATE_POINTS)
    n_articles = articles or max(1, n // 6)
    records = []
    for i in range(n):
        state = rng.choice(HOTSPOTS) if rng.random() < 0.6 else rng.choice(states)
        lat, lon = STATE_POINTS[state]
        precision = rng.choice((1, 1, 1, 2, 3))
        if precision != 3:
            lat, lon = lat + rng.uniform(-0.25, 0.25), lon + rng.uniform(-0.25, 0.25)
        event_type = rng.choice(EVENT_TYPES)
        place = f"Town {i % 40} ({state})" if precision != 3 else state
        count = rng.randint(1, 9)
        evidence = rng.choice(SENTENCES).format(n=count, place=place)
        records.append({
            "incident_id": f"syn-{i:06d}", "article": f"syn_article_{i % n_articles:04d}",
            "event_type": event_type,
            "event_date": (start + dt.timedelta(days=rng.randrange(days))).isoformat(),
            "date_precision": rng.choice(("day", "day", "day", "month")),
            "location": place, "admin2": None if precision == 3 else f"Municipio {i % 40}",
            "admin1": state, "country": "MX", "latitude": round(lat, 5), "longitude": round(lon, 5),
            "geo_precision": precision,
            "fatalities": count if event_type == "death" else (0 if rng.random() < 0.3 else None),
            "injured": None, "arrested": count if event_type == "arrest" else None,
            "actors": ["CJNG"] if rng.random() < 0.5 else ["Mexican Army", "National Guard"],
            "place_mention": place, "evidence": evidence, "evidence_start": 0,
            "evidence_end": len(evidence), "language": rng.choice(("nl", "es", "en")),
            "confidence": round(rng.uniform(0.5, 1.0), 2),
        })
    return records


DEMO_SOURCE = "Synthetic demo data (not real events)"
SYNTHETIC_MARK = "[SYNTHETIC]"
DEMO_SEED = 20260222
# Two years of events, so the timeline, the date filter and the period comparison have room.
DEMO_START, DEMO_DAYS = dt.date(2024, 1, 1), 731
MAX_INCIDENTS = 1_000_000


def demo_records(n: int, seed: int = DEMO_SEED) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(records, article metadata) of a demo store: synthetic_incidents marked as synthetic."""
    records = synthetic_incidents(n, seed=seed, start=DEMO_START, days=DEMO_DAYS)
    for record in records:
        record["evidence"] = f"{SYNTHETIC_MARK} {record['evidence']}"
        record["evidence_end"] = len(record["evidence"])
    articles = {a: {"source": DEMO_SOURCE, "title": f"Synthetic article {a.rsplit('_', 1)[-1]}"}
                for a in sorted({r["article"] for r in records})}
    return records, articles


def is_demo(articles: Mapping[str, Mapping[str, Any]]) -> bool:
    """True when the store holds demo articles (then the page says the data are synthetic)."""
    return any((meta or {}).get("source") == DEMO_SOURCE for meta in articles.values())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--incidents", type=int, default=10_000, metavar="N",
                        help=f"how many synthetic incidents (1 to {MAX_INCIDENTS:,}; default 10,000)")
    parser.add_argument("--data", type=Path, required=True, metavar="DIR",
                        help="an empty or new folder for the store (never data/ with real articles)")
    parser.add_argument("--seed", type=int, default=DEMO_SEED, help="same seed, same store")


def run(args: argparse.Namespace) -> int:
    from app.store import DB_NAME, StoreError, import_records

    if not 1 <= args.incidents <= MAX_INCIDENTS:
        print(f"demo: --incidents must be between 1 and {MAX_INCIDENTS:,}", file=sys.stderr)
        return 2
    if (args.data / DB_NAME).exists():
        print(f"demo: {args.data / DB_NAME} exists; give a new folder (a demo never mixes with real data)",
              file=sys.stderr)
        return 2
    records, articles = demo_records(args.incidents, args.seed)
    try:
        import_records(args.data, records, articles)
    except StoreError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 2
    print(f"{len(records):,} synthetic incidents from {len(articles):,} synthetic articles in "
          f"{args.data / DB_NAME}; see them with: python -m app serve --data {args.data}")
    return 0
