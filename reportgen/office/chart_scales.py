"""The document check's look at a chart's labels: a number that counts a fraction of its scale
word ('$0.55 billion' beside '$1.1 billion', 'about €0.82 million', '0,38 mln zł', '0.7亿'), which
no office writes: it writes '$550 million', 'about €820,000' (reviews UU1 C and UU4 H of round 23).
The plan prints a chart's labels at one scale only where every number counts one or more of its
word, else each at its own (data/chart_scale.py); a template's own chart, or a plan that forces a
scale, is named here. Labels at several scales ('$550 million' beside '$1.1 billion') are a
newsroom's norm: not named. Each label's scale is the word after its first number, among the
locale's words for powers of ten as the formatter prints them; a share ('49 %') has none."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

from lxml import etree

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


def fractional_scales(labels: Iterable[str], where: str, locale: str) -> list[str]:
    """One warning where a chart's value labels count a fraction of a scale word ('0,38 mln zł')."""
    fractions = [label for label in labels if _fraction_of_word(label, locale)]
    if not fractions:
        return []
    shown = ", ".join(quoted(label) for label in fractions[:3])
    return [
        f"{where}: the chart's labels count a fraction of a scale word ({shown}), which no office "
        "writes; print each number at its own scale ('550 million' beside '1.1 billion', '820,000')"
    ]


def _fraction_of_word(text: str, locale: str) -> bool:
    """Whether `text`'s first number is under one of the scale word after it ('0.55 billion')."""
    found = _NUMBER.search(text)
    if found is None or not label_scale(text, locale):
        return False
    number = found.group(0)[: found.start(1) - found.start(0)].strip()
    return unicodedata.digit(number[0], None) == 0 and len(number) > 1 and not number[1].isdigit()


def native_scales(shape: Any, where: str, locale: str) -> list[str]:
    """`fractional_scales` of a native chart (a graphic frame on a slide); not of one on a logarithmic
    axis, whose labels span scales by design."""
    if shape.chart._chartSpace.find(f".//{qn('c:logBase')}") is not None:
        return []
    labels = _native_labels(shape.chart._chartSpace)
    return fractional_scales(labels, f"{where}, chart {shape.name!r}", locale)


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
    """`fractional_scales` of each chart picture under `element` (a slide's shapes, a briefing's body),
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
            warnings += fractional_scales(chart.values, f"{where}, chart {quoted(name)}", locale)
    return warnings
