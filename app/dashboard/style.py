"""How event types, precisions and the choropleth look: data, shared by map, legend and charts."""
from __future__ import annotations

from app.records import EVENT_TYPES

# event type -> (label, colour, Font Awesome 6 "solid" icon name). Colours are
# Okabe-Ito / Tableau-like hues that stay apart for colour-blind readers and on the pale
# choropleth; icons carry the type for everyone else.
EVENT_STYLE: dict[str, tuple[str, str, str]] = {
    "roadblock": ("Roadblock", "#d62728", "road-barrier"),
    "arson": ("Arson", "#ff7f0e", "fire"),
    "death": ("Death", "#1a1a1a", "skull"),
    "operation": ("Security operation", "#1f77b4", "shield-halved"),
    "arrest": ("Arrest", "#17becf", "handcuffs"),
    "attack": ("Attack / clash", "#9467bd", "crosshairs"),
    "seizure": ("Seizure", "#2ca02c", "box-archive"),
    "unrest": ("Unrest / riot", "#8c564b", "people-group"),
    "disruption": ("Disruption", "#e377c2", "ban"),
}
assert tuple(EVENT_STYLE) == EVENT_TYPES, "one style per codebook event type, in order"

FALLBACK_STYLE = ("Other", "#7f7f7f", "circle-question")

GEO_PRECISION_LABELS: dict[int, str] = {
    1: "town or municipality",
    2: "near or part of a town",
    3: "state only",
    4: "country only",
}

# Sequential fill for the choropleth (ColorBrewer YlOrRd, 6 classes); states with no
# incident in the filter get NO_DATA_FILL so "zero" reads differently from "few".
CHOROPLETH_FILLS: tuple[str, ...] = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")
NO_DATA_FILL = "#f4f4f2"
STATE_BORDER = "#5b6770"
SEA_BACKGROUND = "#dfe9f0"

METRICS: dict[str, str] = {"events": "Events", "fatalities": "Fatalities"}


def event_label(event_type: str) -> str:
    return EVENT_STYLE.get(event_type, FALLBACK_STYLE)[0]



# Records placed at these precisions are points on the map; state-only (3) and
# country-only (4) records are not drawn where they did not happen: they count in their
# state's colour and are listed beside the map.
POINT_PRECISIONS: tuple[int, ...] = (1, 2)
HOLLOW_PRECISION = 2  # "near or part of a town": a hollow marker

STATUSES: tuple[str, ...] = ("auto", "approved", "edited", "rejected")

# Marker diameter (px) by fatalities: (smallest count, size); none stated or 0 is the base size.
FATALITY_SIZES: tuple[tuple[int, int], ...] = ((0, 22), (1, 26), (5, 32), (10, 38))


def fatality_size(fatalities: float | None) -> int:
    size = FATALITY_SIZES[0][1]
    for least, px in FATALITY_SIZES:
        if fatalities is not None and fatalities == fatalities and fatalities >= least:
            size = px
    return size


def marker_sizes() -> list[tuple[str, int]]:
    """Legend rows: ("1–4", 26), ..., ("10+", 38) for the sizes above the base."""
    rows = []
    bounds = FATALITY_SIZES[1:]
    for index, (least, px) in enumerate(bounds):
        upper = bounds[index + 1][0] - 1 if index + 1 < len(bounds) else None
        rows.append((f"{least}–{upper}" if upper and upper != least else f"{least}" if upper else f"{least}+", px))
    return rows
