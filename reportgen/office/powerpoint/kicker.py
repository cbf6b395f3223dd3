"""A slide's kicker that says what its title or its chart's title says is dropped (review GG:
'視聴回数の推移' over a chart titled '視聴回数の推移（万回）'; 'Publik 2022–2026' over 'Besökare
2022–2026'): the rule is data/kicker_words.py, the check office/kicker_check.py."""

from __future__ import annotations

from typing import Any

from reportgen.data.kicker_words import repeats_title
from reportgen.office.kicker_check import kicker_and_titles


def drop_repeated_kicker(slide: Any) -> None:
    """Remove the slide's kicker where a title under it says it (its charts placed already)."""
    kicker, titles, charts = kicker_and_titles(slide)
    if kicker is not None and repeats_title(kicker.text_frame.text, titles, charts):
        kicker._element.getparent().remove(kicker._element)
