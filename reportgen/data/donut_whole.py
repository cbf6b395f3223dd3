"""A donut of one figure's parts whose parts do not add up to the figure (issue 19, review 4b).

The fun run's 'Where the money came from' printed shares of 68.4 %, 20.8 % and 9.6 % of nearly
£250,000: 98.8 %, with nothing to say where the rest went. A donut says its parts make a whole, so
the reader must see shares that add up, or be told why they do not:

- parts that add up to less than the whole: the rest is a slice of its own, 'Other or not stated',
  with its share (not an amount: the rest of approximate amounts is no amount a source gave);
- parts that add up to more (they overlap: a visitor counted in two halls; or the whole is
  approximate): no slice can mend that, so the caption says it, with the share they make together;
- approximate amounts that fall short of their whole by less than NOISE of it: the gap is their
  rounding, not a part of its own (a 1.2 % 'Other' of 'nearly £250,000' less three 'about'
  amounts was no slice a reader would accept, review O), so the caption says what they make.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from reportgen.data import share_base
from reportgen.data.chart_data import ChartBar
from reportgen.data.formatting import Formatter
from reportgen.data.messages import N_
from reportgen.data.model import Figure, Qualifier

#: The slice of the rest of a whole its parts do not cover.
REST = N_("Other or not stated")
#: The sentence after a donut's caption whose parts add up to more than its whole: they overlap
#: (the whole is exact or a bound from above, and its parts exact), or the total is approximate.
OVERLAP = N_("The parts overlap: together they make %(share)s of the total.")
APPROXIMATE = N_("The parts add up to %(share)s of the total, an approximate figure.")
#: A gap between approximate parts and their whole smaller than this share of it is their rounding.
NOISE = Decimal("0.05")


def rest_and_note(whole: Figure, fmt: Formatter) -> tuple[ChartBar | None, str, str]:
    """(the slice of the rest, or None; the sentence for the caption, or ''; the note under the
    caption, or '') of a donut that draws `whole`'s breakdown. Parts that overlap are said in the
    caption; approximate parts that make a little more or less than their approximate whole are
    their rounding, said in a note under it (review R: as the slide's subtitle, 'The parts add up
    to 98.8 % of the total, an approximate figure' read as a note to the file's author). A
    breakdown of exact parts of an exact whole always adds up (the event file is refused otherwise)."""
    parts = list(whole.breakdown.values())
    if not parts or not whole.value:
        return None, "", ""
    # parts given as shares are shares of 100 %, whatever their whole counts (data/given_shares.py)
    # or of their sum, where the whole's qualifier describes it (data/share_base.py)
    total, of = share_base.parts_sum(whole), share_base.base(whole)
    if total == of:
        return None, "", ""
    exact = whole.qualifier == Qualifier.exactly and all(p.qualifier == Qualifier.exactly for p in parts)
    share = fmt.percent(_ratio(total, of))
    if total > of:
        exact_or_below = whole.qualifier.bound in ("exact", "below") and all(
            p.qualifier == Qualifier.exactly for p in parts
        )
        if exact_or_below:
            return None, fmt.gettext(OVERLAP, share=share), ""
        return None, "", fmt.gettext(APPROXIMATE, share=share)
    if not exact and _ratio(of - total, of) < NOISE:
        return None, "", fmt.gettext(APPROXIMATE, share=share)
    # the rest of approximate amounts is no amount a source gave: its share alone
    rest = ChartBar(fmt.gettext(REST), float(of - total), fmt.percent(_ratio(of - total, of)), "around")
    return rest, "", ""


def over(whole: Figure) -> bool:
    """Whether `whole`'s parts make more than what their shares are of (they overlap, or the
    whole's qualifier does not describe their sum): their shares add up to more than 100 %."""
    return bool(whole.breakdown) and share_base.parts_sum(whole) > share_base.base(whole)


def _ratio(part: Decimal, whole: Decimal) -> Decimal:
    with localcontext(prec=100):
        return part / whole
