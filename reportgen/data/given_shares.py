"""A breakdown whose parts are shares already (review BB): 'Exhibitors by industry, 100 %' split
into 'AI servers 34 %', 'Semiconductors 22 %', ….

Such parts print as the shares they are ('34 %'): never a share of a share ('34 (34 %)'), and
the whole they make, 100 %, is no figure of the event (no chart's total, no bullet): the review
read '參展廠商產業別占比100%' as a bullet, in a donut's hole and in its slide's title.
"""

from __future__ import annotations

from decimal import Decimal

from reportgen.data.formatting import Formatter
from reportgen.data.model import Figure

#: The units of a share: the percent sign, and its full-width form.
PERCENT = ("%", "％")
#: What shares of a whole add up to.
ALL = Decimal(100)


def is_percent(unit: str | None) -> bool:
    return (unit or "").strip() in PERCENT


def given(whole: Figure) -> bool:
    """Whether `whole`'s parts are shares already: each in percent (a part with no unit or
    currency of its own counts what its whole counts)."""
    parts = list(whole.breakdown.values())
    return bool(parts) and all(
        is_percent(part.unit) or (part.unit is None and part.currency is None and is_percent(whole.unit))
        for part in parts
    )


def whole_is_all(whole: Figure) -> bool:
    """Whether `whole` is only the 100 % its shares make: no figure a reader needs printed."""
    return given(whole) and is_percent(whole.unit)


def line_is_parts(whole: Figure) -> bool:
    """Whether `whole`'s line prints its parts alone: it is only the 100 % its shares make, and the
    file gives it no sentence of its own. One it gives states a finding ('Die Mittel des Fonds sind
    zu 100 % verplant.': all of the fund is allocated), which the documents print."""
    return whole_is_all(whole) and not whole.sentence


def of(whole: Figure) -> Decimal:
    """What `whole`'s parts are parts of: 100 where they are shares, else the whole's value."""
    return ALL if given(whole) else Decimal(whole.value)


def part_text(part: Figure, whole: Figure, fmt: Formatter) -> str:
    """A part's amount as a breakdown prints it: without the unit its whole names ('1.650' of
    'Teilnehmende'), but a share with its percent sign ('34 %', never '34': a bare number of
    a breakdown in shares read as a count, review BB)."""
    if not given(whole):
        return fmt.figure(part)
    return fmt.figure(part.model_copy(update={"unit": part.unit or whole.unit}), unit=True)
