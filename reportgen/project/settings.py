"""Settings, settled once, in one place.

Four sources, the first that says something wins:

1. the command line's flags;
2. the project file, `reportgen.yaml`, found in the current folder or any folder above it (as git
   finds `.git`), so a command run from inside a project's `data/` still builds that project; one
   found in a folder someone else can write is refused (`project/trust.py`);
3. the project's folder conventions: `data/`, `templates/` and `output/` beside the project file
   (or in the current folder when there is none);
4. the bundled defaults: the default templates and, with no event file anywhere, the example event.

The result is one frozen `Settings` that `build()` takes. Every value remembers where it came
from; `reportgen build --verbose` prints that.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.charts.theme import DEFAULT_THEME, Theme
from reportgen.data.project import Project, load_project
from reportgen.errors import TemplateProblem, display_path
from reportgen.names import CONFIG_NAME, TEMPLATE_NAMES
from reportgen.office_pdf.pdf import PDF_SECONDS
from reportgen.project.resources import bundled, bundled_events
from reportgen.project.trust import find_project_file, refuse_untrusted, why_trusted


@dataclass(frozen=True)
class Flags:
    """What the command line said; None (or empty) where it said nothing."""

    files: tuple[Path, ...] = ()
    out_dir: Path | None = None
    templates_dir: Path | None = None
    config_file: Path | None = None
    use_cache: bool = True
    pdf: bool = False
    pdf_seconds: float = PDF_SECONDS


@dataclass(frozen=True)
class Settings:
    """Everything a build needs to know besides the event itself."""

    out_dir: Path
    briefing_template: Path
    deck_template: Path
    events: tuple[Path, ...] = ()
    project: Project | None = None
    theme: Theme = DEFAULT_THEME
    use_cache: bool = True
    pdf: bool = False
    pdf_seconds: float = PDF_SECONDS
    origins: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)  # (name, value, source)
    notes: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def simple(
        cls,
        out_dir: Path,
        templates_dir: Path | None = None,
        *,
        project: Project | None = None,
        use_cache: bool = True,
        pdf: bool = False,
        pdf_seconds: float = PDF_SECONDS,
    ) -> Settings:
        """Settings for a library caller: an output folder, and a templates folder if any (files it
        lacks come from the defaults)."""
        briefing, deck = (_template(name, templates_dir)[0] for name in TEMPLATE_NAMES)
        return cls(out_dir, briefing, deck, (), project, DEFAULT_THEME, use_cache, pdf, pdf_seconds)

    def explain(self) -> list[str]:
        """One line per setting: its value and where it came from (for --verbose)."""
        return [f"{name} = {value}  ({source})" for name, value, source in self.origins]


def settle(flags: Flags, cwd: Path | None = None) -> Settings:
    """Merge flags, the project file, the folder conventions and the bundled defaults."""
    cwd = cwd or Path.cwd()
    origins: list[tuple[str, str, str]] = []
    notes: list[str] = []

    config = flags.config_file or find_project_file(cwd)
    if config is not None and flags.config_file is None:
        refuse_untrusted(config)
    project = load_project(config) if config is not None else None
    root = project.root if project is not None else cwd
    where_project = display_path(config) if config is not None else ""
    if flags.config_file:
        origins.append(("project file", where_project, "--config"))
    else:
        origins.append(
            (
                "project file",
                where_project or "none",
                why_trusted(config) if config else f"no {CONFIG_NAME} here or above",
            )
        )

    if flags.files:
        events, source = tuple(flags.files), "command line"
    else:
        local = sorted((root / "data").glob("*.yaml")) + sorted((root / "data").glob("*.yml"))
        if local:
            events, source = tuple(local), f"every YAML file in {display_path(root / 'data')}"
        else:
            events, source = tuple(bundled_events()), "bundled example (no data/ folder)"
            notes.append("no event files given and no data/ folder here: using the bundled example event")
    origins.append(("events", ", ".join(display_path(p) for p in events), source))

    if flags.out_dir is not None:
        out_dir, source = flags.out_dir, "--out"
    elif project is not None and project.output is not None:
        out_dir, source = project.output, f"{where_project}: output"
    else:
        out_dir, source = (
            root / "output",
            "convention: output/ beside the project" if project else "convention",
        )
    origins.append(("output folder", display_path(out_dir), source))

    if flags.templates_dir is not None:
        templates_dir, source = flags.templates_dir, "--templates"
    elif project is not None and project.templates is not None:
        templates_dir, source = project.templates, f"{where_project}: templates"
    elif (root / "templates").is_dir():
        templates_dir, source = root / "templates", "convention: templates/"
    else:
        templates_dir, source = None, "bundled defaults"
    chosen = []
    for name in TEMPLATE_NAMES:
        path, from_default = _template(name, templates_dir)
        chosen.append(path)
        origins.append((name, display_path(path), "bundled default" if from_default else source))

    origins.append(
        (
            "chart cache",
            "off" if not flags.use_cache else "on",
            "--no-cache" if not flags.use_cache else "default",
        )
    )
    if flags.pdf:
        origins.append(("pdf", f"yes, within {flags.pdf_seconds:g} s", "--pdf"))
    return Settings(
        out_dir=out_dir,
        briefing_template=chosen[0],
        deck_template=chosen[1],
        events=events,
        project=project,
        use_cache=flags.use_cache,
        pdf=flags.pdf,
        pdf_seconds=flags.pdf_seconds,
        origins=tuple(origins),
        notes=tuple(notes),
    )


def _template(name: str, templates_dir: Path | None) -> tuple[Path, bool]:
    """The template `name` from `templates_dir` when it holds one (even an unreadable one: a named
    template is never silently replaced), else the bundled default; and whether it is the default."""
    if templates_dir is not None:
        if not templates_dir.is_dir():
            raise TemplateProblem(f"{display_path(templates_dir)}: no such templates folder")
        if os.path.lexists(templates_dir / name):
            return templates_dir / name, False
    return bundled("templates") / name, True
