"""The deck's sources: one line in its last slide's footer where they fit there (without addresses,
then without notes, where they are few), else in the footer of another slide of text with room at
its foot, else a Sources slide; and, in a deck of several sources, a slide of figures from one of
them citing it in its own footer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary, Source
from reportgen.data.plan.measure import ROW_CHARS, TEXT_ROWS, _rows, _width
from reportgen.data.plan.views import DeckPage, SectionView, leadless

#: A section slide's footer holds the deck's sources in up to three lines of 16 pt: about this
#: many narrow characters (the default deck sets them at 12 pt since round 21: in fewer lines).
#: One source or several: a Sources slide of the few lines that fit there is a title over an empty
#: slide (issue 19); longer ones keep their slide.
FOOTER_CHARS = 270
#: A Sources slide of at most this many rows of ROW_CHARS (two or three sources) is near-empty: two
#: of seven rows and three of eight covered 16 and 19 % of it in text, a title over a few lines
#: (review BB). Where their whole line is too long for the footer, the footer cites them without
#: their addresses, then without their notes too (the briefing prints both), rather than leave a
#: slide of a few lines.
SPARSE_SOURCE_ROWS = 9
#: Five lines of it (the source box grows up from the slide's foot) where the last slide is a
#: slide of text whose body leaves its foot empty: at most FOOTER_BODY_ROWS rows of text.
FOOTER_MOST_CHARS = 450
FOOTER_BODY_ROWS = TEXT_ROWS - 6
#: The footer under the last tiles holds one line of this many narrow characters.
GLANCE_FOOTER_CHARS = 90


def _source_line(summary: EventSummary, fmt: Formatter, cited: str = "note url") -> str:
    """'Source: “Title”, Publisher, 3 September 2022. Note. URL': the deck's one source as a line;
    'Sources: “A”, …; “B”, …' for several. `cited` names the parts after the date it gives."""
    p = fmt.punct
    said = [_source_text(source, fmt, cited) for source in summary.sources.values()]
    word = fmt.gettext("Source") if len(said) == 1 else fmt.gettext("Sources")
    # a source's own closing stop ('Closing release.') goes before a semicolon: never '.;' or '。；'
    return word + p.pair + p.semicolon.join([*(t.rstrip(".。．") for t in said[:-1]), *said[-1:]])


def _source_text(source: Source, fmt: Formatter, cited: str = "note url") -> str:
    """One source as the deck cites it: '“Title”, Publisher, 3 September 2022. Note. URL'."""
    p = fmt.punct
    parts = [fmt.quoted(source.title, "work"), source.publisher or ""]
    parts.append(fmt.date(source.published) if source.published else "")
    line = p.clause.join(t for t in parts if t)
    note = source.note if "note" in cited else ""
    url = source.url if "url" in cited else ""
    if note or url:  # as the briefing prints it: a stop, the note, the address
        line += p.stop
    if note:
        line += p.space + note
    return line + (f" {url}" if url else "")


def _sparse_sources(summary: EventSummary, fmt: Formatter) -> bool:
    """Whether the deck's Sources slide would hold at most SPARSE_SOURCE_ROWS rows of text."""
    rows = sum(-(-_width(_source_text(s, fmt)) // ROW_CHARS) for s in summary.sources.values())
    return rows <= SPARSE_SOURCE_ROWS


def _in_some_footer(
    sections: tuple[SectionView, ...], summary: EventSummary, fmt: Formatter
) -> tuple[tuple[SectionView, ...], bool]:
    """Where the last slide has no room for the deck's sources: the footer of the latest other
    slide of text whose body leaves its foot empty, their line whole, or (a few sources) without
    their addresses, then without their notes too."""
    cuts = ("note url", "note", "") if _sparse_sources(summary, fmt) else ("note url",)
    for cited in cuts:
        marked, done = _with_source_line(sections, _source_line(summary, fmt, cited), anywhere=True)
        if done:
            return marked, True
    return sections, False


def _with_source_line(
    sections: tuple[SectionView, ...], line: str, room: int = FOOTER_CHARS, anywhere: bool = False
) -> tuple[tuple[SectionView, ...], bool]:
    """The deck's sources in the footer of its last slide, rather than a Sources slide of a few
    lines; (sections, False) when the deck has no section slide to carry them or the line is
    wider than `room` (or FOOTER_MOST_CHARS, on a last slide of text that leaves its foot empty).
    `anywhere`: else in the footer of the latest slide of text whose body leaves its foot empty,
    where the last slide is a chart with no room at its foot: two sources had a near-empty slide
    of their own after a chart (review BB)."""
    pages = [(at, i) for at, s in enumerate(sections) for i in range(len(s.deck_pages))]
    if not pages:
        return sections, False
    last = _page(sections, pages[-1])  # a tall chart's slide over its lead has no footer's rows
    if not last._bare_foot and _width(line) <= max(room, _foot_room(last)):
        marked = _marked_last(sections, {"source": line})
        return marked, marked != sections
    for at, i in reversed(pages[:-1] if anywhere else []):
        page = _page(sections, (at, i))
        # a statement is set alone; after a tall chart over its lead (which has no footer), the
        # slide before it takes the footer the last slide would have (review II)
        room_here = room if last._bare_foot and not page._bare_foot else 0
        if not (page.pull if room_here else page.statement) and _width(line) <= max(
            room_here, _foot_room(page)
        ):
            marked = _marked_last(sections, {})  # its notes carry the notes on the figures
            carrying = marked[at].deck_pages
            page = replace(carrying[i], source=line)  # `last` stays on the deck's last page
            return (
                *marked[:at],
                replace(marked[at], deck_pages=(*carrying[:i], page, *carrying[i + 1 :])),
                *marked[at + 1 :],
            ), True
    if anywhere and last._bare_foot:  # no slide before it has room: its lead gives way (review AA)
        bare = leadless(last)
        if bare.headline != last.headline:
            unled = _marked_last(sections, {"headline": bare.headline, "_bare_foot": False})
            marked, done = _with_source_line(unled, line, room)
            return (marked, True) if done else (sections, False)
    return sections, False


def _page(sections: tuple[SectionView, ...], where: tuple[int, int]) -> DeckPage:
    return sections[where[0]].deck_pages[where[1]]


def _foot_room(page: DeckPage) -> int:
    """How many narrow characters of sources a page's footer holds where its body leaves its foot
    empty (a slide of text): FOOTER_MOST_CHARS; else 0."""
    if page.layout == "points" and _rows(page.headline, page.points) <= FOOTER_BODY_ROWS:
        return FOOTER_MOST_CHARS
    return 0


def _marked_last(sections: tuple[SectionView, ...], changes: dict[str, str]) -> tuple[SectionView, ...]:
    """The deck's last section slide marked `last` (its notes carry the notes on the figures,
    which a Sources slide carries otherwise), with `changes` made to it."""
    for at in range(len(sections) - 1, -1, -1):
        pages = sections[at].deck_pages
        if pages:
            page = replace(pages[-1], last=True, **changes)
            return (
                *sections[:at],
                replace(sections[at], deck_pages=(*pages[:-1], page)),
                *sections[at + 1 :],
            )
    return sections


def cited_pages(
    sections: tuple[SectionView, ...],
    charts: Mapping[str, ChartData],
    summary: EventSummary,
    fmt: Formatter,
) -> tuple[SectionView, ...]:
    """The deck's slides, each that prints figures from one source of a deck of several citing it
    in its footer ('Source: Cámara de Comercio de Bogotá'): the figures' quotations name their
    source, which the deck cited only in its last slide's footer (reviewers: 'sources only on the
    last slide'). Its publisher, else its title; the whole line stays with the deck's sources. No
    slide cites one where it prints a figure of another source or of none the file names, where
    it prints that source's words (their credit names it), where it carries the deck's sources,
    or where its body takes its foot (a chart the height of the slide)."""
    if len(summary.sources) < 2:
        return sections
    out = []
    for section in sections:
        pages = tuple(_cited(page, section, charts, summary, fmt) for page in section.deck_pages)
        out.append(replace(section, deck_pages=pages))
    return tuple(out)


def _cited(
    page: DeckPage,
    section: SectionView,
    charts: Mapping[str, ChartData],
    summary: EventSummary,
    fmt: Formatter,
) -> DeckPage:
    """`page` citing the one source of the figures it prints, where `cited_pages` says it does."""
    if page.source or page._bare_foot or page.layout not in ("points", "chart", "chart-and-points"):
        return page
    drawn = charts[page.chart].figure_refs if page.chart in charts else ()
    shown = [f for f in section.figure_list if f.sentence in page.points or f.ref in drawn]
    keys = {f.quote.source if f.quote is not None else None for f in shown}
    if len(keys) != 1 or None in keys:
        return page
    if any(f.quote is not None and fmt.quoted(f.quote.text) in p for f in shown for p in page.points):
        return page
    source = summary.sources.get(next(iter(keys)) or "")
    if source is None:
        return page
    return replace(page, cited=fmt.gettext("Source") + fmt.punct.pair + (source.publisher or source.title))
