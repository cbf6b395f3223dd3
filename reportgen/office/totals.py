"""A breakdown's whole that the event file gives, printed somewhere in each document (review CC:
'境外选手612人' was on no slide of the marathon's deck, only in its speaker notes and alt text).

A chart of the parts draws none of them as the whole, so a reader who is not told the total cannot
add it up where parts are left out ('other'). Every written number of a document's printed texts
is read as a reader takes it (data/written_numbers.py, as office/repeats.py reads them); speaker
notes and alt texts are no printing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reportgen.data import derive, given_shares
from reportgen.data.chart_data import ChartData
from reportgen.data.written_numbers import figure_values, key, read
from reportgen.office.repeats import Amount
from reportgen.office.seen import AS_SEEN, quoted


def given_totals(
    figures: Iterable[derive.FigureView],
    sections: Mapping[str, derive.SectionView],
    locale: str,
    deck: bool,
    charts: Iterable[ChartData] = (),
) -> list[tuple[str, Amount]]:
    """(label, amount) of each figure with a breakdown whose whole is a total a reader needs (not
    the 100 % its shares make: data/given_shares.py), that the document prints at all (the deck
    leaves out a figure or section whose `deck:` is 'omit'), and that a printing can be told from a
    year or a small number (office/repeats.py, `figure_amounts`). Not a whole that a stacked or
    grouped chart of `charts` draws as one of its columns: the column is the whole, its parts'
    sum (the deck's native stacks print no total: left for now)."""
    stacked = {ref for chart in charts if chart.series for ref in chart.figure_refs}
    out = []
    for fig in figures:
        section = sections.get(fig.ref.split(".", 1)[0])
        if not fig.parts or given_shares.whole_is_all(fig._figure) or fig.ref in stacked:
            continue
        if deck and (fig.deck == "omit" or (section is not None and section.deck == "omit")):
            continue
        percent = (fig.unit or "").strip() in ("%", "％")
        shown = f"{fig.amount_text}{fig._percent_gap}%" if percent else fig.text_with_unit
        values = figure_values(
            f"{fig.amount_text}{fig._percent_gap}%" if percent else fig.amount_text, fig.value, locale
        )
        if values is not None:
            out.append((fig.label, Amount(shown.replace("\u00a0", " "), values, percent)))
    return out


def unprinted_totals(
    totals: Sequence[tuple[str, Amount]],
    texts: Sequence[tuple[str, str]],
    shown: str,
    locale: str,
) -> list[str]:
    """One warning per whole of `totals` ((its figure's label, its amount)) that no text of `texts`
    ((place, printed text), a document's) writes."""
    if not totals:
        return []
    written = [w for _, text in texts for w in read(text.translate(AS_SEEN), locale) if w.counts]
    warnings = []
    for label, amount in totals:
        wanted = {key(v) for v in amount.values}
        if any(w.percent == amount.percent and wanted & {key(v) for v in w.values} for w in written):
            continue
        warnings.append(
            f"{shown}: the total of {quoted(label)}, {quoted(amount.shown)}, which the event file gives, "
            "is printed nowhere in it (its chart draws the parts, the notes are not read); print it in "
            "the chart's title, a lead or a tile"
        )
    return warnings
