"""The local JavaScript, CSS and fonts folium is pointed at, so the map draws offline.

folium and its plugins link Leaflet, jQuery and their plugins from CDNs. The npm
packages in package.json hold the same files; ``copy_assets`` copies the few the map uses
from node_modules/ into app/dashboard/static/vendor/ (gitignored), where Streamlit's
static file serving (``server.enableStaticServing``) publishes them under
``/app/static/vendor/``. The map then sets ``default_js``/``default_css`` on its
elements to the URLs below, and nothing points to a CDN.
"""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO_ROOT / "node_modules"
VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"
# Streamlit serves <folder of the main script>/static/<path> at /app/static/<path>.
URL_PREFIX = "/app/static/vendor"

# (file under node_modules/, file under static/vendor/) -- the CSS files refer to the
# fonts and images by relative URL, so those keep their relative places.
VENDOR_FILES: tuple[tuple[str, str], ...] = (
    ("leaflet/dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet/dist/images/layers.png", "leaflet/images/layers.png"),
    ("leaflet/dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
    ("leaflet/dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
    ("leaflet/dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
    ("leaflet/dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
    ("jquery/dist/jquery.min.js", "jquery/jquery.min.js"),
    ("@fortawesome/fontawesome-free/css/fontawesome.min.css", "fontawesome/css/fontawesome.min.css"),
    ("@fortawesome/fontawesome-free/css/solid.min.css", "fontawesome/css/solid.min.css"),
    ("@fortawesome/fontawesome-free/webfonts/fa-solid-900.woff2", "fontawesome/webfonts/fa-solid-900.woff2"),
    ("@fortawesome/fontawesome-free/webfonts/fa-solid-900.ttf", "fontawesome/webfonts/fa-solid-900.ttf"),
    ("supercluster/dist/supercluster.min.js", "supercluster/supercluster.min.js"),
)

# The map's own JavaScript and CSS (committed, not vendored): static/mx/ at /app/static/mx/.
OWN_DIR = Path(__file__).resolve().parent / "static" / "mx"
OWN_URL_PREFIX = "/app/static/mx"


def own_url(name: str) -> str:
    """URL of one of our static files, with its content's hash: a changed file is a new URL,
    so no browser keeps running an old version."""
    digest = hashlib.sha256((OWN_DIR / name).read_bytes()).hexdigest()[:12]
    return f"{OWN_URL_PREFIX}/{name}?v={digest}"


# What folium elements load, as (name, url) pairs like folium's own default_js/css.
# Order matters: streamlit-folium loads the scripts one after the other.
# jQuery stays because folium's Popup and GeoJsonPopup templates call `$`.
MAP_JS: list[tuple[str, str]] = [
    ("leaflet", f"{URL_PREFIX}/leaflet/leaflet.js"),
    ("jquery", f"{URL_PREFIX}/jquery/jquery.min.js"),
]
MAP_CSS: list[tuple[str, str]] = [
    ("leaflet_css", f"{URL_PREFIX}/leaflet/leaflet.css"),
    ("fontawesome_css", f"{URL_PREFIX}/fontawesome/css/fontawesome.min.css"),
    ("fontawesome_solid_css", f"{URL_PREFIX}/fontawesome/css/solid.min.css"),
]
LEAFLET_JS: list[tuple[str, str]] = [("leaflet", f"{URL_PREFIX}/leaflet/leaflet.js")]
LEAFLET_CSS: list[tuple[str, str]] = [("leaflet_css", f"{URL_PREFIX}/leaflet/leaflet.css")]
# Run by the map in a Web Worker (clustering off the page's main thread), not by folium.
SUPERCLUSTER_URL = f"{URL_PREFIX}/supercluster/supercluster.min.js"
CLUSTER_WORKER_URL = own_url("cluster_worker.js")
# The incident layer (map.IncidentMap): Font Awesome's icons and our CSS.
INCIDENT_MAP_CSS: list[tuple[str, str]] = [
    ("fontawesome_css", f"{URL_PREFIX}/fontawesome/css/fontawesome.min.css"),
    ("fontawesome_solid_css", f"{URL_PREFIX}/fontawesome/css/solid.min.css"),
    ("mx_incident_map_css", own_url("incident_map.css")),
]
MAP_OVERLAYS_CSS: list[tuple[str, str]] = [("mx_map_overlays_css", own_url("map_overlays.css"))]

# The map's scripts as one file: Leaflet, supercluster, our incident layer (map.IncidentMap)
# and what lies beside it (map_overlays.py: municipalities, the day-by-day player).
# streamlit-folium loads a map's scripts one after the other, each asked for once the last
# has run; five were five round trips before the map could start (issue 15, sixth pass).
# copy_assets writes it beside the vendored files; its URL holds its content's hash.
BUNDLE_NAME = "mx-map.js"
BUNDLE_PARTS: tuple[str, ...] = ("leaflet/dist/leaflet.js", "supercluster/dist/supercluster.min.js")  # node_modules/
BUNDLE_OWN_PARTS: tuple[str, ...] = ("incident_map.js", "municipalities.js", "time_player.js")  # static/mx/
_SOURCE_MAP = re.compile(rb"^//# sourceMappingURL=.*$", re.MULTILINE)


def bundle_bytes(node_modules: Path | None = None) -> bytes:
    """The map's scripts, joined in order (each file a statement list of its own; source map
    comments dropped: they name files beside the originals)."""
    node_modules = node_modules or NODE_MODULES
    files = [node_modules / part for part in BUNDLE_PARTS] + [OWN_DIR / part for part in BUNDLE_OWN_PARTS]
    return b"\n;\n".join(_SOURCE_MAP.sub(b"", f.read_bytes()).rstrip() for f in files) + b"\n"


def _bundle_version() -> str:
    try:
        return hashlib.sha256(bundle_bytes()).hexdigest()[:12]
    except OSError:  # node_modules not there yet: serve refuses to start until it is (copy_assets)
        return "0" * 12


MAP_JS_BUNDLE: list[tuple[str, str]] = [("mx_map", f"{URL_PREFIX}/{BUNDLE_NAME}?v={_bundle_version()}")]


class AssetsError(Exception):
    """node_modules/ lacks a file the map needs; the message says how to get it."""


def missing_sources(node_modules: Path | None = None) -> list[str]:
    node_modules = node_modules or NODE_MODULES
    return [src for src, _ in VENDOR_FILES if not (node_modules / src).is_file()]


def copy_assets(node_modules: Path | None = None, vendor_dir: Path | None = None) -> list[Path]:
    """Copy the vendored files into ``vendor_dir`` (only those that changed) and write the map's
    script bundle there; return the copied files."""
    node_modules, vendor_dir = node_modules or NODE_MODULES, vendor_dir or VENDOR_DIR
    missing = missing_sources(node_modules)
    if missing:
        raise AssetsError(
            f"{len(missing)} map asset(s) missing under {node_modules} (e.g. {missing[0]}): "
            "run `npm ci` (or `make assets`) in the repository root.")
    copied = []
    for src, dest in VENDOR_FILES:
        source, target = node_modules / src, vendor_dir / dest
        if not target.is_file() or target.stat().st_size != source.stat().st_size \
                or target.stat().st_mtime < source.stat().st_mtime:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        copied.append(target)
    bundle, target = bundle_bytes(node_modules), vendor_dir / BUNDLE_NAME
    if not target.is_file() or target.read_bytes() != bundle:
        target.write_bytes(bundle)
    return copied


def assets_ready(vendor_dir: Path | None = None) -> bool:
    vendor_dir = vendor_dir or VENDOR_DIR
    return all((vendor_dir / dest).is_file() for _, dest in VENDOR_FILES) and (vendor_dir / BUNDLE_NAME).is_file()
