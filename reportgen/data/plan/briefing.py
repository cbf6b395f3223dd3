"""The briefing's plan: the key-figures table under the band, each section's bullets, and the
quotes it prints under them or under its summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportgen.data import sentences
from reportgen.data.chart_data import ChartData
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.quotes import _echoes
from reportgen.data.plan.stated import _drawn_labels, _Figures, _in_briefing, _labelled_bars, _written_in
from reportgen.data.plan.views import FigureView, SectionView, _band_of_four


def _lone_lines(
    sections: dict[str, SectionView],
    figures: dict[str, FigureView],
    alone: Callable[[FigureView], FigureView],
) -> tuple[dict[str, SectionView], dict[str, FigureView]]:
    """(`sections`, `figures`) with the figure that is its section's only figure bullet, under its
    summary, worded as it reads alone (`alone`: `sentences.figure`'s `alone`): a number and its
    unit under a summary and a quote was the fragment '412 funciones' in the briefing and on its
    slide (review W); among other figures' lines it stays a phrase ('287 goals', '96 matches'),
    and so does a section's one line with no summary, which is its slide's message ('12,000
    visitors' over a chart). Among other figures' lines that are all sentences, a phrase is
    worded so too (review Y: '640 guests' after 'The live auction raised more than R2.15
    million.'); among phrases it stays one."""
    for sid, section in sections.items():
        lines = section.briefing_figures
        if len(lines) == 1 and section.summary:
            phrases = lines
        elif len(lines) > 1:
            phrases = tuple(f for f in lines if not _stopped(f.sentence))
            phrases = phrases if len(phrases) == 1 else ()  # the others all sentences
        else:
            phrases = ()
        for old in phrases:
            new = alone(old)
            if new.sentence == old.sentence:
                continue
            figures = {**figures, new.ref: new}
            section = replace(
                section,
                figures={k: new if v is old else v for k, v in section.figures.items()},
                figure_list=tuple(new if v is old else v for v in section.figure_list),
                briefing_figures=tuple(new if v is old else v for v in section.briefing_figures),
            )
            sections = {**sections, sid: section}
    return sections, figures


def _stopped(sentence: str) -> bool:
    """Whether a figure's line is a sentence: it ends with its stop ('… was up to R5 million.')."""
    return sentence.rstrip()[-1:] in ".!?。！？"


def _table_figures(
    key_figures: tuple[FigureView, ...], headline: tuple[FigureView, ...]
) -> tuple[FigureView, ...]:
    """The key figures the briefing's first page prints in its table, under the band: none where
    that would be one row the band cannot take as a fourth (a table of one row is no table: the
    wine fair's 'Visitantes en 2026 | 27.300'); that figure is then its section's bullet, as the
    section's other figures are."""
    table = tuple(f for f in key_figures if f not in headline)
    if len(table) == 1 and not (len(headline) == 3 and _band_of_four(headline + table)):
        return ()
    return table


def _first_page_quotes(
    section: SectionView,
    on_first_page: set[str],
    charts: list[ChartData],
    locale: str,
    told: tuple[set[str], tuple[FigureView, ...]] = (set(), ()),
    labelled: set[str] | None = None,
) -> tuple[str, ...]:
    """The refs of the section's figures the first page prints whose quote the section prints
    under its summary (their second printing): not where a chart labels the figure, a caption or the
    quote's credit (a source's title) states its amount too (a third printing), in whatever form
    ('12,400' for '1万2400', a chart's total), nor one that says another figure the first page and
    a chart print already ('44개국 1,120개 기업이 3,300개 부스를 꾸렸다' under a chart of the 3,300
    booths) or that a chart draws and captions (`told`: those refs, and every figure of the event),
    nor a fragment that cannot stand alone ('with a total investment of nearly …'). A credit that is a
    source's title naming the amount ('… oltre 8.500 visitatori …') is a citation, not a printing
    (as the document check counts it); and a quotation that says what the figure's sentence says
    is printed all the same: the section prints no such sentence for a first-page figure, so the
    quote is where the section states it. `labelled`: the section's figures another section's
    chart labels (a bar gives its label to a quote only on its own section's chart)."""
    quoted = [f for f in section.figure_list if f.quote]
    drawn = [c for c in charts if _in_briefing(c)]
    charted = (
        _labelled_bars(charts)
        | _written_in(section, [c.caption for c in charts if "briefing" in c.documents or c.too_few], locale)
        | _written_in(section, [t for c in drawn for t in _drawn_labels(c)], locale)
    )
    twice = charted & on_first_page | told[0]
    every = _Figures(told[1] or section.figure_list)
    elsewhere = (
        {f.ref for f in section.figure_list} - on_first_page
        | charted
        | (labelled or set())  # labelled on another section's chart (whose bar keeps its label)
        | {f.ref for f in quoted if f.quote and _written_in(every, [f.quote.text], locale) & twice - {f.ref}}
        | {f.ref for f in quoted if f.quote and f.quote.text[:1].islower()}
    )
    return _quoted(section, elsewhere, locale, echoes=False)


def _briefing_figures(
    section: SectionView,
    on_first_page: set[str],
    charted: set[str],
    parts_drawn: set[str] | None = None,
    noted: set[str] | None = None,
    worded: set[str] | None = None,
) -> tuple[FigureView, ...]:
    """The section's figures the briefing prints as bullets: not those its first page shows,
    unless a bullet adds their breakdown, or the words of their own sentence (`worded`:
    plan/sentence_words.py), which the first page does not print; not those its chart labels,
    unless a bullet adds their note, which the chart does not print (those `noted`, a labelled
    bar's, print their note under the chart's caption: `ChartData.notes`)."""
    return tuple(
        f
        for f in section.figure_list
        if (
            f.ref not in on_first_page
            or (f.parts and f.ref not in (parts_drawn or set()))
            or f.ref in (worded or set())
        )
        and (f.ref not in charted or (f.note and f.ref not in (noted or set())))
    )


def _quoted(section: SectionView, elsewhere: set[str], locale: str, echoes: bool = True) -> tuple[str, ...]:
    """The refs of the section's bullets the briefing prints with their quote under them: the
    figure is printed twice then (its bullet and the source's words), never a third time (not one
    the first page or a chart's caption prints too: the deck's notes keep its quote); a quote
    several figures share once, under the last of them; not one that only says the bullet again,
    nor one in another script than the edition's (an English sentence in the Chinese briefing)."""
    asian = sentences.language(locale) in ("zh", "ja", "ko")
    chosen = [
        f
        for f in section.figure_list
        if f.quote is not None
        and f.ref not in elsewhere
        and asian == any(phrases_cjk(c) or "\uac00" <= c <= "\ud7a3" for c in f.quote.text)
        and not (echoes and _echoes(f.quote.text, f.sentence))
    ]
    last = {f.quote.text: f.ref for f in chosen if f.quote is not None}
    return tuple(f.ref for f in chosen if f.quote is not None and last[f.quote.text] == f.ref)
