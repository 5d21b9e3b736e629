"""Near-duplicate articles: the same wire story republished with small edits under
another URL (a new headline, a byline, a paragraph cut, words changed).

MinHash over word 3-shingles: PERMUTATIONS hash functions each keep the smallest value
over the text's shingles, and the share of positions where two signatures agree
estimates the Jaccard similarity of their shingle sets (standard error about 0.04 at
0.3). Two articles are near-copies when the estimate is at least NEAR_COPY_SIMILARITY.

The threshold was measured (tests/test_duplicates.py, docs/articles.md) on the 2 seeds
and the 22 corpus articles: made near-copies of each (a new first line and byline, the
last paragraph cut, one word in 60 replaced, other line breaks, a copyright line) have
a Jaccard similarity of 0.54 to 0.88 with their original (MinHash estimates 0.56 and
up); the 276 pairs of different articles at most 0.043 (estimates at most 0.05), including three Dutch articles on the same Culiacán events and
the seeds' Dutch AP text against the corpus's English one (a translation: 0.004), which
stay separate articles. 0.3 lies in the middle of that gap.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable

import numpy as np

SHINGLE_WORDS = 3
PERMUTATIONS = 128
NEAR_COPY_SIMILARITY = 0.3  # measured: near-copies >= 0.54, different articles <= 0.043
_WORD = re.compile(r"\w+")
# Fixed multipliers and offsets of the hash functions h(x) = (a*x + b) mod 2**64 >> 32
# (multiply-shift): signatures stored today must compare with signatures made tomorrow, so
# they never come from a random seed.
_A = np.array([int.from_bytes(hashlib.sha256(f"a{i}".encode()).digest()[:8], "big") | 1
               for i in range(PERMUTATIONS)], dtype=np.uint64)[:, None]
_B = np.array([int.from_bytes(hashlib.sha256(f"b{i}".encode()).digest()[:8], "big")
               for i in range(PERMUTATIONS)], dtype=np.uint64)[:, None]
SIGNATURE_DTYPE = np.dtype("<u4")


def words(text: str) -> list[str]:
    """Lower-case words without accents: a copy that lost or changed its accents still matches."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return _WORD.findall("".join(ch for ch in plain if not unicodedata.combining(ch)))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The text's runs of ``size`` consecutive words (one shingle for a shorter text)."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def signature(text: str) -> bytes:
    """The text's MinHash signature, PERMUTATIONS 32-bit values (what the store keeps)."""
    hashed = np.array([int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")
                       for s in shingles(text)] or [0], dtype=np.uint64)
    with np.errstate(over="ignore"):  # the arithmetic is modulo 2**64 on purpose
        values = (_A * hashed[None, :] + _B) >> np.uint64(32)
    return values.min(axis=1).astype(SIGNATURE_DTYPE).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingles behind two signatures."""
    return float(np.mean(np.frombuffer(a, SIGNATURE_DTYPE) == np.frombuffer(b, SIGNATURE_DTYPE)))


def nearest(sig: bytes, candidates: Iterable[tuple[str, bytes]],
            threshold: float = NEAR_COPY_SIMILARITY) -> str | None:
    """The id of the most similar candidate when it is a near-copy (``threshold`` or more), else None."""
    best: tuple[float, str] | None = None
    for ident, other in candidates:
        score = similarity(sig, other)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, ident)
    return best[1] if best else None
