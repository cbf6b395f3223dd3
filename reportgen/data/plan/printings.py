"""How often the deck prints each figure as the plan places it, and whether a quotation that says
one goes on its slide (a figure is printed at most MOST_REPEATS times)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reportgen.data import facts
from reportgen.data.plan.measure import _body_rows
from reportgen.data.plan.views import FigureView, SectionView
from reportgen.data.views import QuoteView

#: The longest quotation a chart's slide sets as the lead under its title (narrow characters).
QUOTE_CHARS = 170
#: The most rows of body text a quotation takes under its speaker's line, measured as the slide
#: sets it (`fits_slide`): three rows fit beside the lines of its section's slide; a fixed cut of
#: 170 characters kept the rally winner's 179 and the minister's 184 in the notes while their
#: slides were half empty (review YY2 #2). A longer one took a slide of its own and left a
#: continuation of a line or two, or crowded a folded section's slide (the literary prize's jury
#: president, the Tainan festival): the notes keep it, with every quotation.
QUOTE_ROWS = 3


def fits_slide(text: str) -> bool:
    """Whether a quotation fits a slide under its speaker's line (`QUOTE_ROWS`), measured as the
    slide sets it: a Chinese, Japanese or Korean text by its own rows (measure.py `_body_rows`)."""
    return _body_rows("", (text,)) <= QUOTE_ROWS


#: A figure's amount is printed at most this often in one document: its best form, and once more
#: (issue 19 item 2). The document check (office/quality.py) holds the documents to the same number.
MOST_REPEATS = 2

#: (a figure's value, its qualifier, how often the deck prints it) for each figure of an event.
Printings = frozenset[tuple[float, str, int]]


def _printings(
    figures: dict[str, FigureView],
    sections: dict[str, SectionView],
    tiles: frozenset[str],
    charted: set[str],
    stated: set[str],
) -> Printings:
    """How often the deck prints each figure, counted as the plan places it (at most, not less): its
    tile, its chart's bar, the chart's caption that states it, its bullet (not where a chart draws
    it, unless the event file says 'bullet'; not a tile's, unless its section has a slide of its
    own); 'omit' none."""
    return frozenset(
        (f.value, f.qualifier, _deck_count(ref, f, sections, tiles, charted, stated))
        for ref, f in figures.items()
    )


def _deck_count(
    ref: str,
    f: FigureView,
    sections: dict[str, SectionView],
    tiles: frozenset[str],
    charted: set[str],
    stated: set[str],
) -> int:
    """How often the deck prints one figure as the plan places it (`_printings`)."""
    section = sections.get(ref.split(".", 1)[0])
    own = section.deck == "own-slide" if section is not None else True
    bullet = (ref not in charted or f.deck == "bullet") and (ref not in tiles or own)
    return 0 if f.deck == "omit" else int((ref in tiles) + (ref in charted) + (ref in stated) + bullet)


def _printed_twice(
    figures: dict[str, FigureView],
    sections: dict[str, SectionView],
    tiles: frozenset[str],
    charted: set[str],
    stated: set[str],
) -> frozenset[facts.Fact]:
    """The facts the deck prints twice already, counted as `_printings` counts, over all the
    figures that state each (data/facts.py): a title that states one would be its third (the wine
    fair's news is a tile and its trend's last bar: review O)."""
    counts: dict[facts.Fact, int] = {}
    for ref, f in figures.items():
        counts[facts.fact(f)] = counts.get(facts.fact(f), 0) + _deck_count(
            ref, f, sections, tiles, charted, stated
        )
    return frozenset(k for k, n in counts.items() if n >= MOST_REPEATS)


def _slide_quote(quote: QuoteView | None, said: Printings = frozenset()) -> bool:
    """Whether a person's quotation goes on their slide: one that says more than their line (not an
    echo), and that fits a slide (`fits_slide`). A number in it that is no figure's is what people say on
    stage ('Helix-9 brings …', a year, '5세트까지 …'); one that is a figure's value is its printing
    too: on the slide where it says the figure as the data does (its qualifier too: 'nearly') and
    the deck prints that figure fewer than MOST_REPEATS times otherwise, so that the quotation is
    its second printing at most; else in the speaker notes, with every quotation. A figure the
    data gives 'exactly' has no qualifier for the quotation to say: its number alone says it (the
    Andong chairman's '세계 17개국의 탈', the figure's tile its only other printing, was left in
    the notes while the slide had room: review KK)."""
    if quote is None or quote.echo or not fits_slide(quote.text):
        return False
    numbers = _numbers(quote.text)
    if not numbers:
        return True
    text = quote.text.casefold()
    return not any(
        (count >= MOST_REPEATS or (qualifier not in _EXACT and qualifier.casefold() not in text))
        and numbers & _scaled(frozenset({value}))
        for value, qualifier, count in said
    )


#: A figure's qualifier that says it is its number as printed: nothing for a quotation to repeat.
_EXACT = frozenset({"", "exactly"})


def slide_quotes(sections: Iterable[SectionView]) -> list[str]:
    """The quotations a slide can print under the line they go with (`_slide_quote` without the
    count of printings, which the document check makes on the deck itself): the people's and the
    launches' words that say more than their line and fit a slide under it (`fits_slide`;
    office/unsaid.py)."""
    quotes = [p.quote for s in sections for p in s.people] + [x.quote for s in sections for x in s.launches]
    return [q.text for q in quotes if q is not None and not q.echo and fits_slide(q.text)]


#: A number as a text writes it: digits, with group separators and a decimal part in any locale;
#: not one a name carries ('Helix-9', 'H100', 'COVID-19'), which counts nothing.
_NUMBER = re.compile(r"(?<![A-Za-z]-)(?<![A-Za-z\d.,])\d+(?:[.,\u00a0\u202f' ]\d{3})*(?:[.,]\d+)?")
#: The scales a text writes a figure's value in: as it is, in thousands, 万, millions, 亿, billions.
_SCALES = (1, 10**3, 10**4, 10**6, 10**8, 10**9, 10**12)


def _numbers(text: str) -> frozenset[float]:
    """The values the numbers of a text can be, each read with either decimal mark ('41.500' is
    41500 in Italian and 41.5 in English; both are candidates)."""
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        token = re.sub(r"[\u00a0\u202f' ]", "", match.group())
        for group, mark in ((",", "."), (".", ",")):
            try:
                found.add(round(float(token.replace(group, "").replace(mark, ".")), 6))
            except ValueError:
                continue
    return frozenset(found)


@lru_cache(maxsize=256)
def _scaled(values: frozenset[float]) -> frozenset[float]:
    """Each figure's value as a text may write it: as it is, or in one of `_SCALES` (1.6 for
    1,600,000,000 in '1.6 billion')."""
    return frozenset(round(v / scale, 6) for v in values for scale in _SCALES if v)
