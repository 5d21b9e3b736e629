"""Static files compressed once and kept by the browser: an ASGI middleware in front of Streamlit.

Streamlit serves its own JavaScript (about 6 MB per first visit) uncompressed, and our
files under /app/static/ (Leaflet, the map's script, the points of a store revision)
gzip-compressed anew on every request on its event loop, with no caching header, so the
browser asks again on every visit. This middleware answers those requests itself:

- each file is compressed once (gzip level 6, in a worker thread) and kept in memory,
  keyed by path, size and modification time (a rebuilt file is compressed again);
- Streamlit's bundles (``/static/js|css|media/...``: hashed names) and our files that are
  content-addressed (``/app/static/points/<kind>-<sha256>.json``) or asked for with a
  content hash (``?v=<hash>``, see assets.py) are marked ``public, immutable,
  max-age=1 year``: a repeat visit fetches none of them.

Anything else (HTML, unversioned files, other methods, a browser that does not accept
gzip, a path that is not a plain file under the two folders) goes on to Streamlit
untouched. Paths are matched against a strict pattern and resolved inside their folder
before any file is read, so this adds no way out of those folders.
"""
from __future__ import annotations

import gzip
import mimetypes
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

IMMUTABLE = "public, immutable, max-age=31536000"
COMPRESSIBLE = {".js", ".mjs", ".css", ".json", ".svg", ".ttf", ".map", ".txt"}
GZIP_LEVEL = 6
MIN_BYTES = 1024
CACHE_ENTRIES = 512  # files kept compressed (Streamlit's page uses about 150)
_SAFE_PATH = re.compile(r"/(?:[A-Za-z0-9_@][A-Za-z0-9_.@+-]*/)*[A-Za-z0-9_@][A-Za-z0-9_.@+-]*")
_CONTENT_ADDRESSED = re.compile(r"[a-z]+-[0-9a-f]{16,}\.json")
_VERSION_QUERY = re.compile(rb"v=[0-9a-f]{8,64}")


@dataclass(frozen=True)
class Root:
    """URL prefix (``/static``) -> folder; ``hashed``: every file's name holds its content
    hash (Streamlit's bundles), so every file there may be kept for good."""

    prefix: str
    folder: Path
    hashed: bool


def streamlit_static_dir() -> Path:
    """The folder Streamlit serves at /static/ (its hashed bundles)."""
    from streamlit import file_util

    return Path(file_util.get_static_dir()) / "static"


def default_roots() -> list[Root]:
    ours = Path(__file__).resolve().parent / "static"
    return [Root("/static", streamlit_static_dir(), True), Root("/app/static", ours, False)]


class CompressedStatic:
    """ASGI middleware: see the module docstring."""

    def __init__(self, app: Callable[..., Awaitable[None]], roots: list[Root] | None = None) -> None:
        self.app = app
        self.roots = roots if roots is not None else default_roots()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self._match(scope) if scope.get("type") == "http" else None
        if found is None:
            await self.app(scope, receive, send)
            return
        path, cache_control = found
        import anyio.to_thread

        try:
            body = await anyio.to_thread.run_sync(compressed, path)
        except OSError:
            await self.app(scope, receive, send)  # gone meanwhile: Streamlit answers (404)
            return
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in ("application/json", "application/javascript"):
            content_type += "; charset=utf-8"
        headers = [(b"content-type", content_type.encode()), (b"content-encoding", b"gzip"),
                   (b"content-length", str(len(body)).encode()), (b"vary", b"Accept-Encoding"),
                   (b"cache-control", cache_control.encode()), (b"x-content-type-options", b"nosniff")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})

    def _match(self, scope: Scope) -> tuple[Path, str] | None:
        """(file, Cache-Control) when this middleware serves the request, else None."""
        if scope.get("method") not in ("GET", "HEAD") or scope.get("root_path"):
            return None
        if not _accepts_gzip(scope.get("headers") or []):
            return None
        url_path = scope.get("path") or ""
        if not _SAFE_PATH.fullmatch(url_path) or "/../" in url_path + "/":
            return None
        for root in self.roots:
            if not url_path.startswith(root.prefix + "/"):
                continue
            relative = url_path[len(root.prefix) + 1:]
            if Path(relative).suffix.lower() not in COMPRESSIBLE or relative.endswith("manifest.json"):
                return None
            if not (root.hashed or _CONTENT_ADDRESSED.fullmatch(Path(relative).name)
                    or _VERSION_QUERY.fullmatch(scope.get("query_string") or b"")):
                return None  # may change under the same URL: Streamlit's own handler
            folder = root.folder.resolve()
            try:
                target = (folder / relative).resolve(strict=True)
            except OSError:
                return None
            if not target.is_relative_to(folder) or not target.is_file():
                return None
            if target.stat().st_size < MIN_BYTES:
                return None
            return target, IMMUTABLE
        return None

def _accepts_gzip(headers: list[tuple[bytes, bytes]]) -> bool:
    for name, value in headers:
        if name.lower() == b"accept-encoding":
            for part in value.decode("latin-1").lower().split(","):
                coding, _, params = part.strip().partition(";")
                if coding.strip() in ("gzip", "*") and params.replace(" ", "") not in ("q=0", "q=0.0"):
                    return True
    return False


# One copy per process, shared by the middleware and the warm-up (server_app.py), which
# compresses the points of a new store revision before anyone asks for them.
_CACHE: OrderedDict[str, tuple[int, int, bytes]] = OrderedDict()
_LOCK = threading.Lock()


def compressed(path: Path) -> bytes:
    """The file gzip-compressed, from memory when its size and mtime are unchanged."""
    stat = path.stat()
    key = str(path)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit and hit[0] == stat.st_size and hit[1] == stat.st_mtime_ns:
            _CACHE.move_to_end(key)
            return hit[2]
    body = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
    with _LOCK:
        _CACHE[key] = (stat.st_size, stat.st_mtime_ns, body)
        while len(_CACHE) > CACHE_ENTRIES:
            _CACHE.popitem(last=False)
    return body


def cached_files() -> int:
    """How many files are held compressed."""
    return len(_CACHE)

