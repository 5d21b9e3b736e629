"""The development corpus (../shared/corpus, when present): valid records, no trap places,
and the incidents a careful coder would certainly record. Skipped when the corpus is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.articles import read_article
from app.extract import extract_incidents
from app.records import validation_errors

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not available")

# article -> (event_type, admin2 or admin1 for state level) pairs that must be found
EXPECTED = {
    "en-ap-2026-wsb": {("roadblock", "Jalisco")},
    "en-currentindia-2026-warnings": {("operation", "Tapalpa"), ("disruption", "Puerto Vallarta")},
    "es-bluradio-2026-estados": {("operation", "Tapalpa"), ("roadblock", "Michoacán de Ocampo"),
                                 ("roadblock", "Tamaulipas"), ("disruption", "Morelia")},
    "es-pulso-2026-tapalpa": {("operation", "Tapalpa"), ("death", "Tapalpa"), ("arrest", "Tapalpa"),
                              ("seizure", "Tapalpa"), ("roadblock", "Nayarit"), ("disruption", "Puerto Vallarta")},
    "es-razon-2026-zapopan": {("roadblock", "Zapopan"), ("roadblock", "Guadalajara"), ("roadblock", "Tecolotlán")},
    "es-vanguardia-2026-bloqueos": {("roadblock", "Tamaulipas"), ("roadblock", "Puerto Vallarta")},
    "nl-hln-2019-culiacan": {("operation", "Culiacán"), ("death", "Culiacán"), ("unrest", "Culiacán")},
    "nl-knack-2019-culiacan": {("attack", "Culiacán"), ("arson", "Culiacán"), ("disruption", "Culiacán")},
    "nl-nu-2019-culiacan": {("attack", "Culiacán"), ("arson", "Culiacán"), ("unrest", "Culiacán")},
    "nl-welingelichte-2026-kartels": {("disruption", "Manzanillo"), ("disruption", "Puerto Vallarta")},
}
TRAP_PLACES = {"Aguililla", "Reforma", "Milenio", "Golfo"}


@pytest.fixture(scope="module")
def corpus_records(geo) -> dict[str, list[dict]]:
    return {p.stem: extract_incidents(read_article(p), geocoder=geo) for p in sorted(CORPUS.glob("*.txt"))}


def test_corpus_records_are_valid(corpus_records) -> None:
    for stem, records in corpus_records.items():
        for record in records:
            assert validation_errors(record) == [], (stem, record)


def test_corpus_expected_incidents_are_found(corpus_records) -> None:
    missing = {}
    for stem, expected in EXPECTED.items():
        if stem not in corpus_records:
            continue
        found = {(r["event_type"], r["admin2"] or r["admin1"]) for r in corpus_records[stem]}
        if expected - found:
            missing[stem] = expected - found
    assert not missing


def test_corpus_has_no_record_at_a_trap(corpus_records) -> None:
    for stem, records in corpus_records.items():
        for record in records:
            assert not ({record["location"], record["admin2"]} & TRAP_PLACES), (stem, record["location"])
    # "trasladado vía aérea a la Ciudad de México" and the dateline are not incidents there.
    assert all(r["admin1"] != "Ciudad de México" for r in corpus_records.get("es-pulso-2026-tapalpa", []))
    assert all(r["admin1"] != "Ciudad de México" for r in corpus_records.get("en-ap-2026-wsb", []))
