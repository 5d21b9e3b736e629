"""``python -m app geocode [--json] [--state STATE] [--online] NAME...``

One output line per NAME, in order. With ``--json``: a JSON object with the codebook
place fields (location, admin2, admin1, country, latitude, longitude, geo_precision,
plus kind, population and ids), or ``null`` when the name cannot be resolved. Without:
a readable line, "no match" for unresolved names. Exit status 0 even when some names
are unresolved; 2 for an unknown ``--state``.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("names", nargs="+", metavar="NAME", help="place names to resolve")
    parser.add_argument("--json", action="store_true", help="one JSON object (or null) per line")
    parser.add_argument("--state", default=None,
                        help="only places in this state (any form: Michoacan, CDMX, Edomex, ...)")
    parser.add_argument("--context", action="append", default=[], metavar="STATE",
                        help="a state the text is about (repeatable); prefers homonyms there")
    parser.add_argument("--online", action="store_true",
                        help="ask Nominatim (rate-limited, cached) for names the gazetteer lacks")


def run(args: argparse.Namespace) -> int:
    from geopy.exc import GeopyError

    from app.geo.geocoder import OfflineGeocoder, get_geocoder

    geocoder = get_geocoder()
    if args.state is not None and geocoder.state_name(args.state) is None \
            and not _is_country(args.state):
        print(f"unknown state: {args.state!r}", file=sys.stderr)
        return 2
    if args.online:
        from app.geo.online import NominatimFallback

        # An instance of its own over the same table: the process-wide geocoder stays offline.
        geocoder = OfflineGeocoder(geocoder.table, online=NominatimFallback())
    for name in args.names:
        try:
            location = geocoder.geocode(name, state=args.state, context_states=args.context)
        except GeopyError as exc:  # e.g. the network failed in --online mode
            print(f"{name}: {exc}", file=sys.stderr)
            location = None
        record = location.raw if location is not None else None
        print(json.dumps(record, ensure_ascii=False) if args.json else _readable(name, record),
              flush=True)
    return 0


def _is_country(state: str) -> bool:
    from app.geo.gazetteer import COUNTRY_KEYS, normalize

    return normalize(state) in COUNTRY_KEYS


def _readable(name: str, record: dict[str, Any] | None) -> str:
    if record is None:
        return f"{name}: no match"
    from app.geo.geocoder import place_label

    where = place_label(record["location"], record["admin2"], record["admin1"])
    return (f"{name}: {where or 'México'} ({record['country']}) "
            f"{record['latitude']:.5f}, {record['longitude']:.5f} "
            f"precision {record['geo_precision']} [{record['kind']}]")
