"""Everything computed from the model, computed once: formatted figures, shares, chart data, the slug.

The result is the context both templates see and the data the charts draw. Templates get figures as
`FigureView`s whose texts are already formatted ("nearly RMB 15 billion"), so a template author can
write `{{ f.text }}` and never get a qualifier wrong.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal

from reportgen.data.chart_kinds import CHART_KINDS
from reportgen.data.formatting import Formatter
from reportgen.data.model import ChartSpec, Event, EventSummary, Figure
from reportgen.data.views import ListView, PersonView, QuoteView, View, list_view, person_view, quote_view


@dataclass(frozen=True)
class PartView(View):
    id: str
    label: str
    value: float
    text: str
    share: float
    share_text: str
    _figure: Figure = field(repr=False)


@dataclass(frozen=True)
class FigureView(View):
    id: str
    ref: str
    label: str
    value: float
    unit: str | None
    currency: str | None
    qualifier: str
    as_of: dt.datetime | dt.date | None
    note: str | None
    quote: QuoteView | None
    key: bool
    text: str
    text_with_unit: str
    as_of_text: str
    parts: tuple[PartView, ...]
    _figure: Figure = field(repr=False)
    conversions_text: str = ""

    template_properties = ("text_full", "sentence", "model")

    @property
    def model(self) -> FigureView:
        """The figure itself: kept so that `{{ f.model|figure }}` in older templates still works."""
        return self

    @property
    def text_full(self) -> str:
        """'nearly RMB 15 billion (nearly USD 2.1 billion)', or the text with its unit."""
        return (
            f"{self.text_with_unit} ({self.conversions_text})"
            if self.conversions_text
            else self.text_with_unit
        )

    @property
    def sentence(self) -> str:
        """'Online viewers: more than 638 million' (+ ', as of ...' when the source dates it)."""
        line = f"{self.label}: {self.text}"
        return f"{line}, {self.as_of_text}" if self.as_of_text else line


@dataclass(frozen=True)
class LaunchView(View):
    name: str
    summary: str | None
    items_label: str | None
    items: tuple[str, ...]
    figures: tuple[FigureView, ...]


@dataclass(frozen=True)
class SectionView(View):
    id: str
    title: str
    summary: str | None
    figures: dict[str, FigureView]
    figure_list: tuple[FigureView, ...]
    lists: dict[str, ListView]
    people: tuple[PersonView, ...]
    launches: tuple[LaunchView, ...]
    charts: tuple[str, ...] = ()  # ids of the charts drawn from this section's figures (placed after it)
    briefing_charts: tuple[str, ...] = ()  # those of them that go in the briefing
    deck_charts: tuple[str, ...] = ()  # those of them that go in the deck


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    text: str
    bound: str  # 'exact', 'below', 'above' or 'around': how the true value relates to `value`


@dataclass(frozen=True)
class ChartSeries:
    """One part of a stacked or grouped chart: its value and words for each bar."""

    label: str
    values: tuple[float, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class ChartData:
    """What a chart draws, already in words: no model objects, nothing that needs the formatter."""

    id: str
    title: str
    kind: str
    bars: tuple[ChartBar, ...]
    log_scale: bool
    caption: str
    unit_note: str
    total_text: str = ""
    documents: tuple[str, ...] = ("briefing", "deck")
    ticks: tuple[tuple[float, str], ...] = ()  # log-scale tick values and their labels in words
    series: tuple[ChartSeries, ...] = ()  # stacked and grouped charts: one series per breakdown part


@dataclass(frozen=True)
class Derived:
    slug: str
    sections: dict[str, SectionView]
    figures: dict[str, FigureView]
    key_figures: tuple[FigureView, ...]
    charts: dict[str, ChartData]


def plain_number(value: int | Decimal) -> int | float:
    """A value as templates get it: an int when whole, else a float they can do sums with.

    The exact value stays in the model; every text the documents print is formatted from that.
    """
    return value if isinstance(value, int) else float(value)


def derive(summary: EventSummary, fmt: Formatter) -> Derived:
    figures: dict[str, FigureView] = {}
    sections: dict[str, SectionView] = {}
    for section_id, section in summary.sections.items():
        views = {
            fid: _figure_view(f"{section_id}.{fid}", fid, fig, fmt) for fid, fig in section.figures.items()
        }
        figures.update({v.ref: v for v in views.values()})
        launches = tuple(
            LaunchView(
                launch.name,
                launch.summary,
                launch.items_label,
                tuple(launch.items),
                tuple(views[k] for k in launch.figures),
            )
            for launch in section.launches
        )
        sections[section_id] = SectionView(
            section_id,
            section.title,
            section.summary,
            views,
            tuple(views.values()),
            {lid: list_view(item_list) for lid, item_list in section.lists.items()},
            tuple(person_view(person) for person in section.people),
            launches,
        )
    charts = {cid: _chart_data(cid, spec, summary, figures, fmt) for cid, spec in summary.charts.items()}
    # A chart goes after the last section whose figures it draws, so text comes before its picture.
    placed: dict[str, list[str]] = {sid: [] for sid in sections}
    order = list(sections)
    for cid, spec in summary.charts.items():
        home = max((ref.split(".")[0] for ref in spec.figures), key=order.index)
        placed[home].append(cid)
    sections = {
        sid: replace(
            view,
            charts=tuple(placed[sid]),
            briefing_charts=tuple(c for c in placed[sid] if "briefing" in charts[c].documents),
            deck_charts=tuple(c for c in placed[sid] if "deck" in charts[c].documents),
        )
        for sid, view in sections.items()
    }
    return Derived(
        slug=slugify(summary.event),
        sections=sections,
        figures=figures,
        key_figures=tuple(v for v in figures.values() if v.key),
        charts=charts,
    )


def _figure_view(ref: str, fid: str, fig: Figure, fmt: Formatter) -> FigureView:
    parts = tuple(
        PartView(
            pid,
            part.label,
            part.value,
            fmt.figure(part),
            part.value / fig.value if fig.value else 0.0,
            fmt.percent(part.value / fig.value) if fig.value else "",
            part,
        )
        for pid, part in fig.breakdown.items()
    )
    return FigureView(
        id=fid,
        ref=ref,
        label=fig.label,
        value=plain_number(fig.value),
        unit=fig.unit,
        currency=fig.currency,
        qualifier=fig.qualifier.value,
        as_of=fig.as_of,
        note=fig.note,
        quote=quote_view(fig.quote),
        key=fig.key,
        text=fmt.figure(fig),
        text_with_unit=fmt.figure(fig, unit=True),
        as_of_text=fmt.as_of(fig),
        parts=parts,
        _figure=fig,
        conversions_text=fmt.conversions(fig),
    )


def _chart_data(
    cid: str, spec: ChartSpec, summary: EventSummary, figures: dict[str, FigureView], fmt: Formatter
) -> ChartData:
    chosen = [figures[ref] for ref in spec.figures]
    series: tuple[ChartSeries, ...] = ()
    if CHART_KINDS[spec.kind.value].draws_breakdowns:
        keys = list(dict.fromkeys(k for f in chosen for k in f._figure.breakdown))
        series = tuple(
            ChartSeries(
                next(f._figure.breakdown[k].label for f in chosen if k in f._figure.breakdown),
                tuple(
                    float(f._figure.breakdown[k].value) if k in f._figure.breakdown else 0.0 for f in chosen
                ),
                tuple(fmt.figure(f._figure.breakdown[k]) if k in f._figure.breakdown else "" for f in chosen),
            )
            for k in keys
        )
    if spec.breakdown:
        whole = chosen[0]
        bars = tuple(
            ChartBar(p.label, float(p.value), f"{p.text} ({p.share_text})", "exact") for p in whole.parts
        )
        total = whole.text_with_unit
    else:
        bars = tuple(
            ChartBar(
                f.label,
                float(f.value),
                f.text + (f", {f.as_of_text}" if f.as_of_text else ""),
                f._figure.qualifier.bound,
            )
            for f in chosen
        )
        total = ""
    currencies = {f.currency for f in chosen if f.currency}
    unit_note = f"Amounts in {fmt.currency_label(currencies.pop())}" if len(currencies) == 1 else ""
    ticks: tuple[tuple[float, str], ...] = ()
    if spec.log_scale:
        positive = [b.value for b in bars if b.value > 0]
        if positive:
            low, high = math.floor(math.log10(min(positive))), math.ceil(math.log10(max(positive) * 3))
            ticks = tuple((10.0**k, fmt.number(10**k)) for k in range(low, high + 1))
    return ChartData(
        cid,
        spec.title,
        spec.kind.value,
        bars,
        spec.log_scale,
        spec.caption or spec.title,
        unit_note,
        total,
        tuple(spec.documents),
        ticks,
        series,
    )


def slugify(event: Event) -> str:
    """A file-name-safe slug: ASCII letters, digits and hyphens only, so no name can leave output/."""
    if event.slug:
        return event.slug
    ascii_name = unicodedata.normalize("NFKD", event.short_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    if not slug or not re.search(r"[a-z]", slug):
        slug = f"event-{event.year}" if str(event.year) not in slug else f"event-{slug}"
    return slug


def alt_text(data: ChartData) -> str:
    """A sentence naming every value, for readers who cannot see the picture."""
    kind = CHART_KINDS[data.kind].words + (" on a logarithmic scale" if data.log_scale else "")
    head = f"{kind}: {data.title}"
    if data.total_text:
        head += f" ({data.total_text})"
    if data.series:
        values = "; ".join(
            f"{bar.label} ({bar.text}): "
            + ", ".join(f"{s.label} {s.texts[i]}" for s in data.series if s.texts[i])
            for i, bar in enumerate(data.bars)
        )
    else:
        values = "; ".join(f"{bar.label}: {bar.text}" for bar in data.bars)
    tail = f" {data.unit_note}." if data.unit_note else ""
    return f"{head}. {values}.{tail}"
