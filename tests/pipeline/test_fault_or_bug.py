"""A template's fault (exit 4, the template named) is told apart from a bug of ours (exit 1,
"internal error"): a planted bug in our rendering code must never read "your template may be damaged"."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from reportgen.cli import main
from reportgen.office import powerpoint
from reportgen.office.faults import template_fault

from ..conftest import TEMPLATES, WAIC
from .hostile_more import positions_not_numbers

BUG = (
    "internal error: RuntimeError: planted bug\n"
    "This is a bug in reportgen. Run again with --debug and report the output."
)


def _planted(*args: object, **kwargs: object) -> None:
    raise RuntimeError("planted bug")


def _damaged_deck(folder: Path) -> Path:
    """The default deck with its shapes' positions not numbers: python-pptx fails reading them."""
    folder.mkdir()
    (folder / "deck.pptx").write_bytes(positions_not_numbers((TEMPLATES / "deck.pptx").read_bytes()))
    return folder


def test_a_damaged_template_is_the_templates_fault(tmp_path: Path) -> None:
    templates = _damaged_deck(tmp_path / "templates")
    args = ["build", str(WAIC), "--out", str(tmp_path / "out"), "--templates", str(templates)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 4, result.output
    assert (
        f"error: {templates / 'deck.pptx'}: the template could not be rendered "
        "(ValueError: invalid literal for int() with base 10: 'abc')\n"
        "hint: it may be damaged: open it in Word or PowerPoint and save it again (--debug shows details)"
    ) in result.output


@pytest.mark.parametrize("debug", [False, True])
def test_a_bug_of_ours_is_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug: bool
) -> None:
    monkeypatch.setattr(powerpoint, "deck_look", _planted)
    args = ["build", str(WAIC), "--out", str(tmp_path / "out"), "--templates", str(TEMPLATES)]
    result = CliRunner().invoke(main, args + ["--debug"] * debug)
    assert result.exit_code == 1, result.output
    assert BUG in result.output
    assert "damaged" not in result.output
    assert "could not be rendered" not in result.output
    assert ("Traceback (most recent call last)" in result.output) is debug
    assert not (tmp_path / "out" / "waic-2022-deck.pptx").exists()


def _raised(action: object) -> BaseException:
    try:
        action()  # type: ignore[operator]
    except Exception as exc:
        return exc
    raise AssertionError("nothing raised")


def test_whose_fault_is_decided_by_where_it_was_raised() -> None:
    # a library's own error is the template's, even when our code made the call
    assert template_fault(_raised(lambda: etree.fromstring(b"<a>")))
    assert template_fault(_raised(lambda: zipfile.ZipFile(__import__("io").BytesIO(b"not a zip"))))
    # raised inside python-pptx while it read the template
    from pptx.oxml.simpletypes import ST_Coordinate

    assert template_fault(_raised(lambda: ST_Coordinate.convert_from_xml("abc")))
    # raised in our own code (here a test of ours stands in for it: it is outside the libraries)
    assert not template_fault(_raised(lambda: {}["missing"]))
    assert not template_fault(_raised(lambda: _planted()))


@pytest.mark.parametrize("command", ["build", "watch"])
def test_a_bug_outside_any_events_build_is_an_internal_error_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """A bug in the session's own code (here: the one CI met, a lost Dask scheduler's
    RuntimeError from the progress line) printed Python's traceback and exited 1 without words."""
    from reportgen.session import session

    monkeypatch.setattr(session, "_session", _planted)
    args = [command, str(WAIC), "--out", str(tmp_path / "out"), "--templates", str(TEMPLATES)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert result.output.endswith(BUG + "\n")
    assert "Traceback" not in result.output
