"""Manual layouts in chart XML (c:manualLayout): a plot area's or a legend's box as fractions of
the chart, so a renderer neither shrinks the plot where it likes nor centres a legend over the
title. One place for the element both native charts (native.py, dots.py) write."""

from __future__ import annotations

from typing import Any

from lxml import etree

from reportgen.office.ooxml import qn

Box = tuple[float, float, float, float]  # x, y, w, h as fractions of the chart


def manual_layout(owner: Any, box: Box, inner: bool = False) -> etree._Element:
    """`owner`'s c:layout, replaced by a manual one at `box` (the plot's inner area where
    `inner`); returned for the caller to place, as the schema orders its owner's children."""
    old = owner.find(qn("c:layout"))
    if old is not None:
        owner.remove(old)
    layout = etree.Element(qn("c:layout"))
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    if inner:
        etree.SubElement(manual, qn("c:layoutTarget")).set("val", "inner")
    etree.SubElement(manual, qn("c:xMode")).set("val", "edge")
    etree.SubElement(manual, qn("c:yMode")).set("val", "edge")
    for tag, value in zip(("c:x", "c:y", "c:w", "c:h"), box, strict=True):
        etree.SubElement(manual, qn(tag)).set("val", f"{max(0.0, min(1.0, value)):.4f}")
    return layout


def plot_layout(chart: Any, box: Box) -> None:
    """The plot's inner area (the bars or dots, without the names) at `box`."""
    plot_area = chart._chartSpace.find(f"{qn('c:chart')}/{qn('c:plotArea')}")
    plot_area.insert(0, manual_layout(plot_area, box, inner=True))
