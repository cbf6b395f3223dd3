"""A chart's text column mostly empty: a text box beside a chart (a native chart or a picture)
whose lines fill less than THIN of the column it stands in, from its top down to the foot of the
box or of the chart, whichever is lower (review NN: 'More than 650 delegates attended, from 21
countries.' alone in a 4.3-inch column beside the papers submitted by year, three quarters of
it empty). A designer gives the chart the full width and the line the slide's lead (the plan
does: data/plan/deck_pages.py `_thin_lead`), or sets the line elsewhere. The document check runs
it on each slide's body, in any template (office/quality.py)."""

from __future__ import annotations

from typing import Any

from reportgen.office.ooxml import qn
from reportgen.office.powerpoint.fit import EMU_PER_PT, inherited_size, is_title, text_height

#: A text beside a chart whose lines fill less than this share of its column leaves it mostly
#: empty: one sentence of two or three lines in the default template's panel fills about a fifth
#: of it; four bullets or a quotation with its credit fill half or more.
THIN = 0.35
#: A chart (or picture) at least this share of the slide's area, a column at least this share of
#: its width: not a logo, nor a label or a caption beside the chart.
CHART_SHARE = 0.1
COLUMN_SHARE = 0.15


def thin_column(
    shape: Any, shapes: list[Any], where: str, sizes: dict[Any, float], area: int, height: int
) -> list[str]:
    """A warning naming the slide where `shape`, a text of the slide's body (`shapes`: the
    slide's; `area` and `height`: the slide's), stands beside a chart in a column its lines leave
    mostly empty."""
    beside = charts_beside(shape, shapes, area, height)
    if not beside:
        return []
    column = max(_bottom(shape), *(_bottom(c) for c in beside)) - int(shape.top)
    used = text_height(shape._element, shape.width, inherited_size(shape, sizes))
    if not used or column <= 0 or used >= THIN * column:
        return []
    text = " ".join(shape.text_frame.text.split())
    return [
        f"{where}: the text '{text[:30]}' beside the chart fills {round(used * 100 / column)} % of its "
        f"column ({column / EMU_PER_PT / 72:.1f} in); give the chart the full width and the text "
        "its lead under the title, or set it on another slide"
    ]


def charts_beside(shape: Any, shapes: list[Any], area: int, height: int) -> list[Any]:
    """The charts among `shapes` (a slide's; `area` and `height`: the slide's) that `shape`, a text
    of the slide's body at least COLUMN_SHARE of its width, stands beside: [] for a title, an empty
    text or a shape set nowhere."""
    width = area // height if height else 0
    if not shape.has_text_frame or is_title(shape._element) or not shape.text_frame.text.strip():
        return []
    if None in (shape.left, shape.top, shape.width, shape.height) or shape.width < COLUMN_SHARE * width:
        return []
    return [s for s in shapes if s is not shape and _is_chart(s, area) and _beside(shape, s)]


def _is_chart(shape: Any, area: int) -> bool:
    """A chart (a graphic frame of chart data) or a picture, large enough to be one."""
    element = shape._element
    if None in (shape.width, shape.height) or shape.width * shape.height < CHART_SHARE * area:
        return False
    if element.tag == qn("p:pic"):
        return True
    data = element.find(f".//{qn('a:graphicData')}")
    return element.tag == qn("p:graphicFrame") and data is not None and data.get("uri", "").endswith("/chart")


def _beside(text: Any, chart: Any) -> bool:
    """Whether `text` stands left or right of `chart`, at its height: apart across, and at least
    half of the lower of the two within the other's span down."""
    if None in (chart.left, chart.top):
        return False
    apart = text.left + text.width <= chart.left or chart.left + chart.width <= text.left
    shared = min(_bottom(text), _bottom(chart)) - max(int(text.top), int(chart.top))
    return apart and shared >= 0.5 * min(int(text.height), int(chart.height))


def _bottom(shape: Any) -> int:
    return int(shape.top or 0) + int(shape.height or 0)
