"""The document check: what a reader would see wrong in a built document, measured on every build.

`verify_output` asks whether a file opens; this asks whether an office would send it. Each finding
is one warning naming the file and the slide or paragraph ("output/x-deck.pptx: slide 7: only 12 %
of the slide is used; ..."), so a user's own templates and data get the same judgement as ours, and
`--strict` fails on them. This module is the entry (`check_deck`, `check_briefing`); the checks,
one small function each, live in modules named for what they hold:

- near-empty slides: boxes of pictures, charts and tables, and an estimate of the text's extent,
  cover less than a quarter of a slide (the title slide excepted); or, as a reader sees it, a
  slide of text alone whose body sets one or two lines (not a statement: large type, centred); or
  a slide that only lists a few of the event's sources, whose text covers less than LEAST_INK
  (office/slide_space.py, on the boxes of office/shape_boxes.py); a slide of tiles whose tiles
  and text leave more than half its body's height empty (office/tile_space.py);
- missing titles: a slide without a title placeholder holding text (accessibility checkers and
  the outline view need one);
- figures repeated beyond the plan: a figure printed more than twice in a document, in whatever
  form ('52,000', '52 000', '150亿元' for 'RMB 15 billion'), chart pictures' value labels included
  except those of a bar chart that labels every bar, a picture read with its own labels
  (office/repeats.py); and a page of tiles' text that writes one of its tiles' numbers (a lead
  line over the tile of its number: office/tile_repeats.py);
- numbers broken across lines: a breakable space between a number and its unit, scale word,
  currency or qualifier, or inside a date (what `typography.bind_numbers` would have bound), and
  text addressing the file's author ("TODO", "check whether", "this file": data/author_text.py)
  (office/broken_numbers.py);
- native charts (office/chart_check.py): bars out of order although their categories are not a
  sequence, a logarithmic axis for fewer than 3 values or less than two orders of magnitude, a
  value label on a fill below WCAG AA contrast;
- a bar chart, native or a picture, that labels its bars and leaves one bare (office/bare_bars.py);
- a chart whose every label repeats its scale and currency words (office/label_words.py);
  a briefing's chart pictures of one unit that write it on one's labels only (office/label_units.py);
- a number kept whole by no-break spaces but wider than its box or table cell (office/wide_words.py,
  office/word_fit.py);
- text boxes whose lines run into each other (office/shape_boxes.py);
- a currency noun, scale word or unit alone on the last line of a deck's text box, laid out with
  the deck's own line fitter (office/lone_words.py);
- a line that reads 'Label: value' with no verb, as `validate` finds it (data/wording.py;
  office/label_lines.py);
- a slide (not the title or the closing one) whose body is one sentence or one quote, however
  large it is set: a leftover another slide should lead with (office/lone_texts.py);
- a slide crowded by a folded section: shrunk, or filled to its foot (office/crowded.py);
- two slides in a row under one title, a '(continued)' slide of another kind than the slide it
  continues (office/slide_runs.py), or a slide of text titled only '<section> (continued)'
  (office/topic_continued.py), or a follow-on slide of text less than half used whose lines fit
  under the slide before it (office/thin_continuations.py); a title, subtitle or lead opening
  with '…' or a lower-case word (office/fragments.py); speaker notes saying a quotation or a
  paragraph twice, or none on a content slide of a deck whose slides have notes
  (office/notes_check.py), or giving a quotation
  another slide shows and theirs does not (office/notes_voices.py); a tile caption of more
  than three lines (office/tile_captions.py); a table flush against the footer, or a cell of more
  than two lines (office/table_room.py); a briefing's quotation or source's title carrying
  word joiners or zero width spaces (office/verbatim.py).

What the checks read of each document (slides' texts, charts', paragraphs, chart pictures' value
labels) is office/printed_texts.py's. Text that does not fit its box even at the autofit floor is
already reported by the deck's renderer, naming the template slide and shape
(office/powerpoint/__init__.py, `_fit`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from docx import Document
from lxml import etree
from pptx import Presentation

from reportgen.memo import Memo
from reportgen.office import xpaths
from reportgen.office.asof_check import unprinted_as_of
from reportgen.office.band_news import news_outside_tables
from reportgen.office.band_sizes import bold_notes, smaller_headlines, uneven_bands
from reportgen.office.bar_rows import squeezed_bars
from reportgen.office.bare_bars import bare_native, bare_pictures
from reportgen.office.broken_numbers import _text_problems
from reportgen.office.chart_captions import Captioned, Named, unnamed_clauses, unprinted_captions
from reportgen.office.chart_check import (
    chart_problems,
    picture_problems,
    theme_colours,
    unsaid_marks,
)
from reportgen.office.chart_scales import native_scales, picture_scales
from reportgen.office.chart_titles import Untied, unrelated_titles
from reportgen.office.clause_twice import clause_said_twice
from reportgen.office.column_voices import column_voices
from reportgen.office.crowded import crowded
from reportgen.office.far_below import far_below
from reportgen.office.fraction_breaks import parted_fractions
from reportgen.office.fragments import fragments
from reportgen.office.glance_check import lone_tile, paged_by_section
from reportgen.office.host_titles import hosted_title
from reportgen.office.key_table import TABLE_LEAST, short_key_tables
from reportgen.office.kicker_check import repeated_kickers, unsafe_kickers
from reportgen.office.label_lines import _label_value
from reportgen.office.label_units import mixed_units
from reportgen.office.label_words import words_on_native, words_on_pictures
from reportgen.office.lead_echoes import echoed_leads
from reportgen.office.list_setting import list_statements, narrow_continued_lists
from reportgen.office.lone_words import lone_words
from reportgen.office.news_check import unsaid_news
from reportgen.office.news_tile import other_record_titles, unmarked_news
from reportgen.office.notes_check import notes_paragraphs, notes_problems
from reportgen.office.notes_voices import notes_elsewhere
from reportgen.office.ooxml import qn
from reportgen.office.people_forms import mixed_people_forms, named_twice
from reportgen.office.powerpoint.quote_lines import unset_quotes
from reportgen.office.powerpoint.tile_lines import overflowing
from reportgen.office.powerpoint.tile_lines import rows_out_of_line as tiles_out_of_line
from reportgen.office.powerpoint.under_title import outranking, statement_most
from reportgen.office.printed_texts import (
    _briefing_paragraphs,
    _chart_texts,
    _charts,
    _picture_labels,
    _slide_texts,
)
from reportgen.office.quoted_news import led_by_news_quote
from reportgen.office.record_twice import record_said_again
from reportgen.office.repeats import Amount, Drawn, repeated
from reportgen.office.seen import quoted
from reportgen.office.shape_boxes import _beside_tiles, _box, _is_tile, _text_over_text
from reportgen.office.slide_runs import slide_runs
from reportgen.office.slide_space import (
    _empty_foot,
    _few_lines,
    _few_sources,
    _in_footer,
    _near_empty,
    _one_text,
    _small_statement,
    _text_top,
    closing_slide,
)
from reportgen.office.table_room import table_room
from reportgen.office.thin_column import thin_column
from reportgen.office.thin_continuations import thin_continuations
from reportgen.office.tile_captions import long_captions
from reportgen.office.tile_repeats import over_own_tiles
from reportgen.office.tile_space import few_tiles_thin, tiles_adrift
from reportgen.office.topic_continued import topic_continuations
from reportgen.office.totals import unprinted_totals
from reportgen.office.unsaid import unsaid_clauses, unsaid_details, unsaid_quotes
from reportgen.office.verbatim import patterns, verbatim_marks, without_verbatim
from reportgen.office.walls import walls
from reportgen.office.wide_words import _number_too_wide, _word_too_wide
from reportgen.office.word_band import rows_out_of_line
from reportgen.office.word_fit import numbers_too_wide, words_too_wide
from reportgen.office.word_table_edges import compatibility_mode, tables_off_text

xpaths.install("pptx")  # the libraries' queries, compiled once a process
xpaths.install("docx")


def check_deck(
    path: Path | Any,
    shown: str,
    figures: Sequence[str | Amount] = (),
    locale: str = "en",
    ordered: frozenset[str] = frozenset(),
    cited: Sequence[str] = (),
    drawn: Sequence[Drawn] = (),
    label_lines: Mapping[str, str] = MappingProxyType({}),
    sources: Sequence[str] | None = None,
    summaries: Sequence[str] = (),
    totals: Sequence[tuple[str, Amount]] = (),
    dated: Sequence[tuple[str, str]] = (),
    details: Sequence[str | tuple[str, str]] | None = None,
    quotes: Sequence[str] = (),
    records: Sequence[tuple[str, str]] = (),
    untied: Sequence[Untied] = (),
    captioned: Sequence[Captioned] = (),
    news: Sequence[str] = (),
    named: Sequence[Named] = (),
) -> list[str]:
    """Warnings about a built deck, each naming `shown` (the file as the user knows it) and a slide.
    `path` is the file, or the python-pptx Presentation the renderer just saved (the same parts,
    not read back: see pipeline.document_warnings). `figures` are the event's figures (or their
    printed amounts); `ordered`, the titles of charts whose bars the data puts in its own order;
    `drawn`, the value labels of chart pictures (office/repeats.py); `sources`, the titles of the
    event's sources (`cited` where not given: `cited` may hold quotes too, which a slide of a
    quote set large is not a Sources slide for); `summaries`, its sections' summaries, each clause
    of which its section's slides print (office/unsaid.py); `totals`, its breakdowns' wholes, each
    printed on some slide (office/totals.py); `details`, its figures' own sentences, each printed on
    some slide where a slide's notes say it (office/unsaid.py); `quotes`, the quotations a slide can
    print, each printed where a slide's notes hold it and the slide has room (office/unsaid.py);
    `records`, each record's tile mark and label, said in words on some slide (office/news_check.py);
    `untied`, each chart's categories and the sentences of figures it neither draws nor gives, none
    of which titles its slide (office/chart_titles.py); `captioned`, each chart's categories and
    the caption its slide prints on its face (office/chart_captions.py); `named`, each clause
    naming a category of a caption its slide prints in part, whose names it prints (the same);
    `news`, the labels of
    the news's figures (`headline: true`) on the pages of tiles, each tile set apart from its
    row (office/news_tile.py)."""
    prs = Presentation(str(path)) if isinstance(path, Path) else path
    area = (prs.slide_width or 1) * (prs.slide_height or 1)
    theme = theme_colours(prs)
    warnings: list[str] = []
    texts: list[tuple[str, str]] = []  # (where, printed text)
    counted: list[tuple[str, str]] = []  # the printings among them (plan/stated.py `counted_labels`)
    read: list[tuple[str, str]] = []  # the others: read for their forms, not counted
    sizes: dict[Any, float] = {}  # placeholders' inherited sizes, for this pass (`inherited_size`)
    digests: dict[int, bytes] = {}  # each layout's and master's content, for this pass
    height = prs.slide_height or 1
    printed: list[tuple[str, ...]] = []  # each slide's printed texts, its charts' included
    glance: list[tuple[int, list[tuple[int, int, int, int]]]] = []  # each slide's tiles (glance_check)
    tiled: list[tuple[int, list[Any]]] = []  # and the tiles themselves (news_tile.py)
    headed: list[tuple[int, str, list[Any]]] = []  # and their slide's title (news_tile.py)
    displaced: set[int] = set()  # pages of tiles the news's quotation leads (quoted_news.py)
    closing = closing_slide(list(prs.slides), tuple(cited if sources is None else sources))
    noted = sum(1 for slide in list(prs.slides)[1:] if notes_paragraphs(slide)) > 1  # notes_check.py
    for number, slide in enumerate(prs.slides, start=1):
        where = f"{shown}: slide {number}"
        digest = _slide_digest(slide, digests)
        listed = tuple(cited if sources is None else sources)
        key = (digest or b"", where, area, height, locale, tuple(cited), listed)
        known = _SLIDES.get(key) if digest is not None else None
        if known is None:
            known = _slide_problems(slide, number, where, height, area, locale, listed, sizes)
            if digest is not None:
                _SLIDES.remember(key, known)
        found, slide_texts = known
        chart_shapes = _charts(slide)  # each read once for the checks below
        title_slide = _is_title_slide(slide)
        charts = [_chart_checked(shape, where, theme, ordered) for shape in chart_shapes]
        chart_texts = [text for _, printed in charts for text in printed]
        warnings += found
        warnings += _text_problems(chart_texts, where, locale, joiners=False)
        printed.append((*slide_texts, *chart_texts))
        texts += [(f"slide {number}", text) for text in (*slide_texts, *chart_texts)]
        texts += [(f"slide {number}", label) for label in _picture_labels(slide.shapes._spTree, drawn)]
        counted += [(f"slide {number}", text) for text in (*slide_texts, *chart_texts)]
        counted += [(f"slide {number}", t) for t in _picture_labels(slide.shapes._spTree, drawn, True)]
        read += [(f"slide {number}", t) for t in _picture_labels(slide.shapes._spTree, drawn, False)]
        warnings += [problem for problems, _ in charts for problem in problems]
        warnings += [w for shape in chart_shapes for w in unsaid_marks(shape, where, slide_texts, locale)]
        # a chart's label that counts a fraction of its scale word ('$0.55 billion': chart_scales.py)
        warnings += [w for shape in chart_shapes for w in native_scales(shape, where, locale)]
        warnings += picture_scales(slide.shapes._spTree, drawn, where, locale)
        warnings += bare_pictures(slide.shapes._spTree, drawn, where)  # a labelled chart's bare bar
        warnings += [w for shape in chart_shapes for w in bare_native(shape, where)]
        # '145 millioner kroner' on every bar: said once, in the title (label_words.py, YY1 #9)
        warnings += [w for shape in chart_shapes for w in words_on_native(shape, drawn, where, locale)]
        warnings += words_on_pictures(slide.shapes._spTree, drawn, where, locale)
        warnings += repeated_kickers(slide, where)
        warnings += unrelated_titles(slide, chart_shapes, untied, where)  # review UU1 #1
        warnings += unprinted_captions(slide, chart_shapes, captioned, slide_texts, where)  # WW2 #3
        warnings += unnamed_clauses(slide, chart_shapes, named, slide_texts, where)  # YY2 #3
        # where the template gives notes; not a Sources slide after the closing one, which prints
        # its references whole for the reader and which no speaker talks over (notes_check.py)
        content = 1 < number <= closing and not title_slide and noted
        warnings += notes_problems(slide, where, content)  # review RR4
        warnings += unsafe_kickers(slide, where, prs.slide_width or 0, prs.slide_height or 0)
        if not title_slide:  # a cover's subtitle is no lead
            warnings += echoed_leads(slide, where)
            warnings += hosted_title(slide, where)  # review UU2 F7
            warnings += list_statements(slide, where)  # a list set as a poster (list_setting.py)
            warnings += mixed_people_forms(slide, where)  # a pull quote beside people's bullets
            warnings += named_twice(slide, where)  # a quotation's speaker credited and a bullet
        warnings += parted_fractions(slide, where)  # review UU1 A
        if number > 1 and not title_slide:  # a title slide's band is no tile
            tiles = [s for s in slide.shapes if _is_tile(s, area)]
            glance.append((number, [_box(s) for s in tiles]))
            tiled.append((number, tiles))
            headed.append((number, _title_text(slide), tiles))
            warnings += lone_tile(number, glance[-1][1], _beside_tiles(slide, area), shown)
            warnings += over_own_tiles(slide, area, where, locale, news)  # tile_repeats.py: any template's
            if led_by_news_quote(slide, tiles, news, locale):  # its displaced summary in its notes
                displaced.add(number - 1)
            for row in tiles_out_of_line(tiles):  # review FF
                warnings.append(
                    f"{where}: the numbers of the tiles {', '.join(quoted(n) for n in row)} or their labels "
                    "do not line up: give every tile of the row the same lines over its number and its label"
                )
            warnings += long_captions(tiles, where, sizes)  # a sentence as a label (review RR4)
            for figure in overflowing(tiles):  # review LL
                warnings.append(
                    f"{where}: the text of the tile {quoted(figure)} is taller than its tile and runs over "
                    "its edge: shorten its lines (a unit on its number's line) or give its row the room"
                )
        emptied = any(f"{where}: its body is" in w or "of the slide is used" in w for w in found)
        if 1 < number < closing and not emptied and not title_slide:  # nor the closing slide
            warnings += _one_text(slide, area, where, height, sizes)  # (before Sources); once a slide
    findings = [caption for _, _, caption in captioned]  # a summary its chart's finding displaced
    warnings += unsaid_clauses(list(prs.slides), printed, summaries, shown, frozenset(displaced), findings)
    warnings += unsaid_details(list(prs.slides), printed, details or (), shown)
    size = (prs.slide_width or 0, prs.slide_height or 0)
    warnings += unsaid_quotes(list(prs.slides), printed, quotes, shown, locale, size)
    warnings += paged_by_section(glance, shown)
    warnings += notes_elsewhere(list(prs.slides), printed, shown)  # review UU1 D
    warnings += unsaid_news(printed, records, shown)  # a record said by its tile's mark alone
    warnings += unmarked_news(tiled, news, shown)  # the news's tile like its row's (review WW2 #2)
    warnings += other_record_titles(headed, news, records, shown)  # another's record (review YY4 #3)
    # one title twice in a row; '(continued)' over another kind
    warnings += slide_runs(list(prs.slides), area, shown, locale, height)
    # '<section> (continued)' over a slide of sentences (review WW1 #3: topic_continued.py)
    warnings += topic_continuations(list(prs.slides), area, shown, locale, height)
    # a follow-on slide of text half empty whose lines fit the slide before (thin_continuations.py)
    warnings += thin_continuations(list(prs.slides), area, shown, locale, height, sizes)
    # a list continued in one narrow column (list_setting.py)
    warnings += narrow_continued_lists(list(prs.slides), shown, height, sizes, locale, area)
    warnings += unprinted_totals(totals, texts, shown, locale)
    warnings += unprinted_as_of(dated, texts, shown)  # a figure's as-of (office/asof_check.py)
    return (
        warnings
        + repeated(figures, counted, shown, locale, cited, read)
        + _label_value(texts, shown, label_lines)
    )


def _slide_problems(
    slide: Any,
    number: int,
    where: str,
    height: int,
    area: int,
    locale: str,
    sources: Sequence[str],
    sizes: dict[Any, float],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the check finds on a slide's own shapes (its charts' parts aside), and its printed texts;
    `sources`, the titles a Sources slide's lines cite."""
    warnings = _missing_title(slide, where)
    shapes = list(slide.shapes)  # python-pptx makes each shape anew on every pass: once a slide
    if number > 1 and not _is_title_slide(slide):
        body = [shape for shape in shapes if not _in_footer(shape, height, sizes)]
        found = _near_empty(body, area, where, sizes, slide.shapes.title) or _few_sources(
            body, area, where, sizes, sources
        )
        found = found or _few_lines(body, slide.shapes.title, area, where, sizes)
        floor = min((top for s in shapes if s not in body and (top := _text_top(s, sizes))), default=None)
        warnings += found or _empty_foot(body, slide.shapes.title, area, height, where, sizes, floor)
        # a row of tiles adrift in the middle of an empty body (review KK; office/tile_space.py)
        adrift = [] if found else tiles_adrift(body, slide.shapes.title, area, height, where, sizes)
        # a few tiles in a third of the slide, which neither measure above names (review PP)
        warnings += adrift or ([] if found else few_tiles_thin(body, slide.shapes.title, area, where, sizes))
        most = statement_most(shapes, sizes)  # a step above its title (under_title.py)
        warnings += [w for shape in body for w in _small_statement(shape, area, where, sizes, most)]
        warnings += [w for shape in body for w in crowded(shape, where, sizes)]  # a folded section's
        warnings += [w for shape in body for w in far_below(shape, shapes, where, sizes)]
        # a column beside a chart that its text leaves mostly empty (review NN; office/thin_column.py)
        warnings += [w for shape in body for w in thin_column(shape, body, where, sizes, area, height)]
        # a column beside a chart crowded with two quotations or more (review OO1; column_voices.py)
        warnings += [w for shape in body for w in column_voices(shape, body, where, area, height)]
        # a title of three lines, a paragraph that is a wall of text (office/walls.py)
        warnings += [w for shape in body for w in walls(shape, where, sizes, area // height)]
        # a table flush against the footer, or crowded in its columns (review RR4 #11)
        warnings += table_room(body, [shape for shape in shapes if shape not in body], where, sizes)
        # a title, subtitle or lead cut from a longer text: '… from the start-line arch' (review RR4)
        warnings += fragments([shape for shape in body if not _is_tile(shape, area)], where)
        warnings += [  # body text set larger than its title reads as the title (review CC)
            f"{where}: the text '{' '.join(shape.text_frame.text.split())[:30]}' is set at {size:g} pt, "
            f"larger than its title ({top:g} pt); set it no larger than the title"
            for shape, size, top in outranking(shapes, sizes)
        ]
        warnings += [  # a statement's quote and fact set alike (review CC)
            f"{where}: the quotation credited to '{credit[:30]}' runs on into its credit, set like the "
            "slide's other text; set the credit on a line of its own, the quotation as a quote"
            for shape in body
            for credit in unset_quotes(shape)
        ]
    warnings += _text_over_text(shapes, where, sizes)
    warnings += [problem for shape in shapes for problem in _number_too_wide(shape, where, sizes)]
    warnings += [problem for shape in shapes for problem in _word_too_wide(shape, where, sizes)]
    warnings += [problem for shape in shapes for problem in lone_words(shape, where, locale, sizes)]
    slide_texts = tuple(_slide_texts(slide))
    # a deck prints no word joiner: its lines end before a tied number instead (url_lines.py)
    warnings += _text_problems(slide_texts, where, locale, joiners=False)
    return tuple(warnings), slide_texts


def _slide_digest(slide: Any, digests: dict[int, bytes]) -> bytes | None:
    """A SHA-256 of everything `_slide_problems` reads: the slide's XML, its layout's and its
    master's (placeholders' places and sizes, the title style); None for a slide without them.
    `digests` keeps each layout's and master's for one pass over a deck (by id: all alive meanwhile)."""
    try:
        layout = slide.slide_layout
        master = layout.slide_master
    except (KeyError, AttributeError):  # a damaged template's slide: checked as it is, not kept
        return None
    found = hashlib.sha256(etree.tostring(slide._element))
    for part in (layout, master):
        digest = digests.get(id(part.part))
        if digest is None:
            digest = digests[id(part.part)] = hashlib.sha256(etree.tostring(part._element)).digest()
        found.update(digest)
    return found.digest()


#: What `_slide_problems` found on each slide, by its digest and everything else it reads: a
#: rebuild after a text-only edit checks mostly the slides it checked before (256 slides).
_SlideKey = tuple[bytes, str, int, int, str, tuple[str, ...], tuple[str, ...]]
_SLIDES: Memo[_SlideKey, tuple[tuple[str, ...], tuple[str, ...]]] = Memo(256)


def check_briefing(
    path: Path | Any,
    shown: str,
    figures: Sequence[str | Amount] = (),
    locale: str = "en",
    ordered: frozenset[str] = frozenset(),
    cited: Sequence[str] = (),
    drawn: Sequence[Drawn] = (),
    label_lines: Mapping[str, str] = MappingProxyType({}),
    totals: Sequence[tuple[str, Amount]] = (),
    dated: Sequence[tuple[str, str]] = (),
    quotations: Sequence[str] = (),
    news: Sequence[Amount] = (),
) -> list[str]:
    """Warnings about a built briefing, each naming `shown` and the paragraph (with its heading).
    `path` is the file, or the python-docx Document the renderer just saved; `totals`, the event's
    breakdowns' wholes, each printed somewhere in it (office/totals.py); `quotations`, the words of
    its quotations, which like its sources' titles (`cited`) print with no invisible character
    inside (office/verbatim.py); `news`, the headline figures, each printed in one of its tables
    (office/band_news.py)."""
    warnings: list[str] = []
    texts: list[tuple[str, str]] = []
    counted: list[tuple[str, str]] = []  # the printings among them (plan/stated.py `counted_labels`)
    read: list[tuple[str, str]] = []  # the others: read for their forms, not counted
    heading = ""
    document = Document(str(path)) if isinstance(path, Path) else path
    body = document.element.body
    for table, left, right in tables_off_text(body, compatibility_mode(document.settings.element)):
        warnings.append(  # review YY3 #7: the band 2 mm left of the text, short of the table under it
            f"{shown}: table {table} stands off the text's edges ({left:+g} mm at the left, {right:+g} mm "
            "at the right): centre it and set it as wide as the text, as the band and the key figures are"
        )
    warnings += news_outside_tables(body, news, shown, locale)  # review UU4 D
    for _, word, size, room in numbers_too_wide(body):
        warnings.append(
            f"{shown}: {quoted(word)} is wider than its table cell at {size:g} pt "
            f"({room:.0f} pt of room) and would break inside the number; widen the cell or set it smaller"
        )
    for row, numbers in rows_out_of_line(body):  # review FF: 'quase' level with '38%'
        warnings.append(
            f"{shown}: the numbers of band {row} ({', '.join(quoted(n) for n in numbers)}) or their "
            "labels do not line up: give every cell the same lines over its number and its label"
        )
    for row, sizes in uneven_bands(body):  # review YY2 #5: one size per band
        warnings.append(
            f"{shown}: the numbers of band {row} are set at different sizes ("
            + ", ".join(f"{quoted(text)} {size:g} pt" for text, size in sizes)
            + "): set them one size, as large as the widest fits"
        )
    for top, under, text in smaller_headlines(body):  # review YY2 #5: the headline never smaller
        warnings.append(
            f"{shown}: the band's first row is set at {top:g} pt, smaller than {quoted(text)} at "
            f"{under:g} pt in the row under it: the headline figures are never the smaller ones"
        )
    for text in bold_notes(body):  # reviews YY2 #10, YY1 #5: a note is no mark
        warnings.append(
            f"{shown}: the band sets the note {quoted(text[:40])} bold, as a figure's news: "
            "set a note in the body's note style, regular weight"
        )
    for rows, labels in short_key_tables(body):  # review VV3 #4: one block of key figures
        warnings.append(
            f"{shown}: a table of {rows} key figure(s) ({', '.join(quoted(label[:30]) for label in labels)}) "
            f"under the band reads as a second block of key figures: set them in the band (a second "
            f"row) or in their sections; a key-figures table has {TABLE_LEAST} rows or more"
        )
    for word, size, room in words_too_wide(body):
        warnings.append(
            f"{shown}: {quoted(word)} is wider than its table cell at {size:g} pt ({room:.0f} pt of "
            "room) and would break inside the word without a hyphen; shorten it or widen the cell"
        )
    verbatim = patterns((*quotations, *cited))  # set as written: no joiner ties their numbers
    for number, (text, is_heading, p) in enumerate(_briefing_paragraphs(body, drawn), start=1):
        if is_heading:
            heading = text
        where = f"paragraph {number}" + (f" (under {quoted(heading[:40])})" if heading else "")
        if text.strip():
            said = without_verbatim(text, verbatim) if verbatim else text  # what the build wrote
            warnings += _text_problems([said], f"{shown}: {where}", locale)
            warnings += verbatim_marks([(f"{shown}: {where}", text)], verbatim)  # review RR3
            if not is_heading:
                warnings += record_said_again(text, f"{shown}: {where}", locale)  # review UU4 E
                warnings += clause_said_twice(text, f"{shown}: {where}")  # review WW1 #8
            texts.append((where, text))
            counted.append((where, text))
        texts += [(where, label) for label in _picture_labels(p, drawn)]
        counted += [(where, label) for label in _picture_labels(p, drawn, True)]
        read += [(where, label) for label in _picture_labels(p, drawn, False)]
    warnings += picture_problems(body, shown)  # a chart picture's '34（34%）' or '100%' (its alt text)
    warnings += picture_scales(body, drawn, shown, locale)  # a label counting a fraction of its word
    warnings += bare_pictures(body, drawn, shown)  # a labelled chart's bare bar (review VV1 A)
    warnings += mixed_units(body, drawn, shown)  # '46.8萬人次' beside '15.2萬（39%）' (review WW1 #9)
    warnings += words_on_pictures(body, drawn, shown, locale)  # '145 millioner kroner' ×5 (YY1 #9)
    warnings += squeezed_bars(body, drawn, shown)  # bars drawn across, squeezed (office/bar_rows.py)
    warnings += unprinted_totals(totals, texts, shown, locale)
    warnings += unprinted_as_of(dated, texts, shown)  # a figure's as-of (office/asof_check.py)
    return (
        warnings
        + repeated(figures, counted, shown, locale, cited, read)
        + _label_value(texts, shown, label_lines)
    )


# -- slides -----------------------------------------------------------------------------------


def _is_title_slide(slide: Any) -> bool:
    return any(ph.get("type") == "ctrTitle" for ph in slide.shapes._spTree.iter(qn("p:ph"))) or any(
        ph.get("type") == "ctrTitle" for ph in slide.slide_layout.shapes._spTree.iter(qn("p:ph"))
    )


def _title_text(slide: Any) -> str:
    """The slide's title as printed ('' where it has none)."""
    title = slide.shapes.title
    if title is None or not title.has_text_frame:
        return ""
    return " ".join(title.text_frame.text.replace("\x0b", " ").split())


def _missing_title(slide: Any, where: str) -> list[str]:
    title = slide.shapes.title
    if title is not None and title.has_text_frame and title.text_frame.text.strip():
        return []
    return [
        f"{where}: the slide has no title (no title placeholder with text), so PowerPoint's outline "
        "and screen readers cannot name it; put its title in the layout's title placeholder"
    ]


def _chart_checked(
    shape: Any, where: str, theme: dict[str, str], ordered: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A native chart's problems (office/chart_check.py) and its printed texts, worked out once a
    process for each chart's XML, frame and name (a text-only edit changes no chart)."""
    chart = shape.chart
    space = chart._chartSpace
    named = f"{where}, chart {shape.name!r}"
    box = (shape.width, shape.height)
    key = (hashlib.sha256(etree.tostring(space)).digest(), named, tuple(theme.items()), ordered, box)
    known = _CHARTS.get(key)
    if known is None:
        known = tuple(chart_problems(chart, named, theme, ordered, box)), tuple(_chart_texts(space))
        _CHARTS.remember(key, known)
    return known


_CHARTS: Memo[tuple[Any, ...], tuple[tuple[str, ...], tuple[str, ...]]] = Memo(256)
