"""The words charts read and print in the event's language, from its catalogue (reportgen/locale/):
what a catch-all category starts with ('Other', 'Autres', 'その他', '其他'), which a sorted chart
puts last (data/chart_shape.py), and a logarithmic axis's title.

Apart from chart_shape, which the drawing helper imports: the catalogues need Babel.
"""

from __future__ import annotations

from functools import cache

from reportgen.data import messages
from reportgen.data.messages import N_

#: The words a catch-all category starts with, '|' between them: each catalogue gives its
#: language's ('Andere|Sonstige|…', 'Autre|Autres|…', 'その他|…', '其他|…').
CATCH_ALL = N_("Other|Others|Miscellaneous|Rest")
#: A logarithmic axis's title.
LOG_SCALE = N_("logarithmic scale")
#: What the alt text says of a year a series of years leaves out (data/chart_gaps.py): '2020: no figure'.
NO_FIGURE = N_("no figure")
#: A year a series leaves out because its edition was cancelled (a chart's `cancelled:`): in its
#: empty slot and in the alt text, '2020: cancelled'.
CANCELLED = N_("cancelled")
#: The note under a chart whose shares of exact counts print rounded and so add up to another sum
#: (Formatter.shares: said once, not "about" on each share).
ROUNDED_SHARES = N_("Shares are rounded to the nearest percent.")


def other_words(locale: str) -> tuple[str, ...]:
    """The words a catch-all category starts with in `locale`'s language, and in English."""
    return (*CATCH_ALL.split("|"), *messages.gettext(locale, CATCH_ALL).split("|"))


@cache
def every_other_word() -> tuple[str, ...]:
    """The words for a catch-all category in every language with a catalogue: the document check
    reads a chart without knowing its language."""
    return tuple(dict.fromkeys(w for name in ("en", *messages.catalogues()) for w in other_words(name)))
