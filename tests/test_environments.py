"""Containers and odd environments: no HOME, a read-only HOME, LC_ALL=POSIX, non-ASCII paths and
no terminal. build, validate, init and --pdf work there, or fail with exit 5 in words; nothing
but reportgen's own lines reaches stderr (matplotlib's warning about its folder included)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main

from .conftest import WAIC, docx_text, pptx_slide_texts

BUNDLED_NOTICE = "no event files given and no data/ folder here: using the bundled example event\n"
#: A HOME that exists and cannot be written, even by root (/proc refuses new folders).
READ_ONLY_HOME = "/proc/self/fdinfo"


def _without_kind_notes(stderr: str) -> str:
    """stderr without build's notes of charts drawn otherwise than their `kind:` asks (a line each)."""
    return "".join(
        line for line in stderr.splitlines(keepends=True) if ": chart '" not in line or "(kind: " not in line
    )


def reportgen(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`reportgen ARGS` as `env -i` would start it: no HOME, no locale, no terminal, only `env`."""
    clean = {"PATH": "/usr/local/bin:/usr/bin:/bin", **env}
    command = [
        sys.executable,
        "-c",
        "import sys; sys.argv[0] = 'reportgen'; from reportgen.entry import main; main()",
    ]
    return subprocess.run(
        [*command, *args], cwd=cwd, env=clean, stdin=subprocess.DEVNULL, capture_output=True, timeout=600
    )


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "活动 événement"
    folder.mkdir()
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(
    "env",
    [{}, {"LC_ALL": "POSIX"}, {"HOME": READ_ONLY_HOME}, {"HOME": READ_ONLY_HOME, "LC_ALL": "POSIX"}],
    ids=["no-home", "posix-locale", "read-only-home", "read-only-home-posix"],
)
def test_init_validate_build_in_a_bare_environment(env: dict[str, str], odd_folder: Path) -> None:
    init = reportgen("init", "projet été", cwd=odd_folder, **env)
    assert init.returncode == 0, init.stderr
    assert (odd_folder / "projet été" / "reportgen.yaml").is_file()
    project = odd_folder / "projet été"
    check = reportgen("validate", cwd=project, **env)
    assert check.returncode == 0, check.stderr
    built = reportgen("build", "--force", cwd=project, **env)
    assert built.returncode == 0, built.stderr
    # only reportgen's own lines: its notes of charts drawn otherwise than their kind: asks
    assert _without_kind_notes(built.stderr.decode()) == "", "only reportgen's own lines may reach stderr"
    deck = next((project / "output").glob("*-deck.pptx"))
    assert any("Sample Expo" in text for text in pptx_slide_texts(deck))
    bundled = reportgen("build", "--out", "résultats", "--force", cwd=odd_folder, **env)
    assert bundled.returncode == 0, bundled.stderr
    assert _without_kind_notes(bundled.stderr.decode()) == BUNDLED_NOTICE
    assert "WAIC 2022" in docx_text(odd_folder / "résultats" / "waic-2022-briefing.docx")


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("env", [{}, {"LC_ALL": "POSIX"}], ids=["no-home", "posix-locale"])
def test_pdf_in_a_bare_environment_works(env: dict[str, str], odd_folder: Path) -> None:
    """No HOME, a POSIX locale, a folder named with accents: LibreOffice 7.4 cannot open such a path
    under a C locale ("type detection failed"), so reportgen gives it a plain ASCII path of its own
    and a UTF-8 locale (office_pdf/pdf.py); the PDFs are made."""
    done = reportgen("build", "--pdf", "--out", "sortie", cwd=odd_folder, **env)
    stderr = done.stderr.decode()
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr
    for name in ("waic-2022-deck.pdf", "waic-2022-briefing.pdf"):
        assert (odd_folder / "sortie" / name).read_bytes().startswith(b"%PDF-")


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_with_no_home_in_an_ascii_folder(tmp_path: Path) -> None:
    done = reportgen("build", "--pdf", "--out", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "waic-2022-briefing.pdf").read_bytes().startswith(b"%PDF")


def test_a_build_with_no_home_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A container run as a user id with no entry in /etc/passwd and no HOME: Path.home() raises.
    The template cache goes to a private folder in the temporary folder instead."""

    def no_home(cls: type[Path]) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(no_home))
    result = CliRunner().invoke(main, ["build", str(WAIC), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "WAIC 2022" in docx_text(tmp_path / "out" / "waic-2022-briefing.docx")
