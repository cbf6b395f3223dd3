"""The document check's rule for a chart slide's title: one that prints a number a bar of the
slide's chart prints again is named, in any template (round 21: 'Sergilenen 180 oyunun 74'ü
mobil platformlar içindi' over the bar '74 (%41)'). The title states the finding in words and the
bar gives its number; a number the chart does not print (the 180 games in all) may stay. The
numbers are read as data/title_numbers.py reads them; a bar's are its value labels: a label's own
text, else its value where the label shows it, and a chart picture's labels (office/repeats.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from reportgen.data.title_numbers import Number, among, numbers
from reportgen.data.written_numbers import key
from reportgen.office.chart_check import series_marks
from reportgen.office.seen import AS_SEEN

#: The plots whose marks are bars, columns, points or parts, each of one value.
_PLOTS = ("c:barChart", "c:bar3DChart", "c:lineChart", "c:scatterChart", "c:pieChart", "c:doughnutChart")


def bar_numbers(space: etree._Element, locale: str) -> set[Number]:
    """Every number a native chart's value labels print: a label's own text read as written, and
    the value of each mark whose label shows its value."""
    texts = [
        "".join(t.text or "" for t in rich.iter(qn("a:t")))
        for rich in space.iterfind(f".//{qn('c:dLbl')}/{qn('c:tx')}/{qn('c:rich')}")
    ]
    out = numbers(texts, locale)
    for tag in _PLOTS:
        for plot in space.iter(qn(tag)):
            shared = plot.find(qn("c:dLbls"))
            values = "c:yVal" if tag == "c:scatterChart" else "c:val"
            for series in plot.findall(qn("c:ser")):
                if not _custom_only(series.find(qn("c:dLbls"))):
                    out |= {(key(v), False) for _, v, shown in series_marks(series, values, shared) if shown}
    return out


def categories(space: etree._Element) -> set[int]:
    """How many categories each series of a native chart draws (its points), a count a title may
    state ('12 countries') that is no bar's number."""
    return {len(series.findall(f"{qn('c:cat')}//{qn('c:pt')}")) for series in space.iter(qn("c:ser"))} - {0}


def _custom_only(labels: etree._Element | None) -> bool:
    """Whether a series' labels are all texts of their own (read as written, above)."""
    own = labels.findall(qn("c:dLbl")) if labels is not None else []
    return bool(own) and all(d.find(f"{qn('c:tx')}/{qn('c:rich')}") is not None for d in own)


def chart_title_numbers(slide: Any, where: str, locale: str, pictured: Iterable[str] = ()) -> list[str]:
    """A warning where the slide's title prints a number that a bar of its chart prints (its
    native charts' value labels, and `pictured`: its chart pictures' labels)."""
    title = slide.shapes.title
    if title is None or not title.has_text_frame or not title.text_frame.text.strip():
        return []
    bars = numbers(pictured, locale)
    counts: set[int] = set()
    for shape in slide.shapes:
        if getattr(shape, "has_chart", False) and shape.has_chart:
            bars |= bar_numbers(shape.chart._chartSpace, locale)
            counts |= categories(shape.chart._chartSpace)
    said = " ".join(title.text_frame.text.replace("\x0b", " ").split()).translate(AS_SEEN)
    found = among(said, bars, locale, frozenset(counts)) if bars else []
    if not found:
        return []
    return [
        f"{where}: the title '{said}' prints {', '.join(repr(n) for n in found)}, which a bar of its "
        "chart prints again; state the finding in words and let the bar give the number"
    ]
