"""What a breakdown's shares are shares of (issue 19, review SS1 #2).

The developer summit's 'more than 12 million' livestream views broke down into four exact counts
that make 12.24 million; their shares of the 12 million printed 54 + 27 + 13 + 9 = 103 %, under a
note that 'All shares are approximate'. The qualified whole is the rounding of a total its parts
give exactly: where the parts' sum is one the whole's qualifier describes, the shares are of that
sum, and add up to 100 % (of exact parts, exact shares: rounded, said once, never 'about' each):

- 'more than' / 'at least' a number: any sum at or above it (at it, the shares of exact parts
  are exact: `approximate`);
- 'nearly' / 'up to' / 'less than' a number: a sum at most it, short of it by less than NOISE;
- 'about' a number: a sum within NOISE of it, either side.

Any other sum keeps the whole's value: parts that overlap an exact whole, or that fall short of
it (a donut's 'Other or not stated' slice: data/donut_whole.py, which says why they do not add up).
Parts given as shares are shares of 100 % (data/given_shares.py).
"""

from __future__ import annotations

from decimal import Decimal

from reportgen.data import given_shares
from reportgen.data.model import Figure, Qualifier

#: How far approximate parts may miss their approximate whole and still be its rounding.
NOISE = Decimal("0.05")


def parts_sum(whole: Figure) -> Decimal:
    return Decimal(sum(p.value for p in whole.breakdown.values()))


def of_sum(whole: Figure) -> bool:
    """Whether `whole`'s shares are of its parts' sum: they differ from it, and the whole's
    qualifier describes their sum."""
    if not whole.breakdown or not whole.value or given_shares.given(whole):
        return False
    total, value = parts_sum(whole), Decimal(whole.value)
    if total == value or total <= 0:
        return False
    bound = whole.qualifier.bound
    if bound == "above":
        return total > value
    if bound == "below":
        return value * (1 - NOISE) <= total < value
    if bound == "around":
        return abs(total - value) <= value * NOISE
    return False


def base(whole: Figure) -> Decimal:
    """What `whole`'s parts' shares are shares of: 100 where they are shares, the parts' sum
    where `of_sum`, else the whole's value."""
    if of_sum(whole):
        return parts_sum(whole)
    return given_shares.of(whole)


def approximate(whole: Figure) -> bool:
    """Whether the shares of `whole`'s parts are approximate: a part is, or the whole is and they
    are shares of it (of the sum of exact parts they are exact)."""
    parts = list(whole.breakdown.values())
    if any(p.qualifier != Qualifier.exactly for p in parts):
        return True
    if not given_shares.given(whole) and parts_sum(whole) == Decimal(whole.value):
        # exact parts that make the whole's number: its qualifier describes their sum at that
        # number ('more than 2.3 billion' of 1.4 + 0.62 + 0.28 billion), their shares exact
        # (review YY4 #8: 61 + 27 + 12 = 100 % under 'All shares are approximate')
        return False
    return whole.qualifier != Qualifier.exactly and not of_sum(whole)
