"""What kind of chart the deck draws for a chart's data in a slot of a given width.

The deck draws a column chart's bars across where its names or value labels are too wide for
columns in its slot (`office/powerpoint/native.py` asks here), so the plan view (`inspect --plan`)
can say what is drawn, not what was asked: one decision, read by both.
"""

from __future__ import annotations

from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import qualifier_lines
from reportgen.data.chart_shape import LABEL_MARGIN, fits_columns, text_em

#: The type size of a native chart's text, in points.
CHART_TEXT_PT = 16
#: The least size a column's name or value label is set at, where its column is narrow.
LEAST_LABEL_PT = 12
#: The share of a column chart's box its columns' names may take, side by side.
COLUMN_SHARE = 0.85
#: The bundled template's chart slots, in EMU (scripts/make_templates.py): beside the text panel
#: of a chart-and-points slide, and the whole width of a chart slide.
SLOT_BESIDE_TEXT = 6_888_480
SLOT_FULL_WIDTH = 11_094_720


def values_too_wide(data: ChartData, width: int) -> bool:
    """Whether the longest value label, kept whole by its no-break spaces ("EUR 300 million"),
    measured in ems of its type (a CJK character a full em), is wider at CHART_TEXT_PT than a
    column's slot: then the bars read across instead, with each label on one line beside its bar,
    never over a neighbour or broken mid-word."""
    texts = [t for x in data.series for t in x.texts] if data.series else [b.text for b in data.bars]
    columns = len(data.bars) * max(1, len(data.series))
    slot_pt = width / 12700 * 0.8 / max(columns, 1)
    return max((text_em(t) for t in texts), default=0) * CHART_TEXT_PT > slot_pt


def labels_too_long(data: ChartData, width: int) -> bool:
    """Whether a column chart's category names, measured in ems of their type (a CJK character a
    full em), need more than two lines under their columns, or have a word wider than a column:
    LibreOffice then slants every name, or drops some (issue 19: never rotated, measured)."""
    column_pt = width / 12700 * COLUMN_SHARE / max(len(data.bars), 1)
    return not fits_columns([bar.label for bar in data.bars], CHART_TEXT_PT, column_pt)


def values_fit_smaller(data: ChartData, width: int) -> bool:
    """Whether each column's value label fits above its column once set at LEAST_LABEL_PT (the
    renderer sets a label smaller, down to that size, where its column is narrow): a series over
    time keeps its columns, read left to right, rather than bars read down (review R: '2021' to
    '2026' top to bottom)."""
    texts = [t for x in data.series for t in x.texts] if data.series else [b.text for b in data.bars]
    room = column_label_room(data, width)
    # a label opening with its qualifier may take two lines, the qualifier over the number
    # (`chart_lines.qualifier_lines`: 'more than' / '4.12 lakh', review V)
    widest = max((text_em(line) for t in texts for line in qualifier_lines(t)), default=0)
    return widest * LEAST_LABEL_PT * LABEL_MARGIN <= room


def column_label_room(data: ChartData, width: int) -> float:
    """The width (pt) a column's value label has above it: its column's share of the slot's
    COLUMN_SHARE, less a margin; the renderer sets a label within it (powerpoint/native.py)."""
    slot = width / 12700 * COLUMN_SHARE / max(len(data.bars), 1)
    return slot / max(len(data.series), 1) - 4


def deck_kind(data: ChartData, width: int) -> str:
    """The kind the deck draws `data` as in a slot `width` EMU wide."""
    ordered = data.kind == "bar" and bool(data.kept_order) and not data.log_scale
    if ordered and not labels_too_long(data, width) and values_fit_smaller(data, width):
        return data.kind  # years, dates, stages: columns, labels smaller where need be, if they fit
    if data.kind == "bar" and (labels_too_long(data, width) or values_too_wide(data, width)):
        return "hbar"  # long category names read across, never rotated
    if data.kind == "grouped" and values_too_wide(data, width):
        return "grouped-across"  # value labels beside the bars, where they have room
    return data.kind
