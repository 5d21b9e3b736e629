"""The extractor scored against hand-coded gold for both seeds (tests/extract/gold/).

A record matches a gold row on event type, place and date: the place is the municipality
(admin2) for town-level rows and the state (admin1) with state precision for state-level
rows; the country row matches a country-level record.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.articles import load_metadata, read_article
from app.extract import extract_incidents
from app.records import validation_errors

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).parent / "gold"
SEEDS = ROOT / "seeds"


def _key(row: dict) -> tuple:
    level = "country" if row["geo_precision"] == 4 else "state" if row["geo_precision"] == 3 else "town"
    place = row["admin2"] if level == "town" and row.get("admin2") else row["admin1"]
    return row["event_type"], level, place, row["event_date"]


def _score(predicted: list[dict], gold: list[dict]) -> tuple[int, int, int]:
    pred_keys, gold_keys = {_key(r) for r in predicted}, {_key(r) for r in gold}
    return len(pred_keys & gold_keys), len(pred_keys), len(gold_keys)


def _seed_results(geo) -> list[tuple[str, list[dict], list[dict]]]:
    metadata = load_metadata(SEEDS)
    out = []
    for gold_file in sorted(GOLD.glob("*.jsonl")):
        article = read_article(SEEDS / f"{gold_file.stem}.txt", metadata=metadata[gold_file.stem])
        gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        out.append((gold_file.stem, extract_incidents(article, geocoder=geo), gold))
    return out


def test_gold_exists_for_both_seeds() -> None:
    stems = {p.stem for p in SEEDS.glob("*.txt")}
    assert stems and stems == {p.stem for p in GOLD.glob("*.jsonl")}


def test_precision_and_recall_on_seeds_are_at_least_090(geo) -> None:
    hits = n_pred = n_gold = 0
    report = []
    for stem, predicted, gold in _seed_results(geo):
        h, p, g = _score(predicted, gold)
        hits, n_pred, n_gold = hits + h, n_pred + p, n_gold + g
        missing = {_key(r) for r in gold} - {_key(r) for r in predicted}
        extra = {_key(r) for r in predicted} - {_key(r) for r in gold}
        report.append(f"{stem}: missing {sorted(missing)} extra {sorted(extra)}")
    precision, recall = hits / n_pred, hits / n_gold
    assert precision >= 0.9 and recall >= 0.9, f"P={precision:.2f} R={recall:.2f}\n" + "\n".join(report)


def test_seed_records_are_valid_and_ids_unique_and_stable(geo) -> None:
    first = _seed_results(geo)
    second = _seed_results(geo)
    for (stem, records, _), (_, again, _) in zip(first, second):
        assert records, stem
        for record in records:
            assert validation_errors(record) == [], record
            assert record["evidence"] in read_article(SEEDS / f"{stem}.txt").text
        ids = [r["incident_id"] for r in records]
        assert len(ids) == len(set(ids))
        assert ids == [r["incident_id"] for r in again]


@pytest.mark.parametrize("trap", ["Aguililla", "Reforma", "Milenio"])
def test_no_seed_record_at_a_trap(geo, trap: str) -> None:
    for _, records, _ in _seed_results(geo):
        assert all(trap not in (r["location"], r["admin2"]) for r in records)


def test_evidence_offsets_point_into_the_text(geo) -> None:
    metadata = load_metadata(SEEDS)
    for stem, records, _ in _seed_results(geo):
        text = read_article(SEEDS / f"{stem}.txt", metadata=metadata[stem]).text
        for r in records:
            assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]
