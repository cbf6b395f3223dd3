"""A breakdown's whole printed where the deck's reader sees it (review CC: '境外选手612人', given in
the event file, was on no slide). A chart of the parts draws a bar for each part and none for the
whole, and the deck leaves out the whole's own line under that chart (the chart shows the figure):
where no tile and no text of the deck prints the whole either, the chart's title carries it, as a
donut's title does where its hole has no room ('Runners by country: 612 people'; in Chinese,
Japanese and Korean a bracketed whole, '境外选手来源国（共612人）': '境外选手来源国：612人' read
'source countries: 612 people', review II), its unit said once: a title's bracketed unit the total
carries gives way to it ('境外选手来源国（人）：612人' said 人 twice, review GG). A donut draws
its total; a share's whole of 100 % is no total (data/given_shares.py: the plan leaves none)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.chart_lines import legend_entry
from reportgen.data.inflection import language_of
from reportgen.data.plan.stated import _Figures, _written_in
from reportgen.data.plan.views import FigureView, SectionView


def titled_totals(
    charts: dict[str, ChartData],
    figures: dict[str, FigureView],
    deck_sections: Iterable[SectionView],
    tiles: frozenset[str],
    other_texts: Iterable[str],
    locale: str,
) -> dict[str, ChartData]:
    """`charts`, each deck chart of one breakdown whose whole (its `total_text`) no tile (`tiles`),
    slide text of `deck_sections` or other printed text of the deck (`other_texts`: the tiles'
    pages' titles and leads) prints with its `deck_title`: its title, then the whole."""
    printed = [*other_texts]
    for section in deck_sections:
        for page in section.deck_pages:
            printed += [page.headline, page.found, *page.points, *page.paras, *page.heads]
    out = {}
    for cid, chart in whole_titled(charts, locale).items():
        whole = figures.get(chart.figure_refs[0]) if len(chart.figure_refs) == 1 else None
        if (
            whole is None
            or not chart.total_text
            or chart.kind == "donut"  # its hole or its title draws the total already
            or chart.too_few
            or "deck" not in chart.documents
            or whole.ref in tiles
            or _written_in(_Figures((whole,)), printed, locale)
        ):
            out[cid] = chart
            continue
        out[cid] = replace(chart, deck_title=chart.whole_title)
    return out


def whole_titled(charts: dict[str, ChartData], locale: str) -> dict[str, ChartData]:
    """`charts`, each with a whole (its `total_text`) given its `whole_title`: its title, then the
    whole, as `total_title` writes them. A donut's title says its whole this way wherever it joins
    it (the deck's native donut; a picture whose hole has no room), so no renderer joins them by
    its own rule ('境外选手来源国：612人' read 'source countries: 612 people', review II)."""
    return {
        cid: replace(chart, whole_title=total_title(chart.title, chart.total_text, chart.pair, locale))
        if chart.total_text
        else chart
        for cid, chart in charts.items()
    }


#: How a language writes a title's whole as a bracket after it, where a colon would name the
#: title's parts by the whole ('境外选手来源国：612人' read 'source countries: 612 people', review
#: II); the other languages join it by their colon ('Runners by country: 612 people').
_BRACKETED = {"zh": "（共{total}）", "ja": "（計{total}）", "ko": " (총 {total})"}

#: A title's last bracket ('境外选手来源国（人）', 'Runners by country (people)'): what it counts in.
_LAST_BRACKET = re.compile(r"[ \u00a0]*[（(]([^（）()]+)[）)][ \u00a0]*$")


def total_title(title: str, total: str, pair: str, locale: str) -> str:
    """A chart's title, then its whole ('Aussteller nach Land: 1.240 Aussteller', bracketed in
    `locale`'s language where it says so: '境外选手来源国（共612人）'), the unit said once: a
    bracket at the title's end that names the unit the total prints with gives way to it
    ('境外选手来源国（共612人）', not '境外选手来源国（人）（共612人）'); any other bracket stays."""
    found = _LAST_BRACKET.search(title)
    if found and _unit_in(found.group(1), total):
        title = title[: found.start()]
    bracket = _BRACKETED.get(language_of(locale))
    if bracket and total:
        return title.rstrip() + bracket.format(total=total)
    return legend_entry(title, total, pair)


def _unit_in(unit: str, total: str) -> bool:
    """Whether `total` ('612人', '1.240 Aussteller', '12,5 M€') prints `unit` after its number."""
    said = unit.strip().replace("\u00a0", " ").casefold()
    number_free = re.sub(r"[\d.,\u00a0\u202f' ]+", " ", total.replace("\u2060", "")).casefold()
    return bool(said) and not any(c.isdigit() for c in said) and said in number_free.strip()
