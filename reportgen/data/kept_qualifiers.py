"""Warnings for a qualified figure's number written without its qualifier in the event file's own
text: a chart's caption, a summary, a launch's summary, a list's items.

"Nearly RMB15 billion" and "RMB15 billion" are different facts. The documents print a figure with
its qualifier wherever they print the figure; but a caption the user wrote ("… more than half of
the R$ 4.7 billion in deals", where the figure is "nearly R$ 4.7 billion") prints as written, and
a caption becomes a slide's title. Review I read that title with the qualifier lost, and nothing
warned. Each warning names the field and the figure, and says what to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportgen.data import qualifier_words
from reportgen.data.editor_qualifiers import SAME as _SAME
from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary
from reportgen.data.sentences import qualifier_before

#: How far before a number its qualifier may stand ('mais da metade dos R$ 4,7 bilhões': the
#: words between a qualifier and its number are few).
NEAR = 24
#: Numbers shorter than this ('25', '30') are too common in text to be read as a figure.
SHORTEST = 3


def _spaced(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u2060]", " ", text)


def _texts(summary: EventSummary) -> Iterator[tuple[str, str]]:
    """(field, text) of every text of the event file that prints as written."""
    if summary.event.summary:
        yield "event.summary", summary.event.summary
    for sid, section in summary.sections.items():
        if section.summary:
            yield f"sections.{sid}.summary", section.summary
        for index, launch in enumerate(section.launches):
            if launch.summary:
                yield f"sections.{sid}.launches[{index}].summary", launch.summary
    for cid, chart in summary.charts.items():
        if chart.caption:
            yield f"charts.{cid}.caption", chart.caption
        yield f"charts.{cid}.title", chart.title


def lost_qualifier_warnings(summary: EventSummary, fmt: Formatter) -> list[str]:
    """One warning per text that writes a qualified figure's number without the qualifier."""
    warnings = []
    language = fmt.locale.split("_")[0]
    figures = []  # (field, number, the words that say its qualifier, the figure as printed)
    for sid, section in summary.sections.items():
        for fid, fig in section.figures.items():
            number = _spaced(fmt.number(fig.value)) if fig.qualifier.value != "exactly" else ""
            if len(number) >= SHORTEST:
                qualifier = _spaced(fmt.qualifier(fig.qualifier)).strip()
                words = tuple(
                    w.casefold() for w in (qualifier, *_SAME.get((language, fig.qualifier.value), ())) if w
                )
                figures.append((f"sections.{sid}.figures.{fid}", number, qualifier, words, fig))
    if not figures:
        return warnings
    for field, text in _texts(summary):
        if not any(c.isdigit() for c in text):
            continue
        plain = _spaced(text)
        for ref, number, qualifier, words, fig in figures:
            for found in re.finditer(r"(?<![\d.,])" + re.escape(number) + r"(?![\d]|[.,]\d)", plain):
                before = plain[max(0, found.start() - NEAR - len(qualifier)) : found.start()].casefold()
                after = plain[found.end() : found.end() + NEAR].casefold()
                if any(w in before or w in after for w in words):
                    continue
                warnings.append(
                    f"{field}: writes {number!r} where the figure {ref} is "
                    f"'{_spaced(fmt.figure(fig))}'; write its qualifier ('{qualifier}') with it, "
                    "or the amount the figure qualifies will print as exact"
                )
                break
    return warnings


def contrary_qualifier_warnings(summary: EventSummary, fmt: Formatter) -> list[str]:
    """One warning per figure whose own sentence has a word beside `{value}` that says another
    bound than its qualifier: "Sponsorship exceeded {value}" for a figure that is 'nearly' its
    value prints "exceeded nearly $7.8 million", two facts at once (review P)."""
    warnings = []
    for sid, section in summary.sections.items():
        for fid, fig in section.figures.items():
            sentence = fig.sentence if isinstance(fig.sentence, str) else ""
            if "{value}" not in sentence:
                continue
            before, _, after = sentence.partition("{value}")
            if qualifier_before(before, fmt.locale):
                continue  # a qualifier's own words ('Over {value}'): `validate` names the doubling
            said = qualifier_words.contrary_words(before, after, fig.qualifier.value, fmt.locale)
            if said:
                qualifier = _spaced(fmt.qualifier(fig.qualifier)).strip()
                warnings.append(
                    f"sections.{sid}.figures.{fid}.sentence: says {said!r} beside {{value}}, which prints "
                    f"'{_spaced(fmt.figure(fig))}' ('{qualifier}'): the sentence and the qualifier say "
                    "different things; reword the sentence, or set `qualifier:` to what it says"
                )
    return warnings
