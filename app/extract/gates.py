"""Cheap gates for expensive regexes: the literal substrings every match must contain.

Python's ``re`` scans alternations of many words slowly. For each lexicon pattern we
derive, from its parse tree, a set of literals such that any match contains at least one
of them; ``str.__contains__`` on those is several times faster than running the regex, so
the regex runs only on sentences that pass the gate.
"""
from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MIN_LITERAL = 3


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


class Gated:
    """A compiled regex with its gate: ``finditer`` returns nothing fast when the gate fails."""

    __slots__ = ("regex", "gate")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        gate = literals(pattern)
        # An alternation of plain literals is searched faster than str.__contains__ in a loop.
        self.gate = re.compile("|".join(map(re.escape, sorted(gate, key=len, reverse=True)))) if gate else None

    def passes(self, low: str) -> bool:
        return self.gate is None or self.gate.search(low) is not None

    def finditer(self, text: str, low: str) -> Any:
        return self.regex.finditer(text) if self.passes(low) else iter(())
