"""Helpers shared by the geo tests (a uniquely named module, unlike conftest)."""
from __future__ import annotations

import math


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(a))
