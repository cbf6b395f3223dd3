"""An author's text that writes a figure in another form than the documents print it: '38 mil' in a
caption whose figure prints '38.000', '64 tysiące' beside '64 000', '2,4 Mio.' beside
'2.400.000' (review YY4 #6). The build's document check names the two forms once the documents
are made (office/repeats.py `_two_forms`); `validate` names them first, at the text's line and
column, with what to write: the documents' own form, or `{value}` in the figure's own sentence.

A quotation keeps its speaker's form and is not read; nor is a percentage, nor a number that may
be no figure's printing (written_numbers.py's rule: a year, a date, a small number)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportgen.data.formatting import Formatter
from reportgen.data.model import EventSummary
from reportgen.data.prepare import editions
from reportgen.data.project import Project
from reportgen.data.written_numbers import key, read


def _texts(summary: EventSummary) -> Iterator[tuple[str, str, str]]:
    """(field, text, the figure whose sentence it is or '') for each text the documents print in
    the author's words, a quotation's aside."""
    if summary.event.summary:
        yield "event.summary", str(summary.event.summary), ""
    for sid, section in summary.sections.items():
        if section.summary:
            yield f"sections.{sid}.summary", str(section.summary), ""
        for fid, figure in section.figures.items():
            for name in ("sentence", "note"):
                text = getattr(figure, name, None)
                if text:
                    yield (
                        f"sections.{sid}.figures.{fid}.{name}",
                        str(text),
                        f"{sid}.{fid}" * (name == "sentence"),
                    )
    for cid, chart in summary.charts.items():
        if chart.caption:
            yield f"charts.{cid}.caption", str(chart.caption), ""


def _plain(text: str) -> str:
    """`text` with its no-break spaces as spaces, as an author types it ('38 000')."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _printed(fmt: Formatter, figure: Any) -> tuple[str, str, bool] | None:
    """The figure's amount as the documents print it, its number alone ('380 000' of '380 000 zł',
    for a text that writes its currency), and whether that form has a scale word."""
    shown, number = _plain(fmt.amount(figure)), _plain(fmt.number(figure.value))
    found = [w for w in read(shown, fmt.locale) if w.counts]
    return (shown, number, found[0].scaled) if len(found) == 1 else None


def press_form_warnings(summary: EventSummary, project: Project | None = None) -> list[str]:
    """One warning per text and number that writes a figure in the other form, in each edition's
    language, naming the field, the number as written and the form to write."""
    said: dict[str, None] = {}
    for edition, _ in editions(summary, project):
        fmt = Formatter(edition.formatting.locale)
        printed: dict[float, tuple[str, str, bool, str]] = {}
        for sid, section in edition.sections.items():
            for fid, figure in section.figures.items():
                form = _printed(fmt, figure) if figure.unit not in ("%", "％") else None
                if form is not None:
                    printed.setdefault(key(float(figure.value)), (*form, f"{sid}.{fid}"))
        for field, text, own in _texts(edition):
            for written in read(text, fmt.locale):
                if not written.counts or written.percent:
                    continue
                for value in written.values:
                    shown, number, scaled, ref = printed.get(key(value), ("", "", written.scaled, ""))
                    if scaled == written.scaled:
                        continue
                    words = _plain(text[written.start : written.end].strip())
                    instead = f"write '{number}'" + (" or {value}" if ref == own else "")
                    said[
                        f"{field}: '{words}' writes the figure {ref} in another form than the documents "
                        f"print it, '{shown}': one number, one form; "
                        f"{instead}"
                    ] = None
                    break
    return list(said)
