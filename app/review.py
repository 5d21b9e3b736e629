"""A reviewer's edits to a stored record: the review use case, beside ``ingest``.

The Review page goes through here; the store only stores. What an edit means beyond its
fields is decided here: a new place name is looked up in the offline gazetteer, with the
record's current state as context, and brings its place fields along (admin2, admin1,
country, coordinates, geo_precision), so the record never names one place and points at
another.
"""
from __future__ import annotations

from typing import Any, Callable

from app.store import PLACE_FIELDS, Store, StoreError

# name, the record's current state -> place fields, or None for "no such place"
PlaceLookup = Callable[[str, "str | None"], "dict[str, Any] | None"]


def place_fields(name: str, state: str | None = None) -> dict[str, Any] | None:
    """Place fields for a place name a reviewer typed, from the offline gazetteer.

    The record's current state is context only: "Zapopan" stays in Jalisco, while "La
    Piedad, Michoacán" or another state's town still resolves where it is.
    """
    from app.geo.geocoder import get_geocoder

    place = get_geocoder().resolve(name, context_states=[state] if state else [])
    return None if place is None else {f: getattr(place, f) for f in PLACE_FIELDS}


def edit_incident(db: Store, incident_id: str, changes: dict[str, Any], *, actor: str = "dashboard",
                  lookup: PlaceLookup = place_fields) -> list[str]:
    """Apply a reviewer's edits through ``db``; the names of the fields that changed.

    A new ``location`` is looked up (``lookup``, by default the gazetteer); an unknown
    place raises ValueError and changes nothing. Other checks are the store's.
    """
    current = db.incident(incident_id)
    if current is None:
        raise StoreError(f"No incident {incident_id!r} in the store.")
    wanted = dict(changes)
    name = str(wanted.get("location") or "").strip()
    if "location" in wanted and name and name != current["location"]:
        place = lookup(name, current["admin1"])
        if place is None:
            raise ValueError(f"No place called {name!r} in the gazetteer; nothing changed. "
                             "Try the municipality's name, or add the state: 'La Piedad, Michoacán'.")
        wanted.update({f: place[f] for f in PLACE_FIELDS if f in place})
    return db.update_incident(incident_id, wanted, actor=actor)
