"""build(): the whole pipeline as one readable function.

    event YAML -> load & validate -> derive -> charts (cached) -> briefing + deck -> check -> commit

Everything the CLI does is callable from here; nothing here prints or exits.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from reportgen.charts.theme import for_language
from reportgen.commit.output import Staging, os_error, prepare_folder, refuse_link, staging
from reportgen.data import quote_languages
from reportgen.data.chart_data import as_drawn
from reportgen.data.chart_ties import untied_sentences
from reportgen.data.derive import Derived
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.logo import load_logo
from reportgen.data.model import EventSummary
from reportgen.data.plan.printings import slide_quotes
from reportgen.data.plan.sentence_tail import words_beyond
from reportgen.data.prepare import Prepared, planned_outputs, prepare_editions
from reportgen.data.project import Project
from reportgen.data.punctuation import quoted
from reportgen.data.sentences import bare_figures
from reportgen.data.slide_captions import named_clauses, slide_captions
from reportgen.data.translations import written_languages
from reportgen.data.typography import typographic
from reportgen.data.wording import amount, label_value_lines, label_value_warning, quote_says
from reportgen.errors import DataError, OutputError, ReportgenError, TemplateProblem, combined, display_path
from reportgen.names import CACHE_FOLDER
from reportgen.office.asof_check import given_as_of
from reportgen.office.band_news import news_of
from reportgen.office.faults import template_fault
from reportgen.office.limits import RENDER_MEMORY, RenderTimeout, render_limits
from reportgen.office.line_ends import check_line_ends
from reportgen.office.look import package_look
from reportgen.office.name_hyphens import check_deck_names
from reportgen.office.pdf_check import check_briefing_pdf, parted_headings
from reportgen.office.pictures import ChartSource
from reportgen.office.properties import DocumentInfo
from reportgen.office.repeats import chart_labels, figure_amounts
from reportgen.office.template_features import adapted, template_notes
from reportgen.office.totals import given_totals
from reportgen.office.verify import literal_tags, verify_output
from reportgen.office_pdf.office_server import office_for_this_process, to_pdfs
from reportgen.office_pdf.pdf import find_soffice
from reportgen.pipeline.drawing import Drawer
from reportgen.pipeline.pictures import ChartPictures
from reportgen.project.settings import Settings

DECK_CHART_PT = 16  # chart text in a deck picture: read from the back of a room


@dataclass
class BuildResult:
    event: str
    files: list[Path] = field(default_factory=list)
    charts_drawn: int = 0
    charts_cached: int = 0
    seconds: float = 0.0
    inputs: list[Path] = field(default_factory=list)  # files read besides the event (its logo)
    chart_keys: list[str] = field(default_factory=list)  # the chart cache entries it used
    literal_tags: frozenset[str] = frozenset()  # tag-like texts of the data, printed as they are
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what build says besides: a chart's kind changed


def refuse_shared_outputs(event_files: list[Path], project: Project | None = None, pdf: bool = False) -> None:
    """Two events of one build must not write the same file: refuse before anything is written."""
    owners: dict[str, Path] = {}
    for path in dict.fromkeys(event_files):  # the same file named twice is built twice, harmlessly
        for name in sorted(planned_outputs(path, project, pdf)):
            first = owners.setdefault(name, path)
            if first != path:
                raise DataError(
                    f"{display_path(first)} and {display_path(path)} would both write {name}",
                    hint="give one of them its own event.slug (or short_name); nothing was written",
                )


def build(event_file: Path, settings: Settings, drawer: Drawer | None = None) -> BuildResult:
    """Build the briefing, the deck and the chart images of one event, as `settings` say, once per
    language the event is built in (all or nothing: one staging folder for every edition).
    With a `drawer`, charts are drawn in its helper process while the documents render."""
    started = time.perf_counter()
    out_dir = settings.out_dir
    if settings.pdf:
        find_soffice()  # before any work: a missing LibreOffice should not cost a whole build
        office_for_this_process(settings.pdf_seconds)  # it starts while the documents render
    editions = prepare_editions(event_file, settings.project)
    prepare_folder(out_dir)
    first = editions[0]
    result = BuildResult(event=first.summary.event.short_name)

    with staging(out_dir) as stage:
        cache = out_dir / CACHE_FOLDER if settings.use_cache else None
        if cache is not None:
            refuse_link(cache, "the chart cache")
        created = DocumentInfo.build_time()
        documents: list[Path] = []
        owners: dict[Path, dict[str, str]] = {}  # each briefing's charts' sections' titles, by chart id
        for prepared in editions:
            last = prepared is editions[-1]
            made = _edition(event_file, settings, drawer, prepared, stage, cache, created, result, last)
            owners[made[0]] = chart_sections(prepared.derived.sections.values())
            documents += made
        if settings.pdf:
            pdfs = to_pdfs(documents, stage.area, settings.pdf_seconds)
            _keep_headings(documents, pdfs, stage.area, settings.pdf_seconds)
            for pdf_file in pdfs:
                stage.path_for(out_dir / pdf_file.name)
            result.warnings += _page_warnings(documents, pdfs, out_dir, owners)
        result.files = stage.commit()
        result.warnings += stage.warnings
    result.warnings = list(dict.fromkeys(result.warnings))  # both documents may say the same
    result.notes = list(dict.fromkeys(result.notes))
    result.inputs = list(dict.fromkeys(result.inputs))
    result.chart_keys = list(dict.fromkeys(result.chart_keys))

    result.seconds = time.perf_counter() - started
    return result


def _edition(
    event_file: Path,
    settings: Settings,
    drawer: Drawer | None,
    prepared: Prepared,
    stage: Staging,
    cache: Path | None,
    created: Any,
    result: BuildResult,
    last: bool = True,
) -> list[Path]:
    """Render one language's briefing, deck and chart pictures into `stage`; their staged paths."""
    out_dir = settings.out_dir
    summary, fmt, derived, context = prepared.summary, prepared.formatter, prepared.derived, prepared.context
    result.warnings += prepared.warnings
    result.notes += prepared.notes
    briefing_template, deck_template = settings.briefing_template, settings.deck_template
    if last:  # once a build: a template made from an earlier default lacks what the plan decides
        result.notes += template_notes("briefing", briefing_template, context)
        result.notes += template_notes("deck", deck_template, context)
    theme = for_language(settings.theme, fmt.locale)  # a Japanese chart's kanji in Japanese forms
    themes = {"briefing": theme, "deck": replace(theme, text_pt=DECK_CHART_PT)}
    style = settings.project.config.chart_style if settings.project else None
    pictures = ChartPictures(derived.charts, themes, cache, stage, style, drawer, prepared.suffix)
    if drawer is not None:
        for document, template in (("briefing", briefing_template), ("deck", deck_template)):
            pictures.set_look(document, package_look(template, document))
        pictures.prefetch(theme.chart_size[0])
        if last:  # the event's last edition has asked for all its charts
            drawer.event_asked()
    render_deck, render_briefing = renderers()  # only now: the helper draws while they import
    if summary.event.logo:
        logo = load_logo(event_file, summary.event.logo)
        pictures.add_logo(logo)
        result.inputs.append(logo.path)
    briefing = out_dir / prepared.file_name("briefing", "docx")
    deck = out_dir / prepared.file_name("deck", "pptx")
    briefing_temp, deck_temp = stage.path_for(briefing), stage.path_for(deck)
    project = settings.project.config if settings.project else None
    event = summary.event
    # The deck first, checked at once: its charts are native, so the helper draws the
    # briefing's pictures meanwhile; the PNG files written beside the documents come last.
    literal = literal_tags(context)
    result.literal_tags |= literal
    errors: list[ReportgenError] = []  # both templates' errors, reported together
    for renderer, template, temp, kind in (
        (render_deck, deck_template, deck_temp, "closing deck"),
        (render_briefing, briefing_template, briefing_temp, "closing briefing"),
    ):
        info = DocumentInfo(
            title=f"{event.name}: {kind}",
            subject=event.short_name,
            author=(project.author if project and project.author else event.short_name),
            company=(project.company or "") if project else "",
            language=fmt.locale.replace("_", "-"),
            created=created,
            foreign=written_languages(summary),
            quotations=quotations_of(summary),
            citations=tuple(str(s.title) for s in summary.sources.values()),
        )
        rendered: list[Any] = []  # the document object just saved, for the document check
        try:
            result.warnings += _render(
                partial(renderer, info=info, keep=rendered),
                template,
                adapted("deck" if temp == deck_temp else "briefing", template, context),
                pictures,
                fmt,
                temp,
                out_dir,
            )
        except TemplateProblem as exc:
            errors.append(exc)
            continue
        check_document(temp, template, literal)
        final = deck if temp == deck_temp else briefing
        result.warnings += document_warnings(temp, final, prepared, rendered[0] if rendered else None)
    if errors:
        raise combined(errors)
    with _drawing_limits():
        pictures.output_pictures(derived.slug, prepared.suffix)
    # the fonts the charts were drawn with: the template's and the project's first
    fonts = tuple(dict.fromkeys(font for look in pictures.themes.values() for font in look.chart_fonts))
    result.warnings += pictures.warnings + _glyph_warnings(pictures.missing_glyphs, fonts)
    result.charts_drawn += pictures.drawn
    result.charts_cached += pictures.cached
    result.chart_keys += pictures.keys
    return [briefing_temp, deck_temp]


def chart_sections(sections: Iterable[Any]) -> dict[str, str]:
    """Each briefing chart's id to the title of the section (the plan's) it is drawn for."""
    return {chart: s.title for s in sections for chart in s.briefing_charts}


def renderers() -> tuple[Callable[..., list[str]], Callable[..., list[str]]]:
    """The deck's and the briefing's renderers, and the document check that reads what they
    render (`document_warnings`), imported at first use: with python-pptx, python-docx, docxtpl
    and xlsxwriter they are about 30 MiB of the build's memory (the performance guide, round 18).
    A build asks its chart helper for the charts before it takes them (`_edition`), so the helper
    draws while they import and ends, giving its memory back, sooner in the build's growth. A pool
    imports them before it forks its workers (`batch.run_all`), so all of them share one copy."""
    import reportgen.office.quality  # noqa: F401
    from reportgen.office.powerpoint import render_deck
    from reportgen.office.word import render_briefing

    return render_deck, render_briefing


def event_logo(event_file: Path) -> str | None:
    """The logo file name the build of `event_file` reads (beside it), as the build reads it: from
    the validated event. None when there is none or the event is not valid (its build says why)."""
    try:
        return load_event(event_file).event.logo
    except ReportgenError:
        return None


def check_document(path: Path, template: Path, literal: frozenset[str]) -> None:
    """A rendered document fit to deliver, or TemplateProblem naming its template and what failed
    (a build's own check, and the client's check of what a cluster worker sent)."""
    problems = verify_output(path, template, literal)
    if problems:
        raise TemplateProblem(
            f"{display_path(template)}: the rendered {path.suffix} did not pass its checks: "
            f"{'; '.join(problems)}"
        )


def not_printings(summary: EventSummary, derived: Derived, locale: str | None = None) -> tuple[str, ...]:
    """The texts the document check does not count as a figure's printings: a source's title is a
    citation, as typed and as the documents set it in `locale`'s marks (the event's, by default).
    The news's key quote counts, as the plan counts it (data/key_quotes.py)."""
    locale = locale or summary.formatting.locale
    titles = [str(source.title) for source in summary.sources.values()]
    # and as cited, in the language's marks, its own marks turned inner ('「『…』閉幕　…約210億円に」':
    # review WW2, a Japanese title counted as a third printing)
    cited = (quoted(typographic(t, locale), locale, kind="work") for t in titles)
    return tuple(dict.fromkeys((*titles, *(typographic(t, locale) for t in titles), *cited)))


def quotations_of(summary: EventSummary) -> tuple[str, ...]:
    """The words of the event's quotations, as written."""
    return tuple(str(q.text) for _, q in quote_languages.quotes(summary) if q is not None)


def document_warnings(path: Path, final: Path, prepared: Prepared, document: Any = None) -> list[str]:
    """The document check (office/quality.py) of a rendered document, naming it by `final`, the
    name it is delivered under: it counts each figure's printings in whatever form (chart
    pictures' value labels included: office/repeats.py), and leaves the bars of a chart whose
    categories keep the data's order (`order: as_given`, dates, ranges, years: data/chart_order.py)
    in their order.

    With `document`, the python-pptx Presentation or python-docx Document the renderer just saved
    to `path`, the check reads that instead of parsing the file again (about 25 ms a build): the
    file's parts were serialized from those very trees (office/parts.py), and the check only
    warns, so the bytes add nothing to it. What guards the delivered bytes, `check_document`
    (every part's CRC, the structure Word and PowerPoint need, no template tag left), has read
    the file itself by then. Should the object not serve (an exception), the file is read."""
    derived = prepared.derived
    locale = prepared.formatter.locale
    amounts = figure_amounts(derived.figures.values(), locale)
    deck = path.suffix.lower() == ".pptx"
    drawn = chart_labels(
        as_drawn(c, "deck" if deck else "briefing") for c in derived.charts.values()
    )  # as each draws
    ordered = frozenset(chart.title for chart in derived.charts.values() if chart.kept_order)
    cited = not_printings(prepared.summary, derived, locale)
    lines = label_value_lines(derived, prepared.formatter.punct.pair, bare_figures(prepared.summary))
    said = {
        line: label_value_warning(ref, line, locale, amount(derived, ref), quote_says(derived, ref, locale))
        for ref, line in lines.items()
    }
    sources = [str(s.title) for s in prepared.summary.sources.values()]  # a Sources slide's lines
    summaries = [s.summary for s in derived.sections.values() if s.summary]  # each clause on a slide
    # a figure's own sentence and what it says after its number: not in the notes alone
    details = [(f.sentence, words_beyond(f.own_sentence)) for f in derived.figures.values() if f.own_sentence]
    quotes = slide_quotes(derived.sections.values())  # on their slide where it has room
    # a record's tile mark and label: said in words on some slide (office/news_check.py)
    records = [(f.record_note, f.label) for page in derived.glance_pages for f in page if f.record_note]
    news = [f.label for page in derived.glance_pages for f in page if f.headline]  # its tile set apart
    from reportgen.office.quality import check_briefing, check_deck  # imports python-pptx: see `renderers`

    totals = given_totals(derived.figures.values(), derived.sections, locale, deck, derived.charts.values())
    dated = given_as_of(derived.figures.values(), derived.sections, deck)  # office/asof_check.py
    check = (
        partial(
            check_deck,
            sources=sources,
            summaries=summaries,
            totals=totals,
            dated=dated,
            details=details,
            quotes=quotes,
            records=records,
            news=news,
            untied=untied_sentences(derived.deck_sections, derived.charts),
            captioned=slide_captions(derived.deck_sections, derived.charts),
            named=named_clauses(derived.deck_sections, derived.charts),
        )
        if deck
        else partial(
            check_briefing,
            totals=totals,
            dated=dated,
            quotations=quotations_of(prepared.summary),
            # the news (office/band_news.py): the headline, a key figure proved a record
            news=figure_amounts(
                news_of(derived.figures.values()),
                locale,
            ),
        )
    )
    if document is not None:
        try:
            return check(document, display_path(final), amounts, locale, ordered, cited, drawn, said)
        except Exception:  # read from the file below, which says what went wrong
            pass
    try:
        return check(path, display_path(final), amounts, locale, ordered, cited, drawn, said)
    except Exception as exc:  # a template's oddity must not fail a build that rendered and verified
        return [f"{display_path(final)}: the document check could not read it ({type(exc).__name__}: {exc})"]


def _keep_headings(documents: list[Path], pdfs: list[Path], folder: Path, seconds: float) -> None:
    """Each briefing's PDF made again where LibreOffice left a heading at a page's foot, from a
    copy whose parted headings start a page, as Word lays them out (office/word_breaks.py)."""
    from reportgen.office.word_breaks import break_before_headings  # python-docx: see `renderers`

    made = {pdf.stem: pdf for pdf in pdfs}
    for document in documents:
        pdf = made.get(document.stem)
        if document.suffix.lower() != ".docx" or pdf is None:
            continue
        try:
            parted = parted_headings(pdf, document)
        except Exception:  # a PDF it cannot read: the page check says so
            continue
        if not parted:
            continue
        copies = folder / ".kept-headings"
        copies.mkdir(exist_ok=True)
        copy = copies / document.name
        if break_before_headings(document, parted, copy):
            to_pdfs([copy], folder, seconds)  # in the first PDF's place
        copy.unlink(missing_ok=True)
        copies.rmdir()


def _page_warnings(
    documents: list[Path], pdfs: list[Path], out_dir: Path, owners: dict[Path, dict[str, str]] | None = None
) -> list[str]:
    """The document check of each briefing's PDF (office/pdf_check.py): what only its pages show;
    of each deck's, a name a line's end breaks at its own hyphen (office/name_hyphens.py); and of
    each document's PDF, a unit a line's end parts (office/line_ends.py)."""
    warnings: list[str] = []
    made = {pdf.stem: pdf for pdf in pdfs}
    for document in documents:
        pdf = made.get(document.stem)
        if document.suffix.lower() not in (".docx", ".pptx") or pdf is None:
            continue
        shown = display_path(out_dir / pdf.name)
        try:
            if document.suffix.lower() == ".docx":
                warnings += check_briefing_pdf(pdf, document, shown, (owners or {}).get(document))
            else:
                warnings += check_deck_names(pdf, document, shown)  # 'Noord-' / 'Nederland'
            warnings += check_line_ends(pdf, shown)
        except Exception as exc:  # a PDF it cannot read must not fail a build that made it
            warnings.append(f"{shown}: the page check could not read it ({type(exc).__name__}: {exc})")
    return warnings


@contextmanager
def _drawing_limits() -> Iterator[None]:
    """Drawing outside a renderer runs under the same time and memory limits as rendering."""
    try:
        with render_limits():
            yield
    except RenderTimeout:
        raise OutputError("drawing the charts took too long") from None
    except MemoryError:
        raise OutputError(f"drawing the charts needed more than {RENDER_MEMORY // 2**20:,} MiB") from None


def _glyph_warnings(missing: dict[str, str], chart_fonts: tuple[str, ...]) -> list[str]:
    fonts = ", ".join(chart_fonts)
    return [
        f"chart {chart_id!r}: the characters {chars!r} have no glyph in the chart fonts ({fonts}) and show "
        "as boxes; install a font that has them (fonts-noto-cjk for Chinese, Japanese and Korean)"
        for chart_id, chars in missing.items()
    ]


#: Both renderers: (template, context, charts, formatter, output path) -> warnings.
Renderer = Callable[[Path, dict[str, Any], ChartSource, Formatter, Path], list[str]]


def _render(
    renderer: Renderer,
    template: Path,
    context: dict[str, Any],
    charts: ChartSource,
    fmt: Formatter,
    temp: Path,
    out_dir: Path,
) -> list[str]:
    """Run one renderer under the resource limits; every failure becomes a located, one-screen error."""
    name = display_path(template)
    try:
        with render_limits():
            return renderer(template, context, charts, fmt, temp)
    except ReportgenError:
        raise
    except RenderTimeout as exc:
        raise TemplateProblem(
            f"{name}: {exc}", hint="look for loops over large ranges in the template"
        ) from None
    except MemoryError:
        raise TemplateProblem(
            f"{name}: rendering needed more than {RENDER_MEMORY // 2**20:,} MiB of memory",
            hint="look for loops or repetitions that build very large text",
        ) from None
    except OSError as exc:
        raise os_error("write", out_dir, exc) from None
    except Exception as exc:  # a damaged template breaks the Office libraries in many ways
        if not template_fault(exc):
            raise  # a bug of ours: "internal error", exit 1, never blamed on the template
        raise TemplateProblem(
            f"{name}: the template could not be rendered ({type(exc).__name__}: {exc})",
            hint="it may be damaged: open it in Word or PowerPoint and save it again (--debug shows details)",
        ) from exc


__all__ = ["BuildResult", "OutputError", "build"]
