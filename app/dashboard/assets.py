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
# The incident layer (map.IncidentMap): supercluster, our script, Font Awesome's icons.
INCIDENT_MAP_JS: list[tuple[str, str]] = [
    ("supercluster", f"{URL_PREFIX}/supercluster/supercluster.min.js"),
    ("mx_incident_map", own_url("incident_map.js")),
]
# Run by the map in a Web Worker (clustering off the page's main thread), not by folium.
SUPERCLUSTER_URL = f"{URL_PREFIX}/supercluster/supercluster.min.js"
CLUSTER_WORKER_URL = own_url("cluster_worker.js")
INCIDENT_MAP_CSS: list[tuple[str, str]] = [
    ("fontawesome_css", f"{URL_PREFIX}/fontawesome/css/fontawesome.min.css"),
    ("fontawesome_solid_css", f"{URL_PREFIX}/fontawesome/css/solid.min.css"),
    ("mx_incident_map_css", own_url("incident_map.css")),
]
# Beside the incidents (map_overlays.py): municipalities when zoomed in, the day-by-day player.
MUNICIPALITIES_JS: list[tuple[str, str]] = [("mx_municipalities", own_url("municipalities.js"))]
TIME_PLAYER_JS: list[tuple[str, str]] = [("mx_time_player", own_url("time_player.js"))]
MAP_OVERLAYS_CSS: list[tuple[str, str]] = [("mx_map_overlays_css", own_url("map_overlays.css"))]



class AssetsError(Exception):
    """node_modules/ lacks a file the map needs; the message says how to get it."""


def missing_sources(node_modules: Path | None = None) -> list[str]:
    node_modules = node_modules or NODE_MODULES
    return [src for src, _ in VENDOR_FILES if not (node_modules / src).is_file()]


def copy_assets(node_modules: Path | None = None, vendor_dir: Path | None = None) -> list[Path]:
    """Copy the vendored files into ``vendor_dir`` (only those that changed); return them."""
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
    return copied


def assets_ready(vendor_dir: Path | None = None) -> bool:
    return all(((vendor_dir or VENDOR_DIR) / dest).is_file() for _, dest in VENDOR_FILES)
