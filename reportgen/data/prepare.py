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

from reportgen.data import register, translations
from reportgen.data.context import template_context
from reportgen.data.derive import Derived, derive, slugify
from reportgen.data.formatting import Formatter
from reportgen.data.kept_qualifiers import (
    contrary_qualifier_warnings,
    lost_qualifier_warnings,
    withheld,
    wrong_number_fields,
)
from reportgen.data.language_gaps import language_warning
from reportgen.data.load import load_event, located
from reportgen.data.logo import load_logo
from reportgen.data.model import EventSummary, reference_problems
from reportgen.data.plan_view import caption_changes, kind_changes
from reportgen.data.project import Project, with_project_charts
from reportgen.data.role_register import polite_roles
from reportgen.data.translations import dotted
from reportgen.errors import DataError, Problem, counted, display_path


@dataclass(frozen=True)
class Prepared:
    """One event, ready for the renderers."""

    summary: EventSummary
    formatter: Formatter
    derived: Derived
    context: dict[str, Any]
    warnings: list[str] = field(default_factory=list)  # project charts it cannot feed; missing words
    #: What build says besides: a chart whose `kind:` the plan changes (plan_view.kind_changes), a
    #: caption printed in neither document (plan_view.caption_changes).
    notes: list[str] = field(default_factory=list)
    #: Added to each output's name when the event is built in several languages (".zh_CN").
    suffix: str = ""
    #: `validate`'s words for the texts that say a figure other than it is, which `summary` no
    #: longer holds (kept_qualifiers.withheld): no document prints them.
    wrong: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.derived.slug

    def file_name(self, what: str, extension: str) -> str:
        """The name of one output: waic-2022-briefing.docx, or waic-2022-briefing.zh_CN.docx."""
        return output_name(self.slug, what, extension, self.suffix)


def output_name(slug: str, what: str, extension: str, suffix: str = "") -> str:
    """The one place output file names are made (planned_outputs and the build agree)."""
    return f"{slug}-{what}{suffix}.{extension}"


def languages(summary: EventSummary, project: Project | None = None) -> list[str]:
    """The languages an event is built in: the project file's `languages`, else the event's
    `formatting.languages`, else its one `formatting.locale`."""
    if project is not None and project.config.languages:
        return list(project.config.languages)
    return summary.formatting.editions


def editions(summary: EventSummary, project: Project | None = None) -> list[tuple[EventSummary, str]]:
    """One single-language event per language, with the suffix of its outputs' names: the same
    figures, charts and dates in each (the same objects), the words of its language."""
    wanted = languages(summary, project)
    table = summary._translations
    # one name for every edition, even where short_name is translated
    slug = slugify(summary.event, summary._stem)
    found = []
    for language in wanted:
        one = translations.project(summary, table, language) if table is not None else summary
        settings = one.formatting.model_copy(update={"locale": language, "languages": []})
        event = one.event if one.event.slug == slug else one.event.model_copy(update={"slug": slug})
        suffix = f".{language}" if len(wanted) > 1 else ""
        found.append((one.model_copy(update={"formatting": settings, "event": event}), suffix))
    return found


def translation_warnings(summary: EventSummary, project: Project | None = None) -> list[str]:
    """A warning for each translated text that lacks one of the languages built, and for each text
    written once that reads as another language than an edition's."""
    table = summary._translations
    if table is None:
        return []
    return [
        warning
        for language in languages(summary, project)
        for found in (translations.missing, translations.foreign_warnings)
        for warning in found(table, language)
    ]


def language_warnings(summary: EventSummary, project: Project | None = None) -> list[str]:
    """For `validate`: the warning `build` gives each edition whose language has no words here
    (data/language_gaps.py), once a language."""
    said = (language_warning(edition.formatting.locale) for edition, _ in editions(summary, project))
    return list(dict.fromkeys(w for w in said if w))


def currencies(summary: EventSummary) -> frozenset[str]:
    """Every currency the event's amounts are in: its figures', their parts' and conversions'."""
    found: set[str] = set()
    for section in summary.sections.values():
        for figure in section.figures.values():
            for each in (figure, *figure.breakdown.values()):
                found |= {each.currency} if each.currency else set()
                found |= set(each.conversions)
    return frozenset(found)


def formatter(summary: EventSummary, where: str = "formatting.locale") -> Formatter:
    """The event's formatter; an unknown locale is a data error (`where`: the file and field
    that named it)."""
    try:
        polite = register.polite(register.narrative(summary), summary.formatting.locale)
        labels = dict(summary.formatting.currency_labels)
        return Formatter(summary.formatting.locale, labels, polite, currencies(summary))
    except ValueError as exc:
        hint = "use a locale such as en_GB, en_US, zh_CN"
        raise DataError(f"{where}: {exc}", hint=hint) from None


def _checked(path: Path, project: Project | None) -> EventSummary:
    summary, _ = with_project_charts(load_event(path), project)
    for edition, _suffix in editions(summary, project):
        formatter(edition, _where(path, summary, project))
        _renderable(path, summary, edition)
    return summary


def _renderable(path: Path, whole: EventSummary, edition: EventSummary) -> None:
    """What the event's checks say of one language's texts (a translated chart label too long to
    draw), as load_event says it of the first language's."""
    if edition is whole or whole._translations is None or not whole._translations.entries:
        return
    language = edition.formatting.locale
    problems = [
        Problem(display_path(path), f"in {language}: {message}", path=dotted(place))
        for place, message in reference_problems(edition)
    ]
    if problems:
        raise DataError(f"{display_path(path)}: {counted(len(problems), 'problem')} in {language}", problems)


def _where(path: Path, summary: EventSummary, project: Project | None) -> str:
    """The field that chose the editions' locales, for an error about one of them."""
    if project is not None and project.config.languages:
        return "languages (the project file)"
    if summary.formatting.languages:
        return f"{display_path(path)}: formatting.languages"
    return "formatting.locale"


def validate(path: Path, project: Project | None = None) -> EventSummary:
    """Load and check one event file, project charts and the files it names (its logo) included,
    as `build` checks them (DataError lists every problem)."""
    summary = _checked(path, project)
    if summary.event.logo:  # what build reads besides the event file, checked as build checks it
        load_logo(path, summary.event.logo)
    return summary


def prepare(path: Path, project: Project | None = None) -> Prepared:
    """Everything the renderers need from one event file, in its first language."""
    return prepare_editions(path, project)[0]


def prepare_editions(path: Path, project: Project | None = None) -> list[Prepared]:
    """Everything the renderers need from one event file, once per language it is built in."""
    whole, warnings = with_project_charts(load_event(path), project)
    if whole._translations is not None:  # one line a language: `validate` lists each text
        table, wanted = whole._translations, languages(whole, project)
        summaries = [translations.missing_summary(table, x) for x in wanted]
        summaries += [translations.foreign_summary(table, x) for x in wanted]
        warnings = [*warnings, *(summary for summary in summaries if summary)]
    prepared = []
    for summary, suffix in editions(whole, project):
        fmt = formatter(summary, _where(path, whole, project))
        _renderable(path, whole, summary)
        said = list(warnings)
        untranslated = language_warning(fmt.locale)  # `validate` says it too (language_warnings)
        said += [untranslated] if untranslated else []
        # a qualified figure's number the file's own text writes bare: it prints as exact; a verb
        # beside {value} that says another bound than the figure's qualifier ('exceeded nearly')
        wrong = lost_qualifier_warnings(summary, fmt) + contrary_qualifier_warnings(summary, fmt)
        said += [located(path, w) for w in wrong]
        # either text is printed nowhere, notes and alt text included, until the author fixes it
        summary = withheld(summary, wrong_number_fields(summary, fmt))
        summary = polite_roles(summary, fmt.locale, fmt.polite)  # a role ends our sentence
        derived = derive(summary, fmt)
        context = template_context(summary, derived)
        changed = kind_changes(summary, derived, fmt.locale if suffix else "")
        changed += caption_changes(summary, derived, fmt.locale if suffix else "")  # review YY3 #2
        notes = [f"{display_path(path)}: {line}" for line in changed]
        edition = Prepared(summary, fmt, derived, context, said, suffix=suffix, notes=notes, wrong=wrong)
        prepared.append(edition)
    return prepared


def planned_outputs(path: Path, project: Project | None = None, pdf: bool = False) -> set[str]:
    """The file names a build of `path` would write (empty when the file does not load: the
    build itself reports why). A chart's picture is named whether or not the plan draws it (one
    printed as a sentence has none, and its build removes an earlier one): the name is the event's."""
    try:
        summary = _checked(path, project)
    except DataError:
        return set()
    names = set()
    for edition, suffix in editions(summary, project):
        slug = slugify(edition.event)
        names |= {output_name(slug, "briefing", "docx", suffix), output_name(slug, "deck", "pptx", suffix)}
        names |= {output_name(slug, f"chart-{chart_id}", "png", suffix) for chart_id in edition.charts}
        if pdf:
            names |= {output_name(slug, "briefing", "pdf", suffix), output_name(slug, "deck", "pdf", suffix)}
    return names
