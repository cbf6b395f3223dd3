"""The key figure that prints a trend's computed change already ('15.8%' of a fall from 81,200 to
68,400: the river festival's tile), so that a note leaves it to the tile (plan/trend_news.py) and a
caption or title prints the change as that figure does, not 'about 15.8%' beside an exact '15.8%'
(review RR1: one number in two forms)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from reportgen.data.plan.views import FigureView

#: The percent units a key figure that states a change is counted in.
_PERCENT = ("%", "％")


def printing(change: float, figures: Iterable[FigureView]) -> FigureView | None:
    """The key figure in percent that states `change` (a share, -0.158) at its own precision, or
    None."""
    percent = abs(change) * 100
    for f in figures:
        if not (f.key or f.headline) or (f.unit or "").strip() not in _PERCENT:
            continue
        places = max(0, -Decimal(str(f.value)).normalize().as_tuple().exponent)
        if round(percent, places) == round(float(f.value), places):
            return f
    return None


def as_printed(percent: Callable[[float], str], figures: Iterable[FigureView]) -> Callable[[float], str]:
    """`percent`, but a share a key figure prints already printed as that figure prints it."""
    known = list(figures)

    def share(value: float) -> str:
        figure = printing(value, known)
        return figure.text_with_unit if figure is not None else percent(value)

    return share
