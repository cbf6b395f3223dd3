"""The captions the deck's chart slides print: each deck chart's caption that states a finding
and that the plan prints on its slide's face (its title, its lead), as the deck keeps it
(data/chart_data.py `for_deck`), with the chart's category names and values, by which the
document check finds its slide (office/chart_captions.py): a template without a lead, or a
restyled title, must not leave it in the notes only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from reportgen.data.chart_data import ChartData, for_deck
from reportgen.data.plan.deck_pages import states_finding
from reportgen.data.titles import unstopped

#: (a deck chart's category names, its values, the caption its slide prints)
SlideCaption = tuple[tuple[str, ...], tuple[float, ...], str]

#: Where a caption may be cut into a title and a lead: a clause's end.
_CLAUSES = re.compile(r"[.;:,!?。；：，、！？]")


def _core(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _planned(caption: str, pages: Iterable[Any]) -> bool:
    """Whether a page of the chart prints every clause of `caption` in its title or its lead."""
    clauses = [c for c in map(_core, _CLAUSES.split(caption)) if c]
    faces = [_core(" ".join((page.title_finding, page.lead))) for page in pages]
    return bool(clauses) and any(all(c in face for c in clauses) for face in faces)


def slide_captions(sections: Iterable[Any], charts: Mapping[str, ChartData]) -> list[SlideCaption]:
    """Each chart of `sections` (the plan's deck SectionViews) whose caption is no repeat of its
    title, states a finding and is on its slide as the plan sets it (`_planned`)."""
    out = []
    for section in sections:
        for chart_id in section.deck_charts:
            data = charts.get(chart_id)
            if data is None or data.too_few:
                continue
            data = for_deck(data)
            caption = data.caption
            pages = [p for p in section.deck_pages if p.chart == chart_id]
            if (
                caption
                and unstopped(caption) != unstopped(data.title)
                and states_finding(caption, data)
                and _planned(caption, pages)
            ):
                bars = [b for b in data.bars if not b.missing]
                out.append((tuple(b.label for b in bars), tuple(b.value for b in bars), caption))
    return out
