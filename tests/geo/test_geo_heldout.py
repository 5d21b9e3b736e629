"""Held-out accuracy: well-known towns, true state and coordinates written independently of
the gazetteer. The bar of issue 3: at least 95% right (state correct, within 25 km)."""
from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from geo_helpers import km

HELDOUT = Path(__file__).with_name("heldout_places.csv")


def rows() -> list[dict[str, str]]:
    with HELDOUT.open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


VARIANTS = {
    "as written": lambda r: (r["name"], {}),
    "no accents, upper case": lambda r: (strip_accents(r["name"]).upper(), {}),
    "with its state in the name": lambda r: (f"{r['name']}, {r['state']}", {}),
    "with state argument": lambda r: (r["name"], {"state": strip_accents(r["state"])}),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_heldout_accuracy(geocoder, variant):
    data = rows()
    assert len(data) >= 150
    wrong = []
    for r in data:
        query, kwargs = VARIANTS[variant](r)
        place = geocoder.resolve(query, **kwargs)
        if place is None or place.admin1 != r["state"] or \
                km(place.latitude, place.longitude, float(r["lat"]), float(r["lon"])) > 25:
            wrong.append((query, place and (place.location, place.admin1)))
    accuracy = 1 - len(wrong) / len(data)
    assert accuracy >= 0.95, f"{accuracy:.1%} right; wrong: {wrong}"
