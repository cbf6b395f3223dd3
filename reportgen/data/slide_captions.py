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
from reportgen.data.plan.unnumbered_titles import named_words
from reportgen.data.titles import main_clause, unstopped

#: (a deck chart's category names, its values, the caption its slide prints)
SlideCaption = tuple[tuple[str, ...], tuple[float, ...], str]

#: (a deck chart's category names, its values, a clause of its caption that names some of them,
#: the words by which it names them)
NamedClause = tuple[tuple[str, ...], tuple[float, ...], str, tuple[str, ...]]

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


def _continued(caption: str, page: Any) -> bool:
    """Whether `page` is titled by `caption`'s main clause with no lead of it: the words after that
    clause only continue it, no sentence of their own, and list what the chart draws (WAIC's
    'More than 500 renowned guests' over its academicians' and Turing Prize winners' bars, 'among
    them …' in the notes): the plan's choice for a chart's slide (views.DeckPage `lead`)."""
    clause = main_clause(caption)
    return bool(clause) and unstopped(page.title_finding) == unstopped(clause)


def named_clauses(sections: Iterable[Any], charts: Mapping[str, ChartData]) -> list[NamedClause]:
    """Each clause naming a category of its chart of each caption that a page of the chart prints,
    whole or in part (a clause of it in its title or its lead): the plan cuts a number phrase
    ('con 48'), never a clause that names a category, a person or a winner ('Portugal y Francia
    encabezan la presencia extranjera', '美國210家居次': charts26, review YY2 #3), and the document
    check names a slide (a template's, an edited plan's) that prints its names nowhere
    (office/chart_captions.py `unnamed_clauses`)."""
    out = []
    for section in sections:
        for chart_id in section.deck_charts:
            data = charts.get(chart_id)
            if data is None or data.too_few:
                continue
            data = for_deck(data)
            pages = [p for p in section.deck_pages if p.chart == chart_id]
            clauses = [c.strip() for c in _CLAUSES.split(data.caption or "") if _core(c)]
            faces = [_core(" ".join((page.title_finding, page.lead))) for page in pages]
            if not any(_core(c) in face for c in clauses for face in faces):
                continue  # given way whole: the plan's choice, said in its notes
            if any(_continued(data.caption, page) for page in pages):
                continue  # its main clause, the phrase after it what the chart draws (views.DeckPage)
            bars = [b for b in data.bars if not b.missing]
            names = (*(b.label for b in bars), *(part.label for part in data.series))
            for clause in clauses:
                words = named_words(clause, names)
                if words:
                    out.append((tuple(b.label for b in bars), tuple(b.value for b in bars), clause, words))
    return out
