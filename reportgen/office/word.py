"""The Word briefing: a .docx template with Jinja tags, rendered by docxtpl in our environment.

docxtpl on its own renders unsandboxed and unescaped, and re-parses the rendered body in lxml's
"recover" mode, which silently deletes whatever does not parse. We pass our sandboxed, escaping
environment, render core properties without XML escaping (they are not XML text), parse the body
strictly so that nothing can vanish unnoticed, and give every picture its alt text.

`chart(...)` hands the template an opaque slot, not docxtpl's InlineImage (whose `.tpl` is the
whole DocxTemplate, able to read and write files): the slot prints a marker element, and the
pictures are put in place of the markers after rendering, by our code alone.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.parts.story import StoryPart
from docx.shared import Cm
from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError
from lxml import etree

from reportgen.data.formatting import Formatter
from reportgen.data.views import Opaque, TemplateFunction
from reportgen.errors import Problem, TemplateProblem, combined, display_path
from reportgen.memo import Memo
from reportgen.office import east_asian, xpaths
from reportgen.office.cjk_dates import open_dates
from reportgen.office.east_asian_layout import set_word_layout
from reportgen.office.joiners import drop_idle_joiners
from reportgen.office.look import briefing_look, look_warning
from reportgen.office.name_hyphens import word_name_hyphens, word_no_break_hyphens
from reportgen.office.ooxml import (
    RG_NS,
    SAFE_PARSER,
    W_NS,
    paragraph_properties,
    paragraph_text,
    qn,
    word_paragraphs,
)
from reportgen.office.package import PartResults, check_template_package
from reportgen.office.pictures import ChartSource, chart_source, logo_alt
from reportgen.office.properties import DocumentInfo, save_document
from reportgen.office.sandbox import (
    EXPRESSION_ERRORS,
    TAG,
    broken_tag,
    error_message,
    focus_tags,
    make_environment,
    template_line,
)
from reportgen.office.text_languages import tag_word_runs
from reportgen.office.verbatim import clear_verbatim
from reportgen.office.verify import tags_outside_rendered_parts
from reportgen.office.word_addresses import keep_briefing_addresses_whole
from reportgen.office.word_band import align_number_rows
from reportgen.office.word_band_more import follow_grids, follow_sizes
from reportgen.office.word_band_rows import split_crowded_bands
from reportgen.office.word_band_words import fit_band_words
from reportgen.office.word_cell_units import keep_units_in_cells
from reportgen.office.word_chart_floor import drawn_across, least_height_pt
from reportgen.office.word_columns import balance_number_rows, even_sizes
from reportgen.office.word_fill import (
    MIN_HEIGHT_SHARE,
    Filling,
    chart_filling_page,
    first_page_chart,
    kept_chain_break,
    last_page_chart,
)
from reportgen.office.word_fit import fit_cell_numbers, hyphenate_cells
from reportgen.office.word_lines import keep_cjk_words_in_cells, keep_cjk_words_in_titles
from reportgen.office.word_one_letter import tie_one_letter_words
from reportgen.office.word_pages import keep_blocks_together
from reportgen.office.word_pair_columns import context_pairs, size_pair_tables
from reportgen.office.word_records import band_record_words, shade_record_cells
from reportgen.office.word_separators import break_at_separators
from reportgen.office.word_styles import extent, shared_styles
from reportgen.office.word_table_edges import compatibility_mode, fit_tables_to_text
from reportgen.office.word_theme import follow_theme
from reportgen.office.word_tighten import tighten_for_last_page
from reportgen.office.word_titles import set_title_subtitles, tie_title_ends

xpaths.install("docx")  # python-docx's queries, compiled once a process

DEFAULT_CHART_WIDTH_CM = 15.0
_DOCXTPL_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_PROPERTIES = (*_DOCXTPL_PROPERTIES, "keywords", "category")


class ChartSlot(Opaque):
    """What `chart(...)` returns in Word: a marker for a picture, with nothing a template can open."""

    def __init__(self, number: int) -> None:
        self._number = number

    def __html__(self) -> str:
        # Closes the text and run the tag stands in, holds a marker run, reopens them (as docxtpl's
        # InlineImage does); `_place_pictures` swaps the marker for the picture after rendering.
        return (
            f'</w:t></w:r><w:r><rg:chart xmlns:rg="{RG_NS}" n="{self._number}"/></w:r>'
            '<w:r><w:t xml:space="preserve">'
        )

    def __str__(self) -> str:
        return "[chart]"


@dataclass(frozen=True)
class _Wanted:
    chart_id: str
    width_cm: float


#: docxtpl's patched XML of the template parts this process has seen, by their source's SHA-256.
_PATCHED: PartResults[str] = PartResults(limit=64)


#: Errors collected from one part of a Word template before the rest is left unread: each further
#: error costs one more rendering of the part, so collecting also stops after COLLECT_SECONDS
#: (a large event's briefing takes seconds to render; the render time limit must not be spent here).
MAX_COLLECTED = 30
COLLECT_SECONDS = 5.0


#: What docxtpl's `resolve_listing` turns into Word's own: a tab, a line feed, a bell (a new
#: paragraph) or a form feed (a page break); and a paragraph, as it finds them.
_LISTED = re.compile("[\t\n\a\f]")
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", flags=re.DOTALL)


class _Enough(Exception):
    """No more errors can be collected from this part (the last one could not be set aside)."""


class _StrictTemplate(DocxTemplate):
    """docxtpl with strict XML re-parsing, unescaped core properties, a memory of the last source,
    and every broken tag of a part collected rather than the first one only."""

    last_source: str = ""
    last_part: str = ""
    name: str = ""
    problems: list[Problem]

    def render_xml_part(self, src_xml: str, part: Any, context: dict[str, Any], jinja_env: Any = None) -> str:
        """Render one part; on an error in a tag, note it, set the tag aside (`_set_aside`) and
        render again, so one build names every broken tag of the template."""
        self.problems = getattr(self, "problems", [])
        seen: set[tuple[int | None, str]] = set()
        started = time.monotonic()
        for _ in range(MAX_COLLECTED):
            if self.problems and time.monotonic() - started > COLLECT_SECONDS:
                break
            self.last_source = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
            self.last_part = str(part.partname) if part is not None else ""
            try:
                return super().render_xml_part(src_xml, part, context, jinja_env)
            except TemplateSyntaxError:
                raise  # the part cannot be read further
            except EXPRESSION_ERRORS as exc:
                line = template_line(exc, self.last_source)
                self.problems.append(_locate(self, self.name, exc))
                source = _set_aside(self.last_source, line, exc, every=(line, str(exc)) in seen)
                seen.add((line, str(exc)))
                if source is None:
                    raise _Enough from None
                src_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", source)
        raise _Enough

    def patch_xml(self, src_xml: str) -> str:
        """docxtpl's clean-up of a part's XML for Jinja: a pure function of the XML (about 4 ms a
        briefing, all regular expressions), and a template's parts are the same at every build."""
        key = _PATCHED.key("patched", src_xml.encode("utf-8"))
        patched = _PATCHED.get(key)
        if patched is None:
            patched = super().patch_xml(src_xml)
            _PATCHED.remember(key, patched)
        return patched

    def resolve_listing(self, xml: str) -> str:
        """docxtpl's tabs, line and page breaks in rendered text, for the paragraphs that hold
        one: docxtpl runs three nested regular expressions over every paragraph (about 2 ms a
        briefing), and a paragraph without a tab, line feed, bell or form feed comes out as it
        went in. Each paragraph that holds one is given to docxtpl whole, which finds it whole."""
        if not _LISTED.search(xml):
            return xml
        resolve = super().resolve_listing
        return _PARAGRAPH.sub(lambda m: resolve(m[0]) if _LISTED.search(m[0]) else m[0], xml)

    def fix_tables(self, xml: str) -> Any:
        try:
            etree.fromstring(xml.encode("utf-8"))
        except etree.XMLSyntaxError as exc:
            raise TemplateProblem(
                f"the rendered document body is not well-formed XML ({exc.msg}); "
                "a tag probably produced markup (for example with |safe)",
            ) from None
        return super().fix_tables(xml)

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        """Core properties are plain text (no XML escaping) and Word holds at most 255 characters
        in each, so a long event name is cut there rather than failing the build."""
        self.last_part = "document properties"
        plain = jinja_env.overlay(autoescape=False)
        properties = self.docx.core_properties
        for prop in _PROPERTIES:
            value = getattr(properties, prop) or ""
            if "{" in value or prop in _DOCXTPL_PROPERTIES:  # docxtpl's own set, written as it did
                setattr(properties, prop, plain.from_string(value).render(context)[:255])


def render_briefing(
    template: Path,
    context: dict[str, Any],
    charts: ChartSource | dict[str, tuple[Path, str]],
    fmt: Formatter,
    out: Path,
    info: DocumentInfo | None = None,
    keep: list[Any] | None = None,
) -> list[str]:
    """Render `template` with `context` into `out`; return warnings (none yet: Word fits its own
    text), like the deck renderer. Charts are pictures drawn at the width each slot asks for.
    With `info`, every document property is set from it (see office/properties.py); with
    `keep`, the saved python-docx Document is appended to it (for the document check)."""
    images = chart_source(charts)
    name = display_path(template)
    data = check_template_package(template, name)
    _refuse_tags_outside(data, name)
    tpl = _StrictTemplate(io.BytesIO(data))
    digest = hashlib.sha256(data).digest()  # the template's identity: an edited one is checked again
    if digest not in _PARAGRAPHS_PASSED:
        _check_paragraphs(tpl, name)  # of the template alone: these very bytes passed before
        _PARAGRAPHS_PASSED.remember(digest, True)
    env = make_environment(fmt)
    wanted: list[_Wanted] = []
    full_context = {
        **context,
        # the event as the briefing prints it (data/context.py: its summary after the news lede)
        **({"event": context["briefing_event"]} if "briefing_event" in context else {}),
        "chart": TemplateFunction("chart", _chart_function(wanted, images)),
        "logo": TemplateFunction("logo", _logo_function(wanted, images)),
    }
    tpl.name, tpl.problems = name, []
    errors: list[TemplateProblem] = []
    try:
        tpl.render(full_context, jinja_env=env, autoescape=True)
    except TemplateProblem as exc:
        errors.append(TemplateProblem(f"{name}: {exc.message}"))
    except _Enough:
        pass
    except EXPRESSION_ERRORS as exc:
        errors.append(TemplateProblem(problems=[_locate(tpl, name, exc)]))
    errors = [TemplateProblem(problems=[p]) for p in tpl.problems] + errors
    if errors:
        raise combined(errors)
    look = briefing_look(tpl.docx)
    images.set_look("briefing", look)  # pictures are drawn from here on
    # the pictures' names (Word's selection pane) and the logo's alt text, in the event's language
    words = (fmt.gettext("Chart"), fmt.gettext("Logo"))
    placed = _place_pictures(tpl, wanted, images, name, logo_alt(context, fmt), *words)
    tie_one_letter_words(_text_parts(tpl.docx), fmt.locale)  # never 'Mebli i / Wyposażenia'
    # the band and the key figures on the text's edges (review YY3 #7)
    fit_tables_to_text(tpl.docx.element.body, compatibility_mode(tpl.docx.settings.element))
    # a table of winners' columns as wide as their entries need, not the template's fixed widths
    size_pair_tables(tpl.docx.element.body, context_pairs(context.get("sections")))
    split_crowded_bands(tpl.docx.element.body)  # a band of four crammed in one row: two rows of two
    balanced = balance_number_rows(tpl.docx.element.body)  # the band's cells as their numbers need
    follow_grids(tpl.docx.element.body)  # the band's second row on its first row's column grid
    fit_cell_numbers(tpl.docx.element.body)  # a number wider than its cell is set smaller
    fit_band_words(tpl.docx.element.body)  # a band's word wider than its cell: slack, else smaller
    follow_grids(tpl.docx.element.body)  # ... still, where a word took a neighbour's slack above
    hyphenate_cells(tpl.docx.element.body, fmt.locale)  # a word wider than its cell breaks at a hyphen
    even_sizes(balanced)  # and the band's numbers one size
    follow_sizes(tpl.docx.element.body)  # the second row's no larger than the first row's
    align_number_rows(tpl.docx.element.body)  # on one line, their labels on another (review FF)
    keep_blocks_together(tpl.docx)  # no short last block alone on a page, no quote parted from its credit
    set_title_subtitles(tpl.docx)  # a long name's subtitle part on a line of its own, smaller
    tie_title_ends(tpl.docx.element.body)  # never '…Zürich / 2026': the year alone on a line
    break_at_separators(tpl.docx, fmt.punct.separator)  # never '… de 2026 ·' / 'Oviedo' (review KK)
    keep_briefing_addresses_whole(tpl.docx)  # never '…/cnema/sabores-' / '2026/balanco'
    _fill_first_page(tpl, placed, images)  # a chart that ends page 1 drawn less tall, not moved to page 2
    warnings: list[str] = [look_warning(name, "briefing")] if look is None else []
    if look is not None:
        # the band's record cell in the accent (review OO1), its text made readable on it below
        known = context.get("figures")
        shade_record_cells(
            tpl.docx.element.body, band_record_words(known.values() if isinstance(known, dict) else ())
        )
        # theme colours as LibreOffice shows them, text readable on fills (the styles part is the
        # template's until here: rendering and pictures change the body, headers and footers)
        follow_theme(tpl.docx, look, digest)
    if info is not None:
        _set_language(tpl.docx, info.language)
        tag_word_runs(_text_parts(tpl.docx), info.foreign)  # a quote's own words say their language
        warnings += east_asian.set_word_fonts(tpl.docx, info.language)
        set_word_layout(tpl.docx, info.language)  # upright, spaced as the language is
        open_dates(tpl.docx, info.language)  # a justified line may end at '2026年10月 / 25日'
        keep_cjk_words_in_cells(tpl.docx.element.body, info.language)  # never '来場者アンケー / ト'
        keep_units_in_cells(tpl.docx.element.body, info.language)  # never '기준' alone, 'pr.' / '20.'
        keep_cjk_words_in_titles(tpl.docx, info.language)  # never '〜越境イ / ノベーション' (review LL)
    for part in _text_parts(tpl.docx):
        word_name_hyphens(part)  # never 'Royal A- / ware' (review MM)
        word_no_break_hyphens(part)  # 'Müller-Gerber' found by a search, unbroken
    drop_idle_joiners(_text_parts(tpl.docx), "w:p", "w:t")  # '4\u2060万1200\u2060件以上'
    if info is not None:  # a quotation and a source's citation as written: no joiner (review RR3)
        clear_verbatim(_text_parts(tpl.docx), (*info.quotations, *info.citations))
    save_document(tpl, tpl.docx.core_properties, out, info)
    if keep is not None:
        keep.append(tpl.docx)
    return warnings


def _text_parts(document: Any) -> list[Any]:
    """The XML trees of the document's body, headers and footers."""
    parts = document.part.package.iter_parts()
    return [p._element for p in parts if str(p.partname).startswith("/word/") and hasattr(p, "_element")]


def _chart_function(wanted: list[_Wanted], charts: ChartSource | dict[str, Any]) -> Callable[..., Any]:
    known = chart_source(charts).ids()

    def chart(chart_id: Any, width_cm: Any = DEFAULT_CHART_WIDTH_CM, picture: Any = True) -> ChartSlot:
        # `picture` is accepted so one tag works in both templates; Word charts are always pictures.
        if not isinstance(chart_id, str) or chart_id not in known:
            shown = str(chart_id)[:80]
            raise LookupError(f"no chart {shown!r} (charts: {', '.join(known) or 'none'})")
        if isinstance(width_cm, bool) or not isinstance(width_cm, int | float) or not 1 <= width_cm <= 40:
            raise ValueError(f"chart width {str(width_cm)[:20]} cm is not a number from 1 to 40")
        wanted.append(_Wanted(chart_id, float(width_cm)))
        return ChartSlot(len(wanted) - 1)

    return chart


def _set_language(document: Any, language: str) -> None:
    """The document's language (spelling, hyphenation, screen readers) is the locale's: in the
    defaults and in every style that names one (Word's own styles say en-US); Chinese, Japanese
    and Korean locales set the East Asian language too."""
    east_asian = language.split("-")[0] in {"zh", "ja", "ko"}
    # w:val is the language of Latin-script text: in a Chinese document that is English (the
    # source's quotes, company names), as Chinese Word sets it; tagged zh-CN, LibreOffice broke
    # English words anywhere ("Shangh-ai"), as it breaks Chinese
    latin = "en-US" if east_asian else language
    for lang in document.styles.element.iter(qn("w:lang")):
        if lang.get(qn("w:val")) is not None or lang.getparent().getparent().tag == qn("w:rPrDefault"):
            lang.set(qn("w:val"), latin)
        if east_asian:
            lang.set(qn("w:eastAsia"), language)


def _logo_function(wanted: list[_Wanted], charts: ChartSource) -> Callable[..., Any]:
    def logo(width_cm: Any = 4.0) -> ChartSlot | str:
        """`{{ logo(4) }}`: the event's logo, 4 cm wide; nothing when the event has none."""
        if isinstance(width_cm, bool) or not isinstance(width_cm, int | float) or not 1 <= width_cm <= 40:
            raise ValueError(f"logo width {str(width_cm)[:20]} cm is not a number from 1 to 40")
        if charts.logo() is None:
            return ""
        wanted.append(_Wanted("", float(width_cm)))
        return ChartSlot(len(wanted) - 1)

    return logo


_MARKER = qn("rg:chart")


def _story_parts(tpl: DocxTemplate) -> list[tuple[str, Any]]:
    """The rendered body, headers and footers, each with the part that owns its relationships."""
    document_part = tpl.docx.part
    parts: list[tuple[str, Any]] = [("body", document_part)]
    for rel in document_part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            parts.append((str(rel.target_part.partname).rsplit("/", 1)[-1], rel.target_part))
    return parts


def _place_pictures(
    tpl: DocxTemplate,
    wanted: list[_Wanted],
    images: ChartSource,
    name: str,
    logo_alt: str = "Logo",
    chart_word: str = "Chart",
    logo_word: str = "Logo",
) -> list[tuple[etree._Element, _Wanted]]:
    """Put each chart in place of its marker, with alt text; refuse markers we cannot place.
    Return the body's pictures (their `w:drawing`) with the slots they fill."""
    placed = 0
    body: list[tuple[etree._Element, _Wanted]] = []
    for area, part in _story_parts(tpl):
        for marker in list(part.element.iter(_MARKER)):
            number = marker.get("n", "")
            slot = wanted[int(number)] if number.isdigit() and int(number) < len(wanted) else None
            run = marker.getparent()
            if slot is None or run is None:
                raise TemplateProblem(f"{name}: {area}: a picture marker was damaged while rendering")
            logo = images.logo() if slot.chart_id == "" else None
            path = logo or images.picture(slot.chart_id, "briefing", slot.width_cm / 2.54, None)
            alt = logo_alt if logo else images.alt_text(slot.chart_id)
            # docxtpl swaps header parts for plain XmlParts; StoryPart's method needs only the
            # package, the relationships and the element, which every part has.
            inline = StoryPart.new_pic_inline(part, str(path), Cm(slot.width_cm), None)
            inline.docPr.set("name", f"{chart_word} {slot.chart_id}" if not logo else logo_word)
            inline.docPr.set("descr", alt)
            # serialized and parsed back as docxtpl's InlineImage did, so documents stay the same
            drawing = etree.fromstring(f'<w:drawing xmlns:w="{W_NS}">{inline.xml}</w:drawing>', SAFE_PARSER)
            marker.addprevious(drawing)
            run.remove(marker)
            placed += 1
            if area == "body":
                body.append((drawing, slot))
    # docxtpl's numbering of the drawings in the body (1001, 1002, ...), now with the charts
    for number, doc_pr in enumerate(tpl.docx.element.body.iter(qn("wp:docPr")), start=1001):
        doc_pr.set("id", str(number))
    if placed != len(wanted):
        raise TemplateProblem(
            f"{name}: a picture tag such as {{{{ chart('id') }}}} stands where Word cannot hold a "
            "picture (footnotes, document properties); put it in the body, a header or a footer"
        )
    return body


def _fill_first_page(
    tpl: DocxTemplate, placed: list[tuple[etree._Element, _Wanted]], images: ChartSource
) -> None:
    """The chart whose block would leave page 1 for want of room, drawn as tall as the room
    (office/word_fill.py): the new picture takes the old one's place, names and alt text; then
    each chart that leaves a page too empty, drawn shorter or after the text that fills the page;
    each chain of text kept together that leaves a page too empty, parted before a heading in it;
    then the chart that lets the page before the last take the last page's few lines, or else
    the body's spacing set tighter to the same end (office/word_tighten.py). Every estimate reads
    the styles once, and measures a block once while it stays as it is (`shared_styles`)."""
    least = _least_heights(placed, images)
    with shared_styles(tpl.docx):
        found = first_page_chart(tpl.docx, least)
        if found is not None:
            _redraw(tpl, placed, images, *found)
        for _ in range(MAX_FILLINGS):  # a page a chart leaves too empty: the chart shorter, or text after it
            filling = chart_filling_page(tpl.docx, least, _floored(placed, images))
            if filling is None:
                break
            if filling.inline is not None:
                _redraw(tpl, placed, images, filling.inline, filling.height)
                continue
            _float(filling)
        _part_chains(tpl.docx)
        found = last_page_chart(tpl.docx, least)
        if found is not None:
            _redraw(tpl, placed, images, *found)
        if tighten_for_last_page(tpl.docx) is not None:  # else the body set tighter to take those lines
            _part_chains(tpl.docx)  # the pages break elsewhere now


def _least_heights(
    placed: list[tuple[etree._Element, _Wanted]], images: ChartSource
) -> Callable[[etree._Element], float]:
    """The least height (pt) each placed chart's picture (its `wp:inline`, as drawn now) may be
    drawn at to fit its page: its rows' for a bar chart drawn across (office/word_chart_floor.py),
    of the height its slot first gave it (drawn shorter, a chart is not measured anew from there:
    the nl fair's 9 bars, drawn to their least height, were drawn again at 55 % of that)."""
    first = {id(s): extent(i) for d, s in placed if (i := d.find(qn("wp:inline"))) is not None}

    def least(inline: etree._Element) -> float:
        slot = next((s for d, s in placed if d.find(qn("wp:inline")) is inline), None)
        if slot is None:
            return MIN_HEIGHT_SHARE * extent(inline)
        data = images.data(slot.chart_id) if slot.chart_id else None
        return least_height_pt(data, first.get(id(slot), extent(inline)), MIN_HEIGHT_SHARE)

    return least


def _floored(
    placed: list[tuple[etree._Element, _Wanted]], images: ChartSource
) -> Callable[[etree._Element], bool]:
    """Whether a placed chart's picture (its `wp:inline`) has its rows' least height: a bar chart
    drawn across (office/word_chart_floor.py), which may take the room the page's estimate spares."""

    def floored(inline: etree._Element) -> bool:
        slot = next((s for d, s in placed if d.find(qn("wp:inline")) is inline), None)
        data = images.data(slot.chart_id) if slot is not None and slot.chart_id else None
        return drawn_across(data)

    return floored


def _part_chains(document: Any) -> None:
    """Each chain kept together that leaves a page too empty, parted (office/word_fill.py)."""
    for _ in range(MAX_FILLINGS):
        parted = kept_chain_break(document)
        if parted is None:
            break
        _unkeep(parted)


#: The pages a chart left too empty that are filled, at most (each filling is estimated anew).
MAX_FILLINGS = 4


def _unkeep(paragraph: etree._Element) -> None:
    """The paragraph kept with nothing after it (its own keep-with-next off, whatever its style sets)."""
    properties = paragraph_properties(paragraph)
    keep = properties.find(qn("w:keepNext"))
    if keep is None:
        keep = etree.Element(qn("w:keepNext"))
        style = properties.find(qn("w:pStyle"))
        properties.insert(1 if style is not None else 0, keep)
    keep.set(qn("w:val"), "0")


def _float(filling: Filling) -> None:
    """The chart's paragraphs moved after `filling.after`: the text that followed them fills the
    page, and the chart opens the next (office/word_fill.py, `chart_filling_page`)."""
    for paragraph in filling.unkept:
        properties = paragraph.find(qn("w:pPr"))
        keep = properties.find(qn("w:keepNext")) if properties is not None else None
        if keep is not None:
            properties.remove(keep)
    anchor = filling.after
    for block in filling.chart:
        if anchor is not None:
            anchor.addnext(block)
        anchor = block


def _redraw(
    tpl: DocxTemplate,
    placed: list[tuple[etree._Element, _Wanted]],
    images: ChartSource,
    inline: etree._Element,
    height_pt: float,
) -> None:
    """The chart drawn `inline` in `placed` drawn again, `height_pt` tall, in its place."""
    for drawing, slot in placed:
        old = drawing.find(qn("wp:inline"))
        if old is not inline or not slot.chart_id:
            continue
        path = images.picture(slot.chart_id, "briefing", slot.width_cm / 2.54, height_pt / 72)
        new = StoryPart.new_pic_inline(tpl.docx.part, str(path), Cm(slot.width_cm), None)
        for name in ("id", "name", "descr"):
            new.docPr.set(name, old.docPr.get(name, ""))
        blip = old.find(f".//{qn('a:blip')}")
        drawing.replace(old, etree.fromstring(new.xml, SAFE_PARSER))
        embed = blip.get(qn("r:embed"), "") if blip is not None else ""
        used = {b.get(qn("r:embed")) for b in tpl.docx.element.body.iter(qn("a:blip"))}
        if embed and embed not in used:  # the old picture, unless it is shown elsewhere too
            del tpl.docx.part.rels[embed]
        return


def _refuse_tags_outside(data: bytes, name: str) -> None:
    outside = tags_outside_rendered_parts(data, ".docx")
    if outside:
        raise TemplateProblem(f"{name}: {outside}")


#: SHA-256 digests of Word templates whose tags all begin and end in one paragraph (a watch or a
#: batch renders one template many times; the check walks every paragraph of it).
_PARAGRAPHS_PASSED: Memo[bytes, bool] = Memo(256)


def _check_paragraphs(tpl: _StrictTemplate, name: str) -> None:
    """Refuse a tag that starts in one paragraph and ends in another, naming the paragraph."""
    doc = tpl.get_docx()
    parts = [("body", doc.element.body)] + [
        (f"{kind} of section {i}", getattr(section, kind)._element)
        for i, section in enumerate(doc.sections, start=1)
        for kind in ("header", "footer")
    ]
    for area, element in parts:
        for number, paragraph in enumerate(word_paragraphs(element), start=1):
            fragment = broken_tag(paragraph_text(paragraph))
            if fragment is not None:
                raise TemplateProblem(
                    problems=[
                        Problem(
                            name,
                            "a tag may not span paragraphs: this one starts and ends in different ones",
                            where=f"{area}, paragraph {number} ({fragment})",
                            hint="join the tag's lines in Word, or put {%p ... %} tags alone in paragraphs",
                        )
                    ]
                )


_HARMLESS_STATEMENT = re.compile(r"\{%-?\s*(if|elif|for)\b(.*?)-?%\}", re.S)


def _set_aside(source: str, line: int | None, exc: Exception, every: bool) -> str | None:
    """`source` with the tags on `line` that the error is about (`every` one of them, when that was
    not enough) made harmless: an expression prints nothing, a condition is false, a loop runs over
    nothing. None when nothing on the line can be set aside (collecting then stops)."""
    if line is None:
        return None
    lines = source.split("\n")
    if not 0 < line <= len(lines):
        return None
    tags = TAG.findall(lines[line - 1])
    text = lines[line - 1]
    for tag in tags if every else focus_tags(tags, exc):
        text = text.replace(tag, _harmless(tag))
    if text == lines[line - 1]:
        return None
    lines[line - 1] = text
    return "\n".join(lines)


def _harmless(tag: str) -> str:
    if tag.startswith("{{"):
        return "{{ '' }}"
    match = _HARMLESS_STATEMENT.fullmatch(tag)
    if match is None:
        return tag
    keyword, rest = match.group(1), match.group(2)
    if keyword in {"if", "elif"}:
        return f"{{% {keyword} false %}}"
    if keyword == "for" and " in " in rest:
        return f"{{% for {rest.split(' in ', 1)[0].strip()} in [] %}}"
    return tag  # a `set` is not set aside: what uses its name would fail in turn, a false alarm


def _locate(tpl: _StrictTemplate, name: str, exc: Exception) -> Problem:
    """Turn a Jinja error into 'briefing.docx: body, paragraph 41 ({{ x.y }}): message'."""
    line, where, tags = template_line(exc, tpl.last_source), tpl.last_part or "document", []
    if line is not None and tpl.last_source:
        lines = tpl.last_source.split("\n")
        if 0 < line <= len(lines):
            text = re.sub(r"<[^>]+>", "", lines[line - 1])
            tags = focus_tags(TAG.findall(text), exc) or [text.strip()[:80]]
    if tpl.last_part.endswith("document.xml"):
        number = _paragraph_number(tpl, tags[0]) if tags else None
        where = f"body, paragraph {number}" if number else "body"
    elif tpl.last_part:
        where = tpl.last_part.rsplit("/", 1)[-1].removesuffix(".xml")  # header1, footer2, ...
    return Problem(
        name,
        error_message(exc),
        where=where + (f" ({', '.join(tags)})" if tags else ""),
        hint="fix the tag in Word; `reportgen docs templates` lists the names you can use",
    )


def _paragraph_number(tpl: _StrictTemplate, tag: str) -> int | None:
    """The 1-based number of the template paragraph (tables included) that holds `tag`."""
    wanted = re.sub(r"\s+", "", tag)
    body = tpl.docx.element.body
    for number, paragraph in enumerate(word_paragraphs(body), start=1):
        # {%p for ... %} in Word is {% for ... %} in the source docxtpl renders
        text = re.sub(r"\{%(-?)\s*(p|tr|tc|r)\s", r"{%\1 ", paragraph_text(paragraph))
        if wanted and wanted in re.sub(r"\s+", "", text):
            return number
    return None
