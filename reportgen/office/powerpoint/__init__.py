"""Our Jinja-in-PowerPoint engine on python-pptx: the deck template is the user's own .pptx.

`render_deck` renders every shape on every slide and its speaker notes, then fills picture slots:
a shape whose whole text renders to `{{ chart('id') }}` is replaced by that chart, fitted inside the
shape's box with its aspect ratio kept, at the shape's place in the z-order, with alt text.
Errors name the template, the slide, the shape and the tag.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, Undefined
from lxml import etree
from pptx import Presentation
from pptx.exc import PackageNotFoundError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.image import Image
from pptx.slide import Slide

from reportgen.data.chart_data import ChartData
from reportgen.data.deck_kind import CHART_TEXT_PT, deck_kind
from reportgen.data.formatting import Formatter
from reportgen.data.views import TemplateFunction
from reportgen.errors import Problem, TemplateProblem, combined, display_path
from reportgen.memo import Memo
from reportgen.office import east_asian, xpaths
from reportgen.office.east_asian_layout import set_deck_layout
from reportgen.office.joiners import drop_joiners
from reportgen.office.limits import RenderTimeout
from reportgen.office.look import deck_look, look_warning
from reportgen.office.name_hyphens import deck_no_break_hyphens
from reportgen.office.ooxml import qn, set_alt_text
from reportgen.office.package import check_template_package
from reportgen.office.pictures import ChartSource, chart_source, logo_alt
from reportgen.office.powerpoint import quote_lines
from reportgen.office.powerpoint.balanced_lines import balance_statements
from reportgen.office.powerpoint.chart_note import add_chart_note, note_line, note_room
from reportgen.office.powerpoint.chart_room import room_under
from reportgen.office.powerpoint.cjk_words import keep_cjk_words
from reportgen.office.powerpoint.clone import SlideCopier
from reportgen.office.powerpoint.continued import one_size
from reportgen.office.powerpoint.cover_name import set_cover_names
from reportgen.office.powerpoint.fit import MIN_FIT_PT, fit_text, inherited_size
from reportgen.office.powerpoint.foot_room import clear_of_feet
from reportgen.office.powerpoint.kicker import drop_repeated_kicker
from reportgen.office.powerpoint.korean_words import keep_korean_words
from reportgen.office.powerpoint.language import set_language
from reportgen.office.powerpoint.list_columns import centre_columns
from reportgen.office.powerpoint.native import add_native_chart, names_pt
from reportgen.office.powerpoint.pair_table import keep_clear_of_footer, pair_items, set_pair_tables
from reportgen.office.powerpoint.readable import readable_on_fills
from reportgen.office.powerpoint.reclaim import reclaim_empty_boxes
from reportgen.office.powerpoint.record_tiles import fill_record_tiles, news_labels, record_words
from reportgen.office.powerpoint.shape import PreparedShape, has_tags, prepare, render
from reportgen.office.powerpoint.slides import (
    Outcome,
    SlideDirectiveError,
    build_plan,
    collect_directives,
    drop_slide,
    expand,
    order_slides,
)
from reportgen.office.powerpoint.tile_lines import align_tile_rows, own_tiles
from reportgen.office.powerpoint.tile_places import cut_to_places, tile_places
from reportgen.office.powerpoint.tile_room import make_room, room_for_mark
from reportgen.office.powerpoint.tile_units import fold_units
from reportgen.office.powerpoint.tiles import is_tile, size_tiles, widen_tiles
from reportgen.office.powerpoint.top_anchor import from_top
from reportgen.office.powerpoint.under_title import under_title
from reportgen.office.powerpoint.url_lines import keep_addresses_whole
from reportgen.office.properties import DocumentInfo, save_document
from reportgen.office.sandbox import EXPRESSION_ERRORS, error_message, make_environment, template_line
from reportgen.office.text_languages import tag_deck_runs
from reportgen.office.verify import tags_outside_rendered_parts

xpaths.install("pptx")  # python-pptx's queries, compiled once a process

EMU_PER_INCH = 914400
_SHAPE_TAGS = {qn("p:sp"), qn("p:graphicFrame"), qn("p:grpSp")}
_PROPERTIES = ("title", "subject", "author", "keywords", "comments", "category")


class _Slots:
    """Chart markers handed out by `chart(...)` while rendering, and what they stand for.

    `chart('reach')` becomes a native chart when the source has the chart's data;
    `chart('reach', picture=true)` (or a source with pictures only) becomes a picture.
    """

    def __init__(
        self, charts: ChartSource, logo_alt: str = "Logo", chart_word: str = "Chart", logo_word: str = "Logo"
    ) -> None:
        self.charts = charts
        self.logo_alt = logo_alt  # the logo picture's alt text, in the event's language
        self.logo_word = logo_word  # the logo picture's name (the selection pane), in that language
        self.chart_word = chart_word  # a chart's name starts with it ('Diagramm reach'), likewise
        self.known = set(charts.ids())
        self.prefix = f"[[reportgen-picture-{secrets.token_hex(8)}:"
        self.palette: tuple[str, ...] = ()  # the deck theme's accents, for label contrast

    def function(self) -> TemplateFunction:
        def chart(chart_id: Any, picture: Any = False) -> str:
            if chart_id is None or chart_id == "" or isinstance(chart_id, Undefined):
                return f"{self.prefix}]]"  # no chart here: the slot is removed
            if not isinstance(chart_id, str) or chart_id not in self.known:
                shown = str(chart_id)[:80]
                raise LookupError(f"no chart {shown!r} (charts: {', '.join(sorted(self.known)) or 'none'})")
            if not isinstance(picture, bool):
                raise TypeError("picture= takes true or false")
            return f"{self.prefix}{chart_id}{'|picture' if picture else ''}]]"

        return TemplateFunction("chart", chart)

    def logo_function(self) -> TemplateFunction:
        def logo() -> str:
            return f"{self.prefix}|logo]]" if self.charts.logo() is not None else f"{self.prefix}]]"

        return TemplateFunction("logo", logo)

    def find(self, text: str) -> tuple[str, bool] | None:
        """(chart id, as a picture) when `text` holds a marker; error when it shares its shape."""
        if self.prefix not in text:
            return None
        stripped = text.strip()
        if not (
            stripped.startswith(self.prefix) and stripped.endswith("]]") and stripped.count(self.prefix) == 1
        ):
            raise ValueError("a picture tag such as {{ chart('id') }} must be the only text in its shape")
        chart_id, _, picture = stripped[len(self.prefix) : -2].partition("|")
        return chart_id, bool(picture)


def render_deck(
    template: Path,
    context: dict[str, Any],
    charts: ChartSource | dict[str, tuple[Path, str]],
    fmt: Formatter,
    out: Path,
    info: DocumentInfo | None = None,
    keep: list[Any] | None = None,
) -> list[str]:
    """Render the deck into `out`; return warnings (text that could not be fitted, tables off the slide).
    With `info`, every document property is set from it (see office/properties.py); with
    `keep`, the saved Presentation is appended to it (for the document check)."""
    name = display_path(template)
    prs = _open(template, name)
    env = make_environment(fmt)
    slots = _Slots(chart_source(charts), logo_alt(context, fmt), fmt.gettext("Chart"), fmt.gettext("Logo"))
    look = deck_look(prs)
    slots.charts.set_look("deck", look)
    slots.palette = look.palette if look is not None else ()
    full_context = {**context, "chart": slots.function(), "logo": slots.logo_function()}
    # a page of more tiles than the template's glance slides place, cut to pages it holds
    full_context = cut_to_places(full_context, tile_places(list(prs.slides)))
    warnings: list[str] = [look_warning(name, "deck")] if look is None else []
    found = _Found()
    quotations = info.quotations if info is not None else ()  # the event's, set as quotes
    pairs = pair_items(context.get("sections"))  # winners by category: set as tables (pair_table.py)
    sizes: dict[Any, float] = {}  # placeholders' inherited sizes (the layouts are not rendered yet)
    known = context.get("figures")
    figures = tuple(known.values()) if isinstance(known, dict) else ()  # their conversions (tile_room.py)
    records = record_words(figures)  # the words that mark a record's tile ('A record')
    news = news_labels(figures)  # the news's tile is the one filled, a record or not (WW2 #2)
    placed: list[tuple[Any, list[Any], bool]] = []  # each slide's tiles, and whether the build sized them
    dark: list[Any] = []  # the deck's one record tile filled (the headline's where it is one)
    tables: list[tuple[Any, list[Any]]] = []  # each slide's pair tables (pair_table.py)
    try:
        made = _expand_slides(prs, env, full_context, name, found)
        for position, (slide, number, slide_context) in enumerate(made, start=1):
            rendered = _render_tree(slide.shapes._spTree, env, slide_context, name, f"slide {number}", found)
            reclaim_empty_boxes(slide, slots.prefix)
            clear_of_feet(slide, sizes)  # the body ends above the sources set from the slide's foot
            _fill_picture_slots(slide, slots, name, number, found, sizes)
            _refuse_stray_slots(slide.shapes._spTree, slots, name, f"slide {number}", found)
            drop_repeated_kicker(slide)  # its title, or its chart's, says it (review GG)
            # a template slide a loop repeats makes several of the deck's: name the one to look at
            built = f" (the built deck's slide {position})" if position != number else ""
            where = f"{name}: slide {number}"
            widen_tiles(slide)  # a row's room shared by its numbers' needs, before they are fitted
            warnings += _fit(slide, rendered, prs.slide_height, where, sizes, built, fmt.locale, quotations)
            # a list of pairs alone in its box: a table filling it
            tables.append((slide, set_pair_tables(slide, pairs, sizes)))
            fold_units([s for s in slide.shapes if is_tile(s._element)])  # '2,300 runners' (review LL)
            # tiles as tall as their text needs, centred where the template set them
            sized = size_tiles(slide)
            tiles = sized or own_tiles(slide)
            align_tile_rows(tiles)  # a row's numbers on one line, its labels on another (review FF)
            placed.append((slide, tiles, bool(sized)))  # made room for once its words are set
            if look is not None and not dark:  # the record's tile in the accent, its text then
                dark = fill_record_tiles(tiles, records, news)  # made readable (readable_on_fills; OO1)
            if slide.has_notes_slide:
                notes = slide.notes_slide
                _render_tree(notes.shapes._spTree, env, slide_context, name, f"slide {number} notes", found)
                _refuse_stray_slots(notes.shapes._spTree, slots, name, f"slide {number} notes", found)
        one_size(made)  # a section's run of text slides at one size (review U)
        for where, tree in _master_trees(prs):
            _render_tree(tree, env, full_context, name, where, found)
            _refuse_stray_slots(tree, slots, name, where, found)
        _render_properties(prs, env, full_context, name, found)
    except _Stop as exc:  # out of time or memory: what was found so far, and this
        found.errors.append(exc)
    found.raise_if_any()
    if look is not None:
        readable_on_fills(prs, look)  # text the theme's colours would make unreadable on its fill
    if any(slots.prefix in (getattr(prs.core_properties, p) or "") for p in _PROPERTIES):
        raise _problem(name, "document properties", "?", "chart(...)", "a picture cannot go in a property")
    set_cover_names(prs, info.language if info is not None else "")  # a long name fits its box (review LL)
    if info is not None:
        set_language(prs, info.language)
        warnings += east_asian.set_deck_fonts(prs, info.language)
        set_deck_layout(prs, info.language)  # upright: CJK fonts have no italics
        keep_cjk_words(prs, info.language)  # "总决 / 赛", "マッチングフェ / ア" never end a title's line
        keep_korean_words(prs, info.language)  # "대한모빌리 / 티" in PowerPoint neither
    # never '…/prensa/2026-' / 'balance', nor (Korean) '…22일 오' / '후 9시 47분 기준' (review KK)
    for slide in keep_addresses_whole(prs, info.language if info is not None else ""):
        clear_of_feet(slide, sizes)  # its sources' lines, a name or an address moved to the next
    for slide, frames in tables:  # and a table above them, laid out again in the room they leave
        keep_clear_of_footer(slide, frames, sizes)
    balance_statements(prs)  # never 'moves to Las' / 'Vegas in August 2027.' (review OO2)
    for slide, tiles, movable in placed:  # the tiles' rows aligned again as their words are now set
        align_tile_rows(tiles)  # (fonts, units kept whole); one whose text is taller than it: its
        _add_notes(slide, make_room(slide, tiles, figures, movable))  # row taller, its conversion
        # to the notes, its number smaller (review MM)
        room_for_mark(slide, tiles, dark, movable)  # the news's mark off its tile's edge (VV3 #7)
    trees = [slide.shapes._spTree for slide in prs.slides] + [
        slide.notes_slide.shapes._spTree for slide in prs.slides if slide.has_notes_slide
    ]
    tag_deck_runs(trees, info.foreign if info is not None else ())  # a quote's own words say their language
    deck_no_break_hyphens(trees)  # 'Müller-Gerber' found by a search, unbroken
    drop_joiners(trees, "a:t")  # '8.6萬' found by a search: its lines end before it (url_lines.py)
    save_document(prs, prs.core_properties, out, info)
    if keep is not None:
        keep.append(prs)
    return warnings


class _Stop(TemplateProblem):
    """Rendering ran out of time or memory: nothing more can be tried in this document."""


class _Found:
    """What rendering a deck found: every shape is rendered and each error kept, so one build names
    every broken tag (errors.combined); and each shape's prepared source, shared by its copies."""

    def __init__(self) -> None:
        self.errors: list[TemplateProblem] = []
        self.prepared: dict[bytes, PreparedShape | ValueError] = {}

    def raise_if_any(self) -> None:
        if self.errors:
            raise combined(self.errors)

    def prepare(self, element: etree._Element) -> PreparedShape:
        """The shape's Jinja source (`shape.prepare`), made once for all copies of a template shape,
        and once a process for the same shape XML (`_PREPARED`)."""
        key = etree.tostring(element)
        known = self.prepared.get(key)
        if known is None:
            known = _PREPARED.get(key)
        if known is None:
            try:
                known = prepare(element)
                _PREPARED.remember(key, known)
            except ValueError as exc:
                known = exc
            self.prepared[key] = known
        if isinstance(known, ValueError):
            raise known
        return known


#: Shapes' Jinja sources by their XML as the template has it (`shape.prepare` depends on nothing
#: else): a rebuild renders the same template shapes again. A slide's shape is a few KB of XML.
_PREPARED: Memo[bytes, PreparedShape] = Memo(512)


def _refuse_stray_slots(tree: etree._Element, slots: _Slots, name: str, where: str, found: _Found) -> None:
    """A picture tag left as text (in a table, a group, notes or a master) is an error, never text."""
    for shape in tree.iter(qn("p:sp"), qn("p:graphicFrame")):
        if any(slots.prefix in (t.text or "") for t in shape.iter(qn("a:t"))):
            found.errors.append(
                _problem(
                    name,
                    where,
                    _shape_name(shape),
                    "chart(...)",
                    "a picture tag works only alone in a shape of its own on a slide "
                    "(not in a table, a group, speaker notes or a master)",
                )
            )


def _master_trees(prs: Any) -> list[tuple[str, etree._Element]]:
    """The shape trees of slide masters, their layouts and the notes master, named as PowerPoint does.

    They are rendered with the event's names (no slide's own `loop` or loop variable), so a footer
    such as '{{ event.short_name }}' on the master works, and nothing reaches readers raw.
    """
    trees = []
    for number, master in enumerate(prs.slide_masters, start=1):
        trees.append((f"slide master {number}", master.shapes._spTree))
        for layout in master.slide_layouts:
            trees.append((f"slide master {number}, layout {layout.name!r}", layout.shapes._spTree))
    if any(rel.reltype == RT.NOTES_MASTER for rel in prs.part.rels.values()):
        trees.append(("notes master", prs.notes_master.shapes._spTree))
    return trees


def _fit(
    slide: Slide,
    rendered: list[etree._Element],
    slide_height: int,
    where: str,
    sizes: dict[Any, float],
    built: str = "",
    locale: str = "",
    quotations: tuple[str, ...] = (),
) -> list[str]:
    """Shrink rendered text that overflows its box; report what still does not fit, and long tables.
    `sizes` keeps placeholders' inherited sizes from slide to slide (`inherited_size`); `built`
    names the built deck's slide where it is not the template slide's number; `locale`, the
    language whose hyphenation a word too long for its box breaks by (office/hyphens.py)."""
    warnings = []
    rendered_ids = {id(element) for element in rendered}
    quote_lines.set_quotes(slide.shapes, rendered_ids, sizes, locale, quotations)  # a quote as one
    for shape in slide.shapes:
        if id(shape._element) not in rendered_ids:
            continue
        fits = shape.has_text_frame and fit_text(
            shape._element, shape.width or 0, shape.height or 0, inherited_size(shape, sizes), locale
        )
        if shape.has_text_frame and fits is None:
            warnings.append(
                f"{where}, shape {shape.name!r}{built}: the text does not fit its box even with its "
                f"smallest text at {MIN_FIT_PT:g} pt; shorten it or enlarge the box"
            )
        if getattr(shape, "has_table", False) and shape.has_table:
            bottom = (shape.top or 0) + sum(row.height for row in shape.table.rows)
            if bottom > slide_height:
                warnings.append(
                    f"{where}, shape {shape.name!r}{built}: the table runs off the slide "
                    f"({len(shape.table.rows)} rows); split the data or shrink the rows"
                )
    under_title(list(slide.shapes), sizes)  # a sparse slide's body no larger than its title (review CC)
    from_top(slide.shapes, sizes)  # ... spread over its box, starting under it (reviews HH, sparse19)
    centre_columns(slide.shapes, sizes)  # a list in columns alone under its title: in the room's middle
    return warnings


def _expand_slides(
    prs: Any, env: Any, context: dict[str, Any], name: str, found: _Found
) -> list[tuple[Slide, int, dict]]:
    """The slides to render, each with its template slide number and context: slide loops unrolled.
    A directive that fails is kept in `found` (its slide is not made) and the others go on."""
    template_slides = list(prs.slides)
    hint = "see 'Repeated and conditional slides' in `reportgen docs templates`"
    try:
        directives = collect_directives(template_slides)
        if not any(directives):
            return [(slide, n, context) for n, slide in enumerate(template_slides, start=1)]
        outcome = Outcome()
        produced = expand(build_plan(directives), env, context, outcome)
    except SlideDirectiveError as exc:
        problem = Problem(name, str(exc), where=f"slide {exc.slide}", hint=hint)
        raise TemplateProblem(problems=[problem]) from None
    for error in outcome.errors:
        found.errors.append(
            TemplateProblem(problems=[Problem(name, str(error), where=f"slide {error.slide}", hint=hint)])
        )
    # Each template slide's first copy is the slide itself; only further copies are cloned (a clone
    # costs a new part and notes part, about 2 ms). Clones are made before anything is rendered,
    # so each copies the template slide as the template has it.
    kept: set[int] = set()
    copies = []
    copier = SlideCopier(prs)
    for i, ctx in produced:
        slide = template_slides[i] if i not in kept else copier.copy(template_slides[i])
        kept.add(i)
        copies.append((slide, i + 1, ctx))
    for i, slide in enumerate(template_slides):
        if i not in kept:
            drop_slide(prs, slide)
    order_slides(prs, [slide for slide, _, _ in copies])
    return copies


def _open(template: Path, name: str) -> Any:
    data = check_template_package(template, name)
    outside = tags_outside_rendered_parts(data, ".pptx")
    if outside:
        raise TemplateProblem(f"{name}: {outside}")
    try:
        return Presentation(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, etree.XMLSyntaxError, ValueError) as exc:
        raise TemplateProblem(f"{name}: cannot open the presentation: {exc}") from None


def _render_tree(
    sp_tree: etree._Element, env: Any, context: dict[str, Any], name: str, where: str, found: _Found
) -> list[etree._Element]:
    """Render every shape with tags under `sp_tree`; return the new shape elements. A shape that
    fails is left as it is and its error kept in `found`."""
    rendered = []
    for element in list(sp_tree):
        if not isinstance(element.tag, str) or element.tag not in _SHAPE_TAGS:
            continue
        if not has_tags(element):
            continue
        try:
            new = _render_shape(element, env, context, name, where, found)
        except _Stop:
            raise
        except TemplateProblem as exc:
            found.errors.append(exc)
            continue
        element.addprevious(new)
        sp_tree.remove(element)
        rendered.append(new)
    return rendered


def _render_shape(
    element: etree._Element, env: Any, context: dict[str, Any], name: str, where: str, found: _Found
) -> etree._Element:
    shape_name = _shape_name(element)
    try:
        prepared = found.prepare(element)
    except ValueError as exc:
        raise TemplateProblem(
            problems=[Problem(name, str(exc), where=f"{where}, shape {shape_name!r}")]
        ) from None
    try:
        return render(prepared, env, context)
    except TemplateSyntaxError as exc:
        raise _problem(
            name,
            where,
            shape_name,
            prepared.line(template_line(exc, prepared.source), exc),
            exc.message or str(exc),
        ) from None
    except EXPRESSION_ERRORS as exc:
        raise _problem(
            name, where, shape_name, prepared.line(template_line(exc), exc), error_message(exc)
        ) from None
    except (RenderTimeout, MemoryError) as exc:
        message = str(exc) if isinstance(exc, RenderTimeout) else "rendering ran out of memory"
        raise _problem(name, where, shape_name, "", message, _Stop) from None
    except etree.XMLSyntaxError as exc:
        raise _problem(
            name,
            where,
            shape_name,
            "",
            f"the rendered shape is not valid XML ({exc.msg}); a tag probably produced markup",
        ) from None


def _add_notes(slide: Slide, lines: list[str]) -> None:
    """`lines` at the end of the slide's speaker notes (what left its tiles: tile_room.py)."""
    frame = slide.notes_slide.notes_text_frame if lines else None
    if frame is None:
        return
    lang = next((r.get("lang") for r in frame._txBody.iter(qn("a:rPr")) if r.get("lang")), None)
    for line in lines:
        paragraph = frame.add_paragraph() if frame.text.strip() else frame.paragraphs[0]
        paragraph.text = line
        for run in paragraph.runs:  # in the notes' language, as set_language tagged them
            if lang is not None:
                run.font._rPr.set("lang", lang)


def _fill_picture_slots(
    slide: Slide, slots: _Slots, name: str, number: int, found: _Found, sizes: dict[Any, float]
) -> None:
    texts = "".join(t.text or "" for t in slide.shapes._spTree.iter(qn("a:t")))
    if slots.prefix not in texts:
        return  # no slot: every shape's text is a piece of this (a marker holds no line break)
    for shape in list(slide.shapes):
        if not shape.has_text_frame:
            continue
        try:
            chart_id = slots.find(shape.text_frame.text)
        except ValueError as exc:
            found.errors.append(_problem(name, f"slide {number}", shape.name, "", str(exc)))
            continue
        if chart_id is None:
            continue
        chart_id, as_picture = chart_id
        if chart_id == "" and not as_picture:
            shape._element.getparent().remove(shape._element)
            continue
        box_w, box_h = shape.width or 0, shape.height or 0
        if box_w <= 0 or box_h <= 0:
            found.errors.append(
                _problem(
                    name,
                    f"slide {number}",
                    shape.name,
                    f"chart('{chart_id}')",
                    "the picture slot has no size; give the shape a width and height",
                )
            )
            continue
        source = slots.charts
        logo = source.logo() if chart_id == "" and as_picture else None
        data = None if as_picture else source.data(chart_id)
        if logo is not None:
            placed = _place_picture(slide, shape, logo, box_w, box_h, slots.logo_word, slots.logo_alt)
        elif data is not None:
            colours, font = source.override()
            noted = note_room(data)  # a line under the chart for its note (its shares' rounding)
            # names that would be set small: the box takes the room under it first (review RR2)
            if (names := names_pt(data, box_w, box_h - noted)) is not None and names < CHART_TEXT_PT:
                box_h = room_under(slide, shape, box_h, sizes)
            frame = add_native_chart(
                slide.shapes, data, shape.left, shape.top, box_w, box_h - noted, colours, font, slots.palette
            )
            if noted:
                line = note_line(data)  # over the chart's empty foot
                add_chart_note(slide.shapes, data, shape.left, shape.top + box_h - line, box_w, line)
            set_alt_text(
                frame._element.nvGraphicFramePr.cNvPr,
                f"{slots.chart_word} {chart_id}",
                _alt_as_drawn(data, box_w, source.alt_text(chart_id)),
            )
            _no_second_title(slide, frame.chart)
            placed = frame._element
        else:
            path = source.picture(chart_id, "deck", box_w / EMU_PER_INCH, box_h / EMU_PER_INCH)
            placed = _place_picture(
                slide, shape, path, box_w, box_h, f"{slots.chart_word} {chart_id}", source.alt_text(chart_id)
            )
        shape._element.addprevious(placed)
        shape._element.getparent().remove(shape._element)


def _no_second_title(slide: Slide, chart: Any) -> None:
    """A chart titled as its slide is does not say it twice ("Finishers by race" over "Finishers by
    race"): the chart drops its title, and its bars get the room."""
    title = slide.shapes.title
    said = title.text_frame.text.strip().rstrip(".") if title is not None and title.has_text_frame else ""
    if said and chart.has_title and chart.chart_title.text_frame.text.strip().rstrip(".") == said:
        chart.has_title = False


def _place_picture(slide: Slide, shape: Any, path: Path, box_w: int, box_h: int, name: str, alt: str) -> Any:
    """The picture fitted inside the shape's box, aspect kept, centred; returns its element."""
    width_px, height_px = Image.from_file(str(path)).size
    scale = min(box_w / width_px, box_h / height_px)
    width, height = int(width_px * scale), int(height_px * scale)
    left, top = shape.left + (box_w - width) // 2, shape.top + (box_h - height) // 2
    picture = slide.shapes.add_picture(str(path), left, top, width, height)
    set_alt_text(picture._element.nvPicPr.cNvPr, name, alt)
    return picture._element


def _render_properties(prs: Any, env: Any, context: dict[str, Any], name: str, found: _Found) -> None:
    plain = env.overlay(autoescape=False)
    props = prs.core_properties
    for prop in _PROPERTIES:
        value = getattr(props, prop) or ""
        if "{" not in value:
            continue
        try:
            setattr(props, prop, plain.from_string(value).render(context)[:255])
        except EXPRESSION_ERRORS as exc:
            found.errors.append(_problem(name, "document properties", prop, value, error_message(exc)))


def _shape_name(element: etree._Element) -> str:
    c_nv_pr = next(element.iter(qn("p:cNvPr")), None)
    return c_nv_pr.get("name", "?") if c_nv_pr is not None else "?"


def _problem(
    name: str, where: str, shape: str, tag: str, message: str, cls: type[TemplateProblem] = TemplateProblem
) -> TemplateProblem:
    place = f"{where}, shape {shape!r}" + (f" ({tag})" if tag else "")
    return cls(
        problems=[
            Problem(
                name,
                message,
                where=place,
                hint="fix the tag in PowerPoint; `reportgen docs templates` lists the names you can use",
            )
        ]
    )


__all__ = ["qn", "render_deck"]


def _alt_as_drawn(data: ChartData, width: int, alt: str) -> str:
    """The alt text of the chart as the deck draws it: a bar chart whose names are too long for
    columns is drawn across, and its alt text says so (a Japanese deck read '縦棒グラフ', vertical
    bars, for horizontal ones)."""
    if data.alt_across and deck_kind(data, width) == "hbar":
        return data.alt_across
    return alt
