"""A non-editable install works outside the repository (a wheel in a fresh virtual environment, in
an empty folder), its metadata is that of reportgen-events, and the committed templates are current."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import docx
import pptx
import pytest

from reportgen import DISTRIBUTION, __version__
from reportgen.project.resources import DOC_TOPICS

from ..conftest import ROOT
from ..test_distribution import relative_links

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
    (found,) = out.glob("reportgen_events-*.whl")
    return found


def test_wheel_carries_the_templates_and_the_bundled_event(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "reportgen/_bundled/templates/briefing.docx",
        "reportgen/_bundled/templates/deck.pptx",
        "reportgen/_bundled/data/waic2022.yaml",
        "reportgen/cli.py",
        *(f"reportgen/_bundled/docs/{topic}.md" for topic in DOC_TOPICS),
        f"reportgen_events-{__version__}.dist-info/licenses/LICENSE",
    ):
        assert name in names, name
    assert not any(name.startswith("reportgen/_bundled/docs/images") for name in names)


def _metadata(text: str):  # type: ignore[no-untyped-def]
    return Parser().parsestr(text)


def test_wheel_metadata_is_ours_and_its_description_has_no_relative_link(wheel: Path) -> None:
    metadata = _metadata(
        zipfile.ZipFile(wheel).read(f"reportgen_events-{__version__}.dist-info/METADATA").decode("utf-8")
    )
    assert (metadata["Name"], metadata["Version"], metadata["License-Expression"]) == (
        DISTRIBUTION,
        __version__,
        "MIT",
    )
    classifiers = metadata.get_all("Classifier")
    for system in ("Microsoft :: Windows", "MacOS", "POSIX :: Linux"):
        assert f"Operating System :: {system}" in classifiers
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Environment :: Console" in classifiers
    requires = metadata.get_all("Requires-Dist")
    for bounded in ("docxtpl<0.21,>=0.19", "python-docx<1.3,>=1.1", "python-pptx<1.1,>=1.0"):
        assert bounded in requires
    description = metadata.get_payload()
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert "`reportgen docs templates`" in description
    assert relative_links(description) == []


def test_sdist_carries_what_a_wheel_is_built_from_and_a_description_without_relative_links(
    tmp_path: Path,
) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (sdist,) = tmp_path.glob("reportgen_events-*.tar.gz")
    top = f"reportgen_events-{__version__}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
        info = archive.extractfile(f"{top}/PKG-INFO")
        assert info is not None
        metadata = _metadata(info.read().decode("utf-8"))
    for name in ("LICENSE", "README.md", "hatch_build.py", "pyproject.toml", "docs/templates.md"):
        assert f"{top}/{name}" in names, name
    assert not any("/output/" in name and not name.endswith(".gitkeep") for name in names)
    assert metadata["Name"] == DISTRIBUTION
    assert relative_links(metadata.get_payload()) == []


def _fresh_venv(where: Path) -> Path:
    """A new virtual environment whose only link to this one is a path to its installed libraries
    (a .pth line), so the wheel's dependencies resolve offline; not this environment's editable
    reportgen, whose own .pth file is not read from there. Returns the venv's Python."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / ("Scripts" if os.name == "nt" else "bin") / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(site, "test-environment.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return python


@pytest.mark.parametrize("system", ["linux", "windows", "macos"])
def test_wheel_in_a_fresh_venv_builds_in_an_empty_folder(wheel: Path, tmp_path: Path, system: str) -> None:
    """The done-means of a package that is its own: pip installs the wheel by its name, offline,
    into a fresh venv outside the repository, and `reportgen build` in an empty folder writes the
    bundled event's documents; also as on Windows and macOS, under the shims of tests/shims/
    (docs/platforms.md), which the installed copy finds through PYTHONPATH like any sitecustomize."""
    python = _fresh_venv(tmp_path / "venv")
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-index",
            "--find-links",
            str(wheel.parent),
            "--force-reinstall",  # this environment's editable copy has the same name and version
            "--no-deps",
            DISTRIBUTION,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    program = python.with_name("reportgen")
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env |= {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    if system != "linux":
        env["PYTHONPATH"] = str(ROOT / "tests" / "shims" / system)
    empty = tmp_path / "empty"
    empty.mkdir()
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m, reportgen, reportgen.platform as p; "
            f"print(reportgen.__file__); print(m.version({DISTRIBUTION!r})); print(p.fork_start())",
        ],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert Path(where[0]).is_relative_to(tmp_path / "venv"), where
    assert where[1] == __version__
    assert where[2] == ("None" if system == "windows" else "fork")  # the shim is in force
    built = subprocess.run(
        [str(program), "build"], cwd=empty, env=env, capture_output=True, text=True, timeout=300
    )
    assert built.returncode == 0, built.stderr
    assert "wrote output/waic-2022-briefing.docx" in built.stdout
    briefing = docx.Document(str(empty / "output" / "waic-2022-briefing.docx"))
    text = "\n".join(paragraph.text for paragraph in briefing.paragraphs).replace("\u00a0", " ")
    assert "World Artificial Intelligence Conference 2022" in text
    deck = pptx.Presentation(str(empty / "output" / "waic-2022-deck.pptx"))
    first = " ".join(shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame)
    first = first.replace("\u00a0", " ")  # a title's last two words are tied
    assert "World Artificial Intelligence Conference 2022" in first
    assert len(deck.slides) >= 7
    guide = subprocess.run(
        [str(program), "docs", "templates"], cwd=empty, env=env, capture_output=True, text=True, timeout=60
    )
    assert guide.stdout == (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")


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
        [sys.executable, "-c", "import reportgen.project.resources as r; print(r.bundled('templates'))"],
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
