"""Cheap gates for expensive regexes: the literal substrings every match must contain.

Python's ``re`` scans alternations of many words slowly. For each lexicon pattern we
derive, from its parse tree, a set of literals such that any match contains at least one
of them; the regex runs only on sentences that contain one. The literals are searched as
a trie (``literal_regex``), and ``GateSet`` checks the gates of many patterns (every event
type, actor, count cue, trap family and date rule) in one scan of the sentence, which is
where most of the extractor's speed-up came from (issue 4).
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any, Callable, Generic, Hashable, Iterable, Iterator, Mapping, TypeVar

MIN_LITERAL = 3
K = TypeVar("K", bound=Hashable)


def _best(candidates: list[set[str]]) -> set[str] | None:
    good = [c for c in candidates if c and min(map(len, c)) >= MIN_LITERAL]
    return max(good, key=lambda c: (min(map(len, c)), -len(c))) if good else None


class _Unsupported(Exception):
    """Syntax the small parser below does not read: that pattern gets no gate (always runs)."""


_FLAGS_GROUP = re.compile(r"\?[aiLmsux-]+:")
_COUNT = re.compile(r"\{(\d*)(?:,(\d*))?\}")

# Parsed pattern nodes: ("lit", char), ("any",) one character of a class, ("zero",) a
# zero-width assertion, ("group", alternatives), ("repeat", node, minimum).
Node = tuple


def parse_pattern(source: str) -> list[list[Node]]:
    """The alternatives of a regular expression, read from its source text. Only what the
    gates need: literals, groups, alternation, classes, escapes, quantifiers and
    assertions; anything else raises _Unsupported."""
    pos = 0

    def alternatives() -> list[list[Node]]:
        nonlocal pos
        alts: list[list[Node]] = [[]]
        while pos < len(source) and source[pos] != ")":
            if source[pos] == "|":
                alts.append([])
                pos += 1
                continue
            alts[-1].append(quantified(atom()))
        return alts

    def atom() -> Node:
        nonlocal pos
        char = source[pos]
        if char == "(":
            pos += 1
            zero = False
            if source.startswith("?", pos):
                if source.startswith("?:", pos):
                    pos += 2
                elif source.startswith("?P<", pos):
                    pos = source.index(">", pos) + 1
                elif source.startswith(("?=", "?!"), pos):
                    pos, zero = pos + 2, True
                elif source.startswith(("?<=", "?<!"), pos):
                    pos, zero = pos + 3, True
                elif (flags := _FLAGS_GROUP.match(source, pos)) is not None:
                    pos = flags.end()  # the text is lower-cased before the gate: case does not matter
                else:
                    raise _Unsupported(source)
            inner = alternatives()
            if pos >= len(source):
                raise _Unsupported(source)
            pos += 1  # the ")"
            return ("zero",) if zero else ("group", inner)
        if char == "[":
            end = pos + 1
            if source.startswith("^", end):
                end += 1
            if source.startswith("]", end):
                end += 1
            while end < len(source) and source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            if end >= len(source):
                raise _Unsupported(source)
            pos = end + 1
            return ("any",)
        if char == "\\":
            escaped = source[pos + 1:pos + 2]
            pos += 2
            if escaped and escaped in "bBAZ":
                return ("zero",)
            if escaped and escaped in "sSwWdD":
                return ("any",)
            if not escaped or escaped.isalnum():
                raise _Unsupported(source)  # back-references, \n, \x41...
            return ("lit", escaped)
        pos += 1
        if char in "^$":
            return ("zero",)
        if char == ".":
            return ("any",)
        if char in "*+?{":
            raise _Unsupported(source)
        return ("lit", char)

    def quantified(node: Node) -> Node:
        nonlocal pos
        if pos >= len(source):
            return node
        char = source[pos]
        if char in "*+?":
            pos += 1
            minimum = 1 if char == "+" else 0
        elif char == "{":
            count = _COUNT.match(source, pos)
            if count is None:
                raise _Unsupported(source)
            pos, minimum = count.end(), int(count.group(1) or 0)
        else:
            return node
        if pos < len(source) and source[pos] in "?+":  # lazy or possessive
            pos += 1
        return ("repeat", node, minimum)

    parsed = alternatives()
    if pos != len(source):
        raise _Unsupported(source)
    return parsed


def _required(items: list[Node]) -> set[str] | None:
    """Literals one of which every match of the node sequence ``items`` contains: the best of its conjuncts."""
    return _best(_conjuncts(items))


def literals(pattern: str) -> frozenset[str] | None:
    """The gate for ``pattern`` (matched on lower-cased text), or None when none is safe."""
    try:
        alternatives = parse_pattern(pattern)
    except _Unsupported:
        return None
    branches = [_required(branch) for branch in alternatives]
    if not all(branches):
        return None
    found: set[str] = set().union(*branches)  # type: ignore[arg-type]
    return _minimal(found)


def _minimal(words: Iterable[str]) -> frozenset[str]:
    """``words`` lower-cased (gates are checked on the lower-cased text), without those that contain
    another: "doden" passes wherever "dode" does."""
    lowered = {w.lower() for w in words}
    return frozenset(f for f in lowered if not any(o != f and o in f for o in lowered))


def _conjuncts(items: list[Node]) -> list[set[str]]:
    """Every literal set of the node sequence ``items`` that each match contains one of (``_required``
    takes the best): a literal run; a group of one branch, or repeated at least once, adds its own; a
    group of several branches adds the union of their required literals when each branch has some."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for node in items:
        kind = node[0]
        if kind == "lit":
            run.append(node[1])
        elif kind == "zero":
            continue
        elif kind == "group" or kind == "repeat" and node[2] >= 1:
            flush()
            inner = node if kind == "group" else node[1]
            if inner[0] == "group" and len(inner[1]) == 1:
                candidates.extend(_conjuncts(inner[1][0]))
            elif inner[0] == "group":
                branches = [_required(branch) for branch in inner[1]]
                if all(branches):
                    candidates.append(set().union(*branches))  # type: ignore[arg-type]
            elif (found := _required([inner])) is not None:  # a repeated literal
                candidates.append(found)
        else:
            flush()
    flush()
    return candidates


MAX_CONJUNCT_WORDS = 8  # a set of more words costs more "in" tests than the search it would spare
MAX_CONJUNCTS = 3


def conjuncts(pattern: str, max_words: int = MAX_CONJUNCT_WORDS) -> tuple[frozenset[str], ...]:
    """Sets of literals, beyond the gate, one of each of which every match of ``pattern`` (matched on
    lower-cased text) contains: ``"\\btold to (?:stay|remain) at home"`` has the gate "told to " and
    also needs "stay" or "remain", and "at home". Only for a pattern of one top-level branch; the
    longest few sets of a few words each (cheap ``in`` tests that spare a search); ``max_words``: the most words
    a set may have (more for a pattern whose search costs more, as a case-insensitive trap's)."""
    try:
        alternatives = parse_pattern(pattern)
    except _Unsupported:
        return ()
    if len(alternatives) != 1:
        return ()
    gate = literals(pattern)
    found: list[frozenset[str]] = []
    for candidate in _conjuncts(alternatives[0]):
        lowered = _minimal(candidate)
        if lowered and min(map(len, lowered)) >= MIN_LITERAL and len(lowered) <= max_words \
                and lowered != gate and lowered not in found:
            found.append(lowered)
    found.sort(key=lambda c: -min(map(len, c)))
    return tuple(found[:MAX_CONJUNCTS])


def holds_all(low: str, needed: Iterable[Iterable[str]]) -> bool:
    """Whether ``low`` holds one word of each set of ``needed`` (plain loops: no generator per test)."""
    for words in needed:
        for word in words:
            if word in low:
                break
        else:
            return False
    return True


def holds_any(low: str, words: Iterable[str]) -> bool:
    """``any(word in low for word in words)`` as a plain loop (no generator per test)."""
    for word in words:
        if word in low:
            return True
    return False


SMALL_GATE = 8  # up to this many words, "in" tests (C substring searches) cost less than one trie regex scan


def word_test(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a (lower-cased) text holds one of ``words``."""
    words = tuple(sorted(words))
    if len(words) <= SMALL_GATE:
        return lambda low: holds_any(low, words)
    search = literal_regex(words).search
    return lambda low: search(low) is not None


def literal_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words``, built as a trie: Python's ``re`` tries the
    branches of an alternation one by one at every position, so sharing prefixes
    ("cartel|cártel|carretera" -> "c(?:a(?:r(?:tel|retera))|ártel)") cuts the work several
    times over. At a position it matches the longest word that starts there."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_trie_source(trie))


def _trie_source(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words are optional (greedy: longest first)
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


class GateSet(Generic[K]):
    """The gates of many patterns, checked in one pass over the lower-cased text.

    ``scan(low)`` returns the keys whose pattern may match: those whose gate literal occurs
    in ``low``, and those without a safe gate. One trie scan replaces a search per pattern.
    A set of many literals is read token by token instead (``_TokenScan``), with each
    token's answer kept: the trie regex costs about the same at every character.
    """

    __slots__ = ("regex", "always", "keys_of", "tokens")

    def __init__(self, patterns: Mapping[K, str | frozenset[str]]) -> None:
        """``patterns``: key -> regex source (its gate is derived), or key -> the literals
        themselves (lower case; any length) when the caller knows them."""
        owners: dict[str, set[K]] = {}
        always: set[K] = set()
        for key, pattern in patterns.items():
            gate = literals(pattern) if isinstance(pattern, str) else pattern
            if gate is None:
                always.add(key)
            for literal in gate or ():
                owners.setdefault(literal, set()).add(key)
        self.always: frozenset[K] = frozenset(always)
        # The scan reports the longest literal at each position; the literals that are its
        # prefixes occur there as well, so their keys come with it.
        self.keys_of: dict[str, frozenset[K]] = {
            lit: frozenset(k for other, keys in owners.items() if lit.startswith(other) for k in keys)
            for lit in owners}
        # many literals: read token by token (no trie of the whole text); else one trie scan
        self.tokens = _TokenScan(owners, self.always) if len(owners) >= TOKEN_SCAN_LITERALS else None
        self.regex = literal_regex(owners) if owners and self.tokens is None else None

    def scan(self, low: str) -> set[K]:
        if self.tokens is not None:
            return self.tokens.scan(low)
        found = set(self.always)
        if self.regex is None:
            return found
        search, keys_of, pos = self.regex.search, self.keys_of, 0
        # Restart one character after each match, so overlapping literals are all seen.
        while (match := search(low, pos)) is not None:
            found |= keys_of[match.group()]
            pos = match.start() + 1
        return found


TOKEN_SCAN_LITERALS = 500  # from about this many literals a GateSet reads tokens (measured on the gold sets' sentences)
_TOKENS_KEPT = 30_000  # distinct tokens remembered per GateSet (~230 bytes each: 7 MB at most; the 1,780 real articles have 19,400)
_NOTHING: tuple[frozenset[Any], tuple[str, ...]] = (frozenset(), ())


class _TokenScan(Generic[K]):
    """``GateSet.scan`` read from the text's whitespace-separated tokens, each looked up once.

    A literal without whitespace ("asesin", "u.s.") lies inside one token wherever it occurs,
    so a token's keys are the same in every sentence and are kept. A literal with spaces
    ("armed men", " de la laguna") is looked for in the whole text, but only when one of its
    words stands in a token as the literal needs it (its anchor: a middle word is a whole
    token, the first ends a token, the last starts one). The keys are those of the literals
    that occur: the same set as the trie scan of the whole text. A new token is read by one
    trie scan of it between two spaces, where an anchor is the word with its space(s)."""

    __slots__ = ("always", "owners", "regex", "table", "loose", "_known")

    def __init__(self, owners: Mapping[str, set[K]], always: frozenset[K]) -> None:
        self.always = always
        self.owners = {lit: frozenset(keys) for lit, keys in owners.items()}
        inner = {lit for lit in owners if not any(ch.isspace() for ch in lit)}
        anchored: dict[str, list[str]] = {}  # " word ", "word ", " word" -> the literals with spaces it anchors
        self.loose: list[str] = []  # no anchor word (other whitespace, only spaces): always looked for
        for lit in owners:
            if lit in inner:
                continue
            words = lit.split(" ")
            if any(ch.isspace() for word in words for ch in word) or not any(words):
                self.loose.append(lit)
                continue
            # the longest word; at equal length a whole token (the most selective)
            i = max(range(len(words)), key=lambda j: (len(words[j]), 0 < j < len(words) - 1))
            anchor = ("" if i == 0 else " ") + words[i] + ("" if i == len(words) - 1 else " ")
            anchored.setdefault(anchor, []).append(lit)
        # Each trie word with what its prefixes bring (a scan reports the longest word at a position)
        self.table: dict[str, tuple[frozenset[K], tuple[str, ...]]] = {}
        for word in inner | anchored.keys():
            keys: set[K] = set()
            candidates: list[str] = []
            for cut in range(1, len(word) + 1):
                keys |= owners.get(word[:cut], set()) if word[:cut] in inner else set()
                candidates += anchored.get(word[:cut], ())
            self.table[word] = (frozenset(keys), tuple(candidates))
        self.regex = literal_regex(self.table)
        self._known: dict[str, tuple[frozenset[K], tuple[str, ...]]] = {}

    def _token(self, token: str) -> tuple[frozenset[K], tuple[str, ...]]:
        """The keys of the literals inside ``token``, and the literals with spaces it is an anchor of."""
        keys: set[K] = set()
        candidates: list[str] = []
        padded, search, table, pos = f" {token} ", self.regex.search, self.table, 0
        while (match := search(padded, pos)) is not None:
            found_keys, found_candidates = table[match.group()]
            keys |= found_keys
            candidates += found_candidates
            pos = match.start() + 1
        found = (frozenset(keys), tuple(dict.fromkeys(candidates))) if keys or candidates else _NOTHING
        if len(self._known) >= _TOKENS_KEPT:
            self._known.clear()
        self._known[token] = found
        return found

    def scan(self, low: str) -> set[K]:
        found = set(self.always)
        known, owners = self._known, self.owners
        for token in low.split():
            entry = known.get(token)
            if entry is None:
                entry = self._token(token)
            if entry is not _NOTHING:
                keys, candidates = entry
                if keys:
                    found |= keys
                for lit in candidates:
                    if lit in low:
                        found |= owners[lit]
        for lit in self.loose:
            if lit in low:
                found |= owners[lit]
        return found


class GatedAlternation:
    """``"|".join(f"(?:{p})" for p in parts)``, run with only the parts whose gate passed.

    A part whose gate literal is absent from the text matches nowhere in it, so the
    alternation of the remaining parts (in their order) finds the same matches; one or two
    small parts scan a sentence several times faster than the whole alternation. ``gates()``
    gives the parts' patterns under their keys for a ``GateSet``; ``finditer(low, possible)``
    takes that set's scan of ``low``."""

    __slots__ = ("regex", "parts", "index", "keys", "always", "conjuncts", "_compiled", "_plan")

    def __init__(self, parts: Iterable[str], key: Hashable) -> None:
        self.parts = tuple(parts)
        self.regex = re.compile("|".join(f"(?:{p})" for p in self.parts))
        self.index: dict[Hashable, int] = {(key, i): i for i in range(len(self.parts))}
        self.keys = frozenset(self.index)
        self.always = tuple(i for i, part in enumerate(self.parts) if literals(part) is None)
        # the other words a part needs: a sentence without one of each runs no search of it
        self.conjuncts = {i: found for i, part in enumerate(self.parts) if (found := conjuncts(part))}
        self._compiled: dict[int, re.Pattern[str]] = {}
        # per gate key: the part's index and the other words it needs (None: none)
        self._plan = {key: (i, self.conjuncts.get(i)) for key, i in self.index.items()}

    def gates(self) -> dict[Hashable, str]:
        return {key: self.parts[i] for key, i in self.index.items()}

    def _part(self, i: int) -> re.Pattern[str]:
        part = self._compiled.get(i)
        if part is None:
            part = self._compiled[i] = re.compile(self.parts[i])
        return part

    def _chosen(self, possible: set[Any] | frozenset[Any], low: str) -> list[int]:
        plan = self._plan
        chosen = []
        for key in self.keys.intersection(possible):
            i, needed = plan[key]
            if needed is not None:  # holds_all inlined: one word of each set, or the part cannot match
                for words in needed:
                    for word in words:
                        if word in low:
                            break
                    else:
                        break
                else:
                    chosen.append(i)
            else:
                chosen.append(i)
        return list(set(chosen).union(self.always)) if self.always else chosen

    def search(self, low: str, possible: set[Any] | frozenset[Any]) -> re.Match[str] | None:
        """The match ``self.regex.search(low)`` gives (the same span; the groups are the part's)."""
        best = None
        for i in sorted(self._chosen(possible, low)):
            match = self._part(i).search(low)
            # leftmost first; at one position the first part in order wins, as in the alternation
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best

    def finditer(self, low: str, possible: set[Any] | frozenset[Any]) -> list[re.Match[str]]:
        """The matches ``self.regex.finditer(low)`` gives (the same spans; the groups are the
        part's), as a list."""
        chosen = self._chosen(possible, low)
        if not chosen:
            return []
        if len(chosen) == 1:
            return list(self._part(chosen[0]).finditer(low))
        chosen.sort()
        parts = [self._part(i) for i in chosen]
        # Leftmost first; at one position the first part in order wins, as in the alternation.
        # A part's next match found from an earlier position still holds when it starts at or
        # after the current one (whether a part matches at a position does not depend on where
        # the search began).
        upcoming = [part.search(low) for part in parts]
        found: list[re.Match[str]] = []
        while True:
            best = None
            for match in upcoming:
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return found
            pos = best.end()
            if pos == best.start():  # an empty match: finditer's stepping rules, from the whole regex
                return list(self.regex.finditer(low))
            found.append(best)
            upcoming = [match if match is None or match.start() >= pos else parts[k].search(low, pos)
                        for k, match in enumerate(upcoming)]


# Under re.IGNORECASE "ı" (dotless i) matches "i" and "ſ" (long s) matches "s", letters their
# lower case does not hold: a text with either is matched by the case-insensitive pattern itself.
_FOLD_EXCEPTIONS = ("ı", "ſ")
# Escapes that stand for no letter of their own (classes, anchors, escaped punctuation); "\u00c1",
# "\N{...}", "\x41" could stand for a capital.
_PLAIN_ESCAPE = re.compile(r"\\(?:[bBdDsSwWAZ]|[^A-Za-z0-9])")


def lower_keeping_offsets(text: str) -> str:
    """``text`` lower-cased, each character in its place ("İ" becomes "i", not two characters)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[0] for ch in text)


@lru_cache(maxsize=64)
def _lowered(text: str) -> str:
    # one sentence is lower-cased once for the several patterns asked of it in a row
    return lower_keeping_offsets(text)


def _lower_case_only(source: str) -> bool:
    """Whether ``source`` names no capital letter (outside class and anchor escapes) and turns
    no case-sensitivity back on, so that matching the lower-cased text is the same as
    matching case-insensitively."""
    bare = _PLAIN_ESCAPE.sub("", source)
    return "\\" not in bare and "(?-" not in bare and not any(ch.isupper() for ch in bare)


_SEARCHES_KEPT = 64  # about an article's sentences: the repeats are within one article
_UNSEEN: Any = object()


class LowerCasePattern:
    """A case-insensitive pattern run case-sensitively on the lower-cased text, which Python's
    ``re`` does several times faster, with the same spans (the lower-casing keeps offsets).
    The matched text is the lower-cased one: for callers that use spans and truth only.
    A pattern with capitals or case-sensitive parts is always run as written. A lower-cased
    text without any of the pattern's gate literals is not searched."""

    __slots__ = ("pattern", "flags", "ignorecase", "lower", "gate", "needed", "split", "_found")

    def __init__(self, source: str, flags: int = re.IGNORECASE) -> None:
        self.pattern, self.flags = source, flags
        self.ignorecase = re.compile(source, flags)
        self.lower = re.compile(source, flags & ~re.IGNORECASE) \
            if flags & re.IGNORECASE and _lower_case_only(source) else None
        gate = literals(source) if self.lower is not None else None
        self.gate = None if gate is None else word_test(gate)
        self.needed = conjuncts(source) if self.gate is not None else ()  # its other words (gates.conjuncts)
        # A pattern of several top-level alternatives and no groups runs only the alternatives whose own words
        # occur (a GatedAlternation: the same spans); Python's re tries every alternative at every position.
        self.split: tuple[GatedAlternation, GateSet[Any]] | None = None
        if self.lower is not None and flags == re.IGNORECASE and self.lower.groups == 0 \
                and len(parts := top_level_parts(source)) > 1:
            alternation = GatedAlternation(parts, "lower-case part")
            self.split = alternation, GateSet(alternation.gates())
        # the last searches' answers: an article asks one sentence the same question more than once
        self._found: dict[tuple[str, int, int], re.Match[str] | None] = {}

    def _target(self, text: str, gated: bool = False) -> tuple[re.Pattern[str] | None, str]:
        """The pattern to run and the text to run it on; no pattern when none can match. ``gated``:
        the caller's own scan found the gate words already: the check is skipped (the gate only
        spares searches; the matches are the same without it)."""
        if self.lower is not None:
            low = _lowered(text)
            if _FOLD_EXCEPTIONS[0] not in low and _FOLD_EXCEPTIONS[1] not in low:
                return (self.lower if gated or self.gate is None or self.gate(low) and holds_all(low, self.needed) else None), low
        return self.ignorecase, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        key = (text, pos, endpos)
        found = self._found.get(key, _UNSEEN)  # most searches are new: no KeyError raised and caught
        if found is not _UNSEEN:
            return found
        if self.split is not None and pos == 0 and endpos == sys.maxsize:
            pattern, target = self._target(text, gated=True)  # the parts' scan below is the gate
            if pattern is self.lower:
                alternation, parts = self.split
                found = alternation.search(target, parts.scan(target))
            else:
                found = pattern.search(target) if pattern is not None else None
        else:
            pattern, target = self._target(text)
            found = pattern.search(target, pos, endpos) if pattern is not None else None
        if len(self._found) >= _SEARCHES_KEPT:
            self._found.clear()
        self._found[key] = found
        return found

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # no gate: a match at one position costs less than a look for the gate words in the whole text
        if self.lower is not None:
            low = _lowered(text)
            if _FOLD_EXCEPTIONS[0] not in low and _FOLD_EXCEPTIONS[1] not in low:
                return self.lower.match(low, pos, endpos)
        return self.ignorecase.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize,
                 gated: bool = False) -> Iterator[re.Match[str]]:
        if self.split is not None and pos == 0 and endpos == sys.maxsize:
            pattern, target = self._target(text, gated=True)  # the parts' scan is the gate
            if pattern is self.lower:
                alternation, parts = self.split
                return iter(alternation.finditer(target, parts.scan(target)))
            return pattern.finditer(target) if pattern is not None else iter(())
        pattern, target = self._target(text, gated)
        return pattern.finditer(target, pos, endpos) if pattern is not None else iter(())


def _plain_literal(literal: str) -> bool:
    """Whether a gate literal is safe to look for in the lower-cased text whatever the pattern's
    case flags: Latin letters and punctuation only (no "µ", nothing that lower-cases to two)."""
    return all(ord(ch) < 0x250 and ch != "µ" for ch in literal)


class GatedPattern:
    """A compiled pattern run only on texts whose lower-cased form holds one of its gate literals
    (a text without any of them has no match). Unlike LowerCasePattern, the pattern runs as
    written on the text as given: matches, groups and spans are its own. ``search`` and
    ``finditer`` are gated; anything else goes to the pattern itself."""

    __slots__ = ("regex", "gate", "needed")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        gate = None if regex.flags & re.VERBOSE else literals(regex.pattern)
        self.gate = word_test(gate) if gate and all(map(_plain_literal, gate)) else None
        self.needed = tuple(words for words in conjuncts(regex.pattern) if all(map(_plain_literal, words))) \
            if self.gate is not None else ()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)

    def _absent(self, text: str) -> bool:
        """Whether no match is possible in ``text`` (its gate literals are missing)."""
        if self.gate is None:
            return False
        low = _lowered(text)
        return _FOLD_EXCEPTIONS[0] not in low and _FOLD_EXCEPTIONS[1] not in low and (not self.gate(low) or not holds_all(low, self.needed))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.regex.finditer(text, pos, endpos)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def top_level_parts(source: str) -> list[str]:
    """The alternatives of ``source`` at its top level ("a|b(?:c|d)" -> ["a", "b(?:c|d)"]), so
    that ``"|".join(parts) == source``; the whole source alone when a part could not stand on its
    own (global flags, back-references)."""
    if _GLOBAL_FLAGS.search(source) or _BACK_REFERENCE.search(source):
        return [source]
    parts, depth, in_class, start, pos = [], 0, False, 0, 0
    while pos < len(source):
        char = source[pos]
        if char == "\\":
            pos += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("^", pos + 1):
                pos += 1
            if source.startswith("]", pos + 1):  # a "]" first in a class is a literal
                pos += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:pos])
            start = pos + 1
        pos += 1
    parts.append(source[start:])
    return parts
