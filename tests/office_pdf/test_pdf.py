"""`reportgen build --pdf`: real conversions, and LibreOffice missing, hanging, failing silently or
drawing the wrong number of pages: each is an environment error that changes no earlier output."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from reportgen.cli import main
from reportgen.commit.output import STAGING_PREFIX
from reportgen.office_pdf.pdf import office_environment, private_folder, private_folders_of, profile_url

from ..conftest import TEMPLATES, WAIC, digests, live_processes, seen

pytestmark = pytest.mark.slow  # every test builds with --pdf, through LibreOffice or a stand-in


def fake_soffice(tmp_path: Path, body: str) -> Path:
    """A stand-in for soffice: a Python script given LibreOffice's arguments."""
    script = tmp_path / "fake-soffice"
    script.write_text(
        f"#!{sys.executable}\nimport sys, time, pathlib\nargs = sys.argv[1:]\n"
        f"outdir = pathlib.Path(args[args.index('--outdir') + 1])\n"
        f"documents = [pathlib.Path(a) for a in args if a.endswith(('.docx', '.pptx'))]\n{body}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    out = tmp_path / "out"
    assert (
        CliRunner()
        .invoke(main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES)])
        .exit_code
        == 0
    )
    return out, digests(out)


def build_pdf(out: Path, *extra: str):
    return CliRunner().invoke(
        main, ["build", str(WAIC), "--out", str(out), "--templates", str(TEMPLATES), "--pdf", *extra]
    )


@pytest.mark.libreoffice
def test_pdf_copies_of_both_documents(soffice: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = build_pdf(out)
    assert result.exit_code == 0, result.output
    deck = PdfReader(str(out / "waic-2022-deck.pdf"))
    assert len(deck.pages) == len(Presentation(str(out / "waic-2022-deck.pptx")).slides)
    briefing = PdfReader(str(out / "waic-2022-briefing.pdf"))
    assert 2 <= len(briefing.pages) <= 4
    assert "more than 638 million" in seen(" ".join(p.extract_text() for p in briefing.pages))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "--pdf needs LibreOffice, and '/nowhere/soffice' was not found"),
        ("time.sleep(120)", "LibreOffice did not finish converting to PDF within 2 s"),
        ("sys.exit(0)", "LibreOffice made no PDF of waic-2022-briefing.docx"),
        (
            "[(outdir / (d.stem + '.pdf')).write_bytes(b'%PDF-1.4 /Type /Page') for d in documents]",
            "LibreOffice's PDF of waic-2022-deck.pptx has 1 pages for 8 slides",
        ),
        (
            # a helper that inherits LibreOffice's output and outlives it must not keep us waiting
            "import subprocess; subprocess.Popen(['sleep', '301']); sys.exit(0)",
            "LibreOffice made no PDF of waic-2022-briefing.docx",
        ),
    ],
    ids=["missing", "hanging", "silent-failure", "blank-slides", "helper-holds-the-pipes"],
)
def test_libreoffice_failures_change_nothing(
    body: str | None, message: str, earlier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, before = earlier
    program = "/nowhere/soffice" if body is None else str(fake_soffice(tmp_path, body))
    monkeypatch.setenv("REPORTGEN_SOFFICE", program)
    result = build_pdf(out, "--pdf-timeout", "2")
    assert result.exit_code == 5, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert digests(out) == before
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    if body and "sleep" in body:
        assert not live_processes(program), "the hanging LibreOffice was left running"
    if body and "301" in body:
        assert not live_processes("sleep\x00301"), "a helper of LibreOffice outlived the build"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_pdf_with_spaces_percent_and_accents_in_the_path(soffice: str, tmp_path: Path) -> None:
    """LibreOffice's profile is a file URL: a path with ' ', '%' and 'é' must still work."""
    out = tmp_path / "out dir 100% été"
    result = build_pdf(out)
    assert result.exit_code == 0, result.output
    assert PdfReader(str(out / "waic-2022-briefing.pdf")).pages
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


def test_profile_url_quotes_what_it_must() -> None:
    assert profile_url(Path("/tmp/a b/100%/été")) == "file:///tmp/a%20b/100%25/%C3%A9t%C3%A9"


FORCE_OFFICE = (
    "import sys\n"
    "from reportgen.office_pdf import office_server\n"
    "if sys.argv.pop(1) == 'soffice':\n"
    "    office_server.office_program = lambda: None  # as where LibreOfficeKit is missing\n"
    "from reportgen.entry import main\n"
    "main()\n"
)


@pytest.mark.libreoffice
@pytest.mark.parametrize("office", ["libreofficekit", "soffice"])
def test_pdf_of_a_project_with_spaces_and_accents_under_a_posix_locale_and_no_home(
    soffice: str, office: str, tmp_path: Path
) -> None:
    """As in many containers (`env -i PATH=... LC_ALL=POSIX`, no HOME), LibreOffice 7.4 could not
    load a correctly encoded file URL whose path has non-ASCII characters ("type detection
    failed"): both the long-lived office and a LibreOffice of its own must convert all the same."""
    from reportgen.office_pdf.office_server import office_program

    if office == "libreofficekit" and office_program() is None:
        pytest.skip("this LibreOffice has no LibreOfficeKit library")
    project = tmp_path / "Rapports événement 2024"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    shutil.copyfile(WAIC, project / "data" / "waic2022.yaml")
    temp = tmp_path / "tmp"  # where LibreOffice used to leave its lu*.tmp files
    temp.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", FORCE_OFFICE, office, "build", "data/waic2022.yaml", "--pdf"],
        cwd=project,
        env={"PATH": os.environ["PATH"], "LC_ALL": "POSIX", "TMPDIR": str(temp)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    out = project / "output"
    deck = PdfReader(str(out / "waic-2022-deck.pdf"))
    assert len(deck.pages) == len(Presentation(str(out / "waic-2022-deck.pptx")).slides)
    briefing = PdfReader(str(out / "waic-2022-briefing.pdf"))
    assert 2 <= len(briefing.pages) <= 4
    assert "more than 638 million" in seen(" ".join(p.extract_text() for p in briefing.pages))
    assert not list(out.glob(f"{STAGING_PREFIX}*"))
    assert not list(temp.iterdir()), "LibreOffice left temporary files"


def test_libreoffice_gets_utf_8_a_home_and_temporary_files_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_CTYPE", "LANG", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "POSIX")
    env = office_environment(tmp_path)
    assert env["LC_ALL"] == "C.UTF-8"
    assert env["HOME"] == str(tmp_path / "home") and (tmp_path / "home").is_dir()
    assert env["TMPDIR"] == env["TMP"] == env["TEMP"] == str(tmp_path / "tmp")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv("HOME", "/home/someone")
    env = office_environment(tmp_path)
    assert (env["LC_ALL"], env["LANG"], env.get("LC_CTYPE"), env["HOME"]) == (
        "",
        "fr_FR.UTF-8",
        None,
        "/home/someone",
    )
    monkeypatch.setenv("LANG", "de_DE.ISO-8859-1")
    assert office_environment(tmp_path)["LC_CTYPE"] == "C.UTF-8"


def test_libreoffice_works_in_a_private_folder_with_a_plain_ascii_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    accented = tmp_path / "temporaire été"
    accented.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(accented))
    folder = private_folder()
    try:
        assert str(folder).isascii() and folder.name.startswith(f"reportgen-office-{os.getpid()}-")
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert private_folders_of(os.getpid()) == [folder]
    finally:
        shutil.rmtree(folder)
