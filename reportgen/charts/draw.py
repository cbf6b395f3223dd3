"""The chart kinds, drawn with matplotlib's object API on the Agg canvas (no pyplot state).

Each kind is a function (ChartData, Theme, Axes) -> None; `build_figure` picks one and returns the
Figure, which tests inspect directly. Value labels are the data's own words, qualifiers included,
so a bar for "more than 638 million" is labelled exactly that.
"""

from __future__ import annotations

import io
import math
import re
import warnings
import weakref
from collections.abc import Callable
from functools import cache

from matplotlib import font_manager, rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from reportgen.charts.column_height import column_chars
from reportgen.charts.donut_layout import donut_layout, title_lines
from reportgen.charts.font_choice import chosen
from reportgen.charts.font_choice import forget as forget_characters
from reportgen.charts.fonts import refresh_font_list
from reportgen.charts.hbar_height import name_chars
from reportgen.charts.measure import collisions
from reportgen.charts.theme import Theme
from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import legend_entry, qualifier_lines, series_entry, wrap_em
from reportgen.data.chart_shape import log_ticks, text_em
from reportgen.data.contrast import label_colour

# matplotlib read its font list just now: note when that list was made (and rebuild it if it is
# older than a font folder), so a long-lived process notices fonts installed while it runs
refresh_font_list()


@cache
def _installed_fonts() -> frozenset[str]:
    return frozenset(f.name for f in font_manager.fontManager.ttflist)


def _font_families(theme: Theme, data: ChartData) -> list[str]:
    found = [name for name in theme.chart_fonts if name in _installed_fonts()]
    return chosen(found, data) if found else ["DejaVu Sans"]


def _style_axes(ax: Axes, theme: Theme) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.muted)
    ax.tick_params(colors=theme.text, labelsize=theme.text_pt)


def _bar_colours(data: ChartData, theme: Theme) -> list[str]:
    """One series, one colour: bars differ by length, not hue (a donut's parts get a hue each)."""
    if data.kind == "donut":  # past the palette, its colours lighter: no two parts alike
        size = len(theme.palette)
        return [_lighter(theme.palette[i % size], 0.45 * (i // size)) for i in range(len(data.bars))]
    return [theme.palette[0]] * len(data.bars)


def _lighter(colour: str, share: float) -> str:
    """`colour` ('#RRGGBB') mixed with `share` of white."""
    if not share or not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        return colour
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * min(share, 0.8)):02X}" for c in rgb)


def _visible(values: list[float], top: float) -> list[float]:
    """Bar lengths with a short stub for a value too small to see, so no value draws as nothing
    (its label still says the value)."""
    least = top * 0.006
    return [max(v, least) if v > 0 else v for v in values]


def _log_ticks(ax: Axes, data: ChartData, axis: str) -> None:
    """Ticks at powers of ten, labelled in words by the data (never a rounded '0')."""
    ticks = [t for t, _ in data.ticks] or [
        10.0**k for k in log_ticks([b.value for b in data.bars], data.kind)
    ]
    labels = [dict(data.ticks).get(t, f"{t:g}") for t in ticks]
    if axis == "x":
        ax.set_xscale("log")
        ax.set_xlim(ticks[0], ticks[-1])
        ax.set_xticks(ticks, labels)
        ax.set_xlabel(data.scale_note, color=ax.xaxis.label.get_color())
        ax.minorticks_off()
    else:
        ax.set_yscale("log")
        ax.set_ylim(ticks[0], ticks[-1])
        ax.set_yticks(ticks, labels)
        ax.set_ylabel(data.scale_note)
        ax.minorticks_off()


def _place_labels(ax: Axes, data: ChartData, positions: list[int], theme: Theme, horizontal: bool) -> None:
    """Value labels beside horizontal bars and over columns, in one style a chart: regular, in the
    text's colour (at least 4.5:1 on white). A long bar's label had been white and bold inside it,
    the rest dark beside theirs: emphasis that meant nothing (review SS1 #14). A label that would
    leave the picture makes room for itself (`_make_room`)."""
    high = (ax.get_xlim() if horizontal else ax.get_ylim())[1]
    colour = label_colour("#FFFFFF", (theme.text,))
    for pos, b in zip(positions, data.bars, strict=True):
        if horizontal:
            beside = b.value * 1.08 if data.log_scale else b.value + high * 0.01
            label = ax.text(beside, pos, b.text, va="center", ha="left", color=colour, fontsize=theme.text_pt)
            _BESIDE[label] = (beside, colour, False)  # beside its bar: room made where it needs it
        else:
            y = b.value * 1.08 if data.log_scale else b.value + high * 0.02
            ax.text(
                pos,
                y,
                _column_label(b.text, _column_chars(ax, len(data.bars), theme)),
                ha="center",
                va="bottom",
                color=colour,
                fontsize=theme.text_pt,
            )


def _column_label(text: str, chars: int) -> str:
    """A column's value label in lines of its column's width, or where a line stays wider (its
    qualifier tied to its number: 'omkring\u00a038.000'), its qualifier over its number, as the
    deck sets it (data/chart_lines.py): never over its neighbour's (review SS1: eight years)."""
    wrapped = _wrap(text, chars)
    if max(len(line) for line in wrapped.split("\n")) <= chars:
        return wrapped
    return "\n".join(qualifier_lines(text))


#: Where a label set beside its bar may wrap when the picture ends before it: after its clause.
_CLAUSE = re.compile(r"(?<=[、，])|(?<=,) ")


def _column_chars(ax: Axes, columns: int, theme: Theme) -> int:
    """How many characters of chart text fit across one column's slot (a label wraps to it)."""
    return column_chars(ax.figure.get_figwidth(), columns, theme.text_pt)


#: A dot's label wider than this many ems on one line wraps after its first clause.
DOT_LABEL_EM = 12.0


def dots(data: ChartData, theme: Theme, ax: Axes) -> None:
    """A logarithmic chart as a Cleveland dot plot: a bar on a log axis starts from an arbitrary
    baseline, so its length means nothing; a dot's place does. One row per category (first on
    top), a light guide across each row (no stem to zero), the value in words beside its dot, the
    axis ticked at powers of ten."""
    values = [b.value for b in data.bars]
    positions = list(range(len(values)))[::-1]
    chars = max(24, int(ax.figure.get_figwidth() * 72 * 0.3 / (theme.text_pt * 0.6)))
    ax.set_yticks(positions, [_wrap(b.label, chars) for b in data.bars])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(-0.7, len(values) - 0.3)
    _log_ticks(ax, data, "x")
    low, high = ax.get_xlim()
    ax.hlines(positions, low, high, color=theme.light, linewidth=0.8, zorder=1)
    ax.grid(axis="x", color=theme.light, linewidth=0.6, linestyle=":")
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    ax.scatter(values, positions, s=(theme.text_pt * 0.9) ** 2, color=theme.palette[0], zorder=3)
    span = math.log10(high) - math.log10(low)
    for pos, b in zip(positions, data.bars, strict=True):
        reach = (math.log10(b.value) - math.log10(low)) / span
        before = reach > 0.7  # near the axis's end: the words go left of the dot
        ax.text(
            b.value / 1.25 if before else b.value * 1.25,
            pos + 0.32,
            # a long label ('3万8600人、2026年11月13日17:00時点') keeps its clause for a second line
            _CLAUSE.sub("\n", b.text, count=1) if text_em(b.text) > DOT_LABEL_EM else b.text,
            va="center",
            ha="right" if before else "left",
            color=label_colour("#FFFFFF", (theme.text,)),
            fontsize=theme.text_pt,
        )


def hbar(data: ChartData, theme: Theme, ax: Axes) -> None:
    if data.log_scale:
        dots(data, theme, ax)
        return
    values = [b.value for b in data.bars]
    positions = list(range(len(values)))[::-1]
    top = max(values) * 1.45
    ax.barh(
        positions,
        values if data.log_scale else _visible(values, top),
        color=_bar_colours(data, theme),
        height=0.6,
    )
    ax.set_yticks(positions, [_wrap(b.label, _name_chars(ax, data, theme)) for b in data.bars])
    ax.tick_params(axis="y", length=0)  # a name beside its bar needs no tick mark
    if data.log_scale:
        _log_ticks(ax, data, "x")
        ax.grid(axis="x", color=theme.light, linewidth=0.8)
        ax.set_axisbelow(True)
    else:
        ax.set_xlim(0, top)
        ax.xaxis.set_visible(False)
        ax.spines["bottom"].set_visible(False)
    _place_labels(ax, data, positions, theme, horizontal=True)


def bar(data: ChartData, theme: Theme, ax: Axes) -> None:
    values = [b.value for b in data.bars]
    positions = list(range(len(values)))
    top = max(values) * 1.15
    ax.bar(
        positions,
        values if data.log_scale else _visible(values, top),
        color=_bar_colours(data, theme),
        width=0.6,
    )
    ax.set_xticks(positions, [_wrap(b.label, _column_chars(ax, len(data.bars), theme)) for b in data.bars])
    ax.tick_params(axis="x", length=0)  # a name under its column needs no tick mark
    if data.log_scale:
        _log_ticks(ax, data, "y")
    else:
        ax.set_ylim(0, top)
        ax.yaxis.set_visible(False)
        ax.spines["left"].set_visible(False)
    _place_labels(ax, data, positions, theme, horizontal=False)
    for pos, b in zip(positions, data.bars, strict=True):
        if b.status:  # a cancelled year (data/chart_gaps.py): its empty slot says so
            chars = _column_chars(ax, len(data.bars), theme)
            ax.text(
                pos,
                top * 0.02,
                _wrap(b.status, chars),
                ha="center",
                va="bottom",
                color=theme.text,
                fontsize=theme.text_pt,
                fontstyle="italic",
            )


def donut(data: ChartData, theme: Theme, ax: Axes) -> None:
    values = [b.value for b in data.bars]
    wedges, _ = ax.pie(
        values,
        colors=_bar_colours(data, theme),
        startangle=90,
        counterclock=False,
        wedgeprops={"width": RING_WIDTH, "edgecolor": "white", "linewidth": 2},
    )
    ax.set_aspect("equal")
    if data.total_text:
        ax.text(
            0,
            0,
            "\n".join(wrap_em(data.total_text, 8.5)),
            ha="center",
            va="center",
            fontsize=theme.text_pt,
            color=theme.text,
        )
    fig = ax.figure
    layout = donut_layout(data, theme, fig.get_figwidth() * 72, fig.get_figheight() * 72)
    ax.figure.legend(
        wedges,
        list(layout.legend.entries),
        loc="outside lower center" if layout.below else "outside right center",
        frameon=False,
        fontsize=layout.legend.size,
        alignment="left",
    )


def stacked(data: ChartData, theme: Theme, ax: Axes) -> None:
    positions = list(range(len(data.bars)))
    bottoms = [0.0] * len(positions)
    least = max(b.value for b in data.bars) * 0.06  # a thinner part has its value in the legend
    for index, series in enumerate(data.series):
        colour = theme.palette[index % len(theme.palette)]
        on_fill = label_colour(colour, ("#FFFFFF", theme.text))
        thin = [bool(value) and value <= least for value in series.values]
        ax.bar(
            positions,
            series.values,
            bottom=bottoms,
            color=colour,
            width=0.6,
            label=series_entry(series.label, series.texts, thin, data.pair),
            edgecolor="white",
            linewidth=1,
        )
        for pos, value, text, base in zip(positions, series.values, series.texts, bottoms, strict=True):
            if value and value > least:
                ax.text(
                    pos,
                    base + value / 2,
                    text,
                    ha="center",
                    va="center",
                    color=on_fill,
                    fontsize=theme.text_pt,
                )
        bottoms = [b + v for b, v in zip(bottoms, series.values, strict=True)]
    _value_axis_off(ax, max(bottoms) * 1.15)
    chars = _column_chars(ax, len(positions), theme)
    for pos, total, b in zip(positions, bottoms, data.bars, strict=True):
        ax.text(
            pos,
            total + max(bottoms) * 0.02,
            _wrap(b.text, chars),
            ha="center",
            va="bottom",
            color=theme.text,
            fontsize=theme.text_pt,
        )
    ax.set_xticks(positions, [_wrap(b.label, 18) for b in data.bars])
    ax.tick_params(axis="x", length=0)
    _legend_below(ax, theme, len(data.series))


def _values_wider_than_bars(data: ChartData, theme: Theme, ax: Axes) -> bool:
    """Whether the widest value label (kept whole by its no-break spaces), measured in ems of its
    type, is wider than one bar's slot: then the bars read across (the deck's rule too)."""
    texts = [t for x in data.series for t in x.texts]
    slots = len(data.bars) * max(1, len(data.series))
    slot_pt = ax.figure.get_figwidth() * 72 * 0.9 / slots
    return max((text_em(t) for t in texts), default=0.0) * theme.text_pt > slot_pt


def grouped(data: ChartData, theme: Theme, ax: Axes) -> None:
    count = len(data.series)
    width = 0.8 / max(count, 1)
    highest = max(max(s.values) for s in data.series)
    across = _values_wider_than_bars(data, theme, ax)
    for index, series in enumerate(data.series):
        offsets = [i - 0.4 + width * (index + 0.5) for i in range(len(data.bars))]
        colour = theme.palette[index % len(theme.palette)]
        if across:  # the first category on top, each label on one line after its bar
            offsets = [len(data.bars) - 1 - x for x in offsets]
            ax.barh(offsets, series.values, height=width * 0.92, color=colour, label=series.label)
        else:
            ax.bar(offsets, series.values, width=width * 0.92, color=colour, label=series.label)
        for x, value, text in zip(offsets, series.values, series.texts, strict=True):
            if not text:
                continue
            if across:
                ax.text(value + highest * 0.01, x, text, va="center", ha="left", color=theme.text)
            else:
                ax.text(
                    x,
                    value + highest * 0.02,
                    _wrap(text, _column_chars(ax, len(data.bars) * count, theme)),
                    ha="center",
                    va="bottom",
                    color=theme.text,
                    fontsize=theme.text_pt,
                )
    if across:
        longest = max(text_em(t) for x in data.series for t in x.texts) * theme.text_pt
        share = min(0.6, longest / (ax.figure.get_figwidth() * 72 * 0.6))  # of the axes' width
        ax.set_xlim(0, highest / (1 - share))
        ax.xaxis.set_visible(False)
        ax.spines["bottom"].set_visible(False)
        positions = [len(data.bars) - 1 - i for i in range(len(data.bars))]
        ax.set_yticks(positions, [_wrap(b.label, 24) for b in data.bars])
        ax.tick_params(axis="y", length=0)
        for label in ax.texts:
            label.set_fontsize(theme.text_pt)
    else:
        _value_axis_off(ax, highest * 1.2)
        ax.set_xticks(range(len(data.bars)), [_wrap(b.label, 18) for b in data.bars])
        ax.tick_params(axis="x", length=0)
    _legend_below(ax, theme, len(data.series))


def _legend_below(ax: Axes, theme: Theme, count: int) -> None:
    """The series legend under the plot, in one row where it fits, clear of every value label."""
    ax.figure.legend(
        *ax.get_legend_handles_labels(),
        loc="outside lower center",
        ncols=min(count, 4),
        frameon=False,
        fontsize=theme.text_pt,
    )


def _value_axis_off(ax: Axes, top: float) -> None:
    ax.set_ylim(0, top)
    ax.yaxis.set_visible(False)
    ax.spines["left"].set_visible(False)


#: One drawing function per kind of data/chart_kinds.py's registry (a test keeps the two in step).
KINDS: dict[str, Callable[[ChartData, Theme, Axes], None]] = {
    "bar": bar,
    "hbar": hbar,
    "donut": donut,
    "stacked": stacked,
    "grouped": grouped,
}


def _name_chars(ax: Axes, data: ChartData, theme: Theme) -> int:
    """How many characters a horizontal bar's name wraps at (charts/hbar_height.py)."""
    return name_chars(ax.figure.get_figwidth(), [b.label for b in data.bars], theme.text_pt)


def build_figure(data: ChartData, theme: Theme, size: tuple[float, float] | None = None) -> Figure:
    """The chart as a matplotlib Figure (not yet saved), `size` inches (default: the theme's),
    so one point of type in the figure is one point where it is placed."""
    size = size or theme.chart_size
    with rc_context(
        {"font.family": _font_families(theme, data), "font.size": theme.text_pt, "text.color": theme.text}
    ):
        fig = Figure(figsize=size, dpi=theme.chart_dpi, layout="constrained", facecolor="white")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.set_facecolor("white")
        _style_axes(ax, theme)
        KINDS[data.kind](data, theme, ax)
        # the title at the picture's left edge, where its words start, not over the bars (horizontal
        # bars put their names left of the axes, and a title aligned with the axes began mid-picture)
        fig.suptitle(
            _title(data.title, fig, theme),
            x=0.01,
            ha="left",
            fontsize=theme.text_pt * 1.15,
            color=theme.text,
            fontweight="bold",
        )
        _untangle(fig, theme)
        if data.kind == "donut" and data.total_text and not _fit_hole(fig):
            # a ring too small for its total even at the least size: the total joins the title, as
            # the plan words it in the title's language ('境外选手来源国（共612人）': plan/totals.py)
            fig.suptitle(
                _title(data.whole_title or legend_entry(data.title, data.total_text, data.pair), fig, theme)
            )
            fig.draw_without_rendering()
        _clear_legends(fig)
    return fig


def _title(title: str, fig: Figure, theme: Theme) -> str:
    """The title in lines as wide as the picture, measured in ems (a CJK character a full em),
    broken only where data/chart_lines.py allows."""
    return "\n".join(title_lines(title, fig.get_figwidth() * 72, theme))


#: Axis labels shrink, half a point at a time, down to this size before they may touch.
MIN_TICK_PT = 6.5


#: A horizontal bar's value label: where and in which colour it goes beside its bar, and whether
#: it is set inside the bar now.
_BESIDE: weakref.WeakKeyDictionary[Text, tuple[float, str, bool]] = weakref.WeakKeyDictionary()


def _fit_value_labels(fig: Figure, renderer: object) -> bool:
    """Move beside its bar every value label set inside one that, laid out, is wider than the bar
    (a label running past the bar's start is white on white there, and reads as another number:
    '6万人' of '3.86万人、2026年11月13日17:00時点'), and give every label beside its bar the room
    to end inside the picture. True when the layout changed."""
    changed = False
    for ax in fig.axes:
        start = ax.get_window_extent(renderer).x0  # type: ignore[arg-type]
        for label in ax.texts:
            if label not in _BESIDE:
                continue
            x, colour, inside = _BESIDE[label]
            if inside and label.get_window_extent(renderer).x0 < start + 2:  # type: ignore[arg-type]
                label.set_x(x)
                label.set_horizontalalignment("left")
                label.set_color(colour)
                label.set_fontweight("normal")
                _BESIDE[label] = (x, colour, False)
                changed = True
            if not _BESIDE[label][2]:
                changed = _make_room(fig, ax, label, renderer) or changed
                if label.get_window_extent(renderer).x1 > fig.bbox.x1 - 1:  # type: ignore[arg-type]
                    # still past the picture's edge (a log axis): wrapped after its clause
                    label.set_text(_CLAUSE.sub("\n", label.get_text(), count=1))
                    changed = True
    return changed


def _make_room(fig: Figure, ax: Axes, label: Text, renderer: object) -> bool:
    """Widen a linear value axis until a label set beside its bar ends inside the picture: the
    bars shorten, the label keeps its words."""
    if ax.get_xscale() != "linear":
        return False
    box, axes_box = label.get_window_extent(renderer), ax.get_window_extent(renderer)  # type: ignore[arg-type]
    low, high = ax.get_xlim()
    room = fig.bbox.x1 - 4 - axes_box.x0 - box.width  # pixels from the axis to the label's start
    end = label.get_position()[0]  # the label's start, in data
    if box.x1 <= fig.bbox.x1 - 2 or room <= 0 or end <= low:
        return False
    ax.set_xlim(low, max(high, low + (end - low) * axes_box.width / room))
    return True


def _untangle(fig: Figure, theme: Theme) -> None:
    """Lay the figure out and measure its labels: a value label too wide for the inside of its bar
    goes beside it; where two axis labels overlap (many categories in a low picture, long
    log-scale ticks on a narrow axis), that axis is set smaller."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    fig.draw_without_rendering()
    if _fit_value_labels(fig, renderer):
        fig.draw_without_rendering()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            size = theme.text_pt
            while size > MIN_TICK_PT and _touching(axis.get_ticklabels(), renderer):
                size -= 0.5
                for label in axis.get_ticklabels():
                    label.set_fontsize(size)
                fig.draw_without_rendering()
            if axis.get_scale() == "log" and _touching(axis.get_ticklabels(), renderer):
                # powers of ten still touching at the smallest size: every other one is named
                # ('10, 1,000, 10万, 1000万'), the ticks and grid stay
                for label in axis.get_ticklabels()[1::2]:
                    label.set_visible(False)
                fig.draw_without_rendering()


def _clear_legends(fig: Figure) -> None:
    """Measure the laid-out figure: while a legend touches the title, the plot's marks or leaves
    the picture (charts/measure.py `collisions`), set it half a point smaller, down to
    MIN_TICK_PT; what still touches then is reported by the picture's checks."""
    for legend in fig.legends:
        size = legend.get_texts()[0].get_fontsize() if legend.get_texts() else MIN_TICK_PT
        while size > MIN_TICK_PT and collisions(fig):
            size -= 0.5
            for text in legend.get_texts():
                text.set_fontsize(size)
            fig.draw_without_rendering()


#: A donut's ring is this share of its radius (`wedgeprops` width): the hole is what is left.
RING_WIDTH = 0.38


def _fit_hole(fig: Figure) -> bool:
    """The total in the donut's hole, set smaller (down to MIN_TICK_PT) while its measured box is
    wider than the hole (on a narrow picture it ran over the ring); False, and the total taken
    out of the hole, where it does not fit even then."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = fig.axes[0]
    texts = [t for t in ax.texts if t.get_text()]  # the pie's own (empty) labels aside
    if not ax.patches or not texts:
        return True
    ring = Bbox.union([p.get_window_extent(renderer) for p in ax.patches])
    hole = ring.width * (1 - RING_WIDTH) * 0.92  # the hole's radius is what the ring leaves of 1
    text = texts[0]
    size = text.get_fontsize()
    while size > MIN_TICK_PT and text.get_window_extent(renderer).width > hole:
        size -= 0.5
        text.set_fontsize(size)
    if text.get_window_extent(renderer).width > hole:
        text.set_text("")
        return False
    return True


def _touching(labels: list, renderer: object) -> bool:
    boxes = [t.get_window_extent(renderer) for t in labels if t.get_visible() and t.get_text()]
    return any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


_MISSING_GLYPH = re.compile(r"Glyph (\d+)\b.*missing from font")


def draw(data: ChartData, theme: Theme, size: tuple[float, float] | None = None) -> tuple[bytes, str]:
    """PNG bytes, and the characters no chart font could draw (matplotlib warns of each)."""
    if refresh_font_list():  # a font was installed or removed since matplotlib listed them
        _installed_fonts.cache_clear()
        forget_characters()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = build_figure(data, theme, size)
        with rc_context({"font.family": _font_families(theme, data)}):
            png = _png(fig, theme.chart_dpi)
    missing = dict.fromkeys(
        chr(int(m.group(1))) for w in caught if (m := _MISSING_GLYPH.search(str(w.message)))
    )
    return png, "".join(missing)


#: zlib level of the PNGs: measured on the WAIC charts (scripts/benchmark.py --png), level 3 encodes
#: in about half the time of the default 6 for files about a fifth larger.
PNG_COMPRESS_LEVEL = 3


def _png(fig: Figure, dpi: int) -> bytes:
    """The figure as an RGB PNG on white (no alpha channel: a quarter less to encode and store),
    with its resolution recorded so Word and PowerPoint place it at its drawn size."""
    from PIL import Image

    canvas = fig.canvas
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    # The figure and axes are painted white, so every pixel is opaque: dropping alpha loses nothing.
    rgb = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
    buffer = io.BytesIO()
    rgb.save(buffer, format="PNG", compress_level=PNG_COMPRESS_LEVEL, dpi=(dpi, dpi))
    return buffer.getvalue()


def _wrap(text: str, width: int) -> str:
    """Lines of at most `width` characters, broken at plain spaces only: a no-break space keeps a
    number with its unit ("EUR\u00a0300\u00a0million" stays whole)."""
    words, lines, line = [w for w in re.split(r"[ \t\n]+", text) if w], [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)
