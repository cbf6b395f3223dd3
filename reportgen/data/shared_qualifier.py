"""A chart whose every value is approximate says so once, not on each of its labels (review LL:
'約' eight times in one donut's legend, '日本：約1,620（約58%）' … 'その他のアジア：約230（約8%）';
'omkring' on every bar). Its labels print the numbers alone and the note under the chart (the
deck's slide: chart_note.py; the briefing: under its caption) says 'All values are approximate.'
in the chart's language: each number still reads with its qualifier, once for all of them.

So for every bound a qualifier gives (round 19: 'more than' on each of a donut's four parts):
where every value is 'more than', 'at least', 'nearly' or 'up to' its number, the note says that
once ('All values are more than the numbers shown.', 'Alle Werte liegen über den angegebenen
Zahlen.'), and each label prints its number alone.

Only where every value has the same qualifier and each label writes it, before the number
('about', '約', 'omkring', 'mehr als', '超过') or after it ('以上', ' 이상'); a chart of mixed
qualifiers ('more than 500', 'nearly 2,300') or of some exact values keeps each label's own words,
and so does one whose qualifier takes the number's case ending (Turkish '9.000’den fazla'). The alt
text keeps them too: it is made before, and read one number at a time.
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
#: The note for a chart whose every value has the same qualifier, by that qualifier.
SHARED_NOTES: dict[Qualifier, str] = {
    Qualifier.about: APPROXIMATE_VALUES,
    Qualifier.more_than: N_("All values are more than the numbers shown."),
    Qualifier.at_least: N_("All values are at least the numbers shown."),
    Qualifier.nearly: N_("All values are just under the numbers shown."),
    Qualifier.up_to: N_("All values are at most the numbers shown."),
}

#: What may stand between the qualifier and its number: a space of any width, a word joiner.
_GAP = "[ \u00a0\u202f\u2060]?"
#: What stands between a qualifier's words: a space of any width ('more\u00a0than').
_SPACES = "[ \u00a0\u202f]+"
#: Where a number's words start: the label's start, after a bracket or a space.
_STARTS = r"(?:^|(?<=[\s(（\[]))"


def said_once(
    data: ChartData, qualifiers: Sequence[Qualifier], fmt: Formatter, parts: bool = False
) -> ChartData:
    """`data` with the qualifier every value drawn has (`qualifiers`: one a value) taken off each
    label and said in its note (`SHARED_NOTES`), where each label writes it; then, of a
    breakdown's parts ('31.500 (omkring 38 %)', their shares of an approximate whole), where each
    label's share writes 'about', that taken off the shares and said in a note of its own
    (`parts`: the chart draws a breakdown's parts); a label that does not write it is left as it
    is: its words are not ours to change."""
    if data.series or not qualifiers:
        return data
    shared = qualifiers[0] if all(q == qualifiers[0] for q in qualifiers) else None
    if shared in SHARED_NOTES:
        data = _said_in_note(data, len(qualifiers), _written(shared, fmt, _STARTS), SHARED_NOTES[shared], fmt)
    if parts and len(qualifiers) > 1:
        data = _said_in_note(
            data, len(qualifiers), _written(Qualifier.about, fmt, "(?<=[(（])"), APPROXIMATE_SHARES, fmt
        )
    return data


def _said_in_note(
    data: ChartData, values: int, found: re.Pattern[str] | None, message: str, fmt: Formatter
) -> ChartData:
    """`data` with `found` taken off each label and `message` its note, where the labels of all
    its `values` write it (a donut's rest may not); else `data` as it is."""
    drawn = [b.text for b in data.bars if not b.missing]  # a donut's rest too: its share alone
    if found is None or sum(1 for text in drawn if found.search(text)) < values:
        return data
    bars = tuple(replace(b, text=found.sub("", b.text)) for b in data.bars)
    note = fmt.typographic(fmt.gettext(message))
    deck_note = f"{data.deck_note}{fmt.punct.space}{note}" if data.deck_note else note
    return replace(data, bars=bars, notes=(*data.notes, note), deck_note=deck_note)


def _written(qualifier: Qualifier, fmt: Formatter, where: str) -> re.Pattern[str] | None:
    """The qualifier's words as a label writes them: before its number, `where` a number's words
    start (the label's start, after a bracket or a space), a space of any width between its words
    ('more\u00a0than\u00a0500'); or after it, where the number's words end ('950以上', '950 이상');
    None for words whose form the number decides (a Turkish case ending, '9.000’den fazla')."""
    before, after = fmt.qualifier_around(qualifier)
    words, later = before.split(), after.split()
    if words and not later:
        return re.compile(where + _SPACES.join(map(re.escape, words)) + _GAP + r"(?=\S)")
    if later and not words and not later[0].startswith("-"):
        return re.compile(r"(?<=\S)" + _GAP + _SPACES.join(map(re.escape, later)) + r"(?=$|[\s)）])")
    return None
