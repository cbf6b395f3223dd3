"""The session's options and the settings' flags are one set of facts: Flags are built from Options."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from reportgen.project.settings import Flags
from reportgen.session.session import Options


def test_the_settings_flags_are_built_from_the_session_options() -> None:
    options = Options(
        files=(Path("a.yaml"),),
        out_dir=Path("o"),
        templates_dir=Path("t"),
        config_file=Path("c.yaml"),
        use_cache=False,
        pdf=True,
        pdf_timeout=5.0,
    )
    assert options.flags() == Flags(
        files=(Path("a.yaml"),),
        out_dir=Path("o"),
        templates_dir=Path("t"),
        config_file=Path("c.yaml"),
        use_cache=False,
        pdf=True,
        pdf_seconds=5.0,
    )


def test_every_flag_has_its_option() -> None:
    """A new flag of the settings needs an option of the session (and a line in Options.flags)."""
    renamed = {"pdf_seconds": "pdf_timeout"}
    assert {renamed.get(f.name, f.name) for f in fields(Flags)} <= {f.name for f in fields(Options)}
