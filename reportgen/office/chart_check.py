"""The document check's look at native charts (office/quality.py calls it for each chart):
bars in neither rising nor falling order although their categories are not a sequence, a
logarithmic axis for fewer than 3 values or less than two orders of magnitude, and value labels on
their bar's fill below WCAG AA contrast (theme colours resolved through the deck's theme)."""

from __future__ import annotations

import itertools
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from reportgen.data.chart_shape import is_sequence, log_scale_fits
from reportgen.data.contrast import AA_TEXT, contrast
from reportgen.office.ooxml import SAFE_PARSER, qn


def chart_problems(chart: Any, where: str, theme: dict[str, str], ordered: frozenset[str]) -> list[str]:
    space = chart._chartSpace
    title = chart.chart_title.text_frame.text if chart.has_title else ""
    warnings = []
    for plot in space.iter(qn("c:barChart")):
        series = plot.findall(qn("c:ser"))
        if len(series) == 1 and title not in ordered:
            warnings += _unsorted(series[0], where)
        shared = plot.find(qn("c:dLbls"))  # the plot's labels, for every series without its own
        warnings += [f"{where}: {problem}" for s in series for problem in _label_contrast(s, shared, theme)]
    if space.find(f".//{qn('c:valAx')}/{qn('c:scaling')}/{qn('c:logBase')}") is not None:
        values = [v for s in space.iter(qn("c:ser")) for v in _values(s)]
        if not log_scale_fits(values):
            warnings.append(
                f"{where}: a logarithmic axis for {len(values)} value(s) spread over less than two "
                "orders of magnitude misleads; use a linear axis, or tiles for so few values"
            )
    return warnings


def _values(series: etree._Element) -> list[float]:
    found = []
    for v in series.iterfind(f"{qn('c:val')}//{qn('c:pt')}/{qn('c:v')}"):
        try:
            found.append(float(v.text or ""))
        except ValueError:
            continue
    return found


def _categories(series: etree._Element) -> list[str]:
    return [v.text or "" for v in series.iterfind(f"{qn('c:cat')}//{qn('c:pt')}/{qn('c:v')}")]


def _unsorted(series: etree._Element, where: str) -> list[str]:
    values, labels = _values(series), _categories(series)
    if len(values) < 3 or is_sequence(labels):
        return []
    rising = all(a <= b for a, b in itertools.pairwise(values))
    falling = all(a >= b for a, b in itertools.pairwise(values))
    if rising or falling:
        return []
    return [
        f"{where}: the bars are in neither rising nor falling order ({', '.join(labels[:4])}…), and "
        "their categories are not a sequence such as years; sort them by value"
    ]


def _label_contrast(
    series: etree._Element, shared: etree._Element | None, theme: dict[str, str]
) -> list[str]:
    """Value labels set on their bar's fill (centred or inside) in a colour below AA on it."""
    fill = _colour(series.find(f"{qn('c:spPr')}/{qn('a:solidFill')}"), theme)
    found = []
    own = list(series.iter(qn("c:dLbl"), qn("c:dLbls")))
    labels = own if series.find(qn("c:dLbls")) is not None or shared is None else [*own, shared]
    for label in labels:
        position = label.find(qn("c:dLblPos"))
        if position is None or position.get("val") not in {"ctr", "inEnd", "inBase"}:
            continue
        index = label.find(qn("c:idx"))
        point_fill = fill
        if index is not None:
            for point in series.iter(qn("c:dPt")):
                if point.find(qn("c:idx")).get("val") == index.get("val"):
                    point_fill = _colour(point.find(f"{qn('c:spPr')}/{qn('a:solidFill')}"), theme) or fill
        # a label that sets no colour is drawn in the theme's dark text colour
        text = next((_colour(f, theme) for f in label.iter(qn("a:solidFill"))), theme.get("tx1"))
        if fill is None or point_fill is None or text is None:
            continue
        ratio = contrast(text, point_fill)
        if ratio < AA_TEXT:
            found.append(
                f"a value label in {text} on the fill {point_fill} has a contrast of {ratio:.1f}:1, "
                f"under {AA_TEXT}:1 (WCAG AA); choose a label colour that reads on it"
            )
    return found


def _colour(fill: etree._Element | None, theme: dict[str, str]) -> str | None:
    if fill is None:
        return None
    rgb = fill.find(qn("a:srgbClr"))
    if rgb is not None:
        return "#" + rgb.get("val", "000000").upper()
    scheme = fill.find(qn("a:schemeClr"))
    return theme.get(scheme.get("val", "")) if scheme is not None else None


def theme_colours(prs: Any) -> dict[str, str]:
    """The deck's theme colours by scheme name (accent1 '#1F4E79', ...), from its first master."""
    try:
        part = prs.slide_masters[0].part.part_related_by(RT.THEME)
        root = etree.fromstring(part.blob, SAFE_PARSER)
    except (KeyError, IndexError, etree.XMLSyntaxError):
        return {}
    colours = {}
    scheme = root.find(f".//{qn('a:clrScheme')}")
    for element in scheme if scheme is not None else ():
        value = element.find(qn("a:srgbClr"))
        system = element.find(qn("a:sysClr"))
        name = etree.QName(element).localname
        if value is not None:
            colours[name] = "#" + value.get("val", "000000").upper()
        elif system is not None:
            colours[name] = "#" + system.get("lastClr", "000000").upper()
    colours |= {"tx1": colours.get("dk1", "#000000"), "bg1": colours.get("lt1", "#FFFFFF")}
    return colours
