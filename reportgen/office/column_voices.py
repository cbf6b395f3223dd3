"""A chart's text column crowded with voices: a text box beside a chart (a native chart or a
picture) that holds VOICES quotations or more (review OO1: Taichung's two speakers and their words
beside the screenings by programme, the column filled to its foot in small type, the chart, the
voices and the sources crammed on one slide under a lead that headed neither). A designer gives
the voices a slide of their own (the plan does: data/plan/deck_pages.py `_voices`). The document
check runs it on each slide's body, in any template (office/quality.py)."""

from __future__ import annotations

from typing import Any

from reportgen.office.lone_texts import opens_quotation
from reportgen.office.thin_column import charts_beside

#: Beside a chart, at most one quotation: two or more are voices that need a slide of their own.
VOICES = 2


def column_voices(shape: Any, shapes: list[Any], where: str, area: int, height: int) -> list[str]:
    """A warning naming the slide where `shape`, a text of the slide's body (`shapes`: the
    slide's; `area` and `height`: the slide's), stands beside a chart and holds VOICES quotations
    or more."""
    if not charts_beside(shape, shapes, area, height):
        return []
    quoted = [p.text.replace("\v", "") for p in shape.text_frame.paragraphs if opens_quotation(p.text)]
    if len(quoted) < VOICES:
        return []
    return [
        f"{where}: {len(quoted)} quotations beside the chart crowd its column "
        f"('{' '.join(quoted[0].split())[:30]}'); give the voices a slide of their own"
    ]
