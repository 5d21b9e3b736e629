"""Fixtures for the geo tests: the geocoder is loaded once per session."""
from __future__ import annotations

import pytest

from app.geo.geocoder import OfflineGeocoder, get_geocoder


@pytest.fixture(scope="session")
def geocoder() -> OfflineGeocoder:
    return get_geocoder()
