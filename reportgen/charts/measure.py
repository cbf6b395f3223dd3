"""Where a drawn chart's words landed: every label's box, as the renderer laid it out.

`crowded` names the labels that overlap another label or leave the picture, the category labels
that were dropped (a tick without its text) and those set at an angle: measured on the figure, not
assumed.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox


def _labels(fig: Figure) -> list[Text]:
    found: list[Text] = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if axis.get_visible():
                found += [t for t in axis.get_ticklabels() if t.get_visible() and t.get_text()]
        found += [t for t in ax.texts if t.get_visible() and t.get_text()]
    return found


def label_boxes(fig: Figure) -> list[tuple[str, Bbox]]:
    """(text, box in display pixels) of every tick and value label, after a full draw."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in _labels(fig)]


def crowded(fig: Figure, categories: int | None = None) -> list[str]:
    """Problems with the chart's labels: overlaps, labels outside the figure, dropped categories."""
    boxes = label_boxes(fig)
    page = fig.bbox
    problems: list[str] = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            slanted = [t.get_text() for t in axis.get_ticklabels() if t.get_text() and t.get_rotation() % 180]
            problems += [f"{text!r} is set at an angle" for text in slanted]
    for index, (text, box) in enumerate(boxes):
        if box.x0 < page.x0 - 1 or box.y0 < page.y0 - 1 or box.x1 > page.x1 + 1 or box.y1 > page.y1 + 1:
            problems.append(f"{text!r} leaves the picture")
        for other, other_box in boxes[index + 1 :]:
            if box.overlaps(other_box):
                problems.append(f"{text!r} overlaps {other!r}")
    if categories is not None:
        ax = fig.axes[0]
        shown = [
            t
            for axis in (ax.xaxis, ax.yaxis)
            if axis.get_visible() and axis.get_scale() != "log"
            for t in axis.get_ticklabels()
            if t.get_text()
        ]
        if len(shown) < categories:
            problems.append(f"{categories - len(shown)} of {categories} category labels dropped")
    return problems


def _marks(fig: Figure) -> list[tuple[str, Bbox]]:
    """The plot's own marks (bars, wedges) and the words on and around it, as laid out."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    found = [(t.get_text(), t.get_window_extent(renderer)) for t in _labels(fig)]
    for ax in fig.axes:
        found += [
            ("a part of the chart", p.get_window_extent(renderer)) for p in ax.patches if p.get_visible()
        ]
    return found


def collisions(fig: Figure) -> list[str]:
    """Where the title, a legend and the plot touch each other or leave the picture, measured on
    the laid-out figure (the renderer's boxes): the class of fault reviewers saw as a donut's
    legend running into its title. Call after a layout (`draw_without_rendering`)."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    page = fig.bbox
    title = fig._suptitle  # matplotlib keeps the figure's title there
    named: list[tuple[str, str, Bbox]] = []
    if title is not None and title.get_text():
        named.append(("title", title.get_text(), title.get_window_extent(renderer)))
    for legend in fig.legends:
        named += [("legend", t.get_text(), t.get_window_extent(renderer)) for t in legend.get_texts()]
        named += [("legend", "a key", h.get_window_extent(renderer)) for h in legend.legend_handles if h]
    named += [("plot", text, box) for text, box in _marks(fig)]
    problems: list[str] = []
    for index, (group, text, box) in enumerate(named):
        if box.x0 < page.x0 - 1 or box.y0 < page.y0 - 1 or box.x1 > page.x1 + 1 or box.y1 > page.y1 + 1:
            problems.append(f"the {group}'s {text!r} leaves the picture")
        for other_group, other, other_box in named[index + 1 :]:
            if other_group != group and box.overlaps(other_box):
                problems.append(f"the {group}'s {text!r} overlaps the {other_group}'s {other!r}")
    return problems
