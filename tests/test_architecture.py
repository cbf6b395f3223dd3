"""The house rules as tests: import layers (import-linter), and one table of exit codes that the
README, `--help` and the code share."""

from __future__ import annotations

import re
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

from click.testing import CliRunner

from reportgen.cli import main
from reportgen.errors import EXIT_MEANINGS, ExitCode

from .conftest import ROOT


def test_import_layers_hold() -> None:
    """`data` imports no renderer or build, renderers no build, no cycles (pyproject's contracts)."""
    program = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(program)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_readme_lists_exactly_the_exit_codes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    codes = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert codes == {int(code) for code in ExitCode}


def test_help_lists_every_exit_code() -> None:
    text = CliRunner().invoke(main, ["build", "--help"]).output
    for code, words in EXIT_MEANINGS.items():
        assert f"{int(code):>3}  {words}" in text
    assert set(EXIT_MEANINGS) == set(ExitCode)


def test_office_xml_names_live_in_one_module() -> None:
    """Nowhere but office/ooxml.py writes an Office namespace URI or builds an XML parser."""
    package = ROOT / "reportgen"
    offenders = []
    for path in package.rglob("*.py"):
        if path == package / "office" / "ooxml.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "schemas.openxmlformats.org" in text or "XMLParser(" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_tests_mirror_the_package(request) -> None:
    """tests/<room>/ for each subpackage of reportgen, collected by pytest with its own defaults: no
    room is named as a folder that tools skip (pytest skips `build`, `dist`, `venv`...), so no
    override of `norecursedirs` is needed for one."""
    rooms = sorted(p.parent.name for p in (ROOT / "reportgen").glob("*/__init__.py"))
    assert {"data", "charts", "office", "session", "pipeline", "commit"} <= set(rooms)
    skipped = request.config.getini("norecursedirs")
    assert "build" in skipped  # pytest's default list, not an override
    for room in rooms:
        assert not any(fnmatch(room, pattern) for pattern in skipped), room
        assert list((ROOT / "tests" / room).glob("test_*.py")), room
