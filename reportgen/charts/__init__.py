"""Charts: data in words (derive.ChartData) -> PNG bytes + alt text.

Nothing here imports matplotlib at module level: importing it costs about half a second, which a
build whose charts are all cached should not pay. `render_png` imports it on first use.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from ..derive import ChartData
from ..theme import Theme

KIND_WORDS = {
    "bar": "Bar chart",
    "hbar": "Horizontal bar chart",
    "donut": "Donut chart",
    "stacked": "Stacked bar chart",
    "grouped": "Grouped bar chart",
}
#: Bump when drawing code changes, so cached images are redrawn.
DRAWING_VERSION = "3"


def alt_text(data: ChartData) -> str:
    """A sentence naming every value, for readers who cannot see the picture."""
    kind = KIND_WORDS[data.kind] + (" on a logarithmic scale" if data.log_scale else "")
    head = f"{kind}: {data.title}"
    if data.total_text:
        head += f" ({data.total_text})"
    if data.series:
        values = "; ".join(
            f"{bar.label} ({bar.text}): "
            + ", ".join(f"{s.label} {s.texts[i]}" for s in data.series if s.texts[i])
            for i, bar in enumerate(data.bars)
        )
    else:
        values = "; ".join(f"{bar.label}: {bar.text}" for bar in data.bars)
    tail = f" {data.unit_note}." if data.unit_note else ""
    return f"{head}. {values}.{tail}"


def cache_key(data: ChartData, theme: Theme) -> str:
    payload = json.dumps(
        {"data": asdict(data), "theme": asdict(theme), "v": DRAWING_VERSION}, sort_keys=True, default=str
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def render_png(data: ChartData, theme: Theme) -> bytes:
    """Draw the chart and return PNG bytes (imports matplotlib on first call)."""
    from .draw import draw

    return draw(data, theme)
