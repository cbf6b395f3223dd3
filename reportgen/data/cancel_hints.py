"""A year a chart's series of years leaves out, which the event's own texts say was cancelled
(review UU1 #10: the Aarhus food market's 'aflyst i 2020' in its caption, note and summary, while
the slot read as a blank gap and the alt text said '2020: ikke oplyst'): `validate` tells the
author to add it to the chart's `cancelled:`, so the slot and the alt text say it
(data/chart_gaps.py).

The texts read are the chart's caption and its section's summary, and each of its figures' notes
and sentences; a cancel word is an allow-list of stems per language (CANCEL_STEMS) and the
catalogue's own word for a cancelled year (data/chart_words.py `CANCELLED`), near the year: in the
same sentence."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from reportgen.data import chart_order, messages
from reportgen.data.chart_words import CANCELLED
from reportgen.data.model import EventSummary

#: The stems a language's words for a cancelled edition start with (an allow-list; case ignored).
CANCEL_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("cancel", "called off", "did not take place", "was not held"),
    "da": ("aflys",),
    "de": ("abgesagt", "ausgefallen", "absage"),
    "es": ("cancel", "suspend", "no se celebr"),
    "fr": ("annul", "n'a pas eu lieu", "n’a pas eu lieu"),
    "it": ("annull", "cancellat", "non si è svolt"),
    "ja": ("中止", "開催見送り", "休止"),
    "ko": ("취소", "열리지 않"),
    "nb": ("avlys",),
    "nl": ("geannuleerd", "afgelast", "ging niet door"),
    "pl": ("odwoła", "odwoł", "nie odbył"),
    "pt": ("cancelad", "não se realiz", "não foi realizad"),
    "sv": ("inställ", "ställdes in"),
    "tr": ("iptal",),
    "zh": ("取消", "停办", "停辦", "未举办", "未舉辦", "暂停", "暫停"),
}
#: A sentence's end: what bounds the text a year and a cancel word share.
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")


def cancel_hints(summary: EventSummary) -> list[str]:
    """One warning per chart and year its series of years leaves out, not in its `cancelled:`,
    that a sentence of the chart's texts says was cancelled."""
    locale = summary.formatting.locale
    stems = _stems(locale)
    figures = {
        f"{sid}.{fid}": (sid, figure)
        for sid, section in summary.sections.items()
        for fid, figure in section.figures.items()
    }
    warnings = []
    for cid, chart in summary.charts.items():
        chosen = [figures[ref] for ref in chart.figures if ref in figures]
        if chart.breakdown or len(chosen) != len(chart.figures) or len(chosen) < 2:
            continue
        years = chart_order.years_of([figure.label for _, figure in chosen])
        if not years:
            continue
        texts = list(_texts(summary, chart.caption, chosen))
        for year in _left_out(years):
            if year in chart.cancelled:
                continue
            said = next((s for s in texts if str(year) in s and _cancel_word(s, stems)), None)
            if said is not None:
                warnings.append(
                    f"charts.{cid}: its series of years leaves out {year}, which the event's text says "
                    f"was cancelled ('{_short(said)}'); add 'cancelled: [{year}]' to the chart so its "
                    "empty slot and its alt text say so"
                )
    return warnings


def _stems(locale: str) -> tuple[str, ...]:
    own = messages.gettext(locale, CANCELLED).casefold()
    return (*CANCEL_STEMS.get(locale.split("_")[0], ()), *CANCEL_STEMS["en"], own)


def _texts(summary: EventSummary, caption: object, chosen: list) -> Iterator[str]:
    """The sentences of the chart's caption, its sections' summaries and its figures' notes and
    sentences."""
    sections = dict.fromkeys(sid for sid, _ in chosen)
    whole = [str(caption) if caption else ""]
    whole += [str(summary.sections[sid].summary or "") for sid in sections]
    whole += [str(getattr(f, name) or "") for _, f in chosen for name in ("note", "sentence")]
    for text in whole:
        yield from (s for s in _SENTENCE.split(text) if s.strip())


def _left_out(years: list[int]) -> list[int]:
    """The years a series of `years` skips, at its own step (every year, or every other)."""
    ordered = sorted(set(years))
    if len(ordered) < 2:
        return []
    step = min(b - a for a, b in itertools.pairwise(ordered))
    return [y for y in range(ordered[0], ordered[-1], step) if y not in ordered] if step > 0 else []


def _cancel_word(sentence: str, stems: tuple[str, ...]) -> bool:
    folded = sentence.casefold()
    return any(stem and stem in folded for stem in stems)


def _short(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= 60 else text[:58].rsplit(" ", 1)[0] + "…"
