"""The news's quotation as the lead of its glance page (review WW2 #2: the ja fair's '会期中の商談額は
約210億円となり、前回の約150億円を大きく上回りました。' and the en_CA tournament's 'A crowd of 15,196 …
watched the Pats lift the cup.' on no slide, as both write the tile's own number).

A quotation of the headline that says something beyond its number (another value to compare with,
a name the figure's label and sentence do not hold: a winner, a record it claims) is the source's
words, not our repetition of the tile: it leads the page of its tile, set as a quotation with its
credit (office/powerpoint/quote_lines.py), in place of a section's summary or of no lead. The
summary it displaces keeps its place where its section has a slide; where it has none it goes to
the page's notes (plan/glance.py `_glance_notes`, which the document check's notes rule accepts:
office/unsaid.py). A lead from a slide's own words (a slide that moved onto the page) is kept. A
quotation that only says the number ('Attendance at the final was 15,196.') leads nothing: it is
the tile again a few centimetres above it. The document check exempts such a credited quotation
of the news from its rule against a lead that writes its tile's number (office/tile_repeats.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportgen.data import written_numbers
from reportgen.data.formatting import Formatter
from reportgen.data.plan.glance import LEAD_CHARS
from reportgen.data.plan.measure import _width
from reportgen.data.plan.printings import MOST_REPEATS
from reportgen.data.plan.quotes import _credit
from reportgen.data.plan.views import FigureView, SectionView, said_words

#: A name: a capitalized word (after the first of its sentence) of a script with capitals.
_NAME = re.compile(r"(?<![.!?]\s)(?<=\s)([A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w’'-]+)")


def says_beyond(
    figure: FigureView,
    locale: str,
    elsewhere: str = "",
    page: tuple[FigureView, ...] = (),
    names: tuple[str, ...] = (),
) -> bool:
    """Whether `figure`'s quotation says more than its number: it writes another value, not its
    conversion (a figure to compare with: '前回の約150億円', '較去年的46.8萬人次'), or names one
    the event tells of elsewhere (`elsewhere`: its other sections' summaries and people) and the
    figure's label and sentence do not: a winner ('watched the Pats lift the cup'), not the
    place it happened at. A record it claims alone is none: its tile's mark says it; nor another
    tile's number of its `page` ('报名人数超过12万人' over the tile '超过12万人'), nor the event's
    own `names` ('… fant veien til Polarlys i år')."""
    quote = figure.quote
    if quote is None or not quote.text.strip() or quote.echo:
        return False
    own = written_numbers.figure_values(figure.amount_text, figure.value, locale) or frozenset()
    converted = {v for w in written_numbers.read(figure.conversions_text, locale) for v in w.values}
    for written in written_numbers.read(quote.text, locale):
        other = not any(_near(v, f.value) for v in written.values for f in (figure, *page))
        if written.counts and other and not (written.values & own) and not (written.values & converted):
            return True
    known = f"{figure.label} {figure.own_sentence or ''} {figure.unit or ''} {' '.join(names)}".casefold()
    told = elsewhere.casefold()
    return any(n.casefold() not in known and n.casefold() in told for n in _NAME.findall(quote.text))


def quotation(figure: FigureView, fmt: Formatter) -> str:
    """The news's quotation as a lead: in the language's marks, with its credit after it."""
    assert figure.quote is not None
    said = fmt.quoted(figure.quote.text)
    return _credit(said, figure.quote.credit, fmt) if figure.quote.credit else said


def quote_leads(
    pages: tuple[tuple[FigureView, ...], ...],
    leads: tuple[str, ...],
    sections: dict[str, SectionView],
    fmt: Formatter,
    printed: Callable[[float], int] = lambda value: 0,
    deck_sections: tuple[SectionView, ...] = (),
    names: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """`leads` with the page of the news's tile led by its quotation where it says more than its
    number (`says_beyond`), has a credit and fits the lead box; in place of no lead or of a
    section's summary, never of a slide's own words. Not where a number it writes is printed
    MOST_REPEATS times already (`printed`: how often the deck prints a value, plan/printings.py):
    the quotation would be its third printing (the Vienna congress's 2.400 a tile, a slide's line
    and the quote), nor where a slide's text writes one (`deck_sections`: a title that states it)."""
    slides = " ".join(_texts(deck_sections))
    summaries = [said_words(s.summary) for s in sections.values() if s.summary]
    out = list(leads) + [""] * (len(pages) - len(leads))
    for at, page in enumerate(pages):
        news = next((f for f in page if f.headline), None)
        if news is None or news.quote is None or not news.quote.credit:
            continue
        if out[at] and not any(said_words(out[at]) <= words for words in summaries):
            continue
        if not says_beyond(news, fmt.locale, _elsewhere(sections, news), page, names):
            continue
        said = written_numbers.read(news.quote.text, fmt.locale)
        if any(printed(v) >= MOST_REPEATS for w in said if w.counts for v in w.values):
            continue
        if any(w.counts and written_numbers.says(slides, w.values, w.percent, fmt.locale) for w in said):
            continue
        line = quotation(news, fmt)
        if _width(line) <= LEAD_CHARS:
            out[at] = line
    return tuple(out)


def _elsewhere(sections: dict[str, SectionView], figure: FigureView) -> str:
    """What the event's other sections than `figure`'s say of whom: their summaries, their people."""
    owner = figure.ref.split(".")[0]
    texts = []
    for section in sections.values():
        if section.id == owner:
            continue
        texts.append(section.summary or "")
        texts += [f"{p.name} {' '.join(p.titles)} {p.role or ''}" for p in section.people]
    return " ".join(texts)


def _texts(deck_sections: tuple[SectionView, ...]) -> list[str]:
    """Every text the sections' slides print: each page's strings, and those of its tuples."""
    out: list[str] = []
    for section in deck_sections:
        for page in section.deck_pages:
            for value in vars(page).values():
                if isinstance(value, str):
                    out.append(value)
                elif isinstance(value, tuple):
                    out += [v for v in value if isinstance(v, str)]
    return out


#: A number the quotation writes within this share of a figure's is that figure rounded ('ponad 61
#: tysięcy' for 61 400), not another value.
ROUNDED = 0.05


def _near(written: float, value: float) -> bool:
    return written_numbers.same(written, value) or (
        bool(value) and abs(written - value) <= ROUNDED * abs(value)
    )
