"""`validate`'s warnings for figures the documents can only print in a machine's words (issue 19):

- a figure printed as a line of text that still reads "Label: value" with no verb ("Prijzengeld
  voor de eindwinnaar: 20.000 euro"): its `sentence:` would make it a sentence;
- a figure whose label is only a year ("2026", one of a chart of years) printed outside its chart,
  as a tile or in the key-figures table, where "2026" does not say what the number counts;
- a figure's `sentence:` that writes a qualifier before {value} other than the figure's own, which
  prints before the number too ("Over more than 1,150"; words that say the figure's own are printed
  once: qualifier_words);
- a figure whose line the tool made a sentence with words of its own before the number ("Hubo 118
  corredores…", "There were 412 screenings."): its `sentence:` would say it in the author's words.

Each warning names the event file's field that would help, as `sentences.unit_warnings` does.
"""

from __future__ import annotations

from collections.abc import Set

from reportgen.data import qualifier_words, written_numbers
from reportgen.data.derive import Derived, FigureView
from reportgen.data.hint_examples import YEAR_LABELS, example, sentence_example
from reportgen.data.prepare import Prepared
from reportgen.data.sentences import bare_figures, is_year, only_counts, qualifier_before


def wording_warnings(prepared: Prepared) -> list[str]:
    """Both kinds of warning for one prepared event (its first language)."""
    bare = bare_figures(prepared.summary)
    derived, pair = prepared.derived, prepared.formatter.punct.pair
    lost = prepared.wrong  # the texts no document prints (the event file's, before `withheld`)
    return [
        *lost,
        *label_value_warnings(derived, pair, bare, prepared.formatter.locale),
        *year_label_warnings(derived, prepared.formatter.locale),
        *doubled_qualifier_warnings(derived, prepared.formatter.locale),
        *there_were_warnings(derived, prepared.formatter.locale),
    ]


def there_were_warnings(derived: Derived, locale: str = "en") -> list[str]:
    """One warning per figure printed as a line whose sentence the tool made by putting words of
    its own before the number and its label ('Hubo 118 corredores que terminaron la carrera.',
    'There were 412 screenings.': `sentences.only_counts`), where no `sentence:` gives the
    figure's own words: the author's would read better, and validate said nothing (review JJ)."""
    pages = [page for s in derived.deck_sections for page in s.deck_pages]
    deck = {str(t) for page in pages for t in (page.headline, *page.points)}
    warnings = []
    for section in derived.sections.values():
        for fig in section.figure_list:
            if fig.own_sentence or not only_counts(fig.sentence_lead):
                continue
            if fig in section.briefing_figures or any(fig.sentence in text for text in deck):
                warnings.append(
                    f"{_field(fig)}: prints as '{_cut(_shown(fig.sentence))}', words the tool put "
                    "around the label; add `sentence:` with the figure's own words around {value} "
                    f'(for example `sentence: "{sentence_example(bool(fig.currency), locale)}"`)'
                )
    return warnings


def doubled_qualifier_warnings(derived: Derived, locale: str) -> list[str]:
    """One warning per figure whose own sentence writes a qualifier just before {value} that does
    not say the figure's own (one that does is printed once: qualifier_words)."""
    warnings = []
    for fig in {f.ref: f for f in derived.figures.values()}.values():
        if not fig.own_sentence or not fig.qualifier_text or "{value}" not in fig.own_sentence:
            continue
        head, _, tail = fig.own_sentence.partition("{value}")
        if qualifier_words.says_qualifier(head, tail, fig.qualifier, locale):
            continue  # printed once: the value without its qualifier (sentences._written)
        own = " ".join(fig.qualifier_text.replace("\u00a0", " ").split()).casefold()
        written = qualifier_before(head, locale)
        if not written:
            continue
        warnings.append(
            f"{_field(fig)}: its sentence writes {written!r} before {{value}}, and the figure's "
            f"qualifier prints {own!r} before the number too ('{written} {_shown(fig.text)}'); "
            "take the word out of the sentence, or set `qualifier:` to what the sentence says"
        )
    return warnings


def label_value_lines(derived: Derived, pair: str, bare: Set[str] = frozenset()) -> dict[str, str]:
    """The rule `validate` and the build's document check share (review Q): each figure
    ('section.figure') that the plan prints as a line of its own reading 'Label: value', with that
    line. A line is a deck slide's point (or its title) or a bullet of the briefing (not one that
    prints only its breakdown: 'Totaal prijzengeld, waarvan …'); a tile or a key figures' row is
    none ('Starters: 41,250 runners' was warned of, and printed only as a tile). Not those
    `unit_warnings` names (`bare`: they need a unit first)."""
    pages = [page for s in derived.deck_sections for page in s.deck_pages]
    deck = {str(t) for page in pages for t in (page.headline, *page.points)}
    lines: dict[str, str] = {}
    for section in derived.sections.values():
        for fig in section.figure_list:
            if fig.ref in lines or fig.ref in bare or fig.own_sentence:
                continue
            if fig.sentence_lead != f"{fig.label}{pair}":
                continue
            in_briefing = fig in section.briefing_figures and fig.ref not in section.breakdown_only
            if in_briefing or any(fig.sentence in text for text in deck):
                lines[fig.ref] = fig.sentence
    lede = _label_lede(derived, pair)
    if lede and lede[0] not in bare:
        lines.setdefault(*lede)
    return lines


def _label_lede(derived: Derived, pair: str) -> tuple[str, str] | None:
    """The news figure and the briefing's first sentence where that sentence is its band's line,
    'Label: value, a record.' (reviews YY4 #4, XX5 #6, YY2 #4: the lede is a sentence with a verb,
    plan/lede_sentence.py; the language's words made none of this figure); None otherwise."""
    lede = derived.news_lede.strip()
    if not lede:
        return None
    for fig in derived.figures.values():
        label = fig.label.strip()
        if fig.headline and label and lede.startswith(f"{label}{pair}"):
            return fig.ref, lede
    return None


def label_value_warning(
    ref: str, line: str, locale: str = "en", amount: bool = False, quote: str = ""
) -> str:
    """What `validate` and the document check say of a line `label_value_lines` found, with an
    example sentence in the event file's language (its catalogue's: zh_Hans or zh_Hant), of money
    where the figure is an `amount`, else of a count; or the figure's own `quote` where it says
    the figure (`quote_says`: 'Die Ausfallversicherung übernimmt 180'000 Franken …', which the
    advice had ignored: review YY2 #6)."""
    sid, fid = ref.split(".", 1)
    example = (
        f"its quote says it: '{_cut(quote)}'"
        if quote
        else (f'for example `sentence: "{sentence_example(amount, locale)}"`')
    )
    return (
        f"sections.{sid}.figures.{fid}: prints as the line '{_cut(_shown(line))}', a label and a value "
        f"with no verb; add `sentence:` with the figure's words around {{value}} ({example})"
    )


def quote_says(derived: Derived, ref: str, locale: str) -> str:
    """The figure's own quote where it writes the figure's number (in any form a reader takes for
    it: data/written_numbers.py), else ''."""
    figure = derived.figures.get(ref)
    quote = figure.quote if figure is not None else None
    if figure is None or quote is None or quote.echo or not quote.text.strip():
        return ""
    percent = (figure.unit or "").strip() in ("%", "％")
    values = written_numbers.figure_values(figure.amount_text, figure.value, locale)
    return quote.text.strip() if values and written_numbers.says(quote.text, values, percent, locale) else ""


def label_value_warnings(derived: Derived, pair: str, bare: set[str], locale: str = "en") -> list[str]:
    """One warning per figure printed as a line (a deck's point or the briefing's bullet) that
    reads 'Label: value' (`label_value_lines`)."""
    lines = label_value_lines(derived, pair, bare)
    return [
        label_value_warning(ref, line, locale, amount(derived, ref), quote_says(derived, ref, locale))
        for ref, line in lines.items()
    ]


def amount(derived: Derived, ref: str) -> bool:
    """Whether the figure `ref` is a sum of money."""
    figure = derived.figures.get(ref)
    return bool(figure and figure.currency)


def year_label_warnings(derived: Derived, locale: str = "en") -> list[str]:
    """One warning per figure whose label is only a year and which is printed outside its chart,
    as a tile or a row of the key figures, where the year alone does not say what is counted."""
    outside = (*derived.key_figures, *(f for page in derived.glance_pages for f in page))
    warnings = []
    for fig in {f.ref: f for f in outside}.values():
        if not is_year(fig.label):
            continue
        label = example(YEAR_LABELS, locale).format(year=fig.label.strip())  # in the file's language
        warnings.append(
            f"{_field(fig)}: its label {fig.label!r} is only a year, and the figure is printed "
            "outside its chart (among the key figures or as a tile), where the year does not say what it "
            "counts; write the label as what it counts in that year (for example "
            f"`label: {label}`), or set `key: false` and `deck: bullet` "
            "so it is printed as a sentence"
        )
    return warnings


def _shown(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _cut(text: str, most: int = 60) -> str:
    """A line quoted in a warning, cut to `most` characters at a word's end: a warning stays one
    line of a screen, and a number keeps its unit ('64 Masch…' was cut mid-word: review YY2 #6),
    up to WORD_OVER characters past it. A text of no spaces (Chinese, Japanese) is cut at a
    character."""
    if len(text) <= most + WORD_OVER:
        return text
    if " " not in text[: most - 1].strip():
        return text[: most - 1].rstrip() + "…"
    end = text.find(" ", most - 1)  # the word it cuts, whole: '64 Maschinen', not '64 Masch'
    if end < 0 or end > most + WORD_OVER:
        end = text.rfind(" ", 0, most - 1)
    return text[:end].rstrip(" ,;:–—") + " …" if end < len(text) else text


#: How far past its length `_cut` lets a quoted line run to end at its word's end.
WORD_OVER = 20


def _field(fig: FigureView) -> str:
    sid, fid = fig.ref.split(".", 1)
    return f"sections.{sid}.figures.{fid}"
