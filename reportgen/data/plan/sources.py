"""The deck's sources: one line in its last slide's footer where they fit there (without addresses,
then without notes, where they are few), else a Sources slide."""

from __future__ import annotations

from dataclasses import replace

from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary, Source
from reportgen.data.plan.measure import ROW_CHARS, TEXT_ROWS, _rows, _width
from reportgen.data.plan.views import SectionView

#: A section slide's footer holds the deck's sources in up to three lines of 16 pt: about this
#: many narrow characters. One source or several: a Sources slide of the few lines that fit there
#: is a title over an empty slide (issue 19); longer ones keep their slide.
FOOTER_CHARS = 270
#: A Sources slide of at most this many rows of ROW_CHARS (two or three short sources) covers far
#: less than a quarter of its slide: where their whole line is too long for the footer, the
#: footer cites them without their addresses, then without their notes too (the briefing prints
#: both), rather than leave a slide of a few lines.
SPARSE_SOURCE_ROWS = 6
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


def _with_source_line(
    sections: tuple[SectionView, ...], line: str, room: int = FOOTER_CHARS
) -> tuple[tuple[SectionView, ...], bool]:
    """The deck's sources in the footer of its last slide, rather than a Sources slide of a few
    lines; (sections, False) when the deck has no section slide to carry them or the line is
    wider than `room` (or FOOTER_MOST_CHARS, on a last slide of text that leaves its foot empty)."""
    last = next((s.deck_pages[-1] for s in reversed(sections) if s.deck_pages), None)
    if last is not None and last.layout == "points" and _rows(last.headline, last.points) <= FOOTER_BODY_ROWS:
        room = max(room, FOOTER_MOST_CHARS)  # two lines more, up into the empty foot of its body
    if _width(line) > room:
        return sections, False
    marked = _marked_last(sections, {"source": line})
    return marked, marked != sections


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
