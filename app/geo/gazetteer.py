"""The name table (GeoNames + INEGI) and name normalisation."""
from __future__ import annotations

import re
import unicodedata

PLACES_FILE = "places.tsv.gz"

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize(name: str) -> str:
    """Casefold, strip accents, turn hyphens/punctuation into single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped).strip()
