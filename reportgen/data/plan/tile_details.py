"""A tile's own sentence that says more than its tile, with no slide to print it: its words after
the number, on a line under the tile (`FigureView.tile_detail`).

Such a sentence is a bullet on its section's slide where that takes no slide more
(plan/deck_pages.py `with_tile_details`); never the lead over its tile, which would print its
number twice a few centimetres apart (office/tile_repeats.py). Where the section's slides are full
or it has none, the deck had said it nowhere (round 20: Limerick's 'about 40,000 spectators lined
the route, most of them on O'Connell Street and the Shannon bridges', Bengaluru's seed grants 'for
15 early-stage companies'): the briefing alone printed it. The tile then carries what the sentence
says after its number ('lined the route, most of them on O'Connell Street and the Shannon
bridges'): the tile prints the number once, and the line no number of the deck's figures, so no
figure is printed once more (plan/printings.py). Only where those words are most of them words
the tile does not print, more than one (plan/sentence_words.py; a run of Chinese or Japanese
letters a word each two), fit a tile (DETAIL_CHARS) and start apart from the number: a Chinese or
Japanese word tied to it ('{value}名觀眾…', 'に上りました') is no line of its own, a clause after
its comma is ('{value}，較去年增加約一成'); a German or Dutch verb's separable part that ends their
clause ('… ab') is left out. Where the sentence opens with its number, the words read on from what
it counts, as one text in the label's style (round 21: 'Delegates attended, from 21 countries',
'Spectators lined the route, …', not 'Delegates' over 'attended, …').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from reportgen.data.phrases import is_cjk
from reportgen.data.plan.glance import repeats_tile
from reportgen.data.plan.measure import _width
from reportgen.data.plan.sentence_tail import opens_with_number, words_after
from reportgen.data.plan.sentence_words import _words, unprinted_words
from reportgen.data.plan.tile_grid import LABEL_LINE_CHARS, LABEL_LINES
from reportgen.data.plan.title_echoes import _capitalised
from reportgen.data.plan.unit_names import _names_unit
from reportgen.data.plan.views import FigureView, SectionView

#: A tile's line under its label: three of its label's lines in a row of four (plan/tile_grid.py).
DETAIL_CHARS = 78
#: The separable parts of German and Dutch verbs that end a main clause ('schlossen … ab', 'namen
#: … deel'): a tile's line of the words after a number ends before it (an allow-list).
_PARTICLES = {
    "de": frozenset(
        [
            "ab",
            "an",
            "auf",
            "aus",
            "bei",
            "bereit",
            "dar",
            "ein",
            "fest",
            "fort",
            "her",
            "hin",
            "hinzu",
            "los",
            "mit",
            "nach",
            "statt",
            "teil",
            "vor",
            "vorbei",
            "weg",
            "weiter",
            "zu",
            "zurück",
            "zusammen",
        ]
    ),
    "nl": frozenset(
        [
            "aan",
            "af",
            "bij",
            "deel",
            "door",
            "in",
            "mee",
            "na",
            "om",
            "op",
            "over",
            "plaats",
            "samen",
            "terug",
            "toe",
            "uit",
            "vast",
            "voor",
            "weg",
        ]
    ),
}
#: A Chinese or Japanese clause mark after a number: what follows is a clause of its own.
_CLAUSE = re.compile(r"^[，、；：,;:]")


def with_detail_lines(
    tiles: tuple[FigureView, ...],
    sections: dict[str, SectionView],
    deck_sections: Iterable[SectionView],
    figures: Iterable[FigureView],
    name: str,
    locale: str,
) -> tuple[FigureView, ...]:
    """`tiles`, each whose own sentence no slide of `deck_sections` prints with its `tile_detail`:
    the sentence's words after its number, where they say more than the tile (`_after_number`)."""
    printed = " ".join(
        str(t) for s in deck_sections for p in s.deck_pages for t in (p.headline, p.lead, *p.points) if t
    )
    every = tuple(figures)
    out = []
    for tile in tiles:
        detail = ""
        if tile.own_sentence and tile.sentence not in printed:
            detail = _after_number(tile, sections[tile.ref.split(".", 1)[0]], every, name, locale)
        out.append(_with_line(tile, detail, locale) if detail else tile)
    return tuple(out)


def _with_line(tile: FigureView, line: str, locale: str) -> FigureView:
    """`tile` with the words its sentence says after its number. Where the sentence opens with its
    number (its qualifier's words before it at most), those words say what the number's thing did:
    where its label ends with that thing, they read on from it as one text, in the label's style
    ('more than 650' / 'Delegates attended, from 21 countries': 'Delegates' over 'attended, from
    21 countries' read as two lines of different kinds, round 20); else they are its label where
    the tile then prints what it counts on its unit's line ('about 40,000' / 'spectators' / 'lined
    the route, most of them on O'Connell Street…', a line shorter than label and line, which a row
    of four tiles holds without shrinking); under any other label they do not read on, and the
    label stands alone. Where the sentence says more before its number, what follows the number
    reads on from the number, on a line under the label ('Seed grants announced for startups' /
    'for 15 early-stage companies'). Never the label of a figure with a quote, which the page's
    notes name by its label ('Where the key figures come from: …')."""
    if tile.quote is not None:
        return replace(tile, tile_detail=line)
    if not _opens_with_number(tile):
        return replace(tile, tile_detail=line)
    if _label_counts(tile, locale):
        joined = _joined(tile.label, line)
        return replace(tile, label=joined) if _fits_label(joined) else tile
    said = replace(tile, label=line)  # its unit then printed: the label no longer names it
    if said.unit_text and not said.unit_symbol:
        one = replace(tile, label=_joined(_capitalised(said.unit_text, locale), line))
        if not one.unit_text and _fits_label(one.label):  # the label says what is counted: no unit
            return one  # line under its number
    return tile


def _fits_label(label: str) -> bool:
    """Whether a label made of a tile's sentence fits LABEL_LINES lines of a tile in a row of four
    at the label's size (LABEL_LINE_CHARS each, plan/tile_grid.py), its words unbroken (a Chinese
    or Japanese one breaks between any two letters). A longer one ran to four lines down to the
    tile's edge among labels of a word or two (review RR4: Limerick's 'Spectators lined the route,
    most of them on O'Connell Street and the Shannon bridges'): the tile keeps its label then."""
    lines, width = 1, 0
    for word in label.split():
        size = _width(word)
        if width and width + 1 + size > LABEL_LINE_CHARS:
            lines, width = lines + 1, 0
        width += (1 if width else 0) + size
        if is_cjk(word[:1]):  # breaks anywhere: the lines it fills
            lines, width = lines + (width - 1) // LABEL_LINE_CHARS, (width - 1) % LABEL_LINE_CHARS + 1
        elif size > LABEL_LINE_CHARS:
            return False
    return lines <= LABEL_LINES


def _joined(label: str, line: str) -> str:
    """`label` and the words that read on from it as one text: a space between them, none between
    Chinese or Japanese letters."""
    gap = "" if is_cjk(label[-1:]) and is_cjk(line[:1]) else " "
    return f"{label}{gap}{line}"


def _opens_with_number(tile: FigureView) -> bool:
    return opens_with_number(tile.own_sentence or "", tile.qualifier_text)


def _label_counts(tile: FigureView, locale: str) -> bool:
    """Whether `tile`'s label ends with the thing its number counts ('Delegates', 'Foreign
    delegates', 'Kongressteilnehmer'): what its sentence says after the number reads on from it."""
    words = tile.label.split()
    return bool(words) and _names_unit(words[-1], tile.unit, locale)


def _after_number(
    tile: FigureView, section: SectionView, figures: tuple[FigureView, ...], name: str, locale: str
) -> str:
    """What `tile`'s own sentence says after its number, as a line: '' where that is not a line of
    its own, says nothing its tile does not, is too long for a tile, or writes a figure's number."""
    own = tile.own_sentence or ""
    if own.count("{value}") != 1:
        return ""
    after = own.split("{value}", 1)[1]
    # '{value}名觀眾', 'に上りました': a word tied to the number, no line of its own; a clause after
    # a comma is ('{value}，較去年增加約一成': up about a tenth on last year)
    if after[:1] and is_cjk(after[0]) and not _CLAUSE.match(after):
        return ""
    line = _unparted(words_after(after), locale)
    words = _words(line)
    unsaid = [w for w in unprinted_words(tile, section, name) if w in words]
    # mostly words its tile does not print, and more than one: not 'of nursing care at home'
    # under 'Nights of nursing care funded', nor 'Hallenfläche' under 'Ausstellungsfläche'
    told, count = _count(unsaid), _count(words)
    if told * 2 <= count or not (told > 1 or any(w.isdigit() for w in unsaid)):
        return ""
    if _width(line) > DETAIL_CHARS:
        return ""
    if repeats_tile(line, figures, locale):  # another figure's number: a printing more
        return ""
    return line


def _count(words: Iterable[str]) -> int:
    """How many words `words` are: a run of Chinese or Japanese letters, which no space divides,
    a word each two letters ('較去年增加約一成': four)."""
    return sum(max(1, len(w) // 2) if is_cjk(w[:1]) else 1 for w in words)


def _unparted(line: str, locale: str) -> str:
    """`line` without the separable part of a German or Dutch verb that ends its main clause ('mit
    Molkereien aus Friesland ab, vor allem …' → 'mit Molkereien aus Friesland, vor allem …'): the
    part alone reads as a broken word."""
    particles = _PARTICLES.get(locale.split("_")[0], frozenset())
    words = re.split(r"(\s+)", line)
    for i, word in enumerate(words):
        ends = word[-1:] in ",;:" or i == len(words) - 1  # its main clause's last word
        if i > 0 and ends and word.rstrip(",;:") in particles:
            words[i] = word[len(word.rstrip(",;:")) :]  # its comma kept
    return re.sub(r"\s+([,;:]|$)", r"\1", "".join(words)).strip()
