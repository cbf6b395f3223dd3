"""Charts: data in words (derive.ChartData) -> PNG bytes + alt text.

Nothing here imports matplotlib at module level: importing it costs about half a second, which a
build whose charts are all cached should not pay. `render_png` imports it on first use.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

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
DRAWING_VERSION = "4"


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


@dataclass(frozen=True)
class RenderedChart:
    png: bytes
    missing_glyphs: str = ""  # characters none of the chart fonts could draw
    from_cache: bool = False


def render_png(data: ChartData, theme: Theme) -> RenderedChart:
    """Draw the chart (imports matplotlib on first call)."""
    from .draw import draw

    png, missing = draw(data, theme)
    return RenderedChart(png, missing)


def cached_chart(data: ChartData, theme: Theme, cache: Path | None) -> RenderedChart:
    """The chart from the cache when its inputs are unchanged, else drawn (and cached when possible)."""
    if cache is not None:
        png_path = cache / f"{cache_key(data, theme)}.png"
        glyphs_path = png_path.with_suffix(".missing")
        if png_path.is_file() and glyphs_path.is_file():
            return RenderedChart(
                png_path.read_bytes(), glyphs_path.read_text(encoding="utf-8"), from_cache=True
            )
    chart = render_png(data, theme)
    if cache is not None:
        try:
            cache.mkdir(parents=True, exist_ok=True)
            for path, content in ((glyphs_path, chart.missing_glyphs.encode()), (png_path, chart.png)):
                temp = path.with_suffix(f".{os.getpid()}.tmp")
                try:
                    temp.write_bytes(content)
                    temp.replace(path)
                finally:
                    temp.unlink(missing_ok=True)
        except OSError:
            pass  # a cache we cannot write only costs time
    return chart
