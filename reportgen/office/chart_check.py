"""The document check's look at native charts (office/quality.py calls it for each chart):
bars in neither rising nor falling order although their categories are not a sequence, a
logarithmic axis for fewer than 3 values or less than two orders of magnitude, value labels on
their bar's fill below WCAG AA contrast (theme colours resolved through the deck's theme) or
wider than LibreOffice's wrapping width where they let their text wrap, a stacked part whose value
is shown neither on it nor in its legend entry, and
category names that would be slanted or dropped: set at an angle, wider than their column, or too
many lines for their bar's row, measured in ems of their type (data/chart_shape.py) against the
chart's box."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from reportgen.data.chart_lines import KEY_EM, LEGEND_LINE, legend_height
from reportgen.data.chart_order import is_sequence
from reportgen.data.chart_shape import (
    LABEL_WRAP_PT,
    LINE_HEIGHT,
    fits_columns,
    fits_rows,
    is_catch_all,
    log_scale_fits,
    text_em,
)
from reportgen.data.chart_words import every_other_word
from reportgen.data.contrast import AA_TEXT, contrast
from reportgen.data.written_numbers import key, says
from reportgen.memo import Memo
from reportgen.office.ooxml import SAFE_PARSER, qn
from reportgen.office.seen import AS_SEEN, quoted


def chart_problems(
    chart: Any,
    where: str,
    theme: dict[str, str],
    ordered: frozenset[str],
    box: tuple[int, int] | None = None,
) -> list[str]:
    """What is wrong with one native chart; `box` is its frame's (width, height) in EMU."""
    space = chart._chartSpace
    title = chart.chart_title.text_frame.text if chart.has_title else ""
    warnings = _category_names(space, where, box) + _donut_legend(space, title, where, box)
    warnings += _donut_total(space, title, where)
    for plot in space.iter(qn("c:barChart")):
        series = plot.findall(qn("c:ser"))
        if len(series) == 1 and title not in ordered:
            warnings += _unsorted(series[0], where)
        shared = plot.find(qn("c:dLbls"))  # the plot's labels, for every series without its own
        warnings += [f"{where}: {problem}" for s in series for problem in _label_contrast(s, shared, theme)]
        warnings += [f"{where}: {problem}" for s in series for problem in _wrapped_labels(s)]
        warnings += [f"{where}: {problem}" for problem in _unlabelled_parts(plot, series)]
    if space.find(f".//{qn('c:valAx')}/{qn('c:scaling')}/{qn('c:logBase')}") is not None:
        values = [v for s in space.iter(qn("c:ser")) for v in _values(s)]
        dotted = [
            s
            for s in space.iterfind(f".//{qn('c:scatterChart')}/{qn('c:ser')}")
            if s.find(f"{qn('c:marker')}/{qn('c:symbol')}[@val='none']") is None
        ]
        scatter = dotted[0] if dotted else None
        if scatter is not None:  # a dot plot: its dots' x values are the figures (names, ticks: none)
            values = _values(scatter, "c:xVal")
        if not log_scale_fits(values):
            warnings.append(
                f"{where}: a logarithmic axis for {len(values)} value(s) spread over less than two "
                "orders of magnitude misleads; use a linear axis, or tiles for so few values"
            )
    return warnings


#: The size of chart text that sets none (PowerPoint's and LibreOffice's default).
DEFAULT_CHART_PT = 10.0
#: Without a layout of its own, a renderer gives the plot about this share of the chart's height,
#: its names about this share of its width beside horizontal bars, and columns this share of its width.
AUTO_PLOT_HEIGHT = 0.65
AUTO_LABEL_WIDTH = 0.3
AUTO_COLUMNS_WIDTH = 0.85


def _category_names(space: etree._Element, where: str, box: tuple[int, int] | None) -> list[str]:
    axis = space.find(f".//{qn('c:catAx')}")
    plot = space.find(f".//{qn('c:barChart')}")
    if axis is None or plot is None:
        return []
    body = axis.find(f"{qn('c:txPr')}/{qn('a:bodyPr')}")
    rotation = body.get("rot") if body is not None else None
    if rotation not in {None, "0", "-60000000"}:  # -60000000: PowerPoint's "automatic"
        return [
            f"{where}: its category names are set at an angle ({int(rotation) / 60000:g}°), hard to "
            "read; let them read across: horizontal bars (kind: hbar), never slanted names"
        ]
    first = plot.find(qn("c:ser"))
    labels = _categories(first) if first is not None else []
    deleted = axis.find(qn("c:delete"))
    if not labels or box is None or (deleted is not None and deleted.get("val") in {"1", "true"}):
        return []
    size = _category_size(space, axis)
    width_pt, height_pt = box[0] / 12700, box[1] / 12700
    layout = _inner_layout(space)
    direction = plot.find(qn("c:barDir"))
    if direction is not None and direction.get("val") == "col":
        column_pt = width_pt * (layout[2] if layout else AUTO_COLUMNS_WIDTH) / len(labels)
        if not fits_columns(labels, size, column_pt):
            return [
                f"{where}: a category name is wider than its column ({column_pt:.0f} pt at "
                f"{size:g} pt), so it would be slanted or dropped; make it a horizontal bar chart "
                "(kind: hbar) or shorten the names"
            ]
        return []
    label_pt = width_pt * (layout[0] if layout else AUTO_LABEL_WIDTH) - 10
    row_pt = height_pt * (layout[3] if layout else AUTO_PLOT_HEIGHT) / len(labels)
    if not fits_rows(labels, size, label_pt, row_pt):
        return [
            f"{where}: {len(labels)} category names at {size:g} pt do not fit their rows "
            f"({row_pt:.0f} pt each), so every other one would be dropped; chart fewer categories "
            "(in the event file, fold the smallest parts of its breakdown into one, or leave some "
            "figures out of the chart)"
        ]
    return []


#: Without a layout of its own, LibreOffice gives a legend beside the plot about this share of the
#: chart's width and centres it on the chart's height.
AUTO_LEGEND_WIDTH = 0.33


#: A share of a share (review BB): a value and, in the bracket after it, the same number as a
#: percentage ('34（34%）', '34 % (34 %)', 'about 34 (about 34 %)'): parts given in percent whose
#: share was worked out again.
_SHARE_OF_SHARE = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:[ \u00a0\u202f]?[%％])?[ \u00a0\u202f]?[（(][^\d()（）]{0,14}?"
    r"(?<![\d.,])\1[ \u00a0\u202f]?[%％][）)]"
)
#: A donut's total of 100 %, alone (its hole) or after its title's colon: the whole its shares make,
#: no figure of the event.
_HUNDRED = re.compile(r"(?:^|[:：][ \u00a0\u202f]*)100[ \u00a0\u202f]?[%％]$")


def share_of_share(text: str) -> str | None:
    """The share of a share `text` prints ('34（34%）'), or None."""
    found = _SHARE_OF_SHARE.search(text)
    return found.group(0) if found else None


def share_problems(texts: Iterable[str], where: str) -> list[str]:
    """A warning for each text that prints a share of a share (a chart's legend or label, a line)."""
    return [
        f"{where}: {quoted(found)} prints a share of a share: its parts are given in percent "
        "already, so print each as its share alone ('34 %') (data/given_shares.py)"
        for text in texts
        if (found := share_of_share(text))
    ]


#: A chart picture's alt text with a total of 100 % after its title ('環圈圖：…（100%）。'), which
#: the picture prints in its hole (the alt text says what the picture prints: plan/charts.py).
_ALT_HUNDRED = re.compile(r"[（(]100[ \u00a0\u202f]?[%％][）)][。.]")


def picture_problems(body: etree._Element, where: str) -> list[str]:
    """A chart picture under `body` whose alt text says it prints a share of a share or a total of
    100 % (a picture's printed text is not in the document; its alt text says it)."""
    problems = []
    for properties in body.iter(qn("wp:docPr"), qn("p:cNvPr")):
        alt = properties.get("descr", "")
        name = quoted(properties.get("name", ""))
        if found := share_of_share(alt):
            problems.append(f"{where}: the chart {name} prints {quoted(found)}, a share of a share")
        if _ALT_HUNDRED.search(alt):
            problems.append(
                f"{where}: the chart {name} prints a total of 100 % as a figure: its parts are shares, "
                "whose whole is no figure of the event (data/given_shares.py)"
            )
    return problems


def _donut_total(space: etree._Element, title: str, where: str) -> list[str]:
    """A donut whose title or hole prints a total of 100 %: the whole of parts given as shares."""
    if space.find(f".//{qn('c:doughnutChart')}") is None:
        return []
    texts = [title, *("".join(t.text or "" for t in p.iter(qn("a:t"))) for p in space.iter(qn("a:p")))]
    if not any(_HUNDRED.search(t.strip()) for t in texts if t):
        return []
    return [
        f"{where}: the donut prints a total of 100 % as a figure: its parts are shares, whose whole "
        "is no figure of the event; label the donut by its parts alone (data/given_shares.py)"
    ]


def _donut_legend(space: etree._Element, title: str, where: str, box: tuple[int, int] | None) -> list[str]:
    """A donut's legend entries, each line (as given) measured in ems at the legend's size against
    the legend's box: a line wider than it is broken wherever the renderer likes, inside a number's
    phrase too ('人民\n币'); and the legend's top against the title's bottom."""
    plot = space.find(f".//{qn('c:doughnutChart')}")
    legend = space.find(f".//{qn('c:legend')}")
    if plot is None or legend is None or box is None:
        return []
    first = plot.find(qn("c:ser"))
    entries = _categories(first) if first is not None else []
    width_pt, height_pt = box[0] / 12700, box[1] / 12700
    size = _category_size(space, legend)
    manual = legend.find(f"{qn('c:layout')}/{qn('c:manualLayout')}")
    layout = _fractions(manual) if manual is not None else None
    legend_pt = width_pt * (layout[2] if layout else AUTO_LEGEND_WIDTH) - (KEY_EM + 0.5) * size
    problems = []
    wide = [e for e in entries if any(text_em(line) * size > legend_pt for line in e.split("\n"))]
    if wide:
        problems.append(
            f"{where}: the donut's legend entry {quoted(wide[0])} is wider than its "
            f"legend ({legend_pt:.0f} pt at {size:g} pt), so it would break where the renderer likes, "
            "inside a number and its currency too; break it into lines and give the legend its width"
        )
    # imported here: the deck's package imports this module (its label widths), so at the top
    # `import reportgen.office.quality` before the deck's renderer was a circular import
    from reportgen.office.powerpoint.donut import title_height

    title_bottom = title_height(title, width_pt) if title else 0.0
    # a line wider than the legend takes as many lines as the renderer breaks it into
    lines = sum(
        math.ceil(text_em(line) * size / max(legend_pt, 1.0) - 0.01) or 1
        for e in entries
        for line in e.split("\n")
    )
    tall = legend_height(lines, len(entries), size) * LINE_HEIGHT / LEGEND_LINE
    top = layout[1] * height_pt if layout else (height_pt - tall) / 2
    if title and top < title_bottom - 2:
        problems.append(
            f"{where}: the donut's legend ({tall:.0f} pt tall, from {top:.0f} pt) runs into the chart's "
            f"title (to {title_bottom:.0f} pt); lay the legend out below the title"
        )
    return problems


def _fractions(manual: etree._Element) -> tuple[float, float, float, float] | None:
    try:
        return tuple(float(manual.find(qn(f"c:{k}")).get("val")) for k in "xywh")  # type: ignore[return-value]
    except (AttributeError, TypeError, ValueError):
        return None


def _category_size(space: etree._Element, axis: etree._Element) -> float:
    for where in (axis, space):
        found = where.find(f"{qn('c:txPr')}/{qn('a:p')}/{qn('a:pPr')}/{qn('a:defRPr')}")
        if found is not None and found.get("sz"):
            return int(found.get("sz")) / 100
    return DEFAULT_CHART_PT


def _inner_layout(space: etree._Element) -> tuple[float, float, float, float] | None:
    """The plot's inner area (x, y, w, h as fractions of the chart) where the chart sets one."""
    manual = space.find(f".//{qn('c:plotArea')}/{qn('c:layout')}/{qn('c:manualLayout')}")
    return None if manual is None else _fractions(manual)


def _values(series: etree._Element, tag: str = "c:val") -> list[float]:
    found = []
    for v in series.iterfind(f"{qn(tag)}//{qn('c:pt')}/{qn('c:v')}"):
        try:
            found.append(float(v.text or ""))
        except ValueError:
            continue
    return found


def unsaid_marks(shape: Any, where: str, said: Sequence[str], locale: str) -> list[str]:
    """A native chart's marks left without their value label (`bare_marks`): a mark reads as a
    value missing whether or not a text of its slide (`said`) prints its value (round 16: the
    showcase's dot of 総視聴回数 beside its quote); `said` and `locale` name what the slide says."""
    found = []
    for name, value in bare_marks(shape.chart):
        beside = any(says(text.translate(AS_SEEN), frozenset({key(value)}), False, locale) for text in said)
        found.append(
            f"{where}, chart {shape.name!r}: the mark {quoted(name)} ({value:.12g}) has no value label "
            f"while the others have{', though a text of its slide prints its value' if beside else ''} "
            "(a bare mark reads as a value missing); label it"
        )
    return found


def bare_marks(chart: Any) -> list[tuple[str, float]]:
    """(its name, its value) of each mark of a bar chart's one series or a dot plot's dots that has
    no value label while others of its series have one: read as a value missing, wherever its
    quote stands (round 14: the showcase's dot of 総視聴回数, its quote on the next slide; round
    16: beside it), so the plan labels every mark (data/key_quotes.py)."""
    space = chart._chartSpace
    found = []
    for plot in space.iter(qn("c:barChart")):
        grouping = plot.find(qn("c:grouping"))
        series = plot.findall(qn("c:ser"))
        if len(series) == 1 and (grouping is None or grouping.get("val") == "clustered"):
            found += _bare(series[0], "c:val", _point_names(series[0]), plot.find(qn("c:dLbls")))
    for plot in space.iter(qn("c:scatterChart")):
        series = {
            "".join(v.text or "" for v in s.iterfind(f"{qn('c:tx')}//{qn('c:v')}")): s
            for s in plot.findall(qn("c:ser"))
        }
        dots, rows = series.get(DOT_SERIES), series.get(NAME_SERIES)
        if dots is None:
            continue
        names = {}
        for label in rows.iterfind(f"{qn('c:dLbls')}/{qn('c:dLbl')}") if rows is not None else ():
            index = label.find(qn("c:idx"))
            text = " ".join("".join(t.text or "" for t in p.iter(qn("a:t"))) for p in label.iter(qn("a:p")))
            names[index.get("val") if index is not None else ""] = text
        found += _bare(dots, "c:xVal", names, plot.find(qn("c:dLbls")))
    return found


#: The names of a dot plot's series of dots and of its names (office/powerpoint/dots.py).
DOT_SERIES, NAME_SERIES = "value", "name"


def _bare(
    series: etree._Element, tag: str, names: dict[str | None, str], shared: etree._Element | None
) -> list[tuple[str, float]]:
    """The marks of `series` (values under `tag`) without a value label while others have one."""
    marks = [
        (names.get(index, ""), value, shown) for index, value, shown in series_marks(series, tag, shared)
    ]
    if not any(shown for _, _, shown in marks):
        return []  # no mark labelled: its axis gives the values
    return [(name, value) for name, value, shown in marks if not shown]


def series_marks(
    series: etree._Element, tag: str, shared: etree._Element | None
) -> list[tuple[str | None, float, bool]]:
    """Each mark of `series` (its values under `tag`: 'c:val', a dot plot's 'c:xVal'): its point's
    index, its value, and whether it shows a value label (its own, else its series' or the plot's,
    `shared`). A point of no number or of 0 is no mark (a year a series leaves out: an empty slot)."""
    own = series.find(qn("c:dLbls"))
    every = _shows_value(own if own is not None else shared)
    labels = {
        (label.find(qn("c:idx")).get("val") if label.find(qn("c:idx")) is not None else ""): label
        for label in (own.findall(qn("c:dLbl")) if own is not None else [])
    }
    marks = []
    for pt in series.iterfind(f"{qn(tag)}//{qn('c:pt')}"):
        try:
            value = float(pt.findtext(qn("c:v")) or "")
        except ValueError:
            continue
        label = labels.get(pt.get("idx"))
        if value:
            marks.append((pt.get("idx"), value, _shows_value(label) if label is not None else every))
    return marks


def _point_names(series: etree._Element) -> dict[str | None, str]:
    """The category name of each point of `series`, by its index."""
    return {
        pt.get("idx"): pt.findtext(qn("c:v")) or "" for pt in series.iterfind(f"{qn('c:cat')}//{qn('c:pt')}")
    }


def _unlabelled_parts(plot: etree._Element, series: list[etree._Element]) -> list[str]:
    """The parts of a stacked chart that show no value: no label on the part (its own, or its
    series' or plot's labels) and no number in its series' legend entry ('Meble z odzysku: 86')."""
    grouping = plot.find(qn("c:grouping"))
    if grouping is None or grouping.get("val") not in ("stacked", "percentStacked"):
        return []
    shared = plot.find(qn("c:dLbls"))
    found = []
    for one in series:
        name = "".join(v.text or "" for v in one.iterfind(f"{qn('c:tx')}//{qn('c:v')}"))
        if any(c.isdigit() for c in name):
            continue  # its legend entry gives its values
        names = _point_names(one)
        for index, value, shown in series_marks(one, "c:val", shared):
            if not shown:
                part = names.get(index, "")
                found.append(
                    f"the part '{name}' of '{part}' ({value:g}) shows no value: no label on it, none in its "
                    "legend entry; label it, or give its value in the legend"
                )
    return found


def _shows_value(labels: etree._Element | None) -> bool:
    """Whether a c:dLbl or c:dLbls shows a value: not deleted, with a text of its own or showVal on."""
    if labels is None:
        return False
    deleted = labels.find(qn("c:delete"))
    if deleted is not None and deleted.get("val", "1") in ("1", "true"):
        return False
    shown = labels.find(qn("c:showVal"))
    own = labels.find(f"{qn('c:tx')}/{qn('c:rich')}")
    return own is not None or (shown is not None and shown.get("val", "1") in ("1", "true"))


def _categories(series: etree._Element) -> list[str]:
    return [v.text or "" for v in series.iterfind(f"{qn('c:cat')}//{qn('c:pt')}/{qn('c:v')}")]


def _unsorted(series: etree._Element, where: str) -> list[str]:
    values, labels = _values(series), _categories(series)
    if len(values) < 3 or is_sequence(labels):
        return []
    if len(values) > 3 and is_catch_all(labels[-1], every_other_word()):
        values, labels = values[:-1], labels[:-1]  # 'Other' last, whatever its value
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


def _wrapped_labels(series: etree._Element) -> list[str]:
    """Value labels of their own text that let it wrap and are wider than LibreOffice's wrapping
    width for them (LABEL_WRAP_PT): it breaks them, at a no-break space too ('약 3400억 / 원')."""
    found = []
    for label in series.iter(qn("c:dLbl")):
        rich = label.find(f"{qn('c:tx')}/{qn('c:rich')}")
        body = rich.find(qn("a:bodyPr")) if rich is not None else None
        if body is None or body.get("wrap") == "none":
            continue
        for p in rich.iter(qn("a:p")):
            text = "".join(t.text or "" for t in p.iter(qn("a:t")))
            sized = next((r.get("sz") for r in p.iter(qn("a:rPr")) if r.get("sz", "").isdigit()), None)
            size = int(sized) / 100 if sized else DEFAULT_CHART_PT
            wide = text_em(text) * size
            if wide > LABEL_WRAP_PT:
                found.append(
                    f"the value label {quoted(text)} is {wide:.0f} pt wide at {size:g} pt "
                    f"and LibreOffice wraps a label at about {LABEL_WRAP_PT:g} pt, inside its "
                    "number and unit; set it on one line (no wrapping) or shorten it"
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
        blob = prs.slide_masters[0].part.part_related_by(RT.THEME).blob
    except (KeyError, IndexError):
        return {}
    known = _THEMES.get(blob)
    if known is None:
        known = _colours(blob)
        _THEMES.remember(blob, known)
    return dict(known)


#: Each theme part's colours, by its bytes (a deck's theme is its template's: a few a process).
_THEMES: Memo[bytes, dict[str, str]] = Memo(8)


def _colours(blob: bytes) -> dict[str, str]:
    try:
        root = etree.fromstring(blob, SAFE_PARSER)
    except etree.XMLSyntaxError:
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
