"""Everything computed from the model, computed once: formatted figures, shares, chart data, the slug.

The result is the context both templates see and the data the charts draw. Templates get figures as
`FigureView`s whose texts are already formatted ("nearly RMB 15 billion"), so a template author can
write `{{ f.text }}` and never get a qualifier wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from functools import cache, lru_cache
from typing import TypeVar

from reportgen.data import (
    breakdowns,
    chart_findings,
    chart_shape,
    chart_words,
    donut_whole,
    facts,
    inflection,
    key_quotes,
    list_layout,
    number_words,
    sentences,
    titles,
    written_numbers,
)
from reportgen.data.chart_data import ChartBar, ChartData, ChartSeries
from reportgen.data.chart_kinds import CHART_KINDS, DOT_PLOT
from reportgen.data.formatting import Formatter
from reportgen.data.model import ChartSpec, Event, EventSummary, Figure, Person, Qualifier, Quote, Source
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.phrases import is_cjk_measure, unit_in_chart
from reportgen.data.punctuation import Punctuation
from reportgen.data.typography import UNITS, WORD_JOINER, credit_name
from reportgen.data.views import (
    ListView,
    PersonView,
    Quoted,
    QuoteView,
    Under,
    View,
    list_view,
    person_view,
    quote_view,
)


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
    qualifier_text: str = ""  # 'more than', or '' for an exact figure (and where it follows: '以上')
    amount_text: str = ""  # 'RMB 15 billion', '638 million': the number, with its currency
    _qualifier_after: str = field(default="", repr=False)  # '以上': ends unit_text (Japanese)
    _punct: Punctuation = field(default=Punctuation(), repr=False)  # '：' and '，' in Chinese
    _percent_gap: str = field(default="", repr=False)  # before '%' as the language sets it
    _spaced_after_scale: bool = field(default=False, repr=False)  # Korean: '62만 명' (phrases.py)
    _unit_link: str = field(default="", repr=False)  # 'de ' after a scale word: '1,12 million de visites'
    _sentence: sentences.Sentence | None = field(default=None, repr=False)  # set by `derive`
    deck: str = "auto"  # the event file's say: 'auto', 'tile', 'bullet' or 'omit' (model.Figure)
    headline: bool = False  # the news (model.Figure): first of the key figures
    own_sentence: str | None = None  # the file's `sentence:` with its {value} (model.Figure)
    _unqualified: str = field(default="", repr=False)  # '94 %' for 'casi 94 %': amount and unit
    _locale: str = field(default="en", repr=False)  # the edition's: its breakdown's words (`parts_clause`)
    _polite: bool | None = field(default=None, repr=False)  # its register, set by `derive` (sentences.copula)

    template_properties = (
        "text_full",
        "sentence",
        "sentence_lead",
        "sentence_value",
        "sentence_tail",
        "model",
        "value_text",
        "unit_text",
        "amount_head",
        "amount_tail",
        "unit_symbol",
        "symbol_gap",
        "unit_gap",
        "label_names_unit",
        "parts_clause",
        "tail_with_parts",
        "parts_alone",
    )

    @property
    def model(self) -> FigureView:
        """The figure itself: kept so that `{{ f.model|figure }}` in older templates still works."""
        return self

    @property
    def text_full(self) -> str:
        """'nearly RMB 15 billion (nearly USD 2.1 billion)', or the text with its unit."""
        return (
            f"{self.text_with_unit}{self._punct.open}{self.conversions_text}{self._punct.close}"
            if self.conversions_text
            else self.text_with_unit
        )

    @property
    def text_unqualified(self) -> str:
        """`text_full` without the qualifier ('94 %' for 'casi 94 %'), for a sentence whose words
        say it already ('rozó {value}': data/qualifier_words.py); '' where the figure has none."""
        if not self._unqualified:
            return ""
        p = self._punct
        conversions = f"{p.open}{self.conversions_text}{p.close}" if self.conversions_text else ""
        return f"{self._unqualified}{conversions}"

    @property
    def label_names_unit(self) -> bool:
        """True when the label already says what is counted ('Renowned guests' for guests)."""
        return _names_unit(self.label, self.unit, self._locale)

    @property
    def unit_text(self) -> str:
        """The unit as a reader needs it after the label: '' when the label already names it.
        Where the language puts the qualifier after the unit, it ends here ('社以上')."""
        shown = "" if self.currency or not self.unit or self.label_names_unit else self.unit
        return shown + self._qualifier_after if shown else ""

    @property
    def unit_symbol(self) -> str:
        """The unit when it is a symbol ('%', 'm²', 'km'), which belongs beside its number (a tile
        sets it on the number's line, never alone on a line of its own); '' otherwise."""
        return self.unit_text if self.unit_text in UNITS else ""

    @property
    def symbol_gap(self) -> str:
        """What goes between the amount and its unit symbol on a tile: a no-break space ('38\u00a0ha',
        '61\u00a0%' in German and French), none before '%' where the language sets none ('61%'), nor
        after a Chinese or Japanese scale word ('12万m²')."""
        if self.unit_symbol in ("%", "‰"):
            return self._percent_gap
        if self._after_scale_word:
            return "\u00a0"  # '6만 m²'
        return "" if phrases_cjk(self.amount_text[-1:] or "0") else "\u00a0"  # '12万m²', as its press sets it

    @property
    def unit_gap(self) -> str:
        """What goes between the amount and its unit word on a tile: the language's own (a no-break
        space, none in Chinese and Japanese: '25\u00a0projects', '25个'), and a no-break space after a
        Korean scale word ('62만\u00a0명', as the sentences write '62만 명'). Before a unit symbol it is
        `symbol_gap`: the band printed '62,5\u00a0%' in Italian, where the tile had '62,5%'."""
        if self.unit_symbol:
            return self.symbol_gap
        if self._unit_link:  # '1,12\u00a0million\u00a0de\u00a0visites' (Formatter.unit_link)
            return f"\u00a0{self._unit_link.strip()}" + ("\u00a0" if self._unit_link.endswith(" ") else "")
        return "\u00a0" if self._after_scale_word else self._punct.unit

    @property
    def amount_head(self) -> str:
        """The amount as a tile's number line sets it: the number with its scale word ('480
        millones', '1,25 miljoner'), where a currency's name follows the scale word ('de pesos',
        'kronor': `amount_tail`, set on the tile's unit line as a counted noun is); else the whole
        amount ('$1.2 billion', '3,4 mld zł', '约3亿元'). Review R: money tiles set the whole
        amount on one line at 20 pt beside counts at 48 pt."""
        return self._amount_parts()[0]

    @property
    def amount_tail(self) -> str:
        """The currency's name after a scale word ('de pesos', 'd’euros', 'kronor'); '' where the
        amount is one word (a symbol or code before it, no scale word, a unit of its own, a CJK
        amount: '2억 5000만 원' is one)."""
        return self._amount_parts()[1]

    def _amount_parts(self) -> tuple[str, str]:
        words = self.amount_text.split(" ")  # its breakable spaces (no-break ones stay in a word)
        at = next((i for i, w in enumerate(words) if any(c.isalpha() for c in w)), None)
        if not self.currency or self.unit_text or at is None or at + 1 >= len(words):
            return self.amount_text, ""
        head, scale = " ".join(words[: at + 1]), words[at]
        latin = scale[-1:].isalpha() and not any(unicodedata.east_asian_width(c) in "WF" for c in scale)
        tail = " ".join(words[at + 1 :])
        if not (latin and any(c.isdigit() for c in head)) or len(tail) < 4:  # 'US$ 5 millones',
            return self.amount_text, ""  # '2억 5000만 원'; '2,4 mld zł' is short enough as it is
        return head, tail

    @property
    def _after_scale_word(self) -> bool:
        return self._spaced_after_scale and self.amount_text[-1:].isalpha()

    @property
    def value_text(self) -> str:
        """The value as it reads after its label: 'more than 50,000 m²' after 'Exhibition area',
        '121' after 'Activities' (never 'Activities: 121 activities'), conversions included."""
        text = self.text_with_unit if self.unit_text else self.text  # '3,400社以上': the unit in place
        p = self._punct
        return f"{text}{p.open}{self.conversions_text}{p.close}" if self.conversions_text else text

    @property
    def parts_clause(self) -> str:
        """Its breakdown after its sentence, as an editor writes it (data/breakdowns.py): ', davon
        1.650 vor Ort in Wien und 750 online zugeschaltet'; '' for none."""
        return breakdowns.clause([(p.label, p.text) for p in self.parts], self._locale, self._counted)

    @property
    def tail_with_parts(self) -> str:
        """The sentence's tail with its breakdown inside the sentence, before its full stop: '… fue
        de 2.5 millones de pesos, de los cuales …' (the stop before the clause printed 'pesos., de
        los cuales')."""
        return sentences.with_clause(self.sentence_tail, self.parts_clause, self._punct.stop)

    @property
    def parts_alone(self) -> str:
        """Its breakdown named by its label, where its amount is printed elsewhere: 'Teilnehmende,
        davon 1.650 vor Ort in Wien und 750 online zugeschaltet'."""
        parts = [(p.label, p.text) for p in self.parts]
        return breakdowns.alone(self.label, parts, self._locale, self._counted, self._polite)

    @property
    def _counted(self) -> str:
        """What the figure counts, which its parts' labels may name: its unit; an amount of money
        counts its currency, not the label's words ('premios' of 'Bolsa total de premios')."""
        return "" if self.currency else self.unit or ""

    @property
    def sentence(self) -> str:
        """'More than 638 million online viewers' (+ ', as of ...' when the source dates it, and
        its note): the figure as one line of text (`sentences.figure`)."""
        return self._parts.text

    @property
    def sentence_lead(self) -> str:
        """The sentence before its value ('Total investment of the signed projects: '), so a
        document can set the value in bold: lead, value, tail."""
        return self._parts.lead

    @property
    def sentence_value(self) -> str:
        return self._parts.value

    @property
    def sentence_tail(self) -> str:
        return self._parts.tail

    @property
    def _parts(self) -> sentences.Sentence:
        if self._sentence is not None:
            return self._sentence
        return sentences.Sentence(f"{self.label}{self._punct.pair}", self.value_text, "")


@dataclass(frozen=True)
class LaunchView(View):
    name: str
    summary: str | None
    items_label: str | None
    items: tuple[str, ...]
    figures: tuple[FigureView, ...]
    quote: QuoteView | None = None
    sentence: str = ""  # its name, then its items, summary or figures (`sentences.launch`)


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
    points: tuple[str, ...] = ()  # one line per fact the section's deck charts do not show
    briefing_figures: tuple[FigureView, ...] = ()  # its figures the briefing's first page does not show
    breakdown_only: tuple[str, ...] = ()  # refs of those it shows: their bullet prints the breakdown only
    parts_charted: tuple[str, ...] = ()  # refs of its figures whose breakdown a briefing chart draws
    chart_sentences: tuple[str, ...] = ()  # captions of its charts too small to draw (two values)
    quoted: tuple[str, ...] = ()  # refs of its bullets the briefing prints with the source's words
    quoted_first: tuple[str, ...] = ()  # refs of its first-page figures whose quote it prints
    deck_pages: tuple[DeckPage, ...] = ()  # the section's slides: a chart each, then the other facts
    deck: str = "auto"  # the event file's say: 'auto', 'own-slide', 'fold' or 'omit' (model.Section)

    template_properties = ("in_briefing",)

    @property
    def in_briefing(self) -> bool:
        """Whether the briefing has anything to print under the section's heading: a section whose
        figures are all on the first page, with nothing else to say, gets no heading over nothing."""
        return bool(
            self.summary
            or self.chart_sentences
            or self.people
            or self.launches
            or self.briefing_figures
            or self.lists
            or self.briefing_charts
            or self.quoted_first
        )


@dataclass(frozen=True)
class DeckPage(View):
    """One slide of a section in the deck: a chart (with a few other facts beside it) or facts alone.

    `layout` is 'chart-and-points', 'chart' or 'points'; `headline` is the one message the slide
    carries (the chart's caption, or the section summary on its first text slide).
    """

    layout: str
    chart: str
    points: tuple[str, ...]
    headline: str
    first: bool
    continued: bool
    novel: tuple[str, ...] | None = None  # its points less those that repeat a tile, if fewer
    folded: tuple[str, ...] = ()  # ids of the sections folded onto it (its notes carry their sources)
    source: str = ""  # the deck's one source, in the footer of its last slide (no Sources slide)
    last: bool = False  # the deck's last slide: its notes carry the notes on the figures
    found: str = ""  # a title from its content where its headline yields none (`_content_title`)
    columns: int = 0  # a list's slide (layout 'columns'): its columns, 1 to 3 (`list_layout`)
    columns_why: str = ""  # why that many, for `inspect --plan`
    heads: tuple[str, ...] = ()  # a folded section's name over its bullets: a heading, not a bullet
    credit: str = ""  # a quotation's credit where one is its title ('— Priya Raman'): its lead

    template_properties = ("finding", "statement", "pull", "title_finding", "lead", "under", "column_points")

    @property
    def column_points(self) -> tuple[tuple[str, ...], ...]:
        """A list's slide: its items over its `columns` columns, as even as can be (one text box a
        column: a box's own columns are filled one after the other, 11 + 1 + 0)."""
        return list_layout.columns_of(self.points, self.columns or 1)

    @property
    def under(self) -> tuple[str, ...]:
        """Its bullets set a level down, under the one before them: a list's items under its lead
        line, a person's quotation under their line (`{%p if point in page.under %}`)."""
        return tuple(p for p in self.points if isinstance(p, Under))

    @property
    def finding(self) -> bool:
        """True when the whole headline is a finding short enough to be the slide's title (one
        sentence, two title lines at most), the section's name then a small kicker above it (issue 19
        item 5). Kept for templates that print `page.headline`; ours print `title_finding` and `lead`."""
        return sentences.is_title(self.headline)

    @property
    def title_finding(self) -> str:
        """The finding the slide's title states: the headline where it fits a title, else its first
        sentence or main clause where that fits (`titles.title_and_lead`); '' where none does (the
        section's name is the title), or else the finding its content states (`found`), or else
        the headline's main clause before words that only continue it (`titles.main_clause`)."""
        return titles.title_and_lead(self.headline)[0] or self.found or titles.main_clause(self.headline)

    @property
    def lead(self) -> str:
        """The headline less what the title states: the lead line under the title, or ''. A lead
        is a sentence: where the title is the headline's main clause (`titles.main_clause`), what
        follows it only continues it ('From a 40,000-capacity main stage …', review O) and is not
        printed on the slide. Under a quotation set as the title, its credit (review Q: words with
        no speaker on their slide)."""
        if self.credit:
            return self.credit
        title, lead = titles.title_and_lead(self.headline)
        if not title and not self.found and titles.main_clause(self.headline):
            return ""
        return lead

    @property
    def statement(self) -> bool:
        """A slide of text with little to say, which the plan found no other slide to fold into
        (at most STATEMENT_ROWS rows of body text): set large, as a statement, rather than left as a
        few lines at the top of an empty slide."""
        # a summary alone (its figures are all tiles) is a statement too, unless it is the title
        body = (self.lead, *self.points) if self.lead else self.points
        return (
            self.layout == "points"
            and any(t for t in body)
            and _rows("", tuple(t for t in body if t)) - TITLE_ROWS <= STATEMENT_ROWS
        )

    @property
    def pull(self) -> bool:
        """A statement of one or two texts (its lead, a bullet or two): set like a pull quote,
        large, centred and without bullets, rather than a bullet or two in an empty slide (which
        the document check finds near-empty: office/quality.py, FEW_LINES)."""
        texts = tuple(t for t in (self.lead, *self.points) if t)
        # a long text set bold and centred reads as a poster (review R: a launch and a survey's
        # finding, five rows, larger and bolder than the title): those stay bullets, set large
        return self.statement and len(texts) <= PULL_TEXTS and _rows("", texts) - TITLE_ROWS <= PULL_ROWS


@dataclass(frozen=True)
class Derived:
    slug: str
    sections: dict[str, SectionView]
    figures: dict[str, FigureView]
    key_figures: tuple[FigureView, ...]
    charts: dict[str, ChartData]
    headline_figures: tuple[FigureView, ...] = ()  # the three numbers a briefing opens with
    glance_pages: tuple[tuple[FigureView, ...], ...] = ()  # key figures as tiles, at most 6 a slide
    dates: str = ""  # '14–17 October 2025', or the closing date
    table_figures: tuple[FigureView, ...] = ()  # the key figures the briefing's band does not show
    deck_sections: tuple[SectionView, ...] = ()  # the deck's sections, small ones folded together
    sources_slide: bool = True  # False when the deck's one source is the last bullet of its last slide
    glance_source: str = ""  # the deck's one source under its last tiles, when it has no other slide
    glance_headlines: tuple[str, ...] = ()  # per page of tiles: its title's finding, or ''
    glance_notes: tuple[tuple[str, ...], ...] = ()  # per page of tiles: summaries no slide prints

    @property
    def band_figures(self) -> tuple[FigureView, ...]:
        """The briefing's band: the headline figures, and a fourth where the key-figures table would
        have held that one figure alone (a table of one row reads as a leftover)."""
        lone = self.table_figures if len(self.table_figures) == 1 and len(self.headline_figures) == 3 else ()
        if not _band_of_four(self.headline_figures + lone):
            lone = ()
        return self.headline_figures + lone

    @property
    def table_rows(self) -> tuple[FigureView, ...]:
        """The key-figures table's rows: the key figures the band does not show."""
        return self.table_figures[len(self.band_figures) - len(self.headline_figures) :]


#: The widest amount (with its unit) a cell of a band of four holds on one line, in narrow characters.
BAND4_CHARS = 17


def _band_of_four(figures: tuple[FigureView, ...]) -> bool:
    """Whether the band holds these figures: a quarter of the page's width holds about BAND4_CHARS
    narrow characters of a number at its least size; a wider one ('2,35 Milliarden Euro') keeps
    the band of three."""
    return all(_width(f"{f.amount_text} {f.unit_text}".strip()) <= BAND4_CHARS for f in figures)


def _table_figures(
    key_figures: tuple[FigureView, ...], headline: tuple[FigureView, ...]
) -> tuple[FigureView, ...]:
    """The key figures the briefing's first page prints in its table, under the band: none where
    that would be one row the band cannot take as a fourth (a table of one row is no table: the
    wine fair's 'Visitantes en 2026 | 27.300'); that figure is then its section's bullet, as the
    section's other figures are."""
    table = tuple(f for f in key_figures if f not in headline)
    if len(table) == 1 and not (len(headline) == 3 and _band_of_four(headline + table)):
        return ()
    return table


#: A slide holds at most this many bullets; beside a chart, at most PANEL_POINTS.
POINTS_PER_SLIDE = 6
#: A slide is about this many rows of body text high, its title and the space above the body
#: TITLE_ROWS of them, and a row about ROW_CHARS narrow characters wide: a slide of text filling
#: less than FOLD_BELOW of its area is folded into another (issue 19 item 3).
TEXT_ROWS = 18
TITLE_ROWS = 2
#: A slide of up to POINTS_PER_SLIDE bullets holds this many rows at most, its text shrunk by the fit
#: code (19 and 20 rows fit at a smaller size); more are split over two slides (a summary and four
#: people with two quotations, 26 rows, overflowed its box at the least size: review P).
MOST_ROWS = 22
ROW_CHARS = 66
FOLD_BELOW = 0.3
ECHO = 0.8  # a quote holding this share of the words of the sentence it is printed under repeats it
STATEMENT_ROWS = 6  # a slide of text of at most this many rows is set large (DeckPage.statement)
PULL_TEXTS = 2  # a statement of at most this many texts is set as a pull quote (DeckPage.pull)
PULL_ROWS = 4  # in at most this many rows
#: A section slide's footer holds the deck's sources in up to three lines of 16 pt: about this
#: many narrow characters. One source or several: a Sources slide of the few lines that fit there
#: is a title over an empty slide (issue 19); longer ones keep their slide.
FOOTER_CHARS = 270
#: A Sources slide of at most this many rows of ROW_CHARS (two or three short sources) covers far
#: less than a quarter of its slide: where their whole line is too long for the footer, the
#: footer cites them without their addresses, then without their notes too (the briefing prints
#: both), rather than leave a slide of a few lines.
SPARSE_SOURCE_ROWS = 6
#: Five lines of it (the source box grows up from the slide's foot) where the last slide is a
#: slide of text whose body leaves its foot empty: at most FOOTER_BODY_ROWS rows of text.
FOOTER_MOST_CHARS = 450
FOOTER_BODY_ROWS = TEXT_ROWS - 6
#: The footer under the last tiles holds one line of this many narrow characters.
GLANCE_FOOTER_CHARS = 90
#: The id of the deck's slide of small sections folded together (no data section id starts with '~').
OTHER_HIGHLIGHTS = "~other-highlights"
PANEL_POINTS = 4
#: A list of more items than this, or longer than LIST_ROWS rows as one sentence, is printed one
#: item a bullet under a lead line (`_lead`): a sentence of 7 sponsors or 3 session titles of 9
#: rows read as a block.
LIST_ITEMS = 6
LIST_ROWS = 3
#: A list of at least COLUMN_ITEMS items (more than a column holds) is set on slides of its own
#: (layout 'columns'), in 1 to 3 columns chosen by measure (`list_layout.lay_out`): 30 exhibitors
#: one a bullet took six slides; a shorter list stays among its section's bullets.
COLUMN_ITEMS = 10
#: Up to this many bullets of one line each share one slide rather than spill onto a second.
SHORT_POINTS = 9
#: The panel beside a chart is about a third of the body's width and four fifths of its height:
#: about PANEL_CHARS narrow characters a row and PANEL_ROWS rows (a long statement folded there
#: was set below the smallest size and overflowed).
PANEL_CHARS = 24
PANEL_ROWS = 12
TILES_PER_SLIDE = 6


def chunks(items: tuple, size: int) -> tuple[tuple, ...]:
    """`items` in the fewest runs of at most `size`, as even as can be (7 by 6 is 4 + 3, not 6 + 1)."""
    if not items:
        return ()
    count = -(-len(items) // size)
    base, extra = divmod(len(items), count)
    out, start = [], 0
    for index in range(count):
        end = start + base + (index < extra)
        out.append(tuple(items[start:end]))
        start = end
    return tuple(out)


def plain_number(value: int | Decimal) -> int | float:
    """A value as templates get it: an int when whole, else a float they can do sums with.

    The exact value stays in the model; every text the documents print is formatted from that.
    """
    return value if isinstance(value, int) else float(value)


def derive(summary: EventSummary, fmt: Formatter) -> Derived:
    figures: dict[str, FigureView] = {}
    sections: dict[str, SectionView] = {}
    proper = sentences.proper_words(_texts(summary))
    bare = sentences.bare_figures(summary)
    for section_id, section in summary.sections.items():
        views = {
            fid: _worded(_figure_view(f"{section_id}.{fid}", fid, fig, fmt), summary, fmt, proper, bare)
            for fid, fig in section.figures.items()
        }
        figures.update({v.ref: v for v in views.values()})
        launches = tuple(
            LaunchView(
                launch.name,
                fmt.punct.after_pair(launch.summary) if launch.summary else launch.summary,  # after ': '
                launch.items_label,
                _unsaid_items(launch.items, launch.summary),
                tuple(views[k] for k in launch.figures),
                _credited(launch.quote, summary, fmt),
                sentences.launch(
                    launch.name,
                    launch.summary,
                    launch.items_label,
                    _unsaid_items(launch.items, launch.summary),
                    (views[k] for k in launch.figures),
                    fmt.locale,
                    proper,
                ),
            )
            for launch in section.launches
        )
        sections[section_id] = SectionView(
            section_id,
            section.title,
            section.summary,
            views,
            tuple(views.values()),
            {
                lid: _with_echo(
                    replace(
                        list_view(item_list),
                        quote=_credited(item_list.quote, summary, fmt),
                        sentence=sentences.item_list(item_list.label, item_list.items, fmt.locale),
                        lead=_lead(item_list.label, item_list.items, fmt),
                        echoes_title=_label_is(item_list.label, section.title),
                    )
                )
                for lid, item_list in section.lists.items()
            },
            _people(section.people, summary, fmt),
            launches,
            deck=section.deck,
        )
    charts = {cid: _chart_data(cid, spec, summary, figures, fmt) for cid, spec in summary.charts.items()}
    # A chart goes after the last section whose figures it draws, so text comes before its picture.
    placed: dict[str, list[str]] = {sid: [] for sid in sections}
    order = list(sections)
    for cid, spec in summary.charts.items():
        home = max((ref.split(".")[0] for ref in spec.figures), key=order.index)
        placed[home].append(cid)
    # the news first (`headline: true`), then the other key figures in the file's order
    key_figures = tuple(sorted((v for v in figures.values() if v.key), key=lambda v: not v.headline))
    headline = (key_figures or tuple(figures.values()))[:3]
    charts = _captions_giving_way(charts, figures, headline, fmt.locale)
    charts = _findings_unsaid(charts, summary)
    # Each figure in its best form once and at most once more (issue 19 item 2). The deck: a key
    # figure a deck chart draws and its caption states is the chart's (printed twice there), the
    # others are tiles and, once more, a chart's bar or their section's bullet (not where a
    # two-value chart's sentence states it on that slide; and a slide of bullets that only repeat
    # tiles is folded without them, or made only where it has something else to say). The
    # briefing: the band prints the headline figures, the key-figures table the other key figures,
    # the sections the rest (those of the first page with a breakdown: the breakdown alone).
    # The headline figures are the glance slide's (the news, issue 19 item 11). A chart whose
    # caption states one yields its slide's message to its section's summary, where that can be a
    # title; otherwise the figure is left to the chart's slide, which prints it twice.
    first_charts = {cids[0]: sid for sid, cids in placed.items() if cids}
    headline_refs = {f.ref for f in headline}
    yielding = {
        cid
        for cid, sid in first_charts.items()
        if "deck" in charts[cid].documents
        and sentences.is_title(sections[sid].summary or "")
        and _stated({cid: charts[cid]}, figures, lambda c: True) & headline_refs
    }
    stated = _stated_by_deck_charts({c: d for c, d in charts.items() if c not in yielding}, figures)
    # a key figure a deck chart labels is the chart's, unless it is one of the headline figures:
    # a page of tiles and then a chart of the same numbers reads as the same slide twice
    charted = _labelled_bars(
        (charts[c] for sid, cids in placed.items() if sections[sid].deck != "omit" for c in cids), "deck"
    )
    tiles = tuple(  # a figure's own `deck:` overrides: 'tile' is one, 'bullet' and 'omit' are not
        f
        for f in figures.values()
        if f.deck == "tile"
        or (f.deck == "auto" and f.key and f.ref not in stated and (f in headline or f.ref not in charted))
    )
    # the news on the first tiles, in the band's order
    tiles = tuple(sorted(tiles, key=lambda f: headline.index(f) if f in headline else len(headline)))
    tile_refs = frozenset(f.ref for f in tiles)
    in_deck_charts = {ref for c in charts.values() if "deck" in c.documents for ref in c.figure_refs}
    # the figures whose breakdown a briefing chart draws (a donut, stacked or grouped bars, a
    # chart of one figure's parts): a bullet listing the parts again ('(Spain: 980, Portugal: 120,
    # …)') under that chart would print each a second time, as 'Label: value'
    parts_drawn = {
        ref
        for cid, spec in summary.charts.items()
        if "briefing" in charts[cid].documents
        and not charts[cid].too_few
        and (spec.breakdown or CHART_KINDS[spec.kind.value].draws_breakdowns)
        for ref in spec.figures
    }
    in_deck_charts |= _stated(charts, figures, lambda c: c.too_few)  # its sentence states them
    # the briefing: a figure a briefing chart draws with its amount (a bar's label, the total) and
    # whose caption states it is the chart's, as a deck chart's is: the band or the key-figures
    # table would print it a third time ('nearly RMB 15 billion' in the band, on its bar, in the
    # caption); the band takes the next key figure in its place
    # The news (`headline: true`) is on the first page whatever charts it: the band prints it,
    # and the chart's label is its second printing (a caption that states it too prints it a
    # third time, which the document check reports: the caption should name the finding).
    told = _told_by_briefing_charts(charts, figures, fmt.locale) - {f.ref for f in key_figures if f.headline}
    first_key = tuple(f for f in key_figures if f.ref not in told)
    band = tuple(f for f in (key_figures or tuple(figures.values())) if f.ref not in told)[:3]
    table_figures = _table_figures(first_key, band)
    on_first_page = {f.ref for f in (*table_figures, *band)}
    captioned = _stated(
        {c: d for c, d in charts.items() if "briefing" in d.documents or d.too_few}, figures, bool
    )
    # a figure stating the fact of one the first page prints (data/facts.py) and labelled on a
    # briefing chart: that label is the fact's second printing, so a quotation of it is not printed
    first_facts = {facts.fact(figures[r]): r for r in on_first_page}
    drawn_twins = {
        ref
        for c in charts.values()
        if _in_briefing(c)
        for ref in c.figure_refs
        if first_facts.get(facts.fact(figures[ref]), ref) != ref
        and _written_in(_Figures((figures[ref],)), list(_drawn_labels(c)), fmt.locale)
    }
    # how often the deck prints each figure: a quotation that says one is printed on its slide only
    # where that stays within MOST_REPEATS
    values = _printings(figures, sections, tile_refs, in_deck_charts, stated)
    twice = _printed_twice(figures, sections, tile_refs, in_deck_charts, stated)
    briefed = {
        sid: replace(
            view,
            chart_sentences=tuple(
                charts[c].caption
                for c in placed[sid]
                if charts[c].too_few and charts[c].caption and charts[c].caption != charts[c].title
            ),
            charts=tuple(placed[sid]),
            briefing_charts=tuple(c for c in placed[sid] if "briefing" in charts[c].documents),
            deck_charts=tuple(c for c in placed[sid] if "deck" in charts[c].documents),
            briefing_figures=_briefing_figures(  # nor those its two-value chart's sentence states
                view,
                on_first_page,
                _labelled_bars(charts[c] for c in placed[sid])
                | _stated({c: charts[c] for c in placed[sid]}, figures, lambda c: c.too_few)
                # a whole whose parts a briefing chart draws and whose caption states it: a
                # bullet '52,000 registrations by role' over that chart says it a third time
                | (parts_drawn & _stated({c: charts[c] for c in placed[sid]}, figures, _in_briefing))
                # a figure a chart of another section draws and captions: printed twice there
                | told,
                parts_drawn,
                _labelled_bars(charts[c] for c in placed[sid]),  # their notes: under the chart
            ),
            breakdown_only=tuple(
                f.ref
                for f in view.figure_list
                if f.ref in on_first_page and f.parts and f.ref not in parts_drawn
            ),
            parts_charted=tuple(f.ref for f in view.figure_list if f.ref in parts_drawn),
            quoted=_quoted(view, on_first_page | captioned, fmt.locale),
            # a first-page figure's quote in its section, under the summary: its second printing
            quoted_first=_first_page_quotes(
                view,
                on_first_page,
                [charts[c] for c in placed[sid]],
                fmt.locale,
                (told | drawn_twins, tuple(figures.values())),
            ),
        )
        for sid, view in sections.items()
    }
    # The news's quote (the event's key line) carries its figure in both documents: the figure's
    # plain line gives way to it, and a donut's total where that is still one printing too many
    carried = _key_quotes(
        figures,
        briefed,
        charts,
        (tile_refs, in_deck_charts, stated),
        on_first_page,
        fmt,
        summary.event.summary or "",
    )
    charts = {c: replace(d, total_text="") if c in carried.bare_donuts else d for c, d in charts.items()}
    sections = {
        sid: _paged(
            _carrying(view, carried.briefing),
            charts,
            in_deck_charts,
            fmt,
            tile_refs,
            yielding,
            values,
            _carried_lines(view, carried.deck, fmt),
        )
        for sid, view in briefed.items()
    }
    narrow = frozenset(c for c, d in charts.items() if not d.full_width)
    deck_sections = _titled(_folded(tuple(sections.values()), fmt, narrow), fmt, values, twice)
    # the deck's sources in its last slide's footer rather than on a slide of a few lines, where
    # they fit its three lines (FOOTER_CHARS)
    in_footer = bool(summary.sources)
    glance_source = ""
    if in_footer:
        line = _source_line(summary, fmt)
        deck_sections, in_footer = _with_source_line(deck_sections, line, FOOTER_CHARS)
        if not in_footer and _sparse_sources(summary, fmt):
            for cited in ("note", ""):  # without addresses; then without notes too
                deck_sections, in_footer = _with_source_line(
                    deck_sections, _source_line(summary, fmt, cited), FOOTER_CHARS
                )
                if in_footer:
                    break
        if not in_footer and tiles and not any(s.deck_pages for s in deck_sections):
            # a deck of tiles alone: the source under the last tiles, not a slide of one line
            glance_source, in_footer = (line, True) if _width(line) <= GLANCE_FOOTER_CHARS else ("", False)
    glance_pages = chunks(tiles, TILES_PER_SLIDE)
    glance_headlines = _glance_headlines(glance_pages, sections, deck_sections)
    return Derived(
        slug=slugify(summary.event, summary._stem),
        sections=sections,
        figures=figures,
        key_figures=key_figures,
        charts=charts,
        headline_figures=band,
        glance_pages=glance_pages,
        glance_headlines=glance_headlines,
        glance_notes=_glance_notes(glance_pages, sections, deck_sections, glance_headlines, fmt),
        dates=fmt.date_range(summary.event.start_date, summary.event.closing_date),
        table_figures=table_figures,
        deck_sections=deck_sections,
        sources_slide=not in_footer,
        glance_source=glance_source,
    )


def _glance_headlines(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
) -> tuple[str, ...]:
    """Per page of tiles, the summary of a section whose tiles are on it, which has no slide and
    which no other slide prints (its slide would only have repeated the tiles): the page's title
    states it, 'at a glance' then a kicker above it, so no text of the data is silently absent
    from the deck (issue 19 item 3). '' for a page without one; a summary too long for a title
    is left out (`sentences.is_title`)."""
    printed = " ".join(t for s in deck_sections for p in s.deck_pages for t in (p.headline, *p.points))
    shown = {s.id for s in deck_sections if s.deck_pages}
    shown |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    heads: list[str] = []
    used: set[str] = set()
    for page in pages:
        refs = {f.ref for f in page}
        found = (
            s
            for s in sections.values()
            if s.id not in used | shown
            and s.deck != "omit"
            and s.summary
            and s.summary not in printed
            and sentences.is_title(s.summary)
            and any(f.ref in refs for f in s.figure_list)
        )
        section = next(found, None)
        heads.append(titles.unstopped(section.summary or "") if section else "")  # a title: no full stop
        if section:
            used.add(section.id)
    return tuple(heads)


def _glance_notes(
    pages: tuple[tuple[FigureView, ...], ...],
    sections: dict[str, SectionView],
    deck_sections: tuple[SectionView, ...],
    heads: tuple[str, ...],
    fmt: Formatter,
) -> tuple[tuple[str, ...], ...]:
    """Per page of tiles, the summaries ('Halls: Every hall was full on the last day.') of the
    sections whose figures are all tiles, which have no slide, are folded onto none and whose
    summary no page's title states (a page's title states one: `_glance_headlines`): in that
    page's speaker notes, the page of their first tile, so that no section's summary is on no slide
    and in no notes (a second such section on a page of tiles had been left out of the deck)."""
    told = {s.id for s in deck_sections if s.deck_pages}
    told |= {sid for s in deck_sections for p in s.deck_pages for sid in p.folded}
    notes: list[list[str]] = [[] for _ in pages]
    for section in sections.values():
        if not section.summary or section.id in told or section.deck == "omit":
            continue
        if titles.unstopped(section.summary) in heads:
            continue
        refs = {f.ref for f in section.figure_list}
        at = next((i for i, page in enumerate(pages) if any(f.ref in refs for f in page)), None)
        if at is not None:
            notes[at].append(f"{section.title}{fmt.punct.pair}{fmt.punct.after_pair(section.summary)}")
    return tuple(tuple(n) for n in notes)


def _first_page_quotes(
    section: SectionView,
    on_first_page: set[str],
    charts: list[ChartData],
    locale: str,
    told: tuple[set[str], tuple[FigureView, ...]] = (set(), ()),
) -> tuple[str, ...]:
    """The refs of the section's figures the first page prints whose quote the section prints
    under its summary (their second printing): not where a chart labels the figure, a caption or the
    quote's credit (a source's title) states its amount too (a third printing), in whatever form
    ('12,400' for '1万2400', a chart's total), nor one that says another figure the first page and
    a chart print already ('44개국 1,120개 기업이 3,300개 부스를 꾸렸다' under a chart of the 3,300
    booths) or that a chart draws and captions (`told`: those refs, and every figure of the event),
    nor a fragment that cannot stand alone ('with a total investment of nearly …'). A credit that is a
    source's title naming the amount ('… oltre 8.500 visitatori …') is a citation, not a printing
    (as the document check counts it); and a quotation that says what the figure's sentence says
    is printed all the same: the section prints no such sentence for a first-page figure, so the
    quote is where the section states it."""
    quoted = [f for f in section.figure_list if f.quote]
    drawn = [c for c in charts if _in_briefing(c)]
    charted = (
        _labelled_bars(charts)
        | _written_in(section, [c.caption for c in charts if "briefing" in c.documents or c.too_few], locale)
        | _written_in(section, [t for c in drawn for t in _drawn_labels(c)], locale)
    )
    twice = charted & on_first_page | told[0]
    every = _Figures(told[1] or section.figure_list)
    elsewhere = (
        {f.ref for f in section.figure_list} - on_first_page
        | charted
        | {f.ref for f in quoted if f.quote and _written_in(every, [f.quote.text], locale) & twice - {f.ref}}
        | {f.ref for f in quoted if f.quote and f.quote.text[:1].islower()}
    )
    return _quoted(section, elsewhere, locale, echoes=False)


def _plain(text: str) -> str:
    """Text with its no-break spaces as plain ones, to find an amount in it."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _written_in(section: SectionView | _Figures, texts: list[str], locale: str) -> set[str]:
    """The section's figures a text of `texts` writes, in whatever form a reader takes for its
    amount ('… of the more than $48 billion committed' under a chart of its parts; '12,400' for
    '1万2400'): data/written_numbers.py, which the document check reads the documents with; and
    as its amount is printed, however short ('25' in '17 of the 25 signed projects')."""
    joined = "\n".join(t for t in texts if t)
    if not joined:
        return set()
    found = {f.ref for f in section.figure_list if _plain(f.amount_text) in _plain(joined)}  # '25' too
    for f in section.figure_list:
        percent = (f.unit or "").strip() in ("%", "％")
        values = written_numbers.figure_values(f.amount_text + ("%" if percent else ""), f.value, locale)
        if values is not None and written_numbers.says(_plain(joined), values, percent, locale):
            found.add(f.ref)
    return found


def _told_by_briefing_charts(
    charts: dict[str, ChartData], figures: dict[str, FigureView], locale: str
) -> set[str]:
    """The figures a briefing chart prints twice: drawn with their amount (a bar's value label,
    the chart's total) and stated by its caption, in whatever form either writes it."""
    told: set[str] = set()
    for chart in charts.values():
        if not _in_briefing(chart) or not chart.caption:
            continue
        drawn = {ref: figures[ref] for ref in chart.figure_refs if ref in figures}
        view = _Figures(tuple(drawn.values()))
        told |= _written_in(view, list(_drawn_labels(chart)), locale) & _written_in(
            view, [chart.caption], locale
        )
    return told


@dataclass(frozen=True)
class _Figures:
    """Figures to look for in texts (`_written_in` reads a section's `figure_list`)."""

    figure_list: tuple[FigureView, ...]


def _drawn_labels(chart: ChartData) -> tuple[str, ...]:
    """What a chart picture prints of its numbers (charts/draw.py): its value labels, and its
    total where it draws one (a donut's, in its hole or its title)."""
    total = (chart.total_text,) if chart.kind == "donut" else ()
    return (*(b.text for b in chart.bars), *(t for s in chart.series for t in s.texts), *total)


def _unsaid_items(items: Iterable[str], summary: str | None) -> tuple[str, ...]:
    """A launch's items its summary does not say already: the signing ceremony's "涉及粮油加工、冷链
    物流、智慧农业和预制菜等领域" was followed by "签约领域：粮油加工、冷链物流、智慧农业、预制菜"
    (review O); each fact of a launch is printed once."""
    said = " ".join((summary or "").casefold().split())
    return tuple(item for item in items if " ".join(str(item).casefold().split()) not in said)


def _captions_giving_way(
    charts: dict[str, ChartData], figures: dict[str, FigureView], shown: tuple[FigureView, ...], locale: str
) -> dict[str, ChartData]:
    """The charts whose caption gives way to their title: those that draw, labelled with its
    amount, a figure stating the same fact (data/facts.py) as one of the `shown` figures (the
    band's and the first tiles') under another name, or the news itself (`headline: true`, which
    the first page and the tiles print whatever charts it), and whose caption states that amount
    too: the first page, the bar and the caption would print it three times. (Another shown figure
    a chart draws and captions is the chart's: the band and the tiles leave it out.) The wine
    fair's 'El negocio pasó de unos 26 millones de euros en 2024 a más de 42,5 millones en 2026'
    under a trend whose last bar is the news printed the news a third time in each document; the
    chart's bars say what the caption said (the deck's slide takes the text about the chart as its
    title then: 'El negocio ha crecido un 63,5 % en tres ediciones')."""
    news = {facts.fact(f): f.ref for f in shown}
    out = {}
    for cid, chart in charts.items():
        twins = _Figures(
            tuple(
                figures[ref]
                for ref in chart.figure_refs
                if ref in figures
                and (news.get(facts.fact(figures[ref]), ref) != ref or figures[ref].headline)
            )
        )
        gives_way = (
            bool(twins.figure_list)
            and not chart.too_few
            and chart.caption != chart.title
            and _written_in(twins, list(_drawn_labels(chart)), locale)
            & _written_in(twins, [chart.caption], locale)
        )
        out[cid] = replace(chart, caption=chart.title, spoken=chart.caption) if gives_way else chart
    return out


def _findings_unsaid(charts: dict[str, ChartData], summary: EventSummary) -> dict[str, ChartData]:
    """The charts whose data's finding (`found`) states no number a summary or a caption of the
    event file writes: one that does would print it a third time (that text, the bar, the title),
    and the event file's words say it already; those keep their topic title."""
    texts = (
        summary.event.summary or "",
        *(s.summary or "" for s in summary.sections.values()),
        *(c.caption or "" for c in summary.charts.values()),
    )
    written = frozenset().union(*(number_words.numbers(t) for t in texts)) - {1.0}
    return {
        cid: replace(c, found="") if c.found and number_words.numbers(c.found) & written else c
        for cid, c in charts.items()
    }


def _in_briefing(chart: ChartData) -> bool:
    return "briefing" in chart.documents and not chart.too_few


def _stated_by_deck_charts(charts: dict[str, ChartData], figures: dict[str, FigureView]) -> set[str]:
    """The figures a deck chart draws whose amount its caption (the slide's headline) also prints."""
    return _stated(charts, figures, lambda c: "deck" in c.documents)


def _stated(
    charts: dict[str, ChartData], figures: dict[str, FigureView], which: Callable[[ChartData], bool]
) -> set[str]:
    """The figures drawn by the charts `which` picks whose amount the chart's caption prints."""

    return {
        ref
        for c in charts.values()
        if which(c)
        for ref in c.figure_refs
        if _plain(figures[ref].amount_text) in _plain(c.caption)
    }


def _briefing_figures(
    section: SectionView,
    on_first_page: set[str],
    charted: set[str],
    parts_drawn: set[str] | None = None,
    noted: set[str] | None = None,
) -> tuple[FigureView, ...]:
    """The section's figures the briefing prints as bullets: not those its first page shows,
    unless a bullet adds their breakdown, which the first page does not print; not those its
    chart labels, unless a bullet adds their note, which the chart does not print (those `noted`,
    a labelled bar's, print their note under the chart's caption: `ChartData.notes`)."""
    return tuple(
        f
        for f in section.figure_list
        if (f.ref not in on_first_page or (f.parts and f.ref not in (parts_drawn or set())))
        and (f.ref not in charted or (f.note and f.ref not in (noted or set())))
    )


def _labelled_bars(charts: Iterable[ChartData], document: str = "briefing") -> set[str]:
    """The figures the `document`'s charts among `charts` draw as bars labelled with their amounts
    (not a stacked chart's totals, a donut's whole or a two-value chart's sentence): a bullet
    under the chart, or a tile before it, would print each again ('12 bullets, then a chart of the
    same 12 numbers')."""
    return {
        ref
        for c in charts
        if document in c.documents and not c.too_few and not c.series and len(c.bars) == len(c.figure_refs)
        for ref in c.figure_refs
    }


def _points(
    section: SectionView,
    charted: set[str],
    fmt: Formatter,
    values: Printings = frozenset(),
    carried: dict[str, str] | None = None,
) -> tuple[str, ...]:
    """The section's facts as deck bullets (`sentences`), leaving out figures a deck chart already
    shows. A person is named with their last title only: a slide has room for one. The news's
    quote (`carried`: its figure's ref, and the quotation as the slide prints it) comes first, in
    its figure's place: the figure's own line gives way to it (data/key_quotes.py)."""
    locale = fmt.locale
    carried = carried or {}
    points: list[str] = [line for ref, line in carried.items()]
    charted = charted | set(carried)
    for p in section.people:
        points.append(sentences.person(p.name, _fitting_titles(p.titles, p.role, fmt), p.role, locale))
        if _slide_quote(p.quote, values):  # their words on the slide, not only in the speaker's notes
            points.append(Quoted(_credit(fmt.quoted(p.quote.text), _whole(p.name), fmt)))
    for launch in section.launches:
        shown = [f for f in launch.figures if f.ref not in charted]  # a chart shows the others
        points.append(
            sentences.launch(launch.name, launch.summary, launch.items_label, launch.items, shown, locale)
            if launch.items or launch.summary or shown
            else launch.name
        )
        q = launch.quote
        if q is not None and _slide_quote(q, values):  # its words under its line, as a person's (review Q)
            said = fmt.quoted(q.text)
            points.append(Quoted(_credit(said, q.credit, fmt) if q.credit else said))
    stated = {f.ref for launch in section.launches for f in launch.figures}  # in their launch's line
    points += [f.sentence for f in section.figure_list if f.ref not in charted | stated]
    summary = (section.summary or "").casefold()
    for item_list in section.lists.values():  # not a list the summary already quotes (WAIC's slogan)
        if summary and all(str(item).casefold() in summary for item in item_list.items):
            continue
        points += _list_points(item_list, section.title)
    return tuple(points)


#: The longest quotation a slide prints under its speaker's line (narrow characters); a longer one
#: stays in the speaker notes, with every quotation.
QUOTE_CHARS = 170


#: A figure's amount is printed at most this often in one document: its best form, and once more
#: (issue 19 item 2). The document check (office/quality.py) holds the documents to the same number.
MOST_REPEATS = 2

#: (a figure's value, its qualifier, how often the deck prints it) for each figure of an event.
Printings = frozenset[tuple[float, str, int]]


def _printings(
    figures: dict[str, FigureView],
    sections: dict[str, SectionView],
    tiles: frozenset[str],
    charted: set[str],
    stated: set[str],
) -> Printings:
    """How often the deck prints each figure, counted as the plan places it (at most, not less): its
    tile, its chart's bar, the chart's caption that states it, its bullet (not where a chart draws
    it, unless the event file says 'bullet'; not a tile's, unless its section has a slide of its
    own); 'omit' none."""
    return frozenset(
        (f.value, f.qualifier, _deck_count(ref, f, sections, tiles, charted, stated))
        for ref, f in figures.items()
    )


def _deck_count(
    ref: str,
    f: FigureView,
    sections: dict[str, SectionView],
    tiles: frozenset[str],
    charted: set[str],
    stated: set[str],
) -> int:
    """How often the deck prints one figure as the plan places it (`_printings`)."""
    section = sections.get(ref.split(".", 1)[0])
    own = section.deck == "own-slide" if section is not None else True
    bullet = (ref not in charted or f.deck == "bullet") and (ref not in tiles or own)
    return 0 if f.deck == "omit" else int((ref in tiles) + (ref in charted) + (ref in stated) + bullet)


def _printed_twice(
    figures: dict[str, FigureView],
    sections: dict[str, SectionView],
    tiles: frozenset[str],
    charted: set[str],
    stated: set[str],
) -> frozenset[facts.Fact]:
    """The facts the deck prints twice already, counted as `_printings` counts, over all the
    figures that state each (data/facts.py): a title that states one would be its third (the wine
    fair's news is a tile and its trend's last bar: review O)."""
    counts: dict[facts.Fact, int] = {}
    for ref, f in figures.items():
        counts[facts.fact(f)] = counts.get(facts.fact(f), 0) + _deck_count(
            ref, f, sections, tiles, charted, stated
        )
    return frozenset(k for k, n in counts.items() if n >= MOST_REPEATS)


def _slide_quote(quote: QuoteView | None, said: Printings = frozenset()) -> bool:
    """Whether a person's quotation goes on their slide: one that says more than their line (not an
    echo), and short enough for a bullet. A number in it that is no figure's is what people say on
    stage ('Helix-9 brings …', a year, '5세트까지 …'); one that is a figure's value is its printing
    too: on the slide where it says the figure as the data does (its qualifier too: 'nearly') and
    the deck prints that figure fewer than MOST_REPEATS times otherwise, so that the quotation is
    its second printing at most; else in the speaker notes, with every quotation."""
    if quote is None or quote.echo or _width(quote.text) > QUOTE_CHARS:
        return False
    numbers = _numbers(quote.text)
    if not numbers:
        return True
    text = quote.text.casefold()
    return not any(
        (count >= MOST_REPEATS or (qualifier and qualifier.casefold() not in text))
        and numbers & _scaled(frozenset({value}))
        for value, qualifier, count in said
    )


#: A number as a text writes it: digits, with group separators and a decimal part in any locale;
#: not one a name carries ('Helix-9', 'H100', 'COVID-19'), which counts nothing.
_NUMBER = re.compile(r"(?<![A-Za-z]-)(?<![A-Za-z\d.,])\d+(?:[.,\u00a0\u202f' ]\d{3})*(?:[.,]\d+)?")
#: The scales a text writes a figure's value in: as it is, in thousands, 万, millions, 亿, billions.
_SCALES = (1, 10**3, 10**4, 10**6, 10**8, 10**9, 10**12)


def _numbers(text: str) -> frozenset[float]:
    """The values the numbers of a text can be, each read with either decimal mark ('41.500' is
    41500 in Italian and 41.5 in English; both are candidates)."""
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        token = re.sub(r"[\u00a0\u202f' ]", "", match.group())
        for group, mark in ((",", "."), (".", ",")):
            try:
                found.add(round(float(token.replace(group, "").replace(mark, ".")), 6))
            except ValueError:
                continue
    return frozenset(found)


@lru_cache(maxsize=256)
def _scaled(values: frozenset[float]) -> frozenset[float]:
    """Each figure's value as a text may write it: as it is, or in one of `_SCALES` (1.6 for
    1,600,000,000 in '1.6 billion')."""
    return frozenset(round(v / scale, 6) for v in values for scale in _SCALES if v)


def _unsaid(titles: Iterable[str], role: str | None) -> tuple[str, ...]:
    """The titles the role does not say already ('결승전 MVP' before '결승전 MVP로 선정되었다')."""
    said = (role or "").casefold()
    return tuple(t for t in titles if t.casefold() not in said)


def _fitting_titles(titles: Iterable[str], role: str | None, fmt: Formatter) -> tuple[str, ...]:
    """A person's titles as a slide has room for them: the first (why they are named: 'President of
    the jury of the Grand Prix'), then those after it while together they fit one line; not one
    the role says already ('결승전 MVP' before '결승전 MVP로 선정되었다')."""
    kept: list[str] = []
    for title in _unsaid(titles, role):
        if kept and _width(sentences.listing((*kept, title), fmt.locale)) > ROW_CHARS:
            break
        kept.append(title)
    return tuple(kept)


def _quoted(section: SectionView, elsewhere: set[str], locale: str, echoes: bool = True) -> tuple[str, ...]:
    """The refs of the section's bullets the briefing prints with their quote under them: the
    figure is printed twice then (its bullet and the source's words), never a third time (not one
    the first page or a chart's caption prints too: the deck's notes keep its quote); a quote
    several figures share once, under the last of them; not one that only says the bullet again,
    nor one in another script than the edition's (an English sentence in the Chinese briefing)."""
    asian = sentences.language(locale) in ("zh", "ja", "ko")
    chosen = [
        f
        for f in section.figure_list
        if f.quote is not None
        and f.ref not in elsewhere
        and asian == any(phrases_cjk(c) or "\uac00" <= c <= "\ud7a3" for c in f.quote.text)
        and not (echoes and _echoes(f.quote.text, f.sentence))
    ]
    last = {f.quote.text: f.ref for f in chosen if f.quote is not None}
    return tuple(f.ref for f in chosen if f.quote is not None and last[f.quote.text] == f.ref)


def _lead(label: str, items: Iterable[str], fmt: Formatter) -> str:
    """The line a list's items are printed under, one a bullet ('Late-breaking sessions:'), where
    one sentence of them would be too long to read (more than LIST_ITEMS items, or LIST_ROWS rows);
    '' for a short list, which stays one sentence ('Tracks: adaptation finance and blue carbon')."""
    items = tuple(items)
    if (
        len(items) <= LIST_ITEMS
        and _width(sentences.item_list(label, items, fmt.locale)) <= LIST_ROWS * ROW_CHARS
        and not any(_PAIR.search(item) for item in items)
    ):
        return ""
    return f"{label}{fmt.punct.pair}".rstrip()


#: An item that is a pair of its own ('Gran premio: Cosecha Viva'): in one sentence after the
#: list's label it read 'Ganadores: Gran premio: Cosecha Viva; …' (review N), so such items are
#: printed one a line under the label. Not an address's colon ('https://').
_PAIR = re.compile(r"[:：](?!//)")


def _texts(summary: EventSummary) -> list[str]:
    """The event's prose and quotes: where `sentences.proper_words` finds names ('1 Nobel laureate')."""
    texts = [summary.event.summary or ""]
    for section in summary.sections.values():
        texts.append(section.summary or "")
        quotes = [f.quote for f in section.figures.values()] + [p.quote for p in section.people]
        quotes += [x.quote for x in (*section.lists.values(), *section.launches)]
        texts += [q.text for q in quotes if q is not None]
    return texts


def _credited(quote: Quote | None, summary: EventSummary, fmt: Formatter, name: str = "") -> QuoteView | None:
    """A quote with the one its words are credited to: a person who said them, or else the source
    it names (its publisher, or its title as the Sources list prints it) where the event has
    several. An event of one source credits none of its quotes to it: every quote is that
    source's, and its title
    under each of WAIC's eight quotes read as the same line printed eight times (the Sources
    section names it once)."""
    view = quote_view(quote)
    if view is None:
        return None
    if name and sentences.speaker(view.text, name):
        return replace(view, credit=credit_name(name, _width(name) <= 30))
    source = summary.sources.get(view.source or "")
    if source is None or len(summary.sources) == 1:
        return view
    # its publisher, as a press credits a release ('— Bordeaux Innovation Atlantique'): the
    # release's title in quotation marks read as a second quotation (review P); else the title
    if source.publisher:
        return replace(view, credit=str(source.publisher))
    return replace(view, credit=fmt.quoted(source.title, "work"))


def _people(people: list[Person], summary: EventSummary, fmt: Formatter) -> tuple[PersonView, ...]:
    """People with their sentence and their quote; a quote several people share (the source's one
    sentence about two guests) is printed once, after the last of them."""
    views = []
    for index, person in enumerate(people):
        quote = _credited(person.quote, summary, fmt, person.name)
        later = [p.quote.text for p in people[index + 1 :] if p.quote is not None]
        if quote is not None and quote.text in later:
            quote = None
        views.append(
            _with_echo(
                replace(
                    person_view(person),
                    quote=quote,
                    sentence=sentences.person(  # every title, less one the role says already
                        person.name, _unsaid(person.titles, person.role), person.role, fmt.locale
                    ),
                )
            )
        )
    return tuple(views)


_View = TypeVar("_View", PersonView, ListView)


def _with_echo(view: _View) -> _View:
    """`view` with its quote marked `echo` when the quote only says again what the sentence above
    it says (the source's sentence the fact was written from: 'At the closing ceremony, Zhang Wei,
    Vice Mayor of …, declared the conference closed.'): the briefing then prints it once, not twice."""
    if view.quote is None or not _echoes(view.quote.text, view.sentence):
        return view
    return replace(view, quote=replace(view.quote, echo=True))


def _echoes(quote: str, sentence: str) -> bool:
    """True when at least ECHO of the sentence's words (of a Chinese or Japanese sentence: its
    characters) are in the quote, and at most a third of the quote's are not in the sentence: it
    adds little a reader has not just read ('… who passionately discussed industrial innovation
    trends' adds enough to be printed)."""

    def words(text: str) -> set[str]:
        if any(phrases_cjk(c) for c in text):
            return {c for c in text if c.isalnum()}
        return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2}

    said, quoted = words(sentence), words(quote)
    shared = len(said & quoted)
    return bool(said) and shared >= ECHO * len(said) and len(quoted) - shared <= len(quoted) / 3


def _worded(
    view: FigureView, summary: EventSummary, fmt: Formatter, proper: frozenset[str], bare: set[str]
) -> FigureView:
    return replace(
        view,
        quote=_credited(view._figure.quote, summary, fmt),
        _sentence=sentences.figure(view, fmt.locale, proper, alike=view.ref in bare, polite=fmt.polite),
        _polite=fmt.polite,
    )


def _paged(
    section: SectionView,
    charts: dict[str, ChartData],
    charted: set[str],
    fmt: Formatter,
    tiles: frozenset[str] = frozenset(),
    yielding: set[str] | frozenset[str] = frozenset(),
    values: Printings = frozenset(),
    carried: dict[str, str] | None = None,
) -> SectionView:
    # A figure's own `deck:`: 'bullet' is a line of text even where a chart draws it, 'omit' none.
    bullets = {f.ref for f in section.figure_list if f.deck == "bullet"}
    omitted = {f.ref for f in section.figure_list if f.deck == "omit"}
    points = _points(section, charted - bullets | omitted, fmt, values, carried)
    if section.deck == "omit":  # the event file leaves it out of the deck; the briefing keeps it
        return replace(section, points=points, deck_pages=())
    novel = (
        points
        if section.deck == "own-slide"
        else _points(section, charted - bullets | tiles | omitted, fmt, values, carried)
    )
    if not (section.summary or section.chart_sentences) and not novel:
        points = ()  # bullets that only repeat the tiles, with nothing to say about them: no slide
    tiles_only = section.deck != "own-slide" and bool(points) and not novel and not section.deck_charts
    if tiles_only:  # a slide of bullets that only repeat the tiles: its summary alone (issue 19 item 2)
        return replace(section, points=points, deck_pages=(_statement(section, fmt),))
    # A figure that is a tile gets no bullet on its section's slides (the tiles just printed it),
    # unless the event file gives the section a slide of its own: its slides print `novel`.
    printed = points if section.deck == "own-slide" else novel
    pages: list[DeckPage] = []
    rest = printed
    about = _about_charts(rest, [charts[c] for c in section.deck_charts])
    for index, chart_id in enumerate(section.deck_charts):
        data = charts[chart_id]
        headline = _chart_headline(
            data, section.summary if index == 0 else None, chart_id in yielding, fmt.punct.space
        )
        # Beside the first chart when they all fit there; otherwise they get slides of their own,
        # so no slide carries a lone leftover bullet. A full-width chart (many names, or words too
        # long for a narrower chart) takes none, as the plan says: beside even two bullets its
        # names were squeezed until LibreOffice dropped every other one.
        wide = data.full_width
        if index > 0 and about.get(index):  # the text about this chart's figures: its lead (a
            # later chart's slide has no panel: the template sets the chart-and-points slide first)
            mine = fmt.punct.space.join(about[index])
            both = f"{headline}{fmt.punct.space}{mine}" if headline else mine
            if _lead_fits(both, data):
                headline, rest = both, tuple(p for p in rest if p not in about[index])
            beside = ()
        else:
            own = tuple(p for p in rest if not any(p in v for k, v in about.items() if k > index))
            beside = own if index == 0 and _fits_panel(own) and not wide else ()
            rest = tuple(p for p in rest if p not in beside)
        if index == 0 and wide and not headline and len(rest) == 1:
            headline, rest = rest[0], ()  # the one line left is the slide's message, as `_host` does
        layout = "chart-and-points" if beside else "chart"
        # a headline that gives no title: the chart's data states the finding (chart_findings)
        found = "" if _titles(headline) or data.spoken else data.found
        pages.append(DeckPage(layout, chart_id, beside, headline, index == 0, index > 0, found=found))
    has_text = section.summary or section.chart_sentences
    statement = fmt.punct.space.join(t for t in (section.summary, *section.chart_sentences) if t)
    rest, columned = _columned(section, rest, "" if pages else statement)
    alone = bool(columned) and not pages and not rest  # the list is all the section's text
    groups = _text_groups(rest, None, "" if pages else statement)
    for group in groups or (((),) if not pages and has_text and not alone else ()):
        first = not pages
        headline = statement if first else ""
        pages.append(DeckPage("points", "", group, headline, first, not first))
    for lead, laid in columned:  # a long list: its slides and columns by measure
        named = ""  # the list's label where it titles its first slide: its continuations follow it
        for index, chunk in enumerate(laid.pages):
            headline, found = (lead if index == 0 else "", "")
            if alone and not pages:
                headline, found = _with_lead(statement, lead)
                named = found
            elif index and named:  # 'Espositori (segue)', not the section's name the kicker says
                found = fmt.gettext("%(title)s (continued)", title=named.rstrip(":： "))
            page = DeckPage("columns", "", chunk, headline, not pages, bool(pages), found=found)
            pages.append(replace(page, columns=laid.columns, columns_why=laid.why))
    if pages and not pages[-1].points and pages[-1].layout == "points" and len(printed) < len(points):
        # A slide whose bullets all were tiles, with only its summary left: folded where another
        # slide takes it, else left out (the tiles and the briefing print it), as `_statement`.
        pages[-1] = replace(pages[-1], novel=())
    return replace(section, points=points, deck_pages=tuple(pages))


def _key_quotes(
    figures: dict[str, FigureView],
    sections: dict[str, SectionView],
    charts: dict[str, ChartData],
    deck: tuple[frozenset[str], set[str], set[str]],
    on_first_page: set[str],
    fmt: Formatter,
    summary: str = "",
) -> key_quotes.Carried:
    """Whose quote carries its figure where (data/key_quotes.py): the news figures' quotes that
    state their figure, counted against each document's printings as the plan places them."""
    locale, every = fmt.locale, _Figures(tuple(figures.values()))
    asian = sentences.language(locale) in ("zh", "ja", "ko")
    quotes = {}
    for f in figures.values():
        q = f.quote
        if not f.headline or q is None or q.text[:1].islower() or f.deck == "omit":
            continue  # a fragment ('with a total investment of …') cannot stand alone
        if asian != any(phrases_cjk(c) or "\uac00" <= c <= "\ud7a3" for c in q.text):
            continue  # an English quote in the Chinese edition
        said = _written_in(every, [q.text], locale)
        if f.ref in said:
            quotes[f.ref] = frozenset(said)
    if not quotes:
        return key_quotes.Carried()
    texts = [summary, *(s.summary or "" for s in sections.values())]  # a summary may say one too
    tiles, charted, _ = deck
    deck_lines = {
        ref
        for ref, f in figures.items()
        if f.deck != "omit"
        and (ref not in charted or f.deck == "bullet")
        and (ref not in tiles or sections[ref.split(".", 1)[0]].deck == "own-slide")
    }
    too_long = {r for r in quotes if _width(figures[r].quote.text) > QUOTE_CHARS}  # type: ignore[union-attr]
    printed = {
        "briefing": frozenset(r for s in sections.values() for r in (*s.quoted, *s.quoted_first)),
        # a slide has no room for it, or its section has no slide: its notes keep it
        "deck": frozenset(too_long | {r for r in quotes if sections[r.split(".", 1)[0]].deck == "omit"}),
    }
    lines = {
        ref
        for s in sections.values()
        for f in s.briefing_figures
        if (ref := f.ref) not in s.breakdown_only and not (f.parts and ref not in s.parts_charted)
    }
    bullets = {f.ref for s in sections.values() for f in s.briefing_figures}
    quoted = [
        f.quote.text
        for s in sections.values()
        for f in s.figure_list
        if f.quote and f.ref in printed["briefing"]
    ]
    return key_quotes.decide(
        quotes,
        {ref: (f.value, (f.unit or "").strip() in ("%", "％")) for ref, f in figures.items()},
        _forms("briefing", figures, charts, on_first_page, (bullets, lines), [*texts, *quoted], locale),
        _forms("deck", figures, charts, set(tiles), (deck_lines, deck_lines), texts, locale),
        MOST_REPEATS,
        printed,
        {ref: facts.fact(f) for ref, f in figures.items()},
    )


def _forms(
    document: str,
    figures: dict[str, FigureView],
    charts: dict[str, ChartData],
    first: set[str],
    lines: tuple[set[str], set[str]],
    texts: list[str],
    locale: str,
) -> key_quotes.Forms:
    """How often `document` prints each figure as planned, at most: its first form (the band or
    the key-figures table; a tile), a chart's label, a donut's total, its line (`lines`: those
    printed, and those of them that can give way), and every caption, chart sentence, summary and
    printed quotation (`texts`) that writes its amount, once per text whoever owns the amount."""
    every = _Figures(tuple(figures.values()))
    shown = [c for c in charts.values() if document in c.documents and not c.too_few]
    labelled = _labelled_bars(charts.values(), document)
    donuts = {c.id: c.figure_refs[0] for c in shown if c.kind == "donut" and c.total_text}
    counts = {
        ref: (ref in first) + (ref in labelled) + (ref in lines[0]) + (ref in donuts.values())
        for ref in figures
    }
    for text in (*texts, *(c.caption for c in charts.values() if document in c.documents or c.too_few)):
        owners = {
            (f.value, f.unit): f.ref for f in figures.values() if f.ref in _written_in(every, [text], locale)
        }
        for ref in owners.values():
            counts[ref] += 1
    return key_quotes.Forms(counts, frozenset(lines[1]), donuts)


def _carrying(section: SectionView, refs: frozenset[str]) -> SectionView:
    """The section with the quotes of `refs` printed under its summary, in their figures' place:
    their bullets give way (data/key_quotes.py)."""
    mine = {f.ref for f in section.figure_list} & refs
    if not mine:
        return section
    # a bullet that prints a breakdown the first page does not stays (`_briefing_forms` counts it)
    keep = {f.ref for f in section.figure_list if f.ref in section.breakdown_only}
    keep |= {f.ref for f in section.figure_list if f.parts and f.ref not in section.parts_charted}
    return replace(
        section,
        quoted_first=tuple(f.ref for f in section.figure_list if f.ref in {*section.quoted_first, *mine}),
        quoted=tuple(r for r in section.quoted if r not in mine),
        briefing_figures=tuple(f for f in section.briefing_figures if f.ref not in mine - keep),
    )


def _carried_lines(section: SectionView, refs: frozenset[str], fmt: Formatter) -> dict[str, str]:
    """The quotations the section's slide prints in place of their figures' lines, by ref: the
    quote, credited where it has a credit ('“…” — “Closing release”')."""
    out = {}
    for f in section.figure_list:
        if f.ref in refs and f.quote is not None:
            said = fmt.quoted(f.quote.text)
            out[f.ref] = _credit(said, f.quote.credit, fmt) if f.quote.credit else said
    return out


def _titled(
    sections: tuple[SectionView, ...],
    fmt: Formatter,
    values: Printings = frozenset(),
    twice: frozenset[facts.Fact] = frozenset(),
) -> tuple[SectionView, ...]:
    """The deck's slides of text as they stand once folded, each section's first and the text a
    chart leaves (a slide of its own, not two lines of leftovers under '(continued)'), titled with
    what they say where their headline yields no title (`_content_title`)."""
    out = []
    for section in sections:
        pages = list(section.deck_pages)
        for at, page in enumerate(pages):
            own = at == 0 or pages[at - 1].layout == "chart"
            if page.layout == "points" and not own and not page.found:
                pages[at] = _list_continued(page, pages[at - 1], fmt)
                continue
            if page.layout != "points" or not own or titles.title_and_lead(page.headline)[0]:
                continue
            # the news first: a section holding the headline figure is titled with its finding,
            # not with another figure's nor a person's line (review O: 'La ocupación hotelera …
            # rozó 94 %' over the section of the record business volume)
            found, points = _news_title(section, page.points, fmt, twice)
            if not found:
                found, points = _content_title(section, page.points, fmt, values)
            clause = bool(titles.main_clause(page.headline))  # over a bare count (review Q)
            if not found:  # no person's line: the lead figure's sentence, not the section's name
                found, points = _figure_title(section, page.points, fmt, bool(page.headline), clause)
            credit, points = _title_credit(section, found, points, fmt)
            if credit and titles.title_and_lead(page.headline)[1]:
                points = (page.headline, *points)  # the credit is the lead: the headline a bullet
            titled = replace(page, found=found, points=points, credit=credit)
            if credit and titled.pull:  # a pull quote's lines are centred apart from the title, its
                # credit a heading of the line under it: the quotation stays there, credited, and a
                # finding (a clause, not a bare count) titles the slide, else its section's name
                found, rest = _figure_title(section, page.points, fmt, bool(page.headline), True)
                titled = replace(page, found=found, points=rest)
            if found and (titled.points or not page.points or page.headline):
                # a title that would take a slide's only text leaves it empty: the text stays the
                # slide's statement under the section's name (review R: a key quote alone)
                pages[at] = titled
        out.append(replace(section, deck_pages=tuple(pages)))
    return tuple(out)


def _list_continued(page: DeckPage, before: DeckPage, fmt: Formatter) -> DeckPage:
    """A continuation slide of text titled with its list rather than '<section> (continued)'
    (review O: 'Premios (continuación)', 'Palmarès (suite)' over a list): one that opens with a
    list's lead line is titled with the list's label, its items then its bullets
    ('Romans finalistes'); one that opens with the items of a list begun on the slide before,
    '<label> (continued)'. Else `page` as it is."""
    points = page.points
    lead = _list_lead(points)
    if lead:
        rest = tuple(str(p) for p in points[1:] if isinstance(p, Under) and not isinstance(p, Quoted))
        if len(rest) == len(points) - 1:  # the list is all the slide holds
            return replace(page, found=lead, points=rest)
        return page
    if points and isinstance(points[0], Under) and not isinstance(points[0], Quoted):
        heads = [p for p in before.points if not isinstance(p, Under)]
        label = _list_lead((heads[-1], points[0])) if heads else ""
        if label and before.points and isinstance(before.points[-1], Under):
            return replace(page, found=fmt.gettext("%(title)s (continued)", title=label))
    return page


def _list_lead(points: tuple[str, ...]) -> str:
    """The label of the list whose lead line opens `points` ('Romans finalistes :' before its
    items), without its colon; '' where they open otherwise."""
    if len(points) < 2 or isinstance(points[0], Under) or not isinstance(points[1], Under):
        return ""
    if isinstance(points[1], Quoted) or not points[0].rstrip().endswith((":", "：")):
        return ""
    return points[0].rstrip().rstrip(":：").rstrip()


#: A slide of more people than this (each with what they did) is titled by none of them.
PERSON_TITLES = 2


def _content_title(
    section: SectionView, group: tuple[str, ...], fmt: Formatter, values: Printings = frozenset()
) -> tuple[str, tuple[str, ...]]:
    """(the title, the slide's bullets) of a section's first slide of text whose summary yields no
    title (none, or one too long with no cut point), and of the text a chart leaves: the shortest
    complete sentence of what the slide prints, never a topic where the data has a finding (issue
    19 item 5). A person's line without their titles is one where their role is a clause ('Priya
    Ramanathan-Lindqvist unveiled the Helix-9 family': a launch, an award, a closing); their bullet
    then says who they are, not what the title said. A section of voices only, with no summary, is
    titled with a quotation (its first sentence, as a pull quote: 'Mitteldeutschland ist kein
    Nachholstandort mehr'). The section's name stays, as the kicker above it. ('', `group`) where
    the slide prints no such sentence."""
    stops = tuple(".!?。！？")
    # beside launches, a person's line is the finding where it names one, or the section's topic
    # ('unveiled the Helix-9 family'), not where it says something else ('clausuró la feria')
    topic = " ".join((section.title, *(launch.name for launch in section.launches)))
    said: dict[str, tuple[str, str, str]] = {}  # a title: (its bullet, the line in its place, the
    # quotation under it, which that line prints)
    voices: list[tuple[str, str, str]] = []  # (a pull quote, the quotation it is from, what is left)
    for p in section.people:
        kept = _fitting_titles(p.titles, p.role, fmt)
        bullet = sentences.person(p.name, kept, p.role, fmt.locale)
        if bullet not in group:
            continue  # not on this slide
        words = _quotation_under(group, bullet)
        line = sentences.person(p.name, (), p.role, fmt.locale)
        if p.role and line.endswith(stops) and _tells(p.role, topic if section.launches else ""):
            who = sentences.person(p.name, kept, None, fmt.locale) if kept else ""
            if words and p.quote is not None:  # no line without a verb: the credit of their words
                who = _credit(fmt.quoted(p.quote.text), who or _whole(p.name), fmt)
            said[titles.unstopped(line)] = (bullet, who, words if who else "")
        if words and p.quote is not None:
            first = titles.first_sentence(p.quote.text)
            if titles.content_title((first,)):
                rest = p.quote.text[len(first) :].strip()
                left = Quoted(_credit(fmt.quoted(rest), _whole(p.name), fmt)) if rest else ""
                voices.append((fmt.quoted(titles.unstopped(first)), words, left))
    quoted = titles.content_title(tuple(v[0] for v in voices[:1]))
    if quoted and not section.summary:  # a pull quote: its bullet stays; its words are not
        _, words, left = voices[0]  # printed again under it
        return quoted, tuple(left if p == words else p for p in group if p != words or left)
    # a person with no titles: their bullet is the title's words again and goes, unless it is the
    # slide's only one (a slide of a title alone)
    said = {t: b for t, b in said.items() if b[1] or len(group) > 1}
    if len(said) > PERSON_TITLES:  # one of many winners is not the slide's finding (review H: the
        said = {}  # second of five award winners titled the slide, the others under it)
    title = titles.content_title(tuple(said))
    if not title and quoted:  # what was said, rather than a courtesy ('… thanked the runners'),
        _, words, left = voices[0]  # where the slide keeps enough to say under it
        kept = tuple(left if p == words else p for p in group if p != words or left)
        if kept and _fill(section.title, "", kept) >= FOLD_BELOW:
            return quoted, kept
    if not title:
        return "", group
    bullet, who, words = said[title]
    group = tuple(p for p in group if not words or p != words)  # printed in the line's place
    return title, tuple(who if p == bullet else p for p in group if p != bullet or who)


def _title_credit(
    section: SectionView, title: str, group: tuple[str, ...], fmt: Formatter
) -> tuple[str, tuple[str, ...]]:
    """(the credit of the quotation a slide's `title` is, the slide's bullets): its speaker as the
    lead ('— Priya Raman, Chief Executive of Riverside Hospice', '――佐藤 蓮（男子シングルス優勝）'),
    their own line then without the titles the credit gives; words set as a title with no speaker
    on their slide read as ours (review Q). ('', `group`) where the title is no quotation of the
    section's, or one with no credit."""
    said = fmt.quoted  # the title as the slide sets a quotation's first sentence
    for p in section.people:
        if p.quote is None or title != said(titles.unstopped(titles.first_sentence(p.quote.text))):
            continue
        kept = _fitting_titles(p.titles, p.role, fmt)
        bullet = sentences.person(p.name, kept, p.role, fmt.locale)
        who = named = _whole(p.name)
        if kept:  # who they are, as a name with its titles, no sentence ('…（会長）', not '…（会長）。')
            who = sentences.person(who, kept, None, fmt.locale).rstrip("。")
        if _width(who) > ROW_CHARS:  # a credit of one line: their titles stay in their own line
            who, kept = named, ()
        if bullet not in group or not kept:
            return f"{_dash(fmt)}{who}", group
        line = sentences.person(p.name, (), p.role, fmt.locale) if p.role else ""  # less what the credit says
        return f"{_dash(fmt)}{who}", tuple(line if b == bullet else b for b in group if b != bullet or line)
    for f in section.figure_list:
        q = f.quote
        if q is not None and q.credit and title == said(titles.unstopped(titles.first_sentence(q.text))):
            return f"{_dash(fmt)}{q.credit}", group
    return "", group


def _tells(role: str, topic: str) -> bool:
    """Whether a person's line titles their slide: beside launches, one that names its topic
    ('unveiled the Helix-9 family'); else a finding, not a courtesy (`titles.tells`)."""
    return _says_title(role, topic) if topic else titles.tells(role)


def _news_title(
    section: SectionView, group: tuple[str, ...], fmt: Formatter, twice: frozenset[facts.Fact] = frozenset()
) -> tuple[str, tuple[str, ...]]:
    """(the title, the slide's bullets) of the first slide of text of a section holding the news
    (a `headline: true` figure): the news's finding, not another figure's (review O: 'La
    ocupación hotelera … rozó 94 %' over the record business volume). Its sentence where that is
    a clause that fits a title ('La feria generó un volumen de negocio de más de 42,5 millones de
    euros'), else the clause of its quotation that states it ('Los inversionistas comprometieron
    más de 480 millones de pesos', of '…, unos 26 millones de dólares, en …'). Its bullet and its
    quotation go: the title says it (a tile's figure: the title is its second printing). ('',
    `group`) where neither fits."""
    stops = tuple(".!?。！？")
    for f in section.figure_list:
        if not f.headline:
            continue
        said = fmt.quoted(f.quote.text) if f.quote is not None else None
        first = titles.first_sentence(f.quote.text) if f.quote is not None else ""
        credited = f.quote is not None and f.quote.credit  # no words without a speaker as a title
        if said and credited and any(said in p for p in group) and titles.content_title((first,)):
            # the news's key line on the slide (data/key_quotes.py): its words are the title, as a
            # pull quote, rather than its sentence over it (the figure a third time)
            return fmt.quoted(titles.unstopped(first)), tuple(
                p for p in group if p != f.sentence and said not in p
            )
        if f.sentence not in group and facts.fact(f) in twice:
            continue  # its title would be the fact's third printing, its bullet none to take back
        title = titles.content_title((f.sentence,)) if f.sentence.endswith(stops) else ""
        if not title and f.quote is not None:
            first = titles.first_sentence(f.quote.text)
            clause = titles.title_and_lead(first)[0] or titles.main_clause(first)
            title = clause if any(c.isdigit() for c in clause) else ""
        if title:
            return title, tuple(p for p in group if p != f.sentence and not (said and said in p))
    return "", group


def _figure_title(
    section: SectionView, group: tuple[str, ...], fmt: Formatter, headline: bool, clause: bool = False
) -> tuple[str, tuple[str, ...]]:
    """(the title, the slide's bullets) of a slide of text that neither its summary (too long, no
    cut point) nor a person's line titles: the sentence of the section's lead figure among its
    bullets, the first in the file's order that is a sentence ('Mehr als 62 % der Fachbesucher
    entscheiden in ihrem Unternehmen über Investitionen mit', not 'Label: value') and fits a
    title; its bullet goes, as the title says it (review 4b: 'Besucher', 'La feria en cifras' over
    a summary with no cut). The figures by rank, not by position: a clause before a phrase, then
    the news (`headline: true`), then the key figures, then the rest (review O). ('', `group`)
    where none does, or where its bullet is all the slide has to say and no summary follows it (a
    title over an empty slide). A figure's phrase is a bare count ('Environ 480 investisseurs
    présents'), no finding: it titles no slide whose headline has a main clause that can (`clause`:
    'Le sommet a accueilli des délégations de quatre continents', review Q)."""
    if len(group) < 2 and not headline:
        return "", group
    stops = tuple(".!?。！？")
    # a clause ('La feria generó un volumen de negocio de …') before a figure's phrase ('Meer dan
    # 212.000 bezoeken'), which names the figure but states no finding about it
    ranked = sorted(
        section.figure_list, key=lambda f: (not f.sentence.endswith(stops), not f.headline, not f.key)
    )
    for f in ranked:
        line = f.sentence
        if line not in group or f.sentence_lead == f"{f.label}{fmt.punct.pair}":
            continue
        if clause and not line.endswith(stops):
            continue
        title = titles.content_title((line,))
        if title:
            return title, tuple(p for p in group if p != line)
    return "", group


def _quotation_under(group: tuple[str, ...], bullet: str) -> str:
    """The person's quotation set under their `bullet` on the slide (`Quoted`), or ''."""
    at = group.index(bullet)
    after = group[at + 1] if at + 1 < len(group) else ""
    return after if isinstance(after, Quoted) else ""


def _whole(name: str) -> str:
    """A name as a credit prints it: unbroken at its hyphen, and at its spaces unless too long for
    a line's end (typography.credit_name)."""
    return credit_name(name, _width(name) <= 30)


def _credit(quotation: str, who: str, fmt: Formatter) -> str:
    """A quotation with its credit after it: '“…” — Priya Raman, Chief Executive of …'."""
    return f"{quotation}{fmt.punct.space}{_dash(fmt)}{who}"


def _dash(fmt: Formatter) -> str:
    """The dash before a credit, kept on the line of the credit's first character: a Chinese or
    Japanese '——' has no space after it to bind, and a line ended after it ('…」——' over
    '經濟日報', review Q)."""
    dash = fmt.punct.credit
    return dash if dash[-1:].isspace() else dash + WORD_JOINER


def _about_charts(points: tuple[str, ...], charts: list[ChartData]) -> dict[int, tuple[str, ...]]:
    """The bullets about a later chart's figures, by that chart's index: those that share more of
    their words with its title, caption and names than with the first chart's ('El negocio ha
    crecido un 63,5 %' about the business chart, printed beside the visitors' one). A chart's text
    is the text about its figures: they are the lead on its slide where they fit there; the others
    stay with the first chart, as before."""

    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    said = [stems(" ".join((c.title, c.caption, *(b.label for b in c.bars)))) for c in charts]
    out: dict[int, list[str]] = {}
    for at, point in enumerate(points if len(charts) > 1 else ()):
        if isinstance(point, Under) or (at + 1 < len(points) and isinstance(points[at + 1], Under)):
            continue  # a list's item or a quotation goes with the line above it, and that with them
        shared = [len(stems(point) & words) for words in said]
        best = max(range(len(charts)), key=lambda i: (shared[i], -i))
        if best > 0 and shared[best] > shared[0]:
            out.setdefault(best, []).append(point)
    return {k: tuple(v) for k, v in out.items()}


def _chart_headline(data: ChartData, summary: str | None, yields: bool = False, space: str = " ") -> str:
    """The message of a chart's slide: its caption where the caption states a finding (it names
    a number), else the section's summary where it is one sentence a title can carry ('Every
    source of giving grew on last year'), else the caption; a caption that only describes the
    chart ('Funds raised by source of giving.') repeats the chart's own title and is no finding.
    A chart that `yields` states a number the glance slide's tiles print: its summary, always.
    A summary the caption leaves out follows it, the lead under the caption's title: the slide
    prints what the section says, not only its speaker notes ('…, and the oldest finisher was 91'
    was on no slide where a caption took the title)."""
    caption = data.caption if titles.unstopped(data.caption) != titles.unstopped(data.title) else ""
    if summary and (yields or not _states_a_number(caption)) and sentences.is_title(summary):
        return summary
    if summary and sentences.is_title(summary) and not _titles(caption):
        # a caption that states the chart's finding in a sentence too long for a title, and no
        # clause of it that fits ('La inversión comprometida pasó de 118 millones de pesos en 2024
        # a más de 480 millones en 2026.'), under a summary that states one ('… se ha multiplicado
        # por cuatro …'): the summary is the title, the caption the lead under it; the section's
        # name was the title (review O: 'Tres años de demostraciones')
        ordered = f"{summary}{space}{caption}"
        return ordered if not _echoes(summary, caption) and _lead_fits(ordered, data) else summary
    both = f"{caption}{space}{summary}"
    if caption and summary and not _echoes(summary, caption) and _lead_fits(both, data):
        return both
    return caption or summary or ""


def _titles(text: str) -> bool:
    """Whether `text`, or its first sentence or a clause of it, can be a slide's title."""
    return bool(text) and bool(titles.title_and_lead(text)[0] or titles.main_clause(text))


def _with_lead(statement: str, lead: str) -> tuple[str, str]:
    """(the headline, the title found) of a section's first slide, a list's: its statement, and
    the list's lead where that says more than the section's name ('Nuovi espositori di
    quest'anno' under 'Gli espositori'): under the statement where the statement is the slide's
    title; as the title where the statement is too long for one (the statement then under it);
    the lead alone where there is no statement."""
    if not statement or not lead:
        return statement or lead, ""
    title, rest = titles.title_and_lead(statement)
    if title and not rest:
        return f"{statement} {lead}", ""
    return statement, lead


#: The lead under a chart slide's title holds about two rows (`scripts/make_templates.py`: 0.95 in
#: at 22 pt, fitted down to 16 pt); a chart of more than LEAD_BARS categories needs the height a
#: lead takes from it (15 names under a lead did not fit their rows at 12 pt).
LEAD_CHARS = 2 * ROW_CHARS
LEAD_BARS = 12


def _lead_fits(headline: str, data: ChartData) -> bool:
    """Whether a chart's slide has room for `headline`'s lead (what its title does not state)."""
    return _width(titles.title_and_lead(headline)[1]) <= LEAD_CHARS and len(data.bars) <= LEAD_BARS


def _columned(
    section: SectionView, points: tuple[str, ...], headline: str = ""
) -> tuple[tuple[str, ...], list[tuple[str, list_layout.ListLayout]]]:
    """`points` less the section's long lists, and those lists as (lead, layout): slides of their
    own set them in the columns `list_layout` measures. A list of COLUMN_ITEMS or more items
    (countries, sponsors, exhibitors) always: one an item a bullet, 25 countries took five slides
    of five names each. A shorter list printed one item a bullet too, where the section's text
    would not fit one slide with it: split among its bullets, 9 sponsors and 7 workshops took three
    slides, each list cut in two. The lead is '' where it only says the section's name again
    ('Países con expositores' under 'Países expositores')."""
    found = []
    for item_list in section.lists.values():
        run = tuple(_list_points(item_list, section.title))
        at = next((i for i in range(len(points)) if points[i : i + len(run)] == run), None)
        if item_list.lead and len(item_list.items) > LIST_ITEMS and at is not None:
            found.append((item_list, run))
    taken = [(item_list, run) for item_list, run in found if len(item_list.items) >= COLUMN_ITEMS]
    rest = _without(points, [run for _, run in taken])
    if not (_one_slide(headline, rest) or _one_listed_slide(headline, rest)):
        taken = found  # a list of a line an item beside the rest: one block (review P: 7 partners)
    columned = []
    first = not _without(points, [run for _, run in taken])  # the lists are all its text: alone
    for item_list, _ in taken:
        lead = item_list.lead.rstrip().rstrip(":：").rstrip()
        lead = lead if _adds_to(lead, section.title) else ""
        headed = bool(lead or (headline and first))  # a headline over its first slide's columns
        columned.append((lead, list_layout.lay_out(item_list.items, item_list.columns, headed)))
        first = False
    return _without(points, [run for _, run in taken]), columned


def _adds_to(lead: str, title: str) -> bool:
    """Whether a list's lead says more than its section's name: a word of its own ('Nuovi
    espositori di quest'anno' under 'Gli espositori'), not the name's words again ('Countries of
    exhibitors' under 'Exhibitors' countries'); a Chinese or Japanese lead, unless the name holds it."""
    if phrases_cjk(lead[:1]):
        return lead not in title

    def stems(text: str) -> set[str]:
        return {w.removesuffix("s") for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    return bool(stems(lead) - stems(title))


def _without(points: tuple[str, ...], runs: list[tuple[str, ...]]) -> tuple[str, ...]:
    """`points` less each of `runs` (consecutive bullets), where found."""
    for run in runs:
        at = next((i for i in range(len(points)) if points[i : i + len(run)] == run), None)
        if at is not None:
            points = points[:at] + points[at + len(run) :]
    return points


def _list_points(item_list: ListView, title: str) -> list[str]:
    """A list's bullets: a long one's lead line, then an item a bullet a level down under it; its
    items level with the other bullets where the lead only says the section's name again (review
    K: 'Partners', then 'Partners:'); a short one as one sentence."""
    if not item_list.lead:
        return [item_list.sentence]
    if item_list.echoes_title or _label_is(item_list.label, title):
        return list(item_list.items)
    return [item_list.lead, *map(Under, item_list.items)]


def _label_is(label: str, title: str) -> bool:
    """Whether a list's label says its section's name (or a slide's title) again, letter for
    letter, less case and a closing colon."""

    def plain(text: str) -> str:
        return " ".join(text.rstrip().rstrip(":：").split()).casefold()

    return bool(plain(label)) and plain(label) == plain(title)


def _text_groups(
    points: tuple[str, ...], novel: tuple[str, ...] | None, headline: str
) -> tuple[tuple[str, ...], ...]:
    """A section's bullets over its slides of text, so that no slide continues with a bullet or
    two (issue 19 item 3): on one slide when they fit one; when they do not, without those that
    repeat a tile if that makes them fit (the tiles show those numbers); one slide too for up to
    SHORT_POINTS bullets of one line each; else in even runs (9 by 6 is 5 + 4, never 8 + 1)."""
    groups = chunks(points, POINTS_PER_SLIDE)
    if len(groups) < 2 and _rows(headline, points) <= MOST_ROWS:
        return groups
    if novel and len(novel) <= POINTS_PER_SLIDE and _rows(headline, novel) <= TEXT_ROWS:
        return (novel,)
    if _one_slide(headline, points) or _one_listed_slide(headline, points):
        return (points,)
    return _kept_together(points, len(groups), headline)


def _kept_together(points: tuple[str, ...], count: int, headline: str) -> tuple[tuple[str, ...], ...]:
    """`_balanced` over `count` slides, or one more where a person and their quotation, which are
    never parted (`Quoted`), then fill a slide beyond its rows (three people with their words and a
    list were 6 + 5 bullets, the first slide overflowing)."""
    groups = _balanced(points, count, headline)
    if any(_rows(headline if i == 0 else "", g) > TEXT_ROWS for i, g in enumerate(groups)):
        more = _balanced(points, count + 1, headline)
        if len(more) == count + 1:
            return more
    return groups


#: What parting a list's items from their lead line costs `_balanced`, in rows: more than any
#: slide holds, so only a list that fits no slide alone is parted.
PARTED = 100


def _balanced(points: tuple[str, ...], count: int, headline: str = "") -> tuple[tuple[str, ...], ...]:
    """`points` over `count` slides in order, at most POINTS_PER_SLIDE each, so that the fullest
    slide is as empty as can be: balanced by the rows they set, not by their number, so that no
    continuation is much smaller than the slide before it (six bullets of which the last two are
    three rows each were 4 + 2: a slide, then two long lines on a '(continued)'). The first slide
    sets the headline too."""
    rows = [-(-_width(p) // ROW_CHARS) for p in points]
    lead = -(-_width(headline) // ROW_CHARS) if headline else 0
    n = len(points)

    @cache
    def best(start: int, left: int) -> tuple[int, tuple[int, ...]]:
        """(the fullest slide's rows, the ends of the runs) for points[start:] over `left` slides."""
        if left == 1:
            size = n - start
            return (
                (sum(rows[start:]) + (lead if start == 0 else 0), (n,))
                if size <= POINTS_PER_SLIDE
                else (
                    1 << 30,
                    (n,),
                )
            )
        found: tuple[int, tuple[int, ...]] = (1 << 30, ())
        # the fuller first on a tie: a continuation is never the fuller of two equal splits
        for end in range(min(start + POINTS_PER_SLIDE, n - left + 1), start, -1):
            if isinstance(points[end], Quoted):
                continue  # a person and their words on one slide (`Quoted`)
            here = sum(rows[start:end]) + (lead if start == 0 else 0)
            after, ends = best(end, left - 1)
            # a list's items stay under their lead line where any other split will do: a slide
            # that opened with two items of 'Spettacoli serali:' had lost its lead (review P)
            cost = max(here, after) + (PARTED if isinstance(points[end], Under) else 0)
            if cost < found[0]:
                found = (cost, (end, *ends))
        return found

    _, ends = best(0, count)
    if not ends or len(ends) != count:
        return chunks(points, POINTS_PER_SLIDE)
    starts = (0, *ends[:-1])
    return tuple(points[a:b] for a, b in zip(starts, ends, strict=True))


#: Bullets wider than a row that a slide of up to SHORT_POINTS short ones may hold.
LONG_BESIDE_SHORT = 2


def _one_slide(headline: str, points: tuple[str, ...]) -> bool:
    """Whether a headline and `points` fit one slide of text: up to POINTS_PER_SLIDE bullets, or
    up to SHORT_POINTS of one line each (LONG_BESIDE_SHORT of them may wrap), within the slide's
    rows."""
    count = _bullet_count(points)
    if count <= POINTS_PER_SLIDE:
        return _rows(headline, points) <= TEXT_ROWS
    # of a line each, or two that wrap (review P: two sentences beside seven partners took a slide
    # for the partners alone, at 22 % of it)
    short = sum(1 for p in points if _width(p) > ROW_CHARS) <= LONG_BESIDE_SHORT
    return short and count <= SHORT_POINTS and _rows(headline, points) <= TEXT_ROWS - TITLE_ROWS


def _one_listed_slide(headline: str, points: tuple[str, ...]) -> bool:
    """Whether a section's own text fits one slide once a list's items of a line each, under their
    lead, are read as one block rather than as bullets of their own: five prizes under
    'Ganadores:' beside a speaker and the prize money fit one slide, which had set them alone on a
    'Premios (continuación)' (review O). Within the slide's rows, as `_one_slide`."""
    blocks = sum(1 for p in points if not isinstance(p, Under))
    items = [p for p in points if isinstance(p, Under) and not isinstance(p, Quoted)]
    return (
        bool(items)
        and all(_width(p) <= ROW_CHARS for p in items)
        and blocks <= POINTS_PER_SLIDE
        and _rows(headline, points) <= TEXT_ROWS - TITLE_ROWS
    )


def _bullet_count(points: tuple[str, ...]) -> int:
    """How many bullets a reader counts: a line that only heads the bullets under it (a folded
    section's name, a list's lead line) is a heading, not one more bullet (its row still counts)."""
    heads = sum(
        1
        for i, p in enumerate(points[:-1])
        if not isinstance(p, Under) and isinstance(points[i + 1], Under) and _width(p) <= ROW_CHARS // 2
    )
    return len(points) - heads


def _statement(section: SectionView, fmt: Formatter) -> DeckPage:
    """The one page of a section whose bullets would all repeat tiles: its summary (and chart
    sentences) as a headline, marked `novel=()` so that `_folded` leaves it out of the deck where
    no other slide takes it, rather than print the tiles again or a slide of one sentence."""
    headline = fmt.punct.space.join(t for t in (section.summary, *section.chart_sentences) if t)
    return DeckPage("points", "", (), headline, True, False, novel=())


@lru_cache(maxsize=4096)
def _width(text: str) -> int:
    """A text's width in narrow characters: a Chinese or Japanese character is two (kept: the plan
    measures the same bullets again for each slide it tries them on)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fill(title: str, headline: str, points: tuple[str, ...]) -> float:
    """About how much of a slide a title, a headline and bullets fill: rows used (a long line
    wraps) times the widest line's share of a row, the way a reader sees a slide as full or empty."""
    lines = [_width(t) for t in (headline, *points) if t]
    rows = TITLE_ROWS + sum(-(-w // ROW_CHARS) for w in lines)
    widest = max((_width(title), *lines))
    return min(rows / TEXT_ROWS, 1.0) * min(widest / ROW_CHARS, 1.0)


def _small(section: SectionView, page: DeckPage) -> bool:
    """A slide of text too small to stand alone: under FOLD_BELOW of a slide, or a statement with
    no bullets at all (a headline alone reads as an empty slide; it stays where nothing takes it)."""
    if page.layout != "points":
        return False
    return not page.points or _fill(section.title, page.headline, page.points) < FOLD_BELOW


def _fits_panel(points: tuple[str, ...]) -> bool:
    """Whether `points` fit the panel beside a chart: few enough, and short enough."""
    rows = sum(-(-_width(t) // PANEL_CHARS) for t in points)
    return len(points) <= PANEL_POINTS and rows <= PANEL_ROWS


def _rows(headline: str, points: tuple[str, ...]) -> int:
    """The rows of body text a slide of text sets (a long line wraps), its title's included."""
    return TITLE_ROWS + sum(-(-_width(t) // ROW_CHARS) for t in (headline, *points) if t)


def _as_points(section: SectionView, page: DeckPage, punct: Punctuation) -> tuple[str, ...]:
    """A folded page's text as bullets of another slide, led by the section's name (with its
    headline), so its bullets are not read as the other section's."""
    pair, after = punct.pair, punct.after_pair  # 'Fréquentation : le week-end …'
    if page.headline and page.headline.rstrip()[-1:] in ".!?。！？":
        # a summary is a sentence that stands alone: 'Teams worked through the weekend on …', not
        # 'Teams and projects: Teams worked …' (its name and its summary run together); under its
        # name, a level down, so it is not read as the other section's ('Tradition et patrimoine'
        # under 'Fréquentation', its name on no slide)
        return (section.title, Under(page.headline), *map(Under, page.points))
    if page.headline:
        return (f"{section.title}{pair}{after(page.headline)}", *page.points)
    if page.points and _says_title(page.points[0], section.title):  # 'Forum tracks: …' (Forums),
        return page.points  # '9 países representados' (Expositores de nueve países)
    if len(page.points) > 1:  # its bullets a level down under its name, so all read as its
        return (section.title, *map(Under, page.points))
    if page.points:  # the name leads its one bullet rather than standing alone as one ('Jury')
        return (f"{section.title}{pair}{after(page.points[0])}",)
    return (section.title,)


def _says_title(point: str, title: str) -> bool:
    """Whether a bullet says what the section's name says, so that leading it with the name would
    print it twice: it opens with the name ('Forums: Forum tracks: …') or shares a word of it
    ('Expositores de nueve países: 9 países representados', 'Jury: …, president of the jury')."""
    if _names_itself(point, title):
        return True

    def stems(text: str) -> set[str]:
        return {w.removesuffix("s") for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    return bool(stems(point) & stems(title)) or (phrases_cjk(title[:1]) and title in point)


def _names_itself(point: str, title: str) -> bool:
    """Whether a bullet opens with the section's name already ('Forum tracks: …' under 'Forums'),
    so that leading it with the name would print it twice ('Forums: Forum tracks: …')."""
    first, name = point.split(maxsplit=1)[:1], title.split(maxsplit=1)[:1]
    if not first or not name:
        return False
    stem = name[0].casefold().removesuffix("s")
    return len(stem) >= 3 and first[0].casefold().removesuffix("s") == stem


def _folded(
    sections: tuple[SectionView, ...], fmt: Formatter, narrow: frozenset[str] = frozenset()
) -> tuple[SectionView, ...]:
    """The deck's slide budget (issue 19 item 3): a section, or a section's last slide, with too
    little text to fill a quarter of a slide leaves it. The small ones share one 'Other highlights'
    slide when together they fill one; otherwise each joins the previous text slide that has room,
    and only a slide that has nowhere to go stays as it is."""
    punct = fmt.punct
    kept: list[SectionView] = []
    moved: list[tuple[SectionView, DeckPage, DeckPage]] = []  # (section, page as folded, page)
    for section in sections:
        pages = section.deck_pages
        if pages and (len(pages) == 1 or pages[-1].continued) and section.deck != "own-slide":
            short = _without_repeats(pages[-1])
            if short.layout == "points" and (section.deck == "fold" or _small(section, short)):
                moved.append((section, short, pages[-1]))
                pages = pages[:-1]
        kept.append(replace(section, deck_pages=pages))
    points = tuple(p for section, page, _ in moved for p in _as_points(section, page, punct))
    title = fmt.gettext("Other highlights")
    if len(moved) > 1 and _one_slide("", points) and _fill(title, "", points) >= FOLD_BELOW:
        folded = tuple(section.id for section, _, _ in moved)
        heads = tuple(
            h for section, page, _ in moved for h in _heads(_as_points(section, page, punct), section)
        )
        page = DeckPage("points", "", points, "", True, False, folded=folded, heads=heads)
        other = SectionView(OTHER_HIGHLIGHTS, title, None, {}, (), {}, (), (), deck_pages=(page,))
        return (*kept, replace(other, points=points))
    for section, page, whole in moved:  # each joins a text slide before it or after it, or stays
        at = next(i for i, s in enumerate(kept) if s.id == section.id)
        if kept[at].deck_pages:
            # the rest of a section that has slides of its own stays with them, beside its chart or
            # on a slide of its own after it, never on another section's slide under its name
            # (review R: a Korean section's key quote printed on the next section's slide)
            kept[at] = replace(kept[at], deck_pages=_own(kept[at].deck_pages, page, whole, narrow))
            continue
        lines = _as_points(section, page, punct)
        if _host(kept, at, lines, section.id, narrow, _heads(lines, section)):
            continue
        if whole.novel == () and not whole.points and sentences.is_title(whole.headline):
            # a summary whose figures are all tiles: the title of their page of tiles says it
            # (`_glance_headlines`); one too long for a title stays, as a statement slide
            continue
        # a line or two no slide can take, left by a chart that takes no text beside it: a slide
        # of their own under the section's name, set large (`statement`), not a '(continued)' of two
        # lines after a chart
        before = kept[at].deck_pages
        lone = (
            whole.layout == "points"
            and len(whole.points) <= 2
            and bool(before)
            and before[-1].layout == "chart"
        )
        kept[at] = replace(
            kept[at], deck_pages=(*before, replace(whole, novel=None, continued=whole.continued and not lone))
        )
    return tuple(kept)


def _own(
    pages: tuple[DeckPage, ...], page: DeckPage, whole: DeckPage, narrow: frozenset[str]
) -> tuple[DeckPage, ...]:
    """A section's slides once its small last page joins them: its bullets go beside the section's
    chart where the chart leaves room; otherwise the page stays a slide of its own (the split that
    made it stands), a statement set large after a chart rather than a '(continued)' of two lines."""
    last = pages[-1]
    if last.layout == "chart" and last.chart in narrow and page.points and _fits_panel(page.points):
        return (*pages[:-1], replace(last, layout="chart-and-points", points=page.points))
    lone = whole.layout == "points" and len(whole.points) <= 2 and last.layout == "chart"
    if lone and whole.headline and not whole.points:
        # a line alone (a key quote with its credit) is the statement under the section's name, not
        # a title over an empty slide
        whole = replace(whole, headline="", points=(whole.headline,))
    return (*pages, replace(whole, novel=None, continued=whole.continued and not lone))


def _heads(lines: tuple[str, ...], section: SectionView) -> tuple[str, ...]:
    """The line of a folded section's text that is its name over its bullets (`_as_points`): set
    as a heading on the slide that takes them, not as one more bullet, which read as a stray
    heading under another section's title (review 4b, the Korean robot expo)."""
    return (section.title,) if len(lines) > 1 and lines[0] == section.title else ()


def _without_repeats(page: DeckPage) -> DeckPage:
    """The page as it is folded into another slide: without the bullets that repeat a tile."""
    return page if page.novel is None else replace(page, points=page.novel, novel=None)


def _host(
    kept: list[SectionView],
    at: int,
    lines: tuple[str, ...],
    sid: str,
    narrow: frozenset[str] = frozenset(),
    heads: tuple[str, ...] = (),
) -> bool:
    """Put `lines` on the last text slide of a section before `at` that has room for them, or
    else on the first slide after it: a text slide or a chart's panel (after that slide's own
    bullets, so its headline still leads them and the folded section reads as the block it is),
    or a chart slide without a headline (as its headline). False when no slide can take them."""
    for i in range(at - 1, -1, -1):
        pages = kept[i].deck_pages
        last = pages[-1] if pages else None
        if last is not None and last.layout == "points" and _one_slide(last.headline, last.points + lines):
            kept[i] = replace(
                kept[i],
                deck_pages=(
                    *pages[:-1],
                    replace(
                        last,
                        points=last.points + lines,
                        folded=(*last.folded, sid),
                        heads=(*last.heads, *heads),
                    ),
                ),
            )
            return True
    for i in range(at + 1, len(kept)):
        pages = kept[i].deck_pages
        if not pages:
            continue
        first = pages[0]
        room = {"points": POINTS_PER_SLIDE, "chart-and-points": PANEL_POINTS}.get(first.layout, 0)
        if first.layout == "points":
            fits = _one_slide(first.headline, first.points + lines)
        else:
            fits = len(first.points) + len(lines) <= room
            fits = fits and (first.layout != "chart-and-points" or _fits_panel(first.points + lines))
        if fits:
            first = replace(
                first, points=first.points + lines, folded=(*first.folded, sid), heads=(*first.heads, *heads)
            )
        elif first.layout == "chart" and not first.headline and len(lines) == 1:
            first = replace(first, headline=lines[0], folded=(*first.folded, sid))
        elif first.layout == "chart" and first.chart in narrow and _fits_panel(lines):
            # a chart that leaves room beside it (not one of many names, drawn full width)
            first = replace(
                first, layout="chart-and-points", points=lines, folded=(*first.folded, sid), heads=heads
            )
        else:
            return False
        kept[i] = replace(kept[i], deck_pages=(first, *pages[1:]))
        return True
    return False


def _source_line(summary: EventSummary, fmt: Formatter, cited: str = "note url") -> str:
    """'Source: “Title”, Publisher, 3 September 2022. Note. URL': the deck's one source as a line;
    'Sources: “A”, …; “B”, …' for several. `cited` names the parts after the date it gives."""
    p = fmt.punct
    said = [_source_text(source, fmt, cited) for source in summary.sources.values()]
    word = fmt.gettext("Source") if len(said) == 1 else fmt.gettext("Sources")
    # a source's own closing stop ('Closing release.') goes before a semicolon: never '.;' or '。；'
    return word + p.pair + p.semicolon.join([*(t.rstrip(".。．") for t in said[:-1]), *said[-1:]])


def _source_text(source: Source, fmt: Formatter, cited: str = "note url") -> str:
    """One source as the deck cites it: '“Title”, Publisher, 3 September 2022. Note. URL'."""
    p = fmt.punct
    parts = [fmt.quoted(source.title, "work"), source.publisher or ""]
    parts.append(fmt.date(source.published) if source.published else "")
    line = p.clause.join(t for t in parts if t)
    note = source.note if "note" in cited else ""
    url = source.url if "url" in cited else ""
    if note or url:  # as the briefing prints it: a stop, the note, the address
        line += p.stop
    if note:
        line += p.space + note
    return line + (f" {url}" if url else "")


def _sparse_sources(summary: EventSummary, fmt: Formatter) -> bool:
    """Whether the deck's Sources slide would hold at most SPARSE_SOURCE_ROWS rows of text."""
    rows = sum(-(-_width(_source_text(s, fmt)) // ROW_CHARS) for s in summary.sources.values())
    return rows <= SPARSE_SOURCE_ROWS


def _with_source_line(
    sections: tuple[SectionView, ...], line: str, room: int = FOOTER_CHARS
) -> tuple[tuple[SectionView, ...], bool]:
    """The deck's sources in the footer of its last slide, rather than a Sources slide of a few
    lines; (sections, False) when the deck has no section slide to carry them or the line is
    wider than `room` (or FOOTER_MOST_CHARS, on a last slide of text that leaves its foot empty)."""
    last = next((s.deck_pages[-1] for s in reversed(sections) if s.deck_pages), None)
    if last is not None and last.layout == "points" and _rows(last.headline, last.points) <= FOOTER_BODY_ROWS:
        room = max(room, FOOTER_MOST_CHARS)  # two lines more, up into the empty foot of its body
    if _width(line) > room:
        return sections, False
    marked = _marked_last(sections, {"source": line})
    return marked, marked != sections


def _marked_last(sections: tuple[SectionView, ...], changes: dict[str, str]) -> tuple[SectionView, ...]:
    """The deck's last section slide marked `last` (its notes carry the notes on the figures,
    which a Sources slide carries otherwise), with `changes` made to it."""
    for at in range(len(sections) - 1, -1, -1):
        pages = sections[at].deck_pages
        if pages:
            page = replace(pages[-1], last=True, **changes)
            return (
                *sections[:at],
                replace(sections[at], deck_pages=(*pages[:-1], page)),
                *sections[at + 1 :],
            )
    return sections


def _figure_view(ref: str, fid: str, fig: Figure, fmt: Formatter) -> FigureView:
    # the parts' shares at one precision (Formatter.shares): never '18.75%' beside 'about 28%'
    shares = (
        fmt.shares([_share(p.value, fig.value) for p in fig.breakdown.values()])
        if fig.value
        else [""] * len(fig.breakdown)
    )
    parts = tuple(
        PartView(
            pid,
            part.label,
            part.value,
            fmt.figure(part),
            part.value / fig.value if fig.value else 0.0,
            share,
            part,
        )
        for (pid, part), share in zip(fig.breakdown.items(), shares, strict=True)
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
        key=fig.key or fig.headline,
        headline=fig.headline,
        deck=fig.deck,
        own_sentence=fig.sentence,
        text=fmt.figure(fig),
        text_with_unit=fmt.figure(fig, unit=True),
        as_of_text=fmt.as_of(fig),
        parts=parts,
        _figure=fig,
        _punct=fmt.punct,
        _percent_gap=fmt.words.percent_gap,
        _spaced_after_scale=fmt.words.spaced_after_scale,
        _unit_link=fmt.unit_link(fmt.amount(fig), fig.unit or ""),
        conversions_text=fmt.conversions(fig),
        _unqualified=_unqualified(fig, fmt),
        _locale=fmt.locale,
        # Split as templates print it: qualifier_text, amount_text, unit_text in that order. A
        # qualifier the language puts after the number ('3,400社以上') ends the last of them.
        **_split_qualifier(fig, fmt),
    )


def _unqualified(fig: Figure, fmt: Formatter) -> str:
    """The figure's amount with its unit, without its qualifier; '' for an exact figure."""
    if fig.qualifier == Qualifier.exactly:
        return ""
    return fmt.figure(fig.model_copy(update={"qualifier": Qualifier.exactly}), unit=True)


def _split_qualifier(fig: Figure, fmt: Formatter) -> dict[str, str]:
    before, after = fmt.qualifier_around(fig.qualifier)
    amount = fmt.amount(fig)
    if not after:
        return {"qualifier_text": fmt.qualifier(fig.qualifier), "amount_text": amount}
    if fig.unit and not fig.currency and not _names_unit(fig.label, fig.unit, fmt.locale):
        return {"qualifier_text": before.strip(), "amount_text": amount, "_qualifier_after": after}
    return {"qualifier_text": before.strip(), "amount_text": amount + after}


def _share(part: int | Decimal, whole: int | Decimal) -> Decimal:
    """part / whole in decimals, exact when it ends within 100 digits (a float's 1/10 is not 0.1,
    and the default 28 digits would round the share of 31-digit values into a short, false one)."""
    with localcontext(prec=100):
        return Decimal(part) / Decimal(whole)


def _singular(word: str) -> str:
    for plural, singular in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 1:
            return word[: -len(plural)] + singular
    return word


def _words(text: str) -> list[str]:
    return [_singular(w) for w in re.findall(r"\w+", text.casefold())]


def _names_unit(label: str, unit: str | None, locale: str = "en") -> bool:
    """Whether the unit's words stand together in the label, singular or plural alike, or in
    another case or gender ('Wystawcy' of 'wystawców': data/inflection.py)."""
    if not unit:
        return False
    if inflection.names_unit(label, unit, locale):
        return True
    if is_cjk_measure(unit):  # '制限時間' is a time, not its hours: '制限時間は6時間'
        return False
    # '观众人次' counts 人次; a one-character counter (社, 家, 个) is printed even after a label
    # that ends with it: '出展社は3,400社以上', never '3,400以上'
    if len(unit) > 1 and all(phrases_cjk(c) for c in unit) and label.endswith(unit):
        return True
    if all(phrases_cjk(c) for c in unit):
        return False
    last = (label.split() or [""])[-1].casefold()
    # a German compound ends with what it counts: 'Kongressteilnehmer' counts Teilnehmer
    if " " not in unit and len(unit) >= 5 and unit.isalpha() and last.endswith(unit.casefold()):
        return True
    label_words, unit_words = _words(label), _words(unit)
    if not unit_words:
        return False
    n = len(unit_words)
    return any(label_words[i : i + n] == unit_words for i in range(len(label_words) - n + 1))


def _chart_data(
    cid: str, spec: ChartSpec, summary: EventSummary, figures: dict[str, FigureView], fmt: Formatter
) -> ChartData:
    pu = fmt.punct
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
    overlap = aside = ""
    if spec.breakdown:
        whole = chosen[0]
        bars = tuple(
            ChartBar(p.label, float(p.value), f"{p.text}{pu.open}{p.share_text}{pu.close}", "exact")
            for p in whole.parts
        )
        total = whole.text_with_unit
        if spec.kind.value == "donut":  # its shares add up, or its caption says why not
            rest, overlap, aside = donut_whole.rest_and_note(whole._figure, fmt)
            bars += (rest,) if rest is not None else ()
    else:
        bars = tuple(
            ChartBar(
                f.label,
                float(f.value),
                (f.text_with_unit if unit_in_chart(f.unit, f.label_names_unit) else f.text)
                + (f"{pu.open}{f.conversions_text}{pu.close}" if f.conversions_text else "")
                + (f"{pu.clause}{f.as_of_text}" if f.as_of_text else ""),
                f._figure.qualifier.bound,
            )
            for f in chosen
        )
        total = ""
    currencies = {f.currency for f in chosen if f.currency}
    unit_note = (
        fmt.gettext("Amounts in %(currency)s", currency=fmt.currency_word(currencies.pop()))
        if len(currencies) == 1
        else ""
    )
    drawn = sum(1 for x in series for t in x.texts if t) if series else len(bars)
    form = chart_shape.shape(
        spec.kind.value,
        [b.label for b in bars],
        [b.value for b in bars],
        spec.log_scale,
        spec.order,
        drawn,
        chart_words.other_words(fmt.locale),
    )
    bars = tuple(bars[i] for i in form.order)
    series = tuple(
        replace(x, values=tuple(x.values[i] for i in form.order), texts=tuple(x.texts[i] for i in form.order))
        for x in series
    )
    ticks: tuple[tuple[float, str], ...] = ()
    if form.log_scale:
        # Powers of ten from the one at or below the least value: every tick a number above 0.
        ticks = tuple(
            (10.0**k, fmt.number(Decimal(10) ** k))
            for k in chart_shape.log_ticks([b.value for b in bars], form.kind)
        )
    typo = fmt.typographic
    bars = tuple(replace(b, label=typo(b.label), text=typo(b.text)) for b in bars)
    series = tuple(replace(x, label=typo(x.label), texts=tuple(typo(t) for t in x.texts)) for x in series)
    data = ChartData(
        cid,
        typo(spec.title),
        form.kind,
        bars,
        form.log_scale,
        typo(sentences.headline(_with_sentence(_caption(spec, chosen, form.too_few, fmt), overlap, fmt))),
        typo(unit_note),
        typo(total),
        () if form.too_few else tuple(spec.documents),
        tuple(spec.figures),
        ticks,
        series,
        full_width=form.full_width,
        long_words=form.long_words,
        too_few=form.too_few,
        kept_order=form.kept_order,
        out_of_order=form.out_of_order,
        scale_note=fmt.gettext(chart_words.LOG_SCALE),
        pair=fmt.punct.pair,
        locale=fmt.locale,
    )
    # a figure whose bar prints its amount takes its note to the chart, under the caption: a bullet
    # kept for its note alone printed the amount again, a third time where the caption states it
    notes = tuple(typo(f"{f.label}{fmt.punct.pair}{f.note}") for f in chosen if f.note)
    notes = notes if _labelled_bars((data,)) else ()
    data = replace(data, notes=(*notes, typo(aside)) if aside else notes)  # a donut's rounding
    data = replace(data, found=typo(_found(spec, chosen, form, figures, fmt)))
    across = _alt_text(replace(data, kind="hbar"), fmt) if data.kind == "bar" else ""
    return replace(data, alt=_alt_text(data, fmt), alt_across=across)


def _found(
    spec: ChartSpec,
    chosen: list[FigureView],
    form: chart_shape.Shape,
    figures: dict[str, FigureView],
    fmt: Formatter,
) -> str:
    """The finding a chart's own data states (data/chart_findings.py), or '': none for a chart too
    small to draw, a stacked or grouped one, or one drawing a key figure or the same fact as one
    (the tiles, the band and the bar print it already: the finding would be a third printing)."""
    if form.too_few or CHART_KINDS[spec.kind.value].draws_breakdowns:
        return ""
    shown = {facts.fact(f) for f in figures.values() if f.key or f.headline}
    if not spec.breakdown and any(facts.fact(f) in shown for f in chosen):
        return ""
    if spec.breakdown:  # a donut's parts: the largest one's share (the whole is not printed)
        parts = chosen[0].parts
        points = [chart_findings.Point(p.label, p.value, "exact", p.share_text) for p in parts]
        points = [points[i] for i in form.order if i < len(points)]  # not the rest's slice
    else:
        # the amount without its unit ('212 and 187 delegates'), where all count one thing and the
        # unit is a word ('45' is no percentage)
        alike = len({(f.unit, f.currency) for f in chosen}) == 1
        points = [
            chart_findings.Point(
                f.label,
                float(f.value),
                f._figure.qualifier.bound,
                f.text_with_unit,
                f.text if alike and (f.unit or "").strip() not in ("%", "％") else "",
            )
            for f in chosen
        ]
        points = [points[i] for i in form.order]
    return chart_findings.finding(points, form.kept_order, fmt.locale, chart_words.other_words(fmt.locale))


def _with_sentence(caption: str, sentence: str, fmt: Formatter) -> str:
    """A caption with a sentence after it ('… The parts overlap: …'), its own stop kept or added."""
    if not sentence:
        return caption
    if not caption:
        return sentence
    stopped = caption if caption.rstrip()[-1:] in ".!?。！？" else caption.rstrip() + fmt.punct.stop
    return f"{stopped}{fmt.punct.space}{sentence}"


def _states_a_number(text: str) -> bool:
    """True when a caption or summary names a number ('17 of the 25', '五大板块'): a finding,
    where a text without one only describes ('Domestic and international exhibitors.')."""
    return any(ch.isnumeric() for ch in text)


def _caption(spec: ChartSpec, chosen: list[FigureView], too_few: bool, fmt: Formatter) -> str:
    """The chart's caption; for a chart too small to draw, whose caption only describes it, the
    sentence of its values instead ('More than 700 domestic exhibitors and more than 500
    international exhibitors.'), so the sentence printed in its place says what it would show; of
    two figures of their own (printed where they belong, as tiles or bullets), no sentence."""
    caption = spec.caption or spec.title
    if not too_few or _states_a_number(caption):
        return caption
    if not spec.breakdown:  # its two figures are printed where they belong: a description adds nothing
        return ""
    whole = chosen[0]._figure
    drawn = [  # a part without a unit of its own counts what its whole counts
        part
        if part.unit or part.currency
        else part.model_copy(update={"unit": whole.unit, "currency": whole.currency})
        for part in whole.breakdown.values()
    ]
    views = [
        _figure_view(f"{chosen[0].ref}.{k}", k, f, fmt) for k, f in zip(whole.breakdown, drawn, strict=True)
    ]
    said = []
    for index, view in enumerate(views):
        text = sentences.figure(view, fmt.locale).text
        if index and text[:1] != view.text[:1] and text[:1].lower() == view.text[:1]:
            text = view.text[:1] + text[1:]  # 'and more than 500 ...': lower case after the first
        said.append(text)
    return sentences.listing(said, fmt.locale) + fmt.punct.stop


def slugify(event: Event, stem: str | None = None) -> str:
    """A file-name-safe slug: ASCII letters, digits and hyphens only, so no name can leave output/.
    Where the short name has no Latin letters (ロボ展 2024, 전시회 2024), the event file's name
    (`stem`) when it has some: two such events in one folder then keep their own names, where
    both were 'event-2024'."""
    if event.slug:
        return event.slug
    slug = _ascii_slug(event.short_name)
    if not re.search(r"[a-z]", slug) and stem and re.search(r"[a-z]", _ascii_slug(stem)):
        slug = _ascii_slug(stem)
    if not slug or not re.search(r"[a-z]", slug):
        slug = f"event-{event.year}" if str(event.year) not in slug else f"event-{slug}"
    return slug


def _ascii_slug(text: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")


def alt_text(data: ChartData) -> str:
    """A sentence naming every value, for readers who cannot see the picture: the one `derive`
    wrote in the event's language, or (for chart data made elsewhere) one in English."""
    return data.alt or _alt_text(data, Formatter())


def _alt_text(data: ChartData, fmt: Formatter) -> str:
    """'Bar chart: <title>. <label>: <value>; ….', in the event's language and punctuation."""
    kind = fmt.gettext(DOT_PLOT if data.log_scale else CHART_KINDS[data.kind].words)
    if data.log_scale:
        kind = fmt.gettext("%(kind)s on a logarithmic scale", kind=kind)
    p = fmt.punct
    head = f"{kind}{p.pair}{data.title}"
    if data.total_text:
        head += f"{p.open}{data.total_text}{p.close}"
    if data.series:
        values = p.semicolon.join(
            f"{bar.label}{p.open}{bar.text}{p.close}{p.pair}"
            + p.list.join(f"{s.label} {s.texts[i]}" for s in data.series if s.texts[i])
            for i, bar in enumerate(data.bars)
        )
    else:
        values = p.semicolon.join(f"{bar.label}{p.pair}{bar.text}" for bar in data.bars)
    space = " " if p.stop == "." else ""
    tail = f"{space}{data.unit_note}{p.stop}" if data.unit_note else ""
    return f"{head}{p.stop}{space}{values}{p.stop}{tail}"
