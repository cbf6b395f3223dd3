"""One fact, however many figures of the event file state it (issue 19, item 2; review O).

The wine fair's file gives its business volume twice: as the news ('Volumen de negocio generado',
more than EUR 42.5 million) and as the last point of its trend ('2026', more than EUR 42.5 million).
A reader sees one amount printed four times, not two figures printed twice each: figures of the
same value, unit, currency and qualifier are one fact, and share its MOST_REPEATS printings. Two
figures that only share a number ('1,200 visitors', '1,200 exhibitors') are two facts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

#: What makes two figures one fact: their value, currency, unit (any case) and qualifier.
Fact = tuple[Decimal, str, str, str]


def fact(figure: Any) -> Fact:
    """The fact a figure (model.Figure or a view of one) states."""
    qualifier = getattr(figure.qualifier, "value", figure.qualifier)
    return (
        Decimal(str(figure.value)),
        (figure.currency or "").upper(),
        (figure.unit or "").strip().casefold(),
        str(qualifier or ""),
    )
