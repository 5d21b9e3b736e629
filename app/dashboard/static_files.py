"""Static files compressed once and kept by the browser: an ASGI middleware in front of Streamlit.

Streamlit serves its own JavaScript (about 6 MB per first visit) uncompressed, and our
files under /app/static/ (Leaflet, the map's script, the points of a store revision)
gzip-compressed anew on every request on its event loop, with no caching header, so the
browser asks again on every visit; a component's files (streamlit-folium's script) with a
bare "public", which the browser did not reuse (no validator, no lifetime). This middleware
answers those requests itself:

- each file is compressed once (gzip level 6, in a worker thread) and kept in memory,
  keyed by path, size and modification time (a rebuilt file is compressed again); a file
  under 1 kB is sent as it is;
- Streamlit's bundles (``/static/js|css|media/...``: hashed names), streamlit-folium's
  (``/component/streamlit_folium.st_folium/static/js/main.<hash>.js``) and our files that are
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
    hash (Streamlit's bundles), so every file there may be kept for good; ``named``: only the
    files whose path under the folder matches this pattern are served (and kept for good)."""

    prefix: str
    folder: Path
    hashed: bool
    named: re.Pattern[str] | None = None


# streamlit-folium's build (create-react-app): its script and styles carry their hash in
# their names (static/js/main.521860b0.js); Streamlit serves them with a bare "public" and
# no validator, which a browser may not reuse, so every visit fetched 55 kB again.
FOLIUM_COMPONENT = "/component/streamlit_folium.st_folium"
_CRA_HASHED = re.compile(r"static/(?:js|css)/[A-Za-z0-9_-]+\.[0-9a-f]{8}(?:\.chunk)?\.(?:js|css)")
_SCRIPT_SRC = re.compile(r'<script[^>]* src="\./(static/js/[^"]+\.js)"')


def folium_build_dir() -> Path | None:
    """streamlit-folium's front-end build, where it is installed. Found without importing the
    package: imported outside a script run (the warm-up's thread), its component would never
    be registered and its iframe would get 404s."""
    import importlib.util

    spec = importlib.util.find_spec("streamlit_folium")
    if spec is None or not spec.submodule_search_locations:
        return None
    build = Path(list(spec.submodule_search_locations)[0]).resolve() / "frontend" / "build"
    return build if build.is_dir() else None


def component_scripts() -> list[str]:
    """URLs of the scripts streamlit-folium's iframe loads (read from its index.html)."""
    build = folium_build_dir()
    try:
        page = (build / "index.html").read_text(encoding="utf-8") if build else ""
    except OSError:
        return []
    return [f"{FOLIUM_COMPONENT}/{src}" for src in _SCRIPT_SRC.findall(page) if _CRA_HASHED.fullmatch(src)]


def streamlit_static_dir() -> Path:
    """The folder Streamlit serves at /static/ (its hashed bundles)."""
    from streamlit import file_util

    return Path(file_util.get_static_dir()) / "static"


def default_roots() -> list[Root]:
    ours = Path(__file__).resolve().parent / "static"
    roots = [Root("/static", streamlit_static_dir(), True), Root("/app/static", ours, False)]
    folium_build = folium_build_dir()
    if folium_build is not None:
        roots.append(Root(FOLIUM_COMPONENT, folium_build, True, _CRA_HASHED))
    return roots


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
        path, cache_control, packed = found
        import anyio.to_thread

        try:
            body = await anyio.to_thread.run_sync(compressed if packed else Path.read_bytes, path)
        except OSError:
            await self.app(scope, receive, send)  # gone meanwhile: Streamlit answers (404)
            return
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in ("application/json", "application/javascript"):
            content_type += "; charset=utf-8"
        headers = [(b"content-type", content_type.encode()), *([(b"content-encoding", b"gzip")] if packed else []),
                   (b"content-length", str(len(body)).encode()), (b"vary", b"Accept-Encoding"),
                   (b"cache-control", cache_control.encode()), (b"x-content-type-options", b"nosniff")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})

    def _match(self, scope: Scope) -> tuple[Path, str, bool] | None:
        """(file, Cache-Control, whether compressed) when this middleware serves the request, else
        None. A file under MIN_BYTES is not worth compressing, but is kept for good all the same
        (a small store's points file: the page preloads it, map_page.preload_map, and a copy the
        browser may not reuse would be fetched twice)."""
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
            if root.named is not None and not root.named.fullmatch(relative):
                return None
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
            return target, IMMUTABLE, target.stat().st_size >= MIN_BYTES
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

