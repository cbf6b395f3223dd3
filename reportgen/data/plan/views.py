"""The plan's types: a figure, a part, a launch, a section and a slide as the templates see them,
and Derived, the whole plan of one edition."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportgen.data import breakdowns, cjk_amounts, list_layout, sentences, titles
from reportgen.data.chart_data import ChartData
from reportgen.data.model import Figure
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.measure import (
    PROSE_ROWS,
    PROSE_TOTAL,
    PULL_ROWS,
    PULL_TEXTS,
    STATEMENT_ROWS,
    TITLE_ROWS,
    _rows,
    _width,
)
from reportgen.data.plan.unit_names import _names_unit
from reportgen.data.punctuation import Punctuation
from reportgen.data.typography import UNITS
from reportgen.data.views import Listed, ListView, PersonView, Quoted, QuoteView, Under, View


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
    record_note: str = ""  # 'A record' in the language, where its quote or sentence claims one (figures.py)
    # its quote's record is another figure's ('…、完走率は過去最高となった' under the finishers'):
    # its quote claims no record of its own (superlatives.record_of_another; review ZZ3 #2)
    _record_elsewhere: bool = False
    # or its trend's record ('Highest of 2022–2026'); the change on its trend's year before ('Down
    trend_note: str = ""  # 15.8% since 2025') where no key figure prints it (plan/trend_news.py)
    # its trend's change on the year before: (+1 a rise, -1 a fall, 0 none, that year's name), for
    trend_step: tuple[int, str] = (0, "")  # the title of the news's page (plan/news.py)
    # its own sentence's words after its number, under its tile, where no slide prints that sentence
    tile_detail: str = ""  # (plan/tile_details.py): 'lined the route, most of them on O'Connell Street…'

    template_properties = (
        "tile_note",
        "tile_mark",
        "tile_badge",
        "band_lines",
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
    def tile_note(self) -> str:
        """The line under the figure where it is shown at its largest (its tile, the band): its
        note, else 'A record' where its quote or sentence says it is one. A record's quote stays in
        the notes where it would print the number a third time (tile, bar, quote): the reader
        still learns why the number is news (reviews LL, MM)."""
        return self.note or self.record_note or self.trend_note

    @property
    def tile_mark(self) -> str:
        """`tile_note` where it is a short mark of the figure's news ('A record', its trend), which
        the briefing's band sets bold in the numbers' colour; '' where the file gives a note of its
        own, which the band sets as a note, regular weight (review YY2 #10: 'Stima degli
        organizzatori …' bold blue over three lines of a narrow cell)."""
        return "" if self.note else (self.record_note or self.trend_note)

    @property
    def tile_badge(self) -> str:
        """The figure's news where it is shown at its largest: 'A record' in the event's language
        where its quote or sentence says its number is one (and the file gives no note of its own),
        which the default deck sets over the tile's number as a badge, not as a line under its
        label (review OO1: the news printed as a footnote); '' for any other figure. A template
        that prints `tile_note` alone still prints the word under its label. The news's
        (`headline`) change on its trend's year before ('Down about 18% since 2025') where it is
        no record: a fall read as good news on a tile of its number alone (review WW1 #11)."""
        return self.record_note or (self.trend_note if self.headline else "")

    @property
    def label_names_unit(self) -> bool:
        """True when the label already says what is counted ('Renowned guests' for guests)."""
        return _names_unit(self.label, self.unit, self._locale)

    @property
    def unit_text(self) -> str:
        """The unit as a reader needs it after the label: '' when the label already names it.
        Where the language puts the qualifier after the unit, it ends here ('社以上')."""
        if self._sign_leads:
            return ""
        shown = "" if self.currency or not self.unit or self.label_names_unit else self.unit
        return shown + self._qualifier_after if shown else ""

    @property
    def _sign_leads(self) -> bool:
        """Whether the amount holds its percent sign, before its number (Turkish '%41')."""
        sign = (self.unit or "").strip()
        return bool(sign) and sign in ("%", "‰") and self.amount_text.startswith(sign)

    @property
    def unit_symbol(self) -> str:
        """The unit when it is a symbol ('%', 'm²', 'km'), which belongs beside its number (a tile
        sets it on the number's line, never alone on a line of its own); '' otherwise. A qualifier
        the language writes after it stays with it, a no-break space between ('42%\u00a0가까이':
        review QQ1, a tile of '42' over '% 가까이'): the qualifier is part of the number."""
        if not self._bare_symbol:
            return ""
        return self._bare_symbol + self._qualifier_after.replace(" ", "\u00a0")

    @property
    def _bare_symbol(self) -> str:
        """The unit symbol without the qualifier after it ('%' of '% 가까이'), or ''."""
        shown, after = self.unit_text, self._qualifier_after
        bare = shown[: -len(after)] if after and shown.endswith(after) else shown
        return bare if bare in UNITS else ""

    @property
    def symbol_gap(self) -> str:
        """What goes between the amount and its unit symbol on a tile: a no-break space ('38\u00a0ha',
        '61\u00a0%' in German and French), none before '%' where the language sets none ('61%'), nor
        after a Chinese or Japanese scale word ('12万m²')."""
        if self._bare_symbol in ("%", "‰"):
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
    def band_lines(self) -> tuple[str, ...]:
        """The lines a band of four may set the amount on: its head and its currency's name where
        a space parts them, as a tile does ('4,7 milhões', 'de euros'; review T: a fourth key figure
        left off the band for its width); else the amount whole, with its unit. Chinese and
        Japanese, with no space to break at, keep it whole."""
        if self.unit_text or not self.amount_tail or sentences.language(self._locale) in ("zh", "ja"):
            return (f"{self.amount_text} {self.unit_text}".strip(),)
        return (self.amount_head, self.amount_tail)

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
        """The currency's name after a scale word ('de pesos', 'd’euros', 'kronor', '人民币'), or in
        Chinese, Japanese and Korean what follows the currency's word ('以上', '이상');
        '' where the amount is one word (a symbol or code before it, no scale word, a unit of its own)."""
        return self._amount_parts()[1]

    def _amount_parts(self) -> tuple[str, str]:
        cjk = cjk_amounts.split_amount(self.amount_text, self._locale) if self.currency else None
        if cjk and not self.unit_text:
            return cjk  # '3850억 원' / '이상' (data/cjk_amounts.py)
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
        # '3,400社以上': the unit in place; '%41’den fazla': the sign too
        text = self.text_with_unit if self.unit_text or self._sign_leads else self.text
        p = self._punct
        return f"{text}{p.open}{self.conversions_text}{p.close}" if self.conversions_text else text

    @property
    def parts_clause(self) -> str:
        """Its breakdown after its sentence, as an editor writes it (data/breakdowns.py): ', davon
        1.650 vor Ort in Wien und 750 online zugeschaltet'; '' for none."""
        return breakdowns.clause([(p.label, p.text) for p in self.parts], self._locale, self._counted)

    def parts_with_shares(self, shares: bool, texts: Sequence[str] = ()) -> str:
        """Its breakdown named by its label, each part with its share where `shares`, as the
        sentence with its verb printed in place of a chart too small to draw ('Registrerade
        deltagare: fördelningen var 860 på plats i Umeå (cirka 40 %) och 1 280 online (cirka 60
        %)'; never 'På plats i Umeå: 860 deltagare och Online: 1 280 deltagare': review RR2, nor
        verbless: round 23); its amount is printed elsewhere.
        `texts`: the parts' amounts as printed there, else their own."""
        parts = [
            (p.label, text) for p, text in zip(self.parts, texts or [p.text for p in self.parts], strict=True)
        ]
        said = [p.share_text for p in self.parts] if shares else []
        return breakdowns.sentence(self.label, parts, self._locale, self._counted, self._polite, said)

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
        """The value, with the ending the file's sentence writes on it ('{value}den geldi': '41
        ülkeden', never a bold '41 ülke' and a plain 'den': review LL)."""
        return self._parts.value + self._ending

    @property
    def sentence_tail(self) -> str:
        return self._parts.tail[len(self._ending) :]

    @property
    def _ending(self) -> str:
        """The letters of the tail that end the value's last word (a case ending: Turkish
        '{value}den', '{value}’e'); '' where the tail starts apart from it, or in Chinese or
        Japanese, which write the next word tight."""
        value, tail = self._parts.value, self._parts.tail
        found = _ENDING.match(tail)
        if not found or not value[-1:].isalnum() or any(phrases_cjk(c) for c in found.group() + value[-1:]):
            return ""
        return found.group()

    @property
    def _parts(self) -> sentences.Sentence:
        if self._sentence is not None:
            return self._sentence
        return sentences.Sentence(f"{self.label}{self._punct.pair}", self.value_text, "")


#: Letters written on a word, with the apostrophe before an ending on a number ('’den').
_ENDING = re.compile(r"[’']?[^\W\d_]+")


@dataclass(frozen=True)
class LaunchView(View):
    name: str
    summary: str | None
    items_label: str | None
    items: tuple[str, ...]
    figures: tuple[FigureView, ...]
    quote: QuoteView | None = None
    sentence: str = ""  # its name, then its items, summary or figures (`sentences.launch`)

    template_properties = ("refs",)

    @property
    def refs(self) -> tuple[str, ...]:
        """Its figures' refs: the briefing prints their bullets under it, not after the section's
        last launch, where they read as that one's ('Cada queijo custa 89,50 euros.' under the
        next launch: review T)."""
        return tuple(f.ref for f in self.figures)


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

    template_properties = ("in_briefing", "launch_refs", "pair_tables")

    @property
    def pair_tables(self) -> tuple[ListView, ...]:
        """Its lists whose items are all pairs of a label and its value (winners by category): the
        briefing sets each as a table of two columns, not a bare list ('Winners:' over bullets)."""
        return tuple(item_list for item_list in self.lists.values() if item_list.rows)

    @property
    def launch_refs(self) -> tuple[str, ...]:
        """The refs of its launches' figures, printed under their launch in the briefing."""
        return tuple(r for launch in self.launches for r in launch.refs)

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


#: The slides of text: a headline's words its title leaves are its lead, as no chart draws them (a
#: list's slide lost '…, with two prizes going to independent presses' under its clause, review QQ1).
_TEXT_LAYOUTS = ("points", "columns")


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
    cited: str = ""  # the one source of the figures it prints, of a deck of several (plan/sources.py)
    last: bool = False  # the deck's last slide: its notes carry the notes on the figures
    found: str = ""  # a title from its content where its headline yields none (`_content_title`)
    columns: int = 0  # a list's slide (layout 'columns'): its columns, 1 to 3 (`list_layout`)
    columns_why: str = ""  # why that many, for `inspect --plan`
    heads: tuple[str, ...] = ()  # a folded section's name over its bullets: a heading, not a bullet
    paras: tuple[str, ...] = ()  # a folded section's summary: a paragraph, not a bullet
    credit: str = ""  # a quotation's credit where one is its title ('— Priya Raman'): its lead
    voices: tuple[str, ...] = ()  # the people and launches whose lines its notes print (page_voices.py)
    # its `found` titles it over its headline's finding, the whole headline its lead (a chart's own
    # title, where the headline's claim names nothing the chart plots: `deck_pages._plots`)
    _found_first: bool = False
    # one of its section's several slides of text: set as the others are, never large on its own
    _in_run: bool = False
    # ... and every slide of that run has few enough rows to be set large: all are, alike
    _run_large: bool = False
    # a chart of more than FULL_HEIGHT_BARS categories over its lead: no sources footer under it
    # (the footer's rows are the lead's: `deck_pages._full_height`, plan/sources.py)
    _bare_foot: bool = False

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
        sentence or main clause where that fits (`titles.title_and_lead`); '' where none does, or
        where the lead under it would say all its words again (`repeats_title`: a summary cut
        before a clause that is no sentence of its own, so the whole summary is the lead; the
        section's name is then the title, and nothing is said twice), or else the finding its
        content states (`found`), or else the headline's main clause before words that only
        continue it (`titles.main_clause`)."""
        if self._found_first:
            return self.found
        title, lead = titles.title_and_lead(self.headline)
        if title and repeats_title(title, lead):
            title = ""  # a lead that says the title again, and more (review Y): the section's name
        if title or self.found:
            return title or self.found
        # cut at a comma only where what follows stands alone (`titles.clause_rest`), else the
        # section's name, the whole summary its lead (review AA: nothing of it only in the notes)
        clause = titles.main_clause(self.headline)
        texts = self.layout in _TEXT_LAYOUTS
        return clause if not texts or titles.clause_rest(self.headline) is not None else ""

    @property
    def lead(self) -> str:
        """The headline less what the title states: the lead line under the title, or ''. A lead
        is a sentence: where the title is the headline's main clause (`titles.main_clause`), what
        follows it only continues it ('From a 40,000-capacity main stage …', review O), and the
        whole headline would say the title again under it (review Z): the lead is what else that
        sentence states as sentences of their own, then the sentences after it
        (`titles.clause_rest`: a clause after a semicolon or an absolute clause, review AA; where
        one cannot stand alone, the title is the section's name and the whole headline the lead),
        only that sentence's where the title states a number (WAIC's '500 renowned guests'), or
        none where the slide is a chart's, whose chart draws what
        follows the clause ('…, da 41.500 nel 2022 a quasi 98.000 nel 2026'): the rest is then in
        the speaker notes and the briefing. Under a quotation set as the title, its credit (review
        Q: words with no speaker on their slide)."""
        if self.credit:
            return self.credit
        if self._found_first:
            return self.headline
        title, lead = titles.title_and_lead(self.headline)
        clause = "" if title or self.found else titles.main_clause(self.headline)
        if clause and self.layout not in _TEXT_LAYOUTS:
            return ""  # on a chart's slide, what follows the clause is what the chart draws
        rest = titles.clause_rest(self.headline) if clause else None
        if rest is not None and any(c.isdigit() for c in clause):  # its clauses, not the sentences
            return titles.clause_rest(titles.first_sentence(self.headline)) or ""  # after (WAIC)
        if rest is not None:  # never the title again under itself (review Z): the clauses it
            # leaves, as sentences (review AA), and the sentences after its own (only those: reviews
            # Z, AA); a phrase that only continues the title is no line of its own: '… from the
            # start-line arch to the finishers' medals.' read machine-made (review RR4), so it stays
            # with the whole summary in the speaker notes
            return rest
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
            # review U: 'Premios (continuación)' set larger than its first slide; a run is set
            # large only where every slide of it can be (units-ja: 5 and 6 short rows, alike)
            and (not self._in_run or self._run_large)
            and any(t for t in body)
            and _rows("", tuple(t for t in body if t)) - TITLE_ROWS <= STATEMENT_ROWS
            and not _prose(tuple(t for t in body if t))
        )

    @property
    def pull(self) -> bool:
        """A statement of one or two texts (its lead, a bullet or two): set like a pull quote,
        large, centred and without bullets, rather than a bullet or two in an empty slide (which
        the document check finds near-empty: office/slide_space.py, FEW_LINES)."""
        texts = tuple(t for t in (self.lead, *self.points) if t)
        # a long text set bold and centred reads as a poster (review R: a launch and a survey's
        # finding, five rows, larger and bolder than the title): those stay bullets, set large
        return (
            self.statement
            and not self._in_run  # a run's slides are set alike: statements, never one a pull quote
            # a list alone is no poster (QQ1); among figures' lines it is a line as theirs are
            # (plan/list_lines.py): not one that leaves their slide a near-empty page
            and not (self.points and all(isinstance(t, Listed) for t in self.points))
            and len(texts) <= PULL_TEXTS
            and _rows("", texts) - TITLE_ROWS <= PULL_ROWS
        )


def _prose(texts: tuple[str, ...]) -> bool:
    """Whether a slide's texts are prose, not a statement: one of them, not a quotation, a
    paragraph of at least PROSE_ROWS rows at body size, among PROSE_TOTAL rows or more. Set large,
    such text ran to seven and eight lines of 32 pt with ragged breaks (review OO1: JASS Fukuoka's
    '基調講演とセッション', two sentences of four and two rows); at body size it reads as a slide's
    text, spread over its box. A quotation set large is a pull quote (the Turkish conference's key
    quote, three rows between two one-row lines, stays a statement); one text alone stays one too
    (at body size it sat at the top of an empty slide: the Quebec summit's dubbing fund)."""
    rows = [_rows("", (t,)) - TITLE_ROWS for t in texts]
    said = [r for t, r in zip(texts, rows, strict=True) if not _quotation(t)]
    return len(texts) > 1 and bool(said) and max(said) >= PROSE_ROWS and sum(rows) >= PROSE_TOTAL


def _quotation(text: str) -> bool:
    """Whether a text is a quotation (with its credit): it opens with a quotation mark."""
    return isinstance(text, Quoted) or text.lstrip()[:1] in "«“„‚‘「『\"'"


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
    glance_leads: tuple[str, ...] = ()  # per page of tiles: the line under its title, or ''
    glance_notes: tuple[tuple[str, ...], ...] = ()  # per page of tiles: summaries no slide prints
    glance_groups: tuple[str, ...] = ()  # per page of tiles, where there are several: its sections' names
    news_lede: str = ""  # the briefing's first sentence: the news in the data's words (plan/news_lede.py)
    #: the event's summary as the briefing's first paragraph prints it after `news_lede`: less a
    #: clause that claims the lede's record again (plan/lede_summary.py; review UU4 E)
    lede_summary: str | None = None

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
        """The key-figures table's rows: the key figures the band does not show, where they are
        TABLE_LEAST or more; fewer are `band_more`, the band's second row (a table of two rows
        under a 'Key figures' heading read as the page's second block of key figures, the heading
        as the table's alone: review VV3 #4, WW1 #11)."""
        rows = self._beside_band
        return rows if len(rows) >= TABLE_LEAST else ()

    @property
    def band_more(self) -> tuple[FigureView, ...]:
        """The band's second row: the key figures the band's first row does not show, where they
        are too few for a table of their own (one or two, as one row of as many cells)."""
        rows = self._beside_band
        return rows if len(rows) < TABLE_LEAST else ()

    @property
    def _beside_band(self) -> tuple[FigureView, ...]:
        return self.table_figures[len(self.band_figures) - len(self.headline_figures) :]


#: The fewest rows a key-figures table has: fewer are a band's second row.
TABLE_LEAST = 3


#: The widest amount (with its unit) a cell of a band of four holds on one line, in narrow characters.
BAND4_CHARS = 17


def _band_of_four(figures: tuple[FigureView, ...]) -> bool:
    """Whether the band holds these figures: a quarter of the page's width holds about BAND4_CHARS
    narrow characters of a number at its least size; a wider one ('2,35 Milliarden Euro') keeps
    the band of three. An amount whose currency's name follows its scale word may take two lines
    there, as on a tile ('4,7 milhões' / 'de euros': `band_lines`), so its wider line counts."""
    return all(max(map(_width, f.band_lines)) <= BAND4_CHARS for f in figures)


def repeats_title(title: str, lead: str) -> bool:
    """Whether `lead` says again every content word of `title`: 'De havenbedrijven …
    ondertekenden een gezamenlijke verklaring' over the whole sentence '… verklaring waarin ze
    zich engageren …' (review Y)."""
    said = _stems(title)
    return bool(said) and said <= _stems(lead)


def said_words(text: str) -> frozenset[str]:
    """The words and numbers `text` says, as a title's are read (`_stems`): what the document check
    looks for of a summary's clause on its slides (office/unsaid.py)."""
    return _stems(text)


def _stems(text: str) -> frozenset[str]:
    """The words of `text` as a chart's claim is read (`deck_pages._stems`, which lays out these
    views and so cannot be read here): of four letters or more by their first four, a Korean
    word by its first two syllables, and each two Chinese or Japanese characters together; and
    its numbers, which a title's finding states ('最終日の7月26日には7万2300人が来場しました' is
    not said again by '最終日の日曜日に来場者が最も多く、…')."""
    text = text.replace("\u2060", "")  # the deck's word joiner ('17\u2060개국') parts no word
    spaced = re.sub(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", " ", text.casefold())
    words = re.findall(r"[\uac00-\ud7a3]{2,}|[^\W_]{4,}|\d+", spaced)  # a run of kanji is no word
    wide = re.findall(r"(?=([\u4e00-\u9fff\u30a0-\u30ff]{2}))", text)
    return frozenset(w[:2] if "\uac00" <= w[0] <= "\ud7a3" else w[:4] for w in words) | frozenset(wide)


def leadless(page: DeckPage) -> DeckPage:
    """A tall chart's slide without the lead under its title: its title stays (the headline's own,
    or the finding the chart's data states); the page as it is where none would."""
    title = titles.title_and_lead(page.headline)[0]
    for headline in (title, "") if title else ("",):
        bare = replace(page, headline=headline)
        if not bare.lead and (bare.title_finding or not page.title_finding):
            return bare
    return page
