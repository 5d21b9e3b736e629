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
from typing import Any, Generic, Hashable, Iterable, Mapping, TypeVar

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MIN_LITERAL = 3
K = TypeVar("K", bound=Hashable)


def _best(candidates: list[set[str]]) -> set[str] | None:
    good = [c for c in candidates if c and min(map(len, c)) >= MIN_LITERAL]
    return max(good, key=lambda c: (min(map(len, c)), -len(c))) if good else None


def _required(items: Any) -> set[str] | None:
    """Literals one of which every match of the parsed sequence ``items`` contains."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, arg in items:
        if op is C.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is C.SUBPATTERN:
            sub = _required(arg[-1])
            if sub:
                candidates.append(sub)
        elif op is C.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if all(branches):
                candidates.append(set().union(*branches))  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
            sub = _required(arg[2])
            if sub:
                candidates.append(sub)
    flush()
    return _best(candidates)


def literals(pattern: str) -> frozenset[str] | None:
    """The gate for ``pattern`` (matched on lower-cased text), or None when none is safe."""
    try:
        found = _required(P.parse(pattern))
    except (re.error, TypeError, AttributeError):
        return None
    if not found:
        return None
    lowered = {f.lower() for f in found}  # gates are checked on the lower-cased text
    # A literal that contains another adds nothing: "doden" passes wherever "dode" does.
    return frozenset(f for f in lowered if not any(o != f and o in f for o in lowered))


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
    """

    __slots__ = ("regex", "always", "keys_of")

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
        self.regex = literal_regex(owners) if owners else None

    def scan(self, low: str) -> set[K]:
        found = set(self.always)
        if self.regex is None:
            return found
        search, keys_of, pos = self.regex.search, self.keys_of, 0
        # Restart one character after each match, so overlapping literals are all seen.
        while (match := search(low, pos)) is not None:
            found |= keys_of[match.group()]
            pos = match.start() + 1
        return found


class Gated:
    """A compiled regex with its gate: ``finditer`` returns nothing fast when the gate fails."""

    __slots__ = ("regex", "gate")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        gate = literals(pattern)
        # A trie of plain literals is searched faster than str.__contains__ in a loop.
        self.gate = literal_regex(gate) if gate else None

    def passes(self, low: str) -> bool:
        return self.gate is None or self.gate.search(low) is not None

    def finditer(self, text: str, low: str) -> Any:
        return self.regex.finditer(text) if self.passes(low) else iter(())
