"""Property tests (hypothesis): the article reader and the extractor never raise on arbitrary
input, and every record they give satisfies the codebook (app.records.validation_errors).

The regular suite runs a few hundred examples in all. The long run, at least 10,000
examples per property, is marked slow and left out of the default run (pytest.ini):

    .venv/bin/python -m pytest -m slow tests/test_properties.py -s

It prints the number of examples each property ran (and fails if it ran fewer than
10,000). Texts mix real place names, trap phrases, numbers, event and date words and
random unicode, so that examples reach past the early exits into place resolution,
counts and dates.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.articles import MAX_BYTES, Article, ArticleError, parse_article_text, read_article
from app.extract import extract_incidents
from app.records import validation_errors

SLOW_EXAMPLES = 10_000
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # warnings are expected here
COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------- strategies

PLACES = ["Culiacán", "Culiacan", "Guadalajara", "Zapopan", "Tlaquepaque", "Jalisco", "Michoacán", "Sinaloa",
          "Tamaulipas", "Ciudad de México", "CDMX", "Mexico-Stad", "Mexico City", "Nuevo Laredo", "Tapalpa",
          "Puerto Vallarta", "Colima", "Guanajuato", "Estado de México", "La Piedad, Michoacán", "Reynosa",
          "Tijuana", "Guerrero", "Victoria", "Morelos", "Texas", "Aguililla", "Santa Ana", "Mexico"]
TRAPS = ["Cártel de Sinaloa", "Sinaloa-kartel", "Jalisco New Generation Cartel", "Jaliscokartel",
         "gobernador de Jalisco", "Jalisco-gouverneur", "Reforma", "Milenio", "carretera a Chapala",
         "salida a Nogales", "Avenida Vallarta", "López Mateos", "MEXICO-STAD –", "Cd. de México.-",
         "originario de", "born in", "geboren in", "said in", "next to", "al norte de", "embajada en"]
EVENTS = ["bloqueo", "narcobloqueos", "roadblocks", "blokkeerden wegen", "incendiaron", "set on fire",
          "in brand gestoken", "muertos", "killed", "doden", "om het leven", "operativo", "operation", "raid",
          "detenidos", "arrested", "gearresteerd", "ataque", "gunfight", "vuurgevecht", "seized", "aseguraron armas",
          "in beslag genomen", "motín", "riot", "ontsnapt", "flights cancelled", "suspensión de clases",
          "vluchten geannuleerd", "shelter in place", "no deaths", "sin muertos", "heridos", "injured", "gewonden"]
DATES = ["ayer", "yesterday", "gisteren", "este domingo", "on Sunday", "zondag", "22 de febrero de 2026",
         "February 22, 2026", "19 juli 2020", "2020-07-19", "last month", "vorige maand", "in 2015", "the 90s",
         "the 1990s", "los años 90", "last year", "this month", "31/02/2020", "29 de febrero", "March 40"]
NUMBERS = ["tres", "veertien", "twenty-nine", "siete", "12", "1.000", "30,000", "0", "99999999999999999999",
           "a dozen", "decenas", "honderd", "veintiún", "one"]
GLUE = ["en", "in", "de", "the", "el", "la", "y", "and", "en el municipio de", "the city of", "de stad",
        "cerca de", "near", "in het hart van", "staten", "estados", "in 20 Mexicaanse staten", "en varios estados",
        "the attack", "el ataque", "this operation", "de stad"]
PUNCT = [". ", ", ", "; ", ": ", " ", "\n", "\n\n", " – ", ".- ", "(", ")", "\"", "¿", "!", "…", "\t", "\r\n"]

word = st.one_of(
    st.sampled_from(PLACES), st.sampled_from(TRAPS), st.sampled_from(EVENTS), st.sampled_from(DATES),
    st.sampled_from(NUMBERS), st.sampled_from(GLUE), st.sampled_from(PUNCT),
    st.integers(min_value=-10, max_value=10 ** 6).map(str),
    st.text(max_size=12),  # any unicode, surrogates excluded by hypothesis' default alphabet
)
PREPS = ["en", "in", "bij", "near", "en el municipio de", "in de stad", "the city of", "entre", "cerca de"]
# A sentence-like phrase: count, event, place context and places, date. Plain word soup
# rarely puts an event word next to "in <place>", and stops at the early exits.
phrase = st.tuples(st.sampled_from(NUMBERS + [""]), st.sampled_from(EVENTS), st.sampled_from(PREPS),
                   st.lists(st.sampled_from(PLACES + TRAPS), min_size=1, max_size=4).map(", ".join),
                   st.sampled_from(DATES + [""]), st.sampled_from([". ", ".\n\n", "; ", " "])).map(
    lambda parts: " ".join(parts[:5]) + parts[5])
article_text = st.lists(st.one_of(phrase, word), max_size=60).map(" ".join)
languages = st.sampled_from(["nl", "es", "en", "xx", ""])
dates = st.one_of(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31)), st.dates(), st.none())
front_values = st.one_of(st.sampled_from(["2026-02-22", "2026-13-45", "yesterday", "0001-01-01", "9999-12-31",
                                          "es", "nl", "en", "fr", "", "---", ":"]), st.text(max_size=20))


@st.composite
def article_files(draw: Callable) -> bytes:
    """File contents: front matter (maybe broken), a body of mixed words, in some encoding."""
    parts = []
    if draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(["date", "language", "title", "url", "source", "x"]), max_size=4))
        lines = [f"{k}: {draw(front_values)}" for k in keys]
        parts.append("---\n" + "\n".join(lines) + ("\n---\n" if draw(st.booleans()) else "\n"))
    parts.append(draw(article_text))
    text = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    raw = text.encode(encoding, errors="replace")
    return draw(st.one_of(st.just(raw), st.binary(max_size=64).map(lambda junk: raw + junk)))


# ---------------------------------------------------------------- checks

@pytest.fixture(scope="module")
def geo() -> Any:
    from app.geo.geocoder import get_geocoder
    return get_geocoder()


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


REFERENCE = dt.date(2026, 2, 23)  # what undated articles' relative dates anchor on


def _check_records(article: Article, records: list[dict]) -> None:
    for record in records:
        assert validation_errors(record) == [], record
        assert article.text[record["evidence_start"]:record["evidence_end"]] == record["evidence"]
        assert record["article"] == article.id
        assert record["language"] == (article.language if article.language in ("nl", "es", "en") else "en")
    assert len({r["incident_id"] for r in records}) == len(records)


def check_extract(geo: Any, text: str, lang: str, date: dt.date | None) -> None:
    article = Article(id="prop", text=text, date=date, language=lang)
    records = extract_incidents(article, geocoder=geo, reference_date=REFERENCE)
    _check_records(article, records)
    assert records == extract_incidents(article, geocoder=geo, reference_date=REFERENCE)  # deterministic


def check_parse(text: str, metadata: dict | None) -> None:
    try:
        article = parse_article_text(text, article_id="prop", metadata=metadata)
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    assert article.text.strip() and article.language in ("nl", "es", "en")
    assert article.date is None or dt.date(1900, 1, 1) <= article.date <= dt.date(2100, 12, 31)
    article.text.encode("utf-8")  # no lone surrogates: the text can always be written out


def check_read(geo: Any, folder: Path, raw: bytes, suffix: str) -> None:
    path = folder / f"article{suffix}"
    path.write_bytes(raw)
    try:
        article = read_article(path)
    except ArticleError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    _check_records(article, extract_incidents(article, geocoder=geo, reference_date=REFERENCE))


# ---------------------------------------------------------------- the regular suite

@settings(max_examples=150, **COMMON)
@given(text=article_text, lang=st.sampled_from(["nl", "es", "en"]), date=dates)
def test_extractor_never_raises_and_records_are_valid(geo: Any, text: str, lang: str, date: dt.date | None) -> None:
    check_extract(geo, text, lang, date)


@settings(max_examples=50, **COMMON)
@given(text=st.text(max_size=400), lang=st.sampled_from(["nl", "es", "en", "xx", ""]), date=dates)
def test_extractor_on_any_unicode(geo: Any, text: str, lang: str, date: dt.date | None) -> None:
    check_extract(geo, text, lang, date)


@settings(max_examples=100, **COMMON)
@given(text=st.one_of(article_text, st.text()),
       metadata=st.one_of(st.none(), st.dictionaries(st.sampled_from(["date", "language", "title"]), front_values)))
def test_parse_article_text_never_raises_unexpectedly(text: str, metadata: dict | None) -> None:
    check_parse(text, metadata)


@settings(max_examples=100, **COMMON)
@given(raw=st.one_of(article_files(), st.binary(max_size=300)), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_read_article_on_any_bytes(geo: Any, folder: Path, raw: bytes, suffix: str) -> None:
    check_read(geo, folder, raw, suffix)


def test_parse_rejects_text_over_the_limit() -> None:
    with pytest.raises(ArticleError, match="limit"):
        parse_article_text("a" * (MAX_BYTES + 1), article_id="big")


# ---------------------------------------------------------------- the long run

class Counter:
    n = 0


@pytest.mark.slow
def test_slow_extractor_property_runs_10000_examples(geo: Any) -> None:
    count = Counter()

    @settings(max_examples=SLOW_EXAMPLES, **COMMON)
    @given(text=article_text, lang=st.sampled_from(["nl", "es", "en"]), date=dates)
    def prop(text: str, lang: str, date: dt.date | None) -> None:
        count.n += 1
        check_extract(geo, text, lang, date)

    prop()
    print(f"\nextractor property: {count.n} examples")
    assert count.n >= SLOW_EXAMPLES


@pytest.mark.slow
def test_slow_reader_property_runs_10000_examples(geo: Any, folder: Path) -> None:
    count = Counter()

    @settings(max_examples=SLOW_EXAMPLES, **COMMON)
    @given(raw=st.one_of(article_files(), st.binary(max_size=300)), suffix=st.sampled_from([".txt", ".html"]))
    def prop(raw: bytes, suffix: str) -> None:
        count.n += 1
        check_read(geo, folder, raw, suffix)

    prop()
    print(f"\nreader property: {count.n} examples")
    assert count.n >= SLOW_EXAMPLES
