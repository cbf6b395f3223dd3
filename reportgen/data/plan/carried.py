"""Where the news's quote carries its figure (data/key_quotes.py decides): each document's
printings as the plan places them, and the sections once the quote takes its figure's place."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from reportgen.data import facts, key_quotes, sentences
from reportgen.data.chart_data import ChartData, for_deck
from reportgen.data.formatting import Formatter
from reportgen.data.phrases import is_cjk as phrases_cjk
from reportgen.data.plan.measure import _width
from reportgen.data.plan.printings import MOST_REPEATS, QUOTE_CHARS
from reportgen.data.plan.quotes import _credit
from reportgen.data.plan.stated import _Figures, _labelled_bars, _written_in
from reportgen.data.plan.views import FigureView, SectionView


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
        if f.ref in said or _writes_digits(q.text, f.value):
            quotes[f.ref] = frozenset(said | {f.ref})
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
        # the deck's captions as its slides keep them (`for_deck`: a caption the briefing's lede outs)
        _forms(
            "deck",
            figures,
            {c: for_deck(d) for c, d in charts.items()},
            set(tiles),
            (deck_lines, deck_lines),
            texts,
            locale,
        ),
        MOST_REPEATS,
        printed,
        {ref: facts.fact(f) for ref, f in figures.items()},
    )


def _writes_digits(text: str, value: int | Decimal) -> bool:
    """Whether `text` writes a whole `value` in bare digits ('Plus de 2850 professionnels', which
    the reading of printings takes for a year: written_numbers): a quote that states its figure."""
    if value != int(value) or int(value) < 1000:
        return False
    return re.search(rf"(?<![\d.,'’]){int(value)}(?![\d]|[.,]\d)", text) is not None


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
    the key-figures table; a tile), a chart's label (a bar's: it never gives way), a donut's
    total, its line (`lines`: those printed, and those of them that can give way), and every
    caption, chart sentence, summary and printed quotation (`texts`) that writes its amount, once
    per text whoever owns the amount."""
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


def _carrying(section: SectionView, refs: frozenset[str], given: frozenset[str] = frozenset()) -> SectionView:
    """The section with the quotes of `refs` printed under its summary, in their figures' place:
    their bullets give way (data/key_quotes.py), and those of `given`, other figures a quote
    states."""
    mine = {f.ref for f in section.figure_list} & refs
    if not mine and not {f.ref for f in section.figure_list} & given:
        return section
    # a bullet that prints a breakdown the first page does not stays (`_briefing_forms` counts it)
    keep = {f.ref for f in section.figure_list if f.ref in section.breakdown_only}
    keep |= {f.ref for f in section.figure_list if f.parts and f.ref not in section.parts_charted}
    return replace(
        section,
        quoted_first=tuple(f.ref for f in section.figure_list if f.ref in {*section.quoted_first, *mine}),
        quoted=tuple(r for r in section.quoted if r not in mine),
        briefing_figures=tuple(f for f in section.briefing_figures if f.ref not in (mine | given) - keep),
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
