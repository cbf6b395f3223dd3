""".ci/run runs under the Windows and macOS shims only the tests of what a system provides (its
`shim_tests` list); the tests of wording, plans and layout run once, in the full run. This keeps the
list honest: every path it names exists (a renamed file would leave the shims silently), and every
test module that imports a system-facing module of reportgen or of Python is on it."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import ROOT

#: Imports that mark a test module as one of a system facility: reportgen's platform module and
#: the modules over files, locks, processes, signals and the office helper, and Python's own.
SYSTEM_IMPORT = re.compile(
    r"^(?:from|import) (?:reportgen\.(?:platform|inputs|commit|office_pdf|session|cluster)|"
    r"signal|fcntl|msvcrt|multiprocessing)\b|^from reportgen import platform\b",
    re.MULTILINE,
)


def shim_tests(run: str) -> list[str]:
    """The paths of the `shim_tests=( ... )` array in .ci/run."""
    found = re.search(r"^shim_tests=\(\n(.*?)\n\)$", run, re.MULTILINE | re.DOTALL)
    assert found is not None, ".ci/run has no shim_tests=( ... ) list"
    return found.group(1).split()


def listed(path: Path, paths: list[str]) -> bool:
    relative = path.relative_to(ROOT).as_posix()
    return any(relative == p or relative.startswith(p.rstrip("/") + "/") for p in paths)


def test_every_path_the_shim_suites_run_exists() -> None:
    paths = shim_tests((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert len(paths) > 10
    assert [p for p in paths if not (ROOT / p).exists()] == []


def test_every_test_module_of_a_system_facility_runs_under_the_shims() -> None:
    paths = shim_tests((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    modules = sorted((ROOT / "tests").rglob("test_*.py"))
    system = [m for m in modules if SYSTEM_IMPORT.search(m.read_text(encoding="utf-8"))]
    assert len(system) > 10  # the rule still finds them
    assert [m.relative_to(ROOT).as_posix() for m in system if not listed(m, paths)] == []
