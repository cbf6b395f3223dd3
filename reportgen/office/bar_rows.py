"""The document check's look at a briefing's bar chart drawn across: a picture too short for its
bars, BAR_CM a bar and EDGE_CM for its title and margins (office/word_chart_floor.py), whose names
and bars touch (review UU3 #4 of round 23: the ko festival's three stage bars squeezed to 2.1 cm
to fit page 1). A template's own layout, or a plan that squeezes a chart, is named here."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from reportgen.office.ooxml import qn
from reportgen.office.repeats import Drawn
from reportgen.office.seen import quoted
from reportgen.office.word_chart_floor import BAR_CM, EDGE_CM

_EMU_PER_CM = 360_000
#: What a picture's height may fall short of its bars' least by (cm): its rounding.
_TOLERANCE_CM = 0.05


def squeezed_bars(body: etree._Element, drawn: Sequence[Drawn], where: str) -> list[str]:
    """One warning for each chart picture in `body` (a briefing's) drawn shorter than its bars need."""
    warnings: list[str] = []
    for inline in body.iter(qn("wp:inline"), qn("wp:anchor")):
        properties = inline.find(qn("wp:docPr"))
        extent = inline.find(qn("wp:extent"))
        if properties is None or extent is None:
            continue
        name, alt = properties.get("name", ""), properties.get("descr", "")
        chart = next((c for c in drawn if name.endswith(f" {c.chart_id}") or (alt and alt == c.alt)), None)
        if chart is None or not chart.across:
            continue
        height = int(extent.get("cy", "0")) / _EMU_PER_CM
        least = chart.across * BAR_CM + EDGE_CM
        if height < least - _TOLERANCE_CM:
            warnings.append(
                f"{where}: chart {quoted(name)} draws its {chart.across} bars {height:.1f} cm tall, "
                f"less than the {least:.1f} cm they need ({BAR_CM} cm a bar), so its names and bars "
                "touch; draw it taller and let it open the next page"
            )
    return warnings
