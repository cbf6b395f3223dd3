"""build(): the whole pipeline as one readable function.

    event YAML -> load & validate -> derive -> charts (cached) -> briefing + deck -> check -> commit

Everything the CLI does is callable from here; nothing here prints or exits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen.build.output import os_error, prepare_folder, refuse_link, staging
from reportgen.build.pdf import convert, find_soffice
from reportgen.build.settings import Settings
from reportgen.charts import RenderedChart, cached_chart
from reportgen.charts.theme import Theme
from reportgen.data.derive import ChartData, alt_text
from reportgen.data.formatting import Formatter
from reportgen.data.prepare import planned_outputs, prepare
from reportgen.data.project import Project
from reportgen.errors import DataError, OutputError, ReportgenError, TemplateProblem, display_path
from reportgen.office.limits import RENDER_MEMORY, RenderTimeout, render_limits
from reportgen.office.powerpoint import render_deck
from reportgen.office.verify import literal_tags, verify_output
from reportgen.office.word import render_briefing

CACHE_FOLDER = ".reportgen-cache"


@dataclass
class BuildResult:
    event: str
    files: list[Path] = field(default_factory=list)
    charts_drawn: int = 0
    charts_cached: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


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


def build(event_file: Path, settings: Settings) -> BuildResult:
    """Build the briefing, the deck and the chart images of one event, as `settings` say."""
    started = time.perf_counter()
    out_dir, theme = settings.out_dir, settings.theme
    if settings.pdf:
        find_soffice()  # before any work: a missing LibreOffice should not cost a whole build
    prepared = prepare(event_file, settings.project)
    summary, fmt, derived, context = prepared.summary, prepared.formatter, prepared.derived, prepared.context
    chart_warnings = list(prepared.warnings)
    briefing_template, deck_template = settings.briefing_template, settings.deck_template
    prepare_folder(out_dir)
    result = BuildResult(event=summary.event.short_name, warnings=chart_warnings)

    with staging(out_dir) as stage:
        images: dict[str, tuple[Path, str]] = {}
        cache = out_dir / CACHE_FOLDER if settings.use_cache else None
        if cache is not None:
            refuse_link(cache, "the chart cache")
        for chart_id, data in derived.charts.items():
            chart = _draw(chart_id, data, theme, cache)
            if chart.cache_note:
                result.warnings.append(f"chart {chart_id!r}: {chart.cache_note}")
            result.charts_cached += chart.from_cache
            result.charts_drawn += not chart.from_cache
            if chart.missing_glyphs:
                fonts = ", ".join(theme.chart_fonts)
                result.warnings.append(
                    f"chart {chart_id!r}: the characters {chart.missing_glyphs!r} have no glyph in the chart "
                    f"fonts ({fonts}) and show as boxes; install a font that has them "
                    "(fonts-noto-cjk for Chinese, Japanese and Korean)"
                )
            final = out_dir / f"{derived.slug}-chart-{chart_id}.png"
            images[chart_id] = (stage.write_bytes(final, chart.png), alt_text(data))

        briefing = out_dir / f"{derived.slug}-briefing.docx"
        deck = out_dir / f"{derived.slug}-deck.pptx"
        briefing_temp, deck_temp = stage.path_for(briefing), stage.path_for(deck)
        for renderer, template, temp in (
            (render_briefing, briefing_template, briefing_temp),
            (render_deck, deck_template, deck_temp),
        ):
            result.warnings += _render(renderer, template, context, images, fmt, temp, out_dir)
        for final, temp, template in (
            (briefing, briefing_temp, briefing_template),
            (deck, deck_temp, deck_template),
        ):
            problems = verify_output(temp, template, literal_tags(context))
            if problems:
                raise TemplateProblem(
                    f"{display_path(template)}: the rendered {final.suffix} did not pass its "
                    f"checks: {'; '.join(problems)}"
                )
        if settings.pdf:
            for pdf_file in convert([briefing_temp, deck_temp], stage.area, settings.pdf_seconds):
                stage.path_for(out_dir / pdf_file.name)
        result.files = stage.commit()

    result.seconds = time.perf_counter() - started
    return result


def _draw(chart_id: str, data: ChartData, theme: Theme, cache: Path | None) -> RenderedChart:
    """One chart, drawn under the same time and memory limits as rendering."""
    try:
        with render_limits():
            return cached_chart(data, theme, cache)
    except RenderTimeout:
        raise OutputError(f"chart {chart_id!r} took too long to draw") from None
    except MemoryError:
        raise OutputError(
            f"chart {chart_id!r} needed more than {RENDER_MEMORY // 2**20:,} MiB to draw"
        ) from None


#: Both renderers: (template, context, images, formatter, output path) -> warnings.
Renderer = Callable[[Path, dict[str, Any], dict[str, tuple[Path, str]], Formatter, Path], list[str]]


def _render(
    renderer: Renderer,
    template: Path,
    context: dict[str, Any],
    images: dict[str, tuple[Path, str]],
    fmt: Formatter,
    temp: Path,
    out_dir: Path,
) -> list[str]:
    """Run one renderer under the resource limits; every failure becomes a located, one-screen error."""
    name = display_path(template)
    try:
        with render_limits():
            return renderer(template, context, images, fmt, temp)
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
        raise TemplateProblem(
            f"{name}: the template could not be rendered ({type(exc).__name__}: {exc})",
            hint="it may be damaged: open it in Word or PowerPoint and save it again (--debug shows details)",
        ) from exc


__all__ = ["BuildResult", "OutputError", "build"]
