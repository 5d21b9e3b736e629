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

METRICS: dict[str, str] = {"incidents": "Incidents", "fatalities": "Fatalities"}


def event_label(event_type: str) -> str:
    return EVENT_STYLE.get(event_type, FALLBACK_STYLE)[0]


def event_color(event_type: str) -> str:
    return EVENT_STYLE.get(event_type, FALLBACK_STYLE)[1]
