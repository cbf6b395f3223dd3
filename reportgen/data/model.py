"""The event model: what an event summary says, independent of YAML, Word and PowerPoint.

A small typed core (the event, its sources) plus named sections holding figures, lists, people and
launches, which templates and charts address by name. That is what lets a trade expo, a summit and
WAIC 2022 share the same model without code changes: their differences are names, not types.

Every figure keeps what the source said about it (value, unit or currency, qualifier, as-of time and
the sentence it came from), because "nearly RMB 15 billion" and "RMB 15 billion" are different facts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation, localcontext
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)

from reportgen.data import unit_scales
from reportgen.data.chart_kinds import CHART_KINDS

# Characters XML 1.0 cannot hold. A document library would either crash on them or, as docxtpl's
# "recover" parser does, silently drop the text around them, so they are refused at the door.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _check_text(value: str) -> str:
    bad = _FORBIDDEN.search(value)
    if bad:
        raise ValueError(
            f"contains the character U+{ord(bad.group()):04X} at position {bad.start() + 1}, "
            "which Word and PowerPoint files cannot hold; remove it"
        )
    return value


MAX_TEXT = 20_000
Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_check_text)]
#: An id: a section's, a figure's, a source's, a chart's key (data/pattern_messages.py words a miss).
KEY_PATTERN = r"^[a-z][a-z0-9_]*$"
Key = Annotated[str, Field(pattern=KEY_PATTERN, max_length=64)]

#: Where a figure's number goes in its own sentence (`Figure.sentence`).
VALUE_SLOT = "{value}"


def _check_sentence(value: str) -> str:
    """A figure's own sentence: its words around one `{value}`, and no amount of its own (amounts
    belong in figures, where they are formatted, checked and charted)."""
    count = value.count(VALUE_SLOT)
    if count != 1:
        raise ValueError(
            f"holds {VALUE_SLOT} {count} times; write it once, where the figure's number goes "
            f"(for example 'The developer kit costs {VALUE_SLOT}.')"
        )
    rest = value.replace(VALUE_SLOT, "")
    brace = re.search(r"[{}]", rest)
    if brace:
        raise ValueError(
            f"holds {brace.group()!r} outside {VALUE_SLOT}; the only placeholder is {VALUE_SLOT}, "
            "where the figure's number goes"
        )
    amount = _amount_in(rest)
    if amount:
        raise ValueError(
            f"holds the number {amount!r} of its own; amounts belong in figures (as a "
            f"figure's value, printed at {VALUE_SLOT}), so write the sentence without it"
        )
    return value


#: A number in a sentence: digits, with the group and decimal marks of any language inside.
_NUMBER = re.compile(r"(?<![0-9A-Za-zÀ-ɏ.,])\d+(?:[.,\u00a0\u202f' ]\d+)*")
#: What makes a number an amount when it follows it: a percentage, or a CJK scale word.
_AMOUNT_AFTER = re.compile(r"\s?(?:%|‰|per ?cent|[万萬亿億兆만억])")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₹₩]\s?$")


def _amount_in(text: str) -> str:
    """The first amount `text` states, or ''. A sentence may name a year ('since 2024'), an age
    band ('under 30'), a name with digits ('the first 10K', 'G20', '2024年') or a small count
    word of its own; an amount (grouped or decimal digits, a percentage, money, a number of 1,000
    or more that is not a year) is a fact of its own and belongs in a figure."""
    for found in _NUMBER.finditer(text):
        number, end = found.group(), found.end()
        after, before = text[end:], text[: found.start()]
        if after[:1].isalpha() and not _AMOUNT_AFTER.match(after):
            continue  # part of a name or a word: '10K', '5G', '2024年'
        grouped = not number.isdigit()
        year = len(number) == 4 and 1000 <= int(number) <= 2999
        if grouped or _AMOUNT_AFTER.match(after) or _CURRENCY_BEFORE.search(before):
            return number
        if int(number) >= 1000 and not year:
            return number
    return ""


#: A figure's sentence: printed text (translatable like a label) with one `{value}`.
FigureSentence = Annotated[Text, AfterValidator(_check_sentence)]


MAX_DECIMALS = 12


def _finite(value: Any) -> Any:
    """Numbers are kept exact: floats become the Decimal of their shortest repr (1.1 -> 1.1)."""
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, got {value!r}")
        return Decimal(repr(value))
    if isinstance(value, str):
        with contextlib.suppress(InvalidOperation):
            value = Decimal(value.strip().replace("_", ""))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"expected a finite number, got {value}")
        # checked before pydantic, whose Decimal checks take seconds on 1e-10000000
        if value and not -MAX_DECIMALS - 1 <= value.adjusted() <= 18:
            raise ValueError(
                f"{str(value)[:30]} is out of range: numbers run from 10^-{MAX_DECIMALS} to 10^18"
            )
    return value


def _whole(value: int | Decimal) -> int | Decimal:
    """Whole numbers as int (1e3 -> 1000), others as exact Decimal with a bounded number of places
    (1e-10000000 would print as ten million digits)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        if value.as_tuple().exponent < -MAX_DECIMALS:  # type: ignore[operator]
            raise ValueError(f"has more than {MAX_DECIMALS} decimal places; round it")
    return value


MAX_VALUE = 10**18
#: A number exactly as the source states it: an int, or a Decimal (never a binary float).
Count = Annotated[
    int | Decimal,
    BeforeValidator(_finite),
    Field(ge=0, le=MAX_VALUE, json_schema_extra={"type": "number"}),
    AfterValidator(_whole),
]
#: A figure's value: below zero only for a measure (checked by `Figure`): -31 °C, -4.5 %.
SignedCount = Annotated[
    int | Decimal,
    BeforeValidator(_finite),
    Field(ge=-MAX_VALUE, le=MAX_VALUE, json_schema_extra={"type": "number"}),
    AfterValidator(_whole),
]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code, e.g. CNY, USD, EUR")]


#: Bounds on what one chart may draw, so every chart `validate` accepts can be drawn and read.
MAX_BARS = 30
MAX_SERIES = 12
MAX_POINTS = 200
MAX_CHART_LABEL = 100
MAX_CHART_TITLE = 200
#: Units of measure: figures in one of these may share a chart only with figures in the same one.
#: Any other unit is a counted noun ("visitors", "outlets"), and counts may share a chart.
MEASURES = frozenset(
    {
        *("m²", "m2", "sq m", "sqm", "square metres", "square meters", "km²", "km2", "hectares", "ha"),
        *("acres", "km", "m", "cm", "kg", "t", "tonnes", "tons", "mw", "gw", "kw", "mwh", "gwh", "kwh"),
        *("%", "percent", "per cent", "hours", "h", "minutes", "days", "years", "°c", "°f", "°"),
    }
)


class Qualifier(StrEnum):
    """How a figure relates to its value. The words are the ones printed in the documents."""

    exactly = "exactly"
    nearly = "nearly"
    about = "about"
    more_than = "more than"
    at_least = "at least"
    up_to = "up to"
    less_than = "less than"

    @property
    def bound(self) -> str:
        """Which side of the value the truth lies on: 'exact', 'below', 'above' or 'around'."""
        return {
            "exactly": "exact",
            "nearly": "below",
            "less than": "below",
            "up to": "below",
            "more than": "above",
            "at least": "above",
            "about": "around",
        }[self.value]


class _Strict(BaseModel):
    # defer_build: a model's validator is built when it first validates, once for the model that
    # is validated (Event, the project file), not at import for every class of it (about 70 ms of
    # each start, 20 ms more than the one build it replaces). A batch validates in the parent
    # before it forks, so workers inherit the built validators.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Quote(_Strict):
    """Where a fact comes from: a source (by id) and the sentence that states it."""

    text: Text
    source: Key | None = None
    # the language of the source's words, printed as they are in every edition (no translation)
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")] | None = None


class Conversion(_Strict):
    """An amount in another currency with its own qualifier, where the source gives one: 'more
    than 1,350 million pesos, about 74 million dollars' is `{USD: {value: 74000000, qualifier:
    about}}`. Written as a bare number, a conversion takes its figure's qualifier."""

    value: Count
    qualifier: Qualifier | None = None  # None: the figure's


def _bare_conversion(value: Any) -> Any:
    """A conversion written as a bare number ({USD: 2100000000}) is its value alone."""
    return value if isinstance(value, dict) else {"value": value}


#: A conversion as an event file writes it: a number, or {value, qualifier}.
ConversionEntry = Annotated[
    Conversion,
    BeforeValidator(_bare_conversion),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": MAX_VALUE},
                {"type": "string"},  # '2_100_000', as a value may be written
                {
                    "type": "object",
                    "properties": {
                        "value": {"type": "number", "minimum": 0, "maximum": MAX_VALUE},
                        "qualifier": {"enum": [q.value for q in Qualifier]},
                    },
                    "required": ["value"],
                    "additionalProperties": False,
                },
            ],
            "description": "the amount in this currency, or {value, qualifier} where the source "
            "qualifies it otherwise than the figure ('about' beside 'more than')",
        }
    ),
]


class Figure(_Strict):
    """A number as a source states it."""

    label: Text
    # below zero only with a unit of measure (MEASURES: '-31 °C', '-4.5 %'), never a count or an
    # amount of money, nor a part of a breakdown (a share of a whole)
    value: SignedCount
    unit: Text | None = None
    currency: Currency | None = None
    qualifier: Qualifier = Qualifier.exactly
    as_of: dt.datetime | dt.date | None = None
    key: bool = False
    # The news: a key figure printed first, in the briefing's band and on the deck's first tiles,
    # whatever its place in the file (`key:` is implied)
    headline: bool = False
    # Where the deck prints it (the editorial plan, data/derive.py): 'auto' lets the plan decide;
    # 'tile' makes it a tile "at a glance", key or not; 'bullet' a line of its section's slide, not
    # a tile, even where a chart draws it; 'omit' neither (a chart that draws it still does). The
    # briefing prints every figure whatever this says.
    deck: Literal["auto", "tile", "bullet", "omit"] = "auto"
    note: Text | None = None  # printed beside the figure
    # The figure as a sentence in the event's words, `{value}` where its number goes ("The
    # developer kit costs {value}."): printed wherever the figure is a line of text (bullets,
    # notes), never on a tile or in a chart, which print its label and number
    sentence: FigureSentence | None = Field(
        default=None,
        description=(
            "the figure as a sentence, {value} where its number goes, with no amount of its own, "
            "e.g. 'The developer kit costs {value}.'; printed in bullets and notes, never on tiles or charts"
        ),
    )
    comment: Text | None = None  # for the file's authors: never printed
    quote: Quote | None = None
    breakdown: dict[Key, Figure] = Field(default_factory=dict)
    #: The same amount in other currencies, as the source gives it (e.g. {USD: 2100000000}),
    #: each with its own qualifier where the source gives one ({USD: {value: 74000000,
    #: qualifier: about}}); a bare number takes the figure's qualifier.
    conversions: dict[Currency, ConversionEntry] = Field(default_factory=dict, max_length=20)

    def conversion(self, currency: str) -> tuple[int | Decimal, Qualifier]:
        """The amount in `currency` and its qualifier (its own, or the figure's)."""
        given = self.conversions[currency]
        return given.value, given.qualifier or self.qualifier

    @model_validator(mode="before")
    @classmethod
    def _unit_scale(cls, data: Any) -> Any:
        """A scale at the unit's start ('unit: 万回') merged into the value; a Latin-script one
        refused with what to write instead (data/unit_scales.py)."""
        return unit_scales.merged(data, _finite) if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _consistent(self) -> Figure:
        if self.unit and self.currency:
            raise ValueError("a figure has either a unit or a currency, not both")
        if self.conversions and not self.currency:
            raise ValueError("conversions need the figure's own currency: add currency")
        if self.value < 0 and not is_measure(self.unit):
            raise ValueError(
                f"value {self.value} is below zero, which only a measure (°C, %, km) can be; "
                "write a fall or a deficit as a positive figure whose label says so"
            )
        parts = list(self.breakdown.values())
        if any(p.value < 0 for p in parts):
            raise ValueError("a breakdown splits its figure into parts, none of which can be below zero")
        if any(p.deck != "auto" for p in parts):
            raise ValueError("deck: is for a whole figure: a breakdown part is printed with its figure")
        if parts and all(p.qualifier is Qualifier.exactly for p in [*parts, self]):
            with localcontext(prec=100):  # exact: 28 digits would round a sum of 31-digit values
                total = sum(p.value for p in parts)
            if total != self.value:
                raise ValueError(  # every digit: '1.7e+08, not 1.7e+08' would not say what is wrong
                    f"the breakdown adds up to {total:,}, not {self.value:,}; "
                    "a breakdown must split the whole figure"
                )
        return self


class ItemList(_Strict):
    """A named list of things: sections of a programme, companies, hot topics."""

    label: Text
    items: list[Text] = Field(min_length=1, max_length=500)
    quote: Quote | None = None
    # the deck's columns for a long list (10 items or more); unset, the plan measures the items
    columns: Literal[1, 2, 3] | None = None


class Person(_Strict):
    name: Text
    titles: list[Text] = Field(default_factory=list)
    role: Text | None = None
    quote: Quote | None = None


class Launch(_Strict):
    """Something launched or announced, with what belongs to it."""

    name: Text
    summary: Text | None = None
    items_label: Text | None = None
    items: list[Text] = Field(default_factory=list)
    figures: list[Key] = Field(default_factory=list)
    quote: Quote | None = None


class Section(_Strict):
    title: Text
    summary: Text | None = None
    # How the deck shows it (the editorial plan, data/derive.py): 'auto' lets the plan decide;
    # 'own-slide' is never folded into another slide; 'fold' is folded like a small section;
    # 'omit' leaves it out of the deck. The briefing prints every section whatever this says.
    deck: Literal["auto", "own-slide", "fold", "omit"] = "auto"
    figures: dict[Key, Figure] = Field(default_factory=dict, max_length=200)
    lists: dict[Key, ItemList] = Field(default_factory=dict, max_length=100)
    people: list[Person] = Field(default_factory=list, max_length=500)
    launches: list[Launch] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _launch_figures_exist(self) -> Section:
        for launch in self.launches:
            missing = [k for k in launch.figures if k not in self.figures]
            if missing:
                raise ValueError(
                    f"launch {launch.name!r} names figures this section does not have: "
                    f"{', '.join(missing)} (known: {', '.join(self.figures) or 'none'})"
                )
        return self


URL_PATTERN = r"^https?://\S+$"


class Source(_Strict):
    title: Text
    publisher: Text | None = None
    published: dt.datetime | dt.date | None = None
    url: Annotated[str, Field(pattern=URL_PATTERN)] | None = None
    note: Text | None = None  # printed with the source
    comment: Text | None = None  # for the file's authors: never printed


#: An event's logo: a PNG or JPEG file name beside the event file, never a path.
LOGO_NAME = r"^[\w -][\w. -]{0,99}\.(png|jpe?g|PNG|JPE?G)$"


SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"


class Event(_Strict):
    name: Text
    short_name: Text
    kind: Text | None = None  # "conference", "expo": printed after "Closing briefing"
    year: Annotated[int, Field(ge=1900, le=2200)]
    theme: Text | None = None
    summary: Text | None = None
    city: Text
    # The city after the word for 'in', as the event's language says it, where the city takes an
    # article the built-in table does not know ('no Fundão', 'au Havre'): the documents' "ended in …"
    in_city: Text | None = None
    country: Text | None = None
    start_date: dt.date | None = None
    closing_date: dt.date
    slug: Annotated[str, Field(pattern=SLUG_PATTERN)] | None = None
    # A PNG or JPEG file name beside the event file (no folders), for the deck's title slide.
    logo: Annotated[str, Field(pattern=LOGO_NAME)] | None = None

    @model_validator(mode="after")
    def _dates(self) -> Event:
        if self.start_date and self.start_date > self.closing_date:
            raise ValueError("start_date is after closing_date")
        return self


#: The kinds as an enum for validation and the JSON Schema, made from the one registry.
ChartKind = StrEnum("ChartKind", {name: name for name in CHART_KINDS})  # type: ignore[misc]


#: A chart's figure: its section's id and its own, with a dot.
FIGURE_REF_PATTERN = r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$"


class ChartSpec(_Strict):
    """A chart declared in data: which figures, drawn how. Code holds only the chart kinds."""

    title: Annotated[str, Field(max_length=MAX_CHART_TITLE), AfterValidator(_check_text)]
    kind: ChartKind
    figures: list[Annotated[str, Field(pattern=FIGURE_REF_PATTERN)]] = Field(
        min_length=1, max_length=MAX_BARS
    )
    breakdown: bool = False
    log_scale: bool = False
    #: 'auto': by value, largest first, unless the categories are ordered (dates, times, ranges,
    #: years, "Day 1") and given in a rising or falling order (data/chart_order.py); 'value':
    #: always by value; 'as_given': in the order of `figures` or of the breakdown.
    order: Literal["auto", "value", "as_given"] = Field(
        "auto",
        description=(
            "auto: by value, largest first, unless the categories are dates, times, ranges or "
            "numbered and the data gives them in order; value: always by value; as_given: the data's order"
        ),
    )
    caption: Text | None = None
    documents: list[Literal["briefing", "deck"]] = Field(default_factory=lambda: ["briefing", "deck"])
    #: Years a series of years leaves out because no edition took place: each slot is labelled
    #: 'cancelled' in the documents' language, not 'not stated' (data/chart_gaps.py).
    cancelled: list[Annotated[int, Field(ge=1000, le=9999)]] = Field(
        default_factory=list,
        max_length=MAX_BARS,
        description="years the series leaves out because that edition was cancelled",
    )

    @model_validator(mode="after")
    def _shape(self) -> ChartSpec:
        problems = CHART_KINDS[self.kind.value].problems(len(self.figures), self.breakdown)
        if problems:
            raise ValueError("; ".join(problems))
        return self


LOCALE_PATTERN = r"^[a-z]{2,3}(_[A-Za-z]{2,4})*$"
LocaleName = Annotated[str, Field(pattern=LOCALE_PATTERN)]
#: The most editions one event builds.
MAX_LANGUAGES = 8


class Formatting(_Strict):
    locale: LocaleName = "en_GB"
    #: One briefing and one deck per language, each in its locale (docs/data.md, "Languages").
    languages: list[LocaleName] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    currency_labels: dict[Annotated[str, Field(pattern=r"^[A-Z]{3}$")], Text] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_list(self) -> Formatting:
        if len(set(self.languages)) != len(self.languages):
            raise ValueError("formatting.languages names a language twice")
        if "locale" in self.model_fields_set and self.languages and self.locale not in self.languages:
            raise ValueError(
                f"formatting.locale {self.locale} is not among formatting.languages; "
                "with languages, leave locale out"
            )
        return self

    @property
    def editions(self) -> list[str]:
        """The languages the event is built in: its languages, else its one locale."""
        return list(self.languages) or [self.locale]


class EventSummary(_Strict):
    """The root: everything one YAML file says about one event."""

    event: Event
    formatting: Formatting = Field(default_factory=Formatting)
    sources: dict[Key, Source] = Field(min_length=1, max_length=100)
    sections: dict[Key, Section] = Field(min_length=1, max_length=100)
    charts: dict[Key, ChartSpec] = Field(default_factory=dict, max_length=50)
    #: The other languages' texts (data/translations.py), by place; set by the loader.
    _translations: Any = PrivateAttr(default=None)
    #: The event file's name without its suffix ('jeonsihoe-ko'); set by the loader: the outputs'
    #: name where the event's own names have no Latin letters (derive.slugify).
    _stem: str | None = PrivateAttr(default=None)

    def figure(self, ref: str) -> Figure | None:
        """A figure by its 'section.figure' name, or None."""
        section_id, _, figure_id = ref.partition(".")
        section = self.sections.get(section_id)
        return section.figures.get(figure_id) if section else None


def is_measure(unit: str | None) -> bool:
    """Whether `unit` is a unit of measure ('°C', 'km', '%'), not a counted noun ('visitors')."""
    return bool(unit) and unit.strip().lower() in MEASURES  # type: ignore[union-attr]


def _dimension(figure: Figure) -> str:
    """What a figure's number measures: a currency, a unit of measure, or a count."""
    if figure.currency:
        return f"amounts in {figure.currency}"
    if figure.unit and is_measure(figure.unit):
        return f"figures in {figure.unit.strip()}"
    return "counts"


def chart_problems(summary: EventSummary, chart_id: str, chart: ChartSpec) -> list[str]:
    """Why `summary` cannot feed `chart`, in words; empty when it can be drawn and read.

    The one place that decides whether a chart can be drawn: `validate` and `build` both use it
    (through `reference_problems`), and project charts too, so nothing that passes validation
    fails while drawing.
    """
    problems = [
        f"chart {chart_id!r} uses unknown figure {ref!r}"
        for ref in chart.figures
        if summary.figure(ref) is None
    ]
    if problems:
        return problems
    figures = [f for f in (summary.figure(ref) for ref in chart.figures) if f is not None]
    kind = CHART_KINDS[chart.kind.value]
    needs_parts = chart.breakdown or kind.draws_breakdowns
    for ref, fig in zip(chart.figures, figures, strict=True):
        if needs_parts and not fig.breakdown:
            problems.append(f"chart {chart_id!r} draws the breakdown of {ref!r}, which has none")
    if problems:
        return problems
    dimensions = sorted({_dimension(f) for f in figures})
    if len(dimensions) > 1:
        problems.append(
            f"chart {chart_id!r} mixes {' and '.join(dimensions)} on one axis: one chart, one kind of number"
        )
    # what is drawn: the parts of one figure, or one bar per figure (with series for parts)
    drawn = list(figures[0].breakdown.values()) if chart.breakdown else figures
    series = {key for f in figures for key in f.breakdown} if needs_parts and not chart.breakdown else set()
    if len(drawn) > MAX_BARS:
        problems.append(f"chart {chart_id!r} has {len(drawn)} bars; a chart shows at most {MAX_BARS}")
    if len(series) > MAX_SERIES:
        problems.append(f"chart {chart_id!r} has {len(series)} series; a chart shows at most {MAX_SERIES}")
    if len(drawn) * max(len(series), 1) > MAX_POINTS:
        problems.append(f"chart {chart_id!r} draws more than {MAX_POINTS} values; split it")
    labels = [f.label for f in drawn] + [p.label for f in figures for p in f.breakdown.values()]
    long_label = next((label for label in labels if len(label) > MAX_CHART_LABEL), None)
    if long_label is not None:
        problems.append(
            f"chart {chart_id!r} has a label of {len(long_label):,} characters "
            f"({long_label[:40]!r}...); chart labels are at most {MAX_CHART_LABEL}"
        )
    values = [p.value for p in drawn] + [p.value for f in figures for p in f.breakdown.values()]
    below = next((ref for ref, f in zip(chart.figures, figures, strict=True) if f.value < 0), None)
    if below is not None:
        problems.append(
            f"chart {chart_id!r} draws {below!r}, whose value is below zero; charts draw values "
            "from zero up: take it out of the chart (the briefing still prints it)"
        )
    if chart.log_scale and any(v <= 0 for v in values):
        problems.append(
            f"chart {chart_id!r} uses a logarithmic scale, which cannot show 0; "
            "remove log_scale or the zero value"
        )
    if kind.name == "donut" and sum(p.value for p in drawn) == 0:
        problems.append(f"chart {chart_id!r} is a donut of values that are all 0; there is nothing to draw")
    return problems + _cancelled_problems(chart_id, chart, [f.label for f in drawn])


def _cancelled_problems(chart_id: str, chart: ChartSpec, labels: list[str]) -> list[str]:
    """A cancelled year must be one the chart's series of years leaves out: between its first and
    last year, and no figure's."""
    if not chart.cancelled:
        return []
    from reportgen.data.chart_order import years_of  # here: it needs no model, the model none of it

    years = years_of(labels) if not chart.breakdown else None
    if not years:
        return [
            f"chart {chart_id!r} names cancelled years, but its figures' labels are not years "
            "('2019', '2021'): a cancelled edition is a year a series of years leaves out"
        ]
    low, high = min(years), max(years)
    wrong = [y for y in chart.cancelled if y in years or not low < y < high]
    return [
        f"chart {chart_id!r} names {year} as cancelled, but it is "
        + (f"a figure's year: take {year} out of its figures" if year in years else f"outside {low}–{high}")
        for year in wrong
    ]


#: The facts of one event (figures, people, launches and lists, over all its sections): each is a
#: bullet or a tile in the deck, so this bounds the deck at about 1,700 slides, which the default
#: templates render well within the render time limit. Checked by validate and build alike.
MAX_EVENT_FACTS = 5_000


def size_problems(summary: EventSummary) -> list[tuple[tuple[str, ...], str]]:
    """What makes an event too large to render, although each section is within its own limits."""
    facts = sum(
        len(s.figures) + len(s.people) + len(s.launches) + len(s.lists) for s in summary.sections.values()
    )
    if facts <= MAX_EVENT_FACTS:
        return []
    return [
        (
            ("sections",),
            f"the event has {facts:,} facts (figures, people, launches and lists over all sections); "
            f"an event holds at most {MAX_EVENT_FACTS:,}, so that its deck renders in time: "
            "split it into several events",
        )
    ]


def reference_problems(summary: EventSummary) -> list[tuple[tuple[str, ...], str]]:
    """Everything that needs the whole event to check, with the place in the data it concerns."""
    problems: list[tuple[tuple[str, ...], str]] = size_problems(summary)
    for place, quote in _quotes(summary):
        if quote.source is not None and quote.source not in summary.sources:
            problems.append(((*place, "source"), f"quotes unknown source {quote.source!r}"))
    for chart_id, chart in summary.charts.items():
        problems += [(("charts", chart_id), message) for message in chart_problems(summary, chart_id, chart)]
    return problems


def _quotes(summary: EventSummary) -> list[tuple[tuple[str, ...], Quote]]:
    """Every quote in the sections, with its path in the data ('sections', 'reach', 'figures', ...)."""
    found: list[tuple[tuple[str, ...], Quote]] = []

    def visit(path: tuple[str, ...], obj: Any) -> None:
        if isinstance(obj, Quote):
            found.append((path, obj))
        elif isinstance(obj, BaseModel):
            for name in type(obj).model_fields:
                visit((*path, name), getattr(obj, name))
        elif isinstance(obj, dict):
            for key, value in obj.items():
                visit((*path, str(key)), value)
        elif isinstance(obj, list):
            for index, value in enumerate(obj):
                visit((*path, index), value)  # type: ignore[arg-type]

    visit(("sections",), summary.sections)
    return found
