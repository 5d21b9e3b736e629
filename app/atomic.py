"""Atomic file writes: readers see the old file or the new one, never half of it.

The one way the project replaces a file (exports, the database backup, the reviewers
file, the reference data, the Nominatim cache): a locked temporary beside the target,
flushed to disk (fsync), renamed over it, then the folder flushed, so a crash or a full
disk leaves the old file whole. Standard library only, so every layer (geo as well as
the store) can use it.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".tmp"


def _lock(handle: IO[Any], *, wait: bool) -> bool:
    """An exclusive flock on ``handle``: held while a temporary file is written, so the
    clean-up can tell a live writer's temporary from one a killed run left behind."""
    if fcntl is None:  # no flock (Windows): never remove temporaries of others
        return wait
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


@contextlib.contextmanager
def temporary_beside(path: Path, mode: int = 0o644) -> Iterator[Path]:
    """A new, locked temporary file ``.{name}.XXXX.tmp`` next to ``path``, removed on exit
    unless ``install`` moved it into place. The caller fills it (text, a SQLite backup)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "rb") as lock:
            _lock(lock, wait=True)
            os.chmod(tmp, mode)  # mkstemp's 0600 would make exports private to their writer
            yield tmp
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def install(tmp: Path, path: Path) -> None:
    """Make the filled temporary ``tmp`` the file ``path``: flushed to disk, then renamed
    (readers see the old file or the new one, never half), then the folder flushed."""
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    with contextlib.suppress(OSError):  # not every platform can open a folder
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def remove_stale_temporaries(folder: Path) -> list[str]:
    """Delete the temporary files killed runs left in ``folder`` (as large as the database,
    at times); a temporary a live writer holds (locked) is left alone. Returns their names."""
    removed: list[str] = []
    with contextlib.suppress(OSError):
        candidates = [p for p in Path(folder).iterdir() if p.name.startswith(".") and TEMP_SUFFIX in p.name]
        for path in sorted(candidates):
            if not path.name.endswith(TEMP_SUFFIX):
                continue  # a temporary's journal goes with its temporary
            try:
                with open(path, "rb") as handle:
                    if not _lock(handle, wait=False):
                        continue  # a live writer's
                    path.unlink()
                    path.with_name(path.name + "-journal").unlink(missing_ok=True)
            except OSError:
                continue
            removed.append(path.name)
    return removed


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    with temporary_beside(path) as tmp:
        tmp.write_bytes(data)
        install(tmp, path)


def atomic_write_text(path: Path, text: str) -> None:
    """``atomic_write_bytes`` for text: UTF-8, line endings as given."""
    with temporary_beside(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        install(tmp, path)


def write_if_changed(path: Path, text: str) -> bool:
    """atomic_write_text unless the file already holds ``text`` (keeps mtimes of unchanged exports)."""
    with contextlib.suppress(OSError):
        if path.read_bytes() == text.encode("utf-8"):
            return False
    atomic_write_text(path, text)
    return True
