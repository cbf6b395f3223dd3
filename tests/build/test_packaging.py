"""A non-editable install works outside the repository, and the committed templates are current."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.slow  # subprocesses, signals, wheels or hundreds of builds


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="hatchling (in the test extra) builds the wheel")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("reportgen-*.whl")
    return found


def test_wheel_carries_the_templates_and_the_bundled_event(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "reportgen/_bundled/templates/briefing.docx",
        "reportgen/_bundled/templates/deck.pptx",
        "reportgen/_bundled/data/waic2022.yaml",
        "reportgen/cli.py",
    ):
        assert name in names, name


def test_installed_reportgen_builds_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    """Install the wheel (not the source tree) and build from a folder that has no data/ or templates/."""
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}  # the installed copy comes before the checkout
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run(
        [sys.executable, "-c", "import reportgen.build.resources as r; print(r.bundled('templates'))"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert where == str(site / "reportgen" / "_bundled" / "templates")
    result = subprocess.run(
        [sys.executable, "-m", "reportgen", "build"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert (work / "output" / "waic-2022-deck.pptx").is_file()
    assert (work / "output" / "waic-2022-briefing.docx").is_file()
    init = subprocess.run(
        [sys.executable, "-m", "reportgen", "init", "fresh"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert init.returncode == 0, init.stderr
    fresh = subprocess.run(
        [sys.executable, "-m", "reportgen", "build"],
        cwd=work / "fresh",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert fresh.returncode == 0, fresh.stderr
    assert (work / "fresh" / "output" / "sample-expo-briefing.docx").is_file()


def test_committed_templates_are_what_the_script_makes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_templates.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for name in ("briefing.docx", "deck.pptx"):
        assert (tmp_path / name).read_bytes() == (ROOT / "templates" / name).read_bytes(), (
            f"templates/{name} is out of date: run python scripts/make_templates.py"
        )
