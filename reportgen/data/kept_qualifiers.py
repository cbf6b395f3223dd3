"""Warnings for a qualified figure's number written without its qualifier in the event file's own
text: a chart's caption, a summary, a launch's summary, a list's items.

"Nearly RMB15 billion" and "RMB15 billion" are different facts. The documents print a figure with
its qualifier wherever they print the figure; but a caption the user wrote ("… more than half of
the R$ 4.7 billion in deals", where the figure is "nearly R$ 4.7 billion") prints as written, and
a caption becomes a slide's title. Review I read that title with the qualifier lost, and nothing
warned. Each warning names the field and the figure, and says what to write.

A text so warned of is printed nowhere until the author writes the qualifier (`withheld`): not on a
page, a slide, in the speaker notes or in alt text, where the presenter read "R$ 14,6 bilhões" as
exact (review FF); a figure's own sentence that says another bound gives way to the figure's own form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportgen.data import qualifier_words
from reportgen.data.editor_qualifiers import SAME as _SAME
from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary, Figure
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
    return [warning for _, warning in _lost(summary, fmt)]


def wrong_number_fields(summary: EventSummary, fmt: Formatter) -> set[str]:
    """The fields (as the warnings name them) whose text says a figure other than it is: a number
    without its qualifier, a sentence that says another bound."""
    lost = {field for field, _ in _lost(summary, fmt)}
    return lost | {field for field, _ in _contrary(summary, fmt)}


def withheld(summary: EventSummary, fields: set[str]) -> EventSummary:
    """`summary` without the texts of `fields` (`wrong_number_fields`), which no document prints;
    a chart's title, which it cannot lack, stays (its warning says what to write)."""
    if not fields:
        return summary
    event = summary.event
    if "event.summary" in fields:
        event = event.model_copy(update={"summary": None})
    sections = {}
    for sid, section in summary.sections.items():
        update: dict[str, object] = {}
        if f"sections.{sid}.summary" in fields:
            update["summary"] = None
        launches = [
            launch.model_copy(update={"summary": None})
            if f"sections.{sid}.launches[{index}].summary" in fields
            else launch
            for index, launch in enumerate(section.launches)
        ]
        if launches != list(section.launches):
            update["launches"] = launches
        wrong = {fid for fid in section.figures if f"sections.{sid}.figures.{fid}.sentence" in fields}
        figures: dict[str, Figure] = {
            fid: fig.model_copy(update={"sentence": None}) if fid in wrong else fig
            for fid, fig in section.figures.items()
        }
        if figures != dict(section.figures):
            update["figures"] = figures
        sections[sid] = section.model_copy(update=update) if update else section
    charts = {
        cid: chart.model_copy(update={"caption": None}) if f"charts.{cid}.caption" in fields else chart
        for cid, chart in summary.charts.items()
    }
    return summary.model_copy(update={"event": event, "sections": sections, "charts": charts})


def _lost(summary: EventSummary, fmt: Formatter) -> list[tuple[str, str]]:
    """(field, warning) for each text that writes a qualified figure's number without the qualifier."""
    warnings: list[tuple[str, str]] = []
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
                    (
                        field,
                        f"{field}: writes {number!r} where the figure {ref} is "
                        f"'{_spaced(fmt.figure(fig))}'; write its qualifier ('{qualifier}') with it: "
                        "until then the documents leave the text out, as it says the amount as exact",
                    )
                )
                break
    return warnings


def contrary_qualifier_warnings(summary: EventSummary, fmt: Formatter) -> list[str]:
    """One warning per figure whose own sentence has a word beside `{value}` that says another
    bound than its qualifier: "Sponsorship exceeded {value}" for a figure that is 'nearly' its
    value prints "exceeded nearly $7.8 million", two facts at once (review P)."""
    return [warning for _, warning in _contrary(summary, fmt)]


def _contrary(summary: EventSummary, fmt: Formatter) -> list[tuple[str, str]]:
    """(field, warning) for each figure's sentence that says another bound than its qualifier."""
    warnings: list[tuple[str, str]] = []
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
                field = f"sections.{sid}.figures.{fid}.sentence"
                warning = (
                    f"{field}: says {said!r} beside {{value}}, which prints "
                    f"'{_spaced(fmt.figure(fig))}' ('{qualifier}'): the sentence and the qualifier say "
                    "different things; reword the sentence, or set `qualifier:` to what it says "
                    "(until then the documents print the figure in its own words)"
                )
                warnings.append((field, warning))
    return warnings
