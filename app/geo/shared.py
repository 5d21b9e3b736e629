"""One object per process, built on first use: the geocoder and the municipality shapes.

Both take a noticeable time to load (the place table ~0.2 s, the shapes ~1 s) and are
read-only afterwards, so every caller in the process shares one.
"""
from __future__ import annotations

import functools
import threading
from typing import Callable, TypeVar

T = TypeVar("T")


def loaded_once(factory: Callable[[], T]) -> Callable[[], T]:
    """``factory`` as a lazy, process-wide singleton: the first call builds the object,
    every later call returns the same one. A lock makes two threads asking at once (the
    dashboard's sessions) wait for one load instead of doing two."""
    lock = threading.Lock()
    built: list[T] = []

    @functools.wraps(factory)
    def get() -> T:
        with lock:
            if not built:
                built.append(factory())
            return built[0]

    return get
