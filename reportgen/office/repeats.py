"""The document check's count of each figure's printings (issue 19, item 2): at most MOST_REPEATS
in one document, in whatever form it is written.

A reader takes "52 000" in a caption for the "52,000" of a tile, "150亿元" for "RMB 15 billion" and
"94 per cent" for "94%": each written number of the document's text, tables, tiles and native
charts is read as a reader takes it (data/written_numbers.py, with its rule for years, dates and
small numbers), and so are the value labels a chart picture draws, which the chart's data knows
(`Drawn`): a picture is found by its name ('Chart visitors') or its alt text; a bar chart whose
every bar is labelled is read with its own labels, which are no printings (plan/stated.py
`counted_labels`: a bar left bare to keep the count read as a broken build). Speaker notes are
not printed, and a source's title (`cited`) is a citation, not a printing. A quotation is one of
the printings, also one that claims a record (review JJ: the news a tile, a trend's bar and its
quote, three times, with the check silent).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from reportgen.data import derive, leader_gaps
from reportgen.data.chart_data import ChartData
from reportgen.data.facts import fact
from reportgen.data.plan import stated
from reportgen.data.typography import marks
from reportgen.data.written_numbers import Written, figure_values, key, read
from reportgen.office.seen import AS_SEEN, quoted

#: A figure's amount is printed at most this often in one document: its best form, and once more.
MOST_REPEATS = derive.MOST_REPEATS
#: A text as a reader sees it: joiners unseen, no-break spaces and line breaks as spaces.


@dataclass(frozen=True)
class Amount:
    """A figure as the check looks for it: its name in warnings ('RMB 15 billion', '61 %'), the
    values a printing may have (its exact value, and its printed one: 'about 1.2 million'), and
    whether it is a percentage (only a percentage prints it); and the fact it states (data/facts.py:
    the figures of one value, unit, currency and qualifier state one fact, printed MOST_REPEATS
    times in all)."""

    shown: str
    values: frozenset[float]
    percent: bool
    fact: object = None  # None: a fact of its own (`parse_amount`)


@dataclass(frozen=True)
class Drawn:
    """A chart picture's value labels, known from its data: found by the picture's name or alt."""

    chart_id: str
    alt: str
    labels: tuple[str, ...]
    values: tuple[str, ...] = ()  # its value labels alone: not a donut's total (office/chart_scales.py)
    across: int = 0  # its bars, where drawn across the page, each a row (office/bar_rows.py)
    #: its labels that count as printings (plan/stated.py `counted_labels`: none of a bar chart
    #: whose every bar is labelled); None: all of `labels`
    counted: tuple[str, ...] | None = None
    #: the names of its bars drawn with no value label beside labelled ones (office/bare_bars.py)
    bare: tuple[str, ...] = ()
    unit: str = ""  # the unit its value labels count (ChartData.unit; office/label_units.py)
    #: amounts of one currency on bars of one series: its labels may say their scale and currency
    #: once, in its title (data/scale_titles.py; office/label_words.py)
    money: bool = False


def figure_amounts(figures: Iterable[derive.FigureView], locale: str) -> list[Amount]:
    """The event's figures and their breakdowns' parts the check can count: those a printing can
    be told from a year, a date or a small number (a scale word, a currency, a percentage, or
    three digits)."""
    out = []
    for fig in figures:
        percent = (fig.unit or "").strip() in ("%", "％")
        shown = f"{fig.amount_text}{fig._percent_gap}%" if percent else fig.amount_text
        values = figure_values(shown, fig.value, locale)
        if values is not None:
            out.append(Amount(shown.replace("\u00a0", " "), values, percent, fact(fig)))
        for part in fig.parts:  # a breakdown's part is a fact of its own ('Public: EUR 120 million'),
            # whatever other part has its amount (five prizes of 375,000 pesos)
            values = figure_values(part.text, part.value, locale)
            if values is not None:
                out.append(Amount(part.text.replace("\u00a0", " "), values, percent, (fig.ref, part.id)))
    return out


def chart_labels(charts: Iterable[ChartData]) -> list[Drawn]:
    """What each chart picture prints of its figures: its value labels, and a donut's total."""
    return [
        Drawn(
            chart.id,
            chart.alt,
            stated._drawn_labels(chart),
            ()  # on a logarithmic axis, labels span scales by design
            if chart.log_scale
            else (*(b.text for b in chart.bars), *(t for s in chart.series for t in s.texts)),
            len(chart.bars) if chart.kind == "hbar" and not chart.log_scale else 0,
            stated.counted_labels(chart),
            _bare(chart),
            chart.unit,
            bool(chart.unit_note) and not chart.series and chart.kind != "donut",
        )
        for chart in charts
    ]


def _bare(chart: ChartData) -> tuple[str, ...]:
    """The names of a bar chart's bars with no number in their value label where another bar has
    one (a missing year's bar aside): all or none (review VV1 A: the news's bar the one bare bar
    of its chart; round 24's 'A record' in its number's place read as a value left out too)."""
    if chart.kind == "donut" or chart.series or not any(_numeric(b.text) for b in chart.bars):
        return ()
    return tuple(
        b.label
        for b in chart.bars
        if not _numeric(b.text) and not b.missing and not leader_gaps.is_leader(b)  # '—': no gap
    )


def _numeric(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def parse_amount(text: str, locale: str) -> Amount | None:
    """An amount given as text (a user's own list of figures, the tests): its one countable number."""
    written = [w for w in read(text.replace("\u2060", ""), locale) if w.counts]
    if len(written) != 1:
        return None
    return Amount(text.replace("\u00a0", " ").strip(), written[0].values, written[0].percent)


def repeated(
    figures: Sequence[str | Amount],
    texts: Sequence[tuple[str, str]],
    shown: str,
    locale: str,
    cited: Sequence[str] = (),
    unprinted: Sequence[tuple[str, str]] = (),
) -> list[str]:
    """One warning per figure printed more than MOST_REPEATS times in one document's `texts`
    ((place, text) in reading order), naming the places and, where they differ, the forms written;
    `unprinted`, texts a reader reads that are no printings (a labelled chart's value labels:
    plan/stated.py `counted_labels`), whose forms count ('54,000' on a bar, '54 mil' in a caption)
    and not their number.
    Figures of the same amount share it: each fact among them (data/facts.py) may print it
    MOST_REPEATS times, so two figures that state one fact count as one."""
    amounts = [a if isinstance(a, Amount) else parse_amount(a, locale) for a in figures]
    groups: dict[tuple[frozenset[float], bool], list[Amount]] = {}
    for amount in amounts:
        if amount is not None:
            groups.setdefault((frozenset(map(key, amount.values)), amount.percent), []).append(amount)
    if not groups:
        return []
    by_value: dict[tuple[float, bool], list[tuple[frozenset[float], bool]]] = {}
    for group in groups:
        for value in group[0]:
            by_value.setdefault((value, group[1]), []).append(group)
    titles = [t.translate(AS_SEEN).strip() for t in cited if t and t.strip()]
    found: dict[tuple[frozenset[float], bool], list[tuple[str, str]]] = {}
    forms: dict[tuple[frozenset[float], bool], dict[bool, tuple[str, str]]] = {}
    printings = len(texts)
    for index, (place, text) in enumerate((*texts, *unprinted)):
        plain = text.translate(AS_SEEN)
        for title in titles:
            plain = plain.replace(title, "")
        quotations = [m.span() for m in _quotation(locale).finditer(plain)]
        for written in read(plain, locale):
            for group in _owners(written, by_value):
                if index < printings:
                    found.setdefault(group, []).append((place, plain[written.start : written.end]))
                if not any(a <= written.start < b for a, b in quotations):  # a speaker's own words
                    form = (place, plain[written.start : written.end])
                    forms.setdefault(group, {}).setdefault(written.scaled, form)
    warnings = _two_forms(groups, forms, shown)
    for group, owners in groups.items():
        places = found.get(group, [])
        # an amount given as text states a fact of its own (the check cannot tell two apart)
        allowed = MOST_REPEATS * len({id(a) if a.fact is None else a.fact for a in owners})
        if len(places) <= allowed:
            continue
        times = Counter(place for place, _ in places)
        listed = ", ".join(p + (f" ({n} times)" if n > 1 else "") for p, n in times.items())
        forms = list(dict.fromkeys(form.translate(AS_SEEN) for _, form in places))
        written = f": written {', '.join(map(quoted, forms))}" if len(forms) > 1 else ""
        warnings.append(
            f"{shown}: the figure {quoted(owners[0].shown)} is printed {len(places)} times "
            f"({listed}{written}); print it where it reads best and at most once more"
        )
    return warnings


@cache
def _quotation(locale: str) -> re.Pattern[str]:
    """A quotation in the language's marks: its words are its speaker's, whose form it keeps."""
    opening, closing = (mark.strip() for mark in marks(locale)[:2])
    return re.compile(f"{re.escape(opening)}.+?{re.escape(closing)}", re.DOTALL)


def _two_forms(
    groups: dict[tuple[frozenset[float], bool], list[Amount]],
    forms: dict[tuple[frozenset[float], bool], dict[bool, tuple[str, str]]],
    shown: str,
) -> list[str]:
    """One warning per figure a document prints both in a scale word and in digits ('54 mil' in
    a caption, '54,000' on its bar; '1,2 Mio.' and '1.200.000'; '5.4万' and '54,000'): one number,
    one form. The tool prints a figure one way; an author's text that writes it the other way is
    named, with both forms and where they stand, for its author to bring to the figure's form; a
    quotation keeps its speaker's form ('«Cerca de 148 mil visitantes…»' beside '148 000')."""
    warnings = []
    for group, owners in groups.items():
        written = forms.get(group, {})
        if len(written) < 2:
            continue
        (digits_at, digits), (scaled_at, scaled) = written[False], written[True]
        warnings.append(
            f"{shown}: the figure {quoted(owners[0].shown)} is written in two forms, "
            f"{quoted(scaled.strip())} ({scaled_at}) and {quoted(digits.strip())} ({digits_at}); "
            "write it one way"
        )
    return warnings


def _owners(
    written: Written, by_value: dict[tuple[float, bool], list[tuple[frozenset[float], bool]]]
) -> list[tuple[frozenset[float], bool]]:
    if not written.counts:
        return []
    owners: dict[tuple[frozenset[float], bool], None] = {}
    for value in written.values:
        owners.update(dict.fromkeys(by_value.get((key(value), written.percent), ())))
    return list(owners)
