"""A chart whose every value is approximate says so once, not on each of its labels (review LL:
'約' eight times in one donut's legend, '日本：約1,620（約58%）' … 'その他のアジア：約230（約8%）';
'omkring' on every bar). Its labels print the numbers alone and the note under the chart (the
deck's slide: chart_note.py; the briefing: under its caption) says 'All values are approximate.'
in the chart's language: each number still reads with its qualifier, once for all of them.

Only where every value is 'about' and the language writes that word before the number ('about',
'約', 'omkring', 'etwa'); a chart of values with other bounds ('more than 500', 'nearly 2,300')
or of some exact values keeps each label's own words. The alt text keeps them too: it is made
before, and read one number at a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reportgen.data.chart_data import ChartData
from reportgen.data.formatting import Formatter
from reportgen.data.messages import N_
from reportgen.data.model import Qualifier

APPROXIMATE_VALUES = N_("All values are approximate.")
APPROXIMATE_SHARES = N_("All shares are approximate.")

#: What may stand between the qualifier and its number: a space of any width, a word joiner.
_GAP = "[ \u00a0\u202f\u2060]?"


def said_once(
    data: ChartData, qualifiers: Sequence[Qualifier], fmt: Formatter, parts: bool = False
) -> ChartData:
    """`data` with 'about' taken off each label and said in its note, where every value drawn
    (`qualifiers`: one a value) is 'about' and each label writes it; else, of a breakdown's parts
    ('31.500 (omkring 38 %)', their shares of an approximate whole), where each label's share
    writes it, taken off the shares (`parts`: the chart draws a breakdown's parts); else `data`
    as it is."""
    if data.series or not qualifiers:
        return data
    before, after = fmt.qualifier_around(Qualifier.about)
    word = before.strip()
    if not word or after.strip():
        return data  # a language that writes it after the number: left as it is
    said = re.escape(word) + _GAP + r"(?=\S)"
    # the word where a number's words start: the label's start, after a bracket or a space
    anywhere = re.compile(r"(?:^|(?<=[\s(（\[]))" + said)
    shares = re.compile(r"(?<=[(（])" + said)  # a share's, in its brackets after the amount
    drawn = [b.text for b in data.bars if not b.missing]  # a donut's rest too: its share alone

    def writes(pattern: re.Pattern[str]) -> bool:  # each value's label (a rest's may not)
        return sum(1 for text in drawn if pattern.search(text)) >= len(qualifiers)

    if all(q == Qualifier.about for q in qualifiers) and writes(anywhere):
        found, message = anywhere, APPROXIMATE_VALUES
    elif parts and len(qualifiers) > 1 and writes(shares):
        found, message = shares, APPROXIMATE_SHARES
    else:
        return data  # a label that does not write it: its words are not ours to change
    bars = tuple(replace(b, text=found.sub("", b.text)) for b in data.bars)
    note = fmt.typographic(fmt.gettext(message))
    deck_note = f"{data.deck_note}{fmt.punct.space}{note}" if data.deck_note else note
    return replace(data, bars=bars, notes=(*data.notes, note), deck_note=deck_note)
