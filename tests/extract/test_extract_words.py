"""Each language's words are data (app/extract/words/<lang>.toml), apart from the code that
matches them: the files must agree in shape, and every pattern must compile."""
from __future__ import annotations

import re

import pytest

from app.extract import lexicon
from app.records import EVENT_TYPES


@pytest.mark.parametrize("lang", lexicon.LANGS)
def test_a_words_file_names_every_event_type_and_count(lang: str) -> None:
    words = lexicon.WORDS[lang]
    assert set(words["events"]) == set(EVENT_TYPES)
    assert set(words["count_cues"]) == {"fatalities", "injured", "arrested"}
    assert set(words["singular"]) == {"death", "added_death", "named_victim"} and set(words["added"]) == {"before_number",
                                                                                          "after_number", "along_with"}
    assert all(isinstance(value, int) and value > 0 for value in words["numbers"].values())


@pytest.mark.parametrize("lang", lexicon.LANGS)
def test_every_pattern_of_a_words_file_compiles(lang: str) -> None:
    for etype in EVENT_TYPES:
        for pattern in lexicon.EVENTS[etype][lang]:
            re.compile(pattern)
    for source in (lexicon.SINGULAR_DEATH[lang], lexicon.SINGULAR_ADDED[lang], lexicon.ADDED_BEFORE_NUMBER[lang],
                   lexicon.ADDED_AFTER_NUMBER[lang], *(cues[lang] for cues in lexicon.COUNT_CUES.values())):
        re.compile(source)


def test_a_near_item_allows_words_between_in_either_order() -> None:
    pattern = re.compile(lexicon._pattern({"near": [r"\bflights\b", r"\bcancelled\b"], "within": 3}))
    assert pattern.search("flights to Culiacán were cancelled") and pattern.search("cancelled all flights")
    assert not pattern.search("flights from the capital to the north were all later cancelled")
