"""Data prepared once, the same way for every command: load -> validate -> project charts ->
formatter -> derive -> template context.

`build`, `validate` and `inspect` all start here, so they cannot disagree about an event: what
`validate` accepts, `build` can render, and `inspect` checks a template against the very names
`build` will hand it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen.data import messages
from reportgen.data.context import template_context
from reportgen.data.derive import Derived, derive, slugify
from reportgen.data.formatting import Formatter
from reportgen.data.load import load_event
from reportgen.data.logo import load_logo
from reportgen.data.model import EventSummary
from reportgen.data.phrases import missing_warning
from reportgen.data.project import Project, with_project_charts
from reportgen.errors import DataError


@dataclass(frozen=True)
class Prepared:
    """One event, ready for the renderers."""

    summary: EventSummary
    formatter: Formatter
    derived: Derived
    context: dict[str, Any]
    warnings: list[str] = field(default_factory=list)  # project charts it cannot feed; missing words

    @property
    def slug(self) -> str:
        return self.derived.slug


def formatter(summary: EventSummary) -> Formatter:
    """The event's formatter; an unknown locale is a data error."""
    try:
        return Formatter(summary.formatting.locale, dict(summary.formatting.currency_labels))
    except ValueError as exc:
        hint = "use a locale such as en_GB, en_US, zh_CN"
        raise DataError(f"formatting.locale: {exc}", hint=hint) from None


def _checked(path: Path, project: Project | None) -> EventSummary:
    summary, _ = with_project_charts(load_event(path), project)
    formatter(summary)
    return summary


def validate(path: Path, project: Project | None = None) -> EventSummary:
    """Load and check one event file, project charts and the files it names (its logo) included,
    as `build` checks them (DataError lists every problem)."""
    summary = _checked(path, project)
    if summary.event.logo:  # what build reads besides the event file, checked as build checks it
        load_logo(path, summary.event.logo)
    return summary


def prepare(path: Path, project: Project | None = None) -> Prepared:
    """Everything the renderers need from one event file."""
    summary, warnings = with_project_charts(load_event(path), project)
    fmt = formatter(summary)
    untranslated = missing_warning(fmt.locale)
    warnings = [*warnings, untranslated] if untranslated else warnings
    no_catalogue = messages.missing_warning(fmt.locale)
    warnings = [*warnings, no_catalogue] if no_catalogue else warnings
    derived = derive(summary, fmt)
    return Prepared(summary, fmt, derived, template_context(summary, derived), warnings)


def planned_outputs(path: Path, project: Project | None = None, pdf: bool = False) -> set[str]:
    """The file names a build of `path` would write (empty when the file does not load: the
    build itself reports why)."""
    try:
        summary = _checked(path, project)
    except DataError:
        return set()
    slug = slugify(summary.event)
    names = {f"{slug}-briefing.docx", f"{slug}-deck.pptx"}
    names |= {f"{slug}-chart-{chart_id}.png" for chart_id in summary.charts}
    if pdf:
        names |= {f"{slug}-briefing.pdf", f"{slug}-deck.pdf"}
    return names
