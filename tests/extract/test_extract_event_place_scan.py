"""The phrase after a place ("..., where the attack occurred") looked for from the sentence's one scan is
the phrase the whole pattern finds."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EXTRA = ["Culiacán, donde ocurrió el ataque, amaneció en calma.",
         "El municipio de Zitácuaro, donde se registró la balacera, y donde tuvieran lugar los hechos.",
         "Luego de que militares capturaran a un líder en Culiacán, donde esto ocurrió.",
         "Reynosa, where the attack occurred, was calm on Sunday.",
         "Het gebeurde in Reynosa, waar de schietpartij plaatsvond.", "GOBERNADOR DE İSTANBUL, donde ocurrió"]


@pytest.mark.parametrize("lang", ["en", "es", "nl"])
def test_event_place_after_from_the_scan_is_the_patterns_search(lang: str) -> None:
    from app.extract.incidents import scan_sentence
    from app.extract.linking import EVENT_PLACE, event_place_after
    lines = [line for path in sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] + EXTRA
    found = 0
    for line in lines:
        expected = EVENT_PLACE[lang][1].search(line)
        got = event_place_after(line, lang, scan_sentence(line, lang))
        assert (got and got.span()) == (expected and expected.span()), line
        found += expected is not None
    assert found
