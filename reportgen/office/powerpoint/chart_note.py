"""The note a chart's slide prints under its chart (`ChartData.deck_note`): its shares' rounding
('各项占比经四舍五入取整。', 'Parts arrondies à l’unité.'), which the briefing prints under its
caption. The deck had no place for it (review GG: the marathon's shares make 98 %, said in the
briefing only): a line of its own at the foot of the chart's box, which the chart gives up."""

from __future__ import annotations

from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Pt

from reportgen.data.chart_data import ChartData
from reportgen.data.chart_shape import LINE_HEIGHT

#: The note's size: under the chart's names (CHART_TEXT_PT), over the least label size.
NOTE_PT = 12
#: The template's name for the note's text box.
CHART_NOTE = "Chart note"


#: The native chart leaves this much empty under its plot (native.py, `_category_text`'s bottom):
#: the note's line starts over it, so the chart gives up only the rest of the line's height.
CHART_FOOT_PT = 8


def note_room(data: ChartData) -> int:
    """The height (EMU) the chart's box gives its note: one line less the chart's own empty foot,
    or 0 where it has none."""
    return int(Pt(NOTE_PT * LINE_HEIGHT - CHART_FOOT_PT)) if data.deck_note else 0


def note_line(data: ChartData) -> int:
    """The height (EMU) of the note's line."""
    return int(Pt(NOTE_PT * LINE_HEIGHT))


def add_chart_note(shapes: Any, data: ChartData, left: int, top: int, width: int, height: int) -> Any:
    """The chart's note as a line in the box given (EMU), in the theme's secondary text colour."""
    box = shapes.add_textbox(left, top, width, height)
    box.name = CHART_NOTE
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_top = frame.margin_bottom = 0
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    run = frame.paragraphs[0].add_run()
    run.text = data.deck_note
    run.font.size = Pt(NOTE_PT)
    run.font.color.theme_color = MSO_THEME_COLOR.TEXT_2
    return box
