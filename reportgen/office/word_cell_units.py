"""A unit kept whole at a line end in a briefing's table cells: in any language an as-of label's
opening word with its date ('Besøgende i alt, pr.' / '20. september 2026', review KK), and in a
Korean briefing a run of words tied by no-break spaces ('2024년 11월 15일 오후 2시 기준' in the band
of headline figures).

LibreOffice ends a line on the as-of word and starts the next with its date; it keeps a Korean word
between plain spaces whole, but parts a run tied by no-break spaces at a tie or inside a word where
the run does not fit the rest of its line: the band's caption set '… 오후 2시' over '기준' (the PDF
check named it; powerpoint/url_lines.py has the deck's case, and measures both here). In a cell
whose layout is known (word_cells.py: a fixed width, every run sized), such a unit starts a line of
its own (`<w:br/>`) where it would not end on the line it starts on.
"""

from __future__ import annotations

from lxml import etree

from reportgen.office.powerpoint.url_lines import addresses_apart, as_of_spans
from reportgen.office.word_cells import break_before_each, measured_cell_texts


def keep_units_in_cells(body: etree._Element, tag: str) -> None:
    """A line break before each as-of label's opening word with its date's first word ('pr. 20.':
    url_lines.as_of_spans) of a table cell's paragraph, and each tied run of a Korean briefing's
    (`tag` 'ko'), that would not end on the line it starts on."""
    korean = tag.replace("_", "-").split("-")[0].lower() == "ko"
    for room, size, runs, text in measured_cell_texts(body):
        if korean or as_of_spans(text):
            break_before_each(runs, addresses_apart(text, room, size, korean=korean))
