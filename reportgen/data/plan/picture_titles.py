"""A briefing's chart drawn without its title where the heading right above it says it (review II:
the ja showcase's heading '視聴回数の推移' over a picture titled '視聴回数の推移'): of two titles
that repeat (data/kicker_words.py: the same words, or the same years), the heading stays, as the
section's name; a chart's title that says more than its heading ('Sections of the programme' under
'Programme') is kept, and so is one whose bracket the heading lacks: '프로그램별 관람객 (연인원)'
under '프로그램별 관람객' (review JJ) says what is counted, person-visits, which no bar prints (the
plan has already dropped a bracket of the unit the bars print: '（万回）'). The deck draws its
title as before."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.kicker_words import repeats_title
from reportgen.data.plan.views import SectionView

#: A bracket at a title's end ('(연인원)', '（万回）'), and the words inside it.
_BRACKET = re.compile(r"[（(]([^（）()]*)[）)]\s*$")


def untitled_pictures(charts: dict[str, ChartData], sections: Iterable[SectionView]) -> dict[str, ChartData]:
    """`charts`, each a section's briefing chart whose title says what its section's heading
    (the section's title) says marked `briefing_untitled`."""
    repeated = {
        cid
        for section in sections
        for cid in section.briefing_charts
        if cid in charts
        and repeats_title(section.title, (), (charts[cid].title,))
        and not _bracket_news(charts[cid].title, section.title)
    }
    return {
        cid: replace(chart, briefing_untitled=True) if cid in repeated else chart
        for cid, chart in charts.items()
    }


#: A bracket that only spans years ('(2022~2026년)', '（2019–2026年）', '(2022-2026)'): the bars of
#: a chart of years print them, so it is no news under a heading that lacks it (review QQ1).
_YEARS = re.compile(r"^\s*\d{4}\s*[年년]?\s*(?:[-–—~〜～至到]\s*\d{4}\s*[年년]?)?\s*$")


def _bracket_news(title: str, heading: str) -> bool:
    """Whether `title` ends in a bracket whose words `heading` does not say, other than its years."""
    bracket = _BRACKET.search(title)
    if bracket and _YEARS.match(bracket.group(1)):
        return False
    words = bracket.group(1).split() if bracket else []
    return any(word not in heading for word in words)
