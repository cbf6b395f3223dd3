"""The project file, reportgen.yaml: what a team shares across its events.

    templates: templates        # folder with briefing.docx and/or deck.pptx (relative to this file)
    output: output              # where documents go
    charts:                     # charts every event gets when it has the figures they draw
      reach: {title: Reach, kind: hbar, log_scale: true, figures: [reach.online_viewers, ...]}
    plan:
      fold: false               # every section keeps its own slides (an event's `deck:` still wins)

A project chart whose figures an event lacks is left out of that event's documents with a warning;
an event file may add charts of its own or replace a project chart by using the same id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field

from reportgen.data.load import load_model
from reportgen.data.model import (
    MAX_LANGUAGES,
    ChartSpec,
    EventSummary,
    Key,
    LocaleName,
    Text,
    _Strict,
    chart_problems,
)
from reportgen.names import CONFIG_NAME

HexColour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class ChartStyle(_Strict):
    """Colours and font for every chart, over the templates' themes (both documents)."""

    colours: list[HexColour] = Field(default_factory=list, max_length=12)
    font: Text | None = None


class PlanDefaults(_Strict):
    """The editorial plan's defaults for every event of the project (data/derive.py)."""

    fold: bool = True  # false: no section is folded into another slide unless its `deck:` says so


class ProjectConfig(_Strict):
    templates: str | None = None
    output: str | None = None
    charts: dict[Key, ChartSpec] = Field(default_factory=dict)
    author: Text | None = (
        None  # File > Properties > Author of every document (default: the event's short name)
    )
    company: Text | None = None  # ... > Company
    chart_style: ChartStyle | None = None
    #: Build every event in these languages (over each event's own formatting.languages/locale).
    languages: list[LocaleName] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    plan: PlanDefaults = Field(default_factory=PlanDefaults)


@dataclass(frozen=True)
class Project:
    """A loaded project file and the folder its relative paths start from."""

    config: ProjectConfig
    root: Path

    @property
    def templates(self) -> Path | None:
        return self.root / self.config.templates if self.config.templates else None

    @property
    def output(self) -> Path | None:
        return self.root / self.config.output if self.config.output else None


def load_project(path: Path | None) -> Project | None:
    """The project file at `path`, or ./reportgen.yaml when there is one, or None."""
    if path is None:
        path = Path(CONFIG_NAME)
        if not os.path.lexists(path):  # a link to nothing is an error below, not "no project"
            return None
    return Project(load_model(path, ProjectConfig, "a project file"), path.parent)


def with_project_charts(summary: EventSummary, project: Project | None) -> tuple[EventSummary, list[str]]:
    """The event with the project's charts added (event charts win) and its plan defaults applied
    (a section's own `deck:` wins); warnings for charts left out."""
    summary = _with_plan_defaults(summary, project)
    if project is None or not project.config.charts:
        return summary, []
    charts, warnings = {}, []
    for chart_id, spec in project.config.charts.items():
        if chart_id in summary.charts:
            continue
        problems = chart_problems(summary, chart_id, spec)
        if problems:
            warnings.append(f"{summary.event.short_name}: left out {'; '.join(problems)}")
            continue
        charts[chart_id] = spec
    charts.update(summary.charts)
    return summary.model_copy(update={"charts": charts}), warnings


def _with_plan_defaults(summary: EventSummary, project: Project | None) -> EventSummary:
    """`plan: {fold: false}`: each section the event leaves to the plan keeps its own slides."""
    if project is None or project.config.plan.fold:
        return summary
    sections = {
        sid: section.model_copy(update={"deck": "own-slide"}) if section.deck == "auto" else section
        for sid, section in summary.sections.items()
    }
    return summary.model_copy(update={"sections": sections})
