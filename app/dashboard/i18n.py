"""The map page's words in English and Spanish: strings as data, one JSON file per language.

No streamlit here. ``translator(lang)`` gives ``t(key, **values)``; the files live in
translations/<lang>.json with the same keys. The codebook's values (event types such as
``roadblock``, statuses such as ``auto``) stay what the data say: only their labels are
translated (``t.type_label``, ``t.status_label``).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=None)
def texts(lang: str) -> dict[str, Any]:
    """The strings of ``lang`` (a LANGUAGES key)."""
    return json.loads((TRANSLATIONS / f"{lang}.json").read_text(encoding="utf-8"))


def language(value: Any) -> str:
    """``value`` if it names a language we have (any case), else the default."""
    code = str(value or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


class Translator:
    """``t("key", n=3)``: the string for key in this language, formatted with the values."""

    def __init__(self, lang: str) -> None:
        self.lang = language(lang)
        self.strings = texts(self.lang)

    def __call__(self, key: str, **values: Any) -> str:
        text = self.strings[key]
        return text.format(**values) if values else text

    def type_label(self, event_type: str) -> str:
        return self.strings["types"].get(str(event_type), self.strings["types"]["other"])

    def status_label(self, status: str) -> str:
        return self.strings["statuses"].get(str(status), str(status))

    def precision_label(self, level: int) -> str:
        return self.strings["precisions"].get(str(level), "?")

    def metric_label(self, metric: str) -> str:
        return self.strings["metrics"].get(metric, metric)


def translator(lang: str) -> Translator:
    return Translator(lang)
