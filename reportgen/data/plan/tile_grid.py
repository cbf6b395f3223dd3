"""How many key-figure tiles one slide holds: eight short ones in two rows of four, else six.

Eight key figures of short numbers and labels took two slides of four tiles, each half empty, the
second titled '… at a glance (continued)' (review LL: Limerick, numbers of at most seven
characters, labels of at most 32). The default deck sets seven and eight tiles in two rows of four
(scripts/make_templates.py: 4 + 3, 4 + 4), each tile about 2.8 in wide: a number of NUMBER_CHARS
digits at the grid's 36 pt, a unit or currency line of LINE_CHARS at 20 pt, a label of
two lines of LABEL_LINE_CHARS at 14 pt and no word of a label wider than one such line. Tiles
that all fit so share a page up to WIDE_PAGE; any longer one keeps the rows of three and
TILES_PER_SLIDE (plan/measure.py), where its tile is a third of the slide wide.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportgen.data.phrases import is_cjk
from reportgen.data.plan.measure import TILES_PER_SLIDE, _width
from reportgen.data.plan.sentence_tail import label_reads_on
from reportgen.data.plan.views import FigureView
from reportgen.data.typography import tile_counter

#: Short tiles a slide holds: two rows of four.
WIDE_PAGE = 8
#: A tile's number line (the amount with its unit symbol or counter) in a row of four, at 36 pt
#: bold: about nine digits ('€410', '40,000', '4.2萬人次'), a wide letter WIDE_DIGITS of them.
NUMBER_CHARS = 9
WIDE_DIGITS = 5 / 3
#: Its qualifier, unit or currency line (18-20 pt) and each of its label's lines (14 pt), in narrow
#: characters (a wide one two).
LINE_CHARS = 18
LABEL_LINE_CHARS = 26
LABEL_LINES = 2
#: The lines under its label a tile's own sentence's words take (plan/tile_details.py).
DETAIL_LINES = 3


def number_width(figure: FigureView) -> float:
    """A tile's number line (the amount with its unit symbol, or its counter tied to it: '612支')
    in digits: a Chinese, Japanese or Korean letter is about WIDE_DIGITS of them in a bold face."""
    return sum(WIDE_DIGITS if _width(c) == 2 else 1 for c in _line(figure))


def _line(figure: FigureView) -> str:
    """A tile's number line as the default deck sets it."""
    if figure.unit_symbol:
        return f"{figure.amount_head} {figure.unit_symbol}"
    return figure.amount_head + (figure.unit_text if _counted(figure) else "")


def short_tile(figure: FigureView) -> bool:
    """Whether `figure`'s tile reads in a row of four: its number fits twice a tile's width (the
    build gives a long number the room its row's short ones leave: office/powerpoint/tiles.py,
    `widen_tiles`), its other lines and its label (with its conversions and as-of) fit the narrow
    tile without shrinking."""
    label = " ".join(t for t in (figure.label, figure.conversions_text, figure.as_of_text) if t)
    own_line = not figure.unit_symbol and not _counted(figure)
    lines = (figure.qualifier_text, figure.amount_tail or (figure.unit_text if own_line else ""))
    # a Latin word is not broken; a Chinese or Japanese label breaks between any two letters
    words = [w for w in label.split() if not is_cjk(w[:1])]
    width = number_width(figure)
    return (
        width <= 2 * NUMBER_CHARS
        # a long number of Chinese, Japanese or Korean letters is no word the row's widths give
        # room to (office/powerpoint/tiles.py measures its widest word): '27の / 国・地域' broke
        and (width <= NUMBER_CHARS or _width(_line(figure)) == len(_line(figure)))
        and all(_width(line) <= LINE_CHARS for line in lines)
        and _width(label) <= LABEL_LINE_CHARS * (LABEL_LINES + _said(figure))
        and _width(figure.tile_detail) <= DETAIL_LINES * LABEL_LINE_CHARS
        and all(_width(word) <= LABEL_LINE_CHARS for word in words)
        and _width(figure.note or "") <= LABEL_LINE_CHARS * LABEL_LINES
    )


def _said(figure: FigureView) -> int:
    """The lines more than a name's a row of four tiles sets a label in where it is its own
    sentence's words after its number (plan/tile_details.py): 1 where its unit's line says what is
    counted over it ('about 40,000' / 'spectators' / 'lined the route, …'), 2 where the label says
    it, in the unit line's room ('about 40,000' / 'Spectators lined the route, most of them on
    O'Connell Street and the Shannon bridges' had four lines at 14 pt in a 20 pt line's and three's
    height; since review RR4 such a label is made only where it fits LABEL_LINES, the room is a
    margin); else 0."""
    own = figure.own_sentence or ""
    if not figure.label or not label_reads_on(figure.label, own, figure.qualifier_text):
        return 0
    return 1 if figure.unit_text and not figure.unit_symbol else 2


def _counted(figure: FigureView) -> bool:
    """Whether the unit goes on the number's line, as the default deck sets it: a Chinese, Japanese
    or Korean counter ('612支', '1,320명', '27の国・地域': data/typography.py, `tile_counter`)."""
    return bool(figure.unit_text) and not figure.unit_symbol and bool(tile_counter(figure.unit_text))


def tiles_per_page(tiles: Sequence[FigureView], most: int = TILES_PER_SLIDE) -> int:
    """WIDE_PAGE where every tile is short (`short_tile`), at most one number a page wider than
    NUMBER_CHARS (its row's short ones give it room: Limerick's 'more than / €1.46 million' beside
    '112', '€410' and '6,140'; Bengaluru's '₹18,500 crore' and 'USD 2.2 billion' set the page's
    eight numbers at about 28 pt, its sections' two pages read better), and pages of WIDE_PAGE take
    fewer than `most`'s;
    else `most`. Only where it saves a slide: twelve tiles are 6 + 6 in rows of three, wider
    tiles, not 8 + 4 (the bilingual expo's)."""
    if -(-len(tiles) // WIDE_PAGE) >= -(-len(tiles) // most):
        return most
    long = sum(number_width(f) > NUMBER_CHARS for f in tiles)
    if long <= -(-len(tiles) // WIDE_PAGE) and all(short_tile(f) for f in tiles):
        return WIDE_PAGE
    return most
