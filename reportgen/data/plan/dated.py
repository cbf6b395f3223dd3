"""A figure's as-of goes where the figure goes, and is printed once a document (review GG: the
game showcase's '2026年6月15日12:00時点' was on its one tile; with the tile gone, its figure
printed on the chart's slide, the deck had the as-of in the chart's alt text only, and the
briefing printed it twice, under the band and under the chart).

The deck: a tile prints its figure's as-of, and so does a figure's sentence (data/sentences.py);
a charted figure whose as-of no tile nor text of the deck prints takes it to its chart's slide,
in the slide's foot, before the deck's source where that is there too (the chart is moved clear
of it: office/powerpoint/foot_room.py). The briefing: the band and the key-figures table print
their figures' as-of; a chart's note does not say it again."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.data.seen_text import as_seen


def dated_note(figure: FigureView, fmt: Formatter) -> str:
    """'総視聴回数：2026年6月15日12:00時点': a figure's as-of as a chart's note states it."""
    return fmt.typographic(f"{figure.label}{fmt.punct.pair}{figure.as_of_text}")


def seen(text: str) -> str:
    """A text as a reader finds words in it: without word joiners, its spaces plain, any case."""
    return " ".join(as_seen(text).split()).casefold()


def undated_charts(
    charts: Mapping[str, ChartData], printed: Iterable[FigureView], fmt: Formatter
) -> dict[str, ChartData]:
    """The briefing's charts without the as-of notes of figures it prints with their as-of
    elsewhere (`printed`: the band's and the key-figures table's)."""
    said = {dated_note(f, fmt) for f in printed if f.as_of_text}
    return {c: replace(d, notes=tuple(n for n in d.notes if n not in said)) for c, d in charts.items()}


def dated_pages(
    sections: tuple[SectionView, ...],
    charts: Mapping[str, ChartData],
    figures: Mapping[str, FigureView],
    tiles: Iterable[FigureView],
    texts: Iterable[str],
    fmt: Formatter,
) -> tuple[SectionView, ...]:
    """The deck's sections, each chart's slide carrying in its foot the as-of of the figures its
    chart draws whose as-of no tile (`tiles`), text of the deck (`texts`: the glance's titles and
    leads; its pages' own are read here) nor earlier chart's slide prints."""
    said = {f.ref for f in tiles}
    printed = [seen(t) for t in texts if t]
    printed += [seen(t) for s in sections for p in s.deck_pages for t in (p.headline, *p.points) if t]
    out = []
    for section in sections:
        pages = []
        for page in section.deck_pages:
            chart = charts.get(page.chart) if page.chart else None
            notes = []
            for ref in chart.figure_refs if chart else ():
                fig = figures.get(ref)
                if fig is None or not fig.as_of_text or ref in said:
                    continue
                said.add(ref)
                if not any(seen(fig.as_of_text) in t for t in printed):
                    notes.append(dated_note(fig, fmt))
            if notes:
                p = fmt.punct
                foot = p.semicolon.join(notes)
                page = replace(page, source=f"{foot}{p.stop}{p.space}{page.source}" if page.source else foot)
            pages.append(page)
        out.append(replace(section, deck_pages=tuple(pages)))
    return tuple(out)
