"""The document check's look at a chart's labels: its numbers printed at more than one scale
('380 000 zł' beside '1,15 mln zł', '8,000' beside '1.2万': review RR1), which a reader compares as
different kinds of number. The plan prints a chart's labels at one scale (data/chart_scale.py);
a template's own chart, or one whose numbers share no scale they all print exactly at, is named
here. Japanese and Korean count every number from 10⁴ in their myriad words (one system): not
named. Each label's scale is the word after its first number, among the locale's words for
powers of ten as the formatter prints them; a share ('49 %') has none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

from lxml import etree

from reportgen.data.chart_scale import MYRIAD_FORMS
from reportgen.data.formatting import Formatter
from reportgen.office.ooxml import qn
from reportgen.office.repeats import Drawn
from reportgen.office.seen import quoted

#: A number as a label prints it, then what follows it: its scale word, or anything else.
_NUMBER = re.compile(r"\d(?:[\d\u00a0\u202f\u2009 .,’']*\d)?[ \u00a0\u202f]*([%％]|[^\W\d_]*)")
#: Counts that give each scale word's forms (singular, plural, several plurals: '1 Million',
#: '1,5 Millionen', '5 milionów').
_COUNTS = (Decimal(1), Decimal("1.5"), Decimal(2), Decimal(5), Decimal(22), Decimal(150))


@cache
def scale_words(locale: str) -> dict[str, int]:
    """The locale's words for powers of ten, as its numbers print them, and their powers:
    {'mln': 6, 'mld': 9, …}, {'million': 6, 'millions': 6, …}, {'万': 4, '亿': 8, …}."""
    fmt = Formatter(locale)
    words: dict[str, int] = {}
    for power in sorted(fmt.scales()):  # a word of two ('lakh crore') is its first's
        for count in _COUNTS:
            found = _NUMBER.search(fmt.number(count.scaleb(power)))
            if found and found.group(1) and fmt.scale_of(count.scaleb(power)) == power:
                words.setdefault(found.group(1), power)
    return words


def label_scale(text: str, locale: str) -> int | None:
    """The power of ten of the word after `text`'s first number (0: digits alone); None for a text
    without a number, or a share."""
    found = _NUMBER.search(text)
    if found is None or found.group(1) in ("%", "％"):
        return None
    after = found.group(1)  # a Chinese word runs into its unit: '万人'
    words = scale_words(locale)
    return next((words[w] for w in sorted(words, key=len, reverse=True) if after.startswith(w)), 0)


def mixed_scales(labels: Iterable[str], where: str, locale: str) -> list[str]:
    """One warning where a chart's value labels print its numbers at more than one scale."""
    if locale.split("_")[0] in MYRIAD_FORMS:
        return []
    by_scale: dict[int, str] = {}
    for label in labels:
        scale = label_scale(label, locale)
        if scale is not None:
            by_scale.setdefault(scale, label)
    if len(by_scale) < 2:
        return []
    shown = ", ".join(quoted(by_scale[s]) for s in sorted(by_scale))
    return [
        f"{where}: the chart's labels print its numbers at more than one scale ({shown}), which a "
        "reader compares as different kinds of number; give its figures values that print exactly "
        "at one scale (the largest's: '0.38 million' beside '2.43 million')"
    ]


def native_scales(shape: Any, where: str, locale: str) -> list[str]:
    """`mixed_scales` of a native chart (a graphic frame on a slide); not of one on a logarithmic
    axis, whose labels span scales by design."""
    if shape.chart._chartSpace.find(f".//{qn('c:logBase')}") is not None:
        return []
    return mixed_scales(_native_labels(shape.chart._chartSpace), f"{where}, chart {shape.name!r}", locale)


def _native_labels(space: etree._Element) -> list[str]:
    """A native chart's value labels: its data labels' texts, and a donut's legend entries after
    their name ('Online: 1,18 mln zł (49%)')."""
    labels = ["".join(t.text or "" for t in d.iter(qn("a:t"))) for d in space.iter(qn("c:dLbl"))]
    if space.find(f".//{qn('c:doughnutChart')}") is not None:
        for category in space.iter(qn("c:cat")):
            for value in category.iter(qn("c:v")):
                text = value.text or ""
                labels.append(re.split(r"[:：]", text)[-1] if re.search(r"[:：]", text) else "")
    return [label for label in labels if label.strip()]


def picture_scales(element: etree._Element, drawn: Sequence[Drawn], where: str, locale: str) -> list[str]:
    """`mixed_scales` of each chart picture under `element` (a slide's shapes, a briefing's body),
    known by its name ('Chart visitors') or its alt text, on the value labels its data gives."""
    warnings: list[str] = []
    for properties in element.iter(qn("p:cNvPr"), qn("wp:docPr")):
        holder = properties.getparent()
        picture = holder is not None and (
            holder.tag == qn("p:nvPicPr") or next(holder.iter(qn("pic:pic")), None) is not None
        )
        if not picture:
            continue  # a native chart's: its labels are text (`native_scales`)
        name, alt = properties.get("name", ""), properties.get("descr", "")
        chart = next((c for c in drawn if name.endswith(f" {c.chart_id}") or (alt and alt == c.alt)), None)
        if chart is not None:
            warnings += mixed_scales(chart.values, f"{where}, chart {quoted(name)}", locale)
    return warnings
