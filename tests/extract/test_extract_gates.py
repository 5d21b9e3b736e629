"""The gates: every match of a lexicon pattern contains one of its gate literals, so a
sentence the gate turns away has no match to lose. Read from the pattern source by a small
parser of our own (no private module of ``re``)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.extract.gates import GateSet, literals, parse_pattern

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("pattern,expected", [
    (r"\bbloqueo\w*", {"bloqueo"}),
    (r"\b(?:roadblock|blockade)s?\b", {"roadblock", "blockade"}),
    (r"(?i:\bten\s+(?:noord|zuid))", {"noord", "zuid"}),
    (r"\bmot[ií]n\w*", {"mot"}),
    (r"\bri[ñn]a\b", None),  # "ri" then a class: too short to gate on
    (r"\bhet leven (?:gekost|kostte)\b", {"het leven "}),
    (r"\b(?P<m>enero|febrero)\s+de\s+\d{4}", {"enero", "febrero"}),
    (r"(?<=, )(?:near|cerca\s+de)\b", {"near", "cerca"}),
    (r"\bfoo\1", None),  # a back-reference: no gate rather than a wrong one
])
def test_gate_literals(pattern: str, expected: set[str] | None) -> None:
    found = literals(pattern)
    assert (set(found) if found is not None else None) == expected


def test_the_parser_reads_classes_escapes_and_quantifiers() -> None:
    [[lit_a, rep, lit_dot]] = parse_pattern(r"a[\]x-]{2,3}\.")
    assert lit_a == ("lit", "a") and rep == ("repeat", ("any",), 2) and lit_dot == ("lit", ".")
    assert len(parse_pattern("a|b|c")) == 3


def _sentences() -> list[str]:
    texts = []
    for folder in (ROOT / "tests" / "gold" / "dev", ROOT / "tests" / "gold" / "heldout", ROOT / "seeds"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return [line.lower() for text in texts for line in text.splitlines() if line.strip()]


def test_every_match_on_real_text_contains_a_gate_literal() -> None:
    from app.extract.incidents import LANGS, _sentence_patterns
    lines = _sentences()
    checked = 0
    for lang in LANGS:
        for key, pattern in _sentence_patterns(lang).items():
            if not isinstance(pattern, str) or (gate := literals(pattern)) is None:
                continue
            regex = re.compile(pattern)
            for line in lines:
                for match in regex.finditer(line):
                    checked += 1
                    assert any(lit in line for lit in gate), (key, match.group(), sorted(gate))
    assert checked > 500


def test_a_gate_set_reports_the_keys_whose_literals_occur() -> None:
    gates = GateSet({"a": r"\bbloqueo\w*", "b": r"\bri[ñn]a\b", "c": frozenset({"curfew"})})
    assert gates.scan("hubo un bloqueo") == {"a", "b"}  # "b" has no gate: always checked
    assert gates.scan("a curfew") == {"b", "c"}


def test_a_gate_set_read_by_tokens_reports_the_keys_of_every_literal_that_occurs() -> None:
    # literals inside a token, with spaces (anchored at a middle, first or last word), without a word,
    # and text with other whitespace and repeated tokens (kept answers)
    literals = {"asesin": "a", "u.s.": "b", "armed men": "c", " de la laguna": "d", "de la ": "e",
                "cerrar ": "f", "–": "g", "  ": "h", "men": "i", "hasta\tla": "j"}
    from app.extract import gates as gates_module
    for lit in [f"filler{i:03d}" for i in range(gates_module.TOKEN_SCAN_LITERALS)]:
        literals[lit] = "filler"
    gates = GateSet({key: frozenset(lit for lit, k in literals.items() if k == key) for key in set(literals.values())})
    assert gates.tokens is not None
    texts = ["los asesinatos en la u.s.", "the armed men of torreón de la laguna", "armed\nmen", "cerrar\tla calle",
             "2020–2021", "dos  espacios", "hasta\tla vista", "los u.s.a. armed menonites", "de la laguna"] + _sentences()[:300]
    for text in texts + texts:
        expected = {key for lit, key in literals.items() if lit in text}
        assert gates.scan(text) == expected, text


@pytest.mark.parametrize("parts,text", [
    ([r"\bkill\w*", r"\bkilled in\b", r"\bshot\b"], "they killed in the night and shot two, then killing more"),
    ([r"\bshot dead\b", r"\bshot\b", r"\bdead\b"], "shot dead, shot, dead: shot deadly"),  # the first part wins a tie
    ([r"\bburn\w+ \w+", r"\bcars?\b"], "burned cars and more cars burning cars"),  # a match swallows the next
    ([r"\bfoo(?=bar)", r"\bbar\b|x*"], "foobar bar baz"),  # a part that matches empty: as the whole regex
    ([r"\babc\b", r"\bxyz\b"], "nothing here"),
])
def test_a_gated_alternation_finds_what_the_whole_alternation_finds(parts: list[str], text: str) -> None:
    from app.extract.gates import GatedAlternation
    alternation = GatedAlternation(parts, "t")
    whole = re.compile("|".join(f"(?:{p})" for p in parts))
    expected = [m.span() for m in whole.finditer(text)]
    scan = GateSet(alternation.gates()).scan(text)
    assert [m.span() for m in alternation.finditer(text, scan)] == expected
    first = whole.search(text)
    assert getattr(alternation.search(text, scan), "span", lambda: None)() == (first.span() if first else None)
    # the parts of ungated wording run whatever the scan says
    assert [m.span() for m in alternation.finditer(text, set(alternation.index))] == expected


@pytest.mark.parametrize("text", [
    "Los AGENTES de Texas llegaron a la Zona", "İstanbul: the SAME STATE, in İN", "the ſame ſtate",  # long s
    "DIYARBAKIR ıs the same state", "in Texas's army", ""])
def test_a_lower_case_pattern_matches_as_the_case_insensitive_one(text: str) -> None:
    from app.extract.gates import LowerCasePattern
    source = r"\b(?:the\s+same\s+state|in\s+texas|agentes\s+de\s+texas|zona)\b|\bis\b"
    fast, slow = LowerCasePattern(source), re.compile(source, re.I)
    assert fast.lower is not None
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
    assert bool(fast.search(text)) == bool(slow.search(text))
    assert bool(fast.match(text, 4)) == bool(slow.match(text, 4))
    for pos, endpos in ((0, len(text)), (5, len(text)), (0, 12), (5, len(text))):  # asked again: the kept answers
        assert getattr(fast.search(text, pos, endpos), "span", list)() == getattr(slow.search(text, pos, endpos), "span", list)()


@pytest.mark.parametrize("source", [r"\bCiudad\b", r"(?-i:[A-Z])\w+", r"\u00c1rea", r"(a)\1"])
def test_a_pattern_that_tells_capitals_apart_runs_as_written(source: str) -> None:
    from app.extract.gates import LowerCasePattern
    assert LowerCasePattern(source).lower is None


def test_trap_spans_with_each_traps_own_gate_are_the_spans_of_every_trap_of_the_family(monkeypatch) -> None:
    from app.extract import mentions
    lines = [line for text in [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))]
             for line in text.splitlines() if line.strip()]
    lines += ["El gobernador de SINALOA dijo", "GOBERNADOR DE İSTANBUL, Sinaloa", "the governor of ſinaloa ſaid"]
    gated = [mentions.trap_spans(line) for line in lines]
    monkeypatch.setattr(mentions, "_TRAP_GATE", dict.fromkeys(mentions._TRAP_GATE))
    assert [mentions.trap_spans(line) for line in lines] == gated
    assert any(gated)


@pytest.mark.parametrize("source,parts", [
    (r"a|b(?:c|d)", ["a", "b(?:c|d)"]),
    (r"[|]x|y", ["[|]x", "y"]),
    (r"[^]|]a|\|b", ["[^]|]a", r"\|b"]),
    (r"(?i)a|b", [r"(?i)a|b"]),  # global flags: the parts could not stand alone
    (r"(a)\1|b", [r"(a)\1|b"]),
])
def test_top_level_parts(source: str, parts: list[str]) -> None:
    from app.extract.gates import top_level_parts
    assert top_level_parts(source) == parts
    assert "|".join(top_level_parts(source)) == source


@pytest.mark.parametrize("text", ["En Ciudad Juárez, Chihuahua y el 20 de Noviembre", "x20 de Mayo, ab-Cd O’Neill San\nLuis",
                                  "٣ de Enero: la colonia 5 de Mayo", "McAllen-Hidalgo of the North", ""])
def test_cap_run_finds_the_runs_its_plain_form_finds(text: str) -> None:
    from app.extract import mentions
    plain = re.compile(rf"(?<![\w’'-])(?:{mentions._CAPWORD})(?:(?:[^\S\n]+|[-–])(?:(?:de\s+la|de\s+las|de\s+los|del|de|la|"
                       rf"las|los|el|of|of\s+the)\s+)?(?:{mentions._CAPWORD}))*")
    for pos in range(len(text) + 1):
        assert [m.span() for m in mentions.CAP_RUN.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


@pytest.mark.parametrize("source,flags", [
    (r"\b(?:sede|edificio|building)\b", re.I),
    (r"(?<=, )(?P<day>\d{1,2}\s+de\s+(?:Enero|Mayo))(?=,)", 0),
    (r"\b(?:calle|avenida)\s+(?P<day>\d{1,2}\s+de\s+(?:Enero|Mayo)\b)", re.I),
    (r"\bri[ñn]a\b", re.I),  # no gate: always run
])
@pytest.mark.parametrize("text", ["La SEDE del gobierno", "en la Calle 5 de MAYO, y", "ſede", "EDİFİCİO", "the Building",
                                  "a, 5 de Mayo, b", "a, 5 de mayo, b", "riña", "nada aquí", ""])
def test_a_gated_pattern_finds_what_the_pattern_finds(source: str, flags: int, text: str) -> None:
    from app.extract.gates import GatedPattern
    pattern = re.compile(source, flags)
    gated = GatedPattern(pattern)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert bool(gated.search(text)) == bool(pattern.search(text))
    assert gated.pattern == pattern.pattern  # the rest passes through


@pytest.mark.parametrize("pattern,expected", [
    (r"\b(?:told|urged) to (?:stay|remain) (?:at )?(?:home|indoors)\b", [{"told", "urged"}, {"stay", "remain"}, {"home", "indoors"}]),
    (r"(?:\b(?:gunmen|hitmen)\b)(?:\W+\w+){0,5}?\W+(?:\b(?:killed|shot)\b)", [{"killed", "shot"}]),
    (r"(?:ab(?:cde|fgh))+xyz", [{"cde", "fgh"}]),
    (r"(?:abc)?xyz\w*(?:qrs|tuv)", [{"qrs", "tuv"}]),  # an optional group needs nothing
    (r"abc|xyz", []),  # two branches: the gate alone
    (r"\bfoo\1", []),
])
def test_conjuncts_are_the_other_words_every_match_needs(pattern: str, expected: list[set[str]]) -> None:
    from app.extract.gates import conjuncts
    assert sorted(map(sorted, conjuncts(pattern))) == sorted(map(sorted, expected))


def test_a_gated_alternation_with_conjuncts_finds_what_the_alternation_finds() -> None:
    from app.extract.gates import GatedAlternation, GateSet
    parts = [r"\b(?:told|urged) to (?:stay|remain) (?:at )?home\b", r"\bto stay\b", r"(?:\bgunmen\b)(?:\W+\w+){0,3}?\W+shot\b"]
    alternation = GatedAlternation(parts, "key")
    scan = GateSet(alternation.gates())
    for text in ["they were told to stay at home", "told to go home, to stay", "gunmen shot", "the gunmen were shot at",
                 "gunmen fled; police shot", "urged to remain home", "told to stay"]:
        possible = scan.scan(text)
        assert [m.span() for m in alternation.finditer(text, possible)] == [m.span() for m in alternation.regex.finditer(text)]
        found = alternation.search(text, possible)
        assert (found and found.span()) == ((whole := alternation.regex.search(text)) and whole.span())


@pytest.mark.parametrize("words", [("sede",), ("sede", "edificio", "building"), tuple(f"w{i:02d}x" for i in range(20))])
def test_a_word_test_tells_whether_a_text_holds_one_of_the_words(words: tuple[str, ...]) -> None:
    from app.extract.gates import word_test
    present = word_test(words)
    for text in ["la sede", "un edificio", "w07x", "w19x and more", "nothing here", "", "sed", "w1x"]:
        assert present(text) == any(word in text for word in words)


@pytest.mark.parametrize("text", ["Esto ocurrió en Culiacán", "ALLÍ MISMO sucedió", "it happened here; this occurred there",
                                  "nothing to see", "ESTO pasó", "donde ocurrió esto", ""])
def test_a_lower_case_pattern_split_into_its_alternatives_finds_the_same_spans(text: str) -> None:
    from app.extract.gates import LowerCasePattern
    source = r"\b(?:esto|ello)\s+(?:ocurri[oó]|sucedi[oó]|pas[oó])\b|\b(?:all[ií]|ah[ií])\s+mismo\b|\bit\s+happened\b|\bthis\s+occurred"
    pattern = LowerCasePattern(source)
    assert pattern.split is not None
    whole = re.compile(source, re.I)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in whole.finditer(text)]
    found, expected = pattern.search(text), whole.search(text)
    assert (found and found.span()) == (expected and expected.span())
