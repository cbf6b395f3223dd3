"""Which figures a text or a chart states already: amounts written in captions, labels and
quotations, in whatever form a reader takes for them, and the charts that give way so that none
is printed a third time."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from reportgen.data import facts, number_words, written_numbers
from reportgen.data.chart_data import ChartData
from reportgen.data.model import EventSummary
from reportgen.data.plan.views import FigureView, SectionView


def _plain(text: str) -> str:
    """Text with its no-break spaces as plain ones, to find an amount in it."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _written_in(section: SectionView | _Figures, texts: list[str], locale: str) -> set[str]:
    """The section's figures a text of `texts` writes, in whatever form a reader takes for its
    amount ('… of the more than $48 billion committed' under a chart of its parts; '12,400' for
    '1万2400'): data/written_numbers.py, which the document check reads the documents with; and
    as its amount is printed, however short ('25' in '17 of the 25 signed projects')."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return set()
    found = {f.ref for f in section.figure_list if _plain(f.amount_text) in _plain(joined)}  # '25' too
    for f in section.figure_list:
        percent = (f.unit or "").strip() in ("%", "％")
        values = written_numbers.figure_values(f.amount_text + ("%" if percent else ""), f.value, locale)
        if values is not None and written_numbers.says(_plain(joined), values, percent, locale):
            found.add(f.ref)
    return found


def parts_said(section: SectionView, texts: list[str], locale: str) -> set[str]:
    """The section's figures of a breakdown every part of which `texts` write, in whatever form a
    reader takes for its amount (the Harbourside sentence printed in place of a chart too small to
    draw, 'More than 700 domestic exhibitors and more than 500 international exhibitors.'): a
    bullet listing those parts again in the same section states the split twice."""
    joined = _plain("\n".join(t for t in texts if t))
    if not joined:
        return set()

    def written(text: str, value: float) -> bool:
        values = written_numbers.figure_values(text, value, locale)
        return values is not None and written_numbers.says(joined, values, "%" in text, locale)

    return {f.ref for f in section.figure_list if f.parts and all(written(p.text, p.value) for p in f.parts)}


def _told_by_briefing_charts(
    charts: dict[str, ChartData], figures: dict[str, FigureView], locale: str
) -> set[str]:
    """The figures a briefing chart prints twice: drawn with their amount (a bar's value label,
    the chart's total) and stated by its caption, in whatever form either writes it."""
    told: set[str] = set()
    for chart in charts.values():
        if not _in_briefing(chart) or not chart.caption:
            continue
        drawn = {ref: figures[ref] for ref in chart.figure_refs if ref in figures}
        view = _Figures(tuple(drawn.values()))
        told |= _written_in(view, list(_drawn_labels(chart)), locale) & _written_in(
            view, [chart.caption], locale
        )
    return told


@dataclass(frozen=True)
class _Figures:
    """Figures to look for in texts (`_written_in` reads a section's `figure_list`)."""

    figure_list: tuple[FigureView, ...]


def _drawn_labels(chart: ChartData) -> tuple[str, ...]:
    """What a chart picture prints of its numbers (charts/draw.py): its value labels, and its
    total where it draws one (a donut's, in its hole or its title)."""
    total = (chart.total_text,) if chart.kind == "donut" else ()
    return (*(b.text for b in chart.bars), *(t for s in chart.series for t in s.texts), *total)


def counted_labels(chart: ChartData) -> tuple[str, ...]:
    """What of a chart picture's labels counts as a printing of its figures (the plan's and the
    check's MOST_REPEATS; office/repeats.py): not the value labels of a bar chart whose every bar is
    labelled, a picture read with its own labels (reviews VV1 A, VV3 NEW-1, VV4 N1, WW1 #1: the
    news's bar left bare so that its number printed 'at most twice' read as a broken build); a
    chart that skips a bar's label, a stacked or grouped chart's parts and a donut's slices and
    total count as they print (`_drawn_labels`)."""
    bars = [b for b in chart.bars if not b.missing]
    if chart.kind != "donut" and not chart.series and bars and all(b.text for b in bars):
        return ()
    return _drawn_labels(chart)


def _twins_of_shown(
    drawn: list[ChartData], figures: dict[str, FigureView], shown: tuple[FigureView, ...]
) -> _Figures:
    """The figures `drawn` charts draw that state the fact of a `shown` figure (the band's and the
    first tiles') under another name, or the news itself (`headline: true`)."""
    news = {facts.fact(f): f.ref for f in shown}
    return _Figures(
        tuple(
            figures[ref]
            for chart in drawn
            for ref in chart.figure_refs
            if ref in figures and (news.get(facts.fact(figures[ref]), ref) != ref or figures[ref].headline)
        )
    )


def adds_figures(caption: str, shown: Iterable[FigureView], locale: str) -> bool:
    """Whether a caption writes a number that is none of `shown`'s (another year's value, a
    percentage, a ratio in digits): it states a comparison or a change, a finding of its own, not
    a third printing of theirs ('今年觀眾人次約38.5萬，較去年的約46.8萬減少約18%' under a trend whose
    2026 bar is the news: the fall of 18 % is printed nowhere else; review WW1 #2). Years and
    dates are no such number (`Written.counts`)."""
    known = [
        (values, (f.unit or "").strip() in ("%", "％"))
        for f in shown
        if (values := written_numbers.figure_values(f.amount_text, f.value, locale)) is not None
    ]
    return any(
        w.counts
        and not any(
            w.percent == percent and any(written_numbers.key(v) in values for v in w.values)
            for values, percent in known
        )
        for w in written_numbers.read(_plain(caption), locale)
    )


def _captions_giving_way(
    charts: dict[str, ChartData], figures: dict[str, FigureView], shown: tuple[FigureView, ...], locale: str
) -> dict[str, ChartData]:
    """The charts whose caption gives way to their title: those that draw, labelled with its
    amount, a figure stating the same fact (data/facts.py) as one of the `shown` figures (the
    band's and the first tiles') under another name, or the news itself (`headline: true`, which
    the first page and the tiles print whatever charts it), and whose caption states that amount
    too: the first page, the bar and the caption would print it three times. (Another shown figure
    a chart draws and captions is the chart's: the band and the tiles leave it out.) The wine
    fair's 'El negocio pasó de unos 26 millones de euros en 2024 a más de 42,5 millones en 2026'
    under a trend whose last bar is the news printed the news a third time in each document; the
    chart's bars say what the caption said (the deck's slide takes the text about the chart as its
    title then: 'El negocio ha crecido un 63,5 % en tres ediciones')."""
    out = {}
    for cid, chart in charts.items():
        twins = _twins_of_shown([chart], figures, shown)
        gives_way = (
            bool(twins.figure_list)
            and not chart.too_few
            and chart.caption != chart.title
            and _written_in(twins, list(_drawn_labels(chart)), locale)
            & _written_in(twins, [chart.caption], locale)
        )
        out[cid] = (
            replace(
                chart,
                caption=chart.title,
                spoken=chart.caption,
                reason=reason_of(chart.caption),
                finding_tail=finding_tail(chart.caption, twins.figure_list, locale),
            )
            if gives_way
            else chart
        )
    return out


#: Where a sentence's clauses meet: a comma, semicolon or colon before a space, their full-width
#: forms and the ideographic comma, a dash between spaces.
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)\s*|[，；：、]\s*|\s[–—]\s+")
#: A reason shorter than this many characters ('a record') says too little alone under a chart.
MIN_REASON_CHARS = 6


def reason_of(caption: str) -> str:
    """The caption's last clauses that write no number, as a sentence of their own ('Liczba
    wystawców wzrosła z 980 do 1240, głównie dzięki meblom tapicerowanym …' -> 'Głównie dzięki
    meblom tapicerowanym …'), the longest such; '' where there are none. A caption that gives way
    states a figure a third time, but what it says of why is said nowhere else (review U)."""
    for found in _CLAUSE_BREAK.finditer(caption):
        tail = caption[found.end() :].strip()
        if len(tail) >= MIN_REASON_CHARS and not number_words.numbers(tail):
            return tail[0].upper() + tail[1:]
    return ""


def finding_tail(caption: str, repeated: Iterable[FigureView], locale: str) -> str:
    """The caption's last clauses that state a comparison or a change of their own (`adds_figures`:
    another year's value, a percentage) and write none of the `repeated` figures' amounts, as a
    sentence, the longest such; '' where there are none. A caption that gives way prints the news
    a third time, but the size of a change it states is said nowhere else: the deck's slide prints
    it as its lead ('今年觀眾人次約38.5萬，較去年的約46.8萬減少約18%' -> '較去年的約46.8萬減少約18%',
    review WW1 #2)."""
    shown = _Figures(tuple(repeated))
    for found in _CLAUSE_BREAK.finditer(caption):
        tail = caption[found.end() :].strip()
        if (
            len(tail) >= MIN_REASON_CHARS
            and adds_figures(tail, shown.figure_list, locale)
            and not _written_in(shown, [tail], locale)
        ):
            return tail[0].upper() + tail[1:]
    return ""


def _summaries_giving_way(
    sections: dict[str, SectionView],
    charts: dict[str, ChartData],
    placed: dict[str, list[str]],
    figures: dict[str, FigureView],
    shown: tuple[FigureView, ...],
    locale: str,
) -> dict[str, SectionView]:
    """The sections whose summary gives way to their chart, as a caption does
    (`_captions_giving_way`): one whose chart draws, labelled with its amount, a figure stating the
    fact of one the first page and the tiles print (or the news), and whose summary states that
    amount too: the first page, the bar and the summary would print it three times (review U: '参赛
    人数从2021年的1.2万人增长到2026年的3.2万人。' over a trend whose last bar is the news, 3.2万). The
    chart says what the summary said; its finding is the slide's title and the caption."""
    out = dict(sections)
    for sid, section in sections.items():
        if not section.summary:
            continue
        drawn = [charts[c] for c in placed.get(sid, ()) if not charts[c].too_few]
        twins = _twins_of_shown(drawn, figures, shown)
        if not twins.figure_list:
            continue
        labels = [label for chart in drawn for label in _drawn_labels(chart)]
        if _written_in(twins, labels, locale) & _written_in(twins, [section.summary], locale):
            out[sid] = replace(section, summary=None)
    return out


def _findings_unsaid(charts: dict[str, ChartData], summary: EventSummary) -> dict[str, ChartData]:
    """The charts whose data's finding (`found`) states no number a summary or a caption of the
    event file writes: one that does would print it a third time (that text, the bar, the title),
    and the event file's words say it already; those keep their topic title."""
    texts = (
        summary.event.summary or "",
        *(s.summary or "" for s in summary.sections.values()),
        *(c.caption or "" for c in summary.charts.values()),
    )
    written = frozenset().union(*(number_words.numbers(t) for t in texts)) - {1.0}
    return {
        cid: replace(c, found="", found_times=0) if c.found and _numbers(c) & written else c
        for cid, c in charts.items()
    }


def _numbers(chart: ChartData) -> frozenset[float]:
    """The numbers a chart's finding writes, but for the multiple of a rise ('tre gånger'): a
    ratio, not the 'tre dagar' of a summary."""
    return number_words.numbers(chart.found) - {float(chart.found_times)}


def _in_briefing(chart: ChartData) -> bool:
    return "briefing" in chart.documents and not chart.too_few


def _stated_by_deck_charts(charts: dict[str, ChartData], figures: dict[str, FigureView]) -> set[str]:
    """The figures a deck chart draws whose amount its caption (the slide's headline) also prints."""
    return _stated(charts, figures, lambda c: "deck" in c.documents)


def _stated(
    charts: dict[str, ChartData], figures: dict[str, FigureView], which: Callable[[ChartData], bool]
) -> set[str]:
    """The figures drawn by the charts `which` picks whose amount the chart's caption prints."""

    return {
        ref
        for c in charts.values()
        if which(c)
        for ref in c.figure_refs
        if _plain(figures[ref].amount_text) in _plain(c.caption)
    }


def _labelled_bars(charts: Iterable[ChartData], document: str = "briefing") -> set[str]:
    """The figures the `document`'s charts among `charts` draw as bars labelled with their amounts
    (not a stacked chart's totals, a donut's whole or a two-value chart's sentence): a bullet
    under the chart, or a tile before it, would print each again ('12 bullets, then a chart of the
    same 12 numbers')."""
    return {
        ref
        for c in charts
        if document in c.documents
        and not c.too_few
        and not c.series
        and sum(not b.missing for b in c.bars) == len(c.figure_refs)  # a year left out: no figure
        for ref in c.figure_refs
    }


def _of_key_charts(refs: set[str], charts: dict[str, ChartData], figures: dict[str, FigureView]) -> set[str]:
    """The figures of `refs` that a chart draws beside another key figure: tiles of them, then the
    chart, read as the same slide twice (the fair's four livestock counts). A chart's only key
    figure (a trend's latest year among years that are not: review Y's '약 2만 1400명') is not."""
    return {
        ref
        for c in charts.values()
        if sum(1 for r in c.figure_refs if r in figures and figures[r].key) > 1
        for ref in c.figure_refs
        if ref in refs
    }


def summary_states(summary: str | None, figures: tuple[FigureView, ...], locale: str) -> frozenset[str]:
    """The refs of a section's figures whose amount its `summary` writes and whose line would say
    nothing more: no key figure (a tile's), no quote, note, parts or `sentence:` of its own. The
    summary 'Das Ticket kostete wie im Vorjahr 19 Euro …' then a bullet 'Der Preis des
    Kombitickets belief sich auf 19 Euro.' says one fact twice, three lines apart (self-review r25)."""
    if not summary:
        return frozenset()
    plain = tuple(
        f for f in figures if not (f.key or f.headline or f.quote or f.note or f.parts or f.own_sentence)
    )
    return frozenset(_written_in(_Figures(plain), [summary], locale)) if plain else frozenset()
